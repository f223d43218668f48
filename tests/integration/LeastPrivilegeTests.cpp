// Issue 14, part 3: least privilege in the database (docs/security.md, "Least privilege"). The
// attacks are run for real: a spoofed $USER, other accounts reading the library file, a password
// in a URL, and, on PostgreSQL, the application role trying to rewrite the operation log.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "core/DatabaseConfig.h"
#include "core/DatabaseRoles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run aksara(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.remove(QStringLiteral("AKSARA_STAFF_GROUP"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("AKSARA_LANG"), QStringLiteral("en"));
    e.insert(QStringLiteral("AKSARA_SYSCONFDIR"), QStringLiteral("/nonexistent/aksara-test-etc"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(AKSARA_CLI), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    Run r;
    r.exit = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

unsigned modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

QString accountName()
{
    const passwd *pw = getpwuid(geteuid());
    REQUIRE(pw);
    return QString::fromLocal8Bit(pw->pw_name);
}

// The umask of a careless shell, so that what the files get is Aksara's doing.
struct Umask {
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
    mode_t old;
};

// PostgreSQL: statements as the test cluster's superuser, on its maintenance database or on
// `database`.
void adminExec(const QString &sql, const QString &database = {})
{
    auto config = DatabaseConfig::parse(postgresAdminUrl());
    REQUIRE(config.ok());
    if (!database.isEmpty())
        config->database = database;
    const QString name = QStringLiteral("least-privilege-admin-") + config->database;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(config->host);
    db.setPort(config->port);
    db.setUserName(config->user);
    db.setDatabaseName(config->database);
    REQUIRE((db.isOpen() || db.open()));
    QSqlQuery q(db);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

// Roles are the cluster's, not the test database's: dropped when the test ends, after the
// database (declare before the TestDatabase).
struct Roles {
    QStringList names;
    QString make(const QString &prefix, const QString &options = QStringLiteral("LOGIN"))
    {
        const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 36);
        adminExec(QStringLiteral("CREATE ROLE %1 %2").arg(name, options));
        names.prepend(name);
        return name;
    }
    ~Roles()
    {
        for (const QString &n : std::as_const(names)) {
            try {
                adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(n));
            } catch (...) {
            }
        }
    }
};

QString urlAs(const TestDatabase &tdb, const QString &user)
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(user, tdb.config().database, tdb.config().host)
        .arg(tdb.config().port);
}

std::shared_ptr<Database> openAs(const TestDatabase &tdb, const QString &user)
{
    DatabaseConfig c = tdb.config();
    c.user = user;
    c.password.clear();
    auto db = Database::open(c);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return *db;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

TEST_CASE("least privilege: without --as the CLI acts as the OS account, whatever $USER says", "[cli][db][security]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    // The attack: USER and LOGNAME name the administrator; the record must name who really ran it.
    Run r = aksara({QStringLiteral("--db"), tdb.url(), QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("ani"),
                    QStringLiteral("--role"), QStringLiteral("librarian")},
                   {{QStringLiteral("USER"), QStringLiteral("admin")},
                    {QStringLiteral("LOGNAME"), QStringLiteral("admin")},
                    {QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("long-enough-1")}});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    auto actor = tdb.db()->scalar(QStringLiteral("SELECT actor FROM operations WHERE operation = 'staff.create'"));
    REQUIRE(actor.ok());
    CHECK(actor->toString() == QStringLiteral("cli:") + accountName());
    CHECK(actor->toString() != QStringLiteral("cli:admin"));
}

TEST_CASE("least privilege: a new SQLite library and its -wal and -shm are 0600 whatever the umask", "[cli][files][security]")
{
    if (onPostgres()) {
        WARN("SQLite files only: nothing to check on PostgreSQL");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    Umask careless(022);
    Run r = aksara({QStringLiteral("init"), QStringLiteral("--db"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(modeOf(file) == 0600);
    // Keep a connection open so that the -wal and -shm stay, then write through the CLI.
    DatabaseConfig c;
    c.path = file;
    auto db = Database::open(c);
    REQUIRE(db.ok());
    REQUIRE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM operations")).ok());
    r = aksara({QStringLiteral("--db"), file, QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("ani"),
                QStringLiteral("--role"), QStringLiteral("librarian")},
               {{QStringLiteral("AKSARA_NEW_PASSWORD"), QStringLiteral("long-enough-1")}});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    REQUIRE(QFileInfo::exists(file + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(file + QStringLiteral("-shm")));
    CHECK(modeOf(file) == 0600);
    CHECK(modeOf(file + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(file + QStringLiteral("-shm")) == 0600);
    (*db).reset();
}

TEST_CASE("least privilege: in a folder of the staff group a new library is 0660, never for others", "[cli][files][security]")
{
    if (onPostgres()) {
        WARN("SQLite files only: nothing to check on PostgreSQL");
        return;
    }
    const group *g = getgrgid(getegid());
    REQUIRE(g);
    const QString staff = QString::fromLocal8Bit(g->gr_name);
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared"));
    const QString privateDir = dir.filePath(QStringLiteral("private"));
    REQUIRE(QDir().mkpath(shared));
    REQUIRE(QDir().mkpath(privateDir));
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 02770) == 0);
    REQUIRE(::chmod(QFile::encodeName(privateDir).constData(), 0750) == 0);
    Umask careless(002);
    const QMap<QString, QString> env{{QStringLiteral("AKSARA_STAFF_GROUP"), staff}};
    const QString a = shared + QStringLiteral("/library.sqlite");
    const QString b = privateDir + QStringLiteral("/library.sqlite");
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), a}, env).exit == 0);
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), b}, env).exit == 0);
    CHECK(modeOf(a) == 0660);
    // Not group-writable: the group is not the desks' group here.
    CHECK(modeOf(b) == 0600);
    // Another group than the staff's: owner only.
    const QString c = shared + QStringLiteral("/other.sqlite");
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), c},
                   {{QStringLiteral("AKSARA_STAFF_GROUP"), QStringLiteral("no-such-group-aksara-test")}})
                .exit
            == 0);
    CHECK(modeOf(c) == 0600);
}

