#include "circulation/Loans.h"
#include "circulation/SettingKeys.h"

#include "circulation/CardNumber.h"
#include "circulation/DueDates.h"
#include "circulation/Internal.h"

#include <QJsonArray>

namespace Aksara::Circulation {

namespace {

struct Assessment {
    bool explain = false; // collect the figures of every check (the explainer) or only the reasons
    std::optional<Calendar> calendar; // the item branch's
    ResolvedRules rules;
    QList<Reason> reasons;
    QJsonArray checks;
    qint64 dueAt = 0;
    QDate dueDate;
    int titleHolds = 0; // active holds on the item's record: none means no hold checks at all
};

void check(Assessment &a, const QString &name, const QJsonValue &value, const QJsonValue &limit, bool ok)
{
    if (!a.explain)
        return;
    a.checks << QJsonObject{{QStringLiteral("check"), name}, {QStringLiteral("value"), value},
                            {QStringLiteral("limit"), limit}, {QStringLiteral("ok"), ok}};
}

Reason hard(const QString &code, const QString &message)
{
    return Reason{code, message, false};
}

Reason soft(const QString &code, const QString &message)
{
    return Reason{code, message, true};
}

// Everything a checkout of `item` to `p` would run into, most serious first, and its due date.
Result<Assessment> assessCheckout(Database &db, qint64 nowMs, const Patron &p, const ItemRow &item, bool explain = false)
{
    Assessment a;
    a.explain = explain;
    auto rules = LoanRules::resolve(db, item.branchId, p.categoryId, item.itemType);
    if (!rules.ok())
        return rules.error();
    a.rules = *rules;
    auto cal = branchCalendar(db, item.branchId);
    if (!cal.ok())
        return cal.error();
    a.calendar = *cal;
    const QDate today = cal->localDate(nowMs);

    // The patron.
    check(a, QStringLiteral("patron_status"), p.status, QStringLiteral("active"), p.status == QLatin1String("active"));
    if (p.status == QLatin1String("blocked"))
        a.reasons << hard(QStringLiteral("circulation.patron_blocked"),
                          p.blockReason.isEmpty() ? tr("%1 is blocked.").arg(p.name)
                                                  : tr("%1 is blocked: %2").arg(p.name, p.blockReason));
    else if (p.status == QLatin1String("left"))
        a.reasons << hard(QStringLiteral("circulation.patron_left"), tr("%1 has left the library.").arg(p.name));

    // The item's own state.
    auto open = openLoanForItem(db, item.id, &*cal);
    if (!open.ok())
        return open.error();
    check(a, QStringLiteral("item_on_loan"), open->has_value(), false, !open->has_value());
    if (open->has_value()) {
        const Loan &l = **open;
        a.reasons << hard(QStringLiteral("circulation.item_on_loan"),
                          l.patronId == p.id
                              ? tr("%1 is already on loan to this patron (due %2); renew it instead.")
                                    .arg(item.barcode, l.dueDate.toString(Qt::ISODate))
                              : tr("%1 is on loan to another patron (due %2); check it in first.")
                                    .arg(item.barcode, l.dueDate.toString(Qt::ISODate)));
    } else if (item.status == QLatin1String("withdrawn")) {
        a.reasons << hard(QStringLiteral("circulation.item_withdrawn"),
                          tr("%1 has been withdrawn from the collection.").arg(item.barcode));
    } else if (item.status == QLatin1String("lost") || item.status == QLatin1String("missing")) {
        a.reasons << soft(QStringLiteral("circulation.item_unavailable"),
                          tr("%1 is recorded as %2.").arg(item.barcode, item.status == QLatin1String("lost") ? tr("lost") : tr("missing")));
    }
    check(a, QStringLiteral("item_type_loanable"), item.loanable, true, item.loanable);
    if (!item.loanable)
        a.reasons << soft(QStringLiteral("circulation.item_not_loanable"),
                          tr("%1 is for use in the library only (item type %2).").arg(item.barcode, item.itemType));

    const ResolvedRule &maxRule = a.rules.rule(QStringLiteral("max_loans"));
    const bool perType = maxRule.rowId > 0 && !maxRule.scope.itemType.isEmpty();
    auto counts = firstRow(db,
                           QStringLiteral(
                               "SELECT (SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM fees WHERE patron_id = ? AND balance > 0), "
                               "(SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned_at IS NULL AND due_at < ?), "
                               "(SELECT COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id WHERE l.patron_id = ? "
                               "AND l.returned_at IS NULL AND (? = 0 OR i.item_type = ?)), "
                               "(SELECT COUNT(*) FROM holds WHERE bib_id = ? AND status IN ('waiting', 'in_transit', 'ready'))"),
                           {p.id, p.id, nowMs, p.id, perType ? 1 : 0, item.itemType, item.bibId});
    if (!counts.ok())
        return counts.error();
    a.titleHolds = (**counts)[3].toInt();
    std::optional<Reason> hold;
    if (a.titleHolds > 0) {
        auto conflict = holdConflict(db, item, p.id);
        if (!conflict.ok())
            return conflict.error();
        hold = *conflict;
    }
    check(a, QStringLiteral("holds_by_others"), hold.has_value(), false, !hold.has_value());
    if (hold)
        a.reasons << *hold;
    else if (item.status == QLatin1String("in_transit") && !open->has_value()) {
        // Travelling to fill this patron's own hold is fine; otherwise it is expected elsewhere.
        auto own = db.scalar(QStringLiteral("SELECT COUNT(*) FROM holds WHERE item_id = ? AND patron_id = ? AND "
                                            "status IN ('in_transit', 'ready')"),
                             {item.id, p.id});
        if (!own.ok())
            return own.error();
        if (own->toLongLong() == 0)
            a.reasons << soft(QStringLiteral("circulation.item_unavailable"),
                              tr("%1 is in transit between branches.").arg(item.barcode));
    }

    // The patron's account.
    const bool expired = p.isExpired(today);
    check(a, QStringLiteral("card_expiry"), p.expiresOn.toString(Qt::ISODate), today.toString(Qt::ISODate), !expired);
    if (expired)
        a.reasons << soft(QStringLiteral("circulation.card_expired"),
                          tr("The card %1 expired on %2.").arg(p.cardNumber, p.expiresOn.toString(Qt::ISODate)));

    const qint64 balance = (**counts)[0].toLongLong();
    const int overdue = (**counts)[1].toInt();
    const int loans = (**counts)[2].toInt();
    check(a, QStringLiteral("debt"), balance, p.debtLimit, balance <= p.debtLimit);
    if (balance > p.debtLimit)
        a.reasons << soft(QStringLiteral("circulation.debt_over_limit"),
                          tr("%1 owes Rp %2, more than the limit of Rp %3 for the category %4.")
                              .arg(p.name)
                              .arg(balance)
                              .arg(p.debtLimit)
                              .arg(p.categoryCode));
    check(a, QStringLiteral("overdue_items"), overdue, 0, overdue == 0);
    if (overdue > 0)
        a.reasons << soft(QStringLiteral("circulation.overdue_items"),
                          tr("%1 has %n overdue item(s).", nullptr, overdue).arg(p.name));
    const qint64 maxLoans = maxRule.value.toLongLong();
    check(a, perType ? QStringLiteral("loans_of_type") : QStringLiteral("loans"), loans, maxLoans, loans < maxLoans);
    if (loans >= maxLoans)
        a.reasons << soft(QStringLiteral("circulation.too_many_loans"),
                          perType ? tr("%1 has %2 loans of type %3; the limit is %4.")
                                        .arg(p.name)
                                        .arg(loans)
                                        .arg(item.itemType)
                                        .arg(maxLoans)
                                  : tr("%1 has %2 loans; the limit is %3.").arg(p.name).arg(loans).arg(maxLoans));

    std::stable_sort(a.reasons.begin(), a.reasons.end(),
                     [](const Reason &x, const Reason &y) { return !x.overridable && y.overridable; });

    a.dueAt = DueDates::dueAt(*cal, nowMs, int(a.rules.integer(QStringLiteral("loan_period"))), a.rules.loanUnit(),
                              a.rules.dueMode());
    a.dueDate = cal->localDate(a.dueAt);
    return a;
}

// Decides what to do with the reasons: go ahead (none, or all overridden by a caller with the
// right who gave a reason), or the refusal.
Status decide(const Caller &caller, const QList<Reason> &reasons, const QString &overrideReason)
{
    if (reasons.isEmpty())
        return {};
    bool allOverridable = true;
    for (const Reason &r : reasons)
        allOverridable = allOverridable && r.overridable;
    if (!allOverridable || overrideReason.trimmed().isEmpty())
        return refusalFrom(reasons);
    if (!caller.can(Rights::Override)) {
        QList<Reason> all{hard(QStringLiteral("circulation.override_forbidden"),
                               tr("%1 may not override circulation rules (the right circulation.override is needed).")
                                   .arg(caller.actor))};
        all << reasons;
        return refusalFrom(all);
    }
    return {};
}

Status recordOverride(OperationContext &ctx, const QString &action, qint64 loanId, const QList<Reason> &reasons,
                      const QString &why)
{
    QStringList codes;
    QJsonArray codesJson;
    for (const Reason &r : reasons) {
        codes << r.code;
        codesJson << r.code;
    }
    auto id = insertId(ctx.db(),
                       QStringLiteral("INSERT INTO circulation_overrides (action, loan_id, actor, reason, codes, created_at, "
                                      "created_op) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {action, loanId, ctx.caller().actor, why.trimmed(), codes.join(QLatin1Char(',')), ctx.nowMs(),
                        ctx.operationId()});
    if (!id.ok())
        return id.error();
    ctx.setDetail(QStringLiteral("override"), QJsonObject{{QStringLiteral("id"), *id},
                                                          {QStringLiteral("by"), ctx.caller().actor},
                                                          {QStringLiteral("reason"), why.trimmed()},
                                                          {QStringLiteral("codes"), codesJson}});
    return {};
}

// The overdue fee of a loan returned (or renewed) at nowMs, charged to its patron.
Result<std::optional<Fee>> chargeOverdue(OperationContext &ctx, const Loan &loan, const ItemRow &item, qint64 categoryId,
                                         const Calendar &cal, const QString &what)
{
    if (loan.dueAt >= ctx.nowMs())
        return std::optional<Fee>();
    auto rules = LoanRules::resolve(ctx.db(), item.branchId, categoryId, item.itemType);
    if (!rules.ok())
        return rules.error();
    const int days = DueDates::chargeableDays(cal, loan.dueAt, ctx.nowMs(), rules->loanUnit(),
                                              rules->flag(QStringLiteral("fees_skip_closed")));
    auto rounding = intSetting(ctx.db(), SettingKeys::FeeRounding, 1);
    if (!rounding.ok())
        return rounding.error();
    const qint64 amount = DueDates::overdueFee(days, int(rules->integer(QStringLiteral("grace_days"))),
                                               rules->integer(QStringLiteral("fee_per_day")),
                                               rules->integer(QStringLiteral("fee_cap")), *rounding);
    ctx.setDetail(QStringLiteral("overdue_days"), days);
    if (amount <= 0)
        return std::optional<Fee>();
    auto fee = chargeFee(ctx, loan.patronId, QStringLiteral("overdue"), amount,
                         tr("%1 overdue day(s) for %2 \"%3\" (%4)", nullptr, days).arg(days).arg(item.barcode, item.title, what),
                         loan.id, item.id);
    if (!fee.ok())
        return fee.error();
    fee->days = days;
    return std::optional<Fee>(*fee);
}

} // namespace

QString Explanation::verdict() const
{
    if (reasons.isEmpty())
        return QStringLiteral("allowed");
    for (const Reason &r : reasons) {
        if (!r.overridable)
            return QStringLiteral("refused");
    }
    return QStringLiteral("needs_confirmation");
}

QJsonObject Explanation::toJson() const
{
    QJsonArray r;
    for (const Reason &x : reasons)
        r << x.toJson();
    return {{QStringLiteral("patron"), patron.cardNumber},
            {QStringLiteral("patron_name"), patron.name},
            {QStringLiteral("category"), patron.categoryCode},
            {QStringLiteral("item"), barcode},
            {QStringLiteral("title"), title},
            {QStringLiteral("item_type"), itemType},
            {QStringLiteral("branch"), itemBranch},
            {QStringLiteral("rules"), rules.toJson()},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("verdict"), verdict()},
            {QStringLiteral("reasons"), r},
            {QStringLiteral("due_at"), isoUtc(dueAt)},
            {QStringLiteral("due_date"), dueDate.toString(Qt::ISODate)}};
}

