#include "DeskFixture.h"

#include "desk/AdminPage.h"
#include "desk/CalendarsAdmin.h"
#include "desk/RulesAdmin.h"
#include "desk/Sip2Admin.h"
#include "desk/StaffAdmin.h"
#include "desk/StationsAdmin.h"

#include "core/StaffDirectory.h"
#include "server/Sip2Accounts.h"
#include "service/Stations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace Aksara;
using namespace Aksara::Test;

namespace {

// The desk fixture's library with the window opened by a real administrator account, "direktur"
// (the only administrator), or by anyone else.
struct AdminFixture : DeskFixture {
    StaffAccount director;

    AdminFixture()
    {
        auto d = StaffDirectory(core).create(admin, QStringLiteral("direktur"), QStringLiteral("Ibu Direktur"), Role::Admin,
                                             QStringLiteral("direktur-pass-1"), QStringLiteral("MAIN"));
        REQUIRE_OK(d);
        director = *d;
        openAs(StaffDirectory::callerFor(director, Channel::Desk, QStringLiteral("desk-1")), QStringLiteral("direktur"));
    }

    void openAs(const Caller &who, const QString &name)
    {
        window.reset();
        auto info = Desk::LibraryInfo::load(core, who);
        REQUIRE_OK(info);
        session.reset(new Desk::DeskSession{core, who, QStringLiteral("desk-1"), QStringLiteral("MAIN"), *info, name});
        Caller status;
        status.channel = Channel::Desk;
        status.actor = QStringLiteral("station:desk-1");
        status.station = QStringLiteral("desk-1");
        status.rights = {Rights::ReportView};
        window.reset(new Desk::DeskWindow(*session, nullptr, status));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    template<typename Section>
    Section *section(const QString &sectionKey)
    {
        key(Qt::Key_6, Qt::ControlModifier);
        REQUIRE(window->admin() != nullptr);
        CHECK(window->tabs()->currentWidget() == window->admin());
        auto *list = find<QListWidget>(QStringLiteral("adminSectionList"));
        const int row = int(window->admin()->sectionKeys().indexOf(sectionKey));
        REQUIRE(row >= 0);
        list->setCurrentRow(row);
        auto *s = qobject_cast<Section *>(window->admin()->currentSection());
        REQUIRE(s != nullptr);
        CHECK(s->objectName() == sectionKey + QStringLiteral("AdminPage"));
        return s;
    }

    template<typename T = QDialog>
    T *openDialog(const QString &button, const QString &name, QWidget *in)
    {
        find<QPushButton>(button, in)->click();
        T *d = dialog<T>(name);
        REQUIRE(d != nullptr);
        return d;
    }

    // The staff account as the module lists it.
    StaffAccount account(const QString &username)
    {
        auto all = StaffDirectory(core).list(admin);
        REQUIRE_OK(all);
        for (const StaffAccount &a : std::as_const(*all))
            if (a.username == username)
                return a;
        FAIL("no account " << username.toStdString());
        return {};
    }

    qint64 adminOperations(const QString &operation, const QString &outcome)
    {
        return count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = ? AND outcome = ? AND channel = 'desk' "
                                    "AND actor = 'staff:direktur' AND station = 'desk-1'"),
                     {operation, outcome});
    }
};

// Answers the next confirmation box (confirmBox) with its action, or cancels it.
void answerNextConfirmation(bool accept)
{
    QTimer::singleShot(0, [accept] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        REQUIRE(box->objectName() == QStringLiteral("confirmBox"));
        if (accept)
            box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        else
            box->reject();
    });
}

int rowOf(QTableWidget *table, const QString &firstColumn)
{
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0) && table->item(i, 0)->text() == firstColumn)
            return i;
    return -1;
}

