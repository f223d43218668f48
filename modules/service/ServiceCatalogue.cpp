#include "service/ServiceCatalogue.h"

#include "service/Changes.h"
#include "service/Common.h"

#include <QJsonArray>

namespace Aksara::ServiceManagement {

QJsonObject CatalogueEntry::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("latency_threshold_ms"), latencyThresholdMs},
            {QStringLiteral("latency_target_bp"), latencyTargetBp},
            {QStringLiteral("success_objective_bp"), successObjectiveBp},
            {QStringLiteral("availability_objective_bp"), availabilityObjectiveBp},
            {QStringLiteral("workload_limit_per_hour"), workloadLimitPerHour ? QJsonValue(workloadLimitPerHour) : QJsonValue()},
            {QStringLiteral("calendar"), calendar},
            {QStringLiteral("state"), state},
            {QStringLiteral("state_reason"), stateReason.isEmpty() ? QJsonValue() : QJsonValue(stateReason)}};
}

Result<QList<CatalogueEntry>> ServiceCatalogue::loadAll(Database &db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT s.code, s.name, s.description, s.owner, s.latency_threshold_ms, s.latency_target_bp, s.success_objective_bp, "
        "s.availability_objective_bp, COALESCE(s.workload_limit_per_hour, 0), COALESCE(c.code, 'always'), s.state, "
        "s.state_reason FROM services s LEFT JOIN calendars c ON c.id = s.hours_calendar_id ORDER BY s.code"));
    if (!q.ok())
        return q.error();
    QList<CatalogueEntry> out;
    while (q->next()) {
        CatalogueEntry e;
        e.code = q->value(0).toString();
        e.name = q->value(1).toString();
        e.description = q->value(2).toString();
        e.owner = q->value(3).toString();
        e.latencyThresholdMs = q->value(4).toLongLong();
        e.latencyTargetBp = q->value(5).toInt();
        e.successObjectiveBp = q->value(6).toInt();
        e.availabilityObjectiveBp = q->value(7).toInt();
        e.workloadLimitPerHour = q->value(8).toLongLong();
        e.calendar = q->value(9).toString();
        e.state = q->value(10).toString();
        e.stateReason = q->value(11).toString();
        out << e;
    }
    q->finish();
    return out;
}

