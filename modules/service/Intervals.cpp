#include "service/Intervals.h"

#include <algorithm>

namespace Aksara::ServiceManagement {

Intervals normalised(Intervals list)
{
    list.erase(std::remove_if(list.begin(), list.end(), [](const Interval &i) { return i.to <= i.from; }), list.end());
    std::sort(list.begin(), list.end(), [](const Interval &a, const Interval &b) {
        return a.from < b.from || (a.from == b.from && a.to < b.to);
    });
    Intervals out;
    for (const Interval &i : std::as_const(list)) {
        if (!out.isEmpty() && i.from <= out.last().to)
            out.last().to = std::max(out.last().to, i.to);
        else
            out << i;
    }
    return out;
}

Intervals unite(const Intervals &a, const Intervals &b)
{
    return normalised(a + b);
}

Intervals intersect(const Intervals &a0, const Intervals &b0)
{
    const Intervals a = normalised(a0);
    const Intervals b = normalised(b0);
    Intervals out;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 from = std::max(a[i].from, b[j].from);
        const qint64 to = std::min(a[i].to, b[j].to);
        if (to > from)
            out << Interval{from, to};
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return out;
}

Intervals subtract(const Intervals &a0, const Intervals &b0)
{
    const Intervals a = normalised(a0);
    const Intervals b = normalised(b0);
    Intervals out;
    qsizetype j = 0;
    for (Interval cur : a) {
        while (j < b.size() && b[j].to <= cur.from)
            ++j;
        qsizetype k = j;
        while (k < b.size() && b[k].from < cur.to) {
            if (b[k].from > cur.from)
                out << Interval{cur.from, b[k].from};
            cur.from = std::max(cur.from, b[k].to);
            if (cur.from >= cur.to)
                break;
            ++k;
        }
        if (cur.to > cur.from)
            out << cur;
    }
    return out;
}

Intervals clip(const Intervals &a, qint64 from, qint64 to)
{
    return intersect(a, Intervals{Interval{from, to}});
}

qint64 totalLength(const Intervals &list)
{
    qint64 total = 0;
    for (const Interval &i : list)
        total += i.length();
    return total;
}

Intervals serviceHours(const Calendar &calendar, qint64 from, qint64 to)
{
    if (to <= from)
        return {};
    if (calendar.isAlwaysOpen())
        return {Interval{from, to}};
    Intervals out;
    const QDate last = calendar.localDate(to);
    for (QDate d = calendar.localDate(from); d <= last; d = d.addDays(1)) {
        for (const auto &[s, e] : calendar.openIntervals(d))
            out << Interval{std::max(s, from), std::min(e, to)};
    }
    return normalised(out);
}

} // namespace Aksara::ServiceManagement
