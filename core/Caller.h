#pragma once

#include "core/Guard.h"

#include <QSet>
#include <QString>

namespace Aksara {

enum class Channel { Desk, Kiosk, Sip2, Sru, Cli, Http, System };
QString channelName(Channel channel);

enum class Role { Admin, Librarian, Supervisor, Kiosk };
QString roleName(Role role);
// Parses "admin", "librarian", "supervisor", "kiosk"; returns false for anything else.
bool parseRole(const QString &text, Role *role);

// The rights the core checks before running an operation. A right is granted by a role
// (rightsForRole) or, for the local administrator at the command line, all of them.
namespace Rights {
inline const QString PatronManage = QStringLiteral("patron.manage");
inline const QString CardPrint = QStringLiteral("card.print");
inline const QString Checkout = QStringLiteral("circulation.checkout");
inline const QString Checkin = QStringLiteral("circulation.checkin");
inline const QString Renew = QStringLiteral("circulation.renew");
inline const QString Override = QStringLiteral("circulation.override");
inline const QString HoldsManage = QStringLiteral("holds.manage");
inline const QString FeesCollect = QStringLiteral("fees.collect");
inline const QString FeesWaive = QStringLiteral("fees.waive");
inline const QString CatalogueSearch = QStringLiteral("catalogue.search");
inline const QString CollectionLookup = QStringLiteral("collection.lookup");
inline const QString CatalogueEdit = QStringLiteral("catalogue.edit");
inline const QString RulesManage = QStringLiteral("rules.manage");
inline const QString SelfService = QStringLiteral("selfservice");
inline const QString IncidentReport = QStringLiteral("incident.report");
inline const QString IncidentManage = QStringLiteral("incident.manage");
inline const QString ServiceManage = QStringLiteral("service.manage");
inline const QString ReportView = QStringLiteral("report.view");
inline const QString StaffManage = QStringLiteral("staff.manage");
inline const QString SystemAdmin = QStringLiteral("system.admin");
} // namespace Rights

QSet<QString> allRights();
QSet<QString> rightsForRole(Role role);

// Who asks for an operation, through which channel, from which station. Recorded in every
// operation record. `actor` is a stable, readable identity: "staff:siti", "patron:AKS0001234",
// "cli:root", "sip2:selfcheck-1", "system:migrator".
struct Caller {
    Channel channel = Channel::System;
    QString actor;
    QString station;
    qint64 staffId = 0;
    qint64 patronId = 0;
    QSet<QString> rights;
    QString language = QStringLiteral("id");
    // Set by a caller that may send the same request twice (a kiosk replaying its offline queue):
    // the top-level operation run for this caller is applied at most once (see OperationSpec).
    QString requestId;
    // Nobody authenticated: no staff, patron, station or SIP2 account stands behind the request (an
    // SRU client, a SIP2 login being checked). Its refusals are recorded in aggregate, one record
    // per (service, operation, source, reason, minute) with a count (ServiceCore, issue 15).
    bool anonymous = false;
    QString source; // where an anonymous request came from (its network address), for the aggregate

    bool can(const QString &right) const { return right.isEmpty() || rights.contains(right); }

    // Whoever can open the database at the command line acts as its local administrator (whoever
    // can write the database file or holds the PostgreSQL owner role is one anyway:
    // docs/security.md, "Least privilege").
    static Caller localAdministrator(const QString &osUser);
    // The name of the operating-system account this process runs as (getpwuid(geteuid())), never
    // $USER or $LOGNAME, which anyone can set; the numeric uid when the account has no name.
    static QString osAccountName();
    static Caller system(const QString &what);
    static Caller staff(Channel channel, qint64 staffId, const QString &username, Role role, const QString &station);
};

} // namespace Aksara
