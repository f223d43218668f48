#include "desk/AdminLookups.h"

namespace Aksara::Desk {

Result<Circulation::ResolvedRules> AdminLookups::explainRules(ServiceCore &core, const Caller &caller, const QString &branch,
                                                              const QString &category, const QString &itemType)
{
    auto star = [](const QString &s) { return s.isEmpty() ? QStringLiteral("*") : s; };
    const OperationSpec spec{Services::Administration, QStringLiteral("rules.explain"), Rights::RulesManage,
                             star(branch) + QLatin1Char('/') + star(category) + QLatin1Char('/') + star(itemType), false};
    return core.execute<Circulation::ResolvedRules>(
        caller, spec, [&](OperationContext &ctx) -> Result<Circulation::ResolvedRules> {
            auto idOf = [&](const QString &table, const QString &code) -> Result<qint64> {
                if (code.isEmpty())
                    return qint64(0);
                auto v = ctx.db().scalar(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(table), {code});
                if (!v.ok())
                    return v.error();
                return v->isNull() ? qint64(-1) : v->toLongLong();
            };
            auto b = idOf(QStringLiteral("branches"), branch);
            if (!b.ok())
                return b.error();
            if (*b < 0)
                return Error::refused(QStringLiteral("desk.unknown_branch"), tr("There is no branch \"%1\".").arg(branch));
            auto c = idOf(QStringLiteral("patron_categories"), category);
            if (!c.ok())
                return c.error();
            if (*c < 0)
                return Error::refused(QStringLiteral("desk.unknown_category"),
                                      tr("There is no patron category \"%1\".").arg(category));
            auto r = Circulation::LoanRules::resolve(ctx.db(), *b, *c, itemType);
            if (!r.ok())
                return r.error();
            // The codes as asked, also where no row names them.
            r->asked.branchCode = branch;
            r->asked.categoryCode = category;
            return *r;
        });
}

} // namespace Aksara::Desk
