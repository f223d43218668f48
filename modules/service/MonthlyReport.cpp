#include "service/MonthlyReport.h"

#include "core/Checkpoints.h"
#include "core/LibraryProfile.h"

#include "core/ServiceLevels.h"
#include "service/Availability.h"
#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/ReportRender.h"
#include "service/ServiceCatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace Aksara::ServiceManagement {

namespace {
constexpr const char *kFormat = "aksara.monthly-report/1";

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

QJsonValue bpOrNull(qint64 num, qint64 den)
{
    if (den <= 0)
        return QJsonValue();
    return QJsonValue(qint64((num * 10000) / den));
}

QJsonValue usOrNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

struct Sums {
    qint64 ok = 0, refused = 0, failed = 0, within = 0, latencySum = 0, latencyMax = 0;
    std::array<qint64, kLatencyBuckets> h{};
    qint64 rows = 0, firstBucket = 0, lastBucket = 0;
    qint64 peak = 0, peakAt = 0, hoursOverLimit = 0;
    qint64 total() const { return ok + refused + failed; }
};

QString pct(qint64 bp)
{
    return QStringLiteral("%1 %").arg(double(bp) / 100.0, 0, 'f', 2);
}

// The status an incident had at an instant, from its timeline.
QString statusAt(const QList<StatusChange> &timeline, qint64 at)
{
    QString s;
    for (const StatusChange &c : timeline)
        if (c.atMs < at)
            s = c.status;
    return s;
}

Result<QJsonObject> incidentsSection(Database &db, const Month &m, qint64 asOf, QJsonArray &missed)
{
    // Opened before the month's end and not already resolved before it began (their clocks stopped
    // earlier, and they were no backlog); resolved_at is the last resolution (a reopen clears it).
    auto list = Incidents::loadWhere(
        db, QStringLiteral("i.opened_at < ? AND NOT (i.status IN ('resolved', 'closed') AND i.resolved_at < ?)"),
        {m.toMs, m.fromMs});
    if (!list.ok())
        return list.error();
    struct Group {
        qint64 opened = 0, resolved = 0, ownMeasured = 0, ownMet = 0, resolveMeasured = 0, resolveMet = 0;
        int attainmentBp = 0;
        QList<qint64> breached;
    };
    QMap<std::pair<QString, int>, Group> groups;
    for (const QString &kind : {QStringLiteral("incident"), QStringLiteral("request")})
        for (int p = 1; p <= 5; ++p) {
            auto t = Incidents::targetFor(db, kind, p);
            if (!t.ok())
                return t.error();
            groups[{kind, p}].attainmentBp = t->attainmentBp;
        }
    QList<qint64> opened, resolved, backlogStart, backlogEnd, major, security, breached;
    qint64 openedIncidents = 0, openedRequests = 0;
    for (const Incident &i : std::as_const(*list)) {
        auto timeline = Incidents::timeline(db, i);
        if (!timeline.ok())
            return timeline.error();
        auto target = Incidents::targetFor(db, i.kind, i.priority);
        if (!target.ok())
            return target.error();
        auto calendar = Incidents::clockCalendar(db, i);
        if (!calendar.ok())
            return calendar.error();
        const IncidentClocks c = computeClocks(*timeline, *calendar, target->ownMs, target->resolveMs, asOf);
        Group &g = groups[{i.kind, i.priority}];
        const bool inMonthOpened = i.openedAt >= m.fromMs;
        if (inMonthOpened) {
            opened << i.id;
            g.opened += 1;
            (i.kind == QLatin1String("request") ? openedRequests : openedIncidents) += 1;
            if (i.major)
                major << i.id;
            if (i.security)
                security << i.id;
        }
        if (i.openedAt < m.fromMs) {
            const QString s = statusAt(*timeline, m.fromMs);
            if (!s.isEmpty() && isOpenStatus(s))
                backlogStart << i.id;
        }
        const QString endStatus = statusAt(*timeline, asOf + 1);
        if (isOpenStatus(endStatus))
            backlogEnd << i.id;
        // A clock is measured in the month it stopped, or in the month it breached while running
        // (and then not again when it stops later).
        auto measure = [&](const ClockState &clock, qint64 &measured, qint64 &met) {
            const bool stoppedHere = clock.stopped && clock.stoppedAt >= m.fromMs && clock.stoppedAt < m.toMs;
            const bool breachedEarlier = clock.breachAt && clock.breachAt < m.fromMs;
            const bool breachedHereRunning = !clock.stopped && clock.breachAt >= m.fromMs && clock.breachAt < m.toMs;
            if ((stoppedHere && !breachedEarlier) || breachedHereRunning) {
                measured += 1;
                if (clock.met())
                    met += 1;
                else
                    return true;
            }
            return false;
        };
        bool late = measure(c.own, g.ownMeasured, g.ownMet);
        late = measure(c.resolve, g.resolveMeasured, g.resolveMet) || late;
        if (late) {
            g.breached << i.id;
            breached << i.id;
        }
        if (c.resolve.stopped && c.resolve.stoppedAt >= m.fromMs && c.resolve.stoppedAt < m.toMs) {
            resolved << i.id;
            g.resolved += 1;
        }
    }
    QJsonArray byPriority;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = *it;
        if (g.opened == 0 && g.resolved == 0 && g.ownMeasured == 0 && g.resolveMeasured == 0)
            continue;
        const QString scope = QStringLiteral("%1/P%2").arg(it.key().first).arg(it.key().second);
        QJsonObject o{{QStringLiteral("kind"), it.key().first},
                      {QStringLiteral("priority"), it.key().second},
                      {QStringLiteral("opened"), g.opened},
                      {QStringLiteral("resolved"), g.resolved},
                      {QStringLiteral("own_measured"), g.ownMeasured},
                      {QStringLiteral("own_met"), g.ownMet},
                      {QStringLiteral("own_attainment_bp"), bpOrNull(g.ownMet, g.ownMeasured)},
                      {QStringLiteral("resolve_measured"), g.resolveMeasured},
                      {QStringLiteral("resolve_met"), g.resolveMet},
                      {QStringLiteral("resolve_attainment_bp"), bpOrNull(g.resolveMet, g.resolveMeasured)},
                      {QStringLiteral("attainment_target_bp"), g.attainmentBp},
                      {QStringLiteral("breached"), idArray(g.breached)}};
        for (const auto &[indicator, measured, met] :
             {std::tuple{QStringLiteral("own"), g.ownMeasured, g.ownMet},
              std::tuple{QStringLiteral("resolve"), g.resolveMeasured, g.resolveMet}}) {
            if (measured == 0)
                continue;
            const qint64 actual = (met * 10000) / measured;
            o.insert(QStringLiteral("meets_") + indicator, actual >= g.attainmentBp);
            if (actual < g.attainmentBp)
                missed << QJsonObject{
                    {QStringLiteral("indicator"), indicator},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("service"), QJsonValue()},
                    {QStringLiteral("target_bp"), g.attainmentBp},
                    {QStringLiteral("actual_bp"), actual},
                    {QStringLiteral("description"),
                     (it.key().first == QLatin1String("incident")
                          ? (indicator == QLatin1String("own")
                                 ? tr("Incidents of priority %1: time to own met for %2 of %3 (%4) against a target of %5")
                                 : tr("Incidents of priority %1: time to resolve met for %2 of %3 (%4) against a target of %5"))
                          : (indicator == QLatin1String("own")
                                 ? tr("Service requests of priority %1: time to own met for %2 of %3 (%4) against a target of %5")
                                 : tr("Service requests of priority %1: time to resolve met for %2 of %3 (%4) against a target of %5")))
                         .arg(it.key().second)
                         .arg(met)
                         .arg(measured)
                         .arg(pct(actual), pct(g.attainmentBp))},
                    {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("incidents"), idArray(g.breached)}}}};
        }
        byPriority << o;
    }
    return QJsonObject{{QStringLiteral("opened"), qint64(opened.size())},
                       {QStringLiteral("opened_incidents"), openedIncidents},
                       {QStringLiteral("opened_requests"), openedRequests},
                       {QStringLiteral("resolved"), qint64(resolved.size())},
                       {QStringLiteral("backlog_start"), qint64(backlogStart.size())},
                       {QStringLiteral("backlog_end"), qint64(backlogEnd.size())},
                       {QStringLiteral("by_priority"), byPriority},
                       {QStringLiteral("major"), idArray(major)},
                       {QStringLiteral("security"), idArray(security)},
                       {QStringLiteral("ids"),
                        QJsonObject{{QStringLiteral("opened"), idArray(opened)},
                                    {QStringLiteral("resolved"), idArray(resolved)},
                                    {QStringLiteral("backlog_start"), idArray(backlogStart)},
                                    {QStringLiteral("backlog_end"), idArray(backlogEnd)},
                                    {QStringLiteral("breached"), idArray(breached)}}}};
}

