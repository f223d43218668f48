// aksara sip2 account add|edit|list|enable|disable: the self-check machines' SIP2 accounts.
#include "Cli.h"
#include "Sip2Commands.h"

#include "server/Sip2Accounts.h"

#include <QCoreApplication>

namespace Aksara::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Cli", text);
}

// The account's yes/no settings: option name, and where it goes.
struct Flag {
    const char *option;
    bool Server::Sip2AccountSettings::*member;
};
const Flag kFlags[] = {{"require-patron-password", &Server::Sip2AccountSettings::requirePatronPassword},
                       {"patron-data-without-pin", &Server::Sip2AccountSettings::patronDataWithoutPin},
                       {"own-branch-only", &Server::Sip2AccountSettings::ownBranchOnly},
                       {"may-block-patrons", &Server::Sip2AccountSettings::mayBlockPatrons},
                       {"may-take-payments", &Server::Sip2AccountSettings::mayTakePayments}};

void printAccount(Env &env, const Server::Sip2Account &a, const QString &headline)
{
    if (env.json()) {
        env.printJson(a.toJson());
        return;
    }
    const auto yn = [](bool b) { return b ? tr("yes") : tr("no"); };
    env.out() << headline << "\n";
    env.out() << "  " << tr("institution (AO):") << " " << a.institution << "\n";
    env.out() << "  " << tr("branch:") << " " << (a.branchCode.isEmpty() ? tr("any") : a.branchCode) << "\n";
    env.out() << "  " << tr("patrons must give their PIN:") << " " << yn(a.requirePatronPassword) << "\n";
    env.out() << "  " << tr("patron data without a PIN:") << " " << yn(a.patronDataWithoutPin) << "\n";
    env.out() << "  " << tr("lends only its branch's items:") << " " << yn(a.ownBranchOnly) << "\n";
    env.out() << "  " << tr("may block cards (01):") << " " << yn(a.mayBlockPatrons) << "\n";
    env.out() << "  " << tr("may take payments (37):") << " " << yn(a.mayTakePayments) << "\n";
}

int cmdEdit(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("sip2 account edit takes one LOGIN."));
    Server::Sip2Accounts accounts(env.core());
    auto list = accounts.list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    std::optional<Server::Sip2Account> current;
    for (const auto &a : std::as_const(*list))
        if (a.login == env.args().first())
            current = a;
    if (!current)
        return env.fail(Error::refused(QStringLiteral("sip2.unknown_account"),
                                       tr("There is no SIP2 account \"%1\".").arg(env.args().first())));
    Server::Sip2AccountSettings s = current->settings();
    if (env.isSet(QStringLiteral("institution")))
        s.institution = env.value(QStringLiteral("institution"));
    if (env.isSet(QStringLiteral("branch")) && env.isSet(QStringLiteral("any-branch")))
        return env.usage(tr("give either --branch or --any-branch."));
    if (env.isSet(QStringLiteral("branch")))
        s.branchCode = env.value(QStringLiteral("branch"));
    if (env.isSet(QStringLiteral("any-branch")))
        s.branchCode.clear();
    for (const Flag &f : kFlags) {
        const QString on = QString::fromLatin1(f.option);
        const QString off = QStringLiteral("no-") + on;
        if (env.isSet(on) && env.isSet(off))
            return env.usage(tr("give either --%1 or --%2.").arg(on, off));
        if (env.isSet(on))
            s.*f.member = true;
        if (env.isSet(off))
            s.*f.member = false;
    }
    auto a = accounts.update(env.caller(), current->login, s);
    if (!a.ok())
        return env.fail(a.error());
    printAccount(env, *a, tr("SIP2 account \"%1\" changed.").arg(a->login));
    return Ok;
}

