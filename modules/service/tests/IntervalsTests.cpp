#include "ServiceFixture.h"

#include "core/ServiceLevels.h"
#include "service/Availability.h"
#include "service/Intervals.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

TEST_CASE("interval arithmetic: normalise, unite, intersect, subtract", "[service][intervals]")
{
    const Intervals a{{10, 20}, {15, 30}, {40, 50}, {50, 55}, {60, 60}};
    CHECK(normalised(a) == Intervals{{10, 30}, {40, 55}});
    CHECK(intersect(a, Intervals{{25, 45}}) == Intervals{{25, 30}, {40, 45}});
    CHECK(subtract(a, Intervals{{12, 14}, {28, 42}, {54, 100}}) == Intervals{{10, 12}, {14, 28}, {42, 54}});
    CHECK(subtract(Intervals{{0, 10}}, Intervals{{0, 10}}).isEmpty());
    CHECK(unite(Intervals{{0, 5}}, Intervals{{5, 9}}) == Intervals{{0, 9}});
    CHECK(totalLength(normalised(a)) == 35);
    CHECK(totalLength(a) == 40); // as given, overlaps counted twice
    CHECK(clip(a, 18, 45) == Intervals{{18, 30}, {40, 45}});
}

TEST_CASE("availability arithmetic counts only service hours, planned before unplanned", "[service][availability]")
{
    // Service hours 08:00-17:00 on two days; instants in hours from a day's midnight.
    const qint64 H = kHour;
    const Intervals hours{{8 * H, 17 * H}, {32 * H, 41 * H}};
    // Planned maintenance 16:00-18:00 (one hour inside service hours), an outage 12:00-13:00 inside
    // hours, one from 20:00 to 09:00 the next day (one hour inside), one overlapping the maintenance
    // (planned wins) and one entirely at night (not counted).
    const Intervals planned{{16 * H, 18 * H}};
    const Intervals unplanned{{12 * H, 13 * H}, {20 * H, 33 * H}, {15 * H + 30 * kMinute, 17 * H}, {26 * H, 27 * H}};
    const AvailabilityFigures f = Availability::figures(hours, planned, unplanned);
    CHECK(f.agreedMs == 18 * H);
    CHECK(f.plannedMs == 1 * H);
    // 1 h (12-13) + 0.5 h (15:30-16:00, the rest is planned) + 1 h (next day 08-09).
    CHECK(f.unplannedMs == 2 * H + 30 * kMinute);
    CHECK(f.outages == 3);
    CHECK(f.longestMs == 1 * H);
    CHECK(f.availabilityBp() == int((f.agreedMs - f.plannedMs - f.unplannedMs) * 10000 / (f.agreedMs - f.plannedMs)));
    CHECK(f.availabilityBp() == 8529); // 14.5 / 17
    CHECK(f.userPerceivedBp() == 8055); // 14.5 / 18
    CHECK(f.mtrsMs() == (2 * H + 30 * kMinute) / 3);
    CHECK(f.mtbfMs() == (14 * H + 30 * kMinute) / 3);

    const AvailabilityFigures none = Availability::figures(hours, {}, {});
    CHECK(none.availabilityBp() == 10000);
    CHECK(none.outages == 0);
    CHECK(none.mtrsMs() == -1);
    CHECK(Availability::figures({}, {}, {}).availabilityBp() == -1);
}

TEST_CASE("live service figures carry the error-budget burn rate", "[service][levels]")
{
    ServiceFigures f;
    f.service.successObjectiveBp = 9990; // budget 0.1 %
    CHECK(f.burnRate() == -1.0);
    f.ok = 980;
    f.failed = 20; // 2 % failing: 20 times as fast as the budget allows
    f.refused = 500; // refusals do not count
    CHECK(f.burnRate() == Approx(20.0));
    CHECK(f.toJson().value(QStringLiteral("burn_rate")).toDouble() == Approx(20.0));
    f.service.successObjectiveBp = 10000;
    CHECK(f.burnRate() == -1.0);
}
