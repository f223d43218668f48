#include "server/Sip2LibraryBackend.h"

#include "circulation/CardNumber.h"
#include "circulation/Fees.h"
#include "circulation/Holds.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "core/PasswordHash.h"
#include "shell/AppContext.h"

#include <QJsonArray>

#include <cstdio>

namespace Aksara::Server {

using namespace Aksara::Circulation;

namespace {
// Reasons that are about the item or the library, never about the patron: a machine may show them
// to whoever stands at it.
bool aboutTheItem(const QString &code)
{
    static const QSet<QString> codes{QStringLiteral("circulation.item_on_loan"),     QStringLiteral("circulation.item_unavailable"),
                                     QStringLiteral("circulation.item_on_hold"),     QStringLiteral("circulation.item_withdrawn"),
                                     QStringLiteral("circulation.unknown_item"),     QStringLiteral("circulation.not_on_loan"),
                                     QStringLiteral("circulation.branch_closed"),    QStringLiteral("circulation.no_holdable_items"),
                                     QStringLiteral("circulation.unknown_record"),   QStringLiteral("circulation.too_many_renewals")};
    return codes.contains(code);
}

// The reasons of a refusal, for a screen message. When the patron's PIN was not checked in this
// request, the reasons about the patron (blocked and why, left the library, expired, debts,
// overdue loans, limits) are not shown: whoever stands at the machine may not be the card's
// holder. They are replaced by one request to ask at the desk.
QString reasonsText(const Error &e, bool pinVerified)
{
    QList<std::pair<QString, QString>> reasons;
    for (const auto &r : e.details.value(QStringLiteral("reasons")).toArray())
        reasons.append({r.toObject().value(QStringLiteral("code")).toString(), r.toObject().value(QStringLiteral("message")).toString()});
    if (reasons.isEmpty())
        reasons.append({e.code, e.message});
    QStringList parts;
    bool withheld = false;
    for (const auto &[code, message] : std::as_const(reasons)) {
        if (pinVerified || aboutTheItem(code))
            parts << message;
        else
            withheld = true;
    }
    if (withheld)
        parts << Sip2LibraryBackend::tr("This card cannot do that here; please ask at the desk.");
    return parts.join(QLatin1Char(' '));
}

QString mediaType(const QString &itemType)
{
    if (itemType == QLatin1String("periodical"))
        return QStringLiteral("002");
    if (itemType == QLatin1String("av"))
        return QStringLiteral("006");
    if (itemType == QLatin1String("book") || itemType == QLatin1String("reference"))
        return QStringLiteral("001");
    return QStringLiteral("000");
}

QString circulationStatus(const QString &status)
{
    if (status == QLatin1String("available"))
        return QStringLiteral("03");
    if (status == QLatin1String("on_loan"))
        return QStringLiteral("04");
    if (status == QLatin1String("on_hold_shelf"))
        return QStringLiteral("08");
    if (status == QLatin1String("in_transit"))
        return QStringLiteral("10");
    if (status == QLatin1String("lost"))
        return QStringLiteral("12");
    if (status == QLatin1String("missing"))
        return QStringLiteral("13");
    return QStringLiteral("01");
}

QString setting(Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.ok() && !v->isNull() ? v->toString() : fallback;
}
} // namespace

QString Sip2LibraryBackend::libraryName()
{
    return setting(m_core.db(), QStringLiteral("library.name"), QStringLiteral("Aksara"));
}

QByteArray Sip2LibraryBackend::timeZone()
{
    return setting(m_core.db(), QStringLiteral("library.time_zone"), QStringLiteral("Asia/Jakarta")).toUtf8();
}

Caller Sip2LibraryBackend::callerOf(const Sip2::Account &a) const
{
    Caller c = Sip2Accounts::callerFor(m_accounts.value(a.id));
    // A machine also checks patrons' PINs, as a kiosk does.
    c.rights.insert(Rights::SelfService);
    return c;
}

std::function<bool()> Sip2LibraryBackend::loginCheck(const QString &user, const QString &password)
{
    // The stored hash, or a dummy one of the same cost for an unknown login.
    const QString hash = Sip2Accounts(m_core).storedHash(user);
    Sip2Accounts::Verifier verify = m_verifier ? m_verifier : Sip2Accounts::Verifier(&PasswordHash::verify);
    return [verify, hash, password] { return verify(hash, password); };
}

Sip2::Backend::PinCheck Sip2LibraryBackend::pinCheck(const QString &card, const QString &pin)
{
    // The card's PIN hash, or (no such card, or no PIN) a dummy of the same cost.
    QString stored;
    auto h = m_core.db().scalar(QStringLiteral("SELECT pin_hash FROM patrons WHERE card_number = ?"),
                                {Circulation::CardNumber::normalize(card)});
    if (h.ok() && !h->isNull())
        stored = h->toString();
    Sip2Accounts::Verifier verify = m_verifier ? m_verifier : Sip2Accounts::Verifier(&PasswordHash::verify);
    const QString checked = stored.isEmpty() ? Sip2Accounts::dummyHash() : stored;
    return {stored, [verify, checked, pin, known = !stored.isEmpty()] { return verify(checked, pin) && known; }};
}

void Sip2LibraryBackend::pinChecked(const QString &card, const QString &pin, const QString &storedHash, bool ok)
{
    m_pinChecked = PinChecked{Circulation::CardNumber::normalize(card), pin, storedHash, ok};
}

Result<Circulation::Patron> Sip2LibraryBackend::authenticate(const Sip2::Account &a, const QString &card, const QString &pin)
{
    Patrons patrons(m_core);
    const QString normalized = Circulation::CardNumber::normalize(card);
    return patrons.authenticate(callerOf(a), card, pin, [this, normalized, pin](const QString &stored) -> std::optional<bool> {
        if (m_pinChecked && m_pinChecked->card == normalized && m_pinChecked->pin == pin && m_pinChecked->storedHash == stored)
            return m_pinChecked->ok;
        return std::nullopt;
    });
}

Result<Sip2::Account> Sip2LibraryBackend::login(const QString &user, bool passwordOk, const QString &location)
{
    Sip2Accounts accounts(m_core);
    auto account = accounts.completeLogin(user, location, passwordOk);
    if (!account.ok())
        return account.error();
    m_accounts.insert(account->id, *account);
    Sip2::Account a;
    a.id = account->id;
    a.login = account->login;
    a.institution = account->institution;
    a.location = account->branchCode;
    a.mayBlockPatrons = account->mayBlockPatrons;
    a.mayTakePayments = account->mayTakePayments;
    return a;
}

Status Sip2LibraryBackend::inOperation(const Sip2::Account &a, const QString &operation, const QString &subject, bool writes,
                                       const std::function<Status(OperationContext &)> &work)
{
    const Status st = m_core.run(callerOf(a), {Services::Sip2, operation, {}, subject.left(64), writes}, work);
    if (!st.ok() && !st.error().isRefusal())
        std::fprintf(stderr, "sip2: %s %s failed: %s [%s]\n", qPrintable(a.login), qPrintable(operation),
                     qPrintable(st.error().message), qPrintable(st.error().code));
    return st;
}

bool Sip2LibraryBackend::mustHangUp(const Status &st)
{
    // The database could not keep the operation or its record (a full disk, a lost connection):
    // whatever the work had prepared is not what happened, so nothing may be answered.
    return !st.ok() && !st.error().isRefusal() && st.error().code.startsWith(QLatin1String("storage."));
}

QString Sip2LibraryBackend::languageOf(Database &db, const QString &card)
{
    auto v = db.scalar(QStringLiteral("SELECT language FROM patrons WHERE card_number = ?"), {CardNumber::normalize(card)});
    return v.ok() && !v->isNull() ? v->toString() : QString();
}

QString Sip2LibraryBackend::noPatronData()
{
    return tr("Card number or PIN not accepted; please try again or ask at the desk.");
}

std::optional<QString> Sip2LibraryBackend::passwordProblem(const Sip2::Account &a, const QString &card, const QString &password,
                                                           bool *verified)
{
    *verified = false;
    // An empty AD is no PIN.
    if (password.isEmpty() && !m_accounts.value(a.id).requirePatronPassword)
        return std::nullopt;
    if (password.isEmpty())
        return tr("Please enter your PIN.");
    auto p = authenticate(a, card, password);
    if (!p.ok())
        return p.error().isRefusal() ? noPatronData() : p.error().message;
    *verified = true;
    return std::nullopt;
}

std::optional<QString> Sip2LibraryBackend::otherBranch(OperationContext &ctx, const Sip2::Account &a, const QString &item)
{
    const Sip2Account &account = m_accounts[a.id];
    if (!account.ownBranchOnly)
        return std::nullopt;
    auto code = ctx.db().scalar(QStringLiteral("SELECT b.code FROM items i JOIN branches b ON b.id = i.branch_id WHERE i.barcode = ?"),
                                {item.trimmed()});
    if (!code.ok() || code->isNull() || code->toString() == account.branchCode)
        return std::nullopt; // an unknown item is refused by circulation itself
    return tr("This item belongs to another branch; please take it to the desk.");
}

Sip2::PatronInfo Sip2LibraryBackend::patron(const Sip2::Account &a, const QString &card, const QString &password,
                                            bool withPassword)
{
    Sip2::PatronInfo info;
    info.card = card;
    const Sip2Account &account = m_accounts[a.id];
    // An empty AD counts as no PIN.
    const bool pinGiven = withPassword && !password.isEmpty();
    inOperation(a, QStringLiteral("patron.information"), card, false, [&](OperationContext &ctx) -> Status {
        Patrons patrons(m_core);
        if (pinGiven) {
            // A wrong PIN counts towards the card's lock as at the kiosk; an unknown card costs the
            // same check.
            auto auth = authenticate(a, card, password);
            if (!auth.ok()) {
                if (!auth.error().isRefusal())
                    return auth.error();
                info.screenMessage = noPatronData();
                return {};
            }
            info.passwordGiven = true;
            info.passwordOk = true;
        } else if (account.requirePatronPassword || !account.patronDataWithoutPin) {
            // No PIN: nothing is looked up, so nothing can tell a known card from an unknown one.
            info.screenMessage = tr("Please enter your PIN.");
            return {};
        }
        info.language = languageOf(ctx.db(), card);
        Shell::LanguageScope language(info.language);
        auto found = patrons.account(callerOf(a), card);
        if (!found.ok()) {
            if (!found.error().isRefusal())
                return found.error();
            // Only reached with a valid PIN or an account that may show data without one.
            info.personal = pinGiven;
            info.found = found.error().code == QLatin1String("circulation.card_replaced");
            if (info.found)
                info.flags[4] = QLatin1Char('Y'); // card reported lost
            info.screenMessage = found.error().message;
            return {};
        }
        info.personal = true;
        const Patron &p = found->patron;
        info.found = p.status != QLatin1String("left");
        info.name = p.name;
        info.language = p.language;
        info.address = p.address;
        info.email = p.email;
        info.phone = p.phone;
        const QDate today = ctx.clock().now().toTimeZone(QTimeZone(timeZone())).date();
        const bool blocked = p.status != QLatin1String("active");
        const bool expired = p.isExpired(today);
        info.chargedCount = int(found->loans.size());
        for (const Loan &l : found->loans) {
            info.chargedItems << l.barcode;
            if (l.isOverdue(ctx.nowMs())) {
                ++info.overdueCount;
                info.overdueItems << l.barcode;
            }
        }
        for (const Hold &h : found->holds) {
            if (h.status == QLatin1String("ready")) {
                ++info.holdCount;
                info.holdItems << (h.barcode.isEmpty() ? h.title : h.barcode);
            } else {
                ++info.unavailableHoldCount;
                info.unavailableHoldItems << h.title;
            }
        }
        for (const Fee &f : found->fees) {
            info.feeAmount += f.balance;
            ++info.fineCount;
            info.fineItems << QStringLiteral("%1 %2").arg(f.balance).arg(f.description);
        }
        info.feeLimit = p.debtLimit;
        const bool overDebt = p.debtLimit > 0 && info.feeAmount > p.debtLimit;
        if (blocked || expired || overDebt || info.overdueCount > 0)
            info.flags[0] = QLatin1Char('Y'); // charge privileges denied
        if (blocked || expired)
            info.flags[1] = info.flags[3] = QLatin1Char('Y'); // renewal and hold privileges denied
        if (info.overdueCount > 0)
            info.flags[6] = QLatin1Char('Y');
        if (overDebt)
            info.flags[10] = QLatin1Char('Y');
        if (blocked)
            info.screenMessage = p.blockReason.isEmpty() ? tr("Your card is blocked; please ask at the desk.")
                                                         : tr("Your card is blocked: %1").arg(p.blockReason);
        else if (expired)
            info.screenMessage = tr("Your card expired on %1; please renew it at the desk.")
                                     .arg(QLocale().toString(p.expiresOn, QLocale::ShortFormat));
        return {};
    });
    return info;
}

Sip2::CirculationResult Sip2LibraryBackend::checkout(const Sip2::Account &a, const QString &card, const QString &password,
                                                     const QString &item, bool, bool, qint64)
{
    Sip2::CirculationResult r;
    r.card = card;
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        r.screenMessage = *problem;
        return r;
    }
    Shell::LanguageScope language(languageOf(m_core.db(), card));
    const Status done = inOperation(a, QStringLiteral("checkout"), item, true, [&](OperationContext &ctx) -> Status {
        if (auto other = otherBranch(ctx, a, item)) {
            r.screenMessage = *other;
            return Error::refused(QStringLiteral("sip2.other_branch"), *other);
        }
        Loans loans(m_core);
        auto out = loans.checkout(callerOf(a), card, item);
        if (!out.ok()) {
            if (!out.error().isRefusal())
                return out.error();
            r.screenMessage = reasonsText(out.error(), pinVerified);
            return {};
        }
        r.ok = true;
        r.renewalOk = false;
        r.title = out->loan.title;
        r.dueAtMs = out->loan.dueAt;
        r.transactionId = QString::number(ServiceCore::lastOperationId());
        auto type = ctx.db().scalar(QStringLiteral("SELECT item_type FROM items WHERE barcode = ?"), {out->loan.barcode});
        if (type.ok())
            r.mediaType = mediaType(type->toString());
        return {};
    });
    if (mustHangUp(done)) {
        r = Sip2::CirculationResult{};
        r.hangUp = true;
    }
    return r;
}

