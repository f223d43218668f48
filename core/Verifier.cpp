#include "core/Verifier.h"

#include "core/DatabaseRoles.h"
#include "core/FileModes.h"
#include "core/OperationLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

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

    // SLA counters against the log: a record deleted from the end of the chain leaves no gap in it,
    // but the counters written in the same transaction still count it.
    {
        auto q = m_db.exec(QStringLiteral(
            "SELECT s.code, COALESCE(b.n, 0), COALESCE(o.n, 0) FROM services s "
            "LEFT JOIN (SELECT service, SUM(ok + refused + failed) AS n FROM sla_buckets GROUP BY service) b "
            "ON b.service = s.code "
            "LEFT JOIN (SELECT service, COUNT(*) AS n FROM operations GROUP BY service) o ON o.service = s.code "
            "WHERE COALESCE(b.n, 0) <> COALESCE(o.n, 0) ORDER BY s.code"));
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
