#include "service/Availability.h"

#include "service/Common.h"
#include "service/Stations.h"

#include <QJsonArray>
#include <QHash>

namespace Aksara::ServiceManagement {

namespace {
QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a << id;
    return a;
}

int bp(qint64 num, qint64 den)
{
    if (den <= 0)
        return -1;
    // Rounded down: 99.995 % is not 100.00 %.
    return int((num * 10000) / den);
}
} // namespace

int AvailabilityFigures::availabilityBp() const
{
    return bp(availableMs(), agreedMs - plannedMs);
}

int AvailabilityFigures::userPerceivedBp() const
{
    return bp(availableMs(), agreedMs);
}

QJsonObject AvailabilityFigures::toJson() const
{
    auto pct = [](int b) { return b < 0 ? QJsonValue() : QJsonValue(b / 100.0); };
    auto ms = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    QJsonObject o{{QStringLiteral("subject"), subject},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("calendar"), calendar},
                  {QStringLiteral("agreed_ms"), agreedMs},
                  {QStringLiteral("planned_ms"), plannedMs},
                  {QStringLiteral("unplanned_ms"), unplannedMs},
                  {QStringLiteral("available_ms"), availableMs()},
                  {QStringLiteral("availability_bp"), availabilityBp()},
                  {QStringLiteral("availability_pct"), pct(availabilityBp())},
                  {QStringLiteral("user_perceived_bp"), userPerceivedBp()},
                  {QStringLiteral("user_perceived_pct"), pct(userPerceivedBp())},
                  {QStringLiteral("outages"), outages},
                  {QStringLiteral("longest_outage_ms"), longestMs},
                  {QStringLiteral("mtrs_ms"), ms(mtrsMs())},
                  {QStringLiteral("mtbf_ms"), ms(mtbfMs())},
                  {QStringLiteral("evidence"),
                   QJsonObject{{QStringLiteral("outage_incidents"), ids(incidentIds)},
                               {QStringLiteral("maintenance_windows"), ids(maintenanceIds)},
                               {QStringLiteral("station_outages"), ids(outageIds)},
                               {QStringLiteral("stations"), QJsonArray::fromStringList(stations)}}}};
    if (subject == QLatin1String("service")) {
        o.insert(QStringLiteral("objective_bp"), objectiveBp);
        o.insert(QStringLiteral("meets_objective"), meetsObjective());
    }
    return o;
}

AvailabilityFigures Availability::figures(const Intervals &hours0, const Intervals &planned0, const Intervals &unplanned0)
{
    AvailabilityFigures f;
    const Intervals hours = normalised(hours0);
    const Intervals planned = normalised(planned0);
    // Planned downtime takes precedence: an outage inside a maintenance window is planned.
    const Intervals unplanned = subtract(unplanned0, planned);
    f.agreedMs = totalLength(hours);
    f.plannedMs = totalLength(intersect(planned, hours));
    f.unplannedMs = totalLength(intersect(unplanned, hours));
    // An outage is one continuous unplanned interval (even across closing time), counted when it
    // touches service hours.
    for (const Interval &outage : unplanned) {
        const qint64 inHours = totalLength(intersect({outage}, hours));
        if (inHours <= 0)
            continue;
        ++f.outages;
        f.longestMs = std::max(f.longestMs, inHours);
    }
    return f;
}

Result<QList<AvailabilityFigures>> Availability::stations(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    auto all = Stations::loadAll(m_db, nowMs);
    if (!all.ok())
        return all.error();
    QList<AvailabilityFigures> out;
    for (const Station &s : std::as_const(*all)) {
        // Counted from registration to retirement, up to now.
        const qint64 from = std::max(fromMs, s.registeredAt);
        qint64 to = std::min(toMs, nowMs);
        if (s.retiredAt)
            to = std::min(to, s.retiredAt);
        auto calendar = calendarOrAlways(m_db, s.calendarId);
        if (!calendar.ok())
            return calendar.error();
        Intervals hours = serviceHours(*calendar, from, to);
        auto down = Stations::downIntervals(m_db, s, from, to, nowMs);
        if (!down.ok())
            return down.error();
        auto maint = Stations::maintenanceIntervals(m_db, s.id, from, to);
        if (!maint.ok())
            return maint.error();
        AvailabilityFigures f = figures(hours, *maint, *down);
        f.subject = QStringLiteral("station");
        f.code = s.code;
        f.name = s.name;
        f.calendar = s.calendarCode;
        auto outages = Stations::outageIds(m_db, s.id, from, to);
        if (!outages.ok())
            return outages.error();
        f.outageIds = *outages;
        auto mids = m_db.exec(QStringLiteral("SELECT id FROM station_maintenance WHERE station_id = ? AND starts_at < ? "
                                             "AND ends_at > ? ORDER BY id"),
                              {s.id, to, from});
        if (!mids.ok())
            return mids.error();
        while (mids->next())
            f.maintenanceIds << mids->value(0).toLongLong();
        mids->finish();
        out << f;
    }
    return out;
}

