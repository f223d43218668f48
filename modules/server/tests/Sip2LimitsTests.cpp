// The SIP2 server's limits (issue 15, part 1): connection caps in all and per address, an idle
// timer that only accepted requests reset, a login deadline, and a bound on a line without CR.
// Every test makes the attack and shows it refused while a good machine, on another address (all
// of 127.0.0.0/8 is loopback on Linux), still gets its answers. No timing assertions: small
// configured timeouts and waitFor.
#include "CirculationFixture.h"
#include "Checks.h"

#include "server/Sip2Accounts.h"
#include "server/Sip2LibraryBackend.h"
#include "server/Sip2Server.h"
#include "sip2/Sip2Session.h"

#include <QMutex>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
const QByteArray kDate = "20260302    100000";
const QByteArray kLogin = "9300CNsc1|COselfcheck-pass|CPMAIN|";

// A machine: a socket bound to its own loopback address.
struct Machine {
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray got;

    Machine(const char *from, quint16 port)
    {
        REQUIRE(socket->bind(QHostAddress(QString::fromLatin1(from)), 0));
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() const { return socket->state() == QAbstractSocket::ConnectedState; }
    bool gone() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    void pump()
    {
        if (socket->bytesAvailable() > 0)
            got += socket->readAll();
    }
    // Sends one frame and waits for one reply (without its CR); empty if none came.
    QByteArray ask(const QByteArray &frame)
    {
        got.clear();
        socket->write(frame + "\r");
        waitFor([this] {
            pump();
            return got.endsWith('\r') || gone();
        });
        return got.endsWith('\r') ? got.left(got.size() - 1) : QByteArray();
    }
    bool waitGone(int ms = 8000)
    {
        return waitFor(
            [this] {
                pump();
                return gone();
            },
            ms);
    }
};

bool quickCheck(const QString &, const QString &password)
{
    return password == QLatin1String("selfcheck-pass");
}

struct LimitsFixture : CirculationFixture {
    Server::Sip2LibraryBackend backend{core};
    Circulation::Patron siti;
    QString laskar;
    QMutex logMutex;
    QStringList log;

    LimitsFixture()
    {
        // These tests are about connections, not passwords: a quick check (no Argon2) keeps a
        // login well within the small deadlines below on a loaded machine.
        backend.setVerifier(quickCheck);
        Server::Sip2Accounts accounts(core);
        REQUIRE_OK(accounts.create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"), QStringLiteral("NUSANTARA"),
                                   QStringLiteral("MAIN"), false));
        siti = patron(QStringLiteral("Siti Rahayu"));
        laskar = book(QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    }

    Server::Sip2Server::Config config(int idleSeconds = 30)
    {
        Server::Sip2Server::Config c{Sip2::Charset::Utf8, idleSeconds};
        c.log = [this](const QString &line) {
            QMutexLocker lock(&logMutex);
            log << line;
        };
        return c;
    }
    int logLines(const QString &containing)
    {
        QMutexLocker lock(&logMutex);
        return int(log.filter(containing).size());
    }

    // The good machine: logs in, lends Laskar Pelangi to Siti and takes it back.
    void goodMachineIsServed(Machine &good)
    {
        REQUIRE(waitFor([&] { return good.connected(); }));
        CHECK(good.ask(kLogin) == "941");
        const QByteArray out = good.ask("11YN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8()
                                        + "|AB" + laskar.toUtf8() + "|AC|");
        INFO(out.toStdString());
        CHECK(out.startsWith("121"));
        const QByteArray in = good.ask("09N" + kDate + kDate + "APMAIN|AONUSANTARA|AB" + laskar.toUtf8() + "|AC|");
        CHECK(in.startsWith("101"));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at IS NULL")) == 0);
    }
};
} // namespace

