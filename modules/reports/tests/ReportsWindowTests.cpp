// The reports window offscreen, driven by object name as a supervisor would: sign in on the demo
// library, read the live board, work an incident through its lifecycle, request and approve a
// change, read the charts and statistics, export the monthly report.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "circulation/Loans.h"
#include "demo/DemoLibrary.h"
#include "reports/BoardPage.h"
#include "reports/ChangesPage.h"
#include "reports/CirculationPage.h"
#include "reports/CirculationStats.h"
#include "reports/Format.h"
#include "reports/IncidentsPage.h"
#include "reports/MonthlyReportPage.h"
#include "reports/ReportsWindow.h"
#include "reports/ServiceLevelsPage.h"
#include "reports/TrendsPage.h"
#include "service/MonthlyReport.h"
#include "reports/Widgets.h"
#include "service/Changes.h"
#include "service/Incidents.h"
#include "service/Problems.h"
#include "service/Stations.h"
#include "shell/LoginDialog.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include "Checks.h"

using namespace Aksara;
using namespace Aksara::Test;
using namespace Aksara::ServiceManagement;


namespace {

const QTimeZone kJakarta(QByteArrayLiteral("Asia/Jakarta"));

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("no " << name);
    REQUIRE(w != nullptr);
    return w;
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The demo library on a clock standing on Monday 2 March 2026, 10:00 in Jakarta.
struct WindowFixture {
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), kJakarta).toUTC()};
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Caller librarian = Caller::staff(Channel::Desk, 0, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-pusat-1"));
    Caller supervisor = Caller::staff(Channel::Desk, 0, QStringLiteral("supervisor"), Role::Supervisor, QStringLiteral("reports-1"));
    Demo::DemoSummary demo;
    std::unique_ptr<Reports::ReportsWindow> window;

    WindowFixture()
    {
        QStandardPaths::setTestModeEnabled(true); // settings written by the window go to a test location
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto d = Demo::DemoLibrary(core).load(admin);
        REQUIRE_OK(d);
        demo = *d;
        window = std::make_unique<Reports::ReportsWindow>(core, QStringLiteral("reports-1"));
        window->resize(1440, 900);
        window->show();
    }

    QString password(const QString &user) const
    {
        for (const auto &s : demo.staff)
            if (s.username == user)
                return s.password;
        FAIL("no demo account " << user.toStdString());
        return {};
    }

    // Types into the login dialog and presses Sign in.
    void login(const QString &user, const QString &pass)
    {
        if (!window->loginDialog())
            window->signIn();
        Shell::LoginDialog *dialog = window->loginDialog();
        REQUIRE(dialog != nullptr);
        REQUIRE(waitFor([&] { return dialog->isVisible(); }));
        type(child<QLineEdit>(dialog, "userEdit"), user);
        type(child<QLineEdit>(dialog, "passwordEdit"), pass);
        click(child<QPushButton>(dialog, "loginButton"));
        QApplication::processEvents();
    }

    void signInAsSupervisor()
    {
        login(QStringLiteral("supervisor"), password(QStringLiteral("supervisor")));
        REQUIRE(window->session().signedIn());
    }

    // Clicks a screen in the navigation list, as a person would.
    void go(Reports::ReportsWindow::Screen screen)
    {
        auto *nav = child<QListWidget>(window.get(), "navigationList");
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(int(screen))).center());
        REQUIRE(window->currentScreen() == screen);
    }

    // Clicks the row of a table whose first column holds `id`.
    void selectRow(QTableWidget *table, qint64 id)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
                table->scrollToItem(table->item(r, 2));
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(r, 2)).center());
                return;
            }
        }
        FAIL("no row " << id);
    }

    qint64 openIncident(const QString &title, const QString &service, int impact, int urgency)
    {
        Incidents incidents(core);
        NewIncident in;
        in.title = title;
        in.serviceCode = service;
        in.impact = impact;
        in.urgency = urgency;
        auto r = incidents.open(librarian, in);
        REQUIRE_OK(r);
        return r->id;
    }

    Incident incident(qint64 id)
    {
        auto d = Incidents(core).show(supervisor, id);
        REQUIRE_OK(d);
        return d->incident;
    }

    QString firstValue(const QString &sql)
    {
        auto v = tdb.db()->scalar(sql);
        REQUIRE_OK(v);
        return v->toString();
    }
};

} // namespace

