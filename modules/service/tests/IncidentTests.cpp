#include "ServiceFixture.h"

#include "core/Verifier.h"
#include "service/Evaluator.h"
#include "service/Incidents.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

namespace {
NewIncident printerJam()
{
    NewIncident in;
    in.title = QStringLiteral("Kiosk 2 printer jammed");
    in.description = QStringLiteral("Receipts do not come out");
    in.serviceCode = Services::Kiosk;
    in.station = QStringLiteral("kiosk-2");
    in.impact = 3;
    in.urgency = 2;
    return in;
}
} // namespace

TEST_CASE_METHOD(ServiceFixture, "a manual incident gets its priority from the matrix, a history and an operation record",
                 "[db][service][incident]")
{
    setNow(at(2026, 3, 2, 9));
    Incidents incidents(core);
    auto i = incidents.open(librarian, printerJam());
    REQUIRE_OK(i);
    CHECK(i->source == QStringLiteral("manual"));
    CHECK(i->status == QStringLiteral("new"));
    CHECK(i->priority == 4); // impact 3 x urgency 2
    CHECK_FALSE(i->major);
    CHECK(i->reportedBy == QStringLiteral("staff:budi"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id = ? AND kind = 'opened'"), {i->id}) == 1);
    // The operation record is the evidence of the opening.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'incident.open' AND outcome = 'ok' "
                               "AND subject = ? AND actor = 'staff:budi'"),
                {QStringLiteral("incident:%1").arg(i->id)})
          == 1);
    CHECK(count(QStringLiteral("SELECT created_op FROM incidents WHERE id = ?"), {i->id}) == ServiceCore::lastOperationId());

    SECTION("the same fault reported again is one incident with two occurrences")
    {
        clock.advanceMs(5 * kMinute);
        NewIncident again = printerJam();
        again.title = QStringLiteral("  kiosk 2 PRINTER   jammed ");
        auto j = incidents.open(supervisor, again);
        REQUIRE_OK(j);
        CHECK(j->id == i->id);
        CHECK(j->occurrences == 2);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 1);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id = ? AND kind = 'note'"), {i->id}) == 1);
        // Another station's printer is another incident.
        NewIncident other = printerJam();
        other.station = QStringLiteral("kiosk-3");
        auto k = incidents.open(librarian, other);
        REQUIRE_OK(k);
        CHECK(k->id != i->id);
    }
    SECTION("impact 1 x urgency 1 is priority 1 and a major incident")
    {
        NewIncident big = printerJam();
        big.title = QStringLiteral("Checkout down at every desk");
        big.serviceCode = Services::Checkout;
        big.impact = 1;
        big.urgency = 1;
        big.security = true;
        auto b = incidents.open(supervisor, big);
        REQUIRE_OK(b);
        CHECK(b->priority == 1);
        CHECK(b->major);
        CHECK(b->security);
    }
}

TEST_CASE_METHOD(ServiceFixture, "bad input to an incident is refused with a clear error and changes nothing",
                 "[db][service][incident]")
{
    Incidents incidents(core);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM incidents"));
    NewIncident in = printerJam();
    in.title = QStringLiteral("   ");
    auto r = incidents.open(librarian, in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("incident.bad_input"));
    CHECK(r.error().isRefusal());
    in = printerJam();
    in.impact = 4;
    CHECK(incidents.open(librarian, in).error().code == QStringLiteral("incident.bad_input"));
    in = printerJam();
    in.serviceCode = QStringLiteral("teleportation");
    CHECK(incidents.open(librarian, in).error().code == QStringLiteral("incident.unknown_service"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == before);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_events")) == 0);
    // Each refusal is itself on record.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'incident.open' AND outcome = 'refused'")) == 3);

    auto ok = incidents.open(librarian, printerJam());
    REQUIRE_OK(ok);
    // A librarian reports; managing needs a supervisor.
    auto forbidden = incidents.assign(librarian, ok->id, QStringLiteral("budi"));
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));
    CHECK(incidents.update(supervisor, 999999, IncidentUpdate{}).error().code == QStringLiteral("incident.not_found"));
    IncidentUpdate bogus;
    bogus.status = QStringLiteral("fixed");
    CHECK(incidents.update(supervisor, ok->id, bogus).error().code == QStringLiteral("incident.bad_input"));
    CHECK(incidents.update(supervisor, ok->id, IncidentUpdate{}).error().code == QStringLiteral("incident.bad_input"));
    CHECK(count(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {ok->id}) == 0); // still text 'new'
    CHECK(text(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {ok->id}) == QStringLiteral("new"));
}

