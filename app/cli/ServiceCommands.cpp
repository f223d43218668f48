// Service management at the command line: incidents, problems, changes, stations, the service
// catalogue, availability, the monthly report and nonconformities. Computation lives in
// aksara_service; these commands parse, call and print (JSON shapes: docs/service-management.md).
#include "Cli.h"
#include "ServiceCommands.h"

#include "service/Changes.h"
#include "service/Common.h"
#include "service/Evaluator.h"
#include "service/Incidents.h"
#include "service/MonthlyReport.h"
#include "service/Problems.h"
#include "service/ReportRender.h"
#include "service/ServiceCatalogue.h"
#include "service/Stations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Aksara::Cli {

using namespace Aksara::ServiceManagement;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// Option parsing that reports the first bad value as a usage error.
class Args {
public:
    explicit Args(Env &env) : m_env(env) {}
    bool ok() const { return m_error.isEmpty(); }
    int usage() { return m_env.usage(m_error); }

    std::optional<QString> text(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        return m_env.value(opt(name));
    }
    std::optional<qint64> integer(const char *name, qint64 min, qint64 max)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        bool good = false;
        const qint64 v = m_env.value(opt(name)).toLongLong(&good);
        if (!good || v < min || v > max) {
            fail(tr("--%1 needs a whole number from %2 to %3.").arg(opt(name)).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }
    // "99.5" or "99.5%" -> 9950 basis points.
    std::optional<int> percent(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        QString t = m_env.value(opt(name)).trimmed();
        if (t.endsWith(QLatin1Char('%')))
            t.chop(1);
        bool good = false;
        const double v = t.trimmed().toDouble(&good);
        if (!good || v < 0 || v > 100) {
            fail(tr("--%1 needs a percentage from 0 to 100, such as 99.5.").arg(opt(name)));
            return std::nullopt;
        }
        return int(std::llround(v * 100.0));
    }
    // "90s", "30m", "8h", "1h30m", "2d" (calendar days of 24 h) -> milliseconds.
    std::optional<qint64> duration(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        static const QRegularExpression part(QStringLiteral("(\\d+)(d|h|m|s)"));
        const QString t = m_env.value(opt(name)).trimmed();
        qint64 total = 0;
        qsizetype consumed = 0;
        auto it = part.globalMatch(t);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedStart() != consumed)
                break;
            consumed = m.capturedEnd();
            const qint64 n = m.captured(1).toLongLong();
            const QChar u = m.captured(2).at(0);
            total += n * (u == QLatin1Char('d') ? 86400000 : u == QLatin1Char('h') ? 3600000 : u == QLatin1Char('m') ? 60000 : 1000);
        }
        if (t.isEmpty() || consumed != t.size() || total <= 0) {
            fail(tr("--%1 needs a duration such as 90s, 30m, 8h or 1h30m.").arg(opt(name)));
            return std::nullopt;
        }
        return total;
    }
    std::optional<qint64> instant(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        const qint64 v = parseInstant(m_env.value(opt(name)), libraryZone(m_env.db()));
        if (v < 0) {
            fail(tr("--%1 needs a time such as \"2026-03-02 14:00\" (library time) or 2026-03-02T07:00:00Z.").arg(opt(name)));
            return std::nullopt;
        }
        return v;
    }
    std::optional<bool> yesNo(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return std::nullopt;
        const QString v = m_env.value(opt(name)).toLower();
        if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
            return false;
        fail(tr("--%1 is yes or no.").arg(opt(name)));
        return std::nullopt;
    }
    QStringList list(const char *name)
    {
        if (!m_env.isSet(opt(name)))
            return {};
        QStringList out;
        for (const QString &s : m_env.value(opt(name)).split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    }
    QList<qint64> ids(const char *name)
    {
        QList<qint64> out;
        for (const QString &s : list(name)) {
            bool good = false;
            const qint64 v = s.toLongLong(&good);
            if (!good || v <= 0) {
                fail(tr("--%1 is a comma-separated list of ids.").arg(opt(name)));
                return {};
            }
            out << v;
        }
        return out;
    }
    // The one positional ID.
    std::optional<qint64> id(const QString &what)
    {
        const QStringList a = m_env.args();
        bool good = false;
        const qint64 v = a.size() == 1 ? a.first().toLongLong(&good) : 0;
        if (!good || v <= 0) {
            fail(tr("this command takes one %1 id.").arg(what));
            return std::nullopt;
        }
        return v;
    }
    std::optional<QString> word(const QString &what)
    {
        const QStringList a = m_env.args();
        if (a.size() != 1 || a.first().isEmpty()) {
            fail(tr("this command takes one %1.").arg(what));
            return std::nullopt;
        }
        return a.first();
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    Env &m_env;
    QString m_error;
};

QString when(qint64 ms)
{
    return ms ? localTime(ms) : QStringLiteral("-");
}

QString duration(qint64 ms)
{
    return formatDurationMs(QJsonValue(ms));
}

// ---- incidents ------------------------------------------------------------------------------------

void printIncidentLine(Env &env, const Incident &i)
{
    env.out() << QStringLiteral("%1  P%2 %3 %4 %5 %6  %7\n")
                     .arg(i.id, 5)
                     .arg(i.priority)
                     .arg(i.kind == QLatin1String("request") ? QStringLiteral("req") : QStringLiteral("inc"), -3)
                     .arg(i.status, -11)
                     .arg(i.serviceCode.isEmpty() ? QStringLiteral("-") : i.serviceCode, -17)
                     .arg(when(i.openedAt))
                     .arg(i.title + (i.occurrences > 1 ? QStringLiteral(" (x%1)").arg(i.occurrences) : QString()));
}

int printIncident(Env &env, const Result<Incident> &r)
{
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        printIncidentLine(env, *r);
    return Ok;
}

int cmdIncidentList(Env &env)
{
    Args a(env);
    IncidentFilter f;
    f.openOnly = !env.isSet(QStringLiteral("all"));
    f.status = a.text("status").value_or(QString());
    f.kind = a.text("kind").value_or(QString());
    f.service = a.text("service").value_or(QString());
    f.limit = int(a.integer("limit", 1, 100000).value_or(200));
    if (!a.ok())
        return a.usage();
    auto list = Incidents(env.core()).list(env.caller(), f);
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const Incident &i : std::as_const(*list))
            out << i.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const Incident &i : std::as_const(*list))
        printIncidentLine(env, i);
    if (list->isEmpty())
        env.out() << tr("No incidents.") << "\n";
    return Ok;
}

