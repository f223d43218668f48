// Ranked search over the full-text index, the same algorithm on SQLite FTS5 and PostgreSQL GIN.
//
// Ranking: score(d) = sum over the query's words of idf(w) * impact(w, d) (IndexDoc.h). Scoring
// every match is what makes a naive engine slow on a general query (tens of thousands of matches),
// so the engine reads matches in this order and stops as soon as it can prove the top k:
//   1. the newest matches, up to kAllLimit + 1: when that is all of them, score them all (exact);
//   2. otherwise the impact tiers (search_fts.tiers / rank_tsv), highest first, for every word,
//      record not read yet has each word below the lowest tier read, so its score is below
//      sum(idf(w) * tierLowerBound); once the k-th best score reaches that bound the top k is exact;
//   3. if the bound is never reached (several general words, none in a high tier together) and the
//      matches are few enough (kExhaustiveLimit), score them all; else the best of the records read
//      so far is returned with exactRanking = false ("bounded").
// Counting (total) is the engine's own count of the boolean query (or the term's document
// frequency for a one-word query).
#include "catalogue/Catalogue.h"

#include "catalogue/Cql.h"
#include "catalogue/Internal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

constexpr int kAllLimit = 300;
constexpr qint64 kExhaustiveLimit = 20000;
constexpr int kFacetLimit = 2000;
constexpr int kMaxTierTerms = 8;

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

struct Row {
    qint64 id = 0;
    QString body;
};

// The engine-specific SQL, around one compiled query.
class Engine {
public:
    Engine(Database &db, const QueryNode &query, const SearchRequest &request, QList<qint64> branchIds)
        : m_db(db)
        , m_query(query)
        , m_request(request)
        , m_branchIds(std::move(branchIds))
    {
        if (db.isSqlite()) {
            m_match = toFts5(query);
        } else {
            m_match = toTsquery(query, &m_recheck);
        }
        m_itemFilter = request.availableOnly || !request.branches.isEmpty();
    }

    bool needsRecheck() const { return m_recheck; }

    // Matches, newest first. Sets *all when fewer than `limit` came back.
    Result<QList<Row>> matches(int limit, int offset = 0)
    {
        QVariantList binds{m_match};
        binds += itemBinds();
        QString sql;
        if (m_db.isSqlite()) {
            sql = QStringLiteral("SELECT f.rowid, d.body FROM search_fts f JOIN search_docs d ON d.bib_id = f.rowid "
                                 "WHERE search_fts MATCH ?")
                  + itemCondition(QStringLiteral("f.rowid")) + QStringLiteral(" ORDER BY f.rowid DESC");
        } else {
            sql = QStringLiteral("SELECT d.bib_id, d.body FROM search_docs d WHERE d.tsv @@ CAST(? AS tsquery)")
                  + itemCondition(QStringLiteral("d.bib_id")) + QStringLiteral(" ORDER BY d.bib_id DESC");
        }
        if (limit >= 0) {
            sql += QStringLiteral(" LIMIT ? OFFSET ?");
            binds << limit << offset;
        }
        return read(sql, binds, m_recheck);
    }

    Result<qint64> count()
    {
        if (m_recheck) {
            auto all = matches(-1);
            if (!all.ok())
                return all.error();
            return qint64(all->size());
        }
        // One word anywhere: on PostgreSQL its document frequency is kept, and is the count.
        if (m_db.isPostgres() && !m_itemFilter && m_query.kind == QueryNode::Kind::Term && m_query.fields == kAllTextFields) {
            auto df = m_db.scalar(QStringLiteral("SELECT df FROM search_terms WHERE term = ?"), {m_query.words.first()});
            if (!df.ok())
                return df.error();
            return df->isNull() ? 0 : df->toLongLong();
        }
        QVariantList binds{m_match};
        binds += itemBinds();
        const QString sql = m_db.isSqlite()
                                ? QStringLiteral("SELECT count(*) FROM search_fts f WHERE search_fts MATCH ?")
                                      + itemCondition(QStringLiteral("f.rowid"))
                                : QStringLiteral("SELECT count(*) FROM search_docs d WHERE d.tsv @@ CAST(? AS tsquery)")
                                      + itemCondition(QStringLiteral("d.bib_id"));
        auto v = m_db.scalar(sql, binds);
        if (!v.ok())
            return v.error();
        return v->toLongLong();
    }

