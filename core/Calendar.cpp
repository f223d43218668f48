#include "core/Calendar.h"

#include <QCoreApplication>

namespace Aksara {

namespace {
QTime parseTime(const QString &hhmm, bool *midnight)
{
    *midnight = hhmm == QLatin1String("24:00");
    return *midnight ? QTime(0, 0) : QTime::fromString(hhmm, QStringLiteral("HH:mm"));
}
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

Calendar Calendar::alwaysOpen(const QTimeZone &zone)
{
    Calendar c(zone);
    c.m_always = true;
    c.m_code = QStringLiteral("always");
    return c;
}

void Calendar::addHours(int isoWeekday, QTime opens, QTime closes, bool closesAtMidnight)
{
    if (isoWeekday >= 1 && isoWeekday <= 7)
        m_hours[size_t(isoWeekday)] << Hours{opens, closes, closesAtMidnight};
}

void Calendar::addHoliday(QDate date, bool yearly)
{
    if (yearly)
        m_yearly.insert(date.month() * 100 + date.day());
    else
        m_holidays.insert(date);
}

Result<Calendar> Calendar::loadByCode(Database &db, const QString &code)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM calendars WHERE code = ?"), {code});
    if (!id.ok())
        return id.error();
    if (id->isNull())
        return Error::refused(QStringLiteral("calendar.unknown"),
                              QCoreApplication::translate("Aksara::Calendar", "There is no calendar \"%1\".").arg(code));
    return load(db, id->toLongLong());
}

Result<Calendar> Calendar::load(Database &db, qint64 calendarId)
{
    auto head = db.exec(QStringLiteral("SELECT code, time_zone FROM calendars WHERE id = ?"), {calendarId});
    if (!head.ok())
        return head.error();
    if (!head->next())
        return Error::refused(QStringLiteral("calendar.unknown"),
                              QCoreApplication::translate("Aksara::Calendar", "There is no calendar %1.").arg(calendarId));
    Calendar c(QTimeZone(head->value(1).toString().toUtf8()));
    c.m_id = calendarId;
    c.m_code = head->value(0).toString();
    head->finish();
    if (!c.m_zone.isValid())
        c.m_zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    auto hours = db.exec(QStringLiteral("SELECT weekday, opens, closes FROM calendar_hours WHERE calendar_id = ? "
                                        "ORDER BY weekday, opens"),
                         {calendarId});
    if (!hours.ok())
        return hours.error();
    while (hours->next()) {
        bool m1 = false, m2 = false;
        const QTime opens = parseTime(hours->value(1).toString(), &m1);
        const QTime closes = parseTime(hours->value(2).toString(), &m2);
        c.addHours(hours->value(0).toInt(), opens, closes, m2);
    }
    hours->finish();
    auto hol = db.exec(QStringLiteral("SELECT on_date, yearly FROM calendar_holidays WHERE calendar_id = ?"), {calendarId});
    if (!hol.ok())
        return hol.error();
    while (hol->next())
        c.addHoliday(QDate::fromString(hol->value(0).toString(), Qt::ISODate), hol->value(1).toInt() != 0);
    hol->finish();
    return c;
}

bool Calendar::isHoliday(QDate date) const
{
    if (m_always)
        return false;
    return m_holidays.contains(date) || m_yearly.contains(date.month() * 100 + date.day());
}

bool Calendar::isOpenDay(QDate date) const
{
    if (m_always)
        return true;
    return !isHoliday(date) && !m_hours[size_t(date.dayOfWeek())].isEmpty();
}

QDate Calendar::nextOpenDay(QDate date) const
{
    for (int i = 0; i < 366; ++i) {
        const QDate d = date.addDays(i);
        if (isOpenDay(d))
            return d;
    }
    return date;
}

QDate Calendar::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(m_zone).date();
}

qint64 Calendar::startOfDay(QDate date) const
{
    return QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

QList<std::pair<qint64, qint64>> Calendar::openIntervals(QDate date) const
{
    QList<std::pair<qint64, qint64>> out;
    const qint64 day = startOfDay(date);
    if (m_always) {
        out.append({day, startOfDay(date.addDays(1))});
        return out;
    }
    if (isHoliday(date))
        return out;
    for (const Hours &h : m_hours[size_t(date.dayOfWeek())]) {
        const qint64 start = QDateTime(date, h.opens, m_zone).toMSecsSinceEpoch();
        const qint64 end = h.closesAtMidnight ? startOfDay(date.addDays(1))
                                              : QDateTime(date, h.closes, m_zone).toMSecsSinceEpoch();
        if (end > start)
            out.append({start, end});
    }
    Q_UNUSED(day);
    return out;
}

bool Calendar::isOpenAt(qint64 ms) const
{
    for (const auto &[s, e] : openIntervals(localDate(ms))) {
        if (ms >= s && ms < e)
            return true;
    }
    return false;
}

qint64 Calendar::openMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    if (m_always)
        return toMs - fromMs;
    qint64 total = 0;
    const QDate last = localDate(toMs);
    for (QDate d = localDate(fromMs); d <= last; d = d.addDays(1)) {
        for (const auto &[s, e] : openIntervals(d)) {
            const qint64 a = std::max(s, fromMs);
            const qint64 b = std::min(e, toMs);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

qint64 Calendar::addOpenMs(qint64 fromMs, qint64 openMs) const
{
    if (openMs <= 0)
        return fromMs;
    if (m_always)
        return fromMs + openMs;
    qint64 left = openMs;
    QDate d = localDate(fromMs);
    for (int i = 0; i < 3660; ++i, d = d.addDays(1)) {
        for (const auto &[s, e] : openIntervals(d)) {
            const qint64 a = std::max(s, fromMs);
            if (e <= a)
                continue;
            if (e - a >= left)
                return a + left;
            left -= e - a;
        }
    }
    Q_UNUSED(kDayMs);
    return -1;
}

} // namespace Aksara
