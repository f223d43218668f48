#include "core/OperationLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <unordered_map>

#include <sqlite3.h>

namespace Aksara {

namespace {

const QString kColumns = QStringLiteral(
    "id, seq, at, service, operation, channel, actor, station, subject, outcome, error_code, error_message, "
    "duration_us, details, prev_hash, hash");

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
    return QString::fromLatin1(QCryptographicHash::hash(buf, QCryptographicHash::Sha256).toHex());
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
    auto ins = m_db.nativeStatement(insertSql);
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
    const int done = sqlite3_step(st);
    sqlite3_reset(st);
    if (done != SQLITE_DONE)
        return m_db.nativeError(done, insertSql);
    return {};
}

Status OperationLog::append(OperationRecord &r)
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
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO operations (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns),
        {r.id, r.seq, r.atMs, r.service, r.operation, r.channel, r.actor, textOrNull(r.station), textOrNull(r.subject),
         outcomeName(r.outcome), textOrNull(r.errorCode), textOrNull(r.errorMessage), r.durationUs,
         textOrNull(detailsText(r.details)), r.prevHash, r.hash});
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
