#include "CirculationFixture.h"

#include "circulation/CardNumber.h"

#include <latch>
#include <thread>

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

TEST_CASE_METHOD(CirculationFixture, "a checkout lends the item until the rule's due date", "[db][circulation][checkout]")
{
    const Patron p = patron(QStringLiteral("Siti"));
    const QString b = book(QStringLiteral("B0001"));
    auto r = loans.checkout(librarian, p.cardNumber, b);
    REQUIRE_OK(r);
    CHECK(r->loan.barcode == b);
    CHECK(r->loan.cardNumber == p.cardNumber);
    // 14 days from Monday 2 March is Monday 16 March (open), due at its end in Jakarta.
    CHECK(r->loan.dueDate == QDate(2026, 3, 16));
    CHECK(r->loan.dueAt == QDateTime(QDate(2026, 3, 17), QTime(0, 0), kJakarta).toMSecsSinceEpoch() - 1);
    CHECK(r->overridden.isEmpty());
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = ?"), {b}) == QStringLiteral("on_loan"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND operation = 'checkout' AND "
                               "outcome = 'ok' AND channel = 'desk' AND actor = 'staff:pustakawan' AND subject = ?"),
                {b})
          == 1);
    // The loan row carries the operation that made it.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN operations o ON o.id = l.created_op WHERE o.operation = 'checkout'")) == 1);
    // A scanned card with spaces and lower case is the same card.
    const QString c = book(QStringLiteral("B0002"));
    QString typed = p.cardNumber.toLower();
    typed.insert(3, QLatin1Char(' '));
    REQUIRE_OK(loans.checkout(librarian, typed, c));
}

TEST_CASE_METHOD(CirculationFixture, "due dates through checkout follow the rule's mode and the branch calendar", "[db][circulation][checkout][duedate]")
{
    // A holiday on Wednesday 4 March; loans of 3 days from Monday 2 March.
    REQUIRE_OK(calendars.addHoliday(admin, QStringLiteral("library"), QDate(2026, 3, 4), false, QStringLiteral("Nyepi")));
    REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("loan_period"), QStringLiteral("3")}}));
    const Patron p = patron(QStringLiteral("Dimas"));
    struct Case {
        const char *mode;
        QDate due3;
        QDate due2; // two days: due on the holiday itself
        QDate due6; // six days: due on Sunday
    };
    for (const Case &cs : {Case{"days", QDate(2026, 3, 5), QDate(2026, 3, 4), QDate(2026, 3, 8)},
                           Case{"next_open", QDate(2026, 3, 5), QDate(2026, 3, 5), QDate(2026, 3, 9)},
                           Case{"skip_closed", QDate(2026, 3, 6), QDate(2026, 3, 5), QDate(2026, 3, 10)}}) {
        INFO(cs.mode);
        REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                            {{QStringLiteral("due_mode"), QString::fromLatin1(cs.mode)}}));
        for (const auto &[days, expected] : {std::pair{3, cs.due3}, std::pair{2, cs.due2}, std::pair{6, cs.due6}}) {
            REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                                {{QStringLiteral("loan_period"), QString::number(days)}}));
            const QString b = book(QStringLiteral("D-%1-%2").arg(QString::fromLatin1(cs.mode)).arg(days));
            auto r = loans.checkout(librarian, p.cardNumber, b);
            REQUIRE_OK(r);
            CHECK(r->loan.dueDate == expected);
            REQUIRE_OK(loans.checkin(librarian, b));
        }
    }
    // A branch on its own calendar: NORTH is closed on Thursdays, so a 3-day loan there is pushed to Friday.
    REQUIRE_OK(calendars.create(admin, QStringLiteral("north"), {}, {}, QStringLiteral("library")));
    REQUIRE_OK(calendars.setHours(admin, QStringLiteral("north"), 4, {}));
    REQUIRE_OK(calendars.assign(admin, QStringLiteral("NORTH"), QStringLiteral("north")));
    REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                        {{QStringLiteral("due_mode"), QStringLiteral("next_open")}, {QStringLiteral("loan_period"), QStringLiteral("3")}}));
    const QString n = book(QStringLiteral("N-1"), QStringLiteral("Ronggeng Dukuh Paruk"), northBranch);
    auto r = loans.checkout(librarian, p.cardNumber, n);
    REQUIRE_OK(r);
    CHECK(r->loan.dueDate == QDate(2026, 3, 6));
    // Hour loans.
    REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("av"),
                        {{QStringLiteral("loan_unit"), QStringLiteral("hours")}, {QStringLiteral("loan_period"), QStringLiteral("4")}}));
    const QString dvd = book(QStringLiteral("AV-1"), QStringLiteral("Film"), 0, QStringLiteral("av"));
    auto h = loans.checkout(librarian, p.cardNumber, dvd);
    REQUIRE_OK(h);
    CHECK(h->loan.dueAt == QDateTime(QDate(2026, 3, 2), QTime(14, 0), kJakarta).toMSecsSinceEpoch());
}

