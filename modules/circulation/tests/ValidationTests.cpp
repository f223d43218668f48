// Pure checks: card numbers, NIK, due-date and fee arithmetic on calendars built in code.
#include "QtCatch.h"

#include "circulation/CardNumber.h"
#include "circulation/DueDates.h"
#include "circulation/Nik.h"

#include <QTimeZone>

using namespace Aksara;
using namespace Aksara::Circulation;

TEST_CASE("card numbers carry a Luhn check digit over their sequence", "[circulation][card]")
{
    // The textbook Luhn example: 7992739871 → 3.
    CHECK(CardNumber::luhnDigit(QStringLiteral("7992739871")) == 3);
    CHECK(CardNumber::make(QStringLiteral("AKS"), 1) == QStringLiteral("AKS00000018"));
    CHECK(CardNumber::make(QStringLiteral("PERPUS"), 1234567) == QStringLiteral("PERPUS12345674"));
    CHECK(CardNumber::validate(QStringLiteral("AKS00000018")).ok());
    CHECK(CardNumber::normalize(QStringLiteral(" aks-0000 0018 ")) == QStringLiteral("AKS00000018"));
    CHECK(CardNumber::sequenceOf(QStringLiteral("AKS00000018"), QStringLiteral("AKS")) == 1);
    CHECK(CardNumber::sequenceOf(QStringLiteral("XYZ00000018"), QStringLiteral("AKS")) == -1);

    // Every single-digit error and every swap of two different neighbouring digits is caught.
    const QString good = CardNumber::make(QStringLiteral("AKS"), 4711);
    REQUIRE(CardNumber::validate(good).ok());
    for (int i = 3; i < good.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            QString bad = good;
            if (bad[i] == QLatin1Char(d))
                continue;
            bad[i] = QLatin1Char(d);
            INFO(bad.toStdString());
            const Status st = CardNumber::validate(bad);
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().code == QStringLiteral("circulation.bad_card_number"));
            CHECK(st.error().isRefusal());
        }
    }
    for (int i = 3; i + 1 < good.size(); ++i) {
        QString swapped = good;
        std::swap(swapped[i], swapped[i + 1]);
        if (swapped == good || (QString(good[i]) + good[i + 1] == QStringLiteral("09")) || (QString(good[i]) + good[i + 1] == QStringLiteral("90")))
            continue; // Luhn's one blind spot (09 <-> 90)
        INFO(swapped.toStdString());
        CHECK_FALSE(CardNumber::validate(swapped).ok());
    }
    CHECK_FALSE(CardNumber::validate(QString()).ok());
    CHECK_FALSE(CardNumber::validate(QStringLiteral("AKS")).ok());
    CHECK_FALSE(CardNumber::validate(QStringLiteral("A1B2C3")).ok());
    CHECK_FALSE(CardNumber::validate(QStringLiteral("AKS0000001X")).ok());
    CHECK(CardNumber::isValidPrefix(QStringLiteral("AKS")));
    CHECK_FALSE(CardNumber::isValidPrefix(QStringLiteral("aks")));
    CHECK_FALSE(CardNumber::isValidPrefix(QStringLiteral("AB1")));
    CHECK_FALSE(CardNumber::isValidPrefix(QStringLiteral("TOOLONGX")));
}

