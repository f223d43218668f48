#include "service/Incidents.h"

#include "service/Changes.h"
#include "service/Common.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Aksara::ServiceManagement {

namespace {
const QString kColumns = QStringLiteral(
    "i.id, i.fingerprint, i.source, i.kind, i.rule, i.title, i.description, i.service_code, i.station, i.status, "
    "i.impact, i.urgency, i.priority, i.major, i.security, i.outage, i.assignee, i.reported_by, i.pending_reason, "
    "i.resolution, i.resolved_by, i.closed_by, i.occurrences, i.first_seen_at, i.last_seen_at, i.opened_at, "
    "COALESCE(i.owned_at, 0), COALESCE(i.resolved_at, 0), COALESCE(i.closed_at, 0), COALESCE(i.outage_from_at, 0), "
    "COALESCE(i.outage_to_at, 0), i.reopen_count, i.last_error_code, COALESCE(pi.problem_id, 0)");
const QString kFrom = QStringLiteral(" FROM incidents i LEFT JOIN problem_incidents pi ON pi.incident_id = i.id");

Incident incidentFrom(const Query &q)
{
    Incident i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.fingerprint = q.value(c++).toString();
    i.source = q.value(c++).toString();
    i.kind = q.value(c++).toString();
    i.rule = q.value(c++).toString();
    i.title = q.value(c++).toString();
    i.description = q.value(c++).toString();
    i.serviceCode = q.value(c++).toString();
    i.station = q.value(c++).toString();
    i.status = q.value(c++).toString();
    i.impact = q.value(c++).toInt();
    i.urgency = q.value(c++).toInt();
    i.priority = q.value(c++).toInt();
    i.major = q.value(c++).toInt() != 0;
    i.security = q.value(c++).toInt() != 0;
    i.outage = q.value(c++).toInt() != 0;
    i.assignee = q.value(c++).toString();
    i.reportedBy = q.value(c++).toString();
    i.pendingReason = q.value(c++).toString();
    i.resolution = q.value(c++).toString();
    i.resolvedBy = q.value(c++).toString();
    i.closedBy = q.value(c++).toString();
    i.occurrences = q.value(c++).toLongLong();
    i.firstSeenAt = q.value(c++).toLongLong();
    i.lastSeenAt = q.value(c++).toLongLong();
    i.openedAt = q.value(c++).toLongLong();
    i.ownedAt = q.value(c++).toLongLong();
    i.resolvedAt = q.value(c++).toLongLong();
    i.closedAt = q.value(c++).toLongLong();
    i.outageFromAt = q.value(c++).toLongLong();
    i.outageToAt = q.value(c++).toLongLong();
    i.reopenCount = q.value(c++).toInt();
    i.lastErrorCode = q.value(c++).toString();
    i.problemId = q.value(c++).toLongLong();
    return i;
}

Error notFound(qint64 id)
{
    return Error::refused(QStringLiteral("incident.not_found"), tr("There is no incident %1.").arg(id));
}

Error badTransition(const Incident &i, const QString &to)
{
    return Error::refused(QStringLiteral("incident.bad_transition"),
                          tr("Incident %1 is %2; it cannot go to %3.").arg(i.id).arg(i.status, to));
}

bool validStatus(const QString &s)
{
    using namespace IncidentStatus;
    return s == New || s == Assigned || s == InProgress || s == Pending || s == Resolved || s == Closed;
}

// The lifecycle's transitions (closing and reopening have their own rules).
bool allowed(const QString &from, const QString &to)
{
    using namespace IncidentStatus;
    if (from == New)
        return to == Assigned || to == InProgress || to == Resolved;
    if (from == Assigned)
        return to == InProgress || to == Pending || to == Resolved;
    if (from == InProgress)
        return to == Assigned || to == Pending || to == Resolved;
    if (from == Pending)
        return to == Assigned || to == InProgress || to == Resolved;
    if (from == Resolved)
        return to == Closed || to == InProgress || to == New || to == Assigned;
    return false;
}

Status checkImpactUrgency(int impact, int urgency)
{
    if (impact < 1 || impact > 3 || urgency < 1 || urgency > 3)
        return badInput(QStringLiteral("incident"),
                        tr("Impact and urgency are 1 (high), 2 (medium) or 3 (low)."));
    return {};
}

Status checkService(Database &db, const QString &code)
{
    if (code.isEmpty())
        return {};
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE code = ?"), {code});
    if (!v.ok())
        return v.error();
    if (v->toLongLong() == 0)
        return Error::refused(QStringLiteral("incident.unknown_service"), tr("There is no service \"%1\".").arg(code));
    return {};
}

QString manualFingerprint(const NewIncident &in)
{
    // Two reports of the same fault at the same place are one incident with two occurrences.
    const QString key = QStringLiteral("manual|%1|%2|%3|%4")
                            .arg(in.kind, in.station, in.serviceCode, in.title.simplified().toLower());
    return QStringLiteral("m:")
         + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

// A resolved automatic incident cannot be reopened while a newer one is open for the same fault
// (the database keeps one open incident per fingerprint).
Status checkNoOtherOpen(Database &db, const Incident &i)
{
    if (i.fingerprint.isEmpty())
        return {};
    auto other = db.scalar(QStringLiteral("SELECT MIN(id) FROM incidents WHERE fingerprint = ? AND id <> ? AND "
                                          "status NOT IN ('resolved', 'closed')"),
                           {i.fingerprint, i.id});
    if (!other.ok())
        return other.error();
    if (!other->isNull())
        return Error::refused(QStringLiteral("incident.duplicate_open"),
                              tr("Incident %1 is already open for the same fault; work on that one.")
                                  .arg(other->toLongLong()));
    return {};
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

bool isOpenStatus(const QString &status)
{
    return status != IncidentStatus::Resolved && status != IncidentStatus::Closed;
}

QJsonObject Incident::toJson() const
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("source"), source},
            {QStringLiteral("rule"), text(rule)},
            {QStringLiteral("fingerprint"), text(fingerprint)},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("service"), text(serviceCode)},
            {QStringLiteral("station"), text(station)},
            {QStringLiteral("status"), status},
            {QStringLiteral("impact"), impact},
            {QStringLiteral("urgency"), urgency},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("major"), major},
            {QStringLiteral("security"), security},
            {QStringLiteral("outage"), outage},
            {QStringLiteral("outage_from"), isoOrNull(outageFromAt)},
            {QStringLiteral("outage_to"), isoOrNull(outageToAt)},
            {QStringLiteral("assignee"), text(assignee)},
            {QStringLiteral("reported_by"), text(reportedBy)},
            {QStringLiteral("pending_reason"), text(pendingReason)},
            {QStringLiteral("resolution"), text(resolution)},
            {QStringLiteral("resolved_by"), text(resolvedBy)},
            {QStringLiteral("closed_by"), text(closedBy)},
            {QStringLiteral("occurrences"), occurrences},
            {QStringLiteral("first_seen_at"), isoOrNull(firstSeenAt)},
            {QStringLiteral("last_seen_at"), isoOrNull(lastSeenAt)},
            {QStringLiteral("opened_at"), isoOrNull(openedAt)},
            {QStringLiteral("owned_at"), isoOrNull(ownedAt)},
            {QStringLiteral("resolved_at"), isoOrNull(resolvedAt)},
            {QStringLiteral("closed_at"), isoOrNull(closedAt)},
            {QStringLiteral("reopen_count"), reopenCount},
            {QStringLiteral("last_error_code"), text(lastErrorCode)},
            {QStringLiteral("problem_id"), problemId == 0 ? QJsonValue() : QJsonValue(problemId)}};
}

