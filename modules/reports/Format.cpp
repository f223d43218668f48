#include "reports/Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Aksara::Reports {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Reports", text, disambiguation, n);
}
} // namespace

QString dash()
{
    return QStringLiteral("–");
}

QString formatPercent(double ratio, int decimals)
{
    if (ratio < 0)
        return dash();
    // Rounded down, as the service module rounds basis points: 99.995 % is not 100 %.
    const double scale = std::pow(10.0, decimals);
    const double v = std::floor(ratio * 100.0 * scale + 1e-9) / scale;
    return QLocale().toString(v, 'f', decimals) + QStringLiteral(" %");
}

QString formatPercentBp(const QJsonValue &bp, int decimals)
{
    if (bp.isNull() || bp.isUndefined() || bp.toDouble() < 0)
        return dash();
    return QLocale().toString(bp.toDouble() / 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString formatRupiah(qint64 amount)
{
    return QStringLiteral("Rp %1").arg(QLocale().toString(amount));
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : dash();
}

QString formatMonth(const QDate &firstDay)
{
    return QLocale().toString(firstDay, QStringLiteral("MMMM yyyy"));
}

QString formatShortDateTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return dash();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone), QStringLiteral("d MMM HH:mm"));
}

QString formatDateTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return dash();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone), QStringLiteral("d MMM yyyy HH:mm"));
}

QString formatTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return dash();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone).time(), QStringLiteral("HH:mm"));
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return dash();
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 min = s / 60;
    if (min < 60)
        return tr("%1 min").arg(min);
    const qint64 h = min / 60;
    if (h < 48)
        return min % 60 == 0 ? tr("%1 h").arg(h) : tr("%1 h %2 min").arg(h).arg(min % 60, 2, 10, QLatin1Char('0'));
    return h % 24 == 0 ? tr("%1 d").arg(h / 24) : tr("%1 d %2 h").arg(h / 24).arg(h % 24);
}

QString formatLatencyUs(const QJsonValue &us)
{
    if (us.isNull() || us.isUndefined() || us.toDouble() < 0)
        return dash();
    const double v = us.toDouble();
    const QLocale l;
    if (v < 1000)
        return tr("%1 µs").arg(l.toString(qint64(v)));
    if (v < 1000000)
        return tr("%1 ms").arg(l.toString(v / 1000.0, 'f', v < 10000 ? 1 : 0));
    return tr("%1 s").arg(l.toString(v / 1000000.0, 'f', 1));
}

QString formatAgo(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return tr("never");
    const qint64 s = std::max<qint64>(0, (nowMs - ms) / 1000);
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 48 * 3600)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n days ago", nullptr, int(s / 86400));
}

