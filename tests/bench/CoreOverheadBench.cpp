// The service core's overhead: the same trivial write executed bare (BEGIN; INSERT; COMMIT) and
// through ServiceCore::run (which adds the service lookup, the operation record with its hash
// chain link and the SLA bucket, in the same transaction). Prints medians and their ratio.
//
//   build/tests/bench/bench_core_overhead [--n 3000] [--db PATH_OR_URL] [--sync FULL|NORMAL]
//
// Without --db it uses a fresh SQLite file in a temporary folder. Not part of the test run.
#include "core/Database.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Aksara;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1))];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("n"), QStringLiteral("operations per variant"), QStringLiteral("N"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("database (default: a temporary SQLite file)"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sync"), QStringLiteral("SQLite synchronous mode"), QStringLiteral("MODE"), QStringLiteral("FULL")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("n")).toInt();

    QTemporaryDir dir;
    const QString url = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : dir.filePath(QStringLiteral("bench.sqlite"));
    auto config = DatabaseConfig::parse(url);
    if (!config.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 2;
    }
    auto db = Database::open(*config, Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    Migrator migrator(**db, clock);
    if (auto m = migrator.migrate(Caller::system(QStringLiteral("bench"))); !m.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(m.error().message));
        return 1;
    }
    Database &d = **db;
    if (d.isSqlite())
        (void)d.execDirect(QStringLiteral("PRAGMA synchronous=") + parser.value(QStringLiteral("sync")));
    (void)d.execDirect(QStringLiteral("DROP TABLE IF EXISTS bench_rows"));
    (void)d.execDirect(QStringLiteral("CREATE TABLE bench_rows (id BIGINT PRIMARY KEY, v TEXT NOT NULL)"));
    // The same row as a business row (it names its operation in updated_op): the core reads it
    // back and puts its digest into the operation's record (docs/security.md "The trail").
    (void)d.execDirect(QStringLiteral("DROP TABLE IF EXISTS bench_business"));
    (void)d.execDirect(QStringLiteral("CREATE TABLE bench_business (id BIGINT PRIMARY KEY, v TEXT NOT NULL, "
                                      "created_op BIGINT NOT NULL, updated_op BIGINT NOT NULL)"));
    (void)d.execDirect(QStringLiteral("CREATE INDEX bench_business_updated_op ON bench_business (updated_op)"));
    d.forgetTableKeys();
    const QString insertBusiness =
        QStringLiteral("INSERT INTO bench_business (id, v, created_op, updated_op) VALUES (?, ?, ?, ?)");
    ServiceCore core(*db, clock);
    const Caller caller = Caller::system(QStringLiteral("bench"));
    const QString insert = QStringLiteral("INSERT INTO bench_rows (id, v) VALUES (?, ?)");

    std::vector<double> bare, through, digested;
    bare.reserve(size_t(n));
    through.reserve(size_t(n));
    digested.reserve(size_t(n));
    qint64 id = 0;
    QElapsedTimer t;
    // Interleaved in rounds so that both variants see the same disk and cache conditions.
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < n / 10; ++i) {
            t.start();
            auto tx = d.begin();
            if (!tx.ok() || !d.exec(insert, {++id, QStringLiteral("bare")}).ok() || !(*tx)->commit().ok())
                return 1;
            bare.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
        for (int i = 0; i < n / 10; ++i) {
            t.start();
            const qint64 row = ++id;
            Status st = core.run(caller, {Services::Administration, QStringLiteral("bench.write"), {}},
                                 [&](OperationContext &ctx) -> Status {
                                     auto q = ctx.db().exec(insert, {row, QStringLiteral("core")});
                                     return q.ok() ? Status() : Status(q.error());
                                 });
            if (!st.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
                return 1;
            }
            through.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
        for (int i = 0; i < n / 10; ++i) {
            t.start();
            const qint64 row = ++id;
            Status st = core.run(caller, {Services::Administration, QStringLiteral("bench.write"), {}},
                                 [&](OperationContext &ctx) -> Status {
                                     auto q = ctx.db().exec(insertBusiness, {row, QStringLiteral("core"),
                                                                             ctx.operationId(), ctx.operationId()});
                                     return q.ok() ? Status() : Status(q.error());
                                 });
            if (!st.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
                return 1;
            }
            digested.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
    }
    const double b50 = percentile(bare, 0.5), c50 = percentile(through, 0.5);
    std::printf("engine: %s%s, %d operations per variant\n", qPrintable(d.isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")),
                d.isSqlite() ? qPrintable(QStringLiteral(" synchronous=") + parser.value(QStringLiteral("sync"))) : "",
                int(bare.size()));
    std::printf("bare write          p50 %8.1f us   p99 %8.1f us\n", b50, percentile(bare, 0.99));
    std::printf("through the core    p50 %8.1f us   p99 %8.1f us\n", c50, percentile(through, 0.99));
    std::printf("through the core, the row digested into the record (a business row)   p50 %8.1f us   p99 %8.1f us\n",
                percentile(digested, 0.5), percentile(digested, 0.99));
    std::printf("overhead ratio (median core / median bare): %.3f\n", c50 / b50);
    std::printf("row digest cost (median digested - median core): %.1f us\n", percentile(digested, 0.5) - c50);
    return 0;
}