QJsonObject IncidentEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("at"), isoOrNull(atMs)},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("operation_id"), operationId}};
    if (!fromStatus.isEmpty() || !toStatus.isEmpty()) {
        o.insert(QStringLiteral("from_status"), fromStatus.isEmpty() ? QJsonValue() : QJsonValue(fromStatus));
        o.insert(QStringLiteral("to_status"), toStatus);
    }
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("old_value"), oldValue);
        o.insert(QStringLiteral("new_value"), newValue);
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject Escalation::toJson() const
{
    return {{QStringLiteral("incident_id"), incidentId},  {QStringLiteral("clock"), clock},
            {QStringLiteral("level"), level},             {QStringLiteral("reached_at"), isoOrNull(reachedAt)},
            {QStringLiteral("recorded_at"), isoOrNull(recordedAt)}, {QStringLiteral("target_ms"), targetMs}};
}

QJsonObject IncidentTarget::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("own_ms"), ownMs},
            {QStringLiteral("resolve_ms"), resolveMs},
            {QStringLiteral("attainment_bp"), attainmentBp}};
}

QJsonObject IncidentDetail::toJson() const
{
    QJsonObject o = incident.toJson();
    o.insert(QStringLiteral("target"), target.toJson());
    o.insert(QStringLiteral("clocks"), clocks.toJson());
    QJsonArray h;
    for (const IncidentEvent &e : history)
        h << e.toJson();
    o.insert(QStringLiteral("history"), h);
    QJsonArray esc;
    for (const Escalation &e : escalations)
        esc << e.toJson();
    o.insert(QStringLiteral("escalations"), esc);
    QJsonArray ev;
    for (qint64 id : evidence)
        ev << id;
    o.insert(QStringLiteral("evidence_operations"), ev);
    o.insert(QStringLiteral("evidence_count"), evidenceCount);
    return o;
}

// ---- building blocks ------------------------------------------------------------------------------

Result<Incident> Incidents::load(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE i.id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(id);
    Incident i = incidentFrom(*q);
    q->finish();
    return i;
}

Result<QList<Incident>> Incidents::loadWhere(Database &db, const QString &where, const QVariantList &binds,
                                             const QString &order, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + kFrom;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    QList<Incident> out;
    while (q->next())
        out << incidentFrom(*q);
    q->finish();
    return out;
}

Result<int> Incidents::priorityFor(Database &db, int impact, int urgency)
{
    auto v = db.scalar(QStringLiteral("SELECT priority FROM priority_matrix WHERE impact = ? AND urgency = ?"),
                       {impact, urgency});
    if (!v.ok())
        return v.error();
    if (v->isNull())
        return Error::failed(QStringLiteral("incident.no_matrix"),
                             tr("The priority matrix has no entry for impact %1 and urgency %2.").arg(impact).arg(urgency));
    return v->toInt();
}

