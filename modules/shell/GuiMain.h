#pragma once

#include "shell/AppContext.h"

#include <QWidget>

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
int runWindowApp(int argc, char *argv[], const QString &programName,
                 const std::function<QWidget *(AppContext &)> &makeWindow, const LibraryOpener &open = {});

} // namespace Aksara::Shell
