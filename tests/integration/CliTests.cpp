#include "FixedClock.h"
#include "QtCatch.h"
#include "LogAttack.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Run {
    int exit = -1;
    QString out;
    QString err;
    bool crashed = false;
};

Run aksara(const QStringList &args, const QMap<QString, QString> &env = {}, const QString &asUser = {},
           int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // Never the configuration of an aksara-server installed on the machine running the tests.
    e.insert(QStringLiteral("AKSARA_SYSCONFDIR"), QStringLiteral("/nonexistent/aksara-test-etc"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    if (asUser.isEmpty())
        p.start(QStringLiteral(AKSARA_CLI), args);
    else
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"),
                                                       QStringLiteral(AKSARA_CLI)} + args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(timeoutMs));
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

void writeFile(const QString &path, const QByteArray &text)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(text) == text.size());
}

struct stat statOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st;
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
        sqlite.start(Test::requireTool("sqlite3", "sqlite3"), {path, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);"
                                                                      "INSERT INTO photos (name) VALUES ('x');")});
        REQUIRE(sqlite.waitForFinished(10000));
        REQUIRE(sqlite.exitCode() == 0);
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

TEST_CASE("aksara sip2 account add and edit: the PIN rule and the rights, off unless granted", "[cli][db][sip2]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    const QString db = tdb.url();
    const QMap<QString, QString> newPassword{{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("machine-pass-1")}};
    Run r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("add"),
                    QStringLiteral("sc1"), QStringLiteral("--institution"), QStringLiteral("LIB"), QStringLiteral("--json")},
                   newPassword);
    REQUIRE(r.exit == 0);
    QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : {"require_patron_password", "patron_data_without_pin", "own_branch_only", "may_block_patrons", "may_take_payments"}) {
        INFO(key);
        REQUIRE(a.contains(QLatin1String(key)));
        CHECK_FALSE(a.value(QLatin1String(key)).toBool());
    }
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("sc1"),
                QStringLiteral("--require-patron-password"), QStringLiteral("--may-take-payments"), QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(a.value(QStringLiteral("require_patron_password")).toBool());
    CHECK(a.value(QStringLiteral("may_take_payments")).toBool());
    CHECK_FALSE(a.value(QStringLiteral("may_block_patrons")).toBool());
    CHECK(a.value(QStringLiteral("institution")).toString() == QStringLiteral("LIB"));
    // Refusals: both ways at once; own-branch-only without a branch; an unknown account.
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("sc1"),
                QStringLiteral("--may-block-patrons"), QStringLiteral("--no-may-block-patrons")});
    CHECK(r.exit == 2);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("sc1"),
                QStringLiteral("--own-branch-only"), QStringLiteral("--json")});
    CHECK(r.exit == 3);
    CHECK(r.out.contains(QStringLiteral("sip2.own_branch_needs_branch")));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("nobody"),
                QStringLiteral("--may-block-patrons"), QStringLiteral("--json")});
    CHECK(r.exit == 3);
    CHECK(r.out.contains(QStringLiteral("sip2.unknown_account")));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("sc1"),
                QStringLiteral("--no-may-take-payments"), QStringLiteral("--institution"), QStringLiteral("LIB2")});
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("LIB2")));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("sip2"), QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    a = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    CHECK_FALSE(a.value(QStringLiteral("may_take_payments")).toBool());
    CHECK(a.value(QStringLiteral("require_patron_password")).toBool());
    CHECK(a.value(QStringLiteral("institution")).toString() == QStringLiteral("LIB2"));
}

