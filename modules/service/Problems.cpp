#include "service/Problems.h"

#include "service/Changes.h"
#include "service/Common.h"

#include <QJsonArray>

namespace Aksara::ServiceManagement {

namespace {
const QString kColumns = QStringLiteral(
    "p.id, p.title, p.description, p.status, p.service_code, p.root_cause, p.workaround, COALESCE(p.known_error_at, 0), "
    "COALESCE(p.fix_change_id, 0), COALESCE(p.resolved_at, 0), COALESCE(p.closed_at, 0), "
    "COALESCE(p.recurrence_checked_at, 0), COALESCE(p.recurrences, -1), p.created_at, p.created_by");

Problem problemFrom(const Query &q)
{
    Problem p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.title = q.value(i++).toString();
    p.description = q.value(i++).toString();
    p.status = q.value(i++).toString();
    p.serviceCode = q.value(i++).toString();
    p.rootCause = q.value(i++).toString();
    p.workaround = q.value(i++).toString();
    p.knownErrorAt = q.value(i++).toLongLong();
    p.fixChangeId = q.value(i++).toLongLong();
    p.resolvedAt = q.value(i++).toLongLong();
    p.closedAt = q.value(i++).toLongLong();
    p.recurrenceCheckedAt = q.value(i++).toLongLong();
    p.recurrences = q.value(i++).toLongLong();
    p.createdAt = q.value(i++).toLongLong();
    p.createdBy = q.value(i++).toString();
    return p;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

bool allowed(const QString &from, const QString &to)
{
    if (from == QLatin1String("new"))
        return to == QLatin1String("investigating") || to == QLatin1String("known_error") || to == QLatin1String("resolved");
    if (from == QLatin1String("investigating"))
        return to == QLatin1String("known_error") || to == QLatin1String("resolved");
    if (from == QLatin1String("known_error"))
        return to == QLatin1String("resolved") || to == QLatin1String("investigating");
    if (from == QLatin1String("resolved"))
        return to == QLatin1String("closed") || to == QLatin1String("investigating");
    return false;
}

Status linkIncidents(OperationContext &ctx, qint64 problemId, const QList<qint64> &incidents)
{
    for (qint64 incident : incidents) {
        auto owner = ctx.db().exec(QStringLiteral("SELECT i.id, pi.problem_id FROM incidents i LEFT JOIN problem_incidents pi "
                                                  "ON pi.incident_id = i.id WHERE i.id = ?"),
                                   {incident});
        if (!owner.ok())
            return owner.error();
        if (!owner->next())
            return Error::refused(QStringLiteral("incident.not_found"), tr("There is no incident %1.").arg(incident));
        const qint64 current = owner->value(1).toLongLong();
        owner->finish();
        if (current == problemId)
            continue;
        if (current != 0)
            return Error::refused(QStringLiteral("problem.incident_linked"),
                                  tr("Incident %1 already belongs to problem %2.").arg(incident).arg(current));
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO problem_incidents (problem_id, incident_id, linked_at, created_op) "
                                              "VALUES (?, ?, ?, ?)"),
                               {problemId, incident, ctx.nowMs(), ctx.operationId()});
        if (!q.ok())
            return q.error();
        auto ev = ctx.db().exec(QStringLiteral("INSERT INTO incident_events (incident_id, at, actor, kind, field, new_value, "
                                               "note, created_op) VALUES (?, ?, ?, 'link', 'problem', ?, '', ?)"),
                                {incident, ctx.nowMs(), ctx.caller().actor, QString::number(problemId), ctx.operationId()});
        if (!ev.ok())
            return ev.error();
    }
    return {};
}

Error notFound(qint64 id)
{
    return Error::refused(QStringLiteral("problem.not_found"), tr("There is no problem %1.").arg(id));
}
} // namespace

QJsonObject Problem::toJson() const
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("status"), status},
            {QStringLiteral("service"), text(serviceCode)},
            {QStringLiteral("root_cause"), text(rootCause)},
            {QStringLiteral("workaround"), text(workaround)},
            {QStringLiteral("known_error"), knownErrorAt != 0},
            {QStringLiteral("known_error_at"), isoOrNull(knownErrorAt)},
            {QStringLiteral("fix_change_id"), fixChangeId ? QJsonValue(fixChangeId) : QJsonValue()},
            {QStringLiteral("resolved_at"), isoOrNull(resolvedAt)},
            {QStringLiteral("closed_at"), isoOrNull(closedAt)},
            {QStringLiteral("recurrence_checked_at"), isoOrNull(recurrenceCheckedAt)},
            {QStringLiteral("recurrences"), recurrences < 0 ? QJsonValue() : QJsonValue(recurrences)},
            {QStringLiteral("created_at"), isoOrNull(createdAt)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("incidents"), idArray(incidents)}};
}

