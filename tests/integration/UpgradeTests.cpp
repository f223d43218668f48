// A library made by an earlier release upgrades with every row kept and its evidence intact: the
// database files in tests/data/release-*/ were made by that release (`aksara init` + `aksara
// demo`; the PostgreSQL one is its pg_dump), and are upgraded here by this build's `aksara init`.
#include "FixedClock.h"
#include "QtCatch.h"
#include "SchemaDump.h"
#include "TestDatabase.h"

#include "core/Migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QProcess>
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
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKSARA_DB"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(300000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run aksara(const QString &url, QStringList args)
{
    args.prepend(url);
    args.prepend(QStringLiteral("--db"));
    return run(QStringLiteral(AKSARA_CLI), args);
}

// The database of an earlier release, in a place of its own on the engine of this run.
struct OldLibrary {
    QTemporaryDir dir;
    std::unique_ptr<TestDatabase> pg; // PostgreSQL: a new database on the test cluster
    std::shared_ptr<Database> db;
    QString url;

    OldLibrary(const Clock &clock, const QString &release)
    {
        const QString data = QStringLiteral(AKSARA_TEST_DATA "/release-") + release;
        if (onPostgres()) {
            pg = std::make_unique<TestDatabase>(clock, false);
            const DatabaseConfig &c = pg->config();
            const QString psql = requireTool("psql", "postgresql-client");
            Run r = run(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                               QStringLiteral("-h"), c.host, QStringLiteral("-p"), QString::number(c.port), QStringLiteral("-U"),
                               c.user, QStringLiteral("-d"), c.database, QStringLiteral("-f"),
                               data + QStringLiteral("/demo-postgres.sql")});
            INFO(r.err.toStdString());
            REQUIRE(r.exit == 0);
            db = pg->db();
            url = pg->url();
        } else {
            url = dir.filePath(QStringLiteral("library.sqlite"));
            REQUIRE(QFile::copy(data + QStringLiteral("/demo.sqlite"), url));
            QFile::setPermissions(url, QFile::ReadOwner | QFile::WriteOwner);
            DatabaseConfig c;
            c.engine = DatabaseConfig::Engine::Sqlite;
            c.path = url;
            auto opened = Database::open(c);
            REQUIRE(opened.ok());
            db = *opened;
        }
    }
};

qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    REQUIRE(v.ok());
    return v->toLongLong();
}
} // namespace

TEST_CASE("a demo library made by release 0.1.0 upgrades with every row kept and verify passing", "[db][migration][upgrade]")
{
    FixedClock clock;
    OldLibrary old(clock, QStringLiteral("0.1.0"));
    Database &db = *old.db;

    // What the release left: its migrations, tables and every row of them.
    REQUIRE(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE component = 'core' AND version IN (1, 2)")) == 2);
    const qint64 patrons = count(db, QStringLiteral("SELECT COUNT(*) FROM patrons"));
    const qint64 records = count(db, QStringLiteral("SELECT COUNT(*) FROM bib_records"));
    REQUIRE(patrons == 60);
    REQUIRE(records == 344);
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> before;
    for (const QString &t : tableNames(db)) {
        columns[t] = columnNames(db, t);
        before[t] = rowLines(db, t, columns[t]);
    }
    REQUIRE(columns.contains(QStringLiteral("loans")));
    const qint64 opsBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM operations"));

    // The upgrade, as an administrator runs it.
    Run init = aksara(old.url, {QStringLiteral("init"), QStringLiteral("--json")});
    INFO(init.out.toStdString() << init.err.toStdString());
    REQUIRE(init.exit == 0);
    const QJsonArray applied = QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("applied")).toArray();
    QStringList names;
    for (const auto &a : applied)
        names << a.toString();
    for (const char *baseline : {"core/0003_foundation", "catalogue/0002_catalogue", "collection/0002_collection",
                                 "circulation/0002_circulation"})
        CHECK(names.contains(QString::fromLatin1(baseline)));

    // The baselines are recorded, not run: one schema.baseline record each.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'schema.baseline' AND outcome = 'ok'")) == 4);
    Migrator migrator(db, clock);
    CHECK(migrator.state()->upToDate());

    // Every row of every table is still there, with the same values in its old columns (the
    // upgrade adds its own evidence: the log, its tokens, SLA counters, schema_migrations).
    const QStringList tablesAfter = tableNames(db);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(tablesAfter.contains(it.key()));
        const QStringList after = rowLines(db, it.key(), it.value());
        if (it.key() == QLatin1String("sla_buckets")) {
            CHECK(after.size() >= before.value(it.key()).size()); // counters of the hour the upgrade ran grow
            continue;
        }
        const QSet<QString> now(after.begin(), after.end());
        qsizetype missing = 0;
        for (const QString &row : before.value(it.key()))
            missing += now.contains(row) ? 0 : 1;
        CHECK(missing == 0);
    }
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM operations")) > opsBefore);

    // The upgraded schema is the one a new library gets.
    TestDatabase fresh(clock);
    const QStringList upgraded = schemaDump(db);
    const QStringList created = schemaDump(*fresh.db());
    for (const QString &line : created) {
        INFO(line.toStdString());
        CHECK(upgraded.contains(line));
    }
    for (const QString &line : upgraded) {
        INFO(line.toStdString());
        CHECK(created.contains(line));
    }

    // verify passes, and the library goes on lending.
    Run verify = aksara(old.url, {QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exit == 0);

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
    // Whatever day this runs, the member's card is current.
    Run renew = aksara(old.url, {QStringLiteral("patron"), QStringLiteral("renew"), card});
    INFO(renew.err.toStdString());
    REQUIRE(renew.exit == 0);
    Run out = aksara(old.url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), barcode});
    INFO(out.out.toStdString() << out.err.toStdString());
    CHECK(out.exit == 0);
    Run in = aksara(old.url, {QStringLiteral("checkin"), barcode});
    INFO(in.out.toStdString() << in.err.toStdString());
    CHECK(in.exit == 0);
    verify = aksara(old.url, {QStringLiteral("verify")});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM patrons")) == patrons);
}

TEST_CASE("a database with only part of a baseline's history is refused, not touched", "[db][migration][upgrade]")
{
    FixedClock clock;
    OldLibrary old(clock, QStringLiteral("0.1.0"));
    Database &db = *old.db;
    // As if the release before 0.1.0 had made it: core without its second migration.
    REQUIRE(db.execDirect(QStringLiteral("DELETE FROM schema_migrations WHERE component = 'core' AND version = 2")).ok());
    const qint64 ops = count(db, QStringLiteral("SELECT COUNT(*) FROM operations"));
    Run init = aksara(old.url, {QStringLiteral("init")});
    CHECK(init.exit == 1);
    CHECK(init.err.contains(QStringLiteral("0.1.0")));
    Migrator migrator(db, clock);
    auto r = migrator.migrate(Caller::system(QStringLiteral("test")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("storage.schema_too_old"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM operations")) == ops);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version > 2")) == 0);
}
