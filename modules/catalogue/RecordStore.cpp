#include "catalogue/RecordStore.h"

#include "catalogue/MarcIo.h"
#include "catalogue/Query.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Qt Sql binds a null QString as NULL; NOT NULL text columns get an empty string.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A tsvector literal: every word with its positions (fields 1000 apart) and weight.
QString tsvectorLiteral(const IndexDoc &doc)
{
    static const char weights[kIndexFields] = {'A', 'B', 'C', 'D', 'D', 'D', 'D', 'D'};
    std::map<QString, QString> positions;
    for (int f = 0; f < kIndexFields; ++f) {
        const QString &text = doc.fields[f];
        int k = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text.at(i) != QLatin1Char(' '))
                continue;
            if (i > start) {
                const QString token = text.mid(start, i - start);
                if (!isValueSeparator(token)) {
                    const int pos = f * 1000 + 1 + qMin(k, 998);
                    QString &p = positions[token];
                    if (!p.isEmpty())
                        p += QLatin1Char(',');
                    p += QString::number(pos) + QLatin1Char(weights[f]);
                }
                ++k; // a separator takes a position: phrases do not span two values
            }
            start = i + 1;
        }
    }
    QString out;
    for (const auto &[lexeme, pos] : positions) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += quoteLexeme(lexeme) + QLatin1Char(':') + pos;
    }
    return out;
}

QString plainTsvector(const QString &tokens)
{
    QString out;
    for (const QString &t : tokens.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += quoteLexeme(t);
    }
    return out;
}

QString placeholders(int columns, int rows, const QString &valueTemplate)
{
    QString one = valueTemplate;
    if (one.isEmpty()) {
        one = QStringLiteral("(");
        for (int c = 0; c < columns; ++c)
            one += c ? QStringLiteral(",?") : QStringLiteral("?");
        one += QLatin1Char(')');
    }
    QString out;
    out.reserve((one.size() + 1) * rows);
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += QLatin1Char(',');
        out += one;
    }
    return out;
}

qint64 priceOf(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*([0-9]{1,12})"));
    const auto m = digits.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}
} // namespace

QList<Collection::ItemInput> holdingsOf(const MarcRecord &marc)
{
    QList<Collection::ItemInput> out;
    for (const MarcField &f : marc.fields) {
        if (f.isControl())
            continue;
        if (f.tag == QLatin1String("952")) {
            Collection::ItemInput in;
            in.barcode = f.value('p').trimmed();
            if (in.barcode.isEmpty())
                continue;
            in.branch = f.value('a').trimmed();
            if (in.branch.isEmpty())
                in.branch = f.value('b').trimmed();
            in.location = f.value('c').trimmed();
            in.callNumber = f.value('o').trimmed();
            in.itemType = f.value('y').trimmed().toLower();
            in.price = priceOf(f.value('g').isEmpty() ? f.value('v') : f.value('g'));
            const QString acquired = f.value('d').trimmed();
            if (QDate::fromString(acquired, Qt::ISODate).isValid() && acquired.size() == 10)
                in.acquiredOn = acquired;
            const QString lost = f.value('1').trimmed();
            const QString withdrawn = f.value('0').trimmed();
            if (!withdrawn.isEmpty() && withdrawn != QLatin1String("0"))
                in.status = Collection::ItemStatus::Withdrawn;
            else if (!lost.isEmpty() && lost != QLatin1String("0"))
                in.status = Collection::ItemStatus::Lost;
            out << in;
        } else if (f.tag == QLatin1String("852")) {
            Collection::ItemInput in;
            in.barcode = f.value('p').trimmed();
            if (in.barcode.isEmpty())
                continue;
            in.branch = f.value('b').trimmed();
            in.location = f.value('c').trimmed();
            const QString h = f.value('h').trimmed();
            const QString i = f.value('i').trimmed();
            in.callNumber = i.isEmpty() ? h : h + QLatin1Char(' ') + i;
            in.itemType.clear();
            out << in;
        }
    }
    return out;
}

