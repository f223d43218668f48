// aksara-server as it runs: the real binary on a test database, over HTTP and SIP2.
#include "Checks.h"
#include "CirculationFixture.h"
#include "FixedClock.h"
#include "QtCatch.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include "catalogue/Catalogue.h"
#include "core/Checkpoints.h"
#include "server/Sip2Accounts.h"
#include "service/Stations.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Http {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

Http request(const QByteArray &verb, const QString &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
             const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return h;
}

// The server binary of this build.
struct RunningServer : ServerProcess {
    explicit RunningServer(const QString &db, const QStringList &more = {})
        : ServerProcess(QStringLiteral(AKSARA_SERVER), db, more)
    {
    }
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
    // The probe wrote (Server::Health): the database is not only reachable but writable.
    CHECK(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("database")).toObject().value(QStringLiteral("writable")).toBool());

    const Http metrics = request("GET", server.url(QStringLiteral("/metrics")));
    CHECK(metrics.status == 200);
    CHECK(metrics.body.contains("aksara_operations_total{service=\"administration\",outcome=\"ok\"}"));
    CHECK(metrics.body.contains("aksara_station_up{"));
    {
        const QString promtool = Test::requireTool("promtool", "prometheus");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(metrics.body);
        check.closeWriteChannel();
        REQUIRE(check.waitForFinished(30000));
        INFO(QString::fromUtf8(check.readAll()).toStdString());
        CHECK(check.exitCode() == 0);
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

namespace {
// One SIP2 exchange on a connected socket: the reply without its CR.
QByteArray exchange(QTcpSocket &socket, const QByteArray &frame)
{
    socket.write(frame + "\r");
    QByteArray reply;
    for (int i = 0; i < 200 && !reply.endsWith('\r'); ++i) {
        socket.waitForReadyRead(100);
        reply += socket.readAll();
    }
    INFO(frame.toStdString() + " -> " + reply.toStdString());
    REQUIRE(reply.endsWith('\r'));
    return reply.chopped(1);
}

// The codes of a reply's variable fields (after its fixed part of `fixed` characters).
QStringList codes(const QByteArray &reply, int fixed)
{
    QStringList out;
    for (const QString &part : QString::fromUtf8(reply.mid(fixed)).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out << part.left(2);
    return out;
}
} // namespace

TEST_CASE_METHOD(CirculationFixture, "aksara-server over SIP2: a sweep without PIN, another AO and login guesses learn nothing",
                 "[db][server][network][sip2][security]")
{
    QStringList cards;
    for (int i = 0; i < 3; ++i) {
        Circulation::PatronInput in;
        in.name = QStringLiteral("Warga %1").arg(i);
        in.categoryCode = QStringLiteral("ADULT");
        in.branchCode = QStringLiteral("MAIN");
        in.address = QStringLiteral("Jl. Kenanga %1").arg(i);
        in.phone = QStringLiteral("0812000000%1").arg(i);
        in.email = QStringLiteral("warga%1@example.id").arg(i);
        auto p = patrons.registerPatron(admin, in);
        REQUIRE_OK(p);
        REQUIRE_OK(patrons.setPin(admin, p->cardNumber, QStringLiteral("1357")));
        cards << p->cardNumber;
    }
    REQUIRE_OK(Server::Sip2Accounts(core).create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"),
                                                 QStringLiteral("LIB"), QStringLiteral("MAIN"), true));
    RunningServer server(tdb.url());
    QTcpSocket sip2;
    sip2.connectToHost(QHostAddress::LocalHost, server.sip2);
    REQUIRE(sip2.waitForConnected(5000));
    // An unknown login and a wrong password: the same answer.
    CHECK(exchange(sip2, "9300CNnobody|COselfcheck-pass|CP|") == "940");
    CHECK(exchange(sip2, "9300CNsc1|COwrong-pass|CP|") == "940");
    REQUIRE(exchange(sip2, "9300CNsc1|COselfcheck-pass|CP|") == "941");
    const QStringList personal{QStringLiteral("AE"), QStringLiteral("BD"), QStringLiteral("BE"), QStringLiteral("BF"),
                               QStringLiteral("AS"), QStringLiteral("AT"), QStringLiteral("AU"), QStringLiteral("AV"),
                               QStringLiteral("BU"), QStringLiteral("CD"), QStringLiteral("BV")};
    for (const QString &card : cards + QStringList{QStringLiteral("AKS99999997")}) {
        for (const QByteArray &ad : {QByteArray(), QByteArray("AD|"), QByteArray("AD0000|")}) {
            const QByteArray status = exchange(sip2, "23000" + QByteArray("20261207    100000") + "AOLIB|AA" + card.toUtf8() + "|AC|" + ad);
            const QByteArray info = exchange(sip2, "63000" + QByteArray("20261207    100000") + "  Y       AOLIB|AA" + card.toUtf8() + "|" + ad);
            for (const QString &code : personal) {
                INFO(card.toStdString() + " " + code.toStdString());
                CHECK_FALSE(codes(status, 37).contains(code));
                CHECK_FALSE(codes(info, 61).contains(code));
            }
            CHECK_FALSE(info.contains("Warga"));
            CHECK_FALSE(info.contains("Kenanga"));
        }
    }
    // The right PIN: the patron's own data.
    const QByteArray mine = exchange(sip2, "63000" + QByteArray("20261207    100000") + "  Y       AOLIB|AA" + cards[0].toUtf8() + "|AD1357|");
    CHECK(mine.contains("|AEWarga 0|"));
    CHECK(mine.contains("|BDJl. Kenanga 0|"));
    // Another institution's AO: refused.
    const QByteArray other = exchange(sip2, "63000" + QByteArray("20261207    100000") + "  Y       AOOTHER|AA" + cards[0].toUtf8() + "|AD1357|");
    CHECK_FALSE(codes(other, 61).contains(QStringLiteral("AE")));
    CHECK(other.contains("OTHER"));
}

namespace {
// Raw connections to the server from a loopback address of their own (127.0.0.0/8 is all loopback
// on Linux): a flood from one address, a good client from another.
std::vector<std::unique_ptr<QTcpSocket>> flood(quint16 port, const char *from, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        REQUIRE(s->bind(QHostAddress(QString::fromLatin1(from)), 0));
        s->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(s));
    }
    return sockets;
}

