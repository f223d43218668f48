#pragma once

#include "kiosk/KioskTypes.h"
#include "kiosk/LibraryApi.h"
#include "kiosk/LibraryLink.h"
#include "kiosk/OfflineQueue.h"
#include "kiosk/Replayer.h"

#include "catalogue/Catalogue.h"
#include "circulation/CardNumber.h"
#include "circulation/Types.h"
#include "core/StaffDirectory.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Aksara::Shell {
class StationBeacon;
}

namespace Aksara::Kiosk {

struct KioskOptions {
    QString station;       // the kiosk's station code (request ids, operation records, heartbeats)
    QString stationToken;  // for heartbeats
    bool heartbeats = true; // sends heartbeats as `station` (a registered station code)
    QString returnBranch;  // branch code where returns are received; empty: each item's own branch
    int idleMs = 60000;        // no touch for this long: "are you still there?"
    int idleWarningMs = 15000; // then this long: the screen is wiped and the patron's session ends
    int linkOnlineIntervalMs = 5000;
    int linkOfflineIntervalMs = 3000;
    int heartbeatSeconds = 60;
    int keepFinishedDays = 30; // settled queue entries are kept this long for the staff view
};

// The kiosk, without its window: the library link, the offline queue and its replay, and the
// session of the patron at the screen. Every action is one call here and ends in an outcome the
// window shows as it is (KioskTypes.h); the window holds no rules of its own.
//
// Who acts. Everything the kiosk asks of the library goes through one seam, LibraryApi: locally
// (LocalLibrary, a single-machine install) the kiosk runs as a staff account of role kiosk
// (rights selfservice and catalogue search); remotely (RemoteLibrary) it asks aksara-server's
// kiosk API as its station, with the station's token, and holds no database credentials. Either
// way the patron's own actions are made with Caller::patronId set to the patron and actor
// "patron:<card>", so circulation refuses anything on another patron's account (remotely the
// server enforces it: docs/kiosk.md). Returns need no identification (anyone may drop a book in
// the return slot); what the kiosk says about a return never names its borrower.
//
// Offline. When the library cannot be reached (LibraryLink), returns are still accepted: each
// return is written to the durable queue *before* the patron is told anything, then sent at once
// when the library is there, or replayed when it comes back. Borrowing while offline is allowed
// only when the library's setting kiosk.offline_checkout is "yes" (last value read from the
// library, remembered in the queue file); the patron then identifies with card and PIN as usual,
// the kiosk checks only the card's check digit and the PIN's form, and the library checks the PIN
// at replay (see Replayer). The PIN is kept only sealed to the library's public key (SealedPin). Everything else (account, renewals, search) needs the library.
//
// Idle. Between beginInteraction() (someone left the welcome page) and endInteraction(), a
// period of idleMs without noteActivity() emits idleWarning() with a countdown; idleWarningMs
// more and the patron's session ends (everything of the patron is forgotten) and wiped() is
// emitted so the window returns to its welcome page.
//
// Thread affinity: the GUI thread (the thread that owns the database connection it uses).
class KioskSession : public QObject {
    Q_OBJECT
public:
    // The queue file is opened (or created) at `queuePath`.
    static Result<std::unique_ptr<KioskSession>> create(std::unique_ptr<LibraryApi> api, const QString &queuePath,
                                                        const KioskOptions &options = {});
    // Local mode: the service core in this process, as the kiosk account `kiosk` (LocalLibrary;
    // `keyPath` is its key file for sealed PINs, empty: beside the SQLite database).
    static Result<std::unique_ptr<KioskSession>> create(ServiceCore &core, const Caller &kiosk, const QString &queuePath,
                                                        const KioskOptions &options = {}, const QString &keyPath = {});
    ~KioskSession() override;

    // Checks the link, reads the library's kiosk settings, replays what is pending, starts the
    // heartbeats and the periodic link checks.
    void start();

    LibraryApi &api() const { return *m_api; }
    // Now, on the library's clock (local mode) or this machine's.
    qint64 nowMs() const { return m_api->nowMs(); }
    LibraryLink &link() { return m_link; }
    OfflineQueue &queue() { return *m_queue; }
    const KioskOptions &options() const { return m_options; }
    bool online() const { return m_link.online(); }

    // The library's settings as last read (remembered for when it cannot be reached).
    QString libraryName() const { return m_libraryName; }
    QByteArray libraryLogo() const { return m_libraryLogo; }
    // How long a PIN is: "4 to 8", or "6" when the library asks for one length.
    QString pinLengthText() const;
    int pinMinLength() const { return m_pinMinLength; }
    int pinMaxLength() const { return m_pinMaxLength; }
    bool offlineCheckoutAllowed() const { return m_offlineCheckout; }
    // Branch code -> name (for hold pickup places).
    const QHash<QString, QString> &branchNames() const { return m_branchNames; }
    Status refreshSettings();

    // --- the patron -----------------------------------------------------------------------
    // What was typed or scanned as a card number, tidied; digits alone get the library's card
    // prefix (the keypad has no letters) when that makes a good number, and are otherwise kept as
    // they are (an old system's member number, a "legacy" card: docs/migration.md).
    QString normalizeCard(const QString &typed) const;
    // Without asking the library: a number of the library's own shape (its prefix, then digits) must
    // have the right check digit; any other must be able to be a legacy number
    // (circulation.bad_card_number).
    Status checkCard(const QString &typed) const;
    // Card + PIN. Online: checked by the library (wrong PINs count towards the lockout). Offline:
    // only where borrowing offline is allowed. Refusals carry patron-worded messages.
    Result<PatronView> signIn(const QString &card, const QString &pin);
    bool signedIn() const { return !m_patron.card.isEmpty(); }
    const PatronView &patron() const { return m_patron; }
    // Ends the patron's session: the kiosk forgets the patron, the account it showed and any PIN.
    void signOut();

