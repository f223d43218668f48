#pragma once

#include "core/LibraryProfile.h"
#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace Aksara::Desk {

struct BranchInfo {
    QString code;
    QString name;
    QString address;
};

struct CategoryInfo {
    QString code;
    QString name;
    int membershipMonths = 12;
    qint64 debtLimit = 0;
};

// What the desk's forms offer to choose from: the library's name, profile and zone, its open
// branches and the patron categories that take members, read in one read operation of the
// membership service (right patron.manage). The library's administrators edit them through
// modules/library.
struct LibraryInfo {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::LibraryInfo)

public:
    QString name;
    LibraryProfile profile; // address, contacts, logo: for slips and the window
    QTimeZone zone{QByteArrayLiteral("Asia/Jakarta")};
    QString defaultBranch;
    QString defaultCategory;
    QList<BranchInfo> branches;
    QList<CategoryInfo> categories;

    static Result<LibraryInfo> load(ServiceCore &core, const Caller &caller);
    const BranchInfo *branch(const QString &code) const;
};

} // namespace Aksara::Desk