TEST_CASE_METHOD(CirculationFixture, "every checkout refusal reason, and nothing changes", "[db][circulation][checkout][refusal]")
{
    Patron p = patron(QStringLiteral("Wahyu"));
    const QString b = book(QStringLiteral("R-1"), QStringLiteral("Bumi Manusia"));
    const qint64 loansBefore = count(QStringLiteral("SELECT COUNT(*) FROM loans"));
    QString card = p.cardNumber;
    QString barcode = b;
    QString expected;
    bool overridable = false;

    SECTION("expired card")
    {
        at(QDate(2027, 3, 3));
        expected = QStringLiteral("circulation.card_expired");
        overridable = true;
    }
    SECTION("blocked patron")
    {
        REQUIRE_OK(patrons.block(librarian, card, QStringLiteral("Unpaid damage")));
        expected = QStringLiteral("circulation.patron_blocked");
    }
    SECTION("patron who left")
    {
        PatronInput left;
        left.status = QStringLiteral("left");
        REQUIRE_OK(patrons.edit(librarian, card, left));
        expected = QStringLiteral("circulation.patron_left");
    }
    SECTION("debt over the limit")
    {
        REQUIRE_OK(fees.charge(librarian, card, 10001, QStringLiteral("Damaged cover")));
        expected = QStringLiteral("circulation.debt_over_limit");
        overridable = true;
    }
    SECTION("overdue items")
    {
        const QString other = book(QStringLiteral("R-2"));
        REQUIRE_OK(loans.checkout(librarian, card, other));
        at(QDate(2026, 3, 20));
        expected = QStringLiteral("circulation.overdue_items");
        overridable = true;
    }
    SECTION("too many loans")
    {
        REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("ADULT"), QStringLiteral("*"), {{QStringLiteral("max_loans"), QStringLiteral("1")}}));
        REQUIRE_OK(loans.checkout(librarian, card, book(QStringLiteral("R-3"))));
        expected = QStringLiteral("circulation.too_many_loans");
        overridable = true;
    }
    SECTION("item not loanable")
    {
        barcode = book(QStringLiteral("REF-1"), QStringLiteral("Kamus Besar Bahasa Indonesia"), 0, QStringLiteral("reference"));
        expected = QStringLiteral("circulation.item_not_loanable");
        overridable = true;
    }
    SECTION("item on hold for someone else")
    {
        const Patron other = patron(QStringLiteral("Fitri"));
        Holds::Request req;
        req.card = other.cardNumber;
        req.barcode = b;
        REQUIRE_OK(holds.place(librarian, req));
        expected = QStringLiteral("circulation.item_on_hold");
        overridable = true;
    }
    SECTION("item already on loan")
    {
        const Patron other = patron(QStringLiteral("Yusuf"));
        REQUIRE_OK(loans.checkout(librarian, other.cardNumber, b));
        expected = QStringLiteral("circulation.item_on_loan");
    }
    SECTION("item withdrawn")
    {
        insert(QStringLiteral("UPDATE items SET status = 'withdrawn', updated_op = ? WHERE barcode = 'R-1' AND ? > 0"), {});
        expected = QStringLiteral("circulation.item_withdrawn");
    }
    SECTION("item recorded as missing")
    {
        insert(QStringLiteral("UPDATE items SET status = 'missing', updated_op = ? WHERE barcode = 'R-1' AND ? > 0"), {});
        expected = QStringLiteral("circulation.item_unavailable");
        overridable = true;
    }
    SECTION("unknown patron")
    {
        card = CardNumber::make(QStringLiteral("AKS"), 777);
        expected = QStringLiteral("circulation.unknown_patron");
    }
    SECTION("mistyped card")
    {
        card = p.cardNumber.left(p.cardNumber.size() - 1) + QString::number((p.cardNumber.right(1).toInt() + 1) % 10);
        expected = QStringLiteral("circulation.bad_card_number");
    }
    SECTION("replaced card")
    {
        REQUIRE_OK(patrons.replaceCard(librarian, card, QStringLiteral("lost")));
        expected = QStringLiteral("circulation.card_replaced");
    }
    SECTION("unknown item")
    {
        barcode = QStringLiteral("NO-SUCH-ITEM");
        expected = QStringLiteral("circulation.unknown_item");
    }

    const qint64 loansNow = count(QStringLiteral("SELECT COUNT(*) FROM loans"));
    const QString statusBefore = text(QStringLiteral("SELECT status FROM items WHERE barcode = ?"), {barcode});
    auto r = loans.checkout(librarian, card, barcode);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isRefusal());
    CHECK(r.error().code == expected);
    CHECK_FALSE(r.error().message.isEmpty());
    if (!r.error().details.isEmpty()) {
        CHECK(reasonCodes(r.error()).contains(expected));
        CHECK(r.error().details.value(QStringLiteral("needs_confirmation")).toBool() == overridable);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans")) == loansNow);
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = ?"), {barcode}) == statusBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'refused' AND error_code = ?"),
                {expected})
          == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(loansNow >= loansBefore);
}

