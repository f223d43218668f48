// Raw-frame SIP2 tests: bytes in, bytes out, against the real library (circulation on the engine
// of this run), with and without error detection.
#include "CirculationFixture.h"

#include "server/Sip2Accounts.h"
#include "shell/AppContext.h"
#include "server/Sip2LibraryBackend.h"
#include "server/Sip2Server.h"
#include "sip2/Sip2Session.h"

#include <QSignalSpy>
#include <QTcpSocket>

#include <atomic>
#include <thread>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
const QByteArray kDate = "20260302    100000";

QByteArray withChecksum(QByteArray frame, int seq)
{
    frame += "AY" + QByteArray::number(seq) + "AZ";
    frame += Sip2::Codec::checksum(frame).toLatin1();
    return frame;
}

struct Sip2Fixture : CirculationFixture {
    Server::Sip2LibraryBackend backend{core};
    Sip2::Session session{backend};
    Circulation::Patron siti;
    QString laskar;

    Sip2Fixture()
    {
        Server::Sip2Accounts accounts(core);
        REQUIRE_OK(accounts.create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"), QStringLiteral("NUSANTARA"),
                                   QStringLiteral("MAIN"), false));
        siti = patron(QStringLiteral("Siti Rahayu"));
        REQUIRE(patrons.setPin(admin, siti.cardNumber, QStringLiteral("4321")).ok());
        laskar = book(QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    }

    // Sends one frame (CR added) and returns the reply without its CR.
    QByteArray send(const QByteArray &frame)
    {
        const auto out = session.feed(frame + "\r");
        REQUIRE_FALSE(out.close);
        return out.bytes.endsWith('\r') ? out.bytes.left(out.bytes.size() - 1) : out.bytes;
    }
    void login()
    {
        REQUIRE(send("9300CNsc1|COselfcheck-pass|CPMAIN|") == "941");
    }
    qint64 openLoans() { return count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at IS NULL")); }
};

QString field(const QByteArray &reply, const char *code)
{
    const QString s = QString::fromUtf8(reply);
    const qsizetype at = s.indexOf(QString::fromLatin1(code));
    if (at < 0)
        return QStringLiteral("<absent>");
    const qsizetype end = s.indexOf(QLatin1Char('|'), at);
    return s.mid(at + 2, end - at - 2);
}
} // namespace

