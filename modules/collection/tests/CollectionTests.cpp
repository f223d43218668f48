#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "collection/Collection.h"

#include <QJsonArray>

using namespace Aksara;
using namespace Aksara::Collection;
using namespace Aksara::Test;

namespace {
struct Library {
    FixedClock clock;
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Collection::Collection collection{core};
    qint64 bumi = 0, laskar = 0, pusat = 0, patron = 0;

    qint64 insert(const QString &sql, QVariantList binds)
    {
        qint64 id = 0;
        Status st = core.run(admin, {Services::Administration, QStringLiteral("test.insert"), {}}, [&](OperationContext &ctx) -> Status {
            binds << ctx.operationId() << ctx.operationId();
            auto q = ctx.db().exec(sql, binds);
            if (!q.ok())
                return q.error();
            q->next();
            id = q->value(0).toLongLong();
            q->finish();
            return {};
        });
        INFO((st.ok() ? QString() : st.error().message));
        REQUIRE(st.ok());
        return id;
    }

    Library()
    {
        pusat = insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('PUSAT', 'Pusat', ?, ?) RETURNING id"), {});
        insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('TAMAN', 'Taman', ?, ?) RETURNING id"), {});
        bumi = insert(QStringLiteral("INSERT INTO bib_records (title, author, year, call_number, created_at, updated_at, created_op, updated_op) "
                                     "VALUES ('Bumi Manusia', 'Toer, Pramoedya Ananta', 1980, '899.221 3 TOE b', 0, 0, ?, ?) RETURNING id"),
                      {});
        laskar = insert(QStringLiteral("INSERT INTO bib_records (title, author, year, call_number, created_at, updated_at, created_op, updated_op) "
                                       "VALUES ('Laskar Pelangi', 'Hirata, Andrea', 2005, '899.221 3 HIR l', 0, 0, ?, ?) RETURNING id"),
                        {});
        const qint64 cat = insert(QStringLiteral("INSERT INTO patron_categories (code, name, created_op, updated_op) VALUES ('UMUM', 'Umum', ?, ?) RETURNING id"), {});
        patron = insert(QStringLiteral("INSERT INTO patrons (card_number, name, home_branch_id, category_id, registered_on, expires_on, "
                                       "created_at, created_op, updated_op) VALUES ('C1', 'Siti', ?, ?, '2026-01-01', '2027-01-01', 0, ?, ?) RETURNING id"),
                        {pusat, cat});
    }

    Item add(const QString &barcode, qint64 bib, const QString &branch, const QString &callNumber = {}, const QString &location = {})
    {
        ItemInput in;
        in.barcode = barcode;
        in.bibId = bib;
        in.branch = branch;
        in.callNumber = callNumber;
        in.location = location;
        auto it = collection.addItem(admin, in);
        INFO((it.ok() ? QString() : it.error().message));
        REQUIRE(it.ok());
        return *it;
    }

    qint64 count(const QString &sql)
    {
        auto v = tdb.db()->scalar(sql);
        REQUIRE(v.ok());
        return v->toLongLong();
    }
};
} // namespace

