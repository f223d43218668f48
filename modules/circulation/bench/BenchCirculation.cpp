// bench_circulation [--ops N] [--threads T] [--patrons P] [--items I] [--dir DIR] [--json]
//
// Durable checkouts and checkins through the service core: every operation is its own
// transaction with its operation record, committed with SQLite synchronous=FULL (WAL) or a
// PostgreSQL COMMIT. Prints per-operation latency (p50/median, p99, max) and throughput for
// SQLite and, when AKSARA_BENCH_PG names a PostgreSQL server (postgresql://user@host:port/db or
// ?host=/socket/dir), for PostgreSQL in a fresh database created and dropped on that server.
#include "circulation/LoanRules.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"

#include "core/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace Aksara;
using namespace Aksara::Circulation;

namespace {

struct Figures {
    QString engine;
    int threads = 1;
    qint64 checkouts = 0;
    qint64 checkins = 0;
    qint64 refused = 0;  // the library said no (counted, not in the throughput or the latencies)
    qint64 failures = 0; // the system did not work
    double wallSeconds = 0;
    double checkoutSeconds = 0;
    double checkinSeconds = 0;
    QList<qint64> checkoutUs;
    QList<qint64> checkinUs;
};

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', 2);
}

bool seed(ServiceCore &core, int patrons, int items, QStringList *cards, QStringList *barcodes)
{
    const Caller admin = Caller::system(QStringLiteral("bench"));
    Status st = core.run(admin, {Services::Administration, QStringLiteral("bench.seed"), {}}, [&](OperationContext &ctx) -> Status {
        Database &db = ctx.db();
        const qint64 op = ctx.operationId();
        auto one = [&](const QString &sql, const QVariantList &binds) -> Result<qint64> {
            auto q = db.exec(sql, binds);
            if (!q.ok())
                return q.error();
            qint64 id = 0;
            if (q->next())
                id = q->value(0).toLongLong();
            q->finish();
            return id;
        };
        auto branch = one(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('MAIN', 'Main', ?, ?) RETURNING id"),
                          {op, op});
        if (!branch.ok())
            return branch.error();
        auto cat = one(QStringLiteral("INSERT INTO patron_categories (code, name, debt_limit, created_op, updated_op) "
                                      "VALUES ('ADULT', 'Adult', 1000000, ?, ?) RETURNING id"),
                       {op, op});
        if (!cat.ok())
            return cat.error();
        auto bib = one(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, updated_op) "
                                      "VALUES ('Benchmark title', 0, 0, ?, ?) RETURNING id"),
                       {op, op});
        if (!bib.ok())
            return bib.error();
        for (int i = 0; i < items; ++i) {
            const QString code = QStringLiteral("B%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            auto it = one(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, updated_op) "
                                         "VALUES (?, ?, ?, 'book', ?, ?) RETURNING id"),
                          {code, *bib, *branch, op, op});
            if (!it.ok())
                return it.error();
            *barcodes << code;
        }
        return {};
    });
    if (!st.ok()) {
        fprintf(stderr, "bench: seeding failed: %s\n", qPrintable(st.error().message));
        return false;
    }
    LoanRules rules(core);
    auto r = rules.set(admin, {}, {}, {}, {{QStringLiteral("max_loans"), QStringLiteral("100000")}});
    if (!r.ok()) {
        fprintf(stderr, "bench: %s\n", qPrintable(r.error().message));
        return false;
    }
    Patrons p(core);
    for (int i = 0; i < patrons; ++i) {
        PatronInput in;
        in.name = QStringLiteral("Bench patron %1").arg(i + 1);
        auto reg = p.registerPatron(admin, in);
        if (!reg.ok()) {
            fprintf(stderr, "bench: %s\n", qPrintable(reg.error().message));
            return false;
        }
        *cards << reg->cardNumber;
    }
    return true;
}

