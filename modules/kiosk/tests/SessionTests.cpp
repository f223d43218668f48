#include "KioskFixture.h"

#include "kiosk/Replayer.h"
#include "kiosk/StaffThrottle.h"
#include "service/Stations.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aksara;
using namespace Aksara::Kiosk;
using namespace Aksara::Test;

TEST_CASE_METHOD(KioskFixture, "kiosk: a wrong PIN is refused and repeated wrong PINs lock the card", "[kiosk][db]")
{
    auto k = session();
    k->start();
    for (int i = 1; i <= Circulation::Patrons::kMaxPinFailures; ++i) {
        auto r = k->signIn(siti.cardNumber, QStringLiteral("0000"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("circulation.bad_pin"));
        CHECK(r.error().message.contains(QStringLiteral("Wrong PIN")));
        CHECK_FALSE(k->signedIn());
    }
    // Now even the right PIN is refused, and the patron is told plainly why.
    auto locked = k->signIn(siti.cardNumber, sitiPin);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("circulation.pin_locked"));
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
    CHECK(locked.error().message.contains(QStringLiteral("desk")));
    CHECK(ops(QStringLiteral("patron.login"), QStringLiteral("refused")) == Circulation::Patrons::kMaxPinFailures + 1);

    // Another card is not affected; the PIN's form and the card's check digit are checked first.
    auto other = k->signIn(budi.cardNumber, budiPin);
    REQUIRE_OK(other);
    CHECK(other->name == QStringLiteral("Budi Santoso"));
    QString mistyped = siti.cardNumber;
    mistyped[mistyped.size() - 1] = mistyped.back() == QLatin1Char('9') ? QLatin1Char('0') : QChar(mistyped.back().unicode() + 1);
    auto bad = k->signIn(mistyped, sitiPin);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("circulation.bad_card_number"));
    auto shortPin = k->signIn(budi.cardNumber, QStringLiteral("12"));
    REQUIRE_FALSE(shortPin.ok());
    CHECK(shortPin.error().code == QStringLiteral("circulation.bad_pin_format"));
}

TEST_CASE_METHOD(KioskFixture, "kiosk: digits alone are a card number under the library's prefix", "[kiosk][db]")
{
    auto k = session();
    k->start();
    const QString digits = siti.cardNumber.mid(3);
    CHECK(k->normalizeCard(digits) == siti.cardNumber);
    CHECK(k->normalizeCard(QStringLiteral(" aks-") + digits) == siti.cardNumber);
    REQUIRE_OK(k->signIn(digits, sitiPin));
    CHECK(k->patron().card == siti.cardNumber);
}

TEST_CASE_METHOD(KioskFixture, "kiosk: an old system's member number kept as the card signs in (legacy card)", "[kiosk][db]")
{
    // Members brought from the old system keep their printed cards (aksara migrate, docs/migration.md):
    // digits alone, or letters and digits that are not this library's own shape.
    auto legacy = [&](const QString &number, const QString &name) {
        Circulation::PatronInput in;
        in.name = name;
        in.categoryCode = QStringLiteral("ADULT");
        in.branchCode = QStringLiteral("MAIN");
        in.cardNumber = number;
        in.legacyCard = true;
        auto p = patrons.registerPatron(admin, in);
        REQUIRE_OK(p);
        REQUIRE_OK(patrons.setPin(admin, p->cardNumber, QStringLiteral("8642")));
        return *p;
    };
    const auto dewi = legacy(QStringLiteral("20190012"), QStringLiteral("Dewi Lestari"));
    const auto andi = legacy(QStringLiteral("M-0042/17"), QStringLiteral("Andi Wijaya"));
    auto k = session();
    k->start();
    CHECK(k->normalizeCard(QStringLiteral("20190012")) == QStringLiteral("20190012"));
    REQUIRE_OK(k->checkCard(QStringLiteral("20190012")));
    auto d = k->signIn(QStringLiteral("20190012"), QStringLiteral("8642"));
    REQUIRE_OK(d);
    CHECK(d->name == dewi.name);
    k->signOut();
    auto a = k->signIn(QStringLiteral("m 0042/17"), QStringLiteral("8642"));
    REQUIRE_OK(a);
    CHECK(a->name == andi.name);
    k->signOut();
    // A number the library does not know is refused by the library, after the PIN, like any unknown card.
    auto unknown = k->signIn(QStringLiteral("20190013"), QStringLiteral("8642"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().isRefusal());
    // This library's own shape with a wrong check digit is still caught on the kiosk, before the PIN.
    QString mistyped = siti.cardNumber;
    mistyped[mistyped.size() - 1] = mistyped.back() == QLatin1Char('9') ? QLatin1Char('0') : QChar(mistyped.back().unicode() + 1);
    auto typo = k->checkCard(mistyped);
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().code == QStringLiteral("circulation.bad_card_number"));
    // Nothing that cannot be a card number at all reaches the library.
    CHECK_FALSE(k->checkCard(QStringLiteral("<script>")).ok());
}

