#include "CirculationFixture.h"

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

TEST_CASE_METHOD(CirculationFixture, "checkin on time: no fee, item available", "[db][circulation][checkin]")
{
    const Patron p = patron(QStringLiteral("Indah"));
    const QString b = book(QStringLiteral("C-1"));
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, b));
    at(QDate(2026, 3, 16), QTime(16, 59)); // the due date
    auto r = loans.checkin(librarian, b);
    REQUIRE_OK(r);
    CHECK(r->wasOnLoan);
    CHECK_FALSE(r->fee.has_value());
    CHECK(r->itemStatus == QStringLiteral("available"));
    CHECK(r->transferTo.isEmpty());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at IS NOT NULL AND close_reason = 'returned'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees")) == 0);
    // Unknown item and unknown return branch are refused and change nothing.
    CHECK(loans.checkin(librarian, QStringLiteral("NOPE")).error().code == QStringLiteral("circulation.unknown_item"));
    CHECK(loans.checkin(librarian, QString()).error().code == QStringLiteral("circulation.unknown_item"));
    CHECK(loans.checkin(librarian, b, QStringLiteral("SOUTH")).error().code == QStringLiteral("circulation.unknown_branch"));
    // Checking in an item that is not on loan is harmless.
    auto again = loans.checkin(librarian, b);
    REQUIRE_OK(again);
    CHECK_FALSE(again->wasOnLoan);
    CHECK(again->itemStatus == QStringLiteral("available"));
}

TEST_CASE_METHOD(CirculationFixture, "overdue fees follow the rule and skip closed days where the library says so", "[db][circulation][checkin][fees]")
{
    // Due Monday 16 March; Nyepi on Thursday 19 March; returned Saturday 21 March:
    // Tue 17, Wed 18, Thu 19 (holiday), Fri 20, Sat 21 = 5 days, 4 of them open.
    REQUIRE_OK(calendars.addHoliday(admin, QStringLiteral("library"), QDate(2026, 3, 19), false, QStringLiteral("Nyepi")));
    const Patron p = patron(QStringLiteral("Teguh"));
    struct Case {
        const char *skip;
        const char *grace;
        const char *cap;
        qint64 fee;
        int days;
    };
    int n = 0;
    for (const Case &cs : {Case{"1", "0", "0", 2000, 4}, Case{"0", "0", "0", 2500, 5}, Case{"1", "4", "0", 0, 4},
                           Case{"1", "3", "0", 2000, 4}, Case{"0", "0", "1200", 1200, 5}}) {
        INFO("skip " << cs.skip << " grace " << cs.grace << " cap " << cs.cap);
        REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                            {{QStringLiteral("fees_skip_closed"), QString::fromLatin1(cs.skip)},
                             {QStringLiteral("grace_days"), QString::fromLatin1(cs.grace)},
                             {QStringLiteral("fee_cap"), QString::fromLatin1(cs.cap)}}));
        at(QDate(2026, 3, 2));
        const QString b = book(QStringLiteral("F-%1").arg(++n));
        REQUIRE_OK(loans.checkout(librarian, p.cardNumber, b));
        at(QDate(2026, 3, 21), QTime(11, 0));
        auto r = loans.checkin(librarian, b);
        REQUIRE_OK(r);
        if (cs.fee == 0) {
            CHECK_FALSE(r->fee.has_value());
        } else {
            REQUIRE(r->fee.has_value());
            CHECK(r->fee->amount == cs.fee);
            CHECK(r->fee->balance == cs.fee);
            CHECK(r->fee->days == cs.days);
            CHECK(r->fee->kind == QStringLiteral("overdue"));
            CHECK(r->fee->barcode == b);
        }
    }
    CHECK(count(QStringLiteral("SELECT CAST(SUM(amount) AS BIGINT) FROM fees WHERE kind = 'overdue'")) == 2000 + 2500 + 2000 + 1200);
    // The fee row is part of the checkin operation.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees f JOIN operations o ON o.id = f.created_op WHERE o.operation = 'checkin'")) == 4);
}

