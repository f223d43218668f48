#include "service/Evaluator.h"

#include "service/Changes.h"
#include "service/Common.h"
#include "service/Stations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace Aksara::ServiceManagement {

namespace {
QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

Result<QList<qint64>> idsOf(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}

QString minutes(qint64 seconds)
{
    return seconds % 60 == 0 ? tr("%n min", nullptr, int(seconds / 60)) : tr("%n s", nullptr, int(seconds));
}

const RuleSettings *find(const QList<RuleSettings> &rules, const QString &name)
{
    for (const RuleSettings &r : rules)
        if (r.rule == name)
            return &r;
    return nullptr;
}

Status burstRule(Database &db, const RuleSettings &r, qint64 now, QList<RuleFiring> &out)
{
    const qint64 from = now - r.windowS * 1000;
    // Per service through the (service, at) index: a window of minutes, never the whole log.
    auto q = db.exec(QStringLiteral("SELECT s.code, (SELECT COUNT(*) FROM operations o WHERE o.service = s.code AND "
                                    "o.at > ? AND o.at <= ? AND o.outcome = 'failed') FROM services s ORDER BY s.code"),
                     {from, now});
    if (!q.ok())
        return q.error();
    QList<std::pair<QString, qint64>> hits;
    while (q->next())
        if (q->value(1).toLongLong() >= qMax<qint64>(1, r.threshold))
            hits << std::pair{q->value(0).toString(), q->value(1).toLongLong()};
    q->finish();
    for (const auto &[service, n] : std::as_const(hits)) {
        RuleFiring f;
        f.rule = QStringLiteral("burst");
        f.service = service;
        f.fingerprint = QStringLiteral("rule:burst:") + service;
        f.title = tr("%1: burst of failures (%2 failed operations within %3)").arg(service).arg(n).arg(minutes(r.windowS));
        f.description = tr("At least %1 failed operations within %2 open this incident.").arg(r.threshold).arg(minutes(r.windowS));
        auto ev = idsOf(db, QStringLiteral("SELECT id FROM operations WHERE service = ? AND outcome = 'failed' AND at > ? "
                                           "AND at <= ? ORDER BY id LIMIT 500"),
                        {service, from, now});
        if (!ev.ok())
            return ev.error();
        f.evidence = *ev;
        out << f;
    }
    return {};
}

// The rules read recent records per service: services drive the join (CROSS JOIN keeps SQLite's
// planner from scanning the whole log), each searched through the (service, at) index.
Status latencyRule(Database &db, const RuleSettings &r, qint64 now, QList<RuleFiring> &out)
{
    const qint64 window = r.windowS * 1000;
    const qint64 slice = (r.shortWindowS > 0 && r.shortWindowS < r.windowS) ? r.shortWindowS * 1000 : window;
    const int slices = int(window / slice);
    const qint64 base = now - qint64(slices) * slice + 1; // (now - window, now], in whole slices
    auto q = db.exec(QStringLiteral("SELECT o.service, (o.at - ?) / ?, COUNT(*), SUM(CASE WHEN o.duration_us <= "
                                    "s.latency_threshold_ms * 1000 THEN 1 ELSE 0 END), MIN(s.latency_target_bp) "
                                    "FROM services s CROSS JOIN operations o WHERE o.service = s.code AND o.at >= ? AND "
                                    "o.at <= ? AND o.outcome <> 'failed' GROUP BY 1, 2 ORDER BY 1, 2"),
                     {base, slice, base, now});
    if (!q.ok())
        return q.error();
    struct Acc {
        int slicesBad = 0;
        qint64 answered = 0;
        qint64 within = 0;
    };
    QMap<QString, Acc> acc;
    while (q->next()) {
        const QString service = q->value(0).toString();
        const qint64 n = q->value(2).toLongLong();
        const qint64 within = q->value(3).toLongLong();
        const qint64 target = q->value(4).toLongLong();
        Acc &a = acc[service];
        a.answered += n;
        a.within += within;
        // A bad slice: enough operations and too few of them fast enough.
        if (n >= qMax<qint64>(1, r.minCount) && within * 10000 < n * target)
            a.slicesBad += 1;
    }
    q->finish();
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        if (it->slicesBad < slices)
            continue;
        RuleFiring f;
        f.rule = QStringLiteral("latency");
        f.service = it.key();
        f.fingerprint = QStringLiteral("rule:latency:") + it.key();
        f.title = tr("%1: latency over threshold for %2 (%3 of %4 operations in time)")
                      .arg(it.key(), minutes(r.windowS))
                      .arg(it->within)
                      .arg(it->answered);
        f.description = tr("In every %1 of the last %2 too few operations met the latency threshold.")
                            .arg(minutes(slice / 1000), minutes(r.windowS));
        auto ev = idsOf(db, QStringLiteral("SELECT o.id FROM services s CROSS JOIN operations o WHERE s.code = ? AND "
                                           "o.service = s.code AND o.at >= ? AND o.at <= ? AND o.outcome <> 'failed' AND "
                                           "o.duration_us > s.latency_threshold_ms * 1000 ORDER BY o.id LIMIT 200"),
                        {it.key(), base, now});
        if (!ev.ok())
            return ev.error();
        f.evidence = *ev;
        out << f;
    }
    return {};
}

