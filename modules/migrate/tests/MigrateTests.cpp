// Imports from an old system (issue 12 part 1): for each preset a small export written here (all
// names, numbers and NIKs invented), with good rows and the bad rows real exports carry; every good
// row is imported, every bad one reported with its line and column, a second run adds nothing, and
// an old member number lends at the desk's core and over SIP2.
#include "CirculationFixture.h"

#include "migrate/Csv.h"
#include "migrate/Importer.h"

#include "server/Sip2Accounts.h"
#include "server/Sip2LibraryBackend.h"
#include "sip2/Sip2Session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Test;
using Aksara::Migrate::Kind;

namespace {

struct MigrateFixture : CirculationFixture {
    Caller cli = Caller::localAdministrator(QStringLiteral("migrator"));

    Result<Migrate::Report> import(Kind kind, const QByteArray &csv, const QString &preset, const QByteArray &map = {},
                                   Migrate::Options options = {})
    {
        auto mapping = Migrate::preset(kind, preset);
        if (!mapping.ok())
            return mapping.error();
        if (!map.isEmpty()) {
            mapping = Migrate::applyMapFile(kind, map, *mapping);
            if (!mapping.ok())
                return mapping.error();
        }
        Migrate::Importer importer(core, cli);
        return importer.run(kind, csv, *mapping, options);
    }

    // "line:column:code" of every error, to compare at once.
    static QStringList errorsOf(const Migrate::Report &r)
    {
        QStringList out;
        for (const Migrate::RowError &e : r.errors)
            out << QStringLiteral("%1:%2:%3").arg(e.line).arg(e.column, e.code);
        return out;
    }
    qint64 patronCount() { return count(QStringLiteral("SELECT COUNT(*) FROM patrons")); }
};

// SLiMS 9's membership export without its header row (the export asks), in the order of
// admin/modules/membership/export.php, "," and '"' as SLiMS offers by default.
const QByteArray kSlimsMembers =
    "\"M-0001\",\"Budi Santoso\",\"1\",\"Adult\",\"budi@contoh.id\",\"Jl. Mawar 3\",\"40111\",\"\",\"0\",\"\",\"3273011501900001\",\"0812345678\",\"\",\"2019-01-05\",\"2019-01-05\",\"2027-01-05\",\"1990-01-15\",\"\"\n"
    "\"M-0002\",\"Rina Lestari\",\"0\",\"Child\",\"\",\"Jl. Melati 4\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"2020-02-02\",\"2020-02-02\",\"2026-13-40\",\"2015-05-05\",\"\"\n"
    "\"M-0003\",\"Ani Wijaya\",\"0\",\"Dosen\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"2020-02-02\",\"2020-02-02\",\"2027-02-02\",\"\",\"\"\n"
    "\"M-0004\",\"Dedi Kurnia\",\"1\",\"Adult\",\"\",\"\",\"\",\"\",\"0\",\"\",\"1234567\",\"\",\"\",\"2020-02-02\",\"2020-02-02\",\"2027-02-02\",\"\",\"\"\n"
    "\"M-0005\",\"Eka Putri\",\"0\",\"Child\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"2021-03-03\",\"2021-03-03\",\"2027-03-03\",\"2016-06-06\",\"\"\n"
    "\"M-0001\",\"Budi Kembar\",\"1\",\"Adult\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"2020-02-02\",\"2020-02-02\",\"2027-02-02\",\"\",\"\"\n"
    "\"M-0006\",\"Fajar Nugroho\",\"1\",\"Adult\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"2020-02-02\",\"2020-0";

} // namespace

