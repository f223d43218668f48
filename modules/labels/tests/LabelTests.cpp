#include "FixedClock.h"
#include "LabelTestSupport.h"
#include "TestDatabase.h"

#include "collection/Collection.h"
#include "labels/LabelPrinter.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Labels;
using namespace Aksara::Test;

namespace {

// A library with two branches, four records and copies added on two days.
struct Library {
    FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC)}; // 10:00 in Jakarta
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Caller librarian = Caller::staff(Channel::Desk, 1, QStringLiteral("siti"), Role::Librarian, QStringLiteral("desk-1"));
    Collection::Collection collection{core};
    LabelPrinter printer{core};
    QTemporaryDir dir;
    qint64 bumi = 0, laskar = 0, kamus = 0, lc = 0;

    qint64 insert(const QString &sql, QVariantList binds = {})
    {
        qint64 id = 0;
        Status st = core.run(admin, {Services::Administration, QStringLiteral("test.insert"), {}}, [&](OperationContext &ctx) -> Status {
            binds << ctx.operationId() << ctx.operationId();
            auto q = ctx.db().exec(sql, binds);
            if (!q.ok())
                return q.error();
            if (q->next())
                id = q->value(0).toLongLong();
            q->finish();
            return {};
        });
        INFO((st.ok() ? QString() : st.error().message).toStdString());
        REQUIRE(st.ok());
        return id;
    }

    qint64 record(const QString &title, const QString &callNumber)
    {
        return insert(QStringLiteral("INSERT INTO bib_records (title, author, year, call_number, created_at, "
                                     "updated_at, created_op, updated_op) "
                                     "VALUES (?, '', 2000, ?, 0, 0, ?, ?) RETURNING id"),
                      {title, callNumber});
    }

    Library()
    {
        insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('PUSAT', 'Pusat', ?, ?)"));
        insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('TAMAN', 'Taman', ?, ?)"));
        bumi = record(QStringLiteral("Bumi Manusia"), QStringLiteral("899.221 3 TOE b"));
        laskar = record(QStringLiteral("Laskar Pelangi"), QStringLiteral("899.221 3 HIR l"));
        kamus = record(QStringLiteral("Kamus Besar Bahasa Indonesia Pusat Bahasa Edisi Keempat yang Sangat Panjang Judulnya"),
                       QStringLiteral("R 499.213 KAM k"));
        lc = record(QStringLiteral("Buku Tanpa Nomor Panggil"), QStringLiteral(""));
        Status st = core.run(admin, {Services::Administration, QStringLiteral("test.settings"), {}}, [&](OperationContext &ctx) -> Status {
            auto q = ctx.db().exec(QStringLiteral("UPDATE settings SET value = ?, updated_op = ? WHERE key = 'library.name'"),
                                   {QStringLiteral("Perpustakaan Umum Kota Serang"), ctx.operationId()});
            return q.ok() ? Status() : Status(q.error());
        });
        REQUIRE(st.ok());
    }

    Collection::Item add(const QString &barcode, qint64 bib, const QString &branch = QStringLiteral("PUSAT"),
                         const QString &callNumber = {})
    {
        Collection::ItemInput in;
        in.barcode = barcode;
        in.bibId = bib;
        in.branch = branch;
        in.callNumber = callNumber;
        auto it = collection.addItem(admin, in);
        INFO((it.ok() ? QString() : it.error().message).toStdString());
        REQUIRE(it.ok());
        return *it;
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    LabelRequest request(LabelKind kind, const QStringList &barcodes, const QString &sheet, int skip = 0,
                         const QString &file = QStringLiteral("labels.pdf"))
    {
        LabelRequest r;
        r.kind = kind;
        r.barcodes = barcodes;
        r.sheet = sheet;
        r.skip = skip;
        r.outPath = path(file);
        return r;
    }

    qint64 count(const QString &sql)
    {
        auto v = tdb.db()->scalar(sql);
        REQUIRE(v.ok());
        return v->toLongLong();
    }
};

QStringList numbered(const QString &prefix, int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << prefix + QString::number(i).rightJustified(4, QLatin1Char('0'));
    return out;
}

} // namespace

