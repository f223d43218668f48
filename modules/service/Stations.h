#pragma once

#include "core/ServiceCore.h"
#include "service/Intervals.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Aksara::ServiceManagement {

struct Station {
    qint64 id = 0;
    QString code;
    QString kind; // desk | kiosk | reports | server | selfcheck
    QString name;
    int periodS = 60;
    int graceS = 120;
    qint64 lastHeartbeatAt = 0;
    qint64 registeredAt = 0;
    qint64 retiredAt = 0;
    qint64 calendarId = 0; // 0: around the clock
    QString calendarCode;
    QString branchCode; // empty: not tied to a branch
    QStringList services;
    // At the instant it was loaded: up | down | maintenance | off_hours (silent outside its hours) |
    // retired | unknown (never heard of).
    QString state;

    QJsonObject toJson() const;
};

struct NewStation {
    QString code;
    QString kind;
    QString name;
    int periodS = 60;
    int graceS = 120;
    // A calendar code, "always" (around the clock), or empty: the library calendar for desks,
    // kiosks, self-check machines and the reports window, around the clock for a server.
    QString calendar;
    QStringList services; // the services it provides
    QString branch;       // the branch where it stands (a code), or empty
};

struct HeartbeatAck {
    QString station;
    qint64 atMs = 0;
    // When this heartbeat ended an outage (heartbeats missed within service hours): its interval.
    qint64 outageFromAt = 0;
    qint64 outageToAt = 0;
    QJsonObject toJson() const;
};

// Stations (desks, kiosks, the server...) and their heartbeats.
//
// Heartbeats are measurements, not operations: they are not in the operation log. A heartbeat is
// stored in `heartbeats` and `stations.last_heartbeat_at`; when it ends a silence longer than
// period + grace *in the station's service hours*, the outage is stored in `station_outages` from
// the first missed beat (last heartbeat + one period of service time) to this heartbeat. So
// availability reads outages, never the raw heartbeats.
//
//   registerStation, rotateToken, retire: administration operations, right service.manage (a
//       registration is also a standard change). Refusals station.bad_input, station.exists,
//       station.unknown, calendar.unknown, station.unknown_service, station.unknown_branch.
//   heartbeat(code, token): the server's heartbeat endpoint; refusals station.unknown,
//       station.bad_token, station.retired.
//   heartbeatTrusted: the same for a local caller with system.admin (the command line).
//   list: reporting operation, right report.view.
class Stations {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::Stations)

public:
    explicit Stations(ServiceCore &core) : m_core(core) {}

    // Returns the station and its token (shown once; only its hash is stored).
    Result<std::pair<Station, QString>> registerStation(const Caller &caller, const NewStation &input);
    Result<QString> rotateToken(const Caller &caller, const QString &code);
    Result<Station> retire(const Caller &caller, const QString &code);
    Result<HeartbeatAck> heartbeat(const QString &code, const QString &token);
    // The station of `code` when `token` is its token (read only: not a heartbeat, not an
    // operation). Refusals station.unknown, station.bad_token, station.retired (the same checks as
    // heartbeat). For APIs authenticated by a station's token (the kiosk API).
    Result<Station> authenticate(const QString &code, const QString &token);
    Result<HeartbeatAck> heartbeatTrusted(const Caller &caller, const QString &code);
    Result<QList<Station>> list(const Caller &caller);

    static Result<QList<Station>> loadAll(Database &db, qint64 nowMs);
    // Where the station was down within [from, to) as known at nowMs (stored outages and the
    // current silence), and its planned maintenance. Absolute instants; not yet cut to its hours.
    static Result<Intervals> downIntervals(Database &db, const Station &station, qint64 from, qint64 to, qint64 nowMs);
    static Result<Intervals> maintenanceIntervals(Database &db, qint64 stationId, qint64 from, qint64 to);
    // The ids of the stored outages overlapping [from, to) (for the report's evidence).
    static Result<QList<qint64>> outageIds(Database &db, qint64 stationId, qint64 from, qint64 to);

private:
    Result<HeartbeatAck> beat(const QString &code, const QString *token);
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
