// Ranked search over the full-text index, the same algorithm on SQLite FTS5 and PostgreSQL GIN.
//
// Ranking: score(d) = sum over the query's words of idf(w) * impact(w, d) (IndexDoc.h). Scoring
// every match is what makes a naive engine slow on a general query (tens of thousands of matches),
// so the engine reads matches in this order and stops as soon as it can prove the top k:
//   1. the newest matches, up to kAllLimit + 1: when that is all of them, score them all (exact);
//   2. otherwise the impact tiers (search_fts.tiers / rank_tsv), from the highest down, one tier of
//      one word per query "the search AND this tier token" (record ids only). Every record read
//      this way has, for each word, a known tier or a tier below the lowest read; that brackets its
//      score between a lower and an upper bound, and a record not read at all is below
//      sum(idf * lower edge of the lowest tier read). As soon as the k-th best lower bound reaches
//      that, the top k are among the records whose upper bound reaches it: only those are fetched
//      and scored exactly (exact);
//   3. if that never happens (several general words, none in a high tier together) and there are at
//      most kExhaustiveLimit matches, all are scored (exact); else the records with the best upper
//      bounds are scored and returned with exactRanking = false ("bounded").
// Counting: exact up to kExactTotal matches; beyond, SQLite estimates the total from the newest
// 50,000 records (totalExact = false). PostgreSQL counts exactly (a single word: its kept document
// frequency).
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
constexpr qint64 kExhaustiveLimit = 10000;
constexpr qint64 kExactTotal = 10000;
constexpr qint64 kSampleSize = 50000;
constexpr int kFacetLimit = 2000;
constexpr int kMaxTierTerms = 8;
constexpr int kBoundedScoring = 2000;


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

    // The ids of the newest matches (no bodies).
    Result<QList<qint64>> matchIds(int limit)
    {
        QVariantList binds{m_match};
        binds += itemBinds();
        binds << limit;
        const QString sql = m_db.isSqlite()
                                ? QStringLiteral("SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ?")
                                      + itemCondition(QStringLiteral("f.rowid")) + QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?")
                                : QStringLiteral("SELECT d.bib_id FROM search_docs d WHERE d.tsv @@ CAST(? AS tsquery)")
                                      + itemCondition(QStringLiteral("d.bib_id")) + QStringLiteral(" ORDER BY d.bib_id DESC LIMIT ?");
        return ids(sql, binds);
    }

    // The matches of the query that hold this tier token (ids only).
    Result<QList<qint64>> tierIds(const QString &token)
    {
        QVariantList binds;
        QString sql;
        if (m_db.isSqlite()) {
            binds << QString(QLatin1Char('(') + m_match + QStringLiteral(") AND {tiers} : \"") + token + QLatin1Char('"'));
            sql = QStringLiteral("SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ?") + itemCondition(QStringLiteral("f.rowid"));
        } else {
            binds << quoteLexeme(token) << m_match;
            sql = QStringLiteral("SELECT d.bib_id FROM search_docs d WHERE d.rank_tsv @@ CAST(? AS tsquery) "
                                 "AND d.tsv @@ CAST(? AS tsquery)")
                  + itemCondition(QStringLiteral("d.bib_id"));
        }
        binds += itemBinds();
        return ids(sql, binds);
    }

    // The bodies of these records (in no particular order), verified when the engine needs it.
    Result<QList<Row>> bodies(const QList<qint64> &ids)
    {
        QList<Row> out;
        for (qsizetype start = 0; start < ids.size(); start += 500) {
            const QList<qint64> chunk = ids.mid(start, 500);
            QVariantList binds;
            for (qint64 id : chunk)
                binds << id;
            auto rows = read(QStringLiteral("SELECT bib_id, body FROM search_docs WHERE bib_id IN (") + Database::placeholders(chunk.size())
                                 + QLatin1Char(')'),
                             binds, m_recheck);
            if (!rows.ok())
                return rows.error();
            out += *rows;
        }
        return out;
    }

    struct Count {
        qint64 total = 0;
        bool exact = true;
    };

    // Exact up to kExactTotal on SQLite, estimated beyond (see the top of the file).
    Result<Count> countMatches()
    {
        if (m_db.isPostgres() || m_recheck) {
            auto n = count();
            if (!n.ok())
                return n.error();
            return Count{*n, true};
        }
        QVariantList binds{m_match};
        binds += itemBinds();
        auto capped = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ?")
                                      + itemCondition(QStringLiteral("f.rowid")) + QStringLiteral(" LIMIT ?) c"),
                                  binds + QVariantList{kExactTotal + 1});
        if (!capped.ok())
            return capped.error();
        if (capped->toLongLong() <= kExactTotal)
            return Count{capped->toLongLong(), true};
        auto maxId = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(bib_id), 0) FROM search_docs"));
        auto docs = m_db.scalar(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'"));
        if (!maxId.ok())
            return maxId.error();
        if (!docs.ok())
            return docs.error();
        const qint64 from = maxId->toLongLong() - kSampleSize;
        auto sample = m_db.scalar(QStringLiteral("SELECT count(*) FROM search_fts f WHERE search_fts MATCH ? AND f.rowid > ?")
                                      + itemCondition(QStringLiteral("f.rowid")),
                                  QVariantList{m_match, from} + itemBinds());
        if (!sample.ok())
            return sample.error();
        const qint64 n = docs->toLongLong();
        const qint64 estimate = from <= 0 ? sample->toLongLong() : sample->toLongLong() * n / kSampleSize;
        return Count{qBound(kExactTotal + 1, estimate, qMax(n, kExactTotal + 1)), false};
    }

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

