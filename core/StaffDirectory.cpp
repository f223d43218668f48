#include "core/StaffDirectory.h"

#include "core/PasswordHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QRegularExpression>

namespace Aksara {

namespace {

const QString kColumns =
    QStringLiteral("id, username, display_name, role, COALESCE(branch_id, 0), active, language, COALESCE(last_login_at, 0)");

StaffAccount accountFrom(const Query &q)
{
    StaffAccount a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    parseRole(q.value(3).toString(), &a.role);
    a.branchId = q.value(4).toLongLong();
    a.active = q.value(5).toInt() != 0;
    a.language = q.value(6).toString();
    a.lastLoginAt = q.value(7).toLongLong();
    return a;
}

Result<std::optional<std::pair<StaffAccount, QString>>> findWithHash(Database &db, const QString &username)
{
    auto q = db.exec(QStringLiteral("SELECT %1, password_hash FROM staff WHERE username = ?").arg(kColumns), {username});
    if (!q.ok())
        return q.error();
    std::optional<std::pair<StaffAccount, QString>> out;
    if (q->next())
        out.emplace(accountFrom(*q), q->value(8).toString());
    q->finish();
    return out;
}

// A hash to verify against when the user does not exist, so that "no such user" and "wrong
// password" take the same time and cannot be told apart.
const QString &dummyHash()
{
    static const QString h = [] {
        auto r = PasswordHash::hash(QStringLiteral("aksara-dummy-password"));
        return r.ok() ? *r : QString();
    }();
    return h;
}
} // namespace

QJsonObject StaffAccount::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("active"), active},
            {QStringLiteral("last_login_at"),
             lastLoginAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(lastLoginAt, Qt::UTC).toString(Qt::ISODate))
                         : QJsonValue()}};
}

Caller StaffDirectory::callerFor(const StaffAccount &account, Channel channel, const QString &station)
{
    Caller c = Caller::staff(channel, account.id, account.username, account.role, station);
    c.language = account.language;
    return c;
}

Result<StaffAccount> StaffDirectory::create(const Caller &caller, const QString &username, const QString &displayName,
                                            Role role, const QString &password, qint64 branchId)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    const OperationSpec spec{Services::Administration, QStringLiteral("staff.create"), Rights::StaffManage, username};
    // Hash before the transaction: Argon2id is deliberately slow and must not hold the write lock.
    Result<QString> hashed = password.size() >= kMinPasswordLength ? PasswordHash::hash(password) : QString();
    return m_core.execute<StaffAccount>(caller, spec, [&](OperationContext &ctx) -> Result<StaffAccount> {
        if (!valid.match(username).hasMatch())
            return Error::refused(QStringLiteral("auth.bad_username"),
                                  tr("A user name is 1 to 64 lower-case letters, digits, '.', '_' or '-'."));
        if (password.size() < kMinPasswordLength)
            return Error::refused(QStringLiteral("auth.weak_password"),
                                  tr("A password needs at least %1 characters.").arg(kMinPasswordLength));
        if (!hashed.ok())
            return hashed.error();
        auto existing = ctx.db().scalar(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), {username});
        if (!existing.ok())
            return existing.error();
        if (!existing->isNull())
            return Error::refused(QStringLiteral("auth.username_taken"),
                                  tr("There is already a staff account \"%1\".").arg(username));
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO staff (username, display_name, password_hash, role, "
                                              "branch_id, created_at, created_op, updated_op) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {username, displayName.isEmpty() ? username : displayName, *hashed, roleName(role),
                                branchId > 0 ? QVariant(branchId) : QVariant(QMetaType::fromType<qlonglong>()),
                                ctx.nowMs(), ctx.operationId(), ctx.operationId()});
        if (!q.ok())
            return q.error();
        q->next();
        StaffAccount a;
        a.id = q->value(0).toLongLong();
        q->finish();
        a.username = username;
        a.displayName = displayName.isEmpty() ? username : displayName;
        a.role = role;
        a.branchId = branchId;
        a.language = QStringLiteral("id");
        ctx.setDetail(QStringLiteral("role"), roleName(role));
        return a;
    });
}