Sip2::CirculationResult Sip2LibraryBackend::checkin(const Sip2::Account &a, const QString &item, qint64, const QString &,
                                                    bool)
{
    Sip2::CirculationResult r;
    const Status done = inOperation(a, QStringLiteral("checkin"), item, true, [&](OperationContext &ctx) -> Status {
        auto who = ctx.db().scalar(QStringLiteral("SELECT p.language FROM loans l JOIN items i ON i.id = l.item_id JOIN patrons p "
                                                  "ON p.id = l.patron_id WHERE i.barcode = ? AND l.returned_at IS NULL"),
                                   {item.trimmed()});
        Shell::LanguageScope language(who.ok() ? who->toString() : QString());
        Loans loans(m_core);
        auto out = loans.checkin(callerOf(a), item, a.location);
        if (!out.ok()) {
            if (!out.error().isRefusal())
                return out.error();
            r.screenMessage = reasonsText(out.error(), true); // about the item only
            return {};
        }
        r.ok = true;
        r.title = out->title;
        if (out->loan)
            r.card = out->loan->cardNumber; // not sent to the machine (Session::checkin)
        if (out->fee)
            r.feeAmount = out->fee->amount;
        if (out->hold) {
            r.alert = true;
            r.alertType = out->hold->pickupBranchCode == a.location ? QStringLiteral("01") : QStringLiteral("02");
            r.sortBin = tr("holds");
        } else if (!out->transferTo.isEmpty()) {
            r.alert = true;
            r.alertType = QStringLiteral("04");
            r.sortBin = out->transferTo;
        }
        // Whoever returns an item is not told whose loan it was: a note naming the borrower (the
        // overdue fee charged to them) is said without the name.
        QStringList notes;
        const QString borrower = out->loan ? out->loan->patronName : QString();
        for (const QString &note : std::as_const(out->notes))
            if (borrower.isEmpty() || !note.contains(borrower))
                notes << note;
        if (out->fee)
            notes.prepend(tr("Returned late: a fee of Rp %1 was charged to the borrower's account.").arg(out->fee->amount));
        r.screenMessage = notes.join(QLatin1Char(' '));
        auto where = ctx.db().exec(QStringLiteral("SELECT i.item_type, b.code, i.location FROM items i JOIN branches b ON b.id = "
                                                  "i.branch_id WHERE i.barcode = ?"),
                                   {out->barcode});
        if (where.ok() && where->next()) {
            r.mediaType = mediaType(where->value(0).toString());
            r.permanentLocation = where->value(1).toString() + QStringLiteral(" / ") + where->value(2).toString();
            where->finish();
        }
        r.transactionId = QString::number(ServiceCore::lastOperationId());
        return {};
    });
    if (mustHangUp(done)) {
        r = Sip2::CirculationResult{};
        r.hangUp = true;
    }
    return r;
}

