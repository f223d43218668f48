#include "QtCatch.h"
#include "TestDatabase.h"

#include "catalogue/BibFields.h"
#include "catalogue/MarcIo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Catalogue;

namespace {

MarcRecord sampleRecord()
{
    MarcRecord r;
    r.leader = "00000nam a2200000 i 4500";
    r.addControlField(QStringLiteral("001"), QStringLiteral("AKS-1"));
    r.addControlField(QStringLiteral("008"), QStringLiteral("260302s1980    io            000 1 ind d"));
    r.addDataField(QStringLiteral("020"), ' ', ' ', {{'a', QStringLiteral("9789799731234")}});
    r.addDataField(QStringLiteral("100"), '1', ' ', {{'a', QStringLiteral("Toer, Pramoedya Ananta,")}, {'e', QStringLiteral("pengarang.")}});
    r.addDataField(QStringLiteral("245"), '1', '0', {{'a', QStringLiteral("Bumi manusia /")}, {'c', QStringLiteral("Pramoedya Ananta Toer.")}});
    r.addDataField(QStringLiteral("264"), ' ', '1', {{'a', QStringLiteral("Jakarta :")}, {'b', QStringLiteral("Hasta Mitra,")}, {'c', QStringLiteral("1980.")}});
    r.addDataField(QStringLiteral("650"), ' ', '4', {{'a', QStringLiteral("Novel Indonesia")}});
    r.addDataField(QStringLiteral("500"), ' ', ' ', {{'a', QStringLiteral("Théâtre & <rôles> \"cités\".")}});
    return r;
}

QByteArray isoOf(const MarcRecord &r)
{
    auto bytes = writeIso2709(r);
    REQUIRE(bytes.ok());
    return *bytes;
}

QList<MarcReadItem> readAll(const QByteArray &bytes, MarcFormat format = MarcFormat::Auto,
                            MarcEncoding encoding = MarcEncoding::Auto)
{
    auto reader = MarcReader::fromBytes(bytes, format, encoding);
    QList<MarcReadItem> items;
    MarcReadItem item;
    while (reader->next(item))
        items << item;
    return items;
}

// yaz-marcdump is the independent oracle; the test fails when it is missing.
bool yazMarcdump(const QStringList &args, QByteArray *out)
{
    const QString exe = Test::requireTool("yaz-marcdump", "yaz");
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(120000));
    *out = p.readAllStandardOutput();
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return true;
}

// Where two byte arrays first differ (-1 when equal), with some context for the failure message.
// (Catch2 would print a multi-megabyte array element by element.)
qsizetype firstDifference(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.at(i) != b.at(i))
            return i;
    }
    return a.size() == b.size() ? -1 : n;
}

#define CHECK_SAME_BYTES(a, b)                                                                                         \
    do {                                                                                                               \
        const qsizetype at_ = firstDifference((a), (b));                                                               \
        INFO("sizes " << (a).size() << " and " << (b).size() << "; first difference at byte " << at_ << ": \""          \
                      << (a).mid(qMax<qsizetype>(0, at_ - 40), 80).toStdString() << "\" vs \""                        \
                      << (b).mid(qMax<qsizetype>(0, at_ - 40), 80).toStdString() << "\"");                              \
        CHECK(at_ == -1);                                                                                              \
    } while (false)

QString realRecords()
{
    // Empty (the test returns) where ../shared is absent: a counted, visible skip.
    return Test::requireSharedData(QStringLiteral("marc/real-bib-utf8.mrc"));
}

} // namespace

TEST_CASE("an ISO 2709 record survives a write and a read unchanged", "[catalogue][marc]")
{
    const MarcRecord r = sampleRecord();
    const QByteArray bytes = isoOf(r);
    CHECK(bytes.left(5).toInt() == bytes.size());
    CHECK(bytes.endsWith(char(0x1D)));
    auto back = parseIso2709(bytes);
    REQUIRE(back.ok());
    MarcRecord expected = r;
    expected.leader = bytes.left(24);
    CHECK(*back == expected);
    CHECK(back->leader.mid(10, 2) == "22");
    CHECK(back->leader.mid(20, 4) == "4500");
    // A second write gives the same bytes.
    CHECK(isoOf(*back) == bytes);
}