Result<PreparedRecord> prepareRecord(const MarcRecord &marc, bool postgres, qint64 position, qint64 offset)
{
    // Leader/06 says which MARC 21 format a record is in. Files exported from other systems mix
    // in authority, classification, community and holdings records; they have no title because
    // they describe no work, and the catalogue holds bibliographic records only, so say what they are.
    if (marc.leader.size() > 6) {
        QString kind;
        switch (marc.leader.at(6)) {
        case 'z': kind = tr("an authority record"); break;
        case 'w': kind = tr("a classification record"); break;
        case 'q': kind = tr("a community information record"); break;
        case 'u':
        case 'v':
        case 'x':
        case 'y': kind = tr("a holdings record"); break;
        default: break;
        }
        if (!kind.isEmpty())
            return Error::refused(QStringLiteral("catalogue.not_bibliographic"),
                                  tr("the record is %1 (Leader/06 \"%2\"), not a bibliographic record; the catalogue "
                                     "holds bibliographic records only")
                                      .arg(kind, QChar::fromLatin1(marc.leader.at(6))),
                                  {{QStringLiteral("record_type"), QString(QChar::fromLatin1(marc.leader.at(6)))}});
    }
    PreparedRecord r;
    r.position = position;
    r.offset = offset;
    r.marc = marc;
    r.fields = deriveFields(marc);
    if (r.fields.title.isEmpty())
        return Error::refused(QStringLiteral("catalogue.record_without_title"),
                              tr("the record has no title (245 or another title field)"));
    auto iso = writeIso2709(marc);
    r.stored = iso.ok() ? *iso : writeMarcXml(marc);
    r.doc = IndexDoc::fromFields(0, r.fields);
    IndexDoc::Terms terms = r.doc.analyze();
    r.tiers = std::move(terms.tiers);
    r.terms = std::move(terms.distinct);
    if (postgres) {
        r.tsv = tsvectorLiteral(r.doc);
        r.rankTsv = plainTsvector(r.tiers);
    }
    r.holdings = holdingsOf(marc);
    return r;
}

Result<MarcRecord> readStoredMarc(const QByteArray &stored)
{
    if (stored.startsWith('<'))
        return parseMarcXml(stored);
    return parseIso2709(stored, MarcEncoding::Utf8);
}

QVariantList bibColumnValues(const PreparedRecord &r, qint64 op, qint64 nowMs)
{
    const BibFields &b = r.fields;
    return {r.bibId,
            textOrNull(b.controlNumber),
            text(b.controlSource),
            text(b.title),
            text(b.author),
            text(b.publisher),
            b.year > 0 ? QVariant(b.year) : QVariant(QMetaType::fromType<int>()),
            textOrNull(b.isbn()),
            text(b.language),
            text(b.recordType),
            text(b.callNumber),
            r.stored,
            text(b.responsibility),
            text(b.authors.join(QLatin1Char('\n'))),
            text(b.subjects.join(QLatin1Char('\n'))),
            text(b.series.join(QLatin1Char('\n'))),
            text(b.place),
            text(b.edition),
            textOrNull(b.issns.value(0)),
            nowMs,
            nowMs,
            op,
            op};
}

namespace {
const QStringList kBibColumns{QStringLiteral("id"),          QStringLiteral("control_number"), QStringLiteral("control_source"),
                              QStringLiteral("title"),       QStringLiteral("author"),         QStringLiteral("publisher"),
                              QStringLiteral("year"),        QStringLiteral("isbn"),           QStringLiteral("language"),
                              QStringLiteral("record_type"), QStringLiteral("call_number"),    QStringLiteral("marc"),
                              QStringLiteral("responsibility"), QStringLiteral("authors"),     QStringLiteral("subjects"),
                              QStringLiteral("series"),      QStringLiteral("place"),          QStringLiteral("edition"),
                              QStringLiteral("issn"),        QStringLiteral("created_at"),     QStringLiteral("updated_at"),
                              QStringLiteral("created_op"),  QStringLiteral("updated_op")};
constexpr int kRowsPerStatement = 40;
} // namespace

RecordWriter::RecordWriter(Database &db, qint64 operationId, qint64 nowMs)
    : m_db(db)
    , m_op(operationId)
    , m_now(nowMs)
{
}

Result<QList<qint64>> RecordWriter::reserveIds(int n)
{
    QList<qint64> ids;
    if (n <= 0)
        return ids;
    if (m_db.isSqlite()) {
        // Inside BEGIN IMMEDIATE nobody else writes: the next ids are free.
        auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM bib_records"));
        if (!max.ok())
            return max.error();
        const qint64 first = max->toLongLong() + 1;
        for (int i = 0; i < n; ++i)
            ids << first + i;
        return ids;
    }
    auto q = m_db.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('bib_records', 'id')) FROM generate_series(1, ?)"), {n});
    if (!q.ok())
        return q.error();
    while (q->next())
        ids << q->value(0).toLongLong();
    q->finish();
    return ids;
}