Result<QJsonObject> problemsSection(Database &db, const Month &m)
{
    auto q = db.exec(QStringLiteral("SELECT id, created_at, COALESCE(resolved_at, 0), COALESCE(closed_at, 0), "
                                    "COALESCE(known_error_at, 0) FROM problems WHERE created_at < ? ORDER BY id"),
                     {m.toMs});
    if (!q.ok())
        return q.error();
    QList<qint64> opened, resolved, closed, openEnd, knownErrors;
    auto in = [&](qint64 at) { return at >= m.fromMs && at < m.toMs; };
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const qint64 created = q->value(1).toLongLong();
        const qint64 resolvedAt = q->value(2).toLongLong();
        const qint64 closedAt = q->value(3).toLongLong();
        const qint64 knownAt = q->value(4).toLongLong();
        if (in(created))
            opened << id;
        if (in(resolvedAt))
            resolved << id;
        if (in(closedAt))
            closed << id;
        const bool openAtEnd = closedAt == 0 || closedAt >= m.toMs;
        if (openAtEnd)
            openEnd << id;
        if (openAtEnd && knownAt && knownAt < m.toMs)
            knownErrors << id;
    }
    q->finish();
    return QJsonObject{{QStringLiteral("opened"), qint64(opened.size())},
                       {QStringLiteral("resolved"), qint64(resolved.size())},
                       {QStringLiteral("closed"), qint64(closed.size())},
                       {QStringLiteral("open_end"), qint64(openEnd.size())},
                       {QStringLiteral("known_errors"), qint64(knownErrors.size())},
                       {QStringLiteral("ids"),
                        QJsonObject{{QStringLiteral("opened"), idArray(opened)},
                                    {QStringLiteral("resolved"), idArray(resolved)},
                                    {QStringLiteral("closed"), idArray(closed)},
                                    {QStringLiteral("open_end"), idArray(openEnd)},
                                    {QStringLiteral("known_errors"), idArray(knownErrors)}}}};
}

