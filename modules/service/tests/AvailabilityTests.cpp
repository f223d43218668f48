#include "ServiceFixture.h"

#include "service/Availability.h"
#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/Metrics.h"
#include "service/MonthlyReport.h"
#include "service/Stations.h"

#include <QProcess>
#include <QStandardPaths>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

namespace {
const AvailabilityFigures *find(const QList<AvailabilityFigures> &list, const QString &code)
{
    for (const AvailabilityFigures &f : list)
        if (f.code == code)
            return &f;
    return nullptr;
}
} // namespace

TEST_CASE_METHOD(ServiceFixture, "availability with planned and unplanned downtime inside and outside service hours",
                 "[db][service][availability]")
{
    // Monday 2 March 2026. Checkout follows the library calendar (08:00-17:00 on Mondays) and is
    // provided by two desks sending a heartbeat every 10 min (grace 5 min).
    Stations stations(core);
    Changes changes(core);
    Incidents incidents(core);
    setNow(at(2026, 3, 1, 20, 0)); // Sunday evening
    QString tokens[2];
    for (int i = 0; i < 2; ++i) {
        NewStation s{QStringLiteral("desk-%1").arg(i + 1), QStringLiteral("desk"), {}, 600, 300, {}, {Services::Checkout}};
        auto r = stations.registerStation(supervisor, s);
        REQUIRE_OK(r);
        tokens[i] = r->second;
    }
    // Planned: desk-1 maintenance 13:00-14:00 (a change); checkout maintenance 16:00-18:00 (one
    // hour inside service hours, one after closing).
    auto deskChange = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Replace desk-1 scanner"), {}, QStringLiteral("low"), {}});
    REQUIRE_OK(deskChange);
    REQUIRE_OK(changes.approve(supervisor, deskChange->id));
    REQUIRE_OK(changes.schedule(supervisor, deskChange->id, {at(2026, 3, 2, 13), at(2026, 3, 2, 14), {}, {QStringLiteral("desk-1")}}));
    auto serviceChange = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Upgrade the checkout server"), {}, QStringLiteral("medium"), Services::Checkout});
    REQUIRE_OK(serviceChange);
    REQUIRE_OK(changes.approve(supervisor, serviceChange->id));
    REQUIRE_OK(changes.schedule(supervisor, serviceChange->id, {at(2026, 3, 2, 16), at(2026, 3, 2, 18), {Services::Checkout}, {}}));

    // Heartbeats. desk-1: silent 10:00-10:50 (outage 10:10-10:50) and during its maintenance
    // (12:50-14:00, outage 13:00-14:00, planned). desk-2: silent 10:20-11:30 (outage 10:30-11:30).
    auto beat = [&](int desk, int h, int m) {
        setNow(at(2026, 3, 2, h, m));
        REQUIRE_OK(stations.heartbeat(QStringLiteral("desk-%1").arg(desk), tokens[desk - 1]));
    };
    for (int minute = 7 * 60; minute <= 16 * 60 + 50; minute += 10) {
        const int h = minute / 60, m = minute % 60;
        if (!(minute > 10 * 60 && minute < 10 * 60 + 50) && !(minute > 12 * 60 + 50 && minute < 14 * 60))
            beat(1, h, m);
        if (!(minute > 10 * 60 + 20 && minute < 11 * 60 + 30))
            beat(2, h, m);
    }
    // Both silent at night (closed): no outage.
    // An outage declared on an incident, 11:00-11:20, and one at night that does not count.
    setNow(at(2026, 3, 2, 11, 5));
    NewIncident down;
    down.title = QStringLiteral("Checkout refuses every loan");
    down.serviceCode = Services::Checkout;
    down.outage = true;
    down.outageFromAt = at(2026, 3, 2, 11, 0);
    auto i1 = incidents.open(supervisor, down);
    REQUIRE_OK(i1);
    setNow(at(2026, 3, 2, 11, 20));
    REQUIRE_OK(incidents.resolve(supervisor, i1->id, QStringLiteral("restarted the server")));
    setNow(at(2026, 3, 2, 21, 0));
    NewIncident night = down;
    night.title = QStringLiteral("Checkout down during the night backup");
    night.outageFromAt = at(2026, 3, 2, 20, 0);
    auto i2 = incidents.open(supervisor, night);
    REQUIRE_OK(i2);
    REQUIRE_OK(incidents.resolve(supervisor, i2->id, QStringLiteral("backup finished")));

    setNow(at(2026, 3, 3, 7, 0));
    Availability availability(db());
    const qint64 from = at(2026, 3, 2, 0), to = at(2026, 3, 3, 0);

    SECTION("stations")
    {
        auto st = availability.stations(from, to, clock.nowMs());
        REQUIRE_OK(st);
        const AvailabilityFigures *d1 = find(*st, QStringLiteral("desk-1"));
        REQUIRE(d1);
        CHECK(d1->agreedMs == 9 * kHour);
        CHECK(d1->plannedMs == 1 * kHour);
        CHECK(d1->unplannedMs == 40 * kMinute);
        CHECK(d1->outages == 1);
        CHECK(d1->availabilityBp() == int(qint64(540 - 60 - 40) * 10000 / (540 - 60)));
        CHECK(d1->userPerceivedBp() == int(qint64(540 - 60 - 40) * 10000 / 540));
        CHECK(d1->outageIds.size() == 2); // both stored outages, one of them planned
        const AvailabilityFigures *d2 = find(*st, QStringLiteral("desk-2"));
        REQUIRE(d2);
        CHECK(d2->unplannedMs == 60 * kMinute);
        CHECK(d2->plannedMs == 0);
    }
    SECTION("the service they provide")
    {
        auto sv = availability.services(from, to, clock.nowMs());
        REQUIRE_OK(sv);
        const AvailabilityFigures *c = find(*sv, Services::Checkout);
        REQUIRE(c);
        CHECK(c->agreedMs == 9 * kHour);
        // 16:00-17:00 of the 16:00-18:00 window.
        CHECK(c->plannedMs == 1 * kHour);
        // Both desks down 10:30-10:50, and the declared outage 11:00-11:20; desk-1's planned
        // maintenance is no outage of checkout (desk-2 was up), the night outage is outside hours.
        CHECK(c->unplannedMs == 40 * kMinute);
        CHECK(c->outages == 2);
        CHECK(c->longestMs == 20 * kMinute);
        CHECK(c->availabilityBp() == 9166); // 440 / 480 min
        CHECK(c->userPerceivedBp() == 8148); // 440 / 540 min
        CHECK(c->mtrsMs() == 20 * kMinute);
        CHECK(c->mtbfMs() == 220 * kMinute);
        CHECK_FALSE(c->meetsObjective());
        // Both outage incidents were considered (evidence); only the day one counted.
        CHECK(c->incidentIds == QList<qint64>{i1->id, i2->id});
        CHECK(c->maintenanceIds.size() == 1);
        // A service without stations or outages, around the clock: all 24 h available.
        const AvailabilityFigures *s = find(*sv, Services::CatalogueSearch);
        REQUIRE(s);
        CHECK(s->agreedMs == 24 * kHour);
        CHECK(s->availabilityBp() == 10000);
        CHECK(s->outages == 0);
    }
    SECTION("the maintenance window refuses the service's operations, and ends with the change")
    {
        setNow(at(2026, 3, 4, 9, 0));
        auto late = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Database upgrade"), {}, QStringLiteral("high"), Services::Checkin});
        REQUIRE_OK(late);
        CHECK(changes.schedule(supervisor, late->id, {at(2026, 3, 4, 10), at(2026, 3, 4, 12), {Services::Checkin}, {}}).error().code
              == QStringLiteral("change.not_approved"));
        REQUIRE_OK(changes.approve(supervisor, late->id));
        REQUIRE_OK(changes.schedule(supervisor, late->id, {at(2026, 3, 4, 10), at(2026, 3, 4, 12), {Services::Checkin}, {}}));
        setNow(at(2026, 3, 4, 10, 30));
        REQUIRE_OK(changes.start(supervisor, late->id));
        Status refused = core.run(admin, {Services::Checkin, QStringLiteral("checkin"), {}}, [](OperationContext &) { return Status(); });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("core.service_maintenance"));
        setNow(at(2026, 3, 4, 11, 0));
        auto done = changes.finish(supervisor, late->id, QStringLiteral("success"), QStringLiteral("went well"));
        REQUIRE_OK(done);
        CHECK(done->outcome() == QStringLiteral("success"));
        CHECK(count(QStringLiteral("SELECT ends_at FROM maintenance_windows WHERE change_id = ?"), {late->id}) == at(2026, 3, 4, 11));
        REQUIRE(core.run(admin, {Services::Checkin, QStringLiteral("checkin"), {}}, [](OperationContext &) { return Status(); }).ok());
    }
}

