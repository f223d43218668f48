#include "reports/LiveBoard.h"

#include "core/LibraryProfile.h"

#include "service/Common.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace Aksara::Reports {

using namespace ServiceManagement;

QJsonObject ServiceHealth::toJson() const
{
    return {{QStringLiteral("code"), recent.service.code},
            {QStringLiteral("health"), health},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
            {QStringLiteral("open_incidents"), openIncidents},
            {QStringLiteral("recent"), recent.toJson()},
            {QStringLiteral("today"), today.toJson()}};
}

QString OpenIncident::attention() const
{
    const auto state = [](const ClockState &c) {
        if (c.targetMs <= 0 || (c.stopped && !c.breached()))
            return 0;
        if (c.breached())
            return 2;
        return c.elapsedMs >= c.warningMs() ? 1 : 0;
    };
    const int worst = std::max(state(clocks.own), state(clocks.resolve));
    return worst == 2 ? QStringLiteral("breach") : worst == 1 ? QStringLiteral("warning") : QStringLiteral("ok");
}

QJsonObject BoardSnapshot::toJson() const
{
    QJsonArray s;
    for (const ServiceHealth &h : services)
        s << h.toJson();
    QJsonArray st;
    for (const Station &x : stations)
        st << x.toJson();
    QJsonArray inc;
    for (const OpenIncident &i : incidents) {
        QJsonObject o = i.incident.toJson();
        o.insert(QStringLiteral("clocks"), i.clocks.toJson());
        o.insert(QStringLiteral("attention"), i.attention());
        inc << o;
    }
    QJsonArray ch;
    for (const Change &c : changes)
        ch << c.toJson();
    return {{QStringLiteral("at"), isoUtc(atMs)},
            {QStringLiteral("services"), s},
            {QStringLiteral("changes"), ch},
            {QStringLiteral("stations"), st},
            {QStringLiteral("incidents"), inc},
            {QStringLiteral("today"), today.toJson()}};
}

Result<BoardSnapshot> LiveBoard::snapshot(const Caller &caller)
{
    const OperationSpec spec{Services::Reporting, QStringLiteral("board"), Rights::ReportView, {}, false};
    return m_core.execute<BoardSnapshot>(caller, spec,
                                         [&](OperationContext &ctx) { return snapshotIn(ctx.db(), ctx.nowMs()); });
}

