// The continuity service's commands (docs/continuity.md): backup --out FILE | --dir DIR [--keep N],
// backup check [--max-age HOURS], backup test FILE, restore FILE [--force] (the target is --db).
// JSON shapes: docs/cli.md.
#include "BackupCommands.h"
#include "Cli.h"

#include "continuity/Backups.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Aksara::Cli {

namespace {
using namespace Aksara::Continuity;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

int cmdBackup(Env &env)
{
    if (!env.args().isEmpty())
        return env.usage(tr("backup takes no FILE: use --out FILE or --dir DIR."));
    const QString out = env.value(QStringLiteral("out"));
    const QString dir = env.value(QStringLiteral("dir"));
    if (out.isEmpty() == dir.isEmpty())
        return env.usage(tr("backup needs --out FILE or --dir DIR (one of them)."));
    int keep = 0;
    if (env.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = env.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1 || dir.isEmpty())
            return env.usage(tr("--keep takes a number of backups (1 or more) and goes with --dir."));
    }
    Backups backups(env.core());
    auto r = out.isEmpty() ? backups.backupToDir(env.caller(), dir, keep) : backups.backup(env.caller(), out);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
    } else {
        env.out() << tr("Backup written to %1 (%2 MB, %3 s), checked: integrity_check and verify pass.")
                         .arg(r->file, megabytes(r->bytes))
                         .arg(double(r->elapsedMs) / 1000.0, 0, 'f', 1)
                  << "\n";
        if (r->engine == QLatin1String("postgres"))
            env.out() << tr("(PostgreSQL: pg_dump custom format, read back with pg_restore --list.)") << "\n";
        for (const QString &f : std::as_const(r->removed))
            env.out() << tr("Removed the older backup %1 (--keep).").arg(f) << "\n";
    }
    return Ok;
}

int cmdBackupCheck(Env &env)
{
    qint64 maxAgeMs = kDefaultMaxAgeMs;
    if (env.isSet(QStringLiteral("max-age"))) {
        bool ok = false;
        const double hours = env.value(QStringLiteral("max-age")).toDouble(&ok);
        if (!ok || hours <= 0)
            return env.usage(tr("--max-age takes a number of hours."));
        maxAgeMs = qint64(hours * 3600.0 * 1000.0);
    }
    Backups backups(env.core());
    auto r = backups.check(env.caller(), maxAgeMs);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << tr("The last good backup (%1) was made %2; within the allowed %3 hours.")
                         .arg(r->lastFile, localTime(r->lastBackupAt))
                         .arg(r->maxAgeMs / 3600000)
                  << "\n";
    return Ok;
}

int cmdBackupTest(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("backup test takes one FILE."));
    Backups backups(env.core());
    auto r = backups.restoreTest(env.caller(), env.args().first());
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << tr("%1 restores into a scratch copy that passes verify (%2 business rows checked, %3 s).")
                         .arg(r->file)
                         .arg(r->rowsChecked)
                         .arg(double(r->elapsedMs) / 1000.0, 0, 'f', 1)
                  << "\n";
    return Ok;
}

int cmdRestore(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("restore takes one FILE (the backup); the database to restore into is --db."));
    const QString file = env.args().first();
    const QString url = env.dbUrl();
    if (url.isEmpty())
        return env.usage(tr("restore needs the database to restore into: --db PATH_OR_URL."));
    auto target = DatabaseConfig::parse(url);
    if (!target.ok())
        return env.usage(target.error().message);
    const qint64 t0 = env.clock().monotonicNs();
    if (Status st = Backups::placeBackup(file, *target, env.isSet(QStringLiteral("force"))); !st.ok())
        return env.fail(st.error());
    // The restored library, opened as any command opens it: verify runs there and the restore is
    // recorded there.
    if (Status st = env.openLibrary(false); !st.ok())
        return env.fail(st.error());
    Backups backups(env.core());
    auto r = backups.recordRestore(env.caller(), file, t0);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << tr("Restored %1 into %2; verify passes (%3 business rows checked, %4 s).")
                         .arg(r->file, r->target)
                         .arg(r->rowsChecked)
                         .arg(double(r->elapsedMs) / 1000.0, 0, 'f', 1)
                  << "\n";
    return Ok;
}
} // namespace

void registerBackupCommands(Registry &registry)
{
    registry.add({{QStringLiteral("backup")},
                  tr("back up the library while desks keep working (SQLite online backup, PostgreSQL pg_dump), checked "
                     "before it gets its name"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("out"), tr("the backup file to write"), QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("dir"), tr("write aksara-YYYYMMDD-HHMMSSZ.sqlite (or .pgdump) into this folder"),
                                   QStringLiteral("DIR")});
                      p.addOption({QStringLiteral("keep"), tr("with --dir: keep the newest N backups, remove older ones"), QStringLiteral("N")});
                  },
                  cmdBackup});
    registry.add({{QStringLiteral("backup"), QStringLiteral("check")},
                  tr("notice a missed backup: fails (and opens an incident) when the last good backup is too old"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("max-age"), tr("hours a backup may be old (default 30: nightly plus 6 hours)"),
                                   QStringLiteral("HOURS")});
                  },
                  cmdBackupCheck});
    registry.add({{QStringLiteral("backup"), QStringLiteral("test")},
                  tr("restore a backup into a scratch copy and verify it (the restore test of the monthly report)"),
                  QStringLiteral("FILE"),
                  {},
                  cmdBackupTest});
    Command restore{{QStringLiteral("restore")},
                    tr("restore a backup into the database given by --db (refuses one that holds data without --force), then "
                       "run verify"),
                    QStringLiteral("FILE"),
                    [](QCommandLineParser &p) {
                        p.addOption({QStringLiteral("force"), tr("replace the database that --db names if it holds data")});
                    },
                    cmdRestore};
    restore.needsDatabase = false;
    registry.add(restore);
}

} // namespace Aksara::Cli