Figures run(const QString &engine, const DatabaseConfig &config, int ops, int threads, int patrons, int items)
{
    Figures f;
    f.engine = engine;
    f.threads = threads;
    SystemClock clock;
    auto db = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        fprintf(stderr, "bench: %s\n", qPrintable(db.error().message));
        return f;
    }
    Migrator migrator(**db, clock);
    if (auto m = migrator.migrate(Caller::system(QStringLiteral("bench"))); !m.ok()) {
        fprintf(stderr, "bench: %s\n", qPrintable(m.error().message));
        return f;
    }
    ServiceCore core(*db, clock);
    QStringList cards, barcodes;
    // Every timed checkout lends a different item; the warm-up uses items of its own.
    const int needed = qMax(items, (ops / threads) * threads + threads * qMin(100, ops / threads / 10));
    if (!seed(core, patrons, needed, &cards, &barcodes))
        return f;
    (*db)->releaseThreadConnection();

    // Each station (thread) has its own slice of the items and patrons, as desks do. First every
    // station lends its items (the checkout phase), then takes them back (the checkin phase); each
    // phase is timed from the moment all stations start it until the last one finishes. A short
    // warm-up of lends and returns on items outside the slices comes first.
    std::atomic<qint64> failures{0};
    std::atomic<qint64> refused{0};
    QList<QList<qint64>> outUs(threads), inUs(threads);
    const int perThread = ops / threads;
    const int warmup = qMin(100, perThread / 10);
    QElapsedTimer wall;
    wall.start();
    QList<qint64> outFrom(threads), outTo(threads), inFrom(threads), inTo(threads);
    std::atomic<int> arrived{0};
    auto barrier = [&](int generation) {
        ++arrived;
        while (arrived.load() < threads * generation)
            QThread::yieldCurrentThread();
    };
    auto station = [&](int t) {
        auto conn = Database::open(config);
        if (!conn.ok()) {
            failures += perThread;
            barrier(1);
            barrier(2);
            return;
        }
        ServiceCore stationCore(*conn, clock);
        Loans loans(stationCore);
        const Caller desk = Caller::staff(Channel::Desk, t + 1, QStringLiteral("bench%1").arg(t), Role::Librarian,
                                          QStringLiteral("desk-%1").arg(t));
        auto item = [&](int i) -> const QString & { return barcodes.at(t * perThread + i); };
        auto card = [&](int i) -> const QString & { return cards.at((t + i * threads) % cards.size()); };
        auto report = [&](const Error &e) {
            const qint64 n = e.isRefusal() ? ++refused : ++failures;
            if (n < 5)
                fprintf(stderr, "bench: %s %s: %s\n", e.isRefusal() ? "refused" : "failed", qPrintable(e.code),
                        qPrintable(e.message));
        };
        for (int i = 0; i < warmup; ++i) {
            const QString &b = barcodes.at(threads * perThread + t * warmup + i);
            auto out = loans.checkout(desk, card(i), b);
            auto in = loans.checkin(desk, b);
            if (!out.ok() || !in.ok())
                report(!out.ok() ? out.error() : in.error());
        }
        QElapsedTimer timer;
        barrier(1);
        outFrom[t] = wall.nsecsElapsed();
        for (int i = 0; i < perThread; ++i) {
            timer.start();
            auto out = loans.checkout(desk, card(i), item(i));
            const qint64 us = timer.nsecsElapsed() / 1000;
            if (out.ok())
                outUs[t] << us; // only what succeeded counts
            else
                report(out.error());
        }
        outTo[t] = wall.nsecsElapsed();
        barrier(2);
        inFrom[t] = wall.nsecsElapsed();
        for (int i = 0; i < perThread; ++i) {
            timer.start();
            auto in = loans.checkin(desk, item(i));
            const qint64 us = timer.nsecsElapsed() / 1000;
            if (in.ok())
                inUs[t] << us;
            else
                report(in.error());
        }
        inTo[t] = wall.nsecsElapsed();
        (*conn)->releaseThreadConnection();
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(station, t);
    for (auto &th : pool)
        th.join();
    auto span = [](const QList<qint64> &from, const QList<qint64> &to) {
        return double(*std::max_element(to.begin(), to.end()) - *std::min_element(from.begin(), from.end())) / 1e9;
    };
    f.checkoutSeconds = span(outFrom, outTo);
    f.checkinSeconds = span(inFrom, inTo);
    f.wallSeconds = f.checkoutSeconds + f.checkinSeconds;
    for (int t = 0; t < threads; ++t) {
        f.checkoutUs << outUs[t];
        f.checkinUs << inUs[t];
    }
    f.checkouts = f.checkoutUs.size();
    f.checkins = f.checkinUs.size();
    f.failures = failures.load();
    f.refused = refused.load();
    return f;
}

QJsonObject toJson(const Figures &f)
{
    const double opsPerSecond = f.wallSeconds > 0 ? double(f.checkouts + f.checkins) / f.wallSeconds : 0;
    return {{QStringLiteral("engine"), f.engine},
            {QStringLiteral("threads"), f.threads},
            {QStringLiteral("checkouts"), f.checkouts},
            {QStringLiteral("checkins"), f.checkins},
            {QStringLiteral("refused"), f.refused},
            {QStringLiteral("failures"), f.failures},
            {QStringLiteral("seconds"), f.wallSeconds},
            {QStringLiteral("operations_per_second"), opsPerSecond},
            {QStringLiteral("checkouts_per_second"), f.checkoutSeconds > 0 ? double(f.checkouts) / f.checkoutSeconds : 0},
            {QStringLiteral("checkins_per_second"), f.checkinSeconds > 0 ? double(f.checkins) / f.checkinSeconds : 0},
            {QStringLiteral("checkout_p50_us"), percentile(f.checkoutUs, 0.50)},
            {QStringLiteral("checkout_p99_us"), percentile(f.checkoutUs, 0.99)},
            {QStringLiteral("checkout_max_us"), percentile(f.checkoutUs, 1.0)},
            {QStringLiteral("checkin_p50_us"), percentile(f.checkinUs, 0.50)},
            {QStringLiteral("checkin_p99_us"), percentile(f.checkinUs, 0.99)},
            {QStringLiteral("checkin_max_us"), percentile(f.checkinUs, 1.0)}};
}

