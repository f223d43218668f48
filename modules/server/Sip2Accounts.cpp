#include "server/Sip2Accounts.h"

#include "core/PasswordHash.h"

#include <QRegularExpression>

namespace Aksara::Server {

namespace {
const QString kSelect = QStringLiteral("SELECT a.id, a.login, a.institution, COALESCE(b.code, ''), a.require_patron_password, "
                                       "a.enabled, a.password_hash FROM sip2_accounts a LEFT JOIN branches b ON b.id = a.branch_id");

Sip2Account accountFrom(const Query &q)
{
    Sip2Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.institution = q.value(2).toString();
    a.branchCode = q.value(3).toString();
    a.requirePatronPassword = q.value(4).toInt() != 0;
    a.enabled = q.value(5).toInt() != 0;
    return a;
}
} // namespace

QJsonObject Sip2Account::toJson() const
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("require_patron_password"), requirePatronPassword},
            {QStringLiteral("enabled"), enabled}};
}

Caller Sip2Accounts::callerFor(const Sip2Account &account)
{
    Caller c;
    c.channel = Channel::Sip2;
    c.actor = QStringLiteral("sip2:") + account.login;
    c.station = account.login;
    c.rights = {Rights::Checkout,      Rights::Checkin,         Rights::Renew,           Rights::HoldsManage,
                Rights::FeesCollect,   Rights::PatronManage,    Rights::CatalogueSearch, Rights::CollectionLookup};
    return c;
}

Result<Sip2Account> Sip2Accounts::create(const Caller &caller, const QString &login, const QString &password,
                                         const QString &institution, const QString &branchCode, bool requirePatronPassword)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    Result<QString> hashed = password.size() >= 8 ? PasswordHash::hash(password) : QString();
    return m_core.execute<Sip2Account>(
        caller, {Services::Administration, QStringLiteral("sip2.account.create"), Rights::StaffManage, login},
        [&](OperationContext &ctx) -> Result<Sip2Account> {
            if (!valid.match(login).hasMatch() || login.contains(QLatin1Char('|')))
                return Error::refused(QStringLiteral("sip2.bad_login_name"),
                                      tr("A SIP2 login is 1 to 64 letters, digits, '.', '_' or '-'."));
            if (password.size() < 8)
                return Error::refused(QStringLiteral("sip2.weak_password"), tr("A SIP2 password needs at least 8 characters."));
            if (!hashed.ok())
                return hashed.error();
            QVariant branch(QMetaType::fromType<qlonglong>());
            if (!branchCode.isEmpty()) {
                auto b = ctx.db().scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {branchCode});
                if (!b.ok())
                    return b.error();
                if (b->isNull())
                    return Error::refused(QStringLiteral("sip2.unknown_branch"), tr("There is no branch \"%1\".").arg(branchCode));
                branch = *b;
            }
            auto taken = ctx.db().scalar(QStringLiteral("SELECT 1 FROM sip2_accounts WHERE login = ?"), {login});
            if (!taken.ok())
                return taken.error();
            if (!taken->isNull())
                return Error::refused(QStringLiteral("sip2.login_taken"), tr("There is already a SIP2 account \"%1\".").arg(login));
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO sip2_accounts (login, password_hash, institution, branch_id, "
                                                  "require_patron_password, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {login, *hashed, institution, branch, requirePatronPassword ? 1 : 0, ctx.operationId(),
                                    ctx.operationId()});
            if (!q.ok())
                return q.error();
            Sip2Account a;
            a.login = login;
            a.institution = institution;
            a.branchCode = branchCode;
            a.requirePatronPassword = requirePatronPassword;
            return a;
        });
}

Status Sip2Accounts::setEnabled(const Caller &caller, const QString &login, bool enabled)
{
    return m_core.run(caller,
                      {Services::Administration, enabled ? QStringLiteral("sip2.account.enable") : QStringLiteral("sip2.account.disable"),
                       Rights::StaffManage, login},
                      [&](OperationContext &ctx) -> Status {
                          auto q = ctx.db().exec(QStringLiteral("UPDATE sip2_accounts SET enabled = ?, updated_op = ? WHERE login = ? "
                                                                "RETURNING id"),
                                                 {enabled ? 1 : 0, ctx.operationId(), login});
                          if (!q.ok())
                              return q.error();
                          const bool found = q->next();
                          q->finish();
                          if (!found)
                              return Error::refused(QStringLiteral("sip2.unknown_account"), tr("There is no SIP2 account \"%1\".").arg(login));
                          return {};
                      });
}

Result<QList<Sip2Account>> Sip2Accounts::list(const Caller &caller)
{
    return m_core.execute<QList<Sip2Account>>(
        caller, {Services::Administration, QStringLiteral("sip2.account.list"), Rights::StaffManage, {}, false},
        [&](OperationContext &ctx) -> Result<QList<Sip2Account>> {
            auto q = ctx.db().exec(kSelect + QStringLiteral(" ORDER BY a.login"));
            if (!q.ok())
                return q.error();
            QList<Sip2Account> out;
            while (q->next())
                out << accountFrom(*q);
            q->finish();
            return out;
        });
}

Result<Sip2Account> Sip2Accounts::login(const QString &login, const QString &password, const QString &location)
{
    // Read and check the hash before the operation: Argon2id is deliberately slow.
    std::optional<std::pair<Sip2Account, QString>> found;
    {
        auto q = m_core.db().exec(kSelect + QStringLiteral(" WHERE a.login = ?"), {login});
        if (q.ok() && q->next())
            found.emplace(accountFrom(*q), q->value(6).toString());
        if (q.ok())
            q->finish();
    }
    const bool passwordOk = found && PasswordHash::verify(found->second, password);
    Caller machine;
    machine.channel = Channel::Sip2;
    machine.actor = QStringLiteral("sip2:") + (login.isEmpty() ? QStringLiteral("?") : login.left(64));
    machine.station = location.left(64);
    return m_core.execute<Sip2Account>(machine, {Services::Sip2, QStringLiteral("login"), {}, login.left(64), false},
                                       [&](OperationContext &) -> Result<Sip2Account> {
                                           if (!found || !passwordOk || !found->first.enabled)
                                               return Error::refused(QStringLiteral("sip2.bad_login"),
                                                                     tr("Unknown SIP2 login or wrong password."));
                                           return found->first;
                                       });
}

} // namespace Aksara::Server
