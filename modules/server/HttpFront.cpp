#include "server/HttpFront.h"
#include "server/PeerAddress.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <deque>

namespace Aksara::Server {

namespace {
constexpr qint64 kLogEveryMs = 10'000;
constexpr int kReadChunk = 16 * 1024;
constexpr int kLingerMs = 2000; // after a last answer, how long the client has to read it before the close

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// The worker threads and their bounded queue of requests.
class HttpWorkers {
public:
    HttpWorkers(int threads, int maxQueued, std::function<void()> threadEnd)
        : m_maxQueued(maxQueued)
    {
        for (int i = 0; i < threads; ++i) {
            QThread *t = QThread::create([this, threadEnd] {
                run();
                if (threadEnd)
                    threadEnd();
            });
            t->setObjectName(QStringLiteral("http-worker-%1").arg(i));
            t->start();
            m_threads.append(t);
        }
    }
    ~HttpWorkers()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_jobs.clear();
        }
        m_wake.wakeAll();
        for (QThread *t : m_threads) {
            t->wait();
            delete t;
        }
    }
    // False when the queue is full.
    bool post(std::function<void()> job)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop || int(m_jobs.size()) >= m_maxQueued)
                return false;
            m_jobs.push_back(std::move(job));
        }
        m_wake.wakeOne();
        return true;
    }
    int threadCount() const { return int(m_threads.size()); }
    // Runs `fn` once in every worker thread (each after its running request), and waits for it.
    void onEachThread(const std::function<void()> &fn)
    {
        QSemaphore done;
        {
            QMutexLocker lock(&m_mutex);
            m_broadcast = [&fn, &done] {
                fn();
                done.release();
            };
            ++m_generation;
        }
        m_wake.wakeAll();
        done.acquire(int(m_threads.size()));
        QMutexLocker lock(&m_mutex);
        m_broadcast = {};
    }
    int queued()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_jobs.size());
    }

private:
    void run()
    {
        quint64 seen = 0;
        while (true) {
            std::function<void()> job;
            {
                QMutexLocker lock(&m_mutex);
                while (!m_stop && m_jobs.empty() && seen == m_generation)
                    m_wake.wait(&m_mutex);
                if (m_stop)
                    return;
                if (seen != m_generation) {
                    seen = m_generation;
                    job = m_broadcast;
                } else {
                    job = std::move(m_jobs.front());
                    m_jobs.pop_front();
                }
            }
            job();
        }
    }

    const int m_maxQueued;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stop = false;
    quint64 m_generation = 0;
    std::function<void()> m_broadcast;
    QList<QThread *> m_threads;
};

class HttpFront::Listener : public QTcpServer {
public:
    explicit Listener(HttpFront &front)
        : m_front(front)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_front.accept(descriptor); }

private:
    HttpFront &m_front;
};

// One connection: read and parse on the front's thread, one request at a time at a worker.
class HttpConnection : public QObject {
public:
    HttpConnection(HttpFront &front, QTcpSocket *socket, QString address)
        : m_front(front)
        , m_socket(socket)
        , m_address(std::move(address))
        , m_parser(front.config().limits)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(64 * 1024); // while a request is at a worker, the rest waits in the kernel
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { timedOut(); });
        connect(m_socket, &QIODevice::readyRead, this, [this] { readable(); });
        connect(m_socket, &QIODevice::bytesWritten, this, [this] { written(); });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { gone(); });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
                gone();
        });
        // The first request (and a TLS handshake) must come within the header timeout.
        m_phase = Phase::Headers;
        arm(m_front.config().headerTimeoutMs);
    }

    const QString &address() const { return m_address; }
    QTcpSocket *socket() const { return m_socket; }

    // The answer of the request at a worker.
    void finish(const HttpResponse &response, bool keepAlive, bool head)
    {
        m_busy = false;
        send(response, keepAlive, head);
        if (!m_closing)
            pump();
    }

    void readable()
    {
        if (m_closing)
            return; // nothing more is read: what the client still sends stays in bounded buffers
        if (!m_busy)
            pump();
    }