QJsonObject ProblemSuggestion::toJson() const
{
    return {{QStringLiteral("basis"), basis},
            {QStringLiteral("value"), value},
            {QStringLiteral("incidents"), idArray(incidents)},
            {QStringLiteral("occurrences"), occurrences}};
}

QJsonObject RecurrenceCheck::toJson() const
{
    return {{QStringLiteral("problem_id"), problemId},
            {QStringLiteral("since"), isoOrNull(since)},
            {QStringLiteral("recurred"), !recurrences.isEmpty()},
            {QStringLiteral("recurrences"), idArray(recurrences)}};
}

Result<QList<Problem>> Problems::loadWhere(Database &db, const QString &where, const QVariantList &binds)
{
    QList<Problem> out;
    {
        QString sql = QStringLiteral("SELECT %1 FROM problems p").arg(kColumns);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        sql += QStringLiteral(" ORDER BY p.id");
        auto q = db.exec(sql, binds);
        if (!q.ok())
            return q.error();
        while (q->next())
            out << problemFrom(*q);
        q->finish();
    }
    for (Problem &p : out) {
        auto q = db.exec(QStringLiteral("SELECT incident_id FROM problem_incidents WHERE problem_id = ? ORDER BY incident_id"),
                         {p.id});
        if (!q.ok())
            return q.error();
        while (q->next())
            p.incidents << q->value(0).toLongLong();
        q->finish();
    }
    return out;
}

Result<Problem> Problems::load(Database &db, qint64 id)
{
    auto list = loadWhere(db, QStringLiteral("p.id = ?"), {id});
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return notFound(id);
    return list->first();
}