Result<QList<AvailabilityFigures>> Availability::services(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    const qint64 to = std::min(toMs, nowMs);
    auto stationList = Stations::loadAll(m_db, nowMs);
    if (!stationList.ok())
        return stationList.error();
    // Each station's down, maintenance and absent (not yet registered, or retired) intervals.
    struct State {
        Intervals down, maintenance, absent;
    };
    QHash<QString, State> stationState;
    for (const Station &s : std::as_const(*stationList)) {
        auto down = Stations::downIntervals(m_db, s, fromMs, to, nowMs);
        if (!down.ok())
            return down.error();
        auto maint = Stations::maintenanceIntervals(m_db, s.id, fromMs, to);
        if (!maint.ok())
            return maint.error();
        Intervals absent;
        if (s.registeredAt > fromMs)
            absent << Interval{fromMs, std::min(s.registeredAt, to)};
        if (s.retiredAt && s.retiredAt < to)
            absent << Interval{std::max(s.retiredAt, fromMs), to};
        stationState.insert(s.code, {*down, *maint, normalised(absent)});
    }

    QList<AvailabilityFigures> out;
    struct Row {
        QString code, name;
        int objective;
        qint64 calendarId;
        QString calendarCode;
    };
    QList<Row> rows;
    {
        auto q = m_db.exec(QStringLiteral("SELECT s.code, s.name, s.availability_objective_bp, COALESCE(s.hours_calendar_id, 0), "
                                          "c.code FROM services s LEFT JOIN calendars c ON c.id = s.hours_calendar_id "
                                          "ORDER BY s.code"));
        if (!q.ok())
            return q.error();
        while (q->next())
            rows << Row{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toLongLong(),
                        q->value(3).toLongLong() ? q->value(4).toString() : QStringLiteral("always")};
        q->finish();
    }
    for (const Row &row : std::as_const(rows)) {
        auto calendar = calendarOrAlways(m_db, row.calendarId);
        if (!calendar.ok())
            return calendar.error();
        const Intervals hours = serviceHours(*calendar, fromMs, to);
        Intervals planned;
        QList<qint64> maintenanceIds;
        {
            auto q = m_db.exec(QStringLiteral("SELECT id, starts_at, ends_at FROM maintenance_windows WHERE service_code = ? "
                                              "AND starts_at < ? AND ends_at > ? ORDER BY id"),
                               {row.code, to, fromMs});
            if (!q.ok())
                return q.error();
            while (q->next()) {
                maintenanceIds << q->value(0).toLongLong();
                planned << Interval{q->value(1).toLongLong(), q->value(2).toLongLong()};
            }
            q->finish();
        }
        Intervals unplanned;
        QList<qint64> incidentIds;
        {
            // Outage incidents: from outage_from_at until outage_to_at, or until resolved, or until now.
            auto q = m_db.exec(
                QStringLiteral("SELECT id, COALESCE(outage_from_at, opened_at), COALESCE(outage_to_at, resolved_at, ?) "
                               "FROM incidents WHERE service_code = ? AND outage = 1 AND "
                               "COALESCE(outage_from_at, opened_at) < ? AND COALESCE(outage_to_at, resolved_at, ?) > ? "
                               "ORDER BY id"),
                {nowMs, row.code, to, nowMs, fromMs});
            if (!q.ok())
                return q.error();
            while (q->next()) {
                incidentIds << q->value(0).toLongLong();
                unplanned << Interval{q->value(1).toLongLong(), q->value(2).toLongLong()};
            }
            q->finish();
        }
        QStringList providers;
        for (const Station &s : std::as_const(*stationList))
            if (s.services.contains(row.code))
                providers << s.code;
        QList<qint64> outageIds;
        if (!providers.isEmpty()) {
            // Down while none of the stations that provide it (and exist then) is up; planned when
            // those that exist are all in planned maintenance. Before any of them was registered
            // (or after all retired) the stations say nothing about the service.
            const Intervals window{Interval{fromMs, to}};
            Intervals noneUp = window, allPlanned = window, allAbsent = window;
            for (const QString &code : std::as_const(providers)) {
                const State &st = stationState[code];
                noneUp = intersect(noneUp, unite(unite(st.down, st.maintenance), st.absent));
                allPlanned = intersect(allPlanned, unite(st.maintenance, st.absent));
                allAbsent = intersect(allAbsent, st.absent);
            }
            noneUp = subtract(noneUp, allAbsent);
            allPlanned = subtract(allPlanned, allAbsent);
            planned = unite(planned, allPlanned);
            unplanned = unite(unplanned, subtract(noneUp, allPlanned));
            for (const Station &s : std::as_const(*stationList)) {
                if (!providers.contains(s.code))
                    continue;
                auto o = Stations::outageIds(m_db, s.id, fromMs, to);
                if (!o.ok())
                    return o.error();
                outageIds += *o;
            }
        }
        AvailabilityFigures f = figures(hours, clip(planned, fromMs, to), clip(unplanned, fromMs, to));
        f.subject = QStringLiteral("service");
        f.code = row.code;
        f.name = row.name;
        f.calendar = row.calendarCode;
        f.objectiveBp = row.objective;
        f.incidentIds = incidentIds;
        f.maintenanceIds = maintenanceIds;
        f.outageIds = outageIds;
        f.stations = providers;
        out << f;
    }
    return out;
}

} // namespace Aksara::ServiceManagement
