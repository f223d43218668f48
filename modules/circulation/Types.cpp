#include "circulation/Types.h"

#include "circulation/Internal.h"

#include <QJsonArray>

namespace Aksara::Circulation {

namespace {
QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue instantJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoUtc(ms)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonArray reasonsJson(const QList<Reason> &reasons)
{
    QJsonArray a;
    for (const Reason &r : reasons)
        a << r.toJson();
    return a;
}
QString rupiah(qint64 amount)
{
    // Rp 12.500 (Indonesian thousands separator), integer rupiah.
    QString digits = QString::number(qAbs(amount));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (amount < 0 ? QStringLiteral("-Rp ") : QStringLiteral("Rp ")) + digits;
}
} // namespace

QJsonObject Reason::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("overridable"), overridable}};
}

QJsonObject Patron::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("card"), cardNumber},
            {QStringLiteral("nik"), textJson(nik)},
            {QStringLiteral("name"), name},
            {QStringLiteral("birth_date"), dateJson(birthDate)},
            {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("has_photo"), hasPhoto},
            {QStringLiteral("branch"), homeBranchCode},
            {QStringLiteral("category"), categoryCode},
            {QStringLiteral("category_name"), categoryName},
            {QStringLiteral("registered_on"), dateJson(registeredOn)},
            {QStringLiteral("expires_on"), dateJson(expiresOn)},
            {QStringLiteral("status"), status},
            {QStringLiteral("block_reason"), textJson(blockReason)},
            {QStringLiteral("has_pin"), hasPin},
            {QStringLiteral("language"), language},
            {QStringLiteral("card_printed_at"), instantJson(cardPrintedAt)},
            {QStringLiteral("open_loans"), openLoans},
            {QStringLiteral("overdue_loans"), overdueLoans},
            {QStringLiteral("balance"), balance},
            {QStringLiteral("debt_limit"), debtLimit},
            {QStringLiteral("active_holds"), activeHolds}};
}

QJsonObject Loan::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("item"), barcode},
            {QStringLiteral("title"), title},
            {QStringLiteral("patron"), cardNumber},
            {QStringLiteral("patron_name"), patronName},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("issued_at"), instantJson(issuedAt)},
            {QStringLiteral("due_at"), instantJson(dueAt)},
            {QStringLiteral("due_date"), dateJson(dueDate)},
            {QStringLiteral("returned_at"), instantJson(returnedAt)},
            {QStringLiteral("renewals"), renewals}};
}

QJsonObject Fee::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("item"), textJson(barcode)},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("balance"), balance},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("created_at"), instantJson(createdAt)}};
    if (days > 0)
        o.insert(QStringLiteral("days"), days);
    return o;
}

QJsonObject Hold::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("patron"), cardNumber},
            {QStringLiteral("patron_name"), patronName},
            {QStringLiteral("record"), bibId},
            {QStringLiteral("title"), title},
            {QStringLiteral("level"), level},
            {QStringLiteral("item"), textJson(barcode)},
            {QStringLiteral("pickup_branch"), pickupBranchCode},
            {QStringLiteral("status"), status},
            {QStringLiteral("placed_at"), instantJson(placedAt)},
            {QStringLiteral("ready_at"), instantJson(readyAt)},
            {QStringLiteral("expires_at"), instantJson(expiresAt)},
            {QStringLiteral("closed_at"), instantJson(closedAt)},
            {QStringLiteral("not_after"), dateJson(notAfter)},
            {QStringLiteral("position"), position > 0 ? QJsonValue(position) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject CheckoutResult::toJson() const
{
    QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("loan"), loan.toJson()}};
    if (!overridden.isEmpty()) {
        o.insert(QStringLiteral("overridden"), reasonsJson(overridden));
        o.insert(QStringLiteral("override_reason"), overrideReason);
    }
    if (fulfilledHoldId > 0)
        o.insert(QStringLiteral("fulfilled_hold"), fulfilledHoldId);
    return o;
}

