#pragma once

#include "sip2/Sip2Backend.h"
#include "sip2/Sip2Codec.h"
#include "sip2/Sip2LoginThrottle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Aksara::Server {

class Sip2Connections;

// The SIP2 listener: one Sip2::Session per TCP connection, an idle timeout, and a line in the log
// (stdout, for the journal) for every connection opened and closed.
// With one backend, every request is executed in the thread of the server's event loop, one at a
// time. With a backend factory and `threads` > 0, connections are dealt round-robin to that many
// worker threads, each with its own backend (and so its own database connection): requests of
// different machines run side by side, and the database orders their writes.
// Logins: the password check (Argon2id, slow by design) runs on a small pool of its own, never on
// a thread that serves connections; the connection whose login is being checked waits (its next
// messages are held), the others go on. Failed logins back off per login name and per address
// (Sip2::LoginThrottle, shared by all threads, in memory).
// Limits (issue 15): at most maxConnections connections in all and maxPerAddress from one address;
// one over a cap is closed as soon as it is accepted, before a byte is read, with one log line per
// address per 10 s (with the count refused meanwhile). Only a request the session accepted resets
// the idle timer (garbage, an unknown command or a refused request does not); a connection that
// has not logged in within loginTimeoutSeconds is closed; a line longer than Sip2::Codec::kMaxFrame
// without CR, or replies piling up unread beyond kMaxUnsent bytes, close the connection.
class Sip2Server : public QObject {
    Q_OBJECT
public:
    struct Config {
        Sip2::Charset charset = Sip2::Charset::Utf8;
        int idleTimeoutSeconds = 300;
        Sip2::LoginBackOff backOff = {};
        int verifierThreads = 2; // concurrent password checks (each Argon2id takes 64 MiB)
        // With a configuration (certificate and key), every connection speaks TLS: a machine that
        // does not complete the handshake is closed before a byte of SIP2 is read.
        std::optional<QSslConfiguration> tls = {};
        int maxConnections = 256; // open connections in all; 0: no cap
        int maxPerAddress = 64;   // open connections from one remote address; 0: no cap
        // A connection that has not logged in (93 accepted) by then is closed; 0: no deadline.
        // Every request but 99 and 97 needs a login, so the deadline always applies.
        int loginTimeoutSeconds = 60;
        // Where the log lines go (one line each, no newline); empty: stdout. Called from any of
        // the server's threads.
        std::function<void(const QString &line)> log = {};
    };
    // Replies a machine has not read, beyond which its connection is closed.
    static constexpr qint64 kMaxUnsent = 1 << 20;
    // Refusals of one address over a cap are logged at most once per this many milliseconds.
    static constexpr qint64 kRefusalLogIntervalMs = 10'000;
    using BackendFactory = std::function<std::unique_ptr<Sip2::Backend>()>;

    Sip2Server(Sip2::Backend &backend, Config config, QObject *parent = nullptr);
    // `threadEnd` runs in each worker thread as it ends (to release its database connection).
    Sip2Server(const BackendFactory &factory, int threads, const std::function<void()> &threadEnd, Config config,
               QObject *parent = nullptr);
    ~Sip2Server() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    int connectionCount() const { return m_open.load(); }
    // Connections closed at once for being over a cap, since the server started.
    int refusedCount() const { return m_refused.load(); }
    int threadCount() const { return int(m_threads.size()); }
    Sip2::LoginThrottle &throttle() { return *m_throttle; }

private:
    class Listener;
    void dispatch(qintptr descriptor);
    void released(const QString &address);
    void log(const QString &line) const;

    Config m_config;
    std::unique_ptr<Sip2::LoginThrottle> m_throttle;
    QThreadPool m_verifiers;
    std::unique_ptr<Listener> m_listener;
    std::vector<std::unique_ptr<Sip2::Backend>> m_ownedBackends;
    QList<Sip2Connections *> m_handlers;
    QList<QThread *> m_threads;
    std::function<void()> m_threadEnd;
    int m_next = 0;
    std::atomic<int> m_open{0};
    std::atomic<int> m_refused{0};
    // Open connections per remote address, and the refusals not yet logged per address.
    struct Refusals {
        qint64 loggedAtMs = 0;
        int sinceLogged = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, int> m_perAddress;
    QHash<QString, Refusals> m_refusals;
    QElapsedTimer m_monotonic;
};

} // namespace Aksara::Server
