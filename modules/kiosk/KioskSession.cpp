#include "kiosk/KioskSession.h"

#include "circulation/SettingKeys.h"
#include "core/LibraryProfile.h"

#include "kiosk/LocalLibrary.h"
#include "kiosk/SealedPin.h"

#include "circulation/CardNumber.h"
#include "shell/StationBeacon.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace Aksara::Kiosk {

namespace {
const QString kOfflineCheckout = QStringLiteral("kiosk.offline_checkout");
const QString kLibraryName = QStringLiteral("library.name");
const QString kCardPrefix = QStringLiteral("card.prefix");
// Remembered with them: how card numbers are checked and how long a PIN is (the library's settings).
const QStringList kRemembered{kLibraryName,
                              LibraryKeys::Address,
                              LibraryKeys::Phone,
                              kCardPrefix,
                              kOfflineCheckout,
                              Circulation::SettingKeys::CardCheck,
                              Circulation::SettingKeys::PinMinLength,
                              Circulation::SettingKeys::PinMaxLength};
// The library's logo, remembered as base64 (the header shows it offline too).
const QString kLogo = QStringLiteral("library.logo");
// The library's public key for sealed PINs, remembered as base64.
const QString kPublicKey = QStringLiteral("library.kiosk_key");

bool yes(const QString &v)
{
    const QString s = v.trimmed().toLower();
    return s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("on");
}
Caller kioskCallerOf(Caller c, const KioskOptions &o)
{
    c.channel = Channel::Kiosk;
    if (!o.station.isEmpty())
        c.station = o.station;
    c.requestId.clear();
    c.patronId = 0;
    return c;
}
} // namespace

Result<std::unique_ptr<KioskSession>> KioskSession::create(std::unique_ptr<LibraryApi> api, const QString &queuePath,
                                                           const KioskOptions &options)
{
    auto queue = OfflineQueue::open(queuePath);
    if (!queue.ok())
        return queue.error();
    return std::unique_ptr<KioskSession>(new KioskSession(std::move(api), std::move(*queue), options));
}

Result<std::unique_ptr<KioskSession>> KioskSession::create(ServiceCore &core, const Caller &kiosk, const QString &queuePath,
                                                           const KioskOptions &options, const QString &keyPath)
{
    auto local = std::make_unique<LocalLibrary>(core, kioskCallerOf(kiosk, options), keyPath);
    local->setStationToken(options.stationToken);
    return create(std::move(local), queuePath, options);
}

KioskSession::KioskSession(std::unique_ptr<LibraryApi> api, std::unique_ptr<OfflineQueue> queue, KioskOptions options)
    : m_api(std::move(api))
    , m_queue(std::move(queue))
    , m_options(std::move(options))
    , m_link(*m_api)
    , m_replayer(*m_api, *m_queue, &m_link)
{
    m_replayer.setReturnBranch(m_options.returnBranch);
    m_link.setIntervals(m_options.linkOnlineIntervalMs, m_options.linkOfflineIntervalMs);
    connect(&m_link, &LibraryLink::wentOffline, this, &KioskSession::wentOffline);
    connect(&m_link, &LibraryLink::cameBack, this, &KioskSession::cameBack);

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskSession::idleExpired);
    connect(&m_warningTimer, &QTimer::timeout, this, &KioskSession::warningTick);
    loadRememberedSettings();
}

KioskSession::~KioskSession() = default;

void KioskSession::start()
{
    if (m_started)
        return;
    m_started = true;
    if (auto pruned = m_queue->prune(m_api->nowMs() - qint64(m_options.keepFinishedDays) * 86400000); !pruned.ok())
        qWarning("aksara-kiosk: %s", qPrintable(pruned.error().message));
    m_link.start();
    if (m_link.online()) {
        (void)refreshSettings();
        replayNow();
    }
    updateBeacon();
}

