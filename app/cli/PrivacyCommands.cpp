// aksara patron consent|export|erase|scrub and aksara privacy access-report: patrons' personal
// data under UU PDP (docs/privacy.md).
#include "Cli.h"
#include "PrivacyCommands.h"

#include "circulation/PatronPrivacy.h"

#include "core/OperationLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Aksara::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Cli", text);
}

int cmdConsent(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("patron consent takes one CARD."));
    Circulation::Consent c;
    c.purposes = env.value(QStringLiteral("purpose"));
    c.noticeVersion = env.value(QStringLiteral("notice-version"));
    c.guardianName = env.value(QStringLiteral("guardian"));
    if (env.isSet(QStringLiteral("date"))) {
        c.givenOn = QDate::fromString(env.value(QStringLiteral("date")), Qt::ISODate);
        if (!c.givenOn.isValid())
            return env.usage(tr("--date needs a date as YYYY-MM-DD."));
    }
    Circulation::PatronPrivacy privacy(env.core());
    auto p = privacy.setConsent(env.caller(), env.args().first(), c);
    if (!p.ok())
        return env.fail(p.error());
    if (env.json()) {
        env.printJson(p->toJson());
        return Ok;
    }
    env.out() << tr("Consent of %1 recorded.").arg(p->cardNumber) << "\n";
    return Ok;
}

int cmdExport(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("patron export takes one CARD."));
    Circulation::PatronPrivacy privacy(env.core());
    auto data = privacy.exportData(env.caller(), env.args().first());
    if (!data.ok())
        return env.fail(data.error());
    const QByteArray json = QJsonDocument(*data).toJson(QJsonDocument::Indented);
    if (env.isSet(QStringLiteral("out"))) {
        QFile f(env.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return env.fail(Error::failed(QStringLiteral("privacy.export_write"),
                                          tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!env.json())
            env.out() << tr("The data of %1 written to %2.").arg(env.args().first(), f.fileName()) << "\n";
        else
            env.printJson(QJsonObject{{QStringLiteral("file"), f.fileName()}});
        return Ok;
    }
    env.out() << QString::fromUtf8(json);
    return Ok;
}

int cmdErase(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("patron erase takes one CARD."));
    Circulation::PatronPrivacy privacy(env.core());
    auto r = privacy.erase(env.caller(), env.args().first());
    if (!r.ok())
        return env.fail(r.error());
    QStringList scrubbed;
    if (!env.isSet(QStringLiteral("no-scrub"))) {
        auto s = Circulation::PatronPrivacy::scrubStorage(env.db());
        if (!s.ok())
            return env.fail(s.error());
        scrubbed = *s;
    }
    if (env.json()) {
        QJsonObject o = r->toJson();
        o.insert(QStringLiteral("scrubbed"), QJsonArray::fromStringList(scrubbed));
        env.printJson(o);
        return Ok;
    }
    env.out() << tr("Patron erased: %1 card(s) anonymised, %2 loan(s) kept for statistics without the patron.")
                     .arg(r->cards)
                     .arg(r->loansKept)
              << "\n";
    if (!scrubbed.isEmpty())
        env.out() << tr("The database files were rewritten without the erased data.") << "\n";
    else
        env.out() << tr("Run aksara patron scrub to remove the old bytes from the database files.") << "\n";
    return Ok;
}

int cmdScrub(Env &env)
{
    auto s = Circulation::PatronPrivacy::scrubStorage(env.db());
    if (!s.ok())
        return env.fail(s.error());
    if (env.json())
        env.printJson(QJsonArray::fromStringList(*s));
    else
        env.out() << tr("The database files were rewritten without the erased data.") << "\n";
    return Ok;
}

int cmdRetentionSet(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("privacy retention set takes one patron CATEGORY code."));
    bool ok1 = true, ok2 = true;
    const int months = env.isSet(QStringLiteral("loan-history-months")) ? env.value(QStringLiteral("loan-history-months")).toInt(&ok1) : 0;
    const int years = env.isSet(QStringLiteral("inactive-years")) ? env.value(QStringLiteral("inactive-years")).toInt(&ok2) : 0;
    if (!ok1 || !ok2)
        return env.usage(tr("--loan-history-months and --inactive-years need whole numbers (0: no rule)."));
    Circulation::PatronPrivacy privacy(env.core());
    if (Status st = privacy.setRetention(env.caller(), env.args().first(), months, years); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("category"), env.args().first()},
                                  {QStringLiteral("loan_history_months"), months},
                                  {QStringLiteral("inactive_review_years"), years}});
    else
        env.out() << tr("Retention of category %1: loan history %2 month(s), review after %3 year(s) without a loan (0: no rule).")
                         .arg(env.args().first())
                         .arg(months)
                         .arg(years)
                  << "\n";
    return Ok;
}

int cmdRetentionRun(Env &env)
{
    Circulation::PatronPrivacy privacy(env.core());
    auto r = privacy.runRetention(env.caller());
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << tr("Retention: %1 loan(s) anonymised, %2 patron(s) flagged for review.").arg(r->loansAnonymised).arg(r->patronsFlagged)
                  << "\n";
    return Ok;
}

