#pragma once

#include <QString>

namespace Aksara::Shell {

// The name of a service for people, in the interface language: the seeded catalogue names are
// translated; a name a supervisor has changed is shown as written.
QString serviceName(const QString &code, const QString &catalogueName);

} // namespace Aksara::Shell
