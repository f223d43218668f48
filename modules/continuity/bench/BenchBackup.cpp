// bench_backup --db FILE [--marc FILE.mrc] [--patrons N] [--items N] [--seconds S] [--out BACKUP]
//
// Checkout latency on a library of a given size, first without and then during a backup
// (docs/performance.md "Backups during a checkout load"). The library in --db is filled once and
// kept for later runs: --marc is imported when the catalogue is empty (Catalogue::importFile, as
// `aksara catalogue import`), --patrons registered (Patrons::registerPatron) and --items copies
// added until there are that many. Then one desk (its own connection) checks out and back in,
// round after round: S seconds without a backup, then while Backups::backup (on its own thread and
// connection, as `aksara backup` in another process would be) copies the library to --out. Prints
// p50, p99 and max of the checkouts in each phase, the backup's time and size. SQLite only.
#include "catalogue/Catalogue.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "continuity/Backups.h"

#include "core/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace Aksara;

namespace {

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_backup: %s\n", qPrintable(what));
    return 1;
}

qint64 scalar(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v.ok() ? v->toLongLong() : -1;
}

Status insertSetup(ServiceCore &core, const Caller &admin)
{
    return core.run(admin, {Services::Administration, QStringLiteral("bench.setup"), {}}, [&](OperationContext &ctx) -> Status {
        const qint64 op = ctx.operationId();
        for (const QString &sql :
             {QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('MAIN', 'Main Library', ?, ?)"),
              QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, created_op, updated_op) "
                             "VALUES ('ADULT', 'Adult', 12, 10000, ?, ?)")}) {
            auto q = ctx.db().exec(sql, {op, op});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), QStringLiteral("the library (SQLite file; made and filled when missing)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("marc"), QStringLiteral("records to import into an empty catalogue"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("patrons"), QStringLiteral("patrons to have"), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("items"), QStringLiteral("copies to have"), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("length of the phase without a backup"), QStringLiteral("S"), QStringLiteral("20")});
    p.addOption({QStringLiteral("out"), QStringLiteral("the backup file"), QStringLiteral("FILE")});
    p.process(app);
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--db and --out are needed"));

    SystemClock clock;
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Sqlite;
    config.path = p.value(QStringLiteral("db"));
    auto opened = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return fail(opened.error().message);
    std::shared_ptr<Database> db = *opened;
    Migrator migrator(*db, clock);
    if (auto m = migrator.migrate(Caller::system(QStringLiteral("bench"))); !m.ok())
        return fail(m.error().message);
    ServiceCore core(db, clock);
    const Caller admin = Caller::localAdministrator(QStringLiteral("bench"));

    QElapsedTimer fillTimer;
    fillTimer.start();
    if (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM branches WHERE code = 'MAIN'")) == 0)
        if (Status st = insertSetup(core, admin); !st.ok())
            return fail(st.error().message);
    if (p.isSet(QStringLiteral("marc")) && scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bib_records")) == 0) {
        Catalogue::Catalogue catalogue(core);
        Catalogue::ImportOptions o;
        o.createItems = false;
        auto r = catalogue.importFile(admin, p.value(QStringLiteral("marc")), o);
        if (!r.ok())
            return fail(r.error().message);
        std::fprintf(stderr, "imported %lld records\n", r->imported);
    }
    const qint64 wantPatrons = p.value(QStringLiteral("patrons")).toLongLong();
    {
        Circulation::Patrons patrons(core);
        for (qint64 n = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM patrons")); n < wantPatrons; ++n) {
            Circulation::PatronInput in;
            in.name = QStringLiteral("Anggota Uji %1").arg(n);
            in.branchCode = QStringLiteral("MAIN");
            in.categoryCode = QStringLiteral("ADULT");
            if (auto r = patrons.registerPatron(admin, in); !r.ok())
                return fail(r.error().message);
        }
    }
    const qint64 wantItems = p.value(QStringLiteral("items")).toLongLong();
    // Imported records have consecutive ids: the copies spread over them.
    const qint64 firstBib = scalar(*db, QStringLiteral("SELECT MIN(id) FROM bib_records"));
    const qint64 bibs = qMax<qint64>(1, scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bib_records")));
    for (qint64 n = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM items")); n < wantItems;) {
        const qint64 batch = qMin<qint64>(5000, wantItems - n);
        Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("bench.items"), {}}, [&](OperationContext &ctx) -> Status {
            for (qint64 i = 0; i < batch; ++i) {
                auto q = ctx.db().exec(
                    QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, updated_op) VALUES "
                                   "(?, ?, (SELECT id FROM branches WHERE code = 'MAIN'), 'book', ?, ?)"),
                    {QStringLiteral("BB%1").arg(n + i, 8, 10, QLatin1Char('0')), firstBib + (n + i) % bibs, ctx.operationId(),
                     ctx.operationId()});
                if (!q.ok())
                    return q.error();
            }
            return {};
        });
        if (!st.ok())
            return fail(st.error().message);
        n += batch;
    }
    const qint64 records = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bib_records"));
    const qint64 patronCount = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM patrons"));
    const qint64 itemCount = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM items"));
    std::fprintf(stderr, "library: %lld records, %lld patrons, %lld copies, %lld MB (fill %.0f s)\n", records, patronCount, itemCount,
                 QFileInfo(config.path).size() >> 20, double(fillTimer.elapsed()) / 1000.0);

    QStringList cards, barcodes;
    {
        auto q = db->exec(QStringLiteral("SELECT card_number FROM patrons ORDER BY id LIMIT 2000"));
        while (q.ok() && q->next())
            cards << q->value(0).toString();
        auto b = db->exec(QStringLiteral("SELECT barcode FROM items WHERE barcode LIKE 'BB%' ORDER BY id LIMIT 2000"));
        while (b.ok() && b->next())
            barcodes << b->value(0).toString();
    }
    if (cards.isEmpty() || barcodes.isEmpty())
        return fail(QStringLiteral("no patrons or copies"));

    // The desk: checkouts timed, each followed by its checkin.
    std::atomic<int> phase{0}; // 0 baseline, 1 during the backup, 2 stop
    QList<qint64> baseline, during;
    std::atomic<qint64> failures{0};
    std::thread desk([&] {
        auto own = Database::open(config);
        if (!own.ok()) {
            ++failures;
            return;
        }
        {
            ServiceCore deskCore(*own, clock);
            Circulation::Loans loans(deskCore);
            const Caller librarian = Caller::staff(Channel::Desk, 1, QStringLiteral("bench"), Role::Librarian, QStringLiteral("desk-1"));
            for (qint64 i = 0; phase.load() < 2; ++i) {
                const QString &barcode = barcodes.at(i % barcodes.size());
                QElapsedTimer t;
                t.start();
                auto r = loans.checkout(librarian, cards.at(i % cards.size()), barcode);
                const qint64 us = t.nsecsElapsed() / 1000;
                if (!r.ok()) {
                    ++failures;
                    continue;
                }
                (phase.load() == 0 ? baseline : during) << us;
                if (!loans.checkin(librarian, barcode).ok())
                    ++failures;
            }
        }
        (*own)->releaseThreadConnection();
    });
    std::this_thread::sleep_for(std::chrono::seconds(p.value(QStringLiteral("seconds")).toInt()));
    phase = 1;
    QElapsedTimer backupTimer;
    backupTimer.start();
    Result<Continuity::BackupReport> backup = Error::failed(QStringLiteral("bench"), QString());
    std::thread backupThread([&] {
        auto own = Database::open(config);
        if (!own.ok())
            return;
        {
            ServiceCore backupCore(*own, clock);
            backup = Continuity::Backups(backupCore).backup(admin, p.value(QStringLiteral("out")));
        }
        (*own)->releaseThreadConnection();
    });
    backupThread.join();
    const double backupSeconds = double(backupTimer.elapsed()) / 1000.0;
    phase = 2;
    desk.join();
    if (!backup.ok())
        return fail(QStringLiteral("backup: ") + backup.error().message);
    auto line = [](const char *name, const QList<qint64> &v) {
        std::printf("%-16s checkouts %6lld  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms\n", name, qint64(v.size()),
                    double(percentile(v, 0.5)) / 1000.0, double(percentile(v, 0.99)) / 1000.0, double(percentile(v, 1.0)) / 1000.0);
    };
    std::printf("library: %lld records, %lld patrons, %lld copies, database %lld MB\n", records, patronCount, itemCount,
                QFileInfo(config.path).size() >> 20);
    line("without backup", baseline);
    line("during backup", during);
    std::printf("backup: %.1f s, %lld MB, verified (integrity_check + verify); desk failures %lld\n", backupSeconds,
                backup->bytes >> 20, failures.load());
    return failures.load() == 0 ? 0 : 1;
}
