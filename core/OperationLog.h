#pragma once

#include <QCoreApplication>
#include "core/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Aksara {

enum class Outcome { Ok, Refused, Failed };
QString outcomeName(Outcome outcome);

// One row of the append-only operation log: the evidence of one operation.
struct OperationRecord {
    qint64 id = 0;
    qint64 seq = 0; // position in the hash chain (commit order), 1-based
    qint64 atMs = 0; // start, UTC epoch milliseconds
    QString service;
    QString operation;
    QString channel;
    QString actor;
    QString station;
    QString subject;
    Outcome outcome = Outcome::Ok;
    QString errorCode;
    QString errorMessage;
    qint64 durationUs = 0;
    QJsonObject details;
    QString prevHash;
    QString hash;
    // SHA-256 over the digests of the business rows the operation wrote (empty: none); part of the
    // chained hash. See RowDigest.
    QString rowsDigest;

    QJsonObject toJson() const;
};

// One business row as an operation left it (docs/security.md "The trail"): its table, its primary
// key's values joined by ',', the columns digested (sorted, joined by ',') and the SHA-256 of their
// canonical encoding (per column: name, type integer/real/text/blob, value; NULLs left out).
struct RowDigest {
    QString table;
    QString key;
    QString columns;
    QString digest;
};

// What verifyChain() found wrong, one entry per broken link.
struct ChainBreak {
    qint64 seq = 0;
    qint64 id = 0;
    QString problem; // readable: "record 42 was changed", "record after 41 is missing", ...
};

// Writes and reads the operation log. The log is append-only: the database refuses UPDATE and
// DELETE on it (triggers), and every record carries SHA-256(prev_hash | its fields), so a changed,
// inserted or deleted record breaks the chain and verifyChain() names it.
//
// allocateId() and append() must run inside a write transaction; append() serialises writers
// (SQLite's write lock, a transaction-scoped advisory lock on PostgreSQL) so the chain never forks.
class OperationLog {
    Q_DECLARE_TR_FUNCTIONS(Aksara::OperationLog)

public:
    explicit OperationLog(Database &db) : m_db(db) {}

    Result<qint64> allocateId();
    // The token of an operation in progress, which its business rows reference (operation_tokens).
    Status insertToken(qint64 id);
    // Fills seq, prev_hash and hash and inserts the record (with record.id if non-zero), with the
    // digests of the business rows it wrote (operation_rows) combined into record.rowsDigest.
    Status append(OperationRecord &record, const QList<RowDigest> &rows = {});

    // Whether the database has the trail's tables (core migration 0005).
    bool hasTrail();
    // The business rows of `tables` whose updated_op is `operationId` (all their rows with
    // `allRows`: the trail's migration adopts the rows written before it), digested.
    Result<QList<RowDigest>> digestRows(qint64 operationId, const QStringList &tables, bool allRows = false);
    // Every table with an updated_op column, sorted.
    Result<QStringList> businessTables();
    // The rows an operation wrote on this connection (the tables Database noted).
    Result<QList<RowDigest>> digestWrittenRows(qint64 operationId) { return digestRows(operationId, m_db.tablesWritten()); }
    // The canonical digest of one row: `columns` in the order given, values as read by Qt Sql.
    static QString rowDigest(const QStringList &columns, const QVariantList &values);
    // Sorts `rows` and combines them (empty when there are none).
    static QString combineRows(QList<RowDigest> &rows);

    Result<QList<OperationRecord>> recent(int limit);
    Result<QList<ChainBreak>> verifyChain();

    static QString computeHash(const OperationRecord &record);
    static QString genesisHash();
    // The value of a key column as it appears in row_key (also CAST(column AS TEXT) in SQL).
    static QString keyText(const QVariant &v);

private:
    Status appendRecord(OperationRecord &record);
    Status appendNative(OperationRecord &record);
    Status insertRows(qint64 operationId, const QList<RowDigest> &rows);
    Database &m_db;
};

} // namespace Aksara
