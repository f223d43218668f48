// Aksara's HTTP front (issue 15): the request parser's bounds, byte by byte, and the front on a
// free local port under each attack it must withstand, a good client served throughout.
// Behaviour, not timing: the timeouts are configured small and the checks wait with waitFor.
#include "Checks.h"

#include "server/HttpFront.h"
#include "server/HttpRequestParser.h"

#include <catch2/catch.hpp>

#include <QSemaphore>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <memory>
#include <optional>

using namespace Aksara;
using namespace Aksara::Server;
using namespace Aksara::Test;

namespace {
using Kind = HttpRequestParser::Kind;

// Feeds `bytes` and collects the events until the parser wants more (or fails).
QList<HttpRequestParser::Event> parseAll(HttpRequestParser &p, const QByteArray &bytes)
{
    p.feed(bytes);
    QList<HttpRequestParser::Event> out;
    while (true) {
        auto e = p.next();
        if (e.kind == Kind::NeedMore)
            break;
        const bool error = e.kind == Kind::Error;
        out.append(std::move(e));
        if (error)
            break;
    }
    return out;
}

int refusal(const QByteArray &bytes, HttpLimits limits = {})
{
    HttpRequestParser p(limits);
    const auto events = parseAll(p, bytes);
    if (events.isEmpty() || events.last().kind != Kind::Error)
        return 0;
    CHECK(p.failed());
    return events.last().status;
}
} // namespace

