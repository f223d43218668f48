#pragma once

#include <QCoreApplication>
#include "core/DatabaseConfig.h"
#include "core/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Aksara {

class Transaction;

// A non-owning handle to an executed statement of the connection's statement cache. Valid until
// the same SQL text is executed again on this thread, or the connection is released.
class Query {
public:
    explicit Query(QSqlQuery *q) : m_q(q) {}
    bool next() { return m_q->next(); }
    QVariant value(int column) const { return m_q->value(column); }
    void finish() { m_q->finish(); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    QSqlQuery &query() { return *m_q; }

private:
    QSqlQuery *m_q;
};

// The one facade over Qt Sql for both engines.
//
// Thread affinity: a Qt Sql connection may only be used by the thread that opened it, so Database
// keeps one connection per thread, opened on first use from that thread (connection()). The object
// itself may be shared between threads; call releaseThreadConnection() before a worker thread ends.
//
// SQLite connections run in WAL mode with foreign keys on, a busy timeout, and synchronous=FULL
// (a committed checkout survives a power cut). PostgreSQL connections use the server's defaults.
// Statements are prepared once per connection and cached by their SQL text.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Database)

public:
    enum class OpenMode { MustExist, CreateIfMissing };

    // Opens (and checks) the calling thread's first connection. Errors: storage.bad_url,
    // storage.not_found (MustExist and no SQLite file), storage.read_only, storage.corrupt,
    // storage.not_aksara (an SQLite file of another program, or an empty one with MustExist: left
    // untouched), storage.unavailable (cannot connect), storage.driver_missing.
    static Result<std::shared_ptr<Database>> open(const DatabaseConfig &config, OpenMode mode = OpenMode::MustExist);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    bool isSqlite() const { return m_config.engine == DatabaseConfig::Engine::Sqlite; }
    bool isPostgres() const { return !isSqlite(); }

    // The calling thread's connection; opened on first use.
    Result<QSqlDatabase> connection();
    void releaseThreadConnection();

    // Prepares (once per connection, cached), binds positional values and executes `sql`.
    // The returned query is positioned before the first row. A cached statement is reused by the
    // next call with the same text, so read the rows before running the same SQL again.
    Result<Query> exec(const QString &sql, const QVariantList &binds = {});
    Result<Query> exec(const QString &sql, std::initializer_list<QVariant> binds)
    {
        return exec(sql, QVariantList(binds));
    }
    // Runs a statement that is not cached (DDL, one-off statements).
    Status execDirect(const QString &sql);
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    // Opens a transaction on this thread's connection (BEGIN IMMEDIATE on SQLite so that a writer
    // never has to upgrade its lock). Nested calls use savepoints. See Transaction.
    Result<std::unique_ptr<Transaction>> begin();
    int transactionDepth();

    // Maps a Qt Sql error to an Aksara error named by its native code (classifyNative()).
    Error errorFrom(const QSqlError &error, const QString &context = {}) const;
    // The name of a native error (docs/architecture.md, "Storage errors"), from the SQLite result
    // code (primary or extended) or the PostgreSQL SQLSTATE, never from the message's wording but
    // for FTS5's parse errors (a plain SQLITE_ERROR) and a PostgreSQL connection lost without a
    // SQLSTATE. Failures: storage.disk_full, storage.corrupt, storage.read_only, storage.busy,
    // storage.io_error, storage.unavailable, storage.constraint, storage.out_of_memory,
    // storage.error. Refusal (bad input, the system worked): storage.bad_query.
    struct NativeClass {
        QString code;
        bool refusal = false;
    };
    static NativeClass classifyNative(bool sqlite, const QString &nativeCode, const QString &text, bool connectionError);
    Error errorForClass(const NativeClass &c, const QString &text, const QJsonObject &details = {}) const;
    static bool isConstraintViolation(const QSqlError &error);
    // "?,?,?" for an IN list of n bound values.
    static QString placeholders(qsizetype n);

    // Whether a table exists (used by the migrator and verify).
    bool tableExists(const QString &name);

    // SQLite only: a native prepared statement on this thread's connection, reset and with its
    // bindings cleared, cached by the address of `sql` (pass string literals or other text that
    // lives as long as the program). The service core writes its operation record and SLA bucket
    // through these: Qt Sql's per-statement cost was most of the core's overhead. nativeError()
    // maps a SQLite result code like errorFrom() does.
    Result<sqlite3_stmt *> nativeStatement(const char *sql);
    Error nativeError(int rc, const char *sql) const;

    // The trail (docs/security.md "The trail"). Every INSERT, UPDATE and DELETE run through exec()
    // or execDirect() inside a transaction notes its table on the thread's connection; the notes
    // start afresh with each outermost transaction. The service core reads back the business rows
    // of those tables that an operation wrote and digests them into its record.
    QStringList tablesWritten();
    // The tables a statement writes (INSERT INTO / UPDATE / DELETE FROM / REPLACE INTO targets).
    static QStringList writeTargets(const QString &sql);
    // A business table is one with an updated_op column; `key` is its primary key's columns.
    struct TableKey {
        bool business = false;
        QStringList key;
    };
    // Cached per Database; the migrator forgets the cache after each migration.
    Result<TableKey> tableKey(const QString &table);
    void forgetTableKeys();

private:
    friend class Transaction;
    struct Connection {
        QString name;
        std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
        std::unordered_map<const char *, sqlite3_stmt *> native;
        sqlite3 *handle = nullptr;
        int depth = 0;
        QStringList written; // tables written since the outermost transaction began
        // The PostgreSQL server dropped this connection (a restart, a terminated backend, a network
        // cut): it is opened afresh on the thread's next use outside a transaction.
        bool broken = false;
    };

    explicit Database(DatabaseConfig config);
    Result<Connection *> threadConnection();
    static void closeConnection(Connection *c);
    Status configure(QSqlDatabase &db);
    Status execControl(const QString &sql);
    // Marks the connection broken when `error` says the server is gone; returns `error`.
    Error noteFailure(Connection *conn, Error error);

    DatabaseConfig m_config;
    bool m_mayCreate = false;
    QString m_id;
    QMutex m_mutex;
    QHash<Qt::HANDLE, Connection *> m_connections;
    QHash<QString, TableKey> m_tableKeys;
    QHash<QString, QStringList> m_writeTargets; // per statement text, for exec()
    void noteWrites(Connection *conn, const QString &sql);
};

// A transaction (or, nested, a savepoint) on the thread's connection. Rolled back on destruction
// unless commit() succeeded.
class Transaction {
public:
    ~Transaction();
    Status commit();
    void rollback();

private:
    friend class Database;
    Transaction(Database &db, int depth) : m_db(db), m_depth(depth) {}
    Database &m_db;
    int m_depth;
    bool m_done = false;
};

} // namespace Aksara
