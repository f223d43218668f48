#include "core/Verifier.h"

#include "core/DatabaseRoles.h"
#include "core/FileModes.h"
#include "core/Migrator.h"
#include "core/OperationLog.h"
#include "core/TrailColumns.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace Aksara {

Result<QStringList> Verifier::tablesWithColumn(const QString &column)
{
    const QString sql = m_db.isSqlite()
                            ? QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                             "WHERE m.type = 'table' AND c.name = ? ORDER BY m.name")
                            : QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                             "current_schema() AND column_name = ? ORDER BY table_name");
    auto q = m_db.exec(sql, {column});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    q->finish();
    return out;
}

Result<QList<VerifyFinding>> Verifier::run()
{
    QList<VerifyFinding> findings;

    // Circulation's invariants, where its tables exist (a database of the core alone has none).
    // One open loan per item (the partial unique index guarantees it unless someone removed it).
    const bool circulation = m_db.tableExists(QStringLiteral("loans")) && m_db.tableExists(QStringLiteral("items"));
    if (circulation) {
        auto q = m_db.exec(QStringLiteral("SELECT i.barcode, COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id "
                                          "WHERE l.returned_at IS NULL GROUP BY i.barcode HAVING COUNT(*) > 1"));
        if (!q.ok())
            return q.error();
        while (q->next())
            findings << VerifyFinding{QStringLiteral("loans.one_open_per_item"),
                                      tr("item %1 has %2 open loans at once").arg(q->value(0).toString()).arg(q->value(1).toLongLong())};
        q->finish();
    }
    if (circulation) {
        auto q = m_db.exec(QStringLiteral(
            "SELECT i.barcode, i.status FROM items i WHERE (i.status = 'on_loan') <> EXISTS (SELECT 1 FROM loans l "
            "WHERE l.item_id = i.id AND l.returned_at IS NULL) LIMIT 100"));
        if (!q.ok())
            return q.error();
        while (q->next())
            findings << VerifyFinding{QStringLiteral("items.status_matches_loans"),
                                      tr("item %1 has status \"%2\" but %3")
                                          .arg(q->value(0).toString(), q->value(1).toString(),
                                               q->value(1).toString() == QLatin1String("on_loan")
                                                   ? tr("no open loan")
                                                   : tr("an open loan"))};
        q->finish();
    }

    // Evidence: every created_op / updated_op points at an ok operation record.
    for (const QString &column : {QStringLiteral("created_op"), QStringLiteral("updated_op")}) {
        auto tables = tablesWithColumn(column);
        if (!tables.ok())
            return tables.error();
        for (const QString &table : std::as_const(*tables)) {
            // Automatic incidents are opened by the record of a failed operation: for them the
            // evidence is that record, whatever its outcome.
            const bool anyOutcome = table == QLatin1String("incidents");
            auto q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(t.%2) FROM %1 t LEFT JOIN operations o ON o.id = t.%2 "
                                              "WHERE o.id IS NULL%3")
                                   .arg(table, column, anyOutcome ? QString() : QStringLiteral(" OR o.outcome <> 'ok'")));
            if (!q.ok())
                return q.error();
            if (q->next() && q->value(0).toLongLong() > 0)
                findings << VerifyFinding{QStringLiteral("evidence"),
                                          tr("%1 row(s) of %2 have a %3 without an ok operation record (first: "
                                             "operation %4): a business change was made around the service core")
                                              .arg(q->value(0).toLongLong())
                                              .arg(table, column)
                                              .arg(q->value(1).toLongLong())};
            q->finish();
        }
    }

    // The hash chain.
    OperationLog log(m_db);
    auto breaks = log.verifyChain();
    if (!breaks.ok())
        return breaks.error();
    for (const ChainBreak &b : std::as_const(*breaks))
        findings << VerifyFinding{QStringLiteral("oplog.chain"), b.problem};

    if (Status st = checkTriggers(findings); !st.ok())
        return st.error();
    if (Status st = checkRowDigests(findings); !st.ok())
        return st.error();
    if (Status st = checkRows(findings); !st.ok())
        return st.error();

    // SLA counters against the log: a record deleted from the end of the chain leaves no gap in it,
    // but the counters written in the same transaction still count it.
    {
        // A record of anonymous refusals in aggregate counts as many operations as its
        // details.aggregate.count (ServiceCore, issue 15); that count is under the hash chain.
        const QString count = m_db.isSqlite()
                                  ? QStringLiteral("COALESCE(json_extract(details, '$.aggregate.count'), 1)")
                                  : QStringLiteral("COALESCE((details::jsonb #>> '{aggregate,count}')::bigint, 1)");
        auto q = m_db.exec(QStringLiteral(
            "SELECT s.code, COALESCE(b.n, 0), COALESCE(o.n, 0) FROM services s "
            "LEFT JOIN (SELECT service, SUM(ok + refused + failed) AS n FROM sla_buckets GROUP BY service) b "
            "ON b.service = s.code "
            "LEFT JOIN (SELECT service, SUM(%1) AS n FROM operations GROUP BY service) o ON o.service = s.code "
            "WHERE COALESCE(b.n, 0) <> COALESCE(o.n, 0) ORDER BY s.code").arg(count));
        if (!q.ok())
            return q.error();
        while (q->next())
            findings << VerifyFinding{QStringLiteral("sla.totals"),
                                      tr("service %1: the SLA counters count %2 operations but the log holds %3 "
                                         "(records were removed from or added to the log)")
                                          .arg(q->value(0).toString())
                                          .arg(q->value(1).toLongLong())
                                          .arg(q->value(2).toLongLong())};
        q->finish();
    }
    // Frozen monthly reports (service management, when installed): a closed month's snapshot keeps
    // the SHA-256 it had when the month was closed, which is also in the closing operation's
    // record and so under the hash chain.
    if (m_db.tableExists(QStringLiteral("report_months"))) {
        auto q = m_db.exec(QStringLiteral("SELECT r.month, r.snapshot, r.snapshot_sha256, o.details FROM report_months r "
                                          "LEFT JOIN operations o ON o.id = r.created_op ORDER BY r.month"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const QString month = q->value(0).toString();
            const QByteArray sha = QCryptographicHash::hash(q->value(1).toString().toUtf8(), QCryptographicHash::Sha256).toHex();
            const QString stored = q->value(2).toString();
            const QString recorded = QJsonDocument::fromJson(q->value(3).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("snapshot_sha256"))
                                         .toString();
            if (QString::fromLatin1(sha) != stored)
                findings << VerifyFinding{QStringLiteral("report.snapshot"),
                                          tr("the frozen report of %1 was changed after the month was closed").arg(month)};
            else if (recorded != stored)
                findings << VerifyFinding{QStringLiteral("report.snapshot"),
                                          tr("the frozen report of %1 does not match the record of its closing").arg(month)};
        }
        q->finish();
    }
    // Least privilege: who else can read the file, or rewrite the log.
    findings << fileModeFindings();
    auto grants = logGrantFindings();
    if (!grants.ok())
        return grants.error();
    findings << *grants;
    return findings;
}

