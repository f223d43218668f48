// Benchmarks of service management, run on demand (docs/performance.md, "Service management"):
//
//  1. The monthly report over a month of N operation records (default 10 million). The records
//     are generated in bulk SQL inside one transaction and the month's hourly SLA buckets are
//     aggregated from those very records, so the report reads buckets that correspond to N
//     operations. The generated records carry placeholder hashes: the report never reads them
//     (aksara verify would rightly reject such a log). Timed: MonthlyReport::compute, the PDF and
//     the CSV files; for comparison, one aggregate scan of the raw records of the month.
//  2. The cost the SLA bookkeeping adds to each operation: ServiceCore::addToSlaBucket alone,
//     OperationLog::append alone, and a whole no-op write operation through the service core,
//     both committed one by one (as in production, synchronous=FULL on SQLite) and batched (one
//     transaction on SQLite: the CPU cost without the commit; 50 per transaction on PostgreSQL).
#include "core/Migrator.h"
#include "core/OperationLog.h"
#include "core/ServiceCore.h"
#include "service/MonthlyReport.h"
#include "service/ReportRender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <cstdio>

using namespace Aksara;
using namespace Aksara::ServiceManagement;

namespace {
void say(const QString &s)
{
    std::fprintf(stderr, "%s\n", qPrintable(s));
    std::fflush(stderr);
}

[[noreturn]] void die(const Error &e)
{
    say(QStringLiteral("service_bench: %1 [%2]").arg(e.message, e.code));
    std::exit(1);
}

template<typename T>
T must(Result<T> r)
{
    if (!r.ok())
        die(r.error());
    return std::move(r).value();
}

void must(const Status &s)
{
    if (!s.ok())
        die(s.error());
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Generates `n` operation records spread evenly over [from, to) and the hourly buckets from them.
void generate(Database &db, qint64 n, qint64 from, qint64 to)
{
    QElapsedTimer t;
    t.start();
    auto tx = must(db.begin());
    const qint64 base = must(db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM operations"))).toLongLong() + 1;
    const qint64 baseId = must(db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operations"))).toLongLong() + 1;
    const qint64 offset = std::max(base, baseId);
    // Services in proportion to a busy library: checkout and checkin most, then search.
    const QString columns = QStringLiteral(
        "(id, seq, at, service, operation, channel, actor, station, subject, outcome, error_code, error_message, "
        "duration_us, details, prev_hash, hash)");
    const QString select = QStringLiteral(
        "SELECT ? + i, ? + i, ? + (i * ?) / ?, "
        "CASE i % 20 WHEN 0 THEN 'membership' WHEN 1 THEN 'renewal' WHEN 2 THEN 'holds' WHEN 3 THEN 'fees' "
        "WHEN 4 THEN 'collection_lookup' WHEN 5 THEN 'kiosk' WHEN 6 THEN 'sip2' WHEN 7 THEN 'sru' "
        "WHEN 8 THEN 'catalogue_search' WHEN 9 THEN 'catalogue_search' WHEN 10 THEN 'catalogue_search' "
        "WHEN 11 THEN 'checkin' WHEN 12 THEN 'checkin' WHEN 13 THEN 'checkin' WHEN 14 THEN 'checkin' "
        "ELSE 'checkout' END, 'bench', 'desk', 'bench:generator', 'desk-1', NULL, "
        "CASE WHEN i % 997 = 0 THEN 'failed' WHEN i % 13 = 0 THEN 'refused' ELSE 'ok' END, "
        "CASE WHEN i % 997 = 0 THEN 'bench.failure' END, NULL, "
        "150 + ((i * 7919) % 1000) * ((i * 104729) % 1000), NULL, '', ''");
    const QString sql = db.isSqlite()
                            ? QStringLiteral("INSERT INTO operations %1 WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 "
                                             "FROM n WHERE i + 1 < ?) %2 FROM n")
                                  .arg(columns, select)
                            : QStringLiteral("INSERT INTO operations %1 %2 FROM generate_series(CAST(0 AS BIGINT), CAST(? AS BIGINT) - 1) AS n(i)").arg(columns, select);
    QVariantList binds;
    if (db.isSqlite())
        binds << n;
    binds << offset << offset << from << (to - from) << n;
    if (db.isPostgres())
        binds << n;
    must(db.exec(sql, binds));
    say(QStringLiteral("  %1 operation records written in %2 s").arg(n).arg(t.elapsed() / 1000.0, 0, 'f', 1));

    // The hourly buckets, from those records (the service core would have written the same one by one).
    t.restart();
    QString hist, histNames, histUpdate;
    for (int i = 0; i < kLatencyBuckets; ++i) {
        const QString lower = i == 0 ? QStringLiteral("-1") : QString::number(kLatencyBoundsUs[size_t(i - 1)]);
        const QString upper = i < int(kLatencyBoundsUs.size()) ? QString::number(kLatencyBoundsUs[size_t(i)])
                                                              : QStringLiteral("9223372036854775807");
        const QString name = QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0'));
        hist += QStringLiteral(", SUM(CASE WHEN o.outcome <> 'failed' AND o.duration_us > %1 AND o.duration_us <= %2 "
                               "THEN 1 ELSE 0 END)")
                    .arg(lower, upper);
        histNames += QStringLiteral(", ") + name;
        histUpdate += QStringLiteral(", %1 = sla_buckets.%1 + excluded.%1").arg(name);
    }
    const QString maxFn = db.isSqlite() ? QStringLiteral("MAX") : QStringLiteral("GREATEST");
    must(db.exec(
        QStringLiteral(
            "INSERT INTO sla_buckets (service, bucket_at, ok, refused, failed, within_threshold, latency_sum_us, "
            "latency_max_us%1) SELECT o.service, o.at - o.at % 3600000, "
            "SUM(CASE WHEN o.outcome = 'ok' THEN 1 ELSE 0 END), SUM(CASE WHEN o.outcome = 'refused' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN o.outcome = 'failed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN o.outcome <> 'failed' AND o.duration_us <= s.latency_threshold_ms * 1000 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN o.outcome <> 'failed' THEN o.duration_us ELSE 0 END), "
            "MAX(CASE WHEN o.outcome <> 'failed' THEN o.duration_us ELSE 0 END)%2 "
            "FROM operations o JOIN services s ON s.code = o.service WHERE o.operation = 'bench' GROUP BY 1, 2 "
            "ON CONFLICT (service, bucket_at) DO UPDATE SET ok = sla_buckets.ok + excluded.ok, "
            "refused = sla_buckets.refused + excluded.refused, failed = sla_buckets.failed + excluded.failed, "
            "within_threshold = sla_buckets.within_threshold + excluded.within_threshold, "
            "latency_sum_us = sla_buckets.latency_sum_us + excluded.latency_sum_us, "
            "latency_max_us = %3(sla_buckets.latency_max_us, excluded.latency_max_us)%4")
            .arg(histNames, hist, maxFn, histUpdate)));
    // Keep the id sequence ahead of the generated records.
    const qint64 last = offset + n - 1;
    // (SQLite allocates operation ids from MAX(id); PostgreSQL from a sequence.)
    if (db.isPostgres())
        must(db.exec(QStringLiteral("SELECT setval('operation_ids', GREATEST(?, (SELECT last_value FROM operation_ids)))"), {last}));
    must(tx->commit());
    say(QStringLiteral("  hourly SLA buckets aggregated from them in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
}

// One no-op write operation of the administration service.
Status noOp(ServiceCore &core, const Caller &caller)
{
    return core.run(caller, {Services::Administration, QStringLiteral("bench.noop"), {}}, [](OperationContext &) { return Status(); });
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Service management benchmarks"));
    p.addHelpOption();
    p.addOption({QStringLiteral("ops"), QStringLiteral("operation records in the month (default 10000000)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL (default: a temporary SQLite file)"),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("reuse the database if it already holds the month")});
    p.addOption({QStringLiteral("per-op"), QStringLiteral("operations for the per-operation cost (default 20000)"),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("report runs (default 5)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("print the figures as JSON on stdout")});
    p.process(app);
    const qint64 n = p.isSet(QStringLiteral("ops")) ? p.value(QStringLiteral("ops")).toLongLong() : 10000000;
    const int perOp = p.isSet(QStringLiteral("per-op")) ? p.value(QStringLiteral("per-op")).toInt() : 20000;
    const int runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 5;
    if (n <= 0 || perOp < 0 || runs <= 0) {
        say(QStringLiteral("service_bench: --ops, --per-op and --runs are positive numbers."));
        return 2;
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/aksara-bench-XXXXXX"));
    const QString url = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("bench.sqlite"));
    SystemClock clock;
    const Caller system = Caller::system(QStringLiteral("bench"));
    QJsonObject out{{QStringLiteral("operations"), n}};

    // 1. The monthly report.
    auto db = must(Database::open(must(DatabaseConfig::parse(url)), Database::OpenMode::CreateIfMissing));
    out.insert(QStringLiteral("engine"), db->isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    must(Migrator(*db, clock).migrate(system));
    const Month month = must(parseMonth(QStringLiteral("2026-03"), libraryZone(*db)));
    const qint64 existing = must(db->scalar(QStringLiteral("SELECT COALESCE(SUM(ok + refused + failed), 0) FROM sla_buckets "
                                                           "WHERE bucket_at >= ? AND bucket_at < ?"),
                                            {month.fromMs, month.toMs}))
                                .toLongLong();
    say(QStringLiteral("Monthly report over %1 operation records (%2, %3)").arg(n).arg(out.value(QStringLiteral("engine")).toString(), url));
    if (!(p.isSet(QStringLiteral("keep")) && existing == n)) {
        if (existing > 0) {
            say(QStringLiteral("service_bench: %1 already holds %2 operations in 2026-03; use an empty database.").arg(url).arg(existing));
            return 1;
        }
        generate(*db, n, month.fromMs, month.toMs);
    }
    const qint64 counted = must(db->scalar(QStringLiteral("SELECT SUM(ok + refused + failed) FROM sla_buckets WHERE "
                                                          "bucket_at >= ? AND bucket_at < ?"),
                                           {month.fromMs, month.toMs}))
                               .toLongLong();
    const qint64 rows = must(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sla_buckets WHERE bucket_at >= ? AND bucket_at < ?"),
                                        {month.fromMs, month.toMs}))
                            .toLongLong();
    say(QStringLiteral("  the month's %1 bucket rows count %2 operations").arg(rows).arg(counted));
    out.insert(QStringLiteral("bucket_rows"), rows);
    out.insert(QStringLiteral("bucket_operations"), counted);

    const qint64 now = month.toMs + 3600 * 1000; // the month is over
    QList<double> computeMs, pdfMs, csvMs;
    QJsonObject report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        report = must(MonthlyReport::compute(*db, month, now));
        computeMs << t.nsecsElapsed() / 1e6;
        t.restart();
        must(writeReportPdf(report, tmp.filePath(QStringLiteral("report.pdf"))));
        pdfMs << t.nsecsElapsed() / 1e6;
        t.restart();
        must(writeReportCsv(report, tmp.filePath(QStringLiteral("csv"))));
        csvMs << t.nsecsElapsed() / 1e6;
    }
    const qint64 reported = report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("operations")).toInteger();
    say(QStringLiteral("  the report counts %1 operations in the month").arg(reported));
    say(QStringLiteral("  compute: first %1 ms, median %2 ms, best %3 ms")
            .arg(computeMs.first(), 0, 'f', 1)
            .arg(median(computeMs), 0, 'f', 1)
            .arg(*std::min_element(computeMs.begin(), computeMs.end()), 0, 'f', 1));
    say(QStringLiteral("  PDF: median %1 ms; CSV: median %2 ms; compute + PDF + CSV: median %3 ms")
            .arg(median(pdfMs), 0, 'f', 1)
            .arg(median(csvMs), 0, 'f', 1)
            .arg(median(computeMs) + median(pdfMs) + median(csvMs), 0, 'f', 1));
    QJsonArray cm;
    for (double v : computeMs)
        cm << v;
    out.insert(QStringLiteral("report_compute_ms"), cm);
    out.insert(QStringLiteral("report_pdf_ms_median"), median(pdfMs));
    out.insert(QStringLiteral("report_csv_ms_median"), median(csvMs));
    {
        // For comparison only: what a scan of the raw records of the month costs.
        QElapsedTimer t;
        t.start();
        auto q = must(db->exec(QStringLiteral("SELECT service, outcome, COUNT(*), SUM(duration_us) FROM operations WHERE at >= ? "
                                              "AND at < ? GROUP BY service, outcome"),
                               {month.fromMs, month.toMs}));
        qint64 scanned = 0;
        while (q.next())
            scanned += q.value(2).toLongLong();
        q.finish();
        say(QStringLiteral("  for comparison, one aggregate scan of the month's %1 raw records: %2 ms")
                .arg(scanned)
                .arg(t.nsecsElapsed() / 1e6, 0, 'f', 0));
        out.insert(QStringLiteral("raw_scan_ms"), t.nsecsElapsed() / 1e6);
    }
    db.reset();

    // 2. Per-operation cost of the SLA bookkeeping, on a fresh database.
    if (perOp > 0) {
        // A fresh SQLite file; on PostgreSQL the same database (the generated month does not matter here).
        const QString url2 = url.startsWith(QLatin1String("postgres")) ? url : tmp.filePath(QStringLiteral("per-op.sqlite"));
        auto small = must(Database::open(must(DatabaseConfig::parse(url2)), Database::OpenMode::CreateIfMissing));
        must(Migrator(*small, clock).migrate(system));
        ServiceCore core(small, clock);
        say(QStringLiteral("Per-operation cost (%1 operations each)").arg(perOp));
        auto perOpUs = [&](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1000.0 / perOp; };
        // The batched measures run in one transaction on SQLite (CPU cost, no commit), and commit
        // every 50 statements on PostgreSQL: a long transaction updating the same rows would
        // measure its row-version chains, and more than 64 savepoints its subtransaction overflow.
        const int chunk = small->isSqlite() ? perOp : 50;
        auto batched = [&](const std::function<void(int)> &one) {
            QElapsedTimer t;
            t.start();
            std::unique_ptr<Transaction> tx;
            for (int i = 0; i < perOp; ++i) {
                if (i % chunk == 0) {
                    if (tx)
                        must(tx->commit());
                    tx = must(small->begin());
                }
                one(i);
            }
            must(tx->commit());
            return perOpUs(t);
        };
        {
            const qint64 base = clock.nowMs();
            const double us = batched([&](int i) {
                must(ServiceCore::addToSlaBucket(*small, Services::Checkout, base + i * 1000, i % 50 ? Outcome::Ok : Outcome::Failed,
                                                 100 + (i * 37) % 900000, 500));
            });
            say(QStringLiteral("  SLA bucket upsert alone (ServiceCore::addToSlaBucket): %1 µs").arg(us, 0, 'f', 1));
            out.insert(QStringLiteral("sla_bucket_us"), us);
        }
        {
            OperationLog log(*small);
            const double us = batched([&](int) {
                OperationRecord r;
                r.atMs = clock.nowMs();
                r.service = Services::Administration;
                r.operation = QStringLiteral("bench.append");
                r.channel = QStringLiteral("system");
                r.actor = system.actor;
                r.durationUs = 10;
                must(log.append(r));
            });
            say(QStringLiteral("  operation record alone (OperationLog::append, SHA-256 chain): %1 µs").arg(us, 0, 'f', 1));
            out.insert(QStringLiteral("oplog_append_us"), us);
        }
        {
            const double us = batched([&](int) { must(noOp(core, system)); });
            say(QStringLiteral("  no-op write operation through the core, batched (%1 per transaction): %2 µs")
                    .arg(chunk)
                    .arg(us, 0, 'f', 1));
            out.insert(QStringLiteral("operation_batched_us"), us);
        }
        {
            const int committed = std::min(perOp, 2000);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < committed; ++i)
                must(noOp(core, system));
            const double us = double(t.nsecsElapsed()) / 1000.0 / committed;
            say(QStringLiteral("  no-op write operation through the core, each committed (%1 of them): %2 µs")
                    .arg(committed)
                    .arg(us, 0, 'f', 1));
            out.insert(QStringLiteral("operation_committed_us"), us);
        }
        const double share = out.value(QStringLiteral("sla_bucket_us")).toDouble() / out.value(QStringLiteral("operation_batched_us")).toDouble();
        say(QStringLiteral("  the bucket upsert is %1 % of a batched operation's cost and %2 % of a committed one's")
                .arg(share * 100.0, 0, 'f', 1)
                .arg(out.value(QStringLiteral("sla_bucket_us")).toDouble() * 100.0 / out.value(QStringLiteral("operation_committed_us")).toDouble(),
                     0, 'f', 1));
    }
    if (p.isSet(QStringLiteral("json")))
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
