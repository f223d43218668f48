#pragma once

#include <QCoreApplication>
#include "core/ServiceCore.h"

#include <functional>

namespace Aksara {

struct StaffAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Librarian;
    qint64 branchId = 0;
    QString branchCode; // empty: no branch of its own
    bool active = true;
    QString language;
    qint64 lastLoginAt = 0;
    // Locked after kMaxFailedLogins wrong passwords in a row (as known when it was read).
    bool locked = false;

    QJsonObject toJson() const;
};

// Staff accounts and logins. Every call is an operation of the "administration" service.
//   create:       right staff.manage; refusals auth.username_taken, auth.bad_username,
//                 auth.weak_password, auth.unknown_branch (a branch given by code)
//   authenticate: no right needed; refusals auth.bad_credentials (unknown user and wrong password
//                 look the same), auth.inactive, auth.locked (after kMaxFailedLogins wrong passwords
//                 in a row; an administrator unlocks the account, or sets a new password)
//   setPassword:  right staff.manage, or the account's own holder; also unlocks the account
//   unlock:       right staff.manage; refusals auth.unknown_staff, auth.not_locked
//   setRole, setActive, setBranch: right staff.manage; refusals auth.unknown_staff,
//                 auth.unknown_branch (setBranch), auth.last_admin (setRole away from admin and
//                 disabling, when the account is the last active administrator: the library
//                 would have none left)
// The lock is counted from the operation log itself (the account's latest logins since its last
// password change or unlock), so it needs no column and cannot be reset around the core.
class StaffDirectory {
    Q_DECLARE_TR_FUNCTIONS(Aksara::StaffDirectory)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kMinPasswordLength = 8;

    explicit StaffDirectory(ServiceCore &core) : m_core(core) {}

    Result<StaffAccount> create(const Caller &caller, const QString &username, const QString &displayName, Role role,
                                const QString &password, qint64 branchId = 0);
    // The same with the branch by its code (empty: none).
    Result<StaffAccount> create(const Caller &caller, const QString &username, const QString &displayName, Role role,
                                const QString &password, const QString &branchCode);
    Result<StaffAccount> authenticate(const Caller &caller, const QString &username, const QString &password);
    // The same for a staff member at a public kiosk (operation staff.login_kiosk): a locked account
    // is still refused, but a wrong password here never counts towards the lockout, so nobody at a
    // kiosk can lock an account (the kiosk rate-limits these tries instead, Kiosk::StaffThrottle).
    Result<StaffAccount> authenticateAtKiosk(const Caller &caller, const QString &username, const QString &password);
    Status setPassword(const Caller &caller, const QString &username, const QString &password);
    Status setActive(const Caller &caller, const QString &username, bool active);
    Status setRole(const Caller &caller, const QString &username, Role role);
    // A branch code, or empty for none.
    Status setBranch(const Caller &caller, const QString &username, const QString &branchCode);
    Status unlock(const Caller &caller, const QString &username);
    Result<QList<StaffAccount>> list(const Caller &caller);

    // The caller a logged-in staff member acts as.
    static Caller callerFor(const StaffAccount &account, Channel channel, const QString &station);

private:
    Result<StaffAccount> login(const Caller &caller, const QString &operation, const QString &username,
                               const QString &password);
    Result<StaffAccount> createAccount(const Caller &caller, const QString &username, const QString &displayName, Role role,
                                       const QString &password, qint64 branchId, const QString &branchCode);
    // Runs `work` on the account as an operation (right staff.manage); refuses auth.unknown_staff.
    Status change(const Caller &caller, const QString &operation, const QString &username,
                  const std::function<Status(OperationContext &, const StaffAccount &)> &work);

    ServiceCore &m_core;
};

} // namespace Aksara