Result<QJsonObject> changesSection(Database &db, const Month &m)
{
    // Finished: closed_at, or for standard changes recorded complete by other modules, created_at.
    const QString finishedAt = QStringLiteral(
        "COALESCE(c.closed_at, CASE WHEN c.status IN ('completed', 'failed', 'rolled_back', 'rejected') "
        "THEN c.created_at END)");
    auto list = Changes::loadWhere(db, QStringLiteral("c.created_at < ? AND COALESCE(%1, ?) >= ?").arg(finishedAt),
                                   {m.toMs, m.toMs, m.fromMs});
    if (!list.ok())
        return list.error();
    QMap<QString, qint64> byKind{{QStringLiteral("standard"), 0}, {QStringLiteral("normal"), 0}, {QStringLiteral("emergency"), 0}};
    QMap<QString, qint64> byOutcome{{QStringLiteral("success"), 0},
                                    {QStringLiteral("failed"), 0},
                                    {QStringLiteral("rolled_back"), 0},
                                    {QStringLiteral("rejected"), 0},
                                    {QStringLiteral("open"), 0}};
    QList<qint64> finished, openEnd, unapproved;
    QJsonArray listed;
    for (const Change &c : std::as_const(*list)) {
        qint64 done = c.closedAt;
        if (done == 0 && c.isFinished())
            done = c.createdAt;
        const bool finishedHere = done >= m.fromMs && done < m.toMs;
        const bool openAtEnd = done == 0 || done >= m.toMs;
        byKind[c.kind] += 1;
        if (finishedHere) {
            finished << c.id;
            byOutcome[c.status == QLatin1String("rejected") ? QStringLiteral("rejected") : c.outcome()] += 1;
        } else if (openAtEnd) {
            openEnd << c.id;
            byOutcome[QStringLiteral("open")] += 1;
        }
        if (c.kind == QLatin1String("emergency") && c.approvedBy.isEmpty())
            unapproved << c.id;
        if (c.kind != QLatin1String("standard"))
            listed << QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("kind"), c.kind},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("risk"), c.risk},
                                  {QStringLiteral("status"), finishedHere ? c.status : QStringLiteral("open")},
                                  {QStringLiteral("outcome"), finishedHere ? QJsonValue(c.outcome().isEmpty() ? c.status : c.outcome())
                                                                           : QJsonValue()},
                                  {QStringLiteral("planned_start"), isoOrNull(c.plannedStartAt)},
                                  {QStringLiteral("planned_end"), isoOrNull(c.plannedEndAt)},
                                  {QStringLiteral("actual_end"), isoOrNull(c.actualEndAt)}};
    }
    QJsonObject kinds, outcomes;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), *it);
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        outcomes.insert(it.key(), *it);
    return QJsonObject{{QStringLiteral("total"), qint64(list->size())},
                       {QStringLiteral("by_kind"), kinds},
                       {QStringLiteral("by_outcome"), outcomes},
                       {QStringLiteral("emergency_unapproved"), idArray(unapproved)},
                       {QStringLiteral("list"), listed},
                       {QStringLiteral("ids"),
                        QJsonObject{{QStringLiteral("finished"), idArray(finished)},
                                    {QStringLiteral("open_end"), idArray(openEnd)}}}};
}
// Service continuity (issue 12, docs/continuity.md): the month's backups and restore tests, and
// the last restore test up to the month's end (an auditor asks when a backup was last shown to
// restore, whether or not that was this month). The operations of the continuity service, read
// through the (service, at) index.
Result<QJsonObject> continuitySection(Database &db, const Month &m)
{
    auto q = db.exec(QStringLiteral("SELECT id, at, operation, outcome, subject, error_code, details FROM operations "
                                    "WHERE service = 'continuity' AND at >= ? AND at < ? AND operation IN ('backup', 'restore', "
                                    "'restore.test') ORDER BY at, seq"),
                     {m.fromMs, m.toMs});
    if (!q.ok())
        return q.error();
    QJsonArray backups, restores;
    qint64 ok = 0, failed = 0;
    while (q->next()) {
        const QString operation = q->value(2).toString();
        const QString outcome = q->value(3).toString();
        const QJsonObject details = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        QJsonObject row{{QStringLiteral("operation_id"), q->value(0).toLongLong()},
                        {QStringLiteral("at"), isoUtc(q->value(1).toLongLong())},
                        {QStringLiteral("operation"), operation},
                        {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("file"), q->value(4).toString()},
                        {QStringLiteral("error_code"), q->value(5).isNull() ? QJsonValue() : QJsonValue(q->value(5).toString())}};
        if (operation == QLatin1String("backup")) {
            row.insert(QStringLiteral("bytes"), details.value(QStringLiteral("bytes")).toInteger());
            backups << row;
            (outcome == QLatin1String("ok") ? ok : failed) += outcome == QLatin1String("refused") ? 0 : 1;
        } else {
            restores << row;
        }
    }
    q->finish();
    auto last = db.exec(QStringLiteral("SELECT id, at, operation, outcome, subject FROM operations WHERE service = 'continuity' AND "
                                       "at < ? AND operation IN ('restore', 'restore.test') ORDER BY at DESC, seq DESC LIMIT 1"),
                        {m.toMs});
    if (!last.ok())
        return last.error();
    QJsonValue lastTest;
    if (last->next())
        lastTest = QJsonObject{{QStringLiteral("operation_id"), last->value(0).toLongLong()},
                               {QStringLiteral("at"), isoUtc(last->value(1).toLongLong())},
                               {QStringLiteral("operation"), last->value(2).toString()},
                               {QStringLiteral("outcome"), last->value(3).toString()},
                               {QStringLiteral("file"), last->value(4).toString()}};
    last->finish();
    return QJsonObject{{QStringLiteral("backups_ok"), ok},
                       {QStringLiteral("backups_failed"), failed},
                       {QStringLiteral("backups"), backups},
                       {QStringLiteral("restore_tests"), restores},
                       {QStringLiteral("last_restore_test"), lastTest}};
}
} // namespace

QJsonObject Nonconformity::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("month"), month},
            {QStringLiteral("indicator"), indicator},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("service"), serviceCode.isEmpty() ? QJsonValue() : QJsonValue(serviceCode)},
            {QStringLiteral("target_bp"), targetBp},
            {QStringLiteral("actual_bp"), actualBp},
            {QStringLiteral("description"), description},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("corrective_action"), correctiveAction},
            {QStringLiteral("action_owner"), actionOwner},
            {QStringLiteral("action_due_on"), actionDueOn.isEmpty() ? QJsonValue() : QJsonValue(actionDueOn)},
            {QStringLiteral("status"), status},
            {QStringLiteral("opened_at"), isoOrNull(openedAt)},
            {QStringLiteral("closed_at"), isoOrNull(closedAt)}};
}

QString MonthlyReport::snapshotHash(const QByteArray &snapshot)
{
    return QString::fromLatin1(QCryptographicHash::hash(snapshot, QCryptographicHash::Sha256).toHex());
}

