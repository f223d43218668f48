#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Aksara::Kiosk {

// Staff sign-in at a kiosk: a public machine where anyone can type at the staff button. After
// kFreeFailures wrong sign-ins in a row (any user name), each further try waits a growing delay
// (2, 4, 8 ... seconds, at most kMaxDelayS) before the password is even checked; a right
// sign-in ends the wait. Kept per station (the server keeps one per kiosk station; a local-mode
// kiosk its own). These failures never count towards a staff account's lockout (StaffDirectory::
// authenticateAtKiosk), so a patron trying admin passwords slows down the kiosk's staff button
// and nothing else: he cannot lock admin.
class StaffThrottle {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::StaffThrottle)

public:
    static constexpr int kFreeFailures = 3;
    static constexpr int kMaxDelayS = 300;

    explicit StaffThrottle(const Clock &clock) : m_clock(clock) {}

    // Ok when `station` may try now; else kiosk.staff_wait with details.retry_after_s.
    Status admit(const QString &station) const;
    void failed(const QString &station);
    void succeeded(const QString &station);
    // Seconds to wait after `failures` failures in a row (0 while free).
    static int delayAfter(int failures);

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace Aksara::Kiosk
