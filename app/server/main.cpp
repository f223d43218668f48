// aksara-server: the headless server (SIP2, SRU, OpenMetrics, station heartbeats and /health).
// Links no Gui or Widgets.
#include "server/KioskApi.h"
#include "server/Metrics.h"
#include "server/Sip2LibraryBackend.h"
#include "server/Sip2Server.h"
#include "server/SruLibraryBackend.h"
#include "service/Evaluator.h"
#include "service/Metrics.h"
#include "service/Stations.h"
#include "shell/AppContext.h"

#include "core/Checkpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Aksara;

namespace {
int g_signalPipe[2] = {-1, -1};

// A configuration file: "name = value" lines ('#' starts a comment), each name one of the
// command-line options without its dashes.
bool readConfig(const QString &path, const QStringList &known, QHash<QString, QString> &values,
                QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = QStringLiteral("cannot read the configuration file %1: %2").arg(path, f.errorString());
        return false;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine());
        if (const auto hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto eq = line.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? line : line.left(eq).trimmed();
        if (eq < 0 || name.isEmpty()) {
            error = QStringLiteral("%1:%2: expected 'name = value'").arg(path).arg(lineNo);
            return false;
        }
        if (!known.contains(name)) {
            error = QStringLiteral("%1:%2: unknown setting '%3'").arg(path).arg(lineNo).arg(name);
            return false;
        }
        QString v = line.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            v = v.mid(1, v.size() - 2);
        values.insert(name, v);
    }
    return true;
}

void onSignal(int) {
    const char c = 1;
    (void)::write(g_signalPipe[1], &c, 1);
}
} // namespace

