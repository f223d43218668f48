// The live board on both engines: each service's health from the catalogue, maintenance windows,
// outage incidents, stations and recent figures; open incidents with their clocks, most urgent
// first; today's circulation.
#include "service/tests/ServiceFixture.h"

#include "reports/LiveBoard.h"
#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/ServiceCatalogue.h"
#include "service/Stations.h"

using namespace Aksara;
using namespace Aksara::Test;
using namespace Aksara::ServiceManagement;

namespace {
const Reports::ServiceHealth &healthOf(const Reports::BoardSnapshot &b, const QString &code)
{
    for (const auto &h : b.services)
        if (h.recent.service.code == code)
            return h;
    FAIL("no service " << code.toStdString());
    return b.services.first();
}
} // namespace

TEST_CASE_METHOD(ServiceFixture, "the live board: every service's health and why", "[reports][db]")
{
    // Monday 2 March 2026, 10:00 in Jakarta: the library is open.
    setNow(at(2026, 3, 2, 10, 0));
    Reports::LiveBoard board(core);

    SECTION("a quiet library: everything up, nothing open")
    {
        auto b = board.snapshot(supervisor);
        REQUIRE_OK(b);
        CHECK(b->atMs == at(2026, 3, 2, 10, 0));
        CHECK(b->services.size() == count(QStringLiteral("SELECT COUNT(*) FROM services")));
        for (const auto &h : std::as_const(b->services)) {
            INFO(h.recent.service.code.toStdString());
            CHECK(h.health == Reports::Health::Up);
            CHECK(h.reasons.isEmpty());
        }
        CHECK(b->incidents.isEmpty());
        CHECK(b->stations.isEmpty());
        CHECK(b->today.loans == 0);
        CHECK(b->today.from == QDate(2026, 3, 2));
    }

    SECTION("failures, an outage, maintenance, a closed service and a silent station")
    {
        // Checkout: 3 of 10 operations failed in this hour (objective 99.9 %): degraded.
        for (int i = 0; i < 7; ++i)
            operation(Services::Checkout, Outcome::Ok);
        for (int i = 0; i < 3; ++i)
            operation(Services::Checkout, Outcome::Failed, 1000, QStringLiteral("storage.unavailable"));
        // Renewal: answered, but slowly (threshold 500 ms, target 95 %): degraded.
        for (int i = 0; i < 4; ++i)
            operation(Services::Renewal, Outcome::Ok, 900 * 1000);
        // Catalogue search: an outage incident is open: down.
        Incidents incidents(core);
        NewIncident outage;
        outage.title = QStringLiteral("Search index corrupt");
        outage.serviceCode = Services::CatalogueSearch;
        outage.outage = true;
        outage.impact = 1;
        outage.urgency = 1;
        auto o = incidents.open(supervisor, outage);
        REQUIRE_OK(o);
        // Holds: in maintenance in the catalogue; fees: closed by a supervisor.
        ServiceCatalogue catalogue(core);
        CatalogueEdit maintenance;
        maintenance.state = QStringLiteral("maintenance");
        maintenance.stateReason = QStringLiteral("Moving the hold shelf");
        REQUIRE_OK(catalogue.edit(supervisor, Services::Holds, maintenance));
        CatalogueEdit closed;
        closed.state = QStringLiteral("closed");
        closed.stateReason = QStringLiteral("Cash desk audit");
        REQUIRE_OK(catalogue.edit(supervisor, Services::Fees, closed));
        // SRU: provided by one server, silent for longer than period + grace.
        Stations stations(core);
        auto server = stations.registerStation(supervisor, {QStringLiteral("server-1"), QStringLiteral("server"), {}, 60, 60,
                                                            {}, {Services::Sru}});
        REQUIRE_OK(server);
        REQUIRE_OK(stations.heartbeat(QStringLiteral("server-1"), server->second));
        // Collection lookup: a planned maintenance window running now (from a change).
        Changes changes(core);
        auto change = changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Reindex shelves"), {},
                                                   QStringLiteral("low"), Services::CollectionLookup});
        REQUIRE_OK(change);
        REQUIRE_OK(changes.approve(supervisor, change->id));
        REQUIRE_OK(changes.schedule(supervisor, change->id,
                                    {at(2026, 3, 2, 10, 0), at(2026, 3, 2, 12, 0), {Services::CollectionLookup}, {}}));
        setNow(at(2026, 3, 2, 10, 5));

        auto b = board.snapshot(supervisor);
        REQUIRE_OK(b);
        const auto &checkout = healthOf(*b, Services::Checkout);
        CHECK(checkout.health == Reports::Health::Degraded);
        CHECK(checkout.recent.failed == 3);
        CHECK(checkout.today.total() == 10);
        REQUIRE_FALSE(checkout.reasons.isEmpty());
        CHECK(checkout.reasons.first().contains(QStringLiteral("70.00")));
        CHECK(healthOf(*b, Services::Renewal).health == Reports::Health::Degraded);
        const auto &search = healthOf(*b, Services::CatalogueSearch);
        CHECK(search.health == Reports::Health::Down);
        CHECK(search.reasons.join(QString()).contains(QString::number(o->id)));
        CHECK(healthOf(*b, Services::Holds).health == Reports::Health::Maintenance);
        CHECK(healthOf(*b, Services::Holds).reasons == QStringList{QStringLiteral("Moving the hold shelf")});
        CHECK(healthOf(*b, Services::CollectionLookup).health == Reports::Health::Maintenance);
        CHECK(healthOf(*b, Services::Fees).health == Reports::Health::Closed);
        CHECK(healthOf(*b, Services::Sru).health == Reports::Health::Down);
        CHECK(healthOf(*b, Services::Checkin).health == Reports::Health::Up);
        REQUIRE(b->stations.size() == 1);
        CHECK(b->stations.first().state == QStringLiteral("down"));

        // The server answers again: SRU is up; the outage incident resolved: search is up again
        // (no failures, no priority 1-2 incident left open).
        REQUIRE_OK(stations.heartbeat(QStringLiteral("server-1"), server->second));
        REQUIRE_OK(incidents.resolve(supervisor, o->id, QStringLiteral("Index rebuilt")));
        setNow(at(2026, 3, 2, 10, 6));
        auto again = board.snapshot(supervisor);
        REQUIRE_OK(again);
        CHECK(healthOf(*again, Services::Sru).health == Reports::Health::Up);
        CHECK(healthOf(*again, Services::CatalogueSearch).health == Reports::Health::Up);
        CHECK(again->stations.first().state == QStringLiteral("up"));
    }

    SECTION("open incidents: breached first, then warnings, then by priority")
    {
        Incidents incidents(core);
        auto make = [&](const QString &title, int impact, int urgency) {
            NewIncident in;
            in.title = title;
            in.serviceCode = Services::Sru; // around the clock
            in.impact = impact;
            in.urgency = urgency;
            auto r = incidents.open(supervisor, in);
            REQUIRE_OK(r);
            return r->id;
        };
        const qint64 p3 = make(QStringLiteral("SRU answers slowly"), 2, 2);     // own target 2 h
        const qint64 p1 = make(QStringLiteral("SRU refuses every request"), 1, 1); // own target 15 min
        setNow(at(2026, 3, 2, 11, 40)); // 100 min: P1 breached (15 min), P3 at 83 % of 2 h: warning
        const qint64 p2 = make(QStringLiteral("SRU explain is wrong"), 1, 2);   // fresh
        REQUIRE_OK(incidents.resolve(supervisor, make(QStringLiteral("Already fixed"), 3, 3), QStringLiteral("done")));

        auto b = board.snapshot(supervisor);
        REQUIRE_OK(b);
        REQUIRE(b->incidents.size() == 3); // the resolved one is not open
        CHECK(b->incidents[0].incident.id == p1);
        CHECK(b->incidents[0].attention() == QStringLiteral("breach"));
        CHECK(b->incidents[0].clocks.own.breached());
        CHECK(b->incidents[1].incident.id == p3);
        CHECK(b->incidents[1].attention() == QStringLiteral("warning"));
        CHECK(b->incidents[2].incident.id == p2);
        CHECK(b->incidents[2].attention() == QStringLiteral("ok"));
        // Priority 1 and 2 incidents make the service degraded.
        CHECK(healthOf(*b, Services::Sru).health == Reports::Health::Degraded);
        CHECK(healthOf(*b, Services::Sru).openIncidents == 3);
    }

    SECTION("only a caller with report.view sees the board")
    {
        auto b = board.snapshot(librarian);
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().code == QStringLiteral("core.forbidden"));
        auto staff = Reports::assignableStaff(core, librarian);
        REQUIRE_FALSE(staff.ok());
        CHECK(staff.error().code == QStringLiteral("core.forbidden"));
        auto info = Reports::libraryInfo(core, supervisor);
        REQUIRE_OK(info);
        CHECK(info->zone.id() == QByteArrayLiteral("Asia/Jakarta"));
    }
}
