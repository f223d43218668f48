#include "server/KioskApi.h"
#include "server/HttpFront.h"

#include "kiosk/ApiJson.h"
#include "kiosk/KioskTypes.h"
#include "kiosk/LocalLibrary.h"
#include "kiosk/SealedPin.h"

#include "service/Stations.h"
#include "shell/AppContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Aksara::Server {

namespace {
using Kiosk::ApiJson::error;

const QString kPrefix = QStringLiteral("/api/v1/kiosk/");

HttpResponse json(const QJsonObject &o, int status = 200)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

int statusOf(const Error &e)
{
    static const QHash<QString, int> known{
        {QStringLiteral("kiosk.no_token"), 401},      {QStringLiteral("station.unknown"), 401},
        {QStringLiteral("station.bad_token"), 401},   {QStringLiteral("station.retired"), 401},
        {QStringLiteral("kiosk.no_session"), 401},    {QStringLiteral("kiosk.not_kiosk"), 403},
        {QStringLiteral("core.forbidden"), 403},      {QStringLiteral("kiosk.bad_request"), 400},
        {QStringLiteral("kiosk.too_large"), 413},     {QStringLiteral("kiosk.no_route"), 404},
        {QStringLiteral("kiosk.staff_wait"), 429},
    };
    if (known.contains(e.code))
        return known.value(e.code);
    return e.isRefusal() ? 409 : 503;
}

HttpResponse fail(const Error &e)
{
    return json(error(e), statusOf(e));
}

QString newToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Sessions are kept by the hash of their token: a memory dump shows no usable token.
QString keyOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString languageOf(const HttpRequest &r)
{
    QString lang = r.query.queryItemValue(QStringLiteral("lang"));
    if (lang.isEmpty()) {
        const QString accept = QString::fromLatin1(r.headers.value(QByteArrayLiteral("accept-language"))).trimmed().toLower();
        lang = accept.left(2);
    }
    return lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
}

// A patron-facing refusal: in the kiosk's words (never the desk's, which may name another
// patron), with only the details a kiosk needs.
Error forPatron(const Error &e)
{
    if (!e.isRefusal())
        return Error::failed(e.code, KioskApi::tr("The library system failed; please try again or ask at the desk."));
    return Error::refused(e.code, Kiosk::patronMessage(e), e.details);
}
} // namespace

KioskApi::KioskApi(ServiceCore &core, Options options)
    : m_core(core)
    , m_options(std::move(options))
    , m_throttle(core.clock())
{
}

QString KioskApi::defaultKeyPath(const QString &configPath, const QString &dbPath)
{
    if (!configPath.isEmpty())
        return QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("kiosk.key"));
    if (!dbPath.isEmpty() && !dbPath.contains(QLatin1String("://")))
        return QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".kiosk-key");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("kiosk.key"));
}

Status KioskApi::prepare()
{
    auto keys = Kiosk::SealedPin::loadOrCreate(m_options.keyPath);
    if (!keys.ok())
        return keys.error();
    return {};
}

int KioskApi::sessionCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_sessions.size());
}

std::optional<KioskApi::Session> KioskApi::session(const QString &token, const QString &station, bool staff)
{
    if (token.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_core.clock().nowMs();
    // Forget the ended ones.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->usedAt > m_options.sessionIdleMs || now - it->createdAt > m_options.sessionMaxMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    auto it = m_sessions.find(keyOf(token));
    // Bound to its station: the token of another kiosk's patron is no token here.
    if (it == m_sessions.end() || it->station != station || it->staff.has_value() != staff)
        return std::nullopt;
    it->usedAt = now;
    return *it;
}

QString KioskApi::openSession(Session s)
{
    QMutexLocker lock(&m_mutex);
    // One patron (and one staff member) at a kiosk at a time: a new sign-in ends the previous one.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->station == s.station && it->staff.has_value() == s.staff.has_value())
            it = m_sessions.erase(it);
        else
            ++it;
    }
    const QString token = newToken();
    s.createdAt = s.usedAt = m_core.clock().nowMs();
    m_sessions.insert(keyOf(token), std::move(s));
    return token;
}

void KioskApi::endSession(const QString &token, const QString &station)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(keyOf(token));
    if (it != m_sessions.end() && it->station == station)
        m_sessions.erase(it);
}

