#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Run {
    int exit = -1;
    QString out;
    QString err;
    bool crashed = false;
};

Run aksara(const QStringList &args, const QMap<QString, QString> &env = {}, const QString &asUser = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    if (asUser.isEmpty())
        p.start(QStringLiteral(AKSARA_CLI), args);
    else
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"),
                                                       QStringLiteral(AKSARA_CLI)} + args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exit = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One line, starting with "aksara: ", no crash.
void checkOneLineError(const Run &r)
{
    CHECK_FALSE(r.crashed);
    CHECK(r.err.startsWith(QStringLiteral("aksara: ")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
}
} // namespace

TEST_CASE("aksara: unknown commands and options are usage errors", "[cli]")
{
    Run r = aksara({QStringLiteral("frobnicate")});
    CHECK(r.exit == 2);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));

    r = aksara({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("status"), QStringLiteral("--bogus")});
    CHECK(r.exit == 2);
    checkOneLineError(r);

    r = aksara({QStringLiteral("status")});
    CHECK(r.exit == 2);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("AKSARA_DB")));

    r = aksara({});
    CHECK(r.exit == 2);
    r = aksara({QStringLiteral("--help")});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("aksara: a bad --db URL or an unreachable PostgreSQL is a clear one-line error", "[cli]")
{
    Run r = aksara({QStringLiteral("--db"), QStringLiteral("mysql://library/x"), QStringLiteral("status")});
    CHECK(r.exit == 2);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("mysql://library/x")));

    r = aksara({QStringLiteral("--db"), QStringLiteral("postgresql://host/db?port=notanumber"), QStringLiteral("status")});
    CHECK(r.exit == 2);
    checkOneLineError(r);

    // Nothing listens on port 1.
    r = aksara({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/aksara"), QStringLiteral("status")});
    CHECK(r.exit == 1);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("[storage.unavailable]")));
}

TEST_CASE("aksara: missing, corrupt, foreign and read-only SQLite files are refused and left unchanged", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    SECTION("missing: not created by a command that only reads")
    {
        const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
        Run r = aksara({QStringLiteral("--db"), path, QStringLiteral("status")});
        CHECK(r.exit == 1);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("aksara init")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("corrupt")
    {
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = digest(path);
        for (const QString &cmd : {QStringLiteral("status"), QStringLiteral("init"), QStringLiteral("verify")}) {
            Run r = aksara({QStringLiteral("--db"), path, cmd});
            INFO(cmd);
            CHECK(r.exit == 1);
            checkOneLineError(r);
            CHECK(r.err.contains(QStringLiteral("[storage.corrupt]")));
        }
        CHECK(digest(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a damaged Aksara database (truncated)")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
        REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), path}).exit == 0);
        REQUIRE(aksara({QStringLiteral("--db"), path, QStringLiteral("demo")}).exit == 0);
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.resize(f.size() / 3));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        Run r = aksara({QStringLiteral("--db"), path, QStringLiteral("verify")});
        CHECK(r.exit == 1);
        CHECK_FALSE(r.crashed);
        CHECK(r.err.startsWith(QStringLiteral("aksara: ")));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);"
                                                                      "INSERT INTO photos (name) VALUES ('x');")});
        if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0) {
            WARN("sqlite3 command not available: the foreign-database case did not run");
            return;
        }
        const QByteArray before = digest(path);
        for (const QString &cmd : {QStringLiteral("status"), QStringLiteral("init")}) {
            Run r = aksara({QStringLiteral("--db"), path, cmd});
            INFO(cmd);
            CHECK(r.exit == 1);
            checkOneLineError(r);
            CHECK(r.err.contains(QStringLiteral("[storage.not_aksara]")));
        }
        CHECK(digest(path) == before);
    }
    SECTION("read-only")
    {
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), path}).exit == 0);
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = digest(path);
        // Root may write anything, so as root the test runs the tool as the unprivileged user nobody.
        const QString user = geteuid() == 0 ? QStringLiteral("nobody") : QString();
        Run r = aksara({QStringLiteral("--db"), path, QStringLiteral("status")}, {}, user);
        CHECK(r.exit == 1);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("[storage.read_only]")));
        CHECK(digest(path) == before);
    }
}

