#include "core/DatabaseRoles.h"

#include "core/FieldErrors.h"

#include <QRegularExpression>

namespace Aksara {

namespace {
QString ident(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Error postgresOnly()
{
    return Error::refused(QStringLiteral("roles.postgres_only"),
                          DatabaseRoles::tr("Database roles and grants exist on PostgreSQL only; an SQLite library is "
                                            "protected by its file's permissions."));
}

Error roleRefusal(const QString &code, const QString &message)
{
    FieldErrors errors;
    errors.add(QStringLiteral("app_role"), code, message);
    return errors.refusal();
}
} // namespace

QStringList DatabaseRoles::appendOnlyTables()
{
    // The hash-chained log, the tokens that tie business rows to it, the record of requests applied
    // once, the links of incidents to operations, the event histories of incidents and changes,
    // money received and how it was allocated, frozen monthly reports, the row digests and the
    // signed checkpoints. None of them is ever
    // updated or deleted by the programs (sla_buckets is not here: its counters are updated with
    // each operation; verify checks them against the log).
    return {QStringLiteral("operations"),      QStringLiteral("operation_tokens"),    QStringLiteral("request_keys"),
            QStringLiteral("incident_operations"), QStringLiteral("incident_events"), QStringLiteral("change_events"),
            QStringLiteral("payments"),        QStringLiteral("payment_allocations"), QStringLiteral("report_months"),
            // The trail: the digests of the rows each operation wrote, and the signed checkpoints.
            QStringLiteral("operation_rows"),  QStringLiteral("checkpoints")};
}

QStringList DatabaseRoles::readOnlyTables()
{
    return {QStringLiteral("schema_migrations")};
}

Status DatabaseRoles::checkName(const QString &role)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(role).hasMatch())
        return roleRefusal(QStringLiteral("roles.bad_name"),
                           tr("\"%1\" is not a plain role name: use lower-case letters, digits and _ (at most 63), "
                              "starting with a letter, e.g. aksara_app.")
                               .arg(role));
    if (role.startsWith(QLatin1String("pg_")))
        return roleRefusal(QStringLiteral("roles.bad_name"), tr("Role names starting with pg_ belong to PostgreSQL."));
    return {};
}

Result<QString> DatabaseRoles::tableOwner(const QString &table)
{
    auto owner = m_db.scalar(QStringLiteral("SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = to_regclass(?)"),
                             {table});
    if (!owner.ok())
        return owner.error();
    if (owner->isNull())
        return Error::failed(QStringLiteral("roles.no_schema"),
                             tr("This database has no table %1: run aksara init first.").arg(table));
    return owner->toString();
}

Result<QStringList> DatabaseRoles::grantStatements(const QString &role)
{
    if (m_db.isSqlite())
        return postgresOnly();
    if (Status st = checkName(role); !st.ok())
        return st.error();
    auto schema = m_db.scalar(QStringLiteral("SELECT current_schema()"));
    if (!schema.ok())
        return schema.error();
    auto q = m_db.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"));
    if (!q.ok())
        return q.error();
    QStringList business, appendOnly, readOnly;
    while (q->next()) {
        const QString table = q->value(0).toString();
        if (appendOnlyTables().contains(table))
            appendOnly << ident(table);
        else if (readOnlyTables().contains(table))
            readOnly << ident(table);
        else
            business << ident(table);
    }
    q->finish();
    if (!appendOnly.contains(ident(QStringLiteral("operations"))))
        return Error::failed(QStringLiteral("roles.no_schema"),
                             tr("This database has no table %1: run aksara init first.").arg(QStringLiteral("operations")));
    const QString r = ident(role);
    const QString s = ident(schema->toString());
    QStringList sql;
    // From nothing, so that running them again, or after a role had more, gives the same grants.
    sql << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(s, r)
        << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(s, r)
        << QStringLiteral("REVOKE ALL ON TABLE %1 FROM PUBLIC").arg(appendOnly.join(QStringLiteral(", ")))
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, r);
    if (!business.isEmpty())
        sql << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(business.join(QStringLiteral(", ")), r);
    sql << QStringLiteral("GRANT SELECT, INSERT ON TABLE %1 TO %2").arg(appendOnly.join(QStringLiteral(", ")), r);
    if (!readOnly.isEmpty())
        sql << QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(readOnly.join(QStringLiteral(", ")), r);
    sql << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, r);
    return sql;
}

