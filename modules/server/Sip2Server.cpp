#include "server/Sip2Server.h"
#include "server/PeerAddress.h"

#include "sip2/Sip2Session.h"

#include <QHash>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace Aksara::Server {

// The connections of one thread: lives in that thread, with the backend it was given.
class Sip2Connections : public QObject {
public:
    using Release = std::function<void(const QString &address)>;
    using Log = std::function<void(const QString &line)>;

    Sip2Connections(Sip2::Backend &backend, Sip2Server::Config config, Sip2::LoginThrottle &throttle, QThreadPool &verifiers,
                    Release release, Log log)
        : m_backend(backend)
        , m_config(std::move(config))
        , m_throttle(throttle)
        , m_verifiers(verifiers)
        , m_release(std::move(release))
        , m_log(std::move(log))
    {
    }
    ~Sip2Connections() override
    {
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            it.key()->disconnect(this);
            m_release(it.value()->address);
            delete it.value();
        }
    }

    // Takes a connection accepted by the listener (called in this object's thread). Its place
    // under the caps (`address`) was taken by the server; it is given back when the connection ends.
    void adopt(qintptr descriptor, const QString &address)
    {
        QSslSocket *tls = m_config.tls ? new QSslSocket(this) : nullptr;
        QTcpSocket *socket = tls ? tls : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            m_log(QStringLiteral("sip2: a connection could not be taken: %1").arg(socket->errorString()));
            delete socket;
            ::close(int(descriptor));
            m_release(address);
            return;
        }
        if (tls) {
            tls->setSslConfiguration(*m_config.tls);
            // A failed handshake (a machine speaking plain SIP2, a wrong protocol) ends it.
            connect(tls, &QSslSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError) {
                if (!tls->isEncrypted())
                    drop(tls, "no TLS handshake");
            });
        }
        auto *c = new Connection;
        c->session = std::make_unique<Sip2::Session>(m_backend, m_config.charset);
        c->address = address;
        c->peer = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
        c->session->setPeer(socket->peerAddress().toString());
        c->session->setThrottle(&m_throttle);
        // The password check runs on the verifiers' pool; its result comes back to this thread.
        // The server waits for the pool before it deletes this object.
        c->session->setOffload([this, socket](std::function<bool()> check) {
            QPointer<QTcpSocket> alive(socket);
            m_verifiers.start([this, alive, check = std::move(check)] {
                const bool ok = check();
                QMetaObject::invokeMethod(
                    this,
                    [this, alive, ok] {
                        if (alive)
                            checked(alive, ok);
                    },
                    Qt::QueuedConnection);
            });
        });
        // Reset only by a request the session accepted (read()).
        c->idle = new QTimer(socket);
        c->idle->setSingleShot(true);
        c->idle->setInterval(m_config.idleTimeoutSeconds * 1000);
        connect(c->idle, &QTimer::timeout, this, [this, socket] { drop(socket, "idle timeout"); });
        c->idle->start();
        if (m_config.loginTimeoutSeconds > 0) {
            c->loginDeadline = new QTimer(socket);
            c->loginDeadline->setSingleShot(true);
            c->loginDeadline->setInterval(m_config.loginTimeoutSeconds * 1000);
            connect(c->loginDeadline, &QTimer::timeout, this, [this, socket] { drop(socket, "no login in time"); });
            c->loginDeadline->start();
        }
        m_connections.insert(socket, c);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket, "closed by the machine"); });
        m_log(QStringLiteral("sip2: connection from %1").arg(c->peer));
        if (tls)
            tls->startServerEncryption();
        // Bytes that arrived before the socket was adopted.
        if (socket->bytesAvailable() > 0)
            read(socket);
    }

private:
    struct Connection {
        std::unique_ptr<Sip2::Session> session;
        QTimer *idle = nullptr;
        QTimer *loginDeadline = nullptr;
        QString peer;
        QString address; // as counted under the per-address cap
    };

    void read(QTcpSocket *socket)
    {
        Connection *c = m_connections.value(socket);
        if (!c)
            return;
        write(socket, c->session->feed(socket->readAll()));
    }

    void checked(QTcpSocket *socket, bool passwordOk)
    {
        Connection *c = m_connections.value(socket);
        if (!c)
            return;
        write(socket, c->session->loginChecked(passwordOk));
    }

    void write(QTcpSocket *socket, const Sip2::Session::Output &out)
    {
        Connection *c = m_connections.value(socket);
        if (!c)
            return;
        if (out.accepted)
            c->idle->start();
        if (c->loginDeadline && c->session->loggedIn()) {
            delete c->loginDeadline;
            c->loginDeadline = nullptr;
        }
        if (!out.bytes.isEmpty())
            socket->write(out.bytes);
        if (out.overlong) {
            socket->flush();
            drop(socket, out.close ? "more than the session may hold while a login is checked"
                                   : "a line longer than the longest SIP2 message, without CR");
            return;
        }
        if (out.close) {
            socket->flush();
            drop(socket, "too many failed or unauthenticated requests");
            return;
        }
        if (socket->bytesToWrite() > Sip2Server::kMaxUnsent)
            drop(socket, "replies not read");
    }

    void drop(QTcpSocket *socket, const char *why)
    {
        Connection *c = m_connections.take(socket);
        if (!c)
            return;
        m_log(QStringLiteral("sip2: connection from %1 ended (%2)").arg(c->peer, QString::fromLatin1(why)));
        m_release(c->address);
        delete c;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        socket->deleteLater();
    }

    Sip2::Backend &m_backend;
    Sip2Server::Config m_config;
    Sip2::LoginThrottle &m_throttle;
    QThreadPool &m_verifiers;
    Release m_release;
    Log m_log;
    QHash<QTcpSocket *, Connection *> m_connections;
};

