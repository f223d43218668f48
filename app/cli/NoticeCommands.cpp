// aksara notices scan|list|send|retry: the notices to patrons and their delivery.
#include "NoticeCommands.h"

#include "notices/Notices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QJsonArray>

#include <unistd.h>

namespace Aksara::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Cli", text);
}

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int cmdScan(Env &env)
{
    auto r = Notices::Notices(env.core()).scan(env.caller());
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    env.out() << tr("%1 new notices: %2 overdue, %3 hold ready, %4 hold expiring, %5 membership expiring.")
                     .arg(r->total())
                     .arg(r->overdue)
                     .arg(r->holdReady)
                     .arg(r->holdExpiring)
                     .arg(r->membershipExpiring)
              << "\n";
    return Ok;
}

int cmdList(Env &env)
{
    Notices::ListFilter filter;
    filter.state = env.value(QStringLiteral("state"));
    if (env.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = env.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return env.usage(tr("--limit takes a whole number."));
    }
    if (env.isSet(QStringLiteral("card"))) {
        auto id = env.db().scalar(QStringLiteral("SELECT id FROM patrons WHERE card_number = ?"), {env.value(QStringLiteral("card"))});
        if (!id.ok())
            return env.fail(id.error());
        if (id->isNull())
            return env.fail(Error::refused(QStringLiteral("circulation.unknown_patron"),
                                           tr("There is no patron with the card number %1.").arg(env.value(QStringLiteral("card")))));
        filter.patronId = id->toLongLong();
    }
    auto list = Notices::Notices(env.core()).list(env.caller(), filter);
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const auto &d : std::as_const(*list))
            a << d.toJson();
        env.printJson(QJsonObject{{QStringLiteral("notices"), a}});
        return Ok;
    }
    if (list->isEmpty()) {
        env.out() << tr("No notices.") << "\n";
        return Ok;
    }
    for (const auto &d : std::as_const(*list)) {
        env.out() << d.id << "  " << d.kind << "  " << d.card << "  " << d.state << "  "
                  << (d.channel.isEmpty() ? QStringLiteral("-") : d.channel + QLatin1Char(':') + d.address) << "  "
                  << tr("attempts %1").arg(d.attempts) << "  "
                  << (d.state == QLatin1String("sent") ? tr("sent %1").arg(when(d.sentAt)) : tr("next %1").arg(when(d.nextAttemptAt)));
        if (!d.errorCode.isEmpty())
            env.out() << "  " << d.errorCode << ": " << d.error;
        env.out() << "\n";
    }
    return Ok;
}

int cmdSend(Env &env)
{
    int max = 500;
    if (env.isSet(QStringLiteral("max"))) {
        bool ok = false;
        max = env.value(QStringLiteral("max")).toInt(&ok);
        if (!ok || max < 1)
            return env.usage(tr("--max takes a whole number from 1."));
    }
    if (!env.isSet(QStringLiteral("no-scan"))) {
        auto scanned = Notices::Notices(env.core()).scan(env.caller());
        if (!scanned.ok())
            return env.fail(scanned.error());
    }
    Notices::Sender sender(env.core(), QStringLiteral("cli:%1:%2").arg(QHostInfo::localHostName()).arg(::getpid()));
    auto r = sender.sendDue(env.caller(), max);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return r->failed ? Failure : Ok;
    }
    env.out() << tr("%1 sent, %2 failed (retried later; see aksara notices list --state failed), %3 unconfirmed.")
                     .arg(r->sent)
                     .arg(r->failed)
                     .arg(r->unconfirmed)
              << "\n";
    return r->failed ? Failure : Ok;
}

int cmdRetry(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("notices retry takes one notice ID."));
    bool ok = false;
    const qint64 id = env.args().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return env.usage(tr("A notice ID is a whole number, not \"%1\".").arg(env.args().first()));
    auto d = Notices::Notices(env.core()).retry(env.caller(), id);
    if (!d.ok())
        return env.fail(d.error());
    if (env.json())
        env.printJson(d->toJson());
    else
        env.out() << tr("Notice %1 is queued again; aksara-server (or aksara notices send) sends it.").arg(id) << "\n";
    return Ok;
}
} // namespace

void registerNoticeCommands(Registry &registry)
{
    registry.add({{QStringLiteral("notices"), QStringLiteral("scan")},
                  tr("queue the notices due now (overdue, hold ready, hold expiring, membership expiring)"),
                  {},
                  {},
                  cmdScan});
    registry.add({{QStringLiteral("notices"), QStringLiteral("list")},
                  tr("notices to patrons and their delivery state, newest first"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("state"), tr("only queued, sending, sent, failed or unconfirmed"), QStringLiteral("STATE")});
                      p.addOption({QStringLiteral("card"), tr("only this patron's"), QStringLiteral("CARD")});
                      p.addOption({QStringLiteral("limit"), tr("how many (default 50)"), QStringLiteral("N")});
                  },
                  cmdList});
    registry.add({{QStringLiteral("notices"), QStringLiteral("send")},
                  tr("queue the notices due now and send them once (exit 1 if any attempt failed)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("max"), tr("at most this many attempts (default 500)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("no-scan"), tr("only send what is already queued")});
                  },
                  cmdSend});
    registry.add({{QStringLiteral("notices"), QStringLiteral("retry")},
                  tr("queue a failed or unconfirmed notice again"),
                  QStringLiteral("ID"),
                  {},
                  cmdRetry});
}

} // namespace Aksara::Cli
