#include "continuity/Backups.h"

#include "core/FieldErrors.h"
#include "core/FileModes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Aksara::Continuity {

namespace {
const QLatin1String kSqliteMagic("SQLite format 3\0", 16);
const QLatin1String kPgDumpMagic("PGDMP");
const QRegularExpression kBackupName(QStringLiteral("^aksara-\\d{8}-\\d{6}Z\\.(sqlite|pgdump)$"));

QString partialName(const QString &path)
{
    const QFileInfo fi(path);
    return fi.absoluteDir().filePath(QStringLiteral(".%1.partial-%2").arg(fi.fileName()).arg(::getpid()));
}

// Partial files of `path` left by processes that are gone (a killed backup or restore).
void removeStalePartials(const QString &path)
{
    const QFileInfo fi(path);
    const QString prefix = QStringLiteral(".%1.partial-").arg(fi.fileName());
    const QDir dir = fi.absoluteDir();
    const QStringList names = dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        QString rest = name.mid(prefix.size());
        const qsizetype dash = rest.indexOf(QLatin1Char('-'));
        if (dash >= 0)
            rest.truncate(dash); // -journal, -wal, -shm
        bool ok = false;
        const qint64 pid = rest.toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Puts the checked file in place: its bytes reach the disk before its name does.
Status publish(const QString &tmp, const QString &final)
{
    if (!fsyncPath(tmp, false) || ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(final).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(tmp);
        return Error::failed(QStringLiteral("continuity.backup_failed"),
                             QCoreApplication::translate("Aksara::Continuity::Backups", "%1 could not be written: %2").arg(final, why));
    }
    fsyncPath(QFileInfo(final).absolutePath(), true);
    return {};
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray headOf(const QString &path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(n);
}

QString quoteConninfo(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// libpq's connection string for the PostgreSQL tools (the password goes in PGPASSWORD, never on
// the command line, where ps would show it).
QString conninfo(const DatabaseConfig &c)
{
    QStringList parts;
    if (!c.host.isEmpty())
        parts << QStringLiteral("host=") + quoteConninfo(c.host);
    parts << QStringLiteral("port=%1").arg(c.port);
    if (!c.user.isEmpty())
        parts << QStringLiteral("user=") + quoteConninfo(c.user);
    parts << QStringLiteral("dbname=") + quoteConninfo(c.database);
    for (const QString &kv : c.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts << kv.left(eq).trimmed() + QLatin1Char('=') + quoteConninfo(kv.mid(eq + 1).trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

struct ToolRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

ToolRun runTool(const QString &program, const QStringList &args, const DatabaseConfig &c)
{
    ToolRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!c.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), c.password);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return r;
    r.started = true;
    p.waitForFinished(-1);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Result<QString> findTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        return Error::failed(QStringLiteral("continuity.tool_missing"),
                             QCoreApplication::translate("Aksara::Continuity::Backups",
                                                         "%1 is not installed (Debian package postgresql-client).")
                                 .arg(QString::fromLatin1(name)));
    return path;
}

// A SQLite file opened on its own connection (not a library: nothing is set on it).
struct RawSqlite {
    sqlite3 *db = nullptr;
    ~RawSqlite()
    {
        if (db)
            sqlite3_close(db);
    }
    bool open(const QString &path, int flags)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK;
    }
    QString errorText() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
    // The first column of the first row, as text; `ok` false when the statement failed.
    QString text(const char *sql, bool *ok)
    {
        sqlite3_stmt *st = nullptr;
        *ok = false;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            return {};
        QString v;
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            v = t ? QString::fromUtf8(t) : QString();
            *ok = true;
        } else if (rc == SQLITE_DONE) {
            *ok = true;
        }
        sqlite3_finalize(st);
        return v;
    }
};

// PRAGMA integrity_check of a file: empty when it holds, otherwise the first problem.
QString integrityProblem(const QString &path)
{
    RawSqlite f;
    if (!f.open(path, SQLITE_OPEN_READONLY))
        return f.errorText();
    bool ok = false;
    const QString r = f.text("PRAGMA integrity_check", &ok);
    if (!ok)
        return f.errorText();
    return r == QLatin1String("ok") ? QString() : r;
}

QJsonArray findingsJson(const QList<VerifyFinding> &findings)
{
    QJsonArray a;
    for (const VerifyFinding &f : findings)
        a << f.toJson();
    return a;
}

struct VerifiedCopy {
    qint64 openLoans = 0;
    qint64 operations = 0;
    qint64 rowsChecked = 0;
    QList<VerifyFinding> findings;
};

// Opens a copy as a library and runs integrity_check and verify on it. The copy is left in
// rollback-journal mode, one self-contained file (a library opened later turns WAL on again).
Result<VerifiedCopy> verifySqliteCopy(const QString &path)
{
    VerifiedCopy v;
    if (const QString p = integrityProblem(path); !p.isEmpty())
        return Error::failed(QStringLiteral("continuity.backup_unverified"),
                             QCoreApplication::translate("Aksara::Continuity::Backups", "the copy fails PRAGMA integrity_check: %1")
                                 .arg(p));
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Sqlite;
    config.path = path;
    {
        auto db = Database::open(config, Database::OpenMode::MustExist);
        if (!db.ok())
            return Error::failed(QStringLiteral("continuity.backup_unverified"),
                                 QCoreApplication::translate("Aksara::Continuity::Backups", "the copy cannot be opened as a library: %1")
                                     .arg(db.error().message));
        Verifier verifier(**db);
        auto found = verifier.run();
        if (!found.ok())
            return found.error();
        v.findings = *found;
        v.rowsChecked = verifier.rowsChecked();
        if (auto n = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at IS NULL")); n.ok())
            v.openLoans = n->toLongLong();
        if (auto n = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM operations")); n.ok())
            v.operations = n->toLongLong();
        if (Status st = (*db)->execDirect(QStringLiteral("PRAGMA journal_mode=DELETE")); !st.ok())
            return st.error();
        (*db)->releaseThreadConnection();
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo(path + QLatin1String(suffix)).size() > 0)
            return Error::failed(QStringLiteral("continuity.backup_unverified"),
                                 QCoreApplication::translate("Aksara::Continuity::Backups", "the copy's %1 file was not folded in")
                                     .arg(QLatin1String(suffix)));
        QFile::remove(path + QLatin1String(suffix));
    }
    return v;
}

Status checkDestination(const QString &out)
{
    const QFileInfo fi(out);
    if (out.isEmpty() || fi.isDir() || !fi.absoluteDir().exists())
        return Error::refused(QStringLiteral("continuity.bad_destination"),
                              QCoreApplication::translate("Aksara::Continuity::Backups",
                                                          "%1 is not a file in an existing folder")
                                  .arg(out));
    return {};
}
} // namespace

QJsonObject BackupReport::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("open_loans"), openLoans},
            {QStringLiteral("operations"), operations},
            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
}

QJsonObject RestoreReport::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("target"), target},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("rows_checked"), rowsChecked},
            {QStringLiteral("ok"), findings.isEmpty()},
            {QStringLiteral("findings"), findingsJson(findings)}};
}

