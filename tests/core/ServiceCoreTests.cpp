#include "CoreFixture.h"

#include <QSqlQuery>

#include <latch>
#include <stdexcept>
#include <thread>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
const QString kInsertBranch = QStringLiteral(
    "INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?)");

Status insertBranch(OperationContext &ctx, const QString &code)
{
    auto q = ctx.db().exec(kInsertBranch, {code, code, ctx.operationId(), ctx.operationId()});
    if (!q.ok())
        return q.error();
    return {};
}
} // namespace

TEST_CASE_METHOD(CoreFixture, "an ok write commits its change and its evidence together", "[db][core]")
{
    const qint64 opsBefore = count(QStringLiteral("SELECT COUNT(*) FROM operations"));
    Caller desk = Caller::staff(Channel::Desk, 7, QStringLiteral("siti"), Role::Admin, QStringLiteral("desk-1"));
    Status st = core.run(desk, {Services::Administration, QStringLiteral("branch.create"), {}, QStringLiteral("north")},
                         [](OperationContext &ctx) { return insertBranch(ctx, QStringLiteral("north")); });
    REQUIRE(st.ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'north'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations")) == opsBefore + 1);

    auto recent = core.log().recent(1);
    REQUIRE(recent.ok());
    const OperationRecord &r = recent->first();
    CHECK(r.id == ServiceCore::lastOperationId());
    CHECK(r.service == QStringLiteral("administration"));
    CHECK(r.operation == QStringLiteral("branch.create"));
    CHECK(r.channel == QStringLiteral("desk"));
    CHECK(r.actor == QStringLiteral("staff:siti"));
    CHECK(r.station == QStringLiteral("desk-1"));
    CHECK(r.subject == QStringLiteral("north"));
    CHECK(r.outcome == Outcome::Ok);
    CHECK(r.atMs == clock.nowMs());
    // The branch row names the operation that created it.
    CHECK(count(QStringLiteral("SELECT created_op FROM branches WHERE code = 'north'")) == r.id);
}

TEST_CASE_METHOD(CoreFixture, "a failing operation leaves no business change, a failed record and an incident", "[db][core]")
{
    auto failing = [](OperationContext &ctx) -> Status {
        if (Status st = insertBranch(ctx, QStringLiteral("ghost")); !st.ok())
            return st;
        return Error::failed(QStringLiteral("test.disk_on_fire"), QStringLiteral("the disk is on fire"));
    };
    Status st = core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}}, failing);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("test.disk_on_fire"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'ghost'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed' AND "
                               "error_code = 'test.disk_on_fire'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE source = 'auto' AND status = 'new'")) == 1);
    CHECK(count(QStringLiteral("SELECT occurrences FROM incidents")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_operations io JOIN operations o ON o.id = io.operation_id "
                               "WHERE o.error_code = 'test.disk_on_fire'")) == 1);

    // The same failure again is the same incident, one more occurrence.
    clock.advanceMs(60000);
    REQUIRE_FALSE(core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}}, failing).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 1);
    CHECK(count(QStringLiteral("SELECT occurrences FROM incidents")) == 2);
    CHECK(count(QStringLiteral("SELECT last_seen_at - first_seen_at FROM incidents")) == 60000);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_operations")) == 2);

    // A different error is a different incident.
    REQUIRE_FALSE(core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}},
                           [](OperationContext &) -> Status {
                               return Error::failed(QStringLiteral("test.other"), QStringLiteral("other"));
                           })
                      .ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 2);
}

TEST_CASE_METHOD(CoreFixture, "work that throws is recorded as failed and changes nothing", "[db][core]")
{
    Status st = core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}},
                         [](OperationContext &ctx) -> Status {
                             (void)insertBranch(ctx, QStringLiteral("thrown"));
                             throw std::runtime_error("boom");
                         });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("core.exception"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed' AND error_code = 'core.exception'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 1);
}