TEST_CASE("CSV: quotes, doubled quotes, line breaks inside quotes, CRLF, a BOM and an open quote at the end", "[migrate]")
{
    const auto f = Migrate::readCsv("\xEF\xBB\xBF" "a;b;c\r\n1;\"x;\"\"y\"\"\";\"two\nlines\"\r\n\r\n2;3;\"open");
    CHECK(f.separator == QLatin1Char(';'));
    REQUIRE(f.records.size() == 3);
    CHECK(f.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(f.records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("x;\"y\""), QStringLiteral("two\nlines")});
    CHECK(f.records[1].line == 2);
    CHECK(f.records[2].line == 5);
    CHECK(f.records[2].openQuote);
    CHECK_FALSE(f.records[1].openQuote);
    // Not UTF-8: read as Windows-1252 (a spreadsheet on Windows saved it).
    const auto latin = Migrate::readCsv("nama\nJos\xE9\n");
    CHECK(latin.records[1].fields.first() == QStringLiteral("Jos\u00E9"));
}

TEST_CASE_METHOD(MigrateFixture, "SLiMS members: good rows in, each bad row reported by line and column, nothing twice", "[db][migrate]")
{
    const qint64 before = patronCount();
    auto r = import(Kind::Patrons, kSlimsMembers, QStringLiteral("slims"));
    REQUIRE_OK(r);
    CHECK(r->rows == 7);
    CHECK(r->imported == 2); // M-0001 and M-0005
    CHECK(errorsOf(*r)
          == QStringList{QStringLiteral("2:expire_date:migrate.bad_date"), QStringLiteral("3:member_type_name:circulation.unknown_category"),
                         QStringLiteral("4:pin:circulation.bad_nik"), QStringLiteral("6:member_id:migrate.duplicate_id"),
                         QStringLiteral("7::migrate.truncated_row")});
    CHECK(patronCount() == before + 2);

    // The old number is the card, as it was printed (normalised as a scanner's input is).
    CHECK(text(QStringLiteral("SELECT name FROM patrons WHERE card_number = 'M0001'")) == QStringLiteral("Budi Santoso"));
    CHECK(text(QStringLiteral("SELECT nik FROM patrons WHERE card_number = 'M0001'")) == QStringLiteral("3273011501900001"));
    CHECK(text(QStringLiteral("SELECT registered_on FROM patrons WHERE card_number = 'M0001'")) == QStringLiteral("2019-01-05"));
    CHECK(text(QStringLiteral("SELECT expires_on FROM patrons WHERE card_number = 'M0005'")) == QStringLiteral("2027-03-03"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM migrated_rows WHERE kind = 'patron'")) == 2);
    // Through the service core: one batch operation, each patron its own nested registration.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'migrate.patrons' AND outcome = 'ok'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.register' AND outcome = 'ok'")) == 2);

    // Again: nothing new, the two recognised by their old number, the same rows reported.
    auto again = import(Kind::Patrons, kSlimsMembers, QStringLiteral("slims"));
    REQUIRE_OK(again);
    CHECK(again->imported == 0);
    CHECK(again->skipped == 2);
    CHECK(errorsOf(*again) == errorsOf(*r));
    CHECK(patronCount() == before + 2);

    // The error report as CSV.
    const QString csv = QString::fromUtf8(r->errorsCsv());
    CHECK(csv.startsWith(QStringLiteral("line,column,old_id,code,message\n")));
    CHECK(csv.contains(QStringLiteral("\n4,pin,M-0004,circulation.bad_nik,")));
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "an invalid NIK is kept as unverified only when asked, and a dry run keeps nothing", "[db][migrate]")
{
    const qint64 before = patronCount();
    Migrate::Options dry;
    dry.dryRun = true;
    auto d = import(Kind::Patrons, kSlimsMembers, QStringLiteral("slims"), {}, dry);
    REQUIRE_OK(d);
    CHECK(d->imported == 2);
    CHECK(d->errors.size() == 5);
    CHECK(patronCount() == before);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM migrated_rows")) == 0);

    Migrate::Options o;
    o.allowUnverifiedNik = true;
    auto r = import(Kind::Patrons, kSlimsMembers, QStringLiteral("slims"), {}, o);
    REQUIRE_OK(r);
    CHECK(r->imported == 3);
    CHECK_FALSE(errorsOf(*r).contains(QStringLiteral("4:pin:circulation.bad_nik")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_number = 'M0004' AND nik IS NULL AND nik_unverified = '1234567'")) == 1);
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "INLISLite members: its header names, d/M/yyyy dates, the mapping file's categories, photos by old number",
                 "[db][migrate]")
{
    QTemporaryDir photos;
    REQUIRE(photos.isValid());
    {
        QFile f(QDir(photos.path()).filePath(QStringLiteral("2019.0001.png")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
    }
    const QByteArray csv =
        "No Anggota;Nama;Tempat Lahir;Tanggal Lahir;Alamat sesuai KTP;No. HP;Jenis Identitas;Nomor Identitas;Jenis Kelamin;Alamat Email;Jenis Anggota;Tanggal Pendaftaran;Tanggal Akhir Berlaku\n"
        "2019.0001;Sari Dewi;Bandung;22/07/1985;Jl. Kenanga 7;081299887766;KTP;3273016207850002;Perempuan;sari@contoh.id;Umum;05/01/2019;05/01/2027\n"
        "2019.0002;Joko Susilo;Bandung;31/02/1980;Jl. Kenanga 8;;KTP;;Laki-laki;;Umum;05/01/2019;05/01/2027\n"
        "2019.0003;Tono;Bandung;01/01/1990;;;KTP;;Laki-laki;;Pelajar;05/01/2019;05/01/2027\n"
        "2019.0004;Wati;Bandung;02/02/1992;;;KTP;3273014202920003;Perempuan;;Umum;05/01/2019;05/01/2027\n"
        "2019.0005;Adi Putra;Bandung;10/10/2015;NULL;-;KTP;;Laki-laki;;Anak;5-1-2020;5-1-2027\n"
        "2019.0005;Adi Lain;Bandung;10/10/2015;;;KTP;;Laki-laki;;Anak;5-1-2020;5-1-2027\n"
        "2019.0006;Putu;Denpasar;10/10/2001;;;KTP;;Laki-laki;;Umum;5-1-";
    const QByteArray map = "[categories]\nUmum = ADULT\nAnak = CHILD\n";
    Migrate::Options o;
    o.photosDir = photos.path();
    auto r = import(Kind::Patrons, csv, QStringLiteral("inlislite"), map, o);
    REQUIRE_OK(r);
    CHECK(r->imported == 3); // .0001, .0004, .0005
    CHECK(errorsOf(*r)
          == QStringList{QStringLiteral("3:Tanggal Lahir:migrate.bad_date"), QStringLiteral("4:Jenis Anggota:circulation.unknown_category"),
                         QStringLiteral("7:No Anggota:migrate.duplicate_id"), QStringLiteral("8::migrate.truncated_row")});
    CHECK(text(QStringLiteral("SELECT birth_date FROM patrons WHERE card_number = '2019.0001'")) == QStringLiteral("1985-07-22"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_number = '2019.0001' AND photo IS NOT NULL")) == 1);
    CHECK(text(QStringLiteral("SELECT c.code FROM patrons p JOIN patron_categories c ON c.id = p.category_id WHERE card_number = '2019.0005'"))
          == QStringLiteral("CHILD"));
    // A second NIK that is well formed but disagrees with the birth date is an error of that column.
    const QByteArray mismatch =
        "No Anggota;Nama;Tanggal Lahir;Nomor Identitas;Jenis Anggota\n2019.0009;Rudi;03/03/1993;3273011501900001;Umum\n";
    auto m = import(Kind::Patrons, mismatch, QStringLiteral("inlislite"), map);
    REQUIRE_OK(m);
    CHECK(errorsOf(*m) == QStringList{QStringLiteral("2:Nomor Identitas:circulation.nik_birth_date_mismatch")});

    auto again = import(Kind::Patrons, csv, QStringLiteral("inlislite"), map, o);
    REQUIRE_OK(again);
    CHECK(again->imported == 0);
    CHECK(again->skipped == 3);
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "Koha patrons, copies, open loans and fees: unknown branch and category are errors, never a default",
                 "[db][migrate]")
{
    const QByteArray map = "[options]\npreset = koha\n[branches]\nCPL = MAIN\nFPL = NORTH\n[categories]\nPT = ADULT\nJ = CHILD\n";
    const QByteArray patronsCsv =
        "cardnumber,surname,firstname,dateofbirth,branchcode,categorycode,dateenrolled,dateexpiry,email,phone,lang\n"
        "23529000001,Hartono,Agus,1975-04-12,CPL,PT,2015-06-01,2027-06-01,agus@contoh.id,0221234567,en\n"
        "23529000002,Lestari,Maya,2014-09-09,FPL,J,2022-01-01,2026-12-31,,,id-ID\n"
        "23529000003,Gunawan,Eko,1980-01-01,XYZ,PT,2015-06-01,2027-06-01,,,\n"
        "23529000004,Siregar,Nina,1980-01-01,CPL,ST,2015-06-01,2027-06-01,,,\n"
        "23529000005,Halim,Rizal,01/02/1980,CPL,PT,2015-06-01,2027-06-01,,,\n"
        "23529000006,Tan,Lina,1980-01-01,CPL,PT,2015-06-01,2027-06-01,not-an-address,,\n";
    auto p = import(Kind::Patrons, patronsCsv, QString(), map);
    REQUIRE_OK(p);
    CHECK(p->imported == 2);
    CHECK(errorsOf(*p)
          == QStringList{QStringLiteral("4:branchcode:circulation.unknown_branch"), QStringLiteral("5:categorycode:circulation.unknown_category"),
                         QStringLiteral("6:dateofbirth:migrate.bad_date"), QStringLiteral("7:email:circulation.bad_email")});
    CHECK(text(QStringLiteral("SELECT name FROM patrons WHERE card_number = '23529000001'")) == QStringLiteral("Agus Hartono"));
    CHECK(text(QStringLiteral("SELECT language FROM patrons WHERE card_number = '23529000001'")) == QStringLiteral("en"));
    CHECK(text(QStringLiteral("SELECT b.code FROM patrons p JOIN branches b ON b.id = p.home_branch_id WHERE card_number = '23529000002'"))
          == QStringLiteral("NORTH"));

    // Copies: matched to the catalogue by biblionumber (the records' 001).
    insert(QStringLiteral("INSERT INTO bib_records (control_number, title, created_at, updated_at, created_op, updated_op) "
                          "VALUES ('501', 'Ronggeng Dukuh Paruk', 0, 0, ?, ?) RETURNING id"),
           {});
    insert(QStringLiteral("INSERT INTO bib_records (control_number, title, created_at, updated_at, created_op, updated_op) "
                          "VALUES ('502', 'Siti Nurbaya', 0, 0, ?, ?) RETURNING id"),
           {});
    const QByteArray copiesCsv = "barcode,biblionumber,homebranch,location,itemcallnumber,itype,price,dateaccessioned\n"
                                 "39000001,501,CPL,GEN,899.221 TOH r,BK,85000.00,2016-02-03\n"
                                 "39000002,502,FPL,GEN,899.221 RUS s,BK,\"60,000.00\",2016-02-03\n"
                                 "39000003,599,CPL,GEN,,BK,0,2016-02-03\n"
                                 "39000004,501,CPL,GEN,,DVD,0,2016-02-03\n"
                                 "39000005,501,MPL,GEN,,BK,0,2016-02-03\n";
    const QByteArray copiesMap = "[options]\npreset = koha\n[branches]\nCPL = MAIN\nFPL = NORTH\n[item_types]\nBK = book\n";
    auto c = import(Kind::Copies, copiesCsv, QString(), copiesMap);
    REQUIRE_OK(c);
    CHECK(c->imported == 2);
    CHECK(errorsOf(*c)
          == QStringList{QStringLiteral("4:biblionumber:migrate.unknown_record"), QStringLiteral("5:itype:collection.unknown_item_type"),
                         QStringLiteral("6:homebranch:collection.unknown_branch")});
    CHECK(count(QStringLiteral("SELECT price FROM items WHERE barcode = '39000002'")) == 60000);

    // Open loans with their due dates; a returned one is not brought over.
    const QByteArray loansCsv = "issue_id,barcode,cardnumber,issuedate,date_due,branchcode,returndate\n"
                                "7001,39000001,23529000001,2026-02-20 10:15:00,2026-03-06 23:59:00,CPL,\n"
                                "7002,39000002,23529000002,2026-02-10,2026-02-24,FPL,\n"
                                "7003,39000002,23529000001,2026-01-10,2026-01-24,FPL,2026-01-20\n"
                                "7004,39999999,23529000001,2026-02-10,2026-02-24,CPL,\n"
                                "7005,39000001,23529000099,2026-02-10,2026-02-24,CPL,\n"
                                "7006,39000001,23529000002,2026-02-10,2026-02-24,CPL,\n";
    auto l = import(Kind::Loans, loansCsv, QString(), "[options]\npreset = koha\n[branches]\nCPL = MAIN\nFPL = NORTH\n");
    REQUIRE_OK(l);
    CHECK(l->imported == 2);
    CHECK(l->closed == 1);
    CHECK(errorsOf(*l)
          == QStringList{QStringLiteral("5:barcode:circulation.unknown_item"), QStringLiteral("6:cardnumber:circulation.unknown_patron"),
                         QStringLiteral("7:barcode:circulation.item_on_loan")});
    const qint64 due = count(QStringLiteral("SELECT l.due_at FROM loans l JOIN items i ON i.id = l.item_id WHERE i.barcode = '39000001'"));
    CHECK(localDate(due) == QDate(2026, 3, 6));
    CHECK(text(QStringLiteral("SELECT status FROM items WHERE barcode = '39000002'")) == QStringLiteral("on_loan"));
    auto account = patrons.account(admin, QStringLiteral("23529000002"));
    REQUIRE_OK(account);
    CHECK(account->patron.overdueLoans == 1);

    // Outstanding fees with their amounts.
    const QByteArray feesCsv = "accountlines_id,cardnumber,amountoutstanding,description,date\n"
                               "9001,23529000001,2500.000000,Overdue: Ronggeng Dukuh Paruk,2026-01-30\n"
                               "9002,23529000002,0.000000,Paid already,2026-01-30\n"
                               "9003,23529000002,12abc,Broken,2026-01-30\n"
                               "9004,23529000077,1000,Nobody,2026-01-30\n";
    auto f2 = import(Kind::Fees, feesCsv, QStringLiteral("koha"));
    REQUIRE_OK(f2);
    CHECK(f2->imported == 1);
    CHECK(f2->settled == 1);
    CHECK(errorsOf(*f2)
          == QStringList{QStringLiteral("4:amountoutstanding:migrate.bad_amount"), QStringLiteral("5:cardnumber:circulation.unknown_patron")});
    CHECK(count(QStringLiteral("SELECT f.balance FROM fees f JOIN patrons p ON p.id = f.patron_id WHERE p.card_number = '23529000001'")) == 2500);

    // Every file again: nothing twice.
    const qint64 loansBefore = count(QStringLiteral("SELECT COUNT(*) FROM loans"));
    const qint64 feesBefore = count(QStringLiteral("SELECT COUNT(*) FROM fees"));
    const qint64 itemsBefore = count(QStringLiteral("SELECT COUNT(*) FROM items"));
    auto p2 = import(Kind::Patrons, patronsCsv, QString(), map);
    auto c2 = import(Kind::Copies, copiesCsv, QString(), copiesMap);
    auto l2 = import(Kind::Loans, loansCsv, QString(), "[options]\npreset = koha\n[branches]\nCPL = MAIN\nFPL = NORTH\n");
    auto f3 = import(Kind::Fees, feesCsv, QStringLiteral("koha"));
    REQUIRE_OK(p2);
    REQUIRE_OK(c2);
    REQUIRE_OK(l2);
    REQUIRE_OK(f3);
    CHECK(p2->imported + c2->imported + l2->imported + f3->imported == 0);
    CHECK(p2->skipped == 2);
    CHECK(c2->skipped == 2);
    CHECK(l2->skipped == 2);
    CHECK(f3->skipped == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans")) == loansBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees")) == feesBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM items")) == itemsBefore);
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "a legacy card (old member number, no check digit) checks out through the core and over SIP2",
                 "[db][migrate][sip2]")
{
    REQUIRE_OK(import(Kind::Patrons, kSlimsMembers, QStringLiteral("slims")));
    const QString b1 = book(QStringLiteral("B0001"), QStringLiteral("Laskar Pelangi"));
    const QString b2 = book(QStringLiteral("B0002"), QStringLiteral("Sang Pemimpi"));

    // At the desk: the card as printed, with its dash, lower case as a keyboard may give it.
    auto out = loans.checkout(librarian, QStringLiteral("m-0001"), b1);
    REQUIRE_OK(out);
    CHECK(out->loan.cardNumber == QStringLiteral("M0001"));
    // A number that is no card and nobody's still says so.
    auto unknown = loans.checkout(librarian, QStringLiteral("M-0999"), b2);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("circulation.bad_card_number"));

    // Over SIP2, as a self-check machine sends it.
    Server::Sip2LibraryBackend backend{core};
    Sip2::Session session{backend};
    Server::Sip2Accounts accounts(core);
    REQUIRE_OK(accounts.create(admin, QStringLiteral("sc1"), QStringLiteral("selfcheck-pass"), QStringLiteral("NUSANTARA"),
                               QStringLiteral("MAIN"), false));
    auto send = [&](const QByteArray &frame) {
        const auto reply = session.feed(frame + "\r");
        REQUIRE_FALSE(reply.close);
        return reply.bytes;
    };
    REQUIRE(send("9300CNsc1|COselfcheck-pass|CPMAIN|").startsWith("941"));
    const QByteArray sip = send("11YN20260302    100000                  AONUSANTARA|AAM-0005|ABB0002|AC|");
    INFO(sip.toStdString());
    CHECK(sip.startsWith("121"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN patrons p ON p.id = l.patron_id "
                               "WHERE p.card_number = 'M0005' AND l.returned_at IS NULL")) == 1);
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "the mapping file: custom columns and date format, and its mistakes and a missing column are refused",
                 "[db][migrate]")
{
    const QByteArray map = "# a library's own spreadsheet\n[options]\ndate_format = dd.MM.yyyy\nbranch = NORTH\n"
                           "[columns]\nold_id = Nomor\nname = Nama Lengkap\ncategory = Golongan\nbirth_date = Lahir\n"
                           "[categories]\nDewasa = ADULT\n";
    const QByteArray csv = "Nomor,Nama Lengkap,Golongan,Lahir\nA-17,Yusuf Habibi,Dewasa,03.04.1988\nA-18,Lina,Dewasa,1988-04-03\n";
    auto r = import(Kind::Patrons, csv, QStringLiteral("custom"), map);
    REQUIRE_OK(r);
    CHECK(r->imported == 1);
    CHECK(errorsOf(*r) == QStringList{QStringLiteral("3:Lahir:migrate.bad_date")});
    CHECK(text(QStringLiteral("SELECT b.code FROM patrons p JOIN branches b ON b.id = p.home_branch_id WHERE card_number = 'A17'"))
          == QStringLiteral("NORTH"));

    auto badField = Migrate::applyMapFile(Kind::Patrons, "[columns]\nshoe_size = Sepatu\n", {});
    REQUIRE_FALSE(badField.ok());
    CHECK(badField.error().code == QStringLiteral("migrate.bad_map"));
    auto badSection = Migrate::applyMapFile(Kind::Patrons, "[colours]\n", {});
    REQUIRE_FALSE(badSection.ok());
    CHECK(badSection.error().code == QStringLiteral("migrate.bad_map"));
    auto noPreset = Migrate::preset(Kind::Patrons, QStringLiteral("athena"));
    REQUIRE_FALSE(noPreset.ok());
    CHECK(noPreset.error().code == QStringLiteral("migrate.unknown_preset"));
    auto missing = import(Kind::Patrons, "member,nama\n1,x\n", QStringLiteral("koha"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("migrate.missing_column"));
}

TEST_CASE_METHOD(MigrateFixture, "the command line: --dry-run, --errors CSV, --json, exit 3 with rejected rows, 0 when all are in",
                 "[db][migrate][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString members = dir.filePath(QStringLiteral("members.csv"));
    const QString errors = dir.filePath(QStringLiteral("rejected.csv"));
    {
        QFile f(members);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kSlimsMembers);
    }
    auto aksara = [&](QStringList args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AKSARA_DB"));
        p.setProcessEnvironment(env);
        args.prepend(tdb.url());
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(AKSARA_CLI), args);
        REQUIRE(p.waitForFinished(120000));
        return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
    };
    const qint64 before = patronCount();
    auto [dryCode, dry] = aksara({QStringLiteral("migrate"), QStringLiteral("patrons"), members, QStringLiteral("--preset"),
                                  QStringLiteral("slims"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK(dryCode == 3);
    CHECK(dry.value(QStringLiteral("dry_run")).toBool());
    CHECK(dry.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(patronCount() == before);

    auto [code, report] = aksara({QStringLiteral("migrate"), QStringLiteral("patrons"), members, QStringLiteral("--preset"),
                                  QStringLiteral("slims"), QStringLiteral("--errors"), errors, QStringLiteral("--json")});
    CHECK(code == 3);
    CHECK(report.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(report.value(QStringLiteral("rejected")).toInt() == 5);
    CHECK(patronCount() == before + 2);
    QFile csv(errors);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.first() == QStringLiteral("line,column,old_id,code,message"));
    CHECK(lines.at(1).startsWith(QStringLiteral("2,expire_date,M-0002,migrate.bad_date,")));

    // Only the good rows: every one is already in, nothing rejected, exit 0.
    QFile good(members);
    REQUIRE(good.open(QIODevice::WriteOnly | QIODevice::Truncate));
    good.write(kSlimsMembers.split('\n').at(0) + '\n' + kSlimsMembers.split('\n').at(4) + '\n');
    good.close();
    auto [againCode, again] = aksara({QStringLiteral("migrate"), QStringLiteral("patrons"), members, QStringLiteral("--preset"),
                                      QStringLiteral("slims"), QStringLiteral("--json")});
    CHECK(againCode == 0);
    CHECK(again.value(QStringLiteral("skipped")).toInt() == 2);
    CHECK(patronCount() == before + 2);

    auto [usage, none] = aksara({QStringLiteral("migrate"), QStringLiteral("patrons"), members});
    CHECK(usage == 2);
    auto [unknown, refusal] = aksara({QStringLiteral("migrate"), QStringLiteral("patrons"), members, QStringLiteral("--preset"),
                                      QStringLiteral("athena"), QStringLiteral("--json")});
    CHECK(unknown == 3);
}

TEST_CASE_METHOD(MigrateFixture, "SLiMS items find their record by title: none or several is an error of the title column", "[db][migrate]")
{
    record(QStringLiteral("Cantik Itu Luka"));
    record(QStringLiteral("Perahu Kertas"));
    record(QStringLiteral("Perahu Kertas"));
    const QByteArray csv =
        "item_code,call_number,coll_type_name,inventory_code,received_date,supplier_name,order_no,location_name,order_date,"
        "item_status_name,site,source,invoice,price,price_currency,invoice_date,input_date,last_update,title\n"
        "S0001,899.221 KUR c,Book,INV/1,2019-07-01,,,Fiksi,,,,,,Rp 85.000,Rupiah,,,,Cantik Itu Luka\n"
        "S0002,899.221 LES p,Book,INV/2,2019-07-01,,,Fiksi,,,,,,0,Rupiah,,,,Perahu Kertas\n"
        "S0003,899.221 XXX,Book,INV/3,2019-07-01,,,Fiksi,,,,,,0,Rupiah,,,,Judul Yang Tidak Ada\n"
        "S0004,899.221 KUR c,Book,INV/4,2019-07-32,,,Fiksi,,,,,,0,Rupiah,,,,Cantik Itu Luka\n";
    auto r = import(Kind::Copies, csv, QStringLiteral("slims"));
    REQUIRE_OK(r);
    CHECK(r->imported == 1);
    CHECK(errorsOf(*r)
          == QStringList{QStringLiteral("3:title:migrate.ambiguous_record"), QStringLiteral("4:title:migrate.unknown_record"),
                         QStringLiteral("5:received_date:migrate.bad_date")});
    CHECK(count(QStringLiteral("SELECT price FROM items WHERE barcode = 'S0001'")) == 85000);
    CHECK(text(QStringLiteral("SELECT location FROM items WHERE barcode = 'S0001'")) == QStringLiteral("Fiksi"));
    requireInvariants();
}

TEST_CASE_METHOD(MigrateFixture, "preview reads the file as the import does and writes nothing, cancel keeps the batches done", "[migrate]")
{
    auto mapping = Migrate::preset(Kind::Patrons, QStringLiteral("slims"));
    REQUIRE_OK(mapping);
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM operations"));
    Migrate::Importer importer(core, cli);
    auto p = importer.preview(Kind::Patrons, kSlimsMembers, *mapping, 3);
    REQUIRE_OK(p);
    CHECK(p->headerless);
    CHECK(p->totalRows == 7);
    REQUIRE(p->rows.size() == 3);
    CHECK(p->lines == QList<int>{1, 2, 3});
    REQUIRE(p->fields.contains(QStringLiteral("old_id")));
    CHECK(p->columns.at(p->fields.indexOf(QStringLiteral("old_id"))) == QStringLiteral("member_id"));
    CHECK(p->rows.at(1).at(p->fields.indexOf(QStringLiteral("name"))) == QStringLiteral("Rina Lestari"));
    // Categories: Adult and Child are Aksara's names, Dosen is unknown; SLiMS has no branch column.
    QStringList values;
    for (const Migrate::ValueMapping &v : p->values)
        values << QStringLiteral("%1:%2=%3:%4:%5").arg(v.field, v.oldValue, v.code).arg(v.rows).arg(v.known);
    CHECK(values.contains(QStringLiteral("category:Adult=ADULT:4:1")));
    CHECK(values.contains(QStringLiteral("category:Dosen=Dosen:1:0")));
    CHECK(values.contains(QStringLiteral("branch:=:7:1")));
    CHECK(p->unknownValues() >= 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM operations")) == ops);
    CHECK(patronCount() == 0);
    auto missing = importer.preview(Kind::Patrons, "member,nama\n1,x\n", *Migrate::preset(Kind::Patrons, QStringLiteral("koha")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("migrate.missing_column"));

    // Stopped after the first batch of one row: that row stays, the rest is not read.
    Migrate::Options o;
    o.batchSize = 1;
    o.cancel = std::make_shared<std::atomic<bool>>(false);
    o.progress = [&](qsizetype, qsizetype) { o.cancel->store(true); };
    auto r = importer.run(Kind::Patrons, kSlimsMembers, *mapping, o);
    REQUIRE_OK(r);
    CHECK(r->cancelled);
    CHECK(r->toJson().value(QStringLiteral("cancelled")).toBool());
    CHECK(r->imported == 1);
    CHECK(patronCount() == 1);
}