QJsonObject CheckReport::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("last_backup_at"), lastBackupAt},
            {QStringLiteral("last_file"), lastFile},
            {QStringLiteral("max_age_ms"), maxAgeMs},
            {QStringLiteral("age_ms"), ageMs}};
}

// --- backup ----------------------------------------------------------------------------------

Result<BackupReport> Backups::backup(const Caller &caller, const QString &out)
{
    if (Status st = checkDestination(out); !st.ok())
        return st.error();
    const QString path = QFileInfo(out).absoluteFilePath();
    return m_core.execute<BackupReport>(caller, {Service, Operations::Backup, Rights::SystemAdmin, path, false},
                                        [&](OperationContext &ctx) -> Result<BackupReport> {
                                            const qint64 t0 = ctx.clock().monotonicNs();
                                            removeStalePartials(path);
                                            auto r = ctx.db().isSqlite() ? backupSqlite(ctx, path) : backupPostgres(ctx, path);
                                            if (!r.ok())
                                                return r;
                                            r->elapsedMs = (ctx.clock().monotonicNs() - t0) / 1000000;
                                            ctx.setDetail(QStringLiteral("file"), r->file);
                                            ctx.setDetail(QStringLiteral("bytes"), r->bytes);
                                            ctx.setDetail(QStringLiteral("sha256"), r->sha256);
                                            ctx.setDetail(QStringLiteral("engine"), r->engine);
                                            return r;
                                        });
}