TEST_CASE_METHOD(CoreFixture, "a refused operation is counted as refused, not failed, and opens no incident", "[db][core]")
{
    Status st = core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}, QStringLiteral("B0001")},
                         [](OperationContext &ctx) -> Status {
                             (void)insertBranch(ctx, QStringLiteral("half"));
                             return Error::refused(QStringLiteral("circulation.patron_blocked"),
                                                   QStringLiteral("The patron is blocked."));
                         });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().isRefusal());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'refused' "
                               "AND error_code = 'circulation.patron_blocked' AND subject = 'B0001'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(count(QStringLiteral("SELECT refused FROM sla_buckets WHERE service = 'checkout'")) == 1);
    CHECK(count(QStringLiteral("SELECT failed FROM sla_buckets WHERE service = 'checkout'")) == 0);
}

TEST_CASE_METHOD(CoreFixture, "closed and in-maintenance services and missing rights are refused before any work", "[db][core]")
{
    bool ran = false;
    auto work = [&ran](OperationContext &) -> Status {
        ran = true;
        return {};
    };
    SECTION("closed")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE services SET state = 'closed', state_reason = 'strike' "
                                               "WHERE code = 'checkout'"))
                    .ok());
        Status st = core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, work);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("core.service_closed"));
        CHECK(st.error().message.contains(QStringLiteral("strike")));
    }
    SECTION("planned maintenance window")
    {
        REQUIRE(core.run(admin, {Services::Administration, QStringLiteral("maintenance.plan"), {}},
                         [&](OperationContext &ctx) -> Status {
                             auto q = ctx.db().exec(QStringLiteral("INSERT INTO maintenance_windows (service_code, "
                                                                   "starts_at, ends_at, reason, created_op) VALUES (?, ?, ?, ?, ?)"),
                                                    {Services::Checkout, clock.nowMs() - 1000, clock.nowMs() + 3600000,
                                                     QStringLiteral("database upgrade"), ctx.operationId()});
                             return q.ok() ? Status() : Status(q.error());
                         })
                    .ok());
        Status st = core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, work);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("core.service_maintenance"));
        // After the window the service works again.
        clock.advanceMs(3600000);
        CHECK(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, work).ok());
        CHECK(ran);
        ran = false;
    }
    SECTION("missing right")
    {
        Caller kiosk = Caller::staff(Channel::Kiosk, 3, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
        Status st = core.run(kiosk, {Services::Administration, QStringLiteral("staff.create"), Rights::StaffManage}, work);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("core.forbidden"));
        CHECK(st.error().isRefusal());
    }
    CHECK_FALSE(ran);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'refused'")) == 1);
}

TEST_CASE_METHOD(CoreFixture, "a business change written around the core cannot commit", "[db][core]")
{
    SECTION("naming an operation that does not exist")
    {
        auto tx = db().begin();
        REQUIRE(tx.ok());
        auto insert = db().exec(kInsertBranch, {QStringLiteral("sneaky"), QStringLiteral("sneaky"), 987654, 987654});
        Status st = insert.ok() ? (*tx)->commit() : Status(insert.error());
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("storage.constraint"));
    }
    SECTION("with a forged token but no operation record")
    {
        auto tx = db().begin();
        REQUIRE(tx.ok());
        REQUIRE(db().exec(QStringLiteral("INSERT INTO operation_tokens (id) VALUES (987654)")).ok());
        REQUIRE(db().exec(kInsertBranch, {QStringLiteral("sneaky"), QStringLiteral("sneaky"), 987654, 987654}).ok());
        Status st = (*tx)->commit();
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("storage.constraint"));
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operation_tokens WHERE id = 987654")) == 0);
    CHECK(db().transactionDepth() == 0);
}

