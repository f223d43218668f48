#pragma once

#include "core/ServiceCore.h"
#include "service/Common.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Aksara::ServiceManagement {

// A nonconformity: a missed target of a closed month, with its cause and corrective action.
struct Nonconformity {
    qint64 id = 0;
    QString month;
    QString indicator; // success | latency | availability | own | resolve
    QString scope;     // a service code, or "<kind>/P<priority>" for incident targets
    QString serviceCode;
    int targetBp = 0;
    int actualBp = 0;
    QString description;
    QString cause;
    QString correctiveAction;
    QString actionOwner;
    QString actionDueOn;
    QString status; // open | action_planned | closed
    qint64 openedAt = 0;
    qint64 closedAt = 0;
    QJsonObject toJson() const;
};

struct NonconformityUpdate {
    std::optional<QString> cause;
    std::optional<QString> correctiveAction;
    std::optional<QString> actionOwner;
    std::optional<QString> actionDueOn; // YYYY-MM-DD
    std::optional<QString> status;
};

struct GeneratedReport {
    QJsonObject report;
    QStringList files;
};

// The monthly service report (ISO 20000-1 9.1, 9.4, 10) as a JSON document, the single source of
// the PDF, the CSV files and the reports window. Shape: docs/service-management.md.
//
// Computed from pre-aggregated records only: sla_buckets for volumes, success, latency and
// workload; maintenance windows, outage incidents and station outages for availability; the
// incidents with their status history for TTO/TTR; problems; changes. Never a scan of the
// operation log (only indexed lookups of the first and last record of the month, per service).
// Every figure names what it came from in "evidence".
//
// A closed month is frozen: close() stores the report as computed then (with its SHA-256, which
// is also in the closing operation's record and so under the hash chain) and opens one
// nonconformity per missed target; report() of a closed month returns that snapshot (with the
// nonconformities' current follow-up), whatever changed since.
class MonthlyReport {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::MonthlyReport)

public:
    explicit MonthlyReport(ServiceCore &core) : m_core(core) {}

    // right report.view (reporting service).
    Result<QJsonObject> report(const Caller &caller, const QString &month);
    // The report and its files: a PDF at pdfPath (if not empty) and CSV files in csvDir (if not
    // empty). One reporting operation; errors render.file.
    Result<GeneratedReport> generate(const Caller &caller, const QString &month, const QString &pdfPath,
                                     const QString &csvDir);
    // Availability only (aksara availability --month), right report.view.
    Result<QJsonObject> availability(const Caller &caller, const QString &month);
    // right service.manage (administration service). Refusals report.month_not_over,
    // report.month_closed, report.bad_month.
    Result<QJsonObject> close(const Caller &caller, const QString &month);

    Result<QList<Nonconformity>> nonconformities(const Caller &caller, const QString &month = {}, bool openOnly = false);
    // right service.manage. Refusals nonconformity.not_found, nonconformity.bad_input,
    // nonconformity.needs_action (closing without cause and corrective action).
    Result<Nonconformity> updateNonconformity(const Caller &caller, qint64 id, const NonconformityUpdate &update);

    // The computation itself (inside the caller's operation or a benchmark).
    static Result<QJsonObject> compute(Database &db, const Month &month, qint64 nowMs);
    // The stored snapshot of a closed month, or an empty object.
    static Result<QJsonObject> frozen(Database &db, const QString &month);
    static QString snapshotHash(const QByteArray &snapshot);

private:
    Result<QJsonObject> reportIn(Database &db, const QString &monthText, qint64 nowMs);
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