Result<StaffAccount> StaffDirectory::authenticate(const Caller &caller, const QString &username,
                                                  const QString &password)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("staff.login"), QString(), username};
    // The slow hash check runs before the write transaction.
    auto found = findWithHash(m_core.db(), username);
    bool passwordOk = false;
    if (found.ok() && found->has_value())
        passwordOk = PasswordHash::verify((*found)->second, password);
    else
        (void)PasswordHash::verify(dummyHash(), password);

    return m_core.execute<StaffAccount>(caller, spec, [&](OperationContext &ctx) -> Result<StaffAccount> {
        if (!found.ok())
            return found.error();
        const Error badCredentials = Error::refused(QStringLiteral("auth.bad_credentials"),
                                                    tr("Unknown user name or wrong password."));
        if (!found->has_value())
            return badCredentials;
        StaffAccount account = (*found)->first;
        if (!account.active)
            return Error::refused(QStringLiteral("auth.inactive"), tr("The account \"%1\" is disabled.").arg(username));
        // Repeated wrong passwords lock the account. The count comes from the operation log itself:
        // the most recent login attempts for this user since the last password change.
        auto q = ctx.db().exec(QStringLiteral("SELECT operation, outcome, error_code FROM operations WHERE subject = ? "
                                              "AND service = 'administration' AND operation IN ('staff.login', "
                                              "'staff.set_password') ORDER BY seq DESC LIMIT ?"),
                               {username, kMaxFailedLogins});
        if (!q.ok())
            return q.error();
        int consecutiveFailures = 0;
        while (q->next()) {
            const QString code = q->value(2).toString();
            if (q->value(0).toString() == QLatin1String("staff.login")
                && (code == QLatin1String("auth.bad_credentials") || code == QLatin1String("auth.locked")))
                ++consecutiveFailures;
            else
                break;
        }
        q->finish();
        if (consecutiveFailures >= kMaxFailedLogins)
            return Error::refused(QStringLiteral("auth.locked"),
                                  tr("The account \"%1\" is locked after %2 wrong passwords; an administrator must "
                                     "set a new password.")
                                      .arg(username)
                                      .arg(kMaxFailedLogins));
        if (!passwordOk)
            return badCredentials;
        auto upd = ctx.db().exec(QStringLiteral("UPDATE staff SET last_login_at = ?, updated_op = ? WHERE id = ?"),
                                 {ctx.nowMs(), ctx.operationId(), account.id});
        if (!upd.ok())
            return upd.error();
        account.lastLoginAt = ctx.nowMs();
        return account;
    });
}

Status StaffDirectory::setPassword(const Caller &caller, const QString &username, const QString &password)
{
    const bool self = caller.actor == QStringLiteral("staff:") + username;
    const OperationSpec spec{Services::Administration, QStringLiteral("staff.set_password"),
                             self ? QString() : Rights::StaffManage, username};
    Result<QString> hashed = password.size() >= kMinPasswordLength ? PasswordHash::hash(password) : QString();
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        if (password.size() < kMinPasswordLength)
            return Error::refused(QStringLiteral("auth.weak_password"),
                                  tr("A password needs at least %1 characters.").arg(kMinPasswordLength));
        if (!hashed.ok())
            return hashed.error();
        auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET password_hash = ?, updated_op = ? WHERE username = ? "
                                              "RETURNING id"),
                               {*hashed, ctx.operationId(), username});
        if (!q.ok())
            return q.error();
        const bool found = q->next();
        q->finish();
        if (!found)
            return Error::refused(QStringLiteral("auth.unknown_staff"), tr("There is no staff account \"%1\".").arg(username));
        return {};
    });
}

Status StaffDirectory::setActive(const Caller &caller, const QString &username, bool active)
{
    const OperationSpec spec{Services::Administration,
                             active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"),
                             Rights::StaffManage, username};
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET active = ?, updated_op = ? WHERE username = ? RETURNING id"),
                               {active ? 1 : 0, ctx.operationId(), username});
        if (!q.ok())
            return q.error();
        const bool found = q->next();
        q->finish();
        if (!found)
            return Error::refused(QStringLiteral("auth.unknown_staff"), tr("There is no staff account \"%1\".").arg(username));
        return {};
    });
}

Result<QList<StaffAccount>> StaffDirectory::list(const Caller &caller)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("staff.list"), Rights::StaffManage, {}, false};
    return m_core.execute<QList<StaffAccount>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<StaffAccount>> {
        auto q = ctx.db().exec(QStringLiteral("SELECT %1 FROM staff ORDER BY username").arg(kColumns));
        if (!q.ok())
            return q.error();
        QList<StaffAccount> out;
        while (q->next())
            out << accountFrom(*q);
        q->finish();
        return out;
    });
}

} // namespace Aksara
