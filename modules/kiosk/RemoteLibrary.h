#pragma once

#include "kiosk/LibraryApi.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace Aksara::Kiosk {

// The kiosk's library through aksara-server's kiosk API (/api/v1/kiosk, server/KioskApi): the
// kiosk holds its station's code and token and the server's address, never a database URL or
// password. Every request carries X-Aksara-Station and Authorization: Bearer TOKEN; the patron's
// calls carry the session token the server gave at sign-in (X-Aksara-Session), bound by the server
// to this station and that patron. HTTP or HTTPS (the system's certificate authorities, or
// `caFile`).
//
// Calls are synchronous for the kiosk's logic: each waits in a local event loop that takes no
// user input (a scan or touch cannot start another call meanwhile) for at most timeoutMs.
// Errors: the server's refusals as they come; kiosk.offline (failed) when it cannot be reached or
// does not answer in time; kiosk.bad_answer when the answer is not the API's JSON.
class RemoteLibrary : public LibraryApi {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::RemoteLibrary)

public:
    struct Options {
        QUrl server;   // http(s)://host:port
        QString station;
        QString token;
        QString caFile; // PEM certificates to trust (empty: the system's)
        int timeoutMs = 8000;
        int probeTimeoutMs = 3000;
        const Clock *clock = nullptr; // null: this machine's
    };

    explicit RemoteLibrary(Options options);
    ~RemoteLibrary() override;

    qint64 nowMs() const override;
    Status probe() override;
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
    void staffSignOut() override;
    Status setOfflineCheckout(const StaffAccount &staff, bool allowed) override;
    Status heartbeat() override;

    // One call of the API (public for tests): `resource` under /api/v1/kiosk/.
    Result<QJsonObject> call(const QByteArray &method, const QString &resource, const QJsonObject &body = {},
                             const QUrlQuery &query = {}, int timeoutMs = 0);

private:
    Options m_options;
    QNetworkAccessManager m_network;
    QString m_session;      // the patron's session token
    qint64 m_patronId = 0;
    QString m_staffSession; // the staff member's at the kiosk
};

} // namespace Aksara::Kiosk
