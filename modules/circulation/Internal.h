#pragma once

// Helpers shared by the circulation module's sources. Not part of the public API.

#include "circulation/Types.h"

#include "core/Calendar.h"
#include "core/ServiceCore.h"

#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace Aksara::Circulation {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

QVariant nullText();
QVariant nullInt();
QVariant textOrNull(const QString &s);
// An empty, never NULL, text (Qt binds a null QString as SQL NULL).
QVariant textOrEmpty(const QString &s);
QVariant dateOrNull(const QDate &d);
QString isoUtc(qint64 ms);
QDate parseDate(const QVariant &v);

// Reads every row of a statement (the statement cache's handle is released before returning, so
// callers may run the same SQL again while walking the rows).
Result<QList<QVariantList>> rows(Database &db, const QString &sql, const QVariantList &binds = {});
Result<std::optional<QVariantList>> firstRow(Database &db, const QString &sql, const QVariantList &binds = {});
Status execute(Database &db, const QString &sql, const QVariantList &binds = {});
// INSERT ... RETURNING id.
Result<qint64> insertId(Database &db, const QString &sql, const QVariantList &binds);

// Row locks for read-modify-write on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises
// writers). NO KEY UPDATE does not block inserts that merely reference the row.
QString lockClause(Database &db, const QString &table);

Result<QString> setting(Database &db, const QString &key, const QString &fallback = {});
// A whole-number setting; the fallback when it is unset or not a number.
Result<qint64> intSetting(Database &db, const QString &key, qint64 fallback);
// The kiosk PIN rules of the library (SettingKeys.h).
struct PinRules {
    int minLength = 4;
    int maxLength = 8;
    int maxFailures = 5;
};
Result<PinRules> pinRules(Database &db);
Result<QTimeZone> libraryZone(Database &db);
Result<QDate> libraryToday(Database &db, qint64 nowMs);

// A change record (ISO 20000 change management) for a configuration edit, in the same operation.
Status recordChange(OperationContext &ctx, const QString &entity, const QString &key, const QString &title,
                    const QJsonValue &oldValue, const QJsonValue &newValue);

// One refusal carrying several reasons: the first reason's code, all messages, details.reasons.
Error refusalFrom(const QList<Reason> &reasons, const QJsonObject &extra = {});
Error unknownPatron(const QString &card);
Error unknownItem(const QString &barcode);

// Patrons, items and branches as the operations need them.
inline const QString kPatronColumns = QStringLiteral(
    "p.id, p.card_number, p.nik, p.name, p.birth_date, p.address, p.phone, p.email, "
    "CASE WHEN p.photo IS NULL THEN 0 ELSE 1 END, p.home_branch_id, b.code, b.name, p.category_id, c.code, c.name, "
    "c.debt_limit, p.registered_on, p.expires_on, p.status, p.block_reason, "
    "CASE WHEN p.pin_hash IS NULL THEN 0 ELSE 1 END, p.language, p.created_at, p.card_printed_at");
inline const QString kPatronFrom = QStringLiteral(
    " FROM patrons p JOIN branches b ON b.id = p.home_branch_id JOIN patron_categories c ON c.id = p.category_id ");
Patron patronFromRow(const QVariantList &r);

// Looks a patron up by a typed or scanned card number: checks the check digit (bad_card_number),
// refuses a retired card (card_replaced) and an unknown one (unknown_patron). With `lock`, the
// patron row is locked for the rest of the transaction (PostgreSQL).
Result<Patron> findPatron(Database &db, const QString &typedCard, bool lock = false);
Result<Patron> patronById(Database &db, qint64 id);
// Open loans, overdue loans, balance and active holds.
Status fillPatronSummary(Database &db, Patron &p, qint64 nowMs);

struct ItemRow {
    qint64 id = 0;
    QString barcode;
    qint64 bibId = 0;
    QString title;
    QString author;
    qint64 branchId = 0;
    QString branchCode;
    QString itemType;
    bool loanable = true;
    QString status;
    qint64 price = 0;
    QString callNumber;
};
Result<ItemRow> findItem(Database &db, const QString &barcode, bool lock = false);
Result<ItemRow> itemById(Database &db, qint64 id);

