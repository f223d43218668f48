#include "kiosk/RemoteLibrary.h"

#include "kiosk/ApiJson.h"

#include "shell/AppContext.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace Aksara::Kiosk {

RemoteLibrary::RemoteLibrary(Options options)
    : m_options(std::move(options))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

// No call from here: a local event loop while the kiosk is being torn down could deliver events
// to its half-destroyed parts. The server ends a session left open by itself (idle time, the
// station's next sign-in, a restart).
RemoteLibrary::~RemoteLibrary() = default;

qint64 RemoteLibrary::nowMs() const
{
    return m_options.clock ? m_options.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

Result<QJsonObject> RemoteLibrary::call(const QByteArray &method, const QString &resource, const QJsonObject &body,
                                        const QUrlQuery &query, int timeoutMs)
{
    QUrl url = m_options.server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/api/v1/kiosk/") + resource);
    QUrlQuery q = query;
    // The language of the messages: the kiosk's current one.
    q.addQueryItem(QStringLiteral("lang"), Shell::indonesianActive() ? QStringLiteral("id") : QStringLiteral("en"));
    url.setQuery(q);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_options.token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("X-Aksara-Station"), m_options.station.toUtf8());
    if (!m_session.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Aksara-Session"), m_session.toUtf8());
    if (!m_staffSession.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Aksara-Staff-Session"), m_staffSession.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_options.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_options.caFile));
        request.setSslConfiguration(ssl);
    }
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs > 0 ? timeoutMs : m_options.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QString where = m_options.server.toString(QUrl::RemoveUserInfo);
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Error::failed(QStringLiteral("kiosk.offline"), tr("The library server %1 did not answer in time.").arg(where));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString networkError = reply->errorString();
    reply->deleteLater();
    if (status == 0)
        return Error::failed(QStringLiteral("kiosk.offline"),
                             tr("The library server %1 cannot be reached: %2").arg(where, networkError));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Error::failed(QStringLiteral("kiosk.bad_answer"),
                             tr("The library server %1 gave an answer the kiosk does not understand (HTTP %2).").arg(where).arg(status));
    if (status != 200)
        return ApiJson::error(doc.object());
    return doc.object();
}

Status RemoteLibrary::probe()
{
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("status"), {}, {}, m_options.probeTimeoutMs);
    if (!r.ok())
        return r.error();
    return {};
}

Result<KioskSettings> RemoteLibrary::settings()
{
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("settings"));
    if (!r.ok())
        return r.error();
    return ApiJson::settings(*r);
}

Result<Circulation::Patron> RemoteLibrary::signIn(const QString &card, const QString &pin)
{
    signOut();
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("sessions"),
                  {{QStringLiteral("card"), card}, {QStringLiteral("pin"), pin}});
    if (!r.ok())
        return r.error();
    m_session = r->value(QStringLiteral("session")).toString();
    Circulation::Patron p = ApiJson::patron(r->value(QStringLiteral("patron")).toObject());
    m_patronId = p.id;
    return p;
}

void RemoteLibrary::signOut()
{
    if (m_session.isEmpty())
        return;
    (void)call(QByteArrayLiteral("DELETE"), QStringLiteral("sessions/current"), {}, {}, m_options.probeTimeoutMs);
    m_session.clear();
    m_patronId = 0;
}

Result<Circulation::CheckoutResult> RemoteLibrary::borrow(const QString &barcode, const QString &requestId)
{
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("loans"),
                  {{QStringLiteral("item"), barcode}, {QStringLiteral("request_id"), requestId}});
    if (!r.ok())
        return r.error();
    return ApiJson::checkout(*r);
}

Result<Circulation::RenewResult> RemoteLibrary::renew(const QString &barcode, const QString &requestId)
{
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("renewals"),
                  {{QStringLiteral("item"), barcode}, {QStringLiteral("request_id"), requestId}});
    if (!r.ok())
        return r.error();
    return ApiJson::renewal(*r);
}

Result<QList<Circulation::RenewAllLine>> RemoteLibrary::renewAll(const QString &requestId)
{
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("renewals"),
                  {{QStringLiteral("all"), true}, {QStringLiteral("request_id"), requestId}});
    if (!r.ok())
        return r.error();
    return ApiJson::renewAll(*r);
}

