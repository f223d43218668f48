#include "FixedClock.h"
#include "LabelTestSupport.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

// The real aksara binary on a database with two branches (the copies are added through the
// command line too, so that they are added today by the system clock the binary uses).
struct CliLibrary {
    FixedClock clock;
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    QTemporaryDir dir;

    CliLibrary()
    {
        const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
        for (const char *code : {"PUSAT", "TAMAN"}) {
            Status st = core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}}, [&](OperationContext &ctx) -> Status {
                auto q = ctx.db().exec(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?)"),
                                       {QString::fromLatin1(code), QString::fromLatin1(code), ctx.operationId(), ctx.operationId()});
                return q.ok() ? Status() : Status(q.error());
            });
            REQUIRE(st.ok());
        }
    }

    Run aksara(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(AKSARA_CLI), QStringList{QStringLiteral("--db"), tdb.url(), QStringLiteral("--lang"), QStringLiteral("en")} + args);
        REQUIRE(p.waitForFinished(120000));
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.code << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return r;
    }

    qint64 record(const QString &title, const QString &callNumber)
    {
        Run r = aksara({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--title"), title,
                        QStringLiteral("--call-number"), callNumber});
        REQUIRE(r.code == 0);
        return r.json().value(QStringLiteral("bib")).toInteger();
    }

    void item(const QString &barcode, qint64 bib, const QString &branch)
    {
        Run r = aksara({QStringLiteral("item"), QStringLiteral("add"), barcode, QStringLiteral("--bib"), QString::number(bib),
                        QStringLiteral("--branch"), branch});
        REQUIRE(r.code == 0);
    }
};
} // namespace

