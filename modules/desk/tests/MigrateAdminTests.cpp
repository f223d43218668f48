// The import assistant of the administration area (issue 12 part 1): the preview of the first rows
// and of the categories/branches mapping, a dry run that keeps nothing, an import whose bad rows are
// in the error table and its CSV, and the refusal for anyone but an administrator.
#include "DeskFixture.h"

#include "desk/MessageBar.h"
#include "desk/MigrateAdmin.h"

#include "core/StaffDirectory.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Test;

namespace {

// Koha's patron CSV (invented people): line 2 and 3 good, line 4 an old category the mapping file
// does not know, line 5 a birth date that is not a date, line 6 good at the other branch.
const QByteArray kKohaPatrons = "cardnumber,surname,firstname,dateofbirth,categorycode,branchcode,email\n"
                                "K-100,Santoso,Budi,1990-01-15,PT,CPL,budi@contoh.id\n"
                                "K-101,Lestari,Rina,2014-05-05,J,CPL,\n"
                                "K-102,Wijaya,Ani,1985-02-02,STAFF,CPL,\n"
                                "K-103,Kurnia,Dedi,1980-13-45,PT,CPL,\n"
                                "K-104,Putri,Eka,1992-03-03,PT,FPL,\n";
const QByteArray kMap = "[options]\npreset = koha\n[categories]\nPT = ADULT\nJ = CHILD\n[branches]\nCPL = MAIN\nFPL = NORTH\n";

struct MigrateAdminFixture : DeskFixture {
    QTemporaryDir dir;
    QString csvPath = dir.filePath(QStringLiteral("borrowers.csv"));
    QString mapPath = dir.filePath(QStringLiteral("koha.ini"));
    std::unique_ptr<Desk::DeskSession> adminSession;

    MigrateAdminFixture()
    {
        REQUIRE(dir.isValid());
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(kKohaPatrons);
        csv.close();
        QFile map(mapPath);
        REQUIRE(map.open(QIODevice::WriteOnly));
        map.write(kMap);
        map.close();
        auto d = StaffDirectory(core).create(admin, QStringLiteral("direktur"), QStringLiteral("Ibu Direktur"), Role::Admin,
                                             QStringLiteral("direktur-pass-1"), QStringLiteral("MAIN"));
        REQUIRE_OK(d);
        const Caller who = StaffDirectory::callerFor(*d, Channel::Desk, QStringLiteral("desk-1"));
        adminSession.reset(new Desk::DeskSession{core, who, QStringLiteral("desk-1"), QStringLiteral("MAIN"), session->library,
                                                 QStringLiteral("direktur")});
    }

    void fill(Desk::MigrateAdmin &page)
    {
        page.setKind(Migrate::Kind::Patrons);
        page.setPreset(QStringLiteral("koha"));
        page.setFile(csvPath);
        page.setMapFile(mapPath);
    }
    // Clicks the button and waits for the job on its thread to end.
    void runAndWait(Desk::MigrateAdmin &page, const QString &button)
    {
        QSignalSpy done(&page, &Desk::MigrateAdmin::finished);
        QPushButton *b = find<QPushButton>(button, &page);
        REQUIRE(b->isEnabled());
        b->click();
        REQUIRE(done.wait(30000));
        CHECK(done.first().first().toBool());
        CHECK_FALSE(page.isRunning());
    }
    qint64 patrons() { return count(QStringLiteral("SELECT count(*) FROM patrons")); }
    static QString text(QTableWidget *t, int row, int column) { return t->item(row, column) ? t->item(row, column)->text() : QString(); }
};

} // namespace

