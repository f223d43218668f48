#include "kiosk/StaffThrottle.h"

#include <QJsonObject>

namespace Aksara::Kiosk {

int StaffThrottle::delayAfter(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int steps = qMin(failures - kFreeFailures + 1, 9);
    return qMin(kMaxDelayS, 1 << steps);
}

Status StaffThrottle::admit(const QString &station) const
{
    const auto it = m_entries.constFind(station);
    if (it == m_entries.cend())
        return {};
    const qint64 waitUntil = it->lastFailureMs + qint64(delayAfter(it->failures)) * 1000;
    const qint64 now = m_clock.nowMs();
    if (now >= waitUntil)
        return {};
    const int seconds = int((waitUntil - now + 999) / 1000);
    return Error::refused(QStringLiteral("kiosk.staff_wait"),
                          tr("Too many wrong staff sign-ins at this kiosk. Please wait %n second(s) and try again.", nullptr,
                             seconds),
                          QJsonObject{{QStringLiteral("retry_after_s"), seconds}});
}

void StaffThrottle::failed(const QString &station)
{
    Entry &e = m_entries[station];
    ++e.failures;
    e.lastFailureMs = m_clock.nowMs();
}

void StaffThrottle::succeeded(const QString &station)
{
    m_entries.remove(station);
}

} // namespace Aksara::Kiosk
