// migrate patrons|copies|loans|fees FILE [--preset slims|inlislite|koha] [--map FILE] [--dry-run]
// [--errors OUT.csv] [--photos DIR] [--allow-unverified-nik] [--batch N] [--json]
#include "MigrateCommands.h"

#include "migrate/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <unistd.h>

namespace Aksara::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

int cmdMigrate(Env &env, Migrate::Kind kind)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("migrate %1 takes one FILE.").arg(Migrate::kindName(kind)));
    QFile in(a.first());
    if (!in.open(QIODevice::ReadOnly))
        return env.fail(Error::refused(QStringLiteral("migrate.unreadable"), tr("Cannot read %1: %2").arg(a.first(), in.errorString())));
    const QByteArray data = in.readAll();

    auto mapping = Migrate::preset(kind, env.value(QStringLiteral("preset")));
    if (!mapping.ok())
        return env.fail(mapping.error());
    if (env.isSet(QStringLiteral("map"))) {
        QFile mapFile(env.value(QStringLiteral("map")));
        if (!mapFile.open(QIODevice::ReadOnly))
            return env.fail(Error::refused(QStringLiteral("migrate.unreadable"),
                                           tr("Cannot read %1: %2").arg(mapFile.fileName(), mapFile.errorString())));
        mapping = Migrate::applyMapFile(kind, mapFile.readAll(), *mapping);
        if (!mapping.ok())
            return env.fail(mapping.error());
    } else if (!env.isSet(QStringLiteral("preset"))) {
        return env.usage(tr("Give --preset slims|inlislite|koha, or --map FILE."));
    }

    Migrate::Options o;
    o.dryRun = env.isSet(QStringLiteral("dry-run"));
    o.allowUnverifiedNik = env.isSet(QStringLiteral("allow-unverified-nik"));
    o.photosDir = env.value(QStringLiteral("photos"));
    if (env.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        const int n = env.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return env.usage(tr("--batch needs a number from 1 to 100000."));
        o.batchSize = n;
    }
    const bool bar = isatty(STDERR_FILENO) && !env.json();
    if (bar) {
        o.progress = [&](qsizetype done, qsizetype total) {
            const int width = 30;
            const int filled = total > 0 ? int(double(done) / double(total) * width + 0.5) : width;
            env.err() << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                      << tr("%1 of %2 rows").arg(done).arg(total) << "   ";
            env.err().flush();
        };
    }
    Migrate::Importer importer(env.core(), env.caller());
    auto report = importer.run(kind, data, *mapping, o);
    if (bar) {
        env.err() << "\n";
        env.err().flush();
    }
    if (!report.ok())
        return env.fail(report.error());
    const Migrate::Report &r = *report;
    if (env.isSet(QStringLiteral("errors"))) {
        QSaveFile out(env.value(QStringLiteral("errors")));
        if (!out.open(QIODevice::WriteOnly) || out.write(r.errorsCsv()) < 0 || !out.commit())
            return env.fail(Error::failed(QStringLiteral("migrate.unwritable"),
                                          tr("Cannot write %1: %2").arg(out.fileName(), out.errorString())));
    }
    if (env.json()) {
        env.printJson(r.toJson());
    } else {
        QTextStream &o2 = env.out();
        o2 << (r.dryRun ? tr("Dry run (nothing kept): %1 rows read: %2 would be imported, %3 already imported, %4 rejected.")
                        : tr("%1 rows read: %2 imported, %3 already imported (skipped), %4 rejected."))
                  .arg(r.rows)
                  .arg(r.imported)
                  .arg(r.skipped)
                  .arg(r.toJson().value(QStringLiteral("rejected")).toInt())
           << "\n";
        if (r.closed > 0)
            o2 << tr("%1 returned loans were not imported.").arg(r.closed) << "\n";
        if (r.settled > 0)
            o2 << tr("%1 fees with nothing left to pay were not imported.").arg(r.settled) << "\n";
        for (const Migrate::RowError &e : r.errors)
            o2 << tr("  line %1%2: %3 [%4]")
                      .arg(e.line)
                      .arg(e.column.isEmpty() ? QString() : tr(", column %1").arg(e.column))
                      .arg(e.message, e.code)
               << "\n";
    }
    return r.errors.isEmpty() ? Ok : Refused;
}
} // namespace

void registerMigrateCommands(Registry &registry)
{
    auto options = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("preset"), tr("the old system's export: slims, inlislite or koha"), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("map"), tr("a mapping file: columns, date formats, categories, branches (docs/migration.md)"),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("dry-run"), tr("check and report every row, keep nothing")});
        p.addOption({QStringLiteral("errors"), tr("write the rejected rows (line, column, reason) to this CSV file"), QStringLiteral("OUT.csv")});
        p.addOption({QStringLiteral("photos"), tr("patrons: a folder of photos named by the old member number"), QStringLiteral("DIR")});
        p.addOption({QStringLiteral("allow-unverified-nik"), tr("patrons: keep a NIK that fails the checks as unverified")});
        p.addOption({QStringLiteral("batch"), tr("rows per operation (default 500)"), QStringLiteral("N")});
    };
    for (Migrate::Kind kind : {Migrate::Kind::Patrons, Migrate::Kind::Copies, Migrate::Kind::Loans, Migrate::Kind::Fees}) {
        const QString what = kind == Migrate::Kind::Patrons  ? tr("import patrons from an old system (their old numbers stay their cards)")
                             : kind == Migrate::Kind::Copies ? tr("import copies from an old system (after the catalogue)")
                             : kind == Migrate::Kind::Loans  ? tr("import open loans with their due dates from an old system")
                                                             : tr("import outstanding fees from an old system");
        registry.add({{QStringLiteral("migrate"), Migrate::kindName(kind)}, what, QStringLiteral("FILE"), options,
                      [kind](Env &env) { return cmdMigrate(env, kind); }});
    }
}

} // namespace Aksara::Cli
