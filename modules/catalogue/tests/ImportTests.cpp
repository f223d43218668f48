#include "CatalogueFixture.h"

#include "catalogue/ImportJob.h"
#include "catalogue/Internal.h"

#include <QBuffer>
#include <QJsonArray>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
MarcRecord book(const QString &control, const QString &title, const QString &isbn = {})
{
    SimpleRecord s;
    s.controlNumber = control;
    s.title = title;
    s.author = QStringLiteral("Penulis, Contoh");
    s.year = 2020;
    s.language = QStringLiteral("ind");
    s.isbn = isbn;
    return buildMarc(s, QDate(2026, 3, 2));
}

QByteArray iso(const MarcRecord &r)
{
    auto b = writeIso2709(r);
    REQUIRE(b.ok());
    return *b;
}

// Every way a record can be broken, each between good records.
QByteArray malformedCorpus(QList<QString> *expectedCodes)
{
    QByteArray out;
    int n = 0;
    auto good = [&]() {
        ++n;
        out += iso(book(QStringLiteral("G%1").arg(n), QStringLiteral("Buku baik nomor %1").arg(n)));
    };
    auto bad = [&](QByteArray b, const char *code) {
        out += b;
        *expectedCodes << QString::fromLatin1(code);
    };
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X1"), QStringLiteral("Leader rusak")));
        b.replace(0, 5, "12a45");
        bad(b, "catalogue.marc_bad_length");
    }
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X2"), QStringLiteral("Panjang salah")));
        b.replace(0, 5, QByteArray::number(b.size() - 10).rightJustified(5, '0'));
        bad(b, "catalogue.marc_bad_length");
    }
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X3"), QStringLiteral("Direktori rusak")));
        b[24 + 3] = 'Q';
        bad(b, "catalogue.marc_bad_directory");
    }
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X4"), QStringLiteral("Tanpa terminator")));
        const int base = b.mid(12, 5).toInt();
        const int len = b.mid(24 + 3, 4).toInt();
        const int start = b.mid(24 + 7, 5).toInt();
        b[base + start + len - 1] = 'x';
        bad(b, "catalogue.marc_no_terminator");
    }
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X5"), QStringLiteral("UTF8 salah")));
        const qsizetype at = b.indexOf("UTF8 salah");
        b[at + 4] = char(0xFF);
        bad(b, "catalogue.marc_bad_utf8");
    }
    good();
    {
        QByteArray b = iso(book(QStringLiteral("X6"), QStringLiteral("Basis salah")));
        b.replace(12, 5, "99999");
        bad(b, "catalogue.marc_bad_leader");
    }
    good();
    {
        // A record with no title at all is refused by the catalogue, not by the reader.
        MarcRecord r;
        r.addControlField(QStringLiteral("001"), QStringLiteral("X7"));
        r.addDataField(QStringLiteral("500"), ' ', ' ', {{'a', QStringLiteral("Hanya catatan.")}});
        bad(iso(r), "catalogue.record_without_title");
    }
    good();
    {
        // Truncated at the end of the file.
        QByteArray b = iso(book(QStringLiteral("X8"), QStringLiteral("Terpotong")));
        bad(b.left(b.size() - 20), "catalogue.marc_truncated");
    }
    return out;
}
} // namespace

TEST_CASE_METHOD(CatalogueFixture, "a malformed corpus: every bad record reported, the good ones imported, nothing half-written",
                 "[db][catalogue][import]")
{
    QList<QString> codes;
    const QByteArray corpus = malformedCorpus(&codes);
    const qint64 opsBefore = count(QStringLiteral("SELECT COUNT(*) FROM operations"));
    auto reader = MarcReader::fromBytes(corpus);
    ImportOptions options;
    options.batchSize = 3;
    options.source = QStringLiteral("corpus.mrc");
    QList<ImportProgress> progress;
    auto report = catalogue.importRecords(admin, *reader, options, [&](const ImportProgress &p) { progress << p; });
    REQUIRE(report.ok());
    CHECK(report->read == 16);
    CHECK(report->imported == 8);
    CHECK(report->rejected == 8);
    REQUIRE(report->problems.size() == 8);
    QStringList got;
    for (const ImportProblem &p : report->problems) {
        got << p.code;
        CHECK(p.position % 2 == 0); // every second record is the bad one
        CHECK_FALSE(p.message.isEmpty());
    }
    CHECK(got == QStringList(codes));
    CHECK(report->problems.first().offset > 0);
    // The good records are there, the bad ones are not, and the index agrees.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 8);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE control_number LIKE 'X%'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == 8);
    CHECK(count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'")) == 8);
    CHECK(search(QStringLiteral("buku baik")).total == 8);
    CHECK(search(QStringLiteral("rusak")).total == 0);
    // Progress came after each batch, ending at the end of the input.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().read == 16);
    CHECK(progress.last().bytesRead == progress.last().bytesTotal);
    // Evidence: one operation per batch plus the import itself, with its figures.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import.batch' AND outcome = 'ok'"))
          == report->batches);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import' AND outcome = 'ok' "
                               "AND subject = 'corpus.mrc'"))
          == 1);
    // The import, its batches and the two searches above.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations")) == opsBefore + 1 + report->batches + 2);
    // Every imported record names its batch's operation.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records b JOIN operations o ON o.id = b.created_op "
                               "WHERE o.operation = 'catalogue.import.batch'"))
          == 8);
}

