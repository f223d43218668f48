#pragma once

#include "core/ServiceCore.h"

#include <functional>

namespace Aksara::Server {

// What an administrator decides for a SIP2 account. Every right beyond lending, returning,
// renewing and holds is off unless granted.
struct Sip2AccountSettings {
    QString institution;                // AO: the only institution the account may speak for
    QString branchCode;                 // where the machine stands ("" = any branch)
    bool requirePatronPassword = false; // every patron message needs the patron's valid PIN (AD)
    bool patronDataWithoutPin = false;  // 23/63 send the card's own patron data without a PIN
    bool ownBranchOnly = false;         // lend and renew only items of the account's branch
    bool mayBlockPatrons = false;       // block patron (01)
    bool mayTakePayments = false;       // fee paid (37)
};

struct Sip2Account {
    qint64 id = 0;
    QString login;
    QString institution;
    QString branchCode;
    bool requirePatronPassword = false;
    bool patronDataWithoutPin = false;
    bool ownBranchOnly = false;
    bool mayBlockPatrons = false;
    bool mayTakePayments = false;
    bool enabled = true;
    Sip2AccountSettings settings() const;
    QJsonObject toJson() const;
};

// The self-check machines' SIP2 accounts. Creating and changing them are administration
// operations (right staff.manage); a machine's login is a sip2 operation ("login") whose refusal
// sip2.bad_login does not say whether the login or the password was wrong.
class Sip2Accounts {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::Sip2Accounts)

public:
    // Checks a password against a stored Argon2id hash (PasswordHash::verify by default; tests
    // count the calls). Called from any thread; touches no database.
    using Verifier = std::function<bool(const QString &storedHash, const QString &password)>;

    explicit Sip2Accounts(ServiceCore &core) : m_core(core) {}
    // Refusals: sip2.bad_login_name, sip2.weak_password, sip2.login_taken, sip2.unknown_branch,
    // sip2.no_institution, sip2.own_branch_needs_branch.
    Result<Sip2Account> create(const Caller &caller, const QString &login, const QString &password,
                               const Sip2AccountSettings &settings);
    Result<Sip2Account> create(const Caller &caller, const QString &login, const QString &password,
                               const QString &institution, const QString &branchCode, bool requirePatronPassword);
    // Changes everything but the login and the password. Refusals: sip2.unknown_account,
    // sip2.unknown_branch, sip2.no_institution, sip2.own_branch_needs_branch.
    Result<Sip2Account> update(const Caller &caller, const QString &login, const Sip2AccountSettings &settings);
    Status setEnabled(const Caller &caller, const QString &login, bool enabled);
    Result<QList<Sip2Account>> list(const Caller &caller);
    Result<Sip2Account> login(const QString &login, const QString &password, const QString &location);

    // A login in two steps, so that the slow step can run on another thread:
    //  1. storedHash(): the account's hash, or for an unknown login a dummy Argon2id hash made with
    //     the same parameters, so that an unknown login costs the same verification as a wrong
    //     password (fast, reads the database);
    //  2. the caller verifies the password against it (slow, any thread);
    //  3. completeLogin(): records the login operation and gives the account when the password was
    //     right and the account is enabled (fast, reads the database).
    QString storedHash(const QString &login);
    Result<Sip2Account> completeLogin(const QString &login, const QString &location, bool passwordOk);
    // The dummy hash of step 1 (made once per process).
    static const QString &dummyHash();

    // The caller a machine acts as: staff-like rights to lend, return, renew, hold and look
    // patrons up (never to override a rule or change a patron); taking fees and blocking cards
    // only when the account was granted them.
    static Caller callerFor(const Sip2Account &account);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Server