Result<QJsonObject> MonthlyReport::compute(Database &db, const Month &m, qint64 nowMs)
{
    if (nowMs < m.fromMs)
        return Error::refused(QStringLiteral("report.month_not_started"),
                              tr("The month %1 has not begun yet.").arg(m.text));
    const qint64 asOf = std::min(m.toMs, nowMs);
    QJsonArray missed;

    auto catalogue = ServiceCatalogue::loadAll(db);
    if (!catalogue.ok())
        return catalogue.error();

    // SLA buckets: one indexed range read of the month's hourly rows.
    QHash<QString, Sums> sums;
    QMap<QDate, std::array<qint64, 3>> daily;
    const QTimeZone zone = libraryZone(db);
    qint64 bucketRows = 0;
    {
        QString hist;
        for (int i = 0; i < kLatencyBuckets; ++i)
            hist += QStringLiteral(", h%1").arg(i, 2, 10, QLatin1Char('0'));
        QHash<QString, qint64> limits;
        for (const CatalogueEntry &e : std::as_const(*catalogue))
            limits.insert(e.code, e.workloadLimitPerHour);
        auto q = db.exec(QStringLiteral("SELECT service, bucket_at, ok, refused, failed, within_threshold, latency_sum_us, "
                                        "latency_max_us%1 FROM sla_buckets WHERE bucket_at >= ? AND bucket_at < ?")
                             .arg(hist),
                         {m.fromMs, m.toMs});
        if (!q.ok())
            return q.error();
        // The local day of an hourly bucket, cached per bucket instant.
        QHash<qint64, QDate> days;
        while (q->next()) {
            ++bucketRows;
            Sums &s = sums[q->value(0).toString()];
            const qint64 at = q->value(1).toLongLong();
            const qint64 ok = q->value(2).toLongLong();
            const qint64 refused = q->value(3).toLongLong();
            const qint64 failed = q->value(4).toLongLong();
            s.ok += ok;
            s.refused += refused;
            s.failed += failed;
            s.within += q->value(5).toLongLong();
            s.latencySum += q->value(6).toLongLong();
            s.latencyMax = std::max(s.latencyMax, q->value(7).toLongLong());
            for (int i = 0; i < kLatencyBuckets; ++i)
                s.h[size_t(i)] += q->value(8 + i).toLongLong();
            s.rows += 1;
            s.firstBucket = s.firstBucket ? std::min(s.firstBucket, at) : at;
            s.lastBucket = std::max(s.lastBucket, at);
            const qint64 volume = ok + refused + failed;
            if (volume > s.peak || (volume == s.peak && at < s.peakAt)) {
                s.peak = volume;
                s.peakAt = at;
            }
            const qint64 limit = limits.value(q->value(0).toString());
            if (limit > 0 && volume > limit)
                s.hoursOverLimit += 1;
            auto day = days.constFind(at);
            if (day == days.constEnd())
                day = days.insert(at, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toTimeZone(zone).date());
            auto &d = daily[*day];
            d[0] += ok;
            d[1] += refused;
            d[2] += failed;
        }
        q->finish();
    }

    Availability availability(db);
    auto serviceAvailability = availability.services(m.fromMs, m.toMs, nowMs);
    if (!serviceAvailability.ok())
        return serviceAvailability.error();
    auto stationAvailability = availability.stations(m.fromMs, m.toMs, nowMs);
    if (!stationAvailability.ok())
        return stationAvailability.error();
    QHash<QString, AvailabilityFigures> availabilityOf;
    for (const AvailabilityFigures &f : std::as_const(*serviceAvailability))
        availabilityOf.insert(f.code, f);

    const double elapsed = double(asOf - m.fromMs) / double(m.toMs - m.fromMs);
    QJsonArray services;
    qint64 meeting = 0;
    for (const CatalogueEntry &e : std::as_const(*catalogue)) {
        const Sums s = sums.value(e.code);
        ServiceFigures f; // the core's percentile arithmetic on the month's histogram
        f.ok = s.ok;
        f.refused = s.refused;
        f.failed = s.failed;
        f.latencyMaxUs = s.latencyMax;
        f.histogram = s.h;
        const qint64 valid = s.ok + s.failed;
        const qint64 answered = s.ok + s.refused;
        QJsonObject o{{QStringLiteral("code"), e.code},
                      {QStringLiteral("name"), e.name},
                      {QStringLiteral("owner"), e.owner},
                      {QStringLiteral("calendar"), e.calendar},
                      {QStringLiteral("targets"),
                       QJsonObject{{QStringLiteral("latency_threshold_ms"), e.latencyThresholdMs},
                                   {QStringLiteral("latency_target_bp"), e.latencyTargetBp},
                                   {QStringLiteral("success_objective_bp"), e.successObjectiveBp},
                                   {QStringLiteral("availability_objective_bp"), e.availabilityObjectiveBp},
                                   {QStringLiteral("workload_limit_per_hour"),
                                    e.workloadLimitPerHour ? QJsonValue(e.workloadLimitPerHour) : QJsonValue()}}},
                      {QStringLiteral("volume"), s.total()},
                      {QStringLiteral("ok"), s.ok},
                      {QStringLiteral("refused"), s.refused},
                      {QStringLiteral("failed"), s.failed},
                      {QStringLiteral("success_bp"), bpOrNull(s.ok, valid)},
                      {QStringLiteral("within_threshold"), s.within},
                      {QStringLiteral("within_threshold_bp"), bpOrNull(s.within, answered)},
                      {QStringLiteral("latency_p50_us"), usOrNull(f.percentileUs(0.50))},
                      {QStringLiteral("latency_p95_us"), usOrNull(f.percentileUs(0.95))},
                      {QStringLiteral("latency_p99_us"), usOrNull(f.percentileUs(0.99))},
                      {QStringLiteral("latency_mean_us"), answered ? QJsonValue(s.latencySum / answered) : QJsonValue()},
                      {QStringLiteral("latency_max_us"), answered ? QJsonValue(s.latencyMax) : QJsonValue()}};
        // Error budget: the failures the success objective allows over the month's valid operations.
        const qint64 budgetBp = 10000 - e.successObjectiveBp;
        QJsonObject budget{{QStringLiteral("allowed_failures"),
                            valid ? QJsonValue(double(valid) * double(budgetBp) / 10000.0) : QJsonValue()},
                           {QStringLiteral("used_bp"),
                            valid && budgetBp > 0 ? QJsonValue((s.failed * 100000000) / (valid * budgetBp)) : QJsonValue()},
                           {QStringLiteral("burn_rate"),
                            valid && budgetBp > 0 && elapsed > 0
                                ? QJsonValue(std::round(double(s.failed) * 10000.0 / double(valid * budgetBp) / elapsed * 100.0)
                                             / 100.0)
                                : QJsonValue()}};
        o.insert(QStringLiteral("error_budget"), budget);
        o.insert(QStringLiteral("workload"),
                 QJsonObject{{QStringLiteral("limit_per_hour"),
                              e.workloadLimitPerHour ? QJsonValue(e.workloadLimitPerHour) : QJsonValue()},
                             {QStringLiteral("peak_per_hour"), s.peak},
                             {QStringLiteral("peak_hour"), isoOrNull(s.peakAt)},
                             {QStringLiteral("hours_over_limit"), s.hoursOverLimit},
                             {QStringLiteral("meets_limit"), s.hoursOverLimit == 0}});
        const AvailabilityFigures a = availabilityOf.value(e.code);
        o.insert(QStringLiteral("availability"), a.toJson());

        bool meets = true;
        auto check = [&](const QString &indicator, qint64 num, qint64 den, int target, const QString &what) {
            if (den <= 0)
                return;
            const qint64 actual = (num * 10000) / den;
            o.insert(QStringLiteral("meets_") + indicator, actual >= target);
            if (actual >= target)
                return;
            meets = false;
            missed << QJsonObject{{QStringLiteral("indicator"), indicator},
                                  {QStringLiteral("scope"), e.code},
                                  {QStringLiteral("service"), e.code},
                                  {QStringLiteral("target_bp"), target},
                                  {QStringLiteral("actual_bp"), actual},
                                  {QStringLiteral("description"),
                                   tr("%1: %2 %3 against a target of %4").arg(e.code, what, pct(actual), pct(target))},
                                  {QStringLiteral("evidence"),
                                   QJsonObject{{QStringLiteral("sla_buckets"), s.rows},
                                               {QStringLiteral("incidents"), idArray(a.incidentIds)},
                                               {QStringLiteral("station_outages"), idArray(a.outageIds)}}}};
        };
        check(QStringLiteral("success"), s.ok, valid, e.successObjectiveBp, tr("success"));
        check(QStringLiteral("latency"), s.within, answered, e.latencyTargetBp,
              tr("operations within %1 ms").arg(e.latencyThresholdMs));
        if (a.availabilityBp() >= 0)
            check(QStringLiteral("availability"), a.availableMs(), a.agreedMs - a.plannedMs, e.availabilityObjectiveBp,
                  tr("availability"));
        o.insert(QStringLiteral("meets_targets"), meets);
        if (meets)
            ++meeting;
        o.insert(QStringLiteral("evidence"),
                 QJsonObject{{QStringLiteral("sla_buckets"),
                              QJsonObject{{QStringLiteral("rows"), s.rows},
                                          {QStringLiteral("first"), isoOrNull(s.firstBucket)},
                                          {QStringLiteral("last"), isoOrNull(s.lastBucket)}}},
                             {QStringLiteral("operations"),
                              QStringLiteral("service = '%1' AND at >= %2 AND at < %3").arg(e.code).arg(m.fromMs).arg(m.toMs)}});
        services << o;
    }

    QJsonArray stations;
    for (const AvailabilityFigures &f : std::as_const(*stationAvailability))
        stations << f.toJson();

    QJsonArray days;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it)
        days << QJsonObject{{QStringLiteral("date"), it.key().toString(Qt::ISODate)},
                            {QStringLiteral("ok"), (*it)[0]},
                            {QStringLiteral("refused"), (*it)[1]},
                            {QStringLiteral("failed"), (*it)[2]}};

    auto incidents = incidentsSection(db, m, asOf, missed);
    if (!incidents.ok())
        return incidents.error();
    auto problems = problemsSection(db, m);
    if (!problems.ok())
        return problems.error();
    auto changes = changesSection(db, m);
    if (!changes.ok())
        return changes.error();
    auto continuity = continuitySection(db, m);
    if (!continuity.ok())
        return continuity.error();

    // The first and last operation record of the month: per service of the catalogue, two lookups
    // through the (service, at) index each, never a scan.
    QJsonObject operations;
    {
        qint64 firstAt = 0, firstSeq = 0, firstId = 0, lastAt = 0, lastSeq = 0, lastId = 0;
        for (const CatalogueEntry &e : std::as_const(*catalogue)) {
            auto first = db.exec(QStringLiteral("SELECT id, seq, at FROM operations WHERE service = ? AND at >= ? AND at < ? "
                                                "ORDER BY at, seq LIMIT 1"),
                                 {e.code, m.fromMs, m.toMs});
            if (!first.ok())
                return first.error();
            if (first->next()) {
                const qint64 at = first->value(2).toLongLong(), seq = first->value(1).toLongLong();
                if (!firstId || at < firstAt || (at == firstAt && seq < firstSeq)) {
                    firstId = first->value(0).toLongLong();
                    firstSeq = seq;
                    firstAt = at;
                }
            }
            first->finish();
            auto last = db.exec(QStringLiteral("SELECT id, seq, at FROM operations WHERE service = ? AND at >= ? AND at < ? "
                                               "ORDER BY at DESC, seq DESC LIMIT 1"),
                                {e.code, m.fromMs, m.toMs});
            if (!last.ok())
                return last.error();
            if (last->next()) {
                const qint64 at = last->value(2).toLongLong(), seq = last->value(1).toLongLong();
                if (!lastId || at > lastAt || (at == lastAt && seq > lastSeq)) {
                    lastId = last->value(0).toLongLong();
                    lastSeq = seq;
                    lastAt = at;
                }
            }
            last->finish();
        }
        if (firstId)
            operations = QJsonObject{{QStringLiteral("first_id"), firstId},
                                     {QStringLiteral("first_seq"), firstSeq},
                                     {QStringLiteral("last_id"), lastId},
                                     {QStringLiteral("last_seq"), lastSeq}};
        operations.insert(QStringLiteral("selection"), QStringLiteral("at >= %1 AND at < %2").arg(m.fromMs).arg(m.toMs));
    }
    qint64 volume = 0;
    for (const Sums &s : std::as_const(sums))
        volume += s.total();

    auto profile = LibraryProfile::read(db);
    if (!profile.ok())
        return profile.error();
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("month"), m.text},
        {QStringLiteral("library"), profile->name},
        {QStringLiteral("library_contact"), profile->contactLine()},
        {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), isoUtc(m.fromMs)},
                     {QStringLiteral("to"), isoUtc(m.toMs)},
                     {QStringLiteral("from_ms"), m.fromMs},
                     {QStringLiteral("to_ms"), m.toMs},
                     {QStringLiteral("as_of"), isoUtc(asOf)},
                     {QStringLiteral("complete"), asOf >= m.toMs}}},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("operations"), volume},
                     {QStringLiteral("services"), qint64(catalogue->size())},
                     {QStringLiteral("services_meeting_targets"), meeting},
                     {QStringLiteral("missed_targets"), qint64(missed.size())}}},
        {QStringLiteral("services"), services},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("daily"), days},
        {QStringLiteral("incidents"), *incidents},
        {QStringLiteral("problems"), *problems},
        {QStringLiteral("changes"), *changes},
        {QStringLiteral("continuity"), *continuity},
        {QStringLiteral("nonconformities"), missed},
        {QStringLiteral("evidence"),
         QJsonObject{{QStringLiteral("operations"), operations},
                     {QStringLiteral("sla_bucket_rows"), bucketRows},
                     {QStringLiteral("sources"),
                      QStringLiteral("sla_buckets, maintenance_windows, station_maintenance, station_outages, incidents, "
                                     "incident_events, problems, changes")}}}};
}