Result<BackupReport> Backups::backupSqlite(OperationContext &ctx, const QString &out)
{
    const QString tmp = partialName(out);
    removeWithCompanions(tmp);
    if (Status st = FileModes::createPrivate(tmp); !st.ok())
        return st.error();
    auto fail = [&](const QString &why) -> Error {
        removeWithCompanions(tmp);
        return Error::failed(QStringLiteral("continuity.backup_failed"), tr("The backup to %1 failed: %2").arg(out, why));
    };
    auto connection = ctx.db().connection();
    if (!connection.ok())
        return connection.error();
    const QVariant handle = connection->driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(tr("no SQLite handle"));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    {
        RawSqlite dest;
        if (!dest.open(tmp, SQLITE_OPEN_READWRITE))
            return fail(dest.errorText());
        // The online backup API, all pages in one step: one read transaction on the source, a
        // consistent snapshot of a committed state. In WAL mode readers never block writers, so
        // desks keep checking out while it runs (measured: docs/performance.md). Copying in
        // slices would let each write of another connection restart the copy from the start.
        sqlite3_backup *b = sqlite3_backup_init(dest.db, "main", source, "main");
        if (!b)
            return fail(dest.errorText());
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    auto verified = verifySqliteCopy(tmp);
    if (!verified.ok()) {
        removeWithCompanions(tmp);
        return verified.error();
    }
    if (!verified->findings.isEmpty()) {
        removeWithCompanions(tmp);
        return Error::failed(QStringLiteral("continuity.backup_unverified"),
                             tr("The copy does not pass verify (%1 problems; the first: %2); no backup was written.")
                                 .arg(verified->findings.size())
                                 .arg(verified->findings.first().problem),
                             {{QStringLiteral("findings"), findingsJson(verified->findings)}});
    }
    BackupReport r;
    r.engine = QStringLiteral("sqlite");
    r.openLoans = verified->openLoans;
    r.operations = verified->operations;
    r.sha256 = QString::fromLatin1(sha256Of(tmp));
    if (Status st = publish(tmp, out); !st.ok())
        return st.error();
    r.file = out;
    r.bytes = QFileInfo(out).size();
    return r;
}

Result<BackupReport> Backups::backupPostgres(OperationContext &ctx, const QString &out)
{
    auto pgDump = findTool("pg_dump");
    if (!pgDump.ok())
        return pgDump.error();
    auto pgRestore = findTool("pg_restore");
    if (!pgRestore.ok())
        return pgRestore.error();
    const DatabaseConfig &config = ctx.db().config();
    const QString tmp = partialName(out);
    QFile::remove(tmp);
    if (Status st = FileModes::createPrivate(tmp); !st.ok())
        return st.error();
    // Custom format: compressed, and pg_restore can list and restore it selectively. pg_dump
    // takes one snapshot (REPEATABLE READ) and writes under it while the desks go on.
    const ToolRun dump = runTool(*pgDump, {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                                           QStringLiteral("--file=") + tmp, QStringLiteral("--dbname=") + conninfo(config)},
                                 config);
    if (dump.code != 0) {
        QFile::remove(tmp);
        return Error::failed(QStringLiteral("continuity.backup_failed"),
                             tr("pg_dump failed: %1").arg(QString::fromLocal8Bit(dump.err).trimmed()));
    }
    // pg_restore --list reads the archive's whole table of contents: a cut-off or damaged
    // archive fails here. The operation log's data must be in it.
    const ToolRun list = runTool(*pgRestore, {QStringLiteral("--list"), tmp}, config);
    if (list.code != 0 || !list.out.contains("TABLE DATA public operations ")) {
        QFile::remove(tmp);
        return Error::failed(QStringLiteral("continuity.backup_unverified"),
                             tr("pg_restore --list cannot read the dump: %1").arg(QString::fromLocal8Bit(list.err).trimmed()));
    }
    BackupReport r;
    r.engine = QStringLiteral("postgres");
    r.sha256 = QString::fromLatin1(sha256Of(tmp));
    if (Status st = publish(tmp, out); !st.ok())
        return st.error();
    r.file = out;
    r.bytes = QFileInfo(out).size();
    return r;
}

QStringList Backups::backupsIn(const QString &dir)
{
    QStringList out;
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &n : names) {
        if (kBackupName.match(n).hasMatch())
            out << QDir(dir).filePath(n);
    }
    return out;
}

