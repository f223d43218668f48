// aksara sip2 account add|list|enable|disable: the self-check machines' SIP2 accounts.
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

int cmdAdd(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("sip2 account add takes one LOGIN."));
    if (env.value(QStringLiteral("institution")).isEmpty())
        return env.usage(tr("--institution is required (the AO field the machine sends)."));
    QString password = qEnvironmentVariable("AKSARA_NEW_PASSWORD");
    if (password.isEmpty())
        password = Env::readSecret(tr("Password for SIP2 account %1: ").arg(env.args().first()));
    Server::Sip2Accounts accounts(env.core());
    auto a = accounts.create(env.caller(), env.args().first(), password, env.value(QStringLiteral("institution")),
                             env.value(QStringLiteral("branch")), env.isSet(QStringLiteral("require-patron-password")));
    if (!a.ok())
        return env.fail(a.error());
    if (env.json())
        env.printJson(a->toJson());
    else
        env.out() << tr("SIP2 account \"%1\" created for institution %2.").arg(a->login, a->institution) << "\n";
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
} // namespace

void registerSip2Commands(Registry &registry)
{
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("add")},
                  tr("create a SIP2 account for a self-check machine (password from AKSARA_NEW_PASSWORD or a prompt)"),
                  QStringLiteral("LOGIN"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("institution"), tr("institution id (AO)"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("branch"), tr("branch code where the machine stands"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("require-patron-password"), tr("refuse patrons who give no PIN")});
                  },
                  cmdAdd});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("list")}, tr("list SIP2 accounts"), {}, {}, cmdList});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("enable")}, tr("enable a SIP2 account"),
                  QStringLiteral("LOGIN"), {}, [](Env &e) { return cmdEnable(e, true); }});
    registry.add({{QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("disable")}, tr("disable a SIP2 account"),
                  QStringLiteral("LOGIN"), {}, [](Env &e) { return cmdEnable(e, false); }});
}

} // namespace Aksara::Cli