    // The matches of the query that hold any of these tier tokens.
    Result<QList<Row>> tierRecords(const QStringList &tokens)
    {
        QStringList parts;
        for (const QString &t : tokens)
            parts << (m_db.isSqlite() ? QLatin1Char('"') + t + QLatin1Char('"') : quoteLexeme(t));
        QVariantList binds;
        QString sql;
        if (m_db.isSqlite()) {
            binds << QString(QLatin1Char('(') + m_match + QStringLiteral(") AND {tiers} : (") + parts.join(QStringLiteral(" OR "))
                             + QLatin1Char(')'));
            sql = QStringLiteral("SELECT f.rowid, d.body FROM search_fts f JOIN search_docs d ON d.bib_id = f.rowid "
                                 "WHERE search_fts MATCH ?")
                  + itemCondition(QStringLiteral("f.rowid"));
        } else {
            binds << parts.join(QStringLiteral(" | ")) << m_match;
            sql = QStringLiteral("SELECT d.bib_id, d.body FROM search_docs d WHERE d.rank_tsv @@ CAST(? AS tsquery) "
                                 "AND d.tsv @@ CAST(? AS tsquery)")
                  + itemCondition(QStringLiteral("d.bib_id"));
        }
        binds += itemBinds();
        return read(sql, binds, m_recheck);
    }

private:
    QString itemCondition(const QString &idColumn) const
    {
        if (!m_itemFilter)
            return {};
        QString c = QStringLiteral(" AND EXISTS (SELECT 1 FROM items i WHERE i.bib_id = ") + idColumn;
        if (m_request.availableOnly)
            c += QStringLiteral(" AND i.status = 'available'");
        if (!m_branchIds.isEmpty())
            c += QStringLiteral(" AND i.branch_id IN (") + placeholders(m_branchIds.size()) + QLatin1Char(')');
        else
            c += QStringLiteral(" AND i.status <> 'withdrawn'");
        return c + QLatin1Char(')');
    }

    QVariantList itemBinds() const
    {
        QVariantList b;
        if (m_itemFilter) {
            for (qint64 id : m_branchIds)
                b << id;
        }
        return b;
    }

    Result<QList<Row>> read(const QString &sql, const QVariantList &binds, bool recheck)
    {
        auto q = m_db.exec(sql, binds);
        if (!q.ok())
            return q.error();
        QList<Row> rows;
        while (q->next()) {
            Row r{q->value(0).toLongLong(), q->value(1).toString()};
            if (recheck && !::Aksara::Catalogue::matches(m_query, ParsedDoc(r.body)))
                continue;
            rows << std::move(r);
        }
        q->finish();
        return rows;
    }

    Database &m_db;
    const QueryNode &m_query;
    const SearchRequest &m_request;
    QList<qint64> m_branchIds;
    QString m_match;
    bool m_recheck = false;
    bool m_itemFilter = false;
};

struct Scored {
    qint64 id = 0;
    double score = 0;
};

bool better(const Scored &a, const Scored &b)
{
    return a.score != b.score ? a.score > b.score : a.id > b.id;
}

class Ranker {
public:
    Ranker(const QueryNode &query, QList<ScoringTerm> terms, QList<double> idf, bool verify)
        : m_query(query)
        , m_terms(std::move(terms))
        , m_idf(std::move(idf))
        , m_verify(verify)
    {
    }

    // Scores a record once; records that do not match the query are remembered and skipped.
    void consider(const Row &row)
    {
        if (m_seen.contains(row.id))
            return;
        m_seen.insert(row.id);
        const ParsedDoc doc(row.body);
        if (m_verify && !::Aksara::Catalogue::matches(m_query, doc))
            return;
        double s = 0;
        for (qsizetype i = 0; i < m_terms.size(); ++i)
            s += m_idf.at(i) * doc.impact(m_terms.at(i).word, m_terms.at(i).fields, m_terms.at(i).prefix);
        m_scored << Scored{row.id, s};
        ++m_candidates;
    }

    // The k-th best score so far, or -1 when fewer than k records scored.
    double kth(int k)
    {
        if (m_scored.size() < k)
            return -1;
        std::nth_element(m_scored.begin(), m_scored.begin() + (k - 1), m_scored.end(), better);
        return m_scored.at(k - 1).score;
    }