    BorrowOutcome borrow(const QString &barcode);
    ReturnOutcome returnItem(const QString &barcode);
    RenewOutcome renew(const QString &barcode);
    QList<RenewOutcome> renewAll();
    // The receipt of the patron's session: what was borrowed (with due dates), returned and
    // renewed since the patron signed in, done or kept for the library; empty when nothing was.
    // Plain text in a fixed width for a receipt printer. Forgotten with the session.
    QString receiptText() const;
    bool hasReceipt() const { return !m_receipt.isEmpty(); }
    // The signed-in patron's own loans, holds and open fees, fresh from the library.
    Result<Circulation::PatronAccount> account();
    // The catalogue (anyone at the kiosk): titles with their copies and where they stand.
    Result<Catalogue::SearchResult> search(const QString &query, int limit = 20);

    // --- idle -----------------------------------------------------------------------------
    void beginInteraction();
    void noteActivity();
    void endInteraction();
    bool interacting() const { return m_interacting; }
    bool idleWarningShown() const { return m_warning; }

    // --- staff ----------------------------------------------------------------------------
    // A staff member's user name and password, checked by the library. Kiosk accounts are refused
    // (kiosk.not_staff); so is every sign-in while the library cannot be reached (kiosk.offline).
    // After StaffThrottle::kFreeFailures wrong tries a growing wait (kiosk.staff_wait); wrong
    // passwords here never count towards the account's lockout.
    Result<StaffAccount> staffSignIn(const QString &username, const QString &password);
    void staffSignOut() { m_api->staffSignOut(); }
    // Sends what is pending now (when online) and reports each request's result.
    QList<ReplayLine> replayNow();
    Result<QList<QueuedRequest>> queueReport(int limit = 200);
    int pendingCount();
    // What the supervisor sees of this kiosk: empty when heartbeats are sent and accepted,
    // otherwise why not (translated).
    QString heartbeatProblem() const;
    // Allows or forbids borrowing while offline for every kiosk of the library: an administration
    // operation (right rules.manage) that writes the setting and a standard change record.
    Status setOfflineCheckout(const StaffAccount &staff, bool allowed);

signals:
    void onlineChanged(bool online);
    void receiptChanged(bool hasReceipt);
    void idleWarning(int secondsLeft);
    void idleCancelled();
    void wiped();
    void replayed(const QList<Aksara::Kiosk::ReplayLine> &lines);
    void queueChanged(int pending);
    void settingsChanged();

private:
    struct ReceiptLine {
        enum class Kind { Borrowed, Returned, Renewed } kind;
        QString barcode;
        QString title;
        QDate dueDate;
        bool queued = false;
    };
    void addToReceipt(ReceiptLine::Kind kind, Verdict outcome, const QString &barcode, const QString &title, const QDate &due);
    BorrowOutcome borrowNow(const QString &barcode);
    ReturnOutcome returnNow(const QString &barcode);
    RenewOutcome renewNow(const QString &barcode);
    QList<RenewOutcome> renewAllNow();
    QList<ReceiptLine> m_receipt;
    qint64 m_receiptStartedMs = 0;

    KioskSession(std::unique_ptr<LibraryApi> api, std::unique_ptr<OfflineQueue> queue, KioskOptions options);
    // Seals what older queue files kept in clear, once the library's key is known.
    void sealOldPins();
    QString newRequestId() const;
    void handleFailure(const Error &error);
    void wentOffline();
    void cameBack();
    void updateBeacon();
    void loadRememberedSettings();
    void idleExpired();
    void warningTick();
    void wipe();
    ReturnOutcome returnOutcomeOf(const ReplayLine &line, const QString &barcode);
    // An item's title, to name a refused scan (empty when unknown or offline).
    QString titleOf(const QString &barcode);

    std::unique_ptr<LibraryApi> m_api;
    std::unique_ptr<OfflineQueue> m_queue;
    KioskOptions m_options;
    LibraryLink m_link;
    Replayer m_replayer;
    std::unique_ptr<Shell::StationBeacon> m_beacon;
    bool m_started = false;
    bool m_replaying = false;

    QString m_libraryName;
    QString m_libraryAddress;
    QString m_libraryPhone;
    QByteArray m_libraryLogo;
    QString m_cardPrefix = QStringLiteral("AKS");
    Circulation::CardNumber::Check m_cardCheck = Circulation::CardNumber::Check::Luhn;
    int m_pinMinLength = 4;
    int m_pinMaxLength = 8;
    bool m_offlineCheckout = false;
    QHash<QString, QString> m_branchNames;

    PatronView m_patron;
    QByteArray m_publicKey; // the library's, for sealing PINs (remembered)
    QByteArray m_sealedPin; // the patron's PIN sealed to it, while the patron is at the screen
    QString m_sessionId;    // groups a patron's offline checkouts
    QStringList m_ownLoans; // barcodes the patron has on loan (to word "already yours" refusals)

    QTimer m_idleTimer;
    QTimer m_warningTimer;
    bool m_interacting = false;
    bool m_warning = false;
    int m_warningLeftMs = 0;
};

} // namespace Aksara::Kiosk
