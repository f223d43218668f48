#include "circulation/Fees.h"

#include "circulation/CardNumber.h"
#include "circulation/Internal.h"

#include <QRegularExpression>

namespace Aksara::Circulation {

namespace {
const QString kFeeSelect = QStringLiteral(
    "SELECT f.id, f.patron_id, f.kind, f.loan_id, i.barcode, f.amount, f.balance, f.description, f.created_at "
    "FROM fees f LEFT JOIN items i ON i.id = f.item_id ");

Fee feeFromRow(const QVariantList &v)
{
    Fee f;
    f.id = v[0].toLongLong();
    f.patronId = v[1].toLongLong();
    f.kind = v[2].toString();
    f.loanId = v[3].toLongLong();
    f.barcode = v[4].toString();
    f.amount = v[5].toLongLong();
    f.balance = v[6].toLongLong();
    f.description = v[7].toString();
    f.createdAt = v[8].toLongLong();
    return f;
}

Error badAmount(const QString &text)
{
    return Error::refused(QStringLiteral("circulation.bad_amount"),
                          tr("\"%1\" is not an amount: give a positive whole number of rupiah.").arg(text));
}

Result<qint64> balanceOf(Database &db, qint64 patronId)
{
    auto v = db.scalar(QStringLiteral("SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM fees WHERE patron_id = ? AND balance > 0"),
                       {patronId});
    if (!v.ok())
        return v.error();
    return v->toLongLong();
}

Result<Receipt> loadReceipt(Database &db, qint64 id)
{
    auto r = firstRow(db,
                      QStringLiteral("SELECT pm.id, p.card_number, p.name, pm.kind, pm.amount, pm.method, pm.note, pm.received_at, "
                                     "o.actor, pm.patron_id FROM payments pm JOIN patrons p ON p.id = pm.patron_id "
                                     "LEFT JOIN operations o ON o.id = pm.created_op WHERE pm.id = ?"),
                      {id});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_receipt"), tr("There is no receipt %1.").arg(id));
    const QVariantList &v = **r;
    Receipt out;
    out.id = v[0].toLongLong();
    out.cardNumber = v[1].toString();
    out.patronName = v[2].toString();
    out.kind = v[3].toString();
    out.amount = v[4].toLongLong();
    out.method = v[5].toString();
    out.note = v[6].toString();
    out.receivedAt = v[7].toLongLong();
    out.receivedBy = v[8].toString();
    auto allocations = rows(db, QStringLiteral("SELECT a.fee_id, f.kind, a.amount, f.balance FROM payment_allocations a "
                                               "JOIN fees f ON f.id = a.fee_id WHERE a.payment_id = ? ORDER BY a.fee_id"),
                            {id});
    if (!allocations.ok())
        return allocations.error();
    for (const QVariantList &a : std::as_const(*allocations))
        out.allocations << Allocation{a[0].toLongLong(), a[1].toString(), a[2].toLongLong(), a[3].toLongLong()};
    auto balance = balanceOf(db, v[9].toLongLong());
    if (!balance.ok())
        return balance.error();
    out.balanceAfter = *balance;
    return out;
}
} // namespace

Result<QList<Fee>> openFeesOf(Database &db, qint64 patronId)
{
    auto all = rows(db, kFeeSelect + QStringLiteral("WHERE f.patron_id = ? AND f.balance > 0 ORDER BY f.created_at, f.id"), {patronId});
    if (!all.ok())
        return all.error();
    QList<Fee> out;
    for (const QVariantList &v : std::as_const(*all))
        out << feeFromRow(v);
    return out;
}

Result<Fee> chargeFee(OperationContext &ctx, qint64 patronId, const QString &kind, qint64 amount, const QString &description,
                      qint64 loanId, qint64 itemId)
{
    if (amount <= 0)
        return badAmount(QString::number(amount));
    auto id = insertId(ctx.db(),
                       QStringLiteral("INSERT INTO fees (patron_id, kind, loan_id, item_id, amount, balance, description, "
                                      "created_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {patronId, kind, loanId ? QVariant(loanId) : nullInt(), itemId ? QVariant(itemId) : nullInt(), amount,
                        amount, textOrEmpty(description), ctx.nowMs(), ctx.operationId(), ctx.operationId()});
    if (!id.ok())
        return id.error();
    ctx.setDetail(QStringLiteral("fee"), QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("kind"), kind},
                                                     {QStringLiteral("amount"), amount}});
    return feeById(ctx.db(), *id);
}

