// aksara-kiosk: the self-service kiosk (wiring only; see modules/kiosk and docs/kiosk.md).
//
//   aksara-kiosk [--db LIBRARY] [--lang id|en] [--station CODE] [--queue FILE] [--branch CODE]
//                [--idle SECONDS] [--receipt-printer NAME|FILE.pdf] [--windowed]
//
// The kiosk runs as a staff account of role kiosk: its user name and password come from
// AKSARA_KIOSK_USER / AKSARA_KIOSK_PASSWORD (unattended start), or a staff member signs it in.
#include "app/WindowHelp.h"
#include "kiosk/KioskWindow.h"

#include "shell/GuiMain.h"
#include "shell/LoginDialog.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QDir>
#include <QHostInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Aksara;

namespace Aksara::Kiosk {
namespace {

QString tr(const char *text)
{
    return QApplication::translate("Aksara::Kiosk", text);
}

QString option(const QStringList &args, const QString &name)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 1);
    }
    return {};
}

// A window that is never seen: the program ends with `code` as soon as the event loop runs.
QWidget *quitWith(int code)
{
    auto *w = new QWidget;
    w->setAttribute(Qt::WA_DontShowOnScreen);
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    return w;
}

QWidget *cannotStart(const Error &error)
{
    const QString title = tr("The kiosk cannot start");
    QMessageBox::critical(nullptr, title, error.message);
    return quitWith(1);
}

// The kiosk account, signed in through the core: unattended from the environment, or by staff.
std::optional<StaffAccount> kioskAccount(Shell::AppContext &ctx, const QString &station)
{
    const QString user = qEnvironmentVariable("AKSARA_KIOSK_USER");
    if (!user.isEmpty()) {
        Caller who;
        who.channel = Channel::Kiosk;
        who.actor = QStringLiteral("station:") + station;
        who.station = station;
        auto account = StaffDirectory(*ctx.core).authenticate(who, user, qEnvironmentVariable("AKSARA_KIOSK_PASSWORD"));
        if (!account.ok()) {
            std::fprintf(stderr, "aksara-kiosk: %s\n", qPrintable(account.error().message));
            return std::nullopt;
        }
        if (account->role != Role::Kiosk) {
            std::fprintf(stderr, "aksara-kiosk: %s\n",
                         qPrintable(tr("%1 is not a kiosk account (role kiosk); a kiosk never runs with a librarian's rights.")
                                        .arg(user)));
            return std::nullopt;
        }
        return *account;
    }
    while (true) {
        Shell::LoginDialog login(*ctx.core, Channel::Kiosk, station, tr("Start the kiosk: sign in with the kiosk account"));
        if (login.exec() != QDialog::Accepted)
            return std::nullopt;
        if (login.account().role == Role::Kiosk) {
            QSettings().setValue(QStringLiteral("kiosk/account"), login.account().username);
            return login.account();
        }
        QMessageBox::warning(nullptr, tr("Not a kiosk account"),
                             tr("%1 is a staff account. The kiosk runs with an account of role kiosk (for example "
                                "kiosk1), so that patrons can only ever use their own card.")
                                 .arg(login.account().username));
    }
}

} // namespace
} // namespace Aksara::Kiosk