TEST_CASE("HTTP parser: a request, its headers, query and body, and keep-alive by version", "[server][http]")
{
    HttpRequestParser p;
    auto e = parseAll(p, "POST /sru?x=1&query=a%20b HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nX-A: 1\r\nx-a: 2\r\n"
                         "Content-Length: 5\r\n\r\nhello");
    REQUIRE(e.size() == 1);
    REQUIRE(e[0].kind == Kind::Request);
    const HttpRequest &r = e[0].request;
    CHECK(r.method == "POST");
    CHECK(r.path == QLatin1String("/sru"));
    CHECK(r.rawQuery == "x=1&query=a%20b");
    CHECK(r.query.queryItemValue(QStringLiteral("query")) == QLatin1String("a b"));
    CHECK(r.header("content-type") == "text/plain");
    CHECK(r.header("x-a") == "1, 2");
    CHECK(r.body == "hello");
    CHECK(r.keepAlive);
    CHECK_FALSE(p.inRequest());

    HttpRequestParser p10;
    auto old = parseAll(p10, "GET / HTTP/1.0\r\n\r\n");
    REQUIRE(old.size() == 1);
    CHECK_FALSE(old[0].request.keepAlive);
    HttpRequestParser p10k;
    auto oldKeep = parseAll(p10k, "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    REQUIRE(oldKeep.size() == 1);
    CHECK(oldKeep[0].request.keepAlive);
    HttpRequestParser pc;
    auto closing = parseAll(pc, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    REQUIRE(closing.size() == 1);
    CHECK_FALSE(closing[0].request.keepAlive);
    HttpRequestParser pp;
    auto escaped = parseAll(pp, "GET /a%2Fb%20c HTTP/1.1\r\n\r\n");
    REQUIRE(escaped.size() == 1);
    CHECK(escaped[0].request.path == QLatin1String("/a/b c"));
}

TEST_CASE("HTTP parser: pipelined requests come one at a time, whether fed at once or byte by byte", "[server][http]")
{
    const QByteArray two = "GET /one HTTP/1.1\r\nHost: h\r\n\r\nPOST /two HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /three HTTP/1.1\r\n\r\n";
    {
        HttpRequestParser p;
        const auto e = parseAll(p, two);
        REQUIRE(e.size() == 3);
        CHECK(e[0].request.path == QLatin1String("/one"));
        CHECK(e[1].request.path == QLatin1String("/two"));
        CHECK(e[1].request.body == "abc");
        CHECK(e[2].request.path == QLatin1String("/three"));
        CHECK(p.buffered() == 0);
    }
    {
        HttpRequestParser p;
        QStringList paths;
        for (const char c : two) {
            p.feed(QByteArray(1, c));
            for (auto e = p.next(); e.kind != Kind::NeedMore; e = p.next()) {
                REQUIRE(e.kind == Kind::Request);
                paths << e.request.path;
            }
        }
        CHECK(paths == QStringList{QStringLiteral("/one"), QStringLiteral("/two"), QStringLiteral("/three")});
    }
    {
        // The deadline's view: bytes of a request started, then its body.
        HttpRequestParser p;
        CHECK_FALSE(p.inRequest());
        p.feed("GE");
        CHECK(p.next().kind == Kind::NeedMore);
        CHECK(p.inRequest());
        p.feed("T / HTTP/1.1\r\nContent-Length: 4\r\n\r\nab");
        CHECK(p.next().kind == Kind::NeedMore);
        CHECK(p.inBody());
        CHECK_FALSE(p.expectsContinue());
    }
    {
        HttpRequestParser p;
        p.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        CHECK(p.next().kind == Kind::NeedMore);
        CHECK(p.expectsContinue());
        p.feed("body");
        auto e = p.next();
        REQUIRE(e.kind == Kind::Request);
        CHECK(e.request.body == "body");
        CHECK_FALSE(p.expectsContinue());
    }
}

TEST_CASE("HTTP parser refuses what is too long, too many, chunked, malformed or unknown", "[server][http][security]")
{
    HttpLimits small;
    small.maxRequestLine = 100;
    small.maxHeaderBytes = 200;
    small.maxHeaders = 5;
    small.maxBody = 1000;
    // A request line over the limit: refused before its end arrives.
    CHECK(refusal("GET /" + QByteArray(200, 'a'), small) == 414);
    CHECK(refusal("GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\n\r\n", small) == 414);
    // Headers: too many lines, too many bytes (also without a line end).
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 6; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    CHECK(refusal(many + "\r\n", small) == 431);
    CHECK(refusal("GET / HTTP/1.1\r\nX-Big: " + QByteArray(300, 'v') + "\r\n\r\n", small) == 431);
    CHECK(refusal("GET / HTTP/1.1\r\nX-Big: " + QByteArray(300, 'v'), small) == 431);
    // A body over the maximum: refused from the header, before a byte of it.
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", small) == 413);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 8000000000\r\n\r\n", small) == 413);
    // Chunked and any other transfer coding.
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") == 501);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\nContent-Length: 3\r\n\r\nabc") == 501);
    // Content-Length: not a number, negative, overflowing, two different ones.
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n") == 400);
    // Garbage and malformed lines.
    CHECK(refusal(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13)) == 400);
    CHECK(refusal("hello\r\n") == 400);
    CHECK(refusal("GET  / HTTP/1.1\r\n\r\n") == 400);
    CHECK(refusal("GET relative HTTP/1.1\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nBad Name: v\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nX: a\x01z\r\n\r\n") == 400);
    CHECK(refusal("GET /a%00b HTTP/1.1\r\n\r\n") == 400);
    CHECK(refusal(QByteArray(20, '\n')) == 400);
    // Unknown method and version.
    CHECK(refusal("BREW /pot HTTP/1.1\r\n\r\n") == 501);
    CHECK(refusal("GET / HTTP/2.0\r\n\r\n") == 505);
    CHECK(refusal("GET / HTTQ/1.1\r\n\r\n") == 400);

    // A refused connection stays refused: what follows is not parsed.
    HttpRequestParser p(small);
    parseAll(p, "GET /" + QByteArray(200, 'a'));
    REQUIRE(p.failed());
    p.feed("GET / HTTP/1.1\r\n\r\n");
    CHECK(p.next().kind == Kind::Error);
    CHECK(p.buffered() == 0);
}

// ---- the front on a free local port ----