Sip2::ItemInfo Sip2LibraryBackend::item(const Sip2::Account &a, const QString &barcode)
{
    Sip2::ItemInfo info;
    info.barcode = barcode;
    inOperation(a, QStringLiteral("item.information"), barcode, false, [&](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(
            QStringLiteral("SELECT r.title, i.status, i.item_type, COALESCE(l.due_at, 0), b.code, i.location, "
                           "(SELECT COUNT(*) FROM holds h WHERE h.bib_id = i.bib_id AND h.status IN ('waiting', "
                           "'in_transit', 'ready')), (SELECT MAX(h.expires_at) FROM holds h WHERE h.item_id = i.id AND "
                           "h.status = 'ready') FROM items i JOIN bib_records r ON r.id = i.bib_id JOIN branches b ON "
                           "b.id = i.branch_id LEFT JOIN loans l ON l.item_id = i.id AND l.returned_at IS NULL WHERE "
                           "i.barcode = ?"),
            {barcode.trimmed()});
        if (!q.ok())
            return q.error();
        if (!q->next()) {
            info.screenMessage = tr("Unknown item %1.").arg(barcode);
            return {};
        }
        info.found = true;
        info.title = q->value(0).toString();
        info.circulationStatus = circulationStatus(q->value(1).toString());
        info.mediaType = mediaType(q->value(2).toString());
        info.dueAtMs = q->value(3).toLongLong();
        info.owner = q->value(4).toString();
        info.permanentLocation = q->value(4).toString() + QStringLiteral(" / ") + q->value(5).toString();
        info.holdQueueLength = q->value(6).toInt();
        info.holdPickupAtMs = q->value(7).toLongLong();
        q->finish();
        return {};
    });
    return info;
}