namespace {
App::WindowHelp help()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Aksara::App", text); };
    return {QStringLiteral("[--db LIBRARY] [--lang id|en] [--station CODE] [--branch CODE] [--queue FILE] "
                           "[--idle SECONDS] [--receipt-printer NAME|FILE.pdf] [--windowed]"),
            tr("Aksara self-service kiosk: patrons sign in with their card and PIN to borrow, return and renew, "
               "see their own loans, holds and fees, and search the catalogue. It runs full screen with a "
               "staff account of role kiosk."),
            {{QStringLiteral("--station CODE"), tr("this kiosk's registered station code, to send heartbeats")},
             {QStringLiteral("--branch CODE"), tr("the branch where returned items are received")},
             {QStringLiteral("--queue FILE"), tr("the offline queue file, kept while the library cannot be reached")},
             {QStringLiteral("--idle SECONDS"), tr("seconds without a touch before \"are you still there?\" (default 60)")},
             {QStringLiteral("--receipt-printer NAME|FILE.pdf"), tr("the receipt printer (remembered; default: the default printer)")},
             {QStringLiteral("--windowed"), tr("a window instead of full screen")}},
            {{QStringLiteral("AKSARA_KIOSK_USER, AKSARA_KIOSK_PASSWORD"), tr("the kiosk account, for an unattended start")},
             {QStringLiteral("AKSARA_STATION"), tr("the station code, when --station is not given")},
             {QStringLiteral("AKSARA_STATION_TOKEN"), tr("the station's token")}}};
}
} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = App::answerHelpOrVersion(argc, argv, "aksara-kiosk", help); answered >= 0)
        return answered;
    return Shell::runWindowApp(argc, argv, QStringLiteral("aksara-kiosk"),
                               [](Shell::AppContext &ctx) -> QWidget * {
                                   const QStringList args = QApplication::arguments();
                                   QSettings settings;
                                   auto [code, token] = Shell::StationBeacon::configured(Kiosk::option(args, QStringLiteral("--station")));
                                   if (!code.isEmpty() && settings.value(QStringLiteral("station/code")).toString().isEmpty()) {
                                       settings.setValue(QStringLiteral("station/code"), code);
                                       if (!token.isEmpty())
                                           settings.setValue(QStringLiteral("station/token"), token);
                                   }
                                   const QString station = code.isEmpty() ? QStringLiteral("kiosk:") + QHostInfo::localHostName() : code;
                                   auto account = Kiosk::kioskAccount(ctx, station);
                                   if (!account)
                                       return Kiosk::quitWith(1);

                                   Kiosk::KioskOptions options;
                                   options.station = station;
                                   // Heartbeats only from a registered station (aksara station register CODE --kind kiosk).
                                   options.heartbeats = !code.isEmpty();
                                   options.stationToken = token;
                                   options.returnBranch = Kiosk::option(args, QStringLiteral("--branch"));
                                   if (options.returnBranch.isEmpty())
                                       options.returnBranch = settings.value(QStringLiteral("kiosk/branch")).toString();
                                   const int idle = Kiosk::option(args, QStringLiteral("--idle")).toInt();
                                   options.idleMs = 1000 * (idle > 0 ? idle : settings.value(QStringLiteral("kiosk/idle_seconds"), 60).toInt());
                                   QString queue = Kiosk::option(args, QStringLiteral("--queue"));
                                   if (queue.isEmpty())
                                       queue = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                                   .filePath(QStringLiteral("offline-queue.sqlite"));
                                   auto session = Kiosk::KioskSession::create(*ctx.core, StaffDirectory::callerFor(*account, Channel::Kiosk, station),
                                                                              queue, options);
                                   if (!session.ok()) {
                                       return Kiosk::cannotStart(session.error());
                                   }
                                   Kiosk::KioskWindow::Options windowOptions;
                                   windowOptions.fullScreen = !args.contains(QStringLiteral("--windowed"))
                                                              && !args.contains(QStringLiteral("--screenshot"));
                                   // Receipts: --receipt-printer NAME (or FILE.pdf), remembered; else the default printer.
                                   windowOptions.receiptPrinter = Kiosk::option(args, QStringLiteral("--receipt-printer"));
                                   if (windowOptions.receiptPrinter.isEmpty())
                                       windowOptions.receiptPrinter = settings.value(QStringLiteral("kiosk/receipt_printer")).toString();
                                   else
                                       settings.setValue(QStringLiteral("kiosk/receipt_printer"), windowOptions.receiptPrinter);
                                   auto *w = new Kiosk::KioskWindow(std::move(*session), windowOptions);
                                   if (!windowOptions.fullScreen)
                                       w->resize(1280, 800);
                                   QObject::connect(w, &Kiosk::KioskWindow::exitRequested, qApp, &QCoreApplication::quit,
                                                    Qt::QueuedConnection);
                                   return w;
                               });
}