TEST_CASE_METHOD(CatalogueFixture, "stopping on error keeps what came before the bad record and nothing after", "[db][catalogue][import]")
{
    QList<QString> codes;
    const QByteArray corpus = malformedCorpus(&codes);
    auto reader = MarcReader::fromBytes(corpus);
    ImportOptions options;
    options.stopOnError = true;
    auto report = catalogue.importRecords(admin, *reader, options);
    REQUIRE(report.ok());
    CHECK(report->stopped);
    CHECK(report->read == 2);
    CHECK(report->imported == 1);
    CHECK(report->rejected == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().position == 2);
    CHECK(report->problems.first().code == QStringLiteral("catalogue.marc_bad_length"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 1);
}

TEST_CASE_METHOD(CatalogueFixture, "an import that fails in a batch leaves the earlier batches and nothing of the failed one",
                 "[db][catalogue][import]")
{
    // A database fault in the middle of the fourth batch, as a crash or a full disk would cause.
    if (db().isSqlite()) {
        REQUIRE(db().execDirect(QStringLiteral("CREATE TRIGGER test_fault BEFORE INSERT ON bib_records WHEN NEW.title = 'Buku 10' "
                                               "BEGIN SELECT RAISE(ABORT, 'simulated fault'); END"))
                    .ok());
    } else {
        REQUIRE(db().execDirect(QStringLiteral("CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                               "IF NEW.title = 'Buku 10' THEN RAISE EXCEPTION 'simulated fault'; END IF; "
                                               "RETURN NEW; END $$"))
                    .ok());
        REQUIRE(db().execDirect(QStringLiteral("CREATE TRIGGER test_fault BEFORE INSERT ON bib_records FOR EACH ROW "
                                               "EXECUTE FUNCTION test_fault()"))
                    .ok());
    }
    QByteArray input;
    for (int i = 1; i <= 12; ++i)
        input += iso(book(QStringLiteral("C%1").arg(i), QStringLiteral("Buku %1").arg(i)));
    auto reader = MarcReader::fromBytes(input);
    ImportOptions options;
    options.batchSize = 3;
    auto report = catalogue.importRecords(admin, *reader, options);
    REQUIRE_FALSE(report.ok());
    CHECK_FALSE(report.error().isRefusal());
    CHECK(report.error().message.contains(QStringLiteral("9")));
    CHECK(report.error().details.value(QStringLiteral("import")).toObject().value(QStringLiteral("imported")).toInt() == 9);
    // Batches 1-3 (records 1-9) are in, with their index; batch 4 (10-12) left no trace.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 9);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == 9);
    CHECK(count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'")) == 9);
    CHECK(*documentFrequency(db(), QStringLiteral("buku")) == 9);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE title IN ('Buku 10', 'Buku 11', 'Buku 12')")) == 0);
    CHECK(search(QStringLiteral("buku")).total == 9);
    // The failure is on record and opened an incident.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import.batch' AND outcome = 'failed'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import' AND outcome = 'failed'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE service_code = 'cataloguing'")) >= 1);
}

TEST_CASE_METHOD(CatalogueFixture, "duplicates by control number and ISBN are detected and reported", "[db][catalogue][import]")
{
    REQUIRE(catalogue.createRecord(admin, book(QStringLiteral("D1"), QStringLiteral("Asli satu"))).ok());
    REQUIRE(catalogue.createRecord(admin, book(QStringLiteral("D2"), QStringLiteral("Asli dua"), QStringLiteral("9780306406157"))).ok());
    QByteArray input = iso(book(QStringLiteral("D1"), QStringLiteral("Salinan satu")))
                       + iso(book(QStringLiteral("N1"), QStringLiteral("Baru"), QStringLiteral("0-306-40615-2")))
                       + iso(book(QStringLiteral("N2"), QStringLiteral("Baru sekali")))
                       + iso(book(QStringLiteral("N2"), QStringLiteral("Baru sekali lagi")));

    SECTION("skip (the default)")
    {
        auto reader = MarcReader::fromBytes(input);
        auto report = catalogue.importRecords(admin, *reader, ImportOptions{});
        REQUIRE(report.ok());
        CHECK(report->imported == 1);
        CHECK(report->skipped == 3);
        REQUIRE(report->duplicates.size() == 3);
        CHECK(report->duplicates[0].matchedOn == QStringLiteral("control_number"));
        CHECK(report->duplicates[0].position == 1);
        CHECK(report->duplicates[0].action == QStringLiteral("skipped"));
        CHECK(report->duplicates[1].matchedOn == QStringLiteral("isbn"));
        CHECK(report->duplicates[1].isbn == QStringLiteral("9780306406157"));
        CHECK(report->duplicates[1].existingBib > 0);
        CHECK(report->duplicates[2].position == 4);
        CHECK(report->duplicates[2].matchedOn == QStringLiteral("control_number"));
        CHECK(report->duplicates[2].existingBib == 0); // an earlier record of the same input
        CHECK(search(QStringLiteral("salinan")).total == 0);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 3);
    }
    SECTION("replace")
    {
        ImportOptions o;
        o.duplicates = DuplicatePolicy::Replace;
        o.batchSize = 2;
        auto reader = MarcReader::fromBytes(input);
        auto report = catalogue.importRecords(admin, *reader, o);
        INFO((report.ok() ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        CHECK(report->replaced == 3);
        CHECK(report->imported == 1);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 3);
        CHECK(search(QStringLiteral("salinan satu")).total == 1);
        CHECK(search(QStringLiteral("asli satu")).total == 0);
        CHECK(search(QStringLiteral("\"baru sekali lagi\"")).total == 1);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == 3);
        CHECK(count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'")) == 3);
        CHECK(*documentFrequency(db(), QStringLiteral("asli")) == 0); // both "Asli" records replaced
    }
    SECTION("allow")
    {
        ImportOptions o;
        o.duplicates = DuplicatePolicy::Allow;
        auto reader = MarcReader::fromBytes(input);
        auto report = catalogue.importRecords(admin, *reader, o);
        REQUIRE(report.ok());
        CHECK(report->imported == 4);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 6);
    }
    // A record created at the desk is refused as a duplicate unless asked for.
    auto again = catalogue.createRecord(admin, book(QStringLiteral("D1"), QStringLiteral("Lagi")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("catalogue.duplicate"));
    CHECK(again.error().details.value(QStringLiteral("matched_on")).toString() == QStringLiteral("control_number"));
}

TEST_CASE_METHOD(CatalogueFixture, "holdings fields (952, 852) create copies, bad holdings reject their record", "[db][catalogue][import]")
{
    MarcRecord koha = book(QStringLiteral("H1"), QStringLiteral("Dengan eksemplar"));
    koha.addDataField(QStringLiteral("952"), ' ', ' ',
                      {{'a', QStringLiteral("PUSAT")}, {'b', QStringLiteral("PUSAT")}, {'c', QStringLiteral("Rak 800")},
                       {'o', QStringLiteral("899.221 ABC d")}, {'p', QStringLiteral("KOHA-1")}, {'y', QStringLiteral("BOOK")},
                       {'g', QStringLiteral("85000.00")}, {'d', QStringLiteral("2025-01-15")}});
    koha.addDataField(QStringLiteral("952"), ' ', ' ',
                      {{'a', QStringLiteral("TAMAN")}, {'p', QStringLiteral("KOHA-2")}, {'1', QStringLiteral("1")}});
    MarcRecord marcHoldings = book(QStringLiteral("H2"), QStringLiteral("Dengan 852"));
    marcHoldings.addDataField(QStringLiteral("852"), '0', ' ',
                              {{'b', QStringLiteral("TAMAN")}, {'c', QStringLiteral("Referensi")}, {'h', QStringLiteral("R 030")},
                               {'i', QStringLiteral("ENS")}, {'p', QStringLiteral("M-852")}});
    MarcRecord noBarcode = book(QStringLiteral("H3"), QStringLiteral("Tanpa barcode"));
    noBarcode.addDataField(QStringLiteral("852"), '0', ' ', {{'b', QStringLiteral("MUG")}, {'h', QStringLiteral("HV8699")}});
    MarcRecord unknownBranch = book(QStringLiteral("H4"), QStringLiteral("Cabang asing"));
    unknownBranch.addDataField(QStringLiteral("952"), ' ', ' ', {{'a', QStringLiteral("ELSEWHERE")}, {'p', QStringLiteral("FOREIGN-1")}});
    MarcRecord dupBarcode = book(QStringLiteral("H5"), QStringLiteral("Barcode ganda"));
    dupBarcode.addDataField(QStringLiteral("952"), ' ', ' ', {{'a', QStringLiteral("PUSAT")}, {'p', QStringLiteral("KOHA-1")}});

    const QByteArray input = iso(koha) + iso(marcHoldings) + iso(noBarcode) + iso(unknownBranch) + iso(dupBarcode);
    auto reader = MarcReader::fromBytes(input);
    ImportOptions strict; // without --strict a copy of an unknown branch only leaves out that copy (below)
    strict.strict = true;
    auto report = catalogue.importRecords(admin, *reader, strict);
    REQUIRE(report.ok());
    CHECK(report->imported == 3);
    CHECK(report->items == 3);
    CHECK(report->rejected == 2);
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems[0].position == 4);
    CHECK(report->problems[0].code == QStringLiteral("collection.unknown_branch"));
    CHECK(report->problems[0].message.contains(QStringLiteral("ELSEWHERE")));
    CHECK(report->problems[1].position == 5);
    CHECK(report->problems[1].code == QStringLiteral("collection.duplicate_barcode"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE control_number IN ('H4', 'H5')")) == 0);

    auto k1 = collection.item(admin, QStringLiteral("KOHA-1"));
    REQUIRE(k1.ok());
    CHECK(k1->branchCode == QStringLiteral("PUSAT"));
    CHECK(k1->location == QStringLiteral("Rak 800"));
    CHECK(k1->callNumber == QStringLiteral("899.221 ABC d"));
    CHECK(k1->itemType == QStringLiteral("book")); // 952 $y, as a code of this catalogue
    CHECK(k1->price == 85000);
    CHECK(k1->acquiredOn == QStringLiteral("2025-01-15"));
    CHECK(k1->status == QStringLiteral("available"));
    auto k2 = collection.item(admin, QStringLiteral("KOHA-2"));
    REQUIRE(k2.ok());
    CHECK(k2->status == QStringLiteral("lost"));
    auto m = collection.item(admin, QStringLiteral("M-852"));
    REQUIRE(m.ok());
    CHECK(m->branchCode == QStringLiteral("TAMAN"));
    CHECK(m->callNumber == QStringLiteral("R 030 ENS"));

    // With a default branch, the foreign copy comes in.
    ImportOptions o;
    o.defaultBranch = QStringLiteral("TAMAN");
    auto again = MarcReader::fromBytes(iso(unknownBranch));
    auto r2 = catalogue.importRecords(admin, *again, o);
    REQUIRE(r2.ok());
    CHECK(r2->items == 1);
    CHECK(collection.item(admin, QStringLiteral("FOREIGN-1"))->branchCode == QStringLiteral("TAMAN"));
    // An unknown default branch is refused before anything is read.
    o.defaultBranch = QStringLiteral("NOWHERE");
    auto third = MarcReader::fromBytes(iso(book(QStringLiteral("H9"), QStringLiteral("Lain"))));
    auto r3 = catalogue.importRecords(admin, *third, o);
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.error().code == QStringLiteral("collection.unknown_branch"));
}

TEST_CASE_METHOD(CatalogueFixture, "records are created, read, updated and deleted through the core", "[db][catalogue]")
{
    SimpleRecord s;
    s.title = QStringLiteral("Ronggeng Dukuh Paruk");
    s.author = QStringLiteral("Tohari, Ahmad");
    s.year = 1982;
    s.language = QStringLiteral("ind");
    s.subjects = {QStringLiteral("Novel Indonesia")};
    s.callNumber = QStringLiteral("899.221 3 TOH r");
    auto id = catalogue.createRecord(admin, s);
    REQUIRE(id.ok());
    auto r = catalogue.record(admin, *id);
    REQUIRE(r.ok());
    CHECK(r->fields.title == QStringLiteral("Ronggeng Dukuh Paruk"));
    CHECK(r->fields.callNumber == QStringLiteral("899.221 3 TOH r"));
    CHECK(r->toJson().value(QStringLiteral("marc")).toString().contains(QStringLiteral("<datafield tag=\"245\"")));
    CHECK(ids(search(QStringLiteral("ronggeng"))) == QList<qint64>{*id});

    MarcRecord changed = r->marc;
    for (MarcField &f : changed.fields) {
        if (f.tag == QLatin1String("245"))
            f.subfields = {{'a', QStringLiteral("Ronggeng Dukuh Paruk :")}, {'b', QStringLiteral("catatan buat emak")}};
    }
    REQUIRE(catalogue.updateRecord(admin, *id, changed).ok());
    CHECK(ids(search(QStringLiteral("emak"))) == QList<qint64>{*id});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == 1);
    CHECK(*documentFrequency(db(), QStringLiteral("ronggeng")) == 1);

    Collection::ItemInput in;
    in.bibId = *id;
    in.barcode = QStringLiteral("R-1");
    REQUIRE_FALSE(collection.addItem(admin, in).ok()); // two branches: which one?
    in.branch = QStringLiteral("PUSAT");
    REQUIRE(collection.addItem(admin, in).ok());
    auto refused = catalogue.deleteRecord(admin, *id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalogue.record_has_items"));

    auto other = catalogue.createRecord(admin, book(QStringLiteral("DEL"), QStringLiteral("Akan dihapus")));
    REQUIRE(other.ok());
    Status deleted = catalogue.deleteRecord(admin, *other);
    INFO((deleted.ok() ? QString() : deleted.error().message).toStdString());
    REQUIRE(deleted.ok());
    CHECK(search(QStringLiteral("dihapus")).total == 0);
    CHECK(*documentFrequency(db(), QStringLiteral("dihapus")) == 0);
    if (db().isPostgres())
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE term = 'dihapus'")) == 0); // the row goes too
    CHECK(count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'")) == 1);
    auto gone = catalogue.record(admin, *other);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == QStringLiteral("catalogue.unknown_record"));
    CHECK(catalogue.updateRecord(admin, 999999, changed).error().code == QStringLiteral("catalogue.unknown_record"));

    // A kiosk may search but not catalogue.
    Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    auto forbidden = catalogue.createRecord(kiosk, s, true);
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));
    SearchRequest req;
    req.query = QStringLiteral("ronggeng");
    CHECK(catalogue.search(kiosk, req).ok());
}