Result<qint64> writeOffLostFee(OperationContext &ctx, qint64 itemId)
{
    Database &db = ctx.db();
    auto f = firstRow(db, QStringLiteral("SELECT id, patron_id, balance FROM fees WHERE item_id = ? AND kind = 'lost' AND balance > 0 "
                                         "ORDER BY created_at DESC, id DESC LIMIT 1"),
                      {itemId});
    if (!f.ok())
        return f.error();
    if (!f->has_value())
        return qint64(0);
    const qint64 feeId = (**f)[0].toLongLong();
    const qint64 patronId = (**f)[1].toLongLong();
    const qint64 balance = (**f)[2].toLongLong();
    auto pay = insertId(db, QStringLiteral("INSERT INTO payments (patron_id, kind, amount, method, note, received_at, created_op) "
                                           "VALUES (?, 'waiver', ?, 'write-off', ?, ?, ?) RETURNING id"),
                        {patronId, balance, tr("Lost item found"), ctx.nowMs(), ctx.operationId()});
    if (!pay.ok())
        return pay.error();
    if (Status st = execute(db, QStringLiteral("INSERT INTO payment_allocations (payment_id, fee_id, amount) VALUES (?, ?, ?)"),
                            {*pay, feeId, balance});
        !st.ok())
        return st.error();
    if (Status st = execute(db, QStringLiteral("UPDATE fees SET balance = 0, updated_op = ? WHERE id = ?"), {ctx.operationId(), feeId});
        !st.ok())
        return st.error();
    return balance;
}

Result<qint64> Fees::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive))
        t = t.mid(2).trimmed();
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,15}$"));
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3}){1,4}$"));
    if (plain.match(t).hasMatch() || grouped.match(t).hasMatch()) {
        const qint64 v = QString(t).remove(QLatin1Char('.')).toLongLong();
        if (v > 0)
            return v;
    }
    return badAmount(text);
}

Result<FeeStatement> Fees::statement(const Caller &caller, const QString &card, bool includePaid)
{
    const OperationSpec spec{Services::Fees, QStringLiteral("fee.list"), rightFor(caller, Rights::FeesCollect),
                             CardNumber::normalize(card), false};
    return m_core.execute<FeeStatement>(caller, spec, [&](OperationContext &ctx) -> Result<FeeStatement> {
        Database &db = ctx.db();
        auto p = findPatron(db, card);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::FeesCollect, p->id); !st.ok())
            return st.error();
        FeeStatement s;
        s.cardNumber = p->cardNumber;
        s.patronName = p->name;
        s.debtLimit = p->debtLimit;
        auto all = rows(db, kFeeSelect + QStringLiteral("WHERE f.patron_id = ?") +
                                (includePaid ? QString() : QStringLiteral(" AND f.balance > 0")) + QStringLiteral(" ORDER BY f.created_at, f.id"),
                        {p->id});
        if (!all.ok())
            return all.error();
        for (const QVariantList &v : std::as_const(*all)) {
            s.fees << feeFromRow(v);
            s.balance += s.fees.last().balance;
        }
        return s;
    });
}