TEST_CASE_METHOD(ServiceFixture, "a station silent right now is down up to now, the month is cut at now",
                 "[db][service][availability]")
{
    Stations stations(core);
    setNow(at(2026, 3, 2, 9, 0));
    auto r = stations.registerStation(supervisor, {QStringLiteral("server"), QStringLiteral("server"), {}, 60, 60, {}, {Services::CatalogueSearch}});
    REQUIRE_OK(r);
    CHECK(r->first.calendarCode == QStringLiteral("always")); // a server runs around the clock
    REQUIRE_OK(stations.heartbeat(QStringLiteral("server"), r->second));
    setNow(at(2026, 3, 2, 9, 30));
    auto list = stations.list(supervisor);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().state == QStringLiteral("down"));
    Availability availability(db());
    auto st = availability.stations(at(2026, 3, 2, 0), at(2026, 3, 3, 0), clock.nowMs());
    REQUIRE_OK(st);
    const AvailabilityFigures *s = find(*st, QStringLiteral("server"));
    REQUIRE(s);
    CHECK(s->agreedMs == 30 * kMinute);   // from registration to now
    CHECK(s->unplannedMs == 29 * kMinute); // down since the first missed beat, 09:01
    auto sv = availability.services(at(2026, 3, 2, 0), at(2026, 3, 3, 0), clock.nowMs());
    REQUIRE_OK(sv);
    const AvailabilityFigures *c = find(*sv, Services::CatalogueSearch);
    REQUIRE(c);
    CHECK(c->agreedMs == 9 * kHour + 30 * kMinute);
    // Before the station was registered it said nothing about the service; since 09:01 the
    // service's only provider is down.
    CHECK(c->unplannedMs == 29 * kMinute);
    CHECK(c->outages == 1);

    // The command line's view: availability of the month, up to now.
    MonthlyReport report(core);
    auto month = report.availability(supervisor, QStringLiteral("2026-03"));
    REQUIRE_OK(month);
    CHECK(month->value(QStringLiteral("frozen")).toBool() == false);
    CHECK(month->value(QStringLiteral("stations")).toArray().size() == 1);
    CHECK(report.availability(supervisor, QStringLiteral("2026-13")).error().code == QStringLiteral("report.bad_month"));
    CHECK(report.availability(supervisor, QStringLiteral("2026-04")).error().code == QStringLiteral("report.month_not_started"));
}

