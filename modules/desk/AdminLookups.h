#pragma once

#include "circulation/LoanRules.h"

#include "core/ServiceCore.h"

#include <QCoreApplication>

namespace Aksara::Desk {

// What the administration screens need and no module offers as a call yet, read in a read
// operation of the administration service (right rules.manage) — a stop-gap like LibraryInfo,
// until circulation explains the rules for a scope (docs/desk.md).
class AdminLookups {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::AdminLookups)

public:
    // Every loan rule resolved for a branch, a patron category and an item type (codes; empty is
    // "none in particular", so only rows for all of them apply), with the row each value comes from:
    // what `aksara rules explain` shows, without a patron and an item (operation rules.explain).
    // Refusals desk.unknown_branch, desk.unknown_category.
    static Result<Circulation::ResolvedRules> explainRules(ServiceCore &core, const Caller &caller, const QString &branch,
                                                           const QString &category, const QString &itemType);
};

} // namespace Aksara::Desk