TEST_CASE_METHOD(CatalogueFixture, "records written without MARC by other code are indexed by reindex", "[db][catalogue]")
{
    Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.raw"), {}}, [&](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO bib_records (title, author, publisher, year, language, record_type, "
                                              "call_number, created_at, updated_at, created_op, updated_op) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)"),
                               {QStringLiteral("Negeri 5 Menara : sebuah novel"), QStringLiteral("Fuadi, Ahmad"),
                                QStringLiteral("Gramedia"), 2009, QStringLiteral("ind"), QStringLiteral("book"),
                                QStringLiteral("899.221 3 FUA n"), ctx.operationId(), ctx.operationId()});
        return q.ok() ? Status() : Status(q.error());
    });
    REQUIRE(st.ok());
    CHECK(search(QStringLiteral("menara")).total == 0);
    auto report = catalogue.reindex(admin);
    REQUIRE(report.ok());
    CHECK(report->indexed == 1);
    CHECK(report->marcBuilt == 1);
    auto found = search(QStringLiteral("menara fuadi"));
    REQUIRE(found.total == 1);
    auto rec = catalogue.record(admin, found.hits.first().bibId);
    REQUIRE(rec.ok());
    CHECK(rec->fields.title == QStringLiteral("Negeri 5 Menara : sebuah novel"));
    CHECK(rec->marc.field(QStringLiteral("245"))->value('b').startsWith(QStringLiteral("sebuah novel")));
    // A second reindex finds nothing to do; --all redoes everything.
    CHECK(catalogue.reindex(admin)->indexed == 0);
    CHECK(catalogue.reindex(admin, true)->indexed == 1);
    CHECK(search(QStringLiteral("menara")).total == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == 1);
}