TEST_CASE("least privilege: verify names a library file others can read, init tightens it", "[cli][files][security]")
{
    if (onPostgres()) {
        WARN("SQLite files only: nothing to check on PostgreSQL");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), file}).exit == 0);
    REQUIRE(aksara({QStringLiteral("--db"), file, QStringLiteral("verify")}).exit == 0);
    // As an older Aksara left it.
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    Run r = aksara({QStringLiteral("--db"), file, QStringLiteral("verify")});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("[files.mode]")));
    CHECK(r.err.contains(file));
    CHECK(r.err.contains(QStringLiteral("0644")));
    CHECK(modeOf(file) == 0644); // verify changes nothing

    r = aksara({QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonArray tightened = json(r).value(QStringLiteral("tightened")).toArray();
    REQUIRE(tightened.size() >= 1);
    CHECK(tightened.first().toObject().value(QStringLiteral("file")).toString() == file);
    CHECK(tightened.first().toObject().value(QStringLiteral("was")).toString() == QStringLiteral("0644"));
    CHECK(tightened.first().toObject().value(QStringLiteral("now")).toString() == QStringLiteral("0600"));
    CHECK(modeOf(file) == 0600);
    r = aksara({QStringLiteral("--db"), file, QStringLiteral("verify")});
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);
}

