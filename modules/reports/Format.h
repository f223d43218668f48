#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace Aksara::Reports {

// How the reports window writes figures: in the interface's locale (QLocale()), times in the
// library's zone. "–" stands for a figure that does not exist (no data).
QString dash();
QString formatPercentBp(const QJsonValue &bp, int decimals = 2); // 9995 -> "99,95 %" (id) / "99.95 %" (en)
QString formatPercent(double ratio, int decimals = 2);         // 0.9995 -> as above; < 0: dash
QString formatCount(qint64 n);                                  // 12.500 (id) / 12,500 (en)
QString formatRupiah(qint64 amount);                            // Rp 12.500 (id) / Rp 12,500 (en)
QString formatDate(const QDate &date);                          // 2 Mar 2026, in the locale's month names
QString formatMonth(const QDate &firstDay);                     // Maret 2026 / March 2026
QString formatDateTime(qint64 ms, const QTimeZone &zone);       // 2 Mar 2026 14:05
QString formatShortDateTime(qint64 ms, const QTimeZone &zone); // 2 Mar 14:05
QString formatTime(qint64 ms, const QTimeZone &zone);           // 14:05
QString formatDuration(qint64 ms);                              // 2 h 05 min, 45 min, 30 s
QString formatLatencyUs(const QJsonValue &us);                  // 850 µs, 12,5 ms, 1,2 s
QString formatAgo(qint64 ms, qint64 nowMs);                     // 3 min ago
// An ISO 8601 instant from the report JSON, in milliseconds (0 for null or bad text).
qint64 isoToMs(const QJsonValue &iso);

// Names for the codes the service module stores.
QString incidentStatusName(const QString &status);
QString incidentKindName(const QString &kind);
QString problemStatusName(const QString &status);
QString changeStatusName(const QString &status);
QString changeKindName(const QString &kind);
QString changeOutcomeName(const QString &outcome);
QString riskName(const QString &risk);
QString stationStateName(const QString &state);
QString stationKindName(const QString &kind);
QString healthName(const QString &health);
QString priorityName(int priority); // P1 … P5
QString levelName(int level);       // impact / urgency 1 high, 2 medium, 3 low

} // namespace Aksara::Reports

namespace Aksara::ServiceManagement {
struct ClockState;
}

namespace Aksara::Reports {
// An SLA clock for people: "45 min of 2 h 00 min", "Met", "Breached: 9 h 10 min of 8 h 00 min",
// with " · paused" while it waits; and how much attention it needs: breach | warning | ok.
QString clockText(const ServiceManagement::ClockState &clock);
QString clockAttention(const ServiceManagement::ClockState &clock);
} // namespace Aksara::Reports
