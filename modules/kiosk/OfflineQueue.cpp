#include "kiosk/OfflineQueue.h"

#include "kiosk/SealedPin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Aksara::Kiosk {

namespace {

const char *const kColumns = "id, request_id, kind, barcode, card, patron_id, session, station, accepted_at, offline, state, attempts, "
                             "last_attempt_at, result_code, result_message, operation_id, title, finished_at";

QueuedRequest::State stateFrom(const QString &s)
{
    if (s == QLatin1String("applied"))
        return QueuedRequest::State::Applied;
    if (s == QLatin1String("already_applied"))
        return QueuedRequest::State::AlreadyApplied;
    if (s == QLatin1String("refused"))
        return QueuedRequest::State::Refused;
    return QueuedRequest::State::Pending;
}

QueuedRequest requestFrom(const QSqlQuery &q)
{
    QueuedRequest r;
    r.id = q.value(0).toLongLong();
    r.requestId = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.barcode = q.value(3).toString();
    r.card = q.value(4).toString();
    r.patronId = q.value(5).toLongLong();
    r.session = q.value(6).toString();
    r.station = q.value(7).toString();
    r.acceptedAt = q.value(8).toLongLong();
    r.offline = q.value(9).toInt() != 0;
    r.state = stateFrom(q.value(10).toString());
    r.attempts = q.value(11).toInt();
    r.lastAttemptAt = q.value(12).toLongLong();
    r.resultCode = q.value(13).toString();
    r.resultMessage = q.value(14).toString();
    r.operationId = q.value(15).toLongLong();
    r.title = q.value(16).toString();
    r.finishedAt = q.value(17).toLongLong();
    return r;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

QString QueuedRequest::stateName(State state)
{
    switch (state) {
    case State::Pending: return QStringLiteral("pending");
    case State::Applied: return QStringLiteral("applied");
    case State::AlreadyApplied: return QStringLiteral("already_applied");
    case State::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("pending");
}

QString OfflineQueue::newRequestId(const QString &station)
{
    return (station.isEmpty() ? QStringLiteral("kiosk") : station) + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OfflineQueue::OfflineQueue(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

OfflineQueue::~OfflineQueue()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error OfflineQueue::errorOf(const QString &why) const
{
    return Error::failed(QStringLiteral("kiosk.queue_unavailable"),
                         tr("The kiosk's offline queue %1 cannot be used: %2").arg(m_path, why));
}

Result<std::unique_ptr<OfflineQueue>> OfflineQueue::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::failed(QStringLiteral("kiosk.queue_unavailable"),
                             tr("Cannot create the folder %1 for the kiosk's offline queue.").arg(info.absolutePath()));
    const bool existed = info.exists();
    const QString connection = QStringLiteral("aksara-kiosk-queue-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    std::unique_ptr<OfflineQueue> queue(new OfflineQueue(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return queue->errorOf(db.lastError().text());
    }
    if (!existed)
        QFile::setPermissions(info.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status st = queue->init(); !st.ok())
        return st.error();
    return queue;
}

Status OfflineQueue::init()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // A file of another program (or a damaged one) is refused rather than written over.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name NOT IN ('requests', 'kiosk_meta', "
                               "'sqlite_sequence') AND name NOT LIKE 'sqlite_autoindex%' AND name NOT LIKE 'requests_%'"))
        || !q.next())
        return Error::failed(QStringLiteral("kiosk.queue_damaged"),
                             tr("%1 is not a kiosk queue or is damaged: %2").arg(m_path, q.lastError().text()));
    if (q.value(0).toInt() > 0)
        return Error::failed(QStringLiteral("kiosk.queue_damaged"),
                             tr("%1 belongs to another program; the kiosk leaves it alone.").arg(m_path));
    q.finish();
    // WAL with synchronous=FULL: a request is on disk when its commit returns, and survives a
    // power cut. secure_delete zeroes what is deleted or overwritten (erased PINs).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return errorOf(q.lastError().text());
        q.finish();
    }
    const char *schema[] = {
        "CREATE TABLE IF NOT EXISTS requests ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " request_id TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL CHECK (kind IN ('checkin', 'checkout')),"
        " barcode TEXT NOT NULL CHECK (length(barcode) > 0),"
        " card TEXT, patron_id INTEGER, sealed_pin BLOB, session TEXT, station TEXT,"
        " accepted_at INTEGER NOT NULL,"
        " offline INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'already_applied', 'refused')),"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " last_attempt_at INTEGER, result_code TEXT, result_message TEXT, operation_id INTEGER, title TEXT,"
        " finished_at INTEGER,"
        " CHECK (kind = 'checkin' OR card IS NOT NULL))",
        "CREATE INDEX IF NOT EXISTS requests_pending ON requests (id) WHERE state = 'pending'",
        "CREATE TABLE IF NOT EXISTS kiosk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    };
    for (const char *sql : schema) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Error::failed(QStringLiteral("kiosk.queue_damaged"),
                                 tr("%1 is not a kiosk queue or is damaged: %2").arg(m_path, q.lastError().text()));
    }
    // A queue of an older kiosk: PINs were kept in clear (`pin`); sealed ones go in `sealed_pin`.
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('requests')")))
        return errorOf(q.lastError().text());
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    q.finish();
    m_hasClearPins = columns.contains(QStringLiteral("pin"));
    if (!columns.contains(QStringLiteral("sealed_pin")) && !q.exec(QStringLiteral("ALTER TABLE requests ADD COLUMN sealed_pin BLOB")))
        return errorOf(q.lastError().text());
    return {};
}