TEST_CASE("least privilege: a database URL's password is never printed", "[cli][security]")
{
    const QString secret = QStringLiteral("Sekr3t-Pw");
    // Nothing listens on port 1: the open fails, and its message names the URL.
    const QString url = QStringLiteral("postgresql://aksara:%1@127.0.0.1:1/aksara?connect_timeout=2").arg(secret);
    auto config = DatabaseConfig::parse(url);
    REQUIRE(config.ok());
    CHECK(config->password == secret);
    auto db = Database::open(*config);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("storage.unavailable"));
    CHECK(db.error().message.contains(QStringLiteral("127.0.0.1")));
    CHECK_FALSE(db.error().message.contains(secret));

    for (const QString &bad : {QStringLiteral("mysql://aksara:%1@host/db").arg(secret),
                               QStringLiteral("postgresql://aksara:%1@host:99999999/db").arg(secret),
                               QStringLiteral("postgresql://aksara@host/db?password=%1&bogus=1").arg(secret)}) {
        auto parsed = DatabaseConfig::parse(bad);
        INFO(bad.toStdString());
        REQUIRE_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().message.contains(secret));
    }

    // The command line, in its one-line error and in JSON.
    Run r = aksara({QStringLiteral("--db"), url, QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(r.exit == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(r.err.contains(secret));
    CHECK_FALSE(r.out.contains(secret));
    r = aksara({QStringLiteral("--db"), QStringLiteral("mysql://aksara:%1@host/db").arg(secret), QStringLiteral("status")});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(QStringLiteral("aksara:***@host")));
    CHECK_FALSE(r.err.contains(secret));
}

TEST_CASE("least privilege: redacted and withoutPassword take the password out of a URL", "[security]")
{
    CHECK(DatabaseConfig::redacted(QStringLiteral("postgresql://aksara:s%40cret@db.example:5432/lib"))
          == QStringLiteral("postgresql://aksara:***@db.example:5432/lib"));
    CHECK(DatabaseConfig::redacted(QStringLiteral("postgresql://aksara@db/lib?password=x1&sslmode=require"))
          == QStringLiteral("postgresql://aksara@db/lib?password=***&sslmode=require"));
    CHECK(DatabaseConfig::redacted(QStringLiteral("/var/lib/aksara/library.sqlite"))
          == QStringLiteral("/var/lib/aksara/library.sqlite"));
    CHECK(DatabaseConfig::withoutPassword(QStringLiteral("postgresql://aksara:pw@db:5432/lib?sslmode=require"))
          == QStringLiteral("postgresql://aksara@db:5432/lib?sslmode=require"));
    CHECK(DatabaseConfig::withoutPassword(QStringLiteral("postgresql://aksara@db/lib?password=pw&sslmode=require"))
          == QStringLiteral("postgresql://aksara@db/lib?sslmode=require"));
    CHECK(DatabaseConfig::withoutPassword(QStringLiteral("postgresql://aksara@db/lib?sslmode=require&password=pw"))
          == QStringLiteral("postgresql://aksara@db/lib?sslmode=require"));
    CHECK(DatabaseConfig::hasPassword(QStringLiteral("postgresql://aksara:pw@db/lib")));
    CHECK(DatabaseConfig::hasPassword(QStringLiteral("postgresql://aksara@db/lib?password=pw")));
    CHECK_FALSE(DatabaseConfig::hasPassword(QStringLiteral("postgresql://aksara@db:5432/lib")));
    const QString with = DatabaseConfig::withPassword(QStringLiteral("postgresql://aksara@db:5432/lib"), QStringLiteral("p@ss"));
    auto parsed = DatabaseConfig::parse(with);
    REQUIRE(parsed.ok());
    CHECK(parsed->password == QStringLiteral("p@ss"));
    CHECK(parsed->user == QStringLiteral("aksara"));
    CHECK(parsed->database == QStringLiteral("lib"));
    // A service or password file instead of a password.
    auto service = DatabaseConfig::parse(QStringLiteral("postgresql://aksara@db/lib?service=aksara&passfile=/etc/aksara/pgpass"));
    REQUIRE(service.ok());
    CHECK(service->options.contains(QStringLiteral("service=aksara")));
    CHECK(service->options.contains(QStringLiteral("passfile=/etc/aksara/pgpass")));
}

// [pg-only]: registered for the pg: pass alone (an SQLite library is protected by its file's
// permissions, tested above); run on SQLite by hand, it fails rather than pass without checking.
TEST_CASE("least privilege: on PostgreSQL the application role can lend but cannot change the log", "[cli][pg-only][security]")
{
    INFO("PostgreSQL roles and grants: this test needs AKSARA_TEST_ENGINE=pg");
    REQUIRE(onPostgres());
    Roles roles; // before tdb: the roles are dropped after the database
    FixedClock clock;
    TestDatabase tdb(clock, /*migrate*/ false);
    const QString owner = roles.make(QStringLiteral("lp_owner"));
    const QString app = roles.make(QStringLiteral("lp_app"));
    adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(tdb.config().database, owner));
    const QString ownerUrl = urlAs(tdb, owner);
    const QString appUrl = urlAs(tdb, app);

    // The owner creates the schema and gives the application role its grants; twice is the same.
    Run r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("init"), QStringLiteral("--app-role"), app});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(app));
    r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("init"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(json(r).value(QStringLiteral("app_roles")).toArray() == QJsonArray{app});

    // The printed SQL is what was applied.
    r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("grants"), QStringLiteral("--app-role"), app});
    REQUIRE(r.exit == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const auto line = [&](const QString &start) {
        for (const QString &l : lines) {
            if (l.startsWith(start))
                return l;
        }
        return QString();
    };
    const QString appendOnly = line(QStringLiteral("GRANT SELECT, INSERT ON TABLE "));
    const QString business = line(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "));
    for (const char *table : {"operations", "operation_tokens", "payments", "report_months", "request_keys"}) {
        INFO(table);
        CHECK(appendOnly.contains(QStringLiteral("\"%1\"").arg(QLatin1String(table))));
        CHECK_FALSE(business.contains(QStringLiteral("\"%1\"").arg(QLatin1String(table))));
    }
    CHECK(business.contains(QStringLiteral("\"loans\"")));
    CHECK(business.contains(QStringLiteral("\"sla_buckets\"")));
    CHECK_FALSE(r.out.contains(QStringLiteral("TRUNCATE")));
    CHECK(r.out.contains(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA \"public\" FROM \"%1\"").arg(app)));

    // Daily work as the application role: a whole demo library, then a loan and a return.
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("demo"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    auto appDb = openAs(tdb, app);
    Database &db = *appDb;
    auto q = db.exec(QStringLiteral(
        "SELECT p.card_number FROM patrons p WHERE p.status = 'active' AND NOT EXISTS (SELECT 1 FROM fees f WHERE "
        "f.patron_id = p.id AND f.balance > 0) AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.patron_id = p.id AND "
        "l.returned_at IS NULL) ORDER BY p.id LIMIT 1"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const QString card = q->value(0).toString();
    q->finish();
    auto item = db.scalar(QStringLiteral("SELECT barcode FROM items WHERE status = 'available' AND item_type = 'book' "
                                         "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.item_id = items.id OR (h.bib_id = "
                                         "items.bib_id AND h.status IN ('waiting', 'in_transit', 'ready'))) ORDER BY id LIMIT 1"));
    REQUIRE(item.ok());
    const QString barcode = item->toString();
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("patron"), QStringLiteral("renew"), card});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("checkout"), QStringLiteral("--patron"), card,
                QStringLiteral("--item"), barcode});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("checkin"), barcode});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    auto loans = db.scalar(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id WHERE i.barcode = ? "
                                          "AND l.returned_at IS NOT NULL"),
                           {barcode});
    REQUIRE(loans.ok());
    CHECK(loans->toLongLong() >= 1);

    // The attacks, as the application role: each refused by PostgreSQL (42501: insufficient
    // privilege or not the owner), and the log unchanged.
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*), MAX(hash) FROM operations"));
    REQUIRE(count.ok());
    const qint64 before = count->toLongLong();
    for (const char *attack : {
             "UPDATE operations SET actor = 'cli:mallory' WHERE id = (SELECT MIN(id) FROM operations)",
             "DELETE FROM operations WHERE id = (SELECT MAX(id) FROM operations)",
             "TRUNCATE operations",
             "TRUNCATE operations CASCADE",
             "ALTER TABLE operations DISABLE TRIGGER operations_no_update",
             "ALTER TABLE operations DISABLE TRIGGER ALL",
             "DROP TRIGGER operations_no_update ON operations",
             "ALTER TABLE operations ADD COLUMN note TEXT",
             "ALTER TABLE operations OWNER TO CURRENT_USER",
             "DROP TABLE operations",
             "CREATE TRIGGER mallory BEFORE INSERT ON operations FOR EACH ROW EXECUTE FUNCTION operations_append_only()",
             "SET session_replication_role = replica",
             "UPDATE operation_tokens SET id = id",
             "DELETE FROM payments",
             "UPDATE report_months SET snapshot = ''",
             "INSERT INTO schema_migrations (component, version, name, applied_at) VALUES ('core', 99, 'x', 0)",
             "DELETE FROM schema_migrations",
             "SELECT setval('operation_ids', 1)",
         }) {
        INFO(attack);
        Status st = db.execDirect(QString::fromLatin1(attack));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().details.value(QStringLiteral("native_code")).toString() == QStringLiteral("42501"));
    }
    count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations"));
    REQUIRE(count.ok());
    CHECK(count->toLongLong() == before);

    // verify as the application role: nothing to report.
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("verify")});
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);

    // A database administrator grants too much: verify names the role and the grant, also a grant
    // of one column; the owner's grants command takes it back.
    adminExec(QStringLiteral("GRANT UPDATE (actor), DELETE ON operations TO %1").arg(app), tdb.config().database);
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("verify")});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("[db.log_grants]")));
    CHECK(r.err.contains(app));
    CHECK(r.err.contains(QStringLiteral("UPDATE")));
    CHECK(r.err.contains(QStringLiteral("DELETE")));
    r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("grants"), QStringLiteral("--app-role"), app,
                QStringLiteral("--apply")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    // Revoking a table's privileges takes its column grants too.
    r = aksara({QStringLiteral("--db"), appUrl, QStringLiteral("verify")});
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);
    auto record = db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'db.grants' AND subject = ?"), {app});
    REQUIRE(record.ok());
    CHECK(record->toLongLong() >= 3);
    appDb.reset();
}

