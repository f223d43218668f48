#pragma once

#include "shell/AppContext.h"

#include <QStringList>

class QWidget;

namespace Aksara::Desk {

// How aksara-desk opens its library: as every window does (Shell::openLibrary), except that a new
// SQLite library — a file that does not exist yet, or an empty one — is created and migrated first
// (as `aksara init` does, by the local administrator), so that the first-run assistant can set it
// up. Anything else that is not an up-to-date Aksara database is refused as before.
Result<Shell::AppContext> openDeskLibrary(const QString &url, std::unique_ptr<Clock> clock);

// What aksara-desk does once the library is open: when the library is not set up yet
// (Library::Setup::isSetUp), the first-run assistant (SetupAssistant) instead of the login, as the
// local administrator of this machine, and then the login of the new administrator; the station (--station CODE, AKSARA_STATION or
// the settings, with its token) and its heartbeats, the staff login (the login dialog, or
// AKSARA_USER + AKSARA_PASSWORD for an unattended start such as a screenshot), the desk's branch
// (--branch CODE, the settings' desk/branch, the staff member's branch, or the library's default),
// the interface locale, and the window. Returns null when the person cancels the assistant or the
// login. With --screenshot (GuiMain), a library that is not set up gives the assistant itself.
QWidget *startDesk(Shell::AppContext &ctx, const QStringList &arguments);

} // namespace Aksara::Desk