Sip2::CirculationResult Sip2LibraryBackend::renew(const Sip2::Account &a, const QString &card, const QString &password,
                                                  const QString &item)
{
    Sip2::CirculationResult r;
    r.card = card;
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        r.screenMessage = *problem;
        return r;
    }
    Shell::LanguageScope language(languageOf(m_core.db(), card));
    const Status done = inOperation(a, QStringLiteral("renew"), item, true, [&](OperationContext &ctx) -> Status {
        if (auto other = otherBranch(ctx, a, item)) {
            r.screenMessage = *other;
            return Error::refused(QStringLiteral("sip2.other_branch"), *other);
        }
        // A machine renews a loan of the patron at it, not anybody's.
        auto holder = ctx.db().scalar(QStringLiteral("SELECT p.card_number FROM loans l JOIN items i ON i.id = l.item_id JOIN "
                                                     "patrons p ON p.id = l.patron_id WHERE i.barcode = ? AND l.returned_at IS NULL"),
                                      {item.trimmed()});
        if (!holder.ok())
            return holder.error();
        if (!holder->isNull() && holder->toString() != CardNumber::normalize(card)) {
            r.screenMessage = tr("This item is not on loan to you.");
            return {};
        }
        Loans loans(m_core);
        auto out = loans.renew(callerOf(a), item);
        if (!out.ok()) {
            if (!out.error().isRefusal())
                return out.error();
            r.screenMessage = reasonsText(out.error(), pinVerified);
            return {};
        }
        r.ok = true;
        r.renewalOk = true;
        r.title = out->loan.title;
        r.dueAtMs = out->loan.dueAt;
        if (out->fee)
            r.feeAmount = out->fee->amount;
        r.transactionId = QString::number(ServiceCore::lastOperationId());
        return {};
    });
    if (mustHangUp(done)) {
        r = Sip2::CirculationResult{};
        r.hangUp = true;
    }
    return r;
}