private:
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &binds)
    {
        auto q = m_db.exec(sql, binds);
        if (!q.ok())
            return q.error();
        QList<qint64> out;
        while (q->next())
            out << q->value(0).toLongLong();
        q->finish();
        return out;
    }

    QString itemCondition(const QString &idColumn) const
    {
        if (!m_itemFilter)
            return {};
        QString c = QStringLiteral(" AND EXISTS (SELECT 1 FROM items i WHERE i.bib_id = ") + idColumn;
        if (m_request.availableOnly)
            c += QStringLiteral(" AND i.status = 'available'");
        if (!m_branchIds.isEmpty())
            c += QStringLiteral(" AND i.branch_id IN (") + Database::placeholders(m_branchIds.size()) + QLatin1Char(')');
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
    Ranker(const QueryNode &query, const QList<ScoringTerm> &terms, const QList<double> &idf)
        : m_query(query)
    {
        for (qsizetype i = 0; i < terms.size(); ++i)
            m_words << WeightedWord{terms.at(i).word, terms.at(i).fields, terms.at(i).prefix, idf.at(i)};
    }

    // Scores a record once (the rows given are matches of the query).
    void consider(const Row &row)
    {
        if (m_score.contains(row.id))
            return;
        const double score = scoreBody(row.body, m_words);
        m_score.insert(row.id, score);
        m_scored << Scored{row.id, score};
        ++m_candidates;
    }

    // The exact score of a record scored already, or -1.
    double scoreOf(qint64 id) const { return m_score.value(id, -1.0); }

    QList<Scored> top(int offset, int limit)
    {
        const int k = int(qMin<qsizetype>(m_scored.size(), qsizetype(offset) + limit));
        std::partial_sort(m_scored.begin(), m_scored.begin() + k, m_scored.end(), better);
        return m_scored.mid(offset, qMax(0, k - offset));
    }

    qint64 candidates() const { return m_candidates; }

private:
    const QueryNode &m_query;
    QList<WeightedWord> m_words;
    QHash<qint64, double> m_score;
    QList<Scored> m_scored;
    qint64 m_candidates = 0;
};

// Records met in the tier lists, with each word's tier (-1: below the lowest tier read).
class TierCandidates {
public:
    TierCandidates(const QList<ScoringTerm> &terms, const QList<double> &idf)
        : m_terms(terms)
        , m_idf(idf)
    {
    }

    void add(qint64 id, int term, int tier)
    {
        auto it = m_tiers.find(id);
        if (it == m_tiers.end())
            it = m_tiers.insert(id, QList<int>(m_terms.size(), -1));
        (*it)[term] = tier;
    }

