#include "CirculationFixture.h"
#include "Require.h"

#include "continuity/Backups.h"
#include "service/MonthlyReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Aksara;
using namespace Aksara::Test;
using namespace Aksara::Continuity;

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run aksara(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AKSARA_CLI), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(p.waitForFinished(300000));
    Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.code << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return r;
}

// Where a restore goes: a new SQLite file, or an empty PostgreSQL database on the test cluster.
struct Target {
    explicit Target(const Clock &clock)
    {
        if (onPostgres())
            pg = std::make_unique<TestDatabase>(clock, false);
    }
    QString url() const { return pg ? pg->url() : dir.filePath(QStringLiteral("restored.sqlite")); }
    std::shared_ptr<Database> open() const
    {
        auto config = DatabaseConfig::parse(url());
        REQUIRE(config.ok());
        auto db = Database::open(*config);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        return *db;
    }
    QTemporaryDir dir;
    std::unique_ptr<TestDatabase> pg;
};

QString backupExtension()
{
    return onPostgres() ? QStringLiteral("pgdump") : QStringLiteral("sqlite");
}

struct ContinuityFixture : CirculationFixture {
    QTemporaryDir work;
    Backups backups{core};

    // The automatic incidents of the service core for service|operation|error code.
    qint64 incidents(const QString &key)
    {
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        return count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE fingerprint = ? AND source = 'auto' AND service_code = 'continuity'"),
                     {fingerprint});
    }
};
} // namespace

