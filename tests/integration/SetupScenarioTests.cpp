// A new library, through the command line only and without the demo: set up from a file, a second
// branch, a category without NIK, an item type and a librarian; the librarian catalogues a book
// with two copies and prints their labels (the barcodes decode); a member is registered and their
// card printed; a loan goes out and comes back; verify passes. On the engine of the run.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Run {
    int exit = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.remove(QStringLiteral("AKSARA_PASSWORD"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tool(const char *name, const char *package)
{
    return Test::requireTool(name, package);
}

const QByteArray kLogo = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");
} // namespace

TEST_CASE("a new library is set up, staffed, catalogued and lending through the command line", "[db][setup][cli]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false); // an empty database: setup creates the schema itself
    const QString url = tdb.url();
    QTemporaryDir dir;
    auto aksara = [&](QStringList args, const QMap<QString, QString> &env = {}) {
        args.prepend(url);
        args.prepend(QStringLiteral("--db"));
        return run(QStringLiteral(AKSARA_CLI), args, env);
    };
    const QMap<QString, QString> asLibrarian{{QStringLiteral("AKSARA_PASSWORD"), QStringLiteral("pustaka-rahasia-1")}};

    {
        QFile logo(dir.filePath(QStringLiteral("logo.png")));
        REQUIRE(logo.open(QIODevice::WriteOnly));
        logo.write(kLogo);
    }
    QFile conf(dir.filePath(QStringLiteral("setup.conf")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write(R"(# Perpustakaan Kota Sukamaju
[library]
name = Perpustakaan Kota Sukamaju
address = Jl. Pahlawan No. 10, Sukamaju
phone = 0561 123456
email = layanan@perpus.sukamaju.go.id
time-zone = Asia/Jakarta
language = id
logo = logo.png

[branch PUSAT]
name = Perpustakaan Pusat
address = Jl. Pahlawan No. 10

[category UMUM]
name = Umum
membership-months = 24
nik-required = yes
min-age = 17

[item-type book]
name = Buku
default-price = 75000

[location PUSAT/UMUM]
name = Koleksi Umum

[settings]
circulation.default_branch = PUSAT
circulation.default_category = UMUM
card.prefix = SKM

[admin]
username = admin
name = Kepala Perpustakaan
branch = PUSAT
password = kepala-rahasia-1
)");
    conf.close();

    // Set up from the file; again, and nothing changes.
    Run setup = aksara({QStringLiteral("--json"), QStringLiteral("setup"), QStringLiteral("--from"), conf.fileName()});
    INFO(setup.out.toStdString() << setup.err.toStdString());
    REQUIRE(setup.exit == 0);
    CHECK(setup.json().value(QStringLiteral("changed")).toInt() >= 9);
    Run again = aksara({QStringLiteral("--json"), QStringLiteral("setup"), QStringLiteral("--from"), conf.fileName()});
    INFO(again.err.toStdString());
    REQUIRE(again.exit == 0);
    CHECK(again.json().value(QStringLiteral("changed")).toInt() == 0);
    Run show = aksara({QStringLiteral("--json"), QStringLiteral("library"), QStringLiteral("show")});
    REQUIRE(show.exit == 0);
    CHECK(show.json().value(QStringLiteral("name")).toString() == QStringLiteral("Perpustakaan Kota Sukamaju"));
    CHECK(show.json().value(QStringLiteral("logo")).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("image/png"));

    // The administrator adds a second branch, a category without NIK, an item type and a librarian.
    CHECK(aksara({QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("TAMAN"), QStringLiteral("--name"),
                  QStringLiteral("Layanan Taman Kota")})
              .exit
          == 0);
    CHECK(aksara({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("ANAK"), QStringLiteral("--name"),
                  QStringLiteral("Anak"), QStringLiteral("--max-age"), QStringLiteral("12"), QStringLiteral("--nik-required"),
                  QStringLiteral("no")})
              .exit
          == 0);
    CHECK(aksara({QStringLiteral("item-type"), QStringLiteral("add"), QStringLiteral("komik"), QStringLiteral("--name"),
                  QStringLiteral("Komik"), QStringLiteral("--price"), QStringLiteral("25000")})
              .exit
          == 0);
    Run staff = aksara({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("pustakawan"), QStringLiteral("--role"),
                        QStringLiteral("librarian")},
                       {{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("pustaka-rahasia-1")}});
    INFO(staff.err.toStdString());
    REQUIRE(staff.exit == 0);

    // Refusals: a librarian at an administration command; a duplicate code and an unknown calendar,
    // each with its field.
    Run forbidden = aksara({QStringLiteral("--as"), QStringLiteral("pustakawan"), QStringLiteral("--json"), QStringLiteral("branch"),
                            QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--name"), QStringLiteral("X")},
                           asLibrarian);
    CHECK(forbidden.exit == 3);
    CHECK(forbidden.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("core.forbidden"));
    Run dup = aksara({QStringLiteral("--json"), QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("TAMAN"),
                      QStringLiteral("--name"), QStringLiteral("Again"), QStringLiteral("--calendar"), QStringLiteral("nope")});
    CHECK(dup.exit == 3);
    QStringList fields;
    for (const auto &r : dup.json().value(QStringLiteral("reasons")).toArray())
        fields << r.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':')
                      + r.toObject().value(QStringLiteral("code")).toString();
    CHECK(fields == QStringList{QStringLiteral("code:library.duplicate_branch"), QStringLiteral("calendar:library.unknown_calendar")});
    CHECK(dup.err.contains(QStringLiteral("TAMAN")));

    // The librarian catalogues a book with two copies and prints their labels.
    auto asLib = [&](QStringList args) {
        args.prepend(QStringLiteral("pustakawan"));
        args.prepend(QStringLiteral("--as"));
        return aksara(args, asLibrarian);
    };
    Run record = asLib({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--title"),
                        QStringLiteral("Laskar Pelangi"), QStringLiteral("--author"), QStringLiteral("Hirata, Andrea"),
                        QStringLiteral("--year"), QStringLiteral("2005"), QStringLiteral("--isbn"), QStringLiteral("9789793062792"),
                        QStringLiteral("--call-number"), QStringLiteral("899.221 3 HIR l")});
    INFO(record.err.toStdString());
    REQUIRE(record.exit == 0);
    const QString bib = QString::number(record.json().value(QStringLiteral("bib")).toInteger());
    CHECK(asLib({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("SKM-B0001"), QStringLiteral("--bib"), bib,
                 QStringLiteral("--branch"), QStringLiteral("PUSAT"), QStringLiteral("--location"), QStringLiteral("UMUM")})
              .exit
          == 0);
    Run noShelf = asLib({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("SKM-B0002"), QStringLiteral("--bib"), bib,
                         QStringLiteral("--branch"), QStringLiteral("PUSAT"), QStringLiteral("--location"), QStringLiteral("Rak 9")});
    CHECK(noShelf.exit == 3);
    CHECK(noShelf.err.contains(QStringLiteral("collection.unknown_location")));
    CHECK(asLib({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("SKM-B0002"), QStringLiteral("--bib"), bib,
                 QStringLiteral("--branch"), QStringLiteral("TAMAN"), QStringLiteral("--type"), QStringLiteral("komik")})
              .exit
          == 0);
    const QString labels = dir.filePath(QStringLiteral("labels.pdf"));
    Run printed = asLib({QStringLiteral("labels"), QStringLiteral("barcode"), QStringLiteral("--added-today"), QStringLiteral("--out"), labels});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exit == 0);
    REQUIRE(run(tool("pdftoppm", "poppler-utils"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), labels,
                                                     dir.filePath(QStringLiteral("labels"))})
                .exit
            == 0);
    QStringList pages = QDir(dir.path()).entryList({QStringLiteral("labels*.png")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(pages.isEmpty());
    for (QString &p : pages)
        p = dir.filePath(p);
    Run decoded = run(tool("zbarimg", "zbar-tools"), QStringList{QStringLiteral("-q"), QStringLiteral("--raw")} + pages);
    QStringList codes = decoded.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("SKM-B0001"), QStringLiteral("SKM-B0002")});

    // A child without a NIK joins; their card is printed with the library's name.
    Run patron = asLib({QStringLiteral("--json"), QStringLiteral("patron"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Dimas Pratama"), QStringLiteral("--category"), QStringLiteral("ANAK"),
                        QStringLiteral("--birth-date"), QStringLiteral("2017-06-01")});
    INFO(patron.out.toStdString() << patron.err.toStdString());
    REQUIRE(patron.exit == 0);
    const QString card = patron.json().value(QStringLiteral("card")).toString();
    CHECK(card.startsWith(QStringLiteral("SKM")));
    const QString cardPdf = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(asLib({QStringLiteral("card"), QStringLiteral("print"), card, QStringLiteral("--out"), cardPdf}).exit == 0);
    Run cardText = run(tool("pdftotext", "poppler-utils"), {cardPdf, QStringLiteral("-")});
    CHECK(cardText.out.contains(QStringLiteral("Perpustakaan Kota Sukamaju")));
    CHECK(cardText.out.contains(QStringLiteral("Dimas Pratama")));

    // A loan out and back, then verify.
    Run out = asLib({QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("SKM-B0001")});
    INFO(out.err.toStdString());
    CHECK(out.exit == 0);
    Run in = asLib({QStringLiteral("checkin"), QStringLiteral("SKM-B0001")});
    INFO(in.err.toStdString());
    CHECK(in.exit == 0);
    Run verify = aksara({QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exit == 0);
}

TEST_CASE("aksara setup refuses a bad set-up file line by line and an incomplete plan, and changes nothing", "[db][setup][cli]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    QTemporaryDir dir;
    QFile conf(dir.filePath(QStringLiteral("bad.conf")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write("[library]\nname = X\ncolour = blue\n[branch]\nname = Y\n[category UMUM]\nmembership-months = twelve\nstray line\n");
    conf.close();
    Run bad = run(QStringLiteral(AKSARA_CLI), {QStringLiteral("--db"), tdb.url(), QStringLiteral("--json"), QStringLiteral("setup"),
                                               QStringLiteral("--from"), conf.fileName()});
    CHECK(bad.exit == 3);
    QStringList lines;
    for (const auto &r : QJsonDocument::fromJson(bad.out.toUtf8()).object().value(QStringLiteral("reasons")).toArray())
        lines << r.toObject().value(QStringLiteral("field")).toString();
    CHECK(lines == QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"), QStringLiteral("line 5"), QStringLiteral("line 7"),
                               QStringLiteral("line 8")});

    QFile partial(dir.filePath(QStringLiteral("partial.conf")));
    REQUIRE(partial.open(QIODevice::WriteOnly));
    partial.write("[library]\nname = Perpustakaan Desa\n");
    partial.close();
    Run incomplete = run(QStringLiteral(AKSARA_CLI), {QStringLiteral("--db"), tdb.url(), QStringLiteral("--json"), QStringLiteral("setup"),
                                                      QStringLiteral("--from"), partial.fileName()});
    CHECK(incomplete.exit == 3);
    CHECK(incomplete.out.contains(QStringLiteral("library.setup_incomplete")));
    auto name = tdb.db()->scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'library'"));
    REQUIRE(name.ok());
    CHECK(name->toLongLong() == 0);
}