Result<IncidentTarget> Incidents::targetFor(Database &db, const QString &kind, int priority)
{
    auto q = db.exec(QStringLiteral("SELECT own_ms, resolve_ms, attainment_bp FROM incident_targets "
                                    "WHERE kind = ? AND priority = ?"),
                     {kind, priority});
    if (!q.ok())
        return q.error();
    IncidentTarget t;
    t.kind = kind;
    t.priority = priority;
    if (!q->next())
        return Error::failed(QStringLiteral("incident.no_target"),
                             tr("There is no target for %1 priority %2.").arg(kind).arg(priority));
    t.ownMs = q->value(0).toLongLong();
    t.resolveMs = q->value(1).toLongLong();
    t.attainmentBp = q->value(2).toInt();
    q->finish();
    return t;
}

Result<Calendar> Incidents::clockCalendar(Database &db, const Incident &incident)
{
    if (!incident.serviceCode.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT COALESCE(hours_calendar_id, 0) FROM services WHERE code = ?"),
                         {incident.serviceCode});
        if (!q.ok())
            return q.error();
        if (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            q->finish();
            return calendarOrAlways(db, id);
        }
        q->finish();
    }
    if (!incident.station.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT COALESCE(hours_calendar_id, 0) FROM stations WHERE code = ?"),
                         {incident.station});
        if (!q.ok())
            return q.error();
        if (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            q->finish();
            return calendarOrAlways(db, id);
        }
        q->finish();
    }
    return calendarOrAlways(db, libraryCalendarId(db));
}

