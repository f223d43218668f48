#include "circulation/Holds.h"

#include "circulation/CardNumber.h"
#include "circulation/DueDates.h"
#include "circulation/Internal.h"
#include "circulation/LoanRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Aksara::Circulation {

namespace {

const QString kActive = QStringLiteral("('waiting', 'in_transit', 'ready')");

// Hold rows with their queue position (waiting holds only).
const QString kHoldSelect = QStringLiteral(
    "SELECT h.id FROM holds h ");

Result<QList<Hold>> holdsWhere(Database &db, const QString &where, const QVariantList &binds, const QString &order)
{
    auto ids = rows(db, kHoldSelect + where + order, binds);
    if (!ids.ok())
        return ids.error();
    QList<Hold> out;
    for (const QVariantList &r : std::as_const(*ids)) {
        auto h = holdById(db, r[0].toLongLong());
        if (!h.ok())
            return h.error();
        if (h->status == QLatin1String("waiting")) {
            auto pos = db.scalar(QStringLiteral("SELECT COUNT(*) FROM holds o WHERE o.bib_id = ? AND o.status = 'waiting' "
                                                "AND (o.placed_at < ? OR (o.placed_at = ? AND o.id <= ?))"),
                                 {h->bibId, h->placedAt, h->placedAt, h->id});
            if (!pos.ok())
                return pos.error();
            h->position = pos->toInt();
        }
        out << *h;
    }
    return out;
}

Status notice(OperationContext &ctx, qint64 patronId, const QString &kind, qint64 holdId, qint64 itemId, const QJsonObject &data)
{
    auto id = insertId(ctx.db(),
                       QStringLiteral("INSERT INTO notices (patron_id, kind, hold_id, item_id, data, created_at, created_op, "
                                      "updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {patronId, kind, holdId ? QVariant(holdId) : nullInt(), itemId ? QVariant(itemId) : nullInt(),
                        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), ctx.nowMs(), ctx.operationId(),
                        ctx.operationId()});
    return id.ok() ? Status() : Status(id.error());
}

Status setItemStatus(OperationContext &ctx, qint64 itemId, const QString &status)
{
    return execute(ctx.db(), QStringLiteral("UPDATE items SET status = ?, updated_op = ? WHERE id = ?"),
                   {status, ctx.operationId(), itemId});
}

Status startTransfer(OperationContext &ctx, qint64 itemId, qint64 from, qint64 to, const QString &reason, qint64 holdId)
{
    // An item has at most one open transfer: a new one replaces the old.
    if (Status st = execute(ctx.db(), QStringLiteral("UPDATE transfers SET received_at = ?, updated_op = ? WHERE item_id = ? "
                                                     "AND received_at IS NULL"),
                            {ctx.nowMs(), ctx.operationId(), itemId});
        !st.ok())
        return st;
    auto id = insertId(ctx.db(),
                       QStringLiteral("INSERT INTO transfers (item_id, from_branch_id, to_branch_id, reason, hold_id, sent_at, "
                                      "created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {itemId, from, to, reason, holdId ? QVariant(holdId) : nullInt(), ctx.nowMs(), ctx.operationId(),
                        ctx.operationId()});
    return id.ok() ? Status() : Status(id.error());
}