TEST_CASE_METHOD(CirculationFixture, "a return at another branch sends the item home in transit", "[db][circulation][checkin][transit]")
{
    const Patron p = patron(QStringLiteral("Wulan"));
    const QString b = book(QStringLiteral("T-1"));
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, b));
    auto r = loans.checkin(librarian, b, QStringLiteral("NORTH"));
    REQUIRE_OK(r);
    CHECK(r->itemStatus == QStringLiteral("in_transit"));
    CHECK(r->transferTo == QStringLiteral("MAIN"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM transfers WHERE reason = 'return' AND received_at IS NULL AND from_branch_id = ? "
                               "AND to_branch_id = ?"),
                {northBranch, mainBranch})
          == 1);
    CHECK(count(QStringLiteral("SELECT return_branch_id FROM loans")) == northBranch);
    // Scanned again at NORTH: still to be sent on.
    auto stillThere = loans.checkin(librarian, b, QStringLiteral("NORTH"));
    REQUIRE_OK(stillThere);
    CHECK(stillThere->itemStatus == QStringLiteral("in_transit"));
    CHECK(stillThere->transferTo == QStringLiteral("MAIN"));
    // Arrives home.
    auto home = loans.checkin(librarian, b, QStringLiteral("MAIN"));
    REQUIRE_OK(home);
    CHECK(home->itemStatus == QStringLiteral("available"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM transfers WHERE received_at IS NULL")) == 0);
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = ?"), {b}) == QStringLiteral("available"));
}

TEST_CASE_METHOD(CirculationFixture, "holds trap at checkin in queue order", "[db][circulation][checkin][holds]")
{
    const qint64 bib = record(QStringLiteral("Cantik Itu Luka"));
    item(QStringLiteral("H-1"), bib);
    item(QStringLiteral("H-2"), bib);
    const Patron borrower = patron(QStringLiteral("Borrower"));
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("H-1")));
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("H-2")));

    // Three patrons queue for the title, a minute apart; the second picks up at NORTH.
    QList<Patron> queue;
    for (int i = 0; i < 3; ++i) {
        queue << patron(QStringLiteral("Queue %1").arg(i + 1));
        Holds::Request req;
        req.card = queue.last().cardNumber;
        req.recordId = bib;
        req.pickupBranch = i == 1 ? QStringLiteral("NORTH") : QStringLiteral("MAIN");
        auto h = holds.place(librarian, req);
        REQUIRE_OK(h);
        CHECK(h->position == i + 1);
        CHECK(h->level == QStringLiteral("title"));
        clock.advanceMs(60000);
    }

    // The first copy back is trapped for the first in the queue, on the MAIN hold shelf.
    auto first = loans.checkin(librarian, QStringLiteral("H-1"));
    REQUIRE_OK(first);
    REQUIRE(first->hold.has_value());
    CHECK(first->hold->cardNumber == queue[0].cardNumber);
    CHECK(first->hold->status == QStringLiteral("ready"));
    CHECK(first->itemStatus == QStringLiteral("on_hold_shelf"));
    // Pickup by the end of today + 7 days (Monday 9 March, open).
    CHECK(localDate(first->hold->expiresAt) == QDate(2026, 3, 9));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'hold_ready' AND patron_id = ?"), {queue[0].id}) == 1);

    // The second copy goes to the second in the queue, who picks up at NORTH: in transit.
    auto second = loans.checkin(librarian, QStringLiteral("H-2"));
    REQUIRE_OK(second);
    REQUIRE(second->hold.has_value());
    CHECK(second->hold->cardNumber == queue[1].cardNumber);
    CHECK(second->hold->status == QStringLiteral("in_transit"));
    CHECK(second->itemStatus == QStringLiteral("in_transit"));
    CHECK(second->transferTo == QStringLiteral("NORTH"));
    // Nobody else may borrow it meanwhile.
    auto grab = loans.checkout(librarian, queue[2].cardNumber, QStringLiteral("H-2"));
    REQUIRE_FALSE(grab.ok());
    CHECK(grab.error().code == QStringLiteral("circulation.item_on_hold"));
    // It arrives at NORTH and is ready there.
    auto arrived = loans.checkin(librarian, QStringLiteral("H-2"), QStringLiteral("NORTH"));
    REQUIRE_OK(arrived);
    REQUIRE(arrived->hold.has_value());
    CHECK(arrived->hold->status == QStringLiteral("ready"));
    CHECK(arrived->itemStatus == QStringLiteral("on_hold_shelf"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'hold_ready' AND patron_id = ?"), {queue[1].id}) == 1);

    // The first patron collects: the hold is fulfilled.
    auto collect = loans.checkout(librarian, queue[0].cardNumber, QStringLiteral("H-1"));
    REQUIRE_OK(collect);
    CHECK(collect->fulfilledHoldId == first->hold->id);
    CHECK(text(QStringLiteral("SELECT status FROM holds WHERE id = ?"), {first->hold->id}) == QStringLiteral("fulfilled"));

    // The third patron's hold is still waiting, now first in the queue.
    auto q = holds.queue(librarian, bib);
    REQUIRE_OK(q);
    int waiting = 0;
    for (const Hold &h : std::as_const(*q)) {
        if (h.status == QStringLiteral("waiting")) {
            ++waiting;
            CHECK(h.cardNumber == queue[2].cardNumber);
            CHECK(h.position == 1);
        }
    }
    CHECK(waiting == 1);
    requireInvariants();
}

TEST_CASE_METHOD(CirculationFixture, "a copy-level hold takes that copy only, earlier holds come first", "[db][circulation][checkin][holds]")
{
    const qint64 bib = record(QStringLiteral("Negeri 5 Menara"));
    item(QStringLiteral("CP-1"), bib);
    item(QStringLiteral("CP-2"), bib);
    const Patron borrower = patron(QStringLiteral("Borrower"));
    const Patron copyFan = patron(QStringLiteral("Wants CP-2"));
    const Patron anyCopy = patron(QStringLiteral("Any copy"));
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("CP-1")));
    REQUIRE_OK(loans.checkout(librarian, borrower.cardNumber, QStringLiteral("CP-2")));
    Holds::Request copy;
    copy.card = copyFan.cardNumber;
    copy.barcode = QStringLiteral("CP-2");
    REQUIRE_OK(holds.place(librarian, copy));
    clock.advanceMs(1000);
    Holds::Request title;
    title.card = anyCopy.cardNumber;
    title.barcode = QStringLiteral("CP-2");
    title.anyCopy = true;
    auto t = holds.place(librarian, title);
    REQUIRE_OK(t);
    CHECK(t->level == QStringLiteral("title"));
    CHECK(t->position == 2);
    // CP-1 cannot fill the copy-level hold: it goes to the title-level hold behind it.
    auto r1 = loans.checkin(librarian, QStringLiteral("CP-1"));
    REQUIRE_OK(r1);
    REQUIRE(r1->hold.has_value());
    CHECK(r1->hold->cardNumber == anyCopy.cardNumber);
    auto r2 = loans.checkin(librarian, QStringLiteral("CP-2"));
    REQUIRE_OK(r2);
    REQUIRE(r2->hold.has_value());
    CHECK(r2->hold->cardNumber == copyFan.cardNumber);
    CHECK(r2->hold->level == QStringLiteral("copy"));
}

