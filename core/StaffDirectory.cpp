#include "core/StaffDirectory.h"

#include "core/PasswordHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QRegularExpression>

namespace Aksara {

namespace {

const QString kColumns = QStringLiteral("s.id, s.username, s.display_name, s.role, COALESCE(s.branch_id, 0), s.active, "
                                        "s.language, COALESCE(s.last_login_at, 0), COALESCE(b.code, '')");
const QString kFrom = QStringLiteral(" FROM staff s LEFT JOIN branches b ON b.id = s.branch_id");

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
    a.branchCode = q.value(8).toString();
    return a;
}

Result<std::optional<std::pair<StaffAccount, QString>>> findWithHash(Database &db, const QString &username)
{
    auto q = db.exec(QStringLiteral("SELECT %1, s.password_hash%2 WHERE s.username = ?").arg(kColumns, kFrom), {username});
    if (!q.ok())
        return q.error();
    std::optional<std::pair<StaffAccount, QString>> out;
    if (q->next())
        out.emplace(accountFrom(*q), q->value(9).toString());
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

// Wrong passwords in a row: the account's latest login attempts that were refused for a wrong
// password (or for the lock itself), back to its last password change or unlock. Only a change or
// unlock that was carried out counts: a refused one (a stranger without the right) unlocks nothing.
Result<int> failuresInARow(Database &db, const QString &username)
{
    auto q = db.exec(QStringLiteral("SELECT operation, error_code FROM operations WHERE subject = ? AND service = "
                                    "'administration' AND (operation = 'staff.login' OR (operation IN "
                                    "('staff.set_password', 'staff.unlock') AND outcome = 'ok')) "
                                    "ORDER BY seq DESC LIMIT ?"),
                     {username, StaffDirectory::kMaxFailedLogins});
    if (!q.ok())
        return q.error();
    int failures = 0;
    while (q->next()) {
        const QString code = q->value(1).toString();
        if (q->value(0).toString() == QLatin1String("staff.login")
            && (code == QLatin1String("auth.bad_credentials") || code == QLatin1String("auth.locked")))
            ++failures;
        else
            break;
    }
    q->finish();
    return failures;
}

Result<std::optional<StaffAccount>> findAccount(Database &db, const QString &username)
{
    auto q = db.exec(QStringLiteral("SELECT %1%2 WHERE s.username = ?").arg(kColumns, kFrom), {username});
    if (!q.ok())
        return q.error();
    std::optional<StaffAccount> out;
    if (q->next())
        out = accountFrom(*q);
    q->finish();
    return out;
}

// Whether an account may stop being an active administrator: not when it is the last one.
Status keepsAnAdministrator(Database &db, const StaffAccount &account)
{
    if (account.role != Role::Admin || !account.active)
        return {};
    // On PostgreSQL the active administrators are locked, so that two of them demoting each other
    // at the same moment cannot both pass this check (SQLite's write lock already serialises it).
    auto q = db.exec(QStringLiteral("SELECT id FROM staff WHERE role = 'admin' AND active = 1 AND id <> ?")
                         + (db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                     {account.id});
    if (!q.ok())
        return q.error();
    const bool others = q->next();
    q->finish();
    if (others)
        return {};
    return Error::refused(QStringLiteral("auth.last_admin"),
                          StaffDirectory::tr("\"%1\" is the last active administrator account; the library would have "
                                             "no administrator left. Make another account an administrator first.")
                              .arg(account.username));
}

Error unknownStaff(const QString &username)
{
    return Error::refused(QStringLiteral("auth.unknown_staff"),
                          StaffDirectory::tr("There is no staff account \"%1\".").arg(username));
}

Result<qint64> branchIdOf(Database &db, const QString &code)
{
    auto b = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {code.trimmed()});
    if (!b.ok())
        return b.error();
    if (b->isNull())
        return Error::refused(QStringLiteral("auth.unknown_branch"),
                              StaffDirectory::tr("There is no branch \"%1\".").arg(code.trimmed()));
    return b->toLongLong();
}
} // namespace

QJsonObject StaffAccount::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("branch"), branchCode.isEmpty() ? QJsonValue() : QJsonValue(branchCode)},
            {QStringLiteral("active"), active},
            {QStringLiteral("locked"), locked},
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
    return createAccount(caller, username, displayName, role, password, branchId, {});
}

Result<StaffAccount> StaffDirectory::create(const Caller &caller, const QString &username, const QString &displayName,
                                            Role role, const QString &password, const QString &branchCode)
{
    return createAccount(caller, username, displayName, role, password, 0, branchCode);
}

Result<StaffAccount> StaffDirectory::createAccount(const Caller &caller, const QString &username,
                                                   const QString &displayName, Role role, const QString &password,
                                                   qint64 branchId, const QString &branchCode)
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
        if (!branchCode.trimmed().isEmpty()) {
            auto b = branchIdOf(ctx.db(), branchCode);
            if (!b.ok())
                return b.error();
            branchId = *b;
        }
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
        a.branchCode = branchCode.trimmed();
        a.language = QStringLiteral("id");
        ctx.setDetail(QStringLiteral("role"), roleName(role));
        return a;
    });
}

Result<StaffAccount> StaffDirectory::authenticate(const Caller &caller, const QString &username,
                                                  const QString &password)
{
    return login(caller, QStringLiteral("staff.login"), username, password);
}