TEST_CASE_METHOD(ContinuityFixture, "a backup taken while another connection lends restores with every committed loan and passes verify",
                 "[db][continuity]")
{
    if (onPostgres()) {
        requireTool("pg_dump", "postgresql-client");
        requireTool("pg_restore", "postgresql-client");
    }
    constexpr int kItems = 200;
    constexpr int kPatrons = 20;
    QStringList cards;
    for (int i = 0; i < kPatrons; ++i)
        cards << patron(QStringLiteral("Peminjam %1").arg(i)).cardNumber;
    const qint64 bib = record(QStringLiteral("Bumi Manusia"));
    for (int i = 0; i < kItems; ++i)
        item(QStringLiteral("BK%1").arg(i, 5, 10, QLatin1Char('0')), bib);

    // A desk on its own connection (as another station would be) lends and takes back, round and round.
    std::atomic<bool> stop{false};
    std::atomic<int> checkouts{0};
    std::atomic<int> failures{0};
    std::thread desk([&] {
        auto other = tdb.openAnother();
        {
            ServiceCore deskCore(other, clock);
            Circulation::Loans deskLoans(deskCore);
            for (int i = 0; !stop.load(); ++i) {
                const QString barcode = QStringLiteral("BK%1").arg(i % kItems, 5, 10, QLatin1Char('0'));
                auto out = deskLoans.checkout(librarian, cards.at(i % kPatrons), barcode);
                if (!out.ok()) {
                    ++failures;
                    continue;
                }
                ++checkouts;
                // Every other copy stays out, so the backup holds open loans too.
                if (i % 2 == 0 && !deskLoans.checkin(librarian, barcode).ok())
                    ++failures;
                if (i >= kItems - 1 && i % kItems == kItems - 1) {
                    // A round is over: bring the rest back for the next one.
                    for (int k = 1; k < kItems; k += 2)
                        if (!deskLoans.checkin(librarian, QStringLiteral("BK%1").arg(k, 5, 10, QLatin1Char('0'))).ok())
                            ++failures;
                }
            }
        }
        other->releaseThreadConnection();
    });
    auto stopDesk = qScopeGuard([&] {
        stop = true;
        if (desk.joinable())
            desk.join();
    });
    for (int i = 0; i < 3000 && checkouts.load() < 30; ++i)
        QThread::msleep(5);
    REQUIRE(checkouts.load() >= 30);

    // Every loan committed before the backup starts must be in it.
    QHash<qint64, QString> committed;
    {
        auto q = db().exec(QStringLiteral("SELECT id, item_id || '/' || patron_id || '/' || issued_at FROM loans"));
        REQUIRE(q.ok());
        while (q->next())
            committed.insert(q->value(0).toLongLong(), q->value(1).toString());
        q->finish();
    }
    const int before = checkouts.load();
    const QString file = work.filePath(QStringLiteral("nightly.") + backupExtension());
    Run backup = aksara(tdb.url(), {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--out"), file});
    const int during = checkouts.load() - before;
    stop = true;
    desk.join();
    CHECK(backup.code == 0);
    CHECK(failures.load() == 0);
    INFO("checkouts while the backup ran: " << during);
    CHECK(during > 0); // the desk kept lending
    REQUIRE(QFileInfo::exists(file));
    CHECK(backup.json().value(QStringLiteral("file")).toString() == QFileInfo(file).absoluteFilePath());
    CHECK(backup.json().value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(QDir(work.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no partial file left
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'continuity' AND operation = 'backup' AND outcome = 'ok'"))
          == 1);

    Target target(clock);
    Run restore = aksara(target.url(), {QStringLiteral("--json"), QStringLiteral("restore"), file});
    REQUIRE(restore.code == 0);
    CHECK(restore.json().value(QStringLiteral("ok")).toBool());
    CHECK(restore.json().value(QStringLiteral("rows_checked")).toInteger() > 0);

    auto restored = target.open();
    QHash<qint64, QString> inBackup;
    {
        auto q = restored->exec(QStringLiteral("SELECT id, item_id || '/' || patron_id || '/' || issued_at FROM loans"));
        REQUIRE(q.ok());
        while (q->next())
            inBackup.insert(q->value(0).toLongLong(), q->value(1).toString());
        q->finish();
    }
    qint64 missing = 0;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        missing += inBackup.value(it.key()) != it.value();
    CHECK(missing == 0);
    CHECK(inBackup.size() >= committed.size());
    // And nothing in it that the live library does not have (a committed state, not a mixture).
    qint64 foreign = 0;
    for (auto it = inBackup.cbegin(); it != inBackup.cend(); ++it)
        foreign += count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE id = ? AND item_id || '/' || patron_id || '/' || issued_at = ?"),
                         {it.key(), it.value()})
                   != 1;
    CHECK(foreign == 0);
    auto findings = Verifier(*restored).run();
    REQUIRE(findings.ok());
    CHECK(findings->isEmpty());
    // The restore is recorded in the restored library.
    auto restores = restored->scalar(
        QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'continuity' AND operation = 'restore' AND outcome = 'ok'"));
    REQUIRE(restores.ok());
    CHECK(restores->toLongLong() == 1);
    requireInvariants();
}

TEST_CASE_METHOD(ContinuityFixture, "restore refuses a target that holds a library without --force, and a file that is no backup",
                 "[db][continuity]")
{
    if (onPostgres())
        requireTool("pg_dump", "postgresql-client");
    patron(QStringLiteral("Siti Nurbaya"));
    const QString file = work.filePath(QStringLiteral("b.") + backupExtension());
    REQUIRE(aksara(tdb.url(), {QStringLiteral("backup"), QStringLiteral("--out"), file}).code == 0);

    // The live library itself is a target that holds data.
    Run refused = aksara(tdb.url(), {QStringLiteral("--json"), QStringLiteral("restore"), file});
    CHECK(refused.code == 3);
    const QJsonArray reasons = refused.json().value(QStringLiteral("reasons")).toArray();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().toObject().value(QStringLiteral("field")).toString() == QStringLiteral("db"));
    CHECK(reasons.first().toObject().value(QStringLiteral("code")).toString() == QStringLiteral("continuity.target_not_empty"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons")) == 1);

    // Not a backup at all.
    const QString junk = work.filePath(QStringLiteral("junk.bin"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    Target target(clock);
    Run bad = aksara(target.url(), {QStringLiteral("--json"), QStringLiteral("restore"), junk});
    CHECK(bad.code == 3);
    CHECK(bad.json().value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("field")).toString()
          == QStringLiteral("file"));
    CHECK(bad.json().value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("continuity.bad_backup"));

    // A target with a library of its own is replaced only with --force.
    REQUIRE(aksara(target.url(), {QStringLiteral("restore"), file}).code == 0);
    patron(QStringLiteral("Datuk Maringgih")); // the live library moves on
    const QString newer = work.filePath(QStringLiteral("c.") + backupExtension());
    REQUIRE(aksara(tdb.url(), {QStringLiteral("backup"), QStringLiteral("--out"), newer}).code == 0);
    CHECK(aksara(target.url(), {QStringLiteral("restore"), newer}).code == 3);
    {
        auto t = target.open();
        CHECK(t->scalar(QStringLiteral("SELECT COUNT(*) FROM patrons"))->toLongLong() == 1);
        t->releaseThreadConnection();
    }
    Run forced = aksara(target.url(), {QStringLiteral("restore"), newer, QStringLiteral("--force")});
    CHECK(forced.code == 0);
    CHECK(forced.out.contains("verify passes"));
    auto t = target.open();
    CHECK(t->scalar(QStringLiteral("SELECT COUNT(*) FROM patrons"))->toLongLong() == 2);
}

TEST_CASE_METHOD(ContinuityFixture, "backups into a folder keep the newest N and leave other files alone", "[db][continuity]")
{
    if (onPostgres()) {
        requireTool("pg_dump", "postgresql-client");
        requireTool("pg_restore", "postgresql-client");
    }
    const QString dir = work.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(dir));
    {
        QFile other(QDir(dir).filePath(QStringLiteral("notes.txt")));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("not a backup\n");
    }
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        clock.advanceMs(61000);
        auto r = backups.backupToDir(admin, dir, 2);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(QFileInfo(r->file).fileName().endsWith(QLatin1Char('.') + backupExtension()));
        made << r->file;
        CHECK(r->removed.size() == (i < 2 ? 0 : 1));
    }
    CHECK(Backups::backupsIn(dir) == QStringList({made.at(3), made.at(2)}));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("notes.txt"))));
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden).size() == 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'continuity' AND operation = 'backup' AND outcome = 'ok'"))
          == 4);

    // --keep without --dir, or neither --out nor --dir, is a usage error.
    CHECK(aksara(tdb.url(), {QStringLiteral("backup"), QStringLiteral("--out"), work.filePath(QStringLiteral("x")), QStringLiteral("--keep"),
                             QStringLiteral("2")})
              .code
          == 2);
    CHECK(aksara(tdb.url(), {QStringLiteral("backup")}).code == 2);
    CHECK(aksara(tdb.url(), {QStringLiteral("backup"), QStringLiteral("--dir"), dir, QStringLiteral("--keep"), QStringLiteral("0")}).code == 2);
}

