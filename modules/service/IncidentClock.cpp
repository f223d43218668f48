#include "service/IncidentClock.h"

#include "service/Common.h"

namespace Aksara::ServiceManagement {

namespace {
struct Segment {
    qint64 from;
    qint64 to; // exclusive; nowMs for the current one
    bool counts;
};

// Walks the counting segments, accumulating service-hour time and the threshold instants.
ClockState walk(const QList<Segment> &segments, const Calendar &calendar, qint64 targetMs, bool stopped,
                qint64 stoppedAt)
{
    ClockState c;
    c.targetMs = targetMs;
    c.stopped = stopped;
    c.stoppedAt = stopped ? stoppedAt : 0;
    const qint64 warning = c.warningMs();
    for (const Segment &s : segments) {
        if (!s.counts || s.to <= s.from)
            continue;
        const qint64 before = c.elapsedMs;
        const qint64 open = calendar.openMsBetween(s.from, s.to);
        c.elapsedMs += open;
        if (c.warningAt == 0 && warning > 0 && before < warning && c.elapsedMs >= warning)
            c.warningAt = calendar.addOpenMs(s.from, warning - before);
        // Breached once the target is exceeded; the instant is when it was used up.
        if (c.breachAt == 0 && targetMs > 0 && before < targetMs && c.elapsedMs > targetMs)
            c.breachAt = calendar.addOpenMs(s.from, targetMs - before);
    }
    if (!stopped && !segments.isEmpty() && segments.last().counts) {
        c.running = true;
        const Segment &cur = segments.last();
        const qint64 beforeCurrent = c.elapsedMs - calendar.openMsBetween(cur.from, cur.to);
        c.dueAt = c.elapsedMs > targetMs ? c.breachAt : calendar.addOpenMs(cur.from, targetMs - beforeCurrent);
    }
    return c;
}

bool resolveCounts(const QString &status)
{
    return status == QLatin1String("new") || status == QLatin1String("assigned")
        || status == QLatin1String("in_progress");
}
} // namespace

QJsonObject ClockState::toJson() const
{
    return {{QStringLiteral("target_ms"), targetMs},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("percent"), targetMs > 0 ? qRound64(double(elapsedMs) * 100.0 / double(targetMs)) : 0},
            {QStringLiteral("state"), stopped ? (breached() ? QStringLiteral("breached") : QStringLiteral("met"))
                                      : running ? QStringLiteral("running")
                                                : QStringLiteral("paused")},
            {QStringLiteral("stopped_at"), isoOrNull(stoppedAt)},
            {QStringLiteral("due_at"), isoOrNull(dueAt)},
            {QStringLiteral("warning_at"), isoOrNull(warningAt)},
            {QStringLiteral("breach_at"), isoOrNull(breachAt)}};
}

QJsonObject IncidentClocks::toJson() const
{
    return {{QStringLiteral("own"), own.toJson()}, {QStringLiteral("resolve"), resolve.toJson()}};
}

IncidentClocks computeClocks(const QList<StatusChange> &timeline, const Calendar &calendar, qint64 ownTargetMs,
                             qint64 resolveTargetMs, qint64 nowMs)
{
    QList<Segment> resolveSegs;
    QList<Segment> ownSegs;
    bool owned = false;
    qint64 ownedAt = 0;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const StatusChange &c = timeline[i];
        if (c.atMs > nowMs)
            break;
        const qint64 end = (i + 1 < timeline.size()) ? std::min(timeline[i + 1].atMs, nowMs) : nowMs;
        resolveSegs << Segment{c.atMs, end, resolveCounts(c.status)};
        if (!owned && c.status != QLatin1String("new")) {
            owned = true;
            ownedAt = c.atMs;
        }
        if (!owned)
            ownSegs << Segment{c.atMs, end, true};
    }
    const QString current = timeline.isEmpty() ? QString() : [&] {
        QString s;
        for (const StatusChange &c : timeline)
            if (c.atMs <= nowMs)
                s = c.status;
        return s;
    }();
    const bool resolved = current == QLatin1String("resolved") || current == QLatin1String("closed");
    qint64 resolvedAt = 0;
    if (resolved) {
        // The last time it entered resolved.
        for (const StatusChange &c : timeline)
            if (c.atMs <= nowMs && c.status == QLatin1String("resolved"))
                resolvedAt = c.atMs;
    }
    IncidentClocks out;
    out.resolve = walk(resolveSegs, calendar, resolveTargetMs, resolved, resolvedAt);
    out.own = walk(ownSegs, calendar, ownTargetMs, owned, ownedAt);
    return out;
}

} // namespace Aksara::ServiceManagement
