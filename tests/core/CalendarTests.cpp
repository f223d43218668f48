#include "CoreFixture.h"

#include "core/Calendar.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
const QTimeZone kJakarta(QByteArrayLiteral("Asia/Jakarta"));

qint64 at(int y, int m, int d, int hh, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), kJakarta).toMSecsSinceEpoch();
}

// Monday to Friday 08:00-12:00 and 13:00-17:00 (lunch break), Saturday 09:00-14:00, Sunday closed;
// 17 August (Independence Day) every year and 2026-03-20 (Idul Fitri, one-off) closed.
Calendar library()
{
    Calendar c(kJakarta);
    for (int wd = 1; wd <= 5; ++wd) {
        c.addHours(wd, QTime(8, 0), QTime(12, 0));
        c.addHours(wd, QTime(13, 0), QTime(17, 0));
    }
    c.addHours(6, QTime(9, 0), QTime(14, 0));
    c.addHoliday(QDate(2020, 8, 17), true);
    c.addHoliday(QDate(2026, 3, 20), false);
    return c;
}
constexpr qint64 H = 3600 * 1000;
} // namespace

TEST_CASE("open days skip weekends and holidays, yearly and one-off", "[calendar]")
{
    const Calendar c = library();
    CHECK(c.isOpenDay(QDate(2026, 3, 19)));       // Thursday
    CHECK_FALSE(c.isOpenDay(QDate(2026, 3, 20))); // Friday, Idul Fitri
    CHECK(c.isOpenDay(QDate(2026, 3, 21)));       // Saturday
    CHECK_FALSE(c.isOpenDay(QDate(2026, 3, 22))); // Sunday
    CHECK_FALSE(c.isOpenDay(QDate(2027, 8, 17))); // yearly
    CHECK(c.isOpenDay(QDate(2027, 3, 19)));       // the one-off does not repeat
    CHECK(c.nextOpenDay(QDate(2026, 3, 20)) == QDate(2026, 3, 21));
    CHECK(c.nextOpenDay(QDate(2026, 3, 22)) == QDate(2026, 3, 23));
}

TEST_CASE("open time between two instants counts only service hours", "[calendar]")
{
    const Calendar c = library();
    // Within one morning.
    CHECK(c.openMsBetween(at(2026, 3, 2, 9), at(2026, 3, 2, 11)) == 2 * H);
    // Across the lunch break.
    CHECK(c.openMsBetween(at(2026, 3, 2, 11), at(2026, 3, 2, 14)) == 2 * H);
    // Before opening to after closing.
    CHECK(c.openMsBetween(at(2026, 3, 2, 6), at(2026, 3, 2, 20)) == 8 * H);
    // Friday 16:00 to Monday 09:00: 1 h Friday + 5 h Saturday + 0 Sunday + 1 h Monday.
    CHECK(c.openMsBetween(at(2026, 3, 6, 16), at(2026, 3, 9, 9)) == 7 * H);
    // Over the holiday: Thursday 16:00 to Saturday 10:00 = 1 h + 0 + 1 h.
    CHECK(c.openMsBetween(at(2026, 3, 19, 16), at(2026, 3, 21, 10)) == 2 * H);
    CHECK(c.openMsBetween(at(2026, 3, 2, 10), at(2026, 3, 2, 9)) == 0);
}

TEST_CASE("a due time after N open hours lands inside service hours", "[calendar]")
{
    const Calendar c = library();
    // 4 open hours from Friday 15:00: 2 h Friday, 2 h Saturday -> Saturday 11:00.
    CHECK(c.addOpenMs(at(2026, 3, 6, 15), 4 * H) == at(2026, 3, 7, 11));
    // Started while closed (Sunday): the clock starts on Monday morning.
    CHECK(c.addOpenMs(at(2026, 3, 8, 10), 1 * H) == at(2026, 3, 9, 9));
    // Exactly to the end of the morning, then over lunch.
    CHECK(c.addOpenMs(at(2026, 3, 2, 11), 1 * H) == at(2026, 3, 2, 12));
    CHECK(c.addOpenMs(at(2026, 3, 2, 11), 2 * H) == at(2026, 3, 2, 14));
    // Over the one-off holiday.
    CHECK(c.addOpenMs(at(2026, 3, 19, 16), 2 * H) == at(2026, 3, 21, 10));
    CHECK(c.isOpenAt(at(2026, 3, 2, 12, 30)) == false);
    CHECK(c.isOpenAt(at(2026, 3, 2, 13, 0)) == true);
}

TEST_CASE("around the clock", "[calendar]")
{
    const Calendar c = Calendar::alwaysOpen(kJakarta);
    CHECK(c.openMsBetween(at(2026, 3, 6, 16), at(2026, 3, 9, 9)) == 65 * H);
    CHECK(c.addOpenMs(at(2026, 3, 6, 16), 10 * H) == at(2026, 3, 7, 2));
}

TEST_CASE_METHOD(CoreFixture, "the seeded library calendar loads from the database", "[db][calendar]")
{
    auto c = Calendar::loadByCode(db(), QStringLiteral("library"));
    REQUIRE(c.ok());
    CHECK(c->isOpenDay(QDate(2026, 3, 2)));
    CHECK_FALSE(c->isOpenDay(QDate(2026, 3, 8)));
    CHECK(c->openMsBetween(at(2026, 3, 2, 0), at(2026, 3, 3, 0)) == 9 * H);
    CHECK(c->openMsBetween(at(2026, 3, 7, 0), at(2026, 3, 8, 0)) == 5 * H);
    auto missing = Calendar::loadByCode(db(), QStringLiteral("nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("calendar.unknown"));
}