void type(QWidget *edit, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("desk: the administration area is there for administrators only", "[desk][gui][db][admin]")
{
    SECTION("a librarian and a supervisor do not see it")
    {
        for (bool supervisorAtDesk : {false, true}) {
            DeskFixture f(supervisorAtDesk);
            CHECK(f.window->admin() == nullptr);
            CHECK(f.window->findChild<QWidget *>(QStringLiteral("adminPage")) == nullptr);
            for (int i = 0; i < f.window->tabs()->count(); ++i)
                CHECK(f.window->tabs()->tabText(i) != QStringLiteral("Administration"));
            // Its key does nothing.
            QWidget *before = f.window->tabs()->currentWidget();
            f.key(Qt::Key_6, Qt::ControlModifier);
            CHECK(f.window->tabs()->currentWidget() == before);
        }
    }
    SECTION("an administrator has every section; a librarian signing in after them does not")
    {
        AdminFixture f;
        REQUIRE(f.window->admin() != nullptr);
        CHECK(f.window->tabs()->tabText(f.window->tabs()->indexOf(f.window->admin())) == QStringLiteral("Administration"));
        CHECK(f.window->admin()->sectionKeys()
              == QStringList{QStringLiteral("library"), QStringLiteral("branches"), QStringLiteral("categories"),
                             QStringLiteral("itemTypes"), QStringLiteral("locations"), QStringLiteral("settings"),
                             QStringLiteral("staff"), QStringLiteral("rules"), QStringLiteral("calendars"),
                             QStringLiteral("stations"), QStringLiteral("sip2"), QStringLiteral("migrate")});
        // Nothing is read until the area is opened.
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'staff.list'")) == 0);
        auto *staff = f.section<Desk::StaffAdmin>(QStringLiteral("staff"));
        CHECK(rowOf(f.find<QTableWidget>(QStringLiteral("staffTable"), staff), QStringLiteral("direktur")) >= 0);
        CHECK(f.adminOperations(QStringLiteral("staff.list"), QStringLiteral("ok")) == 1);

        REQUIRE(StaffDirectory(f.core).create(f.admin, QStringLiteral("rina"), QStringLiteral("Rina"), Role::Librarian,
                                              QStringLiteral("shift-two-pass"))
                    .ok());
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, [&] {
            auto *login = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!login || login->objectName() != QStringLiteral("loginDialog"))
                return;
            login->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("rina"));
            login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("shift-two-pass"));
            login->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
        });
        driver.start(50);
        f.window->signOut();
        driver.stop();
        CHECK(f.window->session().caller.actor == QStringLiteral("staff:rina"));
        CHECK(f.window->admin() == nullptr);
        CHECK(f.window->findChild<QWidget *>(QStringLiteral("adminPage")) == nullptr);
        CHECK(f.window->findChild<QTableWidget *>(QStringLiteral("staffTable")) == nullptr);
    }
}

TEST_CASE("desk admin: a new staff member with a generated password signs in with it", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::StaffAdmin>(QStringLiteral("staff"));
    auto *form = f.openDialog<Desk::AddStaffDialog>(QStringLiteral("addStaffButton"), QStringLiteral("addStaffDialog"), page);

    // Typed twice, differently: refused at the second field, nothing created.
    type(f.find<QLineEdit>(QStringLiteral("usernameEdit"), form), QStringLiteral("Rina W"));
    type(f.find<QLineEdit>(QStringLiteral("nameEdit"), form), QStringLiteral("Rina Wulandari"));
    type(f.find<QLineEdit>(QStringLiteral("passwordEdit"), form), QStringLiteral("first-password"));
    type(f.find<QLineEdit>(QStringLiteral("repeatEdit"), form), QStringLiteral("first-passwort"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    CHECK(form->isVisible());
    CHECK_FALSE(form->fieldError(QStringLiteral("repeat")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM staff WHERE username LIKE 'rina%'")) == 0);

    // The same twice: the module refuses the user name, under it.
    type(f.find<QLineEdit>(QStringLiteral("repeatEdit"), form), QStringLiteral("first-password"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    CHECK(form->isVisible());
    CHECK(form->fieldError(QStringLiteral("repeat")).isEmpty());
    CHECK(form->fieldError(QStringLiteral("username")).contains(QStringLiteral("lower-case")));
    CHECK(form->focusWidget() == f.find<QLineEdit>(QStringLiteral("usernameEdit"), form));
    CHECK(f.adminOperations(QStringLiteral("staff.create"), QStringLiteral("refused")) == 1);

    // Corrected, at the NORTH branch, with a generated password: shown once.
    type(f.find<QLineEdit>(QStringLiteral("usernameEdit"), form), QStringLiteral("rina"));
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), form);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    f.find<QRadioButton>(QStringLiteral("generatePasswordRadio"), form)->click();
    CHECK_FALSE(f.find<QLineEdit>(QStringLiteral("passwordEdit"), form)->isEnabled());
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("addStaffDialog")) == nullptr);
    auto *once = f.dialog<Desk::ShownOnceDialog>(QStringLiteral("secretDialog"));
    REQUIRE(once != nullptr);
    const QString password = once->secret();
    CHECK(password.size() == 14);
    auto *table = f.find<QTableWidget>(QStringLiteral("staffTable"), page);
    const int row = rowOf(table, QStringLiteral("rina"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 2)->text() == QStringLiteral("Librarian"));
    CHECK(table->item(row, 3)->text().contains(QStringLiteral("NORTH")));
    CHECK(f.account(QStringLiteral("rina")).branchCode == QStringLiteral("NORTH"));
    CHECK(f.adminOperations(QStringLiteral("staff.create"), QStringLiteral("ok")) == 1);

    // Closed, the password is gone from the screen; Rina signs in with it.
    once->copy();
    CHECK(QApplication::clipboard()->text() == password);
    f.find<QPushButton>(QStringLiteral("closeSecretButton"), once)->click();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("secretDialog")) == nullptr);
    auto signedIn = StaffDirectory(f.core).authenticate(Caller::system(QStringLiteral("login")), QStringLiteral("rina"), password);
    REQUIRE_OK(signedIn);
    CHECK(signedIn->role == Role::Librarian);
}