TEST_CASE_METHOD(CatalogueFixture, "export writes ISO 2709 and MARCXML of a selection, a search or everything", "[db][catalogue][export]")
{
    QList<qint64> ids;
    for (int i = 1; i <= 3; ++i) {
        auto id = catalogue.createRecord(admin, book(QStringLiteral("E%1").arg(i), QStringLiteral("Ekspor %1").arg(i)));
        REQUIRE(id.ok());
        ids << *id;
    }
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    auto r = catalogue.exportRecords(admin, all, ExportOptions{});
    REQUIRE(r.ok());
    CHECK(r->written == 3);
    auto back = MarcReader::fromBytes(all.data());
    MarcReadItem item;
    int n = 0;
    while (back->next(item)) {
        REQUIRE(item.ok());
        CHECK(item.record->controlField(QStringLiteral("001")) == QStringLiteral("E%1").arg(++n));
    }
    CHECK(n == 3);

    QBuffer xml;
    xml.open(QIODevice::WriteOnly);
    ExportOptions o;
    o.format = MarcFormat::MarcXml;
    o.bibIds = {ids[1], 424242};
    auto x = catalogue.exportRecords(admin, xml, o);
    REQUIRE(x.ok());
    CHECK(x->written == 1);
    REQUIRE(x->problems.size() == 1);
    CHECK(x->problems.first().code == QStringLiteral("catalogue.unknown_record"));
    CHECK(xml.data().startsWith("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">"));
    auto xr = MarcReader::fromBytes(xml.data());
    REQUIRE(xr->next(item));
    REQUIRE(item.ok());
    CHECK(item.record->controlField(QStringLiteral("001")) == QStringLiteral("E2"));

    QBuffer bySearch;
    bySearch.open(QIODevice::WriteOnly);
    ExportOptions s;
    s.query = QStringLiteral("ekspor NOT 2");
    auto sr = catalogue.exportRecords(admin, bySearch, s);
    REQUIRE(sr.ok());
    CHECK(sr->written == 2);
}

TEST_CASE_METHOD(CatalogueFixture, "the real records: imported, exported, and the export is the input", "[db][catalogue][export][shared-data]")
{
    AKSARA_REQUIRE_SHARED_DATA(path, "marc/real-bib-utf8.mrc");
    const QString dir = sharedDataDir();
    ImportOptions o;
    o.duplicates = DuplicatePolicy::Allow; // the file is already deduplicated; some editions share ISBNs
    o.createItems = false;
    auto report = catalogue.importFile(admin, path, o);
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().message).toStdString());
    CHECK(report->rejected == 0);
    CHECK(report->imported == 6133);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto ex = catalogue.exportRecords(admin, out, ExportOptions{});
    REQUIRE(ex.ok());
    CHECK(ex->written == 6133);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    CHECK(out.data().size() == original.size());
    CHECK((out.data() == original));

    SearchRequest req;
    req.query = QStringLiteral("nepali");
    req.languages = {QStringLiteral("nep")};
    CHECK(search(req).total > 0);

    // MARC-8 files import as the UTF-8 that yaz-marcdump makes of them.
    const QString exe = Test::requireTool("yaz-marcdump", "yaz");
    const QString marc8 = Test::requireSharedData(QStringLiteral("marc/marc8-originals/lul_fre_100.mrc"));
    ImportOptions m8;
    m8.duplicates = DuplicatePolicy::Allow;
    m8.createItems = false;
    m8.encoding = MarcEncoding::Marc8;
    const qint64 before = count(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM bib_records"));
    auto rm = catalogue.importFile(admin, marc8, m8);
    REQUIRE(rm.ok());
    CHECK(rm->imported == 100);
    QList<qint64> newIds;
    auto q = db().exec(QStringLiteral("SELECT id FROM bib_records WHERE id > ? ORDER BY id"), {before});
    REQUIRE(q.ok());
    while (q->next())
        newIds << q->value(0).toLongLong();
    q->finish();
    QBuffer m8out;
    m8out.open(QIODevice::WriteOnly);
    ExportOptions sel;
    sel.bibIds = newIds;
    REQUIRE(catalogue.exportRecords(admin, m8out, sel).ok());
    QProcess p;
    p.start(exe, {QStringLiteral("-f"), QStringLiteral("MARC-8"), QStringLiteral("-t"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                  QStringLiteral("9=97"), QStringLiteral("-o"), QStringLiteral("marc"), marc8});
    REQUIRE(p.waitForFinished(60000));
    const QByteArray yaz = p.readAllStandardOutput();
    CHECK(m8out.data().size() == yaz.size());
    CHECK((m8out.data() == yaz));
    // Converted (decomposed) text is found with composed and with plain queries.
    SearchRequest fr;
    fr.query = QString::fromUtf8("Québec");
    fr.languages = {QStringLiteral("fre")};
    const qint64 composed = search(fr).total;
    fr.query = QStringLiteral("quebec");
    CHECK(search(fr).total == composed);
    CHECK(composed > 0);
}

TEST_CASE_METHOD(CatalogueFixture, "an import killed in the middle leaves every finished batch and nothing of the unfinished one",
                 "[db][catalogue][import][cli]")
{
    // A real crash: the aksara command is killed (SIGKILL) while it imports.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.mrc"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 60000; ++i)
            f.write(iso(book(QStringLiteral("K%1").arg(i), QStringLiteral("Buku ke-%1 tentang sejarah").arg(i))));
    }
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral(AKSARA_CLI), {QStringLiteral("--db"), tdb.url(), QStringLiteral("catalogue"), QStringLiteral("import"),
                                           path, QStringLiteral("--batch"), QStringLiteral("1000")});
    REQUIRE(cli.waitForStarted(10000));
    auto other = tdb.openAnother();
    qint64 seen = 0;
    for (int i = 0; i < 2000 && seen < 3000; ++i) {
        QThread::msleep(20);
        auto v = other->scalar(QStringLiteral("SELECT COUNT(*) FROM bib_records"));
        if (v.ok())
            seen = v->toLongLong();
    }
    REQUIRE(seen >= 3000);
    cli.kill();
    REQUIRE(cli.waitForFinished(10000));
    CHECK(cli.exitStatus() == QProcess::CrashExit);
    other.reset();

    const qint64 n = count(QStringLiteral("SELECT COUNT(*) FROM bib_records"));
    INFO("records after the crash: " << n);
    CHECK(n < 60000);
    CHECK(n % 1000 == 0); // whole batches only
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM search_docs")) == n);
    CHECK(count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'")) == n);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import.batch' AND outcome = 'ok'")) == n / 1000);
    // The index agrees with the table, and the batch that was cut off can simply be imported again.
    CHECK(search(QStringLiteral("sejarah")).total == n);
    auto reader = MarcReader::open(path);
    REQUIRE(reader.ok());
    auto again = catalogue.importRecords(admin, **reader, ImportOptions{});
    REQUIRE(again.ok());
    CHECK(again->imported == 60000 - n);
    CHECK(again->skipped == n);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 60000);
}