TEST_CASE_METHOD(KioskFixture, "kiosk: borrow and return are operations on channel kiosk, for the patron's own account", "[kiosk][db]")
{
    auto k = session();
    k->start();
    REQUIRE_OK(k->signIn(siti.cardNumber, sitiPin));
    const BorrowOutcome b = k->borrow(QStringLiteral("KIO-001"));
    INFO(b.message);
    REQUIRE(b.outcome == Verdict::Done);
    CHECK(b.title == QStringLiteral("Laskar Pelangi"));
    CHECK(b.dueDate.isValid());
    CHECK(openLoansOf(siti) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkout' AND outcome = 'ok' AND channel = "
                               "'kiosk' AND actor = ? AND station = 'kiosk-1'"),
                {QString(QStringLiteral("patron:") + siti.cardNumber)})
          == 1);

    // Already hers: said so, not "someone else's".
    const BorrowOutcome twice = k->borrow(QStringLiteral("KIO-001"));
    CHECK(twice.outcome == Verdict::Refused);
    CHECK(twice.message.contains(QStringLiteral("already have")));
    // Unknown barcode: a plain refusal.
    const BorrowOutcome unknown = k->borrow(QStringLiteral("NOPE-1"));
    CHECK(unknown.outcome == Verdict::Refused);
    CHECK(unknown.code == QStringLiteral("circulation.unknown_item"));

    auto account = k->account();
    REQUIRE_OK(account);
    REQUIRE(account->loans.size() == 1);
    CHECK(account->patron.id == siti.id);

    const ReturnOutcome r = k->returnItem(QStringLiteral("KIO-001"));
    INFO(r.message);
    REQUIRE(r.outcome == Verdict::Done);
    CHECK(r.title == QStringLiteral("Laskar Pelangi"));
    CHECK(openLoansOf(siti) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkin' AND outcome = 'ok' AND channel = 'kiosk'"))
          == 1);
    // Every kiosk return went through the journal and is settled there.
    CHECK(k->pendingCount() == 0);
    auto report = k->queueReport();
    REQUIRE_OK(report);
    REQUIRE(report->size() == 1);
    CHECK(report->first().state == QueuedRequest::State::Applied);
    requireInvariants();
}

