#pragma once

#include "core/Calendar.h"

#include <QJsonObject>
#include <QList>

namespace Aksara::ServiceManagement {

// One entry of an incident's status timeline: from atMs on, the incident had `status`.
// The first entry is the opening (status "new" at opened_at).
struct StatusChange {
    qint64 atMs = 0;
    QString status;
};

// The state of one SLA clock (time to own or time to resolve) at an instant, in service hours.
struct ClockState {
    qint64 targetMs = 0;
    qint64 elapsedMs = 0;  // service-hour milliseconds counted so far (or until the clock stopped)
    bool running = false;  // counting now
    bool stopped = false;  // the clock has finished (owned / resolved)
    qint64 stoppedAt = 0;
    qint64 warningAt = 0;  // instant 75 % of the target was reached (0: not reached)
    qint64 breachAt = 0;   // once the target is exceeded: the instant it was used up (0: not exceeded)
    qint64 dueAt = 0;      // while running: the instant the target will be reached (0 when paused or stopped)

    qint64 warningMs() const { return targetMs * 3 / 4; }
    bool breached() const { return elapsedMs > targetMs; }
    // A stopped clock that stayed within its target.
    bool met() const { return stopped && !breached(); }
    QJsonObject toJson() const;
};

struct IncidentClocks {
    ClockState own;
    ClockState resolve;
    QJsonObject toJson() const;
};

// Computes both clocks at `nowMs` from the status timeline, counting only the calendar's service
// hours:
//   - time to resolve runs while the status is new, assigned or in_progress; it is paused while
//     pending (waiting on the user or a supplier) and stops when the incident is resolved; a
//     reopened incident's clock continues from where it stopped;
//   - time to own runs while the status is new, until the incident is first owned (assigned,
//     in progress or resolved); it never restarts.
// Warning is the instant 75 % of the target was reached; breach, once more than the target has
// elapsed, the instant 100 % was reached (a clock stopped at exactly its target is met).
IncidentClocks computeClocks(const QList<StatusChange> &timeline, const Calendar &calendar, qint64 ownTargetMs,
                             qint64 resolveTargetMs, qint64 nowMs);

} // namespace Aksara::ServiceManagement
