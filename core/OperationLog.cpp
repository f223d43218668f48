#include "core/OperationLog.h"
#include "core/TrailColumns.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonValue>

#include <QMutex>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <unordered_map>

#include <sqlite3.h>

namespace Aksara {

namespace {

const QString kColumns = QStringLiteral(
    "id, seq, at, service, operation, channel, actor, station, subject, outcome, error_code, error_message, "
    "duration_us, details, prev_hash, hash, rows_digest");

Outcome outcomeFrom(const QString &s)
{
    if (s == QLatin1String("ok"))
        return Outcome::Ok;
    if (s == QLatin1String("refused"))
        return Outcome::Refused;
    return Outcome::Failed;
}

OperationRecord recordFrom(const Query &q)
{
    OperationRecord r;
    r.id = q.value(0).toLongLong();
    r.seq = q.value(1).toLongLong();
    r.atMs = q.value(2).toLongLong();
    r.service = q.value(3).toString();
    r.operation = q.value(4).toString();
    r.channel = q.value(5).toString();
    r.actor = q.value(6).toString();
    r.station = q.value(7).toString();
    r.subject = q.value(8).toString();
    r.outcome = outcomeFrom(q.value(9).toString());
    r.errorCode = q.value(10).toString();
    r.errorMessage = q.value(11).toString();
    r.durationUs = q.value(12).toLongLong();
    const QString details = q.value(13).toString();
    if (!details.isEmpty())
        r.details = QJsonDocument::fromJson(details.toUtf8()).object();
    r.prevHash = q.value(14).toString();
    r.hash = q.value(15).toString();
    r.rowsDigest = q.value(16).toString();
    return r;
}

QString detailsText(const QJsonObject &details)
{
    return details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return QStringLiteral("ok");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QJsonObject OperationRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("service"), service},
                  {QStringLiteral("operation"), operation},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("station"), station.isEmpty() ? QJsonValue() : QJsonValue(station)},
                  {QStringLiteral("subject"), subject.isEmpty() ? QJsonValue() : QJsonValue(subject)},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("error_code"), errorCode.isEmpty() ? QJsonValue() : QJsonValue(errorCode)},
                  {QStringLiteral("error_message"), errorMessage.isEmpty() ? QJsonValue() : QJsonValue(errorMessage)},
                  {QStringLiteral("duration_us"), durationUs},
                  {QStringLiteral("hash"), hash}};
    if (!rowsDigest.isEmpty())
        o.insert(QStringLiteral("rows_digest"), rowsDigest);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

QString OperationLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString OperationLog::computeHash(const OperationRecord &r)
{
    // Fields are length-prefixed so that no two different records serialise alike.
    QByteArray buf;
    auto add = [&buf](const QString &s) {
        const QByteArray u = s.toUtf8();
        buf += QByteArray::number(u.size());
        buf += ':';
        buf += u;
        buf += '|';
    };
    add(r.prevHash);
    add(QString::number(r.seq));
    add(QString::number(r.id));
    add(QString::number(r.atMs));
    add(r.service);
    add(r.operation);
    add(r.channel);
    add(r.actor);
    add(r.station);
    add(r.subject);
    add(outcomeName(r.outcome));
    add(r.errorCode);
    add(r.errorMessage);
    add(QString::number(r.durationUs));
    add(detailsText(r.details));
    // Records written before the trail (and those that wrote no business row) have none: their
    // hash stays what it was.
    if (!r.rowsDigest.isEmpty())
        add(r.rowsDigest);
    return QString::fromLatin1(QCryptographicHash::hash(buf, QCryptographicHash::Sha256).toHex());
}

QString OperationLog::keyText(const QVariant &v)
{
    if (v.isNull())
        return QString();
    switch (v.metaType().id()) {
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QString::number(v.toLongLong());
    default: return v.toString();
    }
}

