#pragma once

#include "kiosk/LibraryApi.h"
#include "kiosk/SealedPin.h"
#include "kiosk/StaffThrottle.h"

#include "core/ServiceCore.h"

#include <QCoreApplication>

#include <optional>

namespace Aksara::Kiosk {

// The kiosk's library in this process: the service core on the library's database (a
// single-machine install, `aksara-kiosk --db`). The kiosk account's caller (role kiosk, channel
// kiosk, its station) asks; the signed-in patron's actions are made with Caller::patronId set to
// that patron and actor "patron:<card>", so circulation refuses anything on another account.
//
// The same class serves aksara-server's kiosk API (server/KioskApi): there one LocalLibrary is
// made per request for the station and the patron of the request's session token, so the rules
// are the same code in both modes.
//
// Key pair (SealedPin): `keyPath`; empty: beside the SQLite database (LIBRARY.kiosk-key), or
// kiosk.key in the kiosk's configuration folder for a PostgreSQL URL (a local-mode kiosk holds
// the database anyway; a kiosk on its own machine runs in remote mode).
class LocalLibrary : public LibraryApi {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::LocalLibrary)

public:
    // `kiosk`: the kiosk account's caller. `throttle`: the staff sign-in throttle to use (owned by
    // the caller, e.g. the server's, one for all requests); null: one of its own.
    LocalLibrary(ServiceCore &core, Caller kiosk, QString keyPath = {}, StaffThrottle *throttle = nullptr);
    ~LocalLibrary() override;

    // The default key file for a database: LIBRARY.kiosk-key beside an SQLite file, else kiosk.key
    // in this program's configuration folder.
    static QString defaultKeyPath(const Database &db);

    const Caller &kioskCaller() const { return m_kiosk; }
    // Acts for a patron the library identified (the server, for a session token's patron).
    void setPatron(qint64 patronId, const QString &card, const QString &language);
    qint64 patronId() const { return m_patronId; }
    // The key pair (created when missing); the server opens sealed PINs with it.
    Result<SealedPin::KeyPair> keys();

    qint64 nowMs() const override;
    Status probe() override;
    void releaseConnection() override;
    Result<KioskSettings> settings() override;
    Result<Circulation::Patron> signIn(const QString &card, const QString &pin) override;
    void signOut() override;
    Result<Circulation::CheckoutResult> borrow(const QString &barcode, const QString &requestId) override;
    Result<Circulation::RenewResult> renew(const QString &barcode, const QString &requestId) override;
    Result<QList<Circulation::RenewAllLine>> renewAll(const QString &requestId) override;
    Result<Circulation::PatronAccount> account() override;
    Result<Circulation::CheckinResult> giveBack(const QString &barcode, const QString &returnBranch,
                                                 const QString &requestId) override;
    Result<Catalogue::SearchResult> search(const QString &query, int limit) override;
    Result<QString> itemTitle(const QString &barcode) override;
    Result<QByteArray> publicKey() override;
    Result<ReplayAnswer> replay(const ReplayRequest &request) override;
    Result<StaffAccount> staffSignIn(const QString &username, const QString &password) override;
    Status setOfflineCheckout(const StaffAccount &staff, bool allowed) override;
    Status heartbeat() override;

    // For the station's heartbeat (Stations::heartbeat checks the token).
    void setStationToken(const QString &token) { m_stationToken = token; }

private:
    Caller patronCaller() const;
    Error notSignedIn() const;

    ServiceCore &m_core;
    Caller m_kiosk;
    QString m_keyPath;
    std::optional<SealedPin::KeyPair> m_keys;
    std::unique_ptr<StaffThrottle> m_ownThrottle;
    StaffThrottle *m_throttle;
    QString m_stationToken;
    qint64 m_patronId = 0;
    QString m_card;
    QString m_language;
};

} // namespace Aksara::Kiosk