TEST_CASE("a NIK is 16 digits with a province, region, birth date and serial", "[circulation][nik]")
{
    // Kota Pontianak (61 71), district 01, a man born 17-08-1985, serial 0001.
    auto man = Nik::parse(QStringLiteral("6171011708850001"));
    REQUIRE(man.ok());
    CHECK(man->province == QStringLiteral("61"));
    CHECK(man->day == 17);
    CHECK(man->month == 8);
    CHECK(man->yy == 85);
    CHECK_FALSE(man->female);
    // A woman born on the same day: 17 + 40 = 57.
    auto woman = Nik::parse(QStringLiteral("6171015708850002"));
    REQUIRE(woman.ok());
    CHECK(woman->female);
    CHECK(woman->day == 17);
    CHECK(Nik::validate(QStringLiteral("6171015708850002"), QDate(1985, 8, 17)).ok());
    // 29 February exists in 2000 (and so for YY 00); not in 2001/1901.
    CHECK(Nik::parse(QStringLiteral("3273012902000003")).ok());
    CHECK_FALSE(Nik::parse(QStringLiteral("3273012902010003")).ok());

    struct Bad {
        const char *nik;
        const char *why;
    };
    for (const Bad &b : {Bad{"617101170885000", "15 digits"}, Bad{"61710117088500011", "17 digits"},
                         Bad{"61710117O8850001", "a letter O"}, Bad{"2071011708850001", "province 20"},
                         Bad{"9971011708850001", "province 99"}, Bad{"6100011708850001", "regency 00"},
                         Bad{"6171001708850001", "district 00"}, Bad{"6171013208850001", "day 32"},
                         Bad{"6171017208850001", "day 72 (woman 32)"}, Bad{"6171010008850001", "day 00"},
                         Bad{"6171011713850001", "month 13"}, Bad{"6171013002850001", "30 February"},
                         Bad{"6171011708850000", "serial 0000"}}) {
        INFO(b.why);
        auto r = Nik::parse(QString::fromLatin1(b.nik));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("circulation.bad_nik"));
        CHECK(r.error().isRefusal());
        CHECK(r.error().message.contains(QString::fromLatin1(b.nik)));
    }
    // Consistent with the birth date, or refused.
    CHECK(Nik::validate(QStringLiteral("6171011708850001"), QDate(1985, 8, 17)).ok());
    CHECK(Nik::validate(QStringLiteral("6171011708850001"), QDate(2085, 8, 17)).ok()); // the century is not in a NIK
    for (const QDate &d : {QDate(1985, 8, 18), QDate(1985, 9, 17), QDate(1986, 8, 17)}) {
        const Status st = Nik::validate(QStringLiteral("6171011708850001"), d);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("circulation.nik_birth_date_mismatch"));
    }
}