Result<QList<StatusChange>> Incidents::timeline(Database &db, const Incident &incident)
{
    QList<StatusChange> out{{incident.openedAt, IncidentStatus::New}};
    auto q = db.exec(QStringLiteral("SELECT at, to_status FROM incident_events WHERE incident_id = ? AND kind = 'status' "
                                    "ORDER BY at, id"),
                     {incident.id});
    if (!q.ok())
        return q.error();
    while (q->next())
        out << StatusChange{q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return out;
}

Result<IncidentClocks> Incidents::clocks(Database &db, const Incident &incident, qint64 nowMs)
{
    auto target = targetFor(db, incident.kind, incident.priority);
    if (!target.ok())
        return target.error();
    auto calendar = clockCalendar(db, incident);
    if (!calendar.ok())
        return calendar.error();
    auto line = timeline(db, incident);
    if (!line.ok())
        return line.error();
    return computeClocks(*line, *calendar, target->ownMs, target->resolveMs, nowMs);
}

Status Incidents::addEvent(OperationContext &ctx, qint64 incidentId, const IncidentEvent &e)
{
    auto q = ctx.db().exec(
        QStringLiteral("INSERT INTO incident_events (incident_id, at, actor, kind, from_status, to_status, field, "
                       "old_value, new_value, note, created_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {incidentId, e.atMs ? e.atMs : ctx.nowMs(), e.actor.isEmpty() ? ctx.caller().actor : e.actor, e.kind,
         textOrNull(e.fromStatus), textOrNull(e.toStatus), textOrNull(e.field), textOrNull(e.oldValue),
         textOrNull(e.newValue), nn(e.note), ctx.operationId()});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<Escalation>> Incidents::recordEscalations(OperationContext &ctx, const Incident &incident,
                                                       const IncidentClocks &clocks)
{
    QList<Escalation> recorded;
    const std::array<std::pair<QString, const ClockState *>, 2> all{
        std::pair{QStringLiteral("own"), &clocks.own}, std::pair{QStringLiteral("resolve"), &clocks.resolve}};
    for (const auto &[name, clock] : all) {
        for (const auto &[level, at] : {std::pair{QStringLiteral("warning"), clock->warningAt},
                                        std::pair{QStringLiteral("breach"), clock->breachAt}}) {
            if (at == 0)
                continue;
            auto q = ctx.db().exec(
                QStringLiteral("INSERT INTO incident_escalations (incident_id, clock, level, reached_at, recorded_at, "
                               "target_ms, created_op) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (incident_id, clock, level) DO NOTHING RETURNING id"),
                {incident.id, name, level, at, ctx.nowMs(), clock->targetMs, ctx.operationId()});
            if (!q.ok())
                return q.error();
            const bool inserted = q->next();
            q->finish();
            if (!inserted)
                continue;
            Escalation e{incident.id, name, level, at, ctx.nowMs(), clock->targetMs};
            recorded << e;
            IncidentEvent ev;
            ev.kind = QStringLiteral("escalation");
            ev.field = name;
            ev.newValue = level;
            const bool own = name == QLatin1String("own");
            ev.note = (level == QLatin1String("warning")
                           ? (own ? tr("75 % of the time-to-own target reached at %1")
                                  : tr("75 % of the time-to-resolve target reached at %1"))
                           : (own ? tr("time-to-own target breached at %1") : tr("time-to-resolve target breached at %1")))
                          .arg(isoUtc(at));
            if (Status st = addEvent(ctx, incident.id, ev); !st.ok())
                return st.error();
        }
    }
    return recorded;
}

Status Incidents::transition(OperationContext &ctx, Incident &i, const QString &to, const QString &note,
                             const QString &resolution, const QString &pendingReason)
{
    using namespace IncidentStatus;
    const QString from = i.status;
    const qint64 now = ctx.nowMs();
    const QString actor = ctx.caller().actor;
    if (to == Resolved) {
        i.resolvedAt = now;
        i.resolvedBy = actor;
        i.resolution = resolution;
        if (i.outage && i.outageToAt == 0)
            i.outageToAt = now;
    } else if (to == Closed) {
        i.closedAt = now;
        i.closedBy = actor;
    } else if (from == Resolved) {
        // Reopened: the resolution no longer holds.
        i.resolvedAt = 0;
        i.resolvedBy.clear();
        i.reopenCount += 1;
    }
    if (i.ownedAt == 0 && (to == Assigned || to == InProgress || to == Resolved))
        i.ownedAt = now;
    i.pendingReason = to == Pending ? pendingReason : QString();
    i.status = to;
    auto q = ctx.db().exec(
        QStringLiteral("UPDATE incidents SET status = ?, owned_at = ?, resolved_at = ?, resolved_by = ?, resolution = ?, "
                       "closed_at = ?, closed_by = ?, reopen_count = ?, pending_reason = ?, outage_to_at = ?, "
                       "updated_op = ? WHERE id = ?"),
        {to, idOrNull(i.ownedAt), idOrNull(i.resolvedAt), textOrNull(i.resolvedBy), textOrNull(i.resolution),
         idOrNull(i.closedAt), textOrNull(i.closedBy), i.reopenCount, textOrNull(i.pendingReason),
         idOrNull(i.outageToAt), ctx.operationId(), i.id});
    if (!q.ok())
        return q.error();
    IncidentEvent e;
    e.kind = QStringLiteral("status");
    e.fromStatus = from;
    e.toStatus = to;
    e.note = note.isEmpty() ? (to == Resolved ? resolution : to == Pending ? pendingReason : QString()) : note;
    if (Status st = addEvent(ctx, i.id, e); !st.ok())
        return st;
    auto c = clocks(ctx.db(), i, now);
    if (!c.ok())
        return c.error();
    auto esc = recordEscalations(ctx, i, *c);
    if (!esc.ok())
        return esc.error();
    return {};
}

// ---- operations -----------------------------------------------------------------------------------

Result<Incident> Incidents::open(const Caller &caller, const NewIncident &input)
{
    NewIncident in = input;
    in.title = in.title.trimmed();
    in.station = in.station.trimmed();
    if (in.station.isEmpty())
        in.station = caller.station;
    const OperationSpec spec{Services::Administration, QStringLiteral("incident.open"), Rights::IncidentReport,
                             in.title.left(80)};
    return m_core.execute<Incident>(caller, spec, [&](OperationContext &ctx) -> Result<Incident> {
        if (in.title.isEmpty())
            return badInput(QStringLiteral("incident"), tr("An incident needs a title (what is wrong)."));
        if (in.title.size() > 200)
            return badInput(QStringLiteral("incident"), tr("The title is longer than 200 characters."));
        if (in.kind != QLatin1String("incident") && in.kind != QLatin1String("request"))
            return badInput(QStringLiteral("incident"), tr("The kind is \"incident\" or \"request\"."));
        if (Status st = checkImpactUrgency(in.impact, in.urgency); !st.ok())
            return st.error();
        if (Status st = checkService(ctx.db(), in.serviceCode); !st.ok())
            return st.error();
        auto priority = priorityFor(ctx.db(), in.impact, in.urgency);
        if (!priority.ok())
            return priority.error();
        const qint64 now = ctx.nowMs();
        const bool major = in.major || *priority == 1;
        auto q = ctx.db().exec(
            QStringLiteral(
                "INSERT INTO incidents (fingerprint, source, kind, title, description, service_code, station, status, "
                "impact, urgency, priority, major, security, outage, outage_from_at, reported_by, occurrences, "
                "first_seen_at, last_seen_at, opened_at, created_op, updated_op) "
                "VALUES (?, 'manual', ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) "
                "ON CONFLICT (fingerprint) WHERE status NOT IN ('resolved', 'closed') DO UPDATE SET "
                "occurrences = incidents.occurrences + 1, last_seen_at = excluded.last_seen_at, "
                "updated_op = excluded.updated_op RETURNING id, occurrences"),
            {manualFingerprint(in), in.kind, in.title, nn(in.description), textOrNull(in.serviceCode), textOrNull(in.station),
             in.impact, in.urgency, *priority, major ? 1 : 0, in.security ? 1 : 0, in.outage ? 1 : 0,
             in.outage ? QVariant(in.outageFromAt > 0 ? in.outageFromAt : now) : idOrNull(0), caller.actor, now, now,
             now, ctx.operationId(), ctx.operationId()});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return Error::failed(QStringLiteral("incident.open"), tr("Could not open the incident."));
        const qint64 id = q->value(0).toLongLong();
        const qint64 occurrences = q->value(1).toLongLong();
        q->finish();
        ctx.setSubject(QStringLiteral("incident:%1").arg(id));
        ctx.setDetail(QStringLiteral("incident_id"), id);
        IncidentEvent e;
        if (occurrences > 1) {
            // The same fault reported again: one more occurrence of the open incident.
            ctx.setDetail(QStringLiteral("duplicate"), true);
            e.kind = QStringLiteral("note");
            e.note = tr("Reported again by %1 (occurrence %2).").arg(caller.actor).arg(occurrences);
            if (!in.description.isEmpty())
                e.note += QLatin1Char(' ') + in.description;
            if (Status st = addEvent(ctx, id, e); !st.ok())
                return st.error();
            return load(ctx.db(), id);
        }
        e.kind = QStringLiteral("opened");
        e.note = in.description;
        if (Status st = addEvent(ctx, id, e); !st.ok())
            return st.error();
        auto incident = load(ctx.db(), id);
        if (!incident.ok())
            return incident.error();
        if (!in.assignee.trimmed().isEmpty()) {
            incident->assignee = in.assignee.trimmed();
            auto a = ctx.db().exec(QStringLiteral("UPDATE incidents SET assignee = ? WHERE id = ?"),
                                   {incident->assignee, id});
            if (!a.ok())
                return a.error();
            IncidentEvent f;
            f.kind = QStringLiteral("field");
            f.field = QStringLiteral("assignee");
            f.newValue = incident->assignee;
            if (Status st = addEvent(ctx, id, f); !st.ok())
                return st.error();
            if (Status st = transition(ctx, *incident, IncidentStatus::Assigned, {}); !st.ok())
                return st.error();
        }
        return load(ctx.db(), id);
    });
}

Result<Incident> Incidents::update(const Caller &caller, qint64 id, const IncidentUpdate &in)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("incident.update"), Rights::IncidentManage,
                             QStringLiteral("incident:%1").arg(id)};
    return m_core.execute<Incident>(caller, spec, [&](OperationContext &ctx) -> Result<Incident> {
        using namespace IncidentStatus;
        auto loaded = load(ctx.db(), id);
        if (!loaded.ok())
            return loaded.error();
        Incident i = *loaded;
        ctx.setDetail(QStringLiteral("incident_id"), id);
        if (i.status == Closed)
            return Error::refused(QStringLiteral("incident.closed"),
                                  tr("Incident %1 is closed; it can no longer change.").arg(id));
        const QString target = in.status.value_or(QString());
        if (in.status && !validStatus(target))
            return badInput(QStringLiteral("incident"),
                            tr("\"%1\" is not a status (new, assigned, in_progress, pending, resolved, closed).")
                                .arg(target));
        if (in.status && target == Closed && caller.channel == Channel::System)
            return Error::refused(QStringLiteral("incident.closure_needs_person"),
                                  tr("Closing an incident is confirmed by a person, not by the system."));
        if (in.status && target != i.status && !allowed(i.status, target))
            return badTransition(i, target);
        if (in.status && i.status == Resolved && target != Closed && target != Resolved && in.note.trimmed().isEmpty())
            return badInput(QStringLiteral("incident"), tr("Reopening an incident needs a reason (--note)."));
        if (in.status && target == Pending && in.pendingReason.trimmed().isEmpty())
            return badInput(QStringLiteral("incident"),
                            tr("Pending needs a reason: what or whom the incident is waiting for."));
        if (in.status && target == Resolved && target != i.status && in.resolution.trimmed().isEmpty())
            return badInput(QStringLiteral("incident"), tr("Resolving an incident needs a resolution (what fixed it)."));
        if (in.title && in.title->trimmed().isEmpty())
            return badInput(QStringLiteral("incident"), tr("An incident needs a title (what is wrong)."));
        if (in.serviceCode)
            if (Status st = checkService(ctx.db(), *in.serviceCode); !st.ok())
                return st.error();
        const int impact = in.impact.value_or(i.impact);
        const int urgency = in.urgency.value_or(i.urgency);
        if (Status st = checkImpactUrgency(impact, urgency); !st.ok())
            return st.error();
        if (in.outageFromAt && in.outageToAt && *in.outageToAt <= *in.outageFromAt)
            return badInput(QStringLiteral("incident"), tr("An outage ends after it starts."));

        // Field changes, each kept in the history.
        QStringList sets;
        QVariantList binds;
        auto field = [&](const QString &column, const QString &name, const QString &oldText, const QString &newText,
                         const QVariant &value) -> Status {
            if (oldText == newText)
                return {};
            sets << column + QStringLiteral(" = ?");
            binds << value;
            IncidentEvent e;
            e.kind = QStringLiteral("field");
            e.field = name;
            e.oldValue = oldText;
            e.newValue = newText;
            e.note = in.note;
            return addEvent(ctx, id, e);
        };
        Status st;
        if (in.title && st.ok())
            st = field(QStringLiteral("title"), QStringLiteral("title"), i.title, in.title->trimmed(), in.title->trimmed());
        if (in.description && st.ok())
            st = field(QStringLiteral("description"), QStringLiteral("description"), i.description, *in.description,
                       nn(*in.description));
        if (in.serviceCode && st.ok())
            st = field(QStringLiteral("service_code"), QStringLiteral("service"), i.serviceCode, *in.serviceCode,
                       textOrNull(*in.serviceCode));
        if (in.assignee && st.ok())
            st = field(QStringLiteral("assignee"), QStringLiteral("assignee"), i.assignee, in.assignee->trimmed(),
                       textOrNull(in.assignee->trimmed()));
        if (st.ok() && (impact != i.impact || urgency != i.urgency)) {
            auto p = priorityFor(ctx.db(), impact, urgency);
            if (!p.ok())
                return p.error();
            st = field(QStringLiteral("impact"), QStringLiteral("impact"), QString::number(i.impact),
                       QString::number(impact), impact);
            if (st.ok())
                st = field(QStringLiteral("urgency"), QStringLiteral("urgency"), QString::number(i.urgency),
                           QString::number(urgency), urgency);
            if (st.ok())
                st = field(QStringLiteral("priority"), QStringLiteral("priority"), QString::number(i.priority),
                           QString::number(*p), *p);
            if (st.ok() && *p == 1 && !i.major && !in.major)
                st = field(QStringLiteral("major"), QStringLiteral("major"), flag(false), flag(true), 1);
        }
        if (in.major && st.ok())
            st = field(QStringLiteral("major"), QStringLiteral("major"), flag(i.major), flag(*in.major), *in.major ? 1 : 0);
        if (in.security && st.ok())
            st = field(QStringLiteral("security"), QStringLiteral("security"), flag(i.security), flag(*in.security),
                       *in.security ? 1 : 0);
        if (in.outage && st.ok()) {
            st = field(QStringLiteral("outage"), QStringLiteral("outage"), flag(i.outage), flag(*in.outage),
                       *in.outage ? 1 : 0);
            if (st.ok() && *in.outage && !i.outage && !in.outageFromAt)
                st = field(QStringLiteral("outage_from_at"), QStringLiteral("outage_from"), QString(),
                           isoUtc(i.openedAt), i.openedAt);
        }
        if (in.outageFromAt && st.ok())
            st = field(QStringLiteral("outage_from_at"), QStringLiteral("outage_from"),
                       i.outageFromAt ? isoUtc(i.outageFromAt) : QString(), isoUtc(*in.outageFromAt), *in.outageFromAt);
        if (in.outageToAt && st.ok())
            st = field(QStringLiteral("outage_to_at"), QStringLiteral("outage_to"),
                       i.outageToAt ? isoUtc(i.outageToAt) : QString(), isoUtc(*in.outageToAt), *in.outageToAt);
        if (!st.ok())
            return st.error();
        if (!sets.isEmpty()) {
            binds << ctx.operationId() << id;
            auto q = ctx.db().exec(QStringLiteral("UPDATE incidents SET %1, updated_op = ? WHERE id = ?")
                                       .arg(sets.join(QStringLiteral(", "))),
                                   binds);
            if (!q.ok())
                return q.error();
        }
        auto reloaded = load(ctx.db(), id);
        if (!reloaded.ok())
            return reloaded.error();
        i = *reloaded;

        // The status: explicit, or "assigned" when a new incident gets an assignee.
        QString to = target;
        if (to.isEmpty() && in.assignee && !in.assignee->trimmed().isEmpty() && i.status == New)
            to = Assigned;
        if (to == Assigned && i.assignee.isEmpty())
            return Error::refused(QStringLiteral("incident.needs_assignee"),
                                  tr("An assigned incident needs an assignee (--assign)."));
        const bool moves = !to.isEmpty() && to != i.status;
        if (moves) {
            if (i.status == Resolved && to != Closed)
                if (Status s = checkNoOtherOpen(ctx.db(), i); !s.ok())
                    return s.error();
            if (Status s = transition(ctx, i, to, in.note, in.resolution.trimmed(), in.pendingReason.trimmed()); !s.ok())
                return s.error();
        } else if (sets.isEmpty() && !in.note.trimmed().isEmpty()) {
            IncidentEvent e;
            e.kind = QStringLiteral("note");
            e.note = in.note.trimmed();
            if (Status s = addEvent(ctx, id, e); !s.ok())
                return s.error();
            auto q = ctx.db().exec(QStringLiteral("UPDATE incidents SET updated_op = ? WHERE id = ?"),
                                   {ctx.operationId(), id});
            if (!q.ok())
                return q.error();
        } else if (sets.isEmpty() && to.isEmpty()) {
            return badInput(QStringLiteral("incident"), tr("Nothing to change."));
        }
        if (!moves && sets.isEmpty() && !to.isEmpty() && in.note.trimmed().isEmpty())
            return badInput(QStringLiteral("incident"), tr("Incident %1 is already %2.").arg(id).arg(to));
        return load(ctx.db(), id);
    });
}

