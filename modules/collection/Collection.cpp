#include "collection/Collection.h"

#include "collection/CallNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace Aksara::Collection {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Collection", text);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Qt Sql binds a null QString as NULL; NOT NULL text columns get an empty string.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kItemColumns = QStringLiteral(
    "i.id, i.barcode, i.bib_id, b.title, b.author, i.branch_id, br.code, br.name, i.location, i.call_number, "
    "i.item_type, i.status, i.price, COALESCE(i.acquired_on, ''), COALESCE(l.due_at, 0), i.call_sort");
const QString kItemFrom = QStringLiteral(
    " FROM items i JOIN bib_records b ON b.id = i.bib_id JOIN branches br ON br.id = i.branch_id "
    "LEFT JOIN loans l ON l.item_id = i.id AND l.returned_at IS NULL ");

Item itemFrom(const Query &q)
{
    Item it;
    it.id = q.value(0).toLongLong();
    it.barcode = q.value(1).toString();
    it.bibId = q.value(2).toLongLong();
    it.title = q.value(3).toString();
    it.author = q.value(4).toString();
    it.branchId = q.value(5).toLongLong();
    it.branchCode = q.value(6).toString();
    it.branchName = q.value(7).toString();
    it.location = q.value(8).toString();
    it.callNumber = q.value(9).toString();
    it.itemType = q.value(10).toString();
    it.status = q.value(11).toString();
    it.price = q.value(12).toLongLong();
    it.acquiredOn = q.value(13).toString();
    it.dueAt = q.value(14).toLongLong();
    return it;
}

Error refused(const char *code, const QString &message)
{
    return Error::refused(QString::fromLatin1(code), message);
}

Status checkStatusForStaff(const QString &status)
{
    if (!ItemStatus::all().contains(status))
        return refused("collection.bad_status", tr("\"%1\" is not an item status (%2).").arg(status, ItemStatus::all().join(QStringLiteral(", "))));
    if (status == ItemStatus::OnLoan || status == ItemStatus::OnHoldShelf)
        return refused("collection.status_managed_by_circulation",
                       tr("An item becomes \"%1\" through circulation (a checkout or a trapped hold), not by editing it.")
                           .arg(status));
    return {};
}

Status checkDate(const QString &date)
{
    if (date.isEmpty())
        return {};
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid() || date.size() != 10)
        return refused("collection.bad_date", tr("\"%1\" is not a date (YYYY-MM-DD).").arg(date));
    return {};
}

Result<qint64> branchId(Database &db, const QString &code, QHash<QString, qint64> *cache)
{
    if (cache) {
        if (auto it = cache->constFind(code); it != cache->constEnd())
            return *it;
    }
    if (code.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT id FROM branches ORDER BY id LIMIT 2"));
        if (!q.ok())
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        q->finish();
        if (ids.size() != 1)
            return refused("collection.unknown_branch",
                           ids.isEmpty() ? tr("There is no branch yet: create one before adding items.")
                                         : tr("Say which branch the item belongs to."));
        return ids.first();
    }
    auto v = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {code});
    if (!v.ok())
        return v.error();
    if (v->isNull())
        return refused("collection.unknown_branch", tr("There is no branch \"%1\".").arg(code));
    if (cache)
        cache->insert(code, v->toLongLong());
    return v->toLongLong();
}

Status checkItemType(Database &db, const QString &type)
{
    auto v = db.scalar(QStringLiteral("SELECT 1 FROM item_types WHERE code = ?"), {type});
    if (!v.ok())
        return v.error();
    if (v->isNull())
        return refused("collection.unknown_item_type", tr("There is no item type \"%1\".").arg(type));
    return {};
}