// Who accessed which patron records in a period, from the operation log: every record that names a
// data subject (by pseudonym) as its subject or in its details.
int cmdAccessReport(Env &env)
{
    const QDate from = QDate::fromString(env.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(env.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from)
        return env.usage(tr("--from and --to need dates as YYYY-MM-DD, the end not before the start."));
    const qint64 fromMs = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto out = env.core().execute<QJsonArray>(
        env.caller(), {Services::Reporting, QStringLiteral("privacy.access_report"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) -> Result<QJsonArray> {
            auto q = ctx.db().exec(QStringLiteral("SELECT id, at, actor, channel, station, service, operation, outcome, subject, "
                                                  "details FROM operations WHERE at >= ? AND at < ? AND (subject LIKE 'P-%' "
                                                  "OR details LIKE '%\"P-%') ORDER BY seq"),
                                   {fromMs, toMs});
            if (!q.ok())
                return q.error();
            QJsonArray a;
            static const QRegularExpression pseudonym(QStringLiteral("P-[0-9a-f]{16}"));
            while (q->next()) {
                QStringList subjects;
                auto it = pseudonym.globalMatch(q->value(8).toString() + QLatin1Char(' ') + q->value(9).toString());
                while (it.hasNext()) {
                    const QString s = it.next().captured();
                    if (!subjects.contains(s))
                        subjects << s;
                }
                a << QJsonObject{{QStringLiteral("operation_id"), q->value(0).toLongLong()},
                                 {QStringLiteral("at"), isoUtc(q->value(1).toLongLong())},
                                 {QStringLiteral("actor"), q->value(2).toString()},
                                 {QStringLiteral("channel"), q->value(3).toString()},
                                 {QStringLiteral("station"), q->value(4).toString()},
                                 {QStringLiteral("operation"), q->value(6).toString()},
                                 {QStringLiteral("outcome"), q->value(7).toString()},
                                 {QStringLiteral("patrons"), QJsonArray::fromStringList(subjects)}};
            }
            q->finish();
            ctx.setDetail(QStringLiteral("records"), a.size());
            return a;
        });
    if (!out.ok())
        return env.fail(out.error());
    if (env.json()) {
        env.printJson(QJsonObject{{QStringLiteral("purpose"), tr("Breach notification under UU PDP (3 x 24 hours): who "
                                                                 "accessed which patron records.")},
                                  {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                  {QStringLiteral("records"), *out}});
        return Ok;
    }
    env.out() << tr("Purpose: breach notification under UU PDP (3 x 24 hours): who accessed which patron records.") << "\n";
    for (const QJsonValue &v : std::as_const(*out)) {
        const QJsonObject o = v.toObject();
        QStringList patrons;
        for (const QJsonValue &p : o.value(QStringLiteral("patrons")).toArray())
            patrons << p.toString();
        env.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("actor")).toString(),
                              o.value(QStringLiteral("channel")).toString(), o.value(QStringLiteral("operation")).toString(),
                              o.value(QStringLiteral("outcome")).toString(), patrons.join(QLatin1Char(',')));
    }
    env.out() << tr("%1 record(s).").arg(out->size()) << "\n";
    return Ok;
}
} // namespace

void registerPrivacyCommands(Registry &registry)
{
    const QString w = QStringLiteral("patron");
    registry.add({{w, QStringLiteral("consent")},
                  tr("record a patron's consent: purpose, privacy notice version, date, guardian of a minor"),
                  QStringLiteral("CARD"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("purpose"), tr("what the data is used for (e.g. membership,notices)"),
                                   QStringLiteral("TEXT")});
                      p.addOption({QStringLiteral("notice-version"), tr("the version of the privacy notice shown"),
                                   QStringLiteral("VERSION")});
                      p.addOption({QStringLiteral("date"), tr("the day consent was given (default today)"),
                                   QStringLiteral("YYYY-MM-DD")});
                      p.addOption({QStringLiteral("guardian"), tr("the parent or guardian who consented for a minor"),
                                   QStringLiteral("NAME")});
                  },
                  cmdConsent});
    registry.add({{w, QStringLiteral("export")},
                  tr("a patron's own data and loan history as JSON (a request for access)"),
                  QStringLiteral("CARD"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("out"), tr("write to FILE (mode 0600) instead of printing"),
                                   QStringLiteral("FILE")});
                  },
                  cmdExport});
    registry.add({{w, QStringLiteral("erase")},
                  tr("erase a patron with no open loans, debts or holds (statistics are kept without them)"),
                  QStringLiteral("CARD"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("no-scrub"), tr("do not rewrite the database files afterwards")});
                  },
                  cmdErase});
    registry.add({{w, QStringLiteral("scrub")},
                  tr("rewrite the database files so that erased data leaves no bytes behind"), {}, {}, cmdScrub});
    registry.add({{QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("set")},
                  tr("a patron category's retention: months of loan history to keep, years without a loan before a review"),
                  QStringLiteral("CATEGORY"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("loan-history-months"), tr("anonymise loans returned longer ago (0: keep)"),
                                   QStringLiteral("N")});
                      p.addOption({QStringLiteral("inactive-years"), tr("flag patrons without a loan for this long (0: never)"),
                                   QStringLiteral("N")});
                  },
                  cmdRetentionSet});
    registry.add({{QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("run")},
                  tr("apply the retention rules now: anonymise old loan history, flag inactive patrons"), {}, {},
                  cmdRetentionRun});
    registry.add({{QStringLiteral("privacy"), QStringLiteral("access-report")},
                  tr("who accessed which patron records in a period, from the operation log (breach report)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("from"), tr("first day"), QStringLiteral("YYYY-MM-DD")});
                      p.addOption({QStringLiteral("to"), tr("last day"), QStringLiteral("YYYY-MM-DD")});
                  },
                  cmdAccessReport});
}

} // namespace Aksara::Cli
