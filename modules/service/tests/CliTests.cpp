#include "ServiceFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Aksara::Test;

namespace {
// Runs the aksara tool as a user would, on one SQLite database.
struct Cli {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("aksara.sqlite"));
    int code = -1;
    QByteArray out, err;

    QJsonDocument run(QStringList args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(AKSARA_CLI));
        args << QStringLiteral("--db") << db;
        p.setArguments(args);
        p.start();
        REQUIRE(p.waitForFinished(60000));
        code = p.exitCode();
        out = p.readAllStandardOutput();
        err = p.readAllStandardError();
        return QJsonDocument::fromJson(out);
    }
};
} // namespace

TEST_CASE("the command line: incidents, stations, availability and the monthly report, with clear errors",
          "[service][cli]")
{
    Cli cli;
    cli.run({QStringLiteral("init")});
    REQUIRE(cli.code == 0);

    // Bad input: a usage error (2) or a refusal (3), and nothing stored.
    cli.run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--impact"), QStringLiteral("2")});
    CHECK(cli.code == 2);
    CHECK(cli.err.contains("--title"));
    cli.run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"),
             QStringLiteral("--urgency"), QStringLiteral("high")});
    CHECK(cli.code == 2);
    auto refused = cli.run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"),
                            QStringLiteral("--service"), QStringLiteral("nope"), QStringLiteral("--json")});
    CHECK(cli.code == 3);
    CHECK(refused.object().value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    CHECK(refused.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("incident.unknown_service"));
    auto none = cli.run({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    CHECK(cli.code == 0);
    CHECK(none.array().isEmpty());

    auto opened = cli.run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"),
                           QStringLiteral("Kiosk 2 printer jammed"), QStringLiteral("--service"), QStringLiteral("kiosk"),
                           QStringLiteral("--impact"), QStringLiteral("3"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    const qint64 id = opened.object().value(QStringLiteral("id")).toInteger();
    CHECK(opened.object().value(QStringLiteral("priority")).toInteger() == 4);
    const QString sid = QString::number(id);
    cli.run({QStringLiteral("incident"), QStringLiteral("update"), sid, QStringLiteral("--status"), QStringLiteral("pending")});
    CHECK(cli.code == 3);
    CHECK(cli.err.contains("incident.bad_transition"));
    cli.run({QStringLiteral("incident"), QStringLiteral("update"), sid, QStringLiteral("--assign"), QStringLiteral("it:agus")});
    CHECK(cli.code == 0);
    cli.run({QStringLiteral("incident"), QStringLiteral("resolve"), sid, QStringLiteral("--resolution"), QStringLiteral("new roll")});
    CHECK(cli.code == 0);
    auto shown = cli.run({QStringLiteral("incident"), QStringLiteral("show"), sid, QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    CHECK(shown.object().value(QStringLiteral("status")).toString() == QStringLiteral("resolved"));
    CHECK(shown.object().value(QStringLiteral("clocks")).toObject().value(QStringLiteral("resolve")).toObject().contains(
        QStringLiteral("elapsed_ms")));
    CHECK(shown.object().value(QStringLiteral("history")).toArray().size() == 4);
    cli.run({QStringLiteral("incident"), QStringLiteral("close"), sid});
    CHECK(cli.code == 0);
    cli.run({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("x")});
    CHECK(cli.code == 2);

    // Problems and changes.
    auto problem = cli.run({QStringLiteral("problem"), QStringLiteral("open"), QStringLiteral("--title"),
                            QStringLiteral("Kiosk printers jam"), QStringLiteral("--incidents"), sid, QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    const QString pid = QString::number(problem.object().value(QStringLiteral("id")).toInteger());
    CHECK(problem.object().value(QStringLiteral("incidents")).toArray().size() == 1);
    cli.run({QStringLiteral("problem"), QStringLiteral("update"), pid, QStringLiteral("--status"), QStringLiteral("known_error")});
    CHECK(cli.code == 3);
    CHECK(cli.err.contains("problem.needs_analysis"));
    auto known = cli.run({QStringLiteral("problem"), QStringLiteral("update"), pid, QStringLiteral("--status"),
                          QStringLiteral("known_error"), QStringLiteral("--root-cause"), QStringLiteral("cheap paper"),
                          QStringLiteral("--workaround"), QStringLiteral("use the other roll"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    CHECK(known.object().value(QStringLiteral("known_error")).toBool());
    auto errors = cli.run({QStringLiteral("problem"), QStringLiteral("known-errors"), QStringLiteral("--json")});
    CHECK(cli.code == 0);
    CHECK(errors.array().size() == 1);
    auto change = cli.run({QStringLiteral("change"), QStringLiteral("request"), QStringLiteral("--title"),
                           QStringLiteral("Better paper"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    const QString cid = QString::number(change.object().value(QStringLiteral("id")).toInteger());
    CHECK(change.object().value(QStringLiteral("status")).toString() == QStringLiteral("requested"));
    cli.run({QStringLiteral("change"), QStringLiteral("schedule"), cid, QStringLiteral("--start"), QStringLiteral("soon"),
             QStringLiteral("--end"), QStringLiteral("later")});
    CHECK(cli.code == 2);
    cli.run({QStringLiteral("change"), QStringLiteral("start"), cid});
    CHECK(cli.code == 3);
    CHECK(cli.err.contains("change.not_approved"));
    cli.run({QStringLiteral("change"), QStringLiteral("approve"), cid});
    CHECK(cli.code == 0);
    cli.run({QStringLiteral("change"), QStringLiteral("start"), cid});
    CHECK(cli.code == 0);
    auto finished = cli.run({QStringLiteral("change"), QStringLiteral("finish"), cid, QStringLiteral("--outcome"),
                             QStringLiteral("success"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    CHECK(finished.object().value(QStringLiteral("outcome")).toString() == QStringLiteral("success"));
    auto ncs = cli.run({QStringLiteral("nonconformity"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(cli.code == 0);
    CHECK(ncs.array().isEmpty());

    // Stations and heartbeats with the token printed once.
    auto station = cli.run({QStringLiteral("station"), QStringLiteral("register"), QStringLiteral("kiosk-1"), QStringLiteral("--kind"),
                            QStringLiteral("kiosk"), QStringLiteral("--services"), QStringLiteral("kiosk"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    const QString token = station.object().value(QStringLiteral("token")).toString();
    CHECK(token.size() >= 32);
    cli.run({QStringLiteral("station"), QStringLiteral("heartbeat"), QStringLiteral("kiosk-1"), QStringLiteral("--token"), token});
    CHECK(cli.code == 0);
    cli.run({QStringLiteral("station"), QStringLiteral("heartbeat"), QStringLiteral("kiosk-1"), QStringLiteral("--token"),
             QStringLiteral("wrong")});
    CHECK(cli.code == 3);
    auto stations = cli.run({QStringLiteral("station"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    REQUIRE(stations.array().size() == 1);
    CHECK(stations.array().first().toObject().value(QStringLiteral("last_heartbeat_at")).isString());

    // Availability and the monthly report of the current month.
    const QString month = QDateTime::currentDateTimeUtc().toTimeZone(kJakarta).toString(QStringLiteral("yyyy-MM"));
    auto avail = cli.run({QStringLiteral("availability"), QStringLiteral("--month"), month, QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    // The core's 14, continuity (core 0007) and notices (26-notices).
    CHECK(avail.object().value(QStringLiteral("services")).toArray().size() == 16);
    CHECK(avail.object().value(QStringLiteral("stations")).toArray().size() == 1);
    cli.run({QStringLiteral("availability"), QStringLiteral("--month"), QStringLiteral("2026-13")});
    CHECK(cli.code == 3);
    CHECK(cli.err.contains("report.bad_month"));
    cli.run({QStringLiteral("availability")});
    CHECK(cli.code == 2);
    cli.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), month});
    CHECK(cli.code == 2);
    const QString pdf = cli.dir.filePath(QStringLiteral("r.pdf"));
    auto rep = cli.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), month, QStringLiteral("--out"),
                        pdf, QStringLiteral("--csv"), cli.dir.filePath(QStringLiteral("csv")), QStringLiteral("--json")});
    REQUIRE(cli.code == 0);
    CHECK(rep.object().value(QStringLiteral("format")).toString() == QStringLiteral("aksara.monthly-report/1"));
    CHECK(rep.object().value(QStringLiteral("files")).toArray().size() == 9);
    CHECK(QFile::exists(pdf));
    cli.run({QStringLiteral("report"), QStringLiteral("close"), QStringLiteral("--month"), month});
    CHECK(cli.code == 3); // the month is not over
    cli.run({QStringLiteral("verify")});
    CHECK(cli.code == 0);
}
