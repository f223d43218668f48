#include "core/Caller.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace Aksara {

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Desk: return QStringLiteral("desk");
    case Channel::Kiosk: return QStringLiteral("kiosk");
    case Channel::Sip2: return QStringLiteral("sip2");
    case Channel::Sru: return QStringLiteral("sru");
    case Channel::Cli: return QStringLiteral("cli");
    case Channel::Http: return QStringLiteral("http");
    case Channel::System: return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Librarian: return QStringLiteral("librarian");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Kiosk: return QStringLiteral("kiosk");
    }
    return {};
}

bool parseRole(const QString &text, Role *role)
{
    for (Role r : {Role::Admin, Role::Librarian, Role::Supervisor, Role::Kiosk}) {
        if (text == roleName(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QSet<QString> allRights()
{
    using namespace Rights;
    return {PatronManage, CardPrint,    Checkout,       Checkin,        Renew,        Override,     HoldsManage,
            FeesCollect,  FeesWaive,    CatalogueSearch, CollectionLookup, CatalogueEdit, RulesManage, SelfService,
            IncidentReport, IncidentManage, ServiceManage, ReportView,   StaffManage,  SystemAdmin};
}

QSet<QString> rightsForRole(Role role)
{
    using namespace Rights;
    // A librarian runs the desk; overrides, waivers, rules and service management need a supervisor.
    const QSet<QString> librarian{PatronManage, CardPrint,       Checkout,         Checkin,       Renew,
                                  HoldsManage,  FeesCollect,     CatalogueSearch,  CollectionLookup,
                                  CatalogueEdit, IncidentReport};
    switch (role) {
    case Role::Admin: return allRights();
    case Role::Librarian: return librarian;
    case Role::Supervisor:
        return librarian | QSet<QString>{Override, FeesWaive, RulesManage, IncidentManage, ServiceManage, ReportView};
    case Role::Kiosk:
        // A kiosk account acts for the patron identified at the kiosk, never for anybody else.
        return {SelfService, CatalogueSearch, CollectionLookup, IncidentReport};
    }
    return {};
}

Caller Caller::localAdministrator(const QString &osUser)
{
    Caller c;
    c.channel = Channel::Cli;
    c.actor = QStringLiteral("cli:") + (osUser.isEmpty() ? QStringLiteral("unknown") : osUser);
    c.rights = allRights();
    return c;
}

QString Caller::osAccountName()
{
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 16384));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

Caller Caller::system(const QString &what)
{
    Caller c;
    c.channel = Channel::System;
    c.actor = QStringLiteral("system:") + what;
    c.rights = allRights();
    return c;
}

Caller Caller::staff(Channel channel, qint64 staffId, const QString &username, Role role, const QString &station)
{
    Caller c;
    c.channel = channel;
    c.actor = QStringLiteral("staff:") + username;
    c.staffId = staffId;
    c.station = station;
    c.rights = rightsForRole(role);
    return c;
}

} // namespace Aksara