// How many of `sockets` the server has closed, waiting until at least `atLeast` are (or 10 s).
int closedCount(std::vector<std::unique_ptr<QTcpSocket>> &sockets, int atLeast)
{
    int closed = 0;
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        closed = 0;
        for (auto &s : sockets) {
            s->readAll();
            if (s->state() == QAbstractSocket::UnconnectedState)
                ++closed;
        }
    } while (closed < atLeast && t.elapsed() < 10000);
    return closed;
}
} // namespace

TEST_CASE("aksara-server --tls-cert/--tls-key serves SIP2 and HTTP over TLS only", "[db][server][network][sip2][security]")
{
    // A self-signed certificate made here by the openssl command.
    const QString openssl = Test::requireTool("openssl", "openssl");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);
    const QList<QSslCertificate> ours = QSslCertificate::fromPath(cert);
    REQUIRE(ours.size() == 1);

    FixedClock clock;
    TestDatabase tdb(clock);
    SystemClock realTime;
    ServiceCore core(tdb.db(), realTime);
    REQUIRE(Server::Sip2Accounts(core).create(Caller::localAdministrator(QStringLiteral("tester")), QStringLiteral("sc1"),
                                              QStringLiteral("selfcheck-pass"), QStringLiteral("LIB"), QString(), false)
                .ok());

    // Half a pair, or a file that is no key: refused before anything listens.
    for (const QStringList &bad : {QStringList{QStringLiteral("--tls-cert"), cert},
                                   QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), cert},
                                   QStringList{QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("none.pem")),
                                               QStringLiteral("--tls-key"), key}}) {
        QProcess p;
        p.start(QStringLiteral(AKSARA_SERVER), QStringList{QStringLiteral("--db"), tdb.url(), QStringLiteral("--http-port"), QStringLiteral("0"),
                                                           QStringLiteral("--sip2-port"), QStringLiteral("0")} + bad);
        REQUIRE(p.waitForFinished(30000));
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(p.exitCode() == 2);
        CHECK_FALSE(p.readAllStandardError().contains("PRIVATE KEY"));
    }

    RunningServer server(tdb.url(), {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                                     QStringLiteral("--http-header-timeout"), QStringLiteral("1"),
                                     QStringLiteral("--http-max-per-address"), QStringLiteral("4")});
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(ours);

    // HTTPS with our certificate trusted; plain HTTP gets no answer.
    {
        QNetworkAccessManager nam;
        QNetworkRequest req{QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(server.http))};
        req.setSslConfiguration(trust);
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        INFO(reply->errorString().toStdString());
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        CHECK(reply->readAll().contains("\"status\""));
        reply->deleteLater();
    }
    CHECK(request("GET", server.url(QStringLiteral("/health"))).status == 0);

    // SIP2 over TLS.
    QSslSocket secure;
    secure.setSslConfiguration(trust);
    secure.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.sip2);
    REQUIRE(secure.waitForEncrypted(10000));
    CHECK(exchange(secure, "9300CNsc1|COselfcheck-pass|CP|") == "941");

    // Plain SIP2 to the TLS port: no answer, and the connection is closed.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.sip2);
    REQUIRE(plain.waitForConnected(5000));
    plain.write("9300CNsc1|COselfcheck-pass|CP|\r");
    QByteArray got;
    for (int i = 0; i < 50 && plain.state() == QAbstractSocket::ConnectedState; ++i) {
        plain.waitForReadyRead(100);
        got += plain.readAll();
    }
    CHECK_FALSE(got.contains("94"));
    CHECK(plain.state() != QAbstractSocket::ConnectedState);

    // The HTTP limits hold over TLS: over the cap per address a connection is closed at once, and
    // one that never completes its handshake is closed after the header timeout (1 s here).
    auto idle = flood(server.http, "127.0.0.2", 5);
    CHECK(closedCount(idle, 1) >= 1);
    CHECK(closedCount(idle, 5) == 5);
    QByteArray out;
    waitFor([&] {
        out += server.process.readAll();
        return out.contains("no TLS handshake within the header timeout");
    });
    INFO(out.toStdString());
    CHECK(out.contains("refused connection (cap per address) from 127.0.0.2"));
    CHECK(out.contains("refused timeout from 127.0.0.2: no TLS handshake within the header timeout"));
}