TEST_CASE_METHOD(Library, "items are added, shown, edited and listed through the core", "[db][collection]")
{
    const Item a = add(QStringLiteral("20000001"), bumi, QStringLiteral("PUSAT"), {}, QStringLiteral("Fiksi Indonesia"));
    CHECK(a.title == QStringLiteral("Bumi Manusia"));
    CHECK(a.callNumber == QStringLiteral("899.221 3 TOE b")); // the record's call number
    CHECK(a.status == QStringLiteral("available"));
    CHECK(a.branchCode == QStringLiteral("PUSAT"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'item.add' AND outcome = 'ok'")) == 1);

    auto shown = collection.item(admin, QStringLiteral("20000001"));
    REQUIRE(shown.ok());
    CHECK(shown->location == QStringLiteral("Fiksi Indonesia"));
    CHECK(shown->toJson().value(QStringLiteral("due")).isNull());

    ItemChanges c;
    c.status = ItemStatus::Missing;
    c.location = QStringLiteral("Rak 899");
    c.price = 95000;
    auto edited = collection.editItem(admin, QStringLiteral("20000001"), c);
    REQUIRE(edited.ok());
    CHECK(edited->status == QStringLiteral("missing"));
    CHECK(edited->location == QStringLiteral("Rak 899"));
    CHECK(edited->price == 95000);

    add(QStringLiteral("20000002"), laskar, QStringLiteral("TAMAN"));
    ItemFilter f;
    f.status = QStringLiteral("missing");
    auto missing = collection.items(admin, f);
    REQUIRE(missing.ok());
    REQUIRE(missing->size() == 1);
    CHECK(missing->first().barcode == QStringLiteral("20000001"));
    f.status.clear();
    f.branch = QStringLiteral("TAMAN");
    CHECK(collection.items(admin, f)->size() == 1);
    f.branch.clear();
    f.limit = 1;
    CHECK(collection.items(admin, f)->size() == 1);
}

TEST_CASE_METHOD(Library, "bad item input and rules are refused and change nothing", "[db][collection]")
{
    add(QStringLiteral("B1"), bumi, QStringLiteral("PUSAT"));
    auto refuse = [&](ItemInput in, const char *code) {
        INFO(code);
        auto r = collection.addItem(admin, in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QString::fromLatin1(code));
        CHECK(r.error().isRefusal());
    };
    ItemInput in;
    in.bibId = bumi;
    in.branch = QStringLiteral("PUSAT");
    in.barcode = QStringLiteral("B1");
    refuse(in, "collection.duplicate_barcode");
    in.barcode = QStringLiteral("");
    refuse(in, "collection.bad_barcode");
    in.barcode = QStringLiteral("B 2");
    refuse(in, "collection.bad_barcode");
    in.barcode = QStringLiteral("B2");
    in.bibId = 999999;
    refuse(in, "collection.unknown_record");
    in.bibId = bumi;
    in.branch = QStringLiteral("NOWHERE");
    refuse(in, "collection.unknown_branch");
    in.branch = QStringLiteral("");
    refuse(in, "collection.unknown_branch"); // two branches: which one?
    in.branch = QStringLiteral("PUSAT");
    in.itemType = QStringLiteral("hologram");
    refuse(in, "collection.unknown_item_type");
    in.itemType = QStringLiteral("book");
    in.status = ItemStatus::OnLoan;
    refuse(in, "collection.status_managed_by_circulation");
    in.status = QStringLiteral("borrowed");
    refuse(in, "collection.bad_status");
    in.status = ItemStatus::Available;
    in.acquiredOn = QStringLiteral("2025-02-30");
    refuse(in, "collection.bad_date");
    in.acquiredOn.clear();
    in.price = -1;
    refuse(in, "collection.bad_price");
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM items")) == 1);

    auto unknown = collection.item(admin, QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("collection.unknown_barcode"));
    CHECK(unknown.error().message.contains(QStringLiteral("NOPE")));
    ItemChanges c;
    c.location = QStringLiteral("x");
    CHECK(collection.editItem(admin, QStringLiteral("NOPE"), c).error().code == QStringLiteral("collection.unknown_barcode"));
    CHECK(collection.editItem(admin, QStringLiteral("B1"), ItemChanges{}).error().code == QStringLiteral("collection.nothing_to_change"));
    CHECK(collection.holdings(admin, 999999).error().code == QStringLiteral("collection.unknown_record"));

    // An item on loan keeps its status until it is checked in.
    Status loan = core.run(admin, {Services::Checkout, QStringLiteral("test.loan"), {}}, [&](OperationContext &ctx) -> Status {
        auto id = ctx.db().scalar(QStringLiteral("SELECT id FROM items WHERE barcode = 'B1'"));
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO loans (item_id, patron_id, branch_id, issued_at, due_at, created_op, updated_op) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {id->toLongLong(), patron, pusat, ctx.nowMs(), ctx.nowMs() + 14 * 86400000LL, ctx.operationId(),
                                ctx.operationId()});
        if (!q.ok())
            return q.error();
        auto u = ctx.db().exec(QStringLiteral("UPDATE items SET status = 'on_loan', updated_op = ? WHERE barcode = 'B1'"), {ctx.operationId()});
        return u.ok() ? Status() : Status(u.error());
    });
    REQUIRE(loan.ok());
    auto onLoan = collection.item(admin, QStringLiteral("B1"));
    REQUIRE(onLoan.ok());
    CHECK(onLoan->status == QStringLiteral("on_loan"));
    CHECK(onLoan->dueAt == clock.nowMs() + 14 * 86400000LL);
    CHECK_FALSE(onLoan->toJson().value(QStringLiteral("due")).isNull());
    c = ItemChanges{};
    c.status = ItemStatus::Missing;
    auto r = collection.editItem(admin, QStringLiteral("B1"), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("collection.item_on_loan"));
    c.status = ItemStatus::OnLoan;
    CHECK(collection.editItem(admin, QStringLiteral("B2"), c).error().code == QStringLiteral("collection.unknown_barcode"));

    // A kiosk may look up but not change.
    Caller kiosk = Caller::staff(Channel::Kiosk, 3, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("k1"));
    CHECK(collection.item(kiosk, QStringLiteral("B1")).ok());
    in.price = 0;
    in.barcode = QStringLiteral("K1");
    CHECK(collection.addItem(kiosk, in).error().code == QStringLiteral("core.forbidden"));
}

TEST_CASE_METHOD(Library, "lookup by record gives every copy with branch, shelf and live status", "[db][collection]")
{
    add(QStringLiteral("T2"), bumi, QStringLiteral("TAMAN"), {}, QStringLiteral("Fiksi"));
    add(QStringLiteral("P1"), bumi, QStringLiteral("PUSAT"), {}, QStringLiteral("Fiksi Indonesia"));
    add(QStringLiteral("L1"), laskar, QStringLiteral("PUSAT"));
    auto h = collection.holdings(admin, bumi);
    REQUIRE(h.ok());
    CHECK(h->title == QStringLiteral("Bumi Manusia"));
    REQUIRE(h->items.size() == 2);
    CHECK(h->items[0].branchCode == QStringLiteral("PUSAT"));
    CHECK(h->items[0].location == QStringLiteral("Fiksi Indonesia"));
    CHECK(h->items[1].branchCode == QStringLiteral("TAMAN"));
    CHECK(h->available() == 2);
    CHECK(h->toJson().value(QStringLiteral("items")).toArray().size() == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'collection_lookup' AND operation = 'lookup.bib'")) == 1);
}

TEST_CASE_METHOD(Library, "shelf browse shows what stands next to a call number", "[db][collection]")
{
    add(QStringLiteral("S1"), bumi, QStringLiteral("PUSAT"), QStringLiteral("899.221 3 TOE b"));
    add(QStringLiteral("S2"), laskar, QStringLiteral("PUSAT"), QStringLiteral("899.221 3 HIR l"));
    add(QStringLiteral("S3"), bumi, QStringLiteral("PUSAT"), QStringLiteral("899.2213 TOE a"));
    add(QStringLiteral("S4"), laskar, QStringLiteral("PUSAT"), QStringLiteral("005.133 PYT"));
    add(QStringLiteral("S5"), laskar, QStringLiteral("TAMAN"), QStringLiteral("900 SEJ"));
    // A copy written by other code without a shelf key still stands in its place.
    Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.raw"), {}}, [&](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, call_number, item_type, created_op, updated_op) "
                                              "VALUES ('S6', ?, ?, '899.3 ABC', 'book', ?, ?)"),
                               {bumi, pusat, ctx.operationId(), ctx.operationId()});
        return q.ok() ? Status() : Status(q.error());
    });
    REQUIRE(st.ok());
    auto s = collection.shelf(admin, QStringLiteral("899.221 3 TOE"), 2, 3);
    REQUIRE(s.ok());
    QStringList before, after;
    for (const Item &i : s->before)
        before << i.barcode;
    for (const Item &i : s->after)
        after << i.barcode;
    CHECK(before == QStringList({QStringLiteral("S4"), QStringLiteral("S2")}));
    CHECK(after == QStringList({QStringLiteral("S3"), QStringLiteral("S1"), QStringLiteral("S6")}));
    auto taman = collection.shelf(admin, QStringLiteral("899"), 5, 5, QStringLiteral("TAMAN"));
    REQUIRE(taman.ok());
    CHECK(taman->before.isEmpty());
    REQUIRE(taman->after.size() == 1);
    CHECK(taman->after.first().barcode == QStringLiteral("S5"));
    CHECK(collection.shelf(admin, QStringLiteral("  "), 2, 2).error().code == QStringLiteral("collection.bad_call_number"));
}