private:
    enum class Phase { Idle, Headers, Body, Busy };

    void arm(int ms)
    {
        m_timer.start(qMax(0, ms));
    }

    void pump()
    {
        while (!m_busy && !m_closing) {
            HttpRequestParser::Event e = m_parser.next();
            if (e.kind == HttpRequestParser::Kind::Request) {
                m_busy = true;
                m_phase = Phase::Busy;
                m_timer.stop();
                e.request.remoteAddress = m_address;
                const bool keepAlive = e.request.keepAlive;
                const bool head = e.request.method == "HEAD";
                if (!m_front.submit(this, std::move(e.request))) {
                    m_front.logRefusal(QByteArrayLiteral("busy"), m_address, QByteArrayLiteral("every worker busy and the queue full: 503"));
                    m_busy = false;
                    HttpResponse r{503, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("The server is busy; try again.\n")};
                    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                    send(r, keepAlive, head);
                    continue;
                }
                return;
            }
            if (e.kind == HttpRequestParser::Kind::Error) {
                m_front.logRefusal(QByteArrayLiteral("bad-request"), m_address,
                                   QByteArray::number(e.status) + QByteArrayLiteral(": ") + e.reason);
                HttpResponse r{e.status, QByteArrayLiteral("text/plain; charset=utf-8"), e.reason + '\n'};
                send(r, false, false);
                return;
            }
            if (m_socket->bytesAvailable() <= 0)
                break;
            m_parser.feed(m_socket->read(kReadChunk));
        }
        if (m_busy || m_closing)
            return;
        // The deadline of what is being received: from the first byte of a request to the end of
        // its headers, then for its body; bytes that trickle in do not move it.
        if (m_parser.inBody()) {
            if (m_phase != Phase::Body) {
                m_phase = Phase::Body;
                arm(m_front.config().bodyTimeoutMs);
                // The client waits for a word before sending its body (its size is accepted).
                if (m_parser.expectsContinue())
                    m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
        } else if (m_parser.inRequest()) {
            if (m_phase != Phase::Headers) {
                m_phase = Phase::Headers;
                arm(m_front.config().headerTimeoutMs);
            }
        } else if (m_phase != Phase::Idle && m_phase != Phase::Headers) {
            m_phase = Phase::Idle;
            arm(m_front.config().idleTimeoutMs);
        }
    }

    void send(const HttpResponse &response, bool keepAlive, bool head)
    {
        // Header and body in one write; TCP_NODELAY sends it at once.
        m_socket->write(HttpFront::serialize(response, keepAlive, !head));
        if (!keepAlive) {
            m_closing = true;
            m_timer.stop();
            written();
            return;
        }
        m_phase = Phase::Busy; // not waiting for anything yet: pump() sets the next deadline
    }

    void written()
    {
        if (!m_closing || m_socket->bytesToWrite() > 0 || m_shutDown)
            return;
        m_shutDown = true;
        // Everything sent: close our side and wait a moment before the full close, so that a
        // client still sending (a refused body) reads the answer before it meets a reset. Nothing
        // more is read meanwhile; the kernel's and Qt's (capped) buffers hold what comes.
        if (qobject_cast<QSslSocket *>(m_socket) == nullptr && m_socket->socketDescriptor() >= 0) {
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            m_timer.start(kLingerMs);
        } else {
            m_socket->disconnectFromHost();
            m_timer.start(kLingerMs);
        }
    }

    void timedOut()
    {
        if (m_closing) {
            abortNow();
            return;
        }
        switch (m_phase) {
        case Phase::Idle:
            abortNow();
            return;
        case Phase::Headers:
        case Phase::Body: {
            const bool started = m_parser.inRequest() || m_parser.inBody();
            const bool encrypted = !qobject_cast<QSslSocket *>(m_socket) || qobject_cast<QSslSocket *>(m_socket)->isEncrypted();
            m_front.logRefusal(QByteArrayLiteral("timeout"), m_address,
                               m_phase == Phase::Body ? QByteArrayLiteral("body not complete within the body timeout: 408")
                               : started              ? QByteArrayLiteral("headers not complete within the header timeout: 408")
                               : encrypted            ? QByteArrayLiteral("no request within the header timeout")
                                                      : QByteArrayLiteral("no TLS handshake within the header timeout"));
            if (!started || !encrypted) {
                abortNow();
                return;
            }
            HttpResponse r{408, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Request timeout.\n")};
            send(r, false, false);
            return;
        }
        case Phase::Busy:
            return;
        }
    }

    void abortNow()
    {
        m_timer.stop();
        m_socket->abort();
        gone();
    }

    void gone()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_timer.stop();
        m_front.closed(this);
        deleteLater();
    }

    HttpFront &m_front;
    QTcpSocket *m_socket;
    QString m_address;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Phase m_phase = Phase::Headers;
    bool m_busy = false;
    bool m_closing = false;
    bool m_shutDown = false;
    bool m_gone = false;
};