Result<StaffAccount> StaffDirectory::authenticateAtKiosk(const Caller &caller, const QString &username,
                                                         const QString &password)
{
    // Its own operation name: failuresInARow counts staff.login only, so a wrong password here
    // neither adds to the account's lockout nor ends a streak of the desk's.
    return login(caller, QStringLiteral("staff.login_kiosk"), username, password);
}

Result<StaffAccount> StaffDirectory::login(const Caller &caller, const QString &operation, const QString &username,
                                           const QString &password)
{
    const OperationSpec spec{Services::Administration, operation, QString(), username};
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
        // Repeated wrong passwords lock the account (counted from the operation log itself).
        auto failures = failuresInARow(ctx.db(), username);
        if (!failures.ok())
            return failures.error();
        const int consecutiveFailures = *failures;
        if (consecutiveFailures >= kMaxFailedLogins)
            return Error::refused(QStringLiteral("auth.locked"),
                                  tr("The account \"%1\" is locked after %2 wrong passwords; an administrator must "
                                     "unlock it or set a new password.")
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
            return unknownStaff(username);
        return {};
    });
}

Status StaffDirectory::change(const Caller &caller, const QString &operation, const QString &username,
                              const std::function<Status(OperationContext &, const StaffAccount &)> &work)
{
    const OperationSpec spec{Services::Administration, operation, Rights::StaffManage, username};
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        auto found = findAccount(ctx.db(), username);
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return unknownStaff(username);
        return work(ctx, **found);
    });
}

Status StaffDirectory::setActive(const Caller &caller, const QString &username, bool active)
{
    return change(caller, active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"), username,
                  [&](OperationContext &ctx, const StaffAccount &account) -> Status {
                      if (!active) {
                          if (Status st = keepsAnAdministrator(ctx.db(), account); !st.ok())
                              return st;
                      }
                      auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET active = ?, updated_op = ? WHERE id = ?"),
                                             {active ? 1 : 0, ctx.operationId(), account.id});
                      if (!q.ok())
                          return q.error();
                      return {};
                  });
}

Status StaffDirectory::setRole(const Caller &caller, const QString &username, Role role)
{
    return change(caller, QStringLiteral("staff.set_role"), username,
                  [&](OperationContext &ctx, const StaffAccount &account) -> Status {
                      if (role != Role::Admin) {
                          if (Status st = keepsAnAdministrator(ctx.db(), account); !st.ok())
                              return st;
                      }
                      auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET role = ?, updated_op = ? WHERE id = ?"),
                                             {roleName(role), ctx.operationId(), account.id});
                      if (!q.ok())
                          return q.error();
                      ctx.setDetail(QStringLiteral("from"), roleName(account.role));
                      ctx.setDetail(QStringLiteral("to"), roleName(role));
                      return {};
                  });
}

Status StaffDirectory::setBranch(const Caller &caller, const QString &username, const QString &branchCode)
{
    return change(caller, QStringLiteral("staff.set_branch"), username,
                  [&](OperationContext &ctx, const StaffAccount &account) -> Status {
                      QVariant branch(QMetaType::fromType<qlonglong>());
                      if (!branchCode.trimmed().isEmpty()) {
                          auto b = branchIdOf(ctx.db(), branchCode);
                          if (!b.ok())
                              return b.error();
                          branch = *b;
                      }
                      auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET branch_id = ?, updated_op = ? WHERE id = ?"),
                                             {branch, ctx.operationId(), account.id});
                      if (!q.ok())
                          return q.error();
                      ctx.setDetail(QStringLiteral("from"), account.branchCode.isEmpty() ? QJsonValue() : QJsonValue(account.branchCode));
                      ctx.setDetail(QStringLiteral("to"), branchCode.trimmed().isEmpty() ? QJsonValue() : QJsonValue(branchCode.trimmed()));
                      return {};
                  });
}

Status StaffDirectory::unlock(const Caller &caller, const QString &username)
{
    // The operation record itself is what unlocks: the count of wrong passwords stops at it.
    return change(caller, QStringLiteral("staff.unlock"), username,
                  [&](OperationContext &ctx, const StaffAccount &account) -> Status {
                      auto failures = failuresInARow(ctx.db(), account.username);
                      if (!failures.ok())
                          return failures.error();
                      if (*failures < kMaxFailedLogins)
                          return Error::refused(QStringLiteral("auth.not_locked"),
                                                tr("The account \"%1\" is not locked.").arg(account.username));
                      auto q = ctx.db().exec(QStringLiteral("UPDATE staff SET updated_op = ? WHERE id = ?"),
                                             {ctx.operationId(), account.id});
                      if (!q.ok())
                          return q.error();
                      return {};
                  });
}

Result<QList<StaffAccount>> StaffDirectory::list(const Caller &caller)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("staff.list"), Rights::StaffManage, {}, false};
    return m_core.execute<QList<StaffAccount>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<StaffAccount>> {
        auto q = ctx.db().exec(QStringLiteral("SELECT %1%2 ORDER BY s.username").arg(kColumns, kFrom));
        if (!q.ok())
            return q.error();
        QList<StaffAccount> out;
        while (q->next())
            out << accountFrom(*q);
        q->finish();
        for (StaffAccount &a : out) {
            auto failures = failuresInARow(ctx.db(), a.username);
            if (!failures.ok())
                return failures.error();
            a.locked = *failures >= kMaxFailedLogins;
        }
        return out;
    });
}

} // namespace Aksara