TEST_CASE("aksara: init, demo, status, ops and verify on the engine of this run", "[cli][db]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    const QString db = tdb.url();
    Run r = aksara({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("applied")).toArray().isEmpty());

    r = aksara({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--json")});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    const QJsonObject demo = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(demo.value(QStringLiteral("records")).toInt() > 300);
    CHECK(demo.value(QStringLiteral("staff")).toArray().size() == 4);

    // A second demo is refused with the documented JSON shape and exit code 3.
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--json")});
    CHECK(r.exit == 3);
    const QJsonObject refusal = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(refusal.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    CHECK(refusal.value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("demo.not_empty"));

    r = aksara({QStringLiteral("--db"), db, QStringLiteral("ops"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(r.exit == 0);
    const QJsonArray ops = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(ops.size() == 5);
    const QJsonObject last = ops.first().toObject();
    for (const char *key : {"id", "at", "service", "operation", "channel", "actor", "station", "outcome", "error_code",
                            "duration_us"})
        CHECK(last.contains(QLatin1String(key)));
    CHECK(last.value(QStringLiteral("operation")).toString() == QStringLiteral("demo.load"));
    CHECK(last.value(QStringLiteral("outcome")).toString() == QStringLiteral("refused"));
    CHECK(last.value(QStringLiteral("channel")).toString() == QStringLiteral("cli"));
    CHECK(last.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    CHECK(last.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));

    r = aksara({QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    const QJsonArray services = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("services")).toArray();
    CHECK(services.size() >= 13);

    r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify")});
    INFO(r.err);
    CHECK(r.exit == 0);

    // Staff: a wrong password is refused (3); the right one acts with the role's rights only.
    const QString admin = demo.value(QStringLiteral("staff")).toArray().first().toObject().value(QStringLiteral("password")).toString();
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("status")},
               {{QStringLiteral("AKSARA_PASSWORD"), QStringLiteral("wrong-password")}});
    CHECK(r.exit == 3);
    checkOneLineError(r);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("status")},
               {{QStringLiteral("AKSARA_PASSWORD"), admin}});
    CHECK(r.exit == 0);
}

TEST_CASE("aksara verify reports a tampered operation log and exits non-zero", "[cli][db]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    REQUIRE(aksara({QStringLiteral("--db"), tdb.url(), QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("ani"),
                    QStringLiteral("--role"), QStringLiteral("librarian")},
                   {{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("long-enough-1")}})
                .exit
            == 0);
    Database &db = *tdb.db();
    REQUIRE(db.execDirect(db.isSqlite() ? QStringLiteral("DROP TRIGGER operations_no_update")
                                        : QStringLiteral("DROP TRIGGER operations_no_update ON operations"))
                .ok());
    REQUIRE(db.execDirect(QStringLiteral("UPDATE operations SET actor = 'cli:mallory' WHERE operation = 'staff.create'")).ok());
    Run r = aksara({QStringLiteral("--db"), tdb.url(), QStringLiteral("verify")});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("oplog.chain")));
    CHECK(r.err.contains(QStringLiteral("changed")));
}

TEST_CASE("aksara staff role, branch and unlock, with their refusals", "[cli][db]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    const QString db = tdb.url();
    const QMap<QString, QString> newPassword{{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("long-enough-1")}};
    auto code = [](const Run &r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    };

    Run r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("kepala"),
                    QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--branch"), QStringLiteral("NOWHERE"),
                    QStringLiteral("--json")},
                   newPassword);
    CHECK(r.exit == 3);
    CHECK(code(r) == QStringLiteral("auth.unknown_branch"));
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("kepala"),
                    QStringLiteral("--role"), QStringLiteral("admin")},
                   newPassword)
                .exit
            == 0);
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("budi"),
                    QStringLiteral("--role"), QStringLiteral("librarian")},
                   newPassword)
                .exit
            == 0);

    // The only administrator keeps the role.
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("role"), QStringLiteral("kepala"),
                QStringLiteral("librarian"), QStringLiteral("--json")});
    CHECK(r.exit == 3);
    CHECK(code(r) == QStringLiteral("auth.last_admin"));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("kepala")});
    CHECK(r.exit == 3);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("auth.last_admin")));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("role"), QStringLiteral("kepala"),
                QStringLiteral("boss")});
    CHECK(r.exit == 2);

    // A librarian may not change roles.
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("budi"), QStringLiteral("staff"),
                QStringLiteral("role"), QStringLiteral("budi"), QStringLiteral("admin"), QStringLiteral("--json")},
               {{QStringLiteral("AKSARA_PASSWORD"), QStringLiteral("long-enough-1")}});
    CHECK(r.exit == 3);
    CHECK(code(r) == QStringLiteral("core.forbidden"));

    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("unlock"), QStringLiteral("budi"),
                QStringLiteral("--json")});
    CHECK(r.exit == 3);
    CHECK(code(r) == QStringLiteral("auth.not_locked"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("budi"), QStringLiteral("staff"),
                        QStringLiteral("list")},
                       {{QStringLiteral("AKSARA_PASSWORD"), QStringLiteral("wrong-password")}})
                    .exit
                == 3);
    auto lockedOf = [&](const QString &user) {
        Run list = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(list.exit == 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("username")).toString() == user)
                return v.toObject().value(QStringLiteral("locked")).toBool();
        FAIL("no such account listed");
        return false;
    };
    CHECK(lockedOf(QStringLiteral("budi")));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("unlock"), QStringLiteral("budi")});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("unlocked")));
    CHECK_FALSE(lockedOf(QStringLiteral("budi")));

    // Promoted, then the first administrator may step down.
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("role"), QStringLiteral("budi"),
                    QStringLiteral("admin")})
                .exit
            == 0);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("role"), QStringLiteral("kepala"),
                QStringLiteral("supervisor"), QStringLiteral("--json")});
    CHECK(r.exit == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("role")).toString() == QStringLiteral("supervisor"));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("branch"), QStringLiteral("budi"),
                QStringLiteral("NOWHERE"), QStringLiteral("--json")});
    CHECK(r.exit == 3);
    CHECK(code(r) == QStringLiteral("auth.unknown_branch"));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("branch"), QStringLiteral("budi"),
                QStringLiteral("--none")});
    CHECK(r.exit == 0);
    CHECK(aksara({QStringLiteral("--db"), db, QStringLiteral("verify")}).exit == 0);
}