// The hold becomes ready on the hold shelf of its pickup branch (where the item now is).
Result<Hold> makeReady(OperationContext &ctx, qint64 holdId, const ItemRow &item)
{
    Database &db = ctx.db();
    auto hold = holdById(db, holdId);
    if (!hold.ok())
        return hold.error();
    auto patron = patronById(db, hold->patronId);
    if (!patron.ok())
        return patron.error();
    auto rules = LoanRules::resolve(db, item.branchId, patron->categoryId, item.itemType);
    if (!rules.ok())
        return rules.error();
    auto cal = branchCalendar(db, hold->pickupBranchId);
    if (!cal.ok())
        return cal.error();
    const QDate today = cal->localDate(ctx.nowMs());
    QDate last = today.addDays(rules->integer(QStringLiteral("hold_pickup_days")));
    if (!cal->isOpenDay(last))
        last = cal->nextOpenDay(last);
    const qint64 expires = DueDates::endOfDay(*cal, last);
    if (Status st = execute(db, QStringLiteral("UPDATE holds SET status = 'ready', item_id = ?, ready_at = ?, expires_at = ?, "
                                               "updated_op = ? WHERE id = ?"),
                            {item.id, ctx.nowMs(), expires, ctx.operationId(), holdId});
        !st.ok())
        return st.error();
    if (Status st = setItemStatus(ctx, item.id, QStringLiteral("on_hold_shelf")); !st.ok())
        return st.error();
    if (Status st = notice(ctx, hold->patronId, QStringLiteral("hold_ready"), holdId, item.id,
                           {{QStringLiteral("title"), item.title},
                            {QStringLiteral("item"), item.barcode},
                            {QStringLiteral("pickup_branch"), hold->pickupBranchCode},
                            {QStringLiteral("expires_on"), last.toString(Qt::ISODate)}});
        !st.ok())
        return st.error();
    return holdById(db, holdId);
}

Status expireHold(OperationContext &ctx, const Hold &h)
{
    if (Status st = execute(ctx.db(), QStringLiteral("UPDATE holds SET status = 'expired', closed_at = ?, updated_op = ? WHERE id = ?"),
                            {ctx.nowMs(), ctx.operationId(), h.id});
        !st.ok())
        return st;
    return notice(ctx, h.patronId, QStringLiteral("hold_expired"), h.id, h.itemId,
                  {{QStringLiteral("title"), h.title}, {QStringLiteral("status_was"), h.status}});
}

} // namespace

