// aksara-desk: the front-desk workstation.
//   aksara-desk [--db LIBRARY] [--lang id|en] [--station CODE] [--branch CODE]
#include "app/WindowHelp.h"
#include "desk/DeskStart.h"
#include "shell/GuiMain.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

using namespace Aksara;

namespace {
App::WindowHelp help()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Aksara::App", text); };
    return {QStringLiteral("[--db LIBRARY] [--lang id|en] [--station CODE] [--branch CODE]"),
            tr("Aksara front desk: check items out and in, register members and print their cards, renew, "
               "holds, fees and catalogue search, as the staff member who signs in."),
            {{QStringLiteral("--station CODE"), tr("this desk's registered station code, to send heartbeats")},
             {QStringLiteral("--branch CODE"), tr("the branch where items are scanned (remembered)")}},
            {{QStringLiteral("AKSARA_STATION"), tr("the station code, when --station is not given")},
             {QStringLiteral("AKSARA_STATION_TOKEN"), tr("the station's token")},
             {QStringLiteral("AKSARA_USER, AKSARA_PASSWORD"), tr("sign in as this staff member without the dialog")}}};
}
} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = App::answerHelpOrVersion(argc, argv, "aksara-desk", help); answered >= 0)
        return answered;
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
