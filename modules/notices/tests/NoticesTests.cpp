// Notices reach patrons: against a real SMTP server and a real HTTP receiver on loopback
// (LoopbackServers.h), on SQLite and PostgreSQL.
#include "CirculationFixture.h"
#include "LoopbackServers.h"
#include "Require.h"
#include "ServerProcess.h"

#include "circulation/PatronPrivacy.h"
#include "library/Settings.h"
#include "notices/Notices.h"
#include "notices/SettingKeys.h"
#include "notices/Templates.h"

#include <QFile>
#include <QProcess>
#include <QJsonDocument>

using namespace Aksara;
using namespace Aksara::Test;
namespace Keys = Aksara::Notices::SettingKeys;

namespace {

struct NoticesFixture : CirculationFixture {
    Library::Settings settings{core};
    Notices::Notices notices{core};
    Caller system = Caller::system(QStringLiteral("notices"));

    void set(const QString &key, const QString &value) { REQUIRE_OK(settings.set(admin, key, value)); }

    void useSmtp(quint16 port)
    {
        set(Keys::SmtpHost, QStringLiteral("127.0.0.1"));
        set(Keys::SmtpPort, QString::number(port));
        set(Keys::SmtpSecurity, QStringLiteral("none"));
        set(Keys::SmtpFrom, QStringLiteral("perpustakaan@example.id"));
    }

    Circulation::Patron member(const QString &name, const QString &language, const QString &email, const QString &phone = {})
    {
        Circulation::PatronInput in;
        in.name = name;
        in.categoryCode = QStringLiteral("ADULT");
        in.branchCode = QStringLiteral("MAIN");
        in.language = language;
        in.email = email;
        if (!phone.isEmpty())
            in.phone = phone;
        auto p = patrons.registerPatron(admin, in);
        REQUIRE_OK(p);
        return *p;
    }

    // A loan of `title` to `p`, then the clock moves past its due time.
    void overdueLoan(const Circulation::Patron &p, const QString &barcode, const QString &title)
    {
        REQUIRE_OK(loans.checkout(librarian, p.cardNumber, book(barcode, title)));
    }
    void pastDue() { clock.advanceMs(40LL * 24 * 3600 * 1000); }

    Notices::Delivery only(const QString &card)
    {
        auto list = notices.list(admin, {});
        REQUIRE_OK(list);
        QList<Notices::Delivery> mine;
        for (const auto &d : *list) {
            if (d.card == card)
                mine << d;
        }
        REQUIRE(mine.size() == 1);
        return mine.first();
    }

    qint64 ops(const QString &operation, const QString &outcome)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'notices' AND operation = ? AND outcome = ?"),
                     {operation, outcome});
    }
};

} // namespace