namespace {
// A raw client, bound to its own loopback address (127.0.0.0/8 is all loopback on Linux), so that
// an attack from one address and a good client from another count against separate caps.
struct Client {
    QTcpSocket socket;
    QByteArray got;

    Client(quint16 port, const char *from = "127.0.0.1")
    {
        REQUIRE(socket.bind(QHostAddress(QString::fromLatin1(from)), 0));
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }); }
    void send(const QByteArray &bytes)
    {
        if (socket.state() != QAbstractSocket::ConnectedState)
            REQUIRE(connected());
        socket.write(bytes);
        socket.flush();
    }
    // Closed by the server (whatever it sent first is in `got`).
    bool closed(int ms = 5000)
    {
        return waitFor(
            [&] {
                got += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
    }
    // The next complete response: status, headers (lower case) and body.
    struct Response {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    std::optional<Response> response(int ms = 5000)
    {
        std::optional<Response> r;
        waitFor(
            [&] {
                got += socket.readAll();
                const qsizetype end = got.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const QByteArray head = got.left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (got.size() < end + 4 + length)
                    return false;
                r = Response{head.mid(9, 3).toInt(), head.toLower(), got.mid(end + 4, length)};
                got.remove(0, end + 4 + length);
                return true;
            },
            ms);
        return r;
    }
};

// A good client's request from an address of its own: answered 200 "ok".
bool healthy(quint16 port, const char *from = "127.0.0.1")
{
    Client c(port, from);
    c.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    auto r = c.response();
    return r && r->status == 200 && r->body == "ok";
}

struct Front {
    QStringList log;
    QSemaphore release;      // /slow waits for it
    QAtomicInt slowStarted = 0;
    std::unique_ptr<HttpFront> front;

    explicit Front(HttpFront::Config config = {})
    {
        config.log = [this](const QByteArray &line) { log << QString::fromUtf8(line); };
        if (config.threads == 0)
            config.threads = 2;
        front = std::make_unique<HttpFront>(config);
        front->route(QStringLiteral("/health"), {"GET"}, [](const HttpRequest &) {
            return HttpResponse{200, "text/plain", "ok"};
        });
        front->route(QStringLiteral("/echo"), {"GET", "POST"}, [](const HttpRequest &r) {
            return HttpResponse{200, "text/plain", r.method + ' ' + r.path.toUtf8() + ' ' + r.body};
        });
        front->route(QStringLiteral("/big"), {"GET"}, [](const HttpRequest &) {
            return HttpResponse{200, "text/plain", QByteArray(3000, 'b')};
        });
        front->route(QStringLiteral("/slow"), {"GET"}, [this](const HttpRequest &) {
            slowStarted.fetchAndAddOrdered(1);
            release.acquire();
            return HttpResponse{200, "text/plain", "slow"};
        });
        front->routePrefix(QStringLiteral("/api/"), {"GET"}, [](const HttpRequest &r) {
            return HttpResponse{200, "text/plain", "api " + r.path.toUtf8()};
        });
        REQUIRE(front->listen(QHostAddress::LocalHost, 0));
    }
    ~Front()
    {
        release.release(100);
    }
    quint16 port() const { return front->port(); }
    bool logged(const QString &text) const
    {
        for (const QString &l : log)
            if (l.contains(text))
                return true;
        return false;
    }
};
} // namespace

TEST_CASE("HTTP front: routes, 404 and 405, HEAD, keep-alive, pipelining and Connection: close", "[server][http][network]")
{
    Front f;
    Client c(f.port());
    c.send("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
    auto one = c.response();
    REQUIRE(one);
    CHECK(one->status == 200);
    CHECK(one->body == "GET /echo ");
    CHECK(one->head.contains("connection: keep-alive"));
    // The same connection serves the next request (keep-alive), then two sent at once (pipelined).
    c.send("POST /echo HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody");
    auto two = c.response();
    REQUIRE(two);
    CHECK(two->body == "POST /echo body");
    c.send("GET /api/v1/x HTTP/1.1\r\n\r\nGET /nothing HTTP/1.1\r\n\r\nPUT /health HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
           "HEAD /big HTTP/1.1\r\n\r\n");
    auto prefix = c.response();
    auto missing = c.response();
    auto wrongMethod = c.response();
    REQUIRE(prefix);
    REQUIRE(missing);
    REQUIRE(wrongMethod);
    CHECK(prefix->body == "api /api/v1/x");
    CHECK(missing->status == 404);
    CHECK(wrongMethod->status == 405);
    CHECK(wrongMethod->head.contains("allow: get, head"));
    // HEAD: the headers of GET, no body (the next bytes are nothing).
    REQUIRE(waitFor([&] { c.got += c.socket.readAll(); return c.got.contains("\r\n\r\n"); }));
    CHECK(c.got.startsWith("HTTP/1.1 200 OK"));
    CHECK(c.got.contains("Content-Length: 3000"));
    CHECK(c.got.endsWith("\r\n\r\n"));
    c.got.clear();
    CHECK(c.socket.state() == QAbstractSocket::ConnectedState);
    CHECK(f.front->connectionCount() == 1);

    // Expect: 100-continue: the body is asked for once its size is accepted.
    c.send("POST /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    REQUIRE(waitFor([&] { c.got += c.socket.readAll(); return c.got == "HTTP/1.1 100 Continue\r\n\r\n"; }));
    c.got.clear();
    c.send("hi");
    auto continued = c.response();
    REQUIRE(continued);
    CHECK(continued->body == "POST /echo hi");

    // Connection: close is honoured: the answer, then the server closes.
    c.send("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");
    auto last = c.response();
    REQUIRE(last);
    CHECK(last->head.contains("connection: close"));
    CHECK(c.closed());
    CHECK(waitFor([&] { return f.front->connectionCount() == 0; }));
    // HTTP/1.0 closes unless asked.
    Client old(f.port());
    old.send("GET /health HTTP/1.0\r\n\r\n");
    REQUIRE(old.response());
    CHECK(old.closed());
}

TEST_CASE("HTTP front: an answer is one write (header and body together) on a TCP_NODELAY socket", "[server][http][network]")
{
    Front f;
    Client c(f.port());
    REQUIRE(c.connected());
    REQUIRE(waitFor([&] { return f.front->connectionCount() == 1; }));
    for (const qintptr fd : f.front->socketDescriptors()) {
        int on = 0;
        socklen_t size = sizeof on;
        REQUIRE(::getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, &size) == 0);
        CHECK(on == 1);
    }
    // The first bytes to arrive are the whole answer: header and body came in one segment.
    c.send("GET /big HTTP/1.1\r\n\r\n");
    REQUIRE(waitFor([&] { return c.socket.bytesAvailable() > 0; }));
    const QByteArray first = c.socket.readAll();
    CHECK(first.startsWith("HTTP/1.1 200 OK\r\n"));
    CHECK(first.endsWith(QByteArray(3000, 'b')));
    CHECK(first.size() == first.indexOf("\r\n\r\n") + 4 + 3000);
}

TEST_CASE("HTTP front: a 33rd connection from one address is closed and logged, others are served", "[server][http][network][security]")
{
    Front f;
    std::vector<std::unique_ptr<Client>> flood;
    for (int i = 0; i < 32; ++i)
        flood.push_back(std::make_unique<Client>(f.port(), "127.0.0.2"));
    REQUIRE(waitFor([&] { return f.front->connectionCount() == 32; }));
    Client over(f.port(), "127.0.0.2");
    CHECK(over.closed());
    CHECK(over.got.startsWith("HTTP/1.1 503"));
    CHECK(f.logged(QStringLiteral("refused connection (cap per address) from 127.0.0.2")));
    // The 32 are still open, and another address is served.
    CHECK(f.front->connectionCount() == 32);
    CHECK(healthy(f.port(), "127.0.0.3"));
    // A flood of refusals is logged once (with a count later), not once each.
    for (int i = 0; i < 20; ++i) {
        Client again(f.port(), "127.0.0.2");
        CHECK(again.closed());
    }
    CHECK(f.log.filter(QStringLiteral("cap per address")).size() == 1);
    // One of the 32 goes: a new one from that address is let in.
    flood.pop_back();
    REQUIRE(waitFor([&] { return f.front->connectionCount() == 31; }));
    CHECK(healthy(f.port(), "127.0.0.2"));
}

TEST_CASE("HTTP front: connections over the total cap are closed", "[server][http][network][security]")
{
    HttpFront::Config config;
    config.maxConnections = 10;
    Front f(config);
    std::vector<std::unique_ptr<Client>> flood;
    for (int i = 0; i < 10; ++i)
        flood.push_back(std::make_unique<Client>(f.port(), i % 2 ? "127.0.0.4" : "127.0.0.5"));
    REQUIRE(waitFor([&] { return f.front->connectionCount() == 10; }));
    Client over(f.port(), "127.0.0.6");
    CHECK(over.closed());
    CHECK(f.logged(QStringLiteral("refused connection (total cap) from 127.0.0.6")));
    flood.clear();
    REQUIRE(waitFor([&] { return f.front->connectionCount() == 0; }));
    CHECK(healthy(f.port(), "127.0.0.6"));
}

TEST_CASE("HTTP front: slow clients are closed: half headers, one byte at a time, a slow body, idle", "[server][http][network][security]")
{
    HttpFront::Config config;
    config.headerTimeoutMs = 400;
    config.bodyTimeoutMs = 400;
    config.idleTimeoutMs = 400;
    Front f(config);

    SECTION("half a header section, then nothing: 408 and closed, logged")
    {
        Client half(f.port(), "127.0.0.7");
        half.send("GET /health HTTP/1.1\r\nHost: x\r\n");
        CHECK(healthy(f.port()));
        CHECK(half.closed());
        CHECK(half.got.startsWith("HTTP/1.1 408"));
        CHECK(f.logged(QStringLiteral("refused timeout from 127.0.0.7: headers not complete")));
    }
    SECTION("connected and silent: closed")
    {
        Client silent(f.port(), "127.0.0.7");
        REQUIRE(silent.connected());
        CHECK(silent.closed());
        CHECK(f.logged(QStringLiteral("no request within the header timeout")));
    }
    SECTION("a byte at a time (slowloris): the bytes do not move the deadline")
    {
        Client slow(f.port(), "127.0.0.8");
        REQUIRE(slow.connected());
        QByteArray request = "GET /health HTTP/1.1\r\n";
        for (int i = 0; i < 60; ++i)
            request += "X-Pad-" + QByteArray::number(i) + ": v\r\n";
        request += "\r\n";
        int sent = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, [&] {
            if (sent < request.size() && slow.socket.state() == QAbstractSocket::ConnectedState)
                slow.send(request.mid(sent++, 1));
        });
        drip.start(20); // the whole request would take ~20 s
        CHECK(healthy(f.port()));
        CHECK(slow.closed(10000));
        drip.stop();
        CHECK(sent < request.size()); // closed while still sending
        CHECK(slow.got.startsWith("HTTP/1.1 408"));
    }
    SECTION("a body that does not come: 408 and closed")
    {
        Client body(f.port(), "127.0.0.9");
        body.send("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly a little");
        CHECK(body.closed());
        CHECK(body.got.startsWith("HTTP/1.1 408"));
        CHECK(f.logged(QStringLiteral("body not complete within the body timeout")));
    }
    SECTION("an idle keep-alive connection is closed after its answer")
    {
        Client idle(f.port(), "127.0.0.10");
        idle.send("GET /health HTTP/1.1\r\n\r\n");
        REQUIRE(idle.response());
        CHECK(idle.closed());
    }
    CHECK(waitFor([&] { return f.front->connectionCount() == 0; }));
}

TEST_CASE("HTTP front: a body over the maximum is refused 413 from its header, not read", "[server][http][network][security]")
{
    Front f; // maxBody 64 KiB
    {
        // The header alone is refused: no byte of the body is waited for.
        Client c(f.port(), "127.0.0.11");
        c.send("POST /echo HTTP/1.1\r\nContent-Length: 8388608\r\n\r\n");
        CHECK(c.closed());
        CHECK(c.got.startsWith("HTTP/1.1 413"));
        CHECK(f.logged(QStringLiteral("413: body of 8388608 bytes over the limit of 65536")));
    }
    {
        // 8 MB sent anyway: refused and closed, and the server stays up for others.
        Client c(f.port(), "127.0.0.12");
        c.send("POST /echo HTTP/1.1\r\nContent-Length: 8388608\r\n\r\n");
        c.socket.write(QByteArray(8 * 1024 * 1024, 'x')); // Qt writes it out as the kernel takes it
        CHECK(c.closed(10000));
        CHECK(c.got.startsWith("HTTP/1.1 413"));
        CHECK(healthy(f.port()));
    }
    {
        // Chunked, garbage: refused likewise.
        Client c(f.port(), "127.0.0.13");
        c.send("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        CHECK(c.closed());
        CHECK(c.got.startsWith("HTTP/1.1 501"));
        Client g(f.port(), "127.0.0.13");
        g.send(QByteArray("\x00\x01\x02garbage\r\n\r\n", 14));
        CHECK(g.closed());
        CHECK(g.got.startsWith("HTTP/1.1 400"));
    }
}

TEST_CASE("HTTP front: handlers run on workers: a slow one does not hold /health, a full queue is answered 503",
          "[server][http][network][security]")
{
    HttpFront::Config config;
    config.threads = 2;
    config.maxQueued = 1;
    Front f(config);
    Client slow1(f.port()), slow2(f.port()), queued(f.port()), refused(f.port());
    // One at a time, so that the queue of one is free for each.
    slow1.send("GET /slow HTTP/1.1\r\n\r\n");
    REQUIRE(waitFor([&] { return f.slowStarted.loadAcquire() == 1; }));
    slow2.send("GET /slow HTTP/1.1\r\n\r\n");
    waitFor([&] { return f.slowStarted.loadAcquire() == 2; });
    REQUIRE(f.slowStarted.loadAcquire() == 2);
    // Both workers are held: the accepting thread still answers what needs no worker, and
    // the queue takes one request.
    queued.send("GET /health HTTP/1.1\r\n\r\n");
    REQUIRE(waitFor([&] { return f.front->queuedCount() == 1; }));
    refused.send("GET /health HTTP/1.1\r\n\r\n");
    auto busy = refused.response();
    REQUIRE(busy);
    CHECK(busy->status == 503);
    CHECK(f.logged(QStringLiteral("every worker busy and the queue full")));
    f.release.release(2);
    auto a = slow1.response(), b = slow2.response(), c = queued.response();
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->body == "slow");
    CHECK(c->body == "ok");
    // Refused for being busy, the connection is still good.
    refused.send("GET /health HTTP/1.1\r\n\r\n");
    auto later = refused.response();
    REQUIRE(later);
    CHECK(later->status == 200);
}

TEST_CASE("HTTP front: while a worker is held by a slow request, /health is still answered", "[server][http][network]")
{
    HttpFront::Config config;
    config.threads = 2;
    Front f(config);
    Client slow(f.port());
    slow.send("GET /slow HTTP/1.1\r\n\r\n");
    REQUIRE(waitFor([&] { return f.slowStarted.loadAcquire() == 1; }));
    CHECK(healthy(f.port()));
    CHECK(healthy(f.port()));
    f.release.release();
    auto r = slow.response();
    REQUIRE(r);
    CHECK(r->body == "slow");
}