TEST_CASE("least privilege: grants refuse a role that would be more than the application role", "[cli][db][security]")
{
    if (!onPostgres()) {
        // On SQLite there are no roles: a usage error, and no file is made.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.sqlite"));
        Run r = aksara({QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--app-role"),
                        QStringLiteral("aksara_app")});
        CHECK(r.exit == 2);
        CHECK(r.err.contains(QStringLiteral("PostgreSQL")));
        CHECK_FALSE(QFileInfo::exists(file));
        FixedClock clock;
        TestDatabase tdb(clock);
        r = aksara({QStringLiteral("--db"), tdb.url(), QStringLiteral("grants"), QStringLiteral("--app-role"),
                    QStringLiteral("aksara_app")});
        CHECK(r.exit == 2);
        CHECK(r.err.contains(QStringLiteral("PostgreSQL")));
        return;
    }
    Roles roles;
    FixedClock clock;
    TestDatabase tdb(clock, /*migrate*/ false);
    const QString owner = roles.make(QStringLiteral("lp_owner"));
    const QString member = roles.make(QStringLiteral("lp_member"), QStringLiteral("LOGIN IN ROLE %1").arg(owner));
    const QString super = roles.make(QStringLiteral("lp_super"), QStringLiteral("LOGIN SUPERUSER"));
    adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(tdb.config().database, owner));
    const QString ownerUrl = urlAs(tdb, owner);
    REQUIRE(aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("init")}).exit == 0);
    const QList<std::pair<QString, QString>> cases{{owner, QStringLiteral("roles.is_owner")},
                                                   {member, QStringLiteral("roles.owner_member")},
                                                   {super, QStringLiteral("roles.superuser")},
                                                   {QStringLiteral("lp_nobody_here"), QStringLiteral("roles.unknown")},
                                                   {QStringLiteral("Robert'); DROP TABLE operations;--"),
                                                    QStringLiteral("roles.bad_name")}};
    for (const auto &[role, code] : cases) {
        INFO(role.toStdString());
        Run r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("grants"), QStringLiteral("--app-role"), role,
                        QStringLiteral("--apply"), QStringLiteral("--json")});
        CHECK(r.exit == 3);
        const QJsonArray reasons = json(r).value(QStringLiteral("reasons")).toArray();
        REQUIRE_FALSE(reasons.isEmpty());
        CHECK(reasons.first().toObject().value(QStringLiteral("code")).toString() == code);
        CHECK(reasons.first().toObject().value(QStringLiteral("field")).toString() == QStringLiteral("app_role"));
    }
    // Only the owner gives grants (a GRANT by anyone else would do nothing, silently).
    const QString other = roles.make(QStringLiteral("lp_other"));
    REQUIRE(aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("grants"), QStringLiteral("--app-role"), other,
                    QStringLiteral("--apply")})
                .exit
            == 0);
    Run notOwner = aksara({QStringLiteral("--db"), urlAs(tdb, other), QStringLiteral("grants"), QStringLiteral("--app-role"),
                           other, QStringLiteral("--apply"), QStringLiteral("--json")});
    CHECK(notOwner.exit == 3);
    CHECK(json(notOwner).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("roles.not_owner"));
    // The member of the owner can rewrite the log: verify says so.
    Run r = aksara({QStringLiteral("--db"), ownerUrl, QStringLiteral("verify")});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("[db.log_grants]")));
    CHECK(r.err.contains(member));
    CHECK_FALSE(r.err.contains(super + QLatin1Char(' ')));
}

TEST_CASE("least privilege: init by another account than the file's owner says what it could not tighten", "[cli][files][security]")
{
    if (onPostgres()) {
        WARN("SQLite files only: nothing to check on PostgreSQL");
        return;
    }
    if (geteuid() != 0) {
        WARN("needs root to run aksara as another account (runuser); the owner's case is tested above");
        return;
    }
    const passwd *nobody = getpwnam("nobody");
    REQUIRE(nobody != nullptr);
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), file}).exit == 0);
    // root's file, left writable by everyone by an older version (or a careless chmod).
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0666) == 0);
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("AKSARA_LANG"), QStringLiteral("en"));
    e.remove(QStringLiteral("AKSARA_STAFF_GROUP"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                        QStringLiteral(AKSARA_CLI), QStringLiteral("init"), QStringLiteral("--db"), file});
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(err.contains(file));
    CHECK(err.contains(QStringLiteral("0666")));
    CHECK(err.contains(QStringLiteral("another account")));
    CHECK(modeOf(file) == 0666);
    // Its owner can.
    REQUIRE(aksara({QStringLiteral("init"), QStringLiteral("--db"), file}).exit == 0);
    CHECK(modeOf(file) == 0600);
}
