#include "CirculationFixture.h"

#include "circulation/CardNumber.h"

#include "core/Privacy.h"

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

namespace {
PatronInput person(const QString &name)
{
    PatronInput in;
    in.name = name;
    return in;
}
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

TEST_CASE_METHOD(CirculationFixture, "registering a patron gives a checked card number and the category's expiry", "[db][circulation][patron]")
{
    PatronInput in = person(QStringLiteral("  Siti Rahayu "));
    in.nik = QStringLiteral("6171015708850002");
    in.birthDate = QDate(1985, 8, 17);
    in.email = QStringLiteral("siti@example.id");
    in.phone = QStringLiteral("+62 812-3456-7890");
    in.photo = kPng;
    auto p = patrons.registerPatron(librarian, in);
    REQUIRE_OK(p);
    CHECK(p->name == QStringLiteral("Siti Rahayu"));
    CHECK(p->cardNumber == QStringLiteral("AKS00000018")); // prefix AKS, sequence 1, Luhn 8
    CHECK(CardNumber::validate(p->cardNumber).ok());
    // Defaults: the first branch and category; expiry = today + the category's 12 months.
    CHECK(p->homeBranchCode == QStringLiteral("MAIN"));
    CHECK(p->categoryCode == QStringLiteral("ADULT"));
    CHECK(p->registeredOn == QDate(2026, 3, 2));
    CHECK(p->expiresOn == QDate(2027, 3, 2));
    CHECK(p->hasPhoto);
    CHECK(p->status == QStringLiteral("active"));

    PatronInput kid = person(QStringLiteral("Budi"));
    kid.categoryCode = QStringLiteral("CHILD");
    kid.branchCode = QStringLiteral("NORTH");
    auto k = patrons.registerPatron(librarian, kid);
    REQUIRE_OK(k);
    CHECK(k->cardNumber == CardNumber::make(QStringLiteral("AKS"), 2));
    CHECK(k->expiresOn == QDate(2026, 9, 2));
    CHECK(k->homeBranchCode == QStringLiteral("NORTH"));

    // The record of the operation: membership service, subject the card's pseudonym (docs/privacy.md).
    auto logName = Privacy(db()).logNameOf(p->cardNumber);
    REQUIRE_OK(logName);
    CHECK(logName->startsWith(QStringLiteral("P-")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'membership' AND operation = 'patron.register' "
                               "AND outcome = 'ok' AND subject = ?"),
                {*logName})
          == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patron_cards WHERE patron_id = ? AND retired_at IS NULL"), {p->id}) == 1);

    // A configured prefix, and the library's default category.
    REQUIRE(core.run(admin, {Services::Administration, QStringLiteral("test.settings"), {}}, [](OperationContext &ctx) -> Status {
        for (const auto &[k, v] : {std::pair{QStringLiteral("card.prefix"), QStringLiteral("PRV")},
                                   std::pair{QStringLiteral("circulation.default_category"), QStringLiteral("CHILD")}}) {
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO settings (key, value, updated_op) VALUES (?, ?, ?) ON CONFLICT (key) "
                                                  "DO UPDATE SET value = excluded.value, updated_op = excluded.updated_op"),
                                   {k, v, ctx.operationId()});
            if (!q.ok())
                return q.error();
        }
        return {};
    }).ok());
    auto other = patrons.registerPatron(librarian, person(QStringLiteral("Dewi")));
    REQUIRE_OK(other);
    CHECK(other->cardNumber == CardNumber::make(QStringLiteral("PRV"), 1));
    CHECK(other->categoryCode == QStringLiteral("CHILD"));
}

