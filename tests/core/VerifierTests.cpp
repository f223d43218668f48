#include "CoreFixture.h"

#include "core/Checkpoints.h"
#include "core/Verifier.h"
#include "LogAttack.h"

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

// The trail (docs/security.md "The trail"): business rows against the digests in their records,
// the log's append-only triggers, and signed checkpoints against a recomputed chain.
namespace {
QStringList problemsOf(const QList<VerifyFinding> &findings, const QString &check)
{
    QStringList out;
    for (const auto &f : findings)
        if (f.check == check)
            out << f.problem;
    return out;
}

} // namespace

TEST_CASE_METHOD(CoreFixture, "every operation record carries the digests of the business rows it wrote", "[db][verify][trail]")
{
    const Library lib = seedLibrary();
    // The item's operation wrote one row of items; its record names it and chains its digest.
    auto op = db().scalar(QStringLiteral("SELECT updated_op FROM items WHERE id = ?"), {lib.item});
    REQUIRE(op.ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operation_rows WHERE operation_id = ? AND table_name = 'items' AND "
                               "row_key = ?"),
                {op->toLongLong(), QString::number(lib.item)})
          == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE id = ? AND rows_digest IS NOT NULL"), {op->toLongLong()}) == 1);
    // A row touched twice by one operation: the final content counts; a nested operation's rows
    // belong to the inner record.
    qint64 innerOp = 0, outerOp = 0;
    Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.outer"), {}}, [&](OperationContext &ctx) -> Status {
        outerOp = ctx.operationId();
        auto a = ctx.db().exec(QStringLiteral("UPDATE patrons SET name = 'first', updated_op = ? WHERE id = ?"),
                               {ctx.operationId(), lib.patron});
        if (!a.ok())
            return a.error();
        auto b = ctx.db().exec(QStringLiteral("UPDATE patrons SET name = 'Siti R.', updated_op = ? WHERE id = ?"),
                               {ctx.operationId(), lib.patron});
        if (!b.ok())
            return b.error();
        return core.run(admin, {Services::Cataloguing, QStringLiteral("test.inner"), {}}, [&](OperationContext &inner) -> Status {
            innerOp = inner.operationId();
            auto c = inner.db().exec(QStringLiteral("UPDATE branches SET name = 'Main library', updated_op = ? WHERE id = ?"),
                                     {inner.operationId(), lib.branch});
            return c.ok() ? Status() : Status(c.error());
        });
    });
    REQUIRE(st.ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operation_rows WHERE operation_id = ? AND table_name = 'branches'"), {innerOp}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operation_rows WHERE operation_id = ?"), {outerOp}) == 1);
    Verifier verifier(db());
    auto f = verifier.run();
    REQUIRE(f.ok());
    CHECK(f->isEmpty());
    CHECK(verifier.rowsChecked() > 0);
}

TEST_CASE_METHOD(CoreFixture, "verify names each business row changed behind the core's back, with the log intact", "[db][verify][trail]")
{
    const Library lib = seedLibrary();
    const qint64 itemOp = count(QStringLiteral("SELECT updated_op FROM items WHERE id = ?"), {lib.item});
    Verifier verifier(db());

    SECTION("a row's content edited")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE items SET barcode = 'B9999' WHERE id = %1").arg(lib.item)).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QStringList p = problemsOf(*f, QStringLiteral("rows.digest"));
        REQUIRE(p.size() == 1);
        CHECK(p.first().contains(QStringLiteral("items row id=%1 ").arg(lib.item)));
        CHECK(p.first().contains(QStringLiteral("operation %1").arg(itemOp)));
        CHECK(problemsOf(*f, QStringLiteral("oplog.chain")).isEmpty());
    }
    SECTION("a row pointed at another ok operation")
    {
        const qint64 branchOp = count(QStringLiteral("SELECT updated_op FROM branches WHERE id = ?"), {lib.branch});
        REQUIRE(db().execDirect(QStringLiteral("UPDATE items SET updated_op = %1 WHERE id = %2").arg(branchOp).arg(lib.item)).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QStringList p = problemsOf(*f, QStringLiteral("rows.digest"));
        REQUIRE(p.size() == 1);
        CHECK(p.first().contains(QStringLiteral("items row id=%1 ").arg(lib.item)));
        CHECK(p.first().contains(QStringLiteral("no digest")));
    }
    SECTION("a row given an updated_op from before the trail")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE patrons SET name = 'Someone', updated_op = 1 WHERE id = %1").arg(lib.patron)).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QStringList p = problemsOf(*f, QStringLiteral("rows.digest"));
        REQUIRE(p.size() == 1);
        CHECK(p.first().contains(QStringLiteral("patrons row id=%1 ").arg(lib.patron)));
    }
    SECTION("a row seeded by a migration (adopted by the trail) edited")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE services SET latency_threshold_ms = 99999 WHERE code = 'checkout'")).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QStringList p = problemsOf(*f, QStringLiteral("rows.digest"));
        REQUIRE(p.size() == 1);
        CHECK(p.first().contains(QStringLiteral("services row code=checkout ")));
    }
    SECTION("the digests kept for a record edited (triggers dropped)")
    {
        if (db().isSqlite())
            REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operation_rows_no_update")).ok());
        else
            REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operation_rows_no_update ON operation_rows")).ok());
        REQUIRE(db().execDirect(QStringLiteral("UPDATE operation_rows SET digest = 'x' WHERE operation_id = %1").arg(itemOp)).ok());
        auto f = verifier.run();
        REQUIRE(f.ok());
        CHECK(problemsOf(*f, QStringLiteral("oplog.rows")).join(QLatin1Char('\n')).contains(QStringLiteral("operation %1 ").arg(itemOp)));
        CHECK(problemsOf(*f, QStringLiteral("oplog.triggers")).join(QLatin1Char('\n')).contains(QStringLiteral("operation_rows_no_update")));
    }
}