struct BranchRow {
    qint64 id = 0;
    QString code;
    QString name;
    bool closed = false; // a closed branch takes no new members, copies or holds
};
// Refusal circulation.unknown_branch.
Result<BranchRow> branchByCode(Database &db, const QString &code);
Result<BranchRow> branchById(Database &db, qint64 id);
// settings circulation.default_branch / circulation.default_category (codes), else the first one
// created. Refusals circulation.no_branch / circulation.no_category when there is none at all.
Result<BranchRow> defaultBranch(Database &db);
struct CategoryRow {
    qint64 id = 0;
    QString code;
    QString name;
    int membershipMonths = 12;
    qint64 debtLimit = 0;
    qint64 enrolmentFee = 0;
    int minAge = -1; // -1: no bound
    int maxAge = -1;
    bool nikRequired = false;
    bool active = true; // a retired category takes no new members
};
Result<CategoryRow> categoryByCode(Database &db, const QString &code);
Result<CategoryRow> categoryById(Database &db, qint64 id);
Result<CategoryRow> defaultCategory(Database &db);

// The calendar of a branch (branches.calendar_id), else the calendar coded "library", else
// always open in the library's zone.
Result<Calendar> branchCalendar(Database &db, qint64 branchId);

// Whether the caller acts for the library (has `staffRight`) or only for themselves at a kiosk
// (selfservice): the right an operation spec needs, and the check that a self-service caller only
// touches their own account (refusal circulation.not_own_account).
QString rightFor(const Caller &caller, const QString &staffRight);
Status ensureOwn(const Caller &caller, const QString &staffRight, qint64 patronId);

// `calendar`, when given, is the item branch's calendar (saves loading it again).
Result<Loan> loanById(Database &db, qint64 loanId, const Calendar *calendar = nullptr);
Result<std::optional<Loan>> openLoanForItem(Database &db, qint64 itemId, const Calendar *calendar = nullptr);
Result<QList<Loan>> openLoansOf(Database &db, qint64 patronId);
Result<Fee> feeById(Database &db, qint64 feeId);
Result<Hold> holdById(Database &db, qint64 holdId);

// Implemented beside their owners (Holds.cpp, Fees.cpp, Patrons.cpp).
Result<QList<Hold>> activeHoldsOf(Database &db, qint64 patronId);
Result<QList<Fee>> openFeesOf(Database &db, qint64 patronId);
// Inserts a fee row for the patron; returns it.
Result<Fee> chargeFee(OperationContext &ctx, qint64 patronId, const QString &kind, qint64 amount,
                      const QString &description, qint64 loanId = 0, qint64 itemId = 0);
// Where an item that came back goes (Holds.cpp): trapped for the next hold in queue order (ready on
// the hold shelf at `atBranchId`, or in transit to the hold's pickup branch), else home (in transit
// when it came back elsewhere), else available. Writes notices and transfers.
struct Routed {
    std::optional<Hold> hold;
    QString itemStatus;
    QString transferTo;
};
Result<Routed> routeItem(OperationContext &ctx, const ItemRow &item, qint64 atBranchId, QStringList &notes);
// Whether a hold keeps the item from `patronId` (checkout, renewal): a reason, or nothing.
Result<std::optional<Reason>> holdConflict(Database &db, const ItemRow &item, qint64 patronId);
// Closes the patron's hold that this checkout satisfies; returns its id or 0.
Result<qint64> fulfilHold(OperationContext &ctx, qint64 patronId, const ItemRow &item);
// Writes off the unpaid part of an item's lost fee when it is found (Fees.cpp).
Result<qint64> writeOffLostFee(OperationContext &ctx, qint64 itemId);
// Gives out the next free card number under the configured prefix.
Result<QString> nextCardNumber(OperationContext &ctx);

} // namespace Aksara::Circulation