Result<QList<CatalogueEntry>> ServiceCatalogue::list(const Caller &caller)
{
    return m_core.execute<QList<CatalogueEntry>>(
        caller, {Services::Reporting, QStringLiteral("service.list"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) { return loadAll(ctx.db()); });
}

Result<CatalogueEntry> ServiceCatalogue::show(const Caller &caller, const QString &code)
{
    return m_core.execute<CatalogueEntry>(
        caller, {Services::Reporting, QStringLiteral("service.show"), Rights::ReportView, code, false},
        [&](OperationContext &ctx) -> Result<CatalogueEntry> {
            auto all = loadAll(ctx.db());
            if (!all.ok())
                return all.error();
            for (const CatalogueEntry &e : std::as_const(*all))
                if (e.code == code)
                    return e;
            return Error::refused(QStringLiteral("service.unknown"), tr("There is no service \"%1\".").arg(code));
        });
}

Result<std::pair<CatalogueEntry, QList<qint64>>> ServiceCatalogue::edit(const Caller &caller, const QString &code,
                                                                        const CatalogueEdit &e)
{
    using Out = std::pair<CatalogueEntry, QList<qint64>>;
    auto result = m_core.execute<Out>(
        caller, {Services::Administration, QStringLiteral("service.edit"), Rights::ServiceManage, code},
        [&](OperationContext &ctx) -> Result<Out> {
            auto all = loadAll(ctx.db());
            if (!all.ok())
                return all.error();
            std::optional<CatalogueEntry> old;
            for (const CatalogueEntry &x : std::as_const(*all))
                if (x.code == code)
                    old = x;
            if (!old)
                return Error::refused(QStringLiteral("service.unknown"), tr("There is no service \"%1\".").arg(code));
            auto bad = [](const QString &m) { return badInput(QStringLiteral("service"), m); };
            auto bpOk = [](int v) { return v >= 0 && v <= 10000; };
            if (e.name && e.name->trimmed().isEmpty())
                return bad(tr("A service needs a name."));
            if (e.latencyThresholdMs && *e.latencyThresholdMs <= 0)
                return bad(tr("The latency threshold is a positive number of milliseconds."));
            if ((e.latencyTargetBp && !bpOk(*e.latencyTargetBp)) || (e.successObjectiveBp && !bpOk(*e.successObjectiveBp))
                || (e.availabilityObjectiveBp && !bpOk(*e.availabilityObjectiveBp)))
                return bad(tr("Targets and objectives are between 0 and 100 %."));
            if (e.workloadLimitPerHour && *e.workloadLimitPerHour < 0)
                return bad(tr("The workload limit is a positive number of operations per hour (0: no limit)."));
            if (e.state && *e.state != QLatin1String("open") && *e.state != QLatin1String("closed")
                && *e.state != QLatin1String("maintenance"))
                return bad(tr("The state of a service is open, closed or maintenance."));
            qint64 calendarId = -1;
            if (e.calendar) {
                if (*e.calendar == QLatin1String("always")) {
                    calendarId = 0;
                } else {
                    auto c = Calendar::loadByCode(ctx.db(), *e.calendar);
                    if (!c.ok())
                        return c.error();
                    calendarId = c->id();
                }
            }
            QList<qint64> changes;
            QStringList sets;
            QVariantList binds;
            auto field = [&](const QString &column, const QString &label, const QString &before, const QString &after,
                             const QVariant &value) -> Status {
                if (before == after)
                    return {};
                sets << column + QStringLiteral(" = ?");
                binds << value;
                auto id = Changes::recordStandard(ctx, tr("Service %1: %2").arg(code, label), QStringLiteral("service"),
                                                  code + QLatin1Char('.') + column, before, after);
                if (!id.ok())
                    return id.error();
                changes << *id;
                return {};
            };
            const CatalogueEntry &o = *old;
            Status st;
            auto n = [](qint64 v) { return QString::number(v); };
            if (e.name && st.ok())
                st = field(QStringLiteral("name"), tr("name"), o.name, e.name->trimmed(), e.name->trimmed());
            if (e.description && st.ok())
                st = field(QStringLiteral("description"), tr("description"), o.description, *e.description, nn(*e.description));
            if (e.owner && st.ok())
                st = field(QStringLiteral("owner"), tr("owner"), o.owner, *e.owner, nn(*e.owner));
            if (e.latencyThresholdMs && st.ok())
                st = field(QStringLiteral("latency_threshold_ms"), tr("latency threshold (ms)"), n(o.latencyThresholdMs),
                           n(*e.latencyThresholdMs), *e.latencyThresholdMs);
            if (e.latencyTargetBp && st.ok())
                st = field(QStringLiteral("latency_target_bp"), tr("share within the latency threshold (bp)"),
                           n(o.latencyTargetBp), n(*e.latencyTargetBp), *e.latencyTargetBp);
            if (e.successObjectiveBp && st.ok())
                st = field(QStringLiteral("success_objective_bp"), tr("success objective (bp)"), n(o.successObjectiveBp),
                           n(*e.successObjectiveBp), *e.successObjectiveBp);
            if (e.availabilityObjectiveBp && st.ok())
                st = field(QStringLiteral("availability_objective_bp"), tr("availability objective (bp)"),
                           n(o.availabilityObjectiveBp), n(*e.availabilityObjectiveBp), *e.availabilityObjectiveBp);
            if (e.workloadLimitPerHour && st.ok())
                st = field(QStringLiteral("workload_limit_per_hour"), tr("workload limit per hour"),
                           o.workloadLimitPerHour ? n(o.workloadLimitPerHour) : QString(),
                           *e.workloadLimitPerHour ? n(*e.workloadLimitPerHour) : QString(),
                           *e.workloadLimitPerHour ? QVariant(*e.workloadLimitPerHour) : idOrNull(0));
            if (e.calendar && st.ok())
                st = field(QStringLiteral("hours_calendar_id"), tr("service hours"), o.calendar, *e.calendar,
                           idOrNull(calendarId));
            if (e.state && st.ok())
                st = field(QStringLiteral("state"), tr("state"), o.state, *e.state, *e.state);
            if (e.stateReason && st.ok())
                st = field(QStringLiteral("state_reason"), tr("state reason"), o.stateReason, *e.stateReason,
                           textOrNull(*e.stateReason));
            if (!st.ok())
                return st.error();
            if (sets.isEmpty())
                return badInput(QStringLiteral("service"), tr("Nothing to change."));
            binds << ctx.operationId() << code;
            auto q = ctx.db().exec(QStringLiteral("UPDATE services SET %1, updated_op = ? WHERE code = ?")
                                       .arg(sets.join(QStringLiteral(", "))),
                                   binds);
            if (!q.ok())
                return q.error();
            QJsonArray ids;
            for (qint64 id : std::as_const(changes))
                ids << id;
            ctx.setDetail(QStringLiteral("changes"), ids);
            auto after = loadAll(ctx.db());
            if (!after.ok())
                return after.error();
            for (const CatalogueEntry &x : std::as_const(*after))
                if (x.code == code)
                    return Out{x, changes};
            return Error::failed(QStringLiteral("service.unknown"), tr("The service vanished."));
        });
    // The core caches the catalogue: this edit applies to its next operation.
    if (result.ok())
        m_core.invalidateCatalogue();
    return result;
}

} // namespace Aksara::ServiceManagement
