// Anonymous refusals in aggregate (issue 15 part 1): a refusal by a caller nobody authenticated is
// counted in memory and written as one record per (service, operation, source, reason, minute)
// with its count; the SLA counters still count every request, and verify accepts the log.
#include "CoreFixture.h"

#include "Checks.h"
#include "core/Verifier.h"

#include <QJsonDocument>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
Caller stranger(const QString &address)
{
    Caller c;
    c.channel = Channel::Sru;
    c.actor = QStringLiteral("sru:") + address;
    c.rights = {Rights::CatalogueSearch};
    c.anonymous = true;
    c.source = address;
    return c;
}

Status badQuery(ServiceCore &core, const Caller &caller)
{
    return core.run(caller, {Services::Sru, QStringLiteral("sru.searchRetrieve"), Rights::CatalogueSearch,
                             QStringLiteral("dc.title = ((("), false},
                    [](OperationContext &) -> Status {
                        return Error::refused(QStringLiteral("sru.diagnostic.10"), QStringLiteral("Query syntax error"));
                    });
}

struct AggregateFixture : CoreFixture {
    qint64 records(const QString &where = QString())
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru'")
                     + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    }
    qint64 slaRefused() { return count(QStringLiteral("SELECT COALESCE(SUM(refused), 0) FROM sla_buckets WHERE service = 'sru'")); }
    // The aggregate of each refused record, by actor.
    QMap<QString, QJsonObject> aggregates()
    {
        QMap<QString, QJsonObject> out;
        auto q = db().exec(QStringLiteral("SELECT actor, details FROM operations WHERE service = 'sru' AND outcome = 'refused'"));
        REQUIRE(q.ok());
        while (q->next())
            out.insert(q->value(0).toString(),
                       QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object().value(QStringLiteral("aggregate")).toObject());
        q->finish();
        return out;
    }
    void requireVerified()
    {
        Verifier verifier(db());
        auto findings = verifier.run();
        REQUIRE_OK(findings);
        for (const VerifyFinding &f : std::as_const(*findings))
            UNSCOPED_INFO(f.check.toStdString() + ": " + f.problem.toStdString());
        CHECK(findings->isEmpty());
    }
};
} // namespace

TEST_CASE_METHOD(AggregateFixture, "1,000 anonymous refusals from one address in one minute are one record with a count of 1000",
                 "[db][core][aggregate]")
{
    const Caller one = stranger(QStringLiteral("198.51.100.7"));
    for (int i = 0; i < 1000; ++i) {
        Status st = badQuery(core, one);
        REQUIRE_FALSE(st.ok());
        REQUIRE(st.error().isRefusal()); // each request is still answered as refused
        clock.advanceMs(10);
    }
    // Counted, not yet written: the minute is not over.
    CHECK(records() == 0);
    CHECK(core.pendingAnonymousRefusals() == 1000);

    // The minute ends: the next operation of anyone writes it.
    clock.advanceMs(60 * 1000);
    Status other = core.run(admin, {Services::Cataloguing, QStringLiteral("test.noop")}, [](OperationContext &) { return Status(); });
    REQUIRE_OK(other);
    CHECK(records() == 1);
    CHECK(records(QStringLiteral("outcome = 'refused' AND error_code = 'sru.diagnostic.10' AND actor = 'sru:198.51.100.7'")) == 1);
    const QJsonObject a = aggregates().value(QStringLiteral("sru:198.51.100.7"));
    CHECK(a.value(QStringLiteral("count")).toInteger() == 1000);
    CHECK(a.value(QStringLiteral("source")).toString() == QStringLiteral("198.51.100.7"));
    CHECK(a.value(QStringLiteral("last_at")).toInteger() > a.value(QStringLiteral("first_at")).toInteger());
    CHECK(core.pendingAnonymousRefusals() == 0);
    // Nothing lost from the evidence: the SLA counters count every request, and verify agrees.
    CHECK(slaRefused() == 1000);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    requireVerified();
}

TEST_CASE_METHOD(AggregateFixture, "anonymous refusals from two addresses are two records, and ok requests stay one record each",
                 "[db][core][aggregate]")
{
    for (int i = 0; i < 300; ++i) {
        (void)badQuery(core, stranger(QStringLiteral("198.51.100.7")));
        (void)badQuery(core, stranger(QStringLiteral("2001:db8::9")));
    }
    for (int i = 0; i < 3; ++i) {
        Status ok = core.run(stranger(QStringLiteral("198.51.100.7")),
                             {Services::Sru, QStringLiteral("sru.searchRetrieve"), Rights::CatalogueSearch, QStringLiteral("samudra"), false},
                             [](OperationContext &) { return Status(); });
        REQUIRE_OK(ok);
    }
    CHECK(records(QStringLiteral("outcome = 'ok'")) == 3);
    auto flushed = core.flushAnonymousRefusals(); // the minute is not over: nothing due yet
    REQUIRE_OK(flushed);
    CHECK(*flushed == 0);
    clock.advanceMs(60 * 1000);
    flushed = core.flushAnonymousRefusals();
    REQUIRE_OK(flushed);
    CHECK(*flushed == 2);
    const auto a = aggregates();
    REQUIRE(a.size() == 2);
    CHECK(a.value(QStringLiteral("sru:198.51.100.7")).value(QStringLiteral("count")).toInteger() == 300);
    CHECK(a.value(QStringLiteral("sru:2001:db8::9")).value(QStringLiteral("count")).toInteger() == 300);
    CHECK(slaRefused() == 600);
    CHECK(count(QStringLiteral("SELECT ok FROM sla_buckets WHERE service = 'sru'")) == 3);
    requireVerified();
}

