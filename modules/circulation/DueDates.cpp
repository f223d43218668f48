#include "circulation/DueDates.h"

namespace Aksara::Circulation {

QString dueModeName(DueMode mode)
{
    switch (mode) {
    case DueMode::Days: return QStringLiteral("days");
    case DueMode::SkipClosed: return QStringLiteral("skip_closed");
    case DueMode::NextOpen: return QStringLiteral("next_open");
    }
    return QStringLiteral("days");
}

bool parseDueMode(const QString &text, DueMode *mode)
{
    for (DueMode m : {DueMode::Days, DueMode::SkipClosed, DueMode::NextOpen}) {
        if (text == dueModeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString loanUnitName(LoanUnit unit)
{
    return unit == LoanUnit::Hours ? QStringLiteral("hours") : QStringLiteral("days");
}

bool parseLoanUnit(const QString &text, LoanUnit *unit)
{
    if (text == QLatin1String("days"))
        *unit = LoanUnit::Days;
    else if (text == QLatin1String("hours"))
        *unit = LoanUnit::Hours;
    else
        return false;
    return true;
}

namespace DueDates {

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;

bool hasAnyOpenDay(const Calendar &c, QDate from)
{
    // nextOpenDay searches a year ahead and returns its argument when nothing is open.
    const QDate d = c.nextOpenDay(from);
    return c.isOpenDay(d);
}
} // namespace

qint64 endOfDay(const Calendar &calendar, QDate date)
{
    return calendar.startOfDay(date.addDays(1)) - 1;
}

qint64 dueAt(const Calendar &calendar, qint64 fromMs, int period, LoanUnit unit, DueMode mode)
{
    period = qMax(period, 1);
    if (unit == LoanUnit::Hours) {
        const qint64 plain = fromMs + qint64(period) * kHourMs;
        if (mode == DueMode::Days)
            return plain;
        if (mode == DueMode::SkipClosed) {
            const qint64 t = calendar.addOpenMs(fromMs, qint64(period) * kHourMs);
            return t > fromMs ? t : plain;
        }
        if (calendar.isOpenAt(plain))
            return plain;
        // The end of the next opening interval after the plain due instant.
        QDate d = calendar.localDate(plain);
        for (int i = 0; i < 366; ++i, d = d.addDays(1)) {
            for (const auto &[s, e] : calendar.openIntervals(d)) {
                if (e > plain)
                    return e;
            }
        }
        return plain;
    }

    const QDate today = calendar.localDate(fromMs);
    QDate due = today.addDays(period);
    if (mode != DueMode::Days && hasAnyOpenDay(calendar, today)) {
        if (mode == DueMode::SkipClosed) {
            due = today;
            // Bounded: a calendar that is open somewhere in the coming year but closes for good
            // afterwards would otherwise never reach the count.
            for (int counted = 0, steps = 0; counted < period && steps < period * 400 + 400; ++steps) {
                due = due.addDays(1);
                if (calendar.isOpenDay(due))
                    ++counted;
            }
        } else if (!calendar.isOpenDay(due)) {
            due = calendar.nextOpenDay(due);
        }
    }
    return endOfDay(calendar, due);
}

int chargeableDays(const Calendar &calendar, qint64 dueAtMs, qint64 returnedAtMs, LoanUnit unit, bool skipClosed)
{
    if (returnedAtMs <= dueAtMs)
        return 0;
    const QDate dueDate = calendar.localDate(dueAtMs);
    const QDate returned = calendar.localDate(returnedAtMs);
    QDate d = unit == LoanUnit::Hours ? dueDate : dueDate.addDays(1);
    int days = 0;
    for (; d <= returned; d = d.addDays(1)) {
        if (!skipClosed || calendar.isOpenDay(d))
            ++days;
    }
    return days;
}

qint64 overdueFee(int days, int graceDays, qint64 feePerDay, qint64 feeCap, qint64 rounding)
{
    if (days <= 0 || days <= graceDays || feePerDay <= 0)
        return 0;
    qint64 fee = qint64(days) * feePerDay;
    if (rounding > 1)
        fee = (fee + rounding / 2) / rounding * rounding;
    return feeCap > 0 ? qMin(fee, feeCap) : fee;
}

} // namespace DueDates
} // namespace Aksara::Circulation