void KioskSession::loadRememberedSettings()
{
    m_libraryName = m_queue->meta(kLibraryName).value();
    m_libraryAddress = m_queue->meta(LibraryKeys::Address).value();
    m_libraryPhone = m_queue->meta(LibraryKeys::Phone).value();
    m_libraryLogo = QByteArray::fromBase64(m_queue->meta(kLogo).value().toLatin1());
    m_publicKey = QByteArray::fromBase64(m_queue->meta(kPublicKey).value().toLatin1());
    const QString prefix = m_queue->meta(kCardPrefix).value();
    if (!prefix.isEmpty())
        m_cardPrefix = prefix;
    m_offlineCheckout = yes(m_queue->meta(kOfflineCheckout, QStringLiteral("no")).value());
    if (!Circulation::CardNumber::parseCheck(m_queue->meta(Circulation::SettingKeys::CardCheck).value(), &m_cardCheck))
        m_cardCheck = Circulation::CardNumber::Check::Luhn;
    bool okMin = false, okMax = false;
    const int minLength = m_queue->meta(Circulation::SettingKeys::PinMinLength).value().toInt(&okMin);
    const int maxLength = m_queue->meta(Circulation::SettingKeys::PinMaxLength).value().toInt(&okMax);
    m_pinMinLength = okMin ? qBound(4, minLength, 12) : Circulation::SettingKeys::kDefaultPinMinLength;
    m_pinMaxLength = okMax ? qBound(m_pinMinLength, maxLength, 12) : qMax(m_pinMinLength, Circulation::SettingKeys::kDefaultPinMaxLength);
}

Status KioskSession::refreshSettings()
{
    auto read = m_api->settings();
    if (!read.ok()) {
        handleFailure(read.error());
        return read.error();
    }
    for (const QString &key : kRemembered) {
        const QString value = read->values.value(key, key == kOfflineCheckout ? QStringLiteral("no") : QString());
        if (Status st = m_queue->setMeta(key, value); !st.ok())
            qWarning("aksara-kiosk: %s", qPrintable(st.error().message));
    }
    if (Status st = m_queue->setMeta(kLogo, QString::fromLatin1(read->logo.toBase64())); !st.ok())
        qWarning("aksara-kiosk: %s", qPrintable(st.error().message));
    // The library's public key for sealing PINs (kept when it cannot be had: offline checkouts
    // then need the one remembered).
    if (auto key = m_api->publicKey(); key.ok()) {
        if (Status st = m_queue->setMeta(kPublicKey, QString::fromLatin1(key->toBase64())); !st.ok())
            qWarning("aksara-kiosk: %s", qPrintable(st.error().message));
    } else {
        qWarning("aksara-kiosk: %s", qPrintable(key.error().message));
    }
    m_branchNames = read->branches;
    loadRememberedSettings();
    sealOldPins();
    emit settingsChanged();
    return {};
}

void KioskSession::sealOldPins()
{
    if (m_publicKey.isEmpty())
        return;
    auto n = m_queue->sealClearPins(m_publicKey);
    if (!n.ok())
        qWarning("aksara-kiosk: %s", qPrintable(n.error().message));
    else if (*n > 0)
        qInfo("aksara-kiosk: sealed %d PIN(s) an older kiosk kept in clear in its queue", *n);
}

Status KioskSession::setOfflineCheckout(const StaffAccount &staff, bool allowed)
{
    Status st = m_api->setOfflineCheckout(staff, allowed);
    if (!st.ok()) {
        handleFailure(st.error());
        return st;
    }
    return refreshSettings();
}

// --- link ---------------------------------------------------------------------------------

void KioskSession::handleFailure(const Error &error)
{
    if (!error.isRefusal())
        m_link.noteFailure(error);
}

void KioskSession::wentOffline()
{
    qWarning("aksara-kiosk: the library cannot be reached: %s", qPrintable(m_link.problem()));
    updateBeacon();
    emit onlineChanged(false);
}

void KioskSession::cameBack()
{
    updateBeacon();
    emit onlineChanged(true);
    // After the signal's handlers: replaying may take a moment and the window should first say
    // that the library is back.
    QTimer::singleShot(0, this, [this] {
        if (!m_link.online())
            return;
        (void)refreshSettings();
        replayNow();
    });
}