TEST_CASE("an overdue notice reaches the loopback SMTP server once, in the patron's language", "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    const auto john = f.member(QStringLiteral("John Smith"), QStringLiteral("en"), QStringLiteral("john@example.org"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.overdueLoan(john, QStringLiteral("B0002"), QStringLiteral("Bumi Manusia"));
    // Not yet due: nothing to tell.
    auto early = f.notices.scan(f.system);
    REQUIRE_OK(early);
    CHECK(early->overdue == 0);
    f.pastDue();

    auto scanned = f.notices.scan(f.system);
    REQUIRE_OK(scanned);
    CHECK(scanned->overdue == 2);
    // One notice per event: scanning again adds nothing.
    auto again = f.notices.scan(f.system);
    REQUIRE_OK(again);
    CHECK(again->total() == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE kind = 'overdue' AND state = 'queued'")) == 2);

    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto sent = sender.sendDue(f.system);
    REQUIRE_OK(sent);
    CHECK(sent->sent == 2);
    CHECK(sent->failed == 0);

    const QList<ReceivedMail> mails = smtp.mails();
    REQUIRE(mails.size() == 2);
    const ReceivedMail &toSiti = mails[0].to.contains(QStringLiteral("siti@example.id")) ? mails[0] : mails[1];
    const ReceivedMail &toJohn = mails[0].to.contains(QStringLiteral("siti@example.id")) ? mails[1] : mails[0];
    CHECK(toSiti.to == QStringList{QStringLiteral("siti@example.id")});
    CHECK(toSiti.from == QStringLiteral("perpustakaan@example.id"));
    CHECK(toSiti.subject() == QStringLiteral("Pengingat: buku pinjaman Anda sudah lewat jatuh tempo"));
    CHECK(toSiti.text().contains(QStringLiteral("Yth. Siti Aminah")));
    CHECK(toSiti.text().contains(QStringLiteral("\"Laskar Pelangi\" (B0001)")));
    CHECK(toSiti.text().contains(QStringLiteral("Maret 2026")));
    CHECK_FALSE(toSiti.text().contains(QLatin1Char('{')));
    CHECK(toJohn.to == QStringList{QStringLiteral("john@example.org")});
    CHECK(toJohn.subject() == QStringLiteral("Reminder: your loan is overdue"));
    CHECK(toJohn.text().contains(QStringLiteral("Dear John Smith")));
    CHECK(toJohn.text().contains(QStringLiteral("March 2026")));
    CHECK(toJohn.header("Message-ID").endsWith("@example.id>"));
    CHECK(toJohn.header("Message-ID") != toSiti.header("Message-ID"));

    const auto d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("sent"));
    CHECK(d.channel == QStringLiteral("email"));
    CHECK(d.address == QStringLiteral("siti@example.id"));
    CHECK(d.language == QStringLiteral("id"));
    CHECK(d.attempts == 1);
    CHECK(d.sentAt == f.clock.now().toMSecsSinceEpoch());
    CHECK(toSiti.header("Message-ID") == "<" + d.messageId.toUtf8() + "@example.id>");

    // Sending again, and scanning again, sends nothing more.
    REQUIRE_OK(f.notices.scan(f.system));
    auto second = sender.sendDue(f.system);
    REQUIRE_OK(second);
    CHECK(second->sent == 0);
    CHECK(smtp.mails().size() == 2);
    // Each attempt is an operation of the notices service: claim, then send.
    CHECK(f.ops(QStringLiteral("notice.claim"), QStringLiteral("ok")) == 2);
    CHECK(f.ops(QStringLiteral("notice.send"), QStringLiteral("ok")) == 2);
    CHECK(f.ops(QStringLiteral("notices.scan"), QStringLiteral("ok")) == 4);
    f.requireInvariants();
}

TEST_CASE("a stopped SMTP server gives a failed state and a retry, not a lost notice", "[notices][db][network]")
{
    NoticesFixture f;
    // A port where nothing listens: the server was there and stopped.
    quint16 port = 0;
    {
        SmtpServer probe;
        REQUIRE(probe.start());
        port = probe.port();
    }
    f.useSmtp(port);
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));

    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto first = sender.sendDue(f.system);
    REQUIRE_OK(first);
    CHECK(first->sent == 0);
    CHECK(first->failed == 1);
    auto d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("failed"));
    CHECK(d.errorCode == QStringLiteral("notices.smtp_unreachable"));
    CHECK_FALSE(d.error.isEmpty());
    CHECK(d.attempts == 1);
    // The first retry waits notices.retry_minutes (5).
    CHECK(d.nextAttemptAt == f.clock.now().toMSecsSinceEpoch() + 5 * 60 * 1000);
    // The attempt's record says it failed, and the failure opened an incident on the service.
    CHECK(f.ops(QStringLiteral("notice.send"), QStringLiteral("failed")) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE service_code = 'notices'")) == 1);

    // Not due yet: nothing is tried.
    auto early = sender.sendDue(f.system);
    REQUIRE_OK(early);
    CHECK(early->failed + early->sent == 0);

    // Still down at the retry: the next one waits twice as long.
    f.clock.advanceMs(5 * 60 * 1000);
    auto second = sender.sendDue(f.system);
    REQUIRE_OK(second);
    CHECK(second->failed == 1);
    d = f.only(siti.cardNumber);
    CHECK(d.attempts == 2);
    CHECK(d.nextAttemptAt == f.clock.now().toMSecsSinceEpoch() + 10 * 60 * 1000);

    // The server is back on its port: the retry delivers it, once.
    SmtpServer smtp(port);
    REQUIRE(smtp.start());
    f.clock.advanceMs(10 * 60 * 1000);
    auto third = sender.sendDue(f.system);
    REQUIRE_OK(third);
    CHECK(third->sent == 1);
    REQUIRE(smtp.mails().size() == 1);
    CHECK(smtp.mails().first().to == QStringList{QStringLiteral("siti@example.id")});
    d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("sent"));
    CHECK(d.attempts == 3);
    CHECK(d.errorCode.isEmpty());
    f.clock.advanceMs(60 * 60 * 1000);
    REQUIRE_OK(sender.sendDue(f.system));
    CHECK(smtp.mails().size() == 1);
    // The failed attempts' records and the incident keep the log, the trail and the SLA counters whole.
    f.requireInvariants();
}

