#pragma once

#include "desk/DeskSession.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace Aksara::Shell {
class StationBeacon;
}

namespace Aksara::Desk {

class AdminPage;
class CataloguePage;
class CirculationPage;
class HoldsPage;
class PatronsPage;
class StatusStrip;

// The front-desk window: circulation (the scan box), members, the catalogue, holds, the services'
// status and, for administrators only (system.admin), the administration area; with a status strip
// at the bottom showing this station's heartbeat and the health of the services the desk uses.
// Keys: Ctrl+1 circulation, F4 find a member, F7 search the catalogue, Ctrl+N register, Ctrl+6
// administration, F12 report a problem.
class DeskWindow : public QMainWindow {
    Q_OBJECT
public:
    // `beacon` may be null (no station configured); `statusCaller` reads the service levels.
    DeskWindow(DeskSession &session, Shell::StationBeacon *beacon, const Caller &statusCaller, QWidget *parent = nullptr);

    CirculationPage *circulation() const { return m_circulation; }
    PatronsPage *patrons() const { return m_patrons; }
    HoldsPage *holds() const { return m_holds; }
    CataloguePage *catalogue() const { return m_catalogue; }
    // Null unless the staff member signed in is an administrator.
    AdminPage *admin() const { return m_admin; }
    StatusStrip *statusStrip() const { return m_strip; }
    QTabWidget *tabs() const { return m_tabs; }
    const DeskSession &session() const { return m_session; }

public slots:
    void showCirculation();
    void findPatron();
    void searchCatalogue();
    void registerPatron();
    void reportProblem();
    void showShortcuts();
    // Shift change: the member on screen is put away, the window hides behind a staff login and
    // comes back for whoever signs in (the same station and branch); no sign-in closes it.
    void signOut();
    // Opens the administration area (administrators only).
    void showAdministration();

private:
    void showWho();
    // The administration area for an administrator, none for anyone else; made afresh for each
    // staff member who signs in.
    void setUpAdministration();

    DeskSession &m_session;
    QLabel *m_who = nullptr;
    QTabWidget *m_tabs;
    CirculationPage *m_circulation;
    PatronsPage *m_patrons;
    CataloguePage *m_catalogue;
    HoldsPage *m_holds;
    AdminPage *m_admin = nullptr;
    QAction *m_adminAction = nullptr;
    StatusStrip *m_strip;
};

} // namespace Aksara::Desk