qint64 isoToMs(const QJsonValue &iso)
{
    if (!iso.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

namespace {
struct Name {
    const char *code;
    const char *text;
};
template<size_t N>
QString lookup(const Name (&names)[N], const QString &code)
{
    for (const Name &n : names)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("Aksara::Reports", n.text);
    return code.isEmpty() ? dash() : code;
}
} // namespace

QString incidentStatusName(const QString &status)
{
    static const Name names[] = {{"new", QT_TRANSLATE_NOOP("Aksara::Reports", "New")},
                                 {"assigned", QT_TRANSLATE_NOOP("Aksara::Reports", "Assigned")},
                                 {"in_progress", QT_TRANSLATE_NOOP("Aksara::Reports", "In progress")},
                                 {"pending", QT_TRANSLATE_NOOP("Aksara::Reports", "Pending")},
                                 {"resolved", QT_TRANSLATE_NOOP("Aksara::Reports", "Resolved")},
                                 {"closed", QT_TRANSLATE_NOOP("Aksara::Reports", "Closed")}};
    return lookup(names, status);
}

QString incidentKindName(const QString &kind)
{
    static const Name names[] = {{"incident", QT_TRANSLATE_NOOP("Aksara::Reports", "Incident")},
                                 {"request", QT_TRANSLATE_NOOP("Aksara::Reports", "Service request")}};
    return lookup(names, kind);
}

QString problemStatusName(const QString &status)
{
    static const Name names[] = {{"new", QT_TRANSLATE_NOOP("Aksara::Reports", "New")},
                                 {"investigating", QT_TRANSLATE_NOOP("Aksara::Reports", "Investigating")},
                                 {"known_error", QT_TRANSLATE_NOOP("Aksara::Reports", "Known error")},
                                 {"resolved", QT_TRANSLATE_NOOP("Aksara::Reports", "Resolved")},
                                 {"closed", QT_TRANSLATE_NOOP("Aksara::Reports", "Closed")}};
    return lookup(names, status);
}

QString changeStatusName(const QString &status)
{
    static const Name names[] = {{"requested", QT_TRANSLATE_NOOP("Aksara::Reports", "Requested")},
                                 {"approved", QT_TRANSLATE_NOOP("Aksara::Reports", "Approved")},
                                 {"rejected", QT_TRANSLATE_NOOP("Aksara::Reports", "Rejected")},
                                 {"scheduled", QT_TRANSLATE_NOOP("Aksara::Reports", "Scheduled")},
                                 {"in_progress", QT_TRANSLATE_NOOP("Aksara::Reports", "In progress")},
                                 {"completed", QT_TRANSLATE_NOOP("Aksara::Reports", "Completed")},
                                 {"failed", QT_TRANSLATE_NOOP("Aksara::Reports", "Failed")},
                                 {"rolled_back", QT_TRANSLATE_NOOP("Aksara::Reports", "Rolled back")}};
    return lookup(names, status);
}

QString changeKindName(const QString &kind)
{
    static const Name names[] = {{"standard", QT_TRANSLATE_NOOP("Aksara::Reports", "Standard")},
                                 {"normal", QT_TRANSLATE_NOOP("Aksara::Reports", "Normal")},
                                 {"emergency", QT_TRANSLATE_NOOP("Aksara::Reports", "Emergency")}};
    return lookup(names, kind);
}

QString changeOutcomeName(const QString &outcome)
{
    static const Name names[] = {{"success", QT_TRANSLATE_NOOP("Aksara::Reports", "Success")},
                                 {"failed", QT_TRANSLATE_NOOP("Aksara::Reports", "Failed")},
                                 {"rolled_back", QT_TRANSLATE_NOOP("Aksara::Reports", "Rolled back")}};
    return lookup(names, outcome);
}

QString riskName(const QString &risk)
{
    static const Name names[] = {{"low", QT_TRANSLATE_NOOP("Aksara::Reports", "Low")},
                                 {"medium", QT_TRANSLATE_NOOP("Aksara::Reports", "Medium")},
                                 {"high", QT_TRANSLATE_NOOP("Aksara::Reports", "High")}};
    return lookup(names, risk);
}

QString stationStateName(const QString &state)
{
    static const Name names[] = {{"up", QT_TRANSLATE_NOOP("Aksara::Reports", "Up")},
                                 {"down", QT_TRANSLATE_NOOP("Aksara::Reports", "Down")},
                                 {"maintenance", QT_TRANSLATE_NOOP("Aksara::Reports", "Maintenance")},
                                 {"off_hours", QT_TRANSLATE_NOOP("Aksara::Reports", "Outside service hours")},
                                 {"retired", QT_TRANSLATE_NOOP("Aksara::Reports", "Retired")},
                                 {"unknown", QT_TRANSLATE_NOOP("Aksara::Reports", "Never heard from")}};
    return lookup(names, state);
}

QString stationKindName(const QString &kind)
{
    static const Name names[] = {{"desk", QT_TRANSLATE_NOOP("Aksara::Reports", "Front desk")},
                                 {"kiosk", QT_TRANSLATE_NOOP("Aksara::Reports", "Kiosk")},
                                 {"reports", QT_TRANSLATE_NOOP("Aksara::Reports", "Reports window")},
                                 {"server", QT_TRANSLATE_NOOP("Aksara::Reports", "Server")},
                                 {"selfcheck", QT_TRANSLATE_NOOP("Aksara::Reports", "Self-check machine")}};
    return lookup(names, kind);
}

QString healthName(const QString &health)
{
    static const Name names[] = {{"up", QT_TRANSLATE_NOOP("Aksara::Reports", "Up")},
                                 {"degraded", QT_TRANSLATE_NOOP("Aksara::Reports", "Degraded")},
                                 {"down", QT_TRANSLATE_NOOP("Aksara::Reports", "Down")},
                                 {"maintenance", QT_TRANSLATE_NOOP("Aksara::Reports", "Maintenance")},
                                 {"closed", QT_TRANSLATE_NOOP("Aksara::Reports", "Closed")}};
    return lookup(names, health);
}

QString priorityName(int priority)
{
    return tr("P%1", "priority").arg(priority);
}

QString levelName(int level)
{
    switch (level) {
    case 1: return tr("1 – high", "impact or urgency");
    case 2: return tr("2 – medium", "impact or urgency");
    case 3: return tr("3 – low", "impact or urgency");
    }
    return QString::number(level);
}

} // namespace Aksara::Reports

#include "service/IncidentClock.h"

namespace Aksara::Reports {

QString clockText(const ServiceManagement::ClockState &c)
{
    if (c.targetMs <= 0)
        return dash();
    if (c.stopped)
        return c.breached() ? tr("Breached: %1 of %2").arg(formatDuration(c.elapsedMs), formatDuration(c.targetMs))
                            : tr("Met in %1").arg(formatDuration(c.elapsedMs));
    QString text = c.breached() ? tr("Breached: %1 of %2") : tr("%1 of %2");
    text = text.arg(formatDuration(c.elapsedMs), formatDuration(c.targetMs));
    if (!c.running)
        text += tr(" · paused");
    return text;
}

QString clockAttention(const ServiceManagement::ClockState &c)
{
    if (c.targetMs <= 0)
        return QStringLiteral("ok");
    if (c.breached())
        return QStringLiteral("breach");
    if (!c.stopped && c.elapsedMs >= c.warningMs())
        return QStringLiteral("warning");
    return QStringLiteral("ok");
}

} // namespace Aksara::Reports
