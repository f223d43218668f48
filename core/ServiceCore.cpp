#include "core/ServiceCore.h"
#include "core/Privacy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>
#include <exception>

#include <sqlite3.h>

namespace Aksara {

namespace {

thread_local qint64 t_lastOperationId = 0;

QString fingerprintOf(const OperationRecord &r)
{
    const QByteArray key = (r.service + QLatin1Char('|') + r.operation + QLatin1Char('|') + r.errorCode).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

int latencyBucketIndex(qint64 durationUs)
{
    for (int i = 0; i < int(kLatencyBoundsUs.size()); ++i) {
        if (durationUs <= kLatencyBoundsUs[i])
            return i;
    }
    return kLatencyBuckets - 1;
}

ServiceCore::ServiceCore(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_log(*m_db)
{
}

qint64 ServiceCore::lastOperationId()
{
    return t_lastOperationId;
}

namespace {
const QString kServiceColumns = QStringLiteral(
    "s.code, s.name, s.state, s.state_reason, s.latency_threshold_ms, s.latency_target_bp, s.success_objective_bp, "
    "s.availability_objective_bp, COALESCE(s.hours_calendar_id, 0)");

ServiceInfo serviceFrom(const Query &q)
{
    ServiceInfo s;
    s.code = q.value(0).toString();
    s.name = q.value(1).toString();
    s.state = q.value(2).toString();
    s.stateReason = q.value(3).toString();
    s.latencyThresholdMs = q.value(4).toLongLong();
    s.latencyTargetBp = q.value(5).toInt();
    s.successObjectiveBp = q.value(6).toInt();
    s.availabilityObjectiveBp = q.value(7).toInt();
    s.hoursCalendarId = q.value(8).toLongLong();
    return s;
}
} // namespace

Result<ServiceInfo> ServiceCore::service(const QString &code)
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM services s WHERE s.code = ?").arg(kServiceColumns), {code});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("core.unknown_service"), tr("There is no service \"%1\".").arg(code));
    ServiceInfo s = serviceFrom(*q);
    q->finish();
    return s;
}

Result<QList<ServiceInfo>> ServiceCore::services()
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM services s ORDER BY s.code").arg(kServiceColumns));
    if (!q.ok())
        return q.error();
    QList<ServiceInfo> out;
    while (q->next())
        out << serviceFrom(*q);
    q->finish();
    return out;
}

void ServiceCore::invalidateCatalogue()
{
    QMutexLocker lock(&m_cacheMutex);
    m_cache.clear();
}

Result<ServiceCore::CachedService> ServiceCore::cachedService(const QString &code)
{
    const qint64 now = m_clock.monotonicNs();
    {
        QMutexLocker lock(&m_cacheMutex);
        auto it = m_cache.constFind(code);
        if (it != m_cache.constEnd() && now - it->fetchedNs < kCatalogueTtlMs * 1000000)
            return *it;
    }
    auto info = service(code);
    if (!info.ok())
        return info.error();
    CachedService c{*info, {}, now};
    auto q = m_db->exec(QStringLiteral("SELECT starts_at, ends_at, reason FROM maintenance_windows WHERE service_code = ? "
                                       "AND ends_at > ? ORDER BY starts_at"),
                        {code, m_clock.nowMs()});
    if (!q.ok())
        return q.error();
    while (q->next())
        c.windows.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()});
    q->finish();
    QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(code, c);
    return c;
}

Status ServiceCore::refusalFromCatalogue(const Caller &caller, const OperationSpec &spec, const CachedService &service,
                                         qint64 nowMs)
{
    const ServiceInfo &info = service.info;
    if (info.state == QLatin1String("closed"))
        return Error::refused(QStringLiteral("core.service_closed"),
                              info.stateReason.isEmpty()
                                  ? tr("The service \"%1\" is closed.").arg(info.name)
                                  : tr("The service \"%1\" is closed: %2").arg(info.name, info.stateReason));
    QString maintenance;
    if (info.state == QLatin1String("maintenance")) {
        maintenance = info.stateReason.isEmpty() ? tr("maintenance") : info.stateReason;
    } else {
        for (const auto &[start, end, reason] : service.windows) {
            if (start <= nowMs && nowMs < end) {
                maintenance = reason;
                break;
            }
        }
    }
    if (!maintenance.isEmpty())
        return Error::refused(QStringLiteral("core.service_maintenance"),
                              tr("The service \"%1\" is in planned maintenance: %2").arg(info.name, maintenance));
    if (!caller.can(spec.right))
        return Error::refused(QStringLiteral("core.forbidden"),
                              tr("%1 may not do this (%2 needs the right \"%3\").")
                                  .arg(caller.actor, spec.service + QLatin1Char('.') + spec.operation, spec.right));
    return {};
}

