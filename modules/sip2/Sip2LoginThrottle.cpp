#include "sip2/Sip2LoginThrottle.h"

#include <QMutexLocker>

#include <algorithm>

namespace Aksara::Sip2 {

LoginThrottle::LoginThrottle(std::function<qint64()> nowMs, Policy policy) : m_now(std::move(nowMs)), m_policy(policy) {}

qint64 LoginThrottle::wait(QHash<QString, Entry> &keys, const QString &key, qint64 now)
{
    auto it = keys.find(key);
    if (it == keys.end())
        return 0;
    if (now - it->lastMs > m_policy.forgetAfterMs && now >= it->blockedUntilMs) {
        keys.erase(it);
        return 0;
    }
    return std::max<qint64>(0, it->blockedUntilMs - now);
}

qint64 LoginThrottle::waitMs(const QString &login, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    return std::max(wait(m_logins, login, now), wait(m_addresses, address, now));
}

void LoginThrottle::fail(QHash<QString, Entry> &keys, const QString &key, qint64 now)
{
    if (!keys.contains(key) && keys.size() >= m_policy.maxKeys) {
        // Forget the key least recently failed (a flood of names must not grow memory without end).
        auto oldest = std::min_element(keys.begin(), keys.end(), [](const Entry &a, const Entry &b) { return a.lastMs < b.lastMs; });
        keys.erase(oldest);
    }
    Entry &e = keys[key];
    if (e.failures > 0 && now - e.lastMs > m_policy.forgetAfterMs)
        e = Entry();
    ++e.failures;
    e.lastMs = now;
    const int over = e.failures - m_policy.freeFailures;
    if (over >= 0) {
        qint64 delay = m_policy.firstDelayMs;
        for (int i = 0; i < over && delay < m_policy.maxDelayMs; ++i)
            delay *= 2;
        e.blockedUntilMs = now + std::min(delay, m_policy.maxDelayMs);
    }
}

void LoginThrottle::failed(const QString &login, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    fail(m_logins, login, now);
    fail(m_addresses, address, now);
}

void LoginThrottle::succeeded(const QString &login, const QString &)
{
    // The address keeps its count: a machine that knows one password must not clear the count of
    // its guesses at others.
    QMutexLocker lock(&m_mutex);
    m_logins.remove(login);
}

} // namespace Aksara::Sip2
