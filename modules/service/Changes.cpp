#include "service/Changes.h"

#include "service/Common.h"

#include <QJsonArray>

namespace Aksara::ServiceManagement {

namespace {
const QString kColumns = QStringLiteral(
    "c.id, c.kind, c.title, c.description, c.entity, c.entity_key, c.old_value, c.new_value, c.requested_by, c.status, "
    "c.risk, c.service_code, c.approved_by, COALESCE(c.approved_at, 0), COALESCE(c.planned_start_at, 0), "
    "COALESCE(c.planned_end_at, 0), COALESCE(c.actual_start_at, 0), COALESCE(c.actual_end_at, 0), c.created_at, "
    "COALESCE(c.closed_at, 0), c.outcome_note");

Change changeFrom(const Query &q)
{
    Change c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.kind = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.entity = q.value(i++).toString();
    c.entityKey = q.value(i++).toString();
    c.oldValue = q.value(i++).toString();
    c.newValue = q.value(i++).toString();
    c.requestedBy = q.value(i++).toString();
    c.status = q.value(i++).toString();
    c.risk = q.value(i++).toString();
    c.serviceCode = q.value(i++).toString();
    c.approvedBy = q.value(i++).toString();
    c.approvedAt = q.value(i++).toLongLong();
    c.plannedStartAt = q.value(i++).toLongLong();
    c.plannedEndAt = q.value(i++).toLongLong();
    c.actualStartAt = q.value(i++).toLongLong();
    c.actualEndAt = q.value(i++).toLongLong();
    c.createdAt = q.value(i++).toLongLong();
    c.closedAt = q.value(i++).toLongLong();
    c.outcomeNote = q.value(i++).toString();
    return c;
}

Error badTransition(const Change &c, const QString &what)
{
    return Error::refused(QStringLiteral("change.bad_transition"),
                          tr("Change %1 is %2; it cannot be %3.").arg(c.id).arg(c.status, what));
}

Status addEvent(OperationContext &ctx, qint64 changeId, const QString &from, const QString &to, const QString &note)
{
    auto q = ctx.db().exec(QStringLiteral("INSERT INTO change_events (change_id, at, actor, from_status, to_status, note, "
                                          "created_op) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {changeId, ctx.nowMs(), ctx.caller().actor, textOrNull(from), to, nn(note), ctx.operationId()});
    if (!q.ok())
        return q.error();
    return {};
}
} // namespace

QString Change::outcome() const
{
    if (status == QLatin1String("completed"))
        return QStringLiteral("success");
    if (status == QLatin1String("failed") || status == QLatin1String("rolled_back"))
        return status;
    return {};
}

bool Change::isFinished() const
{
    return !outcome().isEmpty() || status == QLatin1String("rejected");
}

QJsonObject Change::toJson() const
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("entity"), text(entity)},
            {QStringLiteral("entity_key"), text(entityKey)},
            {QStringLiteral("old_value"), text(oldValue)},
            {QStringLiteral("new_value"), text(newValue)},
            {QStringLiteral("requested_by"), requestedBy},
            {QStringLiteral("status"), status},
            {QStringLiteral("outcome"), text(outcome())},
            {QStringLiteral("risk"), risk},
            {QStringLiteral("service"), text(serviceCode)},
            {QStringLiteral("approved_by"), text(approvedBy)},
            {QStringLiteral("approved_at"), isoOrNull(approvedAt)},
            {QStringLiteral("planned_start"), isoOrNull(plannedStartAt)},
            {QStringLiteral("planned_end"), isoOrNull(plannedEndAt)},
            {QStringLiteral("actual_start"), isoOrNull(actualStartAt)},
            {QStringLiteral("actual_end"), isoOrNull(actualEndAt)},
            {QStringLiteral("created_at"), isoOrNull(createdAt)},
            {QStringLiteral("closed_at"), isoOrNull(closedAt)},
            {QStringLiteral("outcome_note"), text(outcomeNote)}};
}

QJsonObject ChangeEvent::toJson() const
{
    return {{QStringLiteral("at"), isoOrNull(atMs)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("from_status"), fromStatus.isEmpty() ? QJsonValue() : QJsonValue(fromStatus)},
            {QStringLiteral("to_status"), toStatus},
            {QStringLiteral("note"), note}};
}

Result<Change> Changes::load(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM changes c WHERE c.id = ?").arg(kColumns), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::refused(QStringLiteral("change.not_found"), tr("There is no change %1.").arg(id));
    Change c = changeFrom(*q);
    q->finish();
    return c;
}

