// aksara-reports: the supervisor reports window.
//   aksara-reports [--db LIBRARY] [--lang id|en] [--station CODE]
#include "app/WindowHelp.h"
#include "reports/ReportsWindow.h"
#include "shell/GuiMain.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QHostInfo>
#include <QLocale>
#include <QTimer>

using namespace Aksara;

namespace {
App::WindowHelp help()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Aksara::App", text); };
    return {QStringLiteral("[--db LIBRARY] [--lang id|en] [--station CODE]"),
            tr("Aksara supervisor reports: live status of every service and station, incidents and their "
               "clocks, service levels, the monthly report for auditors (PDF and CSV)."),
            {{QStringLiteral("--station CODE"), tr("a registered station code, to send heartbeats as that station")}},
            {{QStringLiteral("AKSARA_STATION"), tr("the station code, when --station is not given")},
             {QStringLiteral("AKSARA_STATION_TOKEN"), tr("the station's token")}}};
}
} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = App::answerHelpOrVersion(argc, argv, "aksara-reports", help); answered >= 0)
        return answered;
    return Shell::runWindowApp(argc, argv, QStringLiteral("aksara-reports"),
                               [](Shell::AppContext &ctx) -> QWidget * {
                                   // Dates, numbers and rupiah in the interface language's conventions.
                                   QLocale::setDefault(ctx.language == QLatin1String("id")
                                                           ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom));
                                   const QStringList args = QApplication::arguments();
                                   const qsizetype s = args.indexOf(QStringLiteral("--station"));
                                   const auto [code, token] =
                                       Shell::StationBeacon::configured(s >= 0 && s + 1 < args.size() ? args.at(s + 1) : QString());
                                   auto *window = new Reports::ReportsWindow(*ctx.core, code.isEmpty() ? QHostInfo::localHostName() : code);
                                   if (!code.isEmpty())
                                       new Shell::StationBeacon(*ctx.core, code, token, 60, window);
                                   window->resize(1360, 860);
                                   QObject::connect(window, &Reports::ReportsWindow::signInCancelled, qApp, &QApplication::quit);
                                   QTimer::singleShot(0, window, &Reports::ReportsWindow::signIn);
                                   return window;
                               });
}