TEST_CASE_METHOD(CirculationFixture, "card numbers continue after cards registered outside the sequence", "[db][circulation][patron]")
{
    // A patron inserted directly (as an import or the demo does) with sequence 41.
    insert(QStringLiteral("INSERT INTO patrons (card_number, name, home_branch_id, category_id, registered_on, expires_on, "
                          "created_at, created_op, updated_op) VALUES (?, 'Imported', ?, ?, '2026-01-01', '2027-01-01', 0, ?, ?) "
                          "RETURNING id"),
           {CardNumber::make(QStringLiteral("AKS"), 41), mainBranch, adult});
    auto p = patrons.registerPatron(librarian, person(QStringLiteral("Next")));
    REQUIRE_OK(p);
    CHECK(p->cardNumber == CardNumber::make(QStringLiteral("AKS"), 42));
    // A pre-printed card may be given; a taken or mistyped one is refused.
    PatronInput pre = person(QStringLiteral("Pre-printed"));
    pre.cardNumber = CardNumber::make(QStringLiteral("AKS"), 500);
    auto q = patrons.registerPatron(librarian, pre);
    REQUIRE_OK(q);
    CHECK(q->cardNumber == CardNumber::make(QStringLiteral("AKS"), 500));
    auto again = patrons.registerPatron(librarian, pre);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("circulation.duplicate_card"));
    pre.cardNumber = QStringLiteral("AKS00005001");
    auto typo = patrons.registerPatron(librarian, pre);
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().code == QStringLiteral("circulation.bad_card_number"));
}

TEST_CASE_METHOD(CirculationFixture, "bad registrations are refused with every reason and write nothing", "[db][circulation][patron]")
{
    REQUIRE_OK(patrons.registerPatron(librarian, [] {
        PatronInput in = person(QStringLiteral("First"));
        in.nik = QStringLiteral("6171011708850001");
        return in;
    }()));
    const qint64 patronsBefore = count(QStringLiteral("SELECT COUNT(*) FROM patrons"));
    const qint64 okBefore = count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'ok'"));

    SECTION("a malformed NIK")
    {
        PatronInput in = person(QStringLiteral("Agus"));
        in.nik = QStringLiteral("61710117088500");
        auto r = patrons.registerPatron(librarian, in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().isRefusal());
        CHECK(r.error().code == QStringLiteral("circulation.bad_nik"));
        CHECK(r.error().message.contains(QStringLiteral("16 digits")));
    }
    SECTION("a duplicate NIK")
    {
        PatronInput in = person(QStringLiteral("Second"));
        in.nik = QStringLiteral("6171011708850001");
        auto r = patrons.registerPatron(librarian, in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("circulation.duplicate_nik"));
        CHECK(r.error().message.contains(CardNumber::make(QStringLiteral("AKS"), 1)));
    }
    SECTION("a NIK that disagrees with the birth date")
    {
        PatronInput in = person(QStringLiteral("Rina"));
        in.nik = QStringLiteral("6171015708850009");
        in.birthDate = QDate(1985, 8, 18);
        auto r = patrons.registerPatron(librarian, in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("circulation.nik_birth_date_mismatch"));
    }
    SECTION("several problems at once")
    {
        PatronInput in = person(QStringLiteral("   "));
        in.email = QStringLiteral("not-an-address");
        in.phone = QStringLiteral("call me");
        in.photo = QByteArrayLiteral("GIF89a....");
        in.branchCode = QStringLiteral("SOUTH");
        in.categoryCode = QStringLiteral("VIP");
        in.language = QStringLiteral("fr");
        in.birthDate = QDate(2030, 1, 1);
        auto r = patrons.registerPatron(librarian, in);
        REQUIRE_FALSE(r.ok());
        const QStringList codes = reasonCodes(r.error());
        CHECK(codes == QStringList{QStringLiteral("circulation.bad_name"), QStringLiteral("circulation.bad_birth_date"),
                                   QStringLiteral("circulation.bad_email"), QStringLiteral("circulation.bad_phone"),
                                   QStringLiteral("circulation.bad_photo"), QStringLiteral("circulation.bad_language"),
                                   QStringLiteral("circulation.unknown_branch"), QStringLiteral("circulation.unknown_category")});
        CHECK(r.error().details.value(QStringLiteral("needs_confirmation")).toBool() == false);
    }
    SECTION("no right")
    {
        Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
        auto r = patrons.registerPatron(kiosk, person(QStringLiteral("Anyone")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("core.forbidden"));
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons")) == patronsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patron_cards")) == patronsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'ok'")) == okBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'refused' AND service = 'membership'")) == 1);
}

