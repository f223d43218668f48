#include "CatalogueFixture.h"

#include "catalogue/SruClient.h"

#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
const QByteArray kRecord = QByteArrayLiteral(
    "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>"
    "<controlfield tag=\"001\">SRU-1</controlfield>"
    "<datafield tag=\"020\" ind1=\" \" ind2=\" \"><subfield code=\"a\">9780306406157</subfield></datafield>"
    "<datafield tag=\"100\" ind1=\"1\" ind2=\" \"><subfield code=\"a\">Hirata, Andrea.</subfield></datafield>"
    "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Laskar pelangi /</subfield>"
    "<subfield code=\"c\">Andrea Hirata.</subfield></datafield></record>");

QByteArray sru12(const QList<QByteArray> &records, int total)
{
    QByteArray out = "<?xml version=\"1.0\"?><zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\">"
                     "<zs:version>1.2</zs:version><zs:numberOfRecords>"
                     + QByteArray::number(total) + "</zs:numberOfRecords><zs:records>";
    for (const QByteArray &r : records)
        out += "<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>" + r
               + "</zs:recordData></zs:record>";
    return out + "</zs:records></zs:searchRetrieveResponse>";
}

// A one-shot HTTP server answering every request with `body` (or never answering).
struct FakeServer {
    QTcpServer server;
    QByteArray body;
    int status = 200;
    bool silent = false;
    QByteArray lastRequest;

    FakeServer()
    {
        REQUIRE(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, [this] {
            QTcpSocket *s = server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                lastRequest += s->readAll();
                if (silent || !lastRequest.contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/xml\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/sru").arg(server.serverPort())); }
};

Result<SruResponse> run(SruClient &client, const SruRequest &req)
{
    std::optional<Result<SruResponse>> out;
    QEventLoop loop;
    client.search(req, [&](Result<SruResponse> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}
} // namespace

TEST_CASE("SRU responses are parsed: records packed as XML or as strings, diagnostics first", "[catalogue][sru]")
{
    auto r = SruClient::parseResponse(sru12({kRecord, kRecord}, 57));
    REQUIRE(r.ok());
    CHECK(r->numberOfRecords == 57);
    REQUIRE(r->records.size() == 2);
    CHECK(deriveFields(r->records.first()).title == QStringLiteral("Laskar pelangi"));

    // SRU 2.0, packed as a string.
    QByteArray escaped = kRecord;
    escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    const QByteArray v2 = "<sruResponse:searchRetrieveResponse xmlns:sruResponse=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"
                          "<sruResponse:version>2.0</sruResponse:version><sruResponse:numberOfRecords>1</sruResponse:numberOfRecords>"
                          "<sruResponse:records><sruResponse:record><sruResponse:recordSchema>marcxml</sruResponse:recordSchema>"
                          "<sruResponse:recordXMLEscaping>string</sruResponse:recordXMLEscaping><sruResponse:recordData>"
                          + escaped + "</sruResponse:recordData></sruResponse:record></sruResponse:records>"
                                      "</sruResponse:searchRetrieveResponse>";
    auto r2 = SruClient::parseResponse(v2);
    REQUIRE(r2.ok());
    REQUIRE(r2->records.size() == 1);
    CHECK(r2->records.first().controlField(QStringLiteral("001")) == QStringLiteral("SRU-1"));

    const QByteArray diag = "<zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"><zs:version>1.2</zs:version>"
                            "<zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>"
                            "<diagnostic xmlns=\"http://www.loc.gov/zing/srw/diagnostic/\"><uri>info:srw/diagnostic/1/16</uri>"
                            "<details>dc.colour</details><message>Unsupported index</message></diagnostic></zs:diagnostics>"
                            "</zs:searchRetrieveResponse>";
    auto d = SruClient::parseResponse(diag);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == QStringLiteral("catalogue.sru_diagnostic"));
    CHECK(d.error().isRefusal());
    CHECK(d.error().details.value(QStringLiteral("uri")).toString() == QStringLiteral("info:srw/diagnostic/1/16"));
    CHECK(d.error().message.contains(QStringLiteral("dc.colour")));

    for (const QByteArray &bad : {QByteArrayLiteral("<html><body>Not here</body></html>"), QByteArrayLiteral("<zs:searchRetrieveResponse"),
                                  sru12({QByteArrayLiteral("<record><leader>short</leader></record>")}, 1)}) {
        auto b = SruClient::parseResponse(bad);
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().code == QStringLiteral("catalogue.sru_bad_response"));
        CHECK_FALSE(b.error().isRefusal());
    }
}

TEST_CASE("the SRU client sends searchRetrieve and reports network trouble", "[catalogue][sru][network]")
{
    FakeServer server;
    server.body = sru12({kRecord}, 1);
    SruClient client;
    SruRequest req;
    req.baseUrl = server.url();
    req.query = QStringLiteral("dc.title = \"laskar pelangi\" and bath.isbn = 978+0");
    req.maximumRecords = 5;
    auto r = run(client, req);
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 1);
    const QByteArray requestLine = server.lastRequest.left(server.lastRequest.indexOf("\r\n"));
    const QUrl sent(QString::fromLatin1(requestLine.mid(4, requestLine.lastIndexOf(' ') - 4)));
    const QUrlQuery q(sent);
    CHECK(q.queryItemValue(QStringLiteral("operation")) == QStringLiteral("searchRetrieve"));
    CHECK(q.queryItemValue(QStringLiteral("version")) == QStringLiteral("1.2"));
    CHECK(q.queryItemValue(QStringLiteral("maximumRecords")) == QStringLiteral("5"));
    CHECK(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded) == req.query);

    server.status = 500;
    server.body = "oops";
    auto e = run(client, req);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == QStringLiteral("catalogue.sru_http"));

    server.silent = true;
    req.timeoutMs = 300;
    auto t = run(client, req);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().code == QStringLiteral("catalogue.sru_timeout"));

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    req.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/sru").arg(port));
    req.timeoutMs = 5000;
    auto u = run(client, req);
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().code == QStringLiteral("catalogue.sru_unreachable"));

    req.baseUrl = QUrl(QStringLiteral("ftp://example.org/"));
    auto bad = run(client, req);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("catalogue.sru_bad_url"));
}

TEST_CASE_METHOD(CatalogueFixture, "copy cataloguing: a record found on another SRU server (yaz-ztest) is imported",
                 "[db][catalogue][sru][network]")
{
    const QString ztest = Test::requireTool("yaz-ztest", "yaz");
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    server.start(ztest, {QStringLiteral("tcp:127.0.0.1:%1").arg(port)});
    REQUIRE(server.waitForStarted(5000));
    // Wait until it listens.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(100))
            break;
        QThread::msleep(50);
    }
    SruClient client;
    SruRequest req;
    req.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/Default").arg(port));
    req.query = QStringLiteral("computer");
    req.maximumRecords = 3;
    auto r = run(client, req);
    server.kill();
    server.waitForFinished(5000);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    CHECK(r->numberOfRecords > 0);
    REQUIRE_FALSE(r->records.isEmpty());
    const BibFields f = deriveFields(r->records.first());
    CHECK_FALSE(f.title.isEmpty());
    auto id = catalogue.createRecord(admin, r->records.first());
    REQUIRE(id.ok());
    CHECK(ids(search(f.title)).contains(*id));
}
