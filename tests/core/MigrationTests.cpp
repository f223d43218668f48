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
    CHECK(before->pending.first().version == 1);

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

TEST_CASE("a database of each earlier schema version upgrades and keeps its data and evidence", "[db][migration]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false);
    Database &db = *tdb.db();
    Migrator migrator(db, clock);
    const QList<Migration> all = migrator.available();
    QList<int> coreVersions;
    for (const Migration &m : all) {
        if (m.component == QLatin1String("core"))
            coreVersions << m.version;
    }
    REQUIRE(coreVersions.size() >= 2);
    // Build the database as version 1 left it, put business data in it, then upgrade step by step.
    auto first = migrator.migrate(Caller::system(QStringLiteral("test")),
                                  [](const Migration &m) { return m.component == QLatin1String("core") && m.version <= 1; });
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    CHECK_FALSE(db.tableExists(QStringLiteral("request_keys")));
    ServiceCore core(tdb.db(), clock);
    REQUIRE(core.run(Caller::system(QStringLiteral("test")), {Services::Administration, QStringLiteral("branch.create"), {}},
                     [](OperationContext &ctx) -> Status {
                         auto q = ctx.db().exec(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) "
                                                               "VALUES ('old', 'Old branch', ?, ?)"),
                                                {ctx.operationId(), ctx.operationId()});
                         return q.ok() ? Status() : Status(q.error());
                     })
                .ok());
    for (int v : coreVersions) {
        if (v <= 1)
            continue;
        auto step = migrator.migrate(Caller::system(QStringLiteral("test")),
                                     [v](const Migration &m) { return m.component != QLatin1String("core") || m.version <= v; });
        INFO(v);
        REQUIRE(step.ok());
    }
    auto rest = migrator.migrate(Caller::system(QStringLiteral("test")));
    REQUIRE(rest.ok());
    CHECK(migrator.state()->upToDate());
    CHECK(db.tableExists(QStringLiteral("request_keys")));
    CHECK(db.scalar(QStringLiteral("SELECT name FROM branches WHERE code = 'old'"))->toString() == QStringLiteral("Old branch"));
}