TEST_CASE("desk admin: unlock an account locked by wrong passwords and change its password or role and branch",
          "[desk][gui][db][admin]")
{
    AdminFixture f;
    StaffDirectory staff(f.core);
    REQUIRE(staff.create(f.admin, QStringLiteral("budi"), QStringLiteral("Budi Santoso"), Role::Librarian,
                         QStringLiteral("budi-password-1"))
                .ok());
    const Caller login = Caller::system(QStringLiteral("login"));
    for (int i = 0; i < StaffDirectory::kMaxFailedLogins; ++i)
        REQUIRE_FALSE(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("wrong-%1").arg(i)).ok());
    REQUIRE(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
            == QStringLiteral("auth.locked"));

    auto *page = f.section<Desk::StaffAdmin>(QStringLiteral("staff"));
    auto *table = f.find<QTableWidget>(QStringLiteral("staffTable"), page);
    auto *unlock = f.find<QPushButton>(QStringLiteral("unlockButton"), page);
    REQUIRE(page->select(QStringLiteral("direktur")));
    CHECK_FALSE(unlock->isEnabled());
    REQUIRE(page->select(QStringLiteral("budi")));
    CHECK(table->item(table->currentRow(), 4)->text() == QStringLiteral("locked"));
    REQUIRE(unlock->isEnabled());
    unlock->click();
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    CHECK(table->item(rowOf(table, QStringLiteral("budi")), 4)->text() == QStringLiteral("active"));
    CHECK_FALSE(unlock->isEnabled());
    CHECK(f.adminOperations(QStringLiteral("staff.unlock"), QStringLiteral("ok")) == 1);
    CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).ok());

    SECTION("a new password typed twice")
    {
        REQUIRE(page->select(QStringLiteral("budi")));
        auto *d = f.openDialog(QStringLiteral("resetPasswordButton"), QStringLiteral("passwordDialog"), page);
        type(f.find<QLineEdit>(QStringLiteral("passwordEdit"), d), QStringLiteral("short"));
        type(f.find<QLineEdit>(QStringLiteral("repeatEdit"), d), QStringLiteral("short"));
        f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
        CHECK(d->isVisible());
        CHECK(qobject_cast<Desk::StaffPasswordDialog *>(d)->fieldError(QStringLiteral("password")).contains(QStringLiteral("8")));
        type(f.find<QLineEdit>(QStringLiteral("passwordEdit"), d), QStringLiteral("budi-password-2"));
        type(f.find<QLineEdit>(QStringLiteral("repeatEdit"), d), QStringLiteral("budi-password-2"));
        f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
        QApplication::processEvents();
        CHECK(f.dialog(QStringLiteral("passwordDialog")) == nullptr);
        CHECK(f.dialog(QStringLiteral("secretDialog")) == nullptr); // typed: nothing to show
        CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-2")).ok());
    }
    SECTION("a supervisor at the north branch, then disabled and enabled")
    {
        REQUIRE(page->select(QStringLiteral("budi")));
        auto *d = f.openDialog<Desk::StaffRoleDialog>(QStringLiteral("editStaffButton"), QStringLiteral("staffRoleDialog"), page);
        auto *role = f.find<QComboBox>(QStringLiteral("roleCombo"), d);
        role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
        auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), d);
        branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
        f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
        QApplication::processEvents();
        CHECK(f.account(QStringLiteral("budi")).role == Role::Supervisor);
        CHECK(f.account(QStringLiteral("budi")).branchCode == QStringLiteral("NORTH"));
        CHECK(table->item(rowOf(table, QStringLiteral("budi")), 2)->text() == QStringLiteral("Supervisor"));

        REQUIRE(page->select(QStringLiteral("budi")));
        answerNextConfirmation(false);
        f.find<QPushButton>(QStringLiteral("disableStaffButton"), page)->click();
        CHECK(f.account(QStringLiteral("budi")).active);
        answerNextConfirmation(true);
        f.find<QPushButton>(QStringLiteral("disableStaffButton"), page)->click();
        CHECK_FALSE(f.account(QStringLiteral("budi")).active);
        CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
              == QStringLiteral("auth.inactive"));
        auto *enable = f.find<QPushButton>(QStringLiteral("enableStaffButton"), page);
        REQUIRE(enable->isEnabled());
        enable->click();
        CHECK(f.account(QStringLiteral("budi")).active);
    }
}