TEST_CASE("a notice is given up after notices.max_attempts, and a rejected address is not retried", "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    smtp.rejectRecipient = true;
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("nobody@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto r = sender.sendDue(f.system);
    REQUIRE_OK(r);
    CHECK(r->failed == 1);
    auto d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("failed"));
    CHECK(d.errorCode == QStringLiteral("notices.smtp_rejected"));
    CHECK(d.nextAttemptAt == 0);
    // A rejected address is the patron's record, not the service: refused, no incident.
    CHECK(f.ops(QStringLiteral("notice.send"), QStringLiteral("refused")) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE service_code = 'notices'")) == 0);

    // A patron with no address on any channel fails at once, with the reason.
    const auto tono = f.member(QStringLiteral("Tono"), QStringLiteral("id"), QString());
    f.overdueLoan(tono, QStringLiteral("B0002"), QStringLiteral("Ronggeng Dukuh Paruk"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    REQUIRE_OK(sender.sendDue(f.system));
    d = f.only(tono.cardNumber);
    CHECK(d.state == QStringLiteral("failed"));
    CHECK(d.errorCode == QStringLiteral("notices.no_address"));
    CHECK(d.nextAttemptAt == 0);

    // Retrying by hand queues it again; a sent or queued notice cannot be retried.
    smtp.rejectRecipient = false;
    auto retried = f.notices.retry(f.librarian, f.only(siti.cardNumber).id);
    REQUIRE_OK(retried);
    CHECK(retried->state == QStringLiteral("queued"));
    auto notAgain = f.notices.retry(f.librarian, retried->id);
    REQUIRE_FALSE(notAgain.ok());
    CHECK(notAgain.error().code == QStringLiteral("notices.not_retryable"));
    auto unknown = f.notices.retry(f.librarian, 999999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("notices.unknown_notice"));
    auto after = sender.sendDue(f.system);
    REQUIRE_OK(after);
    CHECK(after->sent == 1);
    CHECK(smtp.mails().size() == 1);

    // max_attempts: a server that keeps failing is given up after that many attempts.
    f.set(Keys::MaxAttempts, QStringLiteral("2"));
    f.set(Keys::SmtpPort, QStringLiteral("1"));
    const auto ani = f.member(QStringLiteral("Ani"), QStringLiteral("id"), QStringLiteral("ani@example.id"));
    f.overdueLoan(ani, QStringLiteral("B0003"), QStringLiteral("Cantik Itu Luka"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    REQUIRE_OK(sender.sendDue(f.system));
    f.clock.advanceMs(5 * 60 * 1000);
    REQUIRE_OK(sender.sendDue(f.system));
    d = f.only(ani.cardNumber);
    CHECK(d.state == QStringLiteral("failed"));
    CHECK(d.attempts == 2);
    CHECK(d.nextAttemptAt == 0);
}

TEST_CASE("STARTTLS that the server does not offer is a failure, never clear text", "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp; // offers no STARTTLS
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    f.set(Keys::SmtpSecurity, QStringLiteral("starttls"));
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto r = sender.sendDue(f.system);
    REQUIRE_OK(r);
    CHECK(r->failed == 1);
    CHECK(smtp.mails().isEmpty());
    const auto d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("failed"));
    CHECK(d.errorCode == QStringLiteral("notices.smtp_tls"));
    CHECK(d.nextAttemptAt > 0);
}

TEST_CASE("STARTTLS with the library's own certificate authority, then the login, over TLS only", "[notices][db][network]")
{
    // A self-signed certificate made here by the openssl command, trusted by notices.smtp_ca_file.
    const QString openssl = requireTool("openssl", "openssl");
    NoticesFixture f;
    const QString cert = f.tdb.dir() + QStringLiteral("/smtp-cert.pem");
    const QString key = f.tdb.dir() + QStringLiteral("/smtp-key.pem");
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);
    SmtpServer smtp;
    smtp.offerStartTls(cert, key);
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    f.set(Keys::SmtpSecurity, QStringLiteral("starttls"));
    const QString passwordFile = f.tdb.dir() + QStringLiteral("/smtp.password");
    {
        QFile pw(passwordFile);
        REQUIRE(pw.open(QIODevice::WriteOnly));
        pw.write("s3cret\n");
        pw.close();
        REQUIRE(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    f.set(Keys::SmtpUser, QStringLiteral("perpustakaan"));
    f.set(Keys::SmtpPasswordFile, passwordFile);
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));

    // Without the library's CA the certificate is not trusted: a TLS failure, nothing sent.
    auto untrusted = sender.sendDue(f.system);
    REQUIRE_OK(untrusted);
    CHECK(untrusted->failed == 1);
    CHECK(f.only(siti.cardNumber).errorCode == QStringLiteral("notices.smtp_tls"));
    CHECK(smtp.mails().isEmpty());

    f.set(Keys::SmtpCaFile, cert);
    f.clock.advanceMs(5 * 60 * 1000);
    auto sent = sender.sendDue(f.system);
    REQUIRE_OK(sent);
    CHECK(sent->sent == 1);
    REQUIRE(smtp.mails().size() == 1);
    CHECK(smtp.mails().first().encrypted);
    CHECK(smtp.mails().first().login == QStringLiteral("perpustakaan"));
    CHECK(smtp.mails().first().password == QStringLiteral("s3cret"));

    // A CA file with no certificate is refused by name.
    const QString empty = f.tdb.dir() + QStringLiteral("/empty.pem");
    {
        QFile e(empty);
        REQUIRE(e.open(QIODevice::WriteOnly));
    }
    f.set(Keys::SmtpCaFile, empty);
    auto bad = sender.sendDue(f.system);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("notices.bad_ca_file"));
}

TEST_CASE("the SMTP client logs in with the password from its private file", "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const QString passwordFile = f.tdb.dir() + QStringLiteral("/smtp.password");
    {
        QFile pw(passwordFile);
        REQUIRE(pw.open(QIODevice::WriteOnly));
        pw.write("s3cret\n");
        pw.close();
        REQUIRE(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    f.set(Keys::SmtpUser, QStringLiteral("perpustakaan"));
    f.set(Keys::SmtpPasswordFile, passwordFile);
    // The password is not in the database.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%s3cret%'")) == 0);
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto r = sender.sendDue(f.system);
    REQUIRE_OK(r);
    CHECK(r->sent == 1);
    REQUIRE(smtp.mails().size() == 1);
    CHECK(smtp.mails().first().login == QStringLiteral("perpustakaan"));
    CHECK(smtp.mails().first().password == QStringLiteral("s3cret"));
}

TEST_CASE("a restarted sender does not send a claimed notice twice", "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));

    // The first sender claims the notice and hands it to the mail server, then dies before it
    // can confirm (the steps of Sender::sendDue, stopped between delivery and confirmation).
    auto config = Notices::ChannelConfig::read(f.db());
    REQUIRE_OK(config);
    auto claimed = f.notices.claimNext(f.system, QStringLiteral("server:old"), *config);
    REQUIRE_OK(claimed);
    REQUIRE(claimed->has_value());
    REQUIRE_OK(Notices::Sender::deliver(*config, **claimed, f.clock.now()));
    REQUIRE(smtp.mails().size() == 1);
    CHECK(f.only(siti.cardNumber).state == QStringLiteral("sending"));

    // The restarted sender finds it claimed: it does not send it.
    Notices::Sender restarted(f.core, QStringLiteral("server:new"));
    auto r = restarted.sendDue(f.system);
    REQUIRE_OK(r);
    CHECK(r->sent == 0);
    CHECK(smtp.mails().size() == 1);

    // Once the claim's lease is over it becomes unconfirmed, and still is not sent again.
    f.clock.advanceMs(Notices::Notices::kClaimLeaseMs + 1000);
    r = restarted.sendDue(f.system);
    REQUIRE_OK(r);
    CHECK(r->unconfirmed == 1);
    CHECK(r->sent == 0);
    f.clock.advanceMs(24LL * 3600 * 1000);
    REQUIRE_OK(restarted.sendDue(f.system));
    CHECK(smtp.mails().size() == 1);
    auto d = f.only(siti.cardNumber);
    CHECK(d.state == QStringLiteral("unconfirmed"));
    CHECK(d.errorCode == QStringLiteral("notices.unconfirmed"));
    CHECK(f.ops(QStringLiteral("notices.recover"), QStringLiteral("ok")) == 1);

    // A confirmation that arrives late still records what happened.
    REQUIRE_OK(f.notices.confirmSent(f.system, d.id, QStringLiteral("server:old")));
    CHECK(f.only(siti.cardNumber).state == QStringLiteral("sent"));
    f.requireInvariants();
}

TEST_CASE("the HTTP gateway gets a templated POST with the bearer token from a private file", "[notices][db][network]")
{
    NoticesFixture f;
    HttpReceiver gateway;
    REQUIRE(gateway.start());
    const QString tokenFile = f.tdb.dir() + QStringLiteral("/gateway.token");
    {
        QFile t(tokenFile);
        REQUIRE(t.open(QIODevice::WriteOnly));
        t.write("rahasia-123\n");
        t.close();
        REQUIRE(t.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    }
    f.set(Keys::HttpUrl, QStringLiteral("http://127.0.0.1:%1/send").arg(gateway.port()));
    f.set(Keys::HttpTokenFile, tokenFile);
    const auto budi = f.member(QStringLiteral("Budi \"Bud\" Santoso"), QStringLiteral("id"), QString(), QStringLiteral("081234567890"));
    f.overdueLoan(budi, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));

    // A token file the group may read is refused before anything is sent.
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto exposed = sender.sendDue(f.system);
    REQUIRE_FALSE(exposed.ok());
    CHECK(exposed.error().code == QStringLiteral("notices.secret_exposed"));
    CHECK(gateway.requests().isEmpty());
    REQUIRE(QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // A gateway that answers 503 is tried again later.
    gateway.status = 503;
    auto failed = sender.sendDue(f.system);
    REQUIRE_OK(failed);
    CHECK(failed->failed == 1);
    CHECK(f.only(budi.cardNumber).errorCode == QStringLiteral("notices.http_temporary"));
    gateway.status = 200;
    f.clock.advanceMs(5 * 60 * 1000);
    auto sent = sender.sendDue(f.system);
    REQUIRE_OK(sent);
    CHECK(sent->sent == 1);

    const auto requests = gateway.requests();
    REQUIRE(requests.size() == 2);
    const ReceivedRequest &r = requests.last();
    CHECK(r.head.startsWith("POST /send HTTP/1.1"));
    CHECK(r.header("Authorization") == "Bearer rahasia-123");
    CHECK(r.header("Content-Type") == "application/json");
    QJsonParseError err;
    const QJsonObject body = QJsonDocument::fromJson(r.body, &err).object();
    REQUIRE(err.error == QJsonParseError::NoError);
    CHECK(body.value(QStringLiteral("to")).toString() == QStringLiteral("081234567890"));
    CHECK(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("jatuh tempo")));
    const auto d = f.only(budi.cardNumber);
    CHECK(d.channel == QStringLiteral("http"));
    CHECK(d.state == QStringLiteral("sent"));
    CHECK(d.attempts == 2);
}

TEST_CASE("the scan finds memberships about to end, once per end date", "[notices][db]")
{
    NoticesFixture f;
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    // Registered today for 12 months: 10 days before the end, the membership notice is due.
    f.clock.set(QDateTime(siti.expiresOn.addDays(-10), QTime(10, 0), CirculationFixture::kJakarta).toUTC());
    auto r = f.notices.scan(f.system);
    REQUIRE_OK(r);
    CHECK(r->membershipExpiring == 1);
    auto again = f.notices.scan(f.system);
    REQUIRE_OK(again);
    CHECK(again->membershipExpiring == 0);
    const auto d = f.only(siti.cardNumber);
    CHECK(d.kind == QStringLiteral("membership_expiring"));
    CHECK(d.data.value(QStringLiteral("expires_on")).toString() == siti.expiresOn.toString(Qt::ISODate));
    // Renewed: a new end, a new event.
    f.clock.set(QDateTime(siti.expiresOn.addDays(-3), QTime(10, 0), CirculationFixture::kJakarta).toUTC());
    auto renewed = f.patrons.renew(f.admin, siti.cardNumber);
    REQUIRE_OK(renewed);
    f.clock.set(QDateTime(renewed->expiresOn.addDays(-5), QTime(10, 0), CirculationFixture::kJakarta).toUTC());
    auto later = f.notices.scan(f.system);
    REQUIRE_OK(later);
    CHECK(later->membershipExpiring == 1);
    // notices.membership_days 0: none.
    f.set(Keys::MembershipDays, QStringLiteral("0"));
    const auto ani = f.member(QStringLiteral("Ani"), QStringLiteral("en"), QStringLiteral("ani@example.id"));
    f.clock.set(QDateTime(ani.expiresOn.addDays(-1), QTime(10, 0), CirculationFixture::kJakarta).toUTC());
    auto off = f.notices.scan(f.system);
    REQUIRE_OK(off);
    CHECK(off->membershipExpiring == 0);
}

TEST_CASE("a hold ready for pickup is told once, marks circulation's notice sent, and is reminded before it expires",
          "[notices][db][network]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto reader = f.member(QStringLiteral("Rina"), QStringLiteral("en"), QStringLiteral("rina@example.id"));
    const auto waiter = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    const QString barcode = f.book(QStringLiteral("H-1"), QStringLiteral("Laskar Pelangi"));
    REQUIRE_OK(f.loans.checkout(f.librarian, reader.cardNumber, barcode));
    Circulation::Holds::Request request;
    request.card = waiter.cardNumber;
    request.barcode = barcode;
    request.anyCopy = true;
    REQUIRE_OK(f.holds.place(f.librarian, request));
    auto back = f.loans.checkin(f.librarian, barcode);
    REQUIRE_OK(back);
    REQUIRE(back->hold.has_value());
    CHECK(back->hold->status == QStringLiteral("ready"));

    auto scanned = f.notices.scan(f.system);
    REQUIRE_OK(scanned);
    CHECK(scanned->holdReady == 1);
    CHECK(scanned->holdExpiring == 0);
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto sent = sender.sendDue(f.system);
    REQUIRE_OK(sent);
    CHECK(sent->sent == 1);
    REQUIRE(smtp.mails().size() == 1);
    const ReceivedMail mail = smtp.mails().first();
    CHECK(mail.to == QStringList{QStringLiteral("siti@example.id")});
    CHECK(mail.subject() == QStringLiteral("Buku pesanan Anda sudah dapat diambil"));
    CHECK(mail.text().contains(QStringLiteral("Main Library")));
    CHECK(mail.text().contains(QStringLiteral("9 Maret 2026")));
    // Circulation's own notice row is marked sent, in the same operation.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'hold_ready' AND sent_at IS NOT NULL")) == 1);
    REQUIRE_OK(f.notices.scan(f.system));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE kind = 'hold_ready'")) == 1);

    // The day before its last pickup day (Monday 9 March): one reminder.
    f.at(QDate(2026, 3, 7), QTime(23, 30));
    auto tooEarly = f.notices.scan(f.system);
    REQUIRE_OK(tooEarly);
    CHECK(tooEarly->holdExpiring == 0);
    f.at(QDate(2026, 3, 8), QTime(8, 0));
    auto reminder = f.notices.scan(f.system);
    REQUIRE_OK(reminder);
    CHECK(reminder->holdExpiring == 1);
    auto twice = f.notices.scan(f.system);
    REQUIRE_OK(twice);
    CHECK(twice->holdExpiring == 0);
    REQUIRE_OK(sender.sendDue(f.system));
    REQUIRE(smtp.mails().size() == 2);
    CHECK(smtp.mails().last().subject() == QStringLiteral("Pengingat: ambil buku pesanan Anda"));
    f.requireInvariants();
}

TEST_CASE("notice settings refuse bad values field by field", "[notices][db]")
{
    NoticesFixture f;
    auto check = [&](const QString &key, const QString &value) {
        auto r = f.settings.set(f.admin, key, value);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("library.bad_setting"));
        const QJsonArray reasons = r.error().details.value(QStringLiteral("reasons")).toArray();
        REQUIRE(reasons.size() >= 1);
        CHECK(reasons.first().toObject().value(QStringLiteral("field")).toString() == key);
    };
    check(Keys::SmtpPort, QStringLiteral("70000"));
    check(Keys::SmtpSecurity, QStringLiteral("ssl"));
    check(Keys::SmtpFrom, QStringLiteral("not an address"));
    check(Keys::HttpUrl, QStringLiteral("ftp://gateway.example.id/"));
    check(Keys::SmtpPasswordFile, QStringLiteral("relative/path"));
    check(Keys::IntervalMinutes, QStringLiteral("0"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'notices.%'")) == 0);
    // Nothing configured: the sender says so.
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto none = sender.sendDue(f.system);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == QStringLiteral("notices.no_channel"));
    // A self-service caller lists their own notices only; a bad state is refused.
    auto bad = f.notices.list(f.admin, {0, QStringLiteral("lost"), 10});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("notices.bad_state"));
}

TEST_CASE("every notice has its text in Indonesian and English, every placeholder filled", "[notices]")
{
    const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("N")},
                                         {QStringLiteral("card"), QStringLiteral("C")},
                                         {QStringLiteral("title"), QStringLiteral("T")},
                                         {QStringLiteral("item"), QStringLiteral("I")},
                                         {QStringLiteral("due_on"), QStringLiteral("D")},
                                         {QStringLiteral("pickup_branch"), QStringLiteral("P")},
                                         {QStringLiteral("expires_on"), QStringLiteral("E")},
                                         {QStringLiteral("library"), QStringLiteral("L")},
                                         {QStringLiteral("library_phone"), QStringLiteral("F")}};
    for (const QString &kind : {QStringLiteral("overdue"), QStringLiteral("hold_ready"), QStringLiteral("hold_expiring"),
                                QStringLiteral("membership_expiring")}) {
        const auto id = Notices::Templates::render(kind, QStringLiteral("id"), values);
        const auto en = Notices::Templates::render(kind, QStringLiteral("en"), values);
        INFO(kind.toStdString());
        for (const auto &r : {id, en}) {
            CHECK_FALSE(r.subject.isEmpty());
            CHECK_FALSE(r.text.contains(QLatin1Char('{')));
            CHECK_FALSE(r.shortText.contains(QLatin1Char('{')));
            CHECK(r.shortText.size() <= 160 * 2);
        }
        CHECK(id.subject != en.subject);
        CHECK(id.text.contains(QStringLiteral("Yth. N")));
        CHECK(en.text.contains(QStringLiteral("Dear N")));
    }
    CHECK(Notices::Templates::longDate(QStringLiteral("2026-03-02"), QStringLiteral("id")) == QStringLiteral("2 Maret 2026"));
    CHECK(Notices::Templates::longDate(QStringLiteral("2026-03-02"), QStringLiteral("en")) == QStringLiteral("2 March 2026"));
    CHECK(Notices::Templates::render(QStringLiteral("unknown"), QStringLiteral("id"), values).subject.isEmpty());
}

namespace {
struct CliRun {
    int code = -1;
    QJsonObject json;
    QString out, err;
};

CliRun aksara(const QString &db, QStringList args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AKSARA_DB"));
    p.setProcessEnvironment(env);
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(AKSARA_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}
} // namespace

TEST_CASE("the command line sends the notices once and lists them as JSON", "[notices][db][network][cli]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto john = f.member(QStringLiteral("John Smith"), QStringLiteral("en"), QStringLiteral("john@example.org"));
    // Due in March 2026 by the fixture's clock: overdue by the command line's (the real) clock.
    f.overdueLoan(john, QStringLiteral("B0001"), QStringLiteral("Bumi Manusia"));
    const QString url = f.tdb.url();

    auto sent = aksara(url, {QStringLiteral("notices"), QStringLiteral("send"), QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    CHECK(sent.json.value(QStringLiteral("sent")).toInt() == 1);
    REQUIRE(smtp.mails().size() == 1);
    CHECK(smtp.mails().first().subject() == QStringLiteral("Reminder: your loan is overdue"));
    // Once: a second run sends nothing.
    auto again = aksara(url, {QStringLiteral("notices"), QStringLiteral("send"), QStringLiteral("--json")});
    REQUIRE(again.code == 0);
    CHECK(again.json.value(QStringLiteral("sent")).toInt() == 0);
    CHECK(smtp.mails().size() == 1);

    auto list = aksara(url, {QStringLiteral("notices"), QStringLiteral("list"), QStringLiteral("--card"), john.cardNumber,
                             QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const QJsonArray rows = list.json.value(QStringLiteral("notices")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("kind")).toString() == QStringLiteral("overdue"));
    CHECK(row.value(QStringLiteral("state")).toString() == QStringLiteral("sent"));
    CHECK(row.value(QStringLiteral("channel")).toString() == QStringLiteral("email"));
    CHECK(row.value(QStringLiteral("attempts")).toInt() == 1);

    // Refusals: a sent notice cannot be retried (exit 3, JSON reasons); a bad state is refused.
    auto retry = aksara(url, {QStringLiteral("notices"), QStringLiteral("retry"),
                              QString::number(row.value(QStringLiteral("id")).toInteger()), QStringLiteral("--json")});
    CHECK(retry.code == 3);
    CHECK(retry.out.contains(QStringLiteral("notices.not_retryable")));
    auto bad = aksara(url, {QStringLiteral("notices"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")});
    CHECK(bad.code == 3);
    auto usage = aksara(url, {QStringLiteral("notices"), QStringLiteral("retry"), QStringLiteral("abc")});
    CHECK(usage.code == 2);

    // The attempts are in the operation log that `aksara ops` shows.
    auto ops = aksara(url, {QStringLiteral("ops"), QStringLiteral("--service"), QStringLiteral("notices"), QStringLiteral("--json")});
    REQUIRE(ops.code == 0);
    CHECK(ops.out.contains(QStringLiteral("notice.send")));
    CHECK(ops.out.contains(QStringLiteral("notice.claim")));
}

TEST_CASE("aksara-server sends the notices on its own, and a restarted server does not send them twice",
          "[notices][db][network][server]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti@example.id"));
    // Due in March 2026 by the fixture's clock: overdue by the server's (the real) clock.
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    const QString url = f.tdb.url();
    auto scans = [&f] {
        return f.count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'notices.scan' AND actor = 'system:notices'"));
    };
    {
        ServerProcess server(QStringLiteral(AKSARA_SERVER), url);
        // The first pass runs as the server starts.
        REQUIRE(waitFor([&] { return smtp.mails().size() == 1; }, 30000));
    }
    const ReceivedMail mail = smtp.mails().first();
    CHECK(mail.to == QStringList{QStringLiteral("siti@example.id")});
    CHECK(mail.subject() == QStringLiteral("Pengingat: buku pinjaman Anda sudah lewat jatuh tempo"));
    CHECK(f.only(siti.cardNumber).state == QStringLiteral("sent"));
    CHECK(f.only(siti.cardNumber).claimedBy.startsWith(QStringLiteral("server:")));
    const qint64 before = scans();
    {
        ServerProcess again(QStringLiteral(AKSARA_SERVER), url);
        // Its first pass has scanned (and found nothing new to send).
        REQUIRE(waitFor([&] { return scans() > before; }, 30000));
        waitFor([] { return false; }, 2000);
    }
    CHECK(smtp.mails().size() == 1);
    CHECK(f.only(siti.cardNumber).attempts == 1);
}

TEST_CASE("erasing a patron empties their notices' addresses and texts and gives up what was not sent",
          "[notices][db][network][privacy]")
{
    NoticesFixture f;
    SmtpServer smtp;
    REQUIRE(smtp.start());
    f.useSmtp(smtp.port());
    const auto siti = f.member(QStringLiteral("Siti Aminah"), QStringLiteral("id"), QStringLiteral("siti.aminah@example.id"));
    f.overdueLoan(siti, QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    f.pastDue();
    REQUIRE_OK(f.notices.scan(f.system));
    Notices::Sender sender(f.core, QStringLiteral("test-sender"));
    auto sent = sender.sendDue(f.system);
    REQUIRE_OK(sent);
    REQUIRE(sent->sent == 1);
    // Returned, fees settled: nothing open, so the patron may be erased. A membership reminder is
    // still waiting to go.
    REQUIRE_OK(f.loans.checkin(f.librarian, QStringLiteral("B0001")));
    auto owed = f.fees.statement(f.admin, siti.cardNumber);
    REQUIRE_OK(owed);
    if (owed->balance > 0)
        REQUIRE_OK(f.fees.pay(f.librarian, siti.cardNumber, owed->balance));
    f.clock.set(QDateTime(siti.expiresOn.addDays(-10), QTime(10, 0), CirculationFixture::kJakarta).toUTC());
    auto r = f.notices.scan(f.system);
    REQUIRE_OK(r);
    REQUIRE(r->membershipExpiring == 1);
    REQUIRE(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE patron_id = ? AND address LIKE '%siti.aminah%'"),
                    {siti.id}) >= 1);

    Circulation::PatronPrivacy privacy(f.core);
    auto erased = privacy.erase(f.admin, siti.cardNumber);
    INFO((erased.ok() ? QString() : erased.error().message).toStdString());
    REQUIRE_OK(erased);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE patron_id = ? AND (address IS NOT NULL OR "
                                 "data <> '{}' OR error IS NOT NULL)"),
                  {siti.id}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE patron_id = ? AND state = 'queued'"), {siti.id}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE patron_id = ? AND state = 'sent'"), {siti.id}) == 1);
    // The sender has nothing left for them.
    auto after = sender.sendDue(f.system);
    REQUIRE_OK(after);
    CHECK(after->sent == 0);
    CHECK(smtp.mails().size() == 1);
    f.requireInvariants();
}