Result<QJsonObject> MonthlyReport::frozen(Database &db, const QString &month)
{
    auto q = db.exec(QStringLiteral("SELECT snapshot, snapshot_sha256, closed_at, closed_by FROM report_months WHERE month = ?"),
                     {month});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return QJsonObject{};
    const QByteArray snapshot = q->value(0).toString().toUtf8();
    const QString sha = q->value(1).toString();
    const qint64 closedAt = q->value(2).toLongLong();
    const QString closedBy = q->value(3).toString();
    q->finish();
    if (snapshotHash(snapshot) != sha)
        return Error::failed(QStringLiteral("report.snapshot_tampered"),
                             tr("The frozen report of %1 does not match its SHA-256: it was changed after the month "
                                "was closed.")
                                 .arg(month));
    QJsonObject report = QJsonDocument::fromJson(snapshot).object();
    report.insert(QStringLiteral("frozen"),
                  QJsonObject{{QStringLiteral("closed_at"), isoUtc(closedAt)},
                              {QStringLiteral("closed_by"), closedBy},
                              {QStringLiteral("sha256"), sha}});
    return report;
}

namespace {
// The signed checkpoints of the operation log made in the month (docs/security.md "The trail"),
// read live: a checkpoint made after the month's close still belongs to it. `signature_ok` checks
// the signature under the key it names and `matches_log` that the log still has the signed hash;
// `aksara verify --checkpoints` checks them against the library's own public key.
Result<QJsonArray> checkpointsOf(Database &db, const Month &m)
{
    QJsonArray out;
    if (!db.tableExists(QStringLiteral("checkpoints")))
        return out;
    auto list = Checkpoints::read(db, m.fromMs, m.toMs);
    if (!list.ok())
        return list.error();
    for (const Checkpoint &c : std::as_const(*list)) {
        auto now = db.scalar(QStringLiteral("SELECT hash FROM operations WHERE id = ? AND seq = ?"), {c.headId, c.headSeq});
        if (!now.ok())
            return now.error();
        out << QJsonObject{{QStringLiteral("head_id"), c.headId},
                           {QStringLiteral("head_seq"), c.headSeq},
                           {QStringLiteral("head_hash"), c.headHash},
                           {QStringLiteral("signed_at"), isoUtc(c.signedAtMs)},
                           {QStringLiteral("public_key"), c.publicKey},
                           {QStringLiteral("signature_ok"), c.signatureValid()},
                           {QStringLiteral("matches_log"), now->toString() == c.headHash}};
    }
    return out;
}
} // namespace