QList<VerifyFinding> Verifier::fileModeFindings()
{
    QList<VerifyFinding> findings;
    if (!m_db.isSqlite())
        return findings;
    for (const FileModes::Problem &p : FileModes::problems(m_db.config().path))
        findings << VerifyFinding{QStringLiteral("files.mode"),
                                  tr("%1 has mode %2: others (or a group other than %3) can read the library's "
                                     "personal data; it should be %4 at most (aksara init tightens it)")
                                      .arg(p.file, FileModes::octal(p.mode), FileModes::staffGroup(),
                                           FileModes::octal(p.allowed))};
    return findings;
}

Result<QList<VerifyFinding>> Verifier::logGrantFindings()
{
    QList<VerifyFinding> findings;
    auto writers = DatabaseRoles(m_db).logWriters();
    if (!writers.ok())
        return writers.error();
    for (const DatabaseRoles::LogWriter &w : std::as_const(*writers))
        findings << VerifyFinding{QStringLiteral("db.log_grants"),
                                  tr("the PostgreSQL role %1 can change the operation log (operations: %2); only the "
                                     "owner may (run as the owner: aksara grants --app-role %1 --apply)")
                                      .arg(w.role, w.rights.join(QStringLiteral(", ")))};
    return findings;
}

} // namespace Aksara

