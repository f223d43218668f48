#include "kiosk/KioskTypes.h"

#include "circulation/Patrons.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Aksara::Kiosk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Kiosk", text);
}

// One reason in the patron's words; empty when the kiosk has nothing better than the module's text.
QString reasonText(const QString &code, const PatronView *p, int maxFailures)
{
    if (code == QLatin1String("circulation.bad_card_number"))
        return tr("That card number was mistyped or misread. Please scan your card again or check the number.");
    if (code == QLatin1String("circulation.unknown_patron"))
        return tr("This card is not known to the library. Please ask at the desk.");
    if (code == QLatin1String("circulation.card_replaced"))
        return tr("This card has been replaced by a newer one. Please use your new card, or ask at the desk.");
    if (code == QLatin1String("circulation.bad_pin"))
        return tr("Wrong PIN. Please try again. After %1 wrong PINs in a row the card is locked.").arg(maxFailures);
    if (code == QLatin1String("circulation.pin_locked"))
        return tr("This card is locked after %1 wrong PINs in a row. Please ask at the desk for a new PIN.").arg(maxFailures);
    if (code == QLatin1String("circulation.no_pin"))
        return tr("This card has no PIN yet. Please ask at the desk to set one.");
    if (code == QLatin1String("circulation.patron_blocked"))
        return tr("Your card is blocked. Please ask at the desk.");
    if (code == QLatin1String("circulation.patron_left"))
        return tr("This membership has ended. Please ask at the desk.");
    if (code == QLatin1String("circulation.card_expired"))
        return p && p->expiresOn.isValid()
                   ? tr("Your membership expired on %1. Please renew it at the desk.").arg(longDate(p->expiresOn))
                   : tr("Your membership has expired. Please renew it at the desk.");
    if (code == QLatin1String("circulation.debt_over_limit"))
        return p ? tr("You owe %1, more than the %2 allowed. Please pay at the desk first.").arg(rupiah(p->balance), rupiah(p->debtLimit))
                 : tr("You owe more than is allowed. Please pay at the desk first.");
    if (code == QLatin1String("circulation.overdue_items"))
        return tr("You have overdue items. Please return or renew them first.");
    if (code == QLatin1String("circulation.too_many_loans"))
        return tr("You have reached the number of items you may borrow at once.");
    if (code == QLatin1String("circulation.item_not_loanable"))
        return tr("This item is for use in the library only.");
    if (code == QLatin1String("circulation.item_on_hold"))
        return tr("Another reader is waiting for this item. Please leave it at the desk.");
    if (code == QLatin1String("circulation.item_on_loan"))
        return tr("This item is still on loan to someone else. Please take it to the desk.");
    if (code == QLatin1String("circulation.item_withdrawn") || code == QLatin1String("circulation.item_unavailable"))
        return tr("This item cannot be borrowed. Please take it to the desk.");
    if (code == QLatin1String("circulation.unknown_item"))
        return tr("This barcode is not in the library's collection. Please check it, or ask at the desk.");
    if (code == QLatin1String("circulation.too_many_renewals"))
        return tr("This item cannot be renewed again. Please return it by its due date.");
    if (code == QLatin1String("circulation.not_on_loan"))
        return tr("This item is not on loan to you.");
    if (code == QLatin1String("circulation.not_own_account"))
        return tr("At the kiosk you can only use your own account.");
    if (code == QLatin1String("circulation.too_many_holds"))
        return tr("You have as many holds as you may place. Collect or cancel one first.");
    if (code == QLatin1String("circulation.already_on_hold"))
        return tr("You already have a hold on this title.");
    if (code == QLatin1String("circulation.already_borrowed"))
        return tr("You already have this title on loan.");
    if (code == QLatin1String("circulation.no_holdable_items") || code == QLatin1String("circulation.holds_not_allowed"))
        return tr("This title cannot be reserved.");
    if (code == QLatin1String("core.service_closed") || code == QLatin1String("core.service_maintenance"))
        return tr("This service is not available at the moment. Please ask at the desk.");
    if (code.startsWith(QLatin1String("storage.")))
        return tr("The library system cannot be reached right now.");
    return {};
}
} // namespace

QString rupiah(qint64 amount)
{
    return QStringLiteral("Rp\u00a0") + QLocale().toString(amount);
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString patronMessage(const Error &error, const PatronView *patron)
{
    // A refusal with several reasons: each in the patron's words, once.
    QStringList out;
    // The library's own lockout (setting kiosk.pin_max_failures), as the refusal says it.
    const int maxFailures = error.details.value(QStringLiteral("max_failures")).toInt(Circulation::Patrons::kMaxPinFailures);
    const QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
    for (const QJsonValue &v : reasons) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        QString text = reasonText(code, patron, maxFailures);
        if (text.isEmpty())
            text = v.toObject().value(QStringLiteral("message")).toString();
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    if (out.isEmpty()) {
        QString text = reasonText(error.code, patron, maxFailures);
        out << (text.isEmpty() ? error.message : text);
    }
    return out.join(QLatin1Char(' '));
}

QString feeText(const Circulation::Fee &f)
{
    // The circulation module quotes the title in its description of item fees.
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    const QRegularExpressionMatch m = quoted.match(f.description);
    const QString what = m.hasMatch() ? m.captured(1) : f.barcode;
    QString kind;
    if (f.kind == QLatin1String("overdue"))
        kind = tr("Late return");
    else if (f.kind == QLatin1String("lost"))
        kind = tr("Lost item");
    else if (f.kind == QLatin1String("card_replacement"))
        return tr("Replacement card");
    else
        return f.description;
    return what.isEmpty() ? kind : kind + QStringLiteral(": ") + what;
}

QString holdStatusText(const Circulation::Hold &hold, const QString &pickupBranchName)
{
    const QString branch = pickupBranchName.isEmpty() ? hold.pickupBranchCode : pickupBranchName;
    if (hold.status == QLatin1String("ready")) {
        if (hold.expiresAt > 0)
            return tr("Ready to collect at %1 until %2.")
                .arg(branch, longDate(QDateTime::fromMSecsSinceEpoch(hold.expiresAt, QTimeZone::utc()).toLocalTime().date()));
        return tr("Ready to collect at %1.").arg(branch);
    }
    if (hold.status == QLatin1String("in_transit"))
        return tr("On its way to %1.").arg(branch);
    if (hold.status == QLatin1String("waiting")) {
        if (hold.position > 0)
            return tr("Waiting: number %1 in the queue.").arg(hold.position);
        return tr("Waiting.");
    }
    return hold.status;
}

} // namespace Aksara::Kiosk
