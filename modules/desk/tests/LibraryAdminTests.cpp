// The library's structure at the desk: the administration pages (library, branches, patron
// categories, item types, shelving locations, settings), driven by object name as a person would,
// as an administrator at desk-1, on both engines; and what a librarian who reaches them is told.
#include "CirculationFixture.h"

#include "desk/AdminPage.h"
#include "desk/BranchesAdminPage.h"
#include "desk/CategoriesAdminPage.h"
#include "desk/DeskSession.h"
#include "desk/ItemTypesAdminPage.h"
#include "desk/LibraryAdminPage.h"
#include "desk/LocationsAdminPage.h"
#include "desk/MessageBar.h"
#include "desk/SettingsAdminPage.h"
#include "desk/StructureFields.h"

#include "library/Administration.h"
#include "library/Settings.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
struct AdminFixture : CirculationFixture {
    Caller deskAdmin = Caller::staff(Channel::Desk, 3, QStringLiteral("kepala"), Role::Admin, QStringLiteral("desk-1"));
    std::unique_ptr<Desk::DeskSession> session;

    explicit AdminFixture(bool asLibrarian = false)
    {
        const Caller who = asLibrarian ? librarian : deskAdmin;
        auto info = Desk::LibraryInfo::load(core, who);
        REQUIRE_OK(info);
        session.reset(new Desk::DeskSession{core, who, QStringLiteral("desk-1"), QStringLiteral("MAIN"), *info,
                                            asLibrarian ? QStringLiteral("pustakawan") : QStringLiteral("kepala")});
    }

    template<typename P>
    std::unique_ptr<P> open()
    {
        auto page = std::make_unique<P>(*session);
        page->resize(1100, 720);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    template<typename T = QWidget>
    static T *find(QWidget *in, const QString &name)
    {
        T *w = in->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }
    static void type(QWidget *in, const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(in, name);
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
    }
    static void click(QWidget *in, const QString &name) { find<QPushButton>(in, name)->click(); }
    // A window-modal box or dialog of this page that is showing.
    template<typename T = QWidget>
    static T *shown(QWidget *page, const QString &name)
    {
        for (T *w : page->findChildren<T *>(name))
            if (w->isVisible())
                return w;
        return nullptr;
    }
    static QString tableText(QTableWidget *t)
    {
        QStringList rows;
        for (int r = 0; r < t->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < t->columnCount(); ++c)
                cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
    qint64 deskOps(const QString &operation, const QString &outcome)
    {
        return count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = ? AND outcome = ? AND channel = 'desk' "
                                    "AND actor = ?"),
                     {operation, outcome, session->caller.actor});
    }
    qint64 changes(const QString &entity)
    {
        return count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = ?"), {entity});
    }
};

QByteArray picture(const char *format)
{
    QImage image(240, 80, QImage::Format_RGB32);
    image.fill(QColor(0x1b, 0x5e, 0x20));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return f.fileName();
}
} // namespace

