#pragma once

#include <QCoreApplication>
#include "core/Database.h"

#include <QJsonArray>

namespace Aksara {

struct VerifyFinding {
    QString check;   // "loans.one_open_per_item", "evidence", "oplog.chain", "sla.totals", ...
    QString problem; // a sentence a person can act on

    QJsonObject toJson() const { return {{QStringLiteral("check"), check}, {QStringLiteral("problem"), problem}}; }
};

// Checks the invariants that must hold whatever happened to the database file:
//  - at most one open loan per item, and item statuses that agree with the loans;
//  - every business row (every table with created_op / updated_op) points at an `ok` operation
//    record: no business change without its evidence;
//  - the operation log's hash chain is unbroken (no record changed, inserted or deleted);
//  - the hourly SLA counters add up to the operation log (catches a deleted tail of the log);
//  - frozen monthly reports (when service management is installed) still match the SHA-256 in the
//    record of their closing;
//  - least privilege (docs/security.md): on SQLite, the database file and its -wal/-shm/-journal
//    allow nobody but the owner (and the staff group) to read them; on PostgreSQL, no login role
//    but the owner can UPDATE, DELETE, TRUNCATE or put triggers on the operation log;
//  - the trail (docs/security.md "The trail"): every business row still matches the digest in the
//    record named by its updated_op, the row digests of each record still combine to its
//    rows_digest, and the log's append-only triggers are in place.
// Read-only; it changes nothing.
class Verifier {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Verifier)

public:
    explicit Verifier(Database &db) : m_db(db) {}
    Result<QList<VerifyFinding>> run();

    // The parts of run() for the trail, callable alone.
    Status checkRows(QList<VerifyFinding> &findings);
    Status checkRowDigests(QList<VerifyFinding> &findings);
    Status checkTriggers(QList<VerifyFinding> &findings);
    // How many business rows checkRows() compared with their digests.
    qint64 rowsChecked() const { return m_rowsChecked; }

    // At most this many findings per table are listed; the rest are counted in one more finding.
    static constexpr int kFindingsPerTable = 1000;

private:
    Result<QStringList> tablesWithColumn(const QString &column);
    // Least privilege: "files.mode" (SQLite) and "db.log_grants" (PostgreSQL) findings.
    QList<VerifyFinding> fileModeFindings();
    Result<QList<VerifyFinding>> logGrantFindings();
    qint64 m_rowsChecked = 0;
    Database &m_db;
};

} // namespace Aksara
