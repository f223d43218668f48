#include "CirculationFixture.h"

#include <latch>
#include <thread>

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

TEST_CASE_METHOD(CirculationFixture, "placing holds: refusals by rule and by state, and nothing written", "[db][circulation][holds]")
{
    const Patron p = patron(QStringLiteral("Maya"));
    const qint64 bib = record(QStringLiteral("Saman"));
    item(QStringLiteral("HP-1"), bib);
    const qint64 empty = record(QStringLiteral("Only a reference copy"));
    item(QStringLiteral("HP-REF"), empty, 0, QStringLiteral("reference"));
    Holds::Request req;
    req.card = p.cardNumber;
    req.recordId = bib;
    QString expected;
    SECTION("holds not allowed by rule")
    {
        REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("ADULT"), QStringLiteral("book"), {{QStringLiteral("holds_allowed"), QStringLiteral("no")}}));
        expected = QStringLiteral("circulation.holds_not_allowed");
    }
    SECTION("too many holds")
    {
        REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("max_holds"), QStringLiteral("0")}}));
        expected = QStringLiteral("circulation.too_many_holds");
    }
    SECTION("already on hold")
    {
        REQUIRE_OK(holds.place(librarian, req));
        expected = QStringLiteral("circulation.already_on_hold");
    }
    SECTION("already borrowed")
    {
        REQUIRE_OK(loans.checkout(librarian, p.cardNumber, QStringLiteral("HP-1")));
        expected = QStringLiteral("circulation.already_borrowed");
    }
    SECTION("no copy that can be lent")
    {
        req.recordId = empty;
        expected = QStringLiteral("circulation.no_holdable_items");
    }
    SECTION("unknown record")
    {
        req.recordId = 987654;
        expected = QStringLiteral("circulation.unknown_record");
    }
    SECTION("unknown pickup branch")
    {
        req.pickupBranch = QStringLiteral("SOUTH");
        expected = QStringLiteral("circulation.unknown_branch");
    }
    SECTION("blocked patron")
    {
        REQUIRE_OK(patrons.block(librarian, p.cardNumber, QStringLiteral("test")));
        expected = QStringLiteral("circulation.patron_blocked");
    }
    SECTION("a date in the past")
    {
        req.notAfter = QDate(2026, 3, 1);
        expected = QStringLiteral("circulation.bad_date");
    }
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM holds"));
    auto r = holds.place(librarian, req);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isRefusal());
    CHECK(r.error().code == expected);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM holds")) == before);
}

