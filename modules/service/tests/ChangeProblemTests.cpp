#include "ServiceFixture.h"

#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/Problems.h"
#include "service/ServiceCatalogue.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

TEST_CASE_METHOD(ServiceFixture, "changes: normal changes need approval, emergency ones may be approved afterwards",
                 "[db][service][changes]")
{
    Changes changes(core);
    setNow(at(2026, 3, 2, 9));
    auto normal = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Move the kiosk"), {}, QStringLiteral("low"), {}});
    REQUIRE_OK(normal);
    CHECK(normal->status == QStringLiteral("requested"));
    CHECK(changes.start(supervisor, normal->id).error().code == QStringLiteral("change.not_approved"));
    CHECK(changes.finish(supervisor, normal->id, QStringLiteral("success")).error().code == QStringLiteral("change.bad_transition"));
    CHECK(changes.reject(supervisor, normal->id, {}).error().code == QStringLiteral("change.bad_input"));
    REQUIRE_OK(changes.approve(supervisor, normal->id));
    REQUIRE_OK(changes.start(supervisor, normal->id));
    CHECK(changes.finish(supervisor, normal->id, QStringLiteral("so-so")).error().code == QStringLiteral("change.bad_input"));
    clock.advanceMs(kHour);
    auto rolledBack = changes.finish(supervisor, normal->id, QStringLiteral("rolled_back"), QStringLiteral("the cable was too short"));
    REQUIRE_OK(rolledBack);
    CHECK(rolledBack->outcome() == QStringLiteral("rolled_back"));
    CHECK(rolledBack->actualEndAt == clock.nowMs());
    auto shown = changes.show(supervisor, normal->id);
    REQUIRE_OK(shown);
    QStringList path;
    for (const ChangeEvent &e : shown->second)
        path << e.toStatus;
    CHECK(path == QStringList{QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("in_progress"),
                              QStringLiteral("rolled_back")});

    auto emergency = changes.request(supervisor, {QStringLiteral("emergency"), QStringLiteral("Patch the SIP2 server"), {}, QStringLiteral("high"), Services::Sip2});
    REQUIRE_OK(emergency);
    REQUIRE_OK(changes.start(supervisor, emergency->id));
    REQUIRE_OK(changes.finish(supervisor, emergency->id, QStringLiteral("success")));
    auto approvedAfter = changes.approve(supervisor, emergency->id, QStringLiteral("approved by the ECAB afterwards"));
    REQUIRE_OK(approvedAfter);
    CHECK(approvedAfter->status == QStringLiteral("completed"));
    CHECK(approvedAfter->approvedBy == QStringLiteral("staff:rina"));
    CHECK(changes.approve(supervisor, emergency->id).error().code == QStringLiteral("change.bad_transition"));

    CHECK(changes.request(supervisor, {QStringLiteral("risky"), QStringLiteral("x"), {}, QStringLiteral("low"), {}}).error().code
          == QStringLiteral("change.bad_input"));
    CHECK(changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral(" "), {}, QStringLiteral("low"), {}}).error().code
          == QStringLiteral("change.bad_input"));
    CHECK(changes.request(librarian, {QStringLiteral("normal"), QStringLiteral("x"), {}, QStringLiteral("low"), {}}).error().code
          == QStringLiteral("core.forbidden"));
    CHECK(changes.approve(supervisor, 424242).error().code == QStringLiteral("change.not_found"));
}

TEST_CASE_METHOD(ServiceFixture, "service catalogue edits are standard changes, bad edits change nothing",
                 "[db][service][catalogue]")
{
    ServiceCatalogue catalogue(core);
    CatalogueEdit e;
    e.latencyThresholdMs = 400;
    e.owner = QStringLiteral("Ibu Sari, head of circulation");
    auto r = catalogue.edit(supervisor, Services::Checkout, e);
    REQUIRE_OK(r);
    CHECK(r->first.latencyThresholdMs == 400);
    CHECK(r->second.size() == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE kind = 'standard' AND status = 'completed' AND entity = 'service' "
                               "AND entity_key = 'checkout.latency_threshold_ms' AND old_value = '500' AND new_value = '400'"))
          == 1);
    // The core uses the new threshold at once.
    CHECK(core.service(Services::Checkout)->latencyThresholdMs == 400);

    const qint64 changesBefore = count(QStringLiteral("SELECT COUNT(*) FROM changes"));
    CatalogueEdit bad;
    bad.successObjectiveBp = 12000;
    CHECK(catalogue.edit(supervisor, Services::Checkout, bad).error().code == QStringLiteral("service.bad_input"));
    CatalogueEdit noCalendar;
    noCalendar.calendar = QStringLiteral("mars");
    CHECK(catalogue.edit(supervisor, Services::Checkout, noCalendar).error().code == QStringLiteral("calendar.unknown"));
    CHECK(catalogue.edit(supervisor, QStringLiteral("nope"), e).error().code == QStringLiteral("service.unknown"));
    CHECK(catalogue.edit(supervisor, Services::Checkout, CatalogueEdit{}).error().code == QStringLiteral("service.bad_input"));
    CHECK(catalogue.edit(librarian, Services::Checkout, e).error().code == QStringLiteral("core.forbidden"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes")) == changesBefore);

    // Around the clock, then maintenance: the core refuses the service's operations.
    CatalogueEdit hours;
    hours.calendar = QStringLiteral("always");
    hours.state = QStringLiteral("maintenance");
    hours.stateReason = QStringLiteral("moving to the new building");
    REQUIRE_OK(catalogue.edit(supervisor, Services::Renewal, hours));
    CHECK(core.service(Services::Renewal)->hoursCalendarId == 0);
    Status st = core.run(admin, {Services::Renewal, QStringLiteral("renew"), {}}, [](OperationContext &) { return Status(); });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("core.service_maintenance"));
}