TEST_CASE("aksara-server answers SRU over HTTP GET and POST, and to yaz-client", "[db][server][network][sru]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    SystemClock realTime;
    ServiceCore core(tdb.db(), realTime);
    const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Catalogue::Catalogue catalogue(core);
    for (const auto &[title, author, year] : {std::tuple{QStringLiteral("Hikayat Samudra Timur"), QStringLiteral("Wirasena, Ratna"), 2011},
                                              std::tuple{QStringLiteral("Samudra dan Bintang"), QStringLiteral("Wirasena, Ratna"), 2014},
                                              std::tuple{QStringLiteral("Kebun Sayur di Atap Rumah"), QStringLiteral("Lestari, Dewi Ayu"), 2021},
                                              std::tuple{QStringLiteral("Vegetables on a Small Roof"), QStringLiteral("Hartley, Miriam"), 2018}}) {
        Catalogue::SimpleRecord r;
        r.title = title;
        r.author = author;
        r.year = year;
        r.language = QStringLiteral("ind");
        REQUIRE(catalogue.createRecord(admin, r, true).ok());
    }
    // The answered ones: a refused SRU request (a diagnostic) is anonymous, recorded in aggregate
    // once its minute is over (ServiceCore::flushAnonymousRefusals; SruTests counts those).
    auto sruOperations = [&] {
        auto v = tdb.db()->scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru' AND channel = 'sru' "
                                                 "AND outcome = 'ok'"));
        REQUIRE(v.ok());
        return v->toInt();
    };

    RunningServer server(tdb.url(), {QStringLiteral("--sru-database"), QStringLiteral("katalog"), QStringLiteral("--sru-max-records"),
                                     QStringLiteral("3")});

    const Http search = request("GET", server.url(QStringLiteral("/sru?operation=searchRetrieve&version=1.2&query=dc.title%3Dsamudra")));
    INFO(search.body.toStdString());
    CHECK(search.status == 200);
    CHECK(search.contentType == "text/xml; charset=utf-8");
    CHECK(search.body.contains("<zs:numberOfRecords>2</zs:numberOfRecords>"));
    CHECK(search.body.contains("Samudra dan Bintang"));

    // The database name is a path too; without parameters it is explain, with the server's maximum.
    const Http explain = request("GET", server.url(QStringLiteral("/katalog")));
    CHECK(explain.status == 200);
    CHECK(explain.body.contains("<zs:explainResponse"));
    CHECK(explain.body.contains("<database>katalog</database>"));
    CHECK(explain.body.contains("<setting type=\"maximumRecords\">3</setting>"));

    const Http posted = request("POST", server.url(QStringLiteral("/sru")), {{"Content-Type", "application/x-www-form-urlencoded"}},
                                "operation=searchRetrieve&version=1.2&recordSchema=dc&query=dc.title+%3D+%22kebun+sayur%22");
    INFO(posted.body.toStdString());
    CHECK(posted.status == 200);
    CHECK(posted.body.contains("<zs:numberOfRecords>1</zs:numberOfRecords>"));
    CHECK(posted.body.contains("Kebun Sayur di Atap Rumah"));
    CHECK(posted.body.contains("info:srw/schema/1/dc-v1.1"));

    const Http bad = request("GET", server.url(QStringLiteral("/sru?operation=searchRetrieve&version=1.2&query=dc.colour%3Dmerah")));
    CHECK(bad.status == 200);
    CHECK(bad.body.contains("info:srw/diagnostic/1/16"));

    // SOAP (SRW) is not spoken: not an SRU request, not recorded.
    CHECK(request("POST", server.url(QStringLiteral("/sru")), {{"Content-Type", "text/xml"}}, "<soap/>").status == 415);
    CHECK(sruOperations() == 3);

    const QString yaz = Test::requireTool("yaz-client", "yaz");
    for (const QByteArray &version : {QByteArray("1.2"), QByteArray("2.0")}) {
        INFO("SRU " << version.toStdString());
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(yaz, {});
        REQUIRE(client.waitForStarted(10000));
        client.write("sru get " + version + "\n"
                     "open http://127.0.0.1:" + QByteArray::number(server.http) + "/katalog\n"
                     "querytype cql\n"
                     "find dc.title=samudra\n"
                     "show 1\n"
                     "find dc.colour=merah\n"
                     "quit\n");
        client.closeWriteChannel();
        REQUIRE(client.waitForFinished(30000));
        const QString out = QString::fromUtf8(client.readAll());
        INFO(out.toStdString());
        CHECK(out.contains(QStringLiteral("Number of hits: 2")));
        // "show 1" fetched the first record, a MARCXML record that declares its own namespace.
        CHECK(out.contains(QStringLiteral("pos=1 schema=info:srw/schema/1/marcxml-v1.1")));
        CHECK(out.contains(QStringLiteral("<record xmlns=\"http://www.loc.gov/MARC21/slim\">")));
        CHECK(out.contains(QRegularExpression(QStringLiteral("<subfield code=\"a\">(Hikayat Samudra Timur|Samudra dan Bintang)\\.</subfield>"))));
        CHECK(out.contains(QStringLiteral("SRW diagnostic info:srw/diagnostic/1/16")));
    }
    // Each yaz-client session: find and show (another searchRetrieve); the find with a diagnostic is
    // a refusal, counted in aggregate.
    CHECK(sruOperations() == 3 + 2 * 2);
}

