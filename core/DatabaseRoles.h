#pragma once

#include <QCoreApplication>
#include "core/Database.h"

#include <QStringList>

namespace Aksara {

// PostgreSQL roles (docs/security.md, "Least privilege"). Two roles:
//  - the owner owns the schema's tables and sequences; it runs `aksara init` (migrations, these
//    grants) and backups, nothing else;
//  - the application role is what aksara-server, the desks, the reports and the CLI's daily
//    commands connect as. It gets SELECT, INSERT, UPDATE and DELETE on the business tables, only
//    SELECT and INSERT on the append-only tables (appendOnlyTables(): the operation log and the
//    evidence around it), only SELECT on schema_migrations, USAGE and SELECT on the sequences, and
//    nothing else: no TRUNCATE, TRIGGER or REFERENCES anywhere, no ownership (so no ALTER TABLE,
//    DISABLE TRIGGER or DROP TRIGGER).
// The grants name each table that exists when they are applied; `aksara init` applies them again
// after every migration run (for every role that already holds them), so a table added by a later
// migration is granted in the same run that creates it.
class DatabaseRoles {
    Q_DECLARE_TR_FUNCTIONS(Aksara::DatabaseRoles)

public:
    explicit DatabaseRoles(Database &db) : m_db(db) {}

    // The tables the application role may read and add to, but never change or empty.
    static QStringList appendOnlyTables();
    // The tables it may only read.
    static QStringList readOnlyTables();

    // Refuses (field "app_role", code roles.bad_name) a name that is not a plain PostgreSQL role
    // name (lower-case letters, digits and '_', starting with a letter or '_', at most 63).
    static Status checkName(const QString &role);

    // The statements that give `role` exactly the application grants on this database's current
    // tables, in order (revoke everything first: applying them twice gives the same result).
    // Errors: roles.postgres_only on SQLite.
    Result<QStringList> grantStatements(const QString &role);

    // Checks that `role` may be the application role, then runs grantStatements() on this
    // thread's connection (inside the caller's transaction, if any). Refusals, field "app_role":
    // roles.not_owner (the connected role does not own the tables: its GRANTs would do nothing),
    // roles.unknown (no such role), roles.is_owner (it is the connected role or the tables'
    // owner), roles.superuser, roles.owner_member (it is a member of the owner: it would have the
    // owner's rights).
    Status apply(const QString &role);

    // Whether the connected role may give grants: it owns the tables (or is a superuser).
    Result<bool> mayGrant();

    // The roles other than the tables' owner that hold INSERT on the operation log: the application
    // roles already set up, to which `aksara init` applies the grants again.
    Result<QStringList> applicationRoles();

    // A login role other than the owner and superusers that can change or remove the operation
    // log: what it can do ("UPDATE", "DELETE", "TRUNCATE", "TRIGGER", "member of the owner").
    struct LogWriter {
        QString role;
        QStringList rights;
    };
    // PostgreSQL only (empty on SQLite).
    Result<QList<LogWriter>> logWriters();

private:
    Result<QString> tableOwner(const QString &table);
    Database &m_db;
};

} // namespace Aksara