Result<Incident> Incidents::assign(const Caller &caller, qint64 id, const QString &assignee, const QString &note)
{
    IncidentUpdate u;
    u.assignee = assignee;
    u.note = note;
    return update(caller, id, u);
}

Result<Incident> Incidents::resolve(const Caller &caller, qint64 id, const QString &resolution)
{
    IncidentUpdate u;
    u.status = IncidentStatus::Resolved;
    u.resolution = resolution;
    return update(caller, id, u);
}

Result<Incident> Incidents::close(const Caller &caller, qint64 id, const QString &note)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("incident.close"), Rights::IncidentManage,
                             QStringLiteral("incident:%1").arg(id)};
    return m_core.execute<Incident>(caller, spec, [&](OperationContext &ctx) -> Result<Incident> {
        auto i = load(ctx.db(), id);
        if (!i.ok())
            return i.error();
        ctx.setDetail(QStringLiteral("incident_id"), id);
        if (caller.channel == Channel::System)
            return Error::refused(QStringLiteral("incident.closure_needs_person"),
                                  tr("Closing an incident is confirmed by a person, not by the system."));
        if (i->status != IncidentStatus::Resolved)
            return Error::refused(QStringLiteral("incident.not_resolved"),
                                  tr("Incident %1 is %2: only a resolved incident can be closed.").arg(id).arg(i->status));
        if (Status st = transition(ctx, *i, IncidentStatus::Closed, note.trimmed()); !st.ok())
            return st.error();
        return load(ctx.db(), id);
    });
}