TEST_CASE_METHOD(Library, "copies can be listed by when they were added", "[db][collection]")
{
    const QDateTime monday(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    clock.set(monday);
    add(QStringLiteral("MON1"), bumi, QStringLiteral("PUSAT"));
    clock.advanceMs(3600 * 1000);
    add(QStringLiteral("MON2"), laskar, QStringLiteral("TAMAN"));
    clock.set(monday.addDays(1));
    add(QStringLiteral("TUE1"), bumi, QStringLiteral("PUSAT"));
    // An edit on Tuesday does not make Monday's copy a Tuesday copy.
    ItemChanges c;
    c.location = QStringLiteral("Rak 899");
    REQUIRE(collection.editItem(admin, QStringLiteral("MON1"), c).ok());

    auto barcodes = [&](qint64 from, qint64 before, const QString &branch = {}) {
        ItemFilter f;
        f.addedFrom = from;
        f.addedBefore = before;
        f.branch = branch;
        auto r = collection.items(admin, f);
        REQUIRE(r.ok());
        QStringList out;
        for (const Item &i : *r)
            out << i.barcode;
        return out;
    };
    const qint64 mon = monday.toMSecsSinceEpoch() - 9 * 3600 * 1000;
    const qint64 day = 24 * 3600 * 1000;
    CHECK(barcodes(mon, mon + day) == QStringList{QStringLiteral("MON1"), QStringLiteral("MON2")});
    CHECK(barcodes(mon + day, mon + 2 * day) == QStringList{QStringLiteral("TUE1")});
    CHECK(barcodes(mon, mon + day, QStringLiteral("TAMAN")) == QStringList{QStringLiteral("MON2")});
    CHECK(barcodes(mon + 2 * day, mon + 3 * day).isEmpty());
    // The bounds are [from, before): the second Monday copy was added at exactly 10:00.
    const qint64 ten = monday.toMSecsSinceEpoch() + 3600 * 1000;
    CHECK(barcodes(mon, ten) == QStringList{QStringLiteral("MON1")});
    CHECK(barcodes(ten, 0) == QStringList{QStringLiteral("MON2"), QStringLiteral("TUE1")});
    CHECK(barcodes(0, 0).size() == 3);
}