Result<Routed> routeItem(OperationContext &ctx, const ItemRow &item, qint64 atBranchId, QStringList &notes)
{
    Database &db = ctx.db();
    Routed out;
    auto toBranch = [&](qint64 id) { return branchById(db, id); };

    // Most items come back to nobody's hold: one look settles it.
    auto any = db.scalar(QStringLiteral("SELECT COUNT(*) FROM holds WHERE bib_id = ? AND status IN ('waiting', 'in_transit', 'ready')"),
                         {item.bibId});
    if (!any.ok())
        return any.error();
    const bool holdsOnTitle = any->toLongLong() > 0;

    // A hold this copy is already assigned to and travelling for.
    std::optional<std::optional<QVariantList>> travelling;
    if (holdsOnTitle) {
        auto t = firstRow(db, QStringLiteral("SELECT id, pickup_branch_id FROM holds WHERE item_id = ? AND status = 'in_transit' "
                                             "ORDER BY placed_at, id LIMIT 1"),
                          {item.id});
        if (!t.ok())
            return t.error();
        travelling = *t;
    }
    std::optional<std::pair<qint64, qint64>> pick; // hold id, pickup branch
    if (!holdsOnTitle) {
        // nothing to trap
    } else if (travelling->has_value()) {
        pick = std::pair{(**travelling).at(0).toLongLong(), (**travelling).at(1).toLongLong()};
    } else {
        auto queue = rows(db, QStringLiteral("SELECT id, pickup_branch_id, not_after_on FROM holds WHERE status = 'waiting' AND "
                                             "((level = 'copy' AND item_id = ?) OR (level = 'title' AND bib_id = ?)) "
                                             "ORDER BY placed_at, id"),
                          {item.id, item.bibId});
        if (!queue.ok())
            return queue.error();
        std::optional<QDate> today; // the calendar is loaded only for holds with a "not needed after" date
        for (const QVariantList &r : std::as_const(*queue)) {
            const QDate notAfter = parseDate(r[2]);
            if (notAfter.isValid() && !today) {
                auto cal = branchCalendar(db, atBranchId);
                if (!cal.ok())
                    return cal.error();
                today = cal->localDate(ctx.nowMs());
            }
            if (notAfter.isValid() && notAfter < *today) {
                auto h = holdById(db, r[0].toLongLong());
                if (!h.ok())
                    return h.error();
                if (Status st = expireHold(ctx, *h); !st.ok())
                    return st.error();
                continue;
            }
            pick = std::pair{r[0].toLongLong(), r[1].toLongLong()};
            break;
        }
    }

    if (pick) {
        const auto [holdId, pickup] = *pick;
        if (pickup == atBranchId) {
            auto h = makeReady(ctx, holdId, item);
            if (!h.ok())
                return h.error();
            out.hold = *h;
            out.itemStatus = QStringLiteral("on_hold_shelf");
            notes << tr("Put %1 on the hold shelf for %2 (%3) until %4.")
                         .arg(item.barcode, h->patronName, h->cardNumber, isoUtc(h->expiresAt).left(10));
            return out;
        }
        if (Status st = execute(db, QStringLiteral("UPDATE holds SET status = 'in_transit', item_id = ?, updated_op = ? WHERE id = ?"),
                                {item.id, ctx.operationId(), holdId});
            !st.ok())
            return st.error();
        if (Status st = setItemStatus(ctx, item.id, QStringLiteral("in_transit")); !st.ok())
            return st.error();
        if (Status st = startTransfer(ctx, item.id, atBranchId, pickup, QStringLiteral("hold"), holdId); !st.ok())
            return st.error();
        auto h = holdById(db, holdId);
        if (!h.ok())
            return h.error();
        auto dest = toBranch(pickup);
        if (!dest.ok())
            return dest.error();
        out.hold = *h;
        out.itemStatus = QStringLiteral("in_transit");
        out.transferTo = dest->code;
        notes << tr("Send %1 to %2 for the hold of %3 (%4).").arg(item.barcode, dest->name, h->patronName, h->cardNumber);
        return out;
    }

    if (atBranchId != item.branchId) {
        if (Status st = setItemStatus(ctx, item.id, QStringLiteral("in_transit")); !st.ok())
            return st.error();
        if (Status st = startTransfer(ctx, item.id, atBranchId, item.branchId, QStringLiteral("return"), 0); !st.ok())
            return st.error();
        auto home = toBranch(item.branchId);
        if (!home.ok())
            return home.error();
        out.itemStatus = QStringLiteral("in_transit");
        out.transferTo = home->code;
        notes << tr("%1 belongs to %2: send it home.").arg(item.barcode, home->name);
        return out;
    }
    if (Status st = setItemStatus(ctx, item.id, QStringLiteral("available")); !st.ok())
        return st.error();
    out.itemStatus = QStringLiteral("available");
    return out;
}

Result<std::optional<Reason>> holdConflict(Database &db, const ItemRow &item, qint64 patronId)
{
    auto assigned = firstRow(db, QStringLiteral("SELECT h.patron_id, h.status FROM holds h WHERE h.item_id = ? AND "
                                                "h.status IN ('ready', 'in_transit') ORDER BY h.placed_at, h.id LIMIT 1"),
                             {item.id});
    if (!assigned.ok())
        return assigned.error();
    if (assigned->has_value()) {
        if ((**assigned)[0].toLongLong() == patronId)
            return std::optional<Reason>();
        const bool ready = (**assigned)[1].toString() == QLatin1String("ready");
        return std::optional<Reason>(Reason{QStringLiteral("circulation.item_on_hold"),
                                            ready ? tr("%1 is waiting on the hold shelf for another patron.").arg(item.barcode)
                                                  : tr("%1 is on its way to fill another patron's hold.").arg(item.barcode),
                                            true});
    }
    auto queue = rows(db, QStringLiteral("SELECT patron_id, level FROM holds WHERE status = 'waiting' AND "
                                         "((level = 'copy' AND item_id = ?) OR (level = 'title' AND bib_id = ?)) "
                                         "ORDER BY placed_at, id"),
                      {item.id, item.bibId});
    if (!queue.ok())
        return queue.error();
    int titleAhead = 0;
    for (const QVariantList &r : std::as_const(*queue)) {
        if (r[0].toLongLong() == patronId)
            break;
        if (r[1].toString() == QLatin1String("copy"))
            return std::optional<Reason>(Reason{QStringLiteral("circulation.item_on_hold"),
                                                tr("Another patron has a hold on this very copy (%1).").arg(item.barcode), true});
        ++titleAhead;
    }
    if (titleAhead > 0) {
        auto others = db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE bib_id = ? AND id <> ? AND status = 'available'"),
                                {item.bibId, item.id});
        if (!others.ok())
            return others.error();
        if (others->toInt() < titleAhead)
            return std::optional<Reason>(Reason{QStringLiteral("circulation.item_on_hold"),
                                                tr("%n other patron(s) are waiting for \"%1\".", nullptr, titleAhead).arg(item.title),
                                                true});
    }
    return std::optional<Reason>();
}

