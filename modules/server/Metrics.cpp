#include "server/Metrics.h"

#include "core/ServiceCore.h"

#include <QHash>
#include <QMap>

namespace Aksara::Server {

namespace {
QString label(const QString &v)
{
    QString s = v;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('"'), QLatin1String("\\\""));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return s;
}

QString seconds(double s)
{
    QString t = QString::number(s, 'g', 12);
    return t;
}
} // namespace

QByteArray Metrics::contentType(Format format)
{
    return format == Format::OpenMetrics ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
                                         : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

Result<QByteArray> Metrics::render(Database &db, Format format)
{
    return render(db, format, {});
}

Result<QByteArray> Metrics::render(Database &db, Format format, const QList<Gauge> &extra)
{
    struct Row {
        qint64 ok = 0, refused = 0, failed = 0, within = 0, sumUs = 0;
        std::array<qint64, kLatencyBuckets> h{};
        qint64 thresholdMs = 0;
        bool open = true;
        qint64 incidents = 0;
    };
    QMap<QString, Row> rows;
    auto svc = db.exec(QStringLiteral("SELECT code, latency_threshold_ms, state FROM services ORDER BY code"));
    if (!svc.ok())
        return svc.error();
    while (svc->next()) {
        Row &r = rows[svc->value(0).toString()];
        r.thresholdMs = svc->value(1).toLongLong();
        r.open = svc->value(2).toString() == QLatin1String("open");
    }
    svc->finish();
    QString hist;
    for (int i = 0; i < kLatencyBuckets; ++i)
        hist += QStringLiteral(", SUM(h%1)").arg(i, 2, 10, QLatin1Char('0'));
    auto q = db.exec(QStringLiteral("SELECT service, SUM(ok), SUM(refused), SUM(failed), SUM(within_threshold), "
                                    "SUM(latency_sum_us)%1 FROM sla_buckets GROUP BY service")
                         .arg(hist));
    if (!q.ok())
        return q.error();
    while (q->next()) {
        auto it = rows.find(q->value(0).toString());
        if (it == rows.end())
            continue;
        it->ok = q->value(1).toLongLong();
        it->refused = q->value(2).toLongLong();
        it->failed = q->value(3).toLongLong();
        it->within = q->value(4).toLongLong();
        it->sumUs = q->value(5).toLongLong();
        for (int i = 0; i < kLatencyBuckets; ++i)
            it->h[size_t(i)] = q->value(6 + i).toLongLong();
    }
    q->finish();
    auto inc = db.exec(QStringLiteral("SELECT service_code, COUNT(*) FROM incidents WHERE status NOT IN ('resolved', "
                                      "'closed') AND service_code IS NOT NULL GROUP BY service_code"));
    if (!inc.ok())
        return inc.error();
    while (inc->next()) {
        auto it = rows.find(inc->value(0).toString());
        if (it != rows.end())
            it->incidents = inc->value(1).toLongLong();
    }
    inc->finish();

    const bool om = format == Format::OpenMetrics;
    QString out;
    auto family = [&](const QString &name, const QString &type, const QString &help) {
        // OpenMetrics names a counter family without its _total suffix; the text format 0.0.4 with it.
        const QString familyName = om && type == QLatin1String("counter") && name.endsWith(QLatin1String("_total"))
                                       ? name.left(name.size() - 6)
                                       : name;
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(familyName, help, type);
    };

    family(QStringLiteral("aksara_operations_total"), QStringLiteral("counter"),
           QStringLiteral("Operations executed by the service core, by outcome."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        for (const auto &[outcome, n] : {std::pair{QStringLiteral("ok"), it->ok}, std::pair{QStringLiteral("refused"), it->refused},
                                         std::pair{QStringLiteral("failed"), it->failed}})
            out += QStringLiteral("aksara_operations_total{service=\"%1\",outcome=\"%2\"} %3\n").arg(label(it.key()), outcome).arg(n);
    }

    family(QStringLiteral("aksara_operation_duration_seconds"), QStringLiteral("histogram"),
           QStringLiteral("Latency of answered operations (ok and refused), up to the writing of their record."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString s = label(it.key());
        // Cumulative buckets over the fixed bounds, with the service's threshold inserted where it
        // is not one of them (its count is the operations that met the threshold).
        QList<std::pair<qint64, qint64>> bounds; // bound in us, cumulative count
        qint64 cumulative = 0;
        for (int i = 0; i < int(kLatencyBoundsUs.size()); ++i) {
            cumulative += it->h[size_t(i)];
            bounds.append({kLatencyBoundsUs[size_t(i)], cumulative});
        }
        const qint64 thresholdUs = it->thresholdMs * 1000;
        bool present = false;
        for (const auto &b : bounds)
            present = present || b.first == thresholdUs;
        if (!present && thresholdUs > 0) {
            int pos = 0;
            while (pos < bounds.size() && bounds[pos].first < thresholdUs)
                ++pos;
            const qint64 below = pos > 0 ? bounds[pos - 1].second : 0;
            const qint64 above = pos < bounds.size() ? bounds[pos].second : it->ok + it->refused;
            bounds.insert(pos, {thresholdUs, qBound(below, it->within, above)});
        }
        for (const auto &[us, n] : bounds)
            out += QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"%1\",le=\"%2\"} %3\n")
                       .arg(s, seconds(double(us) / 1e6))
                       .arg(n);
        const qint64 count = it->ok + it->refused;
        out += QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"%1\",le=\"+Inf\"} %2\n").arg(s).arg(count);
        out += QStringLiteral("aksara_operation_duration_seconds_sum{service=\"%1\"} %2\n").arg(s, seconds(double(it->sumUs) / 1e6));
        out += QStringLiteral("aksara_operation_duration_seconds_count{service=\"%1\"} %2\n").arg(s).arg(count);
    }

    family(QStringLiteral("aksara_operations_within_threshold_total"), QStringLiteral("counter"),
           QStringLiteral("Answered operations that met the service's latency threshold."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("aksara_operations_within_threshold_total{service=\"%1\"} %2\n").arg(label(it.key())).arg(it->within);

    family(QStringLiteral("aksara_sla_latency_threshold_seconds"), QStringLiteral("gauge"),
           QStringLiteral("The latency threshold of the service's SLA."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("aksara_sla_latency_threshold_seconds{service=\"%1\"} %2\n")
                   .arg(label(it.key()), seconds(double(it->thresholdMs) / 1000.0));

    family(QStringLiteral("aksara_service_open"), QStringLiteral("gauge"),
           QStringLiteral("1 when the service is open, 0 when it is closed or in maintenance."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("aksara_service_open{service=\"%1\"} %2\n").arg(label(it.key())).arg(it->open ? 1 : 0);

    family(QStringLiteral("aksara_open_incidents"), QStringLiteral("gauge"), QStringLiteral("Incidents not yet resolved."));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("aksara_open_incidents{service=\"%1\"} %2\n").arg(label(it.key())).arg(it->incidents);

    for (const Gauge &g : extra) {
        family(g.name, QStringLiteral("gauge"), g.help);
        for (const auto &[labels, value] : g.samples)
            out += QStringLiteral("%1{%2} %3\n").arg(g.name, labels, QString::number(value, 'g', 12));
    }
    if (om)
        out += QStringLiteral("# EOF\n");
    return out.toUtf8();
}

} // namespace Aksara::Server