    QList<Scored> top(int offset, int limit)
    {
        const int k = int(qMin<qsizetype>(m_scored.size(), qsizetype(offset) + limit));
        std::partial_sort(m_scored.begin(), m_scored.begin() + k, m_scored.end(), better);
        return m_scored.mid(offset, qMax(0, k - offset));
    }

    qint64 candidates() const { return m_candidates; }
    qsizetype scoredCount() const { return m_scored.size(); }

private:
    const QueryNode &m_query;
    QList<ScoringTerm> m_terms;
    QList<double> m_idf;
    bool m_verify;
    QSet<qint64> m_seen;
    QList<Scored> m_scored;
    qint64 m_candidates = 0;
};

Status addFacets(Database &db, const QList<qint64> &ids, SearchResult &res)
{
    QHash<QString, qint64> types, languages, decades, branches, availability;
    QHash<QString, QString> branchNames;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        auto q = db.exec(QStringLiteral("SELECT record_type, language, year FROM bib_records WHERE id IN (") + placeholders(chunk.size())
                             + QLatin1Char(')'),
                         binds);
        if (!q.ok())
            return q.error();
        while (q->next()) {
            ++types[q->value(0).toString()];
            const QString lang = q->value(1).toString();
            ++languages[lang.isEmpty() ? QStringLiteral("und") : lang];
            const int year = q->value(2).toInt();
            if (year > 0)
                ++decades[QString::number(year / 10 * 10)];
        }
        q->finish();
        auto items = db.exec(QStringLiteral("SELECT i.bib_id, br.code, br.name, i.status FROM items i JOIN branches br ON br.id = "
                                            "i.branch_id WHERE i.status <> 'withdrawn' AND i.bib_id IN (")
                                 + placeholders(chunk.size()) + QLatin1Char(')'),
                             binds);
        if (!items.ok())
            return items.error();
        QHash<qint64, QSet<QString>> bibBranches;
        QHash<qint64, bool> bibAvailable;
        while (items->next()) {
            const qint64 bib = items->value(0).toLongLong();
            const QString code = items->value(1).toString();
            branchNames.insert(code, items->value(2).toString());
            bibBranches[bib].insert(code);
            bibAvailable[bib] = bibAvailable.value(bib) || items->value(3).toString() == QLatin1String("available");
        }
        items->finish();
        for (auto it = bibBranches.cbegin(); it != bibBranches.cend(); ++it)
            for (const QString &code : it.value())
                ++branches[code];
        for (auto it = bibAvailable.cbegin(); it != bibAvailable.cend(); ++it)
            ++availability[it.value() ? QStringLiteral("available") : QStringLiteral("unavailable")];
    }
    auto toList = [](const QHash<QString, qint64> &h, const QHash<QString, QString> &labels, bool byValue) {
        QList<FacetCount> l;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            l << FacetCount{it.key(), labels.value(it.key(), it.key()), it.value()};
        std::sort(l.begin(), l.end(), [byValue](const FacetCount &a, const FacetCount &b) {
            if (byValue)
                return a.value > b.value;
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (l.size() > 20)
            l.resize(20);
        return l;
    };
    res.facets.insert(QStringLiteral("record_type"), toList(types, {}, false));
    res.facets.insert(QStringLiteral("language"), toList(languages, {}, false));
    res.facets.insert(QStringLiteral("decade"), toList(decades, {}, true));
    res.facets.insert(QStringLiteral("branch"), toList(branches, branchNames, false));
    res.facets.insert(QStringLiteral("availability"), toList(availability, {}, false));
    return {};
}

Status addDisplay(Database &db, const QList<Scored> &page, bool withItems, SearchResult &res)
{
    if (page.isEmpty())
        return {};
    QVariantList binds;
    QList<qint64> ids;
    for (const Scored &s : page) {
        binds << s.id;
        ids << s.id;
    }
    auto q = db.exec(QStringLiteral("SELECT id, title, author, publisher, year, record_type, language, isbn, call_number "
                                    "FROM bib_records WHERE id IN (")
                         + placeholders(ids.size()) + QLatin1Char(')'),
                     binds);
    if (!q.ok())
        return q.error();
    QHash<qint64, SearchHit> byId;
    while (q->next()) {
        SearchHit h;
        h.bibId = q->value(0).toLongLong();
        h.title = q->value(1).toString();
        h.author = q->value(2).toString();
        h.publisher = q->value(3).toString();
        h.year = q->value(4).toInt();
        h.recordType = q->value(5).toString();
        h.language = q->value(6).toString();
        h.isbn = q->value(7).toString();
        h.callNumber = q->value(8).toString();
        byId.insert(h.bibId, h);
    }
    q->finish();
    QHash<qint64, QList<Collection::Item>> items;
    if (withItems) {
        auto r = Collection::Collection::itemsOfRecords(db, ids);
        if (!r.ok())
            return r.error();
        items = *r;
    }
    for (const Scored &s : page) {
        if (!byId.contains(s.id))
            continue; // removed between ranking and display
        SearchHit h = byId.value(s.id);
        h.score = s.score;
        h.items = items.value(s.id);
        res.hits << h;
    }
    return {};
}

QueryNode facetFilter(QChar kind, const QStringList &values)
{
    QList<QueryNode> terms;
    for (const QString &v : values)
        terms << QueryNode::term(facetToken(kind, v.trimmed().toLower()), 1u << int(IndexField::Facet));
    return terms.size() == 1 ? terms.first() : QueryNode::all(QueryNode::Kind::Or, terms);
}
} // namespace

