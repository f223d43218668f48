#pragma once

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Aksara::ServiceManagement {

// Problem statuses: new -> investigating -> known_error (root cause and workaround known) ->
// resolved (fixed by a completed change) -> closed (after a recurrence check found nothing).
struct Problem {
    qint64 id = 0;
    QString title;
    QString description;
    QString status;
    QString serviceCode;
    QString rootCause;
    QString workaround;
    qint64 knownErrorAt = 0;
    qint64 fixChangeId = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 recurrenceCheckedAt = 0;
    qint64 recurrences = -1; // -1: not checked
    qint64 createdAt = 0;
    QString createdBy;
    QList<qint64> incidents;
    QJsonObject toJson() const;
};

struct NewProblem {
    QString title;
    QString description;
    QString serviceCode;
    QList<qint64> incidents;
};

struct ProblemUpdate {
    std::optional<QString> status; // investigating | known_error | resolved | closed
    std::optional<QString> rootCause;
    std::optional<QString> workaround;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<qint64> fixChangeId;
};

// A group of incidents with something in common, suggested as a problem.
struct ProblemSuggestion {
    QString basis; // error_code | service | station
    QString value;
    QList<qint64> incidents;
    qint64 occurrences = 0;
    QJsonObject toJson() const;
};

struct RecurrenceCheck {
    qint64 problemId = 0;
    qint64 since = 0; // the fix's end (or the resolution)
    QList<qint64> recurrences; // incidents of the same faults opened since
    QJsonObject toJson() const;
};

// Problems (ISO 20000-1 8.6.3): administration operations, right incident.manage (reads:
// report.view). Refusals problem.not_found, problem.bad_input, problem.bad_transition,
// problem.needs_analysis (known_error without root cause and workaround), problem.needs_fix
// (resolved without a completed change), problem.recurred (closing while the fault recurs),
// problem.incident_linked (the incident belongs to another problem).
class Problems {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::Problems)

public:
    explicit Problems(ServiceCore &core) : m_core(core) {}

    Result<Problem> open(const Caller &caller, const NewProblem &input);
    Result<Problem> update(const Caller &caller, qint64 id, const ProblemUpdate &input);
    Result<Problem> link(const Caller &caller, qint64 id, const QList<qint64> &incidents);
    // Incidents of the same faults (fingerprint, or error code and service) opened after the fix;
    // records the result on the problem.
    Result<RecurrenceCheck> checkRecurrence(const Caller &caller, qint64 id);
    Result<QList<Problem>> list(const Caller &caller, bool openOnly = true);
    Result<QList<Problem>> knownErrors(const Caller &caller);
    Result<Problem> show(const Caller &caller, qint64 id);
    // Trends among incidents of the last `days` days not yet linked to a problem: groups of at
    // least minIncidents with the same error code, service or station.
    Result<QList<ProblemSuggestion>> suggest(const Caller &caller, int days = 90, int minIncidents = 3);

    static Result<Problem> load(Database &db, qint64 id);
    static Result<QList<Problem>> loadWhere(Database &db, const QString &where, const QVariantList &binds);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
