#include "Screens.h"

#include "shell/ServiceStatusView.h"

namespace Aksara::Screens {

// Each window keeps its screens in a file of its own (DeskScreens.cpp, LibraryScreens.cpp for the
// desk's library administration and first-run assistant, KioskScreens.cpp, ReportsScreens.cpp).
QList<Screen> deskScreens();
QList<Screen> deskAdminScreens();
QList<Screen> kioskScreens();
QList<Screen> reportsScreens();
QList<Screen> deskLibraryScreens();

QList<Screen> all()
{
    QList<Screen> screens = deskScreens() + kioskScreens() + reportsScreens();
    screens << Screen{QStringLiteral("service-status"), QSize(1000, 620), [](Shell::AppContext &ctx) -> QWidget * {
                          Caller station;
                          station.channel = Channel::Desk;
                          station.actor = QStringLiteral("station:screenshots");
                          station.rights = {Rights::ReportView};
                          return new Shell::ServiceStatusView(*ctx.core, station);
                      }};
    // Last: they add accounts, and refused attempts, that the other screens should not show.
    screens << deskAdminScreens() << deskLibraryScreens();
    return screens;
}

} // namespace Aksara::Screens
