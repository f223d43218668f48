#pragma once

#include "core/Database.h"

#include <QByteArray>

namespace Aksara::Server {

// The service levels as a Prometheus / OpenMetrics text exposition, read from the SLA buckets
// (the same numbers as `aksara status`), so any Prometheus can scrape them:
//   aksara_operations_total{service, outcome}          counter
//   aksara_operation_duration_seconds{service}         histogram of answered operations (ok, refused);
//                                                       its buckets include each service's SLA threshold
//   aksara_operations_within_threshold_total{service}  counter
//   aksara_sla_latency_threshold_seconds{service}      gauge
//   aksara_service_open{service}                        gauge, 1 open, 0 closed or in maintenance
//   aksara_open_incidents{service}                      gauge
// Scrapes are probes, not library operations: they are not written to the operation log.
class Metrics {
public:
    enum class Format { Prometheus, OpenMetrics };
    static QByteArray contentType(Format format);
    static Result<QByteArray> render(Database &db, Format format);
    // Extra gauges other modules add (availability from the service-management module).
    struct Gauge {
        QString name;
        QString help;
        QList<std::pair<QString, double>> samples; // label set text ("service=\"x\""), value
    };
    static Result<QByteArray> render(Database &db, Format format, const QList<Gauge> &extra);
};

} // namespace Aksara::Server