QString OperationLog::rowDigest(const QStringList &columns, const QVariantList &values)
{
    // Each value is typed the same way on both engines (Qt Sql gives SQLite INTEGER and PostgreSQL
    // BIGINT/INTEGER/SMALLINT as integers, TEXT as text, BLOB and BYTEA as bytes); NULLs are left
    // out, so a column added later with no value does not change the digest of older rows.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](char tag, const QByteArray &bytes) {
        h.addData(QByteArrayView(&tag, 1));
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":", 1));
        h.addData(bytes);
    };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            continue;
        add('c', columns.at(i).toUtf8());
        switch (v.metaType().id()) {
        case QMetaType::Bool: add('i', v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0")); break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort: add('i', QByteArray::number(v.toLongLong())); break;
        case QMetaType::Double:
        case QMetaType::Float: add('r', QByteArray::number(v.toDouble(), 'g', 17)); break;
        case QMetaType::QByteArray: add('b', v.toByteArray()); break;
        default: add('t', v.toString().toUtf8()); break;
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

QString OperationLog::combineRows(QList<RowDigest> &rows)
{
    if (rows.isEmpty())
        return QString();
    std::sort(rows.begin(), rows.end(), [](const RowDigest &a, const RowDigest &b) {
        return a.table != b.table ? a.table < b.table : a.key < b.key;
    });
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const RowDigest &r : std::as_const(rows)) {
        for (const QString *s : {&r.table, &r.key, &r.columns, &r.digest}) {
            const QByteArray u = s->toUtf8();
            h.addData(QByteArray::number(u.size()));
            h.addData(QByteArrayView(":", 1));
            h.addData(u);
        }
        h.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

namespace {
// Native statements are cached by the address of their text, which must outlive them: the texts
// of the per-table digest reads are kept for the life of the program (one per table and schema),
// owned by the map so that they are freed at exit (LeakSanitizer, tools/sanitize).
const char *lastingSql(const QString &sql)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const QByteArray>> texts;
    QMutexLocker lock(&mutex);
    std::unique_ptr<const QByteArray> &text = texts[sql];
    if (!text)
        text = std::make_unique<const QByteArray>(sql.toUtf8());
    return text->constData();
}

// A column as Qt Sql's SQLite driver would give it.
QVariant nativeValue(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(stmt, i));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                          sqlite3_column_bytes(stmt, i)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i)));
    default: return QVariant();
    }
}
} // namespace

Result<QStringList> OperationLog::businessTables()
{
    const QString sql = m_db.isSqlite()
                            ? QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                             "WHERE m.type = 'table' AND c.name = 'updated_op' ORDER BY m.name")
                            : QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                             "current_schema() AND column_name = 'updated_op' ORDER BY table_name");
    auto q = m_db.exec(sql);
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    q->finish();
    return out;
}

bool OperationLog::hasTrail()
{
    // The key of operation_rows, cached by Database until the migrator forgets it.
    auto k = m_db.tableKey(QStringLiteral("operation_rows"));
    return k.ok() && !k->key.isEmpty();
}

Result<QList<RowDigest>> OperationLog::digestRows(qint64 operationId, const QStringList &tables, bool allRows)
{
    QList<RowDigest> out;
    if (tables.isEmpty() || !hasTrail())
        return out;
    for (const QString &table : tables) {
        auto key = m_db.tableKey(table);
        if (!key.ok())
            return key.error();
        if (!key->business)
            continue;
        // The names come from the schema (tableKey found them), never from user input.
        auto columnList = digestedColumns(m_db, table);
        if (!columnList.ok())
            return columnList.error();
        const QStringList &cols = *columnList;
        QStringList quoted;
        for (const QString &c : cols)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        const QString select = QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table);
        QList<int> keyIdx;
        for (const QString &k : key->key)
            keyIdx << int(cols.indexOf(k));
        const QString columns = cols.join(QLatin1Char(','));
        QVariantList values(cols.size());
        if (m_db.isSqlite() && !allRows) {
            // Each write operation runs this: SQLite's own statement, as for the record itself
            // (Qt Sql's per-statement cost doubled what the digests add to a checkout).
            auto stmt = m_db.nativeStatement(lastingSql(select + QStringLiteral(" WHERE updated_op = ?")));
            if (!stmt.ok())
                return stmt.error();
            sqlite3_bind_int64(*stmt, 1, operationId);
            int rc;
            while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
                for (int i = 0; i < values.size(); ++i)
                    values[i] = nativeValue(*stmt, i);
                QStringList keyParts;
                for (int i : keyIdx)
                    keyParts << keyText(values.at(i));
                out << RowDigest{table, keyParts.join(QLatin1Char(',')), columns, rowDigest(cols, values)};
            }
            sqlite3_reset(*stmt);
            if (rc != SQLITE_DONE)
                return m_db.nativeError(rc, "SELECT ... WHERE updated_op = ?");
            continue;
        }
        auto q = allRows ? m_db.exec(select) : m_db.exec(select + QStringLiteral(" WHERE updated_op = ?"), {operationId});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            for (int i = 0; i < values.size(); ++i)
                values[i] = q->value(i);
            QStringList keyParts;
            for (int i : keyIdx)
                keyParts << keyText(values.at(i));
            out << RowDigest{table, keyParts.join(QLatin1Char(',')), columns, rowDigest(cols, values)};
        }
        q->finish();
    }
    return out;
}