// What staff may give a new or moved copy: an open branch, an item type still offered, and a
// shelving location of the branch's list (or none). Imports keep what the old system gave.
Status checkStaffPlacement(Database &db, qint64 branch, const QString &itemType, const QString &location,
                           bool branchChanged, bool typeChanged, bool locationChanged)
{
    if (branchChanged) {
        auto closed = db.scalar(QStringLiteral("SELECT code FROM branches WHERE id = ? AND closed_at IS NOT NULL"), {branch});
        if (!closed.ok())
            return closed.error();
        if (!closed->isNull())
            return Error::refused(QStringLiteral("collection.branch_closed"),
                                  tr("The branch %1 is closed: it takes no new copies.").arg(closed->toString()),
                                  QJsonObject{{QStringLiteral("field"), QStringLiteral("branch")}});
    }
    if (typeChanged) {
        auto active = db.scalar(QStringLiteral("SELECT active FROM item_types WHERE code = ?"), {itemType});
        if (!active.ok())
            return active.error();
        if (!active->isNull() && active->toInt() == 0)
            return Error::refused(QStringLiteral("collection.item_type_retired"),
                                  tr("The item type %1 is no longer used for new copies.").arg(itemType),
                                  QJsonObject{{QStringLiteral("field"), QStringLiteral("item_type")}});
    }
    if ((branchChanged || locationChanged) && !location.isEmpty()) {
        // A branch that keeps a list of locations gets it enforced; one without a list takes any text.
        auto q = db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM locations WHERE branch_id = ?), COALESCE((SELECT active "
                                        "FROM locations WHERE branch_id = ? AND code = ?), 0)"),
                         {branch, branch, location});
        if (!q.ok())
            return q.error();
        q->next();
        const bool hasList = q->value(0).toLongLong() > 0;
        const bool listed = q->value(1).toInt() != 0;
        q->finish();
        if (hasList && !listed)
            return Error::refused(QStringLiteral("collection.unknown_location"),
                                  tr("The branch has no shelving location \"%1\"; choose one of its locations or add it "
                                     "first.")
                                      .arg(location),
                                  QJsonObject{{QStringLiteral("field"), QStringLiteral("location")}});
    }
    return {};
}

} // namespace

QStringList ItemStatus::all()
{
    return {Available, OnLoan, OnHoldShelf, InTransit, Lost, Missing, Withdrawn};
}

QJsonObject Item::toJson() const
{
    QJsonObject o{{QStringLiteral("barcode"), barcode},
                  {QStringLiteral("bib"), bibId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("branch"), branchCode},
                  {QStringLiteral("branch_name"), branchName},
                  {QStringLiteral("location"), location},
                  {QStringLiteral("call_number"), callNumber},
                  {QStringLiteral("item_type"), itemType},
                  {QStringLiteral("price"), price}};
    o.insert(QStringLiteral("acquired_on"), acquiredOn.isEmpty() ? QJsonValue() : QJsonValue(acquiredOn));
    o.insert(QStringLiteral("due"), dueAt > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(dueAt, Qt::UTC).toString(Qt::ISODate))
                                              : QJsonValue());
    return o;
}

int BibHoldings::available() const
{
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return i.status == ItemStatus::Available; }));
}

QJsonObject BibHoldings::toJson() const
{
    QJsonArray a;
    for (const Item &i : items)
        a << i.toJson();
    QJsonObject o{{QStringLiteral("bib"), bibId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("call_number"), callNumber},
                  {QStringLiteral("available"), available()},
                  {QStringLiteral("items"), a}};
    o.insert(QStringLiteral("year"), year > 0 ? QJsonValue(year) : QJsonValue());
    return o;
}

QJsonObject Shelf::toJson() const
{
    QJsonArray b, a;
    for (const Item &i : before)
        b << i.toJson();
    for (const Item &i : after)
        a << i.toJson();
    return {{QStringLiteral("call_number"), callNumber}, {QStringLiteral("before"), b}, {QStringLiteral("after"), a}};
}

Status Collection::checkBarcode(const QString &barcode)
{
    if (barcode.isEmpty())
        return refused("collection.bad_barcode", tr("A barcode is needed."));
    if (barcode.size() > 64)
        return refused("collection.bad_barcode", tr("A barcode has at most 64 characters."));
    for (QChar c : barcode) {
        if (c.isSpace() || !c.isPrint())
            return refused("collection.bad_barcode", tr("The barcode \"%1\" contains a space or a control character.").arg(barcode));
    }
    return {};
}

