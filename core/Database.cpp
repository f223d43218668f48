#include "core/Database.h"
#include "core/TrailColumns.h"

#include "core/FileModes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace Aksara {

namespace {

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
}

void Database::closeConnection(Connection *c)
{
    for (auto &[sql, stmt] : c->native)
        sqlite3_finalize(stmt);
    c->native.clear();
    c->statements.clear();
    const QString name = c->name;
    delete c;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Database::~Database()
{
    forgetDigestedColumns(this);
    QMutexLocker lock(&m_mutex);
    for (Connection *c : std::as_const(m_connections))
        closeConnection(c);
    m_connections.clear();
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseConfig &config, OpenMode mode)
{
    const QString driver = config.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::failed(QStringLiteral("storage.driver_missing"),
                             tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                                 .arg(driver, config.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                                : QStringLiteral("libqt6sql6-psql")));
    if (config.isSqlite()) {
        const QFileInfo file(config.path);
        if (!file.exists()) {
            if (mode == OpenMode::MustExist)
                return Error::failed(QStringLiteral("storage.not_found"),
                                     tr("There is no Aksara database at %1 (create one with: aksara init --db %1).")
                                         .arg(config.path));
            const QFileInfo dir(file.absolutePath());
            if (!dir.exists())
                return Error::failed(QStringLiteral("storage.not_found"),
                                     tr("The folder %1 does not exist.").arg(dir.absoluteFilePath()));
            if (!dir.isWritable())
                return Error::failed(QStringLiteral("storage.read_only"),
                                     tr("Cannot create %1: the folder is not writable.").arg(config.path));
            // Created here, owner-only (or for the staff group), before SQLite writes a byte: the
            // file will hold personal data (core/FileModes.h).
            if (Status st = FileModes::createPrivate(config.path); !st.ok())
                return st.error();
        } else {
            if (file.isDir())
                return Error::failed(QStringLiteral("storage.not_found"),
                                     tr("%1 is a folder, not a database file.").arg(config.path));
            // Every operation writes its evidence, so Aksara needs to write even to read; WAL mode
            // also needs to create the -wal and -shm files beside the database.
            if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
                return Error::failed(QStringLiteral("storage.read_only"),
                                     tr("The database %1 is read-only (Aksara needs to write to the file and "
                                        "its folder to record every operation).")
                                         .arg(config.path));
            // Look before SQLite touches it: switching to WAL would rewrite a file that is not ours.
            QFile f(config.path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::failed(QStringLiteral("storage.read_only"), tr("Cannot read %1.").arg(config.path));
            const QByteArray header = f.read(16);
            if (header.isEmpty() && mode == OpenMode::MustExist)
                return Error::failed(QStringLiteral("storage.not_aksara"),
                                     tr("%1 is an empty file, not an Aksara database (create one with: aksara init "
                                        "--db %1).")
                                         .arg(config.path));
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
                return Error::failed(QStringLiteral("storage.corrupt"),
                                     tr("%1 is not an SQLite database, or its header is damaged.").arg(config.path));
        }
    }
    std::shared_ptr<Database> db(new Database(config));
    db->m_mayCreate = mode == OpenMode::CreateIfMissing;
    auto first = db->threadConnection();
    if (!first.ok())
        return first.error();
    return db;
}

Result<Database::Connection *> Database::threadConnection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    {
        Connection *lost = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            if (auto it = m_connections.constFind(thread); it != m_connections.constEnd()) {
                // A connection the server dropped is replaced once the thread's transaction (whose
                // work is lost with it) has ended; within one, its statements keep failing as
                // storage.unavailable until the caller rolls back.
                if (!(*it)->broken || (*it)->depth > 0)
                    return *it;
                lost = m_connections.take(thread);
            }
        }
        if (lost)
            closeConnection(lost);
    }
    const QString name = QStringLiteral("aksara-%1-%2").arg(m_id).arg(reinterpret_cast<quintptr>(thread));
    QSqlDatabase db;
    if (m_config.isSqlite()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
        db.setConnectOptions(m_config.options);
    }
    if (!db.open()) {
        const QString why = firstLine(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error::failed(QStringLiteral("storage.unavailable"),
                             tr("Cannot open the database %1: %2").arg(m_config.displayName(), why));
    }
    if (auto st = configure(db); !st.ok()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return st.error();
    }
    auto *c = new Connection{name, {}, {}, nullptr, 0, {}};
    if (m_config.isSqlite()) {
        const QVariant h = db.driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0) {
            c->handle = *static_cast<sqlite3 *const *>(h.constData());
            // SQLite's own busy handler sleeps longer and longer (up to 100 ms a try), so a desk
            // waiting for another desk's short write could wait a second. Writes here last about a
            // millisecond: retry every 0.5 ms, for up to 15 s.
            sqlite3_busy_handler(
                c->handle,
                [](void *, int attempt) -> int {
                    if (attempt >= 30000)
                        return 0;
                    std::this_thread::sleep_for(std::chrono::microseconds(attempt < 20 ? 100 : 500));
                    return 1;
                },
                nullptr);
        }
    }
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, c);
    return c;
}

