#pragma once

#include "core/ServiceCore.h"

#include <array>

namespace Aksara {

// Live service-level figures of one service over a window, computed from the hourly SLA buckets
// (never from a scan of the raw log).
struct ServiceFigures {
    ServiceInfo service;
    qint64 ok = 0;
    qint64 refused = 0;
    qint64 failed = 0;
    qint64 withinThreshold = 0;
    qint64 latencySumUs = 0;
    qint64 latencyMaxUs = 0;
    std::array<qint64, kLatencyBuckets> histogram{};
    qint64 openIncidents = 0;

    qint64 total() const { return ok + refused + failed; }
    // Operations whose latency was measured (ok and refused: the service answered).
    qint64 answered() const { return ok + refused; }
    // Success ratio: refused operations are excluded (a business rule saying no is the service
    // working), so success = ok / (ok + failed). -1 when there is nothing to measure.
    double successRatio() const { return ok + failed == 0 ? -1.0 : double(ok) / double(ok + failed); }
    double withinThresholdRatio() const { return answered() == 0 ? -1.0 : double(withinThreshold) / double(answered()); }
    // Error-budget burn rate over the window: the failure ratio divided by the failure ratio the
    // success objective allows (1 = spending the budget exactly as fast as allowed). -1 without
    // valid operations or without a budget (a 100 % objective).
    double burnRate() const
    {
        const double budget = (10000 - service.successObjectiveBp) / 10000.0;
        return ok + failed == 0 || budget <= 0 ? -1.0 : (double(failed) / double(ok + failed)) / budget;
    }
    // Upper bound of the histogram bucket holding the p-quantile (0 < p <= 1); -1 without data,
    // and the largest latency seen when the quantile falls in the open +Inf bucket.
    qint64 percentileUs(double p) const;
    bool meetsTargets() const;

    QJsonObject toJson() const;
};

class ServiceLevels {
public:
    explicit ServiceLevels(Database &db) : m_db(db) {}
    // Figures for every service over [fromMs, toMs); both are rounded down to the hour.
    Result<QList<ServiceFigures>> figures(qint64 fromMs, qint64 toMs);

private:
    Database &m_db;
};

} // namespace Aksara