Result<qint64> Collection::insertItem(OperationContext &ctx, const ItemInput &input, QHash<QString, qint64> *branchIds)
{
    Database &db = ctx.db();
    const QString barcode = input.barcode.trimmed();
    if (Status st = checkBarcode(barcode); !st.ok())
        return st.error();
    auto bib = db.exec(QStringLiteral("SELECT call_number FROM bib_records WHERE id = ?"), {input.bibId});
    if (!bib.ok())
        return bib.error();
    if (!bib->next())
        return refused("collection.unknown_record", tr("There is no record %1.").arg(input.bibId));
    const QString bibCallNumber = bib->value(0).toString();
    bib->finish();
    auto branch = branchId(db, input.branch.trimmed(), branchIds);
    if (!branch.ok())
        return branch.error();
    if (Status st = checkItemType(db, input.itemType); !st.ok())
        return st.error();
    if (Status st = checkStatusForStaff(input.status); !st.ok())
        return st.error();
    if (Status st = checkDate(input.acquiredOn); !st.ok())
        return st.error();
    if (input.price < 0)
        return refused("collection.bad_price", tr("A price cannot be negative."));
    auto dup = db.scalar(QStringLiteral("SELECT bib_id FROM items WHERE barcode = ?"), {barcode});
    if (!dup.ok())
        return dup.error();
    if (!dup->isNull())
        return Error::refused(QStringLiteral("collection.duplicate_barcode"),
                              tr("The barcode %1 is already on a copy of record %2.").arg(barcode).arg(dup->toLongLong()),
                              QJsonObject{{QStringLiteral("barcode"), barcode}, {QStringLiteral("bib"), dup->toLongLong()}});
    const QString callNumber = input.callNumber.trimmed().isEmpty() ? bibCallNumber : input.callNumber.trimmed();
    qint64 price = input.price;
    if (price == 0) {
        // A copy without a price gets its type's default (what a lost copy is charged).
        auto d = db.scalar(QStringLiteral("SELECT default_price FROM item_types WHERE code = ?"), {input.itemType});
        if (!d.ok())
            return d.error();
        price = d->toLongLong();
    }
    auto q = db.exec(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, location, call_number, item_type, status, "
                                    "price, acquired_on, call_sort, created_op, updated_op) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {barcode, input.bibId, *branch, text(input.location.trimmed()), text(callNumber), input.itemType, input.status,
                      price, textOrNull(input.acquiredOn), callNumberSortKey(callNumber), ctx.operationId(),
                      ctx.operationId()});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("storage.error"), tr("The item was not stored."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<Item> Collection::readItem(Database &db, const QString &barcode)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kItemColumns + kItemFrom + QStringLiteral("WHERE i.barcode = ?"), {barcode});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::refused(QStringLiteral("collection.unknown_barcode"), tr("No copy has the barcode %1.").arg(barcode),
                              QJsonObject{{QStringLiteral("barcode"), barcode}});
    Item it = itemFrom(*q);
    q->finish();
    return it;
}

Result<QHash<qint64, QList<Item>>> Collection::itemsOfRecords(Database &db, const QList<qint64> &bibIds)
{
    QHash<qint64, QList<Item>> out;
    for (qsizetype start = 0; start < bibIds.size(); start += 200) {
        const QList<qint64> chunk = bibIds.mid(start, 200);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        auto q = db.exec(QStringLiteral("SELECT ") + kItemColumns + kItemFrom + QStringLiteral("WHERE i.bib_id IN (")
                             + Database::placeholders(chunk.size()) + QStringLiteral(") ORDER BY i.bib_id, br.code, i.barcode"),
                         binds);
        if (!q.ok())
            return q.error();
        while (q->next()) {
            Item it = itemFrom(*q);
            out[it.bibId] << it;
        }
        q->finish();
    }
    return out;
}

Result<Item> Collection::addItem(const Caller &caller, const ItemInput &input)
{
    return m_core.execute<Item>(caller, {Services::Cataloguing, QStringLiteral("item.add"), Rights::CatalogueEdit, input.barcode.trimmed()},
                                [&](OperationContext &ctx) -> Result<Item> {
                                    auto branch = branchId(ctx.db(), input.branch.trimmed(), nullptr);
                                    if (!branch.ok())
                                        return branch.error();
                                    if (Status st = checkStaffPlacement(ctx.db(), *branch, input.itemType,
                                                                        input.location.trimmed(), true, true, true);
                                        !st.ok())
                                        return st.error();
                                    auto id = insertItem(ctx, input);
                                    if (!id.ok())
                                        return id.error();
                                    ctx.setDetail(QStringLiteral("bib"), input.bibId);
                                    return readItem(ctx.db(), input.barcode.trimmed());
                                });
}