void KioskSession::updateBeacon()
{
    // Heartbeats only while the library is reachable: a heartbeat cannot be delivered anyway, and
    // sending one would reconnect behind the link's back (and, for an SQLite file that is not at
    // its path, create an empty file there).
    const bool want = m_started && m_link.online() && m_options.heartbeats && !m_options.station.isEmpty();
    if (want && !m_beacon)
        m_beacon = std::make_unique<Shell::StationBeacon>([this] { return m_api->heartbeat(); }, m_options.station,
                                                          m_options.heartbeatSeconds);
    else if (!want && m_beacon)
        m_beacon.reset();
}

QList<ReplayLine> KioskSession::replayNow()
{
    QList<ReplayLine> lines;
    if (m_replaying || !m_link.check())
        return lines;
    sealOldPins();
    m_replaying = true;
    lines = m_replayer.replay();
    m_replaying = false;
    for (const ReplayLine &l : std::as_const(lines)) {
        static const char *const names[] = {"applied", "already applied", "refused", "not yet"};
        qInfo("aksara-kiosk: replayed %s %s (%s): %s %s", qPrintable(l.request.kind), qPrintable(l.request.barcode),
              qPrintable(l.request.requestId), names[int(l.result)], qPrintable(l.message));
    }
    if (!lines.isEmpty()) {
        emit replayed(lines);
        emit queueChanged(pendingCount());
    }
    return lines;
}

QString KioskSession::heartbeatProblem() const
{
    if (!m_options.heartbeats || m_options.station.isEmpty())
        return tr("This kiosk has no station code, so the supervisor does not see it. Register it with \"aksara station "
                  "register CODE --kind kiosk\" and start it with --station CODE.");
    if (!m_link.online())
        return tr("No heartbeats while the library system cannot be reached.");
    if (m_beacon && m_beacon->state() == Shell::StationBeacon::State::Failing)
        return tr("Heartbeats are refused: %1").arg(m_beacon->problem());
    return {};
}

Result<QList<QueuedRequest>> KioskSession::queueReport(int limit)
{
    return m_queue->recent(limit);
}

int KioskSession::pendingCount()
{
    auto n = m_queue->pendingCount();
    return n.ok() ? *n : 0;
}

// --- the patron ---------------------------------------------------------------------------

QString KioskSession::newRequestId() const
{
    return OfflineQueue::newRequestId(m_options.station);
}

QString KioskSession::normalizeCard(const QString &typed) const
{
    const QString card = Circulation::CardNumber::normalize(typed);
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (!digitsOnly.match(card).hasMatch())
        return card;
    // Digits alone are this library's card typed without its prefix, when that makes a good number;
    // otherwise they are asked of the library as they are: an old system's member number kept as a
    // card ("legacy" card, docs/migration.md).
    const QString prefixed = m_cardPrefix + card;
    return Circulation::CardNumber::validate(prefixed, m_cardCheck).ok() ? prefixed : card;
}

QString KioskSession::pinLengthText() const
{
    return m_pinMinLength == m_pinMaxLength ? QString::number(m_pinMinLength)
                                            : tr("%1 to %2").arg(m_pinMinLength).arg(m_pinMaxLength);
}

Status KioskSession::checkCard(const QString &typed) const
{
    const QString card = normalizeCard(typed);
    if (card.isEmpty())
        return Error::refused(QStringLiteral("circulation.bad_card_number"), tr("Please scan your card or type its number."));
    // A mistyped number of this library's own shape (its prefix, then digits) is caught here, before
    // the library is asked (under the library's check scheme, as last read). Any other number that
    // can be an old system's member number is the library's to recognise.
    Status st = Circulation::CardNumber::validate(card, m_cardCheck);
    if (st.ok())
        return {};
    static const QRegularExpression ownShape(QStringLiteral("^[A-Z]{1,6}[0-9]+$"));
    const bool ownCard = card.startsWith(m_cardPrefix) && ownShape.match(card).hasMatch();
    if (!ownCard && Circulation::CardNumber::isLegacyShape(card))
        return {};
    return Error::refused(st.error().code, patronMessage(st.error()));
}

