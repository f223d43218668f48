#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"

#include <QTime>

namespace Aksara::Circulation {

struct CalendarView {
    qint64 id = 0;
    QString code;
    QString name;
    QString timeZone;
    struct Interval {
        int weekday = 0; // ISO, 1 = Monday
        QString opens;   // HH:mm
        QString closes;  // HH:mm, 24:00 allowed
    };
    QList<Interval> hours;
    struct Holiday {
        QDate date;
        bool yearly = false;
        QString name;
    };
    QList<Holiday> holidays;
    QStringList branches; // branch codes using it
    QJsonObject toJson() const;
};

// Editing the calendars that due dates and overdue fees count with: weekly opening hours (a
// weekday without hours is closed), one-off and yearly-repeating holidays, one calendar per branch
// (a branch without its own uses the calendar coded "library"). Edits are operations of the
// administration service with right rules.manage, each with a change record (entity calendar).
// Refusals: circulation.unknown_calendar, unknown_branch, bad_weekday, bad_hours, bad_date,
// duplicate_holiday, unknown_holiday, duplicate_calendar, bad_calendar_code, bad_time_zone.
class Calendars {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Calendars)

public:
    explicit Calendars(ServiceCore &core) : m_core(core) {}

    Result<QList<CalendarView>> list(const Caller &caller);
    // By calendar code, or the calendar a branch uses when branch is given.
    Result<CalendarView> show(const Caller &caller, const QString &code, const QString &branch = {});
    Result<CalendarView> create(const Caller &caller, const QString &code, const QString &name, const QString &timeZone,
                                const QString &copyFrom = {});
    // Replaces a weekday's opening intervals ("08:00", "12:00"); none: closed that day.
    Result<CalendarView> setHours(const Caller &caller, const QString &code, int weekday,
                                  const QList<std::pair<QString, QString>> &intervals);
    Result<CalendarView> addHoliday(const Caller &caller, const QString &code, const QDate &date, bool yearly,
                                    const QString &name);
    Result<CalendarView> removeHoliday(const Caller &caller, const QString &code, const QDate &date);
    Result<CalendarView> assign(const Caller &caller, const QString &branch, const QString &code);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