TEST_CASE_METHOD(LimitsFixture, "SIP2 connections over the per-address cap are closed at once, logged once per address", "[db][sip2][limits][network]")
{
    auto c = config();
    c.maxPerAddress = 3;
    Server::Sip2Server server(backend, c);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    std::vector<std::unique_ptr<Machine>> flood;
    for (int i = 0; i < 3; ++i)
        flood.push_back(std::make_unique<Machine>("127.0.0.2", server.port()));
    REQUIRE(waitFor([&] { return server.connectionCount() == 3; }));
    // The attack: seven more from the same address. Each is closed as soon as it is accepted.
    std::vector<std::unique_ptr<Machine>> over;
    for (int i = 0; i < 7; ++i)
        over.push_back(std::make_unique<Machine>("127.0.0.2", server.port()));
    for (auto &m : over)
        CHECK(m->waitGone());
    CHECK(server.refusedCount() == 7);
    CHECK(server.connectionCount() == 3);
    for (auto &m : flood)
        CHECK(m->connected());
    // One line for the address (the others within the interval are counted, not printed).
    CHECK(logLines(QStringLiteral("refused a connection from 127.0.0.2: 3 connections from that address")) == 1);

    // A machine on another address is served throughout.
    Machine good("127.0.0.3", server.port());
    goodMachineIsServed(good);

    // When the flood goes, its address may connect again.
    flood.clear();
    REQUIRE(waitFor([&] { return server.connectionCount() == 1; }));
    Machine again("127.0.0.2", server.port());
    REQUIRE(waitFor([&] { return again.connected() && server.connectionCount() == 2; }));
    CHECK(again.ask("9900302.00").startsWith("98"));
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 connections over the total cap are closed at once, a machine already in is served", "[db][sip2][limits][network]")
{
    auto c = config();
    c.maxConnections = 5;
    c.maxPerAddress = 64;
    Server::Sip2Server server(backend, c);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    Machine good("127.0.0.3", server.port());
    REQUIRE(waitFor([&] { return server.connectionCount() == 1; }));
    // Idle connections from many addresses fill the rest.
    std::vector<std::unique_ptr<Machine>> flood;
    for (int i = 0; i < 4; ++i)
        flood.push_back(std::make_unique<Machine>(i % 2 ? "127.0.0.4" : "127.0.0.5", server.port()));
    REQUIRE(waitFor([&] { return server.connectionCount() == 5; }));
    std::vector<std::unique_ptr<Machine>> over;
    for (int i = 0; i < 6; ++i)
        over.push_back(std::make_unique<Machine>(i % 2 ? "127.0.0.4" : "127.0.0.6", server.port()));
    for (auto &m : over)
        CHECK(m->waitGone());
    CHECK(server.refusedCount() == 6);
    CHECK(server.connectionCount() == 5);
    CHECK(logLines(QStringLiteral("5 connections in all already open")) == 2); // one per address
    goodMachineIsServed(good);
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 garbage and unknown commands do not keep a connection past its idle timeout", "[db][sip2][limits][network]")
{
    // Idle timeout 2 s; no login deadline, so that only the idle timer can end the connections.
    auto c = config(2);
    c.loginTimeoutSeconds = 0;
    Server::Sip2Server server(backend, c);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    Machine noisy("127.0.0.2", server.port());
    Machine good("127.0.0.3", server.port());
    REQUIRE(waitFor([&] { return noisy.connected() && good.connected(); }));
    CHECK(noisy.ask(kLogin) == "941");
    CHECK(good.ask(kLogin) == "941");
    // The attack: a bad checksum, malformed frames and an unknown command, over and over; the good
    // machine asks about an item as often. The noisy one is dropped as idle, the good one stays.
    const QList<QByteArray> garbage{"11YN2026\r", "42" + kDate + "AOx|\r", "\x01\x02\x03\r",
                                    "9900302.00AY1AZ0000\r"};
    int round = 0;
    int asked = 0;
    good.got.clear();
    QElapsedTimer sent;
    sent.start();
    const bool dropped = waitFor(
        [&] {
            noisy.pump();
            good.pump();
            if (sent.elapsed() >= 200) {
                sent.restart();
                if (noisy.connected())
                    noisy.socket->write(garbage.at(round++ % garbage.size()));
                good.socket->write("17" + kDate + "AB" + laskar.toUtf8() + "|\r");
                ++asked;
            }
            return noisy.gone();
        },
        15000);
    CHECK(dropped);
    // Garbage every 200 ms, well within the 2 s: had any of it reset the timer, it would never end.
    CHECK(round >= 3);
    CHECK(logLines(QStringLiteral("ended (idle timeout)")) == 1);
    // Every question of the good machine answered.
    CHECK(waitFor([&] {
        good.pump();
        return good.got.count('\r') == asked;
    }));
    CHECK(good.got.count("\r1803") == asked - 1);
    CHECK(good.connected());
    goodMachineIsServed(good);
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 a connection that does not log in by the deadline is closed", "[db][sip2][limits][network]")
{
    auto c = config(30);
    c.loginTimeoutSeconds = 2;
    Server::Sip2Server server(backend, c);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    Machine stranger("127.0.0.2", server.port());
    Machine good("127.0.0.3", server.port());
    REQUIRE(waitFor([&] { return stranger.connected() && good.connected(); }));
    CHECK(good.ask(kLogin) == "941");
    // The attack: status requests (answered, and they reset the idle timer) but never a login,
    // every 200 ms against a 2 s deadline.
    QElapsedTimer sent;
    sent.start();
    int asked = 0;
    const bool dropped = waitFor(
        [&] {
            stranger.pump();
            if (stranger.connected() && sent.elapsed() >= 200) {
                sent.restart();
                stranger.socket->write("9900302.00\r");
                ++asked;
            }
            return stranger.gone();
        },
        10000);
    CHECK(dropped);
    CHECK(asked >= 3);
    CHECK(stranger.got.startsWith("98")); // it was answered until the deadline
    CHECK(logLines(QStringLiteral("ended (no login in time)")) == 1);
    // The good machine logged in before its deadline and is not touched by it.
    CHECK(good.connected());
    goodMachineIsServed(good);
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 an endless line without CR is cut off and its connection closed", "[db][sip2][limits][network]")
{
    Server::Sip2Server server(backend, config());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    Machine endless("127.0.0.2", server.port());
    Machine good("127.0.0.3", server.port());
    REQUIRE(waitFor([&] { return endless.connected() && good.connected(); }));
    CHECK(endless.ask(kLogin) == "941");
    // The attack: a line that never ends, 4 KiB at a time (the server must not hold it all).
    const QByteArray chunk(4096, 'A');
    int written = 0;
    endless.got.clear();
    const bool dropped = waitFor(
        [&] {
            endless.pump();
            if (endless.connected() && written < 1024) {
                endless.socket->write(chunk);
                ++written;
            }
            return endless.gone();
        },
        10000);
    CHECK(dropped);
    CHECK(written < 1024); // closed long before 4 MiB
    CHECK(endless.got == "96\r");
    CHECK(logLines(QStringLiteral("a line longer than the longest SIP2 message, without CR")) == 1);
    goodMachineIsServed(good);
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 session: what it accepts, and bytes piled up behind a login being checked", "[db][sip2][limits]")
{
    Sip2::Session session(backend);
    // Garbage, an unknown command and a request before login are not accepted; 99 is.
    CHECK_FALSE(session.feed("11YN2026\r").accepted);
    CHECK_FALSE(session.feed("42" + kDate + "AOx|\r").accepted);
    CHECK_FALSE(session.feed("17" + kDate + "ABB0001|\r").accepted);
    CHECK(session.feed("9900302.00\r").accepted);
    CHECK_FALSE(session.feed("9300CNsc1|COwrong|CPMAIN|\r").accepted);
    const auto over = session.feed(QByteArray(Sip2::Codec::kMaxFrame + 1, 'x'));
    CHECK(over.overlong);
    CHECK(over.bytes == "96\r");

    // A login handed off and never answered: frames pile up behind it up to kMaxHeld bytes.
    Sip2::Session held(backend);
    held.setOffload([](std::function<bool()>) {});
    auto out = held.feed(kLogin + "\r");
    REQUIRE(out.waiting);
    const QByteArray frame = "17" + kDate + "ABB0001|\r";
    int sent = 0;
    while (!out.close && sent < 100000) {
        out = held.feed(frame);
        ++sent;
    }
    CHECK(out.close);
    CHECK(out.overlong);
    CHECK(sent * frame.size() <= Sip2::Session::kMaxHeld + frame.size());
}

TEST_CASE_METHOD(LimitsFixture, "SIP2 caps hold on the threaded server: places given back by the worker threads", "[db][sip2][limits][network]")
{
    auto c = config();
    c.maxPerAddress = 2;
    c.maxConnections = 3;
    Server::Sip2Server server(
        [this] {
            auto b = std::make_unique<Server::Sip2LibraryBackend>(core);
            b->setVerifier(quickCheck);
            return b;
        },
        2,
                              [this] { core.database()->releaseThreadConnection(); }, c);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        std::vector<std::unique_ptr<Machine>> flood;
        for (int i = 0; i < 2; ++i)
            flood.push_back(std::make_unique<Machine>("127.0.0.2", server.port()));
        REQUIRE(waitFor([&] { return server.connectionCount() == 2; }));
        Machine over("127.0.0.2", server.port());
        CHECK(over.waitGone());
        Machine good("127.0.0.3", server.port());
        REQUIRE(waitFor([&] { return server.connectionCount() == 3; }));
        Machine overTotal("127.0.0.4", server.port());
        CHECK(overTotal.waitGone());
        CHECK(server.refusedCount() == 2 * (round + 1));
        goodMachineIsServed(good);
        // All close; every place is given back (by the thread that served the connection).
        flood.clear();
        good.socket->disconnectFromHost();
        REQUIRE(waitFor([&] { return server.connectionCount() == 0; }));
    }
}