Status burnRule(Database &db, const RuleSettings &r, qint64 now, QList<RuleFiring> &out)
{
    const qint64 longFrom = now - r.windowS * 1000;
    const qint64 shortFrom = now - (r.shortWindowS > 0 ? r.shortWindowS : r.windowS) * 1000;
    auto q = db.exec(QStringLiteral(
                         "SELECT o.service, MIN(s.success_objective_bp), "
                         "SUM(CASE WHEN o.outcome = 'ok' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN o.outcome = 'failed' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN o.at > ? AND o.outcome = 'ok' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN o.at > ? AND o.outcome = 'failed' THEN 1 ELSE 0 END) "
                         "FROM services s CROSS JOIN operations o WHERE o.service = s.code AND o.at > ? AND "
                         "o.at <= ? AND o.outcome <> 'refused' GROUP BY o.service ORDER BY o.service"),
                     {shortFrom, shortFrom, longFrom, now});
    if (!q.ok())
        return q.error();
    struct Hit {
        QString service;
        qint64 objective, okL, failedL, okS, failedS;
    };
    QList<Hit> hits;
    while (q->next())
        hits << Hit{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                    q->value(4).toLongLong(), q->value(5).toLongLong()};
    q->finish();
    // burn rate = (failed / valid) / (1 - objective); compared as integers: failed * 10^6 >= T * valid * budget_bp.
    auto burning = [&](qint64 ok, qint64 failed, qint64 objective) {
        const qint64 valid = ok + failed;
        if (valid == 0 || failed == 0)
            return false;
        const qint64 budgetBp = 10000 - objective;
        if (budgetBp <= 0)
            return true;
        return failed * 1000000 >= r.threshold * valid * budgetBp;
    };
    for (const Hit &h : std::as_const(hits)) {
        if (h.okL + h.failedL < r.minCount)
            continue;
        if (!burning(h.okL, h.failedL, h.objective) || !burning(h.okS, h.failedS, h.objective))
            continue;
        RuleFiring f;
        f.rule = QStringLiteral("burn");
        f.service = h.service;
        f.fingerprint = QStringLiteral("rule:burn:") + h.service;
        const double budget = (10000 - h.objective) / 10000.0;
        const double burn = budget > 0 ? (double(h.failedL) / double(h.okL + h.failedL)) / budget : 0;
        f.title = tr("%1: error budget burning fast (%2x over %3)")
                      .arg(h.service)
                      .arg(burn, 0, 'f', 1)
                      .arg(minutes(r.windowS));
        f.description = tr("%1 of %2 valid operations failed in the last %3 (%4 of %5 in the last %6).")
                            .arg(h.failedL)
                            .arg(h.okL + h.failedL)
                            .arg(minutes(r.windowS))
                            .arg(h.failedS)
                            .arg(h.okS + h.failedS)
                            .arg(minutes((now - shortFrom) / 1000));
        auto ev = idsOf(db, QStringLiteral("SELECT id FROM operations WHERE service = ? AND outcome = 'failed' AND at > ? "
                                           "AND at <= ? ORDER BY id LIMIT 500"),
                        {h.service, shortFrom, now});
        if (!ev.ok())
            return ev.error();
        f.evidence = *ev;
        out << f;
    }
    return {};
}

