// /health's probe (issue 15 part 2): a committed write, the disk's free space, and a status that
// says when the library cannot be written (503), on the engine of this run.
#include "Checks.h"
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "server/Health.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct HealthFixture {
    FixedClock clock;
    TestDatabase tdb{clock};
    Database &db() { return *tdb.db(); }
    qint64 scalar(const QString &sql)
    {
        auto v = db().scalar(sql);
        INFO((v.ok() ? QString() : v.error().message).toStdString());
        REQUIRE(v.ok());
        return v->toLongLong();
    }
    Server::Health::Options options(qint64 freeBytes = -2)
    {
        Server::Health::Options o;
        o.version = QStringLiteral("9.9.9-test");
        if (freeBytes != -2)
            o.freeBytes = [freeBytes](const QString &) { return freeBytes; };
        return o;
    }
};
} // namespace

TEST_CASE_METHOD(HealthFixture, "health: a database that can be written is ok, and the probe is no library operation",
                 "[db][health]")
{
    const qint64 operations = scalar(QStringLiteral("SELECT COUNT(*) FROM operations"));
    const auto r = Server::Health::probe(db(), clock, options());
    INFO(r.body().toStdString());
    CHECK(r.status == Server::HealthReport::Status::Ok);
    CHECK(r.httpStatus() == 200);
    CHECK(r.reachable);
    CHECK(r.writable);
    CHECK(r.errorCode.isEmpty());
    if (onPostgres())
        CHECK(r.diskFreeBytes == -1);
    else
        CHECK(r.diskFreeBytes > 0);
    const auto again = Server::Health::probe(db(), clock, options());
    CHECK(again.status == Server::HealthReport::Status::Ok);
    // Committed: the row is there, one per instance, counting the probes.
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM health_probe")) == 1);
    CHECK(scalar(QStringLiteral("SELECT probes FROM health_probe WHERE instance = 'aksara-server'")) == 2);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM operations")) == operations);

    const QJsonObject o = QJsonDocument::fromJson(r.body()).object();
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(o.value(QStringLiteral("version")).toString() == QStringLiteral("9.9.9-test"));
    CHECK(o.value(QStringLiteral("database")).toObject().value(QStringLiteral("writable")).toBool());
    CHECK_FALSE(o.contains(QStringLiteral("error")));
}

TEST_CASE_METHOD(HealthFixture, "health: a disk with no room left is down with 503 and storage.disk_full, almost full is degraded",
                 "[db][health]")
{
    if (onPostgres()) {
        // The PostgreSQL server's disk is not ours to measure: no figure, no verdict from it.
        const auto r = Server::Health::probe(db(), clock, options(0));
        CHECK(r.diskFreeBytes == -1);
        CHECK(r.httpStatus() == 200);
        return;
    }
    const auto full = Server::Health::probe(db(), clock, options(1024));
    INFO(full.body().toStdString());
    CHECK(full.status == Server::HealthReport::Status::Down);
    CHECK(full.httpStatus() == 503);
    CHECK(full.reachable);
    CHECK_FALSE(full.writable);
    CHECK(full.errorCode == QStringLiteral("storage.disk_full"));
    CHECK(full.diskFreeBytes == 1024);
    CHECK(QJsonDocument::fromJson(full.body()).object().value(QStringLiteral("status")).toString() == QStringLiteral("down"));

    const auto low = Server::Health::probe(db(), clock, options(100LL * 1024 * 1024));
    CHECK(low.status == Server::HealthReport::Status::Degraded);
    CHECK(low.httpStatus() == 200);
    CHECK(low.writable);
    CHECK(low.errorCode == QStringLiteral("storage.disk_low"));
}

// Not [db]: an SQLite file's limits, registered for the sqlite: pass only.
TEST_CASE_METHOD(HealthFixture, "health: the probe's own write fails on a full disk (SQLITE_FULL) and a read-only database",
                 "[health][storage]")
{
    REQUIRE_FALSE(onPostgres());
    SECTION("full: the write needs pages the file cannot get")
    {
        if (scalar(QStringLiteral("PRAGMA freelist_count")) > 0)
            REQUIRE_OK(db().execDirect(QStringLiteral("VACUUM")));
        REQUIRE(scalar(QStringLiteral("PRAGMA freelist_count")) == 0);
        const qint64 pages = scalar(QStringLiteral("PRAGMA page_count"));
        REQUIRE(scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);
        const auto r = Server::Health::probe(db(), clock, options());
        INFO(r.body().toStdString());
        CHECK(r.status == Server::HealthReport::Status::Down);
        CHECK(r.httpStatus() == 503);
        CHECK(r.reachable);
        CHECK_FALSE(r.writable);
        CHECK(r.errorCode == QStringLiteral("storage.disk_full"));
        CHECK(r.message.contains(QStringLiteral("full")));
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM health_probe")) == 0);
        // Space again: ok, with no restart.
        REQUIRE(scalar(QStringLiteral("PRAGMA max_page_count = 1073741823")) > pages);
        CHECK(Server::Health::probe(db(), clock, options()).httpStatus() == 200);
    }
    SECTION("read-only")
    {
        REQUIRE_OK(db().execDirect(QStringLiteral("PRAGMA query_only = ON")));
        const auto r = Server::Health::probe(db(), clock, options());
        INFO(r.body().toStdString());
        CHECK(r.httpStatus() == 503);
        CHECK(r.reachable);
        CHECK_FALSE(r.writable);
        CHECK(r.errorCode == QStringLiteral("storage.read_only"));
        REQUIRE_OK(db().execDirect(QStringLiteral("PRAGMA query_only = OFF")));
        CHECK(Server::Health::probe(db(), clock, options()).httpStatus() == 200);
    }
}

TEST_CASE("health: a database the probe cannot read (no schema) is down with 503", "[health][storage]")
{
    FixedClock clock;
    TestDatabase tdb(clock, false); // not migrated: the probe cannot read its table
    const auto r = Server::Health::probe(*tdb.db(), clock);
    INFO(r.body().toStdString());
    CHECK(r.httpStatus() == 503);
    CHECK_FALSE(r.reachable);
    CHECK_FALSE(r.writable);
    CHECK(r.errorCode.startsWith(QStringLiteral("storage.")));
}
