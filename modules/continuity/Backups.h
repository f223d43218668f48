#pragma once

#include "core/DatabaseConfig.h"
#include "core/ServiceCore.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Aksara::Continuity {

// The continuity service's operations (service `continuity`, migration 00-core 0007):
//   backup        a backup of the library's database (writes = false: it reads the database and
//                 writes a file, so desks keep working; the record is written after)
//   restore       a restore into a database (recorded in the restored database)
//   restore.test  a backup restored to a scratch copy and verified (recorded in the live database)
//   backup.check  the check that notices a missed backup: failed when the last good backup is
//                 older than the allowed age, so the service core opens an incident
inline const QString Service = QStringLiteral("continuity");
namespace Operations {
inline const QString Backup = QStringLiteral("backup");
inline const QString Restore = QStringLiteral("restore");
inline const QString RestoreTest = QStringLiteral("restore.test");
inline const QString Check = QStringLiteral("backup.check");
} // namespace Operations

// The nightly backup is expected every 24 hours; 6 more hours of grace before it counts as missed.
inline constexpr qint64 kDefaultMaxAgeMs = 30LL * 3600 * 1000;

struct BackupReport {
    QString file; // the finished backup (absolute path)
    QString engine; // "sqlite" or "postgres"
    qint64 bytes = 0;
    QString sha256; // of the file
    qint64 elapsedMs = 0;
    qint64 openLoans = 0; // in the copy (SQLite), for people comparing with the live library
    qint64 operations = 0; // operation records in the copy (SQLite)
    QStringList removed; // older backups removed by --keep
    QJsonObject toJson() const;
};

struct RestoreReport {
    QString file;
    QString target; // the database restored into (no password)
    qint64 elapsedMs = 0;
    qint64 rowsChecked = 0; // verify's trail check
    QList<VerifyFinding> findings; // verify's findings (empty: every invariant holds)
    QJsonObject toJson() const;
};

struct CheckReport {
    bool ok = false;
    qint64 lastBackupAt = 0; // 0: never
    QString lastFile;
    qint64 maxAgeMs = 0;
    qint64 ageMs = 0;
    QJsonObject toJson() const;
};

// One row of the backup history (the monthly report, `aksara backup list`).
struct HistoryEntry {
    qint64 operationId = 0;
    qint64 at = 0;
    QString operation;
    QString outcome;
    QString subject; // the file
    QString errorCode;
    qint64 bytes = 0;
    qint64 durationMs = 0;
};

// Backups, restores and restore tests of the library the core works on.
//
// A backup is written under a temporary name beside its destination (".NAME.partial-PID") and
// renamed to NAME only after the copy has been checked (SQLite: PRAGMA integrity_check and every
// check of `aksara verify`; PostgreSQL: `pg_restore --list` reads the whole archive's table of
// contents), so a killed backup never leaves a file under the backup's name; partial files of
// processes that are gone are removed by the next backup to the same place.
//
// Errors (failed unless said): continuity.backup_failed (the copy could not be made: disk full,
// pg_dump failed), continuity.backup_unverified (the copy does not pass its checks; nothing is
// left under the name), continuity.tool_missing (pg_dump / pg_restore), continuity.bad_destination
// (refused: the destination is a directory or its directory does not exist),
// continuity.backup_missed (the check), continuity.target_not_empty (refused: restore without
// force into a database that holds tables; details.reasons names the field "db"),
// continuity.bad_backup (refused: the file to restore is not a backup Aksara can read),
// continuity.restore_unverified (the restored database does not pass verify).
//
// Thread affinity: the thread that uses the core.
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Continuity::Backups)

public:
    explicit Backups(ServiceCore &core) : m_core(core) {}

    // Backs up into the file `out`.
    Result<BackupReport> backup(const Caller &caller, const QString &out);
    // Backs up into `dir` as aksara-YYYYMMDD-HHMMSSZ.sqlite (.pgdump) and keeps the newest `keep`
    // backups of that directory (0: keeps all).
    Result<BackupReport> backupToDir(const Caller &caller, const QString &dir, int keep);
    // The newest backup files of `dir` (names as backupToDir makes them), newest first.
    static QStringList backupsIn(const QString &dir);

    // Notices a missed backup: ok when the last good backup is younger than maxAgeMs, otherwise
    // a failed operation (continuity.backup_missed) that opens an incident.
    Result<CheckReport> check(const Caller &caller, qint64 maxAgeMs = kDefaultMaxAgeMs);

    // Restores `file` into a scratch database and runs verify on it; recorded here (restore.test),
    // so the monthly report shows when a backup was last shown to restore. SQLite backups only.
    Result<RestoreReport> restoreTest(const Caller &caller, const QString &file);

    // Backups and restores recorded between two instants (oldest first).
    Result<QList<HistoryEntry>> history(qint64 fromMs, qint64 toMs);

    // The first step of a restore, before the target can be opened as a library: refuses a target
    // that holds tables unless `force`; checks the backup and puts it in place (SQLite: a copy
    // under a temporary name, integrity-checked, renamed over the target after its -wal and -shm
    // are removed; PostgreSQL: pg_restore into the target, after emptying its public schema with
    // force).
    static Status placeBackup(const QString &file, const DatabaseConfig &target, bool force);
    // The second step, on the opened target: runs verify and records the restore there (failed
    // with continuity.restore_unverified when verify finds problems).
    Result<RestoreReport> recordRestore(const Caller &caller, const QString &file, qint64 startedNs);

private:
    Result<BackupReport> backupSqlite(OperationContext &ctx, const QString &out);
    Result<BackupReport> backupPostgres(OperationContext &ctx, const QString &out);

    ServiceCore &m_core;
};

} // namespace Aksara::Continuity