Result<CheckoutResult> Loans::checkout(const Caller &caller, const QString &card, const QString &barcode,
                                       const QString &overrideReason)
{
    const OperationSpec spec{Services::Checkout, QStringLiteral("checkout"), rightFor(caller, Rights::Checkout),
                             barcode.trimmed()};
    return m_core.execute<CheckoutResult>(caller, spec, [&](OperationContext &ctx) -> Result<CheckoutResult> {
        Database &db = ctx.db();
        // Lock order everywhere: patron, then item.
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::Checkout, p->id); !st.ok())
            return st.error();
        auto item = findItem(db, barcode, true);
        if (!item.ok())
            return item.error();
        ctx.setDetail(QStringLiteral("patron"), p->cardNumber);
        auto a = assessCheckout(db, ctx.nowMs(), *p, *item);
        if (!a.ok())
            return a.error();
        if (Status st = decide(ctx.caller(), a->reasons, overrideReason); !st.ok())
            return st.error();

        auto loanId = insertId(db,
                               QStringLiteral("INSERT INTO loans (item_id, patron_id, branch_id, issued_at, due_at, renewals, "
                                              "created_op, updated_op) VALUES (?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
                               {item->id, p->id, item->branchId, ctx.nowMs(), a->dueAt, ctx.operationId(), ctx.operationId()});
        if (!loanId.ok()) {
            // The database's one-open-loan-per-item index caught a concurrent checkout.
            if (loanId.error().code == QLatin1String("storage.constraint"))
                return refusalFrom({hard(QStringLiteral("circulation.item_on_loan"),
                                         tr("%1 has just been lent at another station.").arg(item->barcode))});
            return loanId.error();
        }
        if (Status st = execute(db, QStringLiteral("UPDATE items SET status = 'on_loan', updated_op = ? WHERE id = ?"),
                                {ctx.operationId(), item->id});
            !st.ok())
            return st.error();
        // An item lent while travelling has arrived as far as anyone cares.
        if (item->status == QLatin1String("in_transit")) {
            if (Status st = execute(db, QStringLiteral("UPDATE transfers SET received_at = ?, updated_op = ? WHERE item_id = ? "
                                                       "AND received_at IS NULL"),
                                    {ctx.nowMs(), ctx.operationId(), item->id});
                !st.ok())
                return st.error();
        }
        Result<qint64> fulfilled = qint64(0);
        if (a->titleHolds > 0)
            fulfilled = fulfilHold(ctx, p->id, *item);
        if (!fulfilled.ok())
            return fulfilled.error();

        CheckoutResult out;
        if (!a->reasons.isEmpty()) {
            if (Status st = recordOverride(ctx, QStringLiteral("checkout"), *loanId, a->reasons, overrideReason); !st.ok())
                return st.error();
            out.overridden = a->reasons;
            out.overrideReason = overrideReason.trimmed();
        }
        out.loan.id = *loanId;
        out.loan.itemId = item->id;
        out.loan.barcode = item->barcode;
        out.loan.title = item->title;
        out.loan.patronId = p->id;
        out.loan.cardNumber = p->cardNumber;
        out.loan.patronName = p->name;
        out.loan.branchId = item->branchId;
        out.loan.branchCode = item->branchCode;
        out.loan.issuedAt = ctx.nowMs();
        out.loan.dueAt = a->dueAt;
        out.loan.dueDate = a->dueDate;
        out.fulfilledHoldId = *fulfilled;
        ctx.setDetail(QStringLiteral("due_at"), isoUtc(a->dueAt));
        return out;
    });
}