TEST_CASE("MARCXML is written as yaz-marcdump writes it and read back", "[catalogue][marc]")
{
    MarcRecord r = sampleRecord();
    r.leader = isoOf(r).left(24);
    const QByteArray xml = writeMarcXml(r);
    CHECK(xml.contains("<datafield tag=\"245\" ind1=\"1\" ind2=\"0\">"));
    CHECK(xml.contains("Théâtre &amp; &lt;rôles&gt; &quot;cités&quot;."));
    auto back = parseMarcXml(xml);
    REQUIRE(back.ok());
    CHECK(*back == r);

    QByteArray collection = marcXmlCollectionStart() + writeMarcXml(r, false) + writeMarcXml(r, false) + marcXmlCollectionEnd();
    auto items = readAll(collection);
    REQUIRE(items.size() == 2);
    CHECK(items[0].ok());
    CHECK(items[1].ok());
    CHECK(*items[1].record == r);

    // A MARCXML record with a namespace prefix is read the same.
    QByteArray prefixed = QByteArrayLiteral(
        "<marc:collection xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:record>"
        "<marc:leader>00000nam a2200000 i 4500</marc:leader>"
        "<marc:controlfield tag=\"001\">x1</marc:controlfield>"
        "<marc:datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><marc:subfield code=\"a\">Judul</marc:subfield></marc:datafield>"
        "</marc:record></marc:collection>");
    auto p = readAll(prefixed);
    REQUIRE(p.size() == 1);
    REQUIRE(p[0].ok());
    CHECK(p[0].record->controlField(QStringLiteral("001")) == QStringLiteral("x1"));
    CHECK(p[0].record->field(QStringLiteral("245"))->value('a') == QStringLiteral("Judul"));
}

TEST_CASE("malformed ISO 2709 records get a clear error each and the reader carries on", "[catalogue][marc]")
{
    const QByteArray good = isoOf(sampleRecord());
    const int base = good.mid(12, 5).toInt();

    struct Case {
        const char *name;
        QByteArray bytes;
        const char *code;
        const char *says;
    };
    QList<Case> cases;
    {
        QByteArray b = good;
        b.replace(0, 5, "0x1A9");
        cases << Case{"length not a number", b, "catalogue.marc_bad_length", "not a number"};
    }
    {
        QByteArray b = good;
        b.replace(0, 5, QByteArray::number(good.size() - 7).rightJustified(5, '0'));
        cases << Case{"length too short", b, "catalogue.marc_bad_length", "record terminator"};
    }
    {
        QByteArray b = good;
        b.replace(12, 5, "00AB0");
        cases << Case{"base address not a number", b, "catalogue.marc_bad_leader", "base address"};
    }
    {
        QByteArray b = good;
        b.replace(12, 5, QByteArray::number(base + 3).rightJustified(5, '0'));
        cases << Case{"base address off", b, "catalogue.marc_bad_directory", "directory"};
    }
    {
        QByteArray b = good;
        b[24 + 12 + 3] = 'x'; // length of the second directory entry
        cases << Case{"directory entry not a number", b, "catalogue.marc_bad_directory", "not a number"};
    }
    {
        QByteArray b = good;
        b.replace(24 + 3, 4, "0999"); // first field claims far too many bytes
        cases << Case{"directory entry beyond the data", b, "catalogue.marc_bad_directory", "beyond"};
    }
    {
        QByteArray b = good;
        const int start = good.mid(24 + 7, 5).toInt();
        const int len = good.mid(24 + 3, 4).toInt();
        b[base + start + len - 1] = 'X'; // the 001 field's terminator
        cases << Case{"missing field terminator", b, "catalogue.marc_no_terminator", "field 001"};
    }
    {
        QByteArray b = good;
        b[b.size() - 1] = 'Z';
        cases << Case{"missing record terminator", b, "catalogue.marc_bad_length", "terminator"};
    }
    {
        QByteArray b = good;
        const qsizetype at = b.indexOf("Bumi");
        b[at] = char(0xC3); // a lead byte followed by ASCII
        cases << Case{"invalid UTF-8", b, "catalogue.marc_bad_utf8", "245 $a"};
    }
    {
        QByteArray b = good;
        const qsizetype at = b.indexOf("Bumi");
        b.replace(at, 2, "\xC0\xAF"); // an overlong encoding of '/'
        cases << Case{"overlong UTF-8", b, "catalogue.marc_bad_utf8", "invalid UTF-8"};
    }
    for (const Case &c : std::as_const(cases)) {
        INFO(c.name);
        // The bad record between two good ones: it is reported, the good ones are read.
        const QByteArray input = good + c.bytes + good;
        auto items = readAll(input);
        REQUIRE(items.size() >= 3);
        CHECK(items.first().ok());
        CHECK(items.last().ok());
        CHECK(*items.last().record == *items.first().record);
        const MarcReadItem &bad = items[1];
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.position == 2);
        CHECK(bad.offset == good.size());
        CHECK(bad.error.code == QString::fromLatin1(c.code));
        CHECK(bad.error.message.contains(QString::fromUtf8(c.says)));
        CHECK(bad.error.isRefusal());
    }

    SECTION("a file cut inside a record")
    {
        auto items = readAll(good + good.left(good.size() / 2));
        REQUIRE(items.size() == 2);
        CHECK(items[0].ok());
        CHECK(items[1].error.code == QStringLiteral("catalogue.marc_truncated"));
        CHECK(items[1].error.message.contains(QStringLiteral("only")));
    }
    SECTION("a file cut inside the leader")
    {
        auto items = readAll(good + good.left(10));
        REQUIRE(items.size() == 2);
        CHECK(items[1].error.code == QStringLiteral("catalogue.marc_truncated"));
    }
    SECTION("line breaks between records are not records")
    {
        auto items = readAll(good + "\r\n" + good + "\n");
        REQUIRE(items.size() == 2);
        CHECK(items[1].ok());
    }
}