TEST_CASE("aksara-server takes its settings from a file, a flag winning over it, and a bad file stops it", "[db][server][network]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("server.conf"));
    {
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // http-port is also given as a flag by RunningServer: the flag wins (else nothing would answer).
        f.write("# the library's SRU name\nsru-database = \"perpustakaan\"\nhttp-port = 1\n\nevaluate-every=120 # seconds\n");
    }
    {
        RunningServer server(tdb.url(), {QStringLiteral("--config"), conf});
        const Http explain = request("GET", server.url(QStringLiteral("/perpustakaan")));
        CHECK(explain.status == 200);
        CHECK(explain.body.contains("<database>perpustakaan</database>"));
    }

    const auto refused = [&](const QByteArray &content, const QString &expected) {
        if (!content.isNull()) { // null: no file at all
            QFile f(conf);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(AKSARA_SERVER), {QStringLiteral("--db"), tdb.url(), QStringLiteral("--config"), conf});
        REQUIRE(p.waitForFinished(20000));
        const QString out = QString::fromUtf8(p.readAll());
        INFO(out.toStdString());
        CHECK(p.exitCode() == 2);
        CHECK(out.contains(expected));
    };
    refused("sip2-port = 6001\nsip-port = 6002\n", QStringLiteral(":2: unknown setting 'sip-port'"));
    refused("http-port\n", QStringLiteral(":1: expected 'name = value'"));
    refused("sip2-charset = latin1\n", QStringLiteral("bad --sip2-port"));
    QFile::remove(conf);
    refused(QByteArray(), QStringLiteral("cannot read the configuration file"));
}