TEST_CASE("desk admin: the last administrator can be neither demoted nor disabled", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::StaffAdmin>(QStringLiteral("staff"));
    REQUIRE(page->select(QStringLiteral("direktur")));

    auto *d = f.openDialog<Desk::StaffRoleDialog>(QStringLiteral("editStaffButton"), QStringLiteral("staffRoleDialog"), page);
    auto *role = f.find<QComboBox>(QStringLiteral("roleCombo"), d);
    role->setCurrentIndex(role->findData(QStringLiteral("librarian")));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK(d->fieldError(QStringLiteral("role")).contains(QStringLiteral("last active administrator")));
    CHECK(d->fieldError(QStringLiteral("branch")).isEmpty());
    CHECK(f.account(QStringLiteral("direktur")).role == Role::Admin);
    CHECK(f.adminOperations(QStringLiteral("staff.set_role"), QStringLiteral("refused")) == 1);
    d->reject();
    QApplication::processEvents();

    REQUIRE(page->select(QStringLiteral("direktur")));
    answerNextConfirmation(true);
    f.find<QPushButton>(QStringLiteral("disableStaffButton"), page)->click();
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Error);
    CHECK(page->messageBar()->text().contains(QStringLiteral("last active administrator")));
    CHECK(f.account(QStringLiteral("direktur")).active);

    // With a second administrator, the first may step down.
    REQUIRE(StaffDirectory(f.core).create(f.admin, QStringLiteral("wakil"), {}, Role::Admin, QStringLiteral("wakil-pass-1")).ok());
    page->refresh();
    REQUIRE(page->select(QStringLiteral("direktur")));
    d = f.openDialog<Desk::StaffRoleDialog>(QStringLiteral("editStaffButton"), QStringLiteral("staffRoleDialog"), page);
    role = f.find<QComboBox>(QStringLiteral("roleCombo"), d);
    role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    QApplication::processEvents();
    CHECK(f.account(QStringLiteral("direktur")).role == Role::Supervisor);
}

TEST_CASE("desk admin: a SIP2 account is refused at its field then added and disabled", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::Sip2Admin>(QStringLiteral("sip2"));
    auto *d = f.openDialog<Desk::AddSip2Dialog>(QStringLiteral("addSip2Button"), QStringLiteral("addSip2Dialog"), page);
    type(f.find<QLineEdit>(QStringLiteral("loginEdit"), d), QStringLiteral("self check|1"));
    type(f.find<QLineEdit>(QStringLiteral("passwordEdit"), d), QStringLiteral("machine-pass-1"));
    type(f.find<QLineEdit>(QStringLiteral("repeatEdit"), d), QStringLiteral("machine-pass-1"));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK_FALSE(d->fieldError(QStringLiteral("institution")).isEmpty()); // the AO is required
    type(f.find<QLineEdit>(QStringLiteral("institutionEdit"), d), QStringLiteral("PERPUS"));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK(d->fieldError(QStringLiteral("institution")).isEmpty());
    CHECK_FALSE(d->fieldError(QStringLiteral("login")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM sip2_accounts")) == 0);

    type(f.find<QLineEdit>(QStringLiteral("loginEdit"), d), QStringLiteral("selfcheck-1"));
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), d);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    CHECK(f.find<QCheckBox>(QStringLiteral("requirePinCheck"), d)->isChecked());
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("addSip2Dialog")) == nullptr);
    CHECK(f.dialog(QStringLiteral("secretDialog")) == nullptr);

    Server::Sip2Accounts accounts(f.core);
    auto machine = accounts.login(QStringLiteral("selfcheck-1"), QStringLiteral("machine-pass-1"), QStringLiteral("lobby"));
    REQUIRE_OK(machine);
    CHECK(machine->branchCode == QStringLiteral("NORTH"));
    CHECK(machine->institution == QStringLiteral("PERPUS"));
    CHECK(machine->requirePatronPassword);
    auto *table = f.find<QTableWidget>(QStringLiteral("sip2Table"), page);
    REQUIRE(rowOf(table, QStringLiteral("selfcheck-1")) >= 0);
    CHECK(f.adminOperations(QStringLiteral("sip2.account.create"), QStringLiteral("ok")) == 1);

    REQUIRE(page->select(QStringLiteral("selfcheck-1")));
    answerNextConfirmation(true);
    f.find<QPushButton>(QStringLiteral("disableSip2Button"), page)->click();
    CHECK(table->item(rowOf(table, QStringLiteral("selfcheck-1")), 5)->text() == QStringLiteral("disabled"));
    CHECK_FALSE(accounts.login(QStringLiteral("selfcheck-1"), QStringLiteral("machine-pass-1"), QStringLiteral("lobby")).ok());
    // The rights beyond lending are off unless granted.
    auto list = accounts.list(f.admin);
    REQUIRE_OK(list);
    CHECK_FALSE(list->first().mayBlockPatrons);
    CHECK_FALSE(list->first().mayTakePayments);
    CHECK_FALSE(list->first().patronDataWithoutPin);
    CHECK_FALSE(list->first().ownBranchOnly);
}