TEST_CASE_METHOD(CirculationFixture, "renewals: limits, holds, overdue fees and renew all", "[db][circulation][renew]")
{
    const Patron p = patron(QStringLiteral("Sri"));
    const QString b = book(QStringLiteral("RN-1"));
    const QString c = book(QStringLiteral("RN-2"), QStringLiteral("Ayat-Ayat Cinta"));
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, b));
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, c));

    // Before the due date: 14 more days from the due date (16 March → 30 March).
    auto r = loans.renew(librarian, b);
    REQUIRE_OK(r);
    CHECK(r->loan.renewals == 1);
    CHECK(r->loan.dueDate == QDate(2026, 3, 30));
    CHECK_FALSE(r->fee.has_value());
    r = loans.renew(librarian, b);
    REQUIRE_OK(r);
    CHECK(r->loan.dueDate == QDate(2026, 4, 13));
    auto third = loans.renew(librarian, b);
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == QStringLiteral("circulation.too_many_renewals"));
    CHECK(third.error().details.value(QStringLiteral("needs_confirmation")).toBool());
    // A supervisor may allow a third renewal.
    auto over = loans.renew(supervisor, b, QStringLiteral("Thesis deadline"));
    REQUIRE_OK(over);
    CHECK(over->loan.renewals == 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM circulation_overrides WHERE action = 'renewal'")) == 1);

    // Someone waiting for the title blocks the renewal of the only copy.
    const Patron waiting = patron(QStringLiteral("Waiting"));
    Holds::Request req;
    req.card = waiting.cardNumber;
    req.barcode = c;
    req.anyCopy = true;
    REQUIRE_OK(holds.place(librarian, req));
    CHECK(loans.renew(librarian, c).error().code == QStringLiteral("circulation.item_on_hold"));

    // Overdue renewal: the days so far are charged, the new period counts from today.
    const QString d = book(QStringLiteral("RN-3"), QStringLiteral("Perahu Kertas"));
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, d));
    at(QDate(2026, 3, 20)); // due 16 March: Tue 17 … Fri 20 = 4 open days
    auto late = loans.renew(librarian, d);
    REQUIRE_OK(late);
    REQUIRE(late->fee.has_value());
    CHECK(late->fee->amount == 2000);
    CHECK(late->loan.dueDate == QDate(2026, 4, 3));

    // Renew all: RN-1 is over its limit, RN-2 has a hold on it, RN-3 renews.
    auto all = loans.renewAll(librarian, p.cardNumber);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    int renewed = 0;
    for (const RenewAllLine &line : std::as_const(*all)) {
        if (line.renewed) {
            ++renewed;
            CHECK(line.barcode == d);
        } else {
            CHECK(line.error.isRefusal());
        }
    }
    CHECK(renewed == 1);
    // Nested operations: one record per renewal plus the outer one.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'renew_all' AND outcome = 'ok'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'renew' AND outcome = 'refused'")) >= 4);
    CHECK(loans.renew(librarian, book(QStringLiteral("RN-4"))).error().code == QStringLiteral("circulation.not_on_loan"));
    requireInvariants();
}