namespace Aksara {

Status Verifier::checkTriggers(QList<VerifyFinding> &findings)
{
    // The append-only guards of the log, as the core's migrations create them. (A changed body
    // that no longer refuses counts as missing.)
    const bool trail = OperationLog(m_db).hasTrail();
    QStringList tables{QStringLiteral("operations")};
    if (trail)
        tables << QStringLiteral("operation_rows") << QStringLiteral("checkpoints");
    struct Found {
        QString table;
        bool guards = false;
    };
    QHash<QString, Found> found;
    if (m_db.isSqlite()) {
        auto q = m_db.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const QString name = q->value(0).toString();
            const QString sql = q->value(2).toString().simplified().toUpper();
            const bool isDelete = name.endsWith(QLatin1String("_no_delete"));
            const bool guards = sql.contains(QLatin1String("RAISE(ABORT"))
                                && sql.contains(isDelete ? QLatin1String("BEFORE DELETE") : QLatin1String("BEFORE UPDATE"))
                                && !sql.contains(QLatin1String(" WHEN "));
            found.insert(name, {q->value(1).toString(), guards});
        }
        q->finish();
    } else {
        // tgtype bits: 2 BEFORE, 8 DELETE, 16 UPDATE, 32 TRUNCATE; tgenabled 'D' is disabled.
        auto q = m_db.exec(QStringLiteral(
            "SELECT t.tgname, c.relname, t.tgenabled, t.tgtype, p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const QString name = q->value(0).toString();
            const int type = q->value(3).toInt();
            const bool truncate = name.endsWith(QLatin1String("_no_truncate"));
            const int want = truncate ? (2 | 32) : (2 | 8 | 16);
            const bool guards = q->value(2).toString() != QLatin1String("D") && (type & want) == want
                                && q->value(4).toString().contains(QLatin1String("RAISE EXCEPTION"), Qt::CaseInsensitive)
                                && !q->value(4).toString().contains(QLatin1String("RETURN"), Qt::CaseInsensitive);
            found.insert(name, {q->value(1).toString(), guards});
        }
        q->finish();
    }
    for (const QString &table : std::as_const(tables)) {
        const QStringList names = m_db.isSqlite()
                                      ? QStringList{table + QStringLiteral("_no_update"), table + QStringLiteral("_no_delete")}
                                      : QStringList{table + QStringLiteral("_no_update"), table + QStringLiteral("_no_truncate")};
        for (const QString &name : names) {
            auto it = found.constFind(name);
            if (it == found.constEnd() || it->table != table)
                findings << VerifyFinding{QStringLiteral("oplog.triggers"),
                                          tr("the append-only trigger %1 on %2 is missing: the log can be changed "
                                             "without an error")
                                              .arg(name, table)};
            else if (!it->guards)
                findings << VerifyFinding{QStringLiteral("oplog.triggers"),
                                          tr("the append-only trigger %1 on %2 was disabled or changed: it no longer "
                                             "refuses every change")
                                              .arg(name, table)};
        }
    }
    return {};
}

Status Verifier::checkRowDigests(QList<VerifyFinding> &findings)
{
    // The entries of operation_rows of each record must still combine to its rows_digest, which
    // the chain covers.
    if (!OperationLog(m_db).hasTrail())
        return {};
    auto q = m_db.exec(QStringLiteral(
        "SELECT o.id, o.rows_digest, r.table_name, r.row_key, r.column_names, r.digest FROM operations o "
        "LEFT JOIN operation_rows r ON r.operation_id = o.id ORDER BY o.id"));
    if (!q.ok())
        return q.error();
    qint64 current = 0;
    QString expected;
    QList<RowDigest> rows;
    int reported = 0;
    auto flush = [&] {
        if (current == 0)
            return;
        const QString combined = OperationLog::combineRows(rows);
        if (combined != expected && reported++ < kFindingsPerTable)
            findings << VerifyFinding{QStringLiteral("oplog.rows"),
                                      tr("the row digests kept for operation %1 do not match its record: entries of "
                                         "operation_rows were changed, added or removed")
                                          .arg(current)};
    };
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            expected = q->value(1).toString();
            rows.clear();
        }
        if (!q->value(2).isNull())
            rows << RowDigest{q->value(2).toString(), q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    }
    flush();
    q->finish();
    return {};
}

