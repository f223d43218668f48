#pragma once

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

// What the desk's forms offer to choose from: the library's name and zone, its branches and patron
// categories. The circulation module has no call that lists these yet, so the desk reads them in
// one read operation of the membership service (right patron.manage) — a stop-gap until
// circulation offers the lists itself (see docs/desk.md).
struct LibraryInfo {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::LibraryInfo)

public:
    QString name;
    QTimeZone zone{QByteArrayLiteral("Asia/Jakarta")};
    QString defaultBranch;
    QString defaultCategory;
    QList<BranchInfo> branches;
    QList<CategoryInfo> categories;

    static Result<LibraryInfo> load(ServiceCore &core, const Caller &caller);
    const BranchInfo *branch(const QString &code) const;
};

} // namespace Aksara::Desk
