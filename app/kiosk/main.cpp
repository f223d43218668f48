// aksara-kiosk: the self-service kiosk (wiring only; see modules/kiosk and docs/kiosk.md).
//
//   aksara-kiosk --server https://HOST:PORT --station CODE [--station-token-file FILE] [...]
//   aksara-kiosk [--db LIBRARY] [--lang id|en] [--station CODE] [--queue FILE] [--branch CODE]
//                [--idle SECONDS] [--receipt-printer NAME|FILE.pdf] [--windowed]
//
// Remote mode (--server, remembered): the kiosk asks aksara-server's kiosk API as its station; it
// needs and keeps no database URL or password. The station's token is kept only in a file of the
// kiosk's user, 0600 (--station-token-file, default station-token in its configuration folder),
// written at the first start from AKSARA_STATION_TOKEN or a prompt.
// Local mode (--db, a single-machine install): the kiosk runs as a staff account of role kiosk:
// its user name and password come from AKSARA_KIOSK_USER / AKSARA_KIOSK_PASSWORD (unattended
// start), or a staff member signs it in.
#include "app/WindowHelp.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/RemoteLibrary.h"

#include "shell/GuiMain.h"
#include "shell/LoginDialog.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QSaveFile>
#include <QHostInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <sys/stat.h>

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