TEST_CASE("desk: the library page saves the library's details and its logo, and shows a refusal at its field",
          "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::LibraryAdminPage>();
    CHECK(page->objectName() == QStringLiteral("libraryAdminPage"));
    CHECK_FALSE(page->title().isEmpty());
    QWidget *p = page.get();

    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Kota Sukamaju"));
    f.type(p, QStringLiteral("emailEdit"), QStringLiteral("layanan@"));
    f.type(p, QStringLiteral("phoneEdit"), QStringLiteral("telepon kami"));
    f.click(p, QStringLiteral("saveLibraryButton"));
    CHECK(page->fieldError(QStringLiteral("email")).contains(QStringLiteral("layanan@")));
    CHECK_FALSE(page->fieldError(QStringLiteral("phone")).isEmpty());
    CHECK(page->fieldError(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(f.find<QLabel>(p, QStringLiteral("emailError"))->isHidden());
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Error);
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Aksara Library"));
    CHECK(f.deskOps(QStringLiteral("library.set"), QStringLiteral("refused")) == 1);

    SECTION("corrected, it is saved with the logo, and the logo can be removed")
    {
        QTemporaryDir dir;
        f.type(p, QStringLiteral("emailEdit"), QStringLiteral("layanan@perpus.sukamaju.go.id"));
        f.type(p, QStringLiteral("phoneEdit"), QStringLiteral("0561 123456"));
        // Not a picture: said at once, nothing kept.
        CHECK_FALSE(page->fields()->setLogoFile(writeFile(dir, QStringLiteral("notes.png"), "not a picture")));
        CHECK(page->fieldError(QStringLiteral("logo")).contains(QStringLiteral("notes.png")));
        const QByteArray png = picture("PNG");
        REQUIRE(page->fields()->setLogoFile(writeFile(dir, QStringLiteral("logo.png"), png)));
        CHECK_FALSE(f.find<QLabel>(p, QStringLiteral("logoPreview"))->pixmap().isNull());
        f.click(p, QStringLiteral("saveLibraryButton"));
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
        CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Perpustakaan Kota Sukamaju"));
        CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.email'"))
              == QStringLiteral("layanan@perpus.sukamaju.go.id"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM library_files WHERE name = 'logo' AND media_type = 'image/png'")) == 1);
        CHECK(f.deskOps(QStringLiteral("library.set"), QStringLiteral("ok")) == 1);
        CHECK(f.deskOps(QStringLiteral("library.logo"), QStringLiteral("ok")) == 1);
        CHECK(f.session->library.name == QStringLiteral("Perpustakaan Kota Sukamaju"));

        // Saving again without a change changes nothing.
        f.click(p, QStringLiteral("saveLibraryButton"));
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Info);
        CHECK(f.deskOps(QStringLiteral("library.set"), QStringLiteral("ok")) == 1);

        f.click(p, QStringLiteral("removeLogoButton"));
        CHECK(f.find<QLabel>(p, QStringLiteral("logoPreview"))->pixmap().isNull());
        f.click(p, QStringLiteral("saveLibraryButton"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM library_files WHERE name = 'logo'")) == 0);
    }
    SECTION("a picture that is neither PNG nor JPEG is refused by the module at the logo")
    {
        QTemporaryDir dir;
        f.type(p, QStringLiteral("emailEdit"), QString());
        f.type(p, QStringLiteral("phoneEdit"), QString());
        REQUIRE(page->fields()->setLogoFile(writeFile(dir, QStringLiteral("logo.bmp"), picture("BMP"))));
        f.click(p, QStringLiteral("saveLibraryButton"));
        CHECK(page->fieldError(QStringLiteral("logo")).contains(QStringLiteral("PNG")));
        // The name was saved; the logo was not.
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Error);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM library_files")) == 0);
        CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Perpustakaan Kota Sukamaju"));
    }
}

TEST_CASE("desk: branches are added, edited, closed with a reason and reopened, and a duplicate code and an unknown "
          "calendar are refused at their fields",
          "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::BranchesAdminPage>();
    QWidget *p = page.get();
    auto *table = f.find<QTableWidget>(p, QStringLiteral("branchesTable"));
    CHECK(table->rowCount() == 2);

    f.click(p, QStringLiteral("newBranchButton"));
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("MAIN"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Cabang Timur"));
    auto *calendar = f.find<QComboBox>(p, QStringLiteral("calendarEdit"));
    calendar->setEditText(QString());
    QTest::keyClicks(calendar, QStringLiteral("tidak-ada"));
    f.click(p, QStringLiteral("saveBranchButton"));
    CHECK(page->fieldError(QStringLiteral("code")).contains(QStringLiteral("MAIN")));
    CHECK(page->fieldError(QStringLiteral("calendar")).contains(QStringLiteral("tidak-ada")));
    CHECK(page->fieldError(QStringLiteral("name")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches")) == 2);
    CHECK(f.deskOps(QStringLiteral("branch.add"), QStringLiteral("refused")) == 1);

    // Corrected: a new code, and the calendar chosen from the list.
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("timur"));
    calendar->setCurrentIndex(calendar->findData(QStringLiteral("always")) >= 0 ? calendar->findData(QStringLiteral("always")) : 0);
    const QString chosenCalendar = calendar->currentData().toString();
    QTest::keyClick(f.find<QLineEdit>(p, QStringLiteral("nameEdit")), Qt::Key_Return); // Enter saves
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches WHERE code = 'TIMUR' AND name = 'Cabang Timur'")) == 1);
    CHECK(f.text(QStringLiteral("SELECT COALESCE(c.code, '') FROM branches b LEFT JOIN calendars c ON c.id = b.calendar_id "
                                "WHERE b.code = 'TIMUR'"))
          == chosenCalendar);
    CHECK(table->rowCount() == 3);
    CHECK(f.tableText(table).contains(QStringLiteral("TIMUR|Cabang Timur")));
    CHECK(f.changes(QStringLiteral("branch")) >= 1);

    // Edited: the form shows the chosen branch; its code stays.
    REQUIRE(page->select(QStringLiteral("NORTH")));
    CHECK(f.find<QLineEdit>(p, QStringLiteral("codeEdit"))->isReadOnly());
    CHECK(f.find<QLineEdit>(p, QStringLiteral("nameEdit"))->text() == QStringLiteral("North Branch"));
    f.type(p, QStringLiteral("addressEdit"), QStringLiteral("Jl. Utara 5"));
    f.click(p, QStringLiteral("saveBranchButton"));
    CHECK(f.text(QStringLiteral("SELECT address FROM branches WHERE code = 'NORTH'")) == QStringLiteral("Jl. Utara 5"));

    // Closed: the reason is asked for, and is the confirmation.
    f.click(p, QStringLiteral("closeBranchButton"));
    auto *dialog = f.shown<Desk::CloseBranchDialog>(p, QStringLiteral("closeBranchDialog"));
    REQUIRE(dialog != nullptr);
    f.click(dialog, QStringLiteral("confirmCloseButton"));
    CHECK_FALSE(dialog->fieldError(QStringLiteral("reason")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches WHERE code = 'NORTH' AND closed_at IS NULL")) == 1);
    QTest::keyClicks(f.find<QLineEdit>(dialog, QStringLiteral("reasonEdit")), QStringLiteral("Gedung direnovasi"));
    f.click(dialog, QStringLiteral("confirmCloseButton"));
    QApplication::processEvents();
    CHECK(f.text(QStringLiteral("SELECT closed_reason FROM branches WHERE code = 'NORTH'")) == QStringLiteral("Gedung direnovasi"));
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    CHECK(f.find<QLabel>(p, QStringLiteral("closedNote"))->text().contains(QStringLiteral("Gedung direnovasi")));
    CHECK_FALSE(f.find<QPushButton>(p, QStringLiteral("closeBranchButton"))->isEnabled());
    CHECK(f.find<QPushButton>(p, QStringLiteral("reopenBranchButton"))->isEnabled());

    // Reopened.
    f.click(p, QStringLiteral("reopenBranchButton"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches WHERE code = 'NORTH' AND closed_at IS NULL")) == 1);
    CHECK(f.deskOps(QStringLiteral("branch.reopen"), QStringLiteral("ok")) == 1);

    SECTION("closing the library's default branch is refused with its reason in the dialog")
    {
        Library::Settings settings(f.core);
        REQUIRE_OK(settings.set(f.deskAdmin, QStringLiteral("circulation.default_branch"), QStringLiteral("MAIN")));
        REQUIRE(page->select(QStringLiteral("MAIN")));
        f.click(p, QStringLiteral("closeBranchButton"));
        auto *d = f.shown<Desk::CloseBranchDialog>(p, QStringLiteral("closeBranchDialog"));
        REQUIRE(d != nullptr);
        QTest::keyClicks(f.find<QLineEdit>(d, QStringLiteral("reasonEdit")), QStringLiteral("Pindah gedung"));
        f.click(d, QStringLiteral("confirmCloseButton"));
        CHECK(d->isVisible());
        CHECK(f.find<Desk::MessageBar>(d, QStringLiteral("closeMessage"))->text().contains(QStringLiteral("MAIN")));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches WHERE code = 'MAIN' AND closed_at IS NULL")) == 1);
        f.click(d, QStringLiteral("cancelCloseButton"));
    }
}

TEST_CASE("desk: patron categories are added, edited and retired after a confirmation, and bad values are refused at their "
          "fields",
          "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::CategoriesAdminPage>();
    QWidget *p = page.get();
    auto *table = f.find<QTableWidget>(p, QStringLiteral("categoriesTable"));
    CHECK(table->rowCount() == 2);

    f.click(p, QStringLiteral("newCategoryButton"));
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("ADULT"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Remaja"));
    f.find<QSpinBox>(p, QStringLiteral("minAgeEdit"))->setValue(13);
    f.find<QSpinBox>(p, QStringLiteral("maxAgeEdit"))->setValue(10);
    f.click(p, QStringLiteral("saveCategoryButton"));
    CHECK(page->fieldError(QStringLiteral("code")).contains(QStringLiteral("ADULT")));
    CHECK(page->fieldError(QStringLiteral("max_age")).contains(QStringLiteral("13")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patron_categories")) == 2);

    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("REMAJA"));
    f.find<QSpinBox>(p, QStringLiteral("maxAgeEdit"))->setValue(17);
    f.find<QSpinBox>(p, QStringLiteral("membershipMonthsEdit"))->setValue(6);
    f.find<QSpinBox>(p, QStringLiteral("enrolmentFeeEdit"))->setValue(5000);
    f.find<QCheckBox>(p, QStringLiteral("nikRequiredCheck"))->setChecked(false);
    f.click(p, QStringLiteral("saveCategoryButton"));
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patron_categories WHERE code = 'REMAJA' AND membership_months = 6 AND "
                                 "enrolment_fee = 5000 AND min_age = 13 AND max_age = 17 AND nik_required = 0")) == 1);
    CHECK(table->rowCount() == 3);

    // Edited.
    REQUIRE(page->select(QStringLiteral("CHILD")));
    f.find<QSpinBox>(p, QStringLiteral("debtLimitEdit"))->setValue(2000);
    f.click(p, QStringLiteral("saveCategoryButton"));
    CHECK(f.count(QStringLiteral("SELECT debt_limit FROM patron_categories WHERE code = 'CHILD'")) == 2000);
    CHECK(f.deskOps(QStringLiteral("category.edit"), QStringLiteral("ok")) == 1);

    // Retired after a confirmation; Cancel first changes nothing.
    f.click(p, QStringLiteral("retireCategoryButton"));
    auto *box = f.shown<QMessageBox>(p, QStringLiteral("confirmRetireBox"));
    REQUIRE(box != nullptr);
    f.click(box, QStringLiteral("cancelButton"));
    CHECK(f.count(QStringLiteral("SELECT active FROM patron_categories WHERE code = 'CHILD'")) == 1);
    f.click(p, QStringLiteral("retireCategoryButton"));
    box = f.shown<QMessageBox>(p, QStringLiteral("confirmRetireBox"));
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("CHILD")));
    f.click(box, QStringLiteral("confirmButton"));
    QApplication::processEvents();
    CHECK(f.count(QStringLiteral("SELECT active FROM patron_categories WHERE code = 'CHILD'")) == 0);
    CHECK(f.find<QPushButton>(p, QStringLiteral("reactivateCategoryButton"))->isEnabled());
    f.click(p, QStringLiteral("reactivateCategoryButton"));
    CHECK(f.count(QStringLiteral("SELECT active FROM patron_categories WHERE code = 'CHILD'")) == 1);
}

TEST_CASE("desk: item types are added, edited and retired, and a duplicate code is refused at its field", "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::ItemTypesAdminPage>();
    QWidget *p = page.get();
    auto *table = f.find<QTableWidget>(p, QStringLiteral("itemTypesTable"));
    const int before = table->rowCount();
    CHECK(before >= 3);

    f.click(p, QStringLiteral("newItemTypeButton"));
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("book"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Buku lagi"));
    f.click(p, QStringLiteral("saveItemTypeButton"));
    CHECK(page->fieldError(QStringLiteral("code")).contains(QStringLiteral("book")));

    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("peta"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Peta"));
    f.find<QCheckBox>(p, QStringLiteral("loanableCheck"))->setChecked(false);
    f.find<QSpinBox>(p, QStringLiteral("defaultPriceEdit"))->setValue(120000);
    f.click(p, QStringLiteral("saveItemTypeButton"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM item_types WHERE code = 'peta' AND loanable = 0 AND default_price = 120000")) == 1);
    CHECK(table->rowCount() == before + 1);

    REQUIRE(page->select(QStringLiteral("peta")));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Peta dan atlas"));
    f.click(p, QStringLiteral("saveItemTypeButton"));
    CHECK(f.text(QStringLiteral("SELECT name FROM item_types WHERE code = 'peta'")) == QStringLiteral("Peta dan atlas"));

    f.click(p, QStringLiteral("retireItemTypeButton"));
    auto *box = f.shown<QMessageBox>(p, QStringLiteral("confirmRetireBox"));
    REQUIRE(box != nullptr);
    f.click(box, QStringLiteral("confirmButton"));
    QApplication::processEvents();
    CHECK(f.count(QStringLiteral("SELECT active FROM item_types WHERE code = 'peta'")) == 0);
    CHECK(f.deskOps(QStringLiteral("item_type.retire"), QStringLiteral("ok")) == 1);
}

TEST_CASE("desk: shelving locations are kept per branch, and a duplicate code and a closed branch are refused at their fields",
          "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::LocationsAdminPage>();
    QWidget *p = page.get();
    CHECK(page->branch() == QStringLiteral("MAIN"));
    auto *table = f.find<QTableWidget>(p, QStringLiteral("locationsTable"));

    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("REF"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Ruang Referensi"));
    f.click(p, QStringLiteral("saveLocationButton"));
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    CHECK(table->rowCount() == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM locations l JOIN branches b ON b.id = l.branch_id WHERE b.code = 'MAIN' "
                                 "AND l.code = 'REF'")) == 1);

    f.click(p, QStringLiteral("newLocationButton"));
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("REF"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Lagi"));
    f.click(p, QStringLiteral("saveLocationButton"));
    CHECK(page->fieldError(QStringLiteral("code")).contains(QStringLiteral("REF")));

    // Renamed.
    REQUIRE(page->select(QStringLiteral("REF")));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Ruang Referensi Lt. 2"));
    f.click(p, QStringLiteral("saveLocationButton"));
    CHECK(f.text(QStringLiteral("SELECT name FROM locations WHERE code = 'REF'")) == QStringLiteral("Ruang Referensi Lt. 2"));

    // Another branch's list is its own; a closed branch takes no new location.
    Library::Administration admin(f.core);
    REQUIRE_OK(admin.closeBranch(f.deskAdmin, QStringLiteral("NORTH"), QStringLiteral("Renovasi")));
    page->refresh();
    REQUIRE(page->selectBranch(QStringLiteral("NORTH")));
    CHECK(table->rowCount() == 0);
    f.type(p, QStringLiteral("codeEdit"), QStringLiteral("ANAK"));
    f.type(p, QStringLiteral("nameEdit"), QStringLiteral("Pojok anak"));
    f.click(p, QStringLiteral("saveLocationButton"));
    CHECK(page->fieldError(QStringLiteral("branch")).contains(QStringLiteral("NORTH")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM locations WHERE code = 'ANAK'")) == 0);

    // Retired after a confirmation.
    REQUIRE(page->selectBranch(QStringLiteral("MAIN")));
    REQUIRE(page->select(QStringLiteral("REF")));
    f.click(p, QStringLiteral("retireLocationButton"));
    auto *box = f.shown<QMessageBox>(p, QStringLiteral("confirmRetireBox"));
    REQUIRE(box != nullptr);
    f.click(box, QStringLiteral("confirmButton"));
    QApplication::processEvents();
    CHECK(f.count(QStringLiteral("SELECT active FROM locations WHERE code = 'REF'")) == 0);
}

TEST_CASE("desk: the settings page shows every setting with its help and default, saves what changed and refuses a bad "
          "value at its field",
          "[desk][gui][db]")
{
    AdminFixture f;
    auto page = f.open<Desk::SettingsAdminPage>();
    QWidget *p = page.get();
    for (const Library::SettingDef &d : Library::Settings::definitions()) {
        INFO(d.key.toStdString());
        REQUIRE(page->editor(d.key) != nullptr);
        const QString stem = Desk::FieldErrorLabels::objectStem(d.key);
        CHECK(f.find<QLabel>(p, stem + QStringLiteral("Help"))->text() == d.help);
        CHECK_FALSE(f.find<QLabel>(p, stem + QStringLiteral("Note"))->text().isEmpty());
        if (d.kind == Library::SettingDef::Kind::Integer) {
            auto *spin = qobject_cast<QSpinBox *>(page->editor(d.key));
            REQUIRE(spin != nullptr);
            CHECK(spin->minimum() == d.min);
            CHECK(spin->maximum() == d.max);
        }
    }
    auto *branch = qobject_cast<QComboBox *>(page->editor(QStringLiteral("circulation.default_branch")));
    REQUIRE(branch != nullptr);
    CHECK(branch->findData(QStringLiteral("NORTH")) > 0);
    CHECK(page->editorValue(QStringLiteral("holds.shelf_days")) == QStringLiteral("7"));

    f.type(p, QStringLiteral("cardPrefixEdit"), QStringLiteral("ab1"));
    qobject_cast<QSpinBox *>(page->editor(QStringLiteral("holds.shelf_days")))->setValue(10);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    f.click(p, QStringLiteral("saveSettingsButton"));
    CHECK(page->fieldError(QStringLiteral("card.prefix")).contains(QStringLiteral("ab1")));
    CHECK(page->editorValue(QStringLiteral("card.prefix")) == QStringLiteral("ab1")); // kept as typed
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Error);
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'circulation.default_branch'")) == QStringLiteral("NORTH"));
    Library::Settings settings(f.core);
    auto values = settings.list(f.deskAdmin);
    REQUIRE_OK(values);
    for (const Library::SettingValue &v : std::as_const(*values))
        if (v.def.key == QLatin1String("holds.shelf_days"))
            CHECK(v.value == QStringLiteral("10"));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'card.prefix'")) == QStringLiteral("AKS"));

    SECTION("the shortest PIN may be raised above the old longest when the longest is raised with it")
    {
        f.type(p, QStringLiteral("cardPrefixEdit"), QStringLiteral("SKM"));
        qobject_cast<QSpinBox *>(page->editor(QStringLiteral("kiosk.pin_min_length")))->setValue(10);
        qobject_cast<QSpinBox *>(page->editor(QStringLiteral("kiosk.pin_max_length")))->setValue(12);
        f.click(p, QStringLiteral("saveSettingsButton"));
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
        CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'kiosk.pin_min_length'")) == QStringLiteral("10"));
        CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'card.prefix'")) == QStringLiteral("SKM"));
    }
}

TEST_CASE("desk: a librarian who reaches the library's administration is refused by the module, and the page says so",
          "[desk][gui][db]")
{
    AdminFixture f(true);
    Library::Administration admin(f.core);
    Library::BranchInput in;
    in.code = QStringLiteral("TIMUR");
    in.name = QStringLiteral("Cabang Timur");
    auto direct = admin.addBranch(f.librarian, in);
    REQUIRE_FALSE(direct.ok());
    REQUIRE(direct.error().code == QStringLiteral("core.forbidden"));

    {
        auto page = f.open<Desk::BranchesAdminPage>();
        f.click(page.get(), QStringLiteral("newBranchButton"));
        f.type(page.get(), QStringLiteral("codeEdit"), QStringLiteral("TIMUR"));
        f.type(page.get(), QStringLiteral("nameEdit"), QStringLiteral("Cabang Timur"));
        f.click(page.get(), QStringLiteral("saveBranchButton"));
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Error);
        CHECK(page->messageBar()->text().contains(direct.error().message));
    }
    {
        auto page = f.open<Desk::LibraryAdminPage>();
        f.type(page.get(), QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Saya"));
        f.click(page.get(), QStringLiteral("saveLibraryButton"));
        CHECK(page->messageBar()->text().contains(QStringLiteral("system.admin")));
    }
    {
        auto page = f.open<Desk::CategoriesAdminPage>();
        REQUIRE(page->select(QStringLiteral("CHILD")));
        f.find<QSpinBox>(page.get(), QStringLiteral("debtLimitEdit"))->setValue(5000);
        f.click(page.get(), QStringLiteral("saveCategoryButton"));
        CHECK(page->messageBar()->text().contains(QStringLiteral("system.admin")));
    }
    {
        auto page = f.open<Desk::ItemTypesAdminPage>();
        f.type(page.get(), QStringLiteral("codeEdit"), QStringLiteral("peta"));
        f.type(page.get(), QStringLiteral("nameEdit"), QStringLiteral("Peta"));
        f.click(page.get(), QStringLiteral("saveItemTypeButton"));
        CHECK(page->messageBar()->text().contains(QStringLiteral("system.admin")));
    }
    {
        auto page = f.open<Desk::LocationsAdminPage>();
        f.type(page.get(), QStringLiteral("codeEdit"), QStringLiteral("REF"));
        f.type(page.get(), QStringLiteral("nameEdit"), QStringLiteral("Referensi"));
        f.click(page.get(), QStringLiteral("saveLocationButton"));
        CHECK(page->messageBar()->text().contains(QStringLiteral("system.admin")));
    }
    {
        auto page = f.open<Desk::SettingsAdminPage>();
        qobject_cast<QSpinBox *>(page->editor(QStringLiteral("card.sequence_digits")))->setValue(9);
        f.click(page.get(), QStringLiteral("saveSettingsButton"));
        CHECK(page->messageBar()->text().contains(QStringLiteral("system.admin")));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches")) == 2);
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Aksara Library"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'card.sequence_digits'")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM item_types WHERE code = 'peta'")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE error_code = 'core.forbidden' AND actor = "
                                 "'staff:pustakawan'")) >= 6);
}

TEST_CASE("desk: the library's structure pages are sections of the administration area, and what is typed stays when "
          "a section is chosen again",
          "[desk][gui][db]")
{
    AdminFixture f;
    Desk::AdminPage area(*f.session);
    Desk::DeskSession &s = *f.session;
    const QList<std::pair<QString, std::function<Desk::StructurePage *()>>> pages{
        {QStringLiteral("library"), [&] { return new Desk::LibraryAdminPage(s, &area); }},
        {QStringLiteral("branches"), [&] { return new Desk::BranchesAdminPage(s, &area); }},
        {QStringLiteral("categories"), [&] { return new Desk::CategoriesAdminPage(s, &area); }},
        {QStringLiteral("itemTypes"), [&] { return new Desk::ItemTypesAdminPage(s, &area); }},
        {QStringLiteral("locations"), [&] { return new Desk::LocationsAdminPage(s, &area); }},
        {QStringLiteral("settings"), [&] { return new Desk::SettingsAdminPage(s, &area); }}};
    for (const auto &[key, make] : pages)
        area.addSection(key, key, make); // one line each, as the area's own sections
    area.resize(1200, 760);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    for (const auto &[key, make] : pages) {
        auto *page = qobject_cast<Desk::StructurePage *>(area.showSection(key));
        INFO(key.toStdString());
        REQUIRE(page != nullptr);
        CHECK(page->objectName() == key + QStringLiteral("AdminPage"));
        CHECK_FALSE(page->title().isEmpty());
        CHECK(page->isVisible());
    }

    // A branch half edited, another section, and back: the address typed is still there, and the
    // list shows a branch added meanwhile.
    auto *branches = static_cast<Desk::BranchesAdminPage *>(area.showSection(QStringLiteral("branches")));
    REQUIRE(branches->select(QStringLiteral("NORTH")));
    f.type(branches, QStringLiteral("addressEdit"), QStringLiteral("Jl. Utara 9"));
    auto *settings = static_cast<Desk::SettingsAdminPage *>(area.showSection(QStringLiteral("settings")));
    f.type(settings, QStringLiteral("cardPrefixEdit"), QStringLiteral("SKM"));
    Library::BranchInput east;
    east.code = QStringLiteral("TIMUR");
    east.name = QStringLiteral("Cabang Timur");
    REQUIRE_OK(Library::Administration(f.core).addBranch(f.deskAdmin, east));
    area.showSection(QStringLiteral("library"));
    area.showSection(QStringLiteral("branches"));
    CHECK(f.find<QLineEdit>(branches, QStringLiteral("addressEdit"))->text() == QStringLiteral("Jl. Utara 9"));
    CHECK(f.find<QTableWidget>(branches, QStringLiteral("branchesTable"))->rowCount() == 3);
    f.click(branches, QStringLiteral("saveBranchButton"));
    CHECK(f.text(QStringLiteral("SELECT address FROM branches WHERE code = 'NORTH'")) == QStringLiteral("Jl. Utara 9"));
    area.showSection(QStringLiteral("settings"));
    CHECK(settings->editorValue(QStringLiteral("card.prefix")) == QStringLiteral("SKM"));
    // Saved, then chosen again: the saved value, nothing pending.
    f.click(settings, QStringLiteral("saveSettingsButton"));
    area.showSection(QStringLiteral("library"));
    area.showSection(QStringLiteral("settings"));
    CHECK(settings->editorValue(QStringLiteral("card.prefix")) == QStringLiteral("SKM"));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'card.prefix'")) == QStringLiteral("SKM"));
}
