#pragma once

#include "shell/AppContext.h"

#include <QStringList>

class QWidget;

namespace Aksara::Desk {

// What aksara-desk does once the library is open: the station (--station CODE, AKSARA_STATION or
// the settings, with its token) and its heartbeats, the staff login (the login dialog, or
// AKSARA_USER + AKSARA_PASSWORD for an unattended start such as a screenshot), the desk's branch
// (--branch CODE, the settings' desk/branch, the staff member's branch, or the library's default),
// the interface locale, and the window. Returns null when the person cancels the login.
QWidget *startDesk(Shell::AppContext &ctx, const QStringList &arguments);

} // namespace Aksara::Desk