TEST_CASE_METHOD(CirculationFixture, "a library without branches or categories says so", "[db][circulation][patron]")
{
    FixedClock c2;
    TestDatabase empty{c2};
    ServiceCore core2{empty.db(), c2};
    Patrons p2{core2};
    auto r = p2.registerPatron(admin, person(QStringLiteral("Nobody")));
    REQUIRE_FALSE(r.ok());
    CHECK(reasonCodes(r.error()) == QStringList{QStringLiteral("circulation.no_branch"), QStringLiteral("circulation.no_category")});
}

TEST_CASE_METHOD(CirculationFixture, "edit, renew, block and unblock a patron", "[db][circulation][patron]")
{
    const Patron p = patron(QStringLiteral("Andi Wijaya"));
    PatronInput e;
    e.phone = QStringLiteral("0812 1111 2222");
    e.address = QStringLiteral("Jl. Gajah Mada 45");
    e.categoryCode = QStringLiteral("CHILD");
    e.nik = QStringLiteral("6171011708850001");
    auto edited = patrons.edit(librarian, p.cardNumber, e);
    REQUIRE_OK(edited);
    CHECK(edited->phone == QStringLiteral("0812 1111 2222"));
    CHECK(edited->categoryCode == QStringLiteral("CHILD"));
    CHECK(edited->nik == QStringLiteral("6171011708850001"));
    CHECK(edited->expiresOn == p.expiresOn); // a category change does not move the expiry
    // A birth date that contradicts the stored NIK is refused.
    PatronInput wrongBirth;
    wrongBirth.birthDate = QDate(1990, 1, 1);
    auto bad = patrons.edit(librarian, p.cardNumber, wrongBirth);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("circulation.nik_birth_date_mismatch"));
    CHECK(patrons.edit(librarian, p.cardNumber, PatronInput{}).error().code == QStringLiteral("circulation.nothing_to_change"));

    // Renewal adds the category's months (CHILD: 6) to the later of today and the expiry.
    auto renewed = patrons.renew(librarian, p.cardNumber);
    REQUIRE_OK(renewed);
    CHECK(renewed->expiresOn == QDate(2027, 9, 2));
    at(QDate(2028, 1, 10));
    renewed = patrons.renew(librarian, p.cardNumber);
    REQUIRE_OK(renewed);
    CHECK(renewed->expiresOn == QDate(2028, 7, 10));

    auto blocked = patrons.block(librarian, p.cardNumber, QStringLiteral("Damaged three books"));
    REQUIRE_OK(blocked);
    CHECK(blocked->status == QStringLiteral("blocked"));
    CHECK(blocked->blockReason == QStringLiteral("Damaged three books"));
    CHECK(patrons.block(librarian, p.cardNumber, QStringLiteral("again")).error().code == QStringLiteral("circulation.already_blocked"));
    CHECK(patrons.block(librarian, p.cardNumber, QStringLiteral(" ")).error().code == QStringLiteral("circulation.reason_required"));
    PatronInput reactivate;
    reactivate.status = QStringLiteral("active");
    CHECK(patrons.edit(librarian, p.cardNumber, reactivate).error().code == QStringLiteral("circulation.bad_status"));
    auto unblocked = patrons.unblock(librarian, p.cardNumber);
    REQUIRE_OK(unblocked);
    CHECK(unblocked->status == QStringLiteral("active"));
    CHECK(unblocked->blockReason.isEmpty());
    CHECK(patrons.unblock(librarian, p.cardNumber).error().code == QStringLiteral("circulation.not_blocked"));

    // Unknown and mistyped cards.
    CHECK(patrons.renew(librarian, CardNumber::make(QStringLiteral("AKS"), 999)).error().code == QStringLiteral("circulation.unknown_patron"));
    CHECK(patrons.renew(librarian, QStringLiteral("AKS00000019")).error().code == QStringLiteral("circulation.bad_card_number"));
}

