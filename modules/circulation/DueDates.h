#pragma once

#include "core/Calendar.h"

namespace Aksara::Circulation {

// How a loan period is counted against the branch calendar.
enum class DueMode {
    Days,       // plain calendar days (or hours), closed days count
    SkipClosed, // only open days (or open hours) are counted
    NextOpen,   // count plainly, then push a due date that falls on a closed day to the next open day
};
enum class LoanUnit { Days, Hours };

QString dueModeName(DueMode mode);
bool parseDueMode(const QString &text, DueMode *mode);
QString loanUnitName(LoanUnit unit);
bool parseLoanUnit(const QString &text, LoanUnit *unit);

// Pure calendar arithmetic for due dates and overdue fees; instants are epoch ms UTC, dates are
// local to the calendar's zone.
namespace DueDates {

// A loan counted in days is due at the end of its due date (23:59:59.999 local time).
qint64 endOfDay(const Calendar &calendar, QDate date);

// The due instant of a loan (or renewal) of `period` units starting at `fromMs`.
//   Days unit: the due date is the local date of fromMs plus `period` days (Days), plus `period` open
//   days (SkipClosed), or plus `period` days moved to the next open day if closed (NextOpen).
//   Hours unit: fromMs + period hours (Days); after `period` hours of opening time (SkipClosed);
//   or, if that instant is outside opening hours, the end of the next opening interval (NextOpen).
// A calendar without any open day degrades to plain counting.
qint64 dueAt(const Calendar &calendar, qint64 fromMs, int period, LoanUnit unit, DueMode mode);

// The overdue days charged for a loan due at dueAtMs and returned at returnedAtMs: the local dates
// after the due date up to and including the return date (for loans counted in hours, the due date
// itself counts too once the due instant has passed). With skipClosed, only open days count.
int chargeableDays(const Calendar &calendar, qint64 dueAtMs, qint64 returnedAtMs, LoanUnit unit, bool skipClosed);

// Fee for `days` chargeable days: nothing within the grace days, otherwise every chargeable day
// at feePerDay, limited to feeCap when feeCap > 0. Integer rupiah.
// Rounded half up to a multiple of `rounding` rupiah (setting fees.rounding; 1: not rounded), then
// capped.
qint64 overdueFee(int days, int graceDays, qint64 feePerDay, qint64 feeCap, qint64 rounding = 1);

} // namespace DueDates
} // namespace Aksara::Circulation