TEST_CASE_METHOD(ServiceFixture, "the /metrics gauges: availability, stations and open incidents in OpenMetrics text",
                 "[db][service][metrics]")
{
    Stations stations(core);
    Incidents incidents(core);
    setNow(at(2026, 3, 2, 9, 0));
    auto desk = stations.registerStation(supervisor, {QStringLiteral("desk-1"), QStringLiteral("desk"), {}, 60, 60, {}, {Services::Checkout}});
    REQUIRE_OK(desk);
    REQUIRE_OK(stations.heartbeat(QStringLiteral("desk-1"), desk->second));
    NewIncident big;
    big.title = QStringLiteral("Checkout down");
    big.serviceCode = Services::Checkout;
    big.impact = 1;
    big.urgency = 1;
    REQUIRE_OK(incidents.open(supervisor, big));
    // Desk silent from 09:01 (first missed beat) to 10:00: checkout down for 59 of its 120 minutes today.
    setNow(at(2026, 3, 2, 10, 0));
    auto text = openMetrics(db(), clock.nowMs());
    REQUIRE_OK(text);
    CHECK(text->contains(QStringLiteral("aksara_station_up{station=\"desk-1\",kind=\"desk\"} 0\n")));
    CHECK(text->contains(QStringLiteral("aksara_incidents_open{kind=\"incident\",priority=\"1\"} 1\n")));
    CHECK(text->contains(QStringLiteral("aksara_incidents_major_open 1\n")));
    CHECK(text->contains(QStringLiteral("aksara_service_availability_ratio{service=\"checkout\"} %1\n")
                             .arg(double(120 - 59) / 120.0, 0, 'g', 6)));
    CHECK(text->contains(QStringLiteral("aksara_service_availability_objective_ratio{service=\"checkout\"} 0.995\n")));
    CHECK(text->endsWith(QStringLiteral("# EOF\n")));
    const QString promtool = Test::requireTool("promtool", "prometheus");
    QProcess p;
    p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    REQUIRE(p.waitForStarted());
    p.write(text->toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    CHECK(p.exitCode() == 0);
}

TEST_CASE_METHOD(ServiceFixture, "a station registered at a branch says so and an unknown branch is refused", "[db][station]")
{
    insertThroughCore(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?) RETURNING id"),
                      {QStringLiteral("main"), QStringLiteral("Main")});
    Stations stations(core);
    NewStation in{QStringLiteral("desk-9"), QStringLiteral("desk"), QStringLiteral("Desk by the door"), 60, 120, {}, {}};
    in.branch = QStringLiteral("nowhere");
    auto refused = stations.registerStation(supervisor, in);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("station.unknown_branch"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM stations")) == 0);

    in.branch = QStringLiteral("main");
    auto r = stations.registerStation(supervisor, in);
    REQUIRE_OK(r);
    CHECK(r->first.branchCode == QStringLiteral("main"));
    CHECK(r->first.toJson().value(QStringLiteral("branch")).toString() == QStringLiteral("main"));
    // The heartbeat reads the token after the branch: it still checks the right one.
    CHECK(stations.heartbeat(QStringLiteral("desk-9"), r->second).ok());
    CHECK(stations.heartbeat(QStringLiteral("desk-9"), QStringLiteral("wrong")).error().code == QStringLiteral("station.bad_token"));
    auto listed = stations.list(supervisor);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().branchCode == QStringLiteral("main"));
    CHECK(listed->first().state == QStringLiteral("up"));
}