namespace {
// Monday–Friday 08–17, Saturday 09–14, Sunday closed, in Jakarta; a holiday on Wednesday 4 March
// 2026 and a yearly one on 17 August.
Calendar libraryCalendar()
{
    Calendar c(QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    for (int d = 1; d <= 5; ++d)
        c.addHours(d, QTime(8, 0), QTime(17, 0));
    c.addHours(6, QTime(9, 0), QTime(14, 0));
    c.addHoliday(QDate(2026, 3, 4), false);
    c.addHoliday(QDate(2020, 8, 17), true);
    return c;
}
qint64 jakarta(const QDate &d, const QTime &t)
{
    return QDateTime(d, t, QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).toMSecsSinceEpoch();
}
QDate dueDate(const Calendar &c, qint64 from, int period, DueMode mode)
{
    return c.localDate(DueDates::dueAt(c, from, period, LoanUnit::Days, mode));
}
} // namespace

TEST_CASE("due dates in each mode, on and around closed days", "[circulation][duedate]")
{
    const Calendar c = libraryCalendar();
    const qint64 monday = jakarta(QDate(2026, 3, 2), QTime(10, 0));

    // Three days from Monday 2 March: Thursday 5 March in plain days and when pushing (Thursday is
    // open); counting only open days skips the Wednesday holiday: Tue 3, Thu 5, Fri 6.
    CHECK(dueDate(c, monday, 3, DueMode::Days) == QDate(2026, 3, 5));
    CHECK(dueDate(c, monday, 3, DueMode::NextOpen) == QDate(2026, 3, 5));
    CHECK(dueDate(c, monday, 3, DueMode::SkipClosed) == QDate(2026, 3, 6));
    // Due on the holiday itself (2 days): plain keeps it, pushing moves it to Thursday.
    CHECK(dueDate(c, monday, 2, DueMode::Days) == QDate(2026, 3, 4));
    CHECK(dueDate(c, monday, 2, DueMode::NextOpen) == QDate(2026, 3, 5));
    CHECK(dueDate(c, monday, 2, DueMode::SkipClosed) == QDate(2026, 3, 5));
    // Due on a Sunday (6 days): pushed to Monday 9; open days: Tue, Thu, Fri, Sat, Mon 9, Tue 10.
    CHECK(dueDate(c, monday, 6, DueMode::Days) == QDate(2026, 3, 8));
    CHECK(dueDate(c, monday, 6, DueMode::NextOpen) == QDate(2026, 3, 9));
    CHECK(dueDate(c, monday, 6, DueMode::SkipClosed) == QDate(2026, 3, 10));
    // A yearly holiday next to a Sunday: 14 August 2026 is a Friday; 15 days from Sunday 2 August is
    // Monday 17 August (a holiday) → Tuesday 18.
    CHECK(dueDate(c, jakarta(QDate(2026, 8, 2), QTime(10, 0)), 15, DueMode::NextOpen) == QDate(2026, 8, 18));
    // Due at the end of the due date, local time.
    const qint64 due = DueDates::dueAt(c, monday, 3, LoanUnit::Days, DueMode::Days);
    CHECK(due == jakarta(QDate(2026, 3, 6), QTime(0, 0)) - 1);

    // Hour loans: 4 hours from Saturday 12:00 end at 16:00, after Saturday's closing (14:00).
    const qint64 saturdayNoon = jakarta(QDate(2026, 3, 7), QTime(12, 0));
    CHECK(DueDates::dueAt(c, saturdayNoon, 4, LoanUnit::Hours, DueMode::Days) == jakarta(QDate(2026, 3, 7), QTime(16, 0)));
    // Pushed: the end of the next opening interval after 16:00 Saturday is Monday 17:00.
    CHECK(DueDates::dueAt(c, saturdayNoon, 4, LoanUnit::Hours, DueMode::NextOpen) == jakarta(QDate(2026, 3, 9), QTime(17, 0)));
    // Counting opening hours: 2 on Saturday, then 2 from Monday 08:00.
    CHECK(DueDates::dueAt(c, saturdayNoon, 4, LoanUnit::Hours, DueMode::SkipClosed) == jakarta(QDate(2026, 3, 9), QTime(10, 0)));

    // A calendar with no open day at all counts plainly.
    Calendar never(QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    CHECK(dueDate(never, monday, 3, DueMode::SkipClosed) == QDate(2026, 3, 5));
    CHECK(dueDate(never, monday, 3, DueMode::NextOpen) == QDate(2026, 3, 5));
}

TEST_CASE("overdue days and fees across holidays, grace days and caps", "[circulation][fees]")
{
    const Calendar c = libraryCalendar();
    // Due at the end of Monday 2 March.
    const qint64 due = DueDates::endOfDay(c, QDate(2026, 3, 2));
    CHECK(DueDates::chargeableDays(c, due, due, LoanUnit::Days, true) == 0);
    CHECK(DueDates::chargeableDays(c, due - 3600000, due, LoanUnit::Days, true) == 0);
    // Returned on Tuesday: one day.
    CHECK(DueDates::chargeableDays(c, due, jakarta(QDate(2026, 3, 3), QTime(9, 0)), LoanUnit::Days, true) == 1);
    // Returned on Monday 9 March: Tue 3 … Mon 9 is 7 days; the Wednesday holiday and the Sunday are
    // closed, so 5 when closed days do not count.
    const qint64 back = jakarta(QDate(2026, 3, 9), QTime(9, 0));
    CHECK(DueDates::chargeableDays(c, due, back, LoanUnit::Days, false) == 7);
    CHECK(DueDates::chargeableDays(c, due, back, LoanUnit::Days, true) == 5);
    // An hour loan returned late on its due day costs that day.
    const qint64 hourDue = jakarta(QDate(2026, 3, 2), QTime(12, 0));
    CHECK(DueDates::chargeableDays(c, hourDue, jakarta(QDate(2026, 3, 2), QTime(13, 0)), LoanUnit::Hours, true) == 1);

    CHECK(DueDates::overdueFee(0, 0, 500, 0) == 0);
    CHECK(DueDates::overdueFee(5, 0, 500, 0) == 2500);
    CHECK(DueDates::overdueFee(2, 2, 500, 0) == 0);     // within the grace days
    CHECK(DueDates::overdueFee(3, 2, 500, 0) == 1500);  // beyond them: every day counts
    CHECK(DueDates::overdueFee(30, 0, 500, 5000) == 5000);
    CHECK(DueDates::overdueFee(3, 0, 0, 0) == 0);
}