    // Below this, after the tiers down to `lowest` are read: every record never met.
    double unseenBound(int lowest) const
    {
        double b = 0;
        for (double w : m_idf)
            b += w * Scoring::tierLowerBound(lowest);
        return b;
    }

    // Bounds of a record's score from its tiers (or its exact score, once known). A fielded
    // word's lower bound is 0: its tier counts every field.
    std::pair<double, double> bounds(qint64 id, const QList<int> &tiers, int lowest, const Ranker &scored) const
    {
        const double exact = scored.scoreOf(id);
        if (exact >= 0)
            return {exact, exact};
        double lo = 0, hi = 0;
        for (qsizetype i = 0; i < m_terms.size(); ++i) {
            const int t = tiers.at(i);
            if (t >= 0) {
                if (m_terms.at(i).fields == kAllTextFields)
                    lo += m_idf.at(i) * Scoring::tierLowerBound(t);
                hi += m_idf.at(i) * Scoring::tierLowerBound(t + 1);
            } else {
                hi += m_idf.at(i) * Scoring::tierLowerBound(lowest);
            }
        }
        return {lo, hi};
    }

    struct Contenders {
        double theta = -1; // the k-th best lower bound (-1: fewer than k records met)
        QList<qint64> unscored; // records not scored yet whose upper bound passes theta, best first
        qsizetype open = 0; // of those, records with a word whose tier is not known yet
    };

    // The records that can still be in the top k.
    Contenders contenders(int k, int lowest, const Ranker &scored) const
    {
        QList<double> lower;
        lower.reserve(m_tiers.size());
        QList<std::pair<double, qint64>> upper;
        upper.reserve(m_tiers.size());
        for (auto it = m_tiers.cbegin(); it != m_tiers.cend(); ++it) {
            const auto [lo, hi] = bounds(it.key(), it.value(), lowest, scored);
            lower << lo;
            if (scored.scoreOf(it.key()) < 0)
                upper.append({hi, it.key()});
        }
        Contenders c;
        if (lower.size() >= k) {
            std::nth_element(lower.begin(), lower.begin() + (k - 1), lower.end(), std::greater<double>());
            c.theta = lower.at(k - 1);
        }
        std::sort(upper.begin(), upper.end(), std::greater<>());
        // Strictly above: a word in tier t has an impact below the tier's upper edge.
        for (const auto &[hi, id] : std::as_const(upper)) {
            if (hi > c.theta) {
                c.unscored << id;
                if (m_tiers.value(id).contains(-1))
                    ++c.open;
            }
        }
        return c;
    }

    qsizetype size() const { return m_tiers.size(); }

private:
    const QList<ScoringTerm> &m_terms;
    const QList<double> &m_idf;
    QHash<qint64, QList<int>> m_tiers;
};

// Scoring a record costs about 8 µs (its body is read), reading one tier of one word a few ms:
// with more records of unknown tiers than this per word, the next tier is read before scoring.
constexpr int kOpenPerWord = 750;

