#pragma once

#include "core/ServiceLevels.h"
#include "reports/CirculationStats.h"
#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/Stations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Aksara::Reports {

// How a service is doing now, for the live board.
namespace Health {
inline const QString Up = QStringLiteral("up");
inline const QString Degraded = QStringLiteral("degraded");
inline const QString Down = QStringLiteral("down");
inline const QString Maintenance = QStringLiteral("maintenance");
inline const QString Closed = QStringLiteral("closed");
} // namespace Health

struct ServiceHealth {
    ServiceFigures recent; // since the start of the previous hour (the SLA buckets are hourly)
    ServiceFigures today;  // since the library's midnight
    QString health;        // Health::*
    QStringList reasons;   // why it is not up, translated (empty when up)
    qint64 openIncidents = 0;
    QJsonObject toJson() const;
};

struct OpenIncident {
    ServiceManagement::Incident incident;
    ServiceManagement::IncidentClocks clocks;
    // The clock that matters most now: breached > warning > running; "ok" when neither warns.
    QString attention() const; // breach | warning | ok
};

struct BoardSnapshot {
    qint64 atMs = 0;
    QList<ServiceHealth> services;
    QList<ServiceManagement::Station> stations;
    QList<OpenIncident> incidents; // open incidents and requests, most urgent first
    // Changes under way or coming: in progress, or approved / scheduled and not yet finished,
    // the soonest planned first (unplanned ones last).
    QList<ServiceManagement::Change> changes;
    CirculationStatistics today;   // today's circulation (top lists left out)
    QJsonObject toJson() const;
};

// The supervisor's live board: one read of the reporting service ("board", right report.view)
// that gathers every service's health, the stations with their last heartbeat, the open
// incidents with their SLA clocks, the changes under way or coming, and today's circulation.
//
// A service is
//   closed       when the catalogue says so (a supervisor closed it);
//   maintenance  when the catalogue says so, a planned maintenance window of it is running, or all
//                of the stations that provide it are in planned maintenance;
//   down         while an outage incident of it is open, or when every station that provides it is
//                down (the same sources the availability figures use);
//   degraded     when, since the start of the previous hour, its success ratio is below the
//                objective or its share within the latency threshold below the target, or when a
//                priority 1 or 2 incident of it is open;
//   up           otherwise.
class LiveBoard {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Reports::LiveBoard)

public:
    explicit LiveBoard(ServiceCore &core) : m_core(core) {}

    Result<BoardSnapshot> snapshot(const Caller &caller);

    static Result<BoardSnapshot> snapshotIn(Database &db, qint64 nowMs);

private:
    ServiceCore &m_core;
};

// The people an incident can be assigned to: active staff who are not kiosk accounts (user names,
// as the incidents record them). A reporting read ("staff.assignable", right report.view).
Result<QStringList> assignableStaff(ServiceCore &core, const Caller &caller);

} // namespace Aksara::Reports

namespace Aksara::Reports {

// What the window shows about the library itself: its name and the time zone its days and hours
// are counted in. A reporting read ("library.info", right report.view).
struct LibraryInfo {
    QString name;
    QTimeZone zone;
    QByteArray logo; // PNG or JPEG; empty: none
};
Result<LibraryInfo> libraryInfo(ServiceCore &core, const Caller &caller);

} // namespace Aksara::Reports
