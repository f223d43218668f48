#include "service/Metrics.h"

#include "service/Availability.h"
#include "service/Common.h"
#include "service/Stations.h"

#include <QMap>

namespace Aksara::ServiceManagement {

namespace {
// Label values escape backslash, double quote and newline.
QString label(const QString &v)
{
    QString out = v;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("\""), QLatin1String("\\\""));
    out.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return out;
}

void family(QString &out, const char *name, const char *help)
{
    out += QStringLiteral("# TYPE %1 gauge\n# HELP %1 %2\n").arg(QLatin1String(name), QLatin1String(help));
}
} // namespace

Result<QString> openMetrics(Database &db, qint64 nowMs, bool terminate)
{
    const QTimeZone zone = libraryZone(db);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(zone).date();
    auto month = parseMonth(today.toString(QStringLiteral("yyyy-MM")), zone);
    if (!month.ok())
        return month.error();
    auto services = Availability(db).services(month->fromMs, month->toMs, nowMs);
    if (!services.ok())
        return services.error();
    QString out;
    family(out, "aksara_service_availability_ratio", "Availability of the service in its service hours, month to date.");
    for (const AvailabilityFigures &f : std::as_const(*services))
        if (f.availabilityBp() >= 0)
            out += QStringLiteral("aksara_service_availability_ratio{service=\"%1\"} %2\n")
                       .arg(label(f.code))
                       .arg(double(f.availableMs()) / double(f.agreedMs - f.plannedMs), 0, 'g', 6);
    family(out, "aksara_service_availability_objective_ratio", "Availability objective of the service.");
    for (const AvailabilityFigures &f : std::as_const(*services))
        out += QStringLiteral("aksara_service_availability_objective_ratio{service=\"%1\"} %2\n")
                   .arg(label(f.code))
                   .arg(f.objectiveBp / 10000.0, 0, 'g', 6);
    auto stations = Stations::loadAll(db, nowMs);
    if (!stations.ok())
        return stations.error();
    family(out, "aksara_station_up", "1 when the station sends its heartbeats (or is in maintenance or outside its hours).");
    for (const Station &s : std::as_const(*stations)) {
        if (s.state == QLatin1String("retired"))
            continue;
        out += QStringLiteral("aksara_station_up{station=\"%1\",kind=\"%2\"} %3\n")
                   .arg(label(s.code), label(s.kind))
                   .arg(s.state == QLatin1String("down") || s.state == QLatin1String("unknown") ? 0 : 1);
    }
    QMap<std::pair<QString, int>, qint64> open;
    for (const QString &kind : {QStringLiteral("incident"), QStringLiteral("request")})
        for (int p = 1; p <= 5; ++p)
            open[{kind, p}] = 0;
    qint64 major = 0;
    auto q = db.exec(QStringLiteral("SELECT kind, priority, COUNT(*), SUM(major) FROM incidents WHERE status NOT IN "
                                    "('resolved', 'closed') GROUP BY kind, priority"));
    if (!q.ok())
        return q.error();
    while (q->next()) {
        open[{q->value(0).toString(), q->value(1).toInt()}] = q->value(2).toLongLong();
        major += q->value(3).toLongLong();
    }
    q->finish();
    family(out, "aksara_incidents_open", "Open incidents and service requests (not resolved, not closed).");
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        out += QStringLiteral("aksara_incidents_open{kind=\"%1\",priority=\"%2\"} %3\n").arg(it.key().first).arg(it.key().second).arg(*it);
    family(out, "aksara_incidents_major_open", "Open major incidents.");
    out += QStringLiteral("aksara_incidents_major_open %1\n").arg(major);
    if (terminate)
        out += QStringLiteral("# EOF\n");
    return out;
}

} // namespace Aksara::ServiceManagement