TEST_CASE_METHOD(ServiceFixture, "the incident lifecycle: every transition kept with who and when, wrong ones refused",
                 "[db][service][incident]")
{
    setNow(at(2026, 3, 2, 9));
    Incidents incidents(core);
    auto i = incidents.open(librarian, printerJam());
    REQUIRE_OK(i);
    const qint64 id = i->id;
    auto events = [&] { return count(QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id = ?"), {id}); };

    // new -> pending is not a transition; closing an open incident neither.
    IncidentUpdate pending;
    pending.status = QStringLiteral("pending");
    pending.pendingReason = QStringLiteral("waiting for the printer supplier");
    const qint64 e0 = events();
    CHECK(incidents.update(supervisor, id, pending).error().code == QStringLiteral("incident.bad_transition"));
    CHECK(incidents.close(supervisor, id).error().code == QStringLiteral("incident.not_resolved"));
    CHECK(events() == e0);

    clock.advanceMs(10 * kMinute);
    auto a = incidents.assign(supervisor, id, QStringLiteral("it:agus"));
    REQUIRE_OK(a);
    CHECK(a->status == QStringLiteral("assigned"));
    CHECK(a->ownedAt == clock.nowMs());

    IncidentUpdate start;
    start.status = QStringLiteral("in_progress");
    REQUIRE(incidents.update(supervisor, id, start).ok());
    IncidentUpdate noReason;
    noReason.status = QStringLiteral("pending");
    CHECK(incidents.update(supervisor, id, noReason).error().code == QStringLiteral("incident.bad_input"));
    clock.advanceMs(20 * kMinute);
    auto p = incidents.update(supervisor, id, pending);
    REQUIRE_OK(p);
    CHECK(p->pendingReason == QStringLiteral("waiting for the printer supplier"));
    clock.advanceMs(2 * kHour);
    REQUIRE(incidents.update(supervisor, id, start).ok());
    CHECK(incidents.resolve(supervisor, id, QString()).error().code == QStringLiteral("incident.bad_input"));
    clock.advanceMs(30 * kMinute);
    auto r = incidents.resolve(supervisor, id, QStringLiteral("Cleared the paper path; new roll"));
    REQUIRE_OK(r);
    CHECK(r->status == QStringLiteral("resolved"));
    CHECK(r->resolvedAt == clock.nowMs());

    // Closure is confirmed by a person, not by the system.
    auto bySystem = incidents.close(evaluator, id);
    REQUIRE_FALSE(bySystem.ok());
    CHECK(bySystem.error().code == QStringLiteral("incident.closure_needs_person"));

    SECTION("reopen needs a reason and continues with the owner")
    {
        CHECK(incidents.reopen(supervisor, id, QString()).error().code == QStringLiteral("incident.bad_input"));
        clock.advanceMs(kHour);
        auto again = incidents.reopen(supervisor, id, QStringLiteral("jammed again"));
        REQUIRE_OK(again);
        CHECK(again->status == QStringLiteral("in_progress"));
        CHECK(again->reopenCount == 1);
        CHECK(again->resolvedAt == 0);
    }
    SECTION("closed by a person, then final")
    {
        clock.advanceMs(kHour);
        auto c = incidents.close(supervisor, id, QStringLiteral("confirmed with the kiosk staff"));
        REQUIRE_OK(c);
        CHECK(c->status == QStringLiteral("closed"));
        CHECK(c->closedBy == QStringLiteral("staff:rina"));
        CHECK(incidents.reopen(supervisor, id, QStringLiteral("x")).error().code == QStringLiteral("incident.bad_transition"));
        IncidentUpdate late;
        late.note = QStringLiteral("too late");
        CHECK(incidents.update(supervisor, id, late).error().code == QStringLiteral("incident.closed"));

        auto d = incidents.show(supervisor, id);
        REQUIRE_OK(d);
        QStringList path;
        for (const IncidentEvent &e : d->history)
            if (e.kind == QLatin1String("status"))
                path << e.toStatus;
        CHECK(path == QStringList{QStringLiteral("assigned"), QStringLiteral("in_progress"), QStringLiteral("pending"),
                                  QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("closed")});
        for (const IncidentEvent &e : d->history) {
            CHECK_FALSE(e.actor.isEmpty());
            CHECK(e.atMs > 0);
            CHECK(e.operationId > 0);
        }
        // Kiosk service hours = the library calendar: owned after 10 min, resolved after
        // 30 min + 30 min running (the 2 h pending paused).
        CHECK(d->clocks.own.elapsedMs == 10 * kMinute);
        CHECK(d->clocks.resolve.elapsedMs == 60 * kMinute);
        CHECK(d->clocks.resolve.met());
    }
}

TEST_CASE_METHOD(ServiceFixture, "TTO and TTR in service hours with pauses, escalated at 75 % and 100 % exactly once",
                 "[db][service][incident][clock]")
{
    // P2 incident target: own 30 min, resolve 8 h of service hours (library calendar for checkout).
    setNow(at(2026, 3, 6, 16, 30)); // Friday, 30 min before closing
    Incidents incidents(core);
    NewIncident in;
    in.title = QStringLiteral("Checkout slow at desk 1");
    in.serviceCode = Services::Checkout;
    in.impact = 2;
    in.urgency = 1;
    auto i = incidents.open(supervisor, in);
    REQUIRE_OK(i);
    REQUIRE(i->priority == 2);
    Evaluator evaluator(core);

    // Friday 16:52: 22 min of 30 -> below 75 % (22.5 min): nothing.
    setNow(at(2026, 3, 6, 16, 52));
    auto e1 = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(e1);
    CHECK(e1->escalations.isEmpty());
    CHECK(e1->operationId == 0);

    // Saturday 09:00 (closed all night): exactly 30 min elapsed, the target used up but not
    // exceeded: the warning (Friday 16:52:30) only.
    setNow(at(2026, 3, 7, 9, 0));
    auto atTarget = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(atTarget);
    REQUIRE(atTarget->escalations.size() == 1);
    CHECK(atTarget->escalations[0].level == QStringLiteral("warning"));
    CHECK(atTarget->escalations[0].reachedAt == at(2026, 3, 6, 16, 52, 30));
    // Saturday 09:05: breached; the breach is dated when the target was used up, Friday 17:00
    // (the close of service hours).
    setNow(at(2026, 3, 7, 9, 5));
    auto e2 = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(e2);
    REQUIRE(e2->escalations.size() == 1);
    CHECK(e2->escalations[0].clock == QStringLiteral("own"));
    CHECK(e2->escalations[0].level == QStringLiteral("breach"));
    CHECK(e2->escalations[0].reachedAt == at(2026, 3, 6, 17, 0));
    // Again: nothing new.
    auto e3 = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(e3);
    CHECK(e3->escalations.isEmpty());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_escalations WHERE incident_id = ?"), {i->id}) == 2);

    // Owned Saturday 09:10; pending from 10:00 until Monday 08:00; resolve clock: 30 min Fri +
    // 60 min Sat before pending.
    setNow(at(2026, 3, 7, 9, 10));
    REQUIRE(incidents.assign(supervisor, i->id, QStringLiteral("it:agus")).ok());
    IncidentUpdate pending;
    pending.status = QStringLiteral("pending");
    pending.pendingReason = QStringLiteral("supplier replaces the scanner");
    setNow(at(2026, 3, 7, 10, 0));
    REQUIRE(incidents.update(supervisor, i->id, pending).ok());
    setNow(at(2026, 3, 9, 8, 0));
    auto paused = incidents.show(supervisor, i->id);
    REQUIRE_OK(paused);
    CHECK(paused->clocks.own.stopped);
    CHECK(paused->clocks.own.elapsedMs == 30 * kMinute + 10 * kMinute);
    CHECK_FALSE(paused->clocks.own.met());
    CHECK(paused->clocks.resolve.elapsedMs == 90 * kMinute);
    CHECK_FALSE(paused->clocks.resolve.running);
    CHECK(paused->clocks.resolve.dueAt == 0);
    IncidentUpdate resume;
    resume.status = QStringLiteral("in_progress");
    REQUIRE(incidents.update(supervisor, i->id, resume).ok());
    auto running = incidents.show(supervisor, i->id);
    REQUIRE_OK(running);
    // 6.5 h left from Monday 08:00 -> Monday 14:30; warning at 6 h -> Monday 12:30.
    CHECK(running->clocks.resolve.dueAt == at(2026, 3, 9, 14, 30));
    setNow(at(2026, 3, 9, 13, 0));
    auto e4 = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(e4);
    REQUIRE(e4->escalations.size() == 1);
    CHECK(e4->escalations[0].clock == QStringLiteral("resolve"));
    CHECK(e4->escalations[0].level == QStringLiteral("warning"));
    CHECK(e4->escalations[0].reachedAt == at(2026, 3, 9, 12, 30));
    // Resolved in time at 14:00: no breach is ever recorded.
    setNow(at(2026, 3, 9, 14, 0));
    auto r = incidents.resolve(supervisor, i->id, QStringLiteral("scanner replaced"));
    REQUIRE_OK(r);
    auto done = incidents.show(supervisor, i->id);
    REQUIRE_OK(done);
    CHECK(done->clocks.resolve.met());
    CHECK(done->clocks.resolve.elapsedMs == 8 * kHour - 30 * kMinute);
    setNow(at(2026, 3, 10, 14, 0));
    REQUIRE(evaluator.evaluate(this->evaluator).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_escalations WHERE incident_id = ? AND clock = 'resolve' "
                               "AND level = 'breach'"),
                {i->id})
          == 0);
}