TEST_CASE("aksara: without --db or AKSARA_DB it uses the library of the installed aksara-server", "[cli]")
{
    QTemporaryDir dir;
    const QString etc = dir.filePath(QStringLiteral("etc"));
    const QMap<QString, QString> installed{{QStringLiteral("AKSARA_SYSCONFDIR"), etc}};
    const QString fromDefault = dir.filePath(QStringLiteral("lib/from-default.sqlite"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("lib"))));

    // The unit's environment file: AKSARA_DB, as the package installs it.
    writeFile(etc + QStringLiteral("/default/aksara-server"),
              "# Options for aksara-server\nAKSARA_DB=" + fromDefault.toUtf8() + "\nAKSARA_SERVER_OPTS=\"\"\n");
    Run r = aksara({QStringLiteral("status")}, installed);
    CHECK(r.exit == 1); // not created yet: the clear "run aksara init" error, about that file
    checkOneLineError(r);
    CHECK(r.err.contains(fromDefault));
    CHECK(r.err.contains(QStringLiteral("aksara init")));
    CHECK_FALSE(QFile::exists(fromDefault));
    r = aksara({QStringLiteral("init")}, installed);
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(QFile::exists(fromDefault));
    r = aksara({QStringLiteral("status"), QStringLiteral("--json")}, installed);
    CHECK(r.exit == 0);
    CHECK_FALSE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("services")).toArray().isEmpty());

    // The server's configuration file wins over AKSARA_DB of the environment file, as for the server.
    const QString fromConf = dir.filePath(QStringLiteral("lib/from-conf.sqlite"));
    writeFile(etc + QStringLiteral("/aksara/server.conf"),
              "# db = /commented/out.sqlite\nhttp-port = 8080\ndb = \"" + fromConf.toUtf8() + "\"  # the library\n");
    REQUIRE(aksara({QStringLiteral("init")}, installed).exit == 0);
    CHECK(QFile::exists(fromConf));
    CHECK_FALSE(QFile::exists(QStringLiteral("/commented/out.sqlite")));

    // --config in the unit's options names another configuration file; --db there wins over both.
    const QString fromOther = dir.filePath(QStringLiteral("lib/from-other-conf.sqlite"));
    writeFile(dir.filePath(QStringLiteral("other.conf")), "db = " + fromOther.toUtf8() + "\n");
    writeFile(etc + QStringLiteral("/default/aksara-server"),
              "AKSARA_DB=" + fromDefault.toUtf8() + "\nAKSARA_SERVER_OPTS=\"--http-port 8081 --config "
                  + dir.filePath(QStringLiteral("other.conf")).toUtf8() + "\"\n");
    REQUIRE(aksara({QStringLiteral("init")}, installed).exit == 0);
    CHECK(QFile::exists(fromOther));
    const QString fromOptions = dir.filePath(QStringLiteral("lib/from-options.sqlite"));
    writeFile(etc + QStringLiteral("/default/aksara-server"),
              "AKSARA_SERVER_OPTS='--db=" + fromOptions.toUtf8() + " --sip2-port 0'\n");
    REQUIRE(aksara({QStringLiteral("init")}, installed).exit == 0);
    CHECK(QFile::exists(fromOptions));

    // AKSARA_DB in the environment wins over the installed library, and --db over both.
    const QString fromEnv = dir.filePath(QStringLiteral("lib/from-env.sqlite"));
    QMap<QString, QString> withEnv = installed;
    withEnv.insert(QStringLiteral("AKSARA_DB"), fromEnv);
    REQUIRE(aksara({QStringLiteral("init")}, withEnv).exit == 0);
    CHECK(QFile::exists(fromEnv));
    const QString fromFlag = dir.filePath(QStringLiteral("lib/from-flag.sqlite"));
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), fromFlag}, withEnv).exit == 0);
    CHECK(QFile::exists(fromFlag));

    // A configured value that is not a library URL is the usual usage error, naming it.
    writeFile(etc + QStringLiteral("/default/aksara-server"), "AKSARA_SERVER_OPTS=\"--db mysql://elsewhere/x\"\n");
    r = aksara({QStringLiteral("status")}, installed);
    CHECK(r.exit == 2);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("mysql://elsewhere/x")));

    // Nothing installed: the usage error of before.
    r = aksara({QStringLiteral("status")}, {{QStringLiteral("AKSARA_SYSCONFDIR"), dir.filePath(QStringLiteral("empty"))}});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(QStringLiteral("AKSARA_DB")));
}

