#pragma once

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Aksara::ServiceManagement {

// A service of the catalogue with everything the SLA says about it.
struct CatalogueEntry {
    QString code;
    QString name;
    QString description;
    QString owner;
    qint64 latencyThresholdMs = 0;
    int latencyTargetBp = 0;
    int successObjectiveBp = 0;
    int availabilityObjectiveBp = 0;
    qint64 workloadLimitPerHour = 0; // 0: no limit
    QString calendar;                // calendar code, or "always"
    QString state;
    QString stateReason;
    QJsonObject toJson() const;
};

// Edits; unset fields stay as they are.
struct CatalogueEdit {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> owner;
    std::optional<qint64> latencyThresholdMs;
    std::optional<int> latencyTargetBp;
    std::optional<int> successObjectiveBp;
    std::optional<int> availabilityObjectiveBp;
    std::optional<qint64> workloadLimitPerHour; // 0 removes the limit
    std::optional<QString> calendar;            // a calendar code or "always"
    std::optional<QString> state;               // open | closed | maintenance
    std::optional<QString> stateReason;
};

// The service catalogue (ISO 20000-1 8.3.3), editable by a supervisor (right service.manage).
// Every edited field is a standard change record (entity "service", key = code, old and new value).
// Refusals: service.unknown, service.bad_input, calendar.unknown.
class ServiceCatalogue {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceManagement::ServiceCatalogue)

public:
    explicit ServiceCatalogue(ServiceCore &core) : m_core(core) {}

    Result<QList<CatalogueEntry>> list(const Caller &caller);
    Result<CatalogueEntry> show(const Caller &caller, const QString &code);
    // Returns the entry after the edit and the ids of the change records.
    Result<std::pair<CatalogueEntry, QList<qint64>>> edit(const Caller &caller, const QString &code,
                                                          const CatalogueEdit &edit);

    static Result<QList<CatalogueEntry>> loadAll(Database &db);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::ServiceManagement