HttpResponse KioskApi::handle(const HttpRequest &r)
{
    Shell::LanguageScope language(languageOf(r));
    if (!r.path.startsWith(kPrefix))
        return fail(Error::refused(QStringLiteral("kiosk.no_route"), tr("No such resource: %1").arg(r.path)));
    if (r.body.size() > m_options.maxBodyBytes)
        return fail(Error::refused(QStringLiteral("kiosk.too_large"),
                                   tr("The request is larger than %1 bytes.").arg(m_options.maxBodyBytes)));

    // The station: its code and its token, of a kiosk.
    const QString code = QString::fromUtf8(r.headers.value(QByteArrayLiteral("x-aksara-station"))).trimmed();
    const QByteArray auth = r.headers.value(QByteArrayLiteral("authorization"));
    const QString token = auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)).trimmed() : QString();
    if (code.isEmpty() || token.isEmpty())
        return fail(Error::refused(QStringLiteral("kiosk.no_token"),
                                   tr("The kiosk API needs the station's code (X-Aksara-Station) and token "
                                      "(Authorization: Bearer).")));
    auto station = ServiceManagement::Stations(m_core).authenticate(code, token);
    if (!station.ok()) {
        // Unknown station and wrong token look the same.
        if (station.error().isRefusal())
            return fail(Error::refused(QStringLiteral("station.bad_token"), tr("Unknown station or wrong token.")));
        return fail(forPatron(station.error()));
    }
    if (station->kind != QLatin1String("kiosk"))
        return fail(Error::refused(QStringLiteral("kiosk.not_kiosk"),
                                   tr("Station \"%1\" is a %2, not a kiosk.").arg(code, station->kind)));

    Caller caller;
    caller.channel = Channel::Kiosk;
    caller.actor = QStringLiteral("station:") + code;
    caller.station = code;
    caller.rights = rightsForRole(Role::Kiosk);
    caller.language = languageOf(r);
    Kiosk::LocalLibrary library(m_core, caller, m_options.keyPath, nullptr);

    QJsonObject body;
    if (!r.body.isEmpty()) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Error::refused(QStringLiteral("kiosk.bad_request"), tr("The request body is not a JSON object.")));
        body = doc.object();
    }
    const auto field = [&body](const char *name) { return body.value(QLatin1String(name)).toString(); };
    const QString resource = r.path.mid(kPrefix.size());
    const QByteArray &method = r.method;
    const QString sessionToken = QString::fromUtf8(r.headers.value(QByteArrayLiteral("x-aksara-session"))).trimmed();
    auto patron = session(sessionToken, code, false);
    if (patron)
        library.setPatron(patron->patronId, patron->card, patron->language);
    const auto needPatron = [&]() -> std::optional<HttpResponse> {
        if (patron)
            return std::nullopt;
        return fail(Error::refused(QStringLiteral("kiosk.no_session"),
                                   tr("Please sign in with your card and PIN first (no valid session).")));
    };
    const auto needRequestId = [&]() -> std::optional<HttpResponse> {
        const QString id = field("request_id");
        if (!id.isEmpty() && id.size() <= 128)
            return std::nullopt;
        return fail(Error::refused(QStringLiteral("kiosk.bad_request"), tr("request_id: a request id of 1 to 128 characters is needed.")));
    };

    if (resource == QLatin1String("status") && method == "GET") {
        Status st = library.probe();
        if (!st.ok())
            return fail(Error::failed(QStringLiteral("kiosk.offline"), st.error().message));
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("now"), library.nowMs()}});
    }
    if (resource == QLatin1String("settings") && method == "GET") {
        auto st = library.settings();
        return st.ok() ? json(Kiosk::ApiJson::settings(*st)) : fail(forPatron(st.error()));
    }
    if (resource == QLatin1String("key") && method == "GET") {
        auto key = library.publicKey();
        if (!key.ok())
            return fail(key.error());
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")},
                     {QStringLiteral("algorithm"), QStringLiteral("crypto_box_seal")},
                     {QStringLiteral("public_key"), QString::fromLatin1(key->toBase64())}});
    }
    if (resource == QLatin1String("heartbeat") && method == "POST") {
        auto ack = ServiceManagement::Stations(m_core).heartbeat(code, token);
        return ack.ok() ? json(ack->toJson()) : fail(ack.error());
    }
    if (resource == QLatin1String("sessions") && method == "POST") {
        const QString card = field("card");
        const QString pin = field("pin");
        if (card.isEmpty() || pin.isEmpty())
            return fail(Error::refused(QStringLiteral("kiosk.bad_request"), tr("card and pin are needed.")));
        auto who = library.signIn(card, pin);
        if (!who.ok())
            return fail(forPatron(who.error()));
        Session s;
        s.station = code;
        s.patronId = who->id;
        s.card = who->cardNumber;
        s.language = who->language;
        const QString t = openSession(s);
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")},
                     {QStringLiteral("session"), t},
                     {QStringLiteral("idle_seconds"), m_options.sessionIdleMs / 1000},
                     {QStringLiteral("patron"), Kiosk::ApiJson::patron(*who)}});
    }
    if (resource == QLatin1String("sessions/current") && method == "DELETE") {
        endSession(sessionToken, code);
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")}});
    }
    if (resource == QLatin1String("account") && method == "GET") {
        if (auto no = needPatron())
            return *no;
        auto a = library.account();
        return a.ok() ? json(Kiosk::ApiJson::account(*a)) : fail(forPatron(a.error()));
    }
    if (resource == QLatin1String("loans") && method == "POST") {
        if (auto no = needPatron())
            return *no;
        if (auto no = needRequestId())
            return *no;
        auto done = library.borrow(field("item"), field("request_id"));
        return done.ok() ? json(Kiosk::ApiJson::checkout(*done)) : fail(forPatron(done.error()));
    }
    if (resource == QLatin1String("renewals") && method == "POST") {
        if (auto no = needPatron())
            return *no;
        if (auto no = needRequestId())
            return *no;
        if (body.value(QStringLiteral("all")).toBool()) {
            auto lines = library.renewAll(field("request_id"));
            if (!lines.ok())
                return fail(forPatron(lines.error()));
            for (auto &l : *lines)
                if (!l.renewed)
                    l.error = forPatron(l.error);
            return json(Kiosk::ApiJson::renewAll(*lines));
        }
        auto done = library.renew(field("item"), field("request_id"));
        return done.ok() ? json(Kiosk::ApiJson::renewal(*done)) : fail(forPatron(done.error()));
    }
    if (resource == QLatin1String("returns") && method == "POST") {
        if (auto no = needRequestId())
            return *no;
        auto done = library.giveBack(field("item"), field("branch"), field("request_id"));
        return done.ok() ? json(Kiosk::ApiJson::checkin(*done, done->loan.has_value())) : fail(forPatron(done.error()));
    }
    if (resource == QLatin1String("search") && method == "GET") {
        const QString q = r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        const int limit = r.query.queryItemValue(QStringLiteral("limit")).toInt();
        auto found = library.search(q, limit > 0 ? limit : 20);
        return found.ok() ? json(Kiosk::ApiJson::search(*found)) : fail(forPatron(found.error()));
    }
    if (resource == QLatin1String("items/title") && method == "GET") {
        auto title = library.itemTitle(r.query.queryItemValue(QStringLiteral("item"), QUrl::FullyDecoded));
        return title.ok() ? json({{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("title"), *title}})
                          : fail(forPatron(title.error()));
    }
    if (resource == QLatin1String("replay") && method == "POST") {
        if (auto no = needRequestId())
            return *no;
        Kiosk::ReplayRequest request;
        request.requestId = field("request_id");
        request.kind = field("kind");
        request.barcode = field("item");
        request.returnBranch = field("branch");
        request.card = field("card");
        request.sealedPin = QByteArray::fromBase64(field("sealed_pin").toLatin1());
        request.patronId = 0; // never taken from a kiosk: the sealed PIN names the patron
        // A return tells its fee to the patron of the session, if it was that patron's loan.
        if (request.kind != QLatin1String("checkin"))
            library.setPatron(0, {}, {});
        auto done = library.replay(request);
        if (!done.ok()) {
            Error e = done.error();
            return fail(e.code == QLatin1String("core.already_applied") ? e : forPatron(e));
        }
        QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("operation"), done->operationId}};
        if (done->checkin)
            o.insert(QStringLiteral("checkin"), Kiosk::ApiJson::checkin(*done->checkin, done->checkin->loan.has_value()));
        if (done->checkout) {
            o.insert(QStringLiteral("checkout"), Kiosk::ApiJson::checkout(*done->checkout));
            o.insert(QStringLiteral("card"), done->card);
        }
        return json(o);
    }
    if (resource == QLatin1String("staff-sessions") && method == "POST") {
        Result<StaffAccount> account = Error::failed(QString(), QString());
        {
            QMutexLocker lock(&m_mutex);
            Kiosk::LocalLibrary staffLibrary(m_core, caller, m_options.keyPath, &m_throttle);
            account = staffLibrary.staffSignIn(field("username"), field("password"));
        }
        if (!account.ok())
            return fail(account.error());
        Session s;
        s.station = code;
        s.staff = *account;
        const QString t = openSession(s);
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")},
                     {QStringLiteral("staff_session"), t},
                     {QStringLiteral("account"), Kiosk::ApiJson::staff(*account)}});
    }
    if (resource == QLatin1String("staff-sessions/current") && method == "DELETE") {
        endSession(QString::fromUtf8(r.headers.value(QByteArrayLiteral("x-aksara-staff-session"))).trimmed(), code);
        return json({{QStringLiteral("outcome"), QStringLiteral("ok")}});
    }
    if (resource == QLatin1String("settings/offline-checkout") && method == "PUT") {
        auto staff = session(QString::fromUtf8(r.headers.value(QByteArrayLiteral("x-aksara-staff-session"))).trimmed(), code, true);
        if (!staff)
            return fail(Error::refused(QStringLiteral("kiosk.no_session"), tr("A staff member must sign in at the kiosk first.")));
        Status st = library.setOfflineCheckout(*staff->staff, body.value(QStringLiteral("allowed")).toBool());
        return st.ok() ? json({{QStringLiteral("outcome"), QStringLiteral("ok")}}) : fail(st.error());
    }
    return fail(Error::refused(QStringLiteral("kiosk.no_route"), tr("No such resource: %1 %2").arg(QString::fromLatin1(method), r.path)));
}

void KioskApi::route(HttpFront &http, KioskApi &api)
{
    http.routePrefix(kPrefix, {QByteArrayLiteral("GET"), QByteArrayLiteral("POST"), QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE")},
                     [&api](const HttpRequest &request) { return api.handle(request); });
}

} // namespace Aksara::Server