TEST_CASE_METHOD(AggregateFixture, "each minute is its own record, and what is still counted is written at shutdown",
                 "[db][core][aggregate]")
{
    {
        ServiceCore second(tdb.db(), clock);
        (void)badQuery(second, stranger(QStringLiteral("198.51.100.7")));
        clock.advanceMs(60 * 1000);
        (void)badQuery(second, stranger(QStringLiteral("198.51.100.7"))); // the first minute is due now
        CHECK(records() == 1);
        (void)badQuery(second, stranger(QStringLiteral("198.51.100.7")));
        CHECK(second.pendingAnonymousRefusals() == 2);
    } // shutdown
    CHECK(records() == 2);
    const QList<qint64> counts = [&] {
        QList<qint64> out;
        auto q = db().exec(QStringLiteral("SELECT details FROM operations WHERE service = 'sru' ORDER BY seq"));
        REQUIRE(q.ok());
        while (q->next())
            out << QJsonDocument::fromJson(q->value(0).toString().toUtf8())
                       .object()
                       .value(QStringLiteral("aggregate"))
                       .toObject()
                       .value(QStringLiteral("count"))
                       .toInteger();
        q->finish();
        return out;
    }();
    CHECK(counts == QList<qint64>{1, 2});
    CHECK(slaRefused() == 3);
    requireVerified();
}

TEST_CASE_METHOD(AggregateFixture, "anonymous memory is bounded: beyond 10,000 keys the source folds into *", "[db][core][aggregate]")
{
    const int over = 25;
    for (int i = 0; i < ServiceCore::kMaxTallyKeys + over; ++i)
        (void)badQuery(core, stranger(QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256)));
    CHECK(core.pendingAnonymousRefusals() == ServiceCore::kMaxTallyKeys + over);
    REQUIRE_OK(core.flushAnonymousRefusals(true));
    CHECK(records() == ServiceCore::kMaxTallyKeys + 1);
    CHECK(aggregates().value(QStringLiteral("*")).value(QStringLiteral("count")).toInteger() == over);
    CHECK(slaRefused() == ServiceCore::kMaxTallyKeys + over);
}

TEST_CASE_METHOD(AggregateFixture, "an authenticated caller's refusal is still its own record at once", "[db][core][aggregate]")
{
    Status st = core.run(admin, {Services::Sru, QStringLiteral("sru.searchRetrieve"), {}, {}, false},
                         [](OperationContext &) -> Status { return Error::refused(QStringLiteral("sru.diagnostic.10"), QStringLiteral("no")); });
    REQUIRE_FALSE(st.ok());
    CHECK(records(QStringLiteral("outcome = 'refused'")) == 1);
    CHECK(core.pendingAnonymousRefusals() == 0);
}

// Not [db]: an SQLite file's limit. A minute whose record cannot be written stays counted.
TEST_CASE_METHOD(AggregateFixture, "anonymous refusals that cannot be written on a full disk stay counted until there is room",
                 "[core][aggregate][storage]")
{
    REQUIRE_FALSE(onPostgres());
    for (int i = 0; i < 50; ++i)
        (void)badQuery(core, stranger(QStringLiteral("198.51.100.%1").arg(i)));
    if (count(QStringLiteral("PRAGMA freelist_count")) > 0)
        REQUIRE_OK(db().execDirect(QStringLiteral("VACUUM")));
    const qint64 pages = count(QStringLiteral("PRAGMA page_count"));
    REQUIRE(count(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);
    auto full = core.flushAnonymousRefusals(true);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == QStringLiteral("storage.disk_full"));
    CHECK(records() == 0); // all due minutes in one transaction: none written...
    CHECK(core.pendingAnonymousRefusals() == 50); // ...and none lost
    REQUIRE(count(QStringLiteral("PRAGMA max_page_count = 1073741823")) > pages);
    REQUIRE_OK(core.flushAnonymousRefusals(true));
    CHECK(records() == 50);
    CHECK(slaRefused() == 50);
    requireVerified();
}