TEST_CASE("aksara: a library root creates in the server's directory belongs to the server's account", "[cli]")
{
    QTemporaryDir dir;
    // The test runs the tool as root and as nobody, who must reach the directory.
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString state = dir.filePath(QStringLiteral("state"));
    REQUIRE(QDir().mkpath(state));
    const QString library = state + QStringLiteral("/library.sqlite");
    if (geteuid() != 0) {
        // Only root can give a file away; anyone else creates it as their own, as before.
        REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), library}).exit == 0);
        CHECK(statOf(library).st_uid == geteuid());
        return;
    }
    const passwd *nobody = getpwnam("nobody");
    REQUIRE(nobody != nullptr);
    // As the package leaves /var/lib/aksara: the server's account, its group, setgid, no access for others.
    REQUIRE(::chown(QFile::encodeName(state).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
    REQUIRE(::chmod(QFile::encodeName(state).constData(), 02770) == 0);
    // Its group is the staff group (the package's is aksara: docs/security.md, "Least privilege").
    const group *staff = getgrgid(nobody->pw_gid);
    REQUIRE(staff != nullptr);
    qputenv("AKSARA_STAFF_GROUP", staff->gr_name);
    struct Unset {
        ~Unset() { qunsetenv("AKSARA_STAFF_GROUP"); }
    } unset;

    Run r = aksara({QStringLiteral("init"), QStringLiteral("--db"), library});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    struct stat st = statOf(library);
    CHECK(st.st_uid == nobody->pw_uid);
    CHECK(st.st_gid == nobody->pw_gid);
    CHECK((st.st_mode & 07777) == 0660);
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(library + QLatin1String(suffix)))
            CHECK(statOf(library + QLatin1String(suffix)).st_uid == nobody->pw_uid);
    }
    // The server's account writes it (every command records its operation), and so does root again,
    // after which the account still can.
    r = aksara({QStringLiteral("--db"), library, QStringLiteral("status")}, {}, QStringLiteral("nobody"));
    INFO(r.err);
    CHECK(r.exit == 0);
    CHECK(aksara({QStringLiteral("--db"), library, QStringLiteral("status")}).exit == 0);
    CHECK(statOf(library).st_uid == nobody->pw_uid);
    r = aksara({QStringLiteral("--db"), library, QStringLiteral("verify")}, {}, QStringLiteral("nobody"));
    INFO(r.err);
    CHECK(r.exit == 0);

    // Only a file this run created is given away: an existing root file, or one in root's own
    // directory, keeps its owner.
    const QString rootsOwn = state + QStringLiteral("/roots-own.sqlite");
    REQUIRE(QFile::copy(library, rootsOwn));
    REQUIRE(::chown(QFile::encodeName(rootsOwn).constData(), 0, 0) == 0);
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), rootsOwn}).exit == 0);
    CHECK(statOf(rootsOwn).st_uid == 0);
    const QString inRootDir = dir.filePath(QStringLiteral("root-dir.sqlite"));
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), inRootDir}).exit == 0);
    CHECK(statOf(inRootDir).st_uid == 0);
}

