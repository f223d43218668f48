#pragma once

// What an attacker holding the database's owner rights does to the operation log (issue 14): drop
// the append-only trigger, edit a record, recompute the whole chain with the public algorithm so
// that it links again, and recreate the trigger. Only signed checkpoints kept outside the database
// show it afterwards (docs/security.md "The trail").

#include "core/OperationLog.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace Aksara::Test {

inline void dropOperationsUpdateTrigger(Database &db)
{
    REQUIRE(db.execDirect(db.isSqlite() ? QStringLiteral("DROP TRIGGER operations_no_update")
                                        : QStringLiteral("DROP TRIGGER operations_no_update ON operations"))
                .ok());
}

inline void recreateOperationsUpdateTrigger(Database &db)
{
    REQUIRE(db.execDirect(db.isSqlite() ? QStringLiteral("CREATE TRIGGER operations_no_update BEFORE UPDATE ON operations "
                                                         "BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END")
                                        : QStringLiteral("CREATE TRIGGER operations_no_update BEFORE UPDATE OR DELETE ON "
                                                         "operations FOR EACH ROW EXECUTE FUNCTION operations_append_only()"))
                .ok());
}

inline void recomputeChain(Database &db)
{
    OperationLog log(db);
    auto all = log.recent(10000000);
    REQUIRE(all.ok());
    QList<OperationRecord> records = *all;
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QString prev = OperationLog::genesisHash();
    REQUIRE(db.execDirect(QStringLiteral("BEGIN")).ok());
    for (OperationRecord &r : records) {
        r.prevHash = prev;
        r.hash = OperationLog::computeHash(r);
        REQUIRE(db.exec(QStringLiteral("UPDATE operations SET prev_hash = ?, hash = ? WHERE id = ?"), {r.prevHash, r.hash, r.id}).ok());
        prev = r.hash;
    }
    REQUIRE(db.execDirect(QStringLiteral("COMMIT")).ok());
}

// The whole attack on the record with id `id`: its actor is rewritten.
inline void rewriteRecord(Database &db, qint64 id, const QString &actor)
{
    dropOperationsUpdateTrigger(db);
    REQUIRE(db.exec(QStringLiteral("UPDATE operations SET actor = ? WHERE id = ?"), {actor, id}).ok());
    recomputeChain(db);
    recreateOperationsUpdateTrigger(db);
}

} // namespace Aksara::Test