TEST_CASE_METHOD(CatalogueFixture, "the GUI's import job reports progress through signals and can be cancelled", "[db][catalogue][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("job.mrc"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 50; ++i)
            f.write(iso(book(QStringLiteral("J%1").arg(i), QStringLiteral("Buku pekerjaan %1").arg(i))));
    }
    ImportOptions o;
    o.batchSize = 10;
    ImportJob job(core, admin, path, o);
    QList<qint64> reads;
    bool ok = false;
    QJsonObject report;
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::progress, [&](qint64 read, qint64, qint64, qint64, qint64) { reads << read; });
    QObject::connect(&job, &ImportJob::finished, [&](bool success, const QJsonObject &r, const QString &) {
        ok = success;
        report = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    CHECK(ok);
    CHECK(reads == QList<qint64>({10, 20, 30, 40, 50}));
    CHECK(report.value(QStringLiteral("imported")).toInt() == 50);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 50);

    // Cancelled before it starts: nothing is written, and it says so.
    ImportJob second(core, admin, path, o);
    QObject::connect(&second, &ImportJob::finished, [&](bool success, const QJsonObject &r, const QString &) {
        ok = success;
        report = r;
        loop.quit();
    });
    second.cancel();
    second.start();
    loop.exec();
    CHECK(ok);
    CHECK(report.value(QStringLiteral("cancelled")).toBool());
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
}

