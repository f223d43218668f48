#pragma once

#include "shell/AppContext.h"

#include <QWidget>

class QSettings;

#include <functional>

namespace Aksara::Shell {

// How a program opens the library it is given; the default is openLibrary (an existing, up-to-date
// database). The desk passes its own, which also creates a new SQLite library for its first-run
// assistant.
using LibraryOpener = std::function<Result<AppContext>(const QString &url, std::unique_ptr<Clock> clock)>;

// The start of every Aksara window program: without a display it says how to run headless and
// exits cleanly (code 0); otherwise it creates the application, applies --lang, opens the
// library from --db / AKSARA_DB (a clear message box and exit 1 when it cannot), and shows the
// window that makeWindow builds.
// The library a window remembered (settings key database/url), to connect with at this start.
// Settings never keep a database password (docs/security.md, "Least privilege"): a URL an older
// version remembered with its password is returned as it is, for this start only, and stored
// again without it at once.
QString takeRememberedDatabase(QSettings &settings);
// Remembers `url` for the next start, without its password.
void rememberDatabase(QSettings &settings, const QString &url);

int runWindowApp(int argc, char *argv[], const QString &programName,
                 const std::function<QWidget *(AppContext &)> &makeWindow, const LibraryOpener &open = {});

} // namespace Aksara::Shell