TEST_CASE_METHOD(CirculationFixture, "overriding needs the right and a reason, and is recorded with who and why", "[db][circulation][checkout][override]")
{
    const Patron p = patron(QStringLiteral("Gilang"));
    at(QDate(2027, 3, 10)); // the card expired on 2 March 2027
    REQUIRE_OK(fees.charge(admin, p.cardNumber, 20000, QStringLiteral("Water damage")));
    const QString b = book(QStringLiteral("O-1"));

    // Refused with both reasons, asking for confirmation.
    auto plain = loans.checkout(supervisor, p.cardNumber, b);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().details.value(QStringLiteral("needs_confirmation")).toBool());
    CHECK(reasonCodes(plain.error()) == QStringList{QStringLiteral("circulation.card_expired"), QStringLiteral("circulation.debt_over_limit")});

    // A librarian cannot override.
    auto lib = loans.checkout(librarian, p.cardNumber, b, QStringLiteral("patron renews tomorrow"));
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == QStringLiteral("circulation.override_forbidden"));
    CHECK(reasonCodes(lib.error()).contains(QStringLiteral("circulation.card_expired")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans")) == 0);

    // A supervisor can, with a reason.
    auto ok = loans.checkout(supervisor, p.cardNumber, b, QStringLiteral("Researcher, card renewal in progress"));
    REQUIRE_OK(ok);
    CHECK(ok->overridden.size() == 2);
    CHECK(ok->overrideReason == QStringLiteral("Researcher, card renewal in progress"));
    auto q = db().exec(QStringLiteral("SELECT o.actor, o.reason, o.codes, o.action, op.operation, op.actor FROM circulation_overrides o "
                                      "JOIN operations op ON op.id = o.created_op WHERE o.loan_id = ?"),
                       {ok->loan.id});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("staff:kepala"));
    CHECK(q->value(1).toString() == QStringLiteral("Researcher, card renewal in progress"));
    CHECK(q->value(2).toString() == QStringLiteral("circulation.card_expired,circulation.debt_over_limit"));
    CHECK(q->value(3).toString() == QStringLiteral("checkout"));
    CHECK(q->value(4).toString() == QStringLiteral("checkout"));
    CHECK(q->value(5).toString() == QStringLiteral("staff:kepala"));
    q->finish();
    // The operation record carries the override too.
    auto rec = core.log().recent(1);
    REQUIRE_OK(rec);
    CHECK(rec->first().details.value(QStringLiteral("override")).toObject().value(QStringLiteral("reason")).toString()
          == QStringLiteral("Researcher, card renewal in progress"));

    // Hard reasons are not overridable, even by a supervisor.
    REQUIRE_OK(patrons.block(supervisor, p.cardNumber, QStringLiteral("Stop")));
    auto blocked = loans.checkout(supervisor, p.cardNumber, book(QStringLiteral("O-2")), QStringLiteral("please"));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == QStringLiteral("circulation.patron_blocked"));
    CHECK(blocked.error().details.value(QStringLiteral("needs_confirmation")).toBool() == false);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM circulation_overrides")) == 1);
}