Status Database::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (m_config.isSqlite()) {
        // A readable SQLite file that holds tables but no Aksara schema belongs to something else:
        // leave it untouched. (Reading sqlite_master is also where damage shows first.)
        if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM sqlite_master), "
                                   "(SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations')"))
            || !q.next()) {
            const QString why = firstLine(q.lastError().text());
            // A full disk, a read-only file or a lock is not damage (issue 15): named for what it is.
            const NativeClass c = classifyNative(true, q.lastError().nativeErrorCode(), why, false);
            if (c.code != QLatin1String("storage.corrupt") && c.code != QLatin1String("storage.error"))
                return errorForClass(c, why, {{QStringLiteral("native_code"), q.lastError().nativeErrorCode()}});
            return Error::failed(QStringLiteral("storage.corrupt"),
                                 tr("%1 is not an Aksara database or is damaged (%2).").arg(m_config.path, why));
        }
        if ((q.value(0).toInt() > 0 || !m_mayCreate) && q.value(1).toInt() == 0)
            return Error::failed(QStringLiteral("storage.not_aksara"),
                                 q.value(0).toInt() > 0
                                     ? tr("%1 is an SQLite database of another program, not an Aksara database; "
                                          "Aksara leaves it alone.")
                                           .arg(m_config.path)
                                     : tr("%1 is an empty database, not an Aksara database (create one with: aksara "
                                          "init --db %1).")
                                           .arg(m_config.path));
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
            const QString why = firstLine(q.lastError().text());
            const NativeClass c = classifyNative(true, q.lastError().nativeErrorCode(), why, false);
            if (c.code != QLatin1String("storage.corrupt") && c.code != QLatin1String("storage.error"))
                return errorForClass(c, why, {{QStringLiteral("native_code"), q.lastError().nativeErrorCode()}});
            const bool corrupt = c.code == QLatin1String("storage.corrupt")
                                 || why.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
                                 || why.contains(QLatin1String("malformed"), Qt::CaseInsensitive);
            return Error::failed(corrupt ? QStringLiteral("storage.corrupt") : QStringLiteral("storage.unavailable"),
                                 corrupt ? tr("%1 is not an Aksara database or is damaged (%2).").arg(m_config.path, why)
                                         : tr("Cannot use the database %1: %2").arg(m_config.path, why));
        }
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::failed(QStringLiteral("storage.unavailable"),
                                 tr("Cannot switch %1 to WAL mode (got %2).").arg(m_config.path, q.value(0).toString()));
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA temp_store=MEMORY"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return Error::failed(QStringLiteral("storage.unavailable"),
                                     tr("Cannot configure %1: %2").arg(m_config.path, firstLine(q.lastError().text())));
        }
    } else {
        for (const char *stmt : {"SET client_min_messages TO warning", "SET TIME ZONE 'UTC'"}) {
            if (!q.exec(QString::fromLatin1(stmt)))
                return Error::failed(QStringLiteral("storage.unavailable"),
                                     tr("Cannot configure the PostgreSQL session: %1").arg(firstLine(q.lastError().text())));
        }
    }
    return {};
}

Result<QSqlDatabase> Database::connection()
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    return QSqlDatabase::database((*c)->name, false);
}

void Database::releaseThreadConnection()
{
    Connection *c = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        c = m_connections.take(QThread::currentThreadId());
    }
    if (c)
        closeConnection(c);
}

Result<Query> Database::exec(const QString &sql, const QVariantList &binds)
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    Connection *conn = *c;
    auto it = conn->statements.find(sql);
    if (it == conn->statements.end()) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(conn->name, false));
        if (!q->prepare(sql))
            return noteFailure(conn, errorFrom(q->lastError(), sql));
        it = conn->statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    if (conn->depth > 0)
        noteWrites(conn, sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        Error e = errorFrom(q.lastError(), sql);
        // A statement whose connection broke must be prepared again on the next attempt.
        conn->statements.erase(it);
        return noteFailure(conn, std::move(e));
    }
    return Query(&q);
}

