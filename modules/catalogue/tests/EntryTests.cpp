// Records entered by hand: the MARC syntax check (every refusal with its field), the line format
// against yaz-marcdump, and createRecord/updateRecord refusing what the check finds, on both engines.
#include "CatalogueFixture.h"

#include "catalogue/Isbn.h"
#include "catalogue/MarcCheck.h"
#include "catalogue/MarcText.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
MarcRecord goodRecord()
{
    MarcRecord r;
    r.leader = "00000nam a2200000 i 4500";
    r.addControlField(QStringLiteral("001"), QStringLiteral("AKS-7"));
    r.addControlField(QStringLiteral("008"), QStringLiteral("260302s2005    io            000 1 ind d"));
    r.addDataField(QStringLiteral("020"), ' ', ' ', {{'a', QStringLiteral("9789793062792")}});
    r.addDataField(QStringLiteral("100"), '1', ' ', {{'a', QStringLiteral("Hirata, Andrea,")}, {'e', QStringLiteral("pengarang.")}});
    r.addDataField(QStringLiteral("245"), '1', '0', {{'a', QStringLiteral("Laskar pelangi /")}, {'c', QStringLiteral("Andrea Hirata.")}});
    r.addDataField(QStringLiteral("264"), ' ', '1', {{'a', QStringLiteral("Yogyakarta :")}, {'b', QStringLiteral("Bentang,")}, {'c', QStringLiteral("2005.")}});
    r.addDataField(QStringLiteral("650"), ' ', '4', {{'a', QStringLiteral("Novel Indonesia")}});
    r.addDataField(QStringLiteral("650"), ' ', '4', {{'a', QStringLiteral("Pendidikan")}, {'z', QStringLiteral("Belitung")}});
    r.addDataField(QStringLiteral("500"), ' ', ' ', {{'a', QStringLiteral("Harga US$5 di luar negeri; ada 2 cetakan.")}});
    return r;
}

// The one problem of a record with one mistake.
RecordProblem only(const MarcRecord &r)
{
    const QList<RecordProblem> p = checkMarc(r);
    INFO(refusalOf(p).message.toStdString());
    REQUIRE(p.size() == 1);
    return p.first();
}

MarcField &fieldOf(MarcRecord &r, const QString &tag, int occurrence = 1)
{
    int n = 0;
    for (MarcField &f : r.fields)
        if (f.tag == tag && ++n == occurrence)
            return f;
    FAIL("no field " << tag.toStdString());
    return r.fields.first();
}