TEST_CASE_METHOD(CirculationFixture, "self-service checkout only for the patron's own card", "[db][circulation][checkout]")
{
    const Patron a = patron(QStringLiteral("Ayu"));
    const Patron b = patron(QStringLiteral("Bayu"));
    Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    kiosk.patronId = a.id;
    REQUIRE_OK(loans.checkout(kiosk, a.cardNumber, book(QStringLiteral("K-1"))));
    CHECK(loans.checkout(kiosk, b.cardNumber, book(QStringLiteral("K-2"))).error().code == QStringLiteral("circulation.not_own_account"));
    // A kiosk can never override.
    const QString ref = book(QStringLiteral("K-3"), QStringLiteral("Atlas"), 0, QStringLiteral("reference"));
    CHECK(loans.checkout(kiosk, a.cardNumber, ref, QStringLiteral("I promise")).error().code == QStringLiteral("circulation.override_forbidden"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND channel = 'kiosk' AND outcome = 'ok'")) == 1);
}

TEST_CASE_METHOD(CirculationFixture, "two stations checking out the same item at once make one loan", "[db][circulation][checkout][concurrency]")
{
    const Patron a = patron(QStringLiteral("Station A patron"));
    const Patron b = patron(QStringLiteral("Station B patron"));
    QStringList items;
    for (int i = 0; i < 8; ++i)
        items << book(QStringLiteral("RACE-%1").arg(i));
    int wins = 0;
    for (const QString &barcode : std::as_const(items)) {
        std::latch start(2);
        Result<CheckoutResult> results[2] = {Error{}, Error{}};
        auto station = [&](int n) {
            auto other = tdb.openAnother();
            ServiceCore stationCore(other, clock);
            Loans stationLoans(stationCore);
            Caller c = Caller::staff(Channel::Desk, 10 + n, QStringLiteral("desk%1").arg(n), Role::Librarian, QStringLiteral("desk-%1").arg(n));
            start.arrive_and_wait();
            results[n] = stationLoans.checkout(c, n == 0 ? a.cardNumber : b.cardNumber, barcode);
            other->releaseThreadConnection();
        };
        std::thread t0(station, 0), t1(station, 1);
        t0.join();
        t1.join();
        INFO(barcode.toStdString());
        CHECK(results[0].ok() != results[1].ok());
        const Result<CheckoutResult> &loser = results[0].ok() ? results[1] : results[0];
        if (!loser.ok()) {
            CHECK(loser.error().isRefusal());
            CHECK(loser.error().code == QStringLiteral("circulation.item_on_loan"));
        }
        wins += (results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id WHERE i.barcode = ? AND "
                                   "l.returned_at IS NULL"),
                    {barcode})
              == 1);
    }
    CHECK(wins == items.size());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'checkout' AND outcome = 'refused'")) == items.size());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
    requireInvariants();
}