// Issue 14, the trail: the attacks of a database administrator on the demo library, each named by
// aksara verify (docs/security.md "The trail").
TEST_CASE("aksara verify with signed checkpoints detects a recomputed chain and edited business rows", "[cli][db][trail]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    const QString db = tdb.url();
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("signing.key"));
    const QString exported = dir.filePath(QStringLiteral("checkpoints.jsonl"));
    // The demo library: 1,700 operations, slow on a loaded machine.
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("demo")}, {}, {}, 600000).exit == 0);

    // Key pair: the secret key 0600, the public key printed and in KEY.pub; never overwritten.
    Run r = aksara({QStringLiteral("checkpoint"), QStringLiteral("keygen"), QStringLiteral("--out"), key, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    const QString publicKey = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("public_key")).toString();
    CHECK(publicKey.size() == 64);
    CHECK((statOf(key).st_mode & 0777) == 0600);
    r = aksara({QStringLiteral("checkpoint"), QStringLiteral("keygen"), QStringLiteral("--out"), key});
    CHECK(r.exit == 3);
    checkOneLineError(r);

    // A key readable by others is refused; signing without one too.
    const QString loose = dir.filePath(QStringLiteral("loose.key"));
    REQUIRE(QFile::copy(key, loose));
    REQUIRE(::chmod(QFile::encodeName(loose).constData(), 0644) == 0);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("sign"), QStringLiteral("--signing-key"), loose});
    CHECK(r.exit != 0);
    CHECK(r.err.contains(QStringLiteral("0600")));

    // Two checkpoints with operations between them, exported.
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("sign"), QStringLiteral("--signing-key"), key}).exit == 0);
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("ani"),
                    QStringLiteral("--role"), QStringLiteral("librarian")},
                   {{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("long-enough-1")}})
                .exit
            == 0);
    REQUIRE(aksara({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("sign"), QStringLiteral("--signing-key"), key}).exit == 0);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("export"), QStringLiteral("--out"), exported});
    REQUIRE(r.exit == 0);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();

    // The untouched library verifies clean, checkpoints included.
    const QStringList verifyWithCheckpoints{QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"),
                                            exported, QStringLiteral("--public-key"), key + QStringLiteral(".pub")};
    r = aksara(verifyWithCheckpoints);
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("2 signed checkpoint(s) match")));

    Database &d = *tdb.db();
    SECTION("the log rewritten, its chain recomputed, the trigger recreated")
    {
        const qint64 victim = d.scalar(QStringLiteral("SELECT id FROM operations WHERE operation = 'staff.create'"))->toLongLong();
        REQUIRE(victim > 0);
        rewriteRecord(d, victim, QStringLiteral("cli:mallory"));
        // Without the checkpoints the rewrite does not show: that is what they are for.
        r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify")});
        CHECK(r.exit == 0);
        r = aksara(verifyWithCheckpoints);
        CHECK(r.exit == 1);
        CHECK(r.err.contains(QStringLiteral("[checkpoint.chain] operation %1 ").arg(second.value(QStringLiteral("head_id")).toInteger())));
        CHECK(r.err.contains(QStringLiteral("rewritten")));
        // The public key as hex text works too; another key's checkpoints are not taken.
        r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"), exported,
                    QStringLiteral("--public-key"), QString(64, QLatin1Char('1'))});
        CHECK(r.exit == 1);
        CHECK(r.err.contains(QStringLiteral("[checkpoint.signature]")));
    }
    SECTION("business rows edited with the log and its triggers intact")
    {
        const qint64 fee = d.scalar(QStringLiteral("SELECT MIN(id) FROM fees WHERE balance > 0"))->toLongLong();
        const qint64 loan = d.scalar(QStringLiteral("SELECT MIN(id) FROM loans WHERE returned_at IS NULL"))->toLongLong();
        const qint64 staff = d.scalar(QStringLiteral("SELECT id FROM staff WHERE username = 'ani'"))->toLongLong();
        REQUIRE(fee > 0);
        REQUIRE(loan > 0);
        REQUIRE(d.execDirect(QStringLiteral("UPDATE fees SET balance = 0 WHERE id = %1").arg(fee)).ok());
        REQUIRE(d.execDirect(QStringLiteral("UPDATE loans SET due_at = due_at + 2592000000 WHERE id = %1").arg(loan)).ok());
        REQUIRE(d.execDirect(QStringLiteral("UPDATE staff SET role = 'admin' WHERE id = %1").arg(staff)).ok());
        r = aksara(verifyWithCheckpoints);
        CHECK(r.exit == 1);
        CHECK(r.err.contains(QStringLiteral("fees row id=%1 was changed").arg(fee)));
        CHECK(r.err.contains(QStringLiteral("loans row id=%1 was changed").arg(loan)));
        CHECK(r.err.contains(QStringLiteral("staff row id=%1 was changed").arg(staff)));
        CHECK(r.err.contains(QStringLiteral("record of operation")));
        CHECK_FALSE(r.err.contains(QStringLiteral("[oplog.chain]")));
        CHECK_FALSE(r.err.contains(QStringLiteral("[checkpoint")));
    }
    SECTION("bad input to verify is a usage error")
    {
        r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"), exported});
        CHECK(r.exit == 2);
        r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"), exported,
                    QStringLiteral("--public-key"), QStringLiteral("not-a-key")});
        CHECK(r.exit == 2);
        CHECK(r.err.contains(QStringLiteral("public key")));
        writeFile(dir.filePath(QStringLiteral("junk.jsonl")), "{\"head_id\": 1}\n");
        r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"),
                    dir.filePath(QStringLiteral("junk.jsonl")), QStringLiteral("--public-key"), publicKey});
        CHECK(r.exit == 2);
        CHECK(r.err.contains(QStringLiteral("line 1")));
    }
}