Status Database::execControl(const QString &sql)
{
    // SQLite prepares transaction control like any statement: reuse it. PostgreSQL cannot PREPARE
    // BEGIN/COMMIT, so it runs them directly.
    if (isSqlite()) {
        auto q = exec(sql);
        return q.ok() ? Status() : Status(q.error());
    }
    return execDirect(sql);
}

Status Database::execDirect(const QString &sql)
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    if ((*c)->depth > 0)
        noteWrites(*c, sql);
    QSqlQuery q(QSqlDatabase::database((*c)->name, false));
    if (!q.exec(sql))
        return noteFailure(*c, errorFrom(q.lastError(), sql));
    return {};
}

Error Database::noteFailure(Connection *conn, Error error)
{
    if (isPostgres() && error.code == QLatin1String("storage.unavailable"))
        conn->broken = true;
    return error;
}

QStringList Database::writeTargets(const QString &sql)
{
    // Over-noting is harmless (a table that is not a business table is skipped); missing a table
    // would leave its rows out of the record, and verify would then report them.
    static const QRegularExpression re(
        QStringLiteral("\\b(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)"
                       "\\s+(?:ONLY\\s+)?\"?([A-Za-z_][A-Za-z0-9_]*)\"?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const QString table = it.next().captured(1).toLower();
        if (table == QLatin1String("set") || table == QLatin1String("skip") || table == QLatin1String("nowait")
            || table == QLatin1String("of"))
            continue;
        if (!out.contains(table))
            out << table;
    }
    return out;
}

void Database::noteWrites(Connection *conn, const QString &sql)
{
    QStringList targets;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_writeTargets.constFind(sql);
        if (it != m_writeTargets.constEnd()) {
            targets = *it;
        } else {
            targets = writeTargets(sql);
            if (m_writeTargets.size() < 20000)
                m_writeTargets.insert(sql, targets);
        }
    }
    for (const QString &t : std::as_const(targets)) {
        if (!conn->written.contains(t))
            conn->written << t;
    }
}

QStringList Database::tablesWritten()
{
    auto c = threadConnection();
    return c.ok() ? (*c)->written : QStringList();
}

void Database::forgetTableKeys()
{
    {
        QMutexLocker lock(&m_mutex);
        m_tableKeys.clear();
    }
    forgetDigestedColumns(this);
}

namespace {
QMutex g_columnsMutex;
QHash<QPair<const Database *, QString>, QStringList> g_columns;
} // namespace

void forgetDigestedColumns(const Database *db)
{
    QMutexLocker lock(&g_columnsMutex);
    for (auto it = g_columns.begin(); it != g_columns.end();) {
        if (it.key().first == db)
            it = g_columns.erase(it);
        else
            ++it;
    }
}

Result<QStringList> digestedColumns(Database &db, const QString &table)
{
    const QPair<const Database *, QString> key(&db, table);
    {
        QMutexLocker lock(&g_columnsMutex);
        auto it = g_columns.constFind(key);
        if (it != g_columns.constEnd())
            return *it;
    }
    auto q = db.exec(db.isSqlite() ? QStringLiteral("SELECT name FROM pragma_table_info(?)")
                                   : QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                    "table_schema = current_schema() AND table_name = ?"),
                     {table});
    if (!q.ok())
        return q.error();
    QStringList columns;
    while (q->next()) {
        const QString column = q->value(0).toString();
        // Measurements written outside any operation are not part of a row's digest: a station's
        // last heartbeat (heartbeats are not operations, docs/service-management.md).
        if (table == QLatin1String("stations") && column == QLatin1String("last_heartbeat_at"))
            continue;
        columns << column;
    }
    q->finish();
    std::sort(columns.begin(), columns.end());
    QMutexLocker lock(&g_columnsMutex);
    g_columns.insert(key, columns);
    return columns;
}

Result<Database::TableKey> Database::tableKey(const QString &table)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_tableKeys.constFind(table);
        if (it != m_tableKeys.constEnd())
            return *it;
    }
    TableKey k;
    const QString sql = isSqlite()
                            ? QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY pk")
                            : QStringLiteral(
                                  "SELECT c.column_name, COALESCE(k.ordinal_position, 0) FROM information_schema.columns c "
                                  "LEFT JOIN information_schema.table_constraints t ON t.table_schema = c.table_schema "
                                  "AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY' "
                                  "LEFT JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name "
                                  "AND k.table_schema = t.table_schema AND k.table_name = t.table_name "
                                  "AND k.column_name = c.column_name "
                                  "WHERE c.table_schema = current_schema() AND c.table_name = ? "
                                  "ORDER BY COALESCE(k.ordinal_position, 0)");
    auto q = exec(sql, {table});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const QString column = q->value(0).toString();
        if (column == QLatin1String("updated_op"))
            k.business = true;
        if (q->value(1).toInt() > 0)
            k.key << column;
    }
    q->finish();
    if (k.key.isEmpty())
        k.business = false; // a row without a key cannot be named
    QMutexLocker lock(&m_mutex);
    m_tableKeys.insert(table, k);
    return k;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q.ok())
        return q.error();
    QVariant v = q->next() ? q->value(0) : QVariant();
    q->finish();
    return v;
}

