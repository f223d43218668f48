#pragma once

#include "core/Database.h"

namespace Aksara::ServiceManagement {

// The gauges aksara-server exposes at /metrics in the OpenMetrics text format, so that any
// Prometheus can scrape the service levels:
//   aksara_service_availability_ratio{service}            month to date, in service hours
//   aksara_service_availability_objective_ratio{service}
//   aksara_station_up{station,kind}                        1 up, 0 down (maintenance, off hours: 1)
//   aksara_incidents_open{kind,priority}
//   aksara_incidents_major_open
// Read-only and cheap: pre-aggregated records of the current month only. The names do not clash
// with the families of aksara-server's /metrics (modules/server/Metrics), which can append these
// with terminate = false (no "# EOF" line).
Result<QString> openMetrics(Database &db, qint64 nowMs, bool terminate = true);

} // namespace Aksara::ServiceManagement
