#pragma once

#include "core/Calendar.h"

#include <QList>

namespace Aksara::ServiceManagement {

// A half-open interval of instants [from, to), epoch milliseconds UTC.
struct Interval {
    qint64 from = 0;
    qint64 to = 0;
    qint64 length() const { return to > from ? to - from : 0; }
    bool operator==(const Interval &o) const { return from == o.from && to == o.to; }
};
using Intervals = QList<Interval>;

// Sorted, without empty intervals, overlapping or touching intervals merged.
Intervals normalised(Intervals list);
Intervals unite(const Intervals &a, const Intervals &b);
Intervals intersect(const Intervals &a, const Intervals &b);
// The parts of a that are not in b.
Intervals subtract(const Intervals &a, const Intervals &b);
Intervals clip(const Intervals &a, qint64 from, qint64 to);
qint64 totalLength(const Intervals &list);
// The calendar's opening (service-hour) intervals within [from, to), normalised.
Intervals serviceHours(const Calendar &calendar, qint64 from, qint64 to);

} // namespace Aksara::ServiceManagement