int cmdIncidentOpen(Env &env)
{
    Args a(env);
    NewIncident in;
    in.title = a.text("title").value_or(QString());
    in.description = a.text("description").value_or(QString());
    in.serviceCode = a.text("service").value_or(QString());
    in.station = a.text("station").value_or(QString());
    in.impact = int(a.integer("impact", 1, 3).value_or(2));
    in.urgency = int(a.integer("urgency", 1, 3).value_or(2));
    in.kind = env.isSet(QStringLiteral("request")) ? QStringLiteral("request") : QStringLiteral("incident");
    in.major = env.isSet(QStringLiteral("major"));
    in.security = env.isSet(QStringLiteral("security"));
    in.outage = env.isSet(QStringLiteral("outage")) || env.isSet(QStringLiteral("outage-from"));
    in.outageFromAt = a.instant("outage-from").value_or(0);
    in.assignee = a.text("assign").value_or(QString());
    if (in.title.trimmed().isEmpty())
        a.fail(tr("incident open needs --title."));
    if (!a.ok())
        return a.usage();
    return printIncident(env, Incidents(env.core()).open(env.caller(), in));
}

int cmdIncidentShow(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("incident"));
    if (!a.ok())
        return a.usage();
    auto d = Incidents(env.core()).show(env.caller(), *id);
    if (!d.ok())
        return env.fail(d.error());
    if (env.json()) {
        env.printJson(d->toJson());
        return Ok;
    }
    const Incident &i = d->incident;
    QTextStream &o = env.out();
    o << tr("Incident %1: %2").arg(i.id).arg(i.title) << "\n";
    o << tr("  kind %1, %2, priority %3 (impact %4, urgency %5)%6%7%8")
             .arg(i.kind, i.status)
             .arg(i.priority)
             .arg(i.impact)
             .arg(i.urgency)
             .arg(i.major ? tr(", major") : QString(), i.security ? tr(", security") : QString(),
                  i.outage ? tr(", outage") : QString())
      << "\n";
    o << tr("  service %1, station %2, source %3%4, occurrences %5")
             .arg(i.serviceCode.isEmpty() ? QStringLiteral("-") : i.serviceCode,
                  i.station.isEmpty() ? QStringLiteral("-") : i.station, i.source,
                  i.rule.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.rule))
             .arg(i.occurrences)
      << "\n";
    o << tr("  opened %1, owned %2, resolved %3, closed %4; assignee %5")
             .arg(when(i.openedAt), when(i.ownedAt), when(i.resolvedAt), when(i.closedAt),
                  i.assignee.isEmpty() ? QStringLiteral("-") : i.assignee)
      << "\n";
    for (const auto &[name, c] : {std::pair{tr("time to own"), d->clocks.own}, std::pair{tr("time to resolve"), d->clocks.resolve}}) {
        o << tr("  %1: %2 of %3 (%4)%5")
                 .arg(name, duration(c.elapsedMs), duration(c.targetMs),
                      c.stopped ? (c.breached() ? tr("breached") : tr("met")) : c.running ? tr("running") : tr("paused"),
                      c.dueAt ? tr(", due %1").arg(when(c.dueAt)) : QString())
          << "\n";
    }
    if (!i.resolution.isEmpty())
        o << tr("  resolution: %1").arg(i.resolution) << "\n";
    o << tr("History:") << "\n";
    for (const IncidentEvent &e : d->history) {
        QString what = e.kind;
        if (e.kind == QLatin1String("status"))
            what = QStringLiteral("%1 -> %2").arg(e.fromStatus, e.toStatus);
        else if (!e.field.isEmpty())
            what = QStringLiteral("%1: %2 -> %3").arg(e.field, e.oldValue.isEmpty() ? QStringLiteral("-") : e.oldValue, e.newValue);
        o << QStringLiteral("  %1  %2  %3%4\n")
                 .arg(when(e.atMs), e.actor.leftJustified(18), what, e.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.note));
    }
    o << tr("Evidence: %n operation record(s)", nullptr, int(d->evidenceCount));
    if (!d->evidence.isEmpty()) {
        QStringList ids;
        for (qint64 x : d->evidence.mid(0, 20))
            ids << QString::number(x);
        o << ": " << ids.join(QStringLiteral(", ")) << (d->evidence.size() > 20 ? QStringLiteral(", …") : QString());
    }
    o << "\n";
    return Ok;
}

int cmdIncidentUpdate(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("incident"));
    IncidentUpdate u;
    u.status = a.text("status");
    u.assignee = a.text("assign");
    if (auto v = a.integer("impact", 1, 3))
        u.impact = int(*v);
    if (auto v = a.integer("urgency", 1, 3))
        u.urgency = int(*v);
    u.title = a.text("title");
    u.description = a.text("description");
    u.serviceCode = a.text("service");
    u.major = a.yesNo("major");
    u.security = a.yesNo("security");
    u.outage = a.yesNo("outage");
    u.outageFromAt = a.instant("outage-from");
    u.outageToAt = a.instant("outage-to");
    u.pendingReason = a.text("pending-reason").value_or(QString());
    u.resolution = a.text("resolution").value_or(QString());
    u.note = a.text("note").value_or(QString());
    if (!a.ok())
        return a.usage();
    return printIncident(env, Incidents(env.core()).update(env.caller(), *id, u));
}

int cmdIncidentResolve(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("incident"));
    const QString resolution = a.text("resolution").value_or(QString());
    if (resolution.trimmed().isEmpty())
        a.fail(tr("incident resolve needs --resolution (what fixed it)."));
    if (!a.ok())
        return a.usage();
    return printIncident(env, Incidents(env.core()).resolve(env.caller(), *id, resolution));
}

int cmdIncidentClose(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("incident"));
    if (!a.ok())
        return a.usage();
    return printIncident(env, Incidents(env.core()).close(env.caller(), *id, a.text("note").value_or(QString())));
}

int cmdIncidentReopen(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("incident"));
    const QString reason = a.text("reason").value_or(QString());
    if (reason.trimmed().isEmpty())
        a.fail(tr("incident reopen needs --reason."));
    if (!a.ok())
        return a.usage();
    return printIncident(env, Incidents(env.core()).reopen(env.caller(), *id, reason));
}