Result<qint64> fulfilHold(OperationContext &ctx, qint64 patronId, const ItemRow &item)
{
    auto h = firstRow(ctx.db(),
                      QStringLiteral("SELECT id FROM holds WHERE patron_id = ? AND ((item_id = ? AND status IN ('waiting', "
                                     "'in_transit', 'ready')) OR (level = 'title' AND bib_id = ? AND status = 'waiting')) "
                                     "ORDER BY CASE WHEN item_id = ? THEN 0 ELSE 1 END, placed_at, id LIMIT 1"),
                      {patronId, item.id, item.bibId, item.id});
    if (!h.ok())
        return h.error();
    if (!h->has_value())
        return qint64(0);
    const qint64 id = (**h)[0].toLongLong();
    if (Status st = execute(ctx.db(), QStringLiteral("UPDATE holds SET status = 'fulfilled', item_id = ?, closed_at = ?, "
                                                     "updated_op = ? WHERE id = ?"),
                            {item.id, ctx.nowMs(), ctx.operationId(), id});
        !st.ok())
        return st.error();
    ctx.setDetail(QStringLiteral("fulfilled_hold"), id);
    return id;
}

Result<QList<Hold>> activeHoldsOf(Database &db, qint64 patronId)
{
    return holdsWhere(db, QStringLiteral("WHERE h.patron_id = ? AND h.status IN ") + kActive, {patronId},
                      QStringLiteral(" ORDER BY h.placed_at, h.id"));
}