TEST_CASE_METHOD(MigrateAdminFixture, "desk import assistant: the preview shows the first rows by field and flags an unknown category",
                 "[desk][gui][db][admin][migrate]")
{
    Desk::MigrateAdmin page(*adminSession);
    fill(page);
    const qint64 before = patrons();
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM operations"));
    find<QPushButton>(QStringLiteral("migratePreviewButton"), &page)->click();

    QTableWidget *rows = page.previewTable();
    REQUIRE(rows->rowCount() == 5);
    // Line, then Aksara's fields in their order with the file's column.
    QStringList headers;
    for (int c = 0; c < rows->columnCount(); ++c)
        headers << rows->horizontalHeaderItem(c)->text();
    REQUIRE(headers.size() == 8);
    CHECK(headers.at(1) == QStringLiteral("Old number\n(cardnumber)"));
    CHECK(headers.at(2) == QStringLiteral("Name\n(surname)"));
    CHECK(headers.at(4) == QStringLiteral("Birth date\n(dateofbirth)"));
    CHECK(text(rows, 0, 0) == QStringLiteral("2"));
    CHECK(text(rows, 0, 1) == QStringLiteral("K-100"));
    CHECK(text(rows, 3, 4) == QStringLiteral("1980-13-45"));

    // Every category and branch value with what it becomes; STAFF is unknown.
    QTableWidget *map = page.mappingTable();
    QStringList seen, unknown;
    for (int r = 0; r < map->rowCount(); ++r) {
        seen << text(map, r, 1) + QStringLiteral("=") + text(map, r, 2) + QStringLiteral(":") + text(map, r, 3);
        if (map->item(r, 4)->data(Qt::UserRole).toString() == QStringLiteral("unknown"))
            unknown << text(map, r, 1);
    }
    CHECK(seen == QStringList{QStringLiteral("PT=ADULT:3"), QStringLiteral("J=CHILD:1"), QStringLiteral("STAFF=—:1"),
                              QStringLiteral("CPL=MAIN:4"), QStringLiteral("FPL=NORTH:1")});
    CHECK(unknown == QStringList{QStringLiteral("STAFF")});
    CHECK(page.lastPreview().unknownValues() == 1);
    CHECK(page.messageBar()->kind() == Desk::MessageBar::Kind::Warning);
    CHECK(page.tabs()->currentWidget() == map);
    // Nothing was written.
    CHECK(patrons() == before);
    CHECK(count(QStringLiteral("SELECT count(*) FROM operations")) == ops);

    // A file without the required column is refused at once, by name.
    QFile bad(csvPath);
    REQUIRE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("surname,firstname\nSantoso,Budi\n");
    bad.close();
    CHECK_FALSE(page.preview());
    CHECK(page.messageBar()->kind() == Desk::MessageBar::Kind::Error);
    CHECK(page.messageBar()->text().contains(QStringLiteral("cardnumber")));
    CHECK(page.previewTable()->rowCount() == 0);
}

TEST_CASE_METHOD(MigrateAdminFixture, "desk import assistant: a dry run keeps nothing, the import reports its bad rows and saves them as CSV",
                 "[desk][gui][db][admin][migrate]")
{
    Desk::MigrateAdmin page(*adminSession);
    fill(page);
    const qint64 before = patrons();

    runAndWait(page, QStringLiteral("migrateDryRunButton"));
    CHECK(page.report().dryRun);
    CHECK(page.report().imported == 3);
    CHECK(patrons() == before);
    CHECK(count(QStringLiteral("SELECT count(*) FROM migrated_rows")) == 0);
    CHECK(page.errorsTable()->rowCount() == 2);
    CHECK(page.messageBar()->text().contains(QStringLiteral("Dry run")));

    runAndWait(page, QStringLiteral("migrateImportButton"));
    CHECK_FALSE(page.report().dryRun);
    CHECK(page.report().imported == 3);
    CHECK(patrons() == before + 3);
    CHECK(find<QProgressBar>(QStringLiteral("migrateProgress"), &page)->value() == 1000);
    // The error table: line, the file's column, the old number and the reason.
    QTableWidget *errors = page.errorsTable();
    REQUIRE(errors->rowCount() == 2);
    CHECK(text(errors, 0, 0) == QStringLiteral("4"));
    CHECK(text(errors, 0, 1) == QStringLiteral("categorycode"));
    CHECK(text(errors, 0, 2) == QStringLiteral("K-102"));
    CHECK(errors->item(0, 3)->data(Qt::UserRole).toString() == QStringLiteral("circulation.unknown_category"));
    CHECK(text(errors, 1, 0) == QStringLiteral("5"));
    CHECK(text(errors, 1, 1) == QStringLiteral("dateofbirth"));
    CHECK(errors->item(1, 3)->data(Qt::UserRole).toString() == QStringLiteral("migrate.bad_date"));
    CHECK(page.tabs()->currentIndex() == 2);

    const QString out = dir.filePath(QStringLiteral("rejected.csv"));
    REQUIRE(find<QPushButton>(QStringLiteral("migrateSaveErrorsButton"), &page)->isEnabled());
    REQUIRE(page.saveErrors(out));
    QFile saved(out);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(0) == "line,column,old_id,code,message");
    CHECK(lines.at(1).startsWith("4,categorycode,K-102,circulation.unknown_category,"));
    CHECK(lines.at(2).startsWith("5,dateofbirth,K-103,migrate.bad_date,"));
    // A path that cannot be written is said so.
    CHECK_FALSE(page.saveErrors(dir.filePath(QStringLiteral("no-such-folder/rejected.csv"))));
    CHECK(page.messageBar()->kind() == Desk::MessageBar::Kind::Error);

    // Again: nothing added twice.
    runAndWait(page, QStringLiteral("migrateImportButton"));
    CHECK(page.report().imported == 0);
    CHECK(page.report().skipped == 3);
    CHECK(patrons() == before + 3);
}