TEST_CASE_METHOD(Sip2Fixture, "SIP2 login is required before anything but 99, and repeated failures close", "[db][sip2]")
{
    const QByteArray status = send("9900302.00");
    REQUIRE(status.startsWith("98YYYYNN030003"));
    CHECK(field(status, "BX") == QString::fromLatin1(Sip2::Session::kSupported));
    CHECK(field(status, "AM") == QStringLiteral("Aksara Library"));

    CHECK(send("11YN" + kDate + "                  AO|AA" + siti.cardNumber.toUtf8() + "|ABB0001|AC|") == "940");
    CHECK(openLoans() == 0);

    CHECK(send("9300CNsc1|COwrong-pass|CPMAIN|") == "940");
    CHECK(send("9300CNnobody|COselfcheck-pass|CPMAIN|") == "940");
    const auto third = session.feed("9300CNsc1|COstill-wrong|CPMAIN|\r");
    CHECK(third.bytes == "940\r");
    CHECK(third.close);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sip2' AND operation = 'login' AND outcome = 'refused'")) == 3);
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 patron status and information (23, 63) answer from the library", "[db][sip2]")
{
    login();
    const QByteArray status = send("23000" + kDate + "AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|AC|AD4321|");
    REQUIRE(status.startsWith("24"));
    CHECK(field(status, "AE") == QStringLiteral("Siti Rahayu"));
    CHECK(field(status, "BL") == QStringLiteral("Y"));
    CHECK(field(status, "CQ") == QStringLiteral("Y"));
    CHECK(field(status, "BH") == QStringLiteral("IDR"));

    const QByteArray wrongPin = send("23000" + kDate + "AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|AC|AD0000|");
    CHECK(field(wrongPin, "CQ") == QStringLiteral("N"));

    const QByteArray unknown = send("23000" + kDate + "AONUSANTARA|AAAKS99999997|AC|");
    CHECK(field(unknown, "BL") == QStringLiteral("N"));

    REQUIRE_OK(loans.checkout(librarian, siti.cardNumber, laskar));
    const QByteArray info = send("63000" + kDate + "  Y       AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|");
    REQUIRE(info.startsWith("64"));
    // Fixed part: status (14), language (3), date (18), then six counts of 4 digits.
    CHECK(info.mid(2 + 14 + 3 + 18 + 8, 4) == "0001"); // charged items
    CHECK(field(info, "AU") == QStringLiteral("B0001"));
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 checkout, item information, renew, checkin (11, 17, 29, 09) go through circulation", "[db][sip2]")
{
    login();
    const QByteArray out = send("11YN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|ABB0001|AC|");
    REQUIRE(out.startsWith("121N"));
    CHECK(field(out, "AJ") == QStringLiteral("Laskar Pelangi"));
    CHECK(Sip2::Codec::isDate(field(out, "AH")));
    CHECK(openLoans() == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND channel = 'sip2' AND outcome = 'ok'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sip2' AND operation = 'checkout'")) == 1);

    // The same item again: refused by the same rule as at the desk, reason on the screen.
    const QByteArray again = send("11YN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|ABB0001|AC|");
    CHECK(again.startsWith("120"));
    CHECK_FALSE(field(again, "AF").isEmpty());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'refused' AND channel = 'sip2'")) == 1);

    const QByteArray item = send("17" + kDate + "AONUSANTARA|ABB0001|");
    REQUIRE(item.startsWith("1804"));
    CHECK(field(item, "AJ") == QStringLiteral("Laskar Pelangi"));

    clock.advanceMs(3600 * 1000);
    const QByteArray renewed = send("29NN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|ABB0001|");
    CHECK(renewed.startsWith("301Y"));

    const QByteArray in = send("09N" + kDate + kDate + "APMAIN|AONUSANTARA|ABB0001|AC|");
    REQUIRE(in.startsWith("101YNN"));
    CHECK(field(in, "AA") == siti.cardNumber);
    CHECK(openLoans() == 0);

    const QByteArray unknown = send("09N" + kDate + kDate + "APMAIN|AONUSANTARA|ABNOPE|AC|");
    CHECK(unknown.startsWith("100"));
    CHECK_FALSE(field(unknown, "AF").isEmpty());
    requireInvariants();
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 renew all, holds, fee paid, end session and block (65, 15, 37, 35, 01)", "[db][sip2]")
{
    login();
    const QString second = book(QStringLiteral("B0002"), QStringLiteral("Bumi Manusia"));
    REQUIRE_OK(loans.checkout(librarian, siti.cardNumber, laskar));
    REQUIRE_OK(loans.checkout(librarian, siti.cardNumber, second));
    clock.advanceMs(3600 * 1000);
    const QByteArray all = send("65" + kDate + "AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|");
    REQUIRE(all.startsWith("66100020000"));
    CHECK(QString::fromUtf8(all).count(QStringLiteral("BM")) == 2);

    // A hold on a title that is out, then cancelled.
    const auto budi = patron(QStringLiteral("Budi Santoso"));
    const QByteArray placed = send("15+" + kDate + "BSMAIN|AONUSANTARA|AA" + budi.cardNumber.toUtf8() + "|ABB0001|");
    REQUIRE(placed.startsWith("161N"));
    CHECK(field(placed, "BR") == QStringLiteral("1"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM holds WHERE status = 'waiting'")) == 1);
    const QByteArray cancelled = send("15-" + kDate + "AONUSANTARA|AA" + budi.cardNumber.toUtf8() + "|ABB0001|");
    CHECK(cancelled.startsWith("161"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM holds WHERE status = 'waiting'")) == 0);

    // Fees: a fee, paid in part at the machine; a nonsense amount is refused.
    REQUIRE_OK(fees.charge(librarian, siti.cardNumber, 7000, QStringLiteral("damaged cover")));
    const QByteArray paid = send("37" + kDate + "0100IDRBV5000|AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|");
    REQUIRE(paid.startsWith("38Y"));
    CHECK(count(QStringLiteral("SELECT SUM(balance) FROM fees")) == 2000);
    CHECK(send("37" + kDate + "0100IDRBV-5|AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|").startsWith("38N"));
    CHECK(send("37" + kDate + "0100IDRBVabc|AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|").startsWith("38N"));
    CHECK(count(QStringLiteral("SELECT SUM(balance) FROM fees")) == 2000);

    CHECK(send("35" + kDate + "AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|").startsWith("36Y"));

    const QByteArray blocked = send("01Y" + kDate + "AONUSANTARA|ALCard retained|AA" + budi.cardNumber.toUtf8() + "|");
    REQUIRE(blocked.startsWith("24"));
    CHECK(blocked.at(2) == 'Y'); // charge privileges denied
    CHECK(text(QStringLiteral("SELECT status FROM patrons WHERE card_number = ?"), {budi.cardNumber}) == QStringLiteral("blocked"));
    requireInvariants();
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 error detection: replies carry the sequence and a checksum, a bad checksum changes nothing", "[db][sip2]")
{
    REQUIRE(send(withChecksum("9300CNsc1|COselfcheck-pass|CPMAIN|", 1)).startsWith("941AY1AZ"));
    const QByteArray good = withChecksum("11YN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|ABB0001|AC|", 2);
    QByteArray bad = good;
    bad[bad.size() - 1] = bad.back() == 'A' ? 'B' : 'A';
    CHECK(send(bad) == "96");
    CHECK(openLoans() == 0);

    const QByteArray reply = send(good);
    REQUIRE(reply.startsWith("121"));
    CHECK(reply.contains("AY2AZ"));
    CHECK(Sip2::Codec::checksum(reply.left(reply.size() - 4)) == QString::fromLatin1(reply.right(4)));
    CHECK(openLoans() == 1);

    // 97: the last reply again, byte for byte (the 96 in between is not "the last reply").
    CHECK(send("97") == reply);
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 framing: truncated, unknown, over-long, invalid bytes, CRLF and split frames", "[db][sip2]")
{
    login();
    CHECK(send("11YN2026") == "96");                                          // truncated fixed fields
    CHECK(send("42" + kDate + "AOx|").isEmpty());                              // unknown command: no reply
    CHECK(send("17" + kDate + "AB" + QByteArray(300, '7') + "|") == "96");    // over-long field
    CHECK(send("17" + kDate + "AB\xc3\x28|") == "96");                        // invalid UTF-8
    CHECK(send("23XYZ" + kDate + "AA1|") == "96");                           // malformed language
    CHECK(openLoans() == 0);

    // CR LF, two frames in one read, and one frame over two reads.
    auto out = session.feed("9900302.00\r\n17" + kDate + "ABB0001|\r");
    CHECK(out.bytes.count('\r') == 2);
    CHECK(out.bytes.contains("\r1803"));
    out = session.feed("17" + kDate + "ABB0");
    CHECK(out.bytes.isEmpty());
    out = session.feed("001|\r");
    CHECK(out.bytes.startsWith("1803"));
}

TEST_CASE_METHOD(Sip2Fixture, "SIP2 screen messages come in the patron's language", "[db][sip2]")
{
    login();
    Circulation::PatronInput in;
    in.name = QStringLiteral("John Smith");
    in.language = QStringLiteral("en");
    auto john = patrons.registerPatron(admin, in);
    REQUIRE_OK(john);
    // The same reason for both: only the language of the rest of the message can differ.
    REQUIRE_OK(patrons.block(librarian, john->cardNumber, QStringLiteral("R-17")));
    REQUIRE_OK(patrons.block(librarian, siti.cardNumber, QStringLiteral("R-17")));
    Shell::installTranslations(QStringLiteral("id"));
    const QByteArray en = send("11YN" + kDate + "                  AONUSANTARA|AA" + john->cardNumber.toUtf8() + "|ABB0001|AC|");
    const QByteArray id = send("11YN" + kDate + "                  AONUSANTARA|AA" + siti.cardNumber.toUtf8() + "|ABB0001|AC|");
    Shell::installTranslations(QStringLiteral("en"));
    CHECK(en.startsWith("120"));
    CHECK(id.startsWith("120"));
    INFO(field(en, "AF").toStdString() + " / " + field(id, "AF").toStdString());
    CHECK(field(en, "AF") != field(id, "AF"));
}

TEST_CASE_METHOD(Sip2Fixture, "the SIP2 server speaks over TCP and closes idle connections", "[db][sip2][network]")
{
    Server::Sip2Server server(backend, {Sip2::Charset::Utf8, 1});
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write("9300CNsc1|COselfcheck-pass|CPMAIN|\r");
    QByteArray got;
    for (int i = 0; i < 50 && !got.endsWith('\r'); ++i) {
        QCoreApplication::processEvents();
        socket.waitForReadyRead(100);
        got += socket.readAll();
    }
    CHECK(got == "941\r");
    // Nothing more: the idle timeout (1 s here) ends the connection.
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    for (int i = 0; i < 40 && closed.isEmpty(); ++i) {
        QCoreApplication::processEvents();
        socket.waitForDisconnected(100);
    }
    CHECK(socket.state() == QAbstractSocket::UnconnectedState);
}

TEST_CASE_METHOD(Sip2Fixture, "the threaded SIP2 server serves machines side by side, each request once", "[db][sip2][network]")
{
    // Eight machines, each lending and returning its own book, on four worker threads.
    constexpr int kMachines = 8;
    QList<QString> cards, items;
    for (int i = 0; i < kMachines; ++i) {
        cards << patron(QStringLiteral("Pelanggan %1").arg(i)).cardNumber;
        items << book(QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Buku %1").arg(i));
    }
    Server::Sip2Server server([this] { return std::make_unique<Server::Sip2LibraryBackend>(core); }, 4,
                              [this] { core.database()->releaseThreadConnection(); }, {Sip2::Charset::Utf8, 30});
    REQUIRE(server.threadCount() == 4);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < kMachines; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
        REQUIRE(sockets.back()->waitForConnected(5000));
    }
    // Sends one frame on every socket at once, then collects every reply.
    const auto round = [&](const std::function<QByteArray(int)> &frame) {
        for (int i = 0; i < kMachines; ++i)
            sockets[i]->write(frame(i) + "\r");
        QList<QByteArray> replies(kMachines);
        for (int spin = 0; spin < 400; ++spin) {
            QCoreApplication::processEvents(); // the listener accepts in this thread
            bool all = true;
            for (int i = 0; i < kMachines; ++i) {
                sockets[i]->waitForReadyRead(5);
                replies[i] += sockets[i]->readAll();
                all = all && replies[i].endsWith('\r');
            }
            if (all)
                break;
        }
        return replies;
    };
    for (const QByteArray &r : round([](int) { return QByteArray("9300CNsc1|COselfcheck-pass|CPMAIN|"); })) {
        INFO(r.toStdString());
        CHECK(r == "941\r");
    }
    CHECK(server.connectionCount() == kMachines);
    const auto lent = round([&](int i) -> QByteArray {
        return "11YN" + kDate + "                  AONUSANTARA|AA" + cards[i].toUtf8() + "|AB" + items[i].toUtf8() + "|AC|";
    });
    for (const QByteArray &r : lent)
        CHECK(r.startsWith("121"));
    CHECK(openLoans() == kMachines);
    const auto returned = round([&](int i) -> QByteArray { return "09N" + kDate + kDate + "APMAIN|AONUSANTARA|AB" + items[i].toUtf8() + "|AC|"; });
    for (const QByteArray &r : returned)
        CHECK(r.startsWith("101"));
    CHECK(openLoans() == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans")) == kMachines);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sip2' AND operation = 'checkout' AND outcome = 'ok'")) == kMachines);
}

TEST_CASE("a language scope holds for its own thread only", "[sip2][i18n]")
{
    // The SIP2 worker threads answer patrons in their own languages at the same time.
    const auto wrongPin = [] { return QCoreApplication::translate("Aksara::Circulation::Patrons", "Wrong PIN."); };
    Shell::installTranslations(QStringLiteral("en"));
    std::atomic<int> bad{0};
    const auto speak = [&](const QString &language, const QString &expected) {
        for (int i = 0; i < 2000; ++i) {
            Shell::LanguageScope scope(language);
            if (wrongPin() != expected)
                ++bad;
        }
    };
    std::thread indonesian(speak, QStringLiteral("id"), QStringLiteral("PIN salah."));
    std::thread english(speak, QStringLiteral("en"), QStringLiteral("Wrong PIN."));
    indonesian.join();
    english.join();
    CHECK(bad == 0);
    CHECK(wrongPin() == QStringLiteral("Wrong PIN.")); // this thread: the process's language

    // English in a scope wins over a process in Indonesian, and the process's language comes back.
    Shell::installTranslations(QStringLiteral("id"));
    {
        Shell::LanguageScope scope(QStringLiteral("en"));
        CHECK(wrongPin() == QStringLiteral("Wrong PIN."));
        CHECK_FALSE(Shell::indonesianActive());
    }
    CHECK(wrongPin() == QStringLiteral("PIN salah."));
    CHECK(Shell::indonesianActive());
    Shell::installTranslations(QStringLiteral("en"));
}