int cmdIncidentEvaluate(Env &env)
{
    auto r = Evaluator(env.core()).evaluate(env.caller());
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    for (const RuleFiring &f : r->fired)
        o << (f.opened ? tr("opened incident %1: %2") : tr("incident %1 again: %2")).arg(f.incidentId).arg(f.title) << "\n";
    for (const Escalation &e : r->escalations)
        o << tr("incident %1: time to %2 %3 (reached %4)").arg(e.incidentId).arg(e.clock, e.level, when(e.reachedAt)) << "\n";
    for (qint64 id : r->autoResolved)
        o << tr("incident %1 resolved automatically (healthy again); a person confirms its closure").arg(id) << "\n";
    if (r->fired.isEmpty() && r->escalations.isEmpty() && r->autoResolved.isEmpty())
        o << tr("Nothing to do: no rule fires, no clock escalates, no incident to resolve.") << "\n";
    return Ok;
}

int cmdIncidentMatrix(Env &env)
{
    Incidents incidents(env.core());
    if (env.isSet(QStringLiteral("set"))) {
        static const QRegularExpression re(QStringLiteral("^([1-3])x([1-3])=([1-5])$"));
        const auto m = re.match(env.value(QStringLiteral("set")));
        if (!m.hasMatch())
            return env.usage(tr("--set is IMPACTxURGENCY=PRIORITY, such as 2x1=2."));
        if (Status st = incidents.setPriority(env.caller(), m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            !st.ok())
            return env.fail(st.error());
    }
    auto matrix = incidents.matrix(env.caller());
    if (!matrix.ok())
        return env.fail(matrix.error());
    if (env.json()) {
        QJsonArray out;
        for (const auto &m : std::as_const(*matrix))
            out << QJsonObject{{QStringLiteral("impact"), m[0]}, {QStringLiteral("urgency"), m[1]}, {QStringLiteral("priority"), m[2]}};
        env.printJson(out);
        return Ok;
    }
    env.out() << tr("priority by impact (rows) x urgency (columns), 1 = high") << "\n        U1 U2 U3\n";
    for (int impact = 1; impact <= 3; ++impact) {
        env.out() << QStringLiteral("  I%1   ").arg(impact);
        for (const auto &m : std::as_const(*matrix))
            if (m[0] == impact)
                env.out() << QStringLiteral(" P%1").arg(m[2]);
        env.out() << "\n";
    }
    return Ok;
}

int cmdIncidentTargets(Env &env)
{
    Args a(env);
    Incidents incidents(env.core());
    if (env.isSet(QStringLiteral("kind")) || env.isSet(QStringLiteral("priority"))) {
        IncidentTarget t;
        t.kind = a.text("kind").value_or(QStringLiteral("incident"));
        t.priority = int(a.integer("priority", 1, 5).value_or(0));
        auto current = incidents.targets(env.caller());
        if (!current.ok())
            return env.fail(current.error());
        for (const IncidentTarget &x : std::as_const(*current))
            if (x.kind == t.kind && x.priority == t.priority)
                t = x;
        if (auto v = a.duration("own"))
            t.ownMs = *v;
        if (auto v = a.duration("resolve"))
            t.resolveMs = *v;
        if (auto v = a.percent("attainment"))
            t.attainmentBp = *v;
        if (t.priority == 0)
            a.fail(tr("changing a target needs --kind and --priority."));
        if (!a.ok())
            return a.usage();
        if (Status st = incidents.setTarget(env.caller(), t); !st.ok())
            return env.fail(st.error());
    }
    auto list = incidents.targets(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const IncidentTarget &t : std::as_const(*list))
            out << t.toJson();
        env.printJson(out);
        return Ok;
    }
    env.out() << tr("kind      priority  own (service hours)  resolve (service hours)  attainment") << "\n";
    for (const IncidentTarget &t : std::as_const(*list))
        env.out() << QStringLiteral("%1 P%2        %3 %4 %5 %\n")
                         .arg(t.kind, -9)
                         .arg(t.priority)
                         .arg(duration(t.ownMs), -20)
                         .arg(duration(t.resolveMs), -24)
                         .arg(t.attainmentBp / 100.0, 0, 'f', 2);
    return Ok;
}

int cmdIncidentRules(Env &env)
{
    Args a(env);
    if (env.isSet(QStringLiteral("rule"))) {
        auto all = Evaluator::rules(env.db());
        if (!all.ok())
            return env.fail(all.error());
        RuleSettings s;
        s.rule = env.value(QStringLiteral("rule"));
        for (const RuleSettings &r : std::as_const(*all))
            if (r.rule == s.rule)
                s = r;
        if (auto v = a.integer("window", 0, 31 * 86400))
            s.windowS = *v;
        if (auto v = a.integer("short-window", 0, 31 * 86400))
            s.shortWindowS = *v;
        if (auto v = a.integer("threshold", 0, 1000000))
            s.threshold = *v;
        if (auto v = a.integer("min-count", 0, 1000000))
            s.minCount = *v;
        if (auto v = a.integer("impact", 1, 3))
            s.impact = int(*v);
        if (auto v = a.integer("urgency", 1, 3))
            s.urgency = int(*v);
        if (auto v = a.yesNo("enabled"))
            s.enabled = *v;
        if (!a.ok())
            return a.usage();
        if (Status st = Evaluator(env.core()).setRule(env.caller(), s); !st.ok())
            return env.fail(st.error());
    }
    auto all = Evaluator::rules(env.db());
    if (!all.ok())
        return env.fail(all.error());
    if (env.json()) {
        QJsonArray out;
        for (const RuleSettings &r : std::as_const(*all))
            out << r.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const RuleSettings &r : std::as_const(*all))
        env.out() << QStringLiteral("%1 %2 window %3 s, short window %4 s, threshold %5, min count %6, impact %7, urgency %8\n")
                         .arg(r.rule, -13)
                         .arg(r.enabled ? tr("on ") : tr("off"))
                         .arg(r.windowS)
                         .arg(r.shortWindowS)
                         .arg(r.threshold)
                         .arg(r.minCount)
                         .arg(r.impact)
                         .arg(r.urgency);
    return Ok;
}

// ---- problems -------------------------------------------------------------------------------------

int printProblem(Env &env, const Result<Problem> &p)
{
    if (!p.ok())
        return env.fail(p.error());
    if (env.json()) {
        env.printJson(p->toJson());
        return Ok;
    }
    QStringList incidents;
    for (qint64 i : p->incidents)
        incidents << QString::number(i);
    env.out() << tr("Problem %1 [%2]: %3").arg(p->id).arg(p->status, p->title) << "\n";
    if (!p->rootCause.isEmpty())
        env.out() << tr("  root cause: %1").arg(p->rootCause) << "\n";
    if (!p->workaround.isEmpty())
        env.out() << tr("  workaround: %1").arg(p->workaround) << "\n";
    env.out() << tr("  incidents: %1; fix: %2; recurrences after the fix: %3")
                     .arg(incidents.isEmpty() ? QStringLiteral("-") : incidents.join(QStringLiteral(", ")),
                          p->fixChangeId ? tr("change %1").arg(p->fixChangeId) : QStringLiteral("-"),
                          p->recurrences < 0 ? tr("not checked") : QString::number(p->recurrences))
              << "\n";
    return Ok;
}