Result<qint64> documentFrequency(Database &db, const QString &word, bool prefix)
{
    if (db.isPostgres()) {
        auto df = prefix ? db.scalar(QStringLiteral("SELECT SUM(df) FROM (SELECT df FROM search_terms WHERE term >= ? AND term < ? "
                                                    "LIMIT 1000) p"),
                                     QVariantList{word, QString(word + QChar(0xFFFF))})
                         : db.scalar(QStringLiteral("SELECT df FROM search_terms WHERE term = ?"), QVariantList{word});
        if (!df.ok())
            return df.error();
        return df->isNull() ? 0 : df->toLongLong();
    }
    // SQLite: counted in the index. Exact within the newest kDfSample records (all of a smaller
    // catalogue); beyond that a word frequent there is estimated from that share, and a word
    // rare there is counted everywhere (its posting list is short).
    constexpr qint64 kDfSample = 50000;
    constexpr qint64 kDfEnough = 30;
    const QString match = QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral(" *") : QString());
    auto maxId = db.scalar(QStringLiteral("SELECT COALESCE(MAX(bib_id), 0) FROM search_docs"));
    if (!maxId.ok())
        return maxId.error();
    const qint64 from = maxId->toLongLong() - kDfSample;
    auto sample = db.scalar(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid > ?"), {match, from});
    if (!sample.ok())
        return sample.error();
    if (from <= 0)
        return sample->toLongLong();
    if (sample->toLongLong() >= kDfEnough) {
        auto docs = db.scalar(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'"));
        if (!docs.ok())
            return docs.error();
        return qMin(docs->toLongLong(), sample->toLongLong() * docs->toLongLong() / kDfSample);
    }
    auto all = db.scalar(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"), {match});
    if (!all.ok())
        return all.error();
    return all->toLongLong();
}

Result<QList<double>> idfOf(Database &db, const QList<ScoringTerm> &terms)
{
    auto docs = db.scalar(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'"));
    if (!docs.ok())
        return docs.error();
    const qint64 n = docs->toLongLong();
    QList<double> out;
    for (const ScoringTerm &t : terms) {
        auto df = documentFrequency(db, t.word, t.prefix);
        if (!df.ok())
            return df.error();
        out << Scoring::idf(*df, n);
    }
    return out;
}

QJsonObject SearchHit::toJson() const
{
    QJsonArray a;
    for (const Collection::Item &i : items) {
        QJsonObject o{{QStringLiteral("barcode"), i.barcode},
                      {QStringLiteral("status"), i.status},
                      {QStringLiteral("branch"), i.branchCode},
                      {QStringLiteral("location"), i.location},
                      {QStringLiteral("call_number"), i.callNumber}};
        o.insert(QStringLiteral("due"), i.dueAt > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(i.dueAt, Qt::UTC).toString(Qt::ISODate))
                                                    : QJsonValue());
        a << o;
    }
    QJsonObject o{{QStringLiteral("bib"), bibId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("publisher"), publisher},
                  {QStringLiteral("record_type"), recordType},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("call_number"), callNumber},
                  {QStringLiteral("score"), qRound(score * 1000) / 1000.0},
                  {QStringLiteral("items"), a}};
    o.insert(QStringLiteral("year"), year > 0 ? QJsonValue(year) : QJsonValue());
    o.insert(QStringLiteral("isbn"), isbn.isEmpty() ? QJsonValue() : QJsonValue(isbn));
    return o;
}

QJsonObject SearchResult::toJson() const
{
    QJsonArray results;
    for (const SearchHit &h : hits)
        results << h.toJson();
    QJsonObject o{{QStringLiteral("total"), total},
                  {QStringLiteral("offset"), offset},
                  {QStringLiteral("results"), results},
                  {QStringLiteral("exact_ranking"), exactRanking}};
    if (!facets.isEmpty()) {
        QJsonObject f;
        for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
            QJsonArray values;
            for (const FacetCount &c : it.value())
                values << QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("label"), c.label},
                                      {QStringLiteral("count"), c.count}};
            f.insert(it.key(), values);
        }
        o.insert(QStringLiteral("facets"), f);
        o.insert(QStringLiteral("facets_exact"), facetsExact);
    }
    return o;
}