TEST_CASE_METHOD(KioskFixture, "kiosk: a return of somebody else's item says nothing about its borrower", "[kiosk][db]")
{
    lend(budi, QStringLiteral("KIO-002"));
    clock.advanceMs(30LL * 86400000); // Budi's loan is late: a fee is charged on return
    auto k = session();
    k->start();
    REQUIRE_OK(k->signIn(siti.cardNumber, sitiPin));
    const ReturnOutcome r = k->returnItem(QStringLiteral("KIO-002"));
    REQUIRE(r.outcome == Verdict::Done);
    CHECK(r.lateFee == 0);
    CHECK_FALSE(r.message.contains(QStringLiteral("Budi")));
    CHECK_FALSE(r.message.contains(QStringLiteral("fee")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees WHERE patron_id = ?"), {budi.id}) == 1);

    // Her own late return does tell her the fee.
    lend(siti, QStringLiteral("KIO-003"));
    clock.advanceMs(30LL * 86400000);
    const ReturnOutcome own = k->returnItem(QStringLiteral("KIO-003"));
    REQUIRE(own.outcome == Verdict::Done);
    CHECK(own.lateFee > 0);
    CHECK(own.message.contains(QStringLiteral("fee")));
}

TEST_CASE_METHOD(KioskFixture, "kiosk: renew and renew all for the patron's own loans", "[kiosk][db]")
{
    lend(siti, QStringLiteral("KIO-001"));
    lend(siti, QStringLiteral("KIO-002"));
    lend(budi, QStringLiteral("KIO-003"));
    auto k = session();
    k->start();
    REQUIRE_OK(k->signIn(siti.cardNumber, sitiPin));
    clock.advanceMs(5LL * 86400000);
    const RenewOutcome one = k->renew(QStringLiteral("KIO-001"));
    INFO(one.message);
    CHECK(one.outcome == Verdict::Done);
    // Budi's loan is not hers to renew.
    const RenewOutcome notHers = k->renew(QStringLiteral("KIO-003"));
    CHECK(notHers.outcome == Verdict::Refused);
    CHECK(notHers.code == QStringLiteral("circulation.not_own_account"));
    const QList<RenewOutcome> all = k->renewAll();
    REQUIRE(all.size() == 2);
    for (const RenewOutcome &o : all)
        CHECK(o.outcome == Verdict::Done);
}

TEST_CASE_METHOD(KioskFixture, "kiosk: the idle timeout warns, then ends the patron's session", "[kiosk][db]")
{
    KioskOptions o = options();
    o.idleMs = 150;
    o.idleWarningMs = 200;
    auto k = session(o);
    k->start();
    QSignalSpy warned(k.get(), &KioskSession::idleWarning);
    QSignalSpy wiped(k.get(), &KioskSession::wiped);
    REQUIRE_OK(k->signIn(siti.cardNumber, sitiPin));
    k->beginInteraction();
    // Activity keeps it alive.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(60);
        k->noteActivity();
    }
    CHECK(warned.isEmpty());
    CHECK(k->signedIn());
    REQUIRE(waitFor([&] { return !warned.isEmpty(); }, 2000));
    CHECK(k->idleWarningShown());
    REQUIRE(waitFor([&] { return !wiped.isEmpty(); }, 2000));
    CHECK_FALSE(k->signedIn());
    CHECK(k->patron().card.isEmpty());
    CHECK_FALSE(k->interacting());
}

TEST_CASE_METHOD(KioskFixture, "kiosk: a return while the library is unreachable is queued, then applied exactly once",
                 "[kiosk][db]")
{
    lend(siti, QStringLiteral("KIO-001"));
    auto k = session();
    k->start();
    REQUIRE(k->online());
    QSignalSpy replayed(k.get(), &KioskSession::replayed);

    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return !k->online(); }));
    CHECK_FALSE(k->link().problem().isEmpty());

    const ReturnOutcome r = k->returnItem(QStringLiteral("KIO-001"));
    INFO(r.message);
    REQUIRE(r.outcome == Verdict::Queued);
    CHECK(k->pendingCount() == 1);
    // Nothing else works offline, and says so.
    CHECK(k->signIn(budi.cardNumber, budiPin).error().code == QStringLiteral("kiosk.offline"));
    // The queue is on disk, in its own file.
    {
        auto reopened = OfflineQueue::open(queuePath());
        REQUIRE_OK(reopened);
        CHECK(*(*reopened)->pendingCount() == 1);
    }

    out.end();
    REQUIRE(waitFor([&] { return k->online() && k->pendingCount() == 0; }));
    REQUIRE(replayed.size() >= 1);
    const auto lines = replayed.last().first().value<QList<ReplayLine>>();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().result == ReplayLine::Result::Applied);
    CHECK(lines.first().request.offline);
    CHECK(openLoanOf(QStringLiteral("KIO-001")) == 0);
    const QString requestId = lines.first().request.requestId;
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM request_keys WHERE request_id = ?"), {requestId}) == 1);
    CHECK(ops(QStringLiteral("checkin")) == 1);

    // Sent again (as a kiosk that died before noting the result would): refused as already applied.
    Circulation::Loans direct(*kioskCore);
    Caller replay = kioskCaller();
    replay.requestId = requestId;
    auto repeat = direct.checkin(replay, QStringLiteral("KIO-001"));
    REQUIRE_FALSE(repeat.ok());
    CHECK(repeat.error().code == QStringLiteral("core.already_applied"));
    CHECK(ops(QStringLiteral("checkin")) == 1);
    requireInvariants();
}

TEST_CASE_METHOD(KioskFixture, "kiosk: a return the library applied but the kiosk never heard of is not applied twice",
                 "[kiosk][db]")
{
    lend(siti, QStringLiteral("KIO-002"));
    auto k = session();
    k->start();
    // The kiosk accepted the return offline...
    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return !k->online(); }));
    REQUIRE(k->returnItem(QStringLiteral("KIO-002")).outcome == Verdict::Queued);
    auto pending = k->queue().pending();
    REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    const QueuedRequest request = pending->first();
    out.end();
    // ...and, before it could note the result, the library applied it (the answer was lost).
    Circulation::Loans direct(core);
    Caller first = kioskCaller();
    first.requestId = request.requestId;
    REQUIRE_OK(direct.checkin(first, QStringLiteral("KIO-002")));
    REQUIRE(openLoanOf(QStringLiteral("KIO-002")) == 0);
    // The replay finds it applied and says so; nothing happens twice.
    REQUIRE(waitFor([&] { return k->pendingCount() == 0; }));
    auto settled = k->queue().get(request.id);
    REQUIRE_OK(settled);
    CHECK(settled->state == QueuedRequest::State::AlreadyApplied);
    CHECK(settled->operationId > 0);
    CHECK(ops(QStringLiteral("checkin")) == 1);
    CHECK(ops(QStringLiteral("checkin"), QStringLiteral("refused")) == 1);
    requireInvariants();
}