TEST_CASE_METHOD(MigrateAdminFixture, "desk import assistant: refused to anyone but an administrator", "[desk][gui][db][admin][migrate]")
{
    // The fixture's own session is the librarian's.
    REQUIRE_FALSE(session->caller.can(Rights::SystemAdmin));
    Desk::MigrateAdmin page(*session);
    fill(page);
    const qint64 before = patrons();
    CHECK_FALSE(page.allowed());
    CHECK(page.messageBar()->kind() == Desk::MessageBar::Kind::Error);
    CHECK(page.messageBar()->text().contains(QStringLiteral("administrator")));
    for (const char *name : {"migratePreviewButton", "migrateDryRunButton", "migrateImportButton", "migrateStopButton"})
        CHECK_FALSE(find<QPushButton>(QString::fromLatin1(name), &page)->isEnabled());
    CHECK_FALSE(page.preview());
    CHECK_FALSE(page.dryRun());
    CHECK_FALSE(page.startImport());
    CHECK_FALSE(page.isRunning());
    CHECK(page.previewTable()->rowCount() == 0);
    CHECK(patrons() == before);
    CHECK(count(QStringLiteral("SELECT count(*) FROM migrated_rows")) == 0);
}

TEST_CASE_METHOD(MigrateAdminFixture, "desk import assistant: Stop keeps the batches already imported", "[desk][gui][db][admin][migrate]")
{
    // 2,000 members, one per batch: Stop right after Import ends it long before the last.
    QByteArray csv = "cardnumber,surname,categorycode,branchcode\n";
    for (int i = 0; i < 2000; ++i)
        csv += "S-" + QByteArray::number(i) + ",Anggota " + QByteArray::number(i) + ",PT,CPL\n";
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    Desk::MigrateAdmin page(*adminSession);
    fill(page);
    page.setBatchSize(1);
    const qint64 before = patrons();
    QSignalSpy done(&page, &Desk::MigrateAdmin::finished);
    QSignalSpy progressed(&page, &Desk::MigrateAdmin::progressed);
    REQUIRE(page.startImport());
    CHECK(page.isRunning());
    CHECK(find<QPushButton>(QStringLiteral("migrateStopButton"), &page)->isEnabled());
    CHECK_FALSE(find<QPushButton>(QStringLiteral("migrateImportButton"), &page)->isEnabled());
    // Stopped once the first batches are in.
    REQUIRE(progressed.wait(30000));
    CHECK(progressed.first().at(1).toLongLong() == 2000);
    find<QPushButton>(QStringLiteral("migrateStopButton"), &page)->click();
    REQUIRE(done.wait(60000));
    CHECK(page.report().cancelled);
    CHECK(page.report().imported >= 1);
    CHECK(page.report().imported < 2000);
    // What was imported stays, and only that.
    CHECK(patrons() == before + page.report().imported);
    CHECK(count(QStringLiteral("SELECT count(*) FROM migrated_rows")) == page.report().imported);
    CHECK(page.messageBar()->kind() == Desk::MessageBar::Kind::Warning);
    CHECK(find<QProgressBar>(QStringLiteral("migrateProgress"), &page)->value() < 1000);
    CHECK(find<QPushButton>(QStringLiteral("migrateImportButton"), &page)->isEnabled());
}