QJsonObject CheckinResult::toJson() const
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("item"), barcode},
            {QStringLiteral("title"), title},
            {QStringLiteral("was_on_loan"), wasOnLoan},
            {QStringLiteral("loan"), loan ? QJsonValue(loan->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("fee"), fee ? QJsonValue(fee->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("hold"), hold ? QJsonValue(hold->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("item_status"), itemStatus},
            {QStringLiteral("transfer_to"), textJson(transferTo)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QJsonObject RenewResult::toJson() const
{
    QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("ok")},
                  {QStringLiteral("loan"), loan.toJson()},
                  {QStringLiteral("previous_due_at"), instantJson(previousDueAt)},
                  {QStringLiteral("fee"), fee ? QJsonValue(fee->toJson()) : QJsonValue(QJsonValue::Null)}};
    if (!overridden.isEmpty())
        o.insert(QStringLiteral("overridden"), reasonsJson(overridden));
    return o;
}

QJsonObject RenewAllLine::toJson() const
{
    QJsonObject o{{QStringLiteral("item"), barcode},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("outcome"), renewed ? QStringLiteral("ok")
                                                      : (error.isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed"))}};
    if (result) {
        o.insert(QStringLiteral("due_at"), instantJson(result->loan.dueAt));
        o.insert(QStringLiteral("due_date"), dateJson(result->loan.dueDate));
        o.insert(QStringLiteral("renewals"), result->loan.renewals);
    } else {
        QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
        if (reasons.isEmpty())
            reasons << QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
        o.insert(QStringLiteral("reasons"), reasons);
    }
    return o;
}

QJsonObject Receipt::toJson() const
{
    QJsonArray a;
    for (const Allocation &al : allocations)
        a << QJsonObject{{QStringLiteral("fee"), al.feeId},
                         {QStringLiteral("kind"), al.kind},
                         {QStringLiteral("amount"), al.amount},
                         {QStringLiteral("balance_after"), al.balanceAfter}};
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("receipt"), id},
            {QStringLiteral("patron"), cardNumber},
            {QStringLiteral("patron_name"), patronName},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("method"), method},
            {QStringLiteral("note"), note},
            {QStringLiteral("received_at"), instantJson(receivedAt)},
            {QStringLiteral("received_by"), receivedBy},
            {QStringLiteral("allocations"), a},
            {QStringLiteral("balance_after"), balanceAfter}};
}

QString Receipt::toText() const
{
    QString s;
    s += (kind == QLatin1String("waiver") ? tr("Waiver %1") : tr("Receipt %1")).arg(id) + QLatin1Char('\n');
    s += tr("Patron: %1 (%2)").arg(patronName, cardNumber) + QLatin1Char('\n');
    s += tr("Date: %1").arg(isoUtc(receivedAt)) + QLatin1Char('\n');
    s += tr("Amount: %1").arg(rupiah(amount)) + (method.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(method))
         + QLatin1Char('\n');
    for (const Allocation &al : allocations)
        s += QStringLiteral("  #%1 %2: %3 → %4\n").arg(al.feeId).arg(al.kind, rupiah(al.amount), rupiah(al.balanceAfter));
    if (!note.isEmpty())
        s += tr("Note: %1").arg(note) + QLatin1Char('\n');
    s += tr("Received by: %1").arg(receivedBy) + QLatin1Char('\n');
    s += tr("Balance now: %1").arg(rupiah(balanceAfter)) + QLatin1Char('\n');
    return s;
}

QJsonObject FeeStatement::toJson() const
{
    QJsonArray a;
    for (const Fee &f : fees)
        a << f.toJson();
    return {{QStringLiteral("patron"), cardNumber},
            {QStringLiteral("patron_name"), patronName},
            {QStringLiteral("balance"), balance},
            {QStringLiteral("debt_limit"), debtLimit},
            {QStringLiteral("fees"), a}};
}

QJsonObject CardReplacement::toJson() const
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("patron"), patron.toJson()},
            {QStringLiteral("card"), patron.cardNumber},
            {QStringLiteral("old_card"), oldCardNumber},
            {QStringLiteral("fee"), fee ? QJsonValue(fee->toJson()) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject PatronAccount::toJson() const
{
    QJsonObject o = patron.toJson();
    QJsonArray l, h, f;
    for (const Loan &x : loans)
        l << x.toJson();
    for (const Hold &x : holds)
        h << x.toJson();
    for (const Fee &x : fees)
        f << x.toJson();
    o.insert(QStringLiteral("loans"), l);
    o.insert(QStringLiteral("holds"), h);
    o.insert(QStringLiteral("fees"), f);
    o.insert(QStringLiteral("previous_cards"), QJsonArray::fromStringList(previousCards));
    return o;
}

} // namespace Aksara::Circulation
