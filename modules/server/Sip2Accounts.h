#pragma once

#include "core/ServiceCore.h"

namespace Aksara::Server {

struct Sip2Account {
    qint64 id = 0;
    QString login;
    QString institution;
    QString branchCode;
    bool requirePatronPassword = false;
    bool enabled = true;
    QJsonObject toJson() const;
};

// The self-check machines' SIP2 accounts. Creating and changing them are administration
// operations (right staff.manage); a machine's login is a sip2 operation ("login") whose refusal
// sip2.bad_login does not say whether the login or the password was wrong.
class Sip2Accounts {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::Sip2Accounts)

public:
    explicit Sip2Accounts(ServiceCore &core) : m_core(core) {}
    // Refusals: sip2.bad_login_name, sip2.weak_password, sip2.login_taken, sip2.unknown_branch.
    Result<Sip2Account> create(const Caller &caller, const QString &login, const QString &password,
                               const QString &institution, const QString &branchCode, bool requirePatronPassword);
    Status setEnabled(const Caller &caller, const QString &login, bool enabled);
    Result<QList<Sip2Account>> list(const Caller &caller);
    Result<Sip2Account> login(const QString &login, const QString &password, const QString &location);

    // The caller a machine acts as: staff-like rights to lend, return, renew, hold, take fees and
    // look patrons up (never to override a rule or change a patron).
    static Caller callerFor(const Sip2Account &account);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Server
