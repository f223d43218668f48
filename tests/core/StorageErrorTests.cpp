// Errors named for what they are (issue 15 part 2): the classification of native SQLite result codes
// and PostgreSQL SQLSTATEs, a real full disk on SQLite (PRAGMA max_page_count on the library's own
// connection: the native error is SQLITE_FULL), and a lost PostgreSQL connection.
#include "CoreFixture.h"

#include "Checks.h"
#include "core/Verifier.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <sqlite3.h>

using namespace Aksara;
using namespace Aksara::Test;

namespace {

Database::NativeClass lite(int rc, const QString &text = QStringLiteral("some text"))
{
    return Database::classifyNative(true, QString::number(rc), text, true);
}

Database::NativeClass pg(const char *state, const QString &text = QStringLiteral("some text"))
{
    return Database::classifyNative(false, QString::fromLatin1(state), text, false);
}

// Lets the library's connection (this thread's: the core runs here) grow no further, as a full disk
// does; returns the page count it stopped at.
qint64 fillDisk(Database &db)
{
    auto pages = db.scalar(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    auto set = db.scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong()));
    REQUIRE(set.ok());
    return pages->toLongLong();
}

void freeDisk(Database &db)
{
    auto set = db.scalar(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    REQUIRE(set.ok());
}

} // namespace

TEST_CASE("SQLite result codes are classified by code, primary or extended, not by wording", "[core][storage]")
{
    CHECK(lite(SQLITE_FULL).code == QLatin1String("storage.disk_full"));
    CHECK(lite(SQLITE_CORRUPT).code == QLatin1String("storage.corrupt"));
    CHECK(lite(SQLITE_CORRUPT_INDEX).code == QLatin1String("storage.corrupt"));
    CHECK(lite(SQLITE_NOTADB).code == QLatin1String("storage.corrupt"));
    CHECK(lite(SQLITE_READONLY).code == QLatin1String("storage.read_only"));
    CHECK(lite(SQLITE_READONLY_DBMOVED).code == QLatin1String("storage.read_only"));
    CHECK(lite(SQLITE_BUSY).code == QLatin1String("storage.busy"));
    CHECK(lite(SQLITE_BUSY_SNAPSHOT).code == QLatin1String("storage.busy"));
    CHECK(lite(SQLITE_LOCKED).code == QLatin1String("storage.busy"));
    CHECK(lite(SQLITE_IOERR).code == QLatin1String("storage.io_error"));
    CHECK(lite(SQLITE_IOERR_WRITE).code == QLatin1String("storage.io_error"));
    CHECK(lite(SQLITE_CANTOPEN).code == QLatin1String("storage.unavailable"));
    CHECK(lite(SQLITE_CONSTRAINT_UNIQUE).code == QLatin1String("storage.constraint"));
    CHECK(lite(SQLITE_NOMEM).code == QLatin1String("storage.out_of_memory"));
    // The message's words do not decide: "damaged" in the text of a full disk is still a full disk.
    CHECK(lite(SQLITE_FULL, QStringLiteral("database disk image is malformed")).code == QLatin1String("storage.disk_full"));
    // Qt's driver calls every failed step a ConnectionError; on SQLite that is not a lost connection.
    CHECK(lite(SQLITE_ERROR, QStringLiteral("no such table: x")).code == QLatin1String("storage.error"));
    for (const auto &c : {lite(SQLITE_FULL), lite(SQLITE_CORRUPT), lite(SQLITE_IOERR), lite(SQLITE_ERROR)})
        CHECK_FALSE(c.refusal);

    // A search FTS5 cannot parse is bad input: a refusal, not a failure of the system.
    const auto syntax = lite(SQLITE_ERROR, QStringLiteral("fts5: syntax error near \"(\" Unable to fetch row"));
    CHECK(syntax.code == QLatin1String("storage.bad_query"));
    CHECK(syntax.refusal);
    const auto deep = lite(SQLITE_ERROR, QStringLiteral("parser stack overflow"));
    CHECK(deep.code == QLatin1String("storage.bad_query"));
    CHECK(deep.refusal);
    CHECK(lite(SQLITE_TOOBIG).refusal);
}