TEST_CASE_METHOD(CirculationFixture, "a replaced card gets a new number, the old one is refused and kept in the history", "[db][circulation][patron]")
{
    const Patron p = patron(QStringLiteral("Nur Hidayat"));
    auto r = patrons.replaceCard(librarian, p.cardNumber, QStringLiteral("lost"));
    REQUIRE_OK(r);
    CHECK(r->oldCardNumber == p.cardNumber);
    CHECK(r->patron.cardNumber != p.cardNumber);
    CHECK(CardNumber::validate(r->patron.cardNumber).ok());
    REQUIRE(r->fee.has_value());
    CHECK(r->fee->kind == QStringLiteral("card_replacement"));
    CHECK(r->fee->amount == 5000);
    CHECK(r->patron.cardPrintedAt == 0);

    auto old = patrons.account(librarian, p.cardNumber);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == QStringLiteral("circulation.card_replaced"));
    auto acc = patrons.account(librarian, r->patron.cardNumber);
    REQUIRE_OK(acc);
    CHECK(acc->previousCards == QStringList{p.cardNumber});
    CHECK(acc->patron.balance == 5000);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patron_cards WHERE patron_id = ?"), {p.id}) == 2);
    // A replacement without a fee.
    auto free = patrons.replaceCard(librarian, r->patron.cardNumber, QStringLiteral("damaged"), false);
    REQUIRE_OK(free);
    CHECK_FALSE(free->fee.has_value());
    CHECK(patrons.replaceCard(librarian, free->patron.cardNumber, QString()).error().code == QStringLiteral("circulation.reason_required"));
}

TEST_CASE_METHOD(CirculationFixture, "kiosk PINs: set, verify, lock after five wrong ones", "[db][circulation][patron][pin]")
{
    const Patron p = patron(QStringLiteral("Putri"));
    Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    CHECK(patrons.authenticate(kiosk, p.cardNumber, QStringLiteral("1234")).error().code == QStringLiteral("circulation.no_pin"));
    CHECK(patrons.setPin(librarian, p.cardNumber, QStringLiteral("12a4")).error().code == QStringLiteral("circulation.bad_pin_format"));
    CHECK(patrons.setPin(librarian, p.cardNumber, QStringLiteral("123")).error().code == QStringLiteral("circulation.bad_pin_format"));
    REQUIRE_OK(patrons.setPin(librarian, p.cardNumber, QStringLiteral("2468")));
    CHECK(text(QStringLiteral("SELECT pin_hash FROM patrons WHERE id = ?"), {p.id}).startsWith(QStringLiteral("$argon2id$")));
    auto in = patrons.authenticate(kiosk, p.cardNumber, QStringLiteral("2468"));
    REQUIRE_OK(in);
    CHECK(in->id == p.id);
    for (int i = 0; i < Patrons::kMaxPinFailures; ++i)
        CHECK(patrons.authenticate(kiosk, p.cardNumber, QStringLiteral("0000")).error().code == QStringLiteral("circulation.bad_pin"));
    // Now even the right PIN is refused until a new one is set.
    CHECK(patrons.authenticate(kiosk, p.cardNumber, QStringLiteral("2468")).error().code == QStringLiteral("circulation.pin_locked"));
    REQUIRE_OK(patrons.setPin(librarian, p.cardNumber, QStringLiteral("13579")));
    REQUIRE_OK(patrons.authenticate(kiosk, p.cardNumber, QStringLiteral("13579")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'kiosk' AND operation = 'patron.login'")) == 9);
}

TEST_CASE_METHOD(CirculationFixture, "self-service callers see only their own account", "[db][circulation][patron]")
{
    const Patron a = patron(QStringLiteral("Ayu"));
    const Patron b = patron(QStringLiteral("Bayu"));
    Caller self = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    self.patronId = a.id;
    REQUIRE_OK(patrons.account(self, a.cardNumber));
    auto other = patrons.account(self, b.cardNumber);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == QStringLiteral("circulation.not_own_account"));
    CHECK(patrons.search(self, QStringLiteral("yu")).error().code == QStringLiteral("core.forbidden"));
    auto found = patrons.search(librarian, QStringLiteral("yu"));
    REQUIRE_OK(found);
    CHECK(found->size() == 2);
    auto byCard = patrons.search(librarian, b.cardNumber);
    REQUIRE_OK(byCard);
    REQUIRE(byCard->size() == 1);
    CHECK(byCard->first().name == QStringLiteral("Bayu"));
}