HttpFront::HttpFront(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_listener(std::make_unique<Listener>(*this))
{
    const int threads = m_config.threads > 0 ? m_config.threads : qMax(1, QThread::idealThreadCount());
    const int queued = m_config.maxQueued > 0 ? m_config.maxQueued : 64 * threads;
    m_workers = std::make_unique<HttpWorkers>(threads, queued, m_config.threadEnd);
    if (!m_config.log)
        m_config.log = [](const QByteArray &line) {
            std::fprintf(stdout, "%s\n", line.constData());
            std::fflush(stdout);
        };
}

HttpFront::~HttpFront()
{
    m_listener->close();
    m_workers.reset(); // no handler runs any more
    const auto connections = m_connections.keys();
    m_connections.clear();
    for (HttpConnection *c : connections) {
        c->disconnect();
        c->socket()->disconnect();
        c->socket()->abort();
        delete c;
    }
}

void HttpFront::route(const QString &path, const QList<QByteArray> &methods, Handler handler)
{
    m_routes.append({path, false, methods, std::move(handler)});
}

void HttpFront::routePrefix(const QString &prefix, const QList<QByteArray> &methods, Handler handler)
{
    m_routes.append({prefix, true, methods, std::move(handler)});
}

bool HttpFront::listen(const QHostAddress &address, quint16 port)
{
    // The kernel's queue of connections not yet accepted; the caps apply once accepted.
    m_listener->setMaxPendingConnections(qMax(30, m_config.maxConnections));
    return m_listener->listen(address, port);
}

quint16 HttpFront::port() const
{
    return m_listener->serverPort();
}

QString HttpFront::errorString() const
{
    return m_listener->errorString();
}

void HttpFront::close()
{
    m_listener->close();
}

void HttpFront::onEachWorker(const std::function<void()> &fn)
{
    if (m_workers)
        m_workers->onEachThread(fn);
}

void HttpFront::shutdown()
{
    m_listener->close();
    m_workers.reset();
}

int HttpFront::threadCount() const
{
    return m_workers ? m_workers->threadCount() : 0;
}

int HttpFront::queuedCount() const
{
    return m_workers ? m_workers->queued() : 0;
}

QList<qintptr> HttpFront::socketDescriptors() const
{
    QList<qintptr> out;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it)
        out.append(it.key()->socket()->socketDescriptor());
    return out;
}

void HttpFront::logRefusal(const QByteArray &kind, const QString &address, const QByteArray &detail)
{
    const qint64 now = nowMs();
    if (m_log.size() > 4096) {
        for (auto it = m_log.begin(); it != m_log.end();)
            it = now - it->lastMs > kLogEveryMs ? m_log.erase(it) : std::next(it);
        if (m_log.size() > 65536) // a flood from very many addresses: forget the counts, stay bounded
            m_log.clear();
    }
    LogState &s = m_log[kind + ' ' + address.toUtf8()];
    if (s.lastMs != 0 && now - s.lastMs < kLogEveryMs) {
        ++s.suppressed;
        return;
    }
    QByteArray line = QByteArrayLiteral("aksara-server: ") + m_config.name.toUtf8() + QByteArrayLiteral(" refused ") + kind
                      + QByteArrayLiteral(" from ") + address.toUtf8() + QByteArrayLiteral(": ") + detail;
    if (s.suppressed > 0)
        line += QByteArrayLiteral(" (and ") + QByteArray::number(s.suppressed) + QByteArrayLiteral(" more like it in the last ")
                + QByteArray::number((now - s.lastMs) / 1000) + QByteArrayLiteral(" s)");
    s.lastMs = now;
    s.suppressed = 0;
    m_config.log(line);
}