Result<QJsonObject> MonthlyReport::reportIn(Database &db, const QString &monthText, qint64 nowMs)
{
    auto m = parseMonth(monthText, libraryZone(db));
    if (!m.ok())
        return m.error();
    auto f = frozen(db, m->text);
    if (!f.ok())
        return f.error();
    QJsonObject report = *f;
    auto checkpoints = checkpointsOf(db, *m);
    if (!checkpoints.ok())
        return checkpoints.error();
    if (report.isEmpty()) {
        auto live = compute(db, *m, nowMs);
        if (!live.ok())
            return live.error();
        report = *live;
        report.insert(QStringLiteral("frozen"), QJsonValue());
        report.insert(QStringLiteral("checkpoints"), *checkpoints);
        return report;
    }
    report.insert(QStringLiteral("checkpoints"), *checkpoints);
    // The figures are frozen; the nonconformities' follow-up (cause, action, status) is live.
    auto q = db.exec(QStringLiteral("SELECT id, indicator, scope, cause, corrective_action, action_owner, action_due_on, "
                                    "status FROM nonconformities WHERE month = ?"),
                     {m->text});
    if (!q.ok())
        return q.error();
    QHash<QString, QJsonObject> followUp;
    while (q->next())
        followUp.insert(q->value(1).toString() + QLatin1Char('|') + q->value(2).toString(),
                        QJsonObject{{QStringLiteral("id"), q->value(0).toLongLong()},
                                    {QStringLiteral("cause"), q->value(3).toString()},
                                    {QStringLiteral("corrective_action"), q->value(4).toString()},
                                    {QStringLiteral("action_owner"), q->value(5).toString()},
                                    {QStringLiteral("action_due_on"), q->value(6).toString()},
                                    {QStringLiteral("status"), q->value(7).toString()}});
    q->finish();
    QJsonArray ncs = report.value(QStringLiteral("nonconformities")).toArray();
    for (qsizetype i = 0; i < ncs.size(); ++i) {
        QJsonObject nc = ncs[i].toObject();
        nc.insert(QStringLiteral("follow_up"),
                  followUp.value(nc.value(QStringLiteral("indicator")).toString() + QLatin1Char('|')
                                 + nc.value(QStringLiteral("scope")).toString()));
        ncs[i] = nc;
    }
    report.insert(QStringLiteral("nonconformities"), ncs);
    return report;
}