TEST_CASE("PostgreSQL SQLSTATEs are classified by class and code", "[core][storage]")
{
    CHECK(pg("53100").code == QLatin1String("storage.disk_full"));
    CHECK(pg("53200").code == QLatin1String("storage.out_of_memory"));
    CHECK(pg("53300").code == QLatin1String("storage.unavailable"));
    CHECK(pg("08006").code == QLatin1String("storage.unavailable"));
    CHECK(pg("08003").code == QLatin1String("storage.unavailable"));
    CHECK(pg("57P01").code == QLatin1String("storage.unavailable"));
    CHECK(pg("57P02").code == QLatin1String("storage.unavailable"));
    CHECK(pg("57P03").code == QLatin1String("storage.unavailable"));
    CHECK(pg("XX001").code == QLatin1String("storage.corrupt"));
    CHECK(pg("XX002").code == QLatin1String("storage.corrupt"));
    CHECK(pg("25006").code == QLatin1String("storage.read_only"));
    CHECK(pg("40001").code == QLatin1String("storage.busy"));
    CHECK(pg("40P01").code == QLatin1String("storage.busy"));
    CHECK(pg("23505").code == QLatin1String("storage.constraint"));
    CHECK(pg("23503").code == QLatin1String("storage.constraint"));
    // Data exceptions come from what someone typed: refusals.
    CHECK(pg("22P02").code == QLatin1String("storage.bad_query"));
    CHECK(pg("22P02").refusal);
    CHECK(pg("2201B").refusal);
    CHECK(pg("54001").refusal);
    // 42xxx: the statement is the program's own (every value is bound): a bug, a failure.
    CHECK(pg("42P01").code == QLatin1String("storage.error"));
    CHECK_FALSE(pg("42P01").refusal);
    // A connection lost before any SQLSTATE came back.
    CHECK(Database::classifyNative(false, QString(), QStringLiteral("server closed the connection unexpectedly"), false).code
          == QLatin1String("storage.unavailable"));
    CHECK(Database::classifyNative(false, QString(), QStringLiteral("FATAL:  terminating connection due to administrator command"), false).code
          == QLatin1String("storage.unavailable"));
    CHECK(Database::classifyNative(false, QString(), QStringLiteral("whatever"), true).code
          == QLatin1String("storage.unavailable"));
    // Not a 5-character SQLSTATE and no sign of a lost connection.
    CHECK(Database::classifyNative(false, QStringLiteral("1"), QStringLiteral("odd"), false).code
          == QLatin1String("storage.error"));
}

// Not [db]: an SQLite file's limit (registered for the sqlite: pass only).
TEST_CASE_METHOD(CoreFixture, "a full disk is storage.disk_full, never damage, and the core carries on once there is room",
                 "[core][storage]")
{
    REQUIRE_FALSE(onPostgres());
    const QString title(3000, QLatin1Char('x'));
    auto write = [&](int i) {
        return core.run(admin, {Services::Cataloguing, QStringLiteral("test.fill")}, [&](OperationContext &ctx) -> Status {
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, "
                                                  "updated_op) VALUES (?, 0, 0, ?, ?)"),
                                   {QString(title + QString::number(i)), ctx.operationId(), ctx.operationId()});
            return q.ok() ? Status() : Status(q.error());
        });
    };
    const qint64 opsBefore = count(QStringLiteral("SELECT COUNT(*) FROM operations"));
    fillDisk(db());
    Status st;
    int written = 0;
    for (; written < 200; ++written) {
        st = write(written);
        if (!st.ok())
            break;
    }
    REQUIRE_FALSE(st.ok());
    INFO(st.error().message.toStdString());
    CHECK(st.error().code == QLatin1String("storage.disk_full"));
    CHECK_FALSE(st.error().isRefusal());
    CHECK(st.error().message.contains(QLatin1String("disk holding the library is full")));
    CHECK_FALSE(st.error().message.contains(QLatin1String("damaged")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == written);

    // A refusal whose record cannot be written is not answered as a refusal (no answer without its
    // record): it comes back as the failure that kept the record out, naming the refusal.
    Status refused;
    int refusals = 0;
    for (; refusals < 2000; ++refusals) {
        refused = core.run(admin, {Services::Cataloguing, QStringLiteral("test.refuse"), {}, QString(1000, QLatin1Char('s'))},
                           [](OperationContext &) -> Status {
                               return Error::refused(QStringLiteral("test.no"), QStringLiteral("No."));
                           });
        REQUIRE_FALSE(refused.ok());
        if (!refused.error().isRefusal())
            break;
    }
    CHECK(refused.error().code == QLatin1String("storage.disk_full"));
    CHECK(refused.error().details.value(QStringLiteral("unrecorded_refusal")).toString() == QLatin1String("test.no"));
    const qint64 recordedRefusals =
        count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'test.refuse' AND outcome = 'refused'"));
    CHECK(recordedRefusals == refusals); // each one answered as refused has its record, and no more

    // Room again: the same core, the same connection, no restart.
    freeDisk(db());
    REQUIRE_OK(write(1000));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records")) == written + 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations")) >= opsBefore + written + 1 + recordedRefusals);
    auto integrity = db().scalar(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.ok());
    CHECK(integrity->toString() == QLatin1String("ok"));
    Verifier verifier(db());
    auto findings = verifier.run();
    REQUIRE_OK(findings);
    for (const VerifyFinding &f : std::as_const(*findings))
        UNSCOPED_INFO(f.check.toStdString() + ": " + f.problem.toStdString());
    CHECK(findings->isEmpty());
}

