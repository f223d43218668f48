#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"

namespace Aksara::Circulation {

// Fees, payments and waivers: operations of the fees service. All money is integer rupiah.
//
//   statement  a read; right fees.collect, or selfservice for the patron's own fees.
//   pay        right fees.collect. A payment may be partial; it is allocated to the given fee, or
//              to the oldest open fees first. Refusals circulation.bad_amount (not a positive
//              whole number), circulation.nothing_owed, circulation.overpayment (more than is
//              owed: a balance never goes below zero), circulation.unknown_fee (not this patron's).
//   waive      right fees.waive; the same, plus circulation.reason_required.
//   charge     right fees.collect: a manual fee with a description.
//   receipt    a read: a payment or waiver by its number.
class Fees {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Fees)

public:
    explicit Fees(ServiceCore &core) : m_core(core) {}

    // "5000", "5.000", "Rp 5.000" → 5000. Refusal circulation.bad_amount for anything else
    // (fractions, negative or zero amounts, text).
    static Result<qint64> parseAmount(const QString &text);

    Result<FeeStatement> statement(const Caller &caller, const QString &card, bool includePaid = false);
    Result<Receipt> pay(const Caller &caller, const QString &card, qint64 amount, const QString &method = QStringLiteral("cash"),
                        const QString &note = {}, qint64 feeId = 0);
    Result<Receipt> waive(const Caller &caller, const QString &card, qint64 amount, const QString &reason, qint64 feeId = 0);
    Result<Fee> charge(const Caller &caller, const QString &card, qint64 amount, const QString &description);
    Result<Receipt> receipt(const Caller &caller, qint64 receiptId);

private:
    Result<Receipt> settle(const Caller &caller, const QString &kind, const QString &card, qint64 amount,
                           const QString &method, const QString &note, qint64 feeId);
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