Result<Incident> Incidents::reopen(const Caller &caller, qint64 id, const QString &reason)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("incident.reopen"), Rights::IncidentManage,
                             QStringLiteral("incident:%1").arg(id)};
    return m_core.execute<Incident>(caller, spec, [&](OperationContext &ctx) -> Result<Incident> {
        auto i = load(ctx.db(), id);
        if (!i.ok())
            return i.error();
        ctx.setDetail(QStringLiteral("incident_id"), id);
        if (i->status != IncidentStatus::Resolved)
            return Error::refused(QStringLiteral("incident.bad_transition"),
                                  tr("Incident %1 is %2: only a resolved incident can be reopened.").arg(id).arg(i->status));
        if (reason.trimmed().isEmpty())
            return badInput(QStringLiteral("incident"), tr("Reopening an incident needs a reason."));
        if (Status st = checkNoOtherOpen(ctx.db(), *i); !st.ok())
            return st.error();
        // Reopened work continues with its owner, or waits to be owned again.
        const QString to = i->assignee.isEmpty() ? IncidentStatus::New : IncidentStatus::InProgress;
        if (Status st = transition(ctx, *i, to, reason.trimmed()); !st.ok())
            return st.error();
        return load(ctx.db(), id);
    });
}

Result<Incident> Incidents::addNote(const Caller &caller, qint64 id, const QString &note)
{
    IncidentUpdate u;
    u.note = note;
    if (note.trimmed().isEmpty())
        return badInput(QStringLiteral("incident"), tr("The note is empty."));
    return update(caller, id, u);
}