Result<Receipt> Fees::settle(const Caller &caller, const QString &kind, const QString &card, qint64 amount, const QString &method,
                             const QString &note, qint64 feeId)
{
    const bool waiver = kind == QLatin1String("waiver");
    const OperationSpec spec{Services::Fees, waiver ? QStringLiteral("fee.waive") : QStringLiteral("fee.pay"),
                             waiver ? Rights::FeesWaive : Rights::FeesCollect, CardNumber::normalize(card)};
    return m_core.execute<Receipt>(caller, spec, [&](OperationContext &ctx) -> Result<Receipt> {
        Database &db = ctx.db();
        if (amount <= 0)
            return badAmount(QString::number(amount));
        // The patron row is locked so that two desks taking money from the same patron queue up.
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (waiver && note.trimmed().isEmpty())
            return Error::refused(QStringLiteral("circulation.reason_required"), tr("A waiver needs a reason."));
        QList<Fee> open;
        if (feeId > 0) {
            auto f = feeById(db, feeId);
            if (!f.ok())
                return f.error();
            if (f->patronId != p->id)
                return Error::refused(QStringLiteral("circulation.unknown_fee"),
                                      tr("Fee %1 is not a fee of %2.").arg(feeId).arg(p->cardNumber));
            if (f->balance > 0)
                open << *f;
        } else {
            auto all = openFeesOf(db, p->id);
            if (!all.ok())
                return all.error();
            open = *all;
        }
        qint64 owed = 0;
        for (const Fee &f : std::as_const(open))
            owed += f.balance;
        if (owed == 0)
            return Error::refused(QStringLiteral("circulation.nothing_owed"),
                                  feeId > 0 ? tr("Fee %1 is already settled.").arg(feeId) : tr("%1 owes nothing.").arg(p->name));
        if (amount > owed)
            return Error::refused(QStringLiteral("circulation.overpayment"),
                                  tr("Rp %1 is more than the Rp %2 owed.").arg(amount).arg(owed),
                                  QJsonObject{{QStringLiteral("owed"), owed}});
        auto payment = insertId(db,
                                QStringLiteral("INSERT INTO payments (patron_id, kind, amount, method, note, received_at, created_op) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                {p->id, kind, amount, method.trimmed().isEmpty() ? QStringLiteral("cash") : method.trimmed(),
                                 textOrEmpty(note.trimmed()), ctx.nowMs(), ctx.operationId()});
        if (!payment.ok())
            return payment.error();
        qint64 left = amount;
        for (const Fee &f : std::as_const(open)) {
            if (left == 0)
                break;
            const qint64 part = qMin(left, f.balance);
            // The guard makes a balance that moved underneath us a failure, never a negative balance.
            auto upd = db.exec(QStringLiteral("UPDATE fees SET balance = balance - ?, updated_op = ? WHERE id = ? AND balance >= ?"),
                               {part, ctx.operationId(), f.id, part});
            if (!upd.ok())
                return upd.error();
            const int n = upd->numRowsAffected();
            upd->finish();
            if (n != 1)
                return Error::failed(QStringLiteral("circulation.concurrent_payment"),
                                     tr("The balance of fee %1 changed during the payment; try again.").arg(f.id));
            if (Status st = execute(db, QStringLiteral("INSERT INTO payment_allocations (payment_id, fee_id, amount) VALUES (?, ?, ?)"),
                                    {*payment, f.id, part});
                !st.ok())
                return st.error();
            left -= part;
        }
        ctx.setDetail(QStringLiteral("amount"), amount);
        ctx.setDetail(QStringLiteral("receipt"), *payment);
        auto r = loadReceipt(db, *payment);
        if (!r.ok())
            return r.error();
        // The operation record is written after the work; the receipt names who took the money.
        r->receivedBy = ctx.caller().actor;
        return *r;
    });
}

Result<Receipt> Fees::pay(const Caller &caller, const QString &card, qint64 amount, const QString &method, const QString &note,
                          qint64 feeId)
{
    return settle(caller, QStringLiteral("payment"), card, amount, method, note, feeId);
}

Result<Receipt> Fees::waive(const Caller &caller, const QString &card, qint64 amount, const QString &reason, qint64 feeId)
{
    return settle(caller, QStringLiteral("waiver"), card, amount, QStringLiteral("waiver"), reason, feeId);
}

Result<Fee> Fees::charge(const Caller &caller, const QString &card, qint64 amount, const QString &description)
{
    const OperationSpec spec{Services::Fees, QStringLiteral("fee.charge"), Rights::FeesCollect, CardNumber::normalize(card)};
    return m_core.execute<Fee>(caller, spec, [&](OperationContext &ctx) -> Result<Fee> {
        if (amount <= 0)
            return badAmount(QString::number(amount));
        auto p = findPatron(ctx.db(), card, true);
        if (!p.ok())
            return p.error();
        if (description.trimmed().isEmpty())
            return Error::refused(QStringLiteral("circulation.reason_required"), tr("Say what the fee is for."));
        return chargeFee(ctx, p->id, QStringLiteral("manual"), amount, description.trimmed());
    });
}

Result<Receipt> Fees::receipt(const Caller &caller, qint64 receiptId)
{
    const OperationSpec spec{Services::Fees, QStringLiteral("fee.receipt"), Rights::FeesCollect, QString::number(receiptId), false};
    return m_core.execute<Receipt>(caller, spec, [&](OperationContext &ctx) { return loadReceipt(ctx.db(), receiptId); });
}

} // namespace Aksara::Circulation
