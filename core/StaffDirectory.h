#pragma once

#include <QCoreApplication>
#include "core/ServiceCore.h"

namespace Aksara {

struct StaffAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Librarian;
    qint64 branchId = 0;
    bool active = true;
    QString language;
    qint64 lastLoginAt = 0;

    QJsonObject toJson() const;
};

// Staff accounts and logins. Every call is an operation of the "administration" service.
//   create:       right staff.manage; refusals auth.username_taken, auth.bad_username,
//                 auth.weak_password
//   authenticate: no right needed; refusals auth.bad_credentials (unknown user and wrong password
//                 look the same), auth.inactive, auth.locked (after kMaxFailedLogins wrong passwords
//                 in a row; an administrator unlocks by setting a new password)
//   setPassword:  right staff.manage, or the account's own holder
class StaffDirectory {
    Q_DECLARE_TR_FUNCTIONS(Aksara::StaffDirectory)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kMinPasswordLength = 8;

    explicit StaffDirectory(ServiceCore &core) : m_core(core) {}

    Result<StaffAccount> create(const Caller &caller, const QString &username, const QString &displayName, Role role,
                                const QString &password, qint64 branchId = 0);
    Result<StaffAccount> authenticate(const Caller &caller, const QString &username, const QString &password);
    Status setPassword(const Caller &caller, const QString &username, const QString &password);
    Status setActive(const Caller &caller, const QString &username, bool active);
    Result<QList<StaffAccount>> list(const Caller &caller);

    // The caller a logged-in staff member acts as.
    static Caller callerFor(const StaffAccount &account, Channel channel, const QString &station);

private:
    ServiceCore &m_core;
};

} // namespace Aksara