Result<QueryNode> Catalogue::queryOf(const SearchRequest &request)
{
    Result<QueryNode> parsed = request.cql ? parseCql(request.query) : parseQuery(request.query);
    if (!parsed.ok())
        return parsed.error();
    QList<QueryNode> filters;
    if (!request.recordTypes.isEmpty()) {
        QStringList types;
        for (const QString &t : request.recordTypes) {
            const QString n = RecordTypes::normalize(t);
            if (n.isEmpty())
                return Error::refused(QStringLiteral("catalogue.bad_filter"),
                                      tr("\"%1\" is not a record type (%2).").arg(t, RecordTypes::all().join(QStringLiteral(", "))));
            types << n;
        }
        filters << facetFilter(QLatin1Char('t'), types);
    }
    if (!request.languages.isEmpty())
        filters << facetFilter(QLatin1Char('l'), request.languages);
    if (request.yearFrom > 0 || request.yearTo > 0) {
        QueryNode y;
        y.kind = QueryNode::Kind::YearRange;
        y.fields = 1u << int(IndexField::Facet);
        y.yearFrom = request.yearFrom > 0 ? request.yearFrom : 1000;
        y.yearTo = request.yearTo > 0 ? request.yearTo : 2999;
        if (y.yearTo < y.yearFrom)
            return Error::refused(QStringLiteral("catalogue.bad_filter"), tr("The year range ends before it starts."));
        filters << y;
    }
    if (filters.isEmpty())
        return parsed;
    QueryNode q = *parsed;
    if (q.kind == QueryNode::Kind::And) {
        q.children += filters;
        return q;
    }
    return QueryNode::all(QueryNode::Kind::And, QList<QueryNode>{q} + filters);
}