TEST_CASE_METHOD(CirculationFixture, "a lost item is charged, found again, its unpaid fee is written off", "[db][circulation][lost]")
{
    const Patron p = patron(QStringLiteral("Joko"));
    const qint64 bib = record(QStringLiteral("Max Havelaar"));
    item(QStringLiteral("L-1"), bib, 0, QStringLiteral("book"), 120000);
    REQUIRE_OK(loans.checkout(librarian, p.cardNumber, QStringLiteral("L-1")));
    auto fee = loans.markLost(librarian, QStringLiteral("L-1"));
    REQUIRE_OK(fee);
    CHECK(fee->kind == QStringLiteral("lost"));
    CHECK(fee->amount == 120000);
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = 'L-1'")) == QStringLiteral("lost"));
    CHECK(text(QStringLiteral("SELECT close_reason FROM loans")) == QStringLiteral("lost"));
    REQUIRE_OK(fees.pay(librarian, p.cardNumber, 20000));
    auto back = loans.checkin(librarian, QStringLiteral("L-1"));
    REQUIRE_OK(back);
    CHECK(back->itemStatus == QStringLiteral("available"));
    CHECK(count(QStringLiteral("SELECT balance FROM fees WHERE id = ?"), {fee->id}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'waiver' AND amount = 100000")) == 1);
    CHECK(loans.markLost(librarian, QStringLiteral("L-1")).error().code == QStringLiteral("circulation.not_on_loan"));
    requireInvariants();
}