TEST_CASE("aksara-server signs a checkpoint of the operation log with its key when it starts", "[db][server][trail]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing.key"));
    auto key = SigningKey::generate();
    REQUIRE(key.ok());
    REQUIRE(key->save(keyPath).ok());
    {
        ServerProcess server(QStringLiteral(AKSARA_SERVER), tdb.url(),
                             {QStringLiteral("--signing-key"), keyPath, QStringLiteral("--checkpoint-every"), QStringLiteral("3600")});
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        while (t.elapsed() < 20000) {
            n = tdb.db()->scalar(QStringLiteral("SELECT COUNT(*) FROM checkpoints"))->toLongLong();
            if (n > 0)
                break;
            QThread::msleep(100);
        }
        REQUIRE(n == 1);
    }
    auto kept = Checkpoints::read(*tdb.db(), 0, 0);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().publicKey == key->publicKeyHex());
    auto f = Checkpoints::verify(*tdb.db(), *kept, QByteArray::fromHex(key->publicKeyHex().toLatin1()));
    REQUIRE(f.ok());
    CHECK(f->isEmpty());
}

TEST_CASE("aksara-server refuses a signing key that others can read", "[db][server][trail]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing.key"));
    auto key = SigningKey::generate();
    REQUIRE(key.ok());
    REQUIRE(key->save(keyPath).ok());
    REQUIRE(QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QProcess p;
    p.start(QStringLiteral(AKSARA_SERVER), {QStringLiteral("--db"), tdb.url(), QStringLiteral("--http-port"), QStringLiteral("0"),
                                            QStringLiteral("--sip2-port"), QStringLiteral("0"), QStringLiteral("--signing-key"), keyPath});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("0600")));
}