TEST_CASE("desk admin: a SIP2 account's PIN rule and rights are edited, with their refusals", "[desk][gui][db][admin]")
{
    AdminFixture f;
    Server::Sip2Accounts accounts(f.core);
    REQUIRE_OK(accounts.create(f.admin, QStringLiteral("selfcheck-1"), QStringLiteral("machine-pass-1"), QStringLiteral("PERPUS"),
                               QString(), true));
    auto *page = f.section<Desk::Sip2Admin>(QStringLiteral("sip2"));
    page->refresh();
    REQUIRE(page->select(QStringLiteral("selfcheck-1")));
    auto *d = f.openDialog<Desk::AddSip2Dialog>(QStringLiteral("editSip2Button"), QStringLiteral("editSip2Dialog"), page);
    CHECK(f.find<QLineEdit>(QStringLiteral("loginEdit"), d)->isReadOnly());
    CHECK(f.find<QLineEdit>(QStringLiteral("loginEdit"), d)->text() == QStringLiteral("selfcheck-1"));
    CHECK(d->findChild<QLineEdit *>(QStringLiteral("passwordEdit")) == nullptr);
    CHECK(f.find<QCheckBox>(QStringLiteral("requirePinCheck"), d)->isChecked());
    // Own branch only needs a branch: refused at the branch field, nothing changed.
    f.find<QCheckBox>(QStringLiteral("ownBranchOnlyCheck"), d)->setChecked(true);
    f.find<QCheckBox>(QStringLiteral("mayBlockCheck"), d)->setChecked(true);
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK_FALSE(d->fieldError(QStringLiteral("branch")).isEmpty());
    CHECK_FALSE(accounts.list(f.admin)->first().mayBlockPatrons);
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), d);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    f.find<QCheckBox>(QStringLiteral("mayTakePaymentsCheck"), d)->setChecked(true);
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("editSip2Dialog")) == nullptr);
    const Server::Sip2Account a = accounts.list(f.admin)->first();
    CHECK(a.ownBranchOnly);
    CHECK(a.mayBlockPatrons);
    CHECK(a.mayTakePayments);
    CHECK_FALSE(a.patronDataWithoutPin);
    CHECK(a.requirePatronPassword);
    CHECK(a.branchCode == QStringLiteral("NORTH"));
    CHECK(f.adminOperations(QStringLiteral("sip2.account.edit"), QStringLiteral("ok")) == 1);
    auto *table = f.find<QTableWidget>(QStringLiteral("sip2Table"), page);
    CHECK(table->item(rowOf(table, QStringLiteral("selfcheck-1")), 4)->text().contains(QStringLiteral("block cards")));
}