// The station's token, kept only in a file of the kiosk's user (0600). Missing: written from
// AKSARA_STATION_TOKEN or asked for once. A file other users could read is refused.
Result<QString> stationToken(const QString &path, const QString &station, bool interactive)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) == 0) {
        if ((st.st_mode & 0077) != 0)
            return Error::refused(QStringLiteral("kiosk.token_unsafe"),
                                  tr("The station token file %1 can be read by other users. Allow its owner only "
                                     "(chmod 600 %1) and start the kiosk again.")
                                      .arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(QStringLiteral("kiosk.token_unavailable"),
                                 tr("Cannot read the station token file %1: %2").arg(path, f.errorString()));
        const QString token = QString::fromUtf8(f.readAll()).trimmed();
        if (token.isEmpty())
            return Error::refused(QStringLiteral("kiosk.token_unavailable"), tr("The station token file %1 is empty.").arg(path));
        return token;
    }
    QString token = qEnvironmentVariable("AKSARA_STATION_TOKEN").trimmed();
    if (token.isEmpty() && interactive) {
        bool ok = false;
        token = QInputDialog::getText(nullptr, tr("Connect the kiosk"),
                                      tr("The token of station %1 (shown once by \"aksara station register %1 --kind kiosk\"):")
                                          .arg(station),
                                      QLineEdit::Password, QString(), &ok)
                    .trimmed();
        if (!ok)
            token.clear();
    }
    if (token.isEmpty())
        return Error::refused(QStringLiteral("kiosk.token_unavailable"),
                              tr("No token for station %1: put it in %2 (readable by the kiosk's user only) or start "
                                 "the kiosk once with AKSARA_STATION_TOKEN set.")
                                  .arg(station, path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(QStringLiteral("kiosk.token_unavailable"),
                             tr("Cannot write the station token file %1: %2").arg(path, f.errorString()));
    f.write(token.toUtf8() + '\n');
    if (!f.commit())
        return Error::failed(QStringLiteral("kiosk.token_unavailable"),
                             tr("Cannot write the station token file %1: %2").arg(path, f.errorString()));
    ::chmod(native.constData(), 0600);
    return token;
}

// The kiosk's options common to both modes.
KioskOptions kioskOptions(const QStringList &args, QSettings &settings, const QString &station)
{
    KioskOptions options;
    options.station = station;
    options.returnBranch = option(args, QStringLiteral("--branch"));
    if (options.returnBranch.isEmpty())
        options.returnBranch = settings.value(QStringLiteral("kiosk/branch")).toString();
    const int idle = option(args, QStringLiteral("--idle")).toInt();
    options.idleMs = 1000 * (idle > 0 ? idle : settings.value(QStringLiteral("kiosk/idle_seconds"), 60).toInt());
    return options;
}

QString queuePath(const QStringList &args)
{
    QString queue = option(args, QStringLiteral("--queue"));
    if (queue.isEmpty())
        queue = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("offline-queue.sqlite"));
    return queue;
}

QWidget *kioskWindow(std::unique_ptr<KioskSession> session, const QStringList &args, QSettings &settings)
{
    KioskWindow::Options windowOptions;
    windowOptions.fullScreen = !args.contains(QStringLiteral("--windowed")) && !args.contains(QStringLiteral("--screenshot"));
    // Receipts: --receipt-printer NAME (or FILE.pdf), remembered; else the default printer.
    windowOptions.receiptPrinter = option(args, QStringLiteral("--receipt-printer"));
    if (windowOptions.receiptPrinter.isEmpty())
        windowOptions.receiptPrinter = settings.value(QStringLiteral("kiosk/receipt_printer")).toString();
    else
        settings.setValue(QStringLiteral("kiosk/receipt_printer"), windowOptions.receiptPrinter);
    auto *w = new KioskWindow(std::move(session), windowOptions);
    if (!windowOptions.fullScreen)
        w->resize(1280, 800);
    QObject::connect(w, &KioskWindow::exitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    return w;
}

// Remote mode: no database anywhere on this machine.
int runRemote(int argc, char *argv[])
{
    if (!Shell::hasDisplay()) {
        std::fprintf(stdout, "aksara-kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot "
                             "open. Try QT_QPA_PLATFORM=offscreen or xvfb-run -a.\n");
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aksara-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("Aksara"));
    const QStringList args = QApplication::arguments();
    QSettings settings;
    const Shell::CommonOptions common = Shell::parseCommonOptions(args);
    Shell::installTranslations(common.language.isEmpty() ? settings.value(QStringLiteral("ui/language")).toString()
                                                         : common.language);
    const bool interactive = !args.contains(QStringLiteral("--screenshot"));
    const auto stop = [interactive](const QString &message) {
        std::fprintf(stderr, "aksara-kiosk: %s\n", qPrintable(message));
        if (interactive)
            QMessageBox::critical(nullptr, tr("The kiosk cannot start"), message);
        return 1;
    };
    // The server: an address only (user names or passwords in it are refused, never stored).
    QString serverText = option(args, QStringLiteral("--server"));
    if (serverText.isEmpty())
        serverText = settings.value(QStringLiteral("kiosk/server")).toString();
    const QUrl server(serverText, QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
        || server.host().isEmpty() || !server.userInfo().isEmpty())
        return stop(tr("--server needs the address of aksara-server, such as https://library.example:8080 (no user "
                       "name or password in it)."));
    QString station = option(args, QStringLiteral("--station"));
    if (station.isEmpty())
        station = qEnvironmentVariable("AKSARA_STATION");
    if (station.isEmpty())
        station = settings.value(QStringLiteral("station/code")).toString();
    if (station.isEmpty())
        return stop(tr("A kiosk connected to a server needs its station code: --station CODE (registered with \"aksara "
                       "station register CODE --kind kiosk\")."));
    QString tokenFile = option(args, QStringLiteral("--station-token-file"));
    if (tokenFile.isEmpty())
        tokenFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("station-token"));
    auto token = stationToken(tokenFile, station, interactive);
    if (!token.ok())
        return stop(token.error().message);
    // Remembered: the address and the station code, which are no secrets. Never the token.
    settings.setValue(QStringLiteral("kiosk/server"), server.toString());
    settings.setValue(QStringLiteral("station/code"), station);
    settings.remove(QStringLiteral("station/token"));
    settings.remove(QStringLiteral("database/url"));

    RemoteLibrary::Options remote;
    remote.server = server;
    remote.station = station;
    remote.token = *token;
    remote.caFile = option(args, QStringLiteral("--server-ca"));
    KioskOptions options = kioskOptions(args, settings, station);
    options.heartbeats = true;
    auto session = KioskSession::create(std::make_unique<RemoteLibrary>(remote), queuePath(args), options);
    if (!session.ok())
        return stop(session.error().message);
    std::unique_ptr<QWidget> window(kioskWindow(std::move(*session), args, settings));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    const int shot = int(args.indexOf(QStringLiteral("--screenshot")));
    if (shot >= 0 && shot + 1 < args.size()) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        return window->grab().save(args.at(shot + 1)) ? 0 : 1;
    }
    return QApplication::exec();
}

} // namespace
} // namespace Aksara::Kiosk

