#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The circulation module's value types. Money is integer rupiah; instants are epoch milliseconds
// UTC (shown in JSON as ISO 8601 UTC); dates are local dates of the library (ISO YYYY-MM-DD).
namespace Aksara::Circulation {

// One reason a circulation operation was refused. `overridable` reasons ask for confirmation: a
// caller holding circulation.override may go ahead, giving a reason that is recorded.
struct Reason {
    QString code;
    QString message;
    bool overridable = false;
    QJsonObject toJson() const;
};

struct Patron {
    qint64 id = 0;
    QString cardNumber;
    QString nik;
    QString name;
    QDate birthDate;
    QString address;
    QString phone;
    QString email;
    bool hasPhoto = false;
    qint64 homeBranchId = 0;
    QString homeBranchCode;
    QString homeBranchName;
    qint64 categoryId = 0;
    QString categoryCode;
    QString categoryName;
    qint64 debtLimit = 0;
    QDate registeredOn;
    QDate expiresOn;
    QString status; // active | blocked | left
    QString blockReason;
    bool hasPin = false;
    QString language;
    qint64 createdAt = 0;
    qint64 cardPrintedAt = 0;
    // Filled by the operations that show a patron (fillPatronSummary).
    int openLoans = 0;
    int overdueLoans = 0;
    qint64 balance = 0;
    int activeHolds = 0;

    bool isExpired(const QDate &today) const { return expiresOn.isValid() && expiresOn < today; }
    QJsonObject toJson() const;
};

// The fields of a registration or an edit. Unset optionals are left as they are (edit) or take
// their defaults (register). An empty string clears an optional text field (NIK, address, ...).
struct PatronInput {
    std::optional<QString> cardNumber; // register only: a pre-printed card; otherwise generated
    std::optional<QString> name;
    std::optional<QString> nik;
    std::optional<QDate> birthDate; // an invalid QDate clears it
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QByteArray> photo; // PNG or JPEG; empty clears
    std::optional<QString> branchCode;
    std::optional<QString> categoryCode;
    std::optional<QDate> expiresOn;
    std::optional<QString> status; // edit only: active | left (blocking has its own operation)
    std::optional<QString> language; // id | en
    // register only, for imports from an old system (docs/migration.md): cardNumber is the old
    // system's member number, kept as it is (no check digit; letters, digits and . / _ only).
    bool legacyCard = false;
    // register only: a NIK from an old system that fails Nik::validate, kept apart as unverified
    // (patrons.nik_unverified) when the operator asked for it; `nik` is then left unset.
    std::optional<QString> nikUnverified;
    // register only: the old system's registration date; an imported member is not charged the
    // category's enrolment fee again.
    std::optional<QDate> registeredOn;
    // Register only: the patron's consent (docs/privacy.md), recorded in the same operation when
    // consentPurposes is given (the same refusals as PatronPrivacy::setConsent).
    std::optional<QString> consentPurposes;
    std::optional<QString> consentNoticeVersion;
    std::optional<QString> guardianName;
};

struct Loan {
    qint64 id = 0;
    qint64 itemId = 0;
    QString barcode;
    QString title;
    qint64 patronId = 0;
    QString cardNumber;
    QString patronName;
    qint64 branchId = 0;
    QString branchCode;
    qint64 issuedAt = 0;
    qint64 dueAt = 0;
    QDate dueDate; // local date of dueAt in the branch calendar's zone
    qint64 returnedAt = 0;
    int renewals = 0;
    QString closeReason;

    bool isOverdue(qint64 nowMs) const { return returnedAt == 0 && dueAt < nowMs; }
    QJsonObject toJson() const;
};

struct Fee {
    qint64 id = 0;
    qint64 patronId = 0;
    QString kind; // overdue | lost | card_replacement | manual
    qint64 loanId = 0;
    QString barcode;
    qint64 amount = 0;
    qint64 balance = 0;
    QString description;
    qint64 createdAt = 0;
    int days = 0; // overdue fees: the chargeable days (only when just computed)
    QJsonObject toJson() const;
};

struct Hold {
    qint64 id = 0;
    qint64 patronId = 0;
    QString cardNumber;
    QString patronName;
    qint64 bibId = 0;
    QString title;
    QString level; // title | copy
    qint64 itemId = 0;
    QString barcode;
    qint64 pickupBranchId = 0;
    QString pickupBranchCode;
    QString status; // waiting | in_transit | ready | fulfilled | cancelled | expired
    qint64 placedAt = 0;
    qint64 readyAt = 0;
    qint64 expiresAt = 0;
    qint64 closedAt = 0;
    QDate notAfter;
    int position = 0; // place in the title's queue (1 = next), 0 when not queued
    QJsonObject toJson() const;
};

struct CheckoutResult {
    Loan loan;
    QList<Reason> overridden; // what a staff member allowed, with overrideReason
    QString overrideReason;
    qint64 fulfilledHoldId = 0;
    QJsonObject toJson() const;
};

struct CheckinResult {
    QString barcode;
    QString title;
    bool wasOnLoan = false;
    std::optional<Loan> loan;
    std::optional<Fee> fee;
    std::optional<Hold> hold; // the hold this item was trapped for
    QString itemStatus;       // after the checkin
    QString transferTo;       // branch code when the item must travel, else empty
    QStringList notes;        // what the desk should tell the librarian
    QJsonObject toJson() const;
};

struct RenewResult {
    Loan loan;
    qint64 previousDueAt = 0;
    std::optional<Fee> fee; // overdue fee charged for the days before an overdue renewal
    QList<Reason> overridden;
    QJsonObject toJson() const;
};

// One line of "renew all": renewed, or refused with its reasons.
struct RenewAllLine {
    QString barcode;
    QString title;
    bool renewed = false;
    std::optional<RenewResult> result;
    Error error;
    QJsonObject toJson() const;
};

struct Allocation {
    qint64 feeId = 0;
    QString kind;
    qint64 amount = 0;
    qint64 balanceAfter = 0;
};

// A payment or waiver: the receipt the desk prints or shows.
struct Receipt {
    qint64 id = 0; // the receipt number
    QString cardNumber;
    QString patronName;
    QString kind; // payment | waiver
    qint64 amount = 0;
    QString method;
    QString note;
    qint64 receivedAt = 0;
    QString receivedBy; // the operation's actor
    QList<Allocation> allocations;
    qint64 balanceAfter = 0; // the patron's total balance after
    QJsonObject toJson() const;
    QString toText() const;

    // toText() translates in this struct's context, as lupdate records it (keep last: the macro
    // ends in "private:").
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Receipt)
};

struct FeeStatement {
    QString cardNumber;
    QString patronName;
    qint64 debtLimit = 0;
    QList<Fee> fees; // open fees, oldest first (with all: every fee)
    qint64 balance = 0;
    QJsonObject toJson() const;
};

struct CardReplacement {
    Patron patron; // with the new card number
    QString oldCardNumber;
    std::optional<Fee> fee;
    QJsonObject toJson() const;
};

// Everything the desk shows about one patron.
struct PatronAccount {
    Patron patron;
    QList<Loan> loans;
    QList<Hold> holds;
    QList<Fee> fees; // open fees
    QStringList previousCards;
    QJsonObject toJson() const;
};

} // namespace Aksara::Circulation