TEST_CASE("desk admin: a station is registered and its token is shown once", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::StationsAdmin>(QStringLiteral("stations"));
    QList<Desk::ShownOnceDialog *> shown;
    QObject::connect(page, &Desk::StationsAdmin::tokenShown, [&](Desk::ShownOnceDialog *d) { shown << d; });

    auto *d = f.openDialog<Desk::RegisterStationDialog>(QStringLiteral("registerStationButton"),
                                                        QStringLiteral("registerStationDialog"), page);
    type(f.find<QLineEdit>(QStringLiteral("codeEdit"), d), QStringLiteral("Desk 2"));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK(d->fieldError(QStringLiteral("code")).contains(QStringLiteral("lower-case")));
    CHECK(shown.isEmpty());

    type(f.find<QLineEdit>(QStringLiteral("codeEdit"), d), QStringLiteral("desk-2"));
    type(f.find<QLineEdit>(QStringLiteral("nameEdit"), d), QStringLiteral("Upstairs desk"));
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), d);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    QApplication::processEvents();
    REQUIRE(shown.size() == 1);
    const QString token = shown.first()->secret();
    CHECK(token.size() >= 30);
    CHECK(shown.first()->findChild<Desk::MessageBar *>(QStringLiteral("onceWarning"))->text().contains(QStringLiteral("only now")));
    // Only its hash is kept; the station beats with it.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM stations WHERE token_hash = ?"), {token}) == 0);
    ServiceManagement::Stations stations(f.core);
    CHECK(stations.heartbeat(QStringLiteral("desk-2"), token).ok());
    auto *table = f.find<QTableWidget>(QStringLiteral("stationsTable"), page);
    int row = rowOf(table, QStringLiteral("desk-2"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 1)->text() == QStringLiteral("Front desk"));
    CHECK(table->item(row, 3)->text().contains(QStringLiteral("NORTH")));
    // A desk provides the desk's services by default.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM station_services s JOIN stations t ON t.id = s.station_id WHERE "
                                 "t.code = 'desk-2' AND s.service_code = 'checkout'"))
          == 1);
    shown.first()->accept();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("secretDialog")) == nullptr);

    // A new token: the old one stops working.
    page->refresh();
    REQUIRE(page->select(QStringLiteral("desk-2")));
    answerNextConfirmation(true);
    f.find<QPushButton>(QStringLiteral("newTokenButton"), page)->click();
    REQUIRE(shown.size() == 2);
    const QString second = shown.last()->secret();
    CHECK(second != token);
    CHECK(stations.heartbeat(QStringLiteral("desk-2"), token).error().code == QStringLiteral("station.bad_token"));
    CHECK(stations.heartbeat(QStringLiteral("desk-2"), second).ok());
    shown.last()->accept();

    // Retired after a confirmation.
    REQUIRE(page->select(QStringLiteral("desk-2")));
    answerNextConfirmation(true);
    f.find<QPushButton>(QStringLiteral("retireStationButton"), page)->click();
    row = rowOf(table, QStringLiteral("desk-2"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 5)->text() == QStringLiteral("retired"));
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("retireStationButton"), page)->isEnabled());
    CHECK(stations.heartbeat(QStringLiteral("desk-2"), second).error().code == QStringLiteral("station.retired"));
    CHECK(f.adminOperations(QStringLiteral("station.retire"), QStringLiteral("ok")) == 1);
}