TEST_CASE("a supervisor signs in and sees the live board of the demo library", "[gui][reports]")
{
    WindowFixture f;
    // Before the supervisor looks: a checkout at the desk, a registered kiosk sending heartbeats,
    // and a kiosk incident (priority 2: owned within 30 min) reported at 10:00.
    f.clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 5), kJakarta).toUTC());
    const QString card = f.firstValue(QStringLiteral("SELECT card_number FROM patrons WHERE status = 'active' ORDER BY id LIMIT 1"));
    const QString barcode = f.firstValue(QStringLiteral("SELECT i.barcode FROM items i JOIN item_types t ON t.code = i.item_type "
                                                        "WHERE i.status = 'available' AND t.loanable = 1 ORDER BY i.id LIMIT 1"));
    REQUIRE_OK(Circulation::Loans(f.core).checkout(f.librarian, card, barcode));
    Stations stations(f.core);
    auto kiosk = stations.registerStation(f.supervisor, {QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), {}, 60, 60, {},
                                                         {Services::Kiosk}});
    REQUIRE_OK(kiosk);
    REQUIRE_OK(stations.heartbeat(QStringLiteral("kiosk-1"), kiosk->second));
    f.clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), kJakarta).toUTC());
    const qint64 id = f.openIncident(QStringLiteral("Kiosk screen frozen"), Services::Kiosk, 2, 1);
    f.clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 40), kJakarta).toUTC());
    REQUIRE_OK(stations.heartbeat(QStringLiteral("kiosk-1"), kiosk->second));
    f.clock.advanceMs(1000);

    SECTION("a wrong password keeps the window closed")
    {
        f.login(QStringLiteral("supervisor"), QStringLiteral("not-the-password"));
        CHECK_FALSE(f.window->session().signedIn());
        Shell::LoginDialog *dialog = f.window->loginDialog();
        REQUIRE(dialog != nullptr);
        CHECK(child<QLabel>(dialog, "messageLabel")->isVisible());
        CHECK(child<QWidget>(f.window.get(), "signedOutPage")->isVisible());
    }

    SECTION("a librarian is turned away: the window is for supervisors")
    {
        f.login(QStringLiteral("pustakawan"), f.password(QStringLiteral("pustakawan")));
        CHECK_FALSE(f.window->session().signedIn());
        auto *message = child<QLabel>(f.window.get(), "signInMessageLabel");
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("pustakawan")));
        CHECK(f.window->loginDialog() != nullptr); // asked again
    }

    SECTION("the board: services, the open incident with its breached clock, the station, today's loan")
    {
        f.signInAsSupervisor();
        CHECK(child<QLabel>(f.window.get(), "userLabel")->text().contains(QStringLiteral("supervisor")));
        CHECK(f.window->currentScreen() == Reports::ReportsWindow::Board);
        auto *board = f.window->boardPage();
        REQUIRE(board->isVisible());
        // Every service of the catalogue has its tile; checkout is up, the kiosk degraded by its
        // open priority 2 incident.
        const auto tiles = board->findChildren<Reports::ServiceTile *>();
        CHECK(tiles.size() == f.firstValue(QStringLiteral("SELECT COUNT(*) FROM services")).toInt());
        CHECK(tiles.size() >= 15);
        CHECK(child<Reports::ServiceTile>(board, "serviceTile_checkout")->health() == QStringLiteral("up"));
        CHECK(child<Reports::ServiceTile>(board, "serviceTile_kiosk")->health() == QStringLiteral("degraded"));
        auto *incidents = child<QTableWidget>(board, "boardIncidentTable");
        REQUIRE(incidents->rowCount() == 1);
        CHECK(incidents->item(0, 0)->data(Qt::UserRole).toLongLong() == id);
        CHECK(incidents->item(0, 2)->text() == QStringLiteral("Kiosk screen frozen"));
        // 40 minutes unowned against a 30-minute target: breached, highlighted.
        CHECK(incidents->item(0, 5)->data(Qt::UserRole).toString() == QStringLiteral("breach"));
        CHECK(incidents->item(0, 5)->text().startsWith(QStringLiteral("Breached")));
        auto *stationTable = child<QTableWidget>(board, "stationTable");
        REQUIRE(stationTable->rowCount() == 1);
        CHECK(stationTable->item(0, 0)->text() == QStringLiteral("kiosk-1"));
        CHECK(stationTable->item(0, 2)->data(Qt::UserRole).toString() == QStringLiteral("up"));
        CHECK(child<Reports::StatTile>(board, "todayLoansTile")->value() == QStringLiteral("1"));
        // The demo's overdue loans are on the board.
        const QString overdue = f.firstValue(QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at IS NULL AND due_at < %1")
                                                 .arg(f.clock.now().toMSecsSinceEpoch()));
        CHECK(child<Reports::StatTile>(board, "overdueTile")->value() == overdue);

        // It refreshes by itself: a new incident appears without touching the window.
        REQUIRE(board->timer().isActive());
        CHECK(board->timer().interval() == Reports::BoardPage::kRefreshSeconds * 1000);
        board->timer().setInterval(50);
        board->timer().start();
        const qint64 second = f.openIncident(QStringLiteral("Checkout refuses every card"), Services::Checkout, 1, 1);
        REQUIRE(waitFor([&] { return incidents->rowCount() == 2; }));
        board->timer().setInterval(Reports::BoardPage::kRefreshSeconds * 1000);
        CHECK(child<Reports::ServiceTile>(board, "serviceTile_checkout")->health() == QStringLiteral("degraded"));
        (void)second;

        // Double-clicking an incident opens it on the incidents screen.
        const QPoint where = incidents->visualItemRect(incidents->item(0, 2)).center();
        QTest::mouseClick(incidents->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(incidents->viewport(), Qt::LeftButton, {}, where);
        CHECK(f.window->currentScreen() == Reports::ReportsWindow::Incidents);
        CHECK(f.window->incidentsPage()->currentId() == incidents->item(0, 0)->data(Qt::UserRole).toLongLong());

        // Signing out leaves nothing on screen.
        click(child<QPushButton>(f.window.get(), "signOutButton"));
        CHECK_FALSE(f.window->session().signedIn());
        CHECK(child<QWidget>(f.window.get(), "signedOutPage")->isVisible());
    }
}

