#include "CatalogueFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

struct CliFixture : CatalogueFixture {
    Run aksara(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(AKSARA_CLI), QStringList{QStringLiteral("--db"), tdb.url()} + args);
        REQUIRE(p.waitForFinished(120000));
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.code << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return r;
    }
};
} // namespace

TEST_CASE_METHOD(CliFixture, "the catalogue commands: add, search --json, items, lookup, shelf, export", "[db][catalogue][cli]")
{
    Run add = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--title"),
                      QStringLiteral("Bumi Manusia"), QStringLiteral("--author"), QStringLiteral("Toer, Pramoedya Ananta"),
                      QStringLiteral("--year"), QStringLiteral("1980"), QStringLiteral("--language"), QStringLiteral("ind"),
                      QStringLiteral("--subject"), QStringLiteral("Novel Indonesia"), QStringLiteral("--call-number"),
                      QStringLiteral("899.221 3 TOE b")});
    REQUIRE(add.code == 0);
    const qint64 bib = add.json().value(QStringLiteral("bib")).toInteger();
    REQUIRE(bib > 0);

    Run item = aksara({QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("20000001"),
                       QStringLiteral("--bib"), QString::number(bib), QStringLiteral("--branch"), QStringLiteral("PUSAT"),
                       QStringLiteral("--location"), QStringLiteral("Fiksi Indonesia"), QStringLiteral("--price"), QStringLiteral("85000")});
    REQUIRE(item.code == 0);
    CHECK(item.json().value(QStringLiteral("status")).toString() == QStringLiteral("available"));
    CHECK(item.json().value(QStringLiteral("call_number")).toString() == QStringLiteral("899.221 3 TOE b"));

    // search --json has the documented shape.
    Run s = aksara({QStringLiteral("search"), QStringLiteral("bumi"), QStringLiteral("--json")});
    REQUIRE(s.code == 0);
    const QJsonObject o = s.json();
    CHECK(o.value(QStringLiteral("total")).toInt() == 1);
    const QJsonObject hit = o.value(QStringLiteral("results")).toArray().first().toObject();
    CHECK(hit.value(QStringLiteral("bib")).toInteger() == bib);
    CHECK(hit.value(QStringLiteral("title")).toString() == QStringLiteral("Bumi Manusia"));
    CHECK(hit.value(QStringLiteral("author")).toString() == QStringLiteral("Toer, Pramoedya Ananta"));
    CHECK(hit.value(QStringLiteral("year")).toInt() == 1980);
    const QJsonObject copy = hit.value(QStringLiteral("items")).toArray().first().toObject();
    for (const char *key : {"barcode", "status", "branch", "location", "call_number", "due"})
        CHECK(copy.contains(QString::fromLatin1(key)));
    CHECK(copy.value(QStringLiteral("barcode")).toString() == QStringLiteral("20000001"));
    CHECK(copy.value(QStringLiteral("due")).isNull());
    Run plain = aksara({QStringLiteral("search"), QStringLiteral("bumi")});
    CHECK(plain.out.contains("Bumi Manusia"));
    CHECK(plain.out.contains("20000001"));

    Run cql = aksara({QStringLiteral("search"), QStringLiteral("--cql"), QStringLiteral("--json"), QStringLiteral("dc.title = bumi")});
    CHECK(cql.json().value(QStringLiteral("total")).toInt() == 1);
    Run badCql = aksara({QStringLiteral("search"), QStringLiteral("--cql"), QStringLiteral("--json"), QStringLiteral("dc.colour = red")});
    CHECK(badCql.code == 3);
    CHECK(badCql.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("catalogue.cql_unsupported_index"));
    CHECK(badCql.err.contains("info:srw/diagnostic/1/16"));
    Run badQuery = aksara({QStringLiteral("search"), QStringLiteral("\"bumi")});
    CHECK(badQuery.code == 3);
    CHECK(badQuery.err.contains("catalogue.query_syntax"));

    Run edit = aksara({QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("edit"), QStringLiteral("20000001"),
                       QStringLiteral("--status"), QStringLiteral("missing")});
    REQUIRE(edit.code == 0);
    CHECK(edit.json().value(QStringLiteral("status")).toString() == QStringLiteral("missing"));
    Run refused = aksara({QStringLiteral("item"), QStringLiteral("edit"), QStringLiteral("20000001"), QStringLiteral("--status"),
                          QStringLiteral("on_loan")});
    CHECK(refused.code == 3);
    Run noChange = aksara({QStringLiteral("item"), QStringLiteral("edit"), QStringLiteral("20000001")});
    CHECK(noChange.code == 2);

    Run show = aksara({QStringLiteral("item"), QStringLiteral("show"), QStringLiteral("20000001")});
    CHECK(show.code == 0);
    CHECK(show.out.contains("Bumi Manusia"));
    Run unknown = aksara({QStringLiteral("--json"), QStringLiteral("lookup"), QStringLiteral("--item"), QStringLiteral("NOPE")});
    CHECK(unknown.code == 3);
    CHECK(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("collection.unknown_barcode"));
    Run lookup = aksara({QStringLiteral("--json"), QStringLiteral("lookup"), QStringLiteral("--bib"), QString::number(bib)});
    CHECK(lookup.code == 0);
    CHECK(lookup.json().value(QStringLiteral("items")).toArray().size() == 1);
    Run both = aksara({QStringLiteral("lookup")});
    CHECK(both.code == 2);
    Run list = aksara({QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("missing")});
    CHECK(list.array().size() == 1);
    Run shelf = aksara({QStringLiteral("--json"), QStringLiteral("shelf"), QStringLiteral("--near"), QStringLiteral("899.2")});
    CHECK(shelf.code == 0);
    CHECK(shelf.json().value(QStringLiteral("after")).toArray().size() == 1);

    QTemporaryDir dir;
    const QString xml = dir.filePath(QStringLiteral("out.xml"));
    Run ex = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("marcxml"), QStringLiteral("--out"), xml});
    CHECK(ex.code == 0);
    CHECK(ex.json().value(QStringLiteral("written")).toInt() == 1);
    QFile f(xml);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("<subfield code=\"a\">Bumi Manusia"));
    Run iso = aksara({QStringLiteral("catalogue"), QStringLiteral("export")});
    CHECK(iso.code == 0);
    CHECK(iso.out.endsWith(char(0x1D)));
    CHECK(iso.err.contains("1"));
}

