#pragma once

#include "desk/DeskSession.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace Aksara::Shell {
class StationBeacon;
}

namespace Aksara::Desk {

class CirculationPage;
class HoldsPage;
class PatronsPage;
class StatusStrip;

// The front-desk window: circulation (the scan box), members, holds, the services' status, with a
// status strip at the bottom showing this station's heartbeat and the health of the services the
// desk uses. Keys: Ctrl+1…5 pages, F4 find a member, Ctrl+N register, F12 report a problem.
class DeskWindow : public QMainWindow {
    Q_OBJECT
public:
    // `beacon` may be null (no station configured); `statusCaller` reads the service levels.
    DeskWindow(DeskSession &session, Shell::StationBeacon *beacon, const Caller &statusCaller, QWidget *parent = nullptr);

    CirculationPage *circulation() const { return m_circulation; }
    PatronsPage *patrons() const { return m_patrons; }
    HoldsPage *holds() const { return m_holds; }
    StatusStrip *statusStrip() const { return m_strip; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void showCirculation();
    void findPatron();
    void registerPatron();
    void reportProblem();
    void showShortcuts();

private:
    DeskSession &m_session;
    QTabWidget *m_tabs;
    CirculationPage *m_circulation;
    PatronsPage *m_patrons;
    HoldsPage *m_holds;
    StatusStrip *m_strip;
};

} // namespace Aksara::Desk