Result<Problem> Problems::open(const Caller &caller, const NewProblem &in)
{
    return m_core.execute<Problem>(
        caller, {Services::Administration, QStringLiteral("problem.open"), Rights::IncidentManage, in.title.left(80)},
        [&](OperationContext &ctx) -> Result<Problem> {
            if (in.title.trimmed().isEmpty())
                return badInput(QStringLiteral("problem"), tr("A problem needs a title."));
            if (!in.serviceCode.isEmpty()) {
                auto n = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE code = ?"), {in.serviceCode});
                if (!n.ok())
                    return n.error();
                if (n->toLongLong() == 0)
                    return Error::refused(QStringLiteral("problem.unknown_service"),
                                          tr("There is no service \"%1\".").arg(in.serviceCode));
            }
            auto q = ctx.db().exec(
                QStringLiteral("INSERT INTO problems (title, description, service_code, created_at, created_by, created_op, "
                               "updated_op) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {in.title.trimmed(), nn(in.description), textOrNull(in.serviceCode), ctx.nowMs(), ctx.caller().actor,
                 ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
            q->next();
            const qint64 id = q->value(0).toLongLong();
            q->finish();
            ctx.setSubject(QStringLiteral("problem:%1").arg(id));
            if (Status st = linkIncidents(ctx, id, in.incidents); !st.ok())
                return st.error();
            return load(ctx.db(), id);
        });
}

Result<Problem> Problems::link(const Caller &caller, qint64 id, const QList<qint64> &incidents)
{
    return m_core.execute<Problem>(
        caller,
        {Services::Administration, QStringLiteral("problem.link"), Rights::IncidentManage, QStringLiteral("problem:%1").arg(id)},
        [&](OperationContext &ctx) -> Result<Problem> {
            auto p = load(ctx.db(), id);
            if (!p.ok())
                return p.error();
            if (incidents.isEmpty())
                return badInput(QStringLiteral("problem"), tr("Name the incidents to link."));
            if (Status st = linkIncidents(ctx, id, incidents); !st.ok())
                return st.error();
            auto q = ctx.db().exec(QStringLiteral("UPDATE problems SET updated_op = ? WHERE id = ?"), {ctx.operationId(), id});
            if (!q.ok())
                return q.error();
            return load(ctx.db(), id);
        });
}

Result<Problem> Problems::update(const Caller &caller, qint64 id, const ProblemUpdate &in)
{
    return m_core.execute<Problem>(
        caller,
        {Services::Administration, QStringLiteral("problem.update"), Rights::IncidentManage, QStringLiteral("problem:%1").arg(id)},
        [&](OperationContext &ctx) -> Result<Problem> {
            auto loaded = load(ctx.db(), id);
            if (!loaded.ok())
                return loaded.error();
            Problem p = *loaded;
            if (p.status == QLatin1String("closed"))
                return Error::refused(QStringLiteral("problem.bad_transition"), tr("Problem %1 is closed.").arg(id));
            if (in.title) {
                if (in.title->trimmed().isEmpty())
                    return badInput(QStringLiteral("problem"), tr("A problem needs a title."));
                p.title = in.title->trimmed();
            }
            if (in.description)
                p.description = *in.description;
            if (in.rootCause)
                p.rootCause = in.rootCause->trimmed();
            if (in.workaround)
                p.workaround = in.workaround->trimmed();
            if (in.fixChangeId) {
                auto c = Changes::load(ctx.db(), *in.fixChangeId);
                if (!c.ok())
                    return c.error();
                p.fixChangeId = *in.fixChangeId;
            }
            if (in.status && *in.status != p.status) {
                const QString to = *in.status;
                if (!allowed(p.status, to))
                    return Error::refused(QStringLiteral("problem.bad_transition"),
                                          tr("Problem %1 is %2; it cannot go to %3.").arg(id).arg(p.status, to));
                if (to == QLatin1String("known_error")) {
                    if (p.rootCause.isEmpty() || p.workaround.isEmpty())
                        return Error::refused(QStringLiteral("problem.needs_analysis"),
                                              tr("A known error has a documented root cause and workaround."));
                    p.knownErrorAt = ctx.nowMs();
                }
                if (to == QLatin1String("resolved")) {
                    if (p.fixChangeId == 0)
                        return Error::refused(QStringLiteral("problem.needs_fix"),
                                              tr("A problem is resolved by a change: name it (--fix-change)."));
                    auto c = Changes::load(ctx.db(), p.fixChangeId);
                    if (!c.ok())
                        return c.error();
                    if (c->status != QLatin1String("completed"))
                        return Error::refused(QStringLiteral("problem.needs_fix"),
                                              tr("The fix, change %1, is %2, not completed.").arg(c->id).arg(c->status));
                    if (p.rootCause.isEmpty())
                        return Error::refused(QStringLiteral("problem.needs_analysis"),
                                              tr("A resolved problem has a documented root cause."));
                    p.resolvedAt = ctx.nowMs();
                    p.recurrenceCheckedAt = 0;
                    p.recurrences = -1;
                }
                if (to == QLatin1String("closed")) {
                    if (p.recurrenceCheckedAt == 0 || p.recurrenceCheckedAt < p.resolvedAt)
                        return Error::refused(QStringLiteral("problem.needs_recurrence_check"),
                                              tr("Check for recurrence after the fix before closing (problem check %1).")
                                                  .arg(id));
                    if (p.recurrences > 0)
                        return Error::refused(QStringLiteral("problem.recurred"),
                                              tr("The fault recurred %n time(s) after the fix; the problem stays open.",
                                                 nullptr, int(p.recurrences)));
                    p.closedAt = ctx.nowMs();
                }
                if (to == QLatin1String("investigating"))
                    p.resolvedAt = 0;
                p.status = to;
            }
            auto q = ctx.db().exec(
                QStringLiteral("UPDATE problems SET title = ?, description = ?, status = ?, root_cause = ?, workaround = ?, "
                               "known_error_at = ?, fix_change_id = ?, resolved_at = ?, closed_at = ?, "
                               "recurrence_checked_at = ?, recurrences = ?, updated_op = ? WHERE id = ?"),
                {p.title, nn(p.description), p.status, nn(p.rootCause), nn(p.workaround), idOrNull(p.knownErrorAt),
                 idOrNull(p.fixChangeId), idOrNull(p.resolvedAt), idOrNull(p.closedAt), idOrNull(p.recurrenceCheckedAt),
                 p.recurrences < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(p.recurrences),
                 ctx.operationId(), id});
            if (!q.ok())
                return q.error();
            return load(ctx.db(), id);
        });
}

Result<RecurrenceCheck> Problems::checkRecurrence(const Caller &caller, qint64 id)
{
    return m_core.execute<RecurrenceCheck>(
        caller,
        {Services::Administration, QStringLiteral("problem.check"), Rights::IncidentManage, QStringLiteral("problem:%1").arg(id)},
        [&](OperationContext &ctx) -> Result<RecurrenceCheck> {
            auto p = load(ctx.db(), id);
            if (!p.ok())
                return p.error();
            RecurrenceCheck r;
            r.problemId = id;
            if (p->fixChangeId) {
                auto c = Changes::load(ctx.db(), p->fixChangeId);
                if (!c.ok())
                    return c.error();
                r.since = c->actualEndAt ? c->actualEndAt : c->closedAt;
            }
            if (r.since == 0)
                r.since = p->resolvedAt;
            if (r.since == 0)
                return Error::refused(QStringLiteral("problem.needs_fix"),
                                      tr("Problem %1 has no completed fix yet: there is nothing to check.").arg(id));
            if (!p->incidents.isEmpty()) {
                QStringList marks;
                QVariantList binds;
                for (qint64 i : std::as_const(p->incidents)) {
                    marks << QStringLiteral("?");
                    binds << i;
                }
                const QString in = marks.join(QLatin1Char(','));
                // The same faults: the fingerprints of its incidents, or their error codes on the same service.
                auto q = ctx.db().exec(
                    QStringLiteral("SELECT n.id FROM incidents n WHERE n.opened_at > ? AND n.id NOT IN (%1) AND ("
                                   "n.fingerprint IN (SELECT fingerprint FROM incidents WHERE id IN (%1) AND fingerprint "
                                   "IS NOT NULL) OR EXISTS (SELECT 1 FROM incidents o WHERE o.id IN (%1) AND "
                                   "o.last_error_code IS NOT NULL AND o.last_error_code = n.last_error_code AND "
                                   "COALESCE(o.service_code, '') = COALESCE(n.service_code, ''))) ORDER BY n.id")
                        .arg(in),
                    QVariantList{r.since} + binds + binds + binds);
                if (!q.ok())
                    return q.error();
                while (q->next())
                    r.recurrences << q->value(0).toLongLong();
                q->finish();
            }
            auto up = ctx.db().exec(QStringLiteral("UPDATE problems SET recurrence_checked_at = ?, recurrences = ?, "
                                                   "updated_op = ? WHERE id = ?"),
                                    {ctx.nowMs(), qint64(r.recurrences.size()), ctx.operationId(), id});
            if (!up.ok())
                return up.error();
            ctx.setDetail(QStringLiteral("recurrences"), idArray(r.recurrences));
            return r;
        });
}

Result<QList<Problem>> Problems::list(const Caller &caller, bool openOnly)
{
    return m_core.execute<QList<Problem>>(
        caller, {Services::Reporting, QStringLiteral("problem.list"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) {
            return loadWhere(ctx.db(), openOnly ? QStringLiteral("p.status <> 'closed'") : QString(), {});
        });
}

Result<QList<Problem>> Problems::knownErrors(const Caller &caller)
{
    return m_core.execute<QList<Problem>>(
        caller, {Services::Reporting, QStringLiteral("problem.known_errors"), Rights::IncidentReport, {}, false},
        [&](OperationContext &ctx) {
            return loadWhere(ctx.db(), QStringLiteral("p.known_error_at IS NOT NULL AND p.status <> 'closed'"), {});
        });
}

Result<Problem> Problems::show(const Caller &caller, qint64 id)
{
    return m_core.execute<Problem>(
        caller,
        {Services::Reporting, QStringLiteral("problem.show"), Rights::ReportView, QStringLiteral("problem:%1").arg(id), false},
        [&](OperationContext &ctx) { return load(ctx.db(), id); });
}

Result<QList<ProblemSuggestion>> Problems::suggest(const Caller &caller, int days, int minIncidents)
{
    return m_core.execute<QList<ProblemSuggestion>>(
        caller, {Services::Reporting, QStringLiteral("problem.suggest"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) -> Result<QList<ProblemSuggestion>> {
            if (days <= 0 || minIncidents < 2)
                return badInput(QStringLiteral("problem"), tr("Look back at least one day, for at least two incidents."));
            const qint64 since = ctx.nowMs() - qint64(days) * 24 * 3600 * 1000;
            QList<ProblemSuggestion> out;
            for (const auto &[basis, column] : {std::pair{QStringLiteral("error_code"), QStringLiteral("last_error_code")},
                                                std::pair{QStringLiteral("service"), QStringLiteral("service_code")},
                                                std::pair{QStringLiteral("station"), QStringLiteral("station")}}) {
                auto q = ctx.db().exec(
                    QStringLiteral("SELECT i.%1, i.id, i.occurrences FROM incidents i WHERE i.opened_at >= ? AND i.%1 IS "
                                   "NOT NULL AND NOT EXISTS (SELECT 1 FROM problem_incidents pi WHERE pi.incident_id = "
                                   "i.id) ORDER BY i.%1, i.id")
                        .arg(column),
                    {since});
                if (!q.ok())
                    return q.error();
                QList<ProblemSuggestion> groups;
                while (q->next()) {
                    const QString value = q->value(0).toString();
                    if (groups.isEmpty() || groups.last().value != value)
                        groups << ProblemSuggestion{basis, value, {}, 0};
                    groups.last().incidents << q->value(1).toLongLong();
                    groups.last().occurrences += q->value(2).toLongLong();
                }
                q->finish();
                for (const ProblemSuggestion &g : std::as_const(groups))
                    if (g.incidents.size() >= minIncidents)
                        out << g;
            }
            std::stable_sort(out.begin(), out.end(), [](const ProblemSuggestion &a, const ProblemSuggestion &b) {
                return a.incidents.size() > b.incidents.size();
            });
            return out;
        });
}

} // namespace Aksara::ServiceManagement