Result<PatronView> KioskSession::signIn(const QString &typedCard, const QString &pin)
{
    signOut();
    if (Status st = checkCard(typedCard); !st.ok())
        return st.error();
    const QString card = normalizeCard(typedCard);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(pin).hasMatch() || pin.size() < m_pinMinLength || pin.size() > m_pinMaxLength)
        return Error::refused(QStringLiteral("circulation.bad_pin_format"),
                              tr("Your PIN is %1 digits. Please type it again.").arg(pinLengthText()));

    // The PIN is kept for the session only sealed to the library's key: should the library go
    // away while the patron borrows, the queued checkouts carry it for the library to check.
    QByteArray sealed;
    if (!m_publicKey.isEmpty()) {
        auto s = SealedPin::seal(pin, m_publicKey);
        if (s.ok())
            sealed = *s;
        else
            qWarning("aksara-kiosk: %s", qPrintable(s.error().message));
    }
    if (m_link.online() || m_link.check()) {
        auto who = m_api->signIn(card, pin);
        if (who.ok()) {
            const Circulation::Patron &p = *who;
            m_patron = PatronView{p.id, p.cardNumber, p.name, p.language, false, p.openLoans, p.overdueLoans,
                                  p.activeHolds, p.balance, p.debtLimit, p.expiresOn};
            m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_sealedPin = sealed;
            return m_patron;
        }
        if (who.error().isRefusal())
            return Error::refused(who.error().code, patronMessage(who.error()), who.error().details);
        handleFailure(who.error());
        if (m_link.online())
            return Error::failed(who.error().code, tr("Something went wrong; please try again or ask at the desk."));
    }
    // The library cannot be reached. Borrowing offline needs the PIN sealed for the library.
    if (!m_offlineCheckout || sealed.isEmpty())
        return Error::refused(QStringLiteral("kiosk.offline"),
                              tr("The library system cannot be reached, so you cannot sign in right now. You can still "
                                 "return items."));
    m_patron = PatronView{};
    m_patron.card = card;
    m_patron.offline = true;
    m_sealedPin = sealed;
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_patron;
}

void KioskSession::signOut()
{
    const bool had = !m_receipt.isEmpty();
    m_receipt.clear();
    m_receiptStartedMs = 0;
    if (had)
        emit receiptChanged(false);
    if (!m_patron.card.isEmpty() && !m_patron.offline)
        m_api->signOut();
    m_patron = PatronView{};
    m_sealedPin.fill('\0');
    m_sealedPin.clear();
    m_sessionId.clear();
    m_ownLoans.clear();
}

Result<Circulation::PatronAccount> KioskSession::account()
{
    if (!signedIn() || m_patron.offline)
        return Error::refused(QStringLiteral("kiosk.offline"),
                              tr("Your account can be shown when the library system can be reached again."));
    if (!m_link.online())
        return Error::refused(QStringLiteral("kiosk.offline"),
                              tr("The library system cannot be reached right now, so your account cannot be shown."));
    auto a = m_api->account();
    if (!a.ok()) {
        handleFailure(a.error());
        if (!a.error().isRefusal())
            return Error::refused(QStringLiteral("kiosk.offline"),
                                  tr("The library system cannot be reached right now, so your account cannot be shown."));
        return Error::refused(a.error().code, patronMessage(a.error(), &m_patron), a.error().details);
    }
    const Circulation::Patron &p = a->patron;
    m_patron.name = p.name;
    m_patron.openLoans = int(a->loans.size());
    m_patron.overdueLoans = 0;
    m_ownLoans.clear();
    const qint64 now = m_api->nowMs();
    for (const Circulation::Loan &l : std::as_const(a->loans)) {
        m_ownLoans << l.barcode;
        if (l.isOverdue(now))
            ++m_patron.overdueLoans;
    }
    m_patron.activeHolds = int(a->holds.size());
    qint64 balance = 0;
    for (const Circulation::Fee &f : std::as_const(a->fees))
        balance += f.balance;
    m_patron.balance = balance;
    m_patron.debtLimit = p.debtLimit;
    m_patron.expiresOn = p.expiresOn;
    return a;
}

