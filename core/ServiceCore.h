#pragma once

#include <QCoreApplication>
#include "core/Caller.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/OperationLog.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Aksara {

// The codes of the services the library offers (the service catalogue is seeded with them).
namespace Services {
inline const QString Membership = QStringLiteral("membership");
inline const QString Checkout = QStringLiteral("checkout");
inline const QString Checkin = QStringLiteral("checkin");
inline const QString Renewal = QStringLiteral("renewal");
inline const QString Holds = QStringLiteral("holds");
inline const QString Fees = QStringLiteral("fees");
inline const QString CatalogueSearch = QStringLiteral("catalogue_search");
inline const QString CollectionLookup = QStringLiteral("collection_lookup");
inline const QString Cataloguing = QStringLiteral("cataloguing");
inline const QString Kiosk = QStringLiteral("kiosk");
inline const QString Sip2 = QStringLiteral("sip2");
inline const QString Sru = QStringLiteral("sru");
inline const QString Reporting = QStringLiteral("reporting");
inline const QString Administration = QStringLiteral("administration");
} // namespace Services

// Latency histogram bucket upper bounds in microseconds (the last bucket is +Inf). Stored as the
// columns h00..h15 of sla_buckets; the OpenMetrics exporter and the reports read the same bounds.
inline constexpr std::array<qint64, 15> kLatencyBoundsUs{250,    500,    1000,   2000,    5000,    10000,   20000,  50000,
                                                         100000, 200000, 500000, 1000000, 2000000, 5000000, 10000000};
inline constexpr int kLatencyBuckets = int(kLatencyBoundsUs.size()) + 1;
int latencyBucketIndex(qint64 durationUs);
// sla_buckets rows are one hour wide.
inline constexpr qint64 kSlaBucketMs = 3600 * 1000;

// What is about to run: which service, which operation of it, and the right the caller needs.
// `writes` is false for pure reads (search, lookup, reports): their work runs outside the write
// transaction so that a long search never holds the writer lock; their record is written after.
struct OperationSpec {
    QString service;
    QString operation;
    QString right;
    QString subject; // what it is about, for people reading the log: a barcode, a card number
    bool writes = true;
    // Optional, for requests that may arrive twice (a kiosk replaying its offline queue): an ok
    // operation with a request id is applied once; a repeat is refused with
    // core.already_applied, details {"operation_id": the operation that applied it}.
    QString requestId;
};

// Handed to an operation's work. Everything the work changes goes through db() on this thread's
// connection, inside the transaction the core opened; rows it writes carry operationId() in their
// created_op / updated_op columns (the database checks those at commit).
class OperationContext {
public:
    Database &db() const { return m_db; }
    const Caller &caller() const { return m_caller; }
    const Clock &clock() const { return m_clock; }
    qint64 nowMs() const { return m_nowMs; }
    // Zero for read operations: they change nothing.
    qint64 operationId() const { return m_operationId; }

    void setSubject(const QString &subject) { m_subject = subject; }
    void setDetail(const QString &key, const QJsonValue &value) { m_details.insert(key, value); }
    // A detail that is personal data (a free-text reason about a patron): the log keeps it only
    // sealed under the record's data subject's secret, or not at all (core/Privacy.h).
    void setPersonalDetail(const QString &key, const QJsonValue &value) { m_personal.insert(key, value); }

private:
    friend class ServiceCore;
    OperationContext(Database &db, const Caller &caller, const Clock &clock, qint64 nowMs)
        : m_db(db), m_caller(caller), m_clock(clock), m_nowMs(nowMs) {}
    Database &m_db;
    const Caller &m_caller;
    const Clock &m_clock;
    qint64 m_nowMs;
    qint64 m_operationId = 0;
    QString m_subject;
    QJsonObject m_details;
    QJsonObject m_personal;
};

// A service of the catalogue with its targets (ratios in basis points: 9500 = 95.00 %).
struct ServiceInfo {
    QString code;
    QString name;
    QString state; // open | closed | maintenance
    QString stateReason;
    qint64 latencyThresholdMs = 0;
    int latencyTargetBp = 0;
    int successObjectiveBp = 0;
    int availabilityObjectiveBp = 0;
    qint64 hoursCalendarId = 0; // 0: around the clock
};