int printProblems(Env &env, const Result<QList<Problem>> &list)
{
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const Problem &p : *list)
            out << p.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const Problem &p : *list)
        env.out() << QStringLiteral("%1  %2 %3  %4\n")
                         .arg(p.id, 5)
                         .arg(p.status, -13)
                         .arg(p.serviceCode.isEmpty() ? QStringLiteral("-") : p.serviceCode, -17)
                         .arg(p.title + (p.workaround.isEmpty() ? QString() : tr(" — workaround: %1").arg(p.workaround)));
    if (list->isEmpty())
        env.out() << tr("No problems.") << "\n";
    return Ok;
}

int cmdProblemList(Env &env)
{
    return printProblems(env, Problems(env.core()).list(env.caller(), !env.isSet(QStringLiteral("all"))));
}

int cmdProblemKnownErrors(Env &env)
{
    return printProblems(env, Problems(env.core()).knownErrors(env.caller()));
}

int cmdProblemOpen(Env &env)
{
    Args a(env);
    NewProblem in;
    in.title = a.text("title").value_or(QString());
    in.description = a.text("description").value_or(QString());
    in.serviceCode = a.text("service").value_or(QString());
    in.incidents = a.ids("incidents");
    if (in.title.trimmed().isEmpty())
        a.fail(tr("problem open needs --title."));
    if (!a.ok())
        return a.usage();
    return printProblem(env, Problems(env.core()).open(env.caller(), in));
}

int cmdProblemShow(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("problem"));
    if (!a.ok())
        return a.usage();
    return printProblem(env, Problems(env.core()).show(env.caller(), *id));
}

int cmdProblemUpdate(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("problem"));
    ProblemUpdate u;
    u.status = a.text("status");
    u.rootCause = a.text("root-cause");
    u.workaround = a.text("workaround");
    u.title = a.text("title");
    u.description = a.text("description");
    u.fixChangeId = a.integer("fix-change", 1, std::numeric_limits<qint64>::max());
    if (!a.ok())
        return a.usage();
    return printProblem(env, Problems(env.core()).update(env.caller(), *id, u));
}

int cmdProblemLink(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("problem"));
    const QList<qint64> incidents = a.ids("incidents");
    if (incidents.isEmpty())
        a.fail(tr("problem link needs --incidents ID,ID,..."));
    if (!a.ok())
        return a.usage();
    return printProblem(env, Problems(env.core()).link(env.caller(), *id, incidents));
}

int cmdProblemSuggest(Env &env)
{
    Args a(env);
    const int days = int(a.integer("days", 1, 3650).value_or(90));
    const int min = int(a.integer("min", 2, 1000).value_or(3));
    if (!a.ok())
        return a.usage();
    auto list = Problems(env.core()).suggest(env.caller(), days, min);
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const ProblemSuggestion &s : std::as_const(*list))
            out << s.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const ProblemSuggestion &s : std::as_const(*list)) {
        QStringList ids;
        for (qint64 i : s.incidents)
            ids << QString::number(i);
        env.out() << tr("%1 incidents with the same %2 \"%3\" (%4 occurrences): %5")
                         .arg(s.incidents.size())
                         .arg(s.basis, s.value)
                         .arg(s.occurrences)
                         .arg(ids.join(QStringLiteral(", ")))
                  << "\n";
    }
    if (list->isEmpty())
        env.out() << tr("No trend: no %1 incidents share an error code, service or station.").arg(min) << "\n";
    return Ok;
}

int cmdProblemCheck(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("problem"));
    if (!a.ok())
        return a.usage();
    auto r = Problems(env.core()).checkRecurrence(env.caller(), *id);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    if (r->recurrences.isEmpty()) {
        env.out() << tr("No recurrence since %1.").arg(when(r->since)) << "\n";
    } else {
        QStringList ids;
        for (qint64 i : r->recurrences)
            ids << QString::number(i);
        env.out() << tr("The fault recurred since %1: incidents %2.").arg(when(r->since), ids.join(QStringLiteral(", "))) << "\n";
    }
    return Ok;
}

// ---- changes --------------------------------------------------------------------------------------

int printChange(Env &env, const Result<Change> &c)
{
    if (!c.ok())
        return env.fail(c.error());
    if (env.json()) {
        env.printJson(c->toJson());
        return Ok;
    }
    env.out() << QStringLiteral("%1  %2 %3 %4 %5  %6\n")
                     .arg(c->id, 5)
                     .arg(c->kind, -9)
                     .arg(c->status, -11)
                     .arg(c->risk, -6)
                     .arg(c->plannedStartAt ? QStringLiteral("%1 .. %2").arg(when(c->plannedStartAt), when(c->plannedEndAt))
                                            : when(c->createdAt),
                          -16)
                     .arg(c->title);
    return Ok;
}

int cmdChangeList(Env &env)
{
    Args a(env);
    ChangeFilter f;
    f.openOnly = env.isSet(QStringLiteral("open"));
    f.kind = a.text("kind").value_or(QString());
    f.limit = int(a.integer("limit", 1, 100000).value_or(200));
    if (!a.ok())
        return a.usage();
    auto list = Changes(env.core()).list(env.caller(), f);
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const Change &c : std::as_const(*list))
            out << c.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const Change &c : std::as_const(*list))
        printChange(env, c);
    if (list->isEmpty())
        env.out() << tr("No changes.") << "\n";
    return Ok;
}

int cmdChangeRequest(Env &env)
{
    Args a(env);
    NewChange in;
    in.kind = a.text("kind").value_or(QStringLiteral("normal"));
    in.title = a.text("title").value_or(QString());
    in.description = a.text("description").value_or(QString());
    in.risk = a.text("risk").value_or(QStringLiteral("low"));
    in.serviceCode = a.text("service").value_or(QString());
    if (in.title.trimmed().isEmpty())
        a.fail(tr("change request needs --title."));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).request(env.caller(), in));
}