Result<CheckinResult> Loans::checkin(const Caller &caller, const QString &barcode, const QString &returnBranch)
{
    const OperationSpec spec{Services::Checkin, QStringLiteral("checkin"), rightFor(caller, Rights::Checkin), barcode.trimmed()};
    return m_core.execute<CheckinResult>(caller, spec, [&](OperationContext &ctx) -> Result<CheckinResult> {
        Database &db = ctx.db();
        auto item = findItem(db, barcode, true);
        if (!item.ok())
            return item.error();
        qint64 atBranch = item->branchId;
        if (!returnBranch.trimmed().isEmpty()) {
            auto b = branchByCode(db, returnBranch);
            if (!b.ok())
                return b.error();
            atBranch = b->id;
        }
        CheckinResult out;
        out.barcode = item->barcode;
        out.title = item->title;
        if (item->status == QLatin1String("withdrawn"))
            return Error::refused(QStringLiteral("circulation.item_withdrawn"),
                                  tr("%1 has been withdrawn from the collection; set it aside.").arg(item->barcode));

        auto cal = branchCalendar(db, item->branchId);
        if (!cal.ok())
            return cal.error();
        auto open = openLoanForItem(db, item->id, &*cal);
        if (!open.ok())
            return open.error();
        if (open->has_value()) {
            Loan loan = **open;
            out.wasOnLoan = true;
            if (Status st = execute(db, QStringLiteral("UPDATE loans SET returned_at = ?, return_branch_id = ?, "
                                                       "close_reason = 'returned', updated_op = ? WHERE id = ?"),
                                    {ctx.nowMs(), atBranch, ctx.operationId(), loan.id});
                !st.ok())
                return st.error();
            loan.returnedAt = ctx.nowMs();
            if (loan.dueAt < ctx.nowMs()) {
                auto category = db.scalar(QStringLiteral("SELECT category_id FROM patrons WHERE id = ?"), {loan.patronId});
                if (!category.ok())
                    return category.error();
                auto fee = chargeOverdue(ctx, loan, *item, category->toLongLong(), *cal, tr("returned late"));
                if (!fee.ok())
                    return fee.error();
                out.fee = *fee;
                if (out.fee)
                    out.notes << tr("Overdue: %n day(s), fee Rp %1 charged to %2.", nullptr, out.fee->days)
                                     .arg(out.fee->amount)
                                     .arg(loan.patronName);
            }
            out.loan = loan;
            ctx.setDetail(QStringLiteral("patron"), loan.cardNumber);
        } else if (item->status == QLatin1String("on_hold_shelf")) {
            // Scanned again on the hold shelf: nothing moves.
            out.itemStatus = item->status;
            out.notes << tr("%1 is already waiting on the hold shelf.").arg(item->barcode);
            auto h = firstRow(db, QStringLiteral("SELECT id FROM holds WHERE item_id = ? AND status = 'ready' ORDER BY id LIMIT 1"),
                              {item->id});
            if (!h.ok())
                return h.error();
            if (h->has_value()) {
                auto hold = holdById(db, (**h)[0].toLongLong());
                if (!hold.ok())
                    return hold.error();
                out.hold = *hold;
            }
            return out;
        } else if (item->status == QLatin1String("in_transit")) {
            auto t = firstRow(db, QStringLiteral("SELECT id, to_branch_id, reason, hold_id FROM transfers WHERE item_id = ? "
                                                 "AND received_at IS NULL"),
                              {item->id});
            if (!t.ok())
                return t.error();
            if (t->has_value()) {
                const qint64 transferId = (**t)[0].toLongLong();
                const qint64 to = (**t)[1].toLongLong();
                if (to != atBranch) {
                    auto dest = branchById(db, to);
                    if (!dest.ok())
                        return dest.error();
                    out.itemStatus = item->status;
                    out.transferTo = dest->code;
                    out.notes << tr("%1 is in transit to %2; send it on.").arg(item->barcode, dest->name);
                    return out;
                }
                if (Status st = execute(db, QStringLiteral("UPDATE transfers SET received_at = ?, updated_op = ? WHERE id = ?"),
                                        {ctx.nowMs(), ctx.operationId(), transferId});
                    !st.ok())
                    return st.error();
                out.notes << tr("Received from transit.");
                // A hold it travelled for gets it first (routeItem takes holds in transit for
                // this item before the queue).
            }
        } else if (item->status == QLatin1String("lost") || item->status == QLatin1String("missing")) {
            out.notes << tr("%1 was recorded as %2 and is back.").arg(item->barcode, item->status);
            if (item->status == QLatin1String("lost")) {
                auto written = writeOffLostFee(ctx, item->id);
                if (!written.ok())
                    return written.error();
                if (*written > 0)
                    out.notes << tr("The unpaid lost-item fee (Rp %1) was written off.").arg(*written);
            }
        }

        auto routed = routeItem(ctx, *item, atBranch, out.notes);
        if (!routed.ok())
            return routed.error();
        out.hold = routed->hold;
        out.itemStatus = routed->itemStatus;
        out.transferTo = routed->transferTo;
        if (out.hold)
            ctx.setDetail(QStringLiteral("hold"), out.hold->id);
        return out;
    });
}