Result<BackupReport> Backups::backupToDir(const Caller &caller, const QString &dir, int keep)
{
    if (!QFileInfo(dir).isDir())
        return Error::refused(QStringLiteral("continuity.bad_destination"), tr("%1 is not a folder").arg(dir));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs(), QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = QStringLiteral("aksara-%1Z.%2").arg(stamp, m_core.db().isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("pgdump"));
    auto r = backup(caller, QDir(dir).absoluteFilePath(name));
    if (!r.ok())
        return r;
    if (keep > 0) {
        // Only after a good backup: a failing backup never thins out the good ones.
        const QStringList all = backupsIn(dir);
        for (qsizetype i = keep; i < all.size(); ++i) {
            if (QFile::remove(all.at(i)))
                r->removed << all.at(i);
        }
    }
    return r;
}

// --- missed backups --------------------------------------------------------------------------

Result<CheckReport> Backups::check(const Caller &caller, qint64 maxAgeMs)
{
    CheckReport report;
    report.maxAgeMs = maxAgeMs;
    auto r = m_core.execute<CheckReport>(
        caller, {Service, Operations::Check, Rights::SystemAdmin, {}, false}, [&](OperationContext &ctx) -> Result<CheckReport> {
            auto q = ctx.db().exec(QStringLiteral("SELECT at, subject FROM operations WHERE service = ? AND operation = ? AND "
                                                  "outcome = 'ok' ORDER BY at DESC LIMIT 1"),
                                   {Service, Operations::Backup});
            if (!q.ok())
                return q.error();
            if (q->next()) {
                report.lastBackupAt = q->value(0).toLongLong();
                report.lastFile = q->value(1).toString();
            }
            q->finish();
            report.ageMs = report.lastBackupAt > 0 ? ctx.nowMs() - report.lastBackupAt : 0;
            report.ok = report.lastBackupAt > 0 && report.ageMs <= maxAgeMs;
            ctx.setDetail(QStringLiteral("last_backup_at"), report.lastBackupAt);
            ctx.setDetail(QStringLiteral("max_age_ms"), maxAgeMs);
            if (!report.ok)
                return Error::failed(QStringLiteral("continuity.backup_missed"),
                                     report.lastBackupAt == 0
                                         ? tr("No backup of this library has ever succeeded.")
                                         : tr("The last good backup is %1 hours old (allowed: %2 hours): the nightly backup was missed.")
                                               .arg(report.ageMs / 3600000)
                                               .arg(maxAgeMs / 3600000),
                                     report.toJson());
            return report;
        });
    return r;
}

// --- restores --------------------------------------------------------------------------------