TEST_CASE_METHOD(ServiceFixture, "service requests use their own targets, and the matrix and targets are configurable",
                 "[db][service][incident]")
{
    Incidents incidents(core);
    NewIncident req;
    req.kind = QStringLiteral("request");
    req.title = QStringLiteral("New barcode scanner for desk 3");
    req.impact = 3;
    req.urgency = 3;
    auto r = incidents.open(librarian, req);
    REQUIRE_OK(r);
    auto d = incidents.show(supervisor, r->id);
    REQUIRE_OK(d);
    CHECK(d->target.kind == QStringLiteral("request"));
    CHECK(d->target.priority == 5);
    CHECK(d->target.ownMs == 16 * kHour);

    // Raise impact 3 x urgency 3 to priority 4; the edit is a standard change.
    REQUIRE(incidents.setPriority(supervisor, 3, 3, 4).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE kind = 'standard' AND entity = 'priority_matrix' AND "
                               "entity_key = '3x3' AND old_value = '5' AND new_value = '4'"))
          == 1);
    auto r2 = incidents.open(librarian, [&] {
        NewIncident x = req;
        x.title = QStringLiteral("Another request");
        return x;
    }());
    REQUIRE_OK(r2);
    CHECK(r2->priority == 4);
    CHECK(incidents.setPriority(librarian, 3, 3, 5).error().code == QStringLiteral("core.forbidden"));
    CHECK(incidents.setPriority(supervisor, 3, 3, 9).error().code == QStringLiteral("incident.bad_input"));

    IncidentTarget t{QStringLiteral("request"), 4, kHour, 10 * kHour, 8000};
    REQUIRE(incidents.setTarget(supervisor, t).ok());
    auto d2 = incidents.show(supervisor, r2->id);
    REQUIRE_OK(d2);
    CHECK(d2->target.resolveMs == 10 * kHour);
    t.ownMs = 20 * kHour; // longer than resolve
    CHECK(incidents.setTarget(supervisor, t).error().code == QStringLiteral("incident.bad_input"));
}

