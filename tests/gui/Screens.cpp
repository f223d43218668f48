#include "Screens.h"

#include "shell/DatabaseDialog.h"
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
    // Where the library is: a PostgreSQL URL without its password, which is asked for (and not
    // remembered) after the server refused the connection.
    screens << Screen{QStringLiteral("database-dialog"), QSize(620, 420), [](Shell::AppContext &) -> QWidget * {
                          return new Shell::DatabaseDialog(
                              QStringLiteral("postgresql://aksara_app:old-secret@db.perpustakaan.local:5432/aksara"),
                              QCoreApplication::translate("Aksara::Database", "Cannot open the database %1: %2")
                                  .arg(QStringLiteral("postgresql://aksara_app@db.perpustakaan.local:5432/aksara"),
                                       QStringLiteral("FATAL:  password authentication failed for user \"aksara_app\"")));
                      }};
    // Last: they add accounts, and refused attempts, that the other screens should not show.
    screens << deskAdminScreens() << deskLibraryScreens();
    return screens;
}

} // namespace Aksara::Screens
