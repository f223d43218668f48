#include "ServiceFixture.h"

#include "service/IncidentClock.h"
#include "service/Intervals.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

namespace {
// The library calendar as seeded: Monday-Friday 08:00-17:00, Saturday 09:00-14:00, Sunday closed.
Calendar seededLike()
{
    Calendar c(kJakarta);
    for (int wd = 1; wd <= 5; ++wd)
        c.addHours(wd, QTime(8, 0), QTime(17, 0));
    c.addHours(6, QTime(9, 0), QTime(14, 0));
    return c;
}
} // namespace

TEST_CASE_METHOD(ServiceFixture, "service-hours arithmetic on the stored library calendar across closing, weekend and holiday",
                 "[db][service][calendar]")
{
    addHoliday(QStringLiteral("2026-03-20"), QStringLiteral("Hari Raya Idul Fitri"));
    auto c = calendarOrAlways(db(), libraryCalendarId(db()));
    REQUIRE(c.ok());
    // Active time between two instants.
    CHECK(c->openMsBetween(at(2026, 3, 2, 16), at(2026, 3, 3, 9)) == 2 * kHour);          // over the night
    CHECK(c->openMsBetween(at(2026, 3, 6, 16), at(2026, 3, 9, 9)) == 7 * kHour);          // Fri 1 h + Sat 5 h + Mon 1 h
    CHECK(c->openMsBetween(at(2026, 3, 19, 16), at(2026, 3, 21, 10)) == 2 * kHour);       // the holiday counts nothing
    CHECK(c->openMsBetween(at(2026, 3, 8, 10), at(2026, 3, 8, 16)) == 0);                 // Sunday
    CHECK(c->openMsBetween(at(2026, 3, 2, 8, 0, 30), at(2026, 3, 2, 8, 1)) == 30 * 1000);  // seconds
    // A due time after N active seconds.
    CHECK(c->addOpenMs(at(2026, 3, 2, 16, 30), 1 * kHour) == at(2026, 3, 3, 8, 30));     // over the night
    CHECK(c->addOpenMs(at(2026, 3, 7, 13), 2 * kHour) == at(2026, 3, 9, 9));             // Sat 1 h, Sunday, Mon 1 h
    CHECK(c->addOpenMs(at(2026, 3, 19, 16), 2 * kHour) == at(2026, 3, 21, 10));          // over the holiday
    CHECK(c->addOpenMs(at(2026, 3, 8, 12), 90 * 1000) == at(2026, 3, 9, 8, 1, 30));      // started on a Sunday
    // And back: the active time up to the due time is exactly N.
    const qint64 due = c->addOpenMs(at(2026, 3, 6, 15, 17), 11 * kHour + 7 * 1000);
    CHECK(c->openMsBetween(at(2026, 3, 6, 15, 17), due) == 11 * kHour + 7 * 1000);
    // The service-hour intervals of a window.
    const Intervals hours = serviceHours(*c, at(2026, 3, 19, 0), at(2026, 3, 23, 0));
    CHECK(hours == Intervals{{at(2026, 3, 19, 8), at(2026, 3, 19, 17)}, {at(2026, 3, 21, 9), at(2026, 3, 21, 14)}});
}

TEST_CASE("time to own and time to resolve count service hours and pause while pending", "[service][clock]")
{
    const Calendar c = seededLike();
    // Opened Friday 16:00; owned Friday 16:20; pending (waiting on the supplier) Friday 16:50 to
    // Monday 10:00; resolved Monday 11:30.
    const QList<StatusChange> timeline{{at(2026, 3, 6, 16), QStringLiteral("new")},
                                       {at(2026, 3, 6, 16, 20), QStringLiteral("assigned")},
                                       {at(2026, 3, 6, 16, 50), QStringLiteral("pending")},
                                       {at(2026, 3, 9, 10), QStringLiteral("in_progress")},
                                       {at(2026, 3, 9, 11, 30), QStringLiteral("resolved")}};
    const qint64 own = 30 * kMinute, resolve = 4 * kHour;

    SECTION("after resolution")
    {
        const IncidentClocks k = computeClocks(timeline, c, own, resolve, at(2026, 3, 10, 12));
        CHECK(k.own.stopped);
        CHECK(k.own.elapsedMs == 20 * kMinute);
        CHECK(k.own.met());
        CHECK(k.own.warningAt == 0); // 22.5 min never reached
        // 50 min on Friday + 1.5 h on Monday; the pending Saturday does not count.
        CHECK(k.resolve.stopped);
        CHECK(k.resolve.stoppedAt == at(2026, 3, 9, 11, 30));
        CHECK(k.resolve.elapsedMs == 50 * kMinute + 90 * kMinute);
        CHECK(k.resolve.met());
        CHECK(k.resolve.warningAt == 0);
    }
    SECTION("while pending the clock stands still")
    {
        const IncidentClocks sat = computeClocks(timeline, c, own, resolve, at(2026, 3, 7, 12));
        const IncidentClocks mon = computeClocks(timeline, c, own, resolve, at(2026, 3, 9, 9, 59));
        CHECK_FALSE(sat.resolve.running);
        CHECK(sat.resolve.elapsedMs == 50 * kMinute);
        CHECK(mon.resolve.elapsedMs == 50 * kMinute);
        CHECK(mon.resolve.dueAt == 0);
        // Running again on Monday: due after the 3 h 10 min left.
        const IncidentClocks later = computeClocks(timeline, c, own, resolve, at(2026, 3, 9, 10, 30));
        CHECK(later.resolve.running);
        CHECK(later.resolve.elapsedMs == 80 * kMinute);
        CHECK(later.resolve.dueAt == at(2026, 3, 9, 13, 10));
    }
    SECTION("warning at 75 % and breach at 100 % land on service-hour instants")
    {
        // The same incident with nobody owning it: own target 30 min -> warning after 22.5 min.
        const QList<StatusChange> unowned{{at(2026, 3, 6, 16, 45), QStringLiteral("new")}};
        const IncidentClocks k = computeClocks(unowned, c, own, resolve, at(2026, 3, 9, 12));
        CHECK_FALSE(k.own.stopped);
        CHECK(k.own.warningAt == at(2026, 3, 7, 9, 7, 30)); // 15 min Friday + 7.5 min Saturday
        CHECK(k.own.breachAt == at(2026, 3, 7, 9, 15));
        CHECK(k.own.breached());
        // Resolve: 4 h = 15 min Fri + 5 h Sat > 4 h -> breach Saturday 12:45, warning 3 h -> Sat 11:45.
        CHECK(k.resolve.warningAt == at(2026, 3, 7, 11, 45));
        CHECK(k.resolve.breachAt == at(2026, 3, 7, 12, 45));
        CHECK(k.resolve.dueAt == k.resolve.breachAt);
    }
    SECTION("a reopened incident continues its clock")
    {
        QList<StatusChange> reopened = timeline;
        reopened << StatusChange{at(2026, 3, 9, 14), QStringLiteral("in_progress")}
                 << StatusChange{at(2026, 3, 9, 16), QStringLiteral("resolved")};
        const IncidentClocks k = computeClocks(reopened, c, own, resolve, at(2026, 3, 10, 9));
        // 2 h 20 min before + 2 h after the reopening: breached at Monday 15:40.
        CHECK(k.resolve.elapsedMs == 140 * kMinute + 120 * kMinute);
        CHECK(k.resolve.breachAt == at(2026, 3, 9, 15, 40));
        CHECK(k.resolve.stoppedAt == at(2026, 3, 9, 16));
        CHECK_FALSE(k.resolve.met());
    }
}
