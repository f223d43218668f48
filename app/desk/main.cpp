// aksara-desk: the front-desk workstation.
//   aksara-desk [--db LIBRARY] [--lang id|en] [--station CODE] [--branch CODE]
#include "desk/DeskStart.h"
#include "shell/GuiMain.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

using namespace Aksara;

int main(int argc, char *argv[])
{
    return Shell::runWindowApp(argc, argv, QStringLiteral("aksara-desk"),
                               [](Shell::AppContext &ctx) -> QWidget * {
                                   QWidget *window = Desk::startDesk(ctx, QApplication::arguments());
                                   if (window)
                                       return window;
                                   // Login cancelled: an empty window that closes at once ends the program.
                                   auto *none = new QWidget;
                                   none->setWindowFlag(Qt::FramelessWindowHint);
                                   none->resize(1, 1);
                                   QTimer::singleShot(0, qApp, &QApplication::quit);
                                   return none;
                               },
                               Desk::openDeskLibrary);
}