int cmdAdd(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("sip2 account add takes one LOGIN."));
    if (env.value(QStringLiteral("institution")).isEmpty())
        return env.usage(tr("--institution is required (the AO field the machine sends)."));
    QString password = qEnvironmentVariable("AKSARA_NEW_PASSWORD");
    if (password.isEmpty())
        password = Env::readSecret(tr("Password for SIP2 account %1: ").arg(env.args().first()));
    Server::Sip2AccountSettings s;
    s.institution = env.value(QStringLiteral("institution"));
    s.branchCode = env.value(QStringLiteral("branch"));
    for (const Flag &f : kFlags)
        s.*f.member = env.isSet(QString::fromLatin1(f.option));
    Server::Sip2Accounts accounts(env.core());
    auto a = accounts.create(env.caller(), env.args().first(), password, s);
    if (!a.ok())
        return env.fail(a.error());
    printAccount(env, *a, tr("SIP2 account \"%1\" created for institution %2.").arg(a->login, a->institution));
    return Ok;
}

int cmdList(Env &env)
{
    Server::Sip2Accounts accounts(env.core());
    auto list = accounts.list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const auto &x : std::as_const(*list))
            a << x.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const auto &x : std::as_const(*list))
        env.out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(x.login, -16)
                         .arg(x.institution, -16)
                         .arg(x.branchCode, -8)
                         .arg(x.enabled ? tr("enabled") : tr("disabled"));
    return Ok;
}

int cmdEnable(Env &env, bool on)
{
    if (env.args().size() != 1)
        return env.usage(tr("this command takes one LOGIN."));
    Server::Sip2Accounts accounts(env.core());
    if (Status st = accounts.setEnabled(env.caller(), env.args().first(), on); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("login"), env.args().first()}, {QStringLiteral("enabled"), on}});
    else
        env.out() << (on ? tr("SIP2 account \"%1\" enabled.") : tr("SIP2 account \"%1\" disabled.")).arg(env.args().first()) << "\n";
    return Ok;
}

void flagOptions(QCommandLineParser &p, bool withOff)
{
    const std::pair<const char *, QString> help[] = {
        {"require-patron-password", tr("every patron message needs the patron's valid PIN (AD)")},
        {"patron-data-without-pin", tr("patron status/information (23/63) show the card's own data without a PIN")},
        {"own-branch-only", tr("lend and renew only items of the account's branch")},
        {"may-block-patrons", tr("the machine may block cards (01)")},
        {"may-take-payments", tr("the machine may record payments (37)")}};
    for (const auto &[option, text] : help) {
        p.addOption({QString::fromLatin1(option), text});
        if (withOff)
            p.addOption({QStringLiteral("no-") + QString::fromLatin1(option), tr("turn --%1 off").arg(QString::fromLatin1(option))});
    }
}
} // namespace

void registerSip2Commands(Registry &registry)
{
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("add")},
                  tr("create a SIP2 account for a self-check machine (password from AKSARA_NEW_PASSWORD or a prompt)"),
                  QStringLiteral("LOGIN"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("institution"), tr("institution id (AO)"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("branch"), tr("branch code where the machine stands"), QStringLiteral("CODE")});
                      flagOptions(p, false);
                  },
                  cmdAdd});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit")},
                  tr("change a SIP2 account's institution, branch, PIN rule and rights"),
                  QStringLiteral("LOGIN"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("institution"), tr("institution id (AO)"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("branch"), tr("branch code where the machine stands"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("any-branch"), tr("the machine stands at no particular branch")});
                      flagOptions(p, true);
                  },
                  cmdEdit});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("list")}, tr("list SIP2 accounts"), {}, {}, cmdList});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("enable")}, tr("enable a SIP2 account"),
                  QStringLiteral("LOGIN"), {}, [](Env &e) { return cmdEnable(e, true); }});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("disable")}, tr("disable a SIP2 account"),
                  QStringLiteral("LOGIN"), {}, [](Env &e) { return cmdEnable(e, false); }});
}

} // namespace Aksara::Cli
