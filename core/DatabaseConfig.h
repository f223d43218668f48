#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QString>

namespace Aksara {

// Where the database is. Parsed from what a user types after --db or puts in AKSARA_DB:
//   /path/to/library.sqlite, ./x.db, sqlite:///abs/path, sqlite:relative/path   -> SQLite file
//   postgresql://user:password@host:port/dbname?host=/socket/dir&sslmode=...      -> PostgreSQL
//   postgres://...                                                                -> PostgreSQL
struct DatabaseConfig {
    Q_DECLARE_TR_FUNCTIONS(Aksara::DatabaseConfig)

public:
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL host name or socket directory
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // extra libpq connect options, "key=value;key=value"

    // Parses `text`; a malformed URL is a clear error (code "storage.bad_url"), never a guess.
    static Result<DatabaseConfig> parse(const QString &text);
    // A description safe to print: no password.
    QString displayName() const;
    bool isSqlite() const { return engine == Engine::Sqlite; }
};

} // namespace Aksara