Result<QList<Change>> Changes::loadWhere(Database &db, const QString &where, const QVariantList &binds, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM changes c").arg(kColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY c.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    QList<Change> out;
    while (q->next())
        out << changeFrom(*q);
    q->finish();
    return out;
}

Result<qint64> Changes::recordStandard(OperationContext &ctx, const QString &title, const QString &entity,
                                       const QString &entityKey, const QString &oldValue, const QString &newValue)
{
    const qint64 now = ctx.nowMs();
    auto q = ctx.db().exec(
        QStringLiteral("INSERT INTO changes (kind, title, entity, entity_key, old_value, new_value, requested_by, status, "
                       "created_at, actual_start_at, actual_end_at, closed_at, created_op, updated_op) "
                       "VALUES ('standard', ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?) RETURNING id"),
        {title, entity, entityKey, textOrNull(oldValue), textOrNull(newValue), ctx.caller().actor, now, now, now, now,
         ctx.operationId(), ctx.operationId()});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("change.record"), tr("Could not record the change."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    if (Status st = addEvent(ctx, id, {}, QStringLiteral("completed"), tr("standard change, pre-approved")); !st.ok())
        return st.error();
    return id;
}

Result<Change> Changes::request(const Caller &caller, const NewChange &input)
{
    return m_core.execute<Change>(
        caller, {Services::Administration, QStringLiteral("change.request"), Rights::ServiceManage, input.title.left(80)},
        [&](OperationContext &ctx) -> Result<Change> {
            const QString title = input.title.trimmed();
            if (title.isEmpty())
                return badInput(QStringLiteral("change"), tr("A change needs a title."));
            if (input.kind != QLatin1String("standard") && input.kind != QLatin1String("normal")
                && input.kind != QLatin1String("emergency"))
                return badInput(QStringLiteral("change"), tr("The kind of a change is standard, normal or emergency."));
            if (input.risk != QLatin1String("low") && input.risk != QLatin1String("medium")
                && input.risk != QLatin1String("high"))
                return badInput(QStringLiteral("change"), tr("The risk of a change is low, medium or high."));
            if (!input.serviceCode.isEmpty()) {
                auto n = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE code = ?"), {input.serviceCode});
                if (!n.ok())
                    return n.error();
                if (n->toLongLong() == 0)
                    return Error::refused(QStringLiteral("change.unknown_service"),
                                          tr("There is no service \"%1\".").arg(input.serviceCode));
            }
            // A standard change is pre-approved.
            const bool standard = input.kind == QLatin1String("standard");
            const QString status = standard ? QStringLiteral("approved") : QStringLiteral("requested");
            auto q = ctx.db().exec(
                QStringLiteral("INSERT INTO changes (kind, title, description, risk, service_code, requested_by, status, "
                               "approved_by, approved_at, created_at, created_op, updated_op) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {input.kind, title, nn(input.description), input.risk, textOrNull(input.serviceCode), ctx.caller().actor,
                 status, standard ? QVariant(QStringLiteral("pre-approved")) : textOrNull(QString()),
                 standard ? QVariant(ctx.nowMs()) : idOrNull(0), ctx.nowMs(), ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::failed(QStringLiteral("change.record"), tr("Could not record the change."));
            const qint64 id = q->value(0).toLongLong();
            q->finish();
            ctx.setSubject(QStringLiteral("change:%1").arg(id));
            if (Status st = addEvent(ctx, id, {}, status, input.description); !st.ok())
                return st.error();
            return load(ctx.db(), id);
        });
}

Result<Change> Changes::transition(const Caller &caller, qint64 id, const QString &operation,
                                   const std::function<Status(OperationContext &, Change &)> &apply)
{
    auto result = m_core.execute<Change>(
        caller,
        {Services::Administration, operation, Rights::ServiceManage, QStringLiteral("change:%1").arg(id)},
        [&](OperationContext &ctx) -> Result<Change> {
            auto c = load(ctx.db(), id);
            if (!c.ok())
                return c.error();
            const QString from = c->status;
            if (Status st = apply(ctx, *c); !st.ok())
                return st.error();
            auto q = ctx.db().exec(
                QStringLiteral("UPDATE changes SET status = ?, approved_by = ?, approved_at = ?, planned_start_at = ?, "
                               "planned_end_at = ?, actual_start_at = ?, actual_end_at = ?, closed_at = ?, "
                               "outcome_note = ?, updated_op = ? WHERE id = ?"),
                {c->status, textOrNull(c->approvedBy), idOrNull(c->approvedAt), idOrNull(c->plannedStartAt),
                 idOrNull(c->plannedEndAt), idOrNull(c->actualStartAt), idOrNull(c->actualEndAt), idOrNull(c->closedAt),
                 textOrNull(c->outcomeNote), ctx.operationId(), id});
            if (!q.ok())
                return q.error();
            if (Status st = addEvent(ctx, id, from, c->status, c->outcomeNote); !st.ok())
                return st.error();
            return load(ctx.db(), id);
        });
    // Scheduling, finishing and rejecting change maintenance windows: the core must see them now.
    if (result.ok())
        m_core.invalidateCatalogue();
    return result;
}

Result<Change> Changes::approve(const Caller &caller, qint64 id, const QString &note)
{
    return transition(caller, id, QStringLiteral("change.approve"), [&](OperationContext &ctx, Change &c) -> Status {
        // An emergency change may have been carried out already: it is approved afterwards.
        const bool emergencyAfter = c.kind == QLatin1String("emergency") && c.approvedBy.isEmpty()
                                 && c.status != QLatin1String("rejected");
        if (c.status != QLatin1String("requested") && !emergencyAfter)
            return badTransition(c, tr("approved"));
        c.approvedBy = ctx.caller().actor;
        c.approvedAt = ctx.nowMs();
        if (c.status == QLatin1String("requested"))
            c.status = QStringLiteral("approved");
        if (!note.isEmpty())
            c.outcomeNote = note;
        return {};
    });
}

Result<Change> Changes::reject(const Caller &caller, qint64 id, const QString &note)
{
    return transition(caller, id, QStringLiteral("change.reject"), [&](OperationContext &ctx, Change &c) -> Status {
        if (c.status != QLatin1String("requested") && c.status != QLatin1String("approved")
            && c.status != QLatin1String("scheduled"))
            return badTransition(c, tr("rejected"));
        if (note.trimmed().isEmpty())
            return badInput(QStringLiteral("change"), tr("Rejecting a change needs a reason."));
        auto windows = ctx.db().exec(QStringLiteral("DELETE FROM maintenance_windows WHERE change_id = ?"), {id});
        if (!windows.ok())
            return windows.error();
        auto del = ctx.db().exec(QStringLiteral("DELETE FROM station_maintenance WHERE change_id = ?"), {id});
        if (!del.ok())
            return del.error();
        c.status = QStringLiteral("rejected");
        c.closedAt = ctx.nowMs();
        c.outcomeNote = note.trimmed();
        return {};
    });
}

Result<Change> Changes::schedule(const Caller &caller, qint64 id, const ChangeSchedule &s)
{
    return transition(caller, id, QStringLiteral("change.schedule"), [&](OperationContext &ctx, Change &c) -> Status {
        const bool emergency = c.kind == QLatin1String("emergency");
        if (c.status == QLatin1String("requested") && !emergency)
            return Error::refused(QStringLiteral("change.not_approved"),
                                  tr("Change %1 is not approved yet; it cannot be scheduled.").arg(id));
        if (c.status != QLatin1String("approved") && c.status != QLatin1String("scheduled")
            && !(emergency && c.status == QLatin1String("requested")))
            return badTransition(c, tr("scheduled"));
        if (s.startAt <= 0 || s.endAt <= s.startAt)
            return badInput(QStringLiteral("change"), tr("A planned window has a start and an end after it."));
        // Rescheduling replaces the windows of the earlier plan.
        auto del = ctx.db().exec(QStringLiteral("DELETE FROM maintenance_windows WHERE change_id = ?"), {id});
        if (!del.ok())
            return del.error();
        auto del2 = ctx.db().exec(QStringLiteral("DELETE FROM station_maintenance WHERE change_id = ?"), {id});
        if (!del2.ok())
            return del2.error();
        const QString reason = tr("change %1: %2").arg(id).arg(c.title);
        for (const QString &service : s.services) {
            auto n = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE code = ?"), {service});
            if (!n.ok())
                return n.error();
            if (n->toLongLong() == 0)
                return Error::refused(QStringLiteral("change.unknown_service"),
                                      tr("There is no service \"%1\".").arg(service));
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO maintenance_windows (service_code, starts_at, ends_at, "
                                                  "reason, change_id, created_op) VALUES (?, ?, ?, ?, ?, ?)"),
                                   {service, s.startAt, s.endAt, reason, id, ctx.operationId()});
            if (!q.ok())
                return q.error();
        }
        for (const QString &station : s.stations) {
            auto sid = ctx.db().scalar(QStringLiteral("SELECT id FROM stations WHERE code = ?"), {station});
            if (!sid.ok())
                return sid.error();
            if (sid->isNull())
                return Error::refused(QStringLiteral("change.unknown_station"),
                                      tr("There is no station \"%1\".").arg(station));
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO station_maintenance (station_id, starts_at, ends_at, "
                                                  "reason, change_id, created_op) VALUES (?, ?, ?, ?, ?, ?)"),
                                   {sid->toLongLong(), s.startAt, s.endAt, reason, id, ctx.operationId()});
            if (!q.ok())
                return q.error();
        }
        c.plannedStartAt = s.startAt;
        c.plannedEndAt = s.endAt;
        c.status = QStringLiteral("scheduled");
        ctx.setDetail(QStringLiteral("services"), QJsonArray::fromStringList(s.services));
        ctx.setDetail(QStringLiteral("stations"), QJsonArray::fromStringList(s.stations));
        return {};
    });
}

Result<Change> Changes::start(const Caller &caller, qint64 id)
{
    return transition(caller, id, QStringLiteral("change.start"), [&](OperationContext &ctx, Change &c) -> Status {
        const bool emergency = c.kind == QLatin1String("emergency");
        if (c.status == QLatin1String("requested") && !emergency)
            return Error::refused(QStringLiteral("change.not_approved"),
                                  tr("Change %1 is not approved yet; it cannot start.").arg(id));
        if (c.status != QLatin1String("approved") && c.status != QLatin1String("scheduled")
            && !(emergency && c.status == QLatin1String("requested")))
            return badTransition(c, tr("started"));
        c.status = QStringLiteral("in_progress");
        c.actualStartAt = ctx.nowMs();
        return {};
    });
}

Result<Change> Changes::finish(const Caller &caller, qint64 id, const QString &outcome, const QString &note)
{
    return transition(caller, id, QStringLiteral("change.finish"), [&](OperationContext &ctx, Change &c) -> Status {
        QString status;
        if (outcome == QLatin1String("success"))
            status = QStringLiteral("completed");
        else if (outcome == QLatin1String("failed") || outcome == QLatin1String("rolled_back"))
            status = outcome;
        else
            return badInput(QStringLiteral("change"), tr("The outcome of a change is success, failed or rolled_back."));
        if (c.status != QLatin1String("in_progress"))
            return badTransition(c, tr("finished (it has not started)"));
        const qint64 now = ctx.nowMs();
        // The work is over: its maintenance ends now (windows not yet begun are dropped).
        for (const QString &table : {QStringLiteral("maintenance_windows"), QStringLiteral("station_maintenance")}) {
            auto drop = ctx.db().exec(QStringLiteral("DELETE FROM %1 WHERE change_id = ? AND starts_at >= ?").arg(table),
                                      {id, now});
            if (!drop.ok())
                return drop.error();
            auto trim = ctx.db().exec(
                QStringLiteral("UPDATE %1 SET ends_at = ? WHERE change_id = ? AND starts_at < ? AND ends_at > ?").arg(table),
                {now, id, now, now});
            if (!trim.ok())
                return trim.error();
        }
        c.status = status;
        c.actualEndAt = now;
        c.closedAt = now;
        c.outcomeNote = note.trimmed();
        return {};
    });
}

Result<QList<Change>> Changes::list(const Caller &caller, const ChangeFilter &f)
{
    return m_core.execute<QList<Change>>(
        caller, {Services::Reporting, QStringLiteral("change.list"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) -> Result<QList<Change>> {
            QStringList where;
            QVariantList binds;
            if (f.openOnly)
                where << QStringLiteral("c.status IN ('requested', 'approved', 'scheduled', 'in_progress')");
            if (!f.kind.isEmpty()) {
                where << QStringLiteral("c.kind = ?");
                binds << f.kind;
            }
            return loadWhere(ctx.db(), where.join(QStringLiteral(" AND ")), binds, f.limit);
        });
}

Result<std::pair<Change, QList<ChangeEvent>>> Changes::show(const Caller &caller, qint64 id)
{
    using Out = std::pair<Change, QList<ChangeEvent>>;
    return m_core.execute<Out>(
        caller,
        {Services::Reporting, QStringLiteral("change.show"), Rights::ReportView, QStringLiteral("change:%1").arg(id), false},
        [&](OperationContext &ctx) -> Result<Out> {
            auto c = load(ctx.db(), id);
            if (!c.ok())
                return c.error();
            auto q = ctx.db().exec(QStringLiteral("SELECT at, actor, from_status, to_status, note FROM change_events "
                                                  "WHERE change_id = ? ORDER BY at, id"),
                                   {id});
            if (!q.ok())
                return q.error();
            QList<ChangeEvent> events;
            while (q->next())
                events << ChangeEvent{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                      q->value(3).toString(), q->value(4).toString()};
            q->finish();
            return Out{*c, events};
        });
}

} // namespace Aksara::ServiceManagement