void HttpFront::accept(qintptr descriptor)
{
    QString address = peerAddressOf(descriptor);
    if (address.isEmpty())
        address = QStringLiteral("?");
    const int fromThere = m_perAddress.value(address);
    const bool overTotal = int(m_connections.size()) >= m_config.maxConnections;
    if (overTotal || fromThere >= m_config.maxPerAddress) {
        // Over a cap: a short answer (never waiting for it) and closed at once.
        static const QByteArray busy = serialize(
            {503, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Too many connections.\n"), {}}, false);
        if (!m_config.tls)
            (void)::send(int(descriptor), busy.constData(), size_t(busy.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::close(int(descriptor));
        logRefusal(overTotal ? QByteArrayLiteral("connection (total cap)") : QByteArrayLiteral("connection (cap per address)"),
                   address,
                   overTotal ? QByteArrayLiteral("already ") + QByteArray::number(m_connections.size())
                                   + QByteArrayLiteral(" connections, the most allowed (http-max-connections)")
                             : QByteArrayLiteral("already ") + QByteArray::number(fromThere)
                                   + QByteArrayLiteral(" connections from there, the most allowed (http-max-per-address)"));
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_config.tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_config.tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    auto *connection = new HttpConnection(*this, socket, address);
    m_connections.insert(connection, address);
    m_perAddress[address] = fromThere + 1;
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
}

void HttpFront::closed(HttpConnection *connection)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    const QString address = it.value();
    m_connections.erase(it);
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
}

bool HttpFront::submit(HttpConnection *connection, HttpRequest request)
{
    QPointer<HttpConnection> target(connection);
    const bool keepAlive = request.keepAlive;
    const bool head = request.method == "HEAD";
    if (!m_workers)
        return false;
    return m_workers->post([this, target, keepAlive, head, request = std::move(request)] {
        HttpResponse response = dispatch(request);
        QMetaObject::invokeMethod(
            this,
            [target, response = std::move(response), keepAlive, head] {
                if (target)
                    target->finish(response, keepAlive, head);
            },
            Qt::QueuedConnection);
    });
}

HttpResponse HttpFront::dispatch(const HttpRequest &request) const
{
    const Route *found = nullptr;
    for (const Route &r : m_routes)
        if (!r.prefix && r.path == request.path) {
            found = &r;
            break;
        }
    if (!found)
        for (const Route &r : m_routes)
            if (r.prefix && request.path.startsWith(r.path) && (!found || r.path.size() > found->path.size()))
                found = &r;
    if (!found)
        return {404, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Not found.\n")};
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    if (!found->methods.contains(method)) {
        HttpResponse r{405, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Method not allowed.\n")};
        QByteArray allow = found->methods.join(", ");
        if (found->methods.contains("GET"))
            allow += ", HEAD";
        r.headers.append({QByteArrayLiteral("Allow"), allow});
        return r;
    }
    try {
        return found->handler(request);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "aksara-server: %s %s failed: %s\n", request.method.constData(), qPrintable(request.path), e.what());
    } catch (...) {
        std::fprintf(stderr, "aksara-server: %s %s failed\n", request.method.constData(), qPrintable(request.path));
    }
    return {500, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Internal error.\n")};
}

QByteArray HttpFront::serialize(const HttpResponse &response, bool keepAlive, bool withBody)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' + httpReason(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += QByteArrayLiteral("Content-Type: ") + response.contentType + "\r\n";
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    for (const auto &[name, value] : response.headers)
        out += name + QByteArrayLiteral(": ") + value + "\r\n";
    out += "\r\n";
    if (withBody)
        out += response.body;
    return out;
}

} // namespace Aksara::Server
