// aksara-server: the headless server (SIP2, SRU, OpenMetrics and station heartbeats arrive in
// later work; today it serves /health). Links no Gui or Widgets.
#include "server/Metrics.h"
#include "shell/AppContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Aksara;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aksara-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKSARA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Aksara server: SIP2, SRU, OpenMetrics and station heartbeats."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL (default: $AKSARA_DB)"),
                      QStringLiteral("PATH_OR_URL")});
    parser.addOption({QStringLiteral("http-port"), QStringLiteral("HTTP port for /health (default 8080)"), QStringLiteral("PORT"),
                      QStringLiteral("8080")});
    parser.addOption({QStringLiteral("http-address"), QStringLiteral("address to listen on (default 127.0.0.1)"),
                      QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")});
    parser.process(app);

    QString dbUrl = parser.value(QStringLiteral("db"));
    if (dbUrl.isEmpty())
        dbUrl = qEnvironmentVariable("AKSARA_DB");
    if (dbUrl.isEmpty()) {
        std::fprintf(stderr, "aksara-server: no database given: use --db PATH_OR_URL or set AKSARA_DB.\n");
        return 2;
    }
    bool portOk = false;
    const int port = parser.value(QStringLiteral("http-port")).toInt(&portOk);
    const QHostAddress address(parser.value(QStringLiteral("http-address")));
    if (!portOk || port < 0 || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "aksara-server: bad --http-port or --http-address.\n");
        return 2;
    }
    auto ctx = Shell::openLibrary(dbUrl, std::make_unique<SystemClock>());
    if (!ctx.ok()) {
        std::fprintf(stderr, "aksara-server: %s\n", qPrintable(ctx.error().message));
        return 1;
    }

    // Health is a probe, not a library operation: it is not written to the operation log.
    QHttpServer http;
    Database &db = *ctx->db;
    http.route(QStringLiteral("/health"), [&db]() {
        auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM services"));
        const bool up = v.ok();
        QJsonObject body{{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("down")},
                         {QStringLiteral("database"), up ? QStringLiteral("reachable") : v.error().message},
                         {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
        return QHttpServerResponse(body, up ? QHttpServerResponder::StatusCode::Ok
                                            : QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
    // Metrics are a probe too; OpenMetrics when the scraper asks for it, else the 0.0.4 text format.
    http.route(QStringLiteral("/metrics"), [&db](const QHttpServerRequest &request) {
        const bool om = request.value(QByteArrayLiteral("Accept")).contains(QByteArrayLiteral("application/openmetrics-text"));
        const auto format = om ? Server::Metrics::Format::OpenMetrics : Server::Metrics::Format::Prometheus;
        auto text = Server::Metrics::render(db, format);
        if (!text.ok())
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), text.error().message.toUtf8(),
                                       QHttpServerResponder::StatusCode::ServiceUnavailable);
        return QHttpServerResponse(Server::Metrics::contentType(format), *text);
    });
    const quint16 bound = http.listen(address, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "aksara-server: cannot listen on %s:%d.\n", qPrintable(address.toString()), port);
        return 1;
    }
    std::fprintf(stdout, "aksara-server: serving %s on http://%s:%u (/health, /metrics)\n", qPrintable(ctx->db->config().displayName()),
                 qPrintable(address.toString()), bound);
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            (void)::read(g_signalPipe[0], &c, 1);
            std::fprintf(stdout, "aksara-server: stopping\n");
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    return QCoreApplication::exec();
}