Sip2::RenewAllResult Sip2LibraryBackend::renewAll(const Sip2::Account &a, const QString &card, const QString &password)
{
    Sip2::RenewAllResult r;
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        r.screenMessage = *problem;
        return r;
    }
    Shell::LanguageScope language(languageOf(m_core.db(), card));
    const Status done = inOperation(a, QStringLiteral("renew_all"), card, true, [&](OperationContext &) -> Status {
        Loans loans(m_core);
        auto lines = loans.renewAll(callerOf(a), card);
        if (!lines.ok()) {
            if (!lines.error().isRefusal())
                return lines.error();
            r.screenMessage = reasonsText(lines.error(), pinVerified);
            return {};
        }
        r.ok = true;
        for (const RenewAllLine &l : std::as_const(*lines))
            (l.renewed ? r.renewed : r.unrenewed) << l.barcode;
        return {};
    });
    if (mustHangUp(done)) {
        r = Sip2::RenewAllResult{};
        r.hangUp = true;
    }
    return r;
}

bool Sip2LibraryBackend::endSession(const Sip2::Account &a, const QString &card, const QString &password, QString *message)
{
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        *message = *problem;
        return false;
    }
    inOperation(a, QStringLiteral("session.end"), card, false, [](OperationContext &) { return Status(); });
    return true;
}