void print(const Figures &f)
{
    const QJsonObject j = toJson(f);
    printf("%-10s %3d  %6lld+%-6lld %6.2f s %6.0f ops/s | %6.0f checkouts/s p50 %s p99 %s max %s ms | %6.0f checkins/s p50 %s "
           "p99 %s max %s ms | refused %lld failed %lld\n",
           qPrintable(f.engine), f.threads, f.checkouts, f.checkins, f.wallSeconds,
           j.value(QStringLiteral("operations_per_second")).toDouble(), j.value(QStringLiteral("checkouts_per_second")).toDouble(),
           qPrintable(ms(percentile(f.checkoutUs, 0.5))), qPrintable(ms(percentile(f.checkoutUs, 0.99))),
           qPrintable(ms(percentile(f.checkoutUs, 1.0))), j.value(QStringLiteral("checkins_per_second")).toDouble(),
           qPrintable(ms(percentile(f.checkinUs, 0.5))),
           qPrintable(ms(percentile(f.checkinUs, 0.99))), qPrintable(ms(percentile(f.checkinUs, 1.0))), f.refused, f.failures);
    fflush(stdout);
}

// The disk's own durability cost where the SQLite file lives: 4 KiB write + fsync, p50 and p99 in
// microseconds. Every durable commit pays at least this once.
std::pair<qint64, qint64> fsyncLatency(const QString &dir)
{
    const QByteArray path = QString(dir + QStringLiteral("/fsync-probe")).toLocal8Bit();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return {-1, -1};
    QList<qint64> us;
    QByteArray block(4096, 'x');
    QElapsedTimer t;
    for (int i = 0; i < 200; ++i) {
        t.start();
        if (::write(fd, block.constData(), size_t(block.size())) < 0 || ::fsync(fd) != 0)
            break;
        us << t.nsecsElapsed() / 1000;
    }
    ::close(fd);
    ::unlink(path.constData());
    return {percentile(us, 0.5), percentile(us, 0.99)};
}

bool adminExec(const DatabaseConfig &config, const QString &sql)
{
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setDatabaseName(config.database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                fprintf(stderr, "bench: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            fprintf(stderr, "bench: cannot reach %s: %s\n", qPrintable(config.displayName()), qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("ops"), QStringLiteral("checkouts (and as many checkins) per run, default 5000"), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("stations working at once, default 1 (also runs 2 when not given)"), QStringLiteral("T")});
    p.addOption({QStringLiteral("patrons"), QStringLiteral("patrons, default 200"), QStringLiteral("P"), QStringLiteral("200")});
    p.addOption({QStringLiteral("items"), QStringLiteral("items at least (default: as many as the run lends)"), QStringLiteral("I"), QStringLiteral("0")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("folder for the SQLite file (default: a temporary folder)"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    p.process(app);
    const int ops = qMax(100, p.value(QStringLiteral("ops")).toInt());
    const int patrons = qMax(1, p.value(QStringLiteral("patrons")).toInt());
    const int items = qMax(0, p.value(QStringLiteral("items")).toInt());
    QList<int> threadCounts{1, 2};
    if (p.isSet(QStringLiteral("threads")))
        threadCounts = {qBound(1, p.value(QStringLiteral("threads")).toInt(), 64)};

    QList<Figures> all;
    QTemporaryDir tmp(p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX") : QString());
    const auto [fsyncP50, fsyncP99] = fsyncLatency(tmp.path());
    if (!p.isSet(QStringLiteral("json")))
        printf("SQLite files in %s: write+fsync p50 %s ms, p99 %s ms\n", qPrintable(tmp.path()), qPrintable(ms(fsyncP50)),
               qPrintable(ms(fsyncP99)));
    for (int threads : threadCounts) {
        DatabaseConfig sqlite;
        sqlite.engine = DatabaseConfig::Engine::Sqlite;
        sqlite.path = tmp.filePath(QStringLiteral("bench-%1.sqlite").arg(threads));
        all << run(QStringLiteral("sqlite"), sqlite, ops, threads, patrons, items);
        if (!p.isSet(QStringLiteral("json")))
            print(all.last());
    }
    const QString pgUrl = qEnvironmentVariable("AKSARA_BENCH_PG");
    if (!pgUrl.isEmpty()) {
        auto admin = DatabaseConfig::parse(pgUrl);
        if (!admin.ok()) {
            fprintf(stderr, "bench: AKSARA_BENCH_PG: %s\n", qPrintable(admin.error().message));
            return 1;
        }
        for (int threads : threadCounts) {
            const QString name = QStringLiteral("aksara_bench_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
            if (!adminExec(*admin, QStringLiteral("CREATE DATABASE %1").arg(name)))
                return 1;
            DatabaseConfig pg = *admin;
            pg.database = name;
            all << run(QStringLiteral("postgresql"), pg, ops, threads, patrons, items);
            if (!p.isSet(QStringLiteral("json")))
                print(all.last());
            adminExec(*admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Figures &f : std::as_const(all))
            a << toJson(f);
        const QJsonObject o{{QStringLiteral("fsync_p50_us"), fsyncP50}, {QStringLiteral("fsync_p99_us"), fsyncP99},
                            {QStringLiteral("runs"), a}};
        printf("%s", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    }
    return 0;
}