Result<QJsonObject> MonthlyReport::report(const Caller &caller, const QString &month)
{
    return m_core.execute<QJsonObject>(caller,
                                       {Services::Reporting, QStringLiteral("report.monthly"), Rights::ReportView, month, false},
                                       [&](OperationContext &ctx) { return reportIn(ctx.db(), month, ctx.nowMs()); });
}

Result<GeneratedReport> MonthlyReport::generate(const Caller &caller, const QString &month, const QString &pdfPath,
                                                const QString &csvDir)
{
    return m_core.execute<GeneratedReport>(
        caller, {Services::Reporting, QStringLiteral("report.monthly"), Rights::ReportView, month, false},
        [&](OperationContext &ctx) -> Result<GeneratedReport> {
            auto r = reportIn(ctx.db(), month, ctx.nowMs());
            if (!r.ok())
                return r.error();
            GeneratedReport out{*r, {}};
            if (!pdfPath.isEmpty()) {
                auto profile = LibraryProfile::read(ctx.db());
                if (!profile.ok())
                    return profile.error();
                if (Status st = writeReportPdf(out.report, pdfPath, profile->logo); !st.ok())
                    return st.error();
                out.files << pdfPath;
            }
            if (!csvDir.isEmpty()) {
                auto files = writeReportCsv(out.report, csvDir);
                if (!files.ok())
                    return files.error();
                out.files += *files;
            }
            const QJsonValue frozen = out.report.value(QStringLiteral("frozen"));
            ctx.setDetail(QStringLiteral("month"), out.report.value(QStringLiteral("month")));
            ctx.setDetail(QStringLiteral("frozen"), frozen.isObject());
            if (frozen.isObject())
                ctx.setDetail(QStringLiteral("snapshot_sha256"), frozen.toObject().value(QStringLiteral("sha256")));
            ctx.setDetail(QStringLiteral("files"), QJsonArray::fromStringList(out.files));
            return out;
        });
}

Result<QJsonObject> MonthlyReport::availability(const Caller &caller, const QString &month)
{
    return m_core.execute<QJsonObject>(
        caller, {Services::Reporting, QStringLiteral("availability"), Rights::ReportView, month, false},
        [&](OperationContext &ctx) -> Result<QJsonObject> {
            auto m = parseMonth(month, libraryZone(ctx.db()));
            if (!m.ok())
                return m.error();
            if (ctx.nowMs() < m->fromMs)
                return Error::refused(QStringLiteral("report.month_not_started"),
                                      tr("The month %1 has not begun yet.").arg(m->text));
            // A closed month answers from its frozen report.
            auto f = frozen(ctx.db(), m->text);
            if (!f.ok())
                return f.error();
            QJsonArray services, stations;
            if (!f->isEmpty()) {
                for (const QJsonValue &s : f->value(QStringLiteral("services")).toArray())
                    services << s.toObject().value(QStringLiteral("availability"));
                stations = f->value(QStringLiteral("stations")).toArray();
            } else {
                Availability a(ctx.db());
                auto sv = a.services(m->fromMs, m->toMs, ctx.nowMs());
                if (!sv.ok())
                    return sv.error();
                auto st = a.stations(m->fromMs, m->toMs, ctx.nowMs());
                if (!st.ok())
                    return st.error();
                for (const AvailabilityFigures &x : std::as_const(*sv))
                    services << x.toJson();
                for (const AvailabilityFigures &x : std::as_const(*st))
                    stations << x.toJson();
            }
            return QJsonObject{{QStringLiteral("month"), m->text},
                               {QStringLiteral("from"), isoUtc(m->fromMs)},
                               {QStringLiteral("to"), isoUtc(m->toMs)},
                               {QStringLiteral("as_of"), isoUtc(std::min(m->toMs, ctx.nowMs()))},
                               {QStringLiteral("frozen"), !f->isEmpty()},
                               {QStringLiteral("services"), services},
                               {QStringLiteral("stations"), stations}};
        });
}

