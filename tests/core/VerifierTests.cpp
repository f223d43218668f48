#include "CoreFixture.h"

#include "core/Verifier.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
QStringList checksOf(const QList<VerifyFinding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << f.check;
    return out;
}

void dropAppendOnlyGuard(Database &db)
{
    if (db.isSqlite()) {
        REQUIRE(db.execDirect(QStringLiteral("DROP TRIGGER operations_no_update")).ok());
        REQUIRE(db.execDirect(QStringLiteral("DROP TRIGGER operations_no_delete")).ok());
    } else {
        REQUIRE(db.execDirect(QStringLiteral("DROP TRIGGER operations_no_update ON operations")).ok());
    }
}
} // namespace

TEST_CASE_METHOD(CoreFixture, "a database changed only through the core verifies clean", "[db][verify]")
{
    seedLibrary();
    Verifier verifier(db());
    auto findings = verifier.run();
    REQUIRE(findings.ok());
    CHECK(findings->isEmpty());
}

TEST_CASE_METHOD(CoreFixture, "verify names a changed, a deleted and an inserted operation record", "[db][verify]")
{
    seedLibrary(); // five operations after the migration's
    dropAppendOnlyGuard(db());
    Verifier verifier(db());

    SECTION("changed")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE operations SET actor = 'cli:someone-else' WHERE seq = 3")).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        REQUIRE(checksOf(*f).contains(QStringLiteral("oplog.chain")));
        CHECK(f->first().problem.contains(QStringLiteral("record 3 ")));
        CHECK(f->first().problem.contains(QStringLiteral("changed")));
    }
    SECTION("deleted in the middle")
    {
        // The record of the operation that created the branch: rows point at it.
        auto id = db().scalar(QStringLiteral("SELECT created_op FROM branches"));
        if (db().isSqlite())
            REQUIRE(db().execDirect(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        else
            REQUIRE(db().execDirect(QStringLiteral("SET session_replication_role = replica")).ok());
        REQUIRE(db().execDirect(QStringLiteral("DELETE FROM operations WHERE id = %1").arg(id->toLongLong())).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        CHECK(checksOf(*f).contains(QStringLiteral("oplog.chain")));
        CHECK(checksOf(*f).contains(QStringLiteral("evidence")));
    }
    SECTION("deleted at the end")
    {
        if (db().isSqlite())
            REQUIRE(db().execDirect(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        else
            REQUIRE(db().execDirect(QStringLiteral("SET session_replication_role = replica")).ok());
        REQUIRE(db().execDirect(QStringLiteral("DELETE FROM operations WHERE seq = (SELECT MAX(seq) FROM operations)")).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        CHECK(checksOf(*f).contains(QStringLiteral("sla.totals")));
    }
    SECTION("inserted")
    {
        // Shift the tail up and slip a record in: its hash cannot be right for the chain.
        REQUIRE(db().execDirect(QStringLiteral("UPDATE operations SET seq = seq + 1000 WHERE seq >= 4")).ok());
        REQUIRE(db().execDirect(QStringLiteral("UPDATE operations SET seq = seq - 999 WHERE seq >= 1004")).ok());
        REQUIRE(db().execDirect(QStringLiteral(
                                    "INSERT INTO operations (id, seq, at, service, operation, channel, actor, outcome, "
                                    "duration_us, prev_hash, hash) SELECT 99999, 4, 0, 'checkout', 'checkout', 'desk', "
                                    "'staff:x', 'ok', 1, hash, hash FROM operations WHERE seq = 3"))
                    .ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        CHECK(checksOf(*f).contains(QStringLiteral("oplog.chain")));
    }
}

TEST_CASE_METHOD(CoreFixture, "verify finds business rows without evidence and two open loans for one item", "[db][verify]")
{
    const Library lib = seedLibrary();
    if (db().isSqlite())
        REQUIRE(db().execDirect(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    else
        REQUIRE(db().execDirect(QStringLiteral("SET session_replication_role = replica")).ok());
    REQUIRE(db().execDirect(QStringLiteral("DROP INDEX loans_one_open_per_item")).ok());
    for (int i = 0; i < 2; ++i)
        REQUIRE(db().execDirect(QStringLiteral("INSERT INTO loans (item_id, patron_id, branch_id, issued_at, due_at, "
                                               "created_op, updated_op) VALUES (%1, %2, %3, 1, 2, 424242, 424242)")
                                    .arg(lib.item)
                                    .arg(lib.patron)
                                    .arg(lib.branch))
                    .ok());
    Verifier verifier(db());
    auto f = verifier.run();
    REQUIRE(f.ok());
    const QStringList checks = checksOf(*f);
    CHECK(checks.contains(QStringLiteral("loans.one_open_per_item")));
    CHECK(checks.contains(QStringLiteral("evidence")));
    CHECK(checks.contains(QStringLiteral("items.status_matches_loans")));
}