TEST_CASE_METHOD(CoreFixture, "a too-deep or invalid full-text search is a refusal and opens no incident", "[db][core][storage]")
{
    // FTS5 (SQLite) cannot parse it; on PostgreSQL the equivalent bad input is a data exception.
    const QString sql = onPostgres() ? QStringLiteral("SELECT CAST(? AS integer)")
                                     : QStringLiteral("SELECT * FROM (SELECT 1) WHERE 1 IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
    const QString bad = onPostgres() ? QStringLiteral("not a number") : QString(40, QLatin1Char('(')) + QStringLiteral("x");
    Status st = core.run(admin, {Services::CatalogueSearch, QStringLiteral("search"), {}, {}, false},
                         [&](OperationContext &ctx) -> Status {
                             auto q = ctx.db().exec(sql, {bad});
                             if (!q.ok())
                                 return q.error();
                             while (q->next()) {
                             }
                             return {};
                         });
    REQUIRE_FALSE(st.ok());
    INFO(st.error().message.toStdString());
    CHECK(st.error().isRefusal());
    CHECK(st.error().code == QLatin1String("storage.bad_query"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'refused' AND error_code = 'storage.bad_query'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
}

TEST_CASE("a PostgreSQL connection terminated from outside is storage.unavailable", "[pg-only][core][storage]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    REQUIRE(onPostgres());
    Database &db = *tdb.db();
    auto pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE_OK(pid);
    auto other = tdb.openAnother();
    auto killed = other->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->toLongLong()});
    REQUIRE_OK(killed);
    REQUIRE(killed->toBool());
    auto after = db.scalar(QStringLiteral("SELECT 1"));
    REQUIRE_FALSE(after.ok());
    INFO(after.error().message.toStdString());
    CHECK(after.error().code == QLatin1String("storage.unavailable"));
    CHECK_FALSE(after.error().isRefusal());
}

TEST_CASE("a PostgreSQL connection the server dropped is opened afresh once its transaction has ended",
          "[pg-only][core][storage]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    REQUIRE(onPostgres());
    Database &db = *tdb.db();
    auto other = tdb.openAnother();
    auto terminate = [&] {
        auto pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
        REQUIRE_OK(pid);
        auto killed = other->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->toLongLong()});
        REQUIRE_OK(killed);
        REQUIRE(killed->toBool());
        return pid->toLongLong();
    };

    SECTION("outside a transaction: the failed statement is reported, the next one runs on a new connection")
    {
        const qint64 before = terminate();
        auto lost = db.scalar(QStringLiteral("SELECT 1"));
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.error().code == QLatin1String("storage.unavailable"));
        auto again = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
        REQUIRE_OK(again);
        CHECK(again->toLongLong() != before);
    }
    SECTION("inside a transaction: it keeps failing until the transaction is rolled back, then works")
    {
        {
            auto tx = db.begin();
            REQUIRE_OK(tx);
            terminate();
            auto lost = db.scalar(QStringLiteral("SELECT 1"));
            REQUIRE_FALSE(lost.ok());
            CHECK(lost.error().code == QLatin1String("storage.unavailable"));
            // Still the dead connection: the transaction's work is gone and must not look half-done.
            auto still = db.scalar(QStringLiteral("SELECT 1"));
            CHECK_FALSE(still.ok());
            CHECK_FALSE((*tx)->commit().ok());
        }
        CHECK(db.transactionDepth() == 0);
        auto again = db.scalar(QStringLiteral("SELECT 1"));
        REQUIRE_OK(again);
        CHECK(again->toInt() == 1);
    }
}

TEST_CASE_METHOD(CoreFixture, "the service core carries on after the PostgreSQL server dropped its connection",
                 "[pg-only][core][storage]")
{
    REQUIRE(onPostgres());
    auto write = [&] {
        return core.run(admin, {Services::Cataloguing, QStringLiteral("test.after_drop")}, [&](OperationContext &ctx) -> Status {
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, "
                                                  "updated_op) VALUES (?, 0, 0, ?, ?)"),
                                   {QStringLiteral("after the drop"), ctx.operationId(), ctx.operationId()});
            return q.ok() ? Status() : Status(q.error());
        });
    };
    REQUIRE(write().ok());
    auto pid = db().scalar(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE_OK(pid);
    auto other = tdb.openAnother();
    auto killed = other->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->toLongLong()});
    REQUIRE_OK(killed);
    REQUIRE(killed->toBool());

    // The operation that finds the connection gone fails as unavailable; nothing half-written.
    Status lost = write();
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == QLatin1String("storage.unavailable"));
    // The next one runs on a new connection, with its record, without restarting anything.
    Status again = write();
    INFO((again.ok() ? QString() : again.error().message).toStdString());
    REQUIRE(again.ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM bib_records WHERE title = 'after the drop'")) == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'test.after_drop' AND outcome = 'ok'")) == 2);
}
