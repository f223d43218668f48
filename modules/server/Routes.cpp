#include "server/Routes.h"

#include "server/Health.h"
#include "server/HttpFront.h"
#include "server/Metrics.h"
#include "server/SruLibraryBackend.h"
#include "service/Metrics.h"
#include "service/Stations.h"

#include "core/Database.h"
#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

namespace Aksara::Server {

namespace {
HttpResponse json(const QJsonObject &o, int status = 200)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(o).toJson(QJsonDocument::Compact)};
}
} // namespace

void Routes::addHealth(HttpFront &http, Database &db, const Clock &clock, Health::Options options)
{
    http.route(QStringLiteral("/health"), {QByteArrayLiteral("GET")}, [&db, &clock, options = std::move(options)](const HttpRequest &) {
        const HealthReport r = Health::probe(db, clock, options);
        return HttpResponse{r.httpStatus(), QByteArrayLiteral("application/json"), r.body()};
    });
}

void Routes::addMetrics(HttpFront &http, Database &db, ServiceCore &core)
{
    // Metrics are a probe too; OpenMetrics when the scraper asks for it, else the 0.0.4 text format.
    http.route(QStringLiteral("/metrics"), {QByteArrayLiteral("GET")}, [&db, &core](const HttpRequest &request) {
        const bool om = request.header(QByteArrayLiteral("accept")).contains(QByteArrayLiteral("application/openmetrics-text"));
        const auto format = om ? Metrics::Format::OpenMetrics : Metrics::Format::Prometheus;
        auto text = Metrics::render(db, Metrics::Format::Prometheus);
        auto more = ServiceManagement::openMetrics(db, core.clock().nowMs(), false);
        if (!text.ok() || !more.ok())
            return HttpResponse{503, QByteArrayLiteral("text/plain"),
                                (text.ok() ? more.error().message : text.error().message).toUtf8()};
        QByteArray body = *text + more->toUtf8();
        if (om)
            body += "# EOF\n";
        return HttpResponse{200, Metrics::contentType(format), body};
    });
}

void Routes::addHeartbeat(HttpFront &http, ServiceCore &core)
{
    // Station heartbeats for stations that do not share the database: POST /heartbeat/CODE with
    // "Authorization: Bearer TOKEN" (the token given when the station was registered).
    const QString prefix = QStringLiteral("/heartbeat/");
    http.routePrefix(prefix, {QByteArrayLiteral("POST")}, [&core, prefix](const HttpRequest &request) {
        const QString code = request.path.mid(prefix.size());
        if (code.isEmpty() || code.contains(QLatin1Char('/')))
            return HttpResponse{404, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Not found.\n")};
        const QByteArray auth = request.header(QByteArrayLiteral("authorization"));
        const QString token = auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)).trimmed() : QString();
        ServiceManagement::Stations stations(core);
        auto ack = stations.heartbeat(code, token);
        if (!ack.ok()) {
            const int status = ack.error().code == QLatin1String("station.unknown")     ? 404
                               : ack.error().code == QLatin1String("station.bad_token") ? 401
                               : ack.error().isRefusal()                                ? 409
                                                                                        : 503;
            return json({{QStringLiteral("error"), ack.error().code}, {QStringLiteral("message"), ack.error().message}},
                        status);
        }
        return json(ack->toJson());
    });
}

SruRoutes::SruRoutes(ServiceCore &core, Sru::ServerInfo info)
    : m_core(core)
    , m_info(std::move(info))
{
}

SruRoutes::~SruRoutes() = default;

SruLibraryBackend &SruRoutes::backend()
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_backends[QThread::currentThread()];
    if (!slot)
        slot = std::make_shared<SruLibraryBackend>(m_core, m_info);
    return *slot;
}

HttpResponse SruRoutes::handle(const HttpRequest &request)
{
    QByteArray parameters;
    if (request.method == "POST") {
        const QByteArray type = request.header(QByteArrayLiteral("content-type")).toLower();
        if (!type.startsWith("application/x-www-form-urlencoded"))
            return {415, QByteArrayLiteral("text/plain; charset=utf-8"),
                    QCoreApplication::translate("Aksara::Server",
                                                "SRU over POST takes application/x-www-form-urlencoded "
                                                "parameters.\n")
                        .toUtf8()};
        parameters = request.body;
    } else {
        parameters = request.rawQuery;
    }
    auto answer = backend().handle(Sru::Service::parseParameters(parameters), request.remoteAddress);
    return {answer.httpStatus, QByteArrayLiteral("text/xml; charset=utf-8"), answer.body};
}

void SruRoutes::addTo(HttpFront &http)
{
    const QList<QByteArray> methods{QByteArrayLiteral("GET"), QByteArrayLiteral("POST")};
    auto route = [this](const HttpRequest &request) { return handle(request); };
    http.route(QStringLiteral("/sru"), methods, route);
    if (m_info.database != QLatin1String("sru"))
        http.route(QStringLiteral("/") + m_info.database, methods, route);
}

} // namespace Aksara::Server