Result<Item> Collection::editItem(const Caller &caller, const QString &barcode, const ItemChanges &changes)
{
    return m_core.execute<Item>(
        caller, {Services::Cataloguing, QStringLiteral("item.edit"), Rights::CatalogueEdit, barcode},
        [&](OperationContext &ctx) -> Result<Item> {
            Database &db = ctx.db();
            auto current = readItem(db, barcode);
            if (!current.ok())
                return current.error();
            if (changes.isEmpty())
                return refused("collection.nothing_to_change", tr("Nothing to change on %1.").arg(barcode));
            Item it = *current;
            QJsonObject changed;
            if (changes.branch) {
                auto b = branchId(db, changes.branch->trimmed(), nullptr);
                if (!b.ok())
                    return b.error();
                it.branchId = *b;
                changed.insert(QStringLiteral("branch"), *changes.branch);
            }
            if (changes.location) {
                it.location = changes.location->trimmed();
                changed.insert(QStringLiteral("location"), it.location);
            }
            if (changes.callNumber) {
                it.callNumber = changes.callNumber->trimmed();
                changed.insert(QStringLiteral("call_number"), it.callNumber);
            }
            if (changes.itemType) {
                if (Status st = checkItemType(db, *changes.itemType); !st.ok())
                    return st.error();
                it.itemType = *changes.itemType;
                changed.insert(QStringLiteral("item_type"), it.itemType);
            }
            if (changes.status && *changes.status != current->status) {
                if (Status st = checkStatusForStaff(*changes.status); !st.ok())
                    return st.error();
                if (current->status == ItemStatus::OnLoan)
                    return refused("collection.item_on_loan",
                                   tr("%1 is on loan: check it in before changing its status.").arg(barcode));
                if (current->status == ItemStatus::OnHoldShelf)
                    return refused("collection.status_managed_by_circulation",
                                   tr("%1 is waiting on the hold shelf: cancel or fulfil the hold first.").arg(barcode));
                it.status = *changes.status;
                changed.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), current->status},
                                                                     {QStringLiteral("to"), it.status}});
            }
            if (changes.price) {
                if (*changes.price < 0)
                    return refused("collection.bad_price", tr("A price cannot be negative."));
                it.price = *changes.price;
                changed.insert(QStringLiteral("price"), it.price);
            }
            if (changes.acquiredOn) {
                if (Status st = checkDate(*changes.acquiredOn); !st.ok())
                    return st.error();
                it.acquiredOn = *changes.acquiredOn;
                changed.insert(QStringLiteral("acquired_on"), it.acquiredOn);
            }
            if (Status st = checkStaffPlacement(db, it.branchId, it.itemType, it.location, changes.branch.has_value(),
                                                changes.itemType.has_value(), changes.location.has_value());
                !st.ok())
                return st.error();
            auto q = db.exec(QStringLiteral("UPDATE items SET branch_id = ?, location = ?, call_number = ?, item_type = ?, "
                                            "status = ?, price = ?, acquired_on = ?, call_sort = ?, updated_op = ? WHERE id = ?"),
                             {it.branchId, text(it.location), text(it.callNumber), it.itemType, it.status, it.price,
                              textOrNull(it.acquiredOn), callNumberSortKey(it.callNumber), ctx.operationId(), it.id});
            if (!q.ok())
                return q.error();
            ctx.setDetail(QStringLiteral("changed"), changed);
            return readItem(db, barcode);
        });
}

Result<Item> Collection::item(const Caller &caller, const QString &barcode)
{
    return m_core.execute<Item>(caller,
                                {Services::CollectionLookup, QStringLiteral("lookup.item"), Rights::CollectionLookup, barcode, false},
                                [&](OperationContext &ctx) { return readItem(ctx.db(), barcode.trimmed()); });
}

Result<QList<Item>> Collection::readItems(Database &db, const ItemFilter &filter)
{
    if (!filter.status.isEmpty() && !ItemStatus::all().contains(filter.status))
        return refused("collection.bad_status",
                       tr("\"%1\" is not an item status (%2).").arg(filter.status, ItemStatus::all().join(QStringLiteral(", "))));
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND i.status = ?");
        binds << filter.status;
    }
    if (!filter.branch.isEmpty()) {
        auto b = branchId(db, filter.branch, nullptr);
        if (!b.ok())
            return b.error();
        where += QStringLiteral(" AND i.branch_id = ?");
        binds << *b;
    }
    if (filter.bibId > 0) {
        where += QStringLiteral(" AND i.bib_id = ?");
        binds << filter.bibId;
    }
    if (filter.addedFrom > 0 || filter.addedBefore > 0) {
        // A probe of each copy's own operation by primary key: operations has no index on "at"
        // alone, and it grows much faster than items.
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM operations o WHERE o.id = i.created_op AND o.at >= ? AND o.at < ?)");
        binds << filter.addedFrom << (filter.addedBefore > 0 ? filter.addedBefore : std::numeric_limits<qint64>::max());
    }
    binds << qBound(1, filter.limit, 100000) << qMax(0, filter.offset);
    auto q = db.exec(QStringLiteral("SELECT ") + kItemColumns + kItemFrom + where + QStringLiteral(" ORDER BY i.barcode LIMIT ? OFFSET ?"),
                     binds);
    if (!q.ok())
        return q.error();
    QList<Item> out;
    while (q->next())
        out << itemFrom(*q);
    q->finish();
    return out;
}

Result<QList<Item>> Collection::items(const Caller &caller, const ItemFilter &filter)
{
    return m_core.execute<QList<Item>>(
        caller, {Services::CollectionLookup, QStringLiteral("item.list"), Rights::CollectionLookup, filter.status, false},
        [&](OperationContext &ctx) { return readItems(ctx.db(), filter); });
}