TEST_CASE("an incident is worked from the window through its lifecycle", "[gui][reports]")
{
    WindowFixture f;
    const qint64 id = f.openIncident(QStringLiteral("Receipt printer jams"), Services::Fees, 3, 2);
    auto problem = Problems(f.core).open(f.supervisor, {QStringLiteral("Receipt printer paper jams"), {}, Services::Fees, {}});
    REQUIRE_OK(problem);
    f.signInAsSupervisor();
    f.go(Reports::ReportsWindow::Incidents);
    auto *page = f.window->incidentsPage();
    auto *table = child<QTableWidget>(page, "incidentTable");
    f.selectRow(table, id);
    REQUIRE(page->currentId() == id);
    auto *status = child<QLabel>(page, "incidentStatusLabel");
    auto *note = child<QLineEdit>(page, "noteEdit");
    auto *message = child<QLabel>(page, "messageLabel");
    CHECK(status->property("status").toString() == IncidentStatus::New);
    auto *history = child<QTableWidget>(page, "historyTable");
    const int events = history->rowCount();

    // Start work: in progress, recorded with who did it.
    f.clock.advanceMs(10 * 60 * 1000);
    type(note, QStringLiteral("Looking at the printer"));
    click(child<QPushButton>(page, "startButton"));
    CHECK(f.incident(id).status == IncidentStatus::InProgress);
    CHECK(status->property("status").toString() == IncidentStatus::InProgress);
    CHECK(history->rowCount() > events);
    CHECK(f.firstValue(QStringLiteral("SELECT actor FROM incident_events WHERE incident_id = %1 AND to_status = 'in_progress'").arg(id))
          == QStringLiteral("staff:supervisor"));

    // Waiting without saying on what is refused: the reason is shown, nothing changes.
    note->clear();
    click(child<QPushButton>(page, "pendingButton"));
    CHECK(message->isVisible());
    CHECK(message->property("error").toBool());
    CHECK(f.incident(id).status == IncidentStatus::InProgress);
    type(note, QStringLiteral("Paper from the supplier"));
    click(child<QPushButton>(page, "pendingButton"));
    CHECK_FALSE(message->property("error").toBool());
    CHECK(f.incident(id).status == IncidentStatus::Pending);
    CHECK(f.incident(id).pendingReason == QStringLiteral("Paper from the supplier"));
    CHECK(child<QLabel>(page, "resolveClockLabel")->text().contains(QStringLiteral("paused")));

    // Assign it, raise its priority, link it to the problem.
    auto *assignee = child<QComboBox>(page, "assigneeCombo");
    assignee->setCurrentText(QStringLiteral("pustakawan"));
    click(child<QPushButton>(page, "assignButton"));
    CHECK(f.incident(id).assignee == QStringLiteral("pustakawan"));
    auto *impact = child<QComboBox>(page, "impactCombo");
    impact->setCurrentIndex(impact->findData(1));
    click(child<QPushButton>(page, "setPriorityButton"));
    CHECK(f.incident(id).priority == 2);
    auto *problems = child<QComboBox>(page, "problemCombo");
    problems->setCurrentIndex(problems->findData(problem->id));
    click(child<QPushButton>(page, "linkProblemButton"));
    CHECK(f.incident(id).problemId == problem->id);

    // Resolve (a resolution is required), then a person confirms the closure.
    type(note, QStringLiteral("New paper roll fitted"));
    click(child<QPushButton>(page, "resolveButton"));
    CHECK(f.incident(id).status == IncidentStatus::Resolved);
    CHECK(f.incident(id).resolution == QStringLiteral("New paper roll fitted"));
    CHECK(child<QPushButton>(page, "reopenButton")->isEnabled());
    click(child<QPushButton>(page, "closeButton"));
    CHECK(f.incident(id).status == IncidentStatus::Closed);
    // A closed incident leaves the list of open ones, and shows in "All".
    CHECK(page->currentId() == id);
    auto *filter = child<QComboBox>(page, "statusFilterCombo");
    filter->setCurrentIndex(filter->findData(QStringLiteral("open")));
    emit filter->activated(filter->currentIndex());
    for (int r = 0; r < table->rowCount(); ++r)
        CHECK(table->item(r, 0)->data(Qt::UserRole).toLongLong() != id);
    // Every step is an operation of the service core by the supervisor.
    CHECK(f.firstValue(QStringLiteral("SELECT COUNT(*) FROM operations WHERE actor = 'staff:supervisor' AND outcome = 'ok' AND "
                                      "operation IN ('incident.update', 'incident.close')"))
              .toInt()
          >= 6);

    SECTION("a new incident from the window's form")
    {
        click(child<QPushButton>(page, "newIncidentButton"));
        auto *dialog = page->findChild<Reports::NewIncidentDialog *>(QStringLiteral("newIncidentDialog"));
        REQUIRE(dialog != nullptr);
        REQUIRE(waitFor([&] { return dialog->isVisible(); }));
        // Without a title the module refuses and the form stays open with the reason.
        click(child<QPushButton>(dialog, "openIncidentButton"));
        CHECK(dialog->isVisible());
        CHECK(child<QLabel>(dialog, "messageLabel")->isVisible());
        type(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Wi-Fi down in the reading room"));
        click(child<QPushButton>(dialog, "openIncidentButton"));
        REQUIRE(waitFor([&] { return page->findChild<Reports::NewIncidentDialog *>() == nullptr || !dialog->isVisible(); }));
        const QString newest = f.firstValue(QStringLiteral("SELECT MAX(id) FROM incidents"));
        CHECK(page->currentId() == newest.toLongLong());
        CHECK(f.incident(newest.toLongLong()).title == QStringLiteral("Wi-Fi down in the reading room"));
        CHECK(f.incident(newest.toLongLong()).reportedBy == QStringLiteral("staff:supervisor"));
    }
}

TEST_CASE("a change is requested, approved and scheduled from the window", "[gui][reports]")
{
    WindowFixture f;
    f.signInAsSupervisor();
    f.go(Reports::ReportsWindow::Changes);
    auto *page = f.window->changesPage();
    click(child<QPushButton>(page, "newChangeButton"));
    auto *dialog = page->findChild<Reports::NewChangeDialog *>(QStringLiteral("newChangeDialog"));
    REQUIRE(dialog != nullptr);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    type(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Replace the desk scanner"));
    auto *service = child<QComboBox>(dialog, "serviceCombo");
    service->setCurrentIndex(service->findData(Services::Checkout));
    click(child<QPushButton>(dialog, "requestChangeButton"));
    REQUIRE(waitFor([&] { return !dialog->isVisible(); }));
    const qint64 id = f.firstValue(QStringLiteral("SELECT MAX(id) FROM changes")).toLongLong();
    REQUIRE(page->currentId() == id);
    auto *status = child<QLabel>(page, "changeStatusLabel");
    CHECK(status->property("status").toString() == QStringLiteral("requested"));

    // Scheduling before approval is refused by the module, with its reason.
    click(child<QPushButton>(page, "scheduleButton"));
    CHECK(child<QLabel>(page, "messageLabel")->property("error").toBool());
    click(child<QPushButton>(page, "approveButton"));
    CHECK(status->property("status").toString() == QStringLiteral("approved"));
    child<QDateTimeEdit>(page, "windowStartEdit")->setDateTime(QDateTime(QDate(2026, 3, 7), QTime(18, 0)));
    child<QDateTimeEdit>(page, "windowEndEdit")->setDateTime(QDateTime(QDate(2026, 3, 7), QTime(19, 30)));
    click(child<QPushButton>(page, "scheduleButton"));
    auto change = Changes(f.core).show(f.supervisor, id);
    REQUIRE_OK(change);
    CHECK(change->first.status == QStringLiteral("scheduled"));
    CHECK(change->first.approvedBy == QStringLiteral("staff:supervisor"));
    // The window's times are the library's: 18:00 in Jakarta.
    CHECK(change->first.plannedStartAt == QDateTime(QDate(2026, 3, 7), QTime(18, 0), kJakarta).toMSecsSinceEpoch());
    // The planned maintenance of checkout comes from the window.
    CHECK(f.firstValue(QStringLiteral("SELECT COUNT(*) FROM maintenance_windows WHERE service_code = 'checkout' AND change_id = %1").arg(id))
          == QStringLiteral("1"));
    CHECK(child<QTableWidget>(page, "changeHistoryTable")->rowCount() == 3);
}

TEST_CASE("charts and statistics show the modules' figures", "[gui][reports]")
{
    WindowFixture f;
    f.signInAsSupervisor();

    // Service levels of February, the demo's busiest month.
    f.go(Reports::ReportsWindow::ServiceLevels);
    auto *levels = f.window->serviceLevelsPage();
    auto *month = child<QComboBox>(levels, "monthCombo");
    REQUIRE(month->currentData().toString() == QStringLiteral("2026-03"));
    month->setCurrentIndex(month->findData(QStringLiteral("2026-02")));
    emit month->activated(month->currentIndex());
    CHECK(levels->report().value(QStringLiteral("month")).toString() == QStringLiteral("2026-02"));
    const auto barSets = [](QChart *chart) {
        REQUIRE(chart->series().size() == 1);
        return static_cast<QAbstractBarSeries *>(chart->series().first())->barSets();
    };
    const auto availability = barSets(levels->availabilityChart());
    REQUIRE(availability.size() == 2);
    // One bar per service of the catalogue (the core's and the modules').
    const int services = f.firstValue(QStringLiteral("SELECT COUNT(*) FROM services")).toInt();
    CHECK(availability[0]->count() == services);
    CHECK(availability[1]->count() == services);
    // Services with operations in February: at least checkout and checkin, each with its success.
    const auto attainment = barSets(levels->attainmentChart());
    REQUIRE(attainment.size() == 2);
    CHECK(attainment[1]->count() >= 2);
    CHECK(levels->latencyChart()->series().size() == 4);
    CHECK(levels->incidentChart()->series().size() == 1);

    // Month by month: the last six months, each column from that month's report.
    f.go(Reports::ReportsWindow::Trends);
    auto *trends = f.window->trendsPage();
    QTableWidget *table = trends->table();
    REQUIRE(table->columnCount() == Reports::TrendsPage::kMonths);
    REQUIRE(trends->reports().size() == Reports::TrendsPage::kMonths);
    CHECK(trends->reports().first().first == QStringLiteral("2025-10"));
    CHECK(trends->reports().last().first == QStringLiteral("2026-03"));
    auto february = ServiceManagement::MonthlyReport(f.core).report(f.supervisor, QStringLiteral("2026-02"));
    REQUIRE_OK(february);
    int checkoutRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r)->text() == f.window->session().serviceLabel(QStringLiteral("checkout")))
            checkoutRow = r;
    REQUIRE(checkoutRow >= 0);
    QJsonObject checkout;
    int servicesInFebruary = 0;
    for (const QJsonValue &v : february->value(QStringLiteral("services")).toArray()) {
        ++servicesInFebruary;
        if (v.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("checkout"))
            checkout = v.toObject();
    }
    REQUIRE(checkout.value(QStringLiteral("volume")).toInteger() > 0);
    const QTableWidgetItem *febCell = table->item(checkoutRow, 4); // 2026-02
    REQUIRE(febCell != nullptr);
    CHECK(febCell->text().startsWith(
        Reports::formatPercentBp(checkout.value(QStringLiteral("availability")).toObject().value(QStringLiteral("availability_bp")))));
    CHECK(febCell->data(Qt::UserRole).toBool() == checkout.value(QStringLiteral("meets_targets")).toBool());
    // October 2025, before the demo library's first day: no figures, not a month of 100 %.
    for (int r = 0; r < table->rowCount(); ++r)
        CHECK(table->item(r, 0)->text() == Reports::dash());
    const auto trendSets = static_cast<QAbstractBarSeries *>(trends->chart()->series().first())->barSets();
    REQUIRE(trendSets.size() == 2);
    CHECK(trendSets[0]->at(0) + trendSets[1]->at(0) == 0);
    CHECK(int(trendSets[0]->at(4) + trendSets[1]->at(4)) == servicesInFebruary);

    // Circulation statistics of February from the window, against the module's own figures.
    f.go(Reports::ReportsWindow::Circulation);
    auto *circulation = f.window->circulationPage();
    child<QDateEdit>(circulation, "fromDateEdit")->setDate(QDate(2026, 2, 1));
    child<QDateEdit>(circulation, "toDateEdit")->setDate(QDate(2026, 2, 28));
    click(child<QPushButton>(circulation, "showStatisticsButton"));
    auto expected = Reports::CirculationStats(f.core).compute(f.supervisor, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE_OK(expected);
    REQUIRE(expected->loans > 0);
    CHECK(child<Reports::StatTile>(circulation, "loansTile")->value() == Reports::formatCount(expected->loans));
    CHECK(child<Reports::StatTile>(circulation, "returnsTile")->value() == Reports::formatCount(expected->returns));
    CHECK(child<Reports::StatTile>(circulation, "paymentsTile")->value() == Reports::formatRupiah(expected->paymentsReceived));
    CHECK(child<Reports::StatTile>(circulation, "paymentsTile")->value().startsWith(QStringLiteral("Rp ")));
    auto *perDay = static_cast<QLineSeries *>(circulation->perDayChart()->series().first());
    REQUIRE(perDay->count() == 28);
    qreal sum = 0;
    for (const QPointF &p : perDay->points())
        sum += p.y();
    CHECK(qint64(sum) == expected->loans);
    CHECK(child<QTableWidget>(circulation, "neverBorrowedTable")->rowCount()
          == std::min<qint64>(expected->neverBorrowedCount, Reports::CirculationPage::kNeverBorrowedShown));

    // A period the module refuses: the reason is on the screen.
    child<QDateEdit>(circulation, "fromDateEdit")->setDate(QDate(2026, 3, 1));
    child<QDateEdit>(circulation, "toDateEdit")->setDate(QDate(2026, 2, 1));
    click(child<QPushButton>(circulation, "showStatisticsButton"));
    CHECK(child<QLabel>(circulation, "messageLabel")->property("error").toBool());
}

TEST_CASE("the monthly report is exported to PDF and CSV from the window", "[gui][reports]")
{
    WindowFixture f;
    f.signInAsSupervisor();
    f.go(Reports::ReportsWindow::MonthlyReport);
    auto *page = f.window->monthlyReportPage();
    auto *month = child<QComboBox>(page, "reportMonthCombo");
    month->setCurrentIndex(month->findData(QStringLiteral("2026-02")));
    emit month->activated(month->currentIndex());
    CHECK(child<QTableWidget>(page, "reportServiceTable")->rowCount() == f.firstValue(QStringLiteral("SELECT COUNT(*) FROM services")).toInt());
    CHECK(child<Reports::StatTile>(page, "operationsTile")->value() != QStringLiteral("0"));
    CHECK(child<QLabel>(page, "reportStateLabel")->text().contains(QStringLiteral("not closed")));

    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString folder = QDir(out.path()).filePath(QStringLiteral("audit"));
    type(child<QLineEdit>(page, "exportFolderEdit"), folder);
    CHECK_FALSE(child<QPushButton>(page, "openPdfButton")->isEnabled());
    click(child<QPushButton>(page, "exportPdfButton"));
    const QString pdf = QDir(folder).filePath(QStringLiteral("aksara-service-report-2026-02.pdf"));
    auto *message = child<QLabel>(page, "messageLabel");
    INFO(message->text().toStdString());
    REQUIRE(QFile::exists(pdf));
    CHECK(page->lastPdf() == pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 2000);
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(child<QPushButton>(page, "openPdfButton")->isEnabled());
    CHECK_FALSE(message->property("error").toBool());
    CHECK(message->text().contains(QStringLiteral("aksara-service-report-2026-02.pdf")));

    click(child<QPushButton>(page, "exportCsvButton"));
    const QDir csv(QDir(folder).filePath(QStringLiteral("aksara-service-report-2026-02-csv")));
    const QStringList files = csv.entryList({QStringLiteral("*.csv")}, QDir::Files);
    CHECK(files.size() == 8);
    CHECK(files.contains(QStringLiteral("2026-02-services.csv")));
    // The export is on record as an operation of the reporting service by the supervisor.
    CHECK(f.firstValue(QStringLiteral("SELECT COUNT(*) FROM operations WHERE actor = 'staff:supervisor' AND service = 'reporting' "
                                      "AND operation = 'report.monthly' AND subject = '2026-02' AND outcome = 'ok'"))
              .toInt()
          >= 3);

    SECTION("a folder that cannot be written: the reason is shown and no file claimed")
    {
        QFile blocker(QDir(out.path()).filePath(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        type(child<QLineEdit>(page, "exportFolderEdit"), blocker.fileName());
        click(child<QPushButton>(page, "exportPdfButton"));
        CHECK(message->property("error").toBool());
        CHECK(page->lastPdf() == pdf);
    }
}