QString KioskSession::titleOf(const QString &barcode)
{
    if (!m_link.online() || barcode.isEmpty())
        return {};
    auto title = m_api->itemTitle(barcode);
    return title.ok() ? *title : QString();
}

Result<Catalogue::SearchResult> KioskSession::search(const QString &query, int limit)
{
    if (query.trimmed().isEmpty())
        return Error::refused(QStringLiteral("catalogue.query_empty"), tr("Please type what you are looking for."));
    if (!m_link.online())
        return Error::refused(QStringLiteral("kiosk.offline"),
                              tr("The catalogue can be searched when the library system can be reached again."));
    auto result = m_api->search(query.trimmed(), limit);
    if (!result.ok()) {
        handleFailure(result.error());
        if (!result.error().isRefusal())
            return Error::refused(QStringLiteral("kiosk.offline"),
                                  tr("The catalogue can be searched when the library system can be reached again."));
        if (result.error().code.startsWith(QLatin1String("catalogue.query")))
            return Error::refused(result.error().code, tr("That search could not be understood. Try a few plain words."));
        return Error::refused(result.error().code, patronMessage(result.error()));
    }
    return result;
}

BorrowOutcome KioskSession::borrowNow(const QString &typed)
{
    BorrowOutcome out;
    out.barcode = typed.trimmed();
    if (!signedIn()) {
        out.code = QStringLiteral("kiosk.not_signed_in");
        out.message = tr("Please sign in with your card and PIN first.");
        return out;
    }
    if (out.barcode.isEmpty()) {
        out.code = QStringLiteral("circulation.unknown_item");
        out.message = tr("Please scan the item's barcode.");
        return out;
    }
    auto queueIt = [&](const QString &requestId) {
        NewRequest r;
        r.requestId = requestId;
        r.kind = QStringLiteral("checkout");
        r.barcode = out.barcode;
        r.card = m_patron.card;
        r.patronId = m_patron.offline ? 0 : m_patron.id;
        r.sealedPin = m_sealedPin;
        r.session = m_sessionId;
        r.station = m_options.station;
        r.acceptedAt = m_api->nowMs();
        r.offline = true;
        auto added = m_queue->add(r);
        if (!added.ok()) {
            qWarning("aksara-kiosk: %s", qPrintable(added.error().message));
            out.outcome = Verdict::Refused;
            out.code = added.error().code;
            out.message = tr("This kiosk cannot lend items right now. Please take them to the desk.");
            return;
        }
        out.outcome = Verdict::Queued;
        out.code.clear();
        out.message = tr("Accepted. The library system cannot be reached, so this loan is kept on the kiosk and "
                         "recorded as soon as it is back; the loan period starts then.");
        emit queueChanged(pendingCount());
    };

    const QString requestId = newRequestId();
    if (!m_patron.offline && (m_link.online() || m_link.check())) {
        auto done = m_api->borrow(out.barcode, requestId);
        if (done.ok()) {
            out.outcome = Verdict::Done;
            out.barcode = done->loan.barcode;
            out.title = done->loan.title;
            out.dueDate = done->loan.dueDate;
            out.message = tr("Due back by %1.").arg(longDate(out.dueDate));
            m_ownLoans << done->loan.barcode;
            ++m_patron.openLoans;
            return out;
        }
        const Error &e = done.error();
        if (e.isRefusal()) {
            out.code = e.code;
            if (e.code != QLatin1String("circulation.unknown_item"))
                out.title = titleOf(out.barcode);
            out.message = e.code == QLatin1String("circulation.item_on_loan") && m_ownLoans.contains(out.barcode, Qt::CaseInsensitive)
                              ? tr("You already have this item on loan. You can renew it under My loans.")
                              : patronMessage(e, &m_patron);
            return out;
        }
        handleFailure(e);
        if (m_link.online()) {
            out.code = e.code;
            out.message = tr("Something went wrong; this item was not borrowed. Please try again or ask at the desk.");
            return out;
        }
        // The library went away during the checkout: it may or may not have recorded it. Queued
        // under the same request id, the replay applies it once or finds it already applied.
        if (m_offlineCheckout) {
            queueIt(requestId);
            return out;
        }
    }
    if (!m_offlineCheckout) {
        out.code = QStringLiteral("kiosk.offline");
        out.message = tr("The library system cannot be reached, so items cannot be borrowed here right now. Please "
                         "take them to the desk.");
        return out;
    }
    queueIt(requestId);
    return out;
}