Status Backups::placeBackup(const QString &file, const DatabaseConfig &target, bool force)
{
    const QByteArray head = headOf(file, 16);
    const bool sqliteFile = head.startsWith(QByteArray(kSqliteMagic.data(), kSqliteMagic.size()));
    const bool pgFile = head.startsWith(QByteArray(kPgDumpMagic.data(), kPgDumpMagic.size()));
    if (head.isEmpty() || (!sqliteFile && !pgFile) || (sqliteFile && !target.isSqlite()) || (pgFile && target.isSqlite())) {
        FieldErrors e;
        e.add(QStringLiteral("file"), QStringLiteral("continuity.bad_backup"),
              !QFileInfo::exists(file)  ? tr("%1 does not exist").arg(file)
              : sqliteFile || pgFile    ? tr("%1 is a backup of a %2 library; the target is not").arg(file, sqliteFile ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                                        : tr("%1 is not an Aksara backup (neither an SQLite file nor a pg_dump archive)").arg(file));
        return e.refusal();
    }
    auto notEmpty = [&]() {
        FieldErrors e;
        e.add(QStringLiteral("db"), QStringLiteral("continuity.target_not_empty"),
              tr("%1 already holds a database; restoring would replace it (add --force to replace it)").arg(target.displayName()));
        return e.refusal();
    };

    if (target.isSqlite()) {
        const QString path = QFileInfo(target.path).absoluteFilePath();
        if (!QFileInfo(path).absoluteDir().exists()) {
            FieldErrors e;
            e.add(QStringLiteral("db"), QStringLiteral("continuity.bad_destination"), tr("the folder of %1 does not exist").arg(path));
            return e.refusal();
        }
        const QFileInfo existing(path);
        if (existing.exists() && existing.size() > 0 && !force) {
            RawSqlite t;
            bool ok = false;
            const bool opened = t.open(path, SQLITE_OPEN_READONLY);
            const QString n = opened ? t.text("SELECT COUNT(*) FROM sqlite_master", &ok) : QString();
            // A file that is not a database at all is not "empty" either: it is somebody's.
            if (!opened || !ok || n.toLongLong() > 0)
                return notEmpty();
        }
        removeStalePartials(path);
        const QString tmp = partialName(path);
        removeWithCompanions(tmp);
        if (Status st = FileModes::createPrivate(tmp); !st.ok())
            return st;
        {
            QFile in(file);
            QFile outFile(tmp);
            if (!in.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QFile::remove(tmp);
                return Error::failed(QStringLiteral("continuity.backup_failed"), tr("%1 could not be copied").arg(file));
            }
            QByteArray chunk;
            while (!(chunk = in.read(1 << 20)).isEmpty()) {
                if (outFile.write(chunk) != chunk.size()) {
                    outFile.close();
                    QFile::remove(tmp);
                    return Error::failed(QStringLiteral("continuity.backup_failed"),
                                         tr("%1 could not be written: %2").arg(tmp, outFile.errorString()));
                }
            }
        }
        if (const QString p = integrityProblem(tmp); !p.isEmpty()) {
            removeWithCompanions(tmp);
            FieldErrors e;
            e.add(QStringLiteral("file"), QStringLiteral("continuity.bad_backup"),
                  tr("%1 fails PRAGMA integrity_check: %2").arg(file, p));
            return e.refusal();
        }
        // A stale -wal beside the new file would be replayed into it: the old one's go first.
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        return publish(tmp, path);
    }

    auto pgRestore = findTool("pg_restore");
    if (!pgRestore.ok())
        return pgRestore.error();
    {
        const ToolRun list = runTool(*pgRestore, {QStringLiteral("--list"), file}, target);
        if (list.code != 0) {
            FieldErrors e;
            e.add(QStringLiteral("file"), QStringLiteral("continuity.bad_backup"),
                  tr("pg_restore --list cannot read %1: %2").arg(file, QString::fromLocal8Bit(list.err).trimmed()));
            return e.refusal();
        }
    }
    {
        auto db = Database::open(target, Database::OpenMode::MustExist);
        if (!db.ok())
            return db.error();
        auto n = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        if (!n.ok())
            return n.error();
        if (n->toLongLong() > 0) {
            if (!force)
                return notEmpty();
            if (Status st = (*db)->execDirect(QStringLiteral("DROP SCHEMA public CASCADE")); !st.ok())
                return st;
            if (Status st = (*db)->execDirect(QStringLiteral("CREATE SCHEMA public")); !st.ok())
                return st;
        }
        (*db)->releaseThreadConnection();
    }
    // One transaction: a restore that fails half-way leaves the target as it was (empty).
    // Ownership and grants are the target server's (run `aksara db grant` again there).
    const ToolRun restore = runTool(*pgRestore, {QStringLiteral("--no-owner"), QStringLiteral("--no-acl"), QStringLiteral("--exit-on-error"),
                                                 QStringLiteral("--single-transaction"), QStringLiteral("--no-password"),
                                                 QStringLiteral("--dbname=") + conninfo(target), file},
                                    target);
    if (restore.code != 0)
        return Error::failed(QStringLiteral("continuity.backup_failed"),
                             tr("pg_restore failed: %1").arg(QString::fromLocal8Bit(restore.err).trimmed()));
    return {};
}

Result<RestoreReport> Backups::recordRestore(const Caller &caller, const QString &file, qint64 startedNs)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    return m_core.execute<RestoreReport>(
        caller, {Service, Operations::Restore, Rights::SystemAdmin, path, false}, [&](OperationContext &ctx) -> Result<RestoreReport> {
            RestoreReport r;
            r.file = path;
            r.target = ctx.db().config().displayName();
            Verifier verifier(ctx.db());
            auto found = verifier.run();
            if (!found.ok())
                return found.error();
            r.findings = *found;
            r.rowsChecked = verifier.rowsChecked();
            r.elapsedMs = (ctx.clock().monotonicNs() - startedNs) / 1000000;
            ctx.setDetail(QStringLiteral("file"), path);
            ctx.setDetail(QStringLiteral("rows_checked"), r.rowsChecked);
            if (!r.findings.isEmpty())
                return Error::failed(QStringLiteral("continuity.restore_unverified"),
                                     tr("The restored database does not pass verify (%1 problems; the first: %2).")
                                         .arg(r.findings.size())
                                         .arg(r.findings.first().problem),
                                     r.toJson());
            return r;
        });
}

