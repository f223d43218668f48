#pragma once

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

namespace Aksara::Reports {

// Loans and returns of one local day of the library.
struct DayCount {
    QDate date;
    qint64 loans = 0;
    qint64 returns = 0;
};

struct TitleCount {
    qint64 recordId = 0;
    QString title;
    QString author;
    qint64 loans = 0;
};

struct NeverBorrowedItem {
    QString barcode;
    QString title;
    QString branch;   // branch code
    QString location;
    QString acquiredOn; // YYYY-MM-DD or empty
};

// Circulation statistics of a period of whole local days [from, to] in the library's time zone.
// Definitions (docs/reports.md):
//   loans           checkouts issued in the period
//   returns         loans closed by a return in the period (a loan ended as lost is not a return)
//   activeMembers   distinct patrons with at least one checkout in the period
//   newMembers      patrons registered in the period;  newCards: cards issued in the period
//                   (new registrations and replacements)
//   overdue         loans open and past their due time at the end of the period (or now, for a
//                   period that has not ended)
//   feesCharged, paymentsReceived   rupiah charged as fees / taken as payments (not waivers)
//   perDay          every day of the period, zero-filled
//   topTitles       the titles most borrowed in the period (ties: the older record first)
//   neverBorrowed   copies of a loanable type, not withdrawn, with no checkout before the end of
//                   the period (oldest acquisitions first); itemsConsidered is how many such copies
//                   exist in all
struct CirculationStatistics {
    QDate from;
    QDate to;
    qint64 asOfMs = 0; // the instant overdue and never-borrowed are measured at
    qint64 loans = 0;
    qint64 returns = 0;
    qint64 activeMembers = 0;
    qint64 newMembers = 0;
    qint64 newCards = 0;
    qint64 overdue = 0;
    qint64 feesCharged = 0;
    qint64 paymentsReceived = 0;
    QList<DayCount> perDay;
    QList<TitleCount> topTitles;
    qint64 neverBorrowedCount = 0;
    qint64 itemsConsidered = 0;
    QList<NeverBorrowedItem> neverBorrowed;

    QJsonObject toJson() const;
};

struct StatisticsOptions {
    int topTitles = 10;
    int neverBorrowedLimit = 50;
};

// Circulation statistics: reads of the reporting service (operation "statistics.circulation",
// right report.view). Refusal reports.bad_period (no dates, the end before the start, or more than
// 366 days). Thread affinity: as the service core.
class CirculationStats {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Reports::CirculationStats)

public:
    static constexpr int kMaxDays = 366;
    explicit CirculationStats(ServiceCore &core) : m_core(core) {}

    Result<CirculationStatistics> compute(const Caller &caller, const QDate &from, const QDate &to,
                                          const StatisticsOptions &options = {});

    // The computation itself, inside the caller's operation (the live board uses it for today).
    static Result<CirculationStatistics> computeIn(Database &db, const QTimeZone &zone, const QDate &from, const QDate &to,
                                                   qint64 nowMs, const StatisticsOptions &options = {});

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Reports
