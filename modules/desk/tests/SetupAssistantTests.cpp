// The desk's first-run assistant on a library that is not set up, driven by object name as a
// person would, on both engines; and how the desk opens a new SQLite file for it.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "desk/DeskStart.h"
#include "desk/MessageBar.h"
#include "desk/SetupAssistant.h"
#include "desk/StructureFields.h"

#include "circulation/SettingKeys.h"
#include "core/StaffDirectory.h"
#include "library/Setup.h"
#include "shell/AppContext.h"
#include "shell/LanguageMenu.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include "Checks.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {

struct Fixture {
    FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).toUTC()};
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller local = Caller::localAdministrator(QStringLiteral("tester"));

    Database &db() { return *tdb.db(); }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        REQUIRE(v.ok());
        return v->toLongLong();
    }
    QString text(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        REQUIRE(v.ok());
        return v->toString();
    }
    bool isSetUp()
    {
        auto v = Library::Setup::isSetUp(db());
        REQUIRE_OK(v);
        return *v;
    }
};

template<typename T = QWidget>
T *find(QWidget *in, const QString &name)
{
    T *w = in->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

void type(QWidget *in, const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(in, name);
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

void next(Desk::SetupAssistant &a)
{
    a.button(QWizard::NextButton)->click();
    QApplication::processEvents();
}

QString errorAt(QWidget *page, const QString &stem)
{
    auto *l = find<QLabel>(page, stem + QStringLiteral("Error"));
    return l->isHidden() ? QString() : l->text();
}
} // namespace

TEST_CASE("desk: the first-run assistant sets up an empty library, takes the person back to a refused part, and its "
          "administrator can sign in",
          "[desk][gui][db]")
{
    Fixture f;
    REQUIRE_FALSE(f.isSetUp());
    Desk::SetupAssistant a(f.core, f.local, QStringLiteral("en"));
    a.show();
    REQUIRE(QTest::qWaitForWindowExposed(&a));
    CHECK(a.currentId() == Desk::SetupAssistant::LanguageId);
    CHECK(find<QRadioButton>(&a, QStringLiteral("languageEnRadio"))->isChecked());
    next(a);

    // The library: a name is needed.
    REQUIRE(a.currentId() == Desk::SetupAssistant::LibraryId);
    QWidget *library = a.currentPage();
    next(a);
    CHECK(a.currentId() == Desk::SetupAssistant::LibraryId);
    CHECK_FALSE(errorAt(library, QStringLiteral("name")).isEmpty());
    type(library, QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Kota Sukamaju"));
    type(library, QStringLiteral("addressEdit"), QStringLiteral("Jl. Pahlawan No. 10, Sukamaju"));
    type(library, QStringLiteral("phoneEdit"), QStringLiteral("0561 123456"));
    type(library, QStringLiteral("emailEdit"), QStringLiteral("layanan@perpus.sukamaju.go.id"));
    auto *zone = find<QComboBox>(library, QStringLiteral("timeZoneEdit"));
    zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Makassar")));
    QTemporaryDir dir;
    {
        QImage logo(200, 80, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        REQUIRE(logo.save(dir.filePath(QStringLiteral("logo.png"))));
    }
    REQUIRE(static_cast<Desk::SetupLibraryPage *>(library)->fields()->setLogoFile(dir.filePath(QStringLiteral("logo.png"))));
    next(a);

    // The first branch, offered under the library's name and address.
    REQUIRE(a.currentId() == Desk::SetupAssistant::BranchId);
    QWidget *branch = a.currentPage();
    CHECK(find<QLineEdit>(branch, QStringLiteral("codeEdit"))->text() == QStringLiteral("PUSAT"));
    CHECK(find<QLineEdit>(branch, QStringLiteral("nameEdit"))->text() == QStringLiteral("Perpustakaan Kota Sukamaju"));
    CHECK(find<QLineEdit>(branch, QStringLiteral("addressEdit"))->text() == QStringLiteral("Jl. Pahlawan No. 10, Sukamaju"));
    CHECK(find<QComboBox>(branch, QStringLiteral("calendarEdit"))->count() >= 1);
    type(branch, QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Pusat"));
    type(branch, QStringLiteral("emailEdit"), QStringLiteral("pusat@")); // refused when it is applied
    next(a);

    // Patron categories: the usual ones offered, changed, one added and one removed.
    REQUIRE(a.currentId() == Desk::SetupAssistant::CategoriesId);
    auto *categories = static_cast<Desk::SetupCategoriesPage *>(a.currentPage());
    auto *list = find<QListWidget>(categories, QStringLiteral("categoriesList"));
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("UMUM")));
    REQUIRE(categories->selectCode(QStringLiteral("ANAK")));
    type(categories, QStringLiteral("nameEdit"), QStringLiteral("Anak-anak"));
    CHECK(list->currentItem()->text() == QStringLiteral("ANAK — Anak-anak"));
    REQUIRE(categories->selectCode(QStringLiteral("PELAJAR")));
    find<QPushButton>(categories, QStringLiteral("removeEntryButton"))->click();
    find<QPushButton>(categories, QStringLiteral("addEntryButton"))->click();
    // Two entries without a code are refused before anything is saved.
    next(a);
    CHECK(a.currentId() == Desk::SetupAssistant::CategoriesId);
    CHECK_FALSE(errorAt(categories, QStringLiteral("code")).isEmpty());
    type(categories, QStringLiteral("codeEdit"), QStringLiteral("GURU"));
    type(categories, QStringLiteral("nameEdit"), QStringLiteral("Guru dan dosen"));
    find<QSpinBox>(categories, QStringLiteral("membershipMonthsEdit"))->setValue(36);
    CHECK(list->count() == 3);
    CHECK(find<QComboBox>(categories, QStringLiteral("defaultCategoryCombo"))->currentData().toString() == QStringLiteral("UMUM"));
    next(a);

    // Item types: the usual ones.
    REQUIRE(a.currentId() == Desk::SetupAssistant::ItemTypesId);
    CHECK(find<QListWidget>(a.currentPage(), QStringLiteral("itemTypesList"))->count() == 4);
    next(a);

    // The first administrator: the password's rule is shown and kept.
    REQUIRE(a.currentId() == Desk::SetupAssistant::AdminId);
    QWidget *admin = a.currentPage();
    CHECK(find<QLabel>(admin, QStringLiteral("passwordRuleLabel"))->text().contains(QString::number(StaffDirectory::kMinPasswordLength)));
    type(admin, QStringLiteral("usernameEdit"), QStringLiteral("kepala"));
    type(admin, QStringLiteral("displayNameEdit"), QStringLiteral("Dewi Lestari"));
    type(admin, QStringLiteral("passwordEdit"), QStringLiteral("pendek"));
    type(admin, QStringLiteral("repeatEdit"), QStringLiteral("pendek"));
    next(a);
    CHECK(a.currentId() == Desk::SetupAssistant::AdminId);
    CHECK_FALSE(errorAt(admin, QStringLiteral("password")).isEmpty());
    const QString password = QStringLiteral("buku-untuk-semua");
    type(admin, QStringLiteral("passwordEdit"), password);
    type(admin, QStringLiteral("repeatEdit"), QStringLiteral("buku-untuk-semu"));
    next(a);
    CHECK(a.currentId() == Desk::SetupAssistant::AdminId);
    CHECK_FALSE(errorAt(admin, QStringLiteral("repeat")).isEmpty());
    type(admin, QStringLiteral("repeatEdit"), password);
    next(a);

    // The summary; nothing is saved yet.
    REQUIRE(a.currentId() == Desk::SetupAssistant::SummaryId);
    auto *summary = static_cast<Desk::SetupSummaryPage *>(a.currentPage());
    const QString text = summary->summaryText();
    for (const char *s : {"Perpustakaan Kota Sukamaju", "PUSAT", "GURU", "Anak-anak", "kepala", "Asia/Makassar", "with its logo"})
        CHECK(text.contains(QString::fromUtf8(s)));
    CHECK_FALSE(text.contains(QStringLiteral("PELAJAR")));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Aksara Library"));

    // Applied: the branch's e-mail is refused, the person is back at the branch with the reason
    // under the e-mail; the library's details before it are saved.
    a.button(QWizard::FinishButton)->click();
    QApplication::processEvents();
    CHECK(a.isVisible());
    REQUIRE(a.currentId() == Desk::SetupAssistant::BranchId);
    CHECK(errorAt(branch, QStringLiteral("email")).contains(QStringLiteral("pusat@")));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'")) == QStringLiteral("Perpustakaan Kota Sukamaju"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM branches")) == 0);
    CHECK_FALSE(f.isSetUp());

    // Corrected, and applied again: the rest is done.
    type(branch, QStringLiteral("emailEdit"), QStringLiteral("pusat@perpus.sukamaju.go.id"));
    for (int i = 0; i < 4; ++i)
        next(a);
    REQUIRE(a.currentId() == Desk::SetupAssistant::SummaryId);
    a.button(QWizard::FinishButton)->click();
    QApplication::processEvents();
    CHECK(a.result() == QDialog::Accepted);
    CHECK_FALSE(a.isVisible());
    CHECK(a.adminUsername() == QStringLiteral("kepala"));
    CHECK(f.isSetUp());

    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.time_zone'")) == QStringLiteral("Asia/Makassar"));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = 'library.language'")) == QStringLiteral("en"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM library_files WHERE name = 'logo'")) == 1);
    CHECK(f.text(QStringLiteral("SELECT email FROM branches WHERE code = 'PUSAT'")) == QStringLiteral("pusat@perpus.sukamaju.go.id"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patron_categories WHERE code IN ('UMUM', 'ANAK', 'GURU')")) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patron_categories WHERE code = 'PELAJAR'")) == 0);
    CHECK(f.text(QStringLiteral("SELECT name FROM patron_categories WHERE code = 'ANAK'")) == QStringLiteral("Anak-anak"));
    CHECK(f.count(QStringLiteral("SELECT membership_months FROM patron_categories WHERE code = 'GURU'")) == 36);
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {Circulation::SettingKeys::DefaultBranch})
          == QStringLiteral("PUSAT"));
    CHECK(f.text(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {Circulation::SettingKeys::DefaultCategory})
          == QStringLiteral("UMUM"));
    // Each part an operation of the local administrator, with its change record.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE actor = 'cli:tester' AND operation = 'branch.add' AND "
                                 "outcome = 'ok'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'patron_category'")) >= 3);

    // The new administrator signs in at the desk.
    Caller desk;
    desk.channel = Channel::Desk;
    desk.actor = QStringLiteral("station:desk-1");
    desk.station = QStringLiteral("desk-1");
    auto account = StaffDirectory(f.core).authenticate(desk, QStringLiteral("kepala"), password);
    REQUIRE_OK(account);
    CHECK(account->role == Role::Admin);
    CHECK(account->displayName == QStringLiteral("Dewi Lestari"));
    CHECK(StaffDirectory::callerFor(*account, Channel::Desk, QStringLiteral("desk-1")).can(Rights::SystemAdmin));
}