Result<RestoreReport> Backups::restoreTest(const Caller &caller, const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    return m_core.execute<RestoreReport>(
        caller, {Service, Operations::RestoreTest, Rights::SystemAdmin, path, false}, [&](OperationContext &ctx) -> Result<RestoreReport> {
            const qint64 t0 = ctx.clock().monotonicNs();
            if (!headOf(path, 16).startsWith(QByteArray(kSqliteMagic.data(), kSqliteMagic.size()))) {
                FieldErrors e;
                e.add(QStringLiteral("file"), QStringLiteral("continuity.bad_backup"),
                      tr("%1 is not an SQLite backup (a restore test of a pg_dump archive is a restore into a scratch "
                         "database: aksara restore FILE --db URL)")
                          .arg(path));
                return e.refusal();
            }
            QTemporaryDir scratch;
            if (!scratch.isValid())
                return Error::failed(QStringLiteral("continuity.backup_failed"), tr("no temporary folder for the restore test"));
            DatabaseConfig config;
            config.engine = DatabaseConfig::Engine::Sqlite;
            config.path = scratch.filePath(QStringLiteral("restore-test.sqlite"));
            if (Status st = placeBackup(path, config, false); !st.ok())
                return st.error();
            auto verified = verifySqliteCopy(config.path);
            if (!verified.ok())
                return verified.error();
            RestoreReport r;
            r.file = path;
            r.target = tr("a scratch copy");
            r.findings = verified->findings;
            r.rowsChecked = verified->rowsChecked;
            r.elapsedMs = (ctx.clock().monotonicNs() - t0) / 1000000;
            ctx.setDetail(QStringLiteral("file"), path);
            ctx.setDetail(QStringLiteral("rows_checked"), r.rowsChecked);
            ctx.setDetail(QStringLiteral("open_loans"), verified->openLoans);
            if (!r.findings.isEmpty())
                return Error::failed(QStringLiteral("continuity.restore_unverified"),
                                     tr("The backup restores, but the copy does not pass verify (%1 problems; the first: %2).")
                                         .arg(r.findings.size())
                                         .arg(r.findings.first().problem),
                                     r.toJson());
            return r;
        });
}

Result<QList<HistoryEntry>> Backups::history(qint64 fromMs, qint64 toMs)
{
    auto q = m_core.db().exec(QStringLiteral("SELECT id, at, operation, outcome, subject, error_code, details, duration_us FROM operations "
                                             "WHERE service = ? AND operation IN (?, ?, ?) AND at >= ? AND at < ? ORDER BY at, id"),
                              {Service, Operations::Backup, Operations::Restore, Operations::RestoreTest, fromMs, toMs});
    if (!q.ok())
        return q.error();
    QList<HistoryEntry> out;
    while (q->next()) {
        HistoryEntry e;
        e.operationId = q->value(0).toLongLong();
        e.at = q->value(1).toLongLong();
        e.operation = q->value(2).toString();
        e.outcome = q->value(3).toString();
        e.subject = q->value(4).toString();
        e.errorCode = q->value(5).toString();
        e.bytes = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object().value(QStringLiteral("bytes")).toInteger();
        e.durationMs = q->value(7).toLongLong() / 1000;
        out << e;
    }
    q->finish();
    return out;
}

} // namespace Aksara::Continuity