Status heartbeatRule(Database &db, qint64 now, QList<RuleFiring> &out)
{
    auto stations = Stations::loadAll(db, now);
    if (!stations.ok())
        return stations.error();
    for (const Station &s : std::as_const(*stations)) {
        if (s.state != QLatin1String("down"))
            continue;
        RuleFiring f;
        f.rule = QStringLiteral("heartbeat");
        f.station = s.code;
        f.fingerprint = QStringLiteral("rule:heartbeat:") + s.code;
        f.title = tr("Station %1 stopped sending heartbeats").arg(s.code);
        f.description = s.lastHeartbeatAt ? tr("Last heartbeat at %1; expected every %2 s (grace %3 s) within its service hours.")
                                                .arg(isoUtc(s.lastHeartbeatAt))
                                                .arg(s.periodS)
                                                .arg(s.graceS)
                                          : tr("No heartbeat since it was registered at %1.").arg(isoUtc(s.registeredAt));
        out << f;
    }
    return {};
}

struct Plan {
    QList<RuleFiring> fired;
    QList<qint64> escalate;    // open incidents with an unrecorded escalation
    QList<qint64> autoResolve; // healthy automatic incidents
    bool empty() const { return fired.isEmpty() && escalate.isEmpty() && autoResolve.isEmpty(); }
};

Result<QList<RuleFiring>> detectAll(Database &db, const QList<RuleSettings> &rules, qint64 now)
{
    QList<RuleFiring> out;
    if (const RuleSettings *r = find(rules, QStringLiteral("burst")); r && r->enabled && r->windowS > 0)
        if (Status st = burstRule(db, *r, now, out); !st.ok())
            return st.error();
    if (const RuleSettings *r = find(rules, QStringLiteral("latency")); r && r->enabled && r->windowS > 0)
        if (Status st = latencyRule(db, *r, now, out); !st.ok())
            return st.error();
    if (const RuleSettings *r = find(rules, QStringLiteral("burn")); r && r->enabled && r->windowS > 0)
        if (Status st = burnRule(db, *r, now, out); !st.ok())
            return st.error();
    if (const RuleSettings *r = find(rules, QStringLiteral("heartbeat")); r && r->enabled)
        if (Status st = heartbeatRule(db, now, out); !st.ok())
            return st.error();
    return out;
}

// Automatic incidents whose fault has not recurred for the healthy period and whose rule no longer fires.
Result<QList<qint64>> healthy(Database &db, const QList<RuleSettings> &rules, const QList<RuleFiring> &fired, qint64 now)
{
    const RuleSettings *r = find(rules, QStringLiteral("auto_resolve"));
    if (!r || !r->enabled || r->windowS <= 0)
        return QList<qint64>{};
    QSet<QString> firing;
    for (const RuleFiring &f : fired)
        firing.insert(f.fingerprint);
    auto q = db.exec(QStringLiteral("SELECT id, fingerprint FROM incidents WHERE source = 'auto' AND status NOT IN "
                                    "('resolved', 'closed') AND last_seen_at <= ? ORDER BY id"),
                     {now - r->windowS * 1000});
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        if (!firing.contains(q->value(1).toString()))
            out << q->value(0).toLongLong();
    q->finish();
    return out;
}

// Open incidents whose clocks have reached a warning or breach not yet recorded.
Result<QList<qint64>> dueEscalations(Database &db, qint64 now)
{
    auto open = Incidents::loadWhere(db, QStringLiteral("i.status NOT IN ('resolved', 'closed')"), {});
    if (!open.ok())
        return open.error();
    QList<qint64> out;
    for (const Incident &i : std::as_const(*open)) {
        auto c = Incidents::clocks(db, i, now);
        if (!c.ok())
            return c.error();
        const int reached = (c->own.warningAt ? 1 : 0) + (c->own.breachAt ? 1 : 0) + (c->resolve.warningAt ? 1 : 0)
                          + (c->resolve.breachAt ? 1 : 0);
        if (reached == 0)
            continue;
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_escalations WHERE incident_id = ?"), {i.id});
        if (!n.ok())
            return n.error();
        if (n->toLongLong() < reached)
            out << i.id;
    }
    return out;
}
} // namespace

QJsonObject RuleSettings::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("window_s"), windowS},
            {QStringLiteral("short_window_s"), shortWindowS},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("min_count"), minCount},
            {QStringLiteral("impact"), impact},
            {QStringLiteral("urgency"), urgency}};
}

