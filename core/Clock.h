#pragma once

#include "core/Guard.h"

#include <QDateTime>
#include <QTimeZone>
#include <QElapsedTimer>

namespace Aksara {

// Time comes from an injected clock so that everything time-dependent (due dates, SLA clocks,
// availability) is testable. Only app/*/main.cpp creates a SystemClock.
// Thread affinity: implementations must be safe to call from any thread.
class Clock {
public:
    virtual ~Clock() = default;
    // Current instant in UTC.
    virtual QDateTime now() const = 0;
    // A monotonic reading in nanoseconds used to measure operation durations.
    virtual qint64 monotonicNs() const = 0;

    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicNs() const override { return m_timer.nsecsElapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace Aksara