// Hands each accepted socket descriptor to the server (QTcpServer would make the socket in the
// listener's thread; a worker thread must make its own).
class Sip2Server::Listener : public QTcpServer {
public:
    explicit Listener(Sip2Server &server) : m_server(server) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server.dispatch(descriptor); }

private:
    Sip2Server &m_server;
};

Sip2Server::Sip2Server(Sip2::Backend &backend, Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_throttle(std::make_unique<Sip2::LoginThrottle>([&backend] { return backend.nowMs(); }, config.backOff))
    , m_listener(std::make_unique<Listener>(*this))
{
    m_verifiers.setMaxThreadCount(qMax(1, config.verifierThreads));
    m_monotonic.start();
    m_handlers << new Sip2Connections(
        backend, m_config, *m_throttle, m_verifiers, [this](const QString &a) { released(a); },
        [this](const QString &line) { log(line); });
}

Sip2Server::Sip2Server(const BackendFactory &factory, int threads, const std::function<void()> &threadEnd, Config config,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_listener(std::make_unique<Listener>(*this))
    , m_threadEnd(threadEnd)
{
    m_verifiers.setMaxThreadCount(qMax(1, config.verifierThreads));
    m_monotonic.start();
    for (int i = 0; i < qMax(1, threads); ++i) {
        m_ownedBackends.push_back(factory());
        if (!m_throttle) {
            Sip2::Backend *first = m_ownedBackends.front().get();
            m_throttle = std::make_unique<Sip2::LoginThrottle>([first] { return first->nowMs(); }, config.backOff);
        }
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("sip2-%1").arg(i + 1));
        auto *handler = new Sip2Connections(
            *m_ownedBackends.back(), m_config, *m_throttle, m_verifiers, [this](const QString &a) { released(a); },
            [this](const QString &line) { log(line); });
        handler->moveToThread(thread);
        thread->start();
        m_threads << thread;
        m_handlers << handler;
    }
}

Sip2Server::~Sip2Server()
{
    m_listener->close();
    // No password check may come back to a handler that is gone.
    m_verifiers.waitForDone();
    if (m_threads.isEmpty()) {
        delete m_handlers.value(0);
    } else {
        for (int i = 0; i < m_threads.size(); ++i) {
            Sip2Connections *handler = m_handlers[i];
            QMetaObject::invokeMethod(
                handler,
                [this, handler] {
                    delete handler;
                    if (m_threadEnd)
                        m_threadEnd();
                },
                Qt::BlockingQueuedConnection);
            m_threads[i]->quit();
            m_threads[i]->wait();
            delete m_threads[i];
        }
    }
}

void Sip2Server::dispatch(qintptr descriptor)
{
    const QString address = peerAddressOf(descriptor);
    if (address.isEmpty()) {
        ::close(int(descriptor));
        return;
    }
    const char *over = nullptr;
    int limit = 0;
    QString line;
    {
        QMutexLocker lock(&m_mutex);
        if (m_config.maxConnections > 0 && m_open.load() >= m_config.maxConnections) {
            over = "connections in all";
            limit = m_config.maxConnections;
        } else if (m_config.maxPerAddress > 0 && m_perAddress.value(address) >= m_config.maxPerAddress) {
            over = "connections from that address";
            limit = m_config.maxPerAddress;
        }
        if (!over) {
            ++m_open;
            ++m_perAddress[address];
        } else {
            ++m_refused;
            // One line per address per interval, with the count refused since the last one.
            const qint64 now = m_monotonic.elapsed();
            if (m_refusals.size() > 4096) {
                int unlogged = 0;
                for (auto it = m_refusals.begin(); it != m_refusals.end();) {
                    if (now - it->loggedAtMs >= kRefusalLogIntervalMs) {
                        unlogged += it->sinceLogged;
                        it = m_refusals.erase(it);
                    } else {
                        ++it;
                    }
                }
                if (unlogged > 0)
                    log(QStringLiteral("sip2: %1 more connections refused over the limits, from addresses not named").arg(unlogged));
            }
            auto it = m_refusals.find(address);
            if (it == m_refusals.end() || now - it->loggedAtMs >= kRefusalLogIntervalMs) {
                const int count = (it == m_refusals.end() ? 0 : it->sinceLogged) + 1;
                m_refusals.insert(address, {now, 0});
                line = QStringLiteral("sip2: refused a connection from %1: %2 %3 already open (the limit); "
                                      "%4 refused from that address since the last such line")
                           .arg(address)
                           .arg(limit)
                           .arg(QString::fromLatin1(over))
                           .arg(count);
            } else {
                ++it->sinceLogged;
            }
        }
    }
    if (over) {
        ::close(int(descriptor));
        if (!line.isEmpty())
            log(line);
        return;
    }
    Sip2Connections *handler = m_handlers[m_next];
    m_next = (m_next + 1) % int(m_handlers.size());
    if (m_threads.isEmpty())
        handler->adopt(descriptor, address);
    else
        QMetaObject::invokeMethod(
            handler, [handler, descriptor, address] { handler->adopt(descriptor, address); }, Qt::QueuedConnection);
}

void Sip2Server::released(const QString &address)
{
    QMutexLocker lock(&m_mutex);
    --m_open;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
}

void Sip2Server::log(const QString &line) const
{
    if (m_config.log) {
        m_config.log(line);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

bool Sip2Server::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port);
}

quint16 Sip2Server::port() const
{
    return m_listener->serverPort();
}

QString Sip2Server::errorString() const
{
    return m_listener->errorString();
}

} // namespace Aksara::Server