TEST_CASE_METHOD(CoreFixture, "the operation log refuses updates and deletes", "[db][core]")
{
    REQUIRE(core.run(admin, {Services::Administration, QStringLiteral("noop"), {}}, [](OperationContext &) { return Status(); }).ok());
    CHECK_FALSE(db().execDirect(QStringLiteral("UPDATE operations SET outcome = 'failed'")).ok());
    CHECK_FALSE(db().execDirect(QStringLiteral("DELETE FROM operations")).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
}

TEST_CASE_METHOD(CoreFixture, "two stations checking out the same item at once: exactly one loan", "[db][core][concurrency]")
{
    const Library lib = seedLibrary();
    // More items, so that the race is run many times.
    QList<qint64> items{lib.item};
    for (int i = 2; i <= 12; ++i)
        items << insertThroughCore(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, "
                                                  "updated_op) VALUES (?, ?, ?, 'book', ?, ?) RETURNING id"),
                                   {QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0')), lib.bib, lib.branch});

    auto loanWork = [&](qint64 item) {
        return [&, item](OperationContext &ctx) -> Status {
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO loans (item_id, patron_id, branch_id, issued_at, due_at, "
                                                  "created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {item, lib.patron, lib.branch, ctx.nowMs(), ctx.nowMs() + 86400000,
                                    ctx.operationId(), ctx.operationId()});
            return q.ok() ? Status() : Status(q.error());
        };
    };

    int successes = 0;
    for (qint64 item : items) {
        std::latch start(2);
        bool ok[2] = {false, false};
        auto station = [&](int n) {
            auto other = tdb.openAnother();
            ServiceCore stationCore(other, clock);
            Caller c = Caller::staff(Channel::Desk, 1, QStringLiteral("desk%1").arg(n), Role::Librarian,
                                     QStringLiteral("desk-%1").arg(n));
            start.arrive_and_wait();
            ok[n] = stationCore.run(c, {Services::Checkout, QStringLiteral("checkout"), Rights::Checkout}, loanWork(item)).ok();
            other->releaseThreadConnection();
        };
        std::thread a(station, 0), b(station, 1);
        a.join();
        b.join();
        CHECK(ok[0] != ok[1]);
        successes += (ok[0] ? 1 : 0) + (ok[1] ? 1 : 0);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE item_id = ? AND returned_at IS NULL"), {item}) == 1);
    }
    CHECK(successes == items.size());
    // The loser's attempt is in the log as a failed checkout, the winner's as ok.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'ok'")) == items.size());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'failed'")) == items.size());
}

TEST_CASE_METHOD(CoreFixture, "each operation lands in its service's hourly SLA bucket and latency histogram", "[db][core][sla]")
{
    // checkout's threshold is 500 ms.
    auto taking = [this](qint64 us) {
        return [this, us](OperationContext &) -> Status {
            clock.spendUs(us);
            return {};
        };
    };
    REQUIRE(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, taking(300)).ok());      // h01 (<= 500 us)
    REQUIRE(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, taking(40000)).ok());    // h07 (<= 50 ms)
    REQUIRE(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, taking(700000)).ok());   // h11, over threshold
    REQUIRE_FALSE(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, [](OperationContext &) -> Status {
                      return Error::failed(QStringLiteral("test.x"), QStringLiteral("x"));
                  }).ok());
    auto q = db().exec(QStringLiteral("SELECT ok, refused, failed, within_threshold, latency_sum_us, latency_max_us, "
                                      "h01, h07, h11, bucket_at FROM sla_buckets WHERE service = 'checkout'"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 3);
    CHECK(q->value(1).toInt() == 0);
    CHECK(q->value(2).toInt() == 1);
    CHECK(q->value(3).toInt() == 2);
    CHECK(q->value(4).toLongLong() == 740300);
    CHECK(q->value(5).toLongLong() == 700000);
    CHECK(q->value(6).toInt() == 1);
    CHECK(q->value(7).toInt() == 1);
    CHECK(q->value(8).toInt() == 1);
    CHECK(q->value(9).toLongLong() % kSlaBucketMs == 0);
    CHECK_FALSE(q->next());

    // The next hour is a new bucket.
    clock.advanceMs(kSlaBucketMs);
    REQUIRE(core.run(admin, {Services::Checkout, QStringLiteral("checkout"), {}}, taking(10)).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM sla_buckets WHERE service = 'checkout'")) == 2);
    CHECK(latencyBucketIndex(250) == 0);
    CHECK(latencyBucketIndex(251) == 1);
    CHECK(latencyBucketIndex(99999999) == kLatencyBuckets - 1);
}

TEST_CASE_METHOD(CoreFixture, "reads are recorded after their work and change nothing", "[db][core]")
{
    int seen = -1;
    Status st = core.run(admin, {Services::CatalogueSearch, QStringLiteral("search"), {}, QStringLiteral("pramoedya"), false},
                         [&](OperationContext &ctx) -> Status {
                             CHECK(ctx.operationId() == 0);
                             auto v = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM bib_records"));
                             if (!v.ok())
                                 return v.error();
                             seen = v->toInt();
                             ctx.setDetail(QStringLiteral("hits"), seen);
                             return {};
                         });
    REQUIRE(st.ok());
    CHECK(seen == 0);
    auto recent = core.log().recent(1);
    REQUIRE(recent.ok());
    CHECK(recent->first().service == QStringLiteral("catalogue_search"));
    CHECK(recent->first().details.value(QStringLiteral("hits")).toInt() == 0);
}

TEST_CASE_METHOD(CoreFixture, "nested operations: an inner failure is recorded and the outer one goes on", "[db][core]")
{
    Status outer = core.run(admin, {Services::Cataloguing, QStringLiteral("import"), {}}, [&](OperationContext &ctx) -> Status {
        if (Status st = insertBranch(ctx, QStringLiteral("kept")); !st.ok())
            return st;
        Status inner = core.run(admin, {Services::Cataloguing, QStringLiteral("record.create"), {}},
                                [](OperationContext &inner) -> Status {
                                    (void)insertBranch(inner, QStringLiteral("dropped"));
                                    return Error::refused(QStringLiteral("catalogue.bad_record"), QStringLiteral("bad"));
                                });
        CHECK_FALSE(inner.ok());
        return {};
    });
    REQUIRE(outer.ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'kept'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'dropped'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'record.create' AND outcome = 'refused'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'import' AND outcome = 'ok'")) == 1);
}

TEST_CASE_METHOD(CoreFixture, "an operation for a service that does not exist fails clearly", "[db][core]")
{
    Status st = core.run(admin, {QStringLiteral("teleportation"), QStringLiteral("beam"), {}}, [](OperationContext &) { return Status(); });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("core.unknown_service"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'teleportation' AND outcome = 'failed'")) == 1);
}

TEST_CASE_METHOD(CoreFixture, "a request with a request id is applied once, a repeat is answered, not applied", "[db][core]")
{
    OperationSpec spec{Services::Administration, QStringLiteral("branch.create"), {}, QStringLiteral("east")};
    spec.requestId = QStringLiteral("kiosk-1:7f3a");
    auto work = [](OperationContext &ctx) { return insertBranch(ctx, QStringLiteral("east")); };
    REQUIRE(core.run(admin, spec, work).ok());
    const qint64 first = ServiceCore::lastOperationId();
    Status again = core.run(admin, spec, work);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("core.already_applied"));
    CHECK(again.error().details.value(QStringLiteral("operation_id")).toInteger() == first);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'east'")) == 1);

    // A request that failed is not remembered: it may be tried again and then applies.
    OperationSpec other{Services::Administration, QStringLiteral("branch.create"), {}, QStringLiteral("west")};
    other.requestId = QStringLiteral("kiosk-1:7f3b");
    bool fail = true;
    auto flaky = [&](OperationContext &ctx) -> Status {
        if (fail)
            return Error::failed(QStringLiteral("storage.unavailable"), QStringLiteral("gone"));
        return insertBranch(ctx, QStringLiteral("west"));
    };
    REQUIRE_FALSE(core.run(admin, other, flaky).ok());
    fail = false;
    REQUIRE(core.run(admin, other, flaky).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'west'")) == 1);
}

TEST_CASE_METHOD(CoreFixture, "a caller's request id applies to its top-level operation, not to nested ones", "[db][core]")
{
    Caller kiosk = admin;
    kiosk.requestId = QStringLiteral("kiosk-2:0001");
    auto outer = [&](OperationContext &ctx) -> Status {
        if (Status st = insertBranch(ctx, QStringLiteral("a")); !st.ok())
            return st;
        // The nested operation must not claim the same request id (it would refuse itself).
        return core.run(kiosk, {Services::Administration, QStringLiteral("branch.create"), {}},
                        [](OperationContext &inner) { return insertBranch(inner, QStringLiteral("b")); });
    };
    REQUIRE(core.run(kiosk, {Services::Administration, QStringLiteral("branch.pair"), {}}, outer).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches")) == 2);
    Status replay = core.run(kiosk, {Services::Administration, QStringLiteral("branch.pair"), {}}, outer);
    REQUIRE_FALSE(replay.ok());
    CHECK(replay.error().code == QStringLiteral("core.already_applied"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM branches")) == 2);
}