Status ServiceCore::run(const Caller &caller, const OperationSpec &spec,
                        const std::function<Status(OperationContext &)> &work)
{
    const qint64 t0 = m_clock.monotonicNs();
    OperationContext ctx(*m_db, caller, m_clock, m_clock.nowMs());
    ctx.m_subject = spec.subject;
    t_lastOperationId = 0;
    auto elapsedUs = [&] { return (m_clock.monotonicNs() - t0) / 1000; };

    auto invoke = [&]() -> Status {
        try {
            return work(ctx);
        } catch (const std::exception &e) {
            return Error::failed(QStringLiteral("core.exception"),
                                 tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return Error::failed(QStringLiteral("core.exception"), tr("Internal error."));
        }
    };

    // Writes the record of a refused or failed operation in a transaction of its own (a savepoint
    // when nested), after the work's changes were rolled back. No answer without its record
    // (issue 15): when that record cannot be written either, a refusal does not go back as a
    // refusal (a SIP2 login would read it as "wrong password"): the caller gets the failure that
    // kept the record from being written, with the refusal in its details.
    auto recordUnsuccessful = [&](const Error &error, qint64 thresholdMs) -> Status {
        const Outcome outcome = error.isRefusal() ? Outcome::Refused : Outcome::Failed;
        const qint64 duration = elapsedUs();
        if (error.isRefusal() && caller.anonymous && m_db->transactionDepth() == 0) {
            tallyRefusal(caller, spec, ctx.m_subject, error, ctx.nowMs(), duration, thresholdMs);
            return error;
        }
        auto tx = m_db->begin();
        Error why;
        if (tx.ok()) {
            Status st = recordOutcome(caller, spec, ctx, outcome, &error, duration, 0, thresholdMs);
            if (st.ok())
                st = (*tx)->commit();
            if (st.ok())
                return error;
            why = st.error();
        } else {
            why = tx.error();
        }
        qWarning("aksara: could not record the %s operation %s.%s: %s [%s]", qPrintable(outcomeName(outcome)),
                 qPrintable(spec.service), qPrintable(spec.operation), qPrintable(why.message), qPrintable(why.code));
        if (!error.isRefusal())
            return error;
        Error unrecorded = why.isRefusal() ? Error::failed(why.code, why.message, why.details) : why;
        unrecorded.details.insert(QStringLiteral("unrecorded_refusal"), error.code);
        return unrecorded;
    };

    if (const qint64 due = m_tallyDueMs.load(std::memory_order_relaxed); due != 0 && ctx.nowMs() >= due
                                                                             && m_db->transactionDepth() == 0)
        (void)flushAnonymousRefusals();

    auto info = cachedService(spec.service);
    if (!info.ok())
        return recordUnsuccessful(info.error(), 0);
    const qint64 threshold = info->info.latencyThresholdMs;
    if (Status refusal = refusalFromCatalogue(caller, spec, *info, ctx.nowMs()); !refusal.ok())
        return recordUnsuccessful(refusal.error(), threshold);

    if (!spec.writes) {
        Status st = invoke();
        if (!st.ok())
            return recordUnsuccessful(st.error(), threshold);
        const qint64 duration = elapsedUs();
        auto tx = m_db->begin();
        if (!tx.ok())
            return tx.error();
        if (Status rec = recordOutcome(caller, spec, ctx, Outcome::Ok, nullptr, duration, 0, threshold); !rec.ok())
            return rec;
        return (*tx)->commit();
    }

    // A caller's request id belongs to the operation it asked for, not to the ones nested in it.
    const QString requestId = !spec.requestId.isEmpty() ? spec.requestId
                              : m_db->transactionDepth() == 0 ? caller.requestId
                                                              : QString();
    auto tx = m_db->begin();
    if (!tx.ok())
        return recordUnsuccessful(tx.error(), threshold);
    auto id = m_log.allocateId();
    if (!id.ok())
        return recordUnsuccessful(id.error(), threshold);
    if (Status token = m_log.insertToken(*id); !token.ok()) {
        (*tx)->rollback();
        return recordUnsuccessful(token.error(), threshold);
    }
    ctx.m_operationId = *id;
    if (!requestId.isEmpty()) {
        auto seen = m_db->scalar(QStringLiteral("SELECT operation_id FROM request_keys WHERE request_id = ?"), {requestId});
        if (!seen.ok()) {
            (*tx)->rollback();
            return recordUnsuccessful(seen.error(), threshold);
        }
        if (!seen->isNull()) {
            (*tx)->rollback();
            return recordUnsuccessful(Error::refused(QStringLiteral("core.already_applied"),
                                                     tr("This request was already applied (operation %1).").arg(seen->toLongLong()),
                                                     {{QStringLiteral("operation_id"), seen->toLongLong()}}),
                                      threshold);
        }
    }
    Status st = invoke();
    if (st.ok() && !requestId.isEmpty()) {
        auto key = m_db->exec(QStringLiteral("INSERT INTO request_keys (request_id, operation_id, at) VALUES (?, ?, ?)"),
                              {requestId, *id, ctx.nowMs()});
        if (!key.ok())
            st = key.error();
        ctx.m_details.insert(QStringLiteral("request_id"), requestId);
    }
    if (st.ok()) {
        st = recordOutcome(caller, spec, ctx, Outcome::Ok, nullptr, elapsedUs(), *id, threshold);
        if (st.ok())
            st = (*tx)->commit();
        if (st.ok()) {
            t_lastOperationId = *id;
            return {};
        }
    }
    (*tx)->rollback();
    return recordUnsuccessful(st.error(), threshold);
}

ServiceCore::~ServiceCore()
{
    // Shutdown: the minutes still being counted are written now.
    auto flushed = flushAnonymousRefusals(true);
    if (!flushed.ok())
        qWarning("aksara: %lld anonymous refusals could not be recorded at shutdown: %s",
                 static_cast<long long>(pendingAnonymousRefusals()), qPrintable(flushed.error().message));
}

void ServiceCore::tallyRefusal(const Caller &caller, const OperationSpec &spec, const QString &subject,
                               const Error &error, qint64 atMs, qint64 durationUs, qint64 thresholdMs)
{
    const qint64 minute = atMs - (atMs % 60000);
    const QString channel = channelName(caller.channel);
    auto keyOf = [&](const QString &actor, const QString &source) {
        return QStringList{spec.service, spec.operation, channel, actor, source, error.code, QString::number(minute)}.join(
            QChar(0x1f));
    };
    QMutexLocker lock(&m_tallyMutex);
    QString actor = caller.actor, source = caller.source;
    QString key = keyOf(actor, source);
    if (!m_tally.contains(key) && m_tally.size() >= kMaxTallyKeys) {
        // Bounded memory: beyond kMaxTallyKeys the source is folded into "*".
        actor = source = QStringLiteral("*");
        key = keyOf(actor, source);
    }
    Tally &t = m_tally[key];
    if (t.count == 0) {
        t.service = spec.service;
        t.operation = spec.operation;
        t.channel = channel;
        t.actor = actor;
        t.station = actor == QLatin1String("*") ? QString() : caller.station;
        t.source = source;
        t.subject = actor == QLatin1String("*") ? QString() : subject;
        t.code = error.code;
        t.message = error.message;
        t.minuteMs = minute;
        t.firstAtMs = atMs;
    }
    t.lastAtMs = qMax(t.lastAtMs, atMs);
    ++t.count;
    if (thresholdMs <= 0 || durationUs <= thresholdMs * 1000)
        ++t.within;
    t.sumUs += durationUs;
    t.maxUs = qMax(t.maxUs, durationUs);
    ++t.histogram[size_t(latencyBucketIndex(durationUs))];
    const qint64 due = minute + 60000;
    const qint64 current = m_tallyDueMs.load(std::memory_order_relaxed);
    if (current == 0 || due < current)
        m_tallyDueMs.store(due, std::memory_order_relaxed);
}

qint64 ServiceCore::pendingAnonymousRefusals()
{
    QMutexLocker lock(&m_tallyMutex);
    qint64 n = 0;
    for (const Tally &t : std::as_const(m_tally))
        n += t.count;
    return n;
}

Result<int> ServiceCore::flushAnonymousRefusals(bool all)
{
    const qint64 now = m_clock.nowMs();
    const qint64 minuteNow = now - (now % 60000);
    QList<Tally> due;
    {
        QMutexLocker lock(&m_tallyMutex);
        for (auto it = m_tally.begin(); it != m_tally.end();) {
            if (all || it->minuteMs < minuteNow) {
                due << *it;
                it = m_tally.erase(it);
            } else {
                ++it;
            }
        }
        qint64 next = 0;
        for (const Tally &t : std::as_const(m_tally))
            next = next == 0 ? t.minuteMs + 60000 : qMin(next, t.minuteMs + 60000);
        m_tallyDueMs.store(next, std::memory_order_relaxed);
    }
    std::sort(due.begin(), due.end(), [](const Tally &a, const Tally &b) { return a.firstAtMs < b.firstAtMs; });
    if (due.isEmpty())
        return 0;
    // All due keys in one transaction: all written, or all still counted.
    Status st;
    {
        auto tx = m_db->begin();
        if (!tx.ok())
            st = tx.error();
        for (qsizetype i = 0; st.ok() && i < due.size(); ++i)
            st = writeTally(due.at(i));
        if (st.ok())
            st = (*tx)->commit();
    }
    if (!st.ok()) {
        {
            // Not lost: what could not be written is counted again, to be written next time.
            QMutexLocker lock(&m_tallyMutex);
            for (qsizetype j = 0; j < due.size(); ++j) {
                const Tally &t = due.at(j);
                const QString key = QStringList{t.service, t.operation, t.channel, t.actor, t.source, t.code,
                                                QString::number(t.minuteMs)}
                                        .join(QChar(0x1f));
                Tally &into = m_tally[key];
                if (into.count == 0) {
                    into = t;
                } else {
                    into.firstAtMs = qMin(into.firstAtMs, t.firstAtMs);
                    into.lastAtMs = qMax(into.lastAtMs, t.lastAtMs);
                    into.count += t.count;
                    into.within += t.within;
                    into.sumUs += t.sumUs;
                    into.maxUs = qMax(into.maxUs, t.maxUs);
                    for (int h = 0; h < kLatencyBuckets; ++h)
                        into.histogram[size_t(h)] += t.histogram[size_t(h)];
                }
            }
            // Tried again in a few seconds, not by every operation meanwhile.
            m_tallyDueMs.store(now + 5000, std::memory_order_relaxed);
        }
        qWarning("aksara: could not record %lld anonymous refusals in aggregate: %s [%s]",
                 static_cast<long long>(pendingAnonymousRefusals()), qPrintable(st.error().message),
                 qPrintable(st.error().code));
        return st.error();
    }
    return int(due.size());
}

Status ServiceCore::writeTally(const Tally &t)
{
    OperationRecord r;
    r.atMs = t.firstAtMs;
    r.service = t.service;
    r.operation = t.operation;
    r.channel = t.channel;
    r.actor = t.actor;
    r.station = t.station;
    r.subject = t.subject;
    r.outcome = Outcome::Refused;
    r.errorCode = t.code;
    r.errorMessage = t.message;
    r.durationUs = t.count > 0 ? t.sumUs / t.count : 0;
    // No personal data in clear in the chain (docs/privacy.md).
    if (Status st = Privacy(*m_db).protect(r, {}); !st.ok())
        return st;
    r.details.insert(QStringLiteral("aggregate"),
                     QJsonObject{{QStringLiteral("count"), t.count},
                                 {QStringLiteral("source"), t.source},
                                 {QStringLiteral("minute"), t.minuteMs},
                                 {QStringLiteral("first_at"), t.firstAtMs},
                                 {QStringLiteral("last_at"), t.lastAtMs},
                                 {QStringLiteral("latency_sum_us"), t.sumUs},
                                 {QStringLiteral("latency_max_us"), t.maxUs}});
    if (Status st = m_log.append(r, {}); !st.ok())
        return st;
    return addRefusalsToSlaBucket(*m_db, t);
}

Status ServiceCore::addRefusalsToSlaBucket(Database &db, const Tally &t)
{
    const qint64 bucket = t.minuteMs - (t.minuteMs % kSlaBucketMs);
    QStringList cols, sets;
    for (int h = 0; h < kLatencyBuckets; ++h) {
        const QString c = QStringLiteral("h%1").arg(h, 2, 10, QLatin1Char('0'));
        cols << c;
        sets << QStringLiteral("%1 = sla_buckets.%1 + excluded.%1").arg(c);
    }
    const QString sql =
        QStringLiteral("INSERT INTO sla_buckets (service, bucket_at, ok, refused, failed, within_threshold, latency_sum_us, "
                       "latency_max_us, %1) VALUES (?, ?, 0, ?, 0, ?, ?, ?, %2) ON CONFLICT (service, bucket_at) DO UPDATE "
                       "SET refused = sla_buckets.refused + excluded.refused, within_threshold = "
                       "sla_buckets.within_threshold + excluded.within_threshold, latency_sum_us = sla_buckets.latency_sum_us "
                       "+ excluded.latency_sum_us, latency_max_us = %3(sla_buckets.latency_max_us, excluded.latency_max_us), %4")
            .arg(cols.join(QStringLiteral(", ")), Database::placeholders(kLatencyBuckets),
                 db.isSqlite() ? QStringLiteral("MAX") : QStringLiteral("GREATEST"), sets.join(QStringLiteral(", ")));
    QVariantList binds{t.service, bucket, t.count, t.within, t.sumUs, t.maxUs};
    for (qint64 n : t.histogram)
        binds << n;
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    return {};
}

Status ServiceCore::recordOutcome(const Caller &caller, const OperationSpec &spec, OperationContext &ctx,
                                  Outcome outcome, const Error *error, qint64 durationUs, qint64 preallocatedId,
                                  qint64 thresholdMs)
{
    OperationRecord r;
    r.id = preallocatedId;
    r.atMs = ctx.nowMs();
    r.service = spec.service;
    r.operation = spec.operation;
    r.channel = channelName(caller.channel);
    r.actor = caller.actor;
    r.station = caller.station;
    r.subject = ctx.m_subject;
    r.outcome = outcome;
    r.durationUs = durationUs;
    r.details = ctx.m_details;
    if (error) {
        r.errorCode = error->code;
        r.errorMessage = error->message;
        if (!error->details.isEmpty())
            r.details.insert(QStringLiteral("error"), error->details);
    }
    // No personal data in clear in the chain: aliases become pseudonyms, personal fields are
    // sealed or redacted (core/Privacy.h, docs/privacy.md).
    if (Status st = Privacy(*m_db).protect(r, ctx.m_personal); !st.ok())
        return st;
    // An operation for a service that does not exist has no bucket to count in; its record is the evidence.
    const bool knownService = !(error && error->code == QLatin1String("core.unknown_service"));
    QList<RowDigest> rows;
    qint64 incident = 0;
    if (outcome == Outcome::Failed) {
        // The incident row names this operation: it needs the operation's id and token, and its
        // digest goes into the record, so it is written first (its link to the record after).
        if (r.id == 0) {
            auto id = m_log.allocateId();
            if (!id.ok())
                return id.error();
            r.id = *id;
        }
        if (Status st = m_log.insertToken(r.id); !st.ok())
            return st;
        auto opened = openOrUpdateIncident(r, knownService);
        if (!opened.ok())
            return opened.error();
        incident = *opened;
        auto digests = m_log.digestRows(r.id, {QStringLiteral("incidents")});
        if (!digests.ok())
            return digests.error();
        rows = std::move(*digests);
    } else if (outcome == Outcome::Ok && preallocatedId != 0) {
        // The business rows this operation wrote (docs/security.md "The trail").
        auto digests = m_log.digestWrittenRows(r.id);
        if (!digests.ok())
            return digests.error();
        rows = std::move(*digests);
    }
    if (Status st = m_log.append(r, rows); !st.ok())
        return st;
    t_lastOperationId = r.id;
    if (knownService) {
        if (Status st = addToSlaBucket(*m_db, r.service, r.atMs, outcome, durationUs, thresholdMs); !st.ok())
            return st;
    }
    if (incident != 0) {
        auto link = m_db->exec(QStringLiteral("INSERT INTO incident_operations (incident_id, operation_id) VALUES (?, ?)"),
                               {incident, r.id});
        if (!link.ok())
            return link.error();
    }
    return {};
}

namespace {
// The bucket statements, one per histogram column, built once: their addresses key the native
// statement cache, and their text is the same for both engines but for MAX/GREATEST.
const QByteArray &bucketSql(bool sqlite, int h)
{
    static const auto build = [](bool lite) {
        std::array<QByteArray, kLatencyBuckets + 1> out;
        for (int i = 0; i <= kLatencyBuckets; ++i) {
            if (i == kLatencyBuckets) {
                out[size_t(i)] = QByteArrayLiteral("INSERT INTO sla_buckets (service, bucket_at, failed) VALUES (?, ?, 1) "
                                                   "ON CONFLICT (service, bucket_at) DO UPDATE SET failed = sla_buckets.failed + 1");
                continue;
            }
            const QByteArray col = QByteArrayLiteral("h") + QByteArray::number(i).rightJustified(2, '0');
            out[size_t(i)] = QByteArrayLiteral("INSERT INTO sla_buckets (service, bucket_at, ok, refused, failed, "
                                               "within_threshold, latency_sum_us, latency_max_us, ")
                             + col
                             + QByteArrayLiteral(") VALUES (?, ?, ?, ?, 0, ?, ?, ?, 1) ON CONFLICT (service, bucket_at) DO "
                                                 "UPDATE SET ok = sla_buckets.ok + excluded.ok, refused = sla_buckets.refused "
                                                 "+ excluded.refused, within_threshold = sla_buckets.within_threshold + "
                                                 "excluded.within_threshold, latency_sum_us = sla_buckets.latency_sum_us + "
                                                 "excluded.latency_sum_us, latency_max_us = ")
                             + (lite ? QByteArrayLiteral("MAX") : QByteArrayLiteral("GREATEST"))
                             + QByteArrayLiteral("(sla_buckets.latency_max_us, excluded.latency_max_us), ") + col
                             + QByteArrayLiteral(" = sla_buckets.") + col + QByteArrayLiteral(" + 1");
        }
        return out;
    };
    static const auto lite = build(true);
    static const auto pg = build(false);
    return sqlite ? lite[size_t(h)] : pg[size_t(h)];
}
} // namespace

Status ServiceCore::addToSlaBucket(Database &db, const QString &service, qint64 atMs, Outcome outcome,
                                   qint64 durationUs, qint64 thresholdMs)
{
    const qint64 bucket = atMs - (atMs % kSlaBucketMs);
    // Latency is measured on valid operations (ok and refused): a failure's duration says nothing
    // about how fast the service answers. Failures are counted, not timed.
    const bool valid = outcome != Outcome::Failed;
    const QByteArray &sql = bucketSql(db.isSqlite(), valid ? latencyBucketIndex(durationUs) : kLatencyBuckets);
    const bool within = thresholdMs <= 0 || durationUs <= thresholdMs * 1000;
    if (db.isSqlite()) {
        auto stmt = db.nativeStatement(sql.constData());
        if (!stmt.ok())
            return stmt.error();
        const QByteArray code = service.toUtf8();
        sqlite3_bind_text(*stmt, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(*stmt, 2, bucket);
        if (valid) {
            sqlite3_bind_int64(*stmt, 3, outcome == Outcome::Ok ? 1 : 0);
            sqlite3_bind_int64(*stmt, 4, outcome == Outcome::Refused ? 1 : 0);
            sqlite3_bind_int64(*stmt, 5, within ? 1 : 0);
            sqlite3_bind_int64(*stmt, 6, durationUs);
            sqlite3_bind_int64(*stmt, 7, durationUs);
        }
        const int rc = sqlite3_step(*stmt);
        sqlite3_reset(*stmt);
        if (rc != SQLITE_DONE)
            return db.nativeError(rc, sql.constData());
        return {};
    }
    QVariantList binds{service, bucket};
    if (valid)
        binds << (outcome == Outcome::Ok ? 1 : 0) << (outcome == Outcome::Refused ? 1 : 0) << (within ? 1 : 0)
              << durationUs << durationUs;
    auto q = db.exec(QString::fromLatin1(sql), binds);
    if (!q.ok())
        return q.error();
    return {};
}

Result<qint64> ServiceCore::openOrUpdateIncident(const OperationRecord &r, bool knownService)
{
    const QString title = tr("%1: %2 failing with %3").arg(r.service, r.operation, r.errorCode);
    // The partial unique index on open fingerprints makes this an atomic "open or add an occurrence",
    // even with several stations failing at the same moment.
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO incidents (fingerprint, source, kind, title, description, service_code, station, status, "
            "impact, urgency, priority, occurrences, first_seen_at, last_seen_at, opened_at, last_error_code, "
            "created_op, updated_op) VALUES (?, 'auto', 'incident', ?, ?, ?, ?, 'new', 2, 2, 3, 1, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (fingerprint) WHERE status NOT IN ('resolved', 'closed') DO UPDATE SET "
            "occurrences = incidents.occurrences + 1, last_seen_at = excluded.last_seen_at, "
            "last_error_code = excluded.last_error_code, updated_op = excluded.updated_op RETURNING id"),
        {fingerprintOf(r), title, r.errorMessage, knownService ? QVariant(r.service) : textOrNull(QString()),
         textOrNull(r.station), r.atMs, r.atMs, r.atMs, r.errorCode,
         r.id, r.id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("core.incident"), tr("Could not open an incident."));
    const qint64 incident = q->value(0).toLongLong();
    q->finish();
    return incident;
}

} // namespace Aksara