ReturnOutcome KioskSession::returnOutcomeOf(const ReplayLine &line, const QString &barcode)
{
    ReturnOutcome out;
    out.barcode = barcode;
    out.title = line.request.title;
    switch (line.result) {
    case ReplayLine::Result::Applied: {
        out.outcome = Verdict::Done;
        const Circulation::CheckinResult &c = *line.checkin;
        out.barcode = c.barcode;
        out.title = c.title;
        out.leaveAtDesk = c.hold.has_value() || !c.transferTo.isEmpty();
        // Only the patron's own loan says anything about the account; someone else's return
        // says "returned" and nothing more.
        const bool own = signedIn() && !m_patron.offline && c.loan.has_value();
        if (own && c.fee)
            out.lateFee = c.fee->amount;
        QStringList message{tr("Returned. Thank you!")};
        if (out.lateFee > 0)
            message << tr("It was late: a fee of %1 was added to your account.").arg(rupiah(out.lateFee));
        if (out.leaveAtDesk)
            message << tr("Please leave it at the desk: another reader or branch is waiting for it.");
        out.message = message.join(QLatin1Char(' '));
        if (own) {
            m_ownLoans.removeAll(c.barcode);
            m_patron.openLoans = qMax(0, m_patron.openLoans - 1);
            m_patron.balance += out.lateFee;
        }
        break;
    }
    case ReplayLine::Result::AlreadyApplied:
        out.outcome = Verdict::Done;
        out.message = tr("Returned. Thank you!");
        break;
    case ReplayLine::Result::Refused: {
        out.outcome = Verdict::Refused;
        out.code = line.code;
        Error e = Error::refused(line.code, line.message);
        out.message = patronMessage(e);
        break;
    }
    case ReplayLine::Result::NotYet:
        out.outcome = Verdict::Queued;
        out.message = tr("Accepted. The library system cannot be reached right now; this return is kept on the kiosk and "
                         "recorded as soon as it is back.");
        break;
    }
    return out;
}

ReturnOutcome KioskSession::returnNow(const QString &typed)
{
    ReturnOutcome out;
    out.barcode = typed.trimmed();
    if (out.barcode.isEmpty()) {
        out.code = QStringLiteral("circulation.unknown_item");
        out.message = tr("Please scan the item's barcode.");
        return out;
    }
    NewRequest r;
    r.kind = QStringLiteral("checkin");
    r.barcode = out.barcode;
    r.station = m_options.station;
    r.acceptedAt = m_api->nowMs();
    r.offline = !m_link.online();
    // On disk before anything else: whatever happens next, the return is not lost.
    auto added = m_queue->add(r);
    if (!added.ok()) {
        qWarning("aksara-kiosk: %s", qPrintable(added.error().message));
        if (!m_link.online()) {
            out.code = added.error().code;
            out.message = tr("This kiosk cannot take returns right now. Please use the return desk.");
            return out;
        }
        // The library is there: return directly (still once only, by request id).
        auto done = m_api->giveBack(out.barcode, m_options.returnBranch, newRequestId());
        ReplayLine line;
        line.request.barcode = out.barcode;
        if (done.ok()) {
            line.result = ReplayLine::Result::Applied;
            line.checkin = *done;
        } else if (done.error().isRefusal()) {
            line.result = ReplayLine::Result::Refused;
            line.code = done.error().code;
            line.message = done.error().message;
        } else {
            handleFailure(done.error());
            out.code = done.error().code;
            out.message = tr("This kiosk cannot take returns right now. Please use the return desk.");
            return out;
        }
        return returnOutcomeOf(line, out.barcode);
    }
    if (m_link.online()) {
        const QList<ReplayLine> lines = m_replayer.replay(added->id);
        if (!lines.isEmpty()) {
            ReturnOutcome o = returnOutcomeOf(lines.first(), out.barcode);
            emit queueChanged(pendingCount());
            return o;
        }
    }
    emit queueChanged(pendingCount());
    ReplayLine queued;
    queued.request = *added;
    queued.result = ReplayLine::Result::NotYet;
    return returnOutcomeOf(queued, out.barcode);
}