TEST_CASE("desk admin: a loan rule is set and the explainer beside it changes", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::RulesAdmin>(QStringLiteral("rules"));
    auto *explainBranch = f.find<QComboBox>(QStringLiteral("explainBranchCombo"), page);
    explainBranch->setCurrentIndex(explainBranch->findData(QStringLiteral("MAIN")));
    auto *explainCategory = f.find<QComboBox>(QStringLiteral("explainCategoryCombo"), page);
    explainCategory->setCurrentIndex(explainCategory->findData(QStringLiteral("ADULT")));
    auto *explainType = f.find<QComboBox>(QStringLiteral("explainItemTypeCombo"), page);
    explainType->setCurrentIndex(explainType->findData(QStringLiteral("book")));
    // The library-wide row the schema starts with.
    CHECK(page->explainedValue(QStringLiteral("loan_period")) == QStringLiteral("14 days"));
    CHECK(page->explainedSource(QStringLiteral("loan_period")) == QStringLiteral("row * / * / *"));
    const qint64 rowsBefore = f.count(QStringLiteral("SELECT count(*) FROM loan_rules"));

    // The row for MAIN, all categories, all item types.
    auto *branch = f.find<QComboBox>(QStringLiteral("ruleBranchCombo"), page);
    branch->setCurrentIndex(branch->findData(QStringLiteral("MAIN")));
    auto *loanPeriod = f.find<QLineEdit>(QStringLiteral("loan_periodEdit"), page);
    CHECK(loanPeriod->text().isEmpty());

    SECTION("a bad value is refused under its rule and nothing changes")
    {
        type(loanPeriod, QStringLiteral("0"));
        type(f.find<QLineEdit>(QStringLiteral("fee_per_dayEdit"), page), QStringLiteral("lima ratus"));
        f.find<QPushButton>(QStringLiteral("saveRulesButton"), page)->click();
        CHECK(page->fieldError(QStringLiteral("loan_period")).contains(QStringLiteral("at least 1")));
        CHECK(page->fieldError(QStringLiteral("fee_per_day")).contains(QStringLiteral("lima ratus")));
        CHECK(page->fieldError(QStringLiteral("max_loans")).isEmpty());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM loan_rules")) == rowsBefore);
        CHECK(f.adminOperations(QStringLiteral("rules.set"), QStringLiteral("refused")) == 1);
        CHECK(page->explainedValue(QStringLiteral("loan_period")) == QStringLiteral("14 days"));
        // Away to the scan box and back: what was typed and its refusal are still there.
        f.key(Qt::Key_1, Qt::ControlModifier);
        CHECK(f.window->tabs()->currentWidget() == f.page());
        f.key(Qt::Key_6, Qt::ControlModifier);
        CHECK(f.window->tabs()->currentWidget() == f.window->admin());
        CHECK(loanPeriod->text() == QStringLiteral("0"));
        CHECK(page->fieldError(QStringLiteral("loan_period")).contains(QStringLiteral("at least 1")));
    }
    SECTION("a good value is saved, listed and explained")
    {
        type(loanPeriod, QStringLiteral("7"));
        QTest::keyClick(loanPeriod, Qt::Key_Return);
        CHECK(page->fieldError(QStringLiteral("loan_period")).isEmpty());
        CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
        CHECK(f.adminOperations(QStringLiteral("rules.set"), QStringLiteral("ok")) == 1);
        CHECK(page->explainedValue(QStringLiteral("loan_period")) == QStringLiteral("7 days"));
        CHECK(page->explainedSource(QStringLiteral("loan_period")) == QStringLiteral("row MAIN / * / *"));
        CHECK(page->explainedSource(QStringLiteral("max_loans")) == QStringLiteral("row * / * / *"));
        auto *rows = f.find<QTableWidget>(QStringLiteral("rulesTable"), page);
        REQUIRE(rowOf(rows, QStringLiteral("MAIN")) >= 0);
        // The module agrees: a loan at MAIN now runs seven days.
        auto resolved = Desk::AdminLookups::explainRules(f.core, f.admin, QStringLiteral("MAIN"), QStringLiteral("ADULT"),
                                                         QStringLiteral("book"));
        REQUIRE_OK(resolved);
        CHECK(resolved->integer(QStringLiteral("loan_period")) == 7);
        // At the other branch nothing changed.
        explainBranch->setCurrentIndex(explainBranch->findData(QStringLiteral("NORTH")));
        CHECK(page->explainedValue(QStringLiteral("loan_period")) == QStringLiteral("14 days"));

        // Emptied again, the row is removed.
        loanPeriod->clear();
        f.find<QPushButton>(QStringLiteral("saveRulesButton"), page)->click();
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM loan_rules")) == rowsBefore);
        CHECK(rowOf(rows, QStringLiteral("MAIN")) < 0);
        CHECK(page->explainedSource(QStringLiteral("loan_period")) == QStringLiteral("row * / * / *"));
    }
}