TEST_CASE_METHOD(CirculationFixture, "cancelling a ready hold passes the copy on, expiry ends uncollected holds", "[db][circulation][holds]")
{
    const qint64 bib = record(QStringLiteral("Gadis Pantai"));
    item(QStringLiteral("X-1"), bib);
    const Patron a = patron(QStringLiteral("First"));
    const Patron b = patron(QStringLiteral("Second"));
    const Patron c = patron(QStringLiteral("Third"));
    for (const Patron &p : {a, b, c}) {
        Holds::Request req;
        req.card = p.cardNumber;
        req.recordId = bib;
        REQUIRE_OK(holds.place(librarian, req));
        clock.advanceMs(1000);
    }
    // The copy is on the shelf: checking it in (as after pulling it) traps it for the first.
    auto trapped = loans.checkin(librarian, QStringLiteral("X-1"));
    REQUIRE_OK(trapped);
    REQUIRE(trapped->hold.has_value());
    CHECK(trapped->hold->cardNumber == a.cardNumber);

    // The first cancels (at the kiosk, their own hold): the copy goes to the second.
    Caller self = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    self.patronId = b.id;
    CHECK(holds.cancel(self, trapped->hold->id).error().code == QStringLiteral("circulation.not_own_account"));
    self.patronId = a.id;
    auto cancelled = holds.cancel(self, trapped->hold->id);
    REQUIRE_OK(cancelled);
    CHECK(cancelled->status == QStringLiteral("cancelled"));
    CHECK(holds.cancel(librarian, trapped->hold->id).error().code == QStringLiteral("circulation.hold_closed"));
    auto shelf = holds.shelf(librarian, QStringLiteral("MAIN"));
    REQUIRE_OK(shelf);
    REQUIRE(shelf->size() == 1);
    CHECK(shelf->first().cardNumber == b.cardNumber);
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = 'X-1'")) == QStringLiteral("on_hold_shelf"));

    // The second never comes: after the pickup days the hold expires and the third gets the copy.
    at(QDate(2026, 3, 9), QTime(12, 0));
    auto none = holds.expire(librarian);
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
    at(QDate(2026, 3, 10), QTime(8, 0));
    auto expired = holds.expire(librarian);
    REQUIRE_OK(expired);
    REQUIRE(expired->size() == 1);
    CHECK(expired->first().cardNumber == b.cardNumber);
    CHECK(expired->first().status == QStringLiteral("expired"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'hold_expired' AND patron_id = ?"), {b.id}) == 1);
    auto next = holds.ofPatron(librarian, c.cardNumber);
    REQUIRE_OK(next);
    REQUIRE(next->size() == 1);
    CHECK(next->first().status == QStringLiteral("ready"));
    CHECK(holds.cancel(librarian, 424242).error().code == QStringLiteral("circulation.unknown_hold"));
}

TEST_CASE_METHOD(CirculationFixture, "payments: partial, exact, never below zero, waivers need the right", "[db][circulation][fees]")
{
    const Patron p = patron(QStringLiteral("Hendra"));
    auto f1 = fees.charge(librarian, p.cardNumber, 3000, QStringLiteral("Torn page"));
    REQUIRE_OK(f1);
    clock.advanceMs(1000);
    auto f2 = fees.charge(librarian, p.cardNumber, 5000, QStringLiteral("Lost bookmark"));
    REQUIRE_OK(f2);

    // A partial payment goes to the oldest fee first.
    auto r = fees.pay(librarian, p.cardNumber, 4000, QStringLiteral("cash"), QStringLiteral("first instalment"));
    REQUIRE_OK(r);
    CHECK(r->amount == 4000);
    CHECK(r->receivedBy == QStringLiteral("staff:pustakawan"));
    REQUIRE(r->allocations.size() == 2);
    CHECK(r->allocations[0].feeId == f1->id);
    CHECK(r->allocations[0].amount == 3000);
    CHECK(r->allocations[0].balanceAfter == 0);
    CHECK(r->allocations[1].amount == 1000);
    CHECK(r->balanceAfter == 4000);
    CHECK(r->toText().contains(QStringLiteral("Rp 4.000")));

    const qint64 paymentsBefore = count(QStringLiteral("SELECT COUNT(*) FROM payments"));
    CHECK(fees.pay(librarian, p.cardNumber, 4001).error().code == QStringLiteral("circulation.overpayment"));
    CHECK(fees.pay(librarian, p.cardNumber, 0).error().code == QStringLiteral("circulation.bad_amount"));
    CHECK(fees.pay(librarian, p.cardNumber, -500).error().code == QStringLiteral("circulation.bad_amount"));
    CHECK(fees.pay(librarian, p.cardNumber, 100, QStringLiteral("cash"), {}, f1->id).error().code == QStringLiteral("circulation.nothing_owed"));
    CHECK(fees.charge(librarian, p.cardNumber, -1, QStringLiteral("x")).error().code == QStringLiteral("circulation.bad_amount"));
    // A waiver needs fees.waive (a librarian has not) and a reason.
    CHECK(fees.waive(librarian, p.cardNumber, 1000, QStringLiteral("goodwill")).error().code == QStringLiteral("core.forbidden"));
    CHECK(fees.waive(supervisor, p.cardNumber, 1000, QString()).error().code == QStringLiteral("circulation.reason_required"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM payments")) == paymentsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees WHERE balance < 0")) == 0);

    auto w = fees.waive(supervisor, p.cardNumber, 1000, QStringLiteral("Long-standing member"), f2->id);
    REQUIRE_OK(w);
    CHECK(w->kind == QStringLiteral("waiver"));
    CHECK(w->balanceAfter == 3000);
    auto rest = fees.pay(librarian, p.cardNumber, 3000);
    REQUIRE_OK(rest);
    CHECK(rest->balanceAfter == 0);
    CHECK(fees.pay(librarian, p.cardNumber, 1).error().code == QStringLiteral("circulation.nothing_owed"));
    auto st = fees.statement(librarian, p.cardNumber, true);
    REQUIRE_OK(st);
    CHECK(st->fees.size() == 2);
    CHECK(st->balance == 0);
    auto again = fees.receipt(librarian, r->id);
    REQUIRE_OK(again);
    CHECK(again->amount == 4000);
    CHECK(again->receivedBy == QStringLiteral("staff:pustakawan"));
    // Every payment row belongs to a fees operation.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM payments pm JOIN operations o ON o.id = pm.created_op WHERE o.service = 'fees'")) == 3);
}

TEST_CASE("amounts are parsed as whole rupiah", "[circulation][fees]")
{
    CHECK(*Fees::parseAmount(QStringLiteral("5000")) == 5000);
    CHECK(*Fees::parseAmount(QStringLiteral("5.000")) == 5000);
    CHECK(*Fees::parseAmount(QStringLiteral("Rp 12.500")) == 12500);
    CHECK(*Fees::parseAmount(QStringLiteral("1.000.000")) == 1000000);
    for (const char *bad : {"-5000", "0", "12.5", "5,000", "abc", "", "1.00", "1e3", "99999999999999999999"}) {
        INFO(bad);
        auto r = Fees::parseAmount(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("circulation.bad_amount"));
    }
}

TEST_CASE_METHOD(CirculationFixture, "two desks taking the same debt at once: one payment, balance zero", "[db][circulation][fees][concurrency]")
{
    const Patron p = patron(QStringLiteral("Debtor"));
    REQUIRE_OK(fees.charge(librarian, p.cardNumber, 7000, QStringLiteral("Damage")));
    for (int round = 0; round < 4; ++round) {
        if (round > 0)
            REQUIRE_OK(fees.charge(librarian, p.cardNumber, 7000, QStringLiteral("Damage")));
        std::latch start(2);
        bool ok[2] = {false, false};
        QString codes[2];
        auto desk = [&](int n) {
            auto other = tdb.openAnother();
            ServiceCore deskCore(other, clock);
            Fees deskFees(deskCore);
            start.arrive_and_wait();
            auto r = deskFees.pay(librarian, p.cardNumber, 7000);
            ok[n] = r.ok();
            codes[n] = r.ok() ? QString() : r.error().code;
            other->releaseThreadConnection();
        };
        std::thread t0(desk, 0), t1(desk, 1);
        t0.join();
        t1.join();
        CHECK(ok[0] != ok[1]);
        const QString loser = ok[0] ? codes[1] : codes[0];
        CHECK((loser == QStringLiteral("circulation.nothing_owed") || loser == QStringLiteral("circulation.overpayment")));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees WHERE balance <> 0")) == 0);
    }
    CHECK(count(QStringLiteral("SELECT CAST(SUM(amount) AS BIGINT) FROM payments")) == 4 * 7000);
    requireInvariants();
}

TEST_CASE_METHOD(CirculationFixture, "holds past their 'not needed after' date expire, and are skipped at checkin", "[db][circulation][holds]")
{
    const qint64 bib = record(QStringLiteral("Orang-Orang Biasa"));
    item(QStringLiteral("NA-1"), bib);
    const Patron borrower = patron(QStringLiteral("Borrower"));
    const Patron hurried = patron(QStringLiteral("In a hurry"));
    const Patron patient = patron(QStringLiteral("Patient"));
    const Patron other = patron(QStringLiteral("Other title"));
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("NA-1")));
    Holds::Request soon;
    soon.card = hurried.cardNumber;
    soon.recordId = bib;
    soon.notAfter = QDate(2026, 3, 4);
    REQUIRE_OK(holds.place(librarian, soon));
    clock.advanceMs(1000);
    Holds::Request later;
    later.card = patient.cardNumber;
    later.recordId = bib;
    REQUIRE_OK(holds.place(librarian, later));
    const qint64 bib2 = record(QStringLiteral("Another"));
    item(QStringLiteral("NA-2"), bib2);
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("NA-2")));
    Holds::Request expiring;
    expiring.card = other.cardNumber;
    expiring.recordId = bib2;
    expiring.notAfter = QDate(2026, 3, 3);
    auto e = holds.place(librarian, expiring);
    REQUIRE_OK(e);

    // Thursday 5 March: the first hold on NA-1 is past its date; the copy goes to the patient one.
    at(QDate(2026, 3, 5));
    auto back = loans.checkin(librarian, QStringLiteral("NA-1"));
    REQUIRE_OK(back);
    REQUIRE(back->hold.has_value());
    CHECK(back->hold->cardNumber == patient.cardNumber);
    CHECK(text(QStringLiteral("SELECT status FROM holds WHERE patron_id = ?"), {hurried.id}) == QStringLiteral("expired"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'hold_expired' AND patron_id = ?"), {hurried.id}) == 1);
    // The expiry run ends the other title's outdated waiting hold.
    auto expired = holds.expire(librarian);
    REQUIRE_OK(expired);
    REQUIRE(expired->size() == 1);
    CHECK(expired->first().id == e->id);
    CHECK(expired->first().status == QStringLiteral("expired"));
    requireInvariants();
}