RenewOutcome KioskSession::renewNow(const QString &barcode)
{
    RenewOutcome out;
    out.barcode = barcode;
    if (!signedIn() || m_patron.offline || !m_link.online()) {
        out.code = QStringLiteral("kiosk.offline");
        out.message = tr("Renewals need the library system, which cannot be reached right now.");
        return out;
    }
    auto done = m_api->renew(barcode, newRequestId());
    if (done.ok()) {
        out.outcome = Verdict::Done;
        out.title = done->loan.title;
        out.dueDate = done->loan.dueDate;
        out.message = tr("Renewed: now due back by %1.").arg(longDate(out.dueDate));
        return out;
    }
    handleFailure(done.error());
    out.code = done.error().code;
    out.title = titleOf(barcode);
    out.message = done.error().isRefusal() ? patronMessage(done.error(), &m_patron)
                                           : tr("Renewals need the library system, which cannot be reached right now.");
    return out;
}

QList<RenewOutcome> KioskSession::renewAllNow()
{
    QList<RenewOutcome> out;
    if (!signedIn() || m_patron.offline || !m_link.online()) {
        RenewOutcome o;
        o.code = QStringLiteral("kiosk.offline");
        o.message = tr("Renewals need the library system, which cannot be reached right now.");
        return {o};
    }
    auto lines = m_api->renewAll(newRequestId());
    if (!lines.ok()) {
        handleFailure(lines.error());
        RenewOutcome o;
        o.code = lines.error().code;
        o.message = lines.error().isRefusal() ? patronMessage(lines.error(), &m_patron)
                                              : tr("Renewals need the library system, which cannot be reached right now.");
        return {o};
    }
    for (const Circulation::RenewAllLine &l : std::as_const(*lines)) {
        RenewOutcome o;
        o.barcode = l.barcode;
        o.title = l.title;
        if (l.renewed && l.result) {
            o.outcome = Verdict::Done;
            o.dueDate = l.result->loan.dueDate;
            o.message = tr("Renewed: now due back by %1.").arg(longDate(o.dueDate));
        } else {
            o.code = l.error.code;
            o.message = patronMessage(l.error, &m_patron);
        }
        out << o;
    }
    return out;
}

// --- idle ---------------------------------------------------------------------------------

void KioskSession::beginInteraction()
{
    m_interacting = true;
    noteActivity();
}

void KioskSession::noteActivity()
{
    if (!m_interacting)
        return;
    if (m_warning) {
        m_warning = false;
        m_warningTimer.stop();
        emit idleCancelled();
    }
    m_idleTimer.start(m_options.idleMs);
}

void KioskSession::endInteraction()
{
    m_interacting = false;
    m_warning = false;
    m_idleTimer.stop();
    m_warningTimer.stop();
    signOut();
}

void KioskSession::idleExpired()
{
    if (!m_interacting)
        return;
    m_warning = true;
    m_warningLeftMs = m_options.idleWarningMs;
    const int tick = qMin(1000, qMax(10, m_options.idleWarningMs));
    m_warningTimer.start(tick);
    emit idleWarning(int(std::ceil(m_options.idleWarningMs / 1000.0)));
}

void KioskSession::warningTick()
{
    m_warningLeftMs -= m_warningTimer.interval();
    if (m_warningLeftMs <= 0) {
        wipe();
        return;
    }
    emit idleWarning(int(std::ceil(m_warningLeftMs / 1000.0)));
}

void KioskSession::wipe()
{
    endInteraction();
    emit wiped();
}

// --- staff --------------------------------------------------------------------------------