int cmdChangeShow(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    if (!a.ok())
        return a.usage();
    auto r = Changes(env.core()).show(env.caller(), *id);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        QJsonObject o = r->first.toJson();
        QJsonArray h;
        for (const ChangeEvent &e : r->second)
            h << e.toJson();
        o.insert(QStringLiteral("history"), h);
        env.printJson(o);
        return Ok;
    }
    printChange(env, r->first);
    for (const ChangeEvent &e : r->second)
        env.out() << QStringLiteral("  %1  %2  %3 -> %4%5\n")
                         .arg(when(e.atMs), e.actor.leftJustified(18), e.fromStatus.isEmpty() ? QStringLiteral("-") : e.fromStatus,
                              e.toStatus, e.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.note));
    return Ok;
}

int cmdChangeApprove(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).approve(env.caller(), *id, a.text("note").value_or(QString())));
}

int cmdChangeReject(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    const QString note = a.text("note").value_or(QString());
    if (note.trimmed().isEmpty())
        a.fail(tr("change reject needs --note (why)."));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).reject(env.caller(), *id, note));
}

int cmdChangeSchedule(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    ChangeSchedule s;
    s.startAt = a.instant("start").value_or(0);
    s.endAt = a.instant("end").value_or(0);
    s.services = a.list("services");
    s.stations = a.list("stations");
    if (s.startAt == 0 || s.endAt == 0)
        a.fail(tr("change schedule needs --start and --end."));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).schedule(env.caller(), *id, s));
}

int cmdChangeStart(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).start(env.caller(), *id));
}

int cmdChangeFinish(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("change"));
    const QString outcome = a.text("outcome").value_or(QString());
    if (outcome.isEmpty())
        a.fail(tr("change finish needs --outcome success, failed or rolled_back."));
    if (!a.ok())
        return a.usage();
    return printChange(env, Changes(env.core()).finish(env.caller(), *id, outcome, a.text("note").value_or(QString())));
}

// ---- stations -------------------------------------------------------------------------------------

int cmdStationList(Env &env)
{
    auto list = Stations(env.core()).list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const Station &s : std::as_const(*list))
            out << s.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const Station &s : std::as_const(*list))
        env.out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                         .arg(s.code, -16)
                         .arg(s.kind, -9)
                         .arg(s.branchCode.isEmpty() ? QStringLiteral("-") : s.branchCode, -8)
                         .arg(s.state, -11)
                         .arg(QStringLiteral("%1+%2 s").arg(s.periodS).arg(s.graceS), -10)
                         .arg(when(s.lastHeartbeatAt), -19)
                         .arg(s.services.join(QLatin1Char(',')));
    if (list->isEmpty())
        env.out() << tr("No stations registered.") << "\n";
    return Ok;
}

int cmdStationRegister(Env &env)
{
    Args a(env);
    NewStation in;
    in.code = a.word(tr("station code")).value_or(QString());
    in.kind = a.text("kind").value_or(QString());
    in.name = a.text("name").value_or(QString());
    in.periodS = int(a.integer("period", 5, 86400).value_or(60));
    in.graceS = int(a.integer("grace", 0, 86400).value_or(120));
    in.calendar = a.text("calendar").value_or(QString());
    in.branch = a.text("branch").value_or(QString());
    in.services = a.list("services");
    if (in.kind.isEmpty())
        a.fail(tr("station register needs --kind desk, kiosk, reports, server or selfcheck."));
    if (!a.ok())
        return a.usage();
    auto r = Stations(env.core()).registerStation(env.caller(), in);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        QJsonObject o = r->first.toJson();
        o.insert(QStringLiteral("token"), r->second);
        env.printJson(o);
        return Ok;
    }
    env.out() << tr("Registered station %1 (%2).").arg(r->first.code, r->first.kind) << "\n"
              << tr("Heartbeat token (shown once; only its hash is stored): %1").arg(r->second) << "\n";
    return Ok;
}

int cmdStationHeartbeat(Env &env)
{
    Args a(env);
    const QString code = a.word(tr("station code")).value_or(QString());
    if (!a.ok())
        return a.usage();
    Stations stations(env.core());
    auto ack = env.isSet(QStringLiteral("token")) ? stations.heartbeat(code, env.value(QStringLiteral("token")))
                                                   : stations.heartbeatTrusted(env.caller(), code);
    if (!ack.ok())
        return env.fail(ack.error());
    if (env.json()) {
        env.printJson(ack->toJson());
        return Ok;
    }
    env.out() << tr("Heartbeat of %1 at %2.").arg(code, when(ack->atMs)) << "\n";
    if (ack->outageToAt)
        env.out() << tr("It ends an outage from %1 to %2.").arg(when(ack->outageFromAt), when(ack->outageToAt)) << "\n";
    return Ok;
}

int cmdStationRetire(Env &env)
{
    Args a(env);
    const QString code = a.word(tr("station code")).value_or(QString());
    if (!a.ok())
        return a.usage();
    auto s = Stations(env.core()).retire(env.caller(), code);
    if (!s.ok())
        return env.fail(s.error());
    if (env.json())
        env.printJson(s->toJson());
    else
        env.out() << tr("Station %1 retired.").arg(code) << "\n";
    return Ok;
}

int cmdStationToken(Env &env)
{
    Args a(env);
    const QString code = a.word(tr("station code")).value_or(QString());
    if (!a.ok())
        return a.usage();
    auto t = Stations(env.core()).rotateToken(env.caller(), code);
    if (!t.ok())
        return env.fail(t.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("station"), code}, {QStringLiteral("token"), *t}});
    else
        env.out() << tr("New heartbeat token for %1 (shown once): %2").arg(code, *t) << "\n";
    return Ok;
}

// ---- service catalogue ----------------------------------------------------------------------------

void printEntry(Env &env, const CatalogueEntry &e)
{
    env.out() << QStringLiteral("%1 %2 %3 success %4 %, in time %5 % <= %6 ms, available %7 %, hours %8, limit %9/h\n")
                     .arg(e.code, -18)
                     .arg(e.state, -11)
                     .arg(e.owner.left(26), -26)
                     .arg(e.successObjectiveBp / 100.0, 0, 'f', 2)
                     .arg(e.latencyTargetBp / 100.0, 0, 'f', 2)
                     .arg(e.latencyThresholdMs)
                     .arg(e.availabilityObjectiveBp / 100.0, 0, 'f', 2)
                     .arg(e.calendar)
                     .arg(e.workloadLimitPerHour ? QString::number(e.workloadLimitPerHour) : QStringLiteral("-"));
}

