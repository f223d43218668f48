#pragma once

#include "reports/Page.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Aksara::Shell {
class LoginDialog;
}

namespace Aksara::Reports {

class BoardPage;
class ChangesPage;
class CirculationPage;
class IncidentsPage;
class MessageBar;
class MonthlyReportPage;
class ProblemsPage;
class ServiceLevelsPage;
class TrendsPage;

// The supervisor reports window (aksara-reports): a supervisor or administrator signs in; the
// screens are the live board, incidents, problems, changes, service levels, circulation
// statistics and the monthly report. The window holds no business logic: every figure and every
// action is a call of the service or reports module as the signed-in person.
class ReportsWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Screen { Board, Incidents, Problems, Changes, ServiceLevels, Trends, Circulation, MonthlyReport };

    ReportsWindow(ServiceCore &core, QString station, QWidget *parent = nullptr);

    // Opens the staff login over the window (window-modal; the window stays usable by tests).
    void signIn();
    // Starts working as this person; refused (false, the reason shown) without report.view.
    bool startSession(const Caller &caller, const QString &username);
    void signOut();
    const Session &session() const { return m_session; }
    Shell::LoginDialog *loginDialog() const { return m_login; }

    void showScreen(Screen screen);
    Screen currentScreen() const;

    BoardPage *boardPage() const { return m_board; }
    IncidentsPage *incidentsPage() const { return m_incidents; }
    ProblemsPage *problemsPage() const { return m_problems; }
    ChangesPage *changesPage() const { return m_changes; }
    ServiceLevelsPage *serviceLevelsPage() const { return m_levels; }
    TrendsPage *trendsPage() const { return m_trends; }
    CirculationPage *circulationPage() const { return m_circulation; }
    MonthlyReportPage *monthlyReportPage() const { return m_monthly; }

signals:
    // The login dialog was cancelled before anybody signed in.
    void signInCancelled();

private:
    QList<Page *> pages() const;

    ServiceCore &m_core;
    QString m_station;
    Session m_session;
    QLabel *m_library;
    QLabel *m_logo;
    QLabel *m_user;
    QPushButton *m_signOut;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QWidget *m_signedOut;
    MessageBar *m_signInMessage;
    Shell::LoginDialog *m_login = nullptr;
    BoardPage *m_board;
    IncidentsPage *m_incidents;
    ProblemsPage *m_problems;
    ChangesPage *m_changes;
    ServiceLevelsPage *m_levels;
    TrendsPage *m_trends;
    CirculationPage *m_circulation;
    MonthlyReportPage *m_monthly;
};

} // namespace Aksara::Reports