Result<RenewResult> Loans::renew(const Caller &caller, const QString &barcode, const QString &overrideReason)
{
    const OperationSpec spec{Services::Renewal, QStringLiteral("renew"), rightFor(caller, Rights::Renew), barcode.trimmed()};
    return m_core.execute<RenewResult>(caller, spec, [&](OperationContext &ctx) -> Result<RenewResult> {
        Database &db = ctx.db();
        auto item = findItem(db, barcode, true);
        if (!item.ok())
            return item.error();
        auto cal = branchCalendar(db, item->branchId);
        if (!cal.ok())
            return cal.error();
        auto open = openLoanForItem(db, item->id, &*cal);
        if (!open.ok())
            return open.error();
        if (!open->has_value())
            return Error::refused(QStringLiteral("circulation.not_on_loan"), tr("%1 is not on loan.").arg(item->barcode));
        const Loan loan = **open;
        auto p = patronById(db, loan.patronId);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::Renew, p->id); !st.ok())
            return st.error();
        ctx.setDetail(QStringLiteral("patron"), p->cardNumber);
        auto rules = LoanRules::resolve(db, item->branchId, p->categoryId, item->itemType);
        if (!rules.ok())
            return rules.error();

        QList<Reason> reasons;
        if (p->status == QLatin1String("blocked"))
            reasons << hard(QStringLiteral("circulation.patron_blocked"),
                            p->blockReason.isEmpty() ? tr("%1 is blocked.").arg(p->name)
                                                     : tr("%1 is blocked: %2").arg(p->name, p->blockReason));
        else if (p->status == QLatin1String("left"))
            reasons << hard(QStringLiteral("circulation.patron_left"), tr("%1 has left the library.").arg(p->name));
        const qint64 allowed = rules->integer(QStringLiteral("renewals"));
        if (loan.renewals >= allowed)
            reasons << soft(QStringLiteral("circulation.too_many_renewals"),
                            tr("%1 has been renewed %2 time(s); the limit is %3.").arg(item->barcode).arg(loan.renewals).arg(allowed));
        auto hold = holdConflict(db, *item, p->id);
        if (!hold.ok())
            return hold.error();
        if (hold->has_value())
            reasons << **hold;
        if (p->isExpired(cal->localDate(ctx.nowMs())))
            reasons << soft(QStringLiteral("circulation.card_expired"),
                            tr("The card %1 expired on %2.").arg(p->cardNumber, p->expiresOn.toString(Qt::ISODate)));
        std::stable_sort(reasons.begin(), reasons.end(),
                         [](const Reason &x, const Reason &y) { return !x.overridable && y.overridable; });
        if (Status st = decide(ctx.caller(), reasons, overrideReason); !st.ok())
            return st.error();

        RenewResult out;
        out.previousDueAt = loan.dueAt;
        auto fee = chargeOverdue(ctx, loan, *item, p->categoryId, *cal, tr("renewed late"));
        if (!fee.ok())
            return fee.error();
        out.fee = *fee;
        const qint64 base = qMax(ctx.nowMs(), loan.dueAt);
        const qint64 due = DueDates::dueAt(*cal, base, int(rules->integer(QStringLiteral("renewal_period"))), rules->loanUnit(),
                                           rules->dueMode());
        if (Status st = execute(db, QStringLiteral("UPDATE loans SET due_at = ?, renewals = renewals + 1, updated_op = ? "
                                                   "WHERE id = ?"),
                                {qMax(due, loan.dueAt), ctx.operationId(), loan.id});
            !st.ok())
            return st.error();
        if (!reasons.isEmpty()) {
            if (Status st = recordOverride(ctx, QStringLiteral("renewal"), loan.id, reasons, overrideReason); !st.ok())
                return st.error();
            out.overridden = reasons;
        }
        auto now = loanById(db, loan.id, &*cal);
        if (!now.ok())
            return now.error();
        out.loan = *now;
        ctx.setDetail(QStringLiteral("due_at"), isoUtc(out.loan.dueAt));
        return out;
    });
}