TEST_CASE_METHOD(CliLibrary, "aksara labels: sheets, spine and barcode labels of today's copies, refusals and usage", "[db][labels][cli]")
{
    Run sheets = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("sheets")});
    REQUIRE(sheets.code == 0);
    QStringList codes;
    for (const QJsonValue &v : sheets.array())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    CHECK(codes == QStringList{QStringLiteral("a4-3x8"), QStringLiteral("a4-4x10"), QStringLiteral("roll-50x25")});
    CHECK(sheets.array().at(1).toObject().value(QStringLiteral("per_page")).toInt() == 40);
    Run plainSheets = aksara({QStringLiteral("labels"), QStringLiteral("sheets")});
    CHECK(plainSheets.out.contains("Avery L7654"));

    // Nothing added yet today.
    const QString pdf = dir.filePath(QStringLiteral("today.pdf"));
    Run none = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("barcode"), QStringLiteral("--added-today"),
                       QStringLiteral("--out"), pdf});
    CHECK(none.code == 3);
    CHECK(none.errorCode() == QStringLiteral("labels.nothing_to_print"));

    const qint64 bumi = record(QStringLiteral("Bumi Manusia"), QStringLiteral("899.221 3 TOE b"));
    const qint64 kamus = record(QStringLiteral("Kamus Besar Bahasa Indonesia"), QStringLiteral("R 499.213 KAM k"));
    item(QStringLiteral("30000002"), bumi, QStringLiteral("PUSAT"));
    item(QStringLiteral("30000001"), kamus, QStringLiteral("PUSAT"));
    item(QStringLiteral("30000003"), bumi, QStringLiteral("TAMAN"));

    Run today = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("barcode"), QStringLiteral("--added-today"),
                        QStringLiteral("--sheet"), QStringLiteral("a4-4x10"), QStringLiteral("--skip"), QStringLiteral("1"),
                        QStringLiteral("--out"), pdf});
    REQUIRE(today.code == 0);
    const QJsonObject report = today.json();
    CHECK(report.value(QStringLiteral("outcome")).toString() == QStringLiteral("ok"));
    CHECK(report.value(QStringLiteral("kind")).toString() == QStringLiteral("barcode"));
    CHECK(report.value(QStringLiteral("sheet")).toString() == QStringLiteral("a4-4x10"));
    CHECK(report.value(QStringLiteral("labels")).toInt() == 3);
    CHECK(report.value(QStringLiteral("pages")).toInt() == 1);
    CHECK(report.value(QStringLiteral("file")).toString() == pdf);
    // Shelf order within a branch (899.221 3 before R 499.213), branch by branch.
    const QStringList order{QStringLiteral("30000002"), QStringLiteral("30000001"), QStringLiteral("30000003")};
    CHECK(report.value(QStringLiteral("barcodes")).toVariant().toStringList() == order);
    const QStringList cells = decodeCells(rasterize(pdf, 1, dir.path()), *Labels::sheetLayout(QStringLiteral("a4-4x10")), dir.path());
    CHECK(cells.mid(0, 5) == QStringList{QString()} + order + QStringList{QString()});

    Run taman = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("--added-today"),
                        QStringLiteral("--branch"), QStringLiteral("TAMAN"), QStringLiteral("--sheet"), QStringLiteral("roll-50x25"),
                        QStringLiteral("--out"), dir.filePath(QStringLiteral("taman.pdf"))});
    REQUIRE(taman.code == 0);
    CHECK(taman.json().value(QStringLiteral("barcodes")).toArray() == QJsonArray{QStringLiteral("30000003")});

    // Chosen copies, in the order given, a repeat printed twice; the plain text names the file.
    const QString spine = dir.filePath(QStringLiteral("spine.pdf"));
    Run chosen = aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"), QStringLiteral("30000002"),
                         QStringLiteral("30000001"), QStringLiteral("--out"), spine});
    REQUIRE(chosen.code == 0);
    CHECK(chosen.out.contains("3 label"));
    CHECK(chosen.out.contains(spine.toUtf8()));
    const QList<PageText> text = pdfText(spine);
    REQUIRE(text.size() == 1);
    const Labels::SheetLayout a4 = *Labels::sheetLayout(QStringLiteral("a4-3x8"));
    CHECK(text[0].cell(a4, 0).mid(1) == QStringList{QStringLiteral("R"), QStringLiteral("499.213"), QStringLiteral("KAM"), QStringLiteral("k")});
    CHECK(text[0].cell(a4, 1).mid(1) == QStringList{QStringLiteral("899.221 3"), QStringLiteral("TOE"), QStringLiteral("b")});
    CHECK(text[0].cell(a4, 2).mid(1) == QStringList{QStringLiteral("R"), QStringLiteral("499.213"), QStringLiteral("KAM"), QStringLiteral("k")});

    // Refusals: exit 3 with the reasons in JSON.
    Run unknown = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("barcode"), QStringLiteral("30000001"),
                          QStringLiteral("NOPE"), QStringLiteral("--out"), dir.filePath(QStringLiteral("u.pdf"))});
    CHECK(unknown.code == 3);
    CHECK(unknown.errorCode() == QStringLiteral("collection.unknown_barcode"));
    CHECK(unknown.json().value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("barcode")).toString()
          == QStringLiteral("NOPE"));
    CHECK(unknown.err.contains("NOPE"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("u.pdf"))));
    Run sheet = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"),
                        QStringLiteral("--sheet"), QStringLiteral("a5-2x4"), QStringLiteral("--out"), dir.filePath(QStringLiteral("s.pdf"))});
    CHECK(sheet.code == 3);
    CHECK(sheet.errorCode() == QStringLiteral("labels.unknown_sheet"));
    Run skip = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"),
                       QStringLiteral("--skip"), QStringLiteral("24"), QStringLiteral("--out"), dir.filePath(QStringLiteral("s.pdf"))});
    CHECK(skip.code == 3);
    CHECK(skip.errorCode() == QStringLiteral("labels.bad_skip"));
    Run out = aksara({QStringLiteral("--json"), QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/dir.pdf"))});
    CHECK(out.code == 3);
    CHECK(out.errorCode() == QStringLiteral("labels.bad_output"));

    // Usage: exit 2.
    CHECK(aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001")}).code == 2); // no --out
    CHECK(aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("--out"), spine}).code == 2); // nothing chosen
    CHECK(aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"), QStringLiteral("--added-today"),
                  QStringLiteral("--out"), spine})
              .code
          == 2);
    CHECK(aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"), QStringLiteral("--branch"),
                  QStringLiteral("PUSAT"), QStringLiteral("--out"), spine})
              .code
          == 2);
    CHECK(aksara({QStringLiteral("labels"), QStringLiteral("spine"), QStringLiteral("30000001"), QStringLiteral("--skip"),
                  QStringLiteral("two"), QStringLiteral("--out"), spine})
              .code
          == 2);
}
