#include "Screens.h"

#include "shell/ServiceStatusView.h"

namespace Aksara::Screens {

QList<Screen> all()
{
    QList<Screen> screens;
    screens << Screen{QStringLiteral("service-status"), QSize(1000, 620), [](Shell::AppContext &ctx) -> QWidget * {
                          Caller station;
                          station.channel = Channel::Desk;
                          station.actor = QStringLiteral("station:screenshots");
                          station.rights = {Rights::ReportView};
                          return new Shell::ServiceStatusView(*ctx.core, station);
                      }};
    return screens;
}

} // namespace Aksara::Screens
