// aksara-server: the headless server (SIP2, SRU, OpenMetrics, station heartbeats and /health).
// Links no Gui or Widgets.
#include "server/HttpFront.h"
#include "server/KioskApi.h"
#include "server/Routes.h"
#include "server/ServerSettings.h"
#include "server/Sip2LibraryBackend.h"
#include "server/Sip2Server.h"
#include "notices/Scheduler.h"
#include "service/Evaluator.h"
#include "service/Stations.h"
#include "shell/AppContext.h"

#include "core/Checkpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Aksara;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    (void)::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aksara-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKSARA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Aksara server: SIP2, SRU, OpenMetrics and station heartbeats."));
    parser.addHelpOption();
    parser.addVersionOption();
    Server::ServerSettings::addOptions(parser);
    parser.process(app);

    // The command line and the configuration file (a flag wins over the file); a bad setting stops.
    auto loaded = Server::ServerSettings::load(parser, qEnvironmentVariable("AKSARA_DB"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "aksara-server: %s\n", qPrintable(loaded.error().message));
        return 2;
    }
    const Server::ServerSettings &settings = *loaded;
    // Each connection is a file descriptor: the soft limit is raised to the hard one (systemd's
    // LimitNOFILE), with a warning when the caps may still not fit.
    if (const QString warning = Server::ServerSettings::raiseFileLimit(settings.descriptorsNeeded()); !warning.isEmpty())
        std::fprintf(stdout, "aksara-server: warning: %s\n", qPrintable(warning));
    const QString &dbUrl = settings.db;
    const QHostAddress &address = settings.httpAddress;
    const int port = settings.httpPort;
    const std::optional<QSslConfiguration> &tls = settings.tls;
    auto ctx = Shell::openLibrary(dbUrl, std::make_unique<SystemClock>());
    if (!ctx.ok()) {
        std::fprintf(stderr, "aksara-server: %s\n", qPrintable(ctx.error().message));
        return 1;
    }

    ServiceCore &core = *ctx->core;
    Database &db = *ctx->db;
    // HTTP: our own bounded front (docs/architecture.md "The HTTP front"); handlers run on its
    // worker threads, each with its own database connection.
    Server::HttpFront::Config front;
    front.limits.maxBody = settings.httpMaxBody;
    front.maxConnections = settings.httpMaxConnections;
    front.maxPerAddress = settings.httpMaxPerAddress;
    front.headerTimeoutMs = settings.httpHeaderTimeout * 1000;
    front.bodyTimeoutMs = settings.httpBodyTimeout * 1000;
    front.idleTimeoutMs = settings.httpIdleTimeout * 1000;
    front.threads = settings.httpThreads;
    front.tls = tls;
    front.threadEnd = [&db] { db.releaseThreadConnection(); };
    Server::HttpFront http(front);
    // Health is a probe, not a library operation: it is not written to the operation log.
    Server::Health::Options healthOptions;
    healthOptions.version = QCoreApplication::applicationVersion();
    Server::Routes::addHealth(http, db, core.clock(), healthOptions);
    Server::Routes::addMetrics(http, db, core);
    Server::Routes::addHeartbeat(http, core);
    // The kiosk API (/api/v1/kiosk/...): kiosks authenticated by their station's token.
    Server::KioskApi::Options kioskOptions;
    kioskOptions.keyPath = settings.kioskKey;
    if (kioskOptions.keyPath.isEmpty())
        kioskOptions.keyPath = Server::KioskApi::defaultKeyPath(settings.configPath, ctx->db->isSqlite() ? ctx->db->config().path : QString());
    Server::KioskApi kioskApi(core, kioskOptions);
    if (Status st = kioskApi.prepare(); !st.ok()) {
        // A key others can read is a leak: stop. One that cannot be made: kiosks cannot queue
        // checkouts offline, everything else works.
        std::fprintf(stderr, "aksara-server: %s\n", qPrintable(st.error().message));
        if (st.error().code == QLatin1String("kiosk.key_unsafe"))
            return 1;
    }
    Server::KioskApi::route(http, kioskApi);
    // SRU: every request (explain, searchRetrieve, a diagnostic) is one operation of the sru
    // service on channel sru. GET with a query string, or POST with a form body. Its explain
    // names the port, so the routes are added once it is known (the front answers nothing before
    // its routes are all there: it serves from the event loop, which runs later).
    if (!http.listen(address, quint16(port))) {
        std::fprintf(stderr, "aksara-server: cannot listen on %s:%d.\n", qPrintable(address.toString()),
                     port);
        return 1;
    }
    const quint16 bound = http.port();
    Sru::ServerInfo sruInfo;
    sruInfo.host =
        address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
            ? QHostInfo::localHostName()
            : address.toString();
    sruInfo.port = bound;
    sruInfo.database = settings.sruDatabase;
    sruInfo.maximumRecords = settings.sruMaxRecords;
    sruInfo.defaultRecords = qMin(10, settings.sruMaxRecords);
    Server::SruRoutes sru(core, sruInfo);
    sru.addTo(http);
    // SIP2: every request is executed by the service core on channel sip2.
    // Connections are dealt to --sip2-threads workers, each with its own backend and database
    // connection, so that one machine's request does not wait for another's.
    Server::Sip2Server sip2([&core] { return std::make_unique<Server::Sip2LibraryBackend>(core); }, settings.sip2Threads,
                            [&core] { core.database()->releaseThreadConnection(); },
                            [&] {
                                Server::Sip2Server::Config c{settings.sip2Charset == QLatin1String("cp850") ? Sip2::Charset::Cp850
                                                                                                   : Sip2::Charset::Utf8,
                                                             settings.sip2IdleTimeout};
                                c.tls = tls;
                                c.maxConnections = settings.sip2MaxConnections;
                                c.maxPerAddress = settings.sip2MaxPerAddress;
                                c.loginTimeoutSeconds = settings.sip2LoginTimeout;
                                return c;
                            }());
    if (settings.sip2Port > 0) {
        if (!sip2.listen(settings.sip2Address, quint16(settings.sip2Port))) {
            std::fprintf(stderr, "aksara-server: cannot listen for SIP2 on %s:%d: %s\n",
                         qPrintable(settings.sip2Address.toString()), settings.sip2Port, qPrintable(sip2.errorString()));
            return 1;
        }
        std::fprintf(stdout, "aksara-server: SIP2%s on %s:%u (%s, %d threads)\n", tls ? " over TLS" : "",
                     qPrintable(settings.sip2Address.toString()), sip2.port(), qPrintable(settings.sip2Charset), sip2.threadCount());
    }
    std::fprintf(stdout, "aksara-server: HTTP with %d worker threads, at most %d connections (%d per address)\n",
                 http.threadCount(), settings.httpMaxConnections, settings.httpMaxPerAddress);
    std::fprintf(stdout, "aksara-server: serving %s on %s://%s:%u (/health, /metrics, /sru, /api/v1/kiosk)\n",
                 qPrintable(ctx->db->config().displayName()), tls ? "https" : "http", qPrintable(address.toString()), bound);
    std::fflush(stdout);

    // The automatic incident rules (bursts of failures, sustained latency, fast error-budget burn,
    // silent stations) run periodically; each run that changes something is an operation.
    const int every = settings.evaluateEvery;
    QTimer evaluator;
    if (every > 0) {
        QObject::connect(&evaluator, &QTimer::timeout, &app, [&core] {
            auto r = ServiceManagement::Evaluator(core).evaluate(Caller::system(QStringLiteral("evaluator")));
            if (!r.ok())
                std::fprintf(stderr, "aksara-server: incident rules: %s\n", qPrintable(r.error().message));
        });
        evaluator.start(every * 1000);
    }
    // Anonymous refusals are counted per source, reason and minute and written as one record each
    // (docs/architecture.md); a quiet minute is written out here, shutdown by ~ServiceCore.
    QTimer refusals;
    QObject::connect(&refusals, &QTimer::timeout, &app, [&core] { (void)core.flushAnonymousRefusals(); });
    refusals.start(5000);
    // The server's own heartbeat, when it is registered as a station.
    QTimer selfBeat;
    const QString station = settings.station;
    if (!station.isEmpty()) {
        auto beat = [&core, station] {
            auto ack = ServiceManagement::Stations(core).heartbeatTrusted(
                Caller::system(QStringLiteral("server")), station);
            if (!ack.ok())
                std::fprintf(stderr, "aksara-server: heartbeat of %s: %s\n", qPrintable(station),
                             qPrintable(ack.error().message));
        };
        beat();
        QObject::connect(&selfBeat, &QTimer::timeout, &app, beat);
        selfBeat.start(30 * 1000);
    }

    // Signed checkpoints of the log's head: every checkpoint-every seconds and after a month's
    // close (looked at each minute). The key stays in its file; a missing default key means none.
    QTimer checkpointer;
    std::optional<SigningKey> signingKey;
    {
        const bool keyGiven = settings.signingKeyGiven;
        const QString &keyPath = settings.signingKey;
        if (keyGiven || QFile::exists(keyPath)) {
            auto key = SigningKey::load(keyPath);
            if (!key.ok()) {
                std::fprintf(stderr, "aksara-server: %s\n", qPrintable(key.error().message));
                return 1;
            }
            signingKey = *key;
        }
    }
    const qint64 checkpointEvery = settings.checkpointEvery;
    if (signingKey && checkpointEvery > 0) {
        const QString witness = settings.witness;
        auto sign = [&core, &signingKey, checkpointEvery, witness] {
            auto c = Checkpoints(core).signIfDue(Caller::system(QStringLiteral("checkpoint")), *signingKey,
                                                 checkpointEvery * 1000);
            if (!c.ok()) {
                std::fprintf(stderr, "aksara-server: checkpoint: %s\n", qPrintable(c.error().message));
                return;
            }
            if (c->has_value() && !witness.isEmpty()) {
                if (Status st = Checkpoints::sendToWitness(witness, **c); !st.ok())
                    std::fprintf(stderr, "aksara-server: checkpoint: %s\n", qPrintable(st.error().message));
            }
        };
        sign();
        QObject::connect(&checkpointer, &QTimer::timeout, &app, sign);
        checkpointer.start(int(std::min<qint64>(checkpointEvery * 1000, 60 * 1000)));
    }

    // Notices to patrons: scanned and sent every notices.interval_minutes on a thread of their own
    // (modules/notices/Scheduler.h, docs/notices.md); nothing is sent until a channel is set up.
    Notices::Scheduler notices(core, QStringLiteral("server:%1:%2").arg(QHostInfo::localHostName()).arg(::getpid()),
                               [](const QString &line) { std::fprintf(stderr, "aksara-server: %s\n", qPrintable(line)); });
    notices.start();

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
    const int status = QCoreApplication::exec();
    // No handler may still run while the routes' objects (declared after the front) go.
    http.shutdown();
    return status;
}