Status addFacets(Database &db, const QList<qint64> &ids, SearchResult &res)
{
    QHash<QString, qint64> types, languages, decades, branches, availability;
    QHash<QString, QString> branchNames;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        auto q = db.exec(QStringLiteral("SELECT record_type, language, year FROM bib_records WHERE id IN (") + Database::placeholders(chunk.size())
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
                                 + Database::placeholders(chunk.size()) + QLatin1Char(')'),
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
                         + Database::placeholders(ids.size()) + QLatin1Char(')'),
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
                  {QStringLiteral("total_exact"), totalExact},
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

    auto newest = engine.matchIds(kAllLimit + 1);
    if (!newest.ok())
        return newest.error();
    QList<qint64> facetIds = *newest;
    QList<Scored> page;
    if (newest->size() <= kAllLimit) {
        // Few matches: score them all.
        auto rows = engine.bodies(*newest);
        if (!rows.ok())
            return rows.error();
        Ranker ranker(query, terms, *idf);
        for (const Row &r : std::as_const(*rows))
            ranker.consider(r);
        res.total = rows->size();
        res.strategy = QStringLiteral("all");
        page = ranker.top(request.offset, request.limit);
        res.candidates = ranker.candidates();
    } else if (terms.isEmpty()) {
        // Nothing to rank on (a year or a facet alone): newest first.
        auto total = engine.countMatches();
        if (!total.ok())
            return total.error();
        res.total = total->total;
        res.totalExact = total->exact;
        res.strategy = QStringLiteral("browse");
        auto rows = engine.matchIds(request.offset + request.limit);
        if (!rows.ok())
            return rows.error();
        for (qsizetype i = request.offset; i < rows->size(); ++i)
            page << Scored{rows->at(i), 0};
    } else {
        auto total = engine.countMatches();
        if (!total.ok())
            return total.error();
        res.total = total->total;
        res.totalExact = total->exact;
        Ranker ranker(query, terms, *idf);
        const bool tiersApply = terms.size() <= kMaxTierTerms
                                && std::none_of(terms.begin(), terms.end(), [](const ScoringTerm &t) { return t.prefix; });
        bool exact = false;
        TierCandidates candidates(terms, *idf);
        int lowest = Scoring::kTiers;
        if (tiersApply) {
            res.strategy = QStringLiteral("tiers");
            const bool fielded = std::any_of(terms.begin(), terms.end(), [](const ScoringTerm &t) { return t.fields != kAllTextFields; });
            auto score = [&](const QList<qint64> &ids) -> Status {
                auto rows = engine.bodies(ids);
                if (!rows.ok())
                    return rows.error();
                for (const Row &r : std::as_const(*rows))
                    ranker.consider(r);
                return {};
            };
            for (int tier = Scoring::kTiers - 1; tier >= 0 && !exact; --tier) {
                for (qsizetype i = 0; i < terms.size(); ++i) {
                    auto ids = engine.tierIds(tierToken(terms.at(i).word, tier));
                    if (!ids.ok())
                        return ids.error();
                    for (qint64 id : std::as_const(*ids))
                        candidates.add(id, int(i), tier);
                }
                lowest = tier;
                auto c = candidates.contenders(k, lowest, ranker);
                if (c.theta < candidates.unseenBound(lowest) && !c.unscored.isEmpty()) {
                    // The tiers met so far bound a record poorly from below when some of its words
                    // have not been met (or are fielded); the exact scores of the likeliest records
                    // raise the k-th best lower bound sooner, for the price of a few records.
                    if (Status st = score(c.unscored.mid(0, fielded ? 2 * k + 20 : k + 10)); !st.ok())
                        return st.error();
                    c = candidates.contenders(k, lowest, ranker);
                }
                if (c.theta < 0 || c.theta < candidates.unseenBound(lowest))
                    continue;
                if (c.open > kOpenPerWord * terms.size() && tier > 0)
                    continue; // reading the next tier narrows their upper bounds more cheaply than scoring them
                if (Status st = score(c.unscored); !st.ok())
                    return st.error();
                exact = true;
            }
        }
        if (!exact && total->exact && res.total <= kExhaustiveLimit) {
            auto all = engine.matches(-1);
            if (!all.ok())
                return all.error();
            for (const Row &r : std::as_const(*all))
                ranker.consider(r);
            exact = true;
            res.strategy = QStringLiteral("all");
        }
        if (!exact) {
            // Nothing proved and too many matches to score: the records with the best bounds
            // (or, without tiers, the newest) are ranked among themselves.
            res.strategy = QStringLiteral("bounded");
            QList<qint64> ids = candidates.contenders(k, lowest, ranker).unscored.mid(0, kBoundedScoring);
            if (ids.size() < k) {
                auto more = engine.matchIds(kBoundedScoring);
                if (!more.ok())
                    return more.error();
                ids += *more;
            }
            auto rows = engine.bodies(ids);
            if (!rows.ok())
                return rows.error();
            for (const Row &r : std::as_const(*rows))
                ranker.consider(r);
        }
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
        res.facetsExact = res.totalExact && res.total <= facetIds.size();
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