Status RecordWriter::insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                                const QString &valueTemplate)
{
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
                         + QStringLiteral(") VALUES ");
    if (m_db.isSqlite()) {
        // One row per statement: a multi-row statement needs a statement journal (a copy of every
        // page it changes) and makes FTS5 write out its pending terms (see flush()); a prepared
        // single-row insert is cheaper on SQLite, where a statement costs no round trip.
        const QString sql = head + placeholders(int(columns.size()), 1, valueTemplate);
        for (const QVariantList &row : rows) {
            auto q = m_db.exec(sql, row);
            if (!q.ok())
                return q.error();
        }
        return {};
    }
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const int n = int(qMin<qsizetype>(kRowsPerStatement, rows.size() - start));
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (int i = 0; i < n; ++i)
            binds += rows.at(start + i);
        auto q = m_db.exec(head + placeholders(int(columns.size()), n, valueTemplate), binds);
        if (!q.ok())
            return q.error();
    }
    return {};
}

void RecordWriter::count(const QStringList &terms, int delta)
{
    m_docs += delta;
    // SQLite finds document frequencies in the index itself (Search.cpp); PostgreSQL keeps them.
    if (m_db.isSqlite())
        return;
    for (const QString &t : terms)
        m_df[t] += delta;
}

Status RecordWriter::indexRecords(QList<PreparedRecord *> records)
{
    QList<QVariantList> docs, isbns;
    docs.reserve(records.size());
    for (PreparedRecord *r : records) {
        r->doc.bibId = r->bibId;
        if (m_db.isSqlite()) {
            docs << QVariantList{r->bibId, r->doc.body()};
            FtsRow row;
            row.rowid = r->bibId;
            for (const QString &field : r->doc.fields)
                row.fields << text(field);
            row.tiers = text(r->tiers);
            m_fts << row;
        } else {
            docs << QVariantList{r->bibId, r->doc.body(), text(r->tsv), text(r->rankTsv)};
        }
        for (const QString &isbn : std::as_const(r->fields.isbns))
            isbns << QVariantList{isbn, r->bibId};
        count(r->terms, 1);
    }
    if (m_db.isSqlite()) {
        if (Status st = insertRows(QStringLiteral("search_docs"), {QStringLiteral("bib_id"), QStringLiteral("body")}, docs); !st.ok())
            return st;
    } else {
        if (Status st = insertRows(QStringLiteral("search_docs"),
                                   {QStringLiteral("bib_id"), QStringLiteral("body"), QStringLiteral("tsv"), QStringLiteral("rank_tsv")},
                                   docs, QStringLiteral("(?, ?, CAST(? AS tsvector), CAST(? AS tsvector))"));
            !st.ok())
            return st;
    }
    return insertRows(QStringLiteral("bib_isbns"), {QStringLiteral("isbn"), QStringLiteral("bib_id")}, isbns);
}

Status RecordWriter::insert(QList<PreparedRecord> &records)
{
    auto ids = reserveIds(int(records.size()));
    if (!ids.ok())
        return ids.error();
    QList<QVariantList> rows;
    QList<PreparedRecord *> ptrs;
    rows.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].bibId = ids->at(i);
        rows << bibColumnValues(records[i], m_op, m_now);
        ptrs << &records[i];
    }
    if (Status st = insertRows(QStringLiteral("bib_records"), kBibColumns, rows); !st.ok())
        return st;
    return indexRecords(ptrs);
}

Status RecordWriter::index(PreparedRecord &record)
{
    return indexRecords({&record});
}

Status RecordWriter::unindex(qint64 bibId)
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM search_docs WHERE bib_id = ?"), {bibId});
    if (!q.ok())
        return q.error();
    if (q->next()) {
        const QString body = q->value(0).toString();
        q->finish();
        const IndexDoc doc = IndexDoc::fromBody(bibId, body);
        const IndexDoc::Terms analysis = doc.analyze();
        if (m_db.isSqlite()) {
            FtsRow row;
            row.remove = true;
            row.rowid = bibId;
            for (const QString &field : doc.fields)
                row.fields << text(field);
            row.tiers = text(analysis.tiers);
            m_fts << row;
        }
        auto d = m_db.exec(QStringLiteral("DELETE FROM search_docs WHERE bib_id = ?"), {bibId});
        if (!d.ok())
            return d.error();
        count(analysis.distinct, -1);
    } else {
        q->finish();
    }
    auto isbns = m_db.exec(QStringLiteral("DELETE FROM bib_isbns WHERE bib_id = ?"), {bibId});
    if (!isbns.ok())
        return isbns.error();
    return {};
}