Result<QList<RenewAllLine>> Loans::renewAll(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Renewal, QStringLiteral("renew_all"), rightFor(caller, Rights::Renew),
                             CardNumber::normalize(card)};
    return m_core.execute<QList<RenewAllLine>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<RenewAllLine>> {
        auto p = findPatron(ctx.db(), card, true);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::Renew, p->id); !st.ok())
            return st.error();
        auto loans = openLoansOf(ctx.db(), p->id);
        if (!loans.ok())
            return loans.error();
        QList<RenewAllLine> out;
        int renewed = 0;
        for (const Loan &l : std::as_const(*loans)) {
            RenewAllLine line;
            line.barcode = l.barcode;
            line.title = l.title;
            // Each renewal is an operation of its own (nested: a savepoint with its own record).
            auto r = renew(ctx.caller(), l.barcode);
            if (r.ok()) {
                line.renewed = true;
                line.result = *r;
                ++renewed;
            } else {
                if (!r.error().isRefusal())
                    return r.error();
                line.error = r.error();
            }
            out << line;
        }
        ctx.setDetail(QStringLiteral("renewed"), renewed);
        ctx.setDetail(QStringLiteral("loans"), int(out.size()));
        return out;
    });
}

Result<Fee> Loans::markLost(const Caller &caller, const QString &barcode)
{
    const OperationSpec spec{Services::Checkin, QStringLiteral("item.lost"), Rights::Checkin, barcode.trimmed()};
    return m_core.execute<Fee>(caller, spec, [&](OperationContext &ctx) -> Result<Fee> {
        Database &db = ctx.db();
        auto item = findItem(db, barcode, true);
        if (!item.ok())
            return item.error();
        auto open = openLoanForItem(db, item->id);
        if (!open.ok())
            return open.error();
        if (!open->has_value())
            return Error::refused(QStringLiteral("circulation.not_on_loan"),
                                  tr("%1 is not on loan; only a lent item can be declared lost by its borrower.").arg(item->barcode));
        const Loan loan = **open;
        if (Status st = execute(db, QStringLiteral("UPDATE loans SET returned_at = ?, close_reason = 'lost', updated_op = ? "
                                                   "WHERE id = ?"),
                                {ctx.nowMs(), ctx.operationId(), loan.id});
            !st.ok())
            return st.error();
        if (Status st = execute(db, QStringLiteral("UPDATE items SET status = 'lost', updated_op = ? WHERE id = ?"),
                                {ctx.operationId(), item->id});
            !st.ok())
            return st.error();
        qint64 amount = item->price;
        if (amount <= 0) {
            auto fallback = setting(db, SettingKeys::LostItemFee, QStringLiteral("0"));
            if (!fallback.ok())
                return fallback.error();
            amount = fallback->toLongLong();
        }
        if (amount <= 0)
            return Error::refused(QStringLiteral("circulation.no_lost_item_fee"),
                                  tr("%1 has no price and the library sets no lost-item fee (circulation.lost_item_fee).")
                                      .arg(item->barcode));
        ctx.setDetail(QStringLiteral("patron"), loan.cardNumber);
        return chargeFee(ctx, loan.patronId, QStringLiteral("lost"), amount,
                         tr("Lost item %1 \"%2\"").arg(item->barcode, item->title), loan.id, item->id);
    });
}