TEST_CASE("MARCXML that is not well-formed or lacks structure is reported", "[catalogue][marc]")
{
    MarcRecord r = sampleRecord();
    r.leader = isoOf(r).left(24);
    const QByteArray rec = writeMarcXml(r, false);
    QByteArray noLeader = rec;
    noLeader.replace(noLeader.indexOf("  <leader>"), 37, "");
    QByteArray badTag = rec;
    badTag.replace("tag=\"245\"", "tag=\"24\"");
    auto items = readAll(marcXmlCollectionStart() + rec + noLeader + badTag + rec + marcXmlCollectionEnd());
    REQUIRE(items.size() == 4);
    CHECK(items[0].ok());
    CHECK(items[1].error.code == QStringLiteral("catalogue.marc_bad_xml"));
    CHECK(items[1].error.message.contains(QStringLiteral("leader")));
    CHECK(items[2].error.message.contains(QStringLiteral("\"24\"")));
    CHECK(items[3].ok());

    auto broken = readAll(marcXmlCollectionStart() + rec + rec.left(rec.size() / 2));
    REQUIRE(broken.size() == 2);
    CHECK(broken[0].ok());
    CHECK(broken[1].error.code == QStringLiteral("catalogue.marc_bad_xml"));
    CHECK(broken[1].error.message.contains(QStringLiteral("not well-formed")));
}

TEST_CASE("records longer than ISO 2709 allows are refused on export", "[catalogue][marc]")
{
    MarcRecord r = sampleRecord();
    r.addDataField(QStringLiteral("520"), ' ', ' ', {{'a', QString(10000, QLatin1Char('x'))}});
    auto bytes = writeIso2709(r);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error().code == QStringLiteral("catalogue.marc_too_long"));
    CHECK(bytes.error().message.contains(QStringLiteral("520")));
    // MARCXML has no such limit.
    auto back = parseMarcXml(writeMarcXml(r));
    REQUIRE(back.ok());
    CHECK(back->field(QStringLiteral("520"))->value('a').size() == 10000);
}

TEST_CASE("real records round-trip byte for byte, as yaz-marcdump does", "[catalogue][marc][shared-data]")
{
    const QString path = realRecords();
    if (path.isEmpty())
        return;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    auto reader = MarcReader::open(path);
    REQUIRE(reader.ok());
    QByteArray iso;
    QByteArray xml = marcXmlCollectionStart();
    QList<MarcRecord> records;
    MarcReadItem item;
    while ((*reader)->next(item)) {
        INFO("record " << item.position << ": " << item.error.message);
        REQUIRE(item.ok());
        auto bytes = writeIso2709(*item.record);
        REQUIRE(bytes.ok());
        iso += *bytes;
        xml += writeMarcXml(*item.record, false);
        records << *item.record;
    }
    xml += marcXmlCollectionEnd();
    CHECK(records.size() == 6133);
    // ISO 2709 out is the input (yaz-marcdump -o marc gives the same bytes for these records).
    CHECK_SAME_BYTES(iso, original);

    QByteArray yazXml;
    if (!yazMarcdump({QStringLiteral("-i"), QStringLiteral("marc"), QStringLiteral("-o"), QStringLiteral("marcxml"), path}, &yazXml))
        return;
    // MARCXML out is what yaz-marcdump writes, byte for byte.
    CHECK_SAME_BYTES(xml, yazXml);
    // yaz-marcdump's MARCXML reads back as the same records.
    auto fromYaz = readAll(yazXml);
    REQUIRE(fromYaz.size() == records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        INFO("record " << i + 1);
        REQUIRE(fromYaz[i].ok());
        REQUIRE(*fromYaz[i].record == records[i]);
    }
    // And yaz-marcdump turns our MARCXML back into the original ISO 2709.
    QTemporaryDir tmp;
    const QString ours = tmp.filePath(QStringLiteral("ours.xml"));
    QFile out(ours);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    QByteArray back;
    REQUIRE(yazMarcdump({QStringLiteral("-i"), QStringLiteral("marcxml"), QStringLiteral("-o"), QStringLiteral("marc"), ours}, &back));
    CHECK_SAME_BYTES(back, original);
}