Result<QList<Incident>> Incidents::list(const Caller &caller, const IncidentFilter &f)
{
    return m_core.execute<QList<Incident>>(
        caller, {Services::Reporting, QStringLiteral("incident.list"), Rights::IncidentReport, {}, false},
        [&](OperationContext &ctx) -> Result<QList<Incident>> {
            QStringList where;
            QVariantList binds;
            if (!f.status.isEmpty()) {
                if (!validStatus(f.status))
                    return badInput(QStringLiteral("incident"), tr("\"%1\" is not a status.").arg(f.status));
                where << QStringLiteral("i.status = ?");
                binds << f.status;
            } else if (f.openOnly) {
                where << QStringLiteral("i.status NOT IN ('resolved', 'closed')");
            }
            if (!f.kind.isEmpty()) {
                where << QStringLiteral("i.kind = ?");
                binds << f.kind;
            }
            if (!f.service.isEmpty()) {
                where << QStringLiteral("i.service_code = ?");
                binds << f.service;
            }
            return loadWhere(ctx.db(), where.join(QStringLiteral(" AND ")), binds,
                             QStringLiteral("i.priority, i.opened_at, i.id"), f.limit);
        });
}

Result<IncidentDetail> Incidents::show(const Caller &caller, qint64 id)
{
    return m_core.execute<IncidentDetail>(
        caller,
        {Services::Reporting, QStringLiteral("incident.show"), Rights::IncidentReport, QStringLiteral("incident:%1").arg(id),
         false},
        [&](OperationContext &ctx) -> Result<IncidentDetail> {
            IncidentDetail d;
            auto i = load(ctx.db(), id);
            if (!i.ok())
                return i.error();
            d.incident = *i;
            auto t = targetFor(ctx.db(), d.incident.kind, d.incident.priority);
            if (!t.ok())
                return t.error();
            d.target = *t;
            auto c = clocks(ctx.db(), d.incident, ctx.nowMs());
            if (!c.ok())
                return c.error();
            d.clocks = *c;
            auto h = ctx.db().exec(QStringLiteral("SELECT id, at, actor, kind, from_status, to_status, field, old_value, "
                                                  "new_value, note, created_op FROM incident_events WHERE incident_id = ? "
                                                  "ORDER BY at, id"),
                                   {id});
            if (!h.ok())
                return h.error();
            while (h->next()) {
                IncidentEvent e;
                e.id = h->value(0).toLongLong();
                e.atMs = h->value(1).toLongLong();
                e.actor = h->value(2).toString();
                e.kind = h->value(3).toString();
                e.fromStatus = h->value(4).toString();
                e.toStatus = h->value(5).toString();
                e.field = h->value(6).toString();
                e.oldValue = h->value(7).toString();
                e.newValue = h->value(8).toString();
                e.note = h->value(9).toString();
                e.operationId = h->value(10).toLongLong();
                d.history << e;
            }
            h->finish();
            auto esc = ctx.db().exec(QStringLiteral("SELECT clock, level, reached_at, recorded_at, target_ms FROM "
                                                    "incident_escalations WHERE incident_id = ? ORDER BY reached_at, id"),
                                     {id});
            if (!esc.ok())
                return esc.error();
            while (esc->next())
                d.escalations << Escalation{id, esc->value(0).toString(), esc->value(1).toString(),
                                            esc->value(2).toLongLong(), esc->value(3).toLongLong(),
                                            esc->value(4).toLongLong()};
            esc->finish();
            auto n = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM incident_operations WHERE incident_id = ?"), {id});
            if (!n.ok())
                return n.error();
            d.evidenceCount = n->toLongLong();
            auto ev = ctx.db().exec(QStringLiteral("SELECT operation_id FROM incident_operations WHERE incident_id = ? "
                                                   "ORDER BY operation_id DESC LIMIT 200"),
                                    {id});
            if (!ev.ok())
                return ev.error();
            while (ev->next())
                d.evidence << ev->value(0).toLongLong();
            ev->finish();
            return d;
        });
}

