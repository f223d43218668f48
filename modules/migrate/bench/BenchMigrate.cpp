// bench_migrate [--patrons N] [--copies M] [--batch B] [--dir DIR] [--json]
//
// A library moving in: generates a SLiMS membership export of N patrons (default 100,000) and a
// Koha items export of M copies (default 300,000, three per record of M/3 catalogue records put in
// place first), then imports both with Migrate::Importer through the service core into a new
// SQLite library, as `aksara migrate` does, and prints the time and rows per second of each. The
// generated data is invented (names "Anggota 1", ...).
#include "migrate/Importer.h"

#include "core/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Aksara;

namespace {

bool seed(ServiceCore &core, int records)
{
    const Caller admin = Caller::system(QStringLiteral("bench"));
    Status st = core.run(admin, {Services::Administration, QStringLiteral("bench.seed"), {}}, [&](OperationContext &ctx) -> Status {
        Database &db = ctx.db();
        const qint64 op = ctx.operationId();
        for (const QString &sql :
             {QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('MAIN', 'Perpustakaan Pusat', ?, ?)"),
              QStringLiteral("INSERT INTO patron_categories (code, name, created_op, updated_op) VALUES ('UMUM', 'Umum', ?, ?)")}) {
            auto q = db.exec(sql, {op, op});
            if (!q.ok())
                return q.error();
            q->finish();
        }
        for (int i = 1; i <= records; ++i) {
            auto q = db.exec(QStringLiteral("INSERT INTO bib_records (control_number, title, created_at, updated_at, created_op, updated_op) "
                                            "VALUES (?, ?, 0, 0, ?, ?)"),
                             {QString::number(i), QStringLiteral("Judul %1").arg(i), op, op});
            if (!q.ok())
                return q.error();
            q->finish();
        }
        return {};
    });
    if (!st.ok())
        fprintf(stderr, "bench: seeding failed: %s\n", qPrintable(st.error().message));
    return st.ok();
}

QByteArray slimsMembers(int n)
{
    QByteArray out = "member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,is_new,"
                     "member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,birth_date,member_notes\n";
    out.reserve(n * 160);
    for (int i = 1; i <= n; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i % 20000);
        out += QStringLiteral("M%1,Anggota %2,%3,Umum,anggota%2@contoh.id,Jl. Contoh %4,40111,,0,,,0812%5,,2018-01-01,2018-01-01,2027-12-31,%6,\n")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 2)
                   .arg(i % 300)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(birth.toString(Qt::ISODate))
                   .toUtf8();
    }
    return out;
}

QByteArray kohaItems(int n)
{
    QByteArray out = "barcode,biblionumber,homebranch,location,itemcallnumber,itype,price,dateaccessioned\n";
    out.reserve(n * 70);
    for (int i = 1; i <= n; ++i)
        out += QStringLiteral("3900%1,%2,MAIN,GEN,899.221 ABC %3,BK,45000.00,2015-03-0%4\n")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg((i - 1) / 3 + 1)
                   .arg(i % 97)
                   .arg(1 + i % 9)
                   .toUtf8();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("patrons"), QStringLiteral("patrons to import, default 100000"), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("copies"), QStringLiteral("copies to import, default 300000"), QStringLiteral("M"), QStringLiteral("300000")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("rows per operation, default 500"), QStringLiteral("B"), QStringLiteral("500")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("folder for the SQLite file (default: a temporary folder)"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    p.process(app);
    const int patrons = qMax(1, p.value(QStringLiteral("patrons")).toInt());
    const int copies = qMax(3, p.value(QStringLiteral("copies")).toInt());

    QTemporaryDir tmp(p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX") : QString());
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Sqlite;
    config.path = tmp.filePath(QStringLiteral("migrate.sqlite"));
    SystemClock clock;
    auto db = Database::open(config, Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        fprintf(stderr, "bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    Migrator migrator(**db, clock);
    if (auto m = migrator.migrate(Caller::system(QStringLiteral("bench"))); !m.ok()) {
        fprintf(stderr, "bench: %s\n", qPrintable(m.error().message));
        return 1;
    }
    ServiceCore core(*db, clock);
    if (!seed(core, (copies + 2) / 3))
        return 1;

    Migrate::Importer importer(core, Caller::localAdministrator(QStringLiteral("bench")));
    Migrate::Options options;
    options.batchSize = qMax(1, p.value(QStringLiteral("batch")).toInt());
    QJsonObject figures{{QStringLiteral("engine"), QStringLiteral("sqlite")}, {QStringLiteral("batch"), options.batchSize}};
    auto timed = [&](Migrate::Kind kind, const QByteArray &csv, const QString &presetName, const QByteArray &map, qsizetype expected) {
        auto mapping = Migrate::preset(kind, presetName);
        if (mapping.ok() && !map.isEmpty())
            mapping = Migrate::applyMapFile(kind, map, *mapping);
        if (!mapping.ok()) {
            fprintf(stderr, "bench: %s\n", qPrintable(mapping.error().message));
            return false;
        }
        QElapsedTimer t;
        t.start();
        auto r = importer.run(kind, csv, *mapping, options);
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok()) {
            fprintf(stderr, "bench: %s\n", qPrintable(r.error().message));
            return false;
        }
        if (r->imported != expected || !r->errors.isEmpty()) {
            fprintf(stderr, "bench: %s: %lld of %lld imported, %lld errors (first: %s)\n", qPrintable(Migrate::kindName(kind)),
                    qint64(r->imported), qint64(expected), qint64(r->errors.size()),
                    r->errors.isEmpty() ? "" : qPrintable(r->errors.first().message));
            return false;
        }
        figures.insert(Migrate::kindName(kind), QJsonObject{{QStringLiteral("rows"), qint64(r->imported)},
                                                            {QStringLiteral("seconds"), secs},
                                                            {QStringLiteral("rows_per_second"), double(r->imported) / secs}});
        if (!p.isSet(QStringLiteral("json")))
            printf("%-8s %8lld rows in %7.1f s = %7.0f rows/s\n", qPrintable(Migrate::kindName(kind)), qint64(r->imported), secs,
                   double(r->imported) / secs);
        fflush(stdout);
        return true;
    };
    if (!timed(Migrate::Kind::Patrons, slimsMembers(patrons), QStringLiteral("slims"), {}, patrons))
        return 1;
    if (!timed(Migrate::Kind::Copies, kohaItems(copies), QStringLiteral("koha"), "[item_types]\nBK = book\n", copies))
        return 1;
    if (p.isSet(QStringLiteral("json")))
        printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