QJsonObject RuleFiring::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("service"), service.isEmpty() ? QJsonValue() : QJsonValue(service)},
            {QStringLiteral("station"), station.isEmpty() ? QJsonValue() : QJsonValue(station)},
            {QStringLiteral("title"), title},
            {QStringLiteral("incident_id"), incidentId ? QJsonValue(incidentId) : QJsonValue()},
            {QStringLiteral("opened"), opened},
            {QStringLiteral("evidence_operations"), idArray(evidence)}};
}

QJsonObject EvaluationResult::toJson() const
{
    QJsonArray f;
    for (const RuleFiring &r : fired)
        f << r.toJson();
    QJsonArray e;
    for (const Escalation &x : escalations)
        e << x.toJson();
    return {{QStringLiteral("at"), isoOrNull(atMs)},
            {QStringLiteral("fired"), f},
            {QStringLiteral("escalations"), e},
            {QStringLiteral("auto_resolved"), idArray(autoResolved)},
            {QStringLiteral("operation_id"), operationId ? QJsonValue(operationId) : QJsonValue()}};
}

Result<QList<RuleSettings>> Evaluator::rules(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT rule, enabled, window_s, short_window_s, threshold, min_count, impact, urgency "
                                    "FROM incident_rules ORDER BY rule"));
    if (!q.ok())
        return q.error();
    QList<RuleSettings> out;
    while (q->next())
        out << RuleSettings{q->value(0).toString(),   q->value(1).toInt() != 0, q->value(2).toLongLong(),
                            q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                            q->value(6).toInt(),      q->value(7).toInt()};
    q->finish();
    return out;
}

Result<QList<RuleFiring>> Evaluator::detect()
{
    auto r = rules(m_core.db());
    if (!r.ok())
        return r.error();
    return detectAll(m_core.db(), *r, m_core.clock().nowMs());
}

Result<EvaluationResult> Evaluator::evaluate(const Caller &caller)
{
    Database &db = m_core.db();
    const qint64 now = m_core.clock().nowMs();
    auto settings = rules(db);
    if (!settings.ok())
        return settings.error();
    Plan plan;
    {
        auto fired = detectAll(db, *settings, now);
        if (!fired.ok())
            return fired.error();
        plan.fired = *fired;
        auto esc = dueEscalations(db, now);
        if (!esc.ok())
            return esc.error();
        plan.escalate = *esc;
        auto heal = healthy(db, *settings, plan.fired, now);
        if (!heal.ok())
            return heal.error();
        plan.autoResolve = *heal;
    }
    EvaluationResult result;
    result.atMs = now;
    if (plan.empty())
        return result;

    Status st = m_core.run(
        caller, {Services::Administration, QStringLiteral("incident.evaluate"), Rights::IncidentManage, {}},
        [&](OperationContext &ctx) -> Status {
            const qint64 at = ctx.nowMs();
            QJsonArray firedJson;
            for (RuleFiring &f : plan.fired) {
                const RuleSettings *r = find(*settings, f.rule);
                const int impact = r ? r->impact : 2;
                const int urgency = r ? r->urgency : 2;
                auto priority = Incidents::priorityFor(ctx.db(), impact, urgency);
                if (!priority.ok())
                    return priority.error();
                auto q = ctx.db().exec(
                    QStringLiteral(
                        "INSERT INTO incidents (fingerprint, source, kind, rule, title, description, service_code, "
                        "station, status, impact, urgency, priority, major, reported_by, occurrences, first_seen_at, "
                        "last_seen_at, opened_at, created_op, updated_op) VALUES (?, 'auto', 'incident', ?, ?, ?, ?, ?, "
                        "'new', ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (fingerprint) WHERE status NOT IN ('resolved', 'closed') DO UPDATE SET "
                        "occurrences = incidents.occurrences + 1, last_seen_at = excluded.last_seen_at, "
                        "updated_op = excluded.updated_op RETURNING id, occurrences"),
                    {f.fingerprint, f.rule, f.title, nn(f.description), textOrNull(f.service), textOrNull(f.station), impact,
                     urgency, *priority, *priority == 1 ? 1 : 0, ctx.caller().actor, at, at, at, ctx.operationId(),
                     ctx.operationId()});
                if (!q.ok())
                    return q.error();
                if (!q->next())
                    return Error::failed(QStringLiteral("incident.open"), tr("Could not open the incident."));
                f.incidentId = q->value(0).toLongLong();
                f.opened = q->value(1).toLongLong() == 1;
                q->finish();
                if (f.opened) {
                    IncidentEvent e;
                    e.kind = QStringLiteral("opened");
                    e.note = tr("Opened by the %1 rule: %2").arg(f.rule, f.description);
                    if (Status s = Incidents::addEvent(ctx, f.incidentId, e); !s.ok())
                        return s;
                }
                for (qint64 op : std::as_const(f.evidence)) {
                    auto link = ctx.db().exec(QStringLiteral("INSERT INTO incident_operations (incident_id, operation_id) "
                                                             "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                              {f.incidentId, op});
                    if (!link.ok())
                        return link.error();
                }
                firedJson << QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("incident_id"), f.incidentId}};
            }
            const RuleSettings *heal = find(*settings, QStringLiteral("auto_resolve"));
            for (qint64 id : std::as_const(plan.autoResolve)) {
                auto i = Incidents::load(ctx.db(), id);
                if (!i.ok())
                    return i.error();
                // Re-checked inside the transaction: it may have changed since detection.
                if (!isOpenStatus(i->status) || !heal || i->lastSeenAt > at - heal->windowS * 1000)
                    continue;
                const QString resolution = tr("Automatically resolved: no recurrence for %1. Closure is confirmed by a person.")
                                               .arg(minutes(heal->windowS));
                if (Status s = Incidents::transition(ctx, *i, IncidentStatus::Resolved, {}, resolution); !s.ok())
                    return s;
                result.autoResolved << id;
            }
            auto open = Incidents::loadWhere(ctx.db(), QStringLiteral("i.status NOT IN ('resolved', 'closed')"), {});
            if (!open.ok())
                return open.error();
            for (const Incident &i : std::as_const(*open)) {
                auto c = Incidents::clocks(ctx.db(), i, at);
                if (!c.ok())
                    return c.error();
                auto esc = Incidents::recordEscalations(ctx, i, *c);
                if (!esc.ok())
                    return esc.error();
                result.escalations += *esc;
            }
            ctx.setDetail(QStringLiteral("fired"), firedJson);
            ctx.setDetail(QStringLiteral("auto_resolved"), idArray(result.autoResolved));
            ctx.setDetail(QStringLiteral("escalations"), qint64(result.escalations.size()));
            return {};
        });
    if (!st.ok())
        return st.error();
    result.fired = plan.fired;
    result.operationId = ServiceCore::lastOperationId();
    // Escalations recorded by the auto-resolution's transition are in the incidents' history too.
    return result;
}