TEST_CASE_METHOD(CatalogueFixture, "a copy of an unknown branch is left out and listed, its record imported unless strict",
                 "[db][catalogue][import]")
{
    MarcRecord mixed = book(QStringLiteral("UB1"), QStringLiteral("Eksemplar campuran"));
    mixed.addDataField(QStringLiteral("952"), ' ', ' ', {{'a', QStringLiteral("PUSAT")}, {'p', QStringLiteral("UB-OK-1")}});
    mixed.addDataField(QStringLiteral("952"), ' ', ' ', {{'a', QStringLiteral("ELSEWHERE")}, {'p', QStringLiteral("UB-LOST-1")}});
    MarcRecord noBranch = book(QStringLiteral("UB2"), QStringLiteral("Tanpa cabang"));
    noBranch.addDataField(QStringLiteral("852"), '0', ' ', {{'h', QStringLiteral("R 030")}, {'p', QStringLiteral("UB-NONE-1")}});
    const QByteArray input = iso(mixed) + iso(noBranch);

    ImportOptions strict;
    strict.strict = true;
    auto refused = catalogue.importRecords(admin, *MarcReader::fromBytes(input), strict);
    REQUIRE(refused.ok());
    CHECK(refused->imported == 0);
    CHECK(refused->rejected == 2);
    CHECK(refused->copiesNotCreated == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM items WHERE barcode LIKE 'UB-%'")) == 0);

    auto report = catalogue.importRecords(admin, *MarcReader::fromBytes(input), ImportOptions{});
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    CHECK(report->rejected == 0);
    CHECK(report->items == 1);
    CHECK(report->copiesNotCreated == 2);
    REQUIRE(report->copyProblems.size() == 2);
    CHECK(report->copyProblems[0].position == 1);
    CHECK(report->copyProblems[0].controlNumber == QStringLiteral("UB1"));
    CHECK(report->copyProblems[0].barcode == QStringLiteral("UB-LOST-1"));
    CHECK(report->copyProblems[0].branch == QStringLiteral("ELSEWHERE"));
    CHECK(report->copyProblems[0].code == QStringLiteral("collection.unknown_branch"));
    CHECK(report->copyProblems[0].message.contains(QStringLiteral("ELSEWHERE")));
    CHECK(report->copyProblems[1].barcode == QStringLiteral("UB-NONE-1"));
    CHECK(report->copyProblems[1].branch.isEmpty());
    const QJsonObject json = report->toJson();
    CHECK(json.value(QStringLiteral("copies_not_created")).toInt() == 2);
    CHECK(json.value(QStringLiteral("copy_problems")).toArray().size() == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE control_number IN ('UB1', 'UB2')")) == 2);
    CHECK(collection.item(admin, QStringLiteral("UB-OK-1")).ok());
    CHECK_FALSE(collection.item(admin, QStringLiteral("UB-LOST-1")).ok());
    CHECK_FALSE(collection.item(admin, QStringLiteral("UB-NONE-1")).ok());
    // The batch's operation record counts what it left out.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'catalogue.import.batch' AND outcome = 'ok' "
                               "AND details LIKE '%copies_not_created%'"))
          == 1);
}