Result<QList<std::array<int, 3>>> Incidents::matrix(const Caller &caller)
{
    return m_core.execute<QList<std::array<int, 3>>>(
        caller, {Services::Reporting, QStringLiteral("incident.matrix"), Rights::IncidentReport, {}, false},
        [&](OperationContext &ctx) -> Result<QList<std::array<int, 3>>> {
            auto q = ctx.db().exec(QStringLiteral("SELECT impact, urgency, priority FROM priority_matrix ORDER BY impact, urgency"));
            if (!q.ok())
                return q.error();
            QList<std::array<int, 3>> out;
            while (q->next())
                out << std::array<int, 3>{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt()};
            q->finish();
            return out;
        });
}

Status Incidents::setPriority(const Caller &caller, int impact, int urgency, int priority)
{
    return m_core.run(caller,
                      {Services::Administration, QStringLiteral("incident.matrix.set"), Rights::ServiceManage,
                       QStringLiteral("%1x%2").arg(impact).arg(urgency)},
                      [&](OperationContext &ctx) -> Status {
                          if (Status st = checkImpactUrgency(impact, urgency); !st.ok())
                              return st;
                          if (priority < 1 || priority > 5)
                              return badInput(QStringLiteral("incident"), tr("A priority is 1 (highest) to 5."));
                          auto old = priorityFor(ctx.db(), impact, urgency);
                          if (!old.ok())
                              return old.error();
                          if (*old == priority)
                              return {};
                          auto q = ctx.db().exec(QStringLiteral("UPDATE priority_matrix SET priority = ?, updated_op = ? "
                                                                "WHERE impact = ? AND urgency = ?"),
                                                 {priority, ctx.operationId(), impact, urgency});
                          if (!q.ok())
                              return q.error();
                          auto change = Changes::recordStandard(
                              ctx, tr("Priority matrix: impact %1 x urgency %2").arg(impact).arg(urgency),
                              QStringLiteral("priority_matrix"), QStringLiteral("%1x%2").arg(impact).arg(urgency),
                              QString::number(*old), QString::number(priority));
                          if (!change.ok())
                              return change.error();
                          return {};
                      });
}

Result<QList<IncidentTarget>> Incidents::targets(const Caller &caller)
{
    return m_core.execute<QList<IncidentTarget>>(
        caller, {Services::Reporting, QStringLiteral("incident.targets"), Rights::IncidentReport, {}, false},
        [&](OperationContext &ctx) -> Result<QList<IncidentTarget>> {
            auto q = ctx.db().exec(QStringLiteral("SELECT kind, priority, own_ms, resolve_ms, attainment_bp FROM "
                                                  "incident_targets ORDER BY kind, priority"));
            if (!q.ok())
                return q.error();
            QList<IncidentTarget> out;
            while (q->next())
                out << IncidentTarget{q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong(),
                                      q->value(3).toLongLong(), q->value(4).toInt()};
            q->finish();
            return out;
        });
}

Status Incidents::setTarget(const Caller &caller, const IncidentTarget &t)
{
    return m_core.run(
        caller,
        {Services::Administration, QStringLiteral("incident.targets.set"), Rights::ServiceManage,
         QStringLiteral("%1/P%2").arg(t.kind).arg(t.priority)},
        [&](OperationContext &ctx) -> Status {
            if (t.kind != QLatin1String("incident") && t.kind != QLatin1String("request"))
                return badInput(QStringLiteral("incident"), tr("The kind is \"incident\" or \"request\"."));
            if (t.priority < 1 || t.priority > 5)
                return badInput(QStringLiteral("incident"), tr("A priority is 1 (highest) to 5."));
            if (t.ownMs <= 0 || t.resolveMs <= 0 || t.ownMs > t.resolveMs)
                return badInput(QStringLiteral("incident"),
                                tr("Targets are positive, and time to own is not longer than time to resolve."));
            if (t.attainmentBp < 0 || t.attainmentBp > 10000)
                return badInput(QStringLiteral("incident"), tr("The attainment target is 0 to 100 %."));
            auto old = targetFor(ctx.db(), t.kind, t.priority);
            if (!old.ok())
                return old.error();
            auto q = ctx.db().exec(QStringLiteral("UPDATE incident_targets SET own_ms = ?, resolve_ms = ?, attainment_bp = ?, "
                                                  "updated_op = ? WHERE kind = ? AND priority = ?"),
                                   {t.ownMs, t.resolveMs, t.attainmentBp, ctx.operationId(), t.kind, t.priority});
            if (!q.ok())
                return q.error();
            auto fmt = [](const IncidentTarget &x) {
                return QStringLiteral("own %1 ms, resolve %2 ms, attainment %3 bp").arg(x.ownMs).arg(x.resolveMs).arg(x.attainmentBp);
            };
            auto change = Changes::recordStandard(ctx, tr("Incident targets: %1 priority %2").arg(t.kind).arg(t.priority),
                                                  QStringLiteral("incident_targets"),
                                                  QStringLiteral("%1/P%2").arg(t.kind).arg(t.priority), fmt(*old), fmt(t));
            if (!change.ok())
                return change.error();
            return {};
        });
}

} // namespace Aksara::ServiceManagement
