#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "circulation/CardNumber.h"
#include "circulation/Fees.h"
#include "circulation/Holds.h"
#include "circulation/LoanRules.h"
#include "circulation/Patrons.h"
#include "collection/Collection.h"
#include "core/Verifier.h"
#include "library/Administration.h"
#include "library/Settings.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTimeZone>
#include "Checks.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {

struct Fixture {
    FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).toUTC()};
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::staff(Channel::Desk, 1, QStringLiteral("admin"), Role::Admin, QStringLiteral("desk-1"));
    Caller librarian = Caller::staff(Channel::Desk, 2, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-1"));
    Library::Administration lib{core};
    Library::Settings settings{core};

    Database &db() { return *tdb.db(); }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        REQUIRE(v.ok());
        return v->toLongLong();
    }
    QStringList fields(const Error &e)
    {
        QStringList out;
        for (const auto &r : e.details.value(QStringLiteral("reasons")).toArray())
            out << r.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':')
                       + r.toObject().value(QStringLiteral("code")).toString();
        return out;
    }
    void branch(const QString &code, const QString &name)
    {
        Library::BranchInput b;
        b.code = code;
        b.name = name;
        REQUIRE_OK(lib.addBranch(admin, b));
    }
    void category(const QString &code, const QString &name, std::function<void(Library::CategoryInput &)> more = {})
    {
        Library::CategoryInput c;
        c.code = code;
        c.name = name;
        if (more)
            more(c);
        REQUIRE_OK(lib.addCategory(admin, c));
    }
};
} // namespace

