#pragma once

#include "core/Database.h"
#include "service/Intervals.h"

#include <QJsonObject>

namespace Aksara::ServiceManagement {

// Availability of one service or station over a period, counted only inside its service hours
// (ISO 20000-1 8.7.1; formulas in docs/service-management.md):
//   agreed service time (AST)   = service hours in the period (up to now for the current month)
//   availability                = (AST - planned - unplanned) / (AST - planned)
//   user-perceived availability = (AST - planned - unplanned) / AST
//   outages                     = unplanned down intervals (merged over time) with service-hour time
//   MTRS = unplanned / outages;  MTBF = (AST - planned - unplanned) / outages
struct AvailabilityFigures {
    QString subject; // service | station
    QString code;
    QString name;
    QString calendar; // calendar code or "always"
    int objectiveBp = 0; // services only; 0 for stations
    qint64 agreedMs = 0;
    qint64 plannedMs = 0;
    qint64 unplannedMs = 0;
    int outages = 0;
    qint64 longestMs = 0;
    // Evidence: what the figures were computed from.
    QList<qint64> incidentIds;     // outage incidents
    QList<qint64> maintenanceIds;  // maintenance_windows / station_maintenance ids
    QList<qint64> outageIds;       // station_outages ids
    QStringList stations;          // for a service: the stations it depends on

    qint64 availableMs() const { return agreedMs - plannedMs - unplannedMs; }
    // Basis points, -1 when undefined (no agreed time outside planned downtime).
    int availabilityBp() const;
    int userPerceivedBp() const;
    qint64 mtrsMs() const { return outages ? unplannedMs / outages : -1; }
    qint64 mtbfMs() const { return outages ? availableMs() / outages : -1; }
    bool meetsObjective() const { return availabilityBp() < 0 || availabilityBp() >= objectiveBp; }
    QJsonObject toJson() const;
};

// Computes availability figures from maintenance windows, outage incidents and station outages
// (pre-aggregated from heartbeats), never from a scan of the operation log or the heartbeats.
// A service is down (unplanned) while an outage incident of it is open, or while none of the
// stations that provide it is up; planned while in a maintenance window of it, or while all of its
// stations are in planned maintenance. Planned takes precedence over unplanned.
class Availability {
public:
    explicit Availability(Database &db) : m_db(db) {}

    // [fromMs, toMs) as known at nowMs (the period is cut at nowMs).
    Result<QList<AvailabilityFigures>> services(qint64 fromMs, qint64 toMs, qint64 nowMs);
    Result<QList<AvailabilityFigures>> stations(qint64 fromMs, qint64 toMs, qint64 nowMs);

    // The arithmetic, on intervals: exposed for tests and the report.
    static AvailabilityFigures figures(const Intervals &hours, const Intervals &planned, const Intervals &unplanned);

private:
    Database &m_db;
};

} // namespace Aksara::ServiceManagement
