// aksara-desk: the front-desk workstation.
#include "shell/GuiMain.h"
#include "shell/ServiceStatusView.h"

#include <QApplication>
#include <QHostInfo>
#include <QMainWindow>

using namespace Aksara;

int main(int argc, char *argv[])
{
    return Shell::runWindowApp(argc, argv, QStringLiteral("aksara-desk"), QStringLiteral("Aksara"),
                               [](Shell::AppContext &ctx) -> QWidget * {
                                   auto *w = new QMainWindow;
                                   w->setObjectName(QStringLiteral("deskWindow"));
                                   w->setWindowTitle(QApplication::translate("Aksara::Desk", "Aksara — front desk"));
                                   Caller station;
                                   station.channel = Channel::Desk;
                                   station.actor = QStringLiteral("station:") + QHostInfo::localHostName();
                                   station.rights = {Rights::ReportView};
                                   w->setCentralWidget(new Shell::ServiceStatusView(*ctx.core, station, w));
                                   w->resize(1000, 620);
                                   return w;
                               });
}
