#include "server/Sip2Server.h"

#include "sip2/Sip2Session.h"

#include <QHash>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace Aksara::Server {

// The connections of one thread: lives in that thread, with the backend it was given.
class Sip2Connections : public QObject {
public:
    Sip2Connections(Sip2::Backend &backend, Sip2Server::Config config, std::atomic<int> &open, Sip2::LoginThrottle &throttle,
                    QThreadPool &verifiers)
        : m_backend(backend)
        , m_config(config)
        , m_open(open)
        , m_throttle(throttle)
        , m_verifiers(verifiers)
    {
    }
    ~Sip2Connections() override
    {
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            it.key()->disconnect(this);
            delete it.value();
            --m_open;
        }
    }

    // Takes a connection accepted by the listener (called in this object's thread).
    void adopt(qintptr descriptor)
    {
        QSslSocket *tls = m_config.tls ? new QSslSocket(this) : nullptr;
        QTcpSocket *socket = tls ? tls : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            std::fprintf(stdout, "sip2: a connection could not be taken: %s\n", qPrintable(socket->errorString()));
            std::fflush(stdout);
            delete socket;
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
        c->idle = new QTimer(socket);
        c->idle->setSingleShot(true);
        c->idle->setInterval(m_config.idleTimeoutSeconds * 1000);
        connect(c->idle, &QTimer::timeout, this, [this, socket] { drop(socket, "idle timeout"); });
        c->idle->start();
        m_connections.insert(socket, c);
        ++m_open;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket, "closed by the machine"); });
        std::fprintf(stdout, "sip2: connection from %s\n", qPrintable(c->peer));
        std::fflush(stdout);
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
        QString peer;
    };

    void read(QTcpSocket *socket)
    {
        Connection *c = m_connections.value(socket);
        if (!c)
            return;
        c->idle->start();
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
        if (!out.bytes.isEmpty())
            socket->write(out.bytes);
        if (out.close) {
            socket->flush();
            drop(socket, "too many failed or unauthenticated requests");
        }
    }

    void drop(QTcpSocket *socket, const char *why)
    {
        Connection *c = m_connections.take(socket);
        if (!c)
            return;
        --m_open;
        std::fprintf(stdout, "sip2: connection from %s ended (%s)\n", qPrintable(c->peer), why);
        std::fflush(stdout);
        delete c;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        socket->deleteLater();
    }

    Sip2::Backend &m_backend;
    Sip2Server::Config m_config;
    std::atomic<int> &m_open;
    Sip2::LoginThrottle &m_throttle;
    QThreadPool &m_verifiers;
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
    m_handlers << new Sip2Connections(backend, m_config, m_open, *m_throttle, m_verifiers);
}

Sip2Server::Sip2Server(const BackendFactory &factory, int threads, const std::function<void()> &threadEnd, Config config,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_listener(std::make_unique<Listener>(*this))
    , m_threadEnd(threadEnd)
{
    m_verifiers.setMaxThreadCount(qMax(1, config.verifierThreads));
    for (int i = 0; i < qMax(1, threads); ++i) {
        m_ownedBackends.push_back(factory());
        if (!m_throttle) {
            Sip2::Backend *first = m_ownedBackends.front().get();
            m_throttle = std::make_unique<Sip2::LoginThrottle>([first] { return first->nowMs(); }, config.backOff);
        }
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("sip2-%1").arg(i + 1));
        auto *handler = new Sip2Connections(*m_ownedBackends.back(), m_config, m_open, *m_throttle, m_verifiers);
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
    Sip2Connections *handler = m_handlers[m_next];
    m_next = (m_next + 1) % int(m_handlers.size());
    if (m_threads.isEmpty())
        handler->adopt(descriptor);
    else
        QMetaObject::invokeMethod(handler, [handler, descriptor] { handler->adopt(descriptor); }, Qt::QueuedConnection);
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