TEST_CASE("aksara-server takes the HTTP limits from its flags and its file, and refuses bad ones", "[db][server][network][security]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("server.conf"));
    {
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("http-header-timeout = 1\nhttp-max-body = 2048\nhttp-max-per-address = 100\nhttp-threads = 2\n");
    }
    // The flag wins over the file: 3 per address.
    RunningServer server(tdb.url(), {QStringLiteral("--config"), conf, QStringLiteral("--http-max-per-address"), QStringLiteral("3")});
    auto held = flood(server.http, "127.0.0.2", 5);
    CHECK(closedCount(held, 2) == 2); // the 4th and 5th
    CHECK(request("GET", server.url(QStringLiteral("/health"))).status == 200);
    // http-max-body from the file: a larger body is refused from its header.
    const Http big = request("POST", server.url(QStringLiteral("/sru")), {{"Content-Type", "application/x-www-form-urlencoded"}},
                             QByteArray(4096, 'x'));
    CHECK(big.status == 413);
    // A 64 MB body against that maximum: refused from its header and never buffered — the
    // server's memory does not grow by it.
    const auto rssKb = [&] {
        QFile status(QStringLiteral("/proc/%1/status").arg(server.process.processId()));
        REQUIRE(status.open(QIODevice::ReadOnly));
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return qint64(-1);
    };
    const qint64 before = rssKb();
    REQUIRE(before > 0);
    {
        QTcpSocket huge;
        huge.connectToHost(QHostAddress::LocalHost, server.http);
        REQUIRE(huge.waitForConnected(5000));
        huge.write("POST /sru HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 67108864\r\n\r\n");
        // Sent as a client does, reading while it writes.
        const QByteArray chunk(256 * 1024, 'x');
        qint64 sent = 0;
        QByteArray answer;
        REQUIRE(waitFor(
            [&] {
                answer += huge.readAll();
                if (huge.state() == QAbstractSocket::ConnectedState && huge.bytesToWrite() < chunk.size()
                    && sent < 64 * 1024 * 1024) {
                    huge.write(chunk);
                    sent += chunk.size();
                }
                return huge.state() == QAbstractSocket::UnconnectedState;
            },
            20000));
        CHECK(sent < 64 * 1024 * 1024); // closed before the body was all sent
        INFO(answer.left(200).toStdString() << " / " << huge.errorString().toStdString());
        CHECK(answer.startsWith("HTTP/1.1 413"));
    }
    CHECK(rssKb() - before < 16 * 1024);
    CHECK(request("GET", server.url(QStringLiteral("/health"))).status == 200);
    // http-header-timeout from the file: half a request is closed after a second (408).
    QTcpSocket half;
    REQUIRE(half.bind(QHostAddress(QStringLiteral("127.0.0.3")), 0));
    half.connectToHost(QHostAddress::LocalHost, server.http);
    REQUIRE(half.waitForConnected(5000));
    half.write("GET /health HTTP/1.1\r\nHost: x\r\n");
    QByteArray got;
    REQUIRE(waitFor(
        [&] {
            got += half.readAll();
            return half.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    CHECK(got.startsWith("HTTP/1.1 408"));
    // Each refusal is in the log (stdout).
    QByteArray out;
    waitFor([&] {
        out += server.process.readAll();
        return out.contains("refused connection (cap per address) from 127.0.0.2") && out.contains("refused timeout from 127.0.0.3");
    });
    INFO(out.toStdString());
    CHECK(out.contains("refused connection (cap per address) from 127.0.0.2"));
    CHECK(out.contains("refused bad-request from 127.0.0.1: 413"));
    CHECK(out.contains("refused timeout from 127.0.0.3: headers not complete within the header timeout"));

    const auto refused = [&](const QStringList &flags, const QString &expected) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(AKSARA_SERVER), QStringList{QStringLiteral("--db"), tdb.url()} + flags);
        REQUIRE(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAll());
        INFO(text.toStdString());
        CHECK(p.exitCode() == 2);
        CHECK(text.contains(expected));
    };
    refused({QStringLiteral("--http-max-connections"), QStringLiteral("0")}, QStringLiteral("bad --http-max-connections (1 to 1000000)"));
    refused({QStringLiteral("--http-header-timeout"), QStringLiteral("soon")}, QStringLiteral("bad --http-header-timeout (1 to 3600)"));
    refused({QStringLiteral("--http-max-body"), QStringLiteral("100")}, QStringLiteral("bad --http-max-body (1024 to 67108864)"));
    refused({QStringLiteral("--http-threads"), QStringLiteral("-1")}, QStringLiteral("bad --http-threads (auto or 1 to 256)"));
    {
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("http-idle-timeout = 0\n");
    }
    refused({QStringLiteral("--config"), conf}, QStringLiteral("bad --http-idle-timeout (1 to 3600)"));
}

TEST_CASE("aksara-server under a flood of idle connections still answers /health, SRU and SIP2", "[db][server][network][security]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    SystemClock realTime;
    ServiceCore core(tdb.db(), realTime);
    const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    REQUIRE(Server::Sip2Accounts(core).create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"),
                                              QStringLiteral("LIB"), QString(), false)
                .ok());
    RunningServer server(tdb.url(), {QStringLiteral("--http-max-connections"), QStringLiteral("60")});
    // 232 idle connections from one address: 32 (the cap per address) are held open, 200 closed at once.
    auto held = flood(server.http, "127.0.0.2", 32);
    REQUIRE(waitFor([&] {
        for (auto &s : held)
            if (s->state() != QAbstractSocket::ConnectedState)
                return false;
        return true;
    }));
    auto over = flood(server.http, "127.0.0.2", 200);
    CHECK(closedCount(over, 200) == 200);
    CHECK(closedCount(held, 0) == 0);
    // Throughout, a good client from another address is answered: /health, SRU and SIP2.
    const Http health = request("GET", server.url(QStringLiteral("/health")));
    CHECK(health.status == 200);
    const Http explain = request("GET", server.url(QStringLiteral("/sru?operation=explain&version=1.2")));
    CHECK(explain.status == 200);
    CHECK(explain.body.contains("explainResponse"));
    QTcpSocket sip2;
    sip2.connectToHost(QHostAddress::LocalHost, server.sip2);
    REQUIRE(sip2.waitForConnected(5000));
    CHECK(exchange(sip2, "9300CNsc1|COselfcheck-pass|CP|") == "941");
    CHECK(closedCount(held, 0) == 0);
    // Spread over addresses, the total cap (60) holds: of 32 + 32 more, 28 are closed.
    auto third = flood(server.http, "127.0.0.3", 16);
    auto fourth = flood(server.http, "127.0.0.4", 16);
    // (4, or one more while the good client's last connection is still being closed.)
    const int closed = closedCount(third, 0) + closedCount(fourth, 4);
    CHECK(closed >= 4);
    CHECK(closed <= 5);
    CHECK(closedCount(held, 0) == 0);

    QByteArray out;
    waitFor([&] {
        out += server.process.readAll();
        return out.contains("(total cap)");
    });
    INFO(out.toStdString());
    CHECK(out.contains("refused connection (total cap) from 127.0.0.4"));
    CHECK(out.contains("refused connection (cap per address) from 127.0.0.2"));
    // 200 refusals from one address make one log line (at most one per address every 10 s).
    CHECK(out.count("cap per address") == 1);
}