int cmdServiceList(Env &env)
{
    auto list = ServiceCatalogue(env.core()).list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const CatalogueEntry &e : std::as_const(*list))
            out << e.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const CatalogueEntry &e : std::as_const(*list))
        printEntry(env, e);
    return Ok;
}

int cmdServiceShow(Env &env)
{
    Args a(env);
    const QString code = a.word(tr("service code")).value_or(QString());
    if (!a.ok())
        return a.usage();
    auto e = ServiceCatalogue(env.core()).show(env.caller(), code);
    if (!e.ok())
        return env.fail(e.error());
    if (env.json()) {
        env.printJson(e->toJson());
        return Ok;
    }
    printEntry(env, *e);
    env.out() << "  " << e->name << ": " << e->description << "\n";
    return Ok;
}

int cmdServiceSet(Env &env)
{
    Args a(env);
    const QString code = a.word(tr("service code")).value_or(QString());
    CatalogueEdit e;
    e.name = a.text("name");
    e.description = a.text("description");
    e.owner = a.text("owner");
    e.latencyThresholdMs = a.integer("latency-threshold", 1, 3600000);
    e.latencyTargetBp = a.percent("latency-target");
    e.successObjectiveBp = a.percent("success");
    e.availabilityObjectiveBp = a.percent("availability");
    e.workloadLimitPerHour = a.integer("workload-limit", 0, 100000000);
    e.calendar = a.text("calendar");
    e.state = a.text("state");
    e.stateReason = a.text("reason");
    if (!a.ok())
        return a.usage();
    auto r = ServiceCatalogue(env.core()).edit(env.caller(), code, e);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        QJsonObject o = r->first.toJson();
        QJsonArray ids;
        for (qint64 id : r->second)
            ids << id;
        o.insert(QStringLiteral("changes"), ids);
        env.printJson(o);
        return Ok;
    }
    printEntry(env, r->first);
    env.out() << tr("Recorded as %n standard change(s).", nullptr, int(r->second.size())) << "\n";
    return Ok;
}

// ---- availability, reports, nonconformities -------------------------------------------------------

int cmdAvailability(Env &env)
{
    Args a(env);
    const QString month = a.text("month").value_or(QString());
    if (month.isEmpty())
        a.fail(tr("availability needs --month YYYY-MM."));
    if (!a.ok())
        return a.usage();
    auto r = MonthlyReport(env.core()).availability(env.caller(), month);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(*r);
        return Ok;
    }
    QTextStream &o = env.out();
    o << tr("Availability %1, in service hours, as of %2%3")
             .arg(r->value(QStringLiteral("month")).toString(), r->value(QStringLiteral("as_of")).toString(),
                  r->value(QStringLiteral("frozen")).toBool() ? tr(" (frozen)") : QString())
      << "\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
             .arg(tr("SERVICE/STATION"), -19)
             .arg(tr("AGREED"), 13)
             .arg(tr("PLANNED"), 12)
             .arg(tr("UNPLANNED"), 12)
             .arg(tr("AVAIL."), 8)
             .arg(tr("TARGET"), 8)
             .arg(tr("USER"), 8)
             .arg(tr("OUTAGES"), 7)
             .arg(tr("MTRS"), 12);
    auto row = [&](const QJsonObject &x) {
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(x.value(QStringLiteral("code")).toString(), -19)
                 .arg(formatDurationMs(x.value(QStringLiteral("agreed_ms"))), 13)
                 .arg(formatDurationMs(x.value(QStringLiteral("planned_ms"))), 12)
                 .arg(formatDurationMs(x.value(QStringLiteral("unplanned_ms"))), 12)
                 .arg(formatBp(x.value(QStringLiteral("availability_bp"))), 8)
                 .arg(x.contains(QStringLiteral("objective_bp")) ? formatBp(x.value(QStringLiteral("objective_bp"))) : QStringLiteral("-"), 8)
                 .arg(formatBp(x.value(QStringLiteral("user_perceived_bp"))), 8)
                 .arg(x.value(QStringLiteral("outages")).toInteger(), 7)
                 .arg(formatDurationMs(x.value(QStringLiteral("mtrs_ms"))), 12);
    };
    for (const QJsonValue &v : r->value(QStringLiteral("services")).toArray())
        row(v.toObject());
    for (const QJsonValue &v : r->value(QStringLiteral("stations")).toArray())
        row(v.toObject());
    return Ok;
}

int cmdReportMonthly(Env &env)
{
    Args a(env);
    const QString month = a.text("month").value_or(QString());
    const QString out = a.text("out").value_or(QString());
    const QString csv = a.text("csv").value_or(QString());
    if (month.isEmpty())
        a.fail(tr("report monthly needs --month YYYY-MM."));
    if (out.isEmpty() && csv.isEmpty() && !env.json())
        a.fail(tr("report monthly needs --out FILE.pdf, --csv DIR or --json."));
    if (!out.isEmpty() && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        a.fail(tr("--out names a .pdf file."));
    if (!a.ok())
        return a.usage();
    auto r = MonthlyReport(env.core()).generate(env.caller(), month, out, csv);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        QJsonObject o = r->report;
        o.insert(QStringLiteral("files"), QJsonArray::fromStringList(r->files));
        env.printJson(o);
        return Ok;
    }
    const QJsonObject summary = r->report.value(QStringLiteral("summary")).toObject();
    env.out() << tr("Monthly report %1 (%2): %3 operations, %4 of %5 services met their targets, %6 target(s) missed.")
                     .arg(r->report.value(QStringLiteral("month")).toString(),
                          r->report.value(QStringLiteral("frozen")).isObject() ? tr("frozen") : tr("provisional"))
                     .arg(summary.value(QStringLiteral("operations")).toInteger())
                     .arg(summary.value(QStringLiteral("services_meeting_targets")).toInteger())
                     .arg(summary.value(QStringLiteral("services")).toInteger())
                     .arg(summary.value(QStringLiteral("missed_targets")).toInteger())
              << "\n";
    for (const QString &f : std::as_const(r->files))
        env.out() << "  " << f << "\n";
    return Ok;
}

int cmdReportClose(Env &env)
{
    Args a(env);
    const QString month = a.text("month").value_or(QString());
    if (month.isEmpty())
        a.fail(tr("report close needs --month YYYY-MM."));
    if (!a.ok())
        return a.usage();
    auto r = MonthlyReport(env.core()).close(env.caller(), month);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(*r);
        return Ok;
    }
    env.out() << tr("Month %1 closed; its report is frozen (SHA-256 %2). %n nonconformity(ies) opened.", nullptr,
                    int(r->value(QStringLiteral("nonconformities")).toArray().size()))
                     .arg(r->value(QStringLiteral("month")).toString(),
                          r->value(QStringLiteral("frozen")).toObject().value(QStringLiteral("sha256")).toString())
              << "\n";
    return Ok;
}

