#pragma once

#include "shell/AppContext.h"

#include <QWidget>

#include <functional>

namespace Aksara::Shell {

// The start of every Aksara window program: without a display it says how to run headless and
// exits cleanly (code 0); otherwise it creates the application, applies --lang, opens the
// library from --db / AKSARA_DB (a clear message box and exit 1 when it cannot), and shows the
// window that makeWindow builds.
int runWindowApp(int argc, char *argv[], const QString &programName,
                 const std::function<QWidget *(AppContext &)> &makeWindow);

} // namespace Aksara::Shell
