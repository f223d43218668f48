#pragma once

#include "core/ServiceCore.h"
#include "service/IncidentClock.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>
#include <optional>

namespace Aksara::ServiceManagement {

// Incident statuses: new -> assigned -> in_progress <-> pending -> resolved -> closed, with reopen
// (resolved -> in_progress, or new when nobody owns it). Kinds: "incident" and "request" (a service
// request runs through the same engine with its own targets).
namespace IncidentStatus {
inline const QString New = QStringLiteral("new");
inline const QString Assigned = QStringLiteral("assigned");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Pending = QStringLiteral("pending");
inline const QString Resolved = QStringLiteral("resolved");
inline const QString Closed = QStringLiteral("closed");
} // namespace IncidentStatus
bool isOpenStatus(const QString &status); // not resolved, not closed

struct Incident {
    qint64 id = 0;
    QString fingerprint;
    QString source; // auto | manual
    QString kind;   // incident | request
    QString rule;   // the automatic rule that opened it (empty: per-failure or manual)
    QString title;
    QString description;
    QString serviceCode;
    QString station;
    QString status;
    int impact = 2;
    int urgency = 2;
    int priority = 3;
    bool major = false;
    bool security = false;
    bool outage = false;
    QString assignee;
    QString reportedBy;
    QString pendingReason;
    QString resolution;
    QString resolvedBy;
    QString closedBy;
    qint64 occurrences = 1;
    qint64 firstSeenAt = 0;
    qint64 lastSeenAt = 0;
    qint64 openedAt = 0;
    qint64 ownedAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 outageFromAt = 0;
    qint64 outageToAt = 0;
    int reopenCount = 0;
    QString lastErrorCode;
    qint64 problemId = 0;

    QJsonObject toJson() const;
};

// One entry of an incident's history.
struct IncidentEvent {
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString kind; // opened | status | field | note | escalation | link
    QString fromStatus;
    QString toStatus;
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
    qint64 operationId = 0;
    QJsonObject toJson() const;
};

struct Escalation {
    qint64 incidentId = 0;
    QString clock; // own | resolve
    QString level; // warning | breach
    qint64 reachedAt = 0;
    qint64 recordedAt = 0;
    qint64 targetMs = 0;
    QJsonObject toJson() const;
};

struct IncidentTarget {
    QString kind;
    int priority = 3;
    qint64 ownMs = 0;
    qint64 resolveMs = 0;
    int attainmentBp = 9000;
    QJsonObject toJson() const;
};

struct IncidentDetail {
    Incident incident;
    IncidentTarget target;
    IncidentClocks clocks;
    QList<IncidentEvent> history;
    QList<Escalation> escalations;
    QList<qint64> evidence; // operation record ids (the newest 200)
    qint64 evidenceCount = 0;
    QJsonObject toJson() const;
};

struct NewIncident {
    QString kind = QStringLiteral("incident");
    QString title;
    QString description;
    QString serviceCode;
    QString station;
    int impact = 2;
    int urgency = 2;
    bool major = false;
    bool security = false;
    bool outage = false;
    qint64 outageFromAt = 0; // default: now
    QString assignee;
};

// What to change; unset fields stay as they are. A status change goes through the lifecycle's
// transitions; "closed" and reopening have their own calls.
struct IncidentUpdate {
    std::optional<QString> status;
    std::optional<QString> assignee;
    std::optional<int> impact;
    std::optional<int> urgency;
    std::optional<bool> major;
    std::optional<bool> security;
    std::optional<bool> outage;
    std::optional<qint64> outageFromAt;
    std::optional<qint64> outageToAt;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> serviceCode;
    QString pendingReason; // required when going to pending
    QString resolution;    // required when going to resolved
    QString note;          // kept in the history
};

struct IncidentFilter {
    bool openOnly = true;
    QString status;
    QString kind;
    QString service;
    int limit = 200;
};

// Incidents and service requests. Every call is an operation of the administration service
// (reads: of the reporting service) and every change is kept in the incident's history.
//   open:    right incident.report; refusals incident.bad_input, incident.unknown_service
//   update, assign, resolve, reopen: right incident.manage; refusals incident.not_found,
//            incident.bad_transition, incident.bad_input
//   close:   right incident.manage, and a person (not a system caller) confirms it; refusals
//            incident.not_resolved, incident.closure_needs_person
//   list, show: right report.view (or incident.report for one's own station's incidents: not
//            distinguished yet, the desk's form only opens)
// Thread affinity: as the service core.
class Incidents {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::Incidents)

public:
    explicit Incidents(ServiceCore &core) : m_core(core) {}

    Result<Incident> open(const Caller &caller, const NewIncident &input);
    Result<Incident> update(const Caller &caller, qint64 id, const IncidentUpdate &input);
    Result<Incident> assign(const Caller &caller, qint64 id, const QString &assignee, const QString &note = {});
    Result<Incident> resolve(const Caller &caller, qint64 id, const QString &resolution);
    Result<Incident> close(const Caller &caller, qint64 id, const QString &note = {});
    Result<Incident> reopen(const Caller &caller, qint64 id, const QString &reason);
    Result<Incident> addNote(const Caller &caller, qint64 id, const QString &note);
    Result<QList<Incident>> list(const Caller &caller, const IncidentFilter &filter = {});
    Result<IncidentDetail> show(const Caller &caller, qint64 id);

    // The configurable impact x urgency matrix and the targets (right service.manage to change;
    // each change is also a standard change record).
    Result<QList<std::array<int, 3>>> matrix(const Caller &caller); // {impact, urgency, priority}
    Status setPriority(const Caller &caller, int impact, int urgency, int priority);
    Result<QList<IncidentTarget>> targets(const Caller &caller);
    Status setTarget(const Caller &caller, const IncidentTarget &target);

    // Building blocks for the evaluator and the report; they run inside the caller's operation.
    static Result<Incident> load(Database &db, qint64 id);
    static Result<QList<Incident>> loadWhere(Database &db, const QString &where, const QVariantList &binds,
                                             const QString &order = QStringLiteral("i.id"), int limit = 0);
    static Result<int> priorityFor(Database &db, int impact, int urgency);
    static Result<IncidentTarget> targetFor(Database &db, const QString &kind, int priority);
    // The service hours its clocks count: the service's calendar (none: around the clock); without a
    // service, the station's; without either, the library calendar.
    static Result<Calendar> clockCalendar(Database &db, const Incident &incident);
    static Result<QList<StatusChange>> timeline(Database &db, const Incident &incident);
    static Result<IncidentClocks> clocks(Database &db, const Incident &incident, qint64 nowMs);
    // Records the warning / breach escalations the clocks have reached and are not yet recorded.
    static Result<QList<Escalation>> recordEscalations(OperationContext &ctx, const Incident &incident,
                                                       const IncidentClocks &clocks);
    static Status addEvent(OperationContext &ctx, qint64 incidentId, const IncidentEvent &event);
    // Moves an incident to a new status inside the caller's operation (history, owned_at,
    // resolved_at, escalations). Used by update and by the evaluator's auto-resolution.
    static Status transition(OperationContext &ctx, Incident &incident, const QString &to, const QString &note,
                             const QString &resolution = {}, const QString &pendingReason = {});

private:
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
