#include "desk/Slips.h"

#include "desk/DeskSession.h"
#include "desk/Format.h"


namespace Aksara::Desk {

namespace {
const QString kRule = QString(32, QLatin1Char('-'));
}

QString Slips::header(const DeskSession &session, const QString &title, qint64 nowMs)
{
    QStringList lines;
    lines << (session.library.name.isEmpty() ? tr("Library") : session.library.name);
    if (const BranchInfo *b = session.library.branch(session.branchCode)) {
        lines << b->name;
        if (!b->address.isEmpty())
            lines << b->address;
    } else if (!session.library.profile.address.isEmpty()) {
        lines << session.library.profile.address;
    }
    // The library's telephone and e-mail, each on its line (a slip is 32 characters wide).
    for (const QString &contact : {session.library.profile.phone, session.library.profile.email}) {
        if (!contact.trimmed().isEmpty())
            lines << contact.trimmed();
    }
    lines << kRule << title << Format::dateTime(nowMs) << kRule;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Slips::loans(const DeskSession &session, const Circulation::PatronAccount &account, qint64 nowMs)
{
    QString s = header(session, tr("LOAN SLIP"), nowMs);
    s += tr("Member: %1").arg(account.patron.name) + QLatin1Char('\n');
    s += tr("Card: %1").arg(account.patron.cardNumber) + QLatin1String("\n\n");
    QList<Circulation::Loan> loans = account.loans;
    std::stable_sort(loans.begin(), loans.end(), [](const auto &x, const auto &y) { return x.dueAt < y.dueAt; });
    for (const Circulation::Loan &l : std::as_const(loans)) {
        s += l.title + QLatin1Char('\n');
        s += QStringLiteral("  %1   ").arg(l.barcode) + tr("due %1").arg(Format::date(l.dueDate)) + QLatin1Char('\n');
    }
    s += QLatin1Char('\n') + tr("Items on loan: %1").arg(loans.size()) + QLatin1Char('\n');
    if (account.patron.balance > 0)
        s += tr("Fees owed: %1").arg(Format::money(account.patron.balance)) + QLatin1Char('\n');
    s += kRule + QLatin1Char('\n') + tr("Please return or renew by the due date.") + QLatin1Char('\n');
    s += tr("Served by: %1").arg(session.staffName) + QLatin1Char('\n');
    return s;
}

QString Slips::receipt(const DeskSession &session, const Circulation::Receipt &r)
{
    const bool waiver = r.kind == QLatin1String("waiver");
    QString s = header(session, (waiver ? tr("WAIVER No. %1") : tr("RECEIPT No. %1")).arg(r.id), r.receivedAt);
    s += tr("Member: %1").arg(r.patronName) + QLatin1Char('\n');
    s += tr("Card: %1").arg(r.cardNumber) + QLatin1String("\n\n");
    s += (waiver ? tr("Waived: %1") : tr("Paid: %1")).arg(Format::money(r.amount));
    if (!waiver && !r.method.isEmpty())
        s += QStringLiteral(" (%1)").arg(r.method == QLatin1String("cash") ? tr("cash") : r.method);
    s += QLatin1Char('\n');
    for (const Circulation::Allocation &a : r.allocations)
        s += QStringLiteral("  #%1  %2  → %3\n").arg(a.feeId).arg(Format::money(a.amount), tr("left %1").arg(Format::money(a.balanceAfter)));
    if (!r.note.isEmpty())
        s += (waiver ? tr("Reason: %1") : tr("Note: %1")).arg(r.note) + QLatin1Char('\n');
    s += QLatin1Char('\n') + tr("Still owed: %1").arg(Format::money(r.balanceAfter)) + QLatin1Char('\n');
    s += kRule + QLatin1Char('\n') + tr("Received by: %1").arg(r.receivedBy) + QLatin1Char('\n');
    return s;
}

QString Slips::checkin(const DeskSession &session, const Circulation::CheckinResult &r, qint64 nowMs)
{
    QString s;
    if (r.hold && r.hold->status == QLatin1String("ready")) {
        s = header(session, tr("HOLD — PUT ON THE HOLD SHELF"), nowMs);
        s += tr("For: %1").arg(r.hold->patronName) + QLatin1Char('\n');
        s += tr("Card: %1").arg(r.hold->cardNumber) + QLatin1Char('\n');
        s += tr("Pick up at: %1").arg(r.hold->pickupBranchCode) + QLatin1Char('\n');
        if (r.hold->expiresAt > 0)
            s += tr("Collect by: %1").arg(Format::dateOf(r.hold->expiresAt)) + QLatin1Char('\n');
    } else if (!r.transferTo.isEmpty()) {
        const BranchInfo *b = session.library.branch(r.transferTo);
        s = header(session, tr("SEND TO ANOTHER BRANCH"), nowMs);
        s += tr("To: %1").arg(b ? b->name : r.transferTo) + QLatin1Char('\n');
        if (r.hold)
            s += tr("For the hold of: %1 (%2)").arg(r.hold->patronName, r.hold->cardNumber) + QLatin1Char('\n');
    } else {
        s = header(session, tr("RETURN RECEIPT"), nowMs);
        if (r.loan)
            s += tr("Member: %1").arg(r.loan->patronName) + QLatin1Char('\n');
    }
    s += QLatin1Char('\n') + r.title + QLatin1Char('\n') + QStringLiteral("  %1\n").arg(r.barcode);
    if (r.fee)
        s += tr("Late fee: %1").arg(Format::money(r.fee->amount)) + QLatin1Char('\n');
    return s;
}

} // namespace Aksara::Desk