int cmdNcList(Env &env)
{
    Args a(env);
    const QString month = a.text("month").value_or(QString());
    auto list = MonthlyReport(env.core()).nonconformities(env.caller(), month, env.isSet(QStringLiteral("open")));
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray out;
        for (const Nonconformity &n : std::as_const(*list))
            out << n.toJson();
        env.printJson(out);
        return Ok;
    }
    for (const Nonconformity &n : std::as_const(*list))
        env.out() << QStringLiteral("%1  %2 %3  %4\n      %5\n")
                         .arg(n.id, 4)
                         .arg(n.month)
                         .arg(n.status, -15)
                         .arg(n.description)
                         .arg(tr("cause: %1; action: %2").arg(n.cause.isEmpty() ? QStringLiteral("-") : n.cause,
                                                            n.correctiveAction.isEmpty() ? QStringLiteral("-") : n.correctiveAction));
    if (list->isEmpty())
        env.out() << tr("No nonconformities.") << "\n";
    return Ok;
}

int cmdNcUpdate(Env &env)
{
    Args a(env);
    const auto id = a.id(tr("nonconformity"));
    NonconformityUpdate u;
    u.cause = a.text("cause");
    u.correctiveAction = a.text("action");
    u.actionOwner = a.text("owner");
    u.actionDueOn = a.text("due");
    u.status = a.text("status");
    if (!a.ok())
        return a.usage();
    auto n = MonthlyReport(env.core()).updateNonconformity(env.caller(), *id, u);
    if (!n.ok())
        return env.fail(n.error());
    if (env.json())
        env.printJson(n->toJson());
    else
        env.out() << tr("Nonconformity %1 is %2.").arg(n->id).arg(n->status) << "\n";
    return Ok;
}

using Options = std::function<void(QCommandLineParser &)>;

Options options(std::initializer_list<std::pair<const char *, const char *>> valued,
                std::initializer_list<std::pair<const char *, const char *>> flags = {})
{
    QList<std::pair<QString, QString>> v, f;
    for (const auto &[name, help] : valued)
        v << std::pair{QString::fromLatin1(name), tr(help)};
    for (const auto &[name, help] : flags)
        f << std::pair{QString::fromLatin1(name), tr(help)};
    return [v, f](QCommandLineParser &p) {
        for (const auto &[name, help] : v)
            p.addOption({name, help, QStringLiteral("VALUE")});
        for (const auto &[name, help] : f)
            p.addOption({name, help});
    };
}
} // namespace