Sip2::FeePaidResult Sip2LibraryBackend::feePaid(const Sip2::Account &a, const QString &card, const QString &password,
                                                qint64 amount, const QString &feeId, const QString &transactionId)
{
    Sip2::FeePaidResult r;
    if (!m_accounts.value(a.id).mayTakePayments) {
        r.screenMessage = tr("This machine does not take payments; please pay at the desk.");
        inOperation(a, QStringLiteral("fee.paid"), card, false, [&](OperationContext &) -> Status {
            return Error::refused(QStringLiteral("sip2.not_allowed"), r.screenMessage);
        });
        return r;
    }
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        r.screenMessage = *problem;
        return r;
    }
    Shell::LanguageScope language(languageOf(m_core.db(), card));
    const Status done = inOperation(a, QStringLiteral("fee.paid"), card, true, [&](OperationContext &) -> Status {
        bool numeric = false;
        const qint64 fee = feeId.toLongLong(&numeric);
        Fees fees(m_core);
        auto receipt = fees.pay(callerOf(a), card, amount, QStringLiteral("sip2"),
                                transactionId.isEmpty() ? QString() : tr("self-check transaction %1").arg(transactionId),
                                numeric ? fee : 0);
        if (!receipt.ok()) {
            if (!receipt.error().isRefusal())
                return receipt.error();
            r.screenMessage = reasonsText(receipt.error(), pinVerified);
            return {};
        }
        r.accepted = true;
        r.transactionId = QString::number(receipt->id);
        return {};
    });
    if (mustHangUp(done)) {
        r = Sip2::FeePaidResult{};
        r.hangUp = true;
    }
    return r;
}

