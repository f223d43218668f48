#pragma once

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Aksara::ServiceManagement {

// Change kinds: standard (pre-approved, recorded automatically for rule, calendar and catalogue
// edits), normal (requested -> approved -> scheduled -> in_progress -> completed | failed |
// rolled_back, or rejected) and emergency (may start before approval; approved afterwards).
struct Change {
    qint64 id = 0;
    QString kind;
    QString title;
    QString description;
    QString entity;
    QString entityKey;
    QString oldValue;
    QString newValue;
    QString requestedBy;
    QString status;
    QString risk;
    QString serviceCode;
    QString approvedBy;
    qint64 approvedAt = 0;
    qint64 plannedStartAt = 0;
    qint64 plannedEndAt = 0;
    qint64 actualStartAt = 0;
    qint64 actualEndAt = 0;
    qint64 createdAt = 0;
    qint64 closedAt = 0;
    QString outcomeNote;

    // success | failed | rolled_back for a finished change, empty otherwise.
    QString outcome() const;
    bool isFinished() const;
    QJsonObject toJson() const;
};

struct ChangeEvent {
    qint64 atMs = 0;
    QString actor;
    QString fromStatus;
    QString toStatus;
    QString note;
    QJsonObject toJson() const;
};

struct NewChange {
    QString kind = QStringLiteral("normal");
    QString title;
    QString description;
    QString risk = QStringLiteral("low");
    QString serviceCode;
};

// The planned window of a change, and what it takes down: maintenance windows for these services
// (the core refuses their operations meanwhile) and these stations. Downtime inside the window is
// planned downtime for availability.
struct ChangeSchedule {
    qint64 startAt = 0;
    qint64 endAt = 0;
    QStringList services;
    QStringList stations;
};

struct ChangeFilter {
    bool openOnly = false;
    QString kind;
    int limit = 200;
};

// Changes (ISO 20000-1 8.5.1). Every call is an administration operation, right service.manage
// (list/show: report.view). Refusals: change.not_found, change.bad_input, change.bad_transition,
// change.not_approved (a normal change cannot be scheduled or started before approval).
class Changes {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::Changes)

public:
    explicit Changes(ServiceCore &core) : m_core(core) {}

    Result<Change> request(const Caller &caller, const NewChange &input);
    Result<Change> approve(const Caller &caller, qint64 id, const QString &note = {});
    Result<Change> reject(const Caller &caller, qint64 id, const QString &note);
    Result<Change> schedule(const Caller &caller, qint64 id, const ChangeSchedule &schedule);
    Result<Change> start(const Caller &caller, qint64 id);
    // outcome: success | failed | rolled_back.
    Result<Change> finish(const Caller &caller, qint64 id, const QString &outcome, const QString &note = {});
    Result<QList<Change>> list(const Caller &caller, const ChangeFilter &filter = {});
    Result<std::pair<Change, QList<ChangeEvent>>> show(const Caller &caller, qint64 id);

    // Records a standard change inside the caller's operation (catalogue, rule and calendar edits).
    static Result<qint64> recordStandard(OperationContext &ctx, const QString &title, const QString &entity,
                                         const QString &entityKey, const QString &oldValue, const QString &newValue);
    static Result<Change> load(Database &db, qint64 id);
    static Result<QList<Change>> loadWhere(Database &db, const QString &where, const QVariantList &binds, int limit = 0);

private:
    Result<Change> transition(const Caller &caller, qint64 id, const QString &operation,
                              const std::function<Status(OperationContext &, Change &)> &apply);
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
