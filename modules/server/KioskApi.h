#pragma once

#include "core/ServiceCore.h"
#include "core/StaffDirectory.h"
#include "kiosk/StaffThrottle.h"
#include "server/Http.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrlQuery>

#include <optional>


namespace Aksara::Server {

class HttpFront;

// The kiosk API of aksara-server: /api/v1/kiosk/..., JSON over HTTP(S), so that a kiosk in a
// public hall holds no database URL or password (docs/kiosk.md "The kiosk API").
//
// Who asks. Every request carries its station's code and token (X-Aksara-Station: CODE,
// Authorization: Bearer TOKEN) of a registered, not retired station of kind kiosk (Stations::
// authenticate). No token, a wrong one or another kind: 401/403 and no data. The station acts as
// "station:CODE" with the rights of role kiosk (selfservice, catalogue search), channel kiosk.
//
// The patron. POST sessions with card and PIN (checked by Patrons::authenticate: wrong PINs
// count towards the card's lockout as at the desk) returns a session token (X-Aksara-Session)
// bound to that station and that patron, kept in this server's memory: it ends after 10 minutes
// unused, 2 hours at most, at DELETE sessions/current, when the station signs in another patron,
// and when the server restarts. Loans, renewals and the account act with Caller::patronId = the
// session's patron and the card of the session: a request cannot name another patron at all,
// and a session token used from another station is refused (401). Returns need no session (with
// one, the return of the patron's own loan tells its fee). Search is the station's.
//
// Staff. POST staff-sessions (user name, password) at a kiosk is rate-limited per station
// (StaffThrottle) and never counts towards the account's lockout (operation staff.login_kiosk);
// kiosk accounts are refused. Its staff session token (X-Aksara-Staff-Session) allows what the
// kiosk's staff page does (PUT settings/offline-checkout, right rules.manage), with the staff
// member's own rights.
//
// The offline queue. GET key gives the public key (crypto_box) that queued PINs are sealed to;
// POST replay sends one queued request with its request id: the core applies it at most once
// (core.already_applied with details.operation_id when it was). A checkout's sealed PIN is opened
// here with the server's secret key (--kiosk-key, 0600) and checked like a sign-in.
//
// Answers: 200 with the result; errors {"outcome": "refused"|"failed", "code", "message"} in the
// language of ?lang= or Accept-Language (id, en): 400 bad request, 401 no/bad station or session
// token, 403 not allowed, 404 no such route, 409 refused by a rule, 413 body over 16 KiB, 429
// staff sign-in must wait, 503 the library failed.
class KioskApi {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::KioskApi)

public:
    struct Options {
        QString keyPath;                    // the key pair's file (SealedPin)
        qint64 sessionIdleMs = 10 * 60000;  // a patron's session ends after this long unused
        qint64 sessionMaxMs = 2 * 3600000;  // and after this long in any case
        int maxBodyBytes = 16 * 1024;
    };

    KioskApi(ServiceCore &core, Options options);

    // Reads (or creates) the key pair: call at start, so that a bad key file stops the server.
    Status prepare();
    HttpResponse handle(const HttpRequest &request);

    // Routes /api/v1/kiosk/... of `http` to `api`.
    static void route(HttpFront &http, KioskApi &api);
    // Where the key is kept by default: beside the configuration file when there is one, else
    // beside an SQLite database, else in the server user's configuration folder.
    static QString defaultKeyPath(const QString &configPath, const QString &dbPath);

    int sessionCount() const;

private:
    struct Session {
        QString station;
        qint64 patronId = 0;
        QString card;
        QString language;
        std::optional<StaffAccount> staff; // a staff session
        qint64 createdAt = 0;
        qint64 usedAt = 0;
    };
    std::optional<Session> session(const QString &token, const QString &station, bool staff);
    QString openSession(Session s);
    void endSession(const QString &token, const QString &station);

    ServiceCore &m_core;
    Options m_options;
    mutable QMutex m_mutex; // sessions and the throttle
    QHash<QString, Session> m_sessions;
    Kiosk::StaffThrottle m_throttle;
};

} // namespace Aksara::Server