Sip2::HoldResult Sip2LibraryBackend::hold(const Sip2::Account &a, QChar mode, const QString &card, const QString &password,
                                          const QString &item, const QString &pickup)
{
    Sip2::HoldResult r;
    bool pinVerified = false;
    if (auto problem = passwordProblem(a, card, password, &pinVerified)) {
        r.screenMessage = *problem;
        return r;
    }
    Shell::LanguageScope language(languageOf(m_core.db(), card));
    if (mode == QLatin1Char('*')) {
        r.screenMessage = tr("Changing a hold is done at the desk.");
        return r;
    }
    const Status done = inOperation(a, mode == QLatin1Char('+') ? QStringLiteral("hold.place") : QStringLiteral("hold.cancel"), item, true,
                [&](OperationContext &) -> Status {
                    Holds holds(m_core);
                    if (mode == QLatin1Char('+')) {
                        Holds::Request req;
                        req.card = card;
                        req.barcode = item;
                        req.anyCopy = true;
                        req.pickupBranch = pickup.isEmpty() ? a.location : pickup;
                        auto h = holds.place(callerOf(a), req);
                        if (!h.ok()) {
                            if (!h.error().isRefusal())
                                return h.error();
                            r.screenMessage = reasonsText(h.error(), pinVerified);
                            return {};
                        }
                        r.ok = true;
                        r.available = h->status == QLatin1String("ready");
                        r.queuePosition = h->position;
                        r.expiresAtMs = h->expiresAt;
                        r.pickupLocation = h->pickupBranchCode;
                        r.title = h->title;
                        return {};
                    }
                    auto mine = holds.ofPatron(callerOf(a), card);
                    if (!mine.ok())
                        return mine.error().isRefusal() ? Status() : Status(mine.error());
                    auto bib = m_core.db().scalar(QStringLiteral("SELECT bib_id FROM items WHERE barcode = ?"), {item.trimmed()});
                    const qint64 bibId = bib.ok() && !bib->isNull() ? bib->toLongLong() : -1;
                    for (const Hold &h : std::as_const(*mine)) {
                        const bool active = h.status == QLatin1String("waiting") || h.status == QLatin1String("in_transit")
                                            || h.status == QLatin1String("ready");
                        const bool matches = h.barcode.isEmpty() ? h.bibId == bibId : h.barcode == item.trimmed();
                        if (!active || !matches)
                            continue;
                        auto c = holds.cancel(callerOf(a), h.id);
                        if (!c.ok()) {
                            if (!c.error().isRefusal())
                                return c.error();
                            r.screenMessage = reasonsText(c.error(), pinVerified);
                            return {};
                        }
                        r.ok = true;
                        r.title = h.title;
                        return {};
                    }
                    r.screenMessage = tr("You have no hold on this item.");
                    return {};
                });
    if (mustHangUp(done)) {
        r = Sip2::HoldResult{};
        r.hangUp = true;
    }
    return r;
}

Sip2::PatronInfo Sip2LibraryBackend::block(const Sip2::Account &a, const QString &card, bool cardRetained,
                                           const QString &message)
{
    if (!m_accounts.value(a.id).mayBlockPatrons) {
        Sip2::PatronInfo refused;
        refused.screenMessage = tr("This machine may not block cards.");
        inOperation(a, QStringLiteral("patron.block"), card, false, [&](OperationContext &) -> Status {
            return Error::refused(QStringLiteral("sip2.not_allowed"), refused.screenMessage);
        });
        return refused;
    }
    {
        Patrons patrons(m_core);
        const QString reason = message.isEmpty() ? (cardRetained ? tr("Card retained by self-check machine %1").arg(a.login)
                                                                 : tr("Blocked by self-check machine %1").arg(a.login))
                                                 : message;
        (void)patrons.block(callerOf(a), card, reason);
    }
    return patron(a, card, {}, false);
}

} // namespace Aksara::Server
