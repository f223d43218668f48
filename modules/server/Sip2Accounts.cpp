#include "server/Sip2Accounts.h"

#include "core/PasswordHash.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Aksara::Server {

namespace {
const QString kSelect = QStringLiteral("SELECT a.id, a.login, a.institution, COALESCE(b.code, ''), a.require_patron_password, "
                                       "a.enabled, a.password_hash, a.patron_data_without_pin, a.own_branch_only, "
                                       "a.may_block_patrons, a.may_take_payments FROM sip2_accounts a LEFT JOIN branches b ON "
                                       "b.id = a.branch_id");

Sip2Account accountFrom(const Query &q)
{
    Sip2Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.institution = q.value(2).toString();
    a.branchCode = q.value(3).toString();
    a.requirePatronPassword = q.value(4).toInt() != 0;
    a.enabled = q.value(5).toInt() != 0;
    a.patronDataWithoutPin = q.value(7).toInt() != 0;
    a.ownBranchOnly = q.value(8).toInt() != 0;
    a.mayBlockPatrons = q.value(9).toInt() != 0;
    a.mayTakePayments = q.value(10).toInt() != 0;
    return a;
}

Sip2Account withSettings(Sip2Account a, const Sip2AccountSettings &s)
{
    a.institution = s.institution.trimmed();
    a.branchCode = s.branchCode;
    a.requirePatronPassword = s.requirePatronPassword;
    a.patronDataWithoutPin = s.patronDataWithoutPin;
    a.ownBranchOnly = s.ownBranchOnly;
    a.mayBlockPatrons = s.mayBlockPatrons;
    a.mayTakePayments = s.mayTakePayments;
    return a;
}
} // namespace

Sip2AccountSettings Sip2Account::settings() const
{
    Sip2AccountSettings s;
    s.institution = institution;
    s.branchCode = branchCode;
    s.requirePatronPassword = requirePatronPassword;
    s.patronDataWithoutPin = patronDataWithoutPin;
    s.ownBranchOnly = ownBranchOnly;
    s.mayBlockPatrons = mayBlockPatrons;
    s.mayTakePayments = mayTakePayments;
    return s;
}

QJsonObject Sip2Account::toJson() const
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("require_patron_password"), requirePatronPassword},
            {QStringLiteral("patron_data_without_pin"), patronDataWithoutPin},
            {QStringLiteral("own_branch_only"), ownBranchOnly},
            {QStringLiteral("may_block_patrons"), mayBlockPatrons},
            {QStringLiteral("may_take_payments"), mayTakePayments},
            {QStringLiteral("enabled"), enabled}};
}

Caller Sip2Accounts::callerFor(const Sip2Account &account)
{
    Caller c;
    c.channel = Channel::Sip2;
    c.actor = QStringLiteral("sip2:") + account.login;
    c.station = account.login;
    // patron.manage: to read a patron's account (what the machine may show is the SIP2 backend's
    // decision) and, only when granted, to block a card.
    c.rights = {Rights::Checkout,     Rights::Checkin,         Rights::Renew,           Rights::HoldsManage,
                Rights::PatronManage, Rights::CatalogueSearch, Rights::CollectionLookup};
    if (account.mayTakePayments)
        c.rights.insert(Rights::FeesCollect);
    return c;
}

Result<Sip2Account> Sip2Accounts::create(const Caller &caller, const QString &login, const QString &password,
                                         const QString &institution, const QString &branchCode, bool requirePatronPassword)
{
    Sip2AccountSettings s;
    s.institution = institution;
    s.branchCode = branchCode;
    s.requirePatronPassword = requirePatronPassword;
    return create(caller, login, password, s);
}

namespace {
// The branch's id for a code ("" = any branch: NULL), or the refusal.
Result<QVariant> branchId(Database &db, const QString &branchCode)
{
    QVariant branch(QMetaType::fromType<qlonglong>());
    if (branchCode.isEmpty())
        return branch;
    auto b = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {branchCode});
    if (!b.ok())
        return b.error();
    if (b->isNull())
        return Error::refused(QStringLiteral("sip2.unknown_branch"),
                              QCoreApplication::translate("Aksara::Server::Sip2Accounts", "There is no branch \"%1\".").arg(branchCode));
    return *b;
}
} // namespace

Result<Sip2Account> Sip2Accounts::create(const Caller &caller, const QString &login, const QString &password,
                                         const Sip2AccountSettings &settings)
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
            if (settings.institution.trimmed().isEmpty())
                return Error::refused(QStringLiteral("sip2.no_institution"),
                                      tr("Give the institution id the machine sends (AO)."));
            if (settings.ownBranchOnly && settings.branchCode.isEmpty())
                return Error::refused(QStringLiteral("sip2.own_branch_needs_branch"),
                                      tr("An account that lends only its own branch's items needs a branch."));
            if (!hashed.ok())
                return hashed.error();
            auto branch = branchId(ctx.db(), settings.branchCode);
            if (!branch.ok())
                return branch.error();
            auto taken = ctx.db().scalar(QStringLiteral("SELECT 1 FROM sip2_accounts WHERE login = ?"), {login});
            if (!taken.ok())
                return taken.error();
            if (!taken->isNull())
                return Error::refused(QStringLiteral("sip2.login_taken"), tr("There is already a SIP2 account \"%1\".").arg(login));
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO sip2_accounts (login, password_hash, institution, branch_id, "
                                                  "require_patron_password, patron_data_without_pin, own_branch_only, "
                                                  "may_block_patrons, may_take_payments, created_op, updated_op) VALUES (?, ?, ?, "
                                                  "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                   {login, *hashed, settings.institution.trimmed(), *branch, settings.requirePatronPassword ? 1 : 0,
                                    settings.patronDataWithoutPin ? 1 : 0, settings.ownBranchOnly ? 1 : 0,
                                    settings.mayBlockPatrons ? 1 : 0, settings.mayTakePayments ? 1 : 0, ctx.operationId(),
                                    ctx.operationId()});
            if (!q.ok())
                return q.error();
            Sip2Account a;
            if (q->next())
                a.id = q->value(0).toLongLong();
            q->finish();
            a.login = login;
            return withSettings(a, settings);
        });
}