TEST_CASE("desk admin: holidays and opening hours and a new calendar for a branch", "[desk][gui][db][admin]")
{
    AdminFixture f;
    auto *page = f.section<Desk::CalendarsAdmin>(QStringLiteral("calendars"));
    REQUIRE(page->selectCalendar(QStringLiteral("library")));
    auto holidays = [&](const QString &code) {
        auto v = f.calendars.show(f.admin, code);
        REQUIRE_OK(v);
        return v->holidays;
    };
    const qsizetype before = holidays(QStringLiteral("library")).size();

    // A holiday on Tuesday 10 March 2026.
    f.find<QDateEdit>(QStringLiteral("holidayDateEdit"), page)->setDate(QDate(2026, 3, 10));
    type(f.find<QLineEdit>(QStringLiteral("holidayNameEdit"), page), QStringLiteral("Hari Jadi Kota"));
    f.find<QPushButton>(QStringLiteral("addHolidayButton"), page)->click();
    CHECK(page->messageBar()->kind() == Desk::MessageBar::Kind::Success);
    REQUIRE(holidays(QStringLiteral("library")).size() == before + 1);
    auto *table = f.find<QTableWidget>(QStringLiteral("holidayTable"), page);
    bool listed = false;
    for (int i = 0; i < table->rowCount(); ++i)
        listed = listed || table->item(i, 1)->text() == QStringLiteral("Hari Jadi Kota");
    CHECK(listed);
    CHECK(f.adminOperations(QStringLiteral("calendar.holiday_add"), QStringLiteral("ok")) == 1);

    // The same day again: refused next to the holiday fields.
    type(f.find<QLineEdit>(QStringLiteral("holidayNameEdit"), page), QStringLiteral("Lagi"));
    f.find<QPushButton>(QStringLiteral("addHolidayButton"), page)->click();
    CHECK(page->fieldError(QStringLiteral("holiday")).contains(QStringLiteral("Hari Jadi Kota")));
    CHECK(holidays(QStringLiteral("library")).size() == before + 1);

    // Removed after a confirmation.
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 1)->text() == QStringLiteral("Hari Jadi Kota"))
            table->selectRow(i);
    answerNextConfirmation(true);
    f.find<QPushButton>(QStringLiteral("removeHolidayButton"), page)->click();
    CHECK(holidays(QStringLiteral("library")).size() == before);

    // Monday's hours: closing before opening is refused at Monday; two intervals are kept.
    auto *monday = f.find<QLineEdit>(QStringLiteral("hoursEdit1"), page);
    CHECK(monday->text() == QStringLiteral("08:00–17:00"));
    type(monday, QStringLiteral("17:00-08:00"));
    f.find<QPushButton>(QStringLiteral("saveHoursButton"), page)->click();
    CHECK_FALSE(page->fieldError(QStringLiteral("hours1")).isEmpty());
    CHECK(page->fieldError(QStringLiteral("hours2")).isEmpty());
    type(monday, QStringLiteral("monday morning"));
    auto *tuesday = f.find<QLineEdit>(QStringLiteral("hoursEdit2"), page);
    type(tuesday, QStringLiteral("09:00-15:00"));
    f.find<QPushButton>(QStringLiteral("saveHoursButton"), page)->click();
    CHECK(page->fieldError(QStringLiteral("hours1")).contains(QStringLiteral("monday morning")));
    // Tuesday was saved and is shown as stored; Monday keeps what was typed.
    CHECK(tuesday->text() == QStringLiteral("09:00–15:00"));
    CHECK(monday->text() == QStringLiteral("monday morning"));
    type(tuesday, QStringLiteral("08:00-17:00"));
    type(monday, QStringLiteral("08:00-12:00, 13:00-17:00"));
    f.find<QPushButton>(QStringLiteral("saveHoursButton"), page)->click();
    CHECK(page->fieldError(QStringLiteral("hours1")).isEmpty());
    auto library = f.calendars.show(f.admin, QStringLiteral("library"));
    REQUIRE_OK(library);
    CHECK(Desk::CalendarsAdmin::intervalsText(*library, 1) == QStringLiteral("08:00–12:00, 13:00–17:00"));
    CHECK(Desk::CalendarsAdmin::intervalsText(*library, 2) == QStringLiteral("08:00–17:00"));
    CHECK(f.adminOperations(QStringLiteral("calendar.hours"), QStringLiteral("ok")) == 3);

    // A calendar for the north branch, a copy of the library's, closed on Saturdays.
    auto *d = f.openDialog<Desk::NewCalendarDialog>(QStringLiteral("newCalendarButton"), QStringLiteral("newCalendarDialog"), page);
    type(f.find<QLineEdit>(QStringLiteral("codeEdit"), d), QStringLiteral("North Hours"));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    CHECK(d->isVisible());
    CHECK_FALSE(d->fieldError(QStringLiteral("code")).isEmpty());
    type(f.find<QLineEdit>(QStringLiteral("codeEdit"), d), QStringLiteral("north"));
    type(f.find<QLineEdit>(QStringLiteral("nameEdit"), d), QStringLiteral("North branch hours"));
    f.find<QPushButton>(QStringLiteral("submitButton"), d)->click();
    QApplication::processEvents();
    CHECK(f.dialog(QStringLiteral("newCalendarDialog")) == nullptr);
    CHECK(page->currentCode() == QStringLiteral("north"));
    CHECK(holidays(QStringLiteral("north")).size() == before);
    f.find<QLineEdit>(QStringLiteral("hoursEdit6"), page)->clear();
    f.find<QPushButton>(QStringLiteral("saveHoursButton"), page)->click();
    auto *assignTo = f.find<QComboBox>(QStringLiteral("assignBranchCombo"), page);
    assignTo->setCurrentIndex(assignTo->findData(QStringLiteral("NORTH")));
    f.find<QPushButton>(QStringLiteral("assignCalendarButton"), page)->click();
    auto north = f.calendars.show(f.admin, {}, QStringLiteral("NORTH"));
    REQUIRE_OK(north);
    CHECK(north->code == QStringLiteral("north"));
    CHECK(Desk::CalendarsAdmin::intervalsText(*north, 6).isEmpty());
    CHECK(Desk::CalendarsAdmin::intervalsText(*north, 1) == QStringLiteral("08:00–12:00, 13:00–17:00"));
    auto main = f.calendars.show(f.admin, {}, QStringLiteral("MAIN"));
    REQUIRE_OK(main);
    CHECK(main->code == QStringLiteral("library"));
}