TEST_CASE_METHOD(ServiceFixture, "the hash chain catches a tampered record of a management action", "[db][service][verify]")
{
    Incidents incidents(core);
    auto i = incidents.open(librarian, printerJam());
    REQUIRE_OK(i);
    const qint64 opened = ServiceCore::lastOperationId();
    REQUIRE_OK(incidents.assign(supervisor, i->id, QStringLiteral("it:agus")));
    Verifier verifier(db());
    auto clean = verifier.run();
    REQUIRE_OK(clean);
    CHECK(clean->isEmpty());
    // Someone with access to the database file rewrites who reported the incident.
    if (db().isSqlite())
        REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operations_no_update")).ok());
    else
        REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operations_no_update ON operations")).ok());
    REQUIRE(db().execDirect(QStringLiteral("UPDATE operations SET actor = 'staff:nobody' WHERE id = %1").arg(opened)).ok());
    auto found = verifier.run();
    REQUIRE_OK(found);
    // The chain names the record; the trail's check names the dropped trigger.
    REQUIRE(found->size() == 2);
    CHECK(found->first().check == QStringLiteral("oplog.chain"));
    CHECK(found->first().problem.contains(QStringLiteral("(id %1) was changed").arg(opened)));
    CHECK(found->last().check == QStringLiteral("oplog.triggers"));
    CHECK(found->last().problem.contains(QStringLiteral("operations_no_update")));
}