TEST_CASE_METHOD(CoreFixture, "verify names each missing or disabled append-only trigger", "[db][verify][trail]")
{
    seedLibrary();
    Verifier verifier(db());
    auto clean = verifier.run();
    REQUIRE(clean.ok());
    CHECK(problemsOf(*clean, QStringLiteral("oplog.triggers")).isEmpty());
    SECTION("dropped")
    {
        dropAppendOnlyGuard(db());
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QString p = problemsOf(*f, QStringLiteral("oplog.triggers")).join(QLatin1Char('\n'));
        CHECK(p.contains(QStringLiteral("operations_no_update")));
        if (db().isSqlite())
            CHECK(p.contains(QStringLiteral("operations_no_delete")));
    }
    SECTION("defused")
    {
        if (db().isSqlite()) {
            REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER checkpoints_no_delete")).ok());
            REQUIRE(db().execDirect(QStringLiteral("CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints "
                                                   "WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END"))
                        .ok());
        } else {
            REQUIRE(db().execDirect(QStringLiteral("ALTER TABLE checkpoints DISABLE TRIGGER checkpoints_no_update")).ok());
        }
        auto f = verifier.run();
        REQUIRE(f.ok());
        const QString p = problemsOf(*f, QStringLiteral("oplog.triggers")).join(QLatin1Char('\n'));
        CHECK(p.contains(db().isSqlite() ? QStringLiteral("checkpoints_no_delete") : QStringLiteral("checkpoints_no_update")));
    }
}

TEST_CASE_METHOD(CoreFixture, "a signed checkpoint detects a log rewritten with its chain recomputed", "[db][verify][trail]")
{
    seedLibrary();
    auto key = SigningKey::generate();
    REQUIRE(key.ok());
    Checkpoints checkpoints(core);
    auto first = checkpoints.sign(admin, *key);
    REQUIRE(first.ok());
    CHECK(first->signatureValid());
    // More operations after the first checkpoint.
    insertThroughCore(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?) RETURNING id"),
                      {QStringLiteral("north"), QStringLiteral("North")});
    insertThroughCore(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?) RETURNING id"),
                      {QStringLiteral("south"), QStringLiteral("South")});
    auto second = checkpoints.sign(admin, *key);
    REQUIRE(second.ok());
    auto kept = Checkpoints::read(db(), 0, 0);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 2);
    const QByteArray pk = QByteArray::fromHex(key->publicKeyHex().toLatin1());

    auto clean = Checkpoints::verify(db(), *kept, pk);
    REQUIRE(clean.ok());
    CHECK(clean->isEmpty());

    SECTION("a record edited and the chain recomputed")
    {
        // The record of the operation that created the item: the attacker's edit, between the
        // two checkpoints' heads.
        const qint64 victim = count(QStringLiteral("SELECT MAX(id) FROM operations WHERE seq < ? AND seq > ?"),
                                    {second->headSeq, first->headSeq});
        rewriteRecord(db(), victim, QStringLiteral("cli:nobody"));
        // The chain alone links again: only the checkpoint shows it.
        Verifier verifier(db());
        auto plain = verifier.run();
        REQUIRE(plain.ok());
        CHECK(problemsOf(*plain, QStringLiteral("oplog.chain")).isEmpty());
        CHECK(problemsOf(*plain, QStringLiteral("oplog.triggers")).isEmpty());
        auto f = Checkpoints::verify(db(), *kept, pk);
        REQUIRE(f.ok());
        REQUIRE(f->size() == 1);
        CHECK(f->first().check == QStringLiteral("checkpoint.chain"));
        CHECK(f->first().problem.contains(QStringLiteral("operation %1 ").arg(second->headId)));
        CHECK(f->first().problem.contains(QStringLiteral("after record %1").arg(first->headSeq)));
    }
    SECTION("a forged checkpoint or another key")
    {
        QList<Checkpoint> forged = *kept;
        forged[1].headHash = QString(64, QLatin1Char('a'));
        auto f = Checkpoints::verify(db(), forged, pk);
        REQUIRE(f.ok());
        REQUIRE(f->size() == 1);
        CHECK(f->first().check == QStringLiteral("checkpoint.signature"));
        auto other = SigningKey::generate();
        REQUIRE(other.ok());
        auto g = Checkpoints::verify(db(), *kept, QByteArray::fromHex(other->publicKeyHex().toLatin1()));
        REQUIRE(g.ok());
        CHECK(g->size() == 2);
    }
}