void registerServiceCommands(Registry &r)
{
    auto words = [](const char *a, const char *b = nullptr) {
        QStringList w{QString::fromLatin1(a)};
        if (b)
            w << QString::fromLatin1(b);
        return w;
    };
    r.add({words("incident", "list"), tr("open incidents and service requests (--all for every one)"), {},
           options({{"status", "only this status"}, {"kind", "incident or request"}, {"service", "only this service"},
                    {"limit", "at most this many (default 200)"}},
                   {{"all", "resolved and closed ones too"}}),
           cmdIncidentList});
    r.add({words("incident", "open"), tr("report an incident (or with --request, a service request)"), {},
           options({{"title", "what is wrong"}, {"description", "details"}, {"service", "the affected service"},
                    {"station", "where (default: the caller's station)"}, {"impact", "1 high, 2 medium, 3 low (default 2)"},
                    {"urgency", "1 high, 2 medium, 3 low (default 2)"}, {"assign", "who owns it"},
                    {"outage-from", "the service has been unavailable since (implies --outage)"}},
                   {{"request", "a service request, not an incident"}, {"major", "a major incident"},
                    {"security", "a security incident"}, {"outage", "the service is unavailable"}}),
           cmdIncidentOpen});
    r.add({words("incident", "show"), tr("an incident with its clocks, history and evidence"), QStringLiteral("ID"), {},
           cmdIncidentShow});
    r.add({words("incident", "update"), tr("change an incident's status, owner, priority or flags"), QStringLiteral("ID"),
           options({{"status", "assigned, in_progress, pending, resolved or closed"}, {"assign", "the owner"},
                    {"impact", "1-3"}, {"urgency", "1-3"}, {"title", "new title"}, {"description", "new description"},
                    {"service", "the affected service"}, {"major", "yes or no"}, {"security", "yes or no"},
                    {"outage", "yes or no"}, {"outage-from", "outage start"}, {"outage-to", "outage end"},
                    {"pending-reason", "what it waits for (with --status pending)"},
                    {"resolution", "what fixed it (with --status resolved)"}, {"note", "a note for the history"}}),
           cmdIncidentUpdate});
    r.add({words("incident", "resolve"), tr("resolve an incident"), QStringLiteral("ID"),
           options({{"resolution", "what fixed it"}}), cmdIncidentResolve});
    r.add({words("incident", "close"), tr("confirm the closure of a resolved incident"), QStringLiteral("ID"),
           options({{"note", "a note for the history"}}), cmdIncidentClose});
    r.add({words("incident", "reopen"), tr("reopen a resolved incident"), QStringLiteral("ID"),
           options({{"reason", "why it is not fixed"}}), cmdIncidentReopen});
    r.add({words("incident", "evaluate"), tr("run the automatic incident rules, escalations and auto-resolution now"), {}, {},
           cmdIncidentEvaluate});
    r.add({words("incident", "matrix"), tr("the impact x urgency priority matrix"), {},
           options({{"set", "IMPACTxURGENCY=PRIORITY, such as 2x1=2"}}), cmdIncidentMatrix});
    r.add({words("incident", "targets"), tr("time-to-own and time-to-resolve targets per priority"), {},
           options({{"kind", "incident or request"}, {"priority", "1-5"}, {"own", "time to own, such as 30m"},
                    {"resolve", "time to resolve, such as 8h"}, {"attainment", "share that must meet them, such as 90"}}),
           cmdIncidentTargets});
    r.add({words("incident", "rules"), tr("the automatic incident rules and their settings"), {},
           options({{"rule", "burst, latency, burn, heartbeat or auto_resolve"}, {"window", "seconds"},
                    {"short-window", "seconds"}, {"threshold", "count, or burn rate x100"}, {"min-count", "operations"},
                    {"impact", "1-3"}, {"urgency", "1-3"}, {"enabled", "yes or no"}}),
           cmdIncidentRules});

    r.add({words("problem", "list"), tr("open problems (--all for every one)"), {}, options({}, {{"all", "closed ones too"}}),
           cmdProblemList});
    r.add({words("problem", "open"), tr("open a problem, linking recurring incidents"), {},
           options({{"title", "the problem"}, {"description", "details"}, {"service", "the affected service"},
                    {"incidents", "ID,ID,... to link"}}),
           cmdProblemOpen});
    r.add({words("problem", "show"), tr("a problem"), QStringLiteral("ID"), {}, cmdProblemShow});
    r.add({words("problem", "update"), tr("record root cause, workaround, fix, or move a problem on"), QStringLiteral("ID"),
           options({{"status", "investigating, known_error, resolved or closed"}, {"root-cause", "the cause"},
                    {"workaround", "how to work around it"}, {"fix-change", "the change that fixes it"},
                    {"title", "new title"}, {"description", "new description"}}),
           cmdProblemUpdate});
    r.add({words("problem", "link"), tr("link incidents to a problem"), QStringLiteral("ID"),
           options({{"incidents", "ID,ID,..."}}), cmdProblemLink});
    r.add({words("problem", "suggest"), tr("incidents that recur with the same error code, service or station"), {},
           options({{"days", "look back this many days (default 90)"}, {"min", "at least this many incidents (default 3)"}}),
           cmdProblemSuggest});
    r.add({words("problem", "known-errors"), tr("the known-error list (root cause and workaround)"), {}, {},
           cmdProblemKnownErrors});
    r.add({words("problem", "check"), tr("check whether a problem's fault recurred after its fix"), QStringLiteral("ID"), {},
           cmdProblemCheck});

    r.add({words("change", "list"), tr("changes"), {},
           options({{"kind", "standard, normal or emergency"}, {"limit", "at most this many"}},
                   {{"open", "only those not finished"}}),
           cmdChangeList});
    r.add({words("change", "request"), tr("request a change"), {},
           options({{"title", "the change"}, {"kind", "standard, normal (default) or emergency"},
                    {"risk", "low (default), medium or high"}, {"service", "the affected service"},
                    {"description", "details"}}),
           cmdChangeRequest});
    r.add({words("change", "show"), tr("a change and its history"), QStringLiteral("ID"), {}, cmdChangeShow});
    r.add({words("change", "approve"), tr("approve a change"), QStringLiteral("ID"), options({{"note", "a note"}}),
           cmdChangeApprove});
    r.add({words("change", "reject"), tr("reject a change"), QStringLiteral("ID"), options({{"note", "why"}}),
           cmdChangeReject});
    r.add({words("change", "schedule"), tr("plan a change's window and the maintenance it causes"), QStringLiteral("ID"),
           options({{"start", "window start"}, {"end", "window end"}, {"services", "services in maintenance meanwhile"},
                    {"stations", "stations in maintenance meanwhile"}}),
           cmdChangeSchedule});
    r.add({words("change", "start"), tr("the change's work begins"), QStringLiteral("ID"), {}, cmdChangeStart});
    r.add({words("change", "finish"), tr("the change's work ends, with its outcome"), QStringLiteral("ID"),
           options({{"outcome", "success, failed or rolled_back"}, {"note", "what happened"}}), cmdChangeFinish});

    r.add({words("station", "list"), tr("stations and their state from heartbeats"), {}, {}, cmdStationList});
    r.add({words("station", "register"), tr("register a station; prints its heartbeat token once"), QStringLiteral("CODE"),
           options({{"kind", "desk, kiosk, reports, server or selfcheck"}, {"name", "a readable name"},
                    {"period", "seconds between heartbeats (default 60)"}, {"grace", "seconds of grace (default 120)"},
                    {"calendar", "its service hours: a calendar code or always"},
                    {"branch", "the branch where it stands"}, {"services", "the services it provides"}}),
           cmdStationRegister});
    r.add({words("station", "heartbeat"), tr("send a heartbeat for a station"), QStringLiteral("CODE"),
           options({{"token", "the station's token (the local administrator may omit it)"}}), cmdStationHeartbeat});
    r.add({words("station", "retire"), tr("retire a station"), QStringLiteral("CODE"), {}, cmdStationRetire});
    r.add({words("station", "token"), tr("issue a new heartbeat token for a station"), QStringLiteral("CODE"), {},
           cmdStationToken});

    r.add({words("service", "list"), tr("the service catalogue with its targets"), {}, {}, cmdServiceList});
    r.add({words("service", "show"), tr("one service of the catalogue"), QStringLiteral("CODE"), {}, cmdServiceShow});
    r.add({words("service", "set"), tr("edit a service of the catalogue (recorded as standard changes)"), QStringLiteral("CODE"),
           options({{"name", "name"}, {"description", "description"}, {"owner", "owner"},
                    {"latency-threshold", "milliseconds"}, {"latency-target", "percent within the threshold"},
                    {"success", "success objective, percent"}, {"availability", "availability objective, percent"},
                    {"workload-limit", "operations per hour (0: none)"}, {"calendar", "service hours: a calendar code or always"},
                    {"state", "open, closed or maintenance"}, {"reason", "why (for closed or maintenance)"}}),
           cmdServiceSet});

    r.add({words("availability"), tr("availability per service and station for a month"), {},
           options({{"month", "YYYY-MM"}}), cmdAvailability});
    r.add({words("report", "monthly"), tr("the monthly service report as PDF and/or CSV"), {},
           options({{"month", "YYYY-MM"}, {"out", "the PDF file"}, {"csv", "a folder for the CSV files"}}), cmdReportMonthly});
    r.add({words("report", "close"), tr("close a month: freeze its report and open its nonconformities"), {},
           options({{"month", "YYYY-MM"}}), cmdReportClose});
    r.add({words("nonconformity", "list"), tr("nonconformities (missed targets)"), {},
           options({{"month", "YYYY-MM"}}, {{"open", "only those not closed"}}), cmdNcList});
    r.add({words("nonconformity", "update"), tr("record cause and corrective action of a nonconformity"), QStringLiteral("ID"),
           options({{"cause", "the cause"}, {"action", "the corrective action"}, {"owner", "who carries it out"},
                    {"due", "YYYY-MM-DD"}, {"status", "open, action_planned or closed"}}),
           cmdNcUpdate});
}

} // namespace Aksara::Cli