Result<Hold> Holds::place(const Caller &caller, const Request &req)
{
    const QString subject = !req.barcode.trimmed().isEmpty() ? req.barcode.trimmed() : QString::number(req.recordId);
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.place"), rightFor(caller, Rights::HoldsManage), subject};
    return m_core.execute<Hold>(caller, spec, [&](OperationContext &ctx) -> Result<Hold> {
        Database &db = ctx.db();
        auto p = findPatron(db, req.card, true);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::HoldsManage, p->id); !st.ok())
            return st.error();
        ctx.setDetail(QStringLiteral("patron"), p->cardNumber);

        // What is asked for.
        qint64 bibId = req.recordId;
        std::optional<ItemRow> copy;
        if (!req.barcode.trimmed().isEmpty()) {
            auto item = findItem(db, req.barcode);
            if (!item.ok())
                return item.error();
            bibId = item->bibId;
            if (!req.anyCopy)
                copy = *item;
        } else {
            auto bib = db.scalar(QStringLiteral("SELECT id FROM bib_records WHERE id = ?"), {req.recordId});
            if (!bib.ok())
                return bib.error();
            if (bib->isNull())
                return Error::refused(QStringLiteral("circulation.unknown_record"),
                                      tr("There is no catalogue record %1.").arg(req.recordId));
        }
        qint64 pickup = p->homeBranchId;
        if (!req.pickupBranch.trimmed().isEmpty()) {
            auto b = branchByCode(db, req.pickupBranch);
            if (!b.ok())
                return b.error();
            pickup = b->id;
        }
        auto cal = branchCalendar(db, pickup);
        if (!cal.ok())
            return cal.error();
        const QDate today = cal->localDate(ctx.nowMs());

        QList<Reason> reasons;
        if (p->status == QLatin1String("blocked"))
            reasons << Reason{QStringLiteral("circulation.patron_blocked"),
                              p->blockReason.isEmpty() ? tr("%1 is blocked.").arg(p->name)
                                                       : tr("%1 is blocked: %2").arg(p->name, p->blockReason)};
        else if (p->status == QLatin1String("left"))
            reasons << Reason{QStringLiteral("circulation.patron_left"), tr("%1 has left the library.").arg(p->name)};
        if (p->isExpired(today))
            reasons << Reason{QStringLiteral("circulation.card_expired"),
                              tr("The card %1 expired on %2.").arg(p->cardNumber, p->expiresOn.toString(Qt::ISODate))};
        if (req.notAfter.isValid() && req.notAfter < today)
            reasons << Reason{QStringLiteral("circulation.bad_date"),
                              tr("The \"not needed after\" date %1 has passed.").arg(req.notAfter.toString(Qt::ISODate))};
        if (Status st = fillPatronSummary(db, *p, ctx.nowMs()); !st.ok())
            return st.error();
        if (p->balance > p->debtLimit)
            reasons << Reason{QStringLiteral("circulation.debt_over_limit"),
                              tr("%1 owes Rp %2, more than the limit of Rp %3.").arg(p->name).arg(p->balance).arg(p->debtLimit)};

        // The copies the hold could be filled by, and their rules.
        QList<ItemRow> candidates;
        if (copy) {
            if (copy->status == QLatin1String("withdrawn"))
                reasons << Reason{QStringLiteral("circulation.item_withdrawn"),
                                  tr("%1 has been withdrawn from the collection.").arg(copy->barcode)};
            else
                candidates << *copy;
        } else {
            auto ids = rows(db, QStringLiteral("SELECT id FROM items WHERE bib_id = ? AND status NOT IN ('withdrawn', 'lost', 'missing') "
                                               "ORDER BY id"),
                            {bibId});
            if (!ids.ok())
                return ids.error();
            for (const QVariantList &r : std::as_const(*ids)) {
                auto it = itemById(db, r[0].toLongLong());
                if (!it.ok())
                    return it.error();
                if (it->loanable)
                    candidates << *it;
            }
            if (candidates.isEmpty())
                reasons << Reason{QStringLiteral("circulation.no_holdable_items"),
                                  tr("This title has no copy that can be lent.")};
        }
        bool allowed = false;
        qint64 maxHolds = 0;
        for (const ItemRow &it : std::as_const(candidates)) {
            auto rules = LoanRules::resolve(db, it.branchId, p->categoryId, it.itemType);
            if (!rules.ok())
                return rules.error();
            if (rules->flag(QStringLiteral("holds_allowed"))) {
                allowed = true;
                maxHolds = qMax(maxHolds, rules->integer(QStringLiteral("max_holds")));
            }
        }
        if (!candidates.isEmpty() && !allowed)
            reasons << Reason{QStringLiteral("circulation.holds_not_allowed"),
                              tr("The loan rules do not allow holds on this for the category %1.").arg(p->categoryCode)};
        else if (allowed && p->activeHolds >= maxHolds)
            reasons << Reason{QStringLiteral("circulation.too_many_holds"),
                              tr("%1 has %2 holds; the limit is %3.").arg(p->name).arg(p->activeHolds).arg(maxHolds)};
        auto dup = db.scalar(QStringLiteral("SELECT COUNT(*) FROM holds WHERE patron_id = ? AND bib_id = ? AND status IN ") + kActive,
                             {p->id, bibId});
        if (!dup.ok())
            return dup.error();
        if (dup->toLongLong() > 0)
            reasons << Reason{QStringLiteral("circulation.already_on_hold"), tr("%1 already has a hold on this title.").arg(p->name)};
        auto borrowed = db.scalar(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id WHERE l.patron_id = ? "
                                                 "AND l.returned_at IS NULL AND i.bib_id = ?"),
                                  {p->id, bibId});
        if (!borrowed.ok())
            return borrowed.error();
        if (borrowed->toLongLong() > 0)
            reasons << Reason{QStringLiteral("circulation.already_borrowed"), tr("%1 already has this title on loan.").arg(p->name)};
        if (!reasons.isEmpty())
            return refusalFrom(reasons);

        auto id = insertId(db,
                           QStringLiteral("INSERT INTO holds (patron_id, bib_id, item_id, pickup_branch_id, status, placed_at, "
                                          "level, not_after_on, created_op, updated_op) VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?) "
                                          "RETURNING id"),
                           {p->id, bibId, copy ? QVariant(copy->id) : nullInt(), pickup, ctx.nowMs(),
                            copy ? QStringLiteral("copy") : QStringLiteral("title"), dateOrNull(req.notAfter),
                            ctx.operationId(), ctx.operationId()});
        if (!id.ok())
            return id.error();
        auto out = holdsWhere(db, QStringLiteral("WHERE h.id = ?"), {*id}, {});
        if (!out.ok())
            return out.error();
        return out->first();
    });
}

