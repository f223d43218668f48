#pragma once

#include <QCoreApplication>

#include "circulation/LoanRules.h"
#include "circulation/Types.h"

#include "core/ServiceCore.h"

#include <QJsonArray>

namespace Aksara::Circulation {

// What the explainer says about a patron and an item: every rule with the row it came from, the
// checks a checkout makes with their figures, the reasons it would be refused, and the due date
// it would get.
struct Explanation {
    Patron patron;
    QString barcode;
    QString title;
    QString itemType;
    QString itemBranch;
    ResolvedRules rules;
    QJsonArray checks;
    QList<Reason> reasons;
    qint64 dueAt = 0;
    QDate dueDate;
    // allowed | needs_confirmation (every reason may be overridden) | refused
    QString verdict() const;
    QJsonObject toJson() const;
};

// Checkout, checkin, renewal and lost items. Rules are resolved for the item's branch, the
// patron's category and the item's type; dates use the item branch's calendar.
//
//   checkout  service checkout, right circulation.checkout (or selfservice for the patron's own
//             card at a kiosk). Refusals, in details.reasons, each with "overridable":
//               hard:        circulation.bad_card_number, unknown_patron, card_replaced,
//                            unknown_item, patron_blocked, patron_left, item_on_loan,
//                            item_withdrawn, not_own_account
//               overridable: circulation.card_expired, debt_over_limit, overdue_items,
//                            too_many_loans, item_not_loanable, item_on_hold, item_unavailable
//             With only overridable reasons the refusal has details.needs_confirmation = true; a
//             caller holding circulation.override passes a reason and the checkout goes ahead,
//             recorded in circulation_overrides (who = the operation's actor, why, which codes).
//             Without the right: circulation.override_forbidden. Two stations lending the same
//             item at once: one loan, the other circulation.item_on_loan.
//   checkin   service checkin, right circulation.checkin (or selfservice): closes the loan,
//             charges the overdue fee (rule + calendar), traps the item for the next hold in
//             queue order (hold shelf with pickup expiry and a notice, or in transit to the
//             pickup branch), sends an item returned at another branch home (in transit), and
//             receives items in transit. Refusals circulation.unknown_item, unknown_branch,
//             item_withdrawn.
//   renew     service renewal, right circulation.renew (or selfservice): refusals
//             circulation.not_on_loan, patron_blocked, patron_left (hard), too_many_renewals,
//             item_on_hold, card_expired (overridable as for checkout). An overdue loan is
//             charged its fee so far; the new due date counts from max(now, old due date).
//   renewAll  service renewal: one nested renewal per open loan; the lines say which were renewed.
//   markLost  service checkin: ends the loan as lost, the item becomes lost, a lost-item fee
//             (the item's price, else the circulation.lost_item_fee setting) is charged.
class Loans {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Loans)

public:
    explicit Loans(ServiceCore &core) : m_core(core) {}

    Result<CheckoutResult> checkout(const Caller &caller, const QString &card, const QString &barcode,
                                    const QString &overrideReason = {});
    Result<CheckinResult> checkin(const Caller &caller, const QString &barcode, const QString &returnBranch = {});
    Result<RenewResult> renew(const Caller &caller, const QString &barcode, const QString &overrideReason = {});
    Result<QList<RenewAllLine>> renewAll(const Caller &caller, const QString &card);
    Result<Fee> markLost(const Caller &caller, const QString &barcode);
    // The rules explainer (service administration, a read; right circulation.checkout).
    Result<Explanation> explain(const Caller &caller, const QString &card, const QString &barcode);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