TEST_CASE_METHOD(Fixture, "the library's name, contacts and logo are set through the core with a change record", "[db][library]")
{
    Library::LibraryInput in;
    in.name = QStringLiteral("Perpustakaan Kota Sukamaju");
    in.address = QStringLiteral("Jl. Pahlawan 10, Sukamaju");
    in.phone = QStringLiteral("0561 123456");
    in.email = QStringLiteral("layanan@perpus.sukamaju.go.id");
    auto p = lib.setLibrary(admin, in);
    REQUIRE_OK(p);
    CHECK(p->name == QStringLiteral("Perpustakaan Kota Sukamaju"));
    CHECK(p->contactLine() == QStringLiteral("Jl. Pahlawan 10, Sukamaju · 0561 123456 · layanan@perpus.sukamaju.go.id"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'library' AND kind = 'standard'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'library.set' AND outcome = 'ok'")) == 1);

    // Every bad field at once, each named.
    Library::LibraryInput bad;
    bad.name = QStringLiteral("  ");
    bad.email = QStringLiteral("not-an-address");
    bad.timeZone = QStringLiteral("Mars/Olympus");
    bad.language = QStringLiteral("fr");
    auto r = lib.setLibrary(admin, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isRefusal());
    CHECK(fields(r.error())
          == QStringList{QStringLiteral("name:library.bad_name"), QStringLiteral("email:library.bad_email"),
                         QStringLiteral("time_zone:library.bad_time_zone"), QStringLiteral("language:library.bad_language")});
    CHECK(LibraryProfile::read(db())->name == QStringLiteral("Perpustakaan Kota Sukamaju"));

    // A librarian cannot; the refusal is the core's.
    Library::LibraryInput rename;
    rename.name = QStringLiteral("Mine");
    auto forbidden = lib.setLibrary(librarian, rename);
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));

    // The logo: PNG or JPEG only, kept in the database, removable.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");
    REQUIRE_OK(lib.setLogo(admin, png));
    CHECK(LibraryProfile::read(db())->logoType == QStringLiteral("image/png"));
    auto notImage = lib.setLogo(admin, QByteArrayLiteral("GIF89a...."));
    REQUIRE_FALSE(notImage.ok());
    CHECK(fields(notImage.error()) == QStringList{QStringLiteral("logo:library.bad_logo")});
    REQUIRE_OK(lib.setLogo(admin, {}));
    CHECK(LibraryProfile::read(db())->logo.isEmpty());
    CHECK(Verifier(db()).run()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "branches are added, edited, closed and reopened, and bad input is refused field by field", "[db][library]")
{
    Library::BranchInput pusat;
    pusat.code = QStringLiteral("pusat");
    pusat.name = QStringLiteral("Perpustakaan Pusat");
    pusat.address = QStringLiteral("Jl. Ahmad Yani 1");
    auto b = lib.addBranch(admin, pusat);
    REQUIRE_OK(b);
    CHECK(b->code == QStringLiteral("PUSAT")); // codes are capitals
    CHECK_FALSE(b->closed);

    // A duplicate code and an unknown calendar, both reported with their fields.
    Library::BranchInput again;
    again.code = QStringLiteral("PUSAT");
    again.name = QStringLiteral("Another");
    again.calendar = QStringLiteral("nope");
    auto dup = lib.addBranch(admin, again);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == QStringLiteral("library.duplicate_branch"));
    CHECK(fields(dup.error()) == QStringList{QStringLiteral("code:library.duplicate_branch"), QStringLiteral("calendar:library.unknown_calendar")});
    CHECK(dup.error().message.contains(QStringLiteral("nope")));
    CHECK(dup.error().message.contains(QStringLiteral("library"))); // the calendars there are

    Library::BranchInput badCode;
    badCode.code = QStringLiteral("no spaces!");
    auto bc = lib.addBranch(admin, badCode);
    REQUIRE_FALSE(bc.ok());
    CHECK(fields(bc.error()) == QStringList{QStringLiteral("code:library.bad_code"), QStringLiteral("name:library.bad_name")});

    branch(QStringLiteral("TAMAN"), QStringLiteral("Layanan Taman Kota"));
    Library::BranchInput edit;
    edit.code = QStringLiteral("TAMAN");
    edit.phone = QStringLiteral("0561-765432");
    edit.calendar = QStringLiteral("library");
    auto edited = lib.editBranch(admin, edit);
    REQUIRE_OK(edited);
    CHECK(edited->phone == QStringLiteral("0561-765432"));
    CHECK(edited->calendar == QStringLiteral("library"));
    CHECK(lib.editBranch(admin, edit).error().code == QStringLiteral("library.nothing_to_change"));

    // Closing needs a reason; the last open branch and the default branch stay open.
    CHECK(fields(lib.closeBranch(admin, QStringLiteral("TAMAN"), QString()).error())
          == QStringList{QStringLiteral("reason:library.reason_required")});
    auto closed = lib.closeBranch(admin, QStringLiteral("TAMAN"), QStringLiteral("Renovation"));
    REQUIRE_OK(closed);
    CHECK(closed->closed);
    CHECK(closed->closedReason == QStringLiteral("Renovation"));
    auto last = lib.closeBranch(admin, QStringLiteral("PUSAT"), QStringLiteral("Nothing left"));
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == QStringLiteral("library.last_open_branch"));

    // A closed branch takes no new members or copies, and keeps its history.
    category(QStringLiteral("UMUM"), QStringLiteral("Umum"));
    Circulation::Patrons patrons(core);
    Circulation::PatronInput p;
    p.name = QStringLiteral("Siti Rahayu");
    p.branchCode = QStringLiteral("TAMAN");
    auto refused = patrons.registerPatron(librarian, p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("circulation.branch_closed"));
    REQUIRE_OK(lib.reopenBranch(admin, QStringLiteral("TAMAN")));
    REQUIRE_OK(patrons.registerPatron(librarian, p));
    REQUIRE_OK(lib.closeBranch(admin, QStringLiteral("TAMAN"), QStringLiteral("Moved")));
    auto list = lib.branches(librarian);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).code == QStringLiteral("TAMAN"));
    CHECK(list->at(1).patrons == 1);

    // Every edit is an administration operation with a standard change.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'branch'")) == 6);
    CHECK(lib.addBranch(librarian, pusat).error().code == QStringLiteral("core.forbidden"));
    CHECK(Verifier(db()).run()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "patron categories set the NIK rule, the ages, the enrolment fee and the membership period", "[db][library]")
{
    branch(QStringLiteral("PUSAT"), QStringLiteral("Pusat"));
    category(QStringLiteral("UMUM"), QStringLiteral("Umum"), [](Library::CategoryInput &c) {
        c.nikRequired = true;
        c.membershipMonths = 24;
        c.minAge = 17;
    });
    category(QStringLiteral("ANAK"), QStringLiteral("Anak"), [](Library::CategoryInput &c) {
        c.maxAge = 12;
        c.enrolmentFee = 2500;
    });
    Library::CategoryInput bad;
    bad.code = QStringLiteral("X");
    bad.name = QStringLiteral("X");
    bad.membershipMonths = 0;
    bad.minAge = 20;
    bad.maxAge = 10;
    auto r = lib.addCategory(admin, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(fields(r.error())
          == QStringList{QStringLiteral("membership_months:library.bad_value"), QStringLiteral("max_age:library.bad_value")});
    CHECK(lib.addCategory(admin, [] {
                 Library::CategoryInput c;
                 c.code = QStringLiteral("umum");
                 c.name = QStringLiteral("Again");
                 return c;
             }())
              .error()
              .code
          == QStringLiteral("library.duplicate_category"));

    Circulation::Patrons patrons(core);
    Circulation::PatronInput adult;
    adult.name = QStringLiteral("Budi Santoso");
    adult.categoryCode = QStringLiteral("UMUM");
    adult.birthDate = QDate(1990, 5, 15);
    auto noNik = patrons.registerPatron(librarian, adult);
    REQUIRE_FALSE(noNik.ok());
    CHECK(noNik.error().code == QStringLiteral("circulation.nik_required"));
    adult.nik = QStringLiteral("3601231505900001");
    auto budi = patrons.registerPatron(librarian, adult);
    REQUIRE_OK(budi);
    CHECK(budi->expiresOn == QDate(2028, 12, 7));

    // A pupil without a NIK, in the children's category: the enrolment fee is charged.
    Circulation::PatronInput child;
    child.name = QStringLiteral("Dimas");
    child.categoryCode = QStringLiteral("ANAK");
    auto noBirth = patrons.registerPatron(librarian, child);
    REQUIRE_FALSE(noBirth.ok());
    CHECK(noBirth.error().code == QStringLiteral("circulation.birth_date_required"));
    child.birthDate = QDate(2000, 1, 1);
    auto tooOld = patrons.registerPatron(librarian, child);
    REQUIRE_FALSE(tooOld.ok());
    CHECK(tooOld.error().code == QStringLiteral("circulation.age_out_of_range"));
    CHECK(tooOld.error().message.contains(QStringLiteral("26")));
    child.birthDate = QDate(2017, 6, 1);
    auto dimas = patrons.registerPatron(librarian, child);
    REQUIRE_OK(dimas);
    CHECK(count(QStringLiteral("SELECT SUM(balance) FROM fees WHERE patron_id = ?"), {dimas->id}) == 2500);

    // Retired: keeps its members, takes no new ones; the default category cannot be retired.
    REQUIRE_OK(lib.setCategoryActive(admin, QStringLiteral("ANAK"), false));
    child.name = QStringLiteral("Rina");
    CHECK(patrons.registerPatron(librarian, child).error().code == QStringLiteral("circulation.category_retired"));
    REQUIRE_OK(settings.set(admin, QStringLiteral("circulation.default_category"), QStringLiteral("UMUM")));
    CHECK(lib.setCategoryActive(admin, QStringLiteral("UMUM"), false).error().code == QStringLiteral("library.default_category"));
    auto cats = lib.categories(librarian);
    REQUIRE_OK(cats);
    CHECK(cats->size() == 2);
    CHECK(Verifier(db()).run()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "item types and shelving locations govern the copies staff add", "[db][library]")
{
    branch(QStringLiteral("PUSAT"), QStringLiteral("Pusat"));
    Library::ItemTypeInput dvd;
    dvd.code = QStringLiteral("DVD");
    dvd.name = QStringLiteral("DVD");
    dvd.defaultPrice = 75000;
    auto t = lib.addItemType(admin, dvd);
    REQUIRE_OK(t);
    CHECK(t->code == QStringLiteral("dvd"));
    CHECK(lib.addItemType(admin, dvd).error().code == QStringLiteral("library.duplicate_item_type"));
    Library::ItemTypeInput negative;
    negative.code = QStringLiteral("dvd");
    negative.defaultPrice = -1;
    CHECK(fields(lib.editItemType(admin, negative).error()) == QStringList{QStringLiteral("default_price:library.bad_value")});

    Library::LocationInput loc;
    loc.branch = QStringLiteral("PUSAT");
    loc.code = QStringLiteral("REF");
    loc.name = QStringLiteral("Ruang Referensi");
    REQUIRE_OK(lib.addLocation(admin, loc));
    CHECK(lib.addLocation(admin, loc).error().code == QStringLiteral("library.duplicate_location"));
    loc.branch = QStringLiteral("NOWHERE");
    CHECK(fields(lib.addLocation(admin, loc).error()) == QStringList{QStringLiteral("branch:library.unknown_branch")});

    auto bib = db().exec(QStringLiteral("SELECT 1")); // a record to hang copies on, through the catalogue's table
    REQUIRE(bib.ok());
    bib->finish();
    qint64 bibId = 0;
    REQUIRE(core.run(admin, {Services::Cataloguing, QStringLiteral("test.record"), {}}, [&](OperationContext &ctx) -> Status {
                    auto q = ctx.db().exec(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, "
                                                          "updated_op) VALUES ('Laskar Pelangi', 0, 0, ?, ?) RETURNING id"),
                                           {ctx.operationId(), ctx.operationId()});
                    if (!q.ok())
                        return q.error();
                    q->next();
                    bibId = q->value(0).toLongLong();
                    q->finish();
                    return {};
                }).ok());
    Collection::Collection collection(core);
    Collection::ItemInput copy;
    copy.barcode = QStringLiteral("B0001");
    copy.bibId = bibId;
    copy.branch = QStringLiteral("PUSAT");
    copy.itemType = QStringLiteral("dvd");
    copy.location = QStringLiteral("Rak 9");
    auto unknown = collection.addItem(librarian, copy);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("collection.unknown_location"));
    copy.location = QStringLiteral("REF");
    auto item = collection.addItem(librarian, copy);
    REQUIRE_OK(item);
    CHECK(item->price == 75000); // the type's default price

    REQUIRE_OK(lib.setItemTypeActive(admin, QStringLiteral("dvd"), false));
    copy.barcode = QStringLiteral("B0002");
    CHECK(collection.addItem(librarian, copy).error().code == QStringLiteral("collection.item_type_retired"));
    REQUIRE_OK(lib.setLocationActive(admin, QStringLiteral("PUSAT"), QStringLiteral("REF"), false));
    copy.itemType = QStringLiteral("book");
    CHECK(collection.addItem(librarian, copy).error().code == QStringLiteral("collection.unknown_location"));
    auto locs = lib.locations(librarian, QStringLiteral("PUSAT"));
    REQUIRE_OK(locs);
    REQUIRE(locs->size() == 1);
    CHECK(locs->first().items == 1);
    CHECK_FALSE(locs->first().active);
    CHECK(Verifier(db()).run()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "library-wide settings: card numbers, PINs, hold shelf days and fee rounding", "[db][library]")
{
    branch(QStringLiteral("PUSAT"), QStringLiteral("Pusat"));
    category(QStringLiteral("UMUM"), QStringLiteral("Umum"));
    CHECK(fields(settings.set(admin, QStringLiteral("card.prefix"), QStringLiteral("ab1")).error())
          == QStringList{QStringLiteral("card.prefix:library.bad_setting")});
    CHECK(fields(settings.set(admin, QStringLiteral("card.sequence_digits"), QStringLiteral("40")).error())
          == QStringList{QStringLiteral("card.sequence_digits:library.bad_setting")});
    CHECK(settings.set(admin, QStringLiteral("nope"), QStringLiteral("1")).error().code == QStringLiteral("library.unknown_setting"));
    CHECK(settings.set(librarian, QStringLiteral("card.prefix"), QStringLiteral("SKM")).error().code == QStringLiteral("core.forbidden"));
    REQUIRE_OK(settings.set(admin, QStringLiteral("card.prefix"), QStringLiteral("SKM")));
    REQUIRE_OK(settings.set(admin, QStringLiteral("card.sequence_digits"), QStringLiteral("5")));
    REQUIRE_OK(settings.set(admin, QStringLiteral("card.check_digit"), QStringLiteral("damm")));

    Circulation::Patrons patrons(core);
    Circulation::PatronInput p;
    p.name = QStringLiteral("Agus");
    auto agus = patrons.registerPatron(librarian, p);
    REQUIRE_OK(agus);
    CHECK(agus->cardNumber.size() == 3 + 5 + 1);
    CHECK(agus->cardNumber.startsWith(QStringLiteral("SKM00001")));
    CHECK(agus->cardNumber.right(1).toInt() == Circulation::CardNumber::dammDigit(QStringLiteral("00001")));
    // A neighbouring swap is caught by Damm's digit.
    QString swapped = agus->cardNumber;
    std::swap(swapped[6], swapped[7]);
    if (swapped != agus->cardNumber)
        CHECK(patrons.account(librarian, swapped).error().code == QStringLiteral("circulation.bad_card_number"));

    // PIN length and lockout.
    REQUIRE_OK(settings.set(admin, QStringLiteral("kiosk.pin_min_length"), QStringLiteral("6")));
    CHECK(fields(settings.set(admin, QStringLiteral("kiosk.pin_max_length"), QStringLiteral("5")).error())
          == QStringList{QStringLiteral("kiosk.pin_max_length:library.bad_setting")});
    auto shortPin = patrons.setPin(librarian, agus->cardNumber, QStringLiteral("1234"));
    REQUIRE_FALSE(shortPin.ok());
    CHECK(shortPin.error().code == QStringLiteral("circulation.bad_pin_format"));
    CHECK(shortPin.error().message.contains(QStringLiteral("6 to 8")));
    REQUIRE_OK(patrons.setPin(librarian, agus->cardNumber, QStringLiteral("123456")));
    REQUIRE_OK(settings.set(admin, QStringLiteral("kiosk.pin_max_failures"), QStringLiteral("2")));
    Caller kiosk = Caller::staff(Channel::Kiosk, 3, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    CHECK(patrons.authenticate(kiosk, agus->cardNumber, QStringLiteral("000000")).error().code == QStringLiteral("circulation.bad_pin"));
    auto second = patrons.authenticate(kiosk, agus->cardNumber, QStringLiteral("000000"));
    CHECK(second.error().details.value(QStringLiteral("max_failures")).toInt() == 2);
    CHECK(patrons.authenticate(kiosk, agus->cardNumber, QStringLiteral("123456")).error().code == QStringLiteral("circulation.pin_locked"));

    // Hold-shelf days are the library-wide loan rule.
    REQUIRE_OK(settings.set(admin, QStringLiteral("holds.shelf_days"), QStringLiteral("3")));
    auto rules = Circulation::LoanRules::resolve(db(), 0, 0, QString());
    REQUIRE_OK(rules);
    CHECK(rules->integer(QStringLiteral("hold_pickup_days")) == 3);
    auto all = settings.list(librarian);
    REQUIRE_OK(all);
    bool seen = false;
    for (const auto &v : *all) {
        if (v.def.key == QStringLiteral("holds.shelf_days")) {
            CHECK(v.value == QStringLiteral("3"));
            seen = true;
        }
    }
    CHECK(seen);
    CHECK(fields(settings.set(admin, QStringLiteral("fees.rounding"), QStringLiteral("7")).error())
          == QStringList{QStringLiteral("fees.rounding:library.bad_setting")});
    REQUIRE_OK(settings.set(admin, QStringLiteral("fees.rounding"), QStringLiteral("500")));
    CHECK(settings.set(admin, QStringLiteral("fees.rounding"), QStringLiteral("500")).error().code == QStringLiteral("library.nothing_to_change"));
    // Six settings changed, and the hold-shelf days as a change of the library-wide loan rule.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'setting'")) == 6);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'loan_rule'")) == 1);
    CHECK(Verifier(db()).run()->isEmpty());
}