TEST_CASE_METHOD(CatalogueFixture, "padding after and between records is not a record, a truncated record still is an error",
                 "[db][catalogue][import]")
{
    const QByteArray a = iso(book(QStringLiteral("P1"), QStringLiteral("Buku pertama")));
    const QByteArray b = iso(book(QStringLiteral("P2"), QStringLiteral("Buku kedua")));
    const QByteArray padding = QByteArray("\x1d\x1d\x1d", 3) + QByteArray(5, '\0') + "\r\n\n  \t\x1a" + QByteArray(3, '\0');

    // Three stray record terminators at the end (the case from a real file), then every kind mixed.
    for (const QByteArray &tail : {QByteArray("\x1d\x1d\x1d", 3), padding}) {
        auto reader = MarcReader::fromBytes(a + padding + b + tail, MarcFormat::Iso2709);
        MarcReadItem item;
        QList<MarcReadItem> items;
        while (reader->next(item))
            items << item;
        REQUIRE(items.size() == 2);
        CHECK(items[0].ok());
        CHECK(items[1].ok());
        CHECK(items[1].offset == a.size() + padding.size());
        CHECK(reader->bytesRead() == reader->totalBytes());
    }
    // Nothing but padding: no record, no error.
    {
        auto reader = MarcReader::fromBytes(padding, MarcFormat::Iso2709);
        MarcReadItem item;
        CHECK_FALSE(reader->next(item));
    }
    // A record cut short and then padded is still an error: truncated when the padding is shorter
    // than what is missing, a wrong length when the padding runs past where it should end.
    for (const auto &[pad, code] : {std::pair{10, "catalogue.marc_truncated"}, std::pair{40, "catalogue.marc_bad_length"}}) {
        auto reader = MarcReader::fromBytes(a + b.left(b.size() - 30) + QByteArray(pad, '\0'), MarcFormat::Iso2709);
        MarcReadItem item;
        REQUIRE(reader->next(item));
        CHECK(item.ok());
        REQUIRE(reader->next(item));
        CHECK_FALSE(item.ok());
        CHECK(item.error.code == QLatin1String(code));
        CHECK_FALSE(reader->next(item));
    }
    // Through the import: nothing rejected.
    auto report = catalogue.importRecords(admin, *MarcReader::fromBytes(a + padding + b + padding), ImportOptions{});
    REQUIRE(report.ok());
    CHECK(report->read == 2);
    CHECK(report->imported == 2);
    CHECK(report->rejected == 0);
}