TEST_CASE_METHOD(CliFixture, "catalogue import reports bad records with position and reason, and exits 3", "[db][catalogue][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.mrc"));
    SimpleRecord s;
    s.title = QStringLiteral("Laskar Pelangi");
    s.controlNumber = QStringLiteral("LP1");
    QByteArray good = *writeIso2709(buildMarc(s, QDate(2026, 3, 2)));
    QByteArray bad = good;
    bad.replace(0, 5, "9x999");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(good + bad);
    f.close();
    Run r = aksara({QStringLiteral("catalogue"), QStringLiteral("import"), path});
    CHECK(r.code == 3);
    CHECK(r.out.contains("1 imported"));
    CHECK(r.out.contains(QByteArray("record 2 (byte " + QByteArray::number(good.size()) + ")")));
    CHECK(r.out.contains("catalogue.marc_bad_length"));
    Run again = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("import"), path, QStringLiteral("--stop-on-error")});
    CHECK(again.code == 3);
    const QJsonObject rep = again.json();
    CHECK(rep.value(QStringLiteral("skipped_duplicates")).toInt() == 1);
    CHECK(rep.value(QStringLiteral("stopped")).toBool());
    CHECK(rep.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("position")).toInt() == 2);
    Run missing = aksara({QStringLiteral("catalogue"), QStringLiteral("import"), dir.filePath(QStringLiteral("nope.mrc"))});
    CHECK(missing.code == 3);
    CHECK(missing.err.contains("catalogue.file_unreadable"));
    Run usage = aksara({QStringLiteral("catalogue"), QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(usage.code == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 1);
}

TEST_CASE_METHOD(CliFixture, "catalogue add --marc and catalogue edit: a bad tag is refused with its line and field", "[db][catalogue][cli]")
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    };
    const QString good = write(QStringLiteral("good.txt"), "00000nam a2200000 i 4500\n"
                                                          "008 260302s2005    io            000 1 ind d\n"
                                                          "100 1  $a Hirata, Andrea.\n"
                                                          "245 10 $a Laskar pelangi / $c Andrea Hirata.\n"
                                                          "650  4 $a Novel Indonesia\n");
    Run add = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--marc"), good});
    REQUIRE(add.code == 0);
    const qint64 bib = add.json().value(QStringLiteral("bib")).toInteger();
    CHECK(add.json().value(QStringLiteral("title")).toString() == QStringLiteral("Laskar pelangi"));

    // The bad tag on line 4: exit 3, the field-level reason on stderr and in --json.
    const QString bad = write(QStringLiteral("bad.txt"), "00000nam a2200000 i 4500\n"
                                                        "008 260302s2005    io            000 1 ind d\n"
                                                        "100 1  $a Hirata, Andrea.\n"
                                                        "24a 10 $a Sang pemimpi\n");
    Run refused = aksara({QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--marc"), bad});
    CHECK(refused.code == 3);
    CHECK(refused.err.contains("Line 4: Field 24a: \"24a\" is not a tag"));
    CHECK(refused.err.contains("catalogue.marc_bad_tag"));
    Run json = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("edit"), QString::number(bib),
                       QStringLiteral("--marc"), bad});
    CHECK(json.code == 3);
    CHECK(json.json().value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    const QJsonArray reasons = json.json().value(QStringLiteral("reasons")).toArray();
    REQUIRE(reasons.size() == 2);
    CHECK(reasons[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_bad_tag"));
    CHECK(reasons[0].toObject().value(QStringLiteral("tag")).toString() == QStringLiteral("24a"));
    CHECK(reasons[0].toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(reasons[1].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("catalogue.marc_missing_245"));
    CHECK(count(QStringLiteral("SELECT count(*) FROM bib_records")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'record.update' AND outcome = 'refused'")) == 1);

    // MARCXML with a four-character tag: the same field-level reason.
    const QString xml = write(QStringLiteral("bad.xml"), "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>"
                                                        "<datafield tag=\"2450\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">X</subfield>"
                                                        "</datafield></record>");
    Run xmlRefused = aksara({QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--marc"), xml});
    CHECK(xmlRefused.code == 3);
    CHECK(xmlRefused.err.contains("Field 2450: \"2450\" is not a tag"));

    // show --lines gives the line format back; an edit of it is stored.
    Run lines = aksara({QStringLiteral("catalogue"), QStringLiteral("show"), QString::number(bib), QStringLiteral("--lines")});
    REQUIRE(lines.code == 0);
    CHECK(lines.out.startsWith("00"));
    CHECK(lines.out.contains("245 10 $a Laskar pelangi / $c Andrea Hirata.\n"));
    QByteArray edited = lines.out;
    edited.replace("$a Novel Indonesia", "$a Novel Indonesia $z Belitung");
    Run edit = aksara({QStringLiteral("catalogue"), QStringLiteral("edit"), QString::number(bib), QStringLiteral("--marc"),
                       write(QStringLiteral("edited.txt"), edited)});
    CHECK(edit.code == 0);
    CHECK(edit.out.contains("Updated record"));
    Run shown = aksara({QStringLiteral("catalogue"), QStringLiteral("show"), QString::number(bib), QStringLiteral("--lines")});
    CHECK(shown.out.contains("650  4 $a Novel Indonesia $z Belitung"));

    CHECK(aksara({QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--marc"), good, QStringLiteral("--title"),
                  QStringLiteral("X")})
              .code
          == 2);
    CHECK(aksara({QStringLiteral("catalogue"), QStringLiteral("edit"), QString::number(bib)}).code == 2);
    Run missingFile = aksara({QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--marc"), dir.filePath(QStringLiteral("no.txt"))});
    CHECK(missingFile.code == 3);
    CHECK(missingFile.err.contains("catalogue.file_unreadable"));
}

TEST_CASE_METHOD(CliFixture, "catalogue import: trailing padding exits 0, a copy of an unknown branch is listed, --strict rejects",
                 "[db][catalogue][cli]")
{
    QTemporaryDir dir;
    auto record = [](const char *control, const char *title, const char *branch) {
        SimpleRecord s;
        s.title = QString::fromUtf8(title);
        s.controlNumber = QString::fromLatin1(control);
        MarcRecord m = buildMarc(s, QDate(2026, 3, 2));
        if (branch)
            m.addDataField(QStringLiteral("952"), ' ', ' ',
                           {{'a', QString::fromLatin1(branch)}, {'p', QStringLiteral("C-") + QString::fromLatin1(control)}});
        return *writeIso2709(m);
    };
    auto write = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };
    const QString padded =
        write("padded.mrc", record("PD1", "Ronggeng Dukuh Paruk", nullptr) + record("PD2", "Cantik Itu Luka", nullptr)
                                + QByteArray("\x1d\x1d\x1d", 3) + QByteArray(4, '\0') + "\r\n");
    Run r = aksara({QStringLiteral("catalogue"), QStringLiteral("import"), padded});
    CHECK(r.code == 0);
    CHECK(r.out.contains("Read 2 records: 2 imported"));
    CHECK(r.out.contains("0 rejected"));

    const QString branches = write("branches.mrc", record("BR1", "Perahu Kertas", "PUSAT") + record("BR2", "Supernova", "GUDANG-LAMA"));
    Run strict = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("import"), branches, QStringLiteral("--strict")});
    CHECK(strict.code == 3);
    CHECK(strict.json().value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(strict.json().value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("collection.unknown_branch"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE control_number = 'BR2'")) == 0);

    Run lenient = aksara({QStringLiteral("catalogue"), QStringLiteral("import"), branches});
    CHECK(lenient.code == 0);
    CHECK(lenient.out.contains("1 imported"));
    CHECK(lenient.out.contains("1 copies were not created"));
    CHECK(lenient.out.contains("record 2, copy C-BR2"));
    CHECK(lenient.out.contains("GUDANG-LAMA"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE control_number = 'BR2'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM items WHERE barcode = 'C-BR2'")) == 0);
}
