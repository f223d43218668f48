#pragma once

#include "server/Http.h"
#include "server/HttpRequestParser.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

namespace Aksara::Server {

class HttpConnection;
class HttpWorkers;

// Aksara's own HTTP/1.1 front (docs/architecture.md "The HTTP front"; its limits in
// docs/security.md "Limits and robustness (issue 15): HTTP"). It replaces QHttpServer 6.4, which
// reads any body whole, has no caps or timeouts, ignores Connection: close, writes a response in
// two writes with Nagle on, and runs every handler on the thread that accepts connections.
//
// The thread that owns the front accepts connections, reads and parses requests (HttpRequestParser,
// bounded) and writes answers (one write each, TCP_NODELAY). Handlers run on a bounded pool of
// worker threads; a request that finds the queue full is answered 503 at once. Every connection
// counts against a total cap and a cap per remote address (over a cap: a short 503 and close);
// the header section must arrive within the header timeout of a request's first byte (bytes that
// trickle in do not extend it), the body within the body timeout, and an idle keep-alive
// connection is closed after the idle timeout. Refusals are logged on stdout, at most one line per
// address and kind every 10 seconds (with the count).
class HttpFront : public QObject {
    Q_OBJECT
public:
    struct Config {
        HttpLimits limits;
        int maxConnections = 512;
        int maxPerAddress = 32;
        int headerTimeoutMs = 10'000;
        int bodyTimeoutMs = 30'000;
        int idleTimeoutMs = 15'000;
        int threads = 0;        // worker threads; 0: QThread::idealThreadCount()
        int maxQueued = 0;      // requests waiting for a worker; 0: 64 per thread
        std::optional<QSslConfiguration> tls = {}; // with it, every connection speaks TLS
        std::function<void()> threadEnd = {};     // runs in each worker thread as it ends
        QString name = QStringLiteral("http");     // in log lines
        // Where refusal lines go (default: stdout, for the journal).
        std::function<void(const QByteArray &line)> log = {};
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpFront(Config config, QObject *parent = nullptr);
    ~HttpFront() override;

    // Routes are registered before listen() (the workers read them without a lock).
    // A handler for one path (exact) or every path under it (prefix, e.g. "/api/v1/kiosk/"), for
    // the methods given (HEAD is served by a GET handler, without its body).
    void route(const QString &path, const QList<QByteArray> &methods, Handler handler);
    void routePrefix(const QString &prefix, const QList<QByteArray> &methods, Handler handler);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    void close();
    // Runs `fn` in every worker thread and waits until each has (e.g. to let each drop its
    // database connection after the database was restarted).
    void onEachWorker(const std::function<void()> &fn);
    // Stops listening and waits for the running handlers; no handler runs after it.
    void shutdown();

    int connectionCount() const { return int(m_connections.size()); }
    int threadCount() const;
    int queuedCount() const; // requests waiting for a worker
    // The sockets of the open connections (the tests look at their options).
    QList<qintptr> socketDescriptors() const;
    const Config &config() const { return m_config; }

    // The answer of a request (routing, HEAD, 404/405): run on a worker thread.
    HttpResponse dispatch(const HttpRequest &request) const;
    // The bytes of one answer: status line, headers and body in one buffer.
    static QByteArray serialize(const HttpResponse &response, bool keepAlive, bool withBody = true);

    // A refusal line on stdout, at most one per (kind, address) every 10 s with the count since.
    void logRefusal(const QByteArray &kind, const QString &address, const QByteArray &detail);

private:
    class Listener;
    friend class HttpConnection;
    void accept(qintptr descriptor);
    void closed(HttpConnection *connection);
    bool submit(HttpConnection *connection, HttpRequest request);

    struct Route {
        QString path;
        bool prefix = false;
        QList<QByteArray> methods;
        Handler handler;
    };
    struct LogState {
        qint64 lastMs = 0;
        int suppressed = 0;
    };

    Config m_config;
    std::unique_ptr<Listener> m_listener;
    std::unique_ptr<HttpWorkers> m_workers;
    QList<Route> m_routes;
    QHash<HttpConnection *, QString> m_connections;
    QHash<QString, int> m_perAddress;
    QHash<QByteArray, LogState> m_log;
};

} // namespace Aksara::Server