Result<Hold> Holds::cancel(const Caller &caller, qint64 holdId)
{
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.cancel"), rightFor(caller, Rights::HoldsManage),
                             QString::number(holdId)};
    return m_core.execute<Hold>(caller, spec, [&](OperationContext &ctx) -> Result<Hold> {
        Database &db = ctx.db();
        auto h = holdById(db, holdId);
        if (!h.ok())
            return h.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::HoldsManage, h->patronId); !st.ok())
            return st.error();
        if (h->status != QLatin1String("waiting") && h->status != QLatin1String("in_transit") && h->status != QLatin1String("ready"))
            return Error::refused(QStringLiteral("circulation.hold_closed"),
                                  tr("Hold %1 is already %2.").arg(holdId).arg(h->status));
        if (Status st = execute(db, QStringLiteral("UPDATE holds SET status = 'cancelled', closed_at = ?, updated_op = ? WHERE id = ?"),
                                {ctx.nowMs(), ctx.operationId(), holdId});
            !st.ok())
            return st.error();
        if (ctx.caller().patronId != h->patronId) {
            if (Status st = notice(ctx, h->patronId, QStringLiteral("hold_cancelled"), holdId, h->itemId,
                                   {{QStringLiteral("title"), h->title}, {QStringLiteral("by"), ctx.caller().actor}});
                !st.ok())
                return st.error();
        }
        if (h->status == QLatin1String("ready") && h->itemId) {
            // The copy on the hold shelf goes to the next in line, or home.
            auto item = itemById(db, h->itemId);
            if (!item.ok())
                return item.error();
            QStringList notes;
            auto routed = routeItem(ctx, *item, h->pickupBranchId, notes);
            if (!routed.ok())
                return routed.error();
            ctx.setDetail(QStringLiteral("item_now"), routed->itemStatus);
        }
        // A copy in transit for this hold carries on; at its arrival the checkin finds the hold
        // cancelled and routes it again.
        return holdById(db, holdId);
    });
}

Result<QList<Hold>> Holds::ofPatron(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.list"), rightFor(caller, Rights::HoldsManage),
                             CardNumber::normalize(card), false};
    return m_core.execute<QList<Hold>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<Hold>> {
        auto p = findPatron(ctx.db(), card);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::HoldsManage, p->id); !st.ok())
            return st.error();
        return activeHoldsOf(ctx.db(), p->id);
    });
}