namespace {
App::WindowHelp help()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Aksara::App", text); };
    return {QStringLiteral("[--server URL --station CODE [--station-token-file FILE] | --db LIBRARY] [--lang id|en] "
                           "[--branch CODE] [--queue FILE] [--idle SECONDS] [--receipt-printer NAME|FILE.pdf] [--windowed]"),
            tr("Aksara self-service kiosk: patrons sign in with their card and PIN to borrow, return and renew, "
               "see their own loans, holds and fees, and search the catalogue. It runs full screen with a "
               "staff account of role kiosk."),
            {{QStringLiteral("--server URL"), tr("aksara-server's address (http or https): the kiosk uses its kiosk API and holds no database password (remembered)")},
             {QStringLiteral("--station-token-file FILE"), tr("the file with the station's token, readable by the kiosk's user only (default: station-token in its settings folder)")},
             {QStringLiteral("--server-ca FILE"), tr("certificates to trust for an https server (default: the system's)")},
             {QStringLiteral("--station CODE"), tr("this kiosk's registered station code, to send heartbeats")},
             {QStringLiteral("--branch CODE"), tr("the branch where returned items are received")},
             {QStringLiteral("--queue FILE"), tr("the offline queue file, kept while the library cannot be reached")},
             {QStringLiteral("--idle SECONDS"), tr("seconds without a touch before \"are you still there?\" (default 60)")},
             {QStringLiteral("--receipt-printer NAME|FILE.pdf"), tr("the receipt printer (remembered; default: the default printer)")},
             {QStringLiteral("--windowed"), tr("a window instead of full screen")}},
            {{QStringLiteral("AKSARA_KIOSK_USER, AKSARA_KIOSK_PASSWORD"), tr("the kiosk account, for an unattended start")},
             {QStringLiteral("AKSARA_STATION"), tr("the station code, when --station is not given")},
             {QStringLiteral("AKSARA_STATION_TOKEN"), tr("the station's token (with --server: written once to the token file)")}}};
}
} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = App::answerHelpOrVersion(argc, argv, "aksara-kiosk", help); answered >= 0)
        return answered;
    // Remote mode: --server, or a server remembered and no --db given.
    bool remote = false, database = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        remote = remote || a == "--server" || a.startsWith("--server=");
        database = database || a == "--db" || a.startsWith("--db=");
    }
    if (!remote && !database && qEnvironmentVariableIsEmpty("AKSARA_DB"))
        remote = !QSettings(QStringLiteral("Aksara"), QStringLiteral("aksara-kiosk")).value(QStringLiteral("kiosk/server")).toString().isEmpty();
    if (remote)
        return Kiosk::runRemote(argc, argv);
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

                                   Kiosk::KioskOptions options = Kiosk::kioskOptions(args, settings, station);
                                   // Heartbeats only from a registered station (aksara station register CODE --kind kiosk).
                                   options.heartbeats = !code.isEmpty();
                                   options.stationToken = token;
                                   auto session = Kiosk::KioskSession::create(*ctx.core, StaffDirectory::callerFor(*account, Channel::Kiosk, station),
                                                                              Kiosk::queuePath(args), options);
                                   if (!session.ok()) {
                                       return Kiosk::cannotStart(session.error());
                                   }
                                   return Kiosk::kioskWindow(std::move(*session), args, settings);
                               });
}
