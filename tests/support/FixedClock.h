#pragma once

#include "core/Clock.h"

#include <atomic>

namespace Aksara::Test {

// A clock that stands still until told to move. Its monotonic reading moves with it, so a test
// controls both the instants and the durations the service core records.
class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime &start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : m_ms(start.toMSecsSinceEpoch())
    {
    }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    qint64 monotonicNs() const override { return m_ns.load(); }

    void set(const QDateTime &t) { m_ms = t.toMSecsSinceEpoch(); }
    void advanceMs(qint64 ms)
    {
        m_ms += ms;
        m_ns += ms * 1000000;
    }
    // Moves only the monotonic reading: an operation that "takes" this long.
    void spendUs(qint64 us) { m_ns += us * 1000; }

private:
    std::atomic<qint64> m_ms;
    std::atomic<qint64> m_ns{0};
};

} // namespace Aksara::Test
