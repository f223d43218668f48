#include "desk/LibraryInfo.h"

namespace Aksara::Desk {

Result<LibraryInfo> LibraryInfo::load(ServiceCore &core, const Caller &caller)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("desk.library_info"), Rights::PatronManage, {}, false};
    return core.execute<LibraryInfo>(caller, spec, [](OperationContext &ctx) -> Result<LibraryInfo> {
        Database &db = ctx.db();
        LibraryInfo info;
        auto settings = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('library.name', "
                                               "'library.time_zone', 'circulation.default_branch', "
                                               "'circulation.default_category')"));
        if (!settings.ok())
            return settings.error();
        while (settings->next()) {
            const QString key = settings->value(0).toString();
            const QString value = settings->value(1).toString();
            if (key == QLatin1String("library.name"))
                info.name = value;
            else if (key == QLatin1String("library.time_zone") && QTimeZone(value.toUtf8()).isValid())
                info.zone = QTimeZone(value.toUtf8());
            else if (key == QLatin1String("circulation.default_branch"))
                info.defaultBranch = value;
            else if (key == QLatin1String("circulation.default_category"))
                info.defaultCategory = value;
        }
        settings->finish();
        auto profile = LibraryProfile::read(db);
        if (!profile.ok())
            return profile.error();
        info.profile = *profile;
        // What the forms offer: open branches and categories that take members.
        auto branches = db.exec(QStringLiteral("SELECT code, name, address FROM branches WHERE closed_at IS NULL ORDER BY id"));
        if (!branches.ok())
            return branches.error();
        while (branches->next())
            info.branches << BranchInfo{branches->value(0).toString(), branches->value(1).toString(),
                                        branches->value(2).toString()};
        branches->finish();
        auto categories = db.exec(QStringLiteral("SELECT code, name, membership_months, debt_limit FROM patron_categories "
                                                 "WHERE active = 1 ORDER BY id"));
        if (!categories.ok())
            return categories.error();
        while (categories->next())
            info.categories << CategoryInfo{categories->value(0).toString(), categories->value(1).toString(),
                                            categories->value(2).toInt(), categories->value(3).toLongLong()};
        categories->finish();
        if (info.defaultBranch.isEmpty() && !info.branches.isEmpty())
            info.defaultBranch = info.branches.first().code;
        if (info.defaultCategory.isEmpty() && !info.categories.isEmpty())
            info.defaultCategory = info.categories.first().code;
        return info;
    });
}

const BranchInfo *LibraryInfo::branch(const QString &code) const
{
    for (const BranchInfo &b : branches)
        if (b.code == code)
            return &b;
    return nullptr;
}

} // namespace Aksara::Desk