Result<StaffAccount> KioskSession::staffSignIn(const QString &username, const QString &password)
{
    if (!m_link.online() && !m_link.check())
        return Error::refused(QStringLiteral("kiosk.offline"),
                              tr("Staff sign-in needs the library system, which cannot be reached right now."));
    auto account = m_api->staffSignIn(username, password);
    if (!account.ok())
        handleFailure(account.error());
    return account;
}

// --- the receipt ------------------------------------------------------------------------------

BorrowOutcome KioskSession::borrow(const QString &barcode)
{
    BorrowOutcome o = borrowNow(barcode);
    addToReceipt(ReceiptLine::Kind::Borrowed, o.outcome, o.barcode, o.title, o.dueDate);
    return o;
}

ReturnOutcome KioskSession::returnItem(const QString &barcode)
{
    ReturnOutcome o = returnNow(barcode);
    if (signedIn()) // a return without a card has no patron to give a receipt to
        addToReceipt(ReceiptLine::Kind::Returned, o.outcome, o.barcode, o.title, {});
    return o;
}

RenewOutcome KioskSession::renew(const QString &barcode)
{
    RenewOutcome o = renewNow(barcode);
    addToReceipt(ReceiptLine::Kind::Renewed, o.outcome, o.barcode, o.title, o.dueDate);
    return o;
}

QList<RenewOutcome> KioskSession::renewAll()
{
    const QList<RenewOutcome> lines = renewAllNow();
    for (const RenewOutcome &o : lines)
        addToReceipt(ReceiptLine::Kind::Renewed, o.outcome, o.barcode, o.title, o.dueDate);
    return lines;
}

void KioskSession::addToReceipt(ReceiptLine::Kind kind, Verdict outcome, const QString &barcode, const QString &title,
                                const QDate &due)
{
    if (outcome == Verdict::Refused || !signedIn() || barcode.isEmpty())
        return;
    if (m_receipt.isEmpty())
        m_receiptStartedMs = m_api->nowMs();
    m_receipt.append(ReceiptLine{kind, barcode, title, due, outcome == Verdict::Queued});
    if (m_receipt.size() == 1)
        emit receiptChanged(true);
}

QString KioskSession::receiptText() const
{
    if (m_receipt.isEmpty())
        return {};
    constexpr int kWidth = 32; // characters on a 58 mm receipt printer
    const auto rule = QString(kWidth, QLatin1Char('-'));
    QStringList out;
    out << m_libraryName;
    // The library's address and telephone, cut to the receipt's width.
    for (const QString &line : {m_libraryAddress, m_libraryPhone}) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed().left(kWidth);
    }
    out << tr("Self-service receipt")
        << QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_api->nowMs()).toLocalTime(),
                              QStringLiteral("d MMM yyyy  HH:mm"))
        << rule;
    if (!m_patron.name.isEmpty())
        out << m_patron.name;
    // The card number with all but its last four characters hidden: the slip may be left behind.
    const QString card = m_patron.card;
    out << tr("Card: %1").arg(card.size() > 4 ? QString(card.size() - 4, QLatin1Char('*')) + card.right(4) : card) << rule;
    const auto section = [&](ReceiptLine::Kind kind, const QString &heading) {
        QStringList lines;
        for (const ReceiptLine &l : m_receipt) {
            if (l.kind != kind)
                continue;
            lines << (l.title.isEmpty() ? l.barcode : l.title.left(kWidth));
            QString detail = l.barcode;
            if (l.dueDate.isValid())
                detail += QStringLiteral("  ") + tr("due %1").arg(shortDate(l.dueDate));
            if (l.queued)
                detail += QStringLiteral("  ") + tr("(kept, to be recorded)");
            lines << QStringLiteral("  ") + detail;
        }
        if (!lines.isEmpty())
            out << heading << lines << QString();
    };
    section(ReceiptLine::Kind::Borrowed, tr("Borrowed:"));
    section(ReceiptLine::Kind::Renewed, tr("Renewed:"));
    section(ReceiptLine::Kind::Returned, tr("Returned:"));
    out << rule << tr("Thank you. Please return books by their due date.");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Aksara::Kiosk