Result<QJsonObject> MonthlyReport::close(const Caller &caller, const QString &month)
{
    return m_core.execute<QJsonObject>(
        caller, {Services::Administration, QStringLiteral("report.close"), Rights::ServiceManage, month},
        [&](OperationContext &ctx) -> Result<QJsonObject> {
            auto m = parseMonth(month, libraryZone(ctx.db()));
            if (!m.ok())
                return m.error();
            if (ctx.nowMs() < m->toMs)
                return Error::refused(QStringLiteral("report.month_not_over"),
                                      tr("The month %1 is not over yet; it can be closed from %2.")
                                          .arg(m->text, isoUtc(m->toMs)));
            auto existing = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM report_months WHERE month = ?"), {m->text});
            if (!existing.ok())
                return existing.error();
            if (existing->toLongLong() > 0)
                return Error::refused(QStringLiteral("report.month_closed"),
                                      tr("The month %1 is already closed; its report is frozen.").arg(m->text));
            auto report = compute(ctx.db(), *m, ctx.nowMs());
            if (!report.ok())
                return report.error();
            const QByteArray snapshot = QJsonDocument(*report).toJson(QJsonDocument::Compact);
            const QString sha = snapshotHash(snapshot);
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO report_months (month, from_at, to_at, closed_at, closed_by, "
                                                  "snapshot, snapshot_sha256, created_op, updated_op) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {m->text, m->fromMs, m->toMs, ctx.nowMs(), ctx.caller().actor,
                                    QString::fromUtf8(snapshot), sha, ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
            QJsonArray opened;
            for (const QJsonValue &v : report->value(QStringLiteral("nonconformities")).toArray()) {
                const QJsonObject nc = v.toObject();
                auto ins = ctx.db().exec(
                    QStringLiteral("INSERT INTO nonconformities (month, indicator, scope, service_code, target_bp, actual_bp, "
                                   "description, opened_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"),
                    {m->text, nc.value(QStringLiteral("indicator")).toString(), nc.value(QStringLiteral("scope")).toString(),
                     textOrNull(nc.value(QStringLiteral("service")).toString()),
                     nc.value(QStringLiteral("target_bp")).toInteger(), nc.value(QStringLiteral("actual_bp")).toInteger(),
                     nc.value(QStringLiteral("description")).toString(), ctx.nowMs(), ctx.operationId(),
                     ctx.operationId()});
                if (!ins.ok())
                    return ins.error();
                ins->next();
                opened << ins->value(0).toLongLong();
                ins->finish();
            }
            ctx.setSubject(QStringLiteral("month:") + m->text);
            ctx.setDetail(QStringLiteral("snapshot_sha256"), sha);
            ctx.setDetail(QStringLiteral("nonconformities"), opened);
            return reportIn(ctx.db(), m->text, ctx.nowMs());
        });
}

Result<QList<Nonconformity>> MonthlyReport::nonconformities(const Caller &caller, const QString &month, bool openOnly)
{
    return m_core.execute<QList<Nonconformity>>(
        caller, {Services::Reporting, QStringLiteral("nonconformity.list"), Rights::ReportView, month, false},
        [&](OperationContext &ctx) -> Result<QList<Nonconformity>> {
            QStringList where;
            QVariantList binds;
            if (!month.isEmpty()) {
                auto m = parseMonth(month, libraryZone(ctx.db()));
                if (!m.ok())
                    return m.error();
                where << QStringLiteral("month = ?");
                binds << m->text;
            }
            if (openOnly)
                where << QStringLiteral("status <> 'closed'");
            auto q = ctx.db().exec(QStringLiteral("SELECT id, month, indicator, scope, service_code, target_bp, actual_bp, "
                                                  "description, cause, corrective_action, action_owner, action_due_on, "
                                                  "status, opened_at, COALESCE(closed_at, 0) FROM nonconformities %1 "
                                                  "ORDER BY month, id")
                                       .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                                   binds);
            if (!q.ok())
                return q.error();
            QList<Nonconformity> out;
            while (q->next())
                out << Nonconformity{q->value(0).toLongLong(), q->value(1).toString(),  q->value(2).toString(),
                                     q->value(3).toString(),   q->value(4).toString(),  q->value(5).toInt(),
                                     q->value(6).toInt(),      q->value(7).toString(),  q->value(8).toString(),
                                     q->value(9).toString(),   q->value(10).toString(), q->value(11).toString(),
                                     q->value(12).toString(),  q->value(13).toLongLong(), q->value(14).toLongLong()};
            q->finish();
            return out;
        });
}

Result<Nonconformity> MonthlyReport::updateNonconformity(const Caller &caller, qint64 id, const NonconformityUpdate &u)
{
    return m_core.execute<Nonconformity>(
        caller,
        {Services::Administration, QStringLiteral("nonconformity.update"), Rights::ServiceManage,
         QStringLiteral("nonconformity:%1").arg(id)},
        [&](OperationContext &ctx) -> Result<Nonconformity> {
            auto q = ctx.db().exec(QStringLiteral("SELECT cause, corrective_action, action_owner, action_due_on, status "
                                                  "FROM nonconformities WHERE id = ?"),
                                   {id});
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::refused(QStringLiteral("nonconformity.not_found"), tr("There is no nonconformity %1.").arg(id));
            QString cause = q->value(0).toString(), action = q->value(1).toString(), owner = q->value(2).toString(),
                    due = q->value(3).toString(), status = q->value(4).toString();
            q->finish();
            if (u.cause)
                cause = u.cause->trimmed();
            if (u.correctiveAction)
                action = u.correctiveAction->trimmed();
            if (u.actionOwner)
                owner = u.actionOwner->trimmed();
            if (u.actionDueOn) {
                static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
                if (!u.actionDueOn->isEmpty()
                    && (!dateRe.match(*u.actionDueOn).hasMatch() || !QDate::fromString(*u.actionDueOn, Qt::ISODate).isValid()))
                    return badInput(QStringLiteral("nonconformity"), tr("A due date is written YYYY-MM-DD."));
                due = *u.actionDueOn;
            }
            const QString before = status;
            if (u.status) {
                if (*u.status != QLatin1String("open") && *u.status != QLatin1String("action_planned")
                    && *u.status != QLatin1String("closed"))
                    return badInput(QStringLiteral("nonconformity"),
                                    tr("The status of a nonconformity is open, action_planned or closed."));
                status = *u.status;
            } else if (status == QLatin1String("open") && !action.isEmpty()) {
                status = QStringLiteral("action_planned");
            }
            if (status != QLatin1String("open") && (cause.isEmpty() || action.isEmpty()))
                return Error::refused(QStringLiteral("nonconformity.needs_action"),
                                      tr("A nonconformity needs its cause and corrective action before it moves on."));
            const bool closing = status == QLatin1String("closed") && before != QLatin1String("closed");
            auto up = ctx.db().exec(QStringLiteral("UPDATE nonconformities SET cause = ?, corrective_action = ?, "
                                                   "action_owner = ?, action_due_on = ?, status = ?, closed_at = %1, "
                                                   "updated_op = ? WHERE id = ?")
                                        .arg(closing ? QStringLiteral("?") : QStringLiteral("closed_at")),
                                    closing ? QVariantList{nn(cause), nn(action), nn(owner), textOrNull(due), status, ctx.nowMs(),
                                                           ctx.operationId(), id}
                                            : QVariantList{nn(cause), nn(action), nn(owner), textOrNull(due), status,
                                                           ctx.operationId(), id});
            if (!up.ok())
                return up.error();
            auto all = ctx.db().exec(QStringLiteral("SELECT id, month, indicator, scope, service_code, target_bp, actual_bp, "
                                                    "description, cause, corrective_action, action_owner, action_due_on, "
                                                    "status, opened_at, COALESCE(closed_at, 0) FROM nonconformities "
                                                    "WHERE id = ?"),
                                     {id});
            if (!all.ok())
                return all.error();
            all->next();
            Nonconformity n{all->value(0).toLongLong(), all->value(1).toString(),  all->value(2).toString(),
                            all->value(3).toString(),   all->value(4).toString(),  all->value(5).toInt(),
                            all->value(6).toInt(),      all->value(7).toString(),  all->value(8).toString(),
                            all->value(9).toString(),   all->value(10).toString(), all->value(11).toString(),
                            all->value(12).toString(),  all->value(13).toLongLong(), all->value(14).toLongLong()};
            all->finish();
            return n;
        });
}

} // namespace Aksara::ServiceManagement
