#pragma once

#include "core/ServiceCore.h"
#include "service/Incidents.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Aksara::ServiceManagement {

struct RuleSettings {
    QString rule;
    bool enabled = true;
    qint64 windowS = 0;
    qint64 shortWindowS = 0;
    qint64 threshold = 0;
    qint64 minCount = 0;
    int impact = 2;
    int urgency = 2;
    QJsonObject toJson() const;
};

// One automatic rule whose condition holds at the evaluation instant.
struct RuleFiring {
    QString rule;        // burst | latency | burn | heartbeat
    QString fingerprint; // "rule:<rule>:<service or station>"
    QString service;
    QString station;
    QString title;
    QString description;
    QList<qint64> evidence; // operation record ids
    qint64 incidentId = 0;
    bool opened = false;    // a new incident (false: one more occurrence of the open one)
    QJsonObject toJson() const;
};

struct EvaluationResult {
    qint64 atMs = 0;
    QList<RuleFiring> fired;
    QList<Escalation> escalations;
    QList<qint64> autoResolved;
    qint64 operationId = 0; // 0 when nothing had to change (no operation was recorded)
    QJsonObject toJson() const;
};

// Runs the automatic incident rules, the escalations of the SLA clocks and the auto-resolution of
// automatic incidents. The server calls evaluate() periodically (and `aksara incident evaluate`
// on demand); it is deterministic for a given clock and database.
//
// Detection reads recent operation records (an indexed window of minutes to an hour, never a
// scan of the whole log) and the stations; when something must change it runs one operation of
// the administration service ("incident.evaluate", right incident.manage) that opens incidents or
// adds occurrences (deduplicated by fingerprint), links their evidence, records escalations and
// resolves healthy automatic incidents. An evaluation that changes nothing records nothing.
class Evaluator {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::Evaluator)

public:
    explicit Evaluator(ServiceCore &core) : m_core(core) {}

    Result<EvaluationResult> evaluate(const Caller &caller);
    // What the rules see now, without changing anything (no incidents, no record).
    Result<QList<RuleFiring>> detect();

    static Result<QList<RuleSettings>> rules(Database &db);
    // right service.manage; a standard change record.
    Status setRule(const Caller &caller, const RuleSettings &settings);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