Result<Explanation> Loans::explain(const Caller &caller, const QString &card, const QString &barcode)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("rules.explain"), rightFor(caller, Rights::Checkout),
                             barcode.trimmed(), false};
    return m_core.execute<Explanation>(caller, spec, [&](OperationContext &ctx) -> Result<Explanation> {
        Database &db = ctx.db();
        QList<Reason> lookup;
        auto p = findPatron(db, card);
        if (!p.ok() && !p.error().isRefusal())
            return p.error();
        auto item = findItem(db, barcode);
        if (!item.ok() && !item.error().isRefusal())
            return item.error();
        if (!p.ok())
            lookup << hard(p.error().code, p.error().message);
        if (!item.ok())
            lookup << hard(item.error().code, item.error().message);
        if (!lookup.isEmpty())
            return refusalFrom(lookup);
        if (Status st = ensureOwn(ctx.caller(), Rights::Checkout, p->id); !st.ok())
            return st.error();
        auto a = assessCheckout(db, ctx.nowMs(), *p, *item, true);
        if (!a.ok())
            return a.error();
        Explanation e;
        e.patron = *p;
        e.barcode = item->barcode;
        e.title = item->title;
        e.itemType = item->itemType;
        e.itemBranch = item->branchCode;
        e.rules = a->rules;
        e.rules.asked.branchCode = item->branchCode;
        e.rules.asked.categoryCode = p->categoryCode;
        e.checks = a->checks;
        e.reasons = a->reasons;
        e.dueAt = a->dueAt;
        e.dueDate = a->dueDate;
        return e;
    });
}

} // namespace Aksara::Circulation