Result<BoardSnapshot> LiveBoard::snapshotIn(Database &db, qint64 nowMs)
{
    BoardSnapshot b;
    b.atMs = nowMs;
    const QTimeZone zone = libraryZone(db);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(zone).date();
    const qint64 midnight = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();

    ServiceLevels levels(db);
    auto recent = levels.figures(nowMs - kSlaBucketMs, nowMs + 1);
    if (!recent.ok())
        return recent.error();
    auto daily = levels.figures(midnight, nowMs + 1);
    if (!daily.ok())
        return daily.error();

    auto stations = Stations::loadAll(db, nowMs);
    if (!stations.ok())
        return stations.error();
    b.stations = *stations;

    auto open = Incidents::loadWhere(db, QStringLiteral("i.status NOT IN ('resolved', 'closed')"), {},
                                     QStringLiteral("i.priority, i.opened_at, i.id"));
    if (!open.ok())
        return open.error();
    for (const Incident &i : std::as_const(*open)) {
        auto clocks = Incidents::clocks(db, i, nowMs);
        if (!clocks.ok())
            return clocks.error();
        b.incidents << OpenIncident{i, *clocks};
    }
    // Most urgent first: breached, then warning, then by priority and age.
    std::stable_sort(b.incidents.begin(), b.incidents.end(), [](const OpenIncident &a, const OpenIncident &c) {
        const auto rank = [](const OpenIncident &x) {
            const QString at = x.attention();
            return at == QLatin1String("breach") ? 0 : at == QLatin1String("warning") ? 1 : 2;
        };
        return rank(a) < rank(c);
    });

    auto changes = Changes::loadWhere(db, QStringLiteral("c.status IN ('approved', 'scheduled', 'in_progress')"), {});
    if (!changes.ok())
        return changes.error();
    b.changes = *changes;
    std::stable_sort(b.changes.begin(), b.changes.end(), [](const Change &a, const Change &c) {
        const auto key = [](const Change &x) {
            return x.status == QLatin1String("in_progress") ? 0 : x.plannedStartAt ? x.plannedStartAt : std::numeric_limits<qint64>::max();
        };
        return key(a) < key(c);
    });

    QSet<QString> inWindow;
    {
        auto q = db.exec(QStringLiteral("SELECT DISTINCT service_code FROM maintenance_windows WHERE starts_at <= ? AND ends_at > ?"),
                         {nowMs, nowMs});
        if (!q.ok())
            return q.error();
        while (q->next())
            inWindow.insert(q->value(0).toString());
        q->finish();
    }

    for (int k = 0; k < recent->size(); ++k) {
        ServiceHealth h;
        h.recent = recent->at(k);
        h.today = daily->at(k);
        const ServiceInfo &info = h.recent.service;
        QList<const Station *> providers;
        for (const Station &s : b.stations)
            if (s.services.contains(info.code) && s.state != QLatin1String("retired") && s.state != QLatin1String("unknown"))
                providers << &s;
        const auto all = [&](const char *state) {
            return !providers.isEmpty()
                   && std::all_of(providers.begin(), providers.end(), [&](const Station *s) { return s->state == QLatin1String(state); });
        };
        QList<const OpenIncident *> mine;
        for (const OpenIncident &i : std::as_const(b.incidents))
            if (i.incident.serviceCode == info.code)
                mine << &i;
        h.openIncidents = mine.size();

        if (info.state == QLatin1String("closed")) {
            h.health = Health::Closed;
            h.reasons << (info.stateReason.isEmpty() ? tr("Closed in the service catalogue.") : info.stateReason);
            b.services << h;
            continue;
        }
        if (info.state == QLatin1String("maintenance") || inWindow.contains(info.code) || all("maintenance")) {
            h.health = Health::Maintenance;
            h.reasons << (info.stateReason.isEmpty() || info.state != QLatin1String("maintenance") ? tr("Planned maintenance.")
                                                                                                    : info.stateReason);
            b.services << h;
            continue;
        }
        for (const OpenIncident *i : std::as_const(mine)) {
            const qint64 from = i->incident.outageFromAt ? i->incident.outageFromAt : i->incident.openedAt;
            if (i->incident.outage && from <= nowMs && (i->incident.outageToAt == 0 || i->incident.outageToAt > nowMs))
                h.reasons << tr("Outage: incident %1 (%2).").arg(i->incident.id).arg(i->incident.title);
        }
        if (all("down"))
            h.reasons << tr("Every station that provides it is down.");
        if (!h.reasons.isEmpty()) {
            h.health = Health::Down;
            b.services << h;
            continue;
        }
        const double success = h.recent.successRatio();
        if (success >= 0 && success * 10000.0 < info.successObjectiveBp)
            h.reasons << tr("Success %1 % is below the objective of %2 %.")
                             .arg(success * 100.0, 0, 'f', 2)
                             .arg(info.successObjectiveBp / 100.0, 0, 'f', 2);
        const double within = h.recent.withinThresholdRatio();
        if (within >= 0 && within * 10000.0 < info.latencyTargetBp)
            h.reasons << tr("Only %1 % answered within %2 ms (target %3 %).")
                             .arg(within * 100.0, 0, 'f', 1)
                             .arg(info.latencyThresholdMs)
                             .arg(info.latencyTargetBp / 100.0, 0, 'f', 0);
        for (const OpenIncident *i : std::as_const(mine))
            if (i->incident.priority <= 2)
                h.reasons << tr("Priority %1 incident %2 is open.").arg(i->incident.priority).arg(i->incident.id);
        h.health = h.reasons.isEmpty() ? Health::Up : Health::Degraded;
        b.services << h;
    }

    StatisticsOptions none;
    none.topTitles = 0;
    none.neverBorrowedLimit = 0;
    auto circulation = CirculationStats::computeIn(db, zone, today, today, nowMs, none);
    if (!circulation.ok())
        return circulation.error();
    b.today = *circulation;
    return b;
}

Result<QStringList> assignableStaff(ServiceCore &core, const Caller &caller)
{
    const OperationSpec spec{Services::Reporting, QStringLiteral("staff.assignable"), Rights::ReportView, {}, false};
    return core.execute<QStringList>(caller, spec, [](OperationContext &ctx) -> Result<QStringList> {
        auto q = ctx.db().exec(QStringLiteral("SELECT username FROM staff WHERE active = 1 AND role <> 'kiosk' ORDER BY username"));
        if (!q.ok())
            return q.error();
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        q->finish();
        return out;
    });
}

} // namespace Aksara::Reports

namespace Aksara::Reports {

Result<LibraryInfo> libraryInfo(ServiceCore &core, const Caller &caller)
{
    const OperationSpec spec{Services::Reporting, QStringLiteral("library.info"), Rights::ReportView, {}, false};
    return core.execute<LibraryInfo>(caller, spec, [](OperationContext &ctx) -> Result<LibraryInfo> {
        LibraryInfo info;
        auto profile = LibraryProfile::read(ctx.db());
        if (!profile.ok())
            return profile.error();
        info.name = profile->name;
        info.logo = profile->logo;
        info.zone = ServiceManagement::libraryZone(ctx.db());
        return info;
    });
}

} // namespace Aksara::Reports