TEST_CASE("desk: the first-run assistant's language switches the interface and the offered categories, and keeps what "
          "was typed",
          "[desk][gui][db]")
{
    Fixture f;
    Shell::installTranslations(QStringLiteral("en"));
    Desk::SetupAssistant a(f.core, f.local, QStringLiteral("en"));
    a.show();
    REQUIRE(QTest::qWaitForWindowExposed(&a));
    const QString englishTitle = a.windowTitle();
    next(a);
    type(a.currentPage(), QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Desa Mekar"));
    a.back();
    find<QRadioButton>(&a, QStringLiteral("languageIdRadio"))->click();
    QApplication::processEvents();
    CHECK(a.language() == QStringLiteral("id"));
    CHECK(Shell::indonesianActive());
    CHECK(Shell::LanguageMenu::remembered() == QStringLiteral("id"));
    CHECK(a.windowTitle() != englishTitle);
    next(a);
    REQUIRE(a.currentId() == Desk::SetupAssistant::LibraryId);
    CHECK(find<QLineEdit>(a.currentPage(), QStringLiteral("nameEdit"))->text() == QStringLiteral("Perpustakaan Desa Mekar"));
    const Library::SetupPlan plan = a.plan();
    REQUIRE(plan.categories.size() == 3);
    CHECK(plan.categories.first().name == Library::SetupPlan::defaults(QStringLiteral("id")).categories.first().name);
    CHECK(plan.library.language == QStringLiteral("id"));
    Shell::installTranslations(QStringLiteral("en"));
    Shell::LanguageMenu::remember(QString());
}

TEST_CASE("desk: a new SQLite file given to the desk is created and migrated for the first-run assistant", "[desk][gui]")
{
    QTemporaryDir dir;
    SECTION("a file that does not exist")
    {
        auto ctx = Desk::openDeskLibrary(dir.filePath(QStringLiteral("baru.sqlite")), std::make_unique<SystemClock>());
        REQUIRE_OK(ctx);
        auto setUp = Library::Setup::isSetUp(*ctx->db);
        REQUIRE_OK(setUp);
        CHECK_FALSE(*setUp);
        // It is an up-to-date Aksara library that every window opens.
        ctx = Error::failed(QString(), QString());
        REQUIRE_OK(Shell::openLibrary(dir.filePath(QStringLiteral("baru.sqlite")), std::make_unique<SystemClock>()));
    }
    SECTION("an empty file")
    {
        {
            QFile empty(dir.filePath(QStringLiteral("kosong.sqlite")));
            REQUIRE(empty.open(QIODevice::WriteOnly));
        }
        auto ctx = Desk::openDeskLibrary(dir.filePath(QStringLiteral("kosong.sqlite")), std::make_unique<SystemClock>());
        REQUIRE_OK(ctx);
        CHECK(QFileInfo(dir.filePath(QStringLiteral("kosong.sqlite"))).size() > 0);
    }
    SECTION("a file of another program is refused and left as it was")
    {
        QFile other(dir.filePath(QStringLiteral("catatan.sqlite")));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("bukan basis data");
        other.close();
        auto ctx = Desk::openDeskLibrary(other.fileName(), std::make_unique<SystemClock>());
        REQUIRE_FALSE(ctx.ok());
        CHECK(ctx.error().code == QStringLiteral("storage.corrupt"));
        CHECK(QFileInfo(other.fileName()).size() == 16);
    }
}

TEST_CASE("desk: aksara-desk on a new SQLite file runs the first-run assistant, then the new administrator signs in and "
          "the desk opens",
          "[desk][gui]")
{
    QTemporaryDir dir;
    auto ctx = Desk::openDeskLibrary(dir.filePath(QStringLiteral("perpustakaan.sqlite")), std::make_unique<SystemClock>());
    REQUIRE_OK(ctx);
    ctx->language = QStringLiteral("en");
    const QString password = QStringLiteral("buku-untuk-semua");

    // The assistant and then the login are modal: they are answered as they come up.
    bool assistantSeen = false;
    QString userOffered;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *a = qobject_cast<Desk::SetupAssistant *>(modal)) {
            assistantSeen = true;
            a->next();
            type(a->currentPage(), QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Desa Mekar"));
            for (int i = 0; i < 4; ++i)
                a->next();
            QWidget *admin = a->currentPage();
            type(admin, QStringLiteral("usernameEdit"), QStringLiteral("kepala"));
            type(admin, QStringLiteral("passwordEdit"), password);
            type(admin, QStringLiteral("repeatEdit"), password);
            a->next();
            a->button(QWizard::FinishButton)->click();
        } else if (modal && modal->objectName() == QLatin1String("loginDialog")) {
            userOffered = modal->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text();
            modal->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
            modal->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(0, answer);
    std::unique_ptr<QWidget> window(Desk::startDesk(*ctx, {QStringLiteral("aksara-desk")}));
    REQUIRE(window != nullptr);
    CHECK(assistantSeen);
    CHECK(userOffered == QStringLiteral("kepala"));
    CHECK(window->inherits("Aksara::Desk::DeskWindow"));
    CHECK(window->windowTitle().contains(QStringLiteral("Perpustakaan Desa Mekar")));
    auto setUp = Library::Setup::isSetUp(*ctx->db);
    REQUIRE_OK(setUp);
    CHECK(*setUp);
    auto logins = ctx->db->scalar(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'staff.login' AND outcome = 'ok'"));
    REQUIRE_OK(logins);
    CHECK(logins->toInt() == 1);
}