Result<SearchResult> Catalogue::runSearch(Database &db, const QueryNode &query, const SearchRequest &request)
{
    if (request.limit < 1 || request.limit > 1000 || request.offset < 0 || request.offset > 100000)
        return Error::refused(QStringLiteral("catalogue.bad_paging"),
                              tr("Ask for 1 to 1,000 results from an offset of 0 to 100,000."));
    QList<qint64> branchIds;
    for (const QString &code : request.branches) {
        auto id = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {code.trimmed()});
        if (!id.ok())
            return id.error();
        if (id->isNull())
            return Error::refused(QStringLiteral("catalogue.bad_filter"), tr("There is no branch \"%1\".").arg(code));
        branchIds << id->toLongLong();
    }
    SearchResult res;
    res.offset = request.offset;
    const int k = request.offset + request.limit;
    Engine engine(db, query, request, branchIds);
    const QList<ScoringTerm> terms = scoringTerms(query);
    auto idf = idfOf(db, terms);
    if (!idf.ok())
        return idf.error();
    // Candidates from the tier index are not known to match; matches from the engine are (after
    // the PostgreSQL recheck).
    Ranker verified(query, terms, *idf, false);

    auto newest = engine.matches(kAllLimit + 1);
    if (!newest.ok())
        return newest.error();
    QList<qint64> facetIds;
    if (request.facets) {
        for (const Row &r : std::as_const(*newest))
            facetIds << r.id;
    }
    QList<Scored> page;
    if (newest->size() <= kAllLimit) {
        res.total = newest->size();
        res.strategy = QStringLiteral("all");
        for (const Row &r : std::as_const(*newest))
            verified.consider(r);
        page = verified.top(request.offset, request.limit);
        res.candidates = verified.candidates();
    } else if (terms.isEmpty()) {
        // Nothing to rank on (a year or a facet alone): newest first.
        auto total = engine.count();
        if (!total.ok())
            return total.error();
        res.total = *total;
        res.strategy = QStringLiteral("browse");
        auto rows = engine.matches(request.limit, request.offset);
        if (!rows.ok())
            return rows.error();
        for (const Row &r : std::as_const(*rows))
            page << Scored{r.id, 0};
        res.facetsExact = false;
    } else {
        auto total = engine.count();
        if (!total.ok())
            return total.error();
        res.total = *total;
        res.facetsExact = false;
        Ranker ranker(query, terms, *idf, true);
        for (const Row &r : std::as_const(*newest))
            ranker.consider(r);
        const bool tiersApply = terms.size() <= kMaxTierTerms
                                && std::none_of(terms.begin(), terms.end(), [](const ScoringTerm &t) { return t.prefix; });
        bool exact = false;
        if (tiersApply) {
            res.strategy = QStringLiteral("tiers");
            // Read tiers from the top in widening steps; after each step every unread record is
            // bounded by the lower edge of the lowest tier read.
            static constexpr int kSteps[] = {2, 2, 3, 3, 6};
            int tier = Scoring::kTiers;
            for (int step : kSteps) {
                const int next = qMax(0, tier - step);
                QStringList tokens;
                for (const ScoringTerm &t : terms) {
                    for (int x = next; x < tier; ++x)
                        tokens << tierToken(t.word, x);
                }
                auto rows = engine.tierRecords(tokens);
                if (!rows.ok())
                    return rows.error();
                for (const Row &r : std::as_const(*rows))
                    ranker.consider(r);
                tier = next;
                double bound = 0;
                for (qsizetype i = 0; i < terms.size(); ++i)
                    bound += idf->at(i) * Scoring::tierLowerBound(tier);
                const double kth = ranker.kth(k);
                if (kth >= 0 && kth >= bound) {
                    exact = true;
                    break;
                }
                if (tier == 0)
                    break;
            }
        }
        if (!exact && res.total <= kExhaustiveLimit) {
            auto all = engine.matches(-1);
            if (!all.ok())
                return all.error();
            for (const Row &r : std::as_const(*all))
                ranker.consider(r);
            exact = true;
            res.strategy = QStringLiteral("all");
        }
        if (!exact)
            res.strategy = QStringLiteral("bounded");
        res.exactRanking = exact;
        page = ranker.top(request.offset, request.limit);
        res.candidates = ranker.candidates();
    }
    if (request.facets) {
        if (res.total > facetIds.size()) {
            auto rows = engine.matches(kFacetLimit);
            if (!rows.ok())
                return rows.error();
            facetIds.clear();
            for (const Row &r : std::as_const(*rows))
                facetIds << r.id;
        }
        res.facetsExact = res.total <= facetIds.size();
        if (Status st = addFacets(db, facetIds, res); !st.ok())
            return st.error();
    }
    if (Status st = addDisplay(db, page, request.withItems, res); !st.ok())
        return st.error();
    return res;
}

Result<QList<qint64>> matchingIds(Database &db, const QueryNode &query)
{
    const SearchRequest request;
    Engine engine(db, query, request, {});
    auto rows = engine.matches(-1);
    if (!rows.ok())
        return rows.error();
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const Row &r : std::as_const(*rows))
        ids << r.id;
    return ids;
}

Result<SearchResult> Catalogue::search(const Caller &caller, const SearchRequest &request)
{
    const QString operation = request.cql ? QStringLiteral("search.cql") : QStringLiteral("search");
    return m_core.execute<SearchResult>(
        caller, {Services::CatalogueSearch, operation, Rights::CatalogueSearch, request.query.left(200), false},
        [&](OperationContext &ctx) -> Result<SearchResult> {
            auto query = queryOf(request);
            if (!query.ok())
                return query.error();
            auto res = runSearch(ctx.db(), *query, request);
            if (!res.ok())
                return res.error();
            ctx.setDetail(QStringLiteral("total"), res->total);
            ctx.setDetail(QStringLiteral("strategy"), res->strategy);
            ctx.setDetail(QStringLiteral("candidates"), res->candidates);
            return res;
        });
}

} // namespace Aksara::Catalogue
