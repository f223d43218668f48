#pragma once

#include "server/Sip2Accounts.h"
#include "sip2/Sip2Backend.h"

#include "circulation/Types.h"

#include "core/ServiceCore.h"

namespace Aksara::Server {

// SIP2 requests executed by the library: each request is an operation of the sip2 service (its
// latency is the SIP2 service's), and what it does to the library is done by nested operations of
// the circulation module on channel sip2 — the same rules, refusal reasons, fees, holds and
// blocks as at the desk. A business refusal is the nested operation's outcome and the machine's
// negative answer with the reasons in the screen message (in the patron's language); the SIP2
// exchange itself worked. Single-threaded: the server's event loop handles one request at a time.
class Sip2LibraryBackend : public Sip2::Backend {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::Sip2LibraryBackend)

public:
    explicit Sip2LibraryBackend(ServiceCore &core) : m_core(core)
    {
        // Made now, not at the first unknown login (which would then take twice as long).
        (void)Sip2Accounts::dummyHash();
    }

    QString libraryName() override;
    QByteArray timeZone() override;
    qint64 nowMs() override { return m_core.clock().nowMs(); }
    std::function<bool()> loginCheck(const QString &user, const QString &password) override;
    Result<Sip2::Account> login(const QString &user, bool passwordOk, const QString &location) override;
    PinCheck pinCheck(const QString &card, const QString &pin) override;
    void pinChecked(const QString &card, const QString &pin, const QString &storedHash, bool ok) override;
    Sip2::PatronInfo patron(const Sip2::Account &a, const QString &card, const QString &password, bool withPassword) override;
    Sip2::CirculationResult checkout(const Sip2::Account &a, const QString &card, const QString &password, const QString &item,
                                     bool feeAcknowledged, bool noBlock, qint64 nbDueMs) override;
    Sip2::CirculationResult checkin(const Sip2::Account &a, const QString &item, qint64 returnedAtMs, const QString &location,
                                    bool noBlock) override;
    Sip2::ItemInfo item(const Sip2::Account &a, const QString &item) override;
    Sip2::CirculationResult renew(const Sip2::Account &a, const QString &card, const QString &password, const QString &item) override;
    Sip2::RenewAllResult renewAll(const Sip2::Account &a, const QString &card, const QString &password) override;
    bool endSession(const Sip2::Account &a, const QString &card, const QString &password, QString *message) override;
    Sip2::FeePaidResult feePaid(const Sip2::Account &a, const QString &card, const QString &password, qint64 amount,
                                const QString &feeId, const QString &transactionId) override;
    Sip2::HoldResult hold(const Sip2::Account &a, QChar mode, const QString &card, const QString &password, const QString &item,
                          const QString &pickup) override;
    Sip2::PatronInfo block(const Sip2::Account &a, const QString &card, bool cardRetained, const QString &message) override;

    // The password check of logins and of patron PINs checked ahead (PasswordHash::verify unless a
    // test counts or holds the calls).
    void setVerifier(Sip2Accounts::Verifier verifier) { m_verifier = std::move(verifier); }

private:
    Caller callerOf(const Sip2::Account &a) const;
    // Runs `work` as the sip2 operation `operation`; a Failed error inside fails it (and is logged),
    // anything else is an answer. Returns the operation's status: see mustHangUp().
    Status inOperation(const Sip2::Account &a, const QString &operation, const QString &subject, bool writes,
                     const std::function<Status(OperationContext &)> &work);
    // True when the operation (or its record) could not be stored: a storage failure. The result
    // is then hangUp (no answer, the connection closed) whatever the work had filled in.
    static bool mustHangUp(const Status &st);
    // The patron's language ("id"/"en") for the screen messages, "" when the card is unknown.
    QString languageOf(Database &db, const QString &card);
    // Checks the patron's password (PIN) when the machine sent one or the account requires it. A
    // wrong PIN counts towards the card's lock as at the kiosk. The problem is told in the same
    // words whether the card exists or not.
    // *verified: the patron's PIN was given and right.
    std::optional<QString> passwordProblem(const Sip2::Account &a, const QString &card, const QString &password, bool *verified);
    // With own_branch_only: a refusal when the item belongs to another branch.
    std::optional<QString> otherBranch(OperationContext &ctx, const Sip2::Account &a, const QString &item);
    static QString noPatronData();
    // Patrons::authenticate, with the PIN check given back by pinChecked() when it is for this
    // card, PIN and stored hash.
    Result<Circulation::Patron> authenticate(const Sip2::Account &a, const QString &card, const QString &pin);

    ServiceCore &m_core;
    QHash<qint64, Sip2Account> m_accounts; // as read at each account's last login
    Sip2Accounts::Verifier m_verifier;
    // The last PIN check done ahead (a pure function of the hash and the PIN, so it may answer any
    // later request with the same card, PIN and hash).
    struct PinChecked {
        QString card;
        QString pin;
        QString storedHash;
        bool ok = false;
    };
    std::optional<PinChecked> m_pinChecked;
};

} // namespace Aksara::Server