Result<QList<Hold>> Holds::queue(const Caller &caller, qint64 recordId, const QString &barcode)
{
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.queue"), Rights::HoldsManage,
                             barcode.isEmpty() ? QString::number(recordId) : barcode, false};
    return m_core.execute<QList<Hold>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<Hold>> {
        qint64 bib = recordId;
        if (!barcode.trimmed().isEmpty()) {
            auto item = findItem(ctx.db(), barcode);
            if (!item.ok())
                return item.error();
            bib = item->bibId;
        } else {
            auto exists = ctx.db().scalar(QStringLiteral("SELECT id FROM bib_records WHERE id = ?"), {recordId});
            if (!exists.ok())
                return exists.error();
            if (exists->isNull())
                return Error::refused(QStringLiteral("circulation.unknown_record"),
                                      tr("There is no catalogue record %1.").arg(recordId));
        }
        return holdsWhere(ctx.db(), QStringLiteral("WHERE h.bib_id = ? AND h.status IN ") + kActive, {bib},
                          QStringLiteral(" ORDER BY h.placed_at, h.id"));
    });
}

Result<QList<Hold>> Holds::shelf(const Caller &caller, const QString &branch)
{
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.shelf"), Rights::HoldsManage, branch, false};
    return m_core.execute<QList<Hold>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<Hold>> {
        if (branch.trimmed().isEmpty())
            return holdsWhere(ctx.db(), QStringLiteral("WHERE h.status = 'ready'"), {}, QStringLiteral(" ORDER BY h.expires_at, h.id"));
        auto b = branchByCode(ctx.db(), branch);
        if (!b.ok())
            return b.error();
        return holdsWhere(ctx.db(), QStringLiteral("WHERE h.status = 'ready' AND h.pickup_branch_id = ?"), {b->id},
                          QStringLiteral(" ORDER BY h.expires_at, h.id"));
    });
}

Result<QList<Hold>> Holds::expire(const Caller &caller)
{
    const OperationSpec spec{Services::Holds, QStringLiteral("hold.expire"), Rights::HoldsManage, {}};
    return m_core.execute<QList<Hold>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<Hold>> {
        Database &db = ctx.db();
        QList<Hold> out;
        auto ready = rows(db, QStringLiteral("SELECT id FROM holds WHERE status = 'ready' AND expires_at < ? ORDER BY expires_at, id"),
                          {ctx.nowMs()});
        if (!ready.ok())
            return ready.error();
        for (const QVariantList &r : std::as_const(*ready)) {
            auto h = holdById(db, r[0].toLongLong());
            if (!h.ok())
                return h.error();
            if (Status st = expireHold(ctx, *h); !st.ok())
                return st.error();
            if (h->itemId) {
                auto item = itemById(db, h->itemId);
                if (!item.ok())
                    return item.error();
                QStringList notes;
                auto routed = routeItem(ctx, *item, h->pickupBranchId, notes);
                if (!routed.ok())
                    return routed.error();
            }
            auto now = holdById(db, h->id);
            if (!now.ok())
                return now.error();
            out << *now;
        }
        // Waiting holds past their "not needed after" date, by each pickup branch's local date.
        auto waiting = rows(db, QStringLiteral("SELECT id, pickup_branch_id, not_after_on FROM holds WHERE status = 'waiting' "
                                               "AND not_after_on IS NOT NULL ORDER BY id"));
        if (!waiting.ok())
            return waiting.error();
        for (const QVariantList &r : std::as_const(*waiting)) {
            auto cal = branchCalendar(db, r[1].toLongLong());
            if (!cal.ok())
                return cal.error();
            if (parseDate(r[2]) >= cal->localDate(ctx.nowMs()))
                continue;
            auto h = holdById(db, r[0].toLongLong());
            if (!h.ok())
                return h.error();
            if (Status st = expireHold(ctx, *h); !st.ok())
                return st.error();
            auto now = holdById(db, h->id);
            if (!now.ok())
                return now.error();
            out << *now;
        }
        ctx.setDetail(QStringLiteral("expired"), int(out.size()));
        return out;
    });
}

} // namespace Aksara::Circulation
