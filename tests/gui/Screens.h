#pragma once

#include "shell/AppContext.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QWidget>

#include <functional>

namespace Aksara::Screens {

// One main screen of a window, built on a demo library for screenshots (tools/screenshots) and
// for the GUI tests that look at every screen. `build` returns the top-level widget to grab,
// already filled (a patron opened, a search run, …) the way a person would see it.
struct Screen {
    QString name; // file name: "desk-circulation", "kiosk-welcome", …
    QSize size;
    std::function<QWidget *(Shell::AppContext &)> build;
};

QList<Screen> all();

} // namespace Aksara::Screens
