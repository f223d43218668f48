// aksara-server as it runs: the real binary on a test database, over HTTP and SIP2.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "server/Sip2Accounts.h"
#include "service/Stations.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
quint16 freePort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    return s.serverPort();
}

struct Http {
    int status = 0;
    QByteArray body;
};

Http request(const QByteArray &verb, const QString &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return h;
}

struct RunningServer {
    QProcess process;
    quint16 http = 0;
    quint16 sip2 = 0;
    RunningServer(const QString &db)
    {
        http = freePort();
        sip2 = freePort();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(AKSARA_SERVER), {QStringLiteral("--db"), db, QStringLiteral("--http-port"), QString::number(http),
                                                       QStringLiteral("--sip2-port"), QString::number(sip2),
                                                       QStringLiteral("--sip2-address"), QStringLiteral("127.0.0.1")});
        REQUIRE(process.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("(/health"); ++i) {
            process.waitForReadyRead(100);
            out += process.readAll();
        }
        INFO(out.toStdString());
        REQUIRE(out.contains("(/health"));
    }
    ~RunningServer()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(http).arg(path); }
};
} // namespace

TEST_CASE("aksara-server answers /health, /metrics, station heartbeats and SIP2", "[db][server][network]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    SystemClock realTime; // the server runs on real time too
    ServiceCore core(tdb.db(), realTime);
    const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    ServiceManagement::NewStation station;
    station.code = QStringLiteral("kiosk-1");
    station.kind = QStringLiteral("kiosk");
    station.name = QStringLiteral("Kiosk 1");
    auto registered = ServiceManagement::Stations(core).registerStation(admin, station);
    REQUIRE(registered.ok());
    const QByteArray token = registered->second.toUtf8();
    REQUIRE(Server::Sip2Accounts(core).create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"),
                                              QStringLiteral("LIB"), QString(), false)
                .ok());

    RunningServer server(tdb.url());

    const Http health = request("GET", server.url(QStringLiteral("/health")));
    CHECK(health.status == 200);
    CHECK(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));

    const Http metrics = request("GET", server.url(QStringLiteral("/metrics")));
    CHECK(metrics.status == 200);
    CHECK(metrics.body.contains("aksara_operations_total{service=\"administration\",outcome=\"ok\"}"));
    CHECK(metrics.body.contains("aksara_station_up{"));
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (!promtool.isEmpty()) {
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(metrics.body);
        check.closeWriteChannel();
        REQUIRE(check.waitForFinished(30000));
        INFO(QString::fromUtf8(check.readAll()).toStdString());
        CHECK(check.exitCode() == 0);
    } else {
        WARN("promtool (Debian package prometheus) is missing: /metrics was not validated");
    }
    const Http om = request("GET", server.url(QStringLiteral("/metrics")), {{"Accept", "application/openmetrics-text; version=1.0.0"}});
    CHECK(om.body.endsWith("# EOF\n"));

    CHECK(request("POST", server.url(QStringLiteral("/heartbeat/kiosk-1")), {{"Authorization", "Bearer " + token}}).status == 200);
    CHECK(request("POST", server.url(QStringLiteral("/heartbeat/kiosk-1")), {{"Authorization", "Bearer not-the-token"}}).status == 401);
    CHECK(request("POST", server.url(QStringLiteral("/heartbeat/kiosk-1"))).status == 401);
    CHECK(request("POST", server.url(QStringLiteral("/heartbeat/no-such-station")), {{"Authorization", "Bearer " + token}}).status == 404);
    auto beat = tdb.db()->scalar(QStringLiteral("SELECT COUNT(*) FROM heartbeats h JOIN stations s ON s.id = h.station_id WHERE s.code = 'kiosk-1'"));
    REQUIRE(beat.ok());
    CHECK(beat->toInt() == 1);

    QTcpSocket sip2;
    sip2.connectToHost(QHostAddress::LocalHost, server.sip2);
    REQUIRE(sip2.waitForConnected(5000));
    sip2.write("9300CNsc1|COselfcheck-pass|CP|\r");
    QByteArray reply;
    for (int i = 0; i < 100 && !reply.endsWith('\r'); ++i) {
        sip2.waitForReadyRead(100);
        reply += sip2.readAll();
    }
    CHECK(reply == "941\r");
}