TEST_CASE_METHOD(KioskFixture, "kiosk: a queued return that the library refuses is reported with its reason", "[kiosk][db]")
{
    auto k = session();
    k->start();
    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return !k->online(); }));
    REQUIRE(k->returnItem(QStringLiteral("NO-SUCH-ITEM")).outcome == Verdict::Queued);
    out.end();
    REQUIRE(waitFor([&] { return k->online() && k->pendingCount() == 0; }));
    auto report = k->queueReport();
    REQUIRE_OK(report);
    REQUIRE(report->size() == 1);
    CHECK(report->first().state == QueuedRequest::State::Refused);
    CHECK(report->first().resultCode == QStringLiteral("circulation.unknown_item"));
    CHECK_FALSE(report->first().resultMessage.isEmpty());
}

TEST_CASE_METHOD(KioskFixture, "kiosk: borrowing offline only where the library allows it, the PIN is checked at replay",
                 "[kiosk][db]")
{
    // A PIN of six digits, to look for it in the queue file's bytes.
    const QString pin = QStringLiteral("739164");
    REQUIRE_OK(patrons.setPin(admin, siti.cardNumber, pin));
    auto k = session();
    k->start();
    CHECK_FALSE(k->offlineCheckoutAllowed());
    // A librarian may not change it; a supervisor may, and it is a recorded change.
    auto staff = k->staffSignIn(librarianAccount.username, kStaffPassword);
    REQUIRE_OK(staff);
    Status forbidden = k->setOfflineCheckout(*staff, true);
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));
    auto boss = k->staffSignIn(supervisorAccount.username, kStaffPassword);
    REQUIRE_OK(boss);
    REQUIRE_OK(k->setOfflineCheckout(*boss, true));
    CHECK(k->offlineCheckoutAllowed());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity_key = 'kiosk.offline_checkout'")) == 1);

    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return !k->online(); }));
    // Siti with her PIN, Budi with a wrong one: both accepted offline (the PIN cannot be checked here).
    REQUIRE_OK(k->signIn(siti.cardNumber, pin));
    CHECK(k->patron().offline);
    CHECK(k->borrow(QStringLiteral("KIO-001")).outcome == Verdict::Queued);
    CHECK(k->borrow(QStringLiteral("KIO-002")).outcome == Verdict::Queued);
    CHECK(k->renew(QStringLiteral("KIO-001")).code == QStringLiteral("kiosk.offline"));
    CHECK_FALSE(k->account().ok());
    k->signOut();
    REQUIRE_OK(k->signIn(budi.cardNumber, QStringLiteral("9999")));
    CHECK(k->borrow(QStringLiteral("KIO-003")).outcome == Verdict::Queued);
    k->signOut();
    CHECK(k->pendingCount() == 3);
    // The queue keeps the PINs sealed to the library's key: its file and journal hold no PIN.
    QByteArray raw;
    for (const QString &f : QStringList{queuePath(), queuePath() + QStringLiteral("-wal")}) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            raw += file.readAll();
    }
    CHECK(raw.size() > 0);
    CHECK_FALSE(raw.contains(pin.toUtf8()));
    CHECK_FALSE(raw.contains(QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2)));
    out.end();

    REQUIRE(waitFor([&] { return k->online() && k->pendingCount() == 0; }));
    CHECK(openLoansOf(siti) == 2);
    CHECK(openLoansOf(budi) == 0);
    auto report = k->queueReport();
    REQUIRE_OK(report);
    REQUIRE(report->size() == 3);
    CHECK(report->at(0).state == QueuedRequest::State::Refused); // Budi's, newest first
    CHECK(report->at(0).resultCode == QStringLiteral("circulation.bad_pin"));
    CHECK(report->at(1).state == QueuedRequest::State::Applied);
    CHECK(report->at(2).state == QueuedRequest::State::Applied);
    // The sealed PINs are gone from the kiosk.
    for (const QueuedRequest &r : *report)
        CHECK(k->queue().sealedPinOf(r.id)->isEmpty());
    // Loans recorded as the patron's, on channel kiosk.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkout' AND outcome = 'ok' AND channel = "
                               "'kiosk' AND actor = ?"),
                {QString(QStringLiteral("patron:") + siti.cardNumber)})
          == 2);
    requireInvariants();
}

