#include "core/ServiceLevels.h"

#include <QHash>

#include <cmath>

namespace Aksara {

qint64 ServiceFigures::percentileUs(double p) const
{
    const qint64 n = answered();
    if (n == 0)
        return -1;
    const qint64 rank = qMax<qint64>(1, qint64(std::ceil(p * double(n))));
    qint64 cumulative = 0;
    for (int i = 0; i < kLatencyBuckets; ++i) {
        cumulative += histogram[size_t(i)];
        if (cumulative >= rank)
            return i < int(kLatencyBoundsUs.size()) ? qMin(kLatencyBoundsUs[size_t(i)], latencyMaxUs) : latencyMaxUs;
    }
    return latencyMaxUs;
}

bool ServiceFigures::meetsTargets() const
{
    const double s = successRatio();
    const double w = withinThresholdRatio();
    return (s < 0 || s * 10000.0 >= service.successObjectiveBp) && (w < 0 || w * 10000.0 >= service.latencyTargetBp);
}

QJsonObject ServiceFigures::toJson() const
{
    auto ratio = [](double r) { return r < 0 ? QJsonValue() : QJsonValue(std::round(r * 100000.0) / 1000.0); };
    auto us = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    return {{QStringLiteral("service"), service.code},
            {QStringLiteral("name"), service.name},
            {QStringLiteral("state"), service.state},
            {QStringLiteral("targets"),
             QJsonObject{{QStringLiteral("latency_threshold_ms"), service.latencyThresholdMs},
                         {QStringLiteral("latency_target_pct"), service.latencyTargetBp / 100.0},
                         {QStringLiteral("success_objective_pct"), service.successObjectiveBp / 100.0},
                         {QStringLiteral("availability_objective_pct"), service.availabilityObjectiveBp / 100.0}}},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("success_pct"), ratio(successRatio())},
            {QStringLiteral("within_threshold_pct"), ratio(withinThresholdRatio())},
            {QStringLiteral("burn_rate"), burnRate() < 0 ? QJsonValue() : QJsonValue(std::round(burnRate() * 100.0) / 100.0)},
            {QStringLiteral("latency_p50_us"), us(percentileUs(0.50))},
            {QStringLiteral("latency_p95_us"), us(percentileUs(0.95))},
            {QStringLiteral("latency_p99_us"), us(percentileUs(0.99))},
            {QStringLiteral("latency_max_us"), latencyMaxUs},
            {QStringLiteral("open_incidents"), openIncidents},
            {QStringLiteral("meets_targets"), meetsTargets()}};
}

Result<QList<ServiceFigures>> ServiceLevels::figures(qint64 fromMs, qint64 toMs)
{
    QList<ServiceFigures> out;
    QHash<QString, int> index;
    {
        auto q = m_db.exec(QStringLiteral("SELECT code, name, state, state_reason, latency_threshold_ms, latency_target_bp, "
                                          "success_objective_bp, availability_objective_bp, COALESCE(hours_calendar_id, 0) "
                                          "FROM services ORDER BY code"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            ServiceFigures f;
            f.service.code = q->value(0).toString();
            f.service.name = q->value(1).toString();
            f.service.state = q->value(2).toString();
            f.service.stateReason = q->value(3).toString();
            f.service.latencyThresholdMs = q->value(4).toLongLong();
            f.service.latencyTargetBp = q->value(5).toInt();
            f.service.successObjectiveBp = q->value(6).toInt();
            f.service.availabilityObjectiveBp = q->value(7).toInt();
            f.service.hoursCalendarId = q->value(8).toLongLong();
            index.insert(f.service.code, int(out.size()));
            out << f;
        }
        q->finish();
    }
    QString hist;
    for (int i = 0; i < kLatencyBuckets; ++i)
        hist += QStringLiteral(", SUM(h%1)").arg(i, 2, 10, QLatin1Char('0'));
    const qint64 from = fromMs - (fromMs % kSlaBucketMs);
    auto q = m_db.exec(QStringLiteral("SELECT service, SUM(ok), SUM(refused), SUM(failed), SUM(within_threshold), "
                                      "SUM(latency_sum_us), MAX(latency_max_us)%1 FROM sla_buckets "
                                      "WHERE bucket_at >= ? AND bucket_at < ? GROUP BY service")
                           .arg(hist),
                       {from, toMs});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        auto it = index.constFind(q->value(0).toString());
        if (it == index.constEnd())
            continue;
        ServiceFigures &f = out[*it];
        f.ok = q->value(1).toLongLong();
        f.refused = q->value(2).toLongLong();
        f.failed = q->value(3).toLongLong();
        f.withinThreshold = q->value(4).toLongLong();
        f.latencySumUs = q->value(5).toLongLong();
        f.latencyMaxUs = q->value(6).toLongLong();
        for (int i = 0; i < kLatencyBuckets; ++i)
            f.histogram[size_t(i)] = q->value(7 + i).toLongLong();
    }
    q->finish();
    auto inc = m_db.exec(QStringLiteral("SELECT service_code, COUNT(*) FROM incidents WHERE status NOT IN ('resolved', "
                                        "'closed') AND service_code IS NOT NULL GROUP BY service_code"));
    if (!inc.ok())
        return inc.error();
    while (inc->next()) {
        auto it = index.constFind(inc->value(0).toString());
        if (it != index.constEnd())
            out[*it].openIncidents = inc->value(1).toLongLong();
    }
    inc->finish();
    return out;
}

} // namespace Aksara