Result<Circulation::PatronAccount> RemoteLibrary::account()
{
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("account"));
    if (!r.ok())
        return r.error();
    return ApiJson::account(*r);
}

Result<Circulation::CheckinResult> RemoteLibrary::giveBack(const QString &barcode, const QString &returnBranch,
                                                           const QString &requestId)
{
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("returns"),
                  {{QStringLiteral("item"), barcode},
                   {QStringLiteral("branch"), returnBranch},
                   {QStringLiteral("request_id"), requestId}});
    if (!r.ok())
        return r.error();
    return ApiJson::checkin(*r, m_patronId);
}

Result<Catalogue::SearchResult> RemoteLibrary::search(const QString &query, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(query)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("search"), {}, q);
    if (!r.ok())
        return r.error();
    return ApiJson::search(*r);
}

Result<QString> RemoteLibrary::itemTitle(const QString &barcode)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("item"), QString::fromUtf8(QUrl::toPercentEncoding(barcode)));
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("items/title"), {}, q);
    if (!r.ok())
        return r.error();
    return r->value(QStringLiteral("title")).toString();
}

Result<QByteArray> RemoteLibrary::publicKey()
{
    auto r = call(QByteArrayLiteral("GET"), QStringLiteral("key"));
    if (!r.ok())
        return r.error();
    const QByteArray key = QByteArray::fromBase64(r->value(QStringLiteral("public_key")).toString().toLatin1());
    if (r->value(QStringLiteral("algorithm")).toString() != QLatin1String("crypto_box_seal") || key.isEmpty())
        return Error::failed(QStringLiteral("kiosk.bad_answer"), tr("The library server gave no valid key for sealing PINs."));
    return key;
}

Result<ReplayAnswer> RemoteLibrary::replay(const ReplayRequest &request)
{
    QJsonObject body{{QStringLiteral("request_id"), request.requestId},
                     {QStringLiteral("kind"), request.kind},
                     {QStringLiteral("item"), request.barcode}};
    if (request.kind == QLatin1String("checkin")) {
        body.insert(QStringLiteral("branch"), request.returnBranch);
    } else {
        // The patron is named by card and sealed PIN only: the server trusts no patron id.
        body.insert(QStringLiteral("card"), request.card);
        body.insert(QStringLiteral("sealed_pin"), QString::fromLatin1(request.sealedPin.toBase64()));
    }
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("replay"), body);
    if (!r.ok())
        return r.error();
    ReplayAnswer a;
    a.operationId = r->value(QStringLiteral("operation")).toVariant().toLongLong();
    a.card = r->value(QStringLiteral("card")).toString();
    if (r->contains(QStringLiteral("checkin")))
        a.checkin = ApiJson::checkin(r->value(QStringLiteral("checkin")).toObject(), m_patronId);
    if (r->contains(QStringLiteral("checkout")))
        a.checkout = ApiJson::checkout(r->value(QStringLiteral("checkout")).toObject());
    if (!a.checkin && !a.checkout)
        return Error::failed(QStringLiteral("kiosk.bad_answer"), tr("The library server's answer to a replay had no result."));
    return a;
}

Result<StaffAccount> RemoteLibrary::staffSignIn(const QString &username, const QString &password)
{
    staffSignOut();
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("staff-sessions"),
                  {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (!r.ok())
        return r.error();
    m_staffSession = r->value(QStringLiteral("staff_session")).toString();
    return ApiJson::staff(r->value(QStringLiteral("account")).toObject());
}

void RemoteLibrary::staffSignOut()
{
    if (m_staffSession.isEmpty())
        return;
    (void)call(QByteArrayLiteral("DELETE"), QStringLiteral("staff-sessions/current"), {}, {}, m_options.probeTimeoutMs);
    m_staffSession.clear();
}

Status RemoteLibrary::setOfflineCheckout(const StaffAccount &, bool allowed)
{
    auto r = call(QByteArrayLiteral("PUT"), QStringLiteral("settings/offline-checkout"), {{QStringLiteral("allowed"), allowed}});
    if (!r.ok())
        return r.error();
    return {};
}

Status RemoteLibrary::heartbeat()
{
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("heartbeat"));
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace Aksara::Kiosk
