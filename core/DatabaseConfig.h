#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QString>

namespace Aksara {

// Where the database is. Parsed from what a user types after --db or puts in AKSARA_DB:
//   /path/to/library.sqlite, ./x.db, sqlite:///abs/path, sqlite:relative/path   -> SQLite file
//   postgresql://user:password@host:port/dbname?host=/socket/dir&sslmode=...      -> PostgreSQL
//   postgres://...                                                                -> PostgreSQL
// A PostgreSQL URL need not hold its password: libpq takes it from ~/.pgpass (or PGPASSFILE, or
// ?passfile=) and a service (?service=NAME, from ~/.pg_service.conf) when the URL has none.
// Passwords are never printed: every message, log line and setting shows a URL through redacted()
// or stores it through withoutPassword() (docs/security.md, "Least privilege").
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

    // `text` (a URL or anything a user typed for one) with its password replaced by "***", both in
    // the user-info part (postgresql://user:***@host/db) and in a password= parameter. Anything
    // else is returned unchanged. Use it wherever a URL given by a user is printed.
    static QString redacted(const QString &text);
    // `text` without its password at all (for settings and files that remember a URL).
    static QString withoutPassword(const QString &text);
    // Whether `text` holds a password.
    static bool hasPassword(const QString &text);
    // A PostgreSQL URL with `password` put in its user-info (for this session only; never store it).
    static QString withPassword(const QString &url, const QString &password);
    bool isSqlite() const { return engine == Engine::Sqlite; }
};

} // namespace Aksara