TEST_CASE("MARC-8 originals come out as the UTF-8 yaz-marcdump makes of them", "[catalogue][marc][shared-data]")
{
    AKSARA_REQUIRE_SHARED_DATA(originalsDir, "marc/marc8-originals");
    const QDir originals(originalsDir);
    const QStringList files = originals.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 4);
    for (const QString &name : files) {
        INFO(name.toStdString());
        const QString path = originals.filePath(name);
        auto reader = MarcReader::open(path, MarcFormat::Iso2709, MarcEncoding::Auto);
        REQUIRE(reader.ok());
        QByteArray ours;
        int n = 0;
        MarcReadItem item;
        while ((*reader)->next(item)) {
            INFO("record " << item.position << ": " << item.error.message);
            REQUIRE(item.ok());
            CHECK(item.record->leaderAt(9) == 'a');
            auto bytes = writeIso2709(*item.record);
            REQUIRE(bytes.ok());
            ours += *bytes;
            ++n;
        }
        CHECK(n > 0);
        QByteArray yaz;
        if (!yazMarcdump({QStringLiteral("-f"), QStringLiteral("MARC-8"), QStringLiteral("-t"), QStringLiteral("UTF-8"),
                          QStringLiteral("-l"), QStringLiteral("9=97"), QStringLiteral("-i"), QStringLiteral("marc"),
                          QStringLiteral("-o"), QStringLiteral("marc"), path},
                         &yaz))
            return;
        CHECK_SAME_BYTES(ours, yaz);
    }
}

TEST_CASE("a MARC-8 record converts its diacritics and scripts", "[catalogue][marc]")
{
    // "Théâtre" in MARC-8: the combining acute (0xE2) and circumflex (0xE3) precede their letters.
    MarcRecord r;
    r.leader = "00000nam  2200000   4500";
    QByteArray title = "Th\xE2" "e\xE3" "atre";
    // Build the ISO 2709 bytes by hand: the writer only writes UTF-8.
    QByteArray field = QByteArray("10") + char(0x1F) + 'a' + title + char(0x1E);
    QByteArray directory = QByteArray("245") + QByteArray::number(field.size()).rightJustified(4, '0') + "00000" + char(0x1E);
    const int base = 24 + int(directory.size());
    const int total = base + int(field.size()) + 1;
    QByteArray leader = QByteArray::number(total).rightJustified(5, '0') + "nam  22" + QByteArray::number(base).rightJustified(5, '0') + "   4500";
    const QByteArray bytes = leader + directory + field + char(0x1D);
    auto parsed = parseIso2709(bytes);
    REQUIRE(parsed.ok());
    CHECK(parsed->leaderAt(9) == 'a');
    const QString value = parsed->field(QStringLiteral("245"))->value('a');
    CHECK(value.normalized(QString::NormalizationForm_C) == QString::fromUtf8("Théâtre"));
    // As converted, the text is decomposed (NFD), like yaz-marcdump's output.
    CHECK(value == QString::fromUtf8("Théâtre").normalized(QString::NormalizationForm_D));
    // The same bytes said to be UTF-8 are not valid UTF-8.
    auto asUtf8 = parseIso2709(bytes, MarcEncoding::Utf8);
    REQUIRE_FALSE(asUtf8.ok());
    CHECK(asUtf8.error().code == QStringLiteral("catalogue.marc_bad_utf8"));
}
