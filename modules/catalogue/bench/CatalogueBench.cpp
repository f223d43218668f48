// catalogue_bench: import rate, ranked keyword search latency and database size per record.
//
//   catalogue_bench --db FILE_OR_URL --file RECORDS.mrc [--batch N] [--runs N] [--skip-import]
//
// The database is created (migrated) when it does not exist. Queries: 20 title/author/subject
// queries over the vocabulary of ../shared/data/synth records, each run --runs times after one
// warm-up; the time is the whole search (parse, count, ranking, the first 10 records with their
// copies) measured around Catalogue::runSearch, and separately the whole service-core operation
// (which also writes and commits the operation record).
#include "catalogue/Catalogue.h"
#include "catalogue/RecordStore.h"
#include "core/Clock.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Aksara;

namespace {
const char *const kQueries[] = {"history",        "jazz",            "united states",   "austen",       "jane austen",
                                "fiction",        "music",           "france histoire", "literature criticism",
                                "political parties", "charles",      "world politics",  "piano",        "biography",
                                "new york",       "social history",  "great britain",   "john",         "england",
                                "juvenile fiction"};

// CPU time of this thread: what a search costs when it does not have to wait for a core (this
// machine is shared; wall times are reported too).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qMin<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("database file or postgresql:// URL"), QStringLiteral("DB")});
    p.addOption({QStringLiteral("file"), QStringLiteral("MARC records to import"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("records per batch (default 5000)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs of each query (default 10)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("skip-import"), QStringLiteral("only search an existing database")});
    p.addOption({QStringLiteral("query"), QStringLiteral("run this query instead of the 20"), QStringLiteral("Q")});
    p.addOption({QStringLiteral("prepare-only"), QStringLiteral("time reading and preparing the records, without a database")});
    p.addOption({QStringLiteral("fts-config"), QStringLiteral("SQLite: set an FTS5 option before importing (automerge=8)"), QStringLiteral("KEY=VALUE")});
    p.process(app);
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("prepare-only"))) {
        auto reader = Catalogue::MarcReader::open(p.value(QStringLiteral("file")));
        if (!reader.ok())
            return 1;
        QElapsedTimer t;
        t.start();
        qint64 n = 0, tokens = 0, tiers = 0, terms = 0, readNs = 0, prepNs = 0;
        Catalogue::MarcReadItem item;
        for (;;) {
            QElapsedTimer r;
            r.start();
            if (!(*reader)->next(item))
                break;
            readNs += r.nsecsElapsed();
            if (!item.ok())
                continue;
            QElapsedTimer q;
            q.start();
            auto prepared = Catalogue::prepareRecord(*item.record, false);
            prepNs += q.nsecsElapsed();
            if (!prepared.ok())
                continue;
            ++n;
            for (const QString &f : prepared->doc.fields)
                tokens += f.count(QLatin1Char(' ')) + (f.isEmpty() ? 0 : 1);
            tiers += prepared->tiers.count(QLatin1Char(' ')) + 1;
            terms += prepared->terms.size();
        }
        out << QStringLiteral("%1 records in %2 ms: read %3 us/record, prepare %4 us/record; %5 tokens, %6 distinct terms, %7 tier tokens per record\n")
                   .arg(n)
                   .arg(t.elapsed())
                   .arg(readNs / 1000.0 / n, 0, 'f', 1)
                   .arg(prepNs / 1000.0 / n, 0, 'f', 1)
                   .arg(double(tokens) / n, 0, 'f', 1)
                   .arg(double(terms) / n, 0, 'f', 1)
                   .arg(double(tiers) / n, 0, 'f', 1);
        return 0;
    }
    auto config = DatabaseConfig::parse(p.value(QStringLiteral("db")));
    if (!config.ok()) {
        out << config.error().message << "\n";
        return 2;
    }
    SystemClock clock;
    auto db = Database::open(*config, Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        out << db.error().message << "\n";
        return 1;
    }
    Migrator migrator(**db, clock);
    const Caller admin = Caller::localAdministrator(QStringLiteral("bench"));
    if (auto m = migrator.migrate(admin); !m.ok()) {
        out << m.error().message << "\n";
        return 1;
    }
    ServiceCore core(*db, clock);
    Catalogue::Catalogue catalogue(core);
    for (const QString &kv : p.values(QStringLiteral("fts-config"))) {
        const QString key = kv.section(QLatin1Char('='), 0, 0);
        const QString value = kv.section(QLatin1Char('='), 1);
        if (Status st = (*db)->execDirect(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('%1', %2)").arg(key, value));
            !st.ok()) {
            out << st.error().message << "\n";
            return 1;
        }
    }

    if (!p.isSet(QStringLiteral("skip-import"))) {
        const QString file = p.value(QStringLiteral("file"));
        Catalogue::ImportOptions o;
        o.duplicates = Catalogue::DuplicatePolicy::Allow;
        o.createItems = false;
        o.batchSize = p.isSet(QStringLiteral("batch")) ? p.value(QStringLiteral("batch")).toInt() : 5000;
        QElapsedTimer t;
        t.start();
        qint64 lastShown = 0;
        auto report = catalogue.importFile(admin, file, o, [&](const Catalogue::ImportProgress &pr) {
            if (pr.read - lastShown >= 100000) {
                lastShown = pr.read;
                fprintf(stderr, "  %lld records, %.0f records/s\n", static_cast<long long>(pr.read), pr.read * 1000.0 / qMax<qint64>(1, t.elapsed()));
            }
        });
        const double secs = t.elapsed() / 1000.0;
        if (!report.ok()) {
            out << "import failed: " << report.error().message << "\n";
            return 1;
        }
        out << QStringLiteral("import: %1 records (%2 rejected) in %3 s = %4 records/s (batches of %5)\n")
                   .arg(report->imported)
                   .arg(report->rejected)
                   .arg(secs, 0, 'f', 1)
                   .arg(report->imported / secs, 0, 'f', 0)
                   .arg(o.batchSize);
        out.flush();
    }

    auto docs = (*db)->scalar(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'"));
    const qint64 n = docs.ok() ? docs->toLongLong() : 0;
    if ((*db)->isSqlite()) {
        (void)(*db)->execDirect(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 bytes = QFileInfo(config->path).size();
        out << QStringLiteral("size: %1 MB, %2 bytes/record\n").arg(bytes / 1e6, 0, 'f', 1).arg(n ? bytes / n : 0);
    } else {
        (void)(*db)->execDirect(QStringLiteral("ANALYZE"));
        auto size = (*db)->scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
        const qint64 bytes = size.ok() ? size->toLongLong() : 0;
        out << QStringLiteral("size: %1 MB, %2 bytes/record\n").arg(bytes / 1e6, 0, 'f', 1).arg(n ? bytes / n : 0);
    }

    QStringList queries;
    if (p.isSet(QStringLiteral("query")))
        queries << p.value(QStringLiteral("query"));
    else
        for (const char *q : kQueries)
            queries << QString::fromLatin1(q);
    const int runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 10;
    QList<double> engineMs, operationMs, firstMs, cpuMs;
    int notCounted = 0, operationsRefused = 0, operationsFailed = 0;
    qint64 inexact = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("query"), -22)
               .arg(QStringLiteral("total"), 8)
               .arg(QStringLiteral("strategy"), -8)
               .arg(QStringLiteral("scored"), 7)
               .arg(QStringLiteral("first ms"), 9)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("cpu ms"), 8);
    for (const QString &q : std::as_const(queries)) {
        Catalogue::SearchRequest req;
        req.query = q;
        req.limit = 10;
        auto node = Catalogue::Catalogue::queryOf(req);
        if (!node.ok()) {
            out << q << ": " << node.error().message << "\n";
            ++notCounted;
            continue;
        }
        QList<double> mine, myCpu;
        Catalogue::SearchResult last;
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuMs();
            auto res = Catalogue::Catalogue::runSearch(**db, *node, req);
            const double ms = t.nsecsElapsed() / 1e6;
            const double cpu = threadCpuMs() - c0;
            if (!res.ok()) {
                out << q << ": " << res.error().message << "\n";
                ++notCounted;
                break;
            }
            last = *res;
            if (r == 0)
                firstMs << ms; // first run: cold statement cache and pages
            else {
                mine << ms;
                engineMs << ms;
                myCpu << cpu;
                cpuMs << cpu;
            }
        }
        if (!last.exactRanking)
            ++inexact;
        // The same search as a service-core operation (evidence written and committed).
        for (int r = 0; r < qMax(1, runs / 2); ++r) {
            QElapsedTimer t;
            t.start();
            auto res = catalogue.search(admin, req);
            const double ms = t.nsecsElapsed() / 1e6;
            if (!res.ok()) {
                ++(res.error().isRefusal() ? operationsRefused : operationsFailed);
                break;
            }
            operationMs << ms; // only searches that succeeded count
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(q, -22)
                   .arg(last.total, 8)
                   .arg(last.strategy, -8)
                   .arg(last.candidates, 7)
                   .arg(firstMs.last(), 9, 'f', 2)
                   .arg(percentile(mine, 0.5), 10, 'f', 2)
                   .arg(percentile(myCpu, 0.5), 8, 'f', 2);
        out.flush();
    }
    out << QStringLiteral("search (ranking + first 10 records with copies), %1 queries x %2 runs: p50 %3 ms, p95 %4 ms, max %5 ms; "
                          "first runs p50 %6 ms, p95 %7 ms; inexact rankings: %8\n")
               .arg(queries.size())
               .arg(runs)
               .arg(percentile(engineMs, 0.5), 0, 'f', 2)
               .arg(percentile(engineMs, 0.95), 0, 'f', 2)
               .arg(percentile(engineMs, 1.0), 0, 'f', 2)
               .arg(percentile(firstMs, 0.5), 0, 'f', 2)
               .arg(percentile(firstMs, 0.95), 0, 'f', 2)
               .arg(inexact);
    out << QStringLiteral("CPU time of the same searches: p50 %1 ms, p95 %2 ms\n")
               .arg(percentile(cpuMs, 0.5), 0, 'f', 2)
               .arg(percentile(cpuMs, 0.95), 0, 'f', 2);
    out << QStringLiteral("as service-core operations (with the operation record committed): p50 %1 ms, p95 %2 ms; "
                          "refused %3, failed %4\n")
               .arg(percentile(operationMs, 0.5), 0, 'f', 2)
               .arg(percentile(operationMs, 0.95), 0, 'f', 2)
               .arg(operationsRefused)
               .arg(operationsFailed);
    out << QStringLiteral("queries not counted above (refused or failed in the engine): %1\n").arg(notCounted);
    return 0;
}