namespace {
// A minimal outside witness: answers each HTTP request with `status` and keeps the bodies.
struct Witness {
    QTcpServer server;
    int status = 201;
    QList<QByteArray> bodies;
    Witness()
    {
        REQUIRE(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const int length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toInt();
                    if (buffer->size() < end + 4 + length)
                        return;
                    bodies << buffer->mid(end + 4, length);
                    s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                    delete buffer;
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/checkpoints").arg(server.serverPort()); }
};

// Runs aksara while this thread keeps serving the witness.
Run aksaraServing(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("AKSARA_SYSCONFDIR"), QStringLiteral("/nonexistent/aksara-test-etc"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(AKSARA_CLI), args);
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (!p.waitForFinished(10) && t.elapsed() < 60000)
        QCoreApplication::processEvents();
    Run r;
    r.exit = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

TEST_CASE("aksara checkpoint sign and export send checkpoints to an outside witness", "[cli][db][trail]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    const QString db = tdb.url();
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("signing.key"));
    // init makes the key when asked, and keeps an existing one.
    Run r = aksara({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--signing-key"), key, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    const QString publicKey = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("public_key")).toString();
    CHECK(publicKey.size() == 64);
    CHECK((statOf(key).st_mode & 0777) == 0600);
    r = aksara({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--signing-key"), key, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("public_key")).toString() == publicKey);

    Witness witness;
    r = aksaraServing({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("sign"),
                       QStringLiteral("--signing-key"), key, QStringLiteral("--witness"), witness.url(), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    REQUIRE(witness.bodies.size() == 1);
    const QJsonObject sent = QJsonDocument::fromJson(witness.bodies.first()).object();
    CHECK(sent.value(QStringLiteral("public_key")).toString() == publicKey);
    CHECK(sent == QJsonDocument::fromJson(r.out.toUtf8()).object());

    // The monthly report lists the month's checkpoints (the library's zone decides the month).
    const QString month = QDateTime::fromMSecsSinceEpoch(sent.value(QStringLiteral("signed_at_ms")).toInteger(),
                                                         QTimeZone(QByteArrayLiteral("Asia/Jakarta")))
                              .toString(QStringLiteral("yyyy-MM"));
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), month,
                QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("checkpoints")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("head_id")) == sent.value(QStringLiteral("head_id")));
    CHECK(listed.first().toObject().value(QStringLiteral("signature_ok")).toBool());
    CHECK(listed.first().toObject().value(QStringLiteral("matches_log")).toBool());

    // The witness's copy verifies against the library.
    writeFile(dir.filePath(QStringLiteral("witnessed.jsonl")), witness.bodies.first() + '\n');
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--checkpoints"),
                dir.filePath(QStringLiteral("witnessed.jsonl")), QStringLiteral("--public-key"), publicKey});
    CHECK(r.exit == 0);

    // A witness that does not take it is an error (the checkpoint stays kept; export sends it again).
    witness.status = 500;
    r = aksaraServing({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("export"),
                       QStringLiteral("--witness"), witness.url()});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("witness")));
    CHECK(witness.bodies.size() == 2);
    witness.status = 200;
    r = aksaraServing({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("export"),
                       QStringLiteral("--witness"), witness.url()});
    CHECK(r.exit == 0);
    CHECK(witness.bodies.size() == 3);
    r = aksara({QStringLiteral("--db"), db, QStringLiteral("checkpoint"), QStringLiteral("export"), QStringLiteral("--witness"),
                QStringLiteral("ftp://example.org/")});
    CHECK(r.exit == 1);
}
