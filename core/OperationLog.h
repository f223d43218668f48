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

    QJsonObject toJson() const;
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
    // Fills seq, prev_hash and hash and inserts the record (with record.id if non-zero).
    Status append(OperationRecord &record);

    Result<QList<OperationRecord>> recent(int limit);
    Result<QList<ChainBreak>> verifyChain();

    static QString computeHash(const OperationRecord &record);
    static QString genesisHash();

private:
    Status appendNative(OperationRecord &record);
    Database &m_db;
};

} // namespace Aksara
