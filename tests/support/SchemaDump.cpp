#include "SchemaDump.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

namespace Aksara::Test {

namespace {
QList<QVariantList> rows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        throw std::runtime_error(QString(sql + QStringLiteral(": ") + q.error().message).toStdString());
    QList<QVariantList> out;
    const int n = q->query().record().count();
    while (q->next()) {
        QVariantList r;
        for (int i = 0; i < n; ++i)
            r << q->value(i);
        out << r;
    }
    q->finish();
    return out;
}

QString text(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("<null>");
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

QString simplified(const QString &sql)
{
    return sql.simplified().replace(QStringLiteral("( "), QStringLiteral("(")).replace(QStringLiteral(" )"), QStringLiteral(")"));
}

// The CHECK (...) clauses of a CREATE TABLE statement, with balanced parentheses.
QStringList checks(const QString &sql)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("\\bCHECK\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        int depth = 1;
        int i = int(m.capturedEnd());
        for (; i < sql.size() && depth > 0; ++i) {
            if (sql[i] == QLatin1Char('('))
                ++depth;
            else if (sql[i] == QLatin1Char(')'))
                --depth;
        }
        out << simplified(sql.mid(m.capturedStart(), i - m.capturedStart()));
    }
    return out;
}
} // namespace

QStringList tableNames(Database &db)
{
    QStringList out;
    const QString sql = db.isSqlite() ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                       "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
                                      : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                                       "current_schema() AND table_type = 'BASE TABLE'");
    for (const auto &r : rows(db, sql))
        out << r[0].toString();
    out.sort();
    return out;
}

QStringList columnNames(Database &db, const QString &table)
{
    QStringList out;
    const QString sql = db.isSqlite() ? QStringLiteral("SELECT name FROM pragma_table_xinfo(?) ORDER BY cid")
                                      : QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                                       "current_schema() AND table_name = ? ORDER BY ordinal_position");
    for (const auto &r : rows(db, sql, {table}))
        out << r[0].toString();
    return out;
}

QStringList rowLines(Database &db, const QString &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    QStringList lines;
    for (const auto &r : rows(db, QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QLatin1Char(',')), table))) {
        QStringList cells;
        for (const QVariant &v : r)
            cells << text(v);
        lines << cells.join(QChar(0x1f));
    }
    lines.sort();
    return lines;
}

QStringList schemaDump(Database &db)
{
    QStringList out;
    if (db.isSqlite()) {
        for (const QString &t : tableNames(db)) {
            for (const auto &c : rows(db, QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                                                         "FROM pragma_table_xinfo(?) ORDER BY cid"),
                                      {t}))
                out << QStringLiteral("column %1 %2 %3 %4 notnull=%5 default=%6 pk=%7 hidden=%8")
                           .arg(t, text(c[0]), text(c[1]), text(c[2]), text(c[3]), text(c[4]), text(c[5]), text(c[6]));
            for (const auto &f : rows(db, QStringLiteral("SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                                                         "FROM pragma_foreign_key_list(?)"),
                                      {t}))
                out << QStringLiteral("fk %1 %2 -> %3(%4) update=%5 delete=%6 match=%7")
                           .arg(t, text(f[1]), text(f[0]), text(f[2]), text(f[3]), text(f[4]), text(f[5]));
            const auto ddl = rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {t});
            for (const QString &c : checks(ddl.value(0).value(0).toString()))
                out << QStringLiteral("check %1 %2").arg(t, c);
            for (const auto &i : rows(db, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"), {t})) {
                QStringList cols;
                for (const auto &ic : rows(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {i[0]}))
                    cols << text(ic[0]);
                const auto sql = rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"), {i[0]});
                // Automatic indexes (UNIQUE, PRIMARY KEY) are named by their position: compare what they index.
                const bool automatic = i[0].toString().startsWith(QLatin1String("sqlite_autoindex_"));
                out << QStringLiteral("index %1 %2 unique=%3 origin=%4 (%5) %6")
                           .arg(t, automatic ? QStringLiteral("<auto>") : text(i[0]), text(i[1]), text(i[2]), cols.join(QLatin1Char(',')),
                                sql.isEmpty() ? QString() : simplified(sql.value(0).value(0).toString()));
            }
        }
        for (const auto &tr : rows(db, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")))
            out << QStringLiteral("trigger %1 %2 %3").arg(text(tr[1]), text(tr[0]), simplified(tr[2].toString()));
        for (const auto &v : rows(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                                     "'CREATE VIRTUAL TABLE%'")))
            out << QStringLiteral("virtual %1 %2").arg(text(v[0]), simplified(v[1].toString()));
        for (const auto &v : rows(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'view'")))
            out << QStringLiteral("view %1 %2").arg(text(v[0]), simplified(v[1].toString()));
    } else {
        for (const auto &c : rows(db, QStringLiteral(
                                          "SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default, "
                                          "collation_name, is_identity FROM information_schema.columns "
                                          "WHERE table_schema = current_schema()")))
            out << QStringLiteral("column %1 %2 %3 %4 null=%5 default=%6 collation=%7 identity=%8")
                       .arg(text(c[0]), text(c[1]), text(c[2]), text(c[3]), text(c[4]), text(c[5]), text(c[6]), text(c[7]));
        // Constraint names are generated from their columns and their order in the DDL: compare
        // what they say, per table.
        for (const auto &c : rows(db, QStringLiteral("SELECT conrelid::regclass::text, contype, pg_get_constraintdef(oid) "
                                                     "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace")))
            out << QStringLiteral("constraint %1 %2 %3").arg(text(c[0]), text(c[1]), text(c[2]));
        for (const auto &i : rows(db, QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                                     "current_schema()")))
            out << QStringLiteral("index %1 %2 %3").arg(text(i[0]), text(i[1]), text(i[2]));
        for (const auto &t : rows(db, QStringLiteral("SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM "
                                                     "pg_trigger WHERE NOT tgisinternal")))
            out << QStringLiteral("trigger %1 %2 %3").arg(text(t[0]), text(t[1]), text(t[2]));
        for (const auto &s : rows(db, QStringLiteral("SELECT sequence_name FROM information_schema.sequences WHERE "
                                                     "sequence_schema = current_schema()")))
            out << QStringLiteral("sequence %1").arg(text(s[0]));
        for (const auto &f : rows(db, QStringLiteral("SELECT proname, pg_get_functiondef(oid) FROM pg_proc WHERE pronamespace = "
                                                     "current_schema()::regnamespace")))
            out << QStringLiteral("function %1 %2").arg(text(f[0]), simplified(f[1].toString()));
    }
    out.sort();
    return out;
}

} // namespace Aksara::Test
