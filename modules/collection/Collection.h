#pragma once

#include "core/ServiceCore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Aksara::Collection {

// Item statuses (items.status). on_loan and on_hold_shelf are set by circulation (a loan or a
// trapped hold goes with them); the others can be set by cataloguing staff.
namespace ItemStatus {
inline const QString Available = QStringLiteral("available");
inline const QString OnLoan = QStringLiteral("on_loan");
inline const QString OnHoldShelf = QStringLiteral("on_hold_shelf");
inline const QString InTransit = QStringLiteral("in_transit");
inline const QString Lost = QStringLiteral("lost");
inline const QString Missing = QStringLiteral("missing");
inline const QString Withdrawn = QStringLiteral("withdrawn");
QStringList all();
} // namespace ItemStatus

// A copy, with where it is and its live status (due date while on loan).
struct Item {
    qint64 id = 0;
    QString barcode;
    qint64 bibId = 0;
    QString title; // of its record
    QString author;
    qint64 branchId = 0;
    QString branchCode;
    QString branchName;
    QString location;
    QString callNumber;
    QString itemType;
    QString status;
    qint64 price = 0; // rupiah
    QString acquiredOn; // YYYY-MM-DD or empty
    qint64 dueAt = 0; // epoch ms UTC while on loan, else 0

    QJsonObject toJson() const;
};

struct ItemInput {
    QString barcode;
    qint64 bibId = 0;
    QString branch; // branch code
    QString location;
    QString callNumber; // empty: the record's call number
    QString itemType = QStringLiteral("book");
    QString status = ItemStatus::Available;
    qint64 price = 0;
    QString acquiredOn;
};

struct ItemChanges {
    std::optional<QString> branch;
    std::optional<QString> location;
    std::optional<QString> callNumber;
    std::optional<QString> itemType;
    std::optional<QString> status;
    std::optional<qint64> price;
    std::optional<QString> acquiredOn;
    bool isEmpty() const
    {
        return !branch && !location && !callNumber && !itemType && !status && !price && !acquiredOn;
    }
};

struct ItemFilter {
    QString status; // empty: any
    QString branch; // branch code, empty: any
    qint64 bibId = 0;
    // Copies added in [addedFrom, addedBefore): epoch ms UTC of the operation that added them
    // (items.created_op -> operations.at). 0: no bound.
    qint64 addedFrom = 0;
    qint64 addedBefore = 0;
    int limit = 100;
    int offset = 0;
};

// Every copy of a record.
struct BibHoldings {
    qint64 bibId = 0;
    QString title;
    QString author;
    int year = 0;
    QString callNumber;
    QList<Item> items;
    int available() const;
    QJsonObject toJson() const;
};

// What stands on the shelf around a call number, in shelf order.
struct Shelf {
    QString callNumber; // asked for
    QList<Item> before; // nearest last
    QList<Item> after; // from the call number on (equal call numbers included)
    QJsonObject toJson() const;
};

// Items and where every copy is. Every method is an operation of the service core: changes are
// "cataloguing" operations (right catalogue.edit), lookups "collection_lookup" reads (right
// collection.lookup).
//
// A copy added or moved by staff (addItem, editItem) must stand in an open branch
// (collection.branch_closed), be of an item type still offered (collection.item_type_retired) and
// name one of its branch's active shelving locations or none, where the branch keeps a list
// (collection.unknown_location); a copy
// without a price gets its item type's default price. Imports (insertItem) keep the location text
// the old system gave.
//
// Errors: collection.unknown_barcode, collection.unknown_record, collection.unknown_branch,
// collection.unknown_item_type, collection.bad_barcode, collection.duplicate_barcode,
// collection.bad_status, collection.status_managed_by_circulation, collection.item_on_loan,
// collection.bad_date, collection.bad_price (all refused), storage.* (failed).
class Collection {
public:
    explicit Collection(ServiceCore &core) : m_core(core) {}

    Result<Item> addItem(const Caller &caller, const ItemInput &input);
    Result<Item> editItem(const Caller &caller, const QString &barcode, const ItemChanges &changes);
    Result<Item> item(const Caller &caller, const QString &barcode);
    Result<QList<Item>> items(const Caller &caller, const ItemFilter &filter);
    Result<BibHoldings> holdings(const Caller &caller, qint64 bibId);
    Result<Shelf> shelf(const Caller &caller, const QString &callNumber, int before = 5, int after = 5,
                        const QString &branch = {});

    // --- for other modules, inside an operation they run ----------------------------------------
    // Validates and inserts an item; created_op is the context's operation. `branchIds` caches
    // branch code -> id across calls (an import adds thousands).
    static Result<qint64> insertItem(OperationContext &ctx, const ItemInput &input, QHash<QString, qint64> *branchIds = nullptr);
    static Result<Item> readItem(Database &db, const QString &barcode);
    // The copies the filter selects, by barcode (what items() returns). Refusals as items().
    static Result<QList<Item>> readItems(Database &db, const ItemFilter &filter);
    // The copies of several records at once (search results), keyed by record id.
    static Result<QHash<qint64, QList<Item>>> itemsOfRecords(Database &db, const QList<qint64> &bibIds);
    static Status checkBarcode(const QString &barcode);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Collection
