#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "core/Migrator.h"

#include <catch2/catch.hpp>

using namespace Aksara;
using namespace Aksara::Test;

TEST_CASE("migrating an empty database creates the schema, with its own evidence", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false);
    Database &db = *tdb.db();
    Migrator migrator(db, clock);

    auto before = migrator.state();
    REQUIRE(before.ok());
    REQUIRE_FALSE(before->pending.isEmpty());
    CHECK(before->pending.first().component == QStringLiteral("core"));

    auto applied = migrator.migrate(Caller::system(QStringLiteral("test")));
    INFO((applied.ok() ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());
    CHECK(applied->size() == before->pending.size());

    for (const char *table : {"branches", "staff", "patron_categories", "patrons", "bib_records", "items", "loans",
                              "holds", "fees", "payments", "calendars", "services", "operations", "sla_buckets",
                              "incidents", "changes", "stations", "schema_migrations"})
        CHECK(db.tableExists(QString::fromLatin1(table)));

    auto after = migrator.state();
    REQUIRE(after.ok());
    CHECK(after->upToDate());

    // Each migration is an operation with its record, and the seeded rows point at it.
    auto ops = db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'schema.migrate' AND outcome = 'ok'"));
    REQUIRE(ops.ok());
    CHECK(ops->toLongLong() == applied->size());
    auto seeded = db.scalar(QStringLiteral("SELECT COUNT(*) FROM services s JOIN schema_migrations m ON "
                                           "m.operation_id = s.created_op WHERE m.component = 'core'"));
    REQUIRE(seeded.ok());
    CHECK(seeded->toLongLong() >= 13);

    // Running it again changes nothing.
    auto again = migrator.migrate(Caller::system(QStringLiteral("test")));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
}

TEST_CASE("the seeded service catalogue has every library service with SLA targets", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    auto q = tdb.db()->exec(QStringLiteral("SELECT code, latency_threshold_ms, latency_target_bp, success_objective_bp, "
                                           "availability_objective_bp FROM services"));
    REQUIRE(q.ok());
    QStringList codes;
    while (q->next()) {
        codes << q->value(0).toString();
        CHECK(q->value(1).toInt() > 0);
        CHECK(q->value(2).toInt() > 0);
        CHECK(q->value(3).toInt() > 0);
        CHECK(q->value(4).toInt() > 0);
    }
    for (const char *code : {"membership", "checkout", "checkin", "renewal", "holds", "fees", "catalogue_search",
                             "collection_lookup", "cataloguing", "kiosk", "sip2", "sru", "reporting"})
        CHECK(codes.contains(QString::fromLatin1(code)));
}

TEST_CASE("a database upgraded by a newer Aksara is refused, not touched", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    Database &db = *tdb.db();
    REQUIRE(db.execDirect(QStringLiteral("INSERT INTO schema_migrations (component, version, name, applied_at) "
                                         "VALUES ('core', 9999, 'from_the_future', 0)"))
                .ok());
    auto opsBefore = db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations"));
    Migrator migrator(db, clock);
    auto r = migrator.migrate(Caller::system(QStringLiteral("test")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("storage.schema_newer"));
    CHECK(r.error().message.contains(QStringLiteral("core/9999")));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations"))->toLongLong() == opsBefore->toLongLong());
}

TEST_CASE("the core's own migrations create only the core's tables, the modules create theirs", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false);
    Database &db = *tdb.db();
    Migrator migrator(db, clock);
    auto core = migrator.migrate(Caller::system(QStringLiteral("test")),
                                 [](const Migration &m) { return m.component == QLatin1String("core"); });
    REQUIRE(core.ok());
    for (const char *table : {"operations", "settings", "calendars", "branches", "staff", "services", "sla_buckets",
                              "incidents", "changes", "stations", "request_keys"})
        CHECK(db.tableExists(QString::fromLatin1(table)));
    for (const char *table : {"patron_categories", "patrons", "bib_records", "item_types", "items", "loans", "holds", "fees"})
        CHECK_FALSE(db.tableExists(QString::fromLatin1(table)));
}

TEST_CASE("a database migrated one step at a time keeps its data and evidence", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false);
    Database &db = *tdb.db();
    Migrator migrator(db, clock);
    const QList<Migration> all = migrator.available();
    REQUIRE(all.size() >= 2);
    // The first migration only, then business data, then every later one by itself.
    auto first = migrator.migrate(Caller::system(QStringLiteral("test")), [&](const Migration &m) {
        return m.component == all.first().component && m.version == all.first().version;
    });
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    ServiceCore core(tdb.db(), clock);
    REQUIRE(core.run(Caller::system(QStringLiteral("test")), {Services::Administration, QStringLiteral("branch.create"), {}},
                     [](OperationContext &ctx) -> Status {
                         auto q = ctx.db().exec(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) "
                                                               "VALUES ('old', 'Old branch', ?, ?)"),
                                                {ctx.operationId(), ctx.operationId()});
                         return q.ok() ? Status() : Status(q.error());
                     })
                .ok());
    for (qsizetype i = 1; i < all.size(); ++i) {
        int budget = 1;
        auto step = migrator.migrate(Caller::system(QStringLiteral("test")), [&budget](const Migration &) { return budget-- > 0; });
        INFO(all[i].component.toStdString() << "/" << all[i].version);
        REQUIRE(step.ok());
        REQUIRE(step->size() == 1);
    }
    CHECK(migrator.state()->upToDate());
    CHECK(db.scalar(QStringLiteral("SELECT name FROM branches WHERE code = 'old'"))->toString() == QStringLiteral("Old branch"));
}

TEST_CASE("a baseline is recorded, not run, on a database that has what it replaces", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false);
    Database &db = *tdb.db();
    Migrator migrator(db, clock);
    QList<Migration> baselines;
    for (const Migration &m : migrator.available()) {
        if (!m.replaces.isEmpty())
            baselines << m;
    }
    REQUIRE_FALSE(baselines.isEmpty());
    CHECK(baselines.first().component == QStringLiteral("core"));
    CHECK(baselines.first().replaces == QList<int>{1, 2});
    // A new database runs the baseline itself.
    auto done = migrator.migrate(Caller::system(QStringLiteral("test")));
    REQUIRE(done.ok());
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'schema.baseline'"))->toLongLong() == 0);
    // The versions it replaces are known to this program: a database that has them is not "newer".
    REQUIRE(db.execDirect(QStringLiteral("INSERT INTO schema_migrations (component, version, name, applied_at) "
                                         "VALUES ('core', 1, 'foundation', 0), ('core', 2, 'request_keys', 0)"))
                .ok());
    auto state = migrator.state();
    REQUIRE(state.ok());
    CHECK(state->unknown.isEmpty());
    CHECK(state->upToDate());
}