TEST_CASE_METHOD(ServiceFixture, "problems: suggested from trends, known errors, fixed by a change, closed after a recurrence check",
                 "[db][service][problems]")
{
    Incidents incidents(core);
    Problems problems(core);
    Changes changes(core);
    // Three automatic incidents of the same error code on checkin, resolved one after the other.
    QList<qint64> ids;
    for (int day = 2; day <= 4; ++day) {
        setNow(at(2026, 3, day, 10));
        operation(Services::Checkin, Outcome::Failed, 1000, QStringLiteral("storage.locked"));
        const qint64 id = count(QStringLiteral("SELECT MAX(id) FROM incidents"));
        ids << id;
        setNow(at(2026, 3, day, 11));
        REQUIRE_OK(incidents.resolve(supervisor, id, QStringLiteral("restarted")));
    }
    setNow(at(2026, 3, 5, 9));
    auto suggestions = problems.suggest(supervisor);
    REQUIRE_OK(suggestions);
    bool byCode = false;
    for (const ProblemSuggestion &s : *suggestions)
        if (s.basis == QLatin1String("error_code") && s.value == QLatin1String("storage.locked"))
            byCode = s.incidents == ids;
    CHECK(byCode);

    auto p = problems.open(supervisor, {QStringLiteral("Checkin fails with storage.locked"), {}, Services::Checkin, ids});
    REQUIRE_OK(p);
    CHECK(p->incidents == ids);
    // Linked incidents drop out of the suggestions; an incident belongs to one problem.
    auto after = problems.suggest(supervisor);
    REQUIRE_OK(after);
    for (const ProblemSuggestion &s : *after)
        CHECK_FALSE(s.value == QLatin1String("storage.locked"));
    auto other = problems.open(supervisor, {QStringLiteral("dup"), {}, {}, {ids.first()}});
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == QStringLiteral("problem.incident_linked"));

    ProblemUpdate known;
    known.status = QStringLiteral("known_error");
    CHECK(problems.update(supervisor, p->id, known).error().code == QStringLiteral("problem.needs_analysis"));
    known.rootCause = QStringLiteral("The nightly backup locks the database file");
    known.workaround = QStringLiteral("Retry the checkin after a minute");
    auto k = problems.update(supervisor, p->id, known);
    REQUIRE_OK(k);
    auto list = problems.knownErrors(librarian);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().workaround == QStringLiteral("Retry the checkin after a minute"));

    ProblemUpdate resolve;
    resolve.status = QStringLiteral("resolved");
    CHECK(problems.update(supervisor, p->id, resolve).error().code == QStringLiteral("problem.needs_fix"));
    auto fix = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Move the backup to 02:00"), {}, QStringLiteral("low"), Services::Checkin});
    REQUIRE_OK(fix);
    resolve.fixChangeId = fix->id;
    CHECK(problems.update(supervisor, p->id, resolve).error().code == QStringLiteral("problem.needs_fix")); // not completed yet
    REQUIRE_OK(changes.approve(supervisor, fix->id));
    REQUIRE_OK(changes.start(supervisor, fix->id));
    setNow(at(2026, 3, 5, 10));
    REQUIRE_OK(changes.finish(supervisor, fix->id, QStringLiteral("success")));
    REQUIRE_OK(problems.update(supervisor, p->id, resolve));

    ProblemUpdate close;
    close.status = QStringLiteral("closed");
    CHECK(problems.update(supervisor, p->id, close).error().code == QStringLiteral("problem.needs_recurrence_check"));

    SECTION("the fault recurs after the fix: the problem stays open")
    {
        setNow(at(2026, 3, 6, 10));
        operation(Services::Checkin, Outcome::Failed, 1000, QStringLiteral("storage.locked"));
        auto check = problems.checkRecurrence(supervisor, p->id);
        REQUIRE_OK(check);
        CHECK(check->recurrences.size() == 1);
        CHECK(problems.update(supervisor, p->id, close).error().code == QStringLiteral("problem.recurred"));
    }
    SECTION("no recurrence: closed")
    {
        setNow(at(2026, 3, 12, 10));
        operation(Services::Checkin, Outcome::Failed, 1000, QStringLiteral("storage.full")); // another fault
        auto check = problems.checkRecurrence(supervisor, p->id);
        REQUIRE_OK(check);
        CHECK(check->recurrences.isEmpty());
        auto closed = problems.update(supervisor, p->id, close);
        REQUIRE_OK(closed);
        CHECK(closed->status == QStringLiteral("closed"));
        CHECK(closed->closedAt == clock.nowMs());
    }
}
