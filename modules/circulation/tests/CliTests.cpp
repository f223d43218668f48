// The aksara command line's circulation commands, run as a separate process against the test
// database: JSON output, exit codes and refusals.
#include "CirculationFixture.h"

#include "circulation/CardNumber.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

namespace {
struct Run {
    int code = -1;
    QJsonValue json;
    QString out;
    QString err;
};

Run aksara(const QString &db, QStringList args, const QString &pathPrefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AKSARA_DB"));
    if (!pathPrefix.isEmpty())
        env.insert(QStringLiteral("PATH"), pathPrefix + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    p.setProcessEnvironment(env);
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(AKSARA_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return r;
}

QStringList codes(const Run &r)
{
    QStringList out;
    for (const auto &x : r.json.toObject().value(QStringLiteral("reasons")).toArray())
        out << x.toObject().value(QStringLiteral("code")).toString();
    return out;
}
} // namespace

TEST_CASE_METHOD(CirculationFixture, "the command line: patron add, checkout, refusals as JSON with exit 3", "[db][circulation][cli]")
{
    const QString url = tdb.url();
    book(QStringLiteral("CLI-1"));
    book(QStringLiteral("CLI-REF"), QStringLiteral("Ensiklopedia"), 0, QStringLiteral("reference"));

    Run add = aksara(url, {QStringLiteral("patron"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ratna Sari"),
                           QStringLiteral("--nik"), QStringLiteral("6171015708850002"), QStringLiteral("--birth-date"),
                           QStringLiteral("1985-08-17"), QStringLiteral("--json")});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString card = add.json.toObject().value(QStringLiteral("card")).toString();
    CHECK(CardNumber::validate(card).ok());
    CHECK(add.json.toObject().value(QStringLiteral("branch")).toString() == QStringLiteral("MAIN"));   // the default branch
    CHECK(add.json.toObject().value(QStringLiteral("category")).toString() == QStringLiteral("ADULT")); // the default category

    Run dup = aksara(url, {QStringLiteral("patron"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Someone Else"),
                           QStringLiteral("--nik"), QStringLiteral("6171015708850002"), QStringLiteral("--json")});
    CHECK(dup.code == 3);
    CHECK(dup.json.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    CHECK(codes(dup) == QStringList{QStringLiteral("circulation.duplicate_nik")});
    CHECK(dup.err.contains(QStringLiteral("circulation.duplicate_nik")));

    Run out = aksara(url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("CLI-1"),
                           QStringLiteral("--json")});
    REQUIRE(out.code == 0);
    CHECK(out.json.toObject().value(QStringLiteral("loan")).toObject().value(QStringLiteral("item")).toString() == QStringLiteral("CLI-1"));

    Run again = aksara(url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("CLI-1"),
                             QStringLiteral("--json")});
    CHECK(again.code == 3);
    CHECK(codes(again) == QStringList{QStringLiteral("circulation.item_on_loan")});

    // Needs confirmation; the command-line administrator may override with a reason.
    Run ref = aksara(url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("CLI-REF"),
                           QStringLiteral("--json")});
    CHECK(ref.code == 3);
    CHECK(codes(ref) == QStringList{QStringLiteral("circulation.item_not_loanable")});
    Run over = aksara(url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("CLI-REF"),
                            QStringLiteral("--override"), QStringLiteral("Exhibition loan"), QStringLiteral("--json")});
    CHECK(over.code == 0);
    CHECK(over.json.toObject().value(QStringLiteral("override_reason")).toString() == QStringLiteral("Exhibition loan"));
    // The CLI acts as the operating system's account, whatever $USER says (issue 14).
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM circulation_overrides WHERE actor = ?"),
                QVariantList{QVariant(QStringLiteral("cli:") + Caller::osAccountName())})
          == 1);

    Run unknown = aksara(url, {QStringLiteral("checkin"), QStringLiteral("--item"), QStringLiteral("NOPE"), QStringLiteral("--json")});
    CHECK(unknown.code == 3);
    CHECK(codes(unknown) == QStringList{QStringLiteral("circulation.unknown_item")});
    Run back = aksara(url, {QStringLiteral("checkin"), QStringLiteral("CLI-1"), QStringLiteral("--json")});
    CHECK(back.code == 0);
    CHECK(back.json.toObject().value(QStringLiteral("item_status")).toString() == QStringLiteral("available"));

    // Money: a negative amount is refused before anything happens; nothing owed is refused too.
    const qint64 ops = count(QStringLiteral("SELECT COUNT(*) FROM payments"));
    Run neg = aksara(url, {QStringLiteral("pay"), QStringLiteral("--patron"), card, QStringLiteral("--amount"), QStringLiteral("-500"),
                           QStringLiteral("--json")});
    CHECK(neg.code == 3);
    CHECK(codes(neg) == QStringList{QStringLiteral("circulation.bad_amount")});
    Run nothing = aksara(url, {QStringLiteral("pay"), QStringLiteral("--patron"), card, QStringLiteral("--amount"), QStringLiteral("500")});
    CHECK(nothing.code == 3);
    CHECK(nothing.err.contains(QStringLiteral("circulation.nothing_owed")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM payments")) == ops);
    Run charge = aksara(url, {QStringLiteral("fees"), QStringLiteral("charge"), QStringLiteral("--patron"), card, QStringLiteral("--amount"),
                              QStringLiteral("Rp 2.500"), QStringLiteral("--description"), QStringLiteral("Damaged spine")});
    CHECK(charge.code == 0);
    Run pay = aksara(url, {QStringLiteral("pay"), QStringLiteral("--patron"), card, QStringLiteral("--amount"), QStringLiteral("1000"),
                           QStringLiteral("--json")});
    CHECK(pay.code == 0);
    CHECK(pay.json.toObject().value(QStringLiteral("balance_after")).toInt() == 1500);
    Run statement = aksara(url, {QStringLiteral("fees"), QStringLiteral("--patron"), card, QStringLiteral("--json")});
    CHECK(statement.code == 0);
    CHECK(statement.json.toObject().value(QStringLiteral("balance")).toInt() == 1500);

    // Unknown card (well-formed) and malformed card.
    Run who = aksara(url, {QStringLiteral("patron"), QStringLiteral("show"), CardNumber::make(QStringLiteral("AKS"), 9999), QStringLiteral("--json")});
    CHECK(who.code == 3);
    CHECK(codes(who) == QStringList{QStringLiteral("circulation.unknown_patron")});
    Run typo = aksara(url, {QStringLiteral("patron"), QStringLiteral("show"), QStringLiteral("AKS00000010")});
    CHECK(typo.code == 3);
    CHECK(typo.err.contains(QStringLiteral("check digit")));

    // Rules and the explainer.
    Run badRule = aksara(url, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--branch"), QStringLiteral("SOUTH"),
                               QStringLiteral("loan_period=7"), QStringLiteral("--json")});
    CHECK(badRule.code == 3);
    CHECK(codes(badRule) == QStringList{QStringLiteral("circulation.unknown_branch")});
    Run rule = aksara(url, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--category"), QStringLiteral("ADULT"),
                            QStringLiteral("loan_period=21"), QStringLiteral("--json")});
    CHECK(rule.code == 0);
    Run explain = aksara(url, {QStringLiteral("rules"), QStringLiteral("explain"), QStringLiteral("--patron"), card, QStringLiteral("--item"),
                               QStringLiteral("CLI-1"), QStringLiteral("--json")});
    REQUIRE(explain.code == 0);
    CHECK(explain.json.toObject().value(QStringLiteral("verdict")).toString() == QStringLiteral("allowed"));
    bool found = false;
    for (const auto &r : explain.json.toObject().value(QStringLiteral("rules")).toObject().value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = r.toObject();
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("loan_period")) {
            found = true;
            CHECK(o.value(QStringLiteral("value")).toInt() == 21);
            CHECK(o.value(QStringLiteral("scope")).toObject().value(QStringLiteral("category")).toString() == QStringLiteral("ADULT"));
        }
    }
    CHECK(found);

    // Usage errors exit 2.
    CHECK(aksara(url, {QStringLiteral("checkout"), QStringLiteral("--item"), QStringLiteral("CLI-1")}).code == 2);
    CHECK(aksara(url, {QStringLiteral("patron"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--birth-date"), QStringLiteral("17/08/1985")})
              .code
          == 2);

    // Card PDF.
    QTemporaryDir dir;
    Run cards = aksara(url, {QStringLiteral("card"), QStringLiteral("print"), QStringLiteral("--patron"), card, QStringLiteral("--out"),
                             dir.filePath(QStringLiteral("c.pdf")), QStringLiteral("--json")});
    CHECK(cards.code == 0);
    CHECK(cards.json.toObject().value(QStringLiteral("cards")).toArray().size() == 1);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("c.pdf"))));

    // Straight to a printer: the PDF is handed to CUPS' lp (a stand-in here records its arguments).
    const QString bin = dir.filePath(QStringLiteral("bin"));
    REQUIRE(QDir().mkpath(bin));
    QFile lp(bin + QStringLiteral("/lp"));
    REQUIRE(lp.open(QIODevice::WriteOnly));
    lp.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/lp.args\"\n");
    lp.close();
    REQUIRE(lp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    Run printed = aksara(url, {QStringLiteral("card"), QStringLiteral("print"), QStringLiteral("--patron"), card, QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("p.pdf")), QStringLiteral("--printer"), QStringLiteral("kartu-1"),
                               QStringLiteral("--json")},
                         bin);
    INFO(printed.err.toStdString());
    CHECK(printed.code == 0);
    CHECK(printed.json.toObject().value(QStringLiteral("printer")).toString() == QStringLiteral("kartu-1"));
    QFile args(bin + QStringLiteral("/lp.args"));
    REQUIRE(args.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(args.readAll()).trimmed()
          == QStringLiteral("-d kartu-1 ") + QFileInfo(dir.filePath(QStringLiteral("p.pdf"))).absoluteFilePath());
}