Result<Sip2Account> Sip2Accounts::update(const Caller &caller, const QString &login, const Sip2AccountSettings &settings)
{
    return m_core.execute<Sip2Account>(
        caller, {Services::Administration, QStringLiteral("sip2.account.edit"), Rights::StaffManage, login},
        [&](OperationContext &ctx) -> Result<Sip2Account> {
            auto q = ctx.db().exec(kSelect + QStringLiteral(" WHERE a.login = ?"), {login});
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::refused(QStringLiteral("sip2.unknown_account"), tr("There is no SIP2 account \"%1\".").arg(login));
            const Sip2Account before = accountFrom(*q);
            q->finish();
            if (settings.institution.trimmed().isEmpty())
                return Error::refused(QStringLiteral("sip2.no_institution"),
                                      tr("Give the institution id the machine sends (AO)."));
            if (settings.ownBranchOnly && settings.branchCode.isEmpty())
                return Error::refused(QStringLiteral("sip2.own_branch_needs_branch"),
                                      tr("An account that lends only its own branch's items needs a branch."));
            auto branch = branchId(ctx.db(), settings.branchCode);
            if (!branch.ok())
                return branch.error();
            auto u = ctx.db().exec(QStringLiteral("UPDATE sip2_accounts SET institution = ?, branch_id = ?, "
                                                  "require_patron_password = ?, patron_data_without_pin = ?, own_branch_only = ?, "
                                                  "may_block_patrons = ?, may_take_payments = ?, updated_op = ? WHERE id = ?"),
                                   {settings.institution.trimmed(), *branch, settings.requirePatronPassword ? 1 : 0,
                                    settings.patronDataWithoutPin ? 1 : 0, settings.ownBranchOnly ? 1 : 0,
                                    settings.mayBlockPatrons ? 1 : 0, settings.mayTakePayments ? 1 : 0, ctx.operationId(),
                                    before.id});
            if (!u.ok())
                return u.error();
            u->finish();
            return withSettings(before, settings);
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

const QString &Sip2Accounts::dummyHash()
{
    // Made with PasswordHash::hash, so with the same Argon2id parameters as every real hash.
    static const QString h = [] {
        auto r = PasswordHash::hash(QStringLiteral("not-a-sip2-password"));
        return r.ok() ? *r : QString();
    }();
    return h;
}

QString Sip2Accounts::storedHash(const QString &login)
{
    auto q = m_core.db().exec(QStringLiteral("SELECT password_hash FROM sip2_accounts WHERE login = ?"), {login});
    QString hash;
    if (q.ok() && q->next())
        hash = q->value(0).toString();
    if (q.ok())
        q->finish();
    return hash.isEmpty() ? dummyHash() : hash;
}

Result<Sip2Account> Sip2Accounts::completeLogin(const QString &login, const QString &location, bool passwordOk)
{
    std::optional<Sip2Account> found;
    {
        auto q = m_core.db().exec(kSelect + QStringLiteral(" WHERE a.login = ?"), {login});
        if (q.ok() && q->next())
            found = accountFrom(*q);
        if (q.ok())
            q->finish();
    }
    Caller machine;
    machine.channel = Channel::Sip2;
    machine.actor = QStringLiteral("sip2:") + (login.isEmpty() ? QStringLiteral("?") : login.left(64));
    machine.station = location.left(64);
    // Not logged in yet: a refused login is recorded in aggregate per login name, location and
    // minute (the backend does not see the machine's address).
    machine.anonymous = true;
    machine.source = machine.station;
    return m_core.execute<Sip2Account>(machine, {Services::Sip2, QStringLiteral("login"), {}, login.left(64), false},
                                       [&](OperationContext &) -> Result<Sip2Account> {
                                           if (!found || !passwordOk || !found->enabled)
                                               return Error::refused(QStringLiteral("sip2.bad_login"),
                                                                     tr("Unknown SIP2 login or wrong password."));
                                           return *found;
                                       });
}

Result<Sip2Account> Sip2Accounts::login(const QString &login, const QString &password, const QString &location)
{
    // Argon2id is deliberately slow: checked before the operation, and against a dummy hash for an
    // unknown login so that both cost the same.
    const bool passwordOk = PasswordHash::verify(storedHash(login), password);
    return completeLogin(login, location, passwordOk);
}

} // namespace Aksara::Server