QString Database::placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

bool Database::isConstraintViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("23")) && code.size() == 5)
        return true; // PostgreSQL SQLSTATE class 23: integrity constraint violation
    bool ok = false;
    const int n = code.toInt(&ok);
    if (ok && (n & 0xff) == 19)
        return true; // SQLITE_CONSTRAINT and its extended codes
    return error.text().contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
}

Database::NativeClass Database::classifyNative(bool sqlite, const QString &nativeCode, const QString &text,
                                               bool connectionError)
{
    auto failed = [](const char *code) { return NativeClass{QString::fromLatin1(code), false}; };
    if (sqlite) {
        // Qt's SQLite driver puts the primary result code of the failed call there; nativeError()
        // the extended one (sqlite3_extended_errcode). The primary code is the low byte of both.
        bool ok = false;
        const int n = nativeCode.toInt(&ok);
        const int primary = ok ? (n & 0xff) : -1;
        // FTS5 reports a MATCH expression it cannot parse (or one nested too deep for its parser)
        // as a plain SQLITE_ERROR: the search text was bad, not the system.
        if ((primary == SQLITE_ERROR || primary == -1)
            && (text.contains(QLatin1String("fts5: syntax error"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("parser stack overflow"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("fts5: "), Qt::CaseInsensitive)))
            return {QStringLiteral("storage.bad_query"), true};
        switch (primary) {
        case SQLITE_FULL:
            return failed("storage.disk_full");
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return failed("storage.corrupt");
        case SQLITE_READONLY:
            return failed("storage.read_only");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return failed("storage.busy");
        case SQLITE_IOERR:
            return failed("storage.io_error");
        case SQLITE_CANTOPEN:
            return failed("storage.unavailable");
        case SQLITE_CONSTRAINT:
            return failed("storage.constraint");
        case SQLITE_NOMEM:
            return failed("storage.out_of_memory");
        case SQLITE_TOOBIG:
            return {QStringLiteral("storage.bad_query"), true};
        default:
            break;
        }
        if (text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive))
            return failed("storage.constraint");
        return failed("storage.error");
    }
    // PostgreSQL: the SQLSTATE (five characters; its first two are the class).
    const QString state = nativeCode.size() == 5 ? nativeCode.toUpper() : QString();
    const QString cls = state.left(2);
    if (state == QLatin1String("53100"))
        return failed("storage.disk_full");
    if (state == QLatin1String("53200"))
        return failed("storage.out_of_memory");
    if (state == QLatin1String("53300") || cls == QLatin1String("08") || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return failed("storage.unavailable");
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return failed("storage.corrupt");
    if (state == QLatin1String("25006"))
        return failed("storage.read_only");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return failed("storage.busy");
    if (cls == QLatin1String("23"))
        return failed("storage.constraint");
    // Data exceptions (a number out of range, text that is not a date, a bad regular expression)
    // and a statement too complex to run come from what a user typed: every statement binds its
    // values, so the text of the SQL itself is the program's and a 42xxx is a failure (a bug).
    if (cls == QLatin1String("22") || state == QLatin1String("54001"))
        return {QStringLiteral("storage.bad_query"), true};
    if (state.isEmpty()
        && (connectionError || text.contains(QLatin1String("server closed"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("no connection"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive)
            // 57P01 as Qt's driver reports it: the FATAL message, without its SQLSTATE.
            || text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive)))
        return failed("storage.unavailable");
    return failed("storage.error");
}

Error Database::errorFrom(const QSqlError &error, const QString &context) const
{
    // Qt's text() is the driver's words and the database's; the database's alone say it once.
    const QString text = firstLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    const QString code = error.nativeErrorCode();
    QJsonObject details{{QStringLiteral("native_code"), code}};
    if (!context.isEmpty())
        details.insert(QStringLiteral("sql"), context.simplified().left(200));
    // Qt's SQLite driver reports every failed step as a ConnectionError: only PostgreSQL's means one.
    const NativeClass c = classifyNative(isSqlite(), code, text, error.type() == QSqlError::ConnectionError);
    return errorForClass(c, text, details);
}

Error Database::errorForClass(const NativeClass &c, const QString &text, const QJsonObject &details) const
{
    QString message;
    if (c.code == QLatin1String("storage.disk_full"))
        message = tr("The disk holding the library is full: nothing was changed. Free some space on it (or ask the "
                     "administrator to); Aksara carries on by itself once there is room. (%1)")
                      .arg(text);
    else if (c.code == QLatin1String("storage.corrupt"))
        message = tr("The database file is damaged: %1").arg(text);
    else if (c.code == QLatin1String("storage.read_only"))
        message = tr("The database can only be read, not written: nothing was changed. (%1)").arg(text);
    else if (c.code == QLatin1String("storage.busy"))
        message = tr("The database is busy: %1").arg(text);
    else if (c.code == QLatin1String("storage.io_error"))
        message = tr("The disk holding the library could not be read or written (an input/output error): nothing "
                     "was changed. (%1)")
                      .arg(text);
    else if (c.code == QLatin1String("storage.unavailable"))
        message = tr("The database %1 cannot be reached: %2").arg(m_config.displayName(), text);
    else if (c.code == QLatin1String("storage.constraint"))
        message = tr("The database refused the change: %1").arg(text);
    else if (c.code == QLatin1String("storage.out_of_memory"))
        message = tr("The database ran out of memory: nothing was changed. (%1)").arg(text);
    else if (c.code == QLatin1String("storage.bad_query"))
        message = tr("The search or value cannot be used: it is not valid or too complex (%1). Simplify it and try "
                     "again.")
                      .arg(text);
    else
        message = tr("Database error: %1").arg(text);
    return c.refusal ? Error::refused(c.code, message, details) : Error::failed(c.code, message, details);
}

bool Database::tableExists(const QString &name)
{
    const QString sql = isSqlite()
                            ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?")
                            : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() AND table_name = ?");
    auto v = scalar(sql, {name});
    return v.ok() && !v->isNull();
}

Result<sqlite3_stmt *> Database::nativeStatement(const char *sql)
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    Connection *conn = *c;
    if (!conn->handle)
        return Error::failed(QStringLiteral("storage.error"), QStringLiteral("no native SQLite handle"));
    auto it = conn->native.find(sql);
    if (it != conn->native.end()) {
        sqlite3_reset(it->second);
        sqlite3_clear_bindings(it->second);
        return it->second;
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(conn->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return nativeError(rc, sql);
    conn->native.emplace(sql, stmt);
    return stmt;
}

Error Database::nativeError(int rc, const char *sql) const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    sqlite3 *handle = nullptr;
    {
        QMutexLocker lock(const_cast<QMutex *>(&m_mutex));
        if (auto it = m_connections.constFind(thread); it != m_connections.constEnd())
            handle = (*it)->handle;
    }
    const QString text = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int ext = handle ? sqlite3_extended_errcode(handle) : rc;
    QSqlError e(text, text, QSqlError::StatementError, QString::number(ext));
    return errorFrom(e, QString::fromUtf8(sql));
}

int Database::transactionDepth()
{
    auto c = threadConnection();
    return c.ok() ? (*c)->depth : 0;
}

Result<std::unique_ptr<Transaction>> Database::begin()
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    Connection *conn = *c;
    const QString sql = conn->depth == 0
                            ? (isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
                            : QStringLiteral("SAVEPOINT sp%1").arg(conn->depth);
    if (auto st = execControl(sql); !st.ok())
        return st.error();
    if (conn->depth == 0)
        conn->written.clear();
    ++conn->depth;
    return std::unique_ptr<Transaction>(new Transaction(*this, conn->depth));
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return Error::failed(QStringLiteral("storage.error"), QStringLiteral("transaction already finished"));
    auto c = m_db.threadConnection();
    if (!c.ok())
        return c.error();
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    auto st = m_db.execControl(sql);
    if (!st.ok()) {
        // SQLite keeps the transaction open when COMMIT fails (a deferred foreign key, a busy
        // database); end it so that the connection is usable again and nothing half-done remains.
        rollback();
        return st;
    }
    m_done = true;
    (*c)->depth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    auto c = m_db.threadConnection();
    if (!c.ok())
        return;
    if (m_depth == 1) {
        (void)m_db.execControl(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.execControl(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1));
        (void)m_db.execControl(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    }
    (*c)->depth = m_depth - 1;
}

} // namespace Aksara
