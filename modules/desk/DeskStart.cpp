#include "desk/DeskStart.h"

#include "desk/DeskWindow.h"
#include "desk/Format.h"
#include "desk/LibraryInfo.h"
#include "desk/SetupAssistant.h"

#include "core/Migrator.h"
#include "core/StaffDirectory.h"
#include "library/Setup.h"
#include "shell/LoginDialog.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <unistd.h>

namespace Aksara::Desk {

namespace {
QString option(const QStringList &arguments, const QString &name)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(name + QLatin1Char('=')))
            return arguments.at(i).mid(name.size() + 1);
    }
    return {};
}

// Who runs the desk on this machine, as `aksara` names the local administrator: the account
// (getpwuid), not $USER.
QString osUser()
{
    return Caller::osAccountName();
}
} // namespace

Result<Shell::AppContext> openDeskLibrary(const QString &url, std::unique_ptr<Clock> clock)
{
    auto config = DatabaseConfig::parse(url);
    if (!config.ok())
        return config.error();
    const QFileInfo file(config->path);
    if (!config->isSqlite() || (file.exists() && (file.isDir() || file.size() > 0)))
        return Shell::openLibrary(url, std::move(clock));
    // A new library: created and migrated here, then set up by the first-run assistant.
    auto db = Database::open(*config, Database::OpenMode::CreateIfMissing);
    if (!db.ok())
        return db.error();
    auto applied = Migrator(**db, *clock).migrate(Caller::localAdministrator(osUser()));
    if (!applied.ok())
        return applied.error();
    Shell::AppContext ctx;
    ctx.db = *db;
    ctx.core = std::make_unique<ServiceCore>(ctx.db, *clock);
    ctx.clock = std::move(clock);
    ctx.dbUrl = url;
    return ctx;
}

QWidget *startDesk(Shell::AppContext &ctx, const QStringList &arguments)
{
    const bool indonesian = ctx.language == QLatin1String("id");
    QLocale::setDefault(indonesian ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto [code, token] = Shell::StationBeacon::configured(option(arguments, QStringLiteral("--station")));
    const QString station = code.isEmpty() ? QHostInfo::localHostName() : code;

    // A library that is not set up yet: the first-run assistant, as the local administrator of
    // this machine (as `aksara setup` is), then the login of the administrator it made.
    auto setUp = Library::Setup::isSetUp(*ctx.db);
    if (!setUp.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("Aksara::Desk::DeskWindow", "Aksara — front desk"),
                              setUp.error().message);
        return nullptr;
    }
    QString newAdmin;
    if (!*setUp) {
        auto *assistant = new SetupAssistant(*ctx.core, Caller::localAdministrator(osUser()), ctx.language);
        if (arguments.contains(QStringLiteral("--screenshot")))
            return assistant;
        const bool done = assistant->exec() == QDialog::Accepted;
        newAdmin = assistant->adminUsername();
        ctx.language = assistant->language();
        delete assistant;
        if (!done)
            return nullptr;
        QLocale::setDefault(ctx.language == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    const QString title = QApplication::translate("Aksara::Desk::DeskWindow", "Aksara — front desk");

    // The staff member.
    StaffAccount account;
    const QString user = qEnvironmentVariable("AKSARA_USER");
    if (!user.isEmpty()) {
        Caller who;
        who.channel = Channel::Desk;
        who.actor = QStringLiteral("station:") + station;
        who.station = station;
        auto r = StaffDirectory(*ctx.core).authenticate(who, user, qEnvironmentVariable("AKSARA_PASSWORD"));
        if (!r.ok()) {
            QMessageBox::critical(nullptr, title, r.error().message);
            return nullptr;
        }
        account = *r;
    } else {
        Shell::LoginDialog login(*ctx.core, Channel::Desk, station, title);
        if (!newAdmin.isEmpty()) {
            // The administrator just made signs in first.
            if (auto *userEdit = login.findChild<QLineEdit *>(QStringLiteral("userEdit")))
                userEdit->setText(newAdmin);
            if (auto *password = login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
                password->setFocus();
        }
        if (login.exec() != QDialog::Accepted)
            return nullptr;
        account = login.account();
    }
    const Caller caller = StaffDirectory::callerFor(account, Channel::Desk, station);

    auto info = LibraryInfo::load(*ctx.core, caller);
    if (!info.ok()) {
        QMessageBox::critical(nullptr, title, info.error().message);
        return nullptr;
    }
    Format::setLibraryZone(info->zone);
    QSettings settings;
    QString branch = option(arguments, QStringLiteral("--branch"));
    if (branch.isEmpty())
        branch = settings.value(QStringLiteral("desk/branch")).toString();
    if (branch.isEmpty() || !info->branch(branch))
        branch = info->defaultBranch;
    else
        settings.setValue(QStringLiteral("desk/branch"), branch);

    auto *session = new DeskSession{*ctx.core, caller, code, branch, *info,
                                    account.displayName.isEmpty() ? account.username
                                                                  : QStringLiteral("%1 (%2)").arg(account.displayName, account.username)};
    Caller status;
    status.channel = Channel::Desk;
    status.actor = QStringLiteral("station:") + station;
    status.station = code;
    status.rights = {Rights::ReportView};
    auto *beacon = code.isEmpty() ? nullptr : new Shell::StationBeacon(*ctx.core, code, token);
    auto *window = new DeskWindow(*session, beacon, status);
    if (beacon)
        beacon->setParent(window);
    QObject::connect(window, &QObject::destroyed, [session] { delete session; });
    return window;
}

} // namespace Aksara::Desk
