#pragma once

#include "catalogue/Catalogue.h"
#include "circulation/Types.h"
#include "core/Result.h"
#include "core/StaffDirectory.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Aksara::Kiosk {

// What the kiosk reads of the library's settings (kiosk.settings): "library.name", the address and
// telephone, "card.prefix", the card check scheme, the PIN lengths, "kiosk.offline_checkout"
// (values as stored), its logo and its branches (code -> name, for hold pickup places).
struct KioskSettings {
    QHash<QString, QString> values;
    QByteArray logo;
    QHash<QString, QString> branches;
};

// One request of the offline queue, as sent to the library at replay. A checkout names its patron
// by card and PIN sealed to the library's public key (SealedPin), or, in local mode only, by the
// patron id the library had confirmed before the link dropped.
struct ReplayRequest {
    QString requestId; // the core's idempotency key
    QString kind;      // "checkin" | "checkout"
    QString barcode;
    QString returnBranch; // checkin: where it is received (empty: the item's own branch)
    QString card;         // checkout
    QByteArray sealedPin; // checkout: crypto_box_seal of the PIN to the library's key
    qint64 patronId = 0;  // checkout, local mode only: a patron the library had identified
};

// What a replayed request came to: done (with its result), or the library's error (refusals,
// core.already_applied with details.operation_id, failures).
struct ReplayAnswer {
    qint64 operationId = 0;
    QString card; // checkout: the patron's card as the library knows it
    std::optional<Circulation::CheckinResult> checkin;
    std::optional<Circulation::CheckoutResult> checkout;
};

// Everything the kiosk asks of the library, in one seam. Two implementations:
//   LocalLibrary   the service core in this process (single-machine installs: --db);
//   RemoteLibrary  aksara-server's /api/v1/kiosk over HTTP(S), authenticated by the station's
//                  token: the kiosk holds no database URL or password (--server).
// The session of the patron at the screen lives behind the seam: signIn() starts it (locally: the
// patron is remembered; remotely: the server hands out a short-lived session token bound to this
// station and patron), and borrow, renew, renewAll, account act for that patron only. giveBack
// needs no patron (anyone may return an item); it tells about the loan's fee only when the loan
// was the signed-in patron's own (CheckinResult::loan is set only then).
//
// Errors: refusals with the library's code and a message already worded for the patron where the
// kiosk shows it; failures (the library could not be reached, or failed) are not refusals.
class LibraryApi {
public:
    virtual ~LibraryApi() = default;

    // Now, on the library's clock where it has one (local), else this machine's.
    virtual qint64 nowMs() const = 0;
    // Reachability: ok when the library answers. `releaseOnFailure` drops a broken connection so
    // that the next probe opens a fresh one.
    virtual Status probe() = 0;
    virtual void releaseConnection() {}

    virtual Result<KioskSettings> settings() = 0;

    // --- the patron's session --------------------------------------------------------------
    virtual Result<Circulation::Patron> signIn(const QString &card, const QString &pin) = 0;
    virtual void signOut() = 0;
    virtual Result<Circulation::CheckoutResult> borrow(const QString &barcode, const QString &requestId) = 0;
    virtual Result<Circulation::RenewResult> renew(const QString &barcode, const QString &requestId) = 0;
    virtual Result<QList<Circulation::RenewAllLine>> renewAll(const QString &requestId) = 0;
    virtual Result<Circulation::PatronAccount> account() = 0;

    // --- anyone at the kiosk -----------------------------------------------------------------
    virtual Result<Circulation::CheckinResult> giveBack(const QString &barcode, const QString &returnBranch,
                                                         const QString &requestId) = 0;
    virtual Result<Catalogue::SearchResult> search(const QString &query, int limit) = 0;
    // An item's title (to name a refused scan); empty when unknown.
    virtual Result<QString> itemTitle(const QString &barcode) = 0;

    // --- the offline queue ----------------------------------------------------------------
    // The library's public key (crypto_box, 32 bytes) that queued PINs are sealed to.
    virtual Result<QByteArray> publicKey() = 0;
    virtual Result<ReplayAnswer> replay(const ReplayRequest &request) = 0;

    // --- staff and the station ----------------------------------------------------------------
    // A staff member at the kiosk. Rate-limited (StaffThrottle); never counts towards the
    // account's lockout; kiosk accounts are refused (kiosk.not_staff).
    virtual Result<StaffAccount> staffSignIn(const QString &username, const QString &password) = 0;
    // Forgets the staff member signed in at the kiosk.
    virtual void staffSignOut() {}
    // Allows or forbids borrowing while offline for every kiosk (right rules.manage) as the staff
    // member signed in with staffSignIn.
    virtual Status setOfflineCheckout(const StaffAccount &staff, bool allowed) = 0;
    // The station's heartbeat; refusals station.unknown, station.bad_token, station.retired.
    virtual Status heartbeat() = 0;
};

} // namespace Aksara::Kiosk