Result<qint64> OperationLog::allocateId()
{
    if (m_db.isPostgres()) {
        auto v = m_db.scalar(QStringLiteral("SELECT nextval('operation_ids')"));
        if (!v.ok())
            return v.error();
        return v->toLongLong();
    }
    // SQLite: the caller holds the database's only write lock, so MAX(id) + 1 is free, except for
    // ids this connection already handed to enclosing operations that have not written their
    // record yet (nesting). Those are remembered per thread and database (= per connection); an id
    // given to a transaction that rolled back is simply never used.
    thread_local std::unordered_map<const Database *, qint64> reserved;
    static const char *const sql = "SELECT COALESCE(MAX(id), 0) FROM operations";
    auto stmt = m_db.nativeStatement(sql);
    if (!stmt.ok())
        return stmt.error();
    if (const int rc = sqlite3_step(*stmt); rc != SQLITE_ROW)
        return m_db.nativeError(rc, sql);
    const qint64 max = sqlite3_column_int64(*stmt, 0);
    sqlite3_reset(*stmt);
    qint64 &last = reserved[&m_db];
    last = std::max(last, max) + 1;
    return last;
}

Status OperationLog::insertToken(qint64 id)
{
    if (m_db.isSqlite()) {
        static const char *const sql = "INSERT INTO operation_tokens (id) VALUES (?) ON CONFLICT (id) DO NOTHING";
        auto stmt = m_db.nativeStatement(sql);
        if (!stmt.ok())
            return stmt.error();
        sqlite3_bind_int64(*stmt, 1, id);
        const int rc = sqlite3_step(*stmt);
        sqlite3_reset(*stmt);
        if (rc != SQLITE_DONE)
            return m_db.nativeError(rc, sql);
        return {};
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO operation_tokens (id) VALUES (?) ON CONFLICT (id) DO NOTHING"), {id});
    return q.ok() ? Status() : Status(q.error());
}

namespace {
void bindText(sqlite3_stmt *stmt, int index, const QString &text, bool nullWhenEmpty = true)
{
    if (nullWhenEmpty && text.isEmpty()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
} // namespace

Status OperationLog::appendNative(OperationRecord &r)
{
    static const char *const trailSql =
        "INSERT INTO operations (id, seq, at, service, operation, channel, actor, station, subject, outcome, error_code, "
        "error_message, duration_us, details, prev_hash, hash, rows_digest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static const char *const headSql = "SELECT seq, hash FROM operations ORDER BY seq DESC LIMIT 1";
    static const char *const insertSql =
        "INSERT INTO operations (id, seq, at, service, operation, channel, actor, station, subject, outcome, error_code, "
        "error_message, duration_us, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    if (r.id == 0) {
        auto id = allocateId();
        if (!id.ok())
            return id.error();
        r.id = *id;
    }
    auto head = m_db.nativeStatement(headSql);
    if (!head.ok())
        return head.error();
    const int rc = sqlite3_step(*head);
    if (rc == SQLITE_ROW) {
        r.seq = sqlite3_column_int64(*head, 0) + 1;
        r.prevHash = QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(*head, 1)));
    } else if (rc == SQLITE_DONE) {
        r.seq = 1;
        r.prevHash = genesisHash();
    } else {
        return m_db.nativeError(rc, headSql);
    }
    sqlite3_reset(*head);
    r.hash = computeHash(r);
    auto ins = m_db.nativeStatement(r.rowsDigest.isEmpty() ? insertSql : trailSql);
    if (!ins.ok())
        return ins.error();
    sqlite3_stmt *st = *ins;
    sqlite3_bind_int64(st, 1, r.id);
    sqlite3_bind_int64(st, 2, r.seq);
    sqlite3_bind_int64(st, 3, r.atMs);
    bindText(st, 4, r.service, false);
    bindText(st, 5, r.operation, false);
    bindText(st, 6, r.channel, false);
    bindText(st, 7, r.actor, false);
    bindText(st, 8, r.station);
    bindText(st, 9, r.subject);
    bindText(st, 10, outcomeName(r.outcome), false);
    bindText(st, 11, r.errorCode);
    bindText(st, 12, r.errorMessage);
    sqlite3_bind_int64(st, 13, r.durationUs);
    bindText(st, 14, detailsText(r.details));
    bindText(st, 15, r.prevHash, false);
    bindText(st, 16, r.hash, false);
    if (!r.rowsDigest.isEmpty())
        bindText(st, 17, r.rowsDigest, false);
    const int done = sqlite3_step(st);
    sqlite3_reset(st);
    if (done != SQLITE_DONE)
        return m_db.nativeError(done, insertSql);
    return {};
}