Result<QueuedRequest> OfflineQueue::add(const NewRequest &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QString requestId = !r.requestId.isEmpty() ? r.requestId : newRequestId(r.station);
    q.prepare(QStringLiteral("INSERT INTO requests (request_id, kind, barcode, card, patron_id, sealed_pin, session, station, "
                             "accepted_at, offline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(r.kind);
    q.addBindValue(r.barcode);
    q.addBindValue(textOrNull(r.card));
    q.addBindValue(r.patronId ? QVariant(r.patronId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.sealedPin.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.sealedPin));
    q.addBindValue(textOrNull(r.session));
    q.addBindValue(textOrNull(r.station));
    q.addBindValue(r.acceptedAt);
    q.addBindValue(r.offline ? 1 : 0);
    // Autocommit: the statement is its own transaction, on disk (synchronous=FULL) when exec returns.
    if (!q.exec())
        return errorOf(q.lastError().text());
    return get(q.lastInsertId().toLongLong());
}

Result<QueuedRequest> OfflineQueue::get(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return errorOf(q.lastError().text());
    if (!q.next())
        return Error::failed(QStringLiteral("kiosk.queue_damaged"), tr("Request %1 is missing from the kiosk's queue.").arg(id));
    return requestFrom(q);
}

Result<QList<QueuedRequest>> OfflineQueue::pending()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM requests WHERE state = 'pending' ORDER BY id").arg(QLatin1String(kColumns))))
        return errorOf(q.lastError().text());
    QList<QueuedRequest> out;
    while (q.next())
        out << requestFrom(q);
    return out;
}

Result<int> OfflineQueue::pendingCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE state = 'pending'")) || !q.next())
        return errorOf(q.lastError().text());
    return q.value(0).toInt();
}

Result<QByteArray> OfflineQueue::sealedPinOf(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT sealed_pin FROM requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<int> OfflineQueue::clearPinCount()
{
    if (!m_hasClearPins)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE pin IS NOT NULL AND pin <> ''")) || !q.next())
        return errorOf(q.lastError().text());
    return q.value(0).toInt();
}

Result<int> OfflineQueue::sealClearPins(const QByteArray &publicKey)
{
    if (!m_hasClearPins)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<std::pair<qint64, QString>> clear;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, pin FROM requests WHERE pin IS NOT NULL AND pin <> ''")))
            return errorOf(q.lastError().text());
        while (q.next())
            clear.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    if (!db.transaction())
        return errorOf(db.lastError().text());
    for (auto &[id, pin] : clear) {
        auto sealed = SealedPin::seal(pin, publicKey);
        pin.fill(QLatin1Char('0'));
        if (!sealed.ok()) {
            db.rollback();
            return sealed.error();
        }
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE requests SET sealed_pin = ?, pin = NULL WHERE id = ?"));
        u.addBindValue(*sealed);
        u.addBindValue(id);
        if (!u.exec()) {
            db.rollback();
            return errorOf(u.lastError().text());
        }
    }
    if (!db.commit())
        return errorOf(db.lastError().text());
    // secure_delete zeroed the old pages in the file; the journal may still hold their images.
    QSqlQuery c(db);
    if (!c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return errorOf(c.lastError().text());
    return int(clear.size());
}

Status OfflineQueue::noteAttempt(qint64 id, qint64 atMs, const QString &code, const QString &message)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE requests SET attempts = attempts + 1, last_attempt_at = ?, result_code = ?, "
                             "result_message = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(atMs);
    q.addBindValue(textOrNull(code));
    q.addBindValue(textOrNull(message));
    q.addBindValue(id);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return {};
}

Status OfflineQueue::finish(qint64 id, QueuedRequest::State state, qint64 atMs, const QString &code,
                            const QString &message, qint64 operationId, const QString &title)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE requests SET state = ?, attempts = attempts + 1, last_attempt_at = ?, finished_at = ?, "
                             "result_code = ?, result_message = ?, operation_id = ?, title = COALESCE(?, title), sealed_pin = NULL%1 "
                             "WHERE id = ?").arg(m_hasClearPins ? QStringLiteral(", pin = NULL") : QString()));
    q.addBindValue(QueuedRequest::stateName(state));
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    q.addBindValue(textOrNull(code));
    q.addBindValue(textOrNull(message));
    q.addBindValue(operationId ? QVariant(operationId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textOrNull(title));
    q.addBindValue(id);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return {};
}

Result<QList<QueuedRequest>> OfflineQueue::recent(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM requests ORDER BY id DESC LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return errorOf(q.lastError().text());
    QList<QueuedRequest> out;
    while (q.next())
        out << requestFrom(q);
    return out;
}

Result<int> OfflineQueue::prune(qint64 beforeMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM requests WHERE state <> 'pending' AND finished_at < ?"));
    q.addBindValue(beforeMs);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return q.numRowsAffected();
}

Status OfflineQueue::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO kiosk_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return {};
}

Result<QString> OfflineQueue::meta(const QString &key, const QString &fallback)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM kiosk_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return errorOf(q.lastError().text());
    return q.next() ? q.value(0).toString() : fallback;
}

} // namespace Aksara::Kiosk
