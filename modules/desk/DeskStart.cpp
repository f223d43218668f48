#include "desk/DeskStart.h"

#include "desk/DeskWindow.h"
#include "desk/Format.h"
#include "desk/LibraryInfo.h"

#include "core/StaffDirectory.h"
#include "shell/LoginDialog.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QHostInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

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
} // namespace

QWidget *startDesk(Shell::AppContext &ctx, const QStringList &arguments)
{
    const bool indonesian = ctx.language == QLatin1String("id");
    QLocale::setDefault(indonesian ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto [code, token] = Shell::StationBeacon::configured(option(arguments, QStringLiteral("--station")));
    const QString station = code.isEmpty() ? QHostInfo::localHostName() : code;
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