Status Evaluator::setRule(const Caller &caller, const RuleSettings &s)
{
    return m_core.run(caller, {Services::Administration, QStringLiteral("incident.rule.set"), Rights::ServiceManage, s.rule},
                      [&](OperationContext &ctx) -> Status {
                          auto all = rules(ctx.db());
                          if (!all.ok())
                              return all.error();
                          const RuleSettings *old = find(*all, s.rule);
                          if (!old)
                              return badInput(QStringLiteral("incident"),
                                              tr("There is no rule \"%1\" (burst, latency, burn, heartbeat, auto_resolve).")
                                                  .arg(s.rule));
                          if (s.windowS < 0 || s.shortWindowS < 0 || s.threshold < 0 || s.minCount < 0
                              || s.impact < 1 || s.impact > 3 || s.urgency < 1 || s.urgency > 3)
                              return badInput(QStringLiteral("incident"),
                                              tr("Windows, threshold and counts are not negative; impact and urgency are 1 to 3."));
                          if (s.shortWindowS > s.windowS)
                              return badInput(QStringLiteral("incident"), tr("The short window is not longer than the window."));
                          auto q = ctx.db().exec(
                              QStringLiteral("UPDATE incident_rules SET enabled = ?, window_s = ?, short_window_s = ?, "
                                             "threshold = ?, min_count = ?, impact = ?, urgency = ?, updated_op = ? "
                                             "WHERE rule = ?"),
                              {s.enabled ? 1 : 0, s.windowS, s.shortWindowS, s.threshold, s.minCount, s.impact, s.urgency,
                               ctx.operationId(), s.rule});
                          if (!q.ok())
                              return q.error();
                          auto text = [](const RuleSettings &r) {
                              return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
                          };
                          auto change = Changes::recordStandard(ctx, tr("Incident rule %1").arg(s.rule),
                                                                QStringLiteral("incident_rules"), s.rule, text(*old), text(s));
                          if (!change.ok())
                              return change.error();
                          return {};
                      });
}

} // namespace Aksara::ServiceManagement