TEST_CASE_METHOD(KioskFixture, "kiosk: staff sign-in refuses kiosk accounts and wrong passwords", "[kiosk][db]")
{
    auto k = session();
    k->start();
    auto kioskSelf = k->staffSignIn(QStringLiteral("kiosk1"), kKioskPassword);
    REQUIRE_FALSE(kioskSelf.ok());
    CHECK(kioskSelf.error().code == QStringLiteral("kiosk.not_staff"));
    auto wrong = k->staffSignIn(librarianAccount.username, QStringLiteral("wrong-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("auth.bad_credentials"));
    REQUIRE_OK(k->staffSignIn(librarianAccount.username, kStaffPassword));
}

TEST_CASE_METHOD(KioskFixture, "kiosk: heartbeats let the supervisor see the kiosk, and stop while it is cut off", "[kiosk][db]")
{
    const QString token = stationToken();
    auto heartbeats = [&] {
        return count(QStringLiteral("SELECT COUNT(*) FROM heartbeats h JOIN stations s ON s.id = h.station_id WHERE s.code = 'kiosk-1'"));
    };
    KioskOptions o = options();
    o.stationToken = token;
    o.heartbeatSeconds = 1;
    auto k = session(o);
    k->start();
    REQUIRE(waitFor([&] { return heartbeats() >= 1; }));
    CHECK(k->heartbeatProblem().isEmpty());

    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return !k->online(); }));
    CHECK_FALSE(k->heartbeatProblem().isEmpty());
    out.end();
    const qint64 before = heartbeats();
    REQUIRE(waitFor([&] {
        clock.advanceMs(500); // heartbeats are keyed by their instant
        return k->online() && heartbeats() > before;
    }));

    // A kiosk without a registered station says why the supervisor does not see it.
    KioskOptions none = options();
    none.heartbeats = false;
    auto anonymous = session(none);
    anonymous->start();
    CHECK(anonymous->heartbeatProblem().contains(QStringLiteral("station")));
}

TEST_CASE_METHOD(KioskFixture, "kiosk: staff sign-in is rate-limited and never locks a staff account", "[kiosk][db]")
{
    auto k = session();
    k->start();
    // Someone at the kiosk tries passwords for the librarian, well past the account's lockout.
    int tries = 0, waits = 0;
    for (int i = 0; i < StaffDirectory::kMaxFailedLogins + 3; ++i) {
        auto wrong = k->staffSignIn(librarianAccount.username, QStringLiteral("guess-%1").arg(i));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QStringLiteral("auth.bad_credentials"));
        ++tries;
        // After three, the next try right away is not even checked: wait, growing.
        if (tries >= Kiosk::StaffThrottle::kFreeFailures) {
            auto rushed = k->staffSignIn(librarianAccount.username, kStaffPassword);
            REQUIRE_FALSE(rushed.ok());
            CHECK(rushed.error().code == QStringLiteral("kiosk.staff_wait"));
            const int wait = rushed.error().details.value(QStringLiteral("retry_after_s")).toInt();
            CHECK(wait == Kiosk::StaffThrottle::delayAfter(tries));
            CHECK(wait > waits);
            waits = wait;
            clock.advanceMs(qint64(wait) * 1000);
        }
    }
    // The tries were recorded, but none counted towards the account's lockout: the librarian
    // signs in at the desk and, after the wait, at the kiosk.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'staff.login_kiosk' AND "
                               "error_code = 'auth.bad_credentials'"))
          == tries);
    Caller desk;
    desk.channel = Channel::Desk;
    desk.actor = QStringLiteral("station:desk-1");
    REQUIRE_OK(StaffDirectory(core).authenticate(desk, librarianAccount.username, kStaffPassword));
    REQUIRE_OK(k->staffSignIn(librarianAccount.username, kStaffPassword));
    // A right sign-in ends the wait.
    REQUIRE_FALSE(k->staffSignIn(librarianAccount.username, QStringLiteral("x")).ok());
    CHECK(k->staffSignIn(librarianAccount.username, kStaffPassword).ok());
}