Status RecordWriter::replace(PreparedRecord &record, qint64 bibId)
{
    if (Status st = unindex(bibId); !st.ok())
        return st;
    record.bibId = bibId;
    QVariantList v = bibColumnValues(record, m_op, m_now);
    // id, ..., created_at, updated_at, created_op, updated_op: keep the creation, set the update.
    auto q = m_db.exec(QStringLiteral("UPDATE bib_records SET control_number = ?, control_source = ?, title = ?, author = ?, "
                                      "publisher = ?, year = ?, isbn = ?, language = ?, record_type = ?, call_number = ?, "
                                      "marc = ?, responsibility = ?, authors = ?, subjects = ?, series = ?, place = ?, "
                                      "edition = ?, issn = ?, updated_at = ?, updated_op = ? WHERE id = ?"),
                       v.mid(1, 18) + QVariantList{m_now, m_op, bibId});
    if (!q.ok())
        return q.error();
    return indexRecords({&record});
}

Status RecordWriter::flush()
{
    QStringList terms;
    terms.reserve(qsizetype(m_df.size()));
    for (const auto &[term, delta] : m_df) {
        if (delta != 0)
            terms << term;
    }
    // A fixed order: two writers on PostgreSQL lock the same rows in the same order.
    std::sort(terms.begin(), terms.end());
    // New or more frequent terms in multi-row upserts; less frequent ones (records replaced or
    // removed) one by one, then gone when no record has them any more.
    QList<QVariantList> rows;
    QList<std::pair<QString, qint64>> fewer;
    rows.reserve(terms.size());
    for (const QString &t : std::as_const(terms)) {
        const qint64 d = m_df.at(t);
        if (d > 0)
            rows << QVariantList{t, d};
        else
            fewer.append({t, d});
    }
    const QString head = QStringLiteral("INSERT INTO search_terms (term, df) VALUES ");
    const QString tail = QStringLiteral(" ON CONFLICT (term) DO UPDATE SET df = search_terms.df + excluded.df");
    for (qsizetype start = 0; start < rows.size(); start += 200) {
        const int n = int(qMin<qsizetype>(200, rows.size() - start));
        QVariantList binds;
        binds.reserve(n * 2);
        for (int i = 0; i < n; ++i)
            binds += rows.at(start + i);
        auto q = m_db.exec(head + placeholders(2, n, {}) + tail, binds);
        if (!q.ok())
            return q.error();
    }
    for (const auto &[t, d] : std::as_const(fewer)) {
        auto u = m_db.exec(QStringLiteral("UPDATE search_terms SET df = df + ? WHERE term = ? AND df + ? > 0"), {d, t, d});
        if (!u.ok())
            return u.error();
        auto q = m_db.exec(QStringLiteral("DELETE FROM search_terms WHERE term = ? AND df + ? <= 0"), {t, d});
        if (!q.ok())
            return q.error();
    }
    if (m_docs != 0) {
        auto q = m_db.exec(QStringLiteral("UPDATE search_stats SET value = value + ? WHERE key = 'docs'"), {m_docs});
        if (!q.ok())
            return q.error();
    }
    m_df.clear();
    m_docs = 0;
    // Full-text rows last, one row per statement (see the header).
    const QString insertFts = QStringLiteral("INSERT INTO search_fts (rowid, title, author, subject, series, publisher, ident, "
                                             "other, facet, tiers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString deleteFts = QStringLiteral("INSERT INTO search_fts (search_fts, rowid, title, author, subject, series, "
                                             "publisher, ident, other, facet, tiers) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const FtsRow &row : std::as_const(m_fts)) {
        auto f = m_db.exec(row.remove ? deleteFts : insertFts, QVariantList{row.rowid} + row.fields + QVariantList{row.tiers});
        if (!f.ok())
            return f.error();
    }
    m_fts.clear();
    return {};
}

} // namespace Aksara::Catalogue