TEST_CASE("spine lines: a call number broken the way libraries do it", "[labels]")
{
    auto lines = [](const char *cn) { return spineLines(QString::fromUtf8(cn)).join(QStringLiteral(" / ")); };
    CHECK(lines("899.221 3 TOE b") == QStringLiteral("899.221 3 / TOE / b"));
    CHECK(lines("  899.2213 TOE b ") == QStringLiteral("899.2213 / TOE / b"));
    // A collection prefix on its own first line, written apart or together.
    CHECK(lines("R 899.221 3 TOE b") == QStringLiteral("R / 899.221 3 / TOE / b"));
    CHECK(lines("REF 030 ENS k") == QStringLiteral("REF / 030 / ENS / k"));
    CHECK(lines("R899.221 TOE b") == QStringLiteral("R / 899.221 / TOE / b"));
    // A long Dewey number's decimals in groups of three.
    CHECK(lines("305.899 221 LUB m") == QStringLiteral("305.899 / 221 / LUB / m"));
    CHECK(lines("305.899221 LUB m") == QStringLiteral("305.899 / 221 / LUB / m"));
    CHECK(lines("371.822 095 491 YOU i") == QStringLiteral("371.822 / 095 491 / YOU / i"));
    CHECK(lines("658.402 120 959 8 SUR m") == QStringLiteral("658.402 / 120 959 8 / SUR / m"));
    // Years, volumes and copies, and cutters written together.
    CHECK(lines("813.54 LEE t 1960 c.3") == QStringLiteral("813.54 / LEE / t / 1960 / c.3"));
    CHECK(lines("005.133 S194p 2005") == QStringLiteral("005.133 / S194p / 2005"));
    // Library of Congress: class letters, class number, each cutter.
    CHECK(lines("HV8699.U5 G35 2002") == QStringLiteral("HV / 8699 / .U5 / G35 / 2002"));
    CHECK(lines("QA76.73.C15 S65 2003") == QStringLiteral("QA / 76.73 / .C15 / S65 / 2003"));
    CHECK(lines("HV8700 .B3") == QStringLiteral("HV / 8700 / .B3"));
    // Fiction without a class number; nothing at all.
    CHECK(lines("FIK TOE b") == QStringLiteral("FIK / TOE / b"));
    CHECK(spineLines(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("the sheet layouts are real products' geometry and fit their pages", "[labels]")
{
    const QList<SheetLayout> layouts = sheetLayouts();
    REQUIRE(layouts.size() == 3);
    for (const SheetLayout &l : layouts) {
        INFO(l.code.toStdString());
        CHECK(l.perPage() >= 1);
        CHECK(l.pitchX >= l.labelWidth);
        CHECK(l.pitchY >= l.labelHeight);
        // The last label ends inside the page, and the sheet is centred (the products are).
        const double right = l.marginLeft + (l.columns - 1) * l.pitchX + l.labelWidth;
        const double bottom = l.marginTop + (l.rows - 1) * l.pitchY + l.labelHeight;
        CHECK(right <= l.pageWidth + 1e-9);
        CHECK(bottom <= l.pageHeight + 1e-9);
        CHECK(std::abs((l.pageWidth - right) - l.marginLeft) < 0.01);
        CHECK(std::abs((l.pageHeight - bottom) - l.marginTop) < 0.01);
        CHECK(sheetLayout(l.code)->name == l.name);
    }
    CHECK(layouts[0].code == QStringLiteral("a4-3x8"));
    CHECK(layouts[0].perPage() == 24);
    CHECK(layouts[0].labelWidth == 70.0);
    CHECK(layouts[0].labelHeight == 37.0);
    CHECK(layouts[1].code == QStringLiteral("a4-4x10"));
    CHECK(layouts[1].perPage() == 40);
    CHECK(layouts[2].code == QStringLiteral("roll-50x25"));
    CHECK(layouts[2].perPage() == 1);
    CHECK(layouts[2].pageWidth == 50.0);
    CHECK_FALSE(sheetLayout(QStringLiteral("a4-2x7")).has_value());
    CHECK(layouts[1].toJson().value(QStringLiteral("per_page")).toInt() == 40);
}

TEST_CASE_METHOD(Library, "barcode labels on every sheet decode back, label by label, in order", "[db][labels]")
{
    for (const SheetLayout &layout : sheetLayouts()) {
        DYNAMIC_SECTION(layout.code.toStdString())
        {
            // More than a page, on a sheet started at its third label (a roll has nothing to skip),
            // with a repeated barcode and a long alphanumeric one.
            const int skip = layout.perPage() > 1 ? 2 : 0;
            const int n = layout.perPage() > 1 ? layout.perPage() : 3;
            QStringList barcodes = numbered(QStringLiteral("2000"), n - 2);
            for (qsizetype i = 0; i < barcodes.size(); ++i)
                add(barcodes[i], i % 2 ? bumi : kamus);
            add(QStringLiteral("AKS-B0000123456"), laskar);
            barcodes << QStringLiteral("AKS-B0000123456") << barcodes.first();
            auto report = printer.print(librarian, request(LabelKind::Barcode, barcodes, layout.code, skip));
            REQUIRE_OK(report);
            CHECK(report->labels == n);
            CHECK(report->barcodes == barcodes);
            const int pages = (skip + n + layout.perPage() - 1) / layout.perPage();
            CHECK(report->pages == pages);
            CHECK(pdfPages(report->path) == pages);
            CHECK(report->sheet == layout.code);
            CHECK_FALSE(QFile::exists(report->path + QStringLiteral(".part")));

            QStringList decoded;
            for (int page = 1; page <= pages; ++page) {
                const PageImage image = rasterize(report->path, page, dir.path());
                CHECK(darkOutsideLabels(image, layout) == 0);
                if (page == 1 && layout.dpi == 300) {
                    // The bars lie on the 300 dpi grid: every bar and space is a whole number of
                    // modules of whole pixels; an 8-digit number gets 5-pixel (0.42 mm) modules.
                    const QList<int> runs = barRuns(image, layout, skip);
                    REQUIRE(runs.size() == 43); // Code 128 with four symbol characters: 22 bars, 21 spaces
                    for (int run : runs)
                        CHECK(run % 5 == 0);
                    CHECK(*std::min_element(runs.begin(), runs.end()) == 5);
                }
                const QStringList cells = decodeCells(image, layout, dir.path());
                REQUIRE(cells.size() == layout.perPage());
                for (int slot = 0; slot < cells.size(); ++slot) {
                    const int index = (page - 1) * layout.perPage() + slot - skip;
                    INFO("page " << page << " slot " << slot);
                    if (index < 0 || index >= n)
                        CHECK(cells[slot].isEmpty()); // skipped or after the last label
                    else
                        decoded << cells[slot];
                }
            }
            CHECK(decoded == barcodes);

            // The number under the bars, the title and the library's name are text.
            const QList<PageText> text = pdfText(report->path);
            REQUIRE(text.size() == pages);
            const QStringList first = text[0].cell(layout, skip);
            REQUIRE(first.size() == 3);
            CHECK(first[0] == QStringLiteral("Perpustakaan Umum Kota Serang"));
            CHECK(first[1] == barcodes[0]);
            CHECK(first[2].startsWith(QStringLiteral("Kamus Besar Bahasa")));
            CHECK(first[2].endsWith(QStringLiteral("…"))); // a long title is cut short
            CHECK(text[0].outsideLabels(layout).isEmpty());
        }
    }
}

TEST_CASE_METHOD(Library, "spine labels on every sheet: the call number in lines, whole, inside each label", "[db][labels]")
{
    add(QStringLiteral("S1"), bumi);
    add(QStringLiteral("S2"), kamus);
    add(QStringLiteral("S3"), laskar, QStringLiteral("PUSAT"), QStringLiteral("371.822 095 491 YOU i"));
    add(QStringLiteral("S4"), laskar, QStringLiteral("PUSAT"), QStringLiteral("HV8699.U5 G35 2002"));
    const QStringList barcodes{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"), QStringLiteral("S4")};
    const QList<QStringList> expected{
        {QStringLiteral("899.221 3"), QStringLiteral("TOE"), QStringLiteral("b")},
        {QStringLiteral("R"), QStringLiteral("499.213"), QStringLiteral("KAM"), QStringLiteral("k")},
        {QStringLiteral("371.822"), QStringLiteral("095 491"), QStringLiteral("YOU"), QStringLiteral("i")},
        {QStringLiteral("HV"), QStringLiteral("8699"), QStringLiteral(".U5"), QStringLiteral("G35"), QStringLiteral("2002")}};
    for (const SheetLayout &layout : sheetLayouts()) {
        DYNAMIC_SECTION(layout.code.toStdString())
        {
            const int skip = layout.perPage() > 1 ? layout.perPage() - 2 : 0; // the last two of a sheet, then a new one
            auto report = printer.print(librarian, request(LabelKind::Spine, barcodes, layout.code, skip));
            REQUIRE_OK(report);
            const int pages = layout.perPage() > 1 ? 2 : 4;
            CHECK(report->pages == pages);
            const QList<PageText> text = pdfText(report->path);
            REQUIRE(text.size() == pages);
            for (int i = 0; i < barcodes.size(); ++i) {
                const int position = skip + i;
                INFO(barcodes[i].toStdString());
                CHECK(text[position / layout.perPage()].cell(layout, position % layout.perPage()) ==
                      QStringList{QStringLiteral("Perpustakaan Umum Kota Serang")} + expected[i]);
            }
            for (const PageText &page : text)
                CHECK(page.outsideLabels(layout).isEmpty());
            for (int page = 1; page <= pages; ++page)
                CHECK(darkOutsideLabels(rasterize(report->path, page, dir.path()), layout) == 0);
            // Nothing was cut off with "…".
            CHECK_FALSE(pdfLayoutText(report->path).contains(QStringLiteral("…")));
        }
    }
    // pdftotext -layout reads the first label's lines in order.
    auto one = printer.print(librarian, request(LabelKind::Spine, {QStringLiteral("S1")}, QStringLiteral("roll-50x25")));
    REQUIRE_OK(one);
    QStringList lines = pdfLayoutText(one->path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    CHECK(lines == QStringList{QStringLiteral("Perpustakaan Umum Kota Serang"), QStringLiteral("899.221 3"), QStringLiteral("TOE"),
                               QStringLiteral("b")});
}

TEST_CASE_METHOD(Library, "copies added today: the library's day, in shelf order, one branch if asked", "[db][labels]")
{
    // Sunday 6 December 23:30 in Jakarta: yesterday.
    clock.set(QDateTime(QDate(2026, 12, 6), QTime(16, 30), Qt::UTC));
    add(QStringLiteral("OLD1"), bumi);
    // Monday 7 December 00:30 and 09:00 in Jakarta (still Sunday in UTC for the first).
    clock.set(QDateTime(QDate(2026, 12, 6), QTime(17, 30), Qt::UTC));
    add(QStringLiteral("T3"), bumi); // 899.221 3 TOE b
    add(QStringLiteral("T1"), laskar); // 899.221 3 HIR l
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC));
    add(QStringLiteral("T2"), kamus); // R 499.213 KAM k
    add(QStringLiteral("T9"), bumi, QStringLiteral("TAMAN")); // another branch
    add(QStringLiteral("T0"), laskar, QStringLiteral("PUSAT"), QStringLiteral("005.133 SAN p"));
    // An edit today does not make yesterday's copy one of today's.
    Collection::ItemChanges change;
    change.location = QStringLiteral("Rak 899");
    REQUIRE_OK(collection.editItem(admin, QStringLiteral("OLD1"), change));

    clock.set(QDateTime(QDate(2026, 12, 7), QTime(16, 0), Qt::UTC)); // 23:00 in Jakarta
    LabelRequest r = request(LabelKind::Barcode, {}, QStringLiteral("a4-4x10"));
    r.addedToday = true;
    auto all = printer.print(librarian, r);
    REQUIRE_OK(all);
    // PUSAT first, in shelf order (005 < 899.221 3 HIR < 899.221 3 TOE < R ...), then TAMAN.
    CHECK(all->barcodes ==
          QStringList{QStringLiteral("T0"), QStringLiteral("T1"), QStringLiteral("T3"), QStringLiteral("T2"), QStringLiteral("T9")});
    const PageImage page = rasterize(all->path, 1, dir.path());
    CHECK(decodeCells(page, *sheetLayout(QStringLiteral("a4-4x10")), dir.path()).mid(0, 6) ==
          QStringList{QStringLiteral("T0"), QStringLiteral("T1"), QStringLiteral("T3"), QStringLiteral("T2"), QStringLiteral("T9"),
                      QString()});

    r.branch = QStringLiteral("TAMAN");
    auto taman = printer.print(librarian, r);
    REQUIRE_OK(taman);
    CHECK(taman->barcodes == QStringList{QStringLiteral("T9")});

    // In UTC the library's day is another one: 7 December from 00:00 UTC.
    Status st = core.run(admin, {Services::Administration, QStringLiteral("test.settings"), {}}, [&](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(QStringLiteral("UPDATE settings SET value = 'UTC', updated_op = ? WHERE key = 'library.time_zone'"),
                               {ctx.operationId()});
        return q.ok() ? Status() : Status(q.error());
    });
    REQUIRE(st.ok());
    r.branch.clear();
    auto utc = printer.print(librarian, r);
    REQUIRE_OK(utc);
    CHECK(utc->barcodes == QStringList{QStringLiteral("T0"), QStringLiteral("T2"), QStringLiteral("T9")});

    // The next day nothing has been added yet.
    clock.advanceMs(24LL * 3600 * 1000);
    auto none = printer.print(librarian, r);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == QStringLiteral("labels.nothing_to_print"));
    CHECK(none.error().message.contains(QStringLiteral("2026-12-08")));
    r.branch = QStringLiteral("KOTA");
    auto unknownBranch = printer.print(librarian, r);
    REQUIRE_FALSE(unknownBranch.ok());
    CHECK(unknownBranch.error().code == QStringLiteral("collection.unknown_branch"));
}

TEST_CASE_METHOD(Library, "refusals: clear codes, which copies, and no file left behind", "[db][labels]")
{
    add(QStringLiteral("B1"), bumi);
    add(QStringLiteral("NOCALL"), lc);
    auto refusal = [&](const LabelRequest &r) {
        auto out = printer.print(librarian, r);
        REQUIRE_FALSE(out.ok());
        CHECK(out.error().isRefusal());
        CHECK_FALSE(QFile::exists(r.outPath));
        CHECK_FALSE(QFile::exists(r.outPath + QStringLiteral(".part")));
        return out.error();
    };
    Error e = refusal(request(LabelKind::Spine, {QStringLiteral("B1"), QStringLiteral("X9"), QStringLiteral("B1"), QStringLiteral("X8")},
                              QStringLiteral("a4-3x8")));
    CHECK(e.code == QStringLiteral("collection.unknown_barcode"));
    CHECK(e.message.contains(QStringLiteral("X9")));
    CHECK(e.message.contains(QStringLiteral("X8")));
    CHECK(e.details.value(QStringLiteral("barcodes")).toArray() == QJsonArray{QStringLiteral("X9"), QStringLiteral("X8")});
    CHECK(e.details.value(QStringLiteral("reasons")).toArray().size() == 2);

    CHECK(refusal(request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-2x7"))).code ==
          QStringLiteral("labels.unknown_sheet"));
    CHECK(refusal(request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"), 24)).code ==
          QStringLiteral("labels.bad_skip"));
    CHECK(refusal(request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"), -1)).code ==
          QStringLiteral("labels.bad_skip"));
    CHECK(refusal(request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("roll-50x25"), 1)).code ==
          QStringLiteral("labels.bad_skip"));
    CHECK(refusal(request(LabelKind::Spine, {}, QStringLiteral("a4-3x8"))).code == QStringLiteral("labels.nothing_to_print"));
    CHECK(refusal(request(LabelKind::Spine, {QStringLiteral(" ")}, QStringLiteral("a4-3x8"))).code ==
          QStringLiteral("labels.nothing_to_print"));
    LabelRequest both = request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"));
    both.addedToday = true;
    CHECK(refusal(both).code == QStringLiteral("labels.bad_selection"));
    LabelRequest branchOnly = request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"));
    branchOnly.branch = QStringLiteral("PUSAT");
    CHECK(refusal(branchOnly).code == QStringLiteral("labels.bad_selection"));

    Error noCall = refusal(request(LabelKind::Spine, {QStringLiteral("B1"), QStringLiteral("NOCALL")}, QStringLiteral("a4-3x8")));
    CHECK(noCall.code == QStringLiteral("labels.no_call_number"));
    CHECK(noCall.details.value(QStringLiteral("barcodes")).toArray() == QJsonArray{QStringLiteral("NOCALL")});
    // A barcode label needs no call number.
    REQUIRE_OK(printer.print(
        librarian, request(LabelKind::Barcode, {QStringLiteral("NOCALL")}, QStringLiteral("a4-3x8"), 0, QStringLiteral("nc.pdf"))));

    // Too long for a 45.7 mm label at a readable size, but fine on a 70 mm one.
    const QString longCode = QStringLiteral("PERPUS-KOTA-SERANG-0001");
    add(longCode, bumi);
    Error tooLong = refusal(request(LabelKind::Barcode, {QStringLiteral("B1"), longCode}, QStringLiteral("a4-4x10")));
    CHECK(tooLong.code == QStringLiteral("labels.barcode_unprintable"));
    CHECK(tooLong.message.contains(longCode));
    CHECK(tooLong.details.value(QStringLiteral("barcodes")).toArray() == QJsonArray{longCode});
    auto wide = printer.print(librarian, request(LabelKind::Barcode, {longCode}, QStringLiteral("a4-3x8"), 0, QStringLiteral("wide.pdf")));
    REQUIRE_OK(wide);
    CHECK(decodeCells(rasterize(wide->path, 1, dir.path()), *sheetLayout(QStringLiteral("a4-3x8")), dir.path()).first() == longCode);
    // Characters Code 128 cannot hold.
    add(QStringLiteral("BUKU-伝統"), bumi);
    CHECK(refusal(request(LabelKind::Barcode, {QStringLiteral("BUKU-伝統")}, QStringLiteral("a4-3x8"))).code ==
          QStringLiteral("labels.barcode_unprintable"));

    // Output: none given, a folder that does not exist; an older file stays as it was.
    LabelRequest noOut = request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"));
    noOut.outPath.clear();
    CHECK(printer.print(librarian, noOut).error().code == QStringLiteral("labels.bad_output"));
    Error unwritable =
        refusal(request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"), 0, QStringLiteral("missing/dir/x.pdf")));
    CHECK(unwritable.code == QStringLiteral("labels.bad_output"));
    CHECK(unwritable.message.contains(QStringLiteral("missing/dir/x.pdf")));
    QFile old(path(QStringLiteral("old.pdf")));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("older labels");
    old.close();
    REQUIRE_FALSE(
        printer.print(librarian, request(LabelKind::Spine, {QStringLiteral("X1")}, QStringLiteral("a4-3x8"), 0, QStringLiteral("old.pdf")))
            .ok());
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "older labels");
    old.close();

    // Every refusal was recorded as a refused labels.print of the cataloguing service.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'labels.print' AND service = 'cataloguing' "
                               "AND outcome = 'refused'")) == 15);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'labels.print' AND outcome = 'failed'")) == 0);
}

TEST_CASE_METHOD(Library, "printing labels is a read of the cataloguing service that needs catalogue.edit", "[db][labels]")
{
    add(QStringLiteral("B1"), bumi);
    const qint64 itemsBefore = count(QStringLiteral("SELECT COUNT(*) FROM items"));
    auto ok = printer.print(librarian, request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8")));
    REQUIRE_OK(ok);
    CHECK(ok->toJson().value(QStringLiteral("kind")).toString() == QStringLiteral("spine"));
    CHECK(ok->toJson().value(QStringLiteral("labels")).toInt() == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'labels.print' AND service = 'cataloguing' "
                               "AND outcome = 'ok' AND actor = 'staff:siti'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM items")) == itemsBefore);

    Caller kiosk = Caller::staff(Channel::Kiosk, 2, QStringLiteral("kiosk-1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    auto refused =
        printer.print(kiosk, request(LabelKind::Spine, {QStringLiteral("B1")}, QStringLiteral("a4-3x8"), 0, QStringLiteral("k.pdf")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("core.forbidden"));
    CHECK_FALSE(QFile::exists(path(QStringLiteral("k.pdf"))));
}
