#pragma once

#include "core/Database.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace Aksara {

// A calendar of opening (service) hours: intervals per ISO weekday in the calendar's time zone,
// and holidays (one-off dates, or month-day repeating every year) on which it is closed.
// Used for due dates and closed days (circulation) and for SLA clocks and availability counted in
// service hours (service management). Instants are epoch milliseconds UTC; dates are local dates.
class Calendar {
public:
    struct Hours {
        QTime opens;
        QTime closes; // 24:00 is written as QTime(23,59,59,999) + 1 ms: see closesAtMidnight
        bool closesAtMidnight = false;
    };

    // Around the clock, every day, no holidays (services without a calendar).
    static Calendar alwaysOpen(const QTimeZone &zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    // Reads calendars / calendar_hours / calendar_holidays. Errors: calendar.unknown.
    static Result<Calendar> load(Database &db, qint64 calendarId);
    static Result<Calendar> loadByCode(Database &db, const QString &code);

    // Building one in code (tests, set-up).
    explicit Calendar(const QTimeZone &zone) : m_zone(zone) {}
    void addHours(int isoWeekday, QTime opens, QTime closes, bool closesAtMidnight = false);
    void addHoliday(QDate date, bool yearly);

    const QTimeZone &zone() const { return m_zone; }
    qint64 id() const { return m_id; }
    QString code() const { return m_code; }
    bool isAlwaysOpen() const { return m_always; }

    bool isHoliday(QDate date) const;
    // Open at all on that local date (has hours and is not a holiday).
    bool isOpenDay(QDate date) const;
    // The first open day on or after `date` (searches a year ahead; returns `date` if none).
    QDate nextOpenDay(QDate date) const;
    // Whether the instant falls inside opening hours.
    bool isOpenAt(qint64 ms) const;
    // The opening intervals of a local date as UTC instants [start, end).
    QList<std::pair<qint64, qint64>> openIntervals(QDate date) const;
    // Milliseconds of opening time in [fromMs, toMs).
    qint64 openMsBetween(qint64 fromMs, qint64 toMs) const;
    // The instant at which `openMs` of opening time have passed after fromMs (fromMs itself for 0).
    // Returns -1 if the calendar has no opening time within ten years.
    qint64 addOpenMs(qint64 fromMs, qint64 openMs) const;

    QDate localDate(qint64 ms) const;
    qint64 startOfDay(QDate date) const;

private:
    Calendar() = default;
    QTimeZone m_zone;
    std::array<QList<Hours>, 8> m_hours; // index 1..7 = ISO weekday
    QSet<QDate> m_holidays;
    QSet<int> m_yearly; // month * 100 + day
    bool m_always = false;
    qint64 m_id = 0;
    QString m_code;
};

} // namespace Aksara
