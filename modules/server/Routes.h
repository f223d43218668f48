#pragma once

#include "server/Health.h"
#include "server/Http.h"
#include "sru/SruService.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>

class QThread;

namespace Aksara {
class Database;
class ServiceCore;
}

namespace Aksara::Server {

class HttpFront;
class SruLibraryBackend;

// What aksara-server serves over HTTP, registered on an HttpFront. Every handler runs on one of
// the front's worker threads (with that thread's database connection).
namespace Routes {

// GET /health: Health::probe (a read, a committed write, the disk's free space), 200 when ok or
// degraded, 503 when the library cannot be written (Health.h). A probe, not a library operation:
// not written to the operation log.
void addHealth(HttpFront &http, Database &db, const Clock &clock, Health::Options options);
// GET /metrics: Prometheus text, or OpenMetrics when the scraper asks for it (Accept).
void addMetrics(HttpFront &http, Database &db, ServiceCore &core);
// POST /heartbeat/CODE with "Authorization: Bearer TOKEN": a station's heartbeat.
void addHeartbeat(HttpFront &http, ServiceCore &core);

} // namespace Routes

// SRU at /sru and /DATABASE: GET with a query string, or POST with a form body. Every request is
// one operation of the sru service on channel sru. A SruLibraryBackend holds the running
// request's state, so each worker thread has its own.
class SruRoutes {
public:
    SruRoutes(ServiceCore &core, Sru::ServerInfo info);
    ~SruRoutes();
    void addTo(HttpFront &http);
    HttpResponse handle(const HttpRequest &request);

private:
    SruLibraryBackend &backend();

    ServiceCore &m_core;
    Sru::ServerInfo m_info;
    QMutex m_mutex;
    QHash<QThread *, std::shared_ptr<SruLibraryBackend>> m_backends;
};

} // namespace Aksara::Server