Status OperationLog::insertRows(qint64 operationId, const QList<RowDigest> &rows)
{
    static const char *const sql =
        "INSERT INTO operation_rows (operation_id, table_name, row_key, column_names, digest) VALUES (?, ?, ?, ?, ?)";
    for (const RowDigest &row : rows) {
        if (m_db.isSqlite()) {
            auto stmt = m_db.nativeStatement(sql);
            if (!stmt.ok())
                return stmt.error();
            sqlite3_bind_int64(*stmt, 1, operationId);
            bindText(*stmt, 2, row.table, false);
            bindText(*stmt, 3, row.key, false);
            bindText(*stmt, 4, row.columns, false);
            bindText(*stmt, 5, row.digest, false);
            const int rc = sqlite3_step(*stmt);
            sqlite3_reset(*stmt);
            if (rc != SQLITE_DONE)
                return m_db.nativeError(rc, sql);
            continue;
        }
        auto q = m_db.exec(QString::fromLatin1(sql), {operationId, row.table, row.key, row.columns, row.digest});
        if (!q.ok())
            return q.error();
    }
    return {};
}

Status OperationLog::append(OperationRecord &r, const QList<RowDigest> &rows)
{
    QList<RowDigest> sorted = rows;
    r.rowsDigest = combineRows(sorted);
    Status st = appendRecord(r);
    if (!st.ok() || rows.isEmpty())
        return st;
    return insertRows(r.id, sorted);
}

Status OperationLog::appendRecord(OperationRecord &r)
{
    if (m_db.isSqlite())
        return appendNative(r);
    {
        // One chain, one writer at a time; released when the transaction ends.
        auto lock = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(726354101)"));
        if (!lock.ok())
            return lock.error();
        lock->finish();
    }
    if (r.id == 0) {
        auto id = allocateId();
        if (!id.ok())
            return id.error();
        r.id = *id;
    }
    auto last = m_db.exec(QStringLiteral("SELECT seq, hash FROM operations ORDER BY seq DESC LIMIT 1"));
    if (!last.ok())
        return last.error();
    if (last->next()) {
        r.seq = last->value(0).toLongLong() + 1;
        r.prevHash = last->value(1).toString();
    } else {
        r.seq = 1;
        r.prevHash = genesisHash();
    }
    last->finish();
    r.hash = computeHash(r);
    QVariantList binds{r.id, r.seq, r.atMs, r.service, r.operation, r.channel, r.actor, textOrNull(r.station),
                       textOrNull(r.subject), outcomeName(r.outcome), textOrNull(r.errorCode), textOrNull(r.errorMessage),
                       r.durationUs, textOrNull(detailsText(r.details)), r.prevHash, r.hash};
    // Without row digests the statement names no rows_digest column: the records that the
    // migrations before the trail's write go into a table that has none yet.
    QString columns = kColumns;
    QString marks = QStringLiteral("?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?");
    if (r.rowsDigest.isEmpty()) {
        columns.chop(QStringLiteral(", rows_digest").size());
    } else {
        marks += QStringLiteral(",?");
        binds << r.rowsDigest;
    }
    auto ins = m_db.exec(QStringLiteral("INSERT INTO operations (%1) VALUES (%2)").arg(columns, marks), binds);
    if (!ins.ok())
        return ins.error();
    return {};
}

Result<QList<OperationRecord>> OperationLog::recent(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM operations ORDER BY seq DESC LIMIT ?").arg(kColumns), {limit});
    if (!q.ok())
        return q.error();
    QList<OperationRecord> out;
    while (q->next())
        out << recordFrom(*q);
    q->finish();
    return out;
}

Result<QList<ChainBreak>> OperationLog::verifyChain()
{
    // Streams the whole log in chain order; memory stays flat however long the log is.
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM operations ORDER BY seq").arg(kColumns));
    if (!q.ok())
        return q.error();
    QList<ChainBreak> breaks;
    QString prevHash = genesisHash();
    qint64 expectedSeq = 1;
    while (q->next()) {
        const OperationRecord r = recordFrom(*q);
        if (r.seq != expectedSeq) {
            breaks << ChainBreak{r.seq, r.id,
                                 tr("records %1 to %2 of the operation log are missing (deleted)")
                                     .arg(expectedSeq)
                                     .arg(r.seq - 1)};
        } else if (r.prevHash != prevHash) {
            breaks << ChainBreak{r.seq, r.id,
                                 tr("record %1 (id %2) does not follow the record before it: a record was "
                                    "inserted, removed or changed there")
                                     .arg(r.seq)
                                     .arg(r.id)};
        }
        if (computeHash(r) != r.hash)
            breaks << ChainBreak{r.seq, r.id,
                                 tr("record %1 (id %2) was changed after it was written").arg(r.seq).arg(r.id)};
        prevHash = r.hash;
        expectedSeq = r.seq + 1;
        if (breaks.size() >= 100)
            break;
    }
    q->finish();
    return breaks;
}

} // namespace Aksara
