// aksara-kiosk: the self-service kiosk.
#include "shell/GuiMain.h"
#include "shell/ServiceStatusView.h"

#include <QApplication>
#include <QHostInfo>
#include <QMainWindow>

using namespace Aksara;

int main(int argc, char *argv[])
{
    return Shell::runWindowApp(argc, argv, QStringLiteral("aksara-kiosk"), QStringLiteral("Aksara"),
                               [](Shell::AppContext &ctx) -> QWidget * {
                                   auto *w = new QMainWindow;
                                   w->setObjectName(QStringLiteral("kioskWindow"));
                                   w->setWindowTitle(QApplication::translate("Aksara::Kiosk", "Aksara — self-service"));
                                   Caller station;
                                   station.channel = Channel::Kiosk;
                                   station.actor = QStringLiteral("station:") + QHostInfo::localHostName();
                                   station.rights = {Rights::ReportView};
                                   w->setCentralWidget(new Shell::ServiceStatusView(*ctx.core, station, w));
                                   w->resize(1000, 620);
                                   return w;
                               });
}
