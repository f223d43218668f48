#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace Aksara::Sip2 {

// Back-off of SIP2 logins (93), per login name and per remote address, shared by every connection
// of a server (thread-safe). After `freeFailures` failed logins in a row under one key, every
// further failure makes that key wait before it may try again: firstDelayMs, then twice as long
// each time, up to maxDelayMs. While a key waits, its logins are refused at once, without checking
// the password (and without counting). A successful login clears its login name's count; a key
// left alone for forgetAfterMs starts afresh. Nothing is ever locked for good, and unknown login
// names are counted like known ones (the answer does not tell them apart). Kept in memory: a
// restart of the server forgets it.
struct LoginBackOff {
    int freeFailures = 5;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 15 * 60 * 1000;
    qint64 forgetAfterMs = 60 * 60 * 1000;
    int maxKeys = 20000; // beyond this, the keys failed longest ago are forgotten
};

class LoginThrottle {
public:
    using Policy = LoginBackOff;

    explicit LoginThrottle(std::function<qint64()> nowMs, Policy policy = Policy());

    // How long (ms) this login from this address must still wait; 0 when it may try now.
    qint64 waitMs(const QString &login, const QString &address);
    void failed(const QString &login, const QString &address);
    void succeeded(const QString &login, const QString &address);
    const Policy &policy() const { return m_policy; }

private:
    struct Entry {
        int failures = 0;
        qint64 lastMs = 0;
        qint64 blockedUntilMs = 0;
    };
    void fail(QHash<QString, Entry> &keys, const QString &key, qint64 now);
    qint64 wait(QHash<QString, Entry> &keys, const QString &key, qint64 now);

    std::function<qint64()> m_now;
    Policy m_policy;
    QMutex m_mutex;
    QHash<QString, Entry> m_logins;
    QHash<QString, Entry> m_addresses;
};

} // namespace Aksara::Sip2