Status Verifier::checkRows(QList<VerifyFinding> &findings)
{
    OperationLog log(m_db);
    if (!log.hasTrail())
        return {};
    // Rows written before the trail were adopted by the record of the migration that created it.
    auto cut = m_db.scalar(QStringLiteral("SELECT operation_id FROM schema_migrations WHERE component = 'core' AND "
                                          "version = ?"),
                           {kTrailVersion});
    if (!cut.ok())
        return cut.error();
    const qint64 cutover = cut->toLongLong();
    auto tables = log.businessTables();
    if (!tables.ok())
        return tables.error();
    for (const QString &table : std::as_const(*tables)) {
        auto key = m_db.tableKey(table);
        if (!key.ok())
            return key.error();
        if (!key->business)
            continue;
        QStringList keyExpr;
        for (const QString &k : key->key)
            keyExpr << QStringLiteral("CAST(t.\"%1\" AS TEXT)").arg(k);
        auto columnList = digestedColumns(m_db, table);
        if (!columnList.ok())
            return columnList.error();
        const QStringList &cols = *columnList;
        QStringList quoted;
        for (const QString &c : cols)
            quoted << QStringLiteral("t.\"%1\"").arg(c);
        auto q = m_db.exec(
            QStringLiteral("SELECT %3, r.digest, r.column_names FROM %1 t "
                           "LEFT JOIN operation_rows r ON r.table_name = ? AND r.row_key = %2 AND r.operation_id = "
                           "(CASE WHEN t.updated_op < ? THEN ? ELSE t.updated_op END)")
                .arg(table, keyExpr.join(QStringLiteral(" || ',' || ")), quoted.join(QStringLiteral(", "))),
            {table, cutover, cutover});
        if (!q.ok())
            return q.error();
        const int n = int(cols.size());
        QHash<QString, int> index;
        for (int i = 0; i < n; ++i)
            index.insert(cols.at(i), i);
        const int updatedOp = index.value(QStringLiteral("updated_op"));
        int reported = 0;
        qint64 more = 0;
        while (q->next()) {
            ++m_rowsChecked;
            const qint64 op = q->value(updatedOp).toLongLong();
            const qint64 recordOp = op < cutover ? cutover : op;
            QStringList keyParts;
            for (const QString &k : key->key)
                keyParts << QStringLiteral("%1=%2").arg(k, OperationLog::keyText(q->value(index.value(k))));
            const QString rowName = keyParts.join(QLatin1Char(','));
            QString problem;
            if (q->value(n).isNull()) {
                problem = op < cutover
                              ? tr("%1 row %2 names operation %3 (updated_op), written before the trail, but the trail's "
                                   "record of the rows of that time (operation %4) does not have it: the row was added "
                                   "around the service core")
                                    .arg(table, rowName)
                                    .arg(op)
                                    .arg(recordOp)
                              : tr("%1 row %2 names operation %3 (updated_op), but that operation's record has no "
                                   "digest of it: the row was written around the service core")
                                    .arg(table, rowName)
                                    .arg(op);
            } else {
                const QStringList columns = q->value(n + 1).toString().split(QLatin1Char(','));
                QVariantList values;
                for (const QString &c : columns)
                    values << (index.contains(c) ? q->value(index.value(c)) : QVariant());
                if (OperationLog::rowDigest(columns, values) != q->value(n).toString())
                    problem = tr("%1 row %2 was changed behind the service core's back: it no longer matches the "
                                 "digest in the record of operation %3")
                                  .arg(table, rowName)
                                  .arg(recordOp);
            }
            if (problem.isEmpty())
                continue;
            if (reported++ < kFindingsPerTable)
                findings << VerifyFinding{QStringLiteral("rows.digest"), problem};
            else
                ++more;
        }
        q->finish();
        if (more > 0)
            findings << VerifyFinding{QStringLiteral("rows.digest"),
                                      tr("%1: %2 more row(s) do not match their operation's record").arg(table).arg(more)};
    }
    return {};
}

} // namespace Aksara