TEST_CASE_METHOD(ContinuityFixture, "a missed backup is noticed: the check fails and opens an incident", "[db][continuity]")
{
    if (onPostgres())
        requireTool("pg_dump", "postgresql-client");
    const QString fingerprint = QStringLiteral("continuity|backup.check|continuity.backup_missed");
    // Never backed up.
    auto never = backups.check(admin);
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().code == QStringLiteral("continuity.backup_missed"));
    CHECK(never.error().kind == Error::Kind::Failed);
    CHECK(incidents(fingerprint) == 1);

    auto made = backups.backup(admin, work.filePath(QStringLiteral("n.") + backupExtension()));
    REQUIRE(made.ok());
    clock.advanceMs(20LL * 3600 * 1000);
    auto fresh = backups.check(admin);
    REQUIRE(fresh.ok());
    CHECK(fresh->ok);
    CHECK(fresh->lastFile == made->file);

    // The next night's backup did not come.
    clock.advanceMs(11LL * 3600 * 1000);
    auto missed = backups.check(admin);
    REQUIRE_FALSE(missed.ok());
    CHECK(missed.error().code == QStringLiteral("continuity.backup_missed"));
    CHECK(missed.error().message.contains(QStringLiteral("31 hours")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'continuity' AND operation = 'backup.check' AND outcome = "
                               "'failed'"))
          == 2);
    CHECK(incidents(fingerprint) == 1); // the same incident, updated
    // A wider allowance (a weekly backup) passes.
    CHECK(backups.check(admin, 7LL * 24 * 3600 * 1000).ok());
}