Result<BibHoldings> Collection::holdings(const Caller &caller, qint64 bibId)
{
    return m_core.execute<BibHoldings>(
        caller, {Services::CollectionLookup, QStringLiteral("lookup.bib"), Rights::CollectionLookup, QString::number(bibId), false},
        [&](OperationContext &ctx) -> Result<BibHoldings> {
            auto q = ctx.db().exec(QStringLiteral("SELECT title, author, year, call_number FROM bib_records WHERE id = ?"), {bibId});
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::refused(QStringLiteral("collection.unknown_record"), tr("There is no record %1.").arg(bibId));
            BibHoldings h;
            h.bibId = bibId;
            h.title = q->value(0).toString();
            h.author = q->value(1).toString();
            h.year = q->value(2).toInt();
            h.callNumber = q->value(3).toString();
            q->finish();
            auto items = itemsOfRecords(ctx.db(), {bibId});
            if (!items.ok())
                return items.error();
            h.items = items->value(bibId);
            return h;
        });
}

Result<Shelf> Collection::shelf(const Caller &caller, const QString &callNumber, int before, int after, const QString &branch)
{
    return m_core.execute<Shelf>(
        caller, {Services::CollectionLookup, QStringLiteral("shelf.browse"), Rights::CollectionLookup, callNumber, false},
        [&](OperationContext &ctx) -> Result<Shelf> {
            if (callNumber.trimmed().isEmpty())
                return refused("collection.bad_call_number", tr("Give a call number to browse around."));
            Database &db = ctx.db();
            const QString key = callNumberSortKey(callNumber);
            QString branchCond;
            QVariantList extra;
            if (!branch.isEmpty()) {
                auto b = branchId(db, branch, nullptr);
                if (!b.ok())
                    return b.error();
                branchCond = QStringLiteral(" AND i.branch_id = ?");
                extra << *b;
            }
            const int nb = qBound(0, before, 100);
            const int na = qBound(1, after, 100);
            auto read = [&](const QString &cond, const QVariantList &binds, QList<std::pair<QString, Item>> &out) -> Status {
                auto q = db.exec(QStringLiteral("SELECT ") + kItemColumns + kItemFrom + cond, binds);
                if (!q.ok())
                    return q.error();
                while (q->next()) {
                    Item it = itemFrom(*q);
                    const QString k = q->value(15).isNull() ? callNumberSortKey(it.callNumber) : q->value(15).toString();
                    out.append({k, it});
                }
                q->finish();
                return {};
            };
            QList<std::pair<QString, Item>> lower, upper, unkeyed;
            const QString notWithdrawn = QStringLiteral(" AND i.status <> 'withdrawn'");
            if (Status st = read(QStringLiteral("WHERE i.call_sort >= ?") + notWithdrawn + branchCond
                                     + QStringLiteral(" ORDER BY i.call_sort, i.barcode LIMIT ?"),
                                 QVariantList{key} + extra + QVariantList{na},
                                 upper);
                !st.ok())
                return st.error();
            if (Status st = read(QStringLiteral("WHERE i.call_sort < ?") + notWithdrawn + branchCond
                                     + QStringLiteral(" ORDER BY i.call_sort DESC, i.barcode DESC LIMIT ?"),
                                 QVariantList{key} + extra + QVariantList{nb},
                                 lower);
                !st.ok())
                return st.error();
            // Items written without a shelf key (by other code) still stand on the shelf.
            if (Status st = read(QStringLiteral("WHERE i.call_sort IS NULL") + notWithdrawn + branchCond
                                     + QStringLiteral(" LIMIT 10000"),
                                 extra, unkeyed);
                !st.ok())
                return st.error();
            for (const auto &u : std::as_const(unkeyed))
                (u.first >= key ? upper : lower).append(u);
            auto byKey = [](const std::pair<QString, Item> &a, const std::pair<QString, Item> &b) {
                return a.first != b.first ? a.first < b.first : a.second.barcode < b.second.barcode;
            };
            std::sort(upper.begin(), upper.end(), byKey);
            std::sort(lower.begin(), lower.end(), byKey);
            Shelf s;
            s.callNumber = callNumber;
            for (qsizetype i = qMax<qsizetype>(0, lower.size() - nb); i < lower.size(); ++i)
                s.before << lower.at(i).second;
            for (qsizetype i = 0; i < upper.size() && i < na; ++i)
                s.after << upper.at(i).second;
            return s;
        });
}

} // namespace Aksara::Collection