Status DatabaseRoles::apply(const QString &role)
{
    if (m_db.isSqlite())
        return postgresOnly();
    if (Status st = checkName(role); !st.ok())
        return st;
    auto owner = tableOwner(QStringLiteral("operations"));
    if (!owner.ok())
        return owner.error();
    auto may = mayGrant();
    if (!may.ok())
        return may.error();
    if (!*may)
        return Error::refused(QStringLiteral("roles.not_owner"),
                              tr("Only the owner of the tables (%1) gives the application role its grants; connect as "
                                 "the owner to run this.")
                                  .arg(*owner));
    auto q = m_db.exec(QStringLiteral("SELECT r.rolsuper, r.rolname = current_user OR r.rolname = ?, "
                                      "pg_has_role(r.oid, (SELECT oid FROM pg_roles WHERE rolname = ?), 'MEMBER') "
                                      "FROM pg_roles r WHERE r.rolname = ?"),
                       {*owner, *owner, role});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        q->finish();
        return roleRefusal(QStringLiteral("roles.unknown"),
                           tr("There is no PostgreSQL role %1; create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), "
                              "as a superuser or a role with CREATEROLE.")
                               .arg(role));
    }
    const bool super = q->value(0).toBool();
    const bool isOwner = q->value(1).toBool();
    const bool member = q->value(2).toBool();
    q->finish();
    if (isOwner)
        return roleRefusal(QStringLiteral("roles.is_owner"),
                           tr("%1 owns the tables (or runs this command): the application role must be another role, "
                              "which owns nothing.")
                               .arg(role));
    if (super)
        return roleRefusal(QStringLiteral("roles.superuser"),
                           tr("%1 is a superuser: it can do anything, grants or not. Make the application role an "
                              "ordinary role (NOSUPERUSER).")
                               .arg(role));
    if (member)
        return roleRefusal(QStringLiteral("roles.owner_member"),
                           tr("%1 is a member of the owner %2 and so has its rights (ALTER TABLE, DROP TRIGGER): "
                              "revoke that membership (REVOKE %2 FROM %1).")
                               .arg(role, *owner));
    auto statements = grantStatements(role);
    if (!statements.ok())
        return statements.error();
    for (const QString &sql : std::as_const(*statements)) {
        if (Status st = m_db.execDirect(sql); !st.ok())
            return st;
    }
    return {};
}

Result<bool> DatabaseRoles::mayGrant()
{
    if (m_db.isSqlite())
        return false;
    auto may = m_db.scalar(QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                                          "WHERE c.oid = to_regclass('operations')"));
    if (!may.ok())
        return may.error();
    return may->toBool();
}

Result<QStringList> DatabaseRoles::applicationRoles()
{
    if (m_db.isSqlite())
        return QStringList();
    auto q = m_db.exec(QStringLiteral(
        "SELECT DISTINCT r.rolname FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a "
        "JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE c.oid = to_regclass('operations') AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner "
        "AND NOT r.rolsuper ORDER BY r.rolname"));
    if (!q.ok())
        return q.error();
    QStringList roles;
    while (q->next())
        roles << q->value(0).toString();
    q->finish();
    return roles;
}

Result<QList<DatabaseRoles::LogWriter>> DatabaseRoles::logWriters()
{
    QList<LogWriter> writers;
    if (m_db.isSqlite() || !m_db.tableExists(QStringLiteral("operations")))
        return writers;
    // Column grants count too: UPDATE (actor) is enough to rewrite who did what.
    auto q = m_db.exec(QStringLiteral(
        "SELECT r.rolname, has_any_column_privilege(r.oid, c.oid, 'UPDATE'), has_table_privilege(r.oid, c.oid, 'DELETE'), "
        "has_table_privilege(r.oid, c.oid, 'TRUNCATE'), has_table_privilege(r.oid, c.oid, 'TRIGGER'), "
        "pg_has_role(r.oid, c.relowner, 'MEMBER') "
        "FROM pg_roles r, pg_class c WHERE c.oid = to_regclass('operations') AND r.rolcanlogin AND NOT r.rolsuper "
        "AND r.oid <> c.relowner ORDER BY r.rolname"));
    if (!q.ok())
        return q.error();
    while (q->next()) {
        LogWriter w{q->value(0).toString(), {}};
        const char *names[] = {"UPDATE", "DELETE", "TRUNCATE", "TRIGGER"};
        for (int i = 0; i < 4; ++i) {
            if (q->value(i + 1).toBool())
                w.rights << QString::fromLatin1(names[i]);
        }
        if (q->value(5).toBool())
            w.rights << tr("member of the owner");
        if (!w.rights.isEmpty())
            writers << w;
    }
    q->finish();
    return writers;
}

} // namespace Aksara