// The spine of Aksara: every library operation is executed here.
//
//   1. look up the service; refuse (outcome `refused`) when it is closed, in maintenance, or the
//      caller lacks the right;
//   2. run the work in one transaction (writes) or on a consistent read (reads);
//   3. in that same transaction write the operation record; an `ok` write commits its business
//      change and its evidence together, or neither;
//   4. classify: `ok`; `refused` when the work returned a refusal (a business rule said no);
//      `failed` when it returned a failure, threw, or the commit failed. A refused or failed
//      operation's changes are rolled back and its record is written in a transaction of its own;
//   5. add the operation to its service's hourly SLA bucket and latency histogram;
//   6. for `failed`, open an automatic incident or add an occurrence to the open one with the
//      same fingerprint (service, operation, error code), linked to the record.
//
// Thread affinity: one ServiceCore may be used from several threads; each uses its own connection.
// Operations may nest (an import that creates records): the inner one runs in a savepoint and its
// record belongs to the outer transaction.
class ServiceCore {
    Q_DECLARE_TR_FUNCTIONS(Aksara::ServiceCore)

public:
    ServiceCore(std::shared_ptr<Database> db, const Clock &clock);

    Database &db() const { return *m_db; }
    std::shared_ptr<Database> database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    OperationLog &log() { return m_log; }

    Status run(const Caller &caller, const OperationSpec &spec, const std::function<Status(OperationContext &)> &work);

    template<typename T>
    Result<T> execute(const Caller &caller, const OperationSpec &spec,
                      const std::function<Result<T>(OperationContext &)> &work)
    {
        std::optional<T> out;
        Status st = run(caller, spec, [&](OperationContext &ctx) -> Status {
            Result<T> r = work(ctx);
            if (!r.ok())
                return r.error();
            out.emplace(std::move(r).value());
            return {};
        });
        if (!st.ok())
            return st.error();
        return std::move(*out);
    }

    Result<ServiceInfo> service(const QString &code);
    Result<QList<ServiceInfo>> services();

    // The catalogue entry and maintenance windows of a service are cached for up to
    // kCatalogueTtlMs per ServiceCore (an edit made elsewhere takes effect within that time);
    // code that edits the catalogue through this core calls invalidateCatalogue().
    static constexpr qint64 kCatalogueTtlMs = 1000;
    void invalidateCatalogue();

    // The id of the record written by the last run() on this thread (0 if none was written).
    static qint64 lastOperationId();

    // Anonymous refusals in aggregate (issue 15; docs/architecture.md "Anonymous refusals").
    // A top-level refusal of an anonymous caller (Caller::anonymous) writes no record of its own:
    // it is counted in memory under (service, operation, channel, actor, source, reason, minute),
    // and each such key becomes ONE refused operation record, with details.aggregate.count (and
    // its first/last time and latencies) and the same count added to the SLA bucket, once its
    // minute is over. Due keys are written at the start of the next run() on any thread, by
    // flushAnonymousRefusals() (a server calls it every few seconds) and at destruction
    // (shutdown), all due keys in one transaction. At most kMaxTallyKeys keys are held; beyond that a new key's source and actor
    // fold into "*". A key whose record cannot be written (a full disk) stays counted in memory.
    static constexpr int kMaxTallyKeys = 10000;
    Result<int> flushAnonymousRefusals(bool all = false);
    qint64 pendingAnonymousRefusals();
    ~ServiceCore();

    // Adds one operation to its service's hourly SLA bucket (inside the caller's transaction).
    static Status addToSlaBucket(Database &db, const QString &service, qint64 atMs, Outcome outcome, qint64 durationUs,
                                 qint64 thresholdMs);

private:
    struct CachedService {
        ServiceInfo info;
        QList<std::tuple<qint64, qint64, QString>> windows; // maintenance: start, end, reason
        qint64 fetchedNs = 0;
    };
    Result<CachedService> cachedService(const QString &code);

    Status refusalFromCatalogue(const Caller &caller, const OperationSpec &spec, const CachedService &service, qint64 nowMs);
    Status recordOutcome(const Caller &caller, const OperationSpec &spec, OperationContext &ctx, Outcome outcome,
                         const Error *error, qint64 durationUs, qint64 preallocatedId, qint64 thresholdMs);
    // Opens an incident or adds an occurrence to the open one; returns its id (the caller links
    // it to the record once the record is written).
    Result<qint64> openOrUpdateIncident(const OperationRecord &record, bool knownService);

    struct Tally {
        QString service, operation, channel, actor, station, source, subject, code, message;
        qint64 minuteMs = 0, firstAtMs = 0, lastAtMs = 0, count = 0, within = 0, sumUs = 0, maxUs = 0;
        std::array<qint64, kLatencyBuckets> histogram{};
    };
    void tallyRefusal(const Caller &caller, const OperationSpec &spec, const QString &subject, const Error &error,
                      qint64 atMs, qint64 durationUs, qint64 thresholdMs);
    Status writeTally(const Tally &t);
    static Status addRefusalsToSlaBucket(Database &db, const Tally &t);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    OperationLog m_log;
    QMutex m_tallyMutex;
    QHash<QString, Tally> m_tally;
    std::atomic<qint64> m_tallyDueMs{0}; // 0: nothing pending; else when the oldest key's minute is over
    QMutex m_cacheMutex;
    QHash<QString, CachedService> m_cache;
};

} // namespace Aksara