QByteArray yaz(const QStringList &args, const QByteArray &input)
{
    const QString exe = Test::requireTool("yaz-marcdump", "yaz");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.mrc"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    QProcess p;
    p.start(exe, args + QStringList{path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}
} // namespace

TEST_CASE("a record entered by hand: every syntax problem is named at its field", "[catalogue][marc]")
{
    CHECK(checkMarc(goodRecord()).isEmpty());
    SimpleRecord s;
    s.title = QStringLiteral("Bumi Manusia");
    s.author = QStringLiteral("Toer, Pramoedya Ananta");
    s.year = 1980;
    s.language = QStringLiteral("ind");
    s.subjects = {QStringLiteral("Sejarah -- Kolonialisme")};
    s.callNumber = QStringLiteral("899.221 3 TOE b");
    s.isbn = QStringLiteral("979-97312-3-2");
    CHECK(checkMarc(buildMarc(s, QDate(2026, 3, 2))).isEmpty());

    SECTION("a tag that is not three digits (or three letters of one case)")
    {
        for (const QString &bad : {QStringLiteral("24a"), QStringLiteral("2450"), QStringLiteral("24"), QStringLiteral("2 5"),
                                   QStringLiteral("Abc")}) {
            MarcRecord r = goodRecord();
            r.addDataField(bad, ' ', ' ', {{'a', QStringLiteral("x")}});
            const RecordProblem p = only(r);
            CHECK(p.code == QStringLiteral("catalogue.marc_bad_tag"));
            CHECK(p.field == bad);
            CHECK(p.index == r.fields.size() - 1);
            CHECK(p.message.contains(QStringLiteral("\"%1\" is not a tag").arg(bad)));
        }
        MarcRecord local = goodRecord();
        local.addDataField(QStringLiteral("LOC"), ' ', ' ', {{'a', QStringLiteral("rak 3")}});
        CHECK(checkMarc(local).isEmpty());
        MarcRecord zero = goodRecord();
        zero.addControlField(QStringLiteral("000"), QStringLiteral("x"));
        CHECK(only(zero).code == QStringLiteral("catalogue.marc_bad_tag"));
    }
    SECTION("the title statement is required, once, with a title")
    {
        MarcRecord r = goodRecord();
        r.removeFields(QStringLiteral("245"));
        RecordProblem p = only(r);
        CHECK(p.code == QStringLiteral("catalogue.marc_missing_245"));
        CHECK(p.field == QStringLiteral("245"));
        CHECK(p.message.startsWith(QStringLiteral("Field 245: the record has no title statement")));

        MarcRecord noA = goodRecord();
        fieldOf(noA, QStringLiteral("245")).subfields = {{'c', QStringLiteral("Andrea Hirata.")}};
        CHECK(only(noA).code == QStringLiteral("catalogue.marc_missing_245"));

        MarcRecord twice = goodRecord();
        twice.addDataField(QStringLiteral("245"), '0', '0', {{'a', QStringLiteral("Again")}});
        p = only(twice);
        CHECK(p.code == QStringLiteral("catalogue.marc_repeated_field"));
        CHECK(p.occurrence == 2);
        CHECK(p.message.startsWith(QStringLiteral("Field 245 #2:")));
    }
    SECTION("indicators and subfield codes")
    {
        MarcRecord r = goodRecord();
        fieldOf(r, QStringLiteral("650"), 2).ind2 = 'X';
        RecordProblem p = only(r);
        CHECK(p.code == QStringLiteral("catalogue.marc_bad_indicator"));
        CHECK(p.field == QStringLiteral("650"));
        CHECK(p.occurrence == 2);
        CHECK(p.indicator == 2);
        CHECK(p.message == QStringLiteral("Field 650 #2 indicator 2: \"X\" is not an indicator: an indicator is a digit, a "
                                          "lowercase letter or blank."));

        MarcRecord code = goodRecord();
        fieldOf(code, QStringLiteral("264")).subfields[1].code = 'B';
        p = only(code);
        CHECK(p.code == QStringLiteral("catalogue.marc_bad_subfield_code"));
        CHECK(p.field == QStringLiteral("264"));
        CHECK(p.toJson().value(QStringLiteral("tag")).toString() == QStringLiteral("264"));
    }
    SECTION("empty fields and subfields")
    {
        MarcRecord r = goodRecord();
        fieldOf(r, QStringLiteral("650")).subfields.clear();
        CHECK(only(r).code == QStringLiteral("catalogue.marc_empty_field"));
        MarcRecord sub = goodRecord();
        fieldOf(sub, QStringLiteral("264")).subfields[2].value = QStringLiteral("  ");
        RecordProblem p = only(sub);
        CHECK(p.code == QStringLiteral("catalogue.marc_empty_field"));
        CHECK(p.subfield == 'c');
        CHECK(p.toJson().value(QStringLiteral("subfield")).toString() == QStringLiteral("c"));
        MarcRecord control = goodRecord();
        fieldOf(control, QStringLiteral("001")).data.clear();
        CHECK(only(control).code == QStringLiteral("catalogue.marc_empty_field"));
    }
    SECTION("control fields and data fields in each other's shape")
    {
        MarcRecord r = goodRecord();
        r.fields.insert(2, MarcField{QStringLiteral("007"), 't', 'a', {}, {{'a', QStringLiteral("x")}}, false});
        RecordProblem p = only(r);
        CHECK(p.code == QStringLiteral("catalogue.marc_control_field_with_subfields"));
        CHECK(p.index == 2);
        MarcRecord d = goodRecord();
        d.addControlField(QStringLiteral("500"), QStringLiteral("a note"));
        CHECK(only(d).code == QStringLiteral("catalogue.marc_data_field_as_control"));
        MarcRecord short008 = goodRecord();
        fieldOf(short008, QStringLiteral("008")).data.chop(2);
        p = only(short008);
        CHECK(p.code == QStringLiteral("catalogue.marc_bad_control_field"));
        CHECK(p.message.contains(QStringLiteral("has 38")));
    }
    SECTION("characters a MARC record cannot carry")
    {
        MarcRecord r = goodRecord();
        fieldOf(r, QStringLiteral("500")).subfields[0].value = QStringLiteral("split\x1fhere");
        CHECK(only(r).code == QStringLiteral("catalogue.marc_bad_character"));
    }
    SECTION("the leader")
    {
        MarcRecord r = goodRecord();
        r.leader = "00000nam a2200000";
        RecordProblem p = only(r);
        CHECK(p.code == QStringLiteral("catalogue.marc_bad_leader"));
        CHECK(p.field == QStringLiteral("leader"));
        CHECK(p.message.contains(QStringLiteral("17 characters")));

        struct Case {
            int pos;
            char value;
        };
        for (const Case &c : {Case{5, 'x'}, Case{6, 'z'}, Case{7, 'q'}, Case{9, ' '}, Case{17, '9'}, Case{0, 'x'}}) {
            MarcRecord l = goodRecord();
            l.leader[c.pos] = c.value;
            p = only(l);
            CHECK(p.code == QStringLiteral("catalogue.marc_bad_leader"));
            CHECK(p.position == c.pos);
            CHECK(p.message.startsWith(QStringLiteral("Leader/%1:").arg(c.pos, 2, 10, QLatin1Char('0'))));
        }
        MarcRecord l = goodRecord();
        l.leader[9] = ' ';
        CHECK(only(l).message.contains(QStringLiteral("Unicode")));
    }
    SECTION("several problems come together, in record order")
    {
        MarcRecord r = goodRecord();
        r.leader[6] = 'z';
        fieldOf(r, QStringLiteral("245")).tag = QStringLiteral("24a");
        fieldOf(r, QStringLiteral("100")).ind1 = '!';
        const Error e = refusalOf(checkMarc(r));
        const QJsonArray reasons = e.details.value(QStringLiteral("reasons")).toArray();
        REQUIRE(reasons.size() == 4);
        CHECK(e.code == QStringLiteral("catalogue.marc_bad_leader"));
        CHECK(reasons[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("leader"));
        CHECK(reasons[1].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_indicator"));
        CHECK(reasons[2].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_tag"));
        CHECK(reasons[3].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_missing_245"));
    }
}

TEST_CASE("simple records are checked field by field", "[catalogue]")
{
    SimpleRecord s;
    s.title = QStringLiteral("  ");
    s.isbn = QStringLiteral("978-602-03-1234-0");
    s.year = 2031;
    s.language = QStringLiteral("id");
    s.recordType = QStringLiteral("scroll");
    const QList<RecordProblem> p = checkSimpleRecord(s, 2026);
    REQUIRE(p.size() == 5);
    CHECK(p[0].field == QStringLiteral("title"));
    CHECK(p[1].field == QStringLiteral("isbn"));
    CHECK(p[1].code == QStringLiteral("catalogue.bad_isbn"));
    CHECK(p[1].message.contains(QStringLiteral("check digit")));
    CHECK(p[2].field == QStringLiteral("year"));
    CHECK(p[3].field == QStringLiteral("language"));
    CHECK(p[4].field == QStringLiteral("type"));
    s.title = QStringLiteral("Ok");
    s.isbn = QStringLiteral("0-306-40615-2");
    s.year = 2027;
    s.language = QStringLiteral("jav");
    s.recordType = QStringLiteral("dvd");
    CHECK(checkSimpleRecord(s, 2026).isEmpty());
}

TEST_CASE("the line format: yaz-marcdump's, read back and written the same", "[catalogue][marc]")
{
    MarcRecord r = goodRecord();
    r.addDataField(QStringLiteral("041"), '0', ' ', {{'a', QStringLiteral("ind")}, {'b', QStringLiteral("eng")}});
    r.addDataField(QStringLiteral("700"), '1', ' ', {{'a', QStringLiteral("Müller, Jürgen")}, {'4', QStringLiteral("trl")}});
    auto iso = writeIso2709(r);
    REQUIRE(iso.ok());
    const QByteArray line = yaz({QStringLiteral("-i"), QStringLiteral("marc"), QStringLiteral("-o"), QStringLiteral("line")}, *iso);
    MarcRecord stored = *parseIso2709(*iso);
    CHECK(writeMarcLines(stored).toUtf8() + "\n" == line); // yaz ends a record with a blank line
    auto back = readMarcLines(QString::fromUtf8(line));
    REQUIRE(back.ok());
    CHECK(back->record == stored);
    CHECK(back->leaderLine == 1);
    CHECK(back->fieldLines.first() == 2);
    CHECK(back->fieldLines.last() == stored.fields.size() + 1);

    SECTION("a blank indicator may be written #, and a \"$\" inside a value stays in it")
    {
        auto e = readMarcLines(QStringLiteral("00000nam a2200000 i 4500\n245 1# $a Judul : $b anak judul\n500 #  $a US$5\n"
                                              "020    $a 0439139600 $c $8.99\n"));
        REQUIRE(e.ok());
        CHECK(e->record.fields[0].ind2 == ' ');
        CHECK(e->record.fields[0].subfields == QList<MarcSubfield>{{'a', QStringLiteral("Judul :")}, {'b', QStringLiteral("anak judul")}});
        CHECK(e->record.fields[1].subfields.first().value == QStringLiteral("US$5"));
        CHECK(e->record.fields[2].subfields.last() == MarcSubfield{'c', QStringLiteral("$8.99")});
        auto glued = readMarcLines(QStringLiteral("00000nam a2200000 i 4500\n245 10 $aJudul$banak\n"));
        CHECK(glued.error().code == QStringLiteral("catalogue.marc_bad_line"));
        CHECK(glued.error().message.contains(QStringLiteral("$a Judul")));
    }
    SECTION("what the line syntax gets wrong is refused with the line")
    {
        auto e = readMarcLines(QStringLiteral("00000nam a2200000 i 4500\n245 1X0 $a Judul\n $b sambungan\n650  4 $ Sejarah\n"
                                              "500    teks tanpa subfield\n"));
        REQUIRE_FALSE(e.ok());
        const QJsonArray reasons = e.error().details.value(QStringLiteral("reasons")).toArray();
        REQUIRE(reasons.size() == 4);
        CHECK(reasons[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_indicator"));
        CHECK(reasons[0].toObject().value(QStringLiteral("line")).toInt() == 2);
        CHECK(reasons[1].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_line"));
        CHECK(reasons[1].toObject().value(QStringLiteral("line")).toInt() == 3);
        CHECK(reasons[2].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_subfield_code"));
        CHECK(reasons[3].toObject().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Line 5:")));

        CHECK(readMarcLines(QStringLiteral("245 10 $a Judul tanpa pemimpin\n")).error().code == QStringLiteral("catalogue.marc_bad_leader"));
        CHECK(readMarcLines(QStringLiteral("\n\n")).error().code == QStringLiteral("catalogue.marc_no_record"));
        auto two = readMarcLines(QString::fromUtf8(line + line));
        CHECK(two.error().code == QStringLiteral("catalogue.marc_several_records"));
    }
    SECTION("a file: MARCXML, ISO 2709 or lines; a bad tag is kept for the check to name")
    {
        CHECK(readMarcEntry(writeMarcXml(r))->record == r);
        CHECK(readMarcEntry(*iso)->record == stored);
        CHECK(readMarcEntry(line)->record == stored);
        QByteArray xml = writeMarcXml(r);
        xml.replace("tag=\"245\"", "tag=\"2450\"");
        auto bad = readMarcEntry(xml);
        REQUIRE(bad.ok());
        CHECK(checkMarc(bad->record).first().code == QStringLiteral("catalogue.marc_bad_tag"));
        CHECK(readMarcEntry(QByteArray("00000nam a2200000 i 4500\n245 00 $a \xff\xfe")).error().code
              == QStringLiteral("catalogue.marc_bad_utf8"));
    }
}

TEST_CASE("real records: the line format is yaz-marcdump's, and reads back", "[catalogue][marc][shared-data]")
{
    AKSARA_REQUIRE_SHARED_DATA(path, "marc/real-bib-utf8.mrc");
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QByteArray yazLines = yaz({QStringLiteral("-i"), QStringLiteral("marc"), QStringLiteral("-o"), QStringLiteral("line")}, bytes);
    auto reader = MarcReader::fromBytes(bytes);
    MarcReadItem item;
    QByteArray ours;
    int n = 0, plain = 0;
    while (reader->next(item)) {
        REQUIRE(item.ok());
        ++n;
        const QString text = writeMarcLines(*item.record);
        ours += text.toUtf8() + "\n";
        // The format cannot carry a value with a line break, one that holds what looks like a
        // subfield start (" $x "), spaces around it, or an empty subfield; every other record must
        // come back as it was.
        static const QRegularExpression start(QStringLiteral("(^| )\\$\\S( |$)"));
        bool unambiguous = true;
        for (const MarcField &fld : item.record->fields)
            for (const MarcSubfield &sf : fld.subfields)
                unambiguous = unambiguous && !sf.value.contains(QLatin1Char('\n')) && !start.match(sf.value).hasMatch()
                              && !sf.value.isEmpty() && sf.value == sf.value.trimmed();
        if (!unambiguous)
            continue;
        ++plain;
        auto back = readMarcLines(text);
        INFO("record " << n);
        REQUIRE(back.ok());
        CHECK(back->record == *item.record);
    }
    CHECK(ours == yazLines);
    CHECK(n == 6133);
    CHECK(plain > n / 2); // most of the others have spaces around a value
}

TEST_CASE_METHOD(CatalogueFixture, "createRecord and updateRecord refuse a badly entered record and keep the old one", "[db][catalogue]")
{
    MarcRecord bad = goodRecord();
    fieldOf(bad, QStringLiteral("650"), 2).tag = QStringLiteral("6S0");
    auto refused = catalogue.createRecord(admin, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalogue.marc_bad_tag"));
    const QJsonObject reason = refused.error().details.value(QStringLiteral("reasons")).toArray().first().toObject();
    CHECK(reason.value(QStringLiteral("tag")).toString() == QStringLiteral("6S0"));
    CHECK(reason.value(QStringLiteral("index")).toInt() == 7);
    CHECK(count(QStringLiteral("SELECT count(*) FROM bib_records")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'record.create' AND outcome = 'refused' "
                               "AND error_code = 'catalogue.marc_bad_tag'"))
          == 1);

    // The same record copied from another library is stored as it came (like an import).
    auto copied = catalogue.createRecord(admin, bad, false, RecordOrigin::Copied);
    REQUIRE_OK(copied);

    auto duplicate = catalogue.createRecord(admin, goodRecord());
    CHECK(duplicate.error().code == QStringLiteral("catalogue.duplicate"));
    auto id = catalogue.createRecord(admin, goodRecord(), true);
    REQUIRE_OK(id);
    MarcRecord edited = goodRecord();
    fieldOf(edited, QStringLiteral("245")).subfields[0].value = QStringLiteral("Sang pemimpi /");
    fieldOf(edited, QStringLiteral("100")).ind2 = 'X';
    Status st = catalogue.updateRecord(admin, *id, edited);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("catalogue.marc_bad_indicator"));
    CHECK(catalogue.record(admin, *id)->fields.title == QStringLiteral("Laskar pelangi"));
    CHECK(search(QStringLiteral("pemimpi")).total == 0);
    fieldOf(edited, QStringLiteral("100")).ind2 = ' ';
    REQUIRE_OK(catalogue.updateRecord(admin, *id, edited));
    CHECK(catalogue.record(admin, *id)->fields.title == QStringLiteral("Sang pemimpi"));
    CHECK(ids(search(QStringLiteral("pemimpi"))) == QList<qint64>{*id});

    // A simple record with a bad ISBN, year and language: each named, nothing stored.
    SimpleRecord s;
    s.title = QStringLiteral("Ronggeng Dukuh Paruk");
    s.isbn = QStringLiteral("979-22-0123-X");
    s.year = 19820;
    s.language = QStringLiteral("Indonesia");
    auto simple = catalogue.createRecord(admin, s);
    REQUIRE_FALSE(simple.ok());
    QStringList fields;
    for (const auto &v : simple.error().details.value(QStringLiteral("reasons")).toArray())
        fields << v.toObject().value(QStringLiteral("field")).toString();
    CHECK(fields == QStringList{QStringLiteral("isbn"), QStringLiteral("year"), QStringLiteral("language")});
    CHECK(count(QStringLiteral("SELECT count(*) FROM bib_records WHERE title LIKE 'Ronggeng%'")) == 0);

    // The duplicate warning of the desk: the records holding an ISBN, in either form.
    auto holders = catalogue.recordsWithIsbn(admin, QStringLiteral("979-3062-79-7"));
    REQUIRE_OK(holders);
    REQUIRE(holders->size() == 2); // the copied record and the entered one
    CHECK(holders->at(0).bibId == *copied);
    CHECK(holders->at(1).bibId == *id);
    CHECK(holders->at(1).title == QStringLiteral("Sang pemimpi"));
    CHECK(catalogue.recordsWithIsbn(admin, QStringLiteral("12345"))->isEmpty());
}