TEST_CASE_METHOD(ContinuityFixture, "a failed backup is a failed operation that opens an incident, and leaves no file", "[db][continuity]")
{
    // A folder that cannot hold files (a directory in place of the temporary file's folder is refused
    // before the operation; a file system that refuses to create one is a failure of the backup).
    const QString out = QStringLiteral("/proc/aksara-backup-test.") + backupExtension();
    auto r = backups.backup(admin, out);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Failed);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'continuity' AND operation = 'backup' AND outcome = 'failed'"))
          == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE service_code = 'continuity' AND source = 'auto'")) == 1);

    auto refused = backups.backup(admin, work.filePath(QStringLiteral("no-such-folder/x.sqlite")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("continuity.bad_destination"));
}

TEST_CASE_METHOD(ContinuityFixture, "a killed backup leaves nothing under the backup's name, and the next one clears its partial file",
                 "[continuity]")
{
    // Enough records that the copy and its checks take a moment.
    Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.fill"), {}}, [&](OperationContext &ctx) -> Status {
        for (int i = 0; i < 20000; ++i) {
            auto q = ctx.db().exec(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, updated_op) VALUES "
                                                  "(?, 0, 0, ?, ?)"),
                                   {QStringLiteral("Judul yang cukup panjang untuk mengisi halaman nomor %1 ").arg(i).repeated(4),
                                    ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
    REQUIRE(st.ok());
    const QString file = work.filePath(QStringLiteral("killed.sqlite"));
    QProcess cli;
    cli.start(QStringLiteral(AKSARA_CLI), {QStringLiteral("--db"), tdb.url(), QStringLiteral("backup"), QStringLiteral("--out"), file});
    REQUIRE(cli.waitForStarted(10000));
    // Kill it the moment its temporary file exists.
    bool seen = false;
    for (int i = 0; i < 200000 && !seen && cli.state() == QProcess::Running; ++i) {
        seen = !QDir(work.path()).entryList({QStringLiteral(".killed.sqlite.partial-*")}, QDir::Files | QDir::Hidden).isEmpty();
        if (!seen)
            QThread::usleep(100);
    }
    REQUIRE(seen);
    cli.kill();
    REQUIRE(cli.waitForFinished(10000));
    CHECK(cli.exitStatus() == QProcess::CrashExit);
    CHECK_FALSE(QFileInfo::exists(file));
    const QStringList left = QDir(work.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        CHECK(name.startsWith(QStringLiteral(".killed.sqlite.partial-")));

    // The next backup to the same place clears what the killed one left and writes a good file.
    auto r = backups.backup(admin, file);
    REQUIRE(r.ok());
    CHECK(QDir(work.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("killed.sqlite")});
    auto test = backups.restoreTest(admin, file);
    INFO((test.ok() ? QString() : test.error().message).toStdString());
    REQUIRE(test.ok());
    CHECK(test->findings.isEmpty());
}

TEST_CASE_METHOD(ContinuityFixture, "a restore test is recorded in the live library and listed in the history with the backups",
                 "[continuity]")
{
    patron(QStringLiteral("Hayati"));
    const qint64 from = clock.nowMs();
    auto made = backups.backup(admin, work.filePath(QStringLiteral("h.sqlite")));
    REQUIRE(made.ok());
    auto test = backups.restoreTest(admin, made->file);
    REQUIRE(test.ok());
    CHECK(test->rowsChecked > 0);
    auto junk = backups.restoreTest(admin, work.filePath(QStringLiteral("missing.sqlite")));
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().code == QStringLiteral("continuity.bad_backup"));

    auto h = backups.history(from, clock.nowMs() + 1);
    REQUIRE(h.ok());
    REQUIRE(h->size() == 3);
    CHECK(h->at(0).operation == QStringLiteral("backup"));
    CHECK(h->at(0).outcome == QStringLiteral("ok"));
    CHECK(h->at(0).bytes == made->bytes);
    CHECK(h->at(1).operation == QStringLiteral("restore.test"));
    CHECK(h->at(1).outcome == QStringLiteral("ok"));
    CHECK(h->at(2).outcome == QStringLiteral("refused"));
}

TEST_CASE_METHOD(ContinuityFixture, "the monthly report lists the month's backups and the last restore test, in English and Indonesian",
                 "[continuity][report]")
{
    const QString pdftotext = requireTool("pdftotext", "poppler-utils");
    auto made = backups.backup(admin, work.filePath(QStringLiteral("maret-malam.sqlite")));
    REQUIRE(made.ok());
    auto failed = backups.backup(admin, QStringLiteral("/proc/aksara-no.sqlite"));
    REQUIRE_FALSE(failed.ok());
    clock.advanceMs(3600 * 1000);
    REQUIRE(backups.restoreTest(admin, made->file).ok());

    // The clock of this library stands in March 2026.
    auto month = Aksara::ServiceManagement::parseMonth(QStringLiteral("2026-03"), kJakarta);
    REQUIRE(month.ok());
    auto json = Aksara::ServiceManagement::MonthlyReport::compute(db(), *month, clock.nowMs());
    REQUIRE(json.ok());
    const QJsonObject c = json->value(QStringLiteral("continuity")).toObject();
    CHECK(c.value(QStringLiteral("backups_ok")).toInt() == 1);
    CHECK(c.value(QStringLiteral("backups_failed")).toInt() == 1);
    CHECK(c.value(QStringLiteral("backups")).toArray().size() == 2);
    CHECK(c.value(QStringLiteral("backups")).toArray().first().toObject().value(QStringLiteral("bytes")).toInteger() == made->bytes);
    const QJsonObject last = c.value(QStringLiteral("last_restore_test")).toObject();
    CHECK(last.value(QStringLiteral("operation")).toString() == QStringLiteral("restore.test"));
    CHECK(last.value(QStringLiteral("outcome")).toString() == QStringLiteral("ok"));
    CHECK(last.value(QStringLiteral("file")).toString() == made->file);
    // A month before any of it: no backups, and no restore test yet.
    auto february = Aksara::ServiceManagement::parseMonth(QStringLiteral("2026-02"), kJakarta);
    REQUIRE(february.ok());
    auto before = Aksara::ServiceManagement::MonthlyReport::compute(db(), *february, clock.nowMs());
    REQUIRE(before.ok());
    CHECK(before->value(QStringLiteral("continuity")).toObject().value(QStringLiteral("backups")).toArray().isEmpty());
    CHECK(before->value(QStringLiteral("continuity")).toObject().value(QStringLiteral("last_restore_test")).isNull());

    struct Language {
        const char *code;
        const char *heading;
        const char *summary;
        const char *restoreTest;
    };
    for (const Language &l : {Language{"en", "Backups and restore tests", "Backups this month: 1 good, 1 failed", "restore test"},
                              Language{"id", "Pencadangan dan uji pemulihan", "Pencadangan bulan ini: 1 berhasil, 1 gagal",
                                       "uji pemulihan"}}) {
        const QString pdf = work.filePath(QStringLiteral("report-%1.pdf").arg(QLatin1String(l.code)));
        Run r = aksara(tdb.url(), {QStringLiteral("--lang"), QLatin1String(l.code), QStringLiteral("report"), QStringLiteral("monthly"),
                                   QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--out"), pdf});
        REQUIRE(r.code == 0);
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        INFO(text.toStdString());
        CHECK(text.contains(QLatin1String(l.heading)));
        CHECK(text.contains(QLatin1String(l.summary)));
        CHECK(text.contains(QLatin1String(l.restoreTest)));
        CHECK(text.contains(QStringLiteral("maret-malam.sqlite")));
        CHECK(text.contains(QStringLiteral("storage.read_only")));
    }
}