// TLS for SIP2 and HTTP from a PEM certificate (chain) and its PEM private key (RSA or EC).
// Returns the configuration, or an error naming the file (never its contents).
static std::optional<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath, QString &error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        error = QStringLiteral("cannot read a PEM certificate from %1").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        error = QStringLiteral("%1 is not an unencrypted PEM private key (RSA or EC)").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return tls;
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aksara-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKSARA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Aksara server: SIP2, SRU, OpenMetrics and station heartbeats."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: $AKSARA_DB)"),
                      QStringLiteral("PATH_OR_URL")});
    parser.addOption({QStringLiteral("http-port"), QStringLiteral("HTTP port for /health (default 8080)"),
                      QStringLiteral("PORT"), QStringLiteral("8080")});
    parser.addOption({QStringLiteral("http-address"),
                      QStringLiteral("address to listen on (default 127.0.0.1)"), QStringLiteral("ADDRESS"),
                      QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("sip2-port"),
                      QStringLiteral("TCP port for SIP2 self-check machines (default 6001; 0: off)"),
                      QStringLiteral("PORT"), QStringLiteral("6001")});
    parser.addOption({QStringLiteral("sip2-address"),
                      QStringLiteral("address SIP2 listens on (default 0.0.0.0)"), QStringLiteral("ADDRESS"),
                      QStringLiteral("0.0.0.0")});
    parser.addOption({QStringLiteral("sip2-charset"), QStringLiteral("utf-8 (default) or cp850"),
                      QStringLiteral("CHARSET"), QStringLiteral("utf-8")});
    parser.addOption({QStringLiteral("sip2-idle-timeout"),
                      QStringLiteral("seconds before an idle SIP2 connection is closed (default 300)"),
                      QStringLiteral("SECONDS"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("sip2-threads"),
                      QStringLiteral("worker threads serving SIP2 connections (default auto: 1 on SQLite, whose writes "
                                     "queue anyway; one per core on PostgreSQL)"),
                      QStringLiteral("N"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("sru-database"),
         QStringLiteral("SRU database name: SRU is served at /sru and at /NAME (default aksara)"),
         QStringLiteral("NAME"), QStringLiteral("aksara")});
    parser.addOption(
        {QStringLiteral("sru-max-records"),
         QStringLiteral("most records one SRU searchRetrieve returns (default 50, at most 1000)"),
         QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("station"),
                      QStringLiteral("this server's station code, to send its own heartbeats"),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("evaluate-every"),
                      QStringLiteral("seconds between runs of the automatic incident rules (default 60)"),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("tls-cert"),
                      QStringLiteral("PEM certificate (with its chain): SIP2 and HTTP are served over TLS only "
                                     "(needs --tls-key)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"),
                      QStringLiteral("PEM private key of --tls-cert (readable by the server only)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("kiosk-key"),
                      QStringLiteral("the kiosk API's key pair for sealed PINs (0600, created when missing; default: "
                                     "kiosk.key beside the configuration file, else LIBRARY.kiosk-key beside an SQLite "
                                     "database)"),
                      QStringLiteral("FILE")});
    // The trail (docs/security.md "The trail"): signed checkpoints of the operation log.
    parser.addOption({QStringLiteral("signing-key"),
                      QStringLiteral("the Ed25519 key (0600) that signs checkpoints of the operation log (default "
                                     "/etc/aksara/signing.key when it exists; none: no checkpoints)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("checkpoint-every"),
                      QStringLiteral("seconds between signed checkpoints (default 3600; one is also made after a "
                                     "month is closed)"),
                      QStringLiteral("SECONDS"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("witness"),
                      QStringLiteral("an outside HTTP endpoint that each new checkpoint is POSTed to"),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("config"),
         QStringLiteral(
             "configuration file of 'name = value' lines naming these options without their dashes "
             "(default /etc/aksara/server.conf when it exists); an option given here wins"),
         QStringLiteral("FILE")});
    parser.process(app);

    // Configuration by file and flags: a flag wins over the file, the file over the defaults.
    QHash<QString, QString> config;
    const QStringList settable{QStringLiteral("db"),
                               QStringLiteral("http-port"),
                               QStringLiteral("http-address"),
                               QStringLiteral("sip2-port"),
                               QStringLiteral("sip2-address"),
                               QStringLiteral("sip2-charset"),
                               QStringLiteral("sip2-idle-timeout"), QStringLiteral("sip2-threads"),
                               QStringLiteral("sru-database"),
                               QStringLiteral("sru-max-records"),
                               QStringLiteral("station"),
                               QStringLiteral("evaluate-every"),
                               QStringLiteral("tls-cert"),
                               QStringLiteral("tls-key"),
                               QStringLiteral("kiosk-key"),
                               QStringLiteral("signing-key"), QStringLiteral("checkpoint-every"),
                               QStringLiteral("witness")};
    QString configPath; // the configuration file read, if any (the kiosk key's default place)
    {
        const bool given = parser.isSet(QStringLiteral("config"));
        const QString path =
            given ? parser.value(QStringLiteral("config")) : QStringLiteral("/etc/aksara/server.conf");
        if (given || QFile::exists(path)) {
            QString error;
            if (!readConfig(path, settable, config, error)) {
                std::fprintf(stderr, "aksara-server: %s\n", qPrintable(error));
                return 2;
            }
            configPath = path;
        }
    }
    const auto value = [&parser, &config](const QString &name) {
        return !parser.isSet(name) && config.contains(name) ? config.value(name) : parser.value(name);
    };

    QString dbUrl = value(QStringLiteral("db"));
    if (dbUrl.isEmpty())
        dbUrl = qEnvironmentVariable("AKSARA_DB");
    if (dbUrl.isEmpty()) {
        std::fprintf(stderr, "aksara-server: no database given: use --db PATH_OR_URL or set AKSARA_DB.\n");
        return 2;
    }
    bool portOk = false;
    const int port = value(QStringLiteral("http-port")).toInt(&portOk);
    const QHostAddress address(value(QStringLiteral("http-address")));
    if (!portOk || port < 0 || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "aksara-server: bad --http-port or --http-address.\n");
        return 2;
    }
    bool sip2PortOk = false, idleOk = false;
    const int sip2Port = value(QStringLiteral("sip2-port")).toInt(&sip2PortOk);
    const int idle = value(QStringLiteral("sip2-idle-timeout")).toInt(&idleOk);
    // SQLite writes one transaction at a time, so more threads only wait on each other; PostgreSQL
    // commits several at once.
    bool threadsOk = true;
    const QString threadsValue = value(QStringLiteral("sip2-threads"));
    int sip2Threads = dbUrl.startsWith(QLatin1String("postgres")) ? qMax(2, QThread::idealThreadCount()) : 1;
    if (threadsValue != QLatin1String("auto"))
        sip2Threads = threadsValue.toInt(&threadsOk);
    const QString charsetName = value(QStringLiteral("sip2-charset")).toLower();
    const QHostAddress sip2Address(value(QStringLiteral("sip2-address")));
    if (!sip2PortOk || sip2Port < 0 || sip2Port > 65535 || !idleOk || idle <= 0 || sip2Address.isNull() || !threadsOk ||
        sip2Threads < 1 || sip2Threads > 64 ||
        (charsetName != QLatin1String("utf-8") && charsetName != QLatin1String("cp850"))) {
        std::fprintf(
            stderr,
            "aksara-server: bad --sip2-port, --sip2-address, --sip2-charset, --sip2-idle-timeout or --sip2-threads.\n");
        return 2;
    }
    bool sruMaxOk = false;
    const int sruMax = value(QStringLiteral("sru-max-records")).toInt(&sruMaxOk);
    const QString sruDatabase = value(QStringLiteral("sru-database"));
    static const QRegularExpression databaseName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!sruMaxOk || sruMax < 1 || sruMax > 1000 || !databaseName.match(sruDatabase).hasMatch() ||
        sruDatabase == QLatin1String("health") || sruDatabase == QLatin1String("metrics") ||
        sruDatabase == QLatin1String("heartbeat")) {
        std::fprintf(
            stderr,
            "aksara-server: bad --sru-max-records (1 to 1000) or --sru-database (letters, digits, _ -; "
            "not health, metrics or heartbeat).\n");
        return 2;
    }
    std::optional<QSslConfiguration> tls;
    {
        const QString cert = value(QStringLiteral("tls-cert"));
        const QString key = value(QStringLiteral("tls-key"));
        if (cert.isEmpty() != key.isEmpty()) {
            std::fprintf(stderr, "aksara-server: --tls-cert and --tls-key go together.\n");
            return 2;
        }
        if (!cert.isEmpty()) {
            QString error;
            tls = loadTls(cert, key, error);
            if (!tls) {
                std::fprintf(stderr, "aksara-server: %s\n", qPrintable(error));
                return 2;
            }
        }
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
    ServiceCore &core = *ctx->core;
    http.route(QStringLiteral("/metrics"), [&db, &core](const QHttpServerRequest &request) {
        const bool om = request.value(QByteArrayLiteral("Accept"))
                            .contains(QByteArrayLiteral("application/openmetrics-text"));
        const auto format = om ? Server::Metrics::Format::OpenMetrics : Server::Metrics::Format::Prometheus;
        auto text = Server::Metrics::render(db, Server::Metrics::Format::Prometheus);
        auto more = ServiceManagement::openMetrics(db, core.clock().nowMs(), false);
        if (!text.ok() || !more.ok())
            return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                       (text.ok() ? more.error().message : text.error().message).toUtf8(),
                                       QHttpServerResponder::StatusCode::ServiceUnavailable);
        QByteArray body = *text + more->toUtf8();
        if (om)
            body += "# EOF\n";
        return QHttpServerResponse(Server::Metrics::contentType(format), body);
    });
    // Station heartbeats for stations that do not share the database: POST /heartbeat/CODE with
    // "Authorization: Bearer TOKEN" (the token given when the station was registered).
    http.route(QStringLiteral("/heartbeat/<arg>"), QHttpServerRequest::Method::Post,
               [&core](const QString &code, const QHttpServerRequest &request) {
                   QByteArray auth = request.value(QByteArrayLiteral("Authorization"));
                   const QString token =
                       auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)).trimmed() : QString();
                   ServiceManagement::Stations stations(core);
                   auto ack = stations.heartbeat(code, token);
                   if (!ack.ok()) {
                       const auto status = ack.error().code == QLatin1String("station.unknown")
                                               ? QHttpServerResponder::StatusCode::NotFound
                                           : ack.error().code == QLatin1String("station.bad_token")
                                               ? QHttpServerResponder::StatusCode::Unauthorized
                                           : ack.error().isRefusal()
                                               ? QHttpServerResponder::StatusCode::Conflict
                                               : QHttpServerResponder::StatusCode::ServiceUnavailable;
                       return QHttpServerResponse(
                           QJsonObject{{QStringLiteral("error"), ack.error().code},
                                       {QStringLiteral("message"), ack.error().message}},
                           status);
                   }
                   return QHttpServerResponse(ack->toJson());
               });
    // The kiosk API (/api/v1/kiosk/...): kiosks authenticated by their station's token.
    Server::KioskApi::Options kioskOptions;
    kioskOptions.keyPath = value(QStringLiteral("kiosk-key"));
    if (kioskOptions.keyPath.isEmpty())
        kioskOptions.keyPath = Server::KioskApi::defaultKeyPath(configPath, ctx->db->isSqlite() ? ctx->db->config().path : QString());
    Server::KioskApi kioskApi(core, kioskOptions);
    if (Status st = kioskApi.prepare(); !st.ok()) {
        // A key others can read is a leak: stop. One that cannot be made: kiosks cannot queue
        // checkouts offline, everything else works.
        std::fprintf(stderr, "aksara-server: %s\n", qPrintable(st.error().message));
        if (st.error().code == QLatin1String("kiosk.key_unsafe"))
            return 1;
    }
    Server::KioskApi::route(http, kioskApi);
    // With TLS, HTTP is served by a QSslServer: a connection is handed to the routes only after
    // its handshake.
    quint16 bound = 0;
    if (tls) {
        auto *https = new QSslServer(&http);
        https->setSslConfiguration(*tls);
        if (https->listen(address, quint16(port))) {
            http.bind(https);
            bound = https->serverPort();
        }
    } else {
        bound = http.listen(address, quint16(port));
    }
    if (bound == 0) {
        std::fprintf(stderr, "aksara-server: cannot listen on %s:%d.\n", qPrintable(address.toString()),
                     port);
        return 1;
    }
    // SIP2: every request is executed by the service core on channel sip2.
    // Connections are dealt to --sip2-threads workers, each with its own backend and database
    // connection, so that one machine's request does not wait for another's.
    Server::Sip2Server sip2([&core] { return std::make_unique<Server::Sip2LibraryBackend>(core); }, sip2Threads,
                            [&core] { core.database()->releaseThreadConnection(); },
                            [&] {
                                Server::Sip2Server::Config c{charsetName == QLatin1String("cp850") ? Sip2::Charset::Cp850
                                                                                                   : Sip2::Charset::Utf8,
                                                             idle};
                                c.tls = tls;
                                return c;
                            }());
    if (sip2Port > 0) {
        if (!sip2.listen(sip2Address, quint16(sip2Port))) {
            std::fprintf(stderr, "aksara-server: cannot listen for SIP2 on %s:%d: %s\n",
                         qPrintable(sip2Address.toString()), sip2Port, qPrintable(sip2.errorString()));
            return 1;
        }
        std::fprintf(stdout, "aksara-server: SIP2%s on %s:%u (%s, %d threads)\n", tls ? " over TLS" : "",
                     qPrintable(sip2Address.toString()), sip2.port(), qPrintable(charsetName), sip2.threadCount());
    }
    // SRU: every request (explain, searchRetrieve, a diagnostic) is one operation of the sru
    // service on channel sru. GET with a query string, or POST with a form body.
    Sru::ServerInfo sruInfo;
    sruInfo.host =
        address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
            ? QHostInfo::localHostName()
            : address.toString();
    sruInfo.port = bound;
    sruInfo.database = sruDatabase;
    sruInfo.maximumRecords = sruMax;
    sruInfo.defaultRecords = qMin(10, sruMax);
    Server::SruLibraryBackend sru(core, sruInfo);
    auto sruRoute = [&sru](const QHttpServerRequest &request) {
        QByteArray parameters;
        if (request.method() == QHttpServerRequest::Method::Post) {
            const QByteArray type = request.value(QByteArrayLiteral("Content-Type")).toLower();
            if (!type.startsWith("application/x-www-form-urlencoded"))
                return QHttpServerResponse(
                    QByteArrayLiteral("text/plain; charset=utf-8"),
                    QCoreApplication::translate("Aksara::Server",
                                                "SRU over POST takes application/x-www-form-urlencoded "
                                                "parameters.\n")
                        .toUtf8(),
                    QHttpServerResponder::StatusCode::UnsupportedMediaType);
            parameters = request.body();
        } else {
            parameters = request.url().query(QUrl::FullyEncoded).toUtf8();
        }
        auto answer =
            sru.handle(Sru::Service::parseParameters(parameters), request.remoteAddress().toString());
        return QHttpServerResponse(QByteArrayLiteral("text/xml; charset=utf-8"), answer.body);
    };
    const auto sruMethods =
        QHttpServerRequest::Methods(QHttpServerRequest::Method::Get) | QHttpServerRequest::Method::Post;
    http.route(QStringLiteral("/sru"), sruMethods, sruRoute);
    if (sruDatabase != QLatin1String("sru"))
        http.route(QStringLiteral("/") + sruDatabase, sruMethods, sruRoute);

    std::fprintf(stdout, "aksara-server: serving %s on %s://%s:%u (/health, /metrics, /sru, /api/v1/kiosk)\n",
                 qPrintable(ctx->db->config().displayName()), tls ? "https" : "http", qPrintable(address.toString()), bound);
    std::fflush(stdout);

    // The automatic incident rules (bursts of failures, sustained latency, fast error-budget burn,
    // silent stations) run periodically; each run that changes something is an operation.
    bool everyOk = false;
    const int every = value(QStringLiteral("evaluate-every")).toInt(&everyOk);
    QTimer evaluator;
    if (everyOk && every > 0) {
        QObject::connect(&evaluator, &QTimer::timeout, &app, [&core] {
            auto r = ServiceManagement::Evaluator(core).evaluate(Caller::system(QStringLiteral("evaluator")));
            if (!r.ok())
                std::fprintf(stderr, "aksara-server: incident rules: %s\n", qPrintable(r.error().message));
        });
        evaluator.start(every * 1000);
    }
    // The server's own heartbeat, when it is registered as a station.
    QTimer selfBeat;
    const QString station = value(QStringLiteral("station"));
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
        const bool keyGiven = parser.isSet(QStringLiteral("signing-key")) || config.contains(QStringLiteral("signing-key"));
        const QString keyPath = keyGiven ? value(QStringLiteral("signing-key")) : QStringLiteral("/etc/aksara/signing.key");
        if (keyGiven || QFile::exists(keyPath)) {
            auto key = SigningKey::load(keyPath);
            if (!key.ok()) {
                std::fprintf(stderr, "aksara-server: %s\n", qPrintable(key.error().message));
                return 1;
            }
            signingKey = *key;
        }
    }
    bool checkpointOk = false;
    const qint64 checkpointEvery = value(QStringLiteral("checkpoint-every")).toLongLong(&checkpointOk);
    if (signingKey && checkpointOk && checkpointEvery > 0) {
        const QString witness = value(QStringLiteral("witness"));
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
