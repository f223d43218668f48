// The kiosk API as an attacker at a kiosk would try it: through a real aksara-server kiosk API
// on a local port (KioskFixture), with raw requests where the kiosk's own client would not send
// them.
#include "KioskFixture.h"

#include "kiosk/ApiJson.h"
#include "kiosk/SealedPin.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Aksara;
using namespace Aksara::Kiosk;
using namespace Aksara::Test;

namespace {

struct Answer {
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

// One raw request: any headers, any body.
Answer send(const QUrl &server, const QByteArray &method, const QString &resource, const QHash<QByteArray, QByteArray> &headers,
            const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/kiosk/") + resource.section(QLatin1Char('?'), 0, 0));
    if (resource.contains(QLatin1Char('?')))
        url.setQuery(resource.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.raw = reply->readAll();
    a.body = QJsonDocument::fromJson(a.raw).object();
    reply->deleteLater();
    return a;
}

struct ApiFixture : KioskFixture {
    QHash<QByteArray, QByteArray> station(const QString &code = QStringLiteral("kiosk-1"), const QString &token = {})
    {
        return {{QByteArrayLiteral("X-Aksara-Station"), code.toUtf8()},
                {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + (token.isEmpty() ? stationToken() : token).toUtf8()}};
    }
    QString signIn(const Circulation::Patron &p, const QString &pin, const QHash<QByteArray, QByteArray> &as)
    {
        Answer a = send(serverUrl(), "POST", QStringLiteral("sessions"), as,
                        QJsonDocument(QJsonObject{{QStringLiteral("card"), p.cardNumber}, {QStringLiteral("pin"), pin}}).toJson());
        REQUIRE(a.status == 200);
        return a.body.value(QStringLiteral("session")).toString();
    }
    QString registerStation(const QString &code, const QString &kind)
    {
        ServiceManagement::NewStation s;
        s.code = code;
        s.kind = kind;
        auto registered = ServiceManagement::Stations(core).registerStation(admin, s);
        REQUIRE_OK(registered);
        return registered->second;
    }
};

} // namespace

TEST_CASE_METHOD(ApiFixture, "kiosk API: no station token, a wrong one or another kind of station gets nothing", "[kiosk][api][db]")
{
    lend(siti, QStringLiteral("KIO-001"));
    for (const QString &resource : {QStringLiteral("account"), QStringLiteral("settings"), QStringLiteral("key"),
                                    QStringLiteral("search?q=Laskar")}) {
        INFO(resource.toStdString());
        Answer none = send(serverUrl(), "GET", resource, {});
        CHECK(none.status == 401);
        CHECK(none.body.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
        CHECK(none.body.value(QStringLiteral("code")).toString() == QStringLiteral("kiosk.no_token"));
        CHECK_FALSE(none.raw.contains("Laskar"));
        CHECK_FALSE(none.raw.contains(siti.name.toUtf8()));
        Answer wrong = send(serverUrl(), "GET", resource, station(QStringLiteral("kiosk-1"), QStringLiteral("not-the-token")));
        CHECK(wrong.status == 401);
        CHECK(wrong.body.value(QStringLiteral("code")).toString() == QStringLiteral("station.bad_token"));
        CHECK_FALSE(wrong.raw.contains("Laskar"));
        // An unknown station answers like a wrong token.
        Answer unknown = send(serverUrl(), "GET", resource, station(QStringLiteral("no-such-kiosk"), stationToken()));
        CHECK(unknown.status == 401);
        CHECK(unknown.body.value(QStringLiteral("code")).toString() == QStringLiteral("station.bad_token"));
    }
    // A desk's token does not open the kiosk API.
    const QString deskToken = registerStation(QStringLiteral("desk-1"), QStringLiteral("desk"));
    Answer desk = send(serverUrl(), "GET", QStringLiteral("settings"), station(QStringLiteral("desk-1"), deskToken));
    CHECK(desk.status == 403);
    CHECK(desk.body.value(QStringLiteral("code")).toString() == QStringLiteral("kiosk.not_kiosk"));
    // A retired kiosk neither.
    const QString oldToken = registerStation(QStringLiteral("kiosk-old"), QStringLiteral("kiosk"));
    REQUIRE_OK(ServiceManagement::Stations(core).retire(admin, QStringLiteral("kiosk-old")));
    CHECK(send(serverUrl(), "GET", QStringLiteral("settings"), station(QStringLiteral("kiosk-old"), oldToken)).status == 401);
}

TEST_CASE_METHOD(ApiFixture, "kiosk API: a patron's session acts on that patron only, at that station only", "[kiosk][api][db]")
{
    lend(budi, QStringLiteral("KIO-002"));
    const auto kiosk1 = station();
    const QString sitiSession = signIn(siti, sitiPin, kiosk1);
    auto asSiti = kiosk1;
    asSiti.insert(QByteArrayLiteral("X-Aksara-Session"), sitiSession.toUtf8());

    // Her account is hers: nothing of Budi's, and no address, NIK or telephone of hers either.
    Answer account = send(serverUrl(), "GET", QStringLiteral("account"), asSiti);
    REQUIRE(account.status == 200);
    CHECK(account.body.value(QStringLiteral("patron")).toObject().value(QStringLiteral("card")).toString() == siti.cardNumber);
    CHECK_FALSE(account.raw.contains(budi.cardNumber.toUtf8()));
    CHECK_FALSE(account.raw.contains("KIO-002"));
    for (const char *field : {"\"address\"", "\"nik\"", "\"phone\"", "\"email\"", "\"birth_date\""})
        CHECK_FALSE(account.raw.contains(field));
    // A request cannot name another patron: an extra card in the body changes nothing.
    Answer sneaky = send(serverUrl(), "GET", QStringLiteral("account?card=") + budi.cardNumber, asSiti);
    REQUIRE(sneaky.status == 200);
    CHECK_FALSE(sneaky.raw.contains(budi.cardNumber.toUtf8()));
    // Budi's loan cannot be renewed with her session, and the refusal names nobody.
    Answer renew = send(serverUrl(), "POST", QStringLiteral("renewals"), asSiti,
                        R"({"item": "KIO-002", "request_id": "kiosk-1:attack-1", "card": ")" + budi.cardNumber.toUtf8() + "\"}");
    CHECK(renew.status == 409);
    CHECK(renew.body.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    CHECK_FALSE(renew.raw.contains(budi.name.toUtf8()));
    CHECK_FALSE(renew.raw.contains(budi.cardNumber.toUtf8()));
    CHECK(count(QStringLiteral("SELECT renewals FROM loans l JOIN items i ON i.id = l.item_id WHERE i.barcode = 'KIO-002'")) == 0);
    // Returning Budi's book with her session says nothing of his loan or fee.
    clock.advanceMs(30LL * 86400000);
    Answer giveBack = send(serverUrl(), "POST", QStringLiteral("returns"), asSiti, R"({"item": "KIO-002", "request_id": "kiosk-1:r-1"})");
    REQUIRE(giveBack.status == 200);
    CHECK(giveBack.body.value(QStringLiteral("own")).toBool() == false);
    CHECK_FALSE(giveBack.body.contains(QStringLiteral("fee")));
    CHECK_FALSE(giveBack.body.contains(QStringLiteral("loan")));
    CHECK_FALSE(giveBack.raw.contains(budi.cardNumber.toUtf8()));
    CHECK_FALSE(giveBack.raw.contains(budi.name.toUtf8()));

    // Her session token from another kiosk is no token there.
    const QString otherToken = registerStation(QStringLiteral("kiosk-2"), QStringLiteral("kiosk"));
    auto fromKiosk2 = station(QStringLiteral("kiosk-2"), otherToken);
    fromKiosk2.insert(QByteArrayLiteral("X-Aksara-Session"), sitiSession.toUtf8());
    Answer stolen = send(serverUrl(), "GET", QStringLiteral("account"), fromKiosk2);
    CHECK(stolen.status == 401);
    CHECK(stolen.body.value(QStringLiteral("code")).toString() == QStringLiteral("kiosk.no_session"));
    CHECK_FALSE(stolen.raw.contains(siti.cardNumber.toUtf8()));
    // A made-up session token neither; nor none at all.
    auto madeUp = kiosk1;
    madeUp.insert(QByteArrayLiteral("X-Aksara-Session"), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    CHECK(send(serverUrl(), "GET", QStringLiteral("account"), madeUp).status == 401);
    CHECK(send(serverUrl(), "POST", QStringLiteral("loans"), kiosk1, R"({"item": "KIO-003", "request_id": "kiosk-1:x"})").status == 401);
    CHECK(openLoanOf(QStringLiteral("KIO-003")) == 0);

    // Signed out, the token is dead.
    CHECK(send(serverUrl(), "DELETE", QStringLiteral("sessions/current"), asSiti).status == 200);
    CHECK(send(serverUrl(), "GET", QStringLiteral("account"), asSiti).status == 401);
}

TEST_CASE_METHOD(ApiFixture, "kiosk API: a session ends when unused, wrong PINs count, bodies are bounded, errors are translated",
                 "[kiosk][api][db]")
{
    // Sessions with the server's own limits (the fixture's server keeps them for the other tests).
    Server::KioskApi::Options o;
    o.keyPath = kioskDir.filePath(QStringLiteral("server/kiosk.key"));
    Server::KioskApi api(*kioskCore, o);
    Server::HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/v1/kiosk/sessions");
    r.headers = {{"x-aksara-station", "kiosk-1"}, {"authorization", "Bearer " + stationToken().toUtf8()}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("card"), siti.cardNumber}, {QStringLiteral("pin"), sitiPin}}).toJson();
    Server::HttpResponse signedIn = api.handle(r);
    REQUIRE(signedIn.status == 200);
    const QByteArray token = QJsonDocument::fromJson(signedIn.body).object().value(QStringLiteral("session")).toString().toUtf8();
    Server::HttpRequest account = r;
    account.method = "GET";
    account.path = QStringLiteral("/api/v1/kiosk/account");
    account.body.clear();
    account.headers.insert("x-aksara-session", token);
    CHECK(api.handle(account).status == 200);
    clock.advanceMs(o.sessionIdleMs + 1000);
    CHECK(api.handle(account).status == 401);
    CHECK(api.sessionCount() == 0);

    // Wrong PINs through the API count towards the card's lockout, as at the desk.
    Server::HttpRequest wrong = r;
    wrong.body = QJsonDocument(QJsonObject{{QStringLiteral("card"), budi.cardNumber}, {QStringLiteral("pin"), QStringLiteral("0000")}}).toJson();
    for (int i = 0; i < Circulation::Patrons::kMaxPinFailures; ++i)
        CHECK(api.handle(wrong).status == 409);
    Server::HttpRequest right = r;
    right.body = QJsonDocument(QJsonObject{{QStringLiteral("card"), budi.cardNumber}, {QStringLiteral("pin"), budiPin}}).toJson();
    Server::HttpResponse locked = api.handle(right);
    CHECK(locked.status == 409);
    CHECK(QJsonDocument::fromJson(locked.body).object().value(QStringLiteral("code")).toString() != QStringLiteral("ok"));

    // A body over 16 KiB is refused before anything else; so is one that is not JSON.
    Server::HttpRequest big = r;
    big.body = QByteArray(20000, 'x');
    CHECK(api.handle(big).status == 413);
    Server::HttpRequest notJson = r;
    notJson.body = "card=1&pin=2";
    CHECK(api.handle(notJson).status == 400);

    // Errors come in the language asked for.
    Server::HttpRequest none;
    none.method = "GET";
    none.path = QStringLiteral("/api/v1/kiosk/settings");
    none.query.addQueryItem(QStringLiteral("lang"), QStringLiteral("en"));
    const QString english = QJsonDocument::fromJson(api.handle(none).body).object().value(QStringLiteral("message")).toString();
    none.query.clear();
    none.headers.insert("accept-language", "id-ID,id;q=0.9");
    const QString indonesian = QJsonDocument::fromJson(api.handle(none).body).object().value(QStringLiteral("message")).toString();
    CHECK_FALSE(english.isEmpty());
    CHECK(english != indonesian);
}

TEST_CASE_METHOD(ApiFixture, "kiosk API: a replayed checkout names its patron by the sealed PIN, never by an id", "[kiosk][api][db]")
{
    const auto kiosk1 = station();
    Answer key = send(serverUrl(), "GET", QStringLiteral("key"), kiosk1);
    REQUIRE(key.status == 200);
    const QByteArray publicKey = QByteArray::fromBase64(key.body.value(QStringLiteral("public_key")).toString().toLatin1());
    auto sealed = SealedPin::seal(sitiPin, publicKey);
    REQUIRE(sealed.ok());
    const QByteArray good = QJsonDocument(QJsonObject{{QStringLiteral("request_id"), QStringLiteral("kiosk-1:q-1")},
                                                      {QStringLiteral("kind"), QStringLiteral("checkout")},
                                                      {QStringLiteral("item"), QStringLiteral("KIO-001")},
                                                      {QStringLiteral("card"), siti.cardNumber},
                                                      {QStringLiteral("sealed_pin"), QString::fromLatin1(sealed->toBase64())}})
                                .toJson();
    Answer applied = send(serverUrl(), "POST", QStringLiteral("replay"), kiosk1, good);
    REQUIRE(applied.status == 200);
    CHECK(openLoansOf(siti) == 1);
    // The same request again: applied once only.
    Answer again = send(serverUrl(), "POST", QStringLiteral("replay"), kiosk1, good);
    CHECK(again.status == 409);
    CHECK(again.body.value(QStringLiteral("code")).toString() == QStringLiteral("core.already_applied"));
    CHECK(again.body.value(QStringLiteral("details")).toObject().value(QStringLiteral("operation_id")).toVariant().toLongLong() > 0);
    CHECK(openLoansOf(siti) == 1);
    // A patron id without a PIN lends nothing; nor does Siti's sealed PIN with Budi's card.
    Answer byId = send(serverUrl(), "POST", QStringLiteral("replay"), kiosk1,
                       QJsonDocument(QJsonObject{{QStringLiteral("request_id"), QStringLiteral("kiosk-1:q-2")},
                                                 {QStringLiteral("kind"), QStringLiteral("checkout")},
                                                 {QStringLiteral("item"), QStringLiteral("KIO-002")},
                                                 {QStringLiteral("card"), budi.cardNumber},
                                                 {QStringLiteral("patron_id"), budi.id}})
                           .toJson());
    CHECK(byId.status == 409);
    Answer otherCard = send(serverUrl(), "POST", QStringLiteral("replay"), kiosk1,
                            QJsonDocument(QJsonObject{{QStringLiteral("request_id"), QStringLiteral("kiosk-1:q-3")},
                                                      {QStringLiteral("kind"), QStringLiteral("checkout")},
                                                      {QStringLiteral("item"), QStringLiteral("KIO-002")},
                                                      {QStringLiteral("card"), budi.cardNumber},
                                                      {QStringLiteral("sealed_pin"), QString::fromLatin1(sealed->toBase64())}})
                                .toJson());
    CHECK(otherCard.status == 409);
    CHECK(openLoansOf(budi) == 0);
    // A PIN sealed to another key cannot be opened.
    QTemporaryDir other;
    auto otherKeys = SealedPin::loadOrCreate(other.filePath(QStringLiteral("k")));
    REQUIRE(otherKeys.ok());
    auto foreign = SealedPin::seal(sitiPin, otherKeys->publicKey);
    REQUIRE(foreign.ok());
    Answer foreignKey = send(serverUrl(), "POST", QStringLiteral("replay"), kiosk1,
                             QJsonDocument(QJsonObject{{QStringLiteral("request_id"), QStringLiteral("kiosk-1:q-4")},
                                                       {QStringLiteral("kind"), QStringLiteral("checkout")},
                                                       {QStringLiteral("item"), QStringLiteral("KIO-003")},
                                                       {QStringLiteral("card"), siti.cardNumber},
                                                       {QStringLiteral("sealed_pin"), QString::fromLatin1(foreign->toBase64())}})
                                 .toJson());
    CHECK(foreignKey.status == 409);
    CHECK(foreignKey.body.value(QStringLiteral("code")).toString() == QStringLiteral("kiosk.bad_sealed_pin"));
    CHECK(openLoanOf(QStringLiteral("KIO-003")) == 0);
}

TEST_CASE_METHOD(ApiFixture, "kiosk API: staff sign-in at a kiosk waits after three failures and never locks the account",
                 "[kiosk][api][db]")
{
    const auto kiosk1 = station();
    const auto tryAdmin = [&](const QString &password) {
        return send(serverUrl(), "POST", QStringLiteral("staff-sessions"), kiosk1,
                    QJsonDocument(QJsonObject{{QStringLiteral("username"), supervisorAccount.username},
                                              {QStringLiteral("password"), password}})
                        .toJson());
    };
    for (int i = 0; i < StaffThrottle::kFreeFailures; ++i)
        CHECK(tryAdmin(QStringLiteral("guess")).status == 409);
    Answer waiting = tryAdmin(QStringLiteral("guess"));
    CHECK(waiting.status == 429);
    CHECK(waiting.body.value(QStringLiteral("code")).toString() == QStringLiteral("kiosk.staff_wait"));
    for (int i = 0; i < 2 * StaffDirectory::kMaxFailedLogins; ++i) {
        clock.advanceMs(qint64(StaffThrottle::kMaxDelayS) * 1000);
        CHECK(tryAdmin(QStringLiteral("guess")).status == 409);
    }
    // The account is not locked: its holder signs in at the desk.
    Caller desk;
    desk.channel = Channel::Desk;
    desk.actor = QStringLiteral("station:desk-1");
    auto account = StaffDirectory(core).authenticate(desk, supervisorAccount.username, kStaffPassword);
    CHECK(account.ok());
}
