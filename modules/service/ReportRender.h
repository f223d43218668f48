#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace Aksara::ServiceManagement {

// Renders a monthly report (the JSON document of MonthlyReport) as an A4 PDF with its charts
// (cairo through aksara_render: no Qt Gui) and as CSV files, the library's logo (PNG or JPEG, may be
// empty) beside its name. Errors render.file.
Status writeReportPdf(const QJsonObject &report, const QString &path, const QByteArray &logo = {});
// Writes services.csv, availability.csv, incidents.csv, problems.csv, changes.csv,
// nonconformities.csv, daily.csv and evidence.csv into dir (created if missing); returns the paths.
Result<QStringList> writeReportCsv(const QJsonObject &report, const QString &dir);

// Human formats shared by the PDF, the CSV and the command line.
QString formatBp(const QJsonValue &bp);         // "99.95 %" or "–"
QString formatDurationMs(const QJsonValue &ms); // "2 h 05 min", "45 s" or "–"
QString formatUs(const QJsonValue &us);         // "850 µs", "12.5 ms", "1.2 s" or "–"

} // namespace Aksara::ServiceManagement