TEST_CASE_METHOD(CatalogueFixture, "authority, classification, community and holdings records are refused by their type",
                 "[db][catalogue][import]")
{
    struct Case {
        char type;
        const char *words;
    };
    QByteArray input;
    const QList<Case> cases = {{'z', "authority record"},
                               {'w', "classification record"},
                               {'q', "community information record"},
                               {'y', "holdings record"}};
    for (const Case &c : cases) {
        // Shaped like such records are: a heading, no 245.
        MarcRecord r;
        r.leader = QByteArray("00000n  a2200000n  4500");
        r.leader[6] = c.type;
        r.addControlField(QStringLiteral("001"), QStringLiteral("T-%1").arg(QChar::fromLatin1(c.type)));
        r.addDataField(QStringLiteral("100"), '1', ' ', {{'a', QStringLiteral("Toer, Pramoedya Ananta")}});
        input += iso(r);
    }
    // A record of another type that does carry a title is refused all the same.
    MarcRecord titled = book(QStringLiteral("T-titled"), QStringLiteral("Judul dalam rekaman otoritas"));
    titled.leader[6] = 'z';
    input += iso(titled);
    input += iso(book(QStringLiteral("T-bib"), QStringLiteral("Bumi Manusia")));

    auto report = catalogue.importRecords(admin, *MarcReader::fromBytes(input), ImportOptions{});
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(report->rejected == 5);
    REQUIRE(report->problems.size() == 5);
    for (int i = 0; i < cases.size(); ++i) {
        INFO(report->problems[i].message.toStdString());
        CHECK(report->problems[i].code == QStringLiteral("catalogue.not_bibliographic"));
        CHECK(report->problems[i].message.contains(QLatin1String(cases[i].words)));
        CHECK_FALSE(report->problems[i].message.contains(QStringLiteral("no title")));
    }
    CHECK(report->problems[4].message.contains(QStringLiteral("authority record")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 1);
}

TEST_CASE_METHOD(CatalogueFixture, "the real authority file: every record refused as an authority record, none as untitled",
                 "[db][catalogue][import][shared-data]")
{
    AKSARA_REQUIRE_SHARED_DATA(path, "marc/real-auth-utf8.mrc");
    auto report = catalogue.importFile(admin, path, ImportOptions{});
    REQUIRE(report.ok());
    CHECK(report->read == 1066);
    CHECK(report->imported == 0);
    CHECK(report->rejected == 1066);
    qint64 authority = 0;
    for (const ImportProblem &p : report->problems)
        authority += p.code == QStringLiteral("catalogue.not_bibliographic") && p.message.contains(QStringLiteral("authority record"));
    CHECK(authority == 1066);
}

TEST_CASE_METHOD(CatalogueFixture, "MARCXML: padding after the collection is not a record, a second document or other text still is an error",
                 "[catalogue][import]")
{
    const QByteArray doc = marcXmlCollectionStart() + writeMarcXml(book(QStringLiteral("X1"), QStringLiteral("Ronggeng")), false)
                           + writeMarcXml(book(QStringLiteral("X2"), QStringLiteral("Amba")), false) + marcXmlCollectionEnd();
    auto readAll = [](const QByteArray &bytes, QList<MarcReadItem> *items) {
        auto reader = MarcReader::fromBytes(bytes, MarcFormat::MarcXml);
        MarcReadItem item;
        while (reader->next(item))
            *items << item;
    };
    for (const QByteArray &tail : QList<QByteArray>{QByteArray("\x1d\x1d", 2) + QByteArray(3, '\0') + "\n", QByteArray(5, '\0'), QByteArray("\n\x1a", 2)}) {
        QList<MarcReadItem> items;
        readAll(doc + tail, &items);
        REQUIRE(items.size() == 2);
        CHECK(items[0].ok());
        CHECK(items[1].ok());
    }
    // A second collection after the first, or text, is not padding.
    for (const QByteArray &tail : QList<QByteArray>{QByteArray(2, '\0') + doc, QByteArray("\0garbage", 8)}) {
        QList<MarcReadItem> items;
        readAll(doc + tail, &items);
        REQUIRE(items.size() == 3);
        CHECK(items[2].error.code == QStringLiteral("catalogue.marc_bad_xml"));
    }
    // A lone <record> document with padding.
    QList<MarcReadItem> lone;
    readAll(writeMarcXml(book(QStringLiteral("X3"), QStringLiteral("Saman"))) + QByteArray(4, '\0'), &lone);
    REQUIRE(lone.size() == 1);
    CHECK(lone[0].ok());
}
