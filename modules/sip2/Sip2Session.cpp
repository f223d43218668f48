#include "sip2/Sip2Session.h"

#include <QDateTime>
#include <QTimeZone>

#include <utility>

namespace Aksara::Sip2 {

namespace {
QString yn(bool b)
{
    return b ? QStringLiteral("Y") : QStringLiteral("N");
}
QString count4(int n)
{
    return QStringLiteral("%1").arg(qBound(0, n, 9999), 4, 10, QLatin1Char('0'));
}
// Money in SIP2 is a decimal string; rupiah have no minor unit in practice.
QString money(qint64 rupiah)
{
    return QString::number(rupiah);
}
qint64 parseMoney(const QString &s, bool *ok)
{
    bool good = false;
    const double v = s.trimmed().toDouble(&good);
    *ok = good && v >= 0 && v < 1e12;
    return qint64(v + 0.5);
}
} // namespace

QString Session::sipDate(qint64 ms) const
{
    return Codec::date(ms, m_backend.timeZone());
}

QString Session::now() const
{
    return sipDate(m_backend.nowMs());
}

QString Session::lang(const QString &patronLanguage) const
{
    // SIP2 has no code for Indonesian; 000 is "unknown", 001 English.
    return patronLanguage == QLatin1String("en") ? QStringLiteral("001") : QStringLiteral("000");
}

Session::Output Session::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_waiting) {
        // Held until the login's check is done; a frame that never ends is cut off meanwhile too,
        // and a machine that piles up more than kMaxHeld bytes behind its login is let go.
        if (m_buffer.size() > kMaxHeld) {
            m_buffer.clear();
            Output out;
            out.waiting = true;
            out.close = true;
            out.overlong = true;
            return out;
        }
        if (m_buffer.indexOf('\r') < 0 && m_buffer.size() > Codec::kMaxFrame) {
            m_buffer.clear();
            m_lastReply = "96\r";
            Output out;
            out.bytes = QByteArrayLiteral("96\r");
            out.waiting = true;
            out.overlong = true;
            return out;
        }
        Output out;
        out.waiting = true;
        return out;
    }
    return run();
}

Session::Output Session::run()
{
    Output out;
    while (!m_waiting) {
        const qsizetype cr = m_buffer.indexOf('\r');
        if (cr < 0) {
            // A frame that never ends is cut off rather than held in memory.
            if (m_buffer.size() > Codec::kMaxFrame) {
                m_buffer.clear();
                out.bytes += "96\r";
                m_lastReply = "96\r";
                out.overlong = true;
            }
            break;
        }
        QByteArray frame = m_buffer.left(cr);
        m_buffer.remove(0, cr + 1);
        if (m_buffer.startsWith('\n'))
            m_buffer.remove(0, 1);
        if (frame.startsWith('\n'))
            frame.remove(0, 1);
        if (frame.isEmpty())
            continue;
        bool close = false;
        bool accepted = false;
        out.bytes += handle(frame, &close, &accepted);
        out.accepted = out.accepted || accepted;
        if (close || m_hangUp) {
            out.close = true;
            break;
        }
    }
    out.waiting = m_waiting;
    return out;
}

Session::Output Session::loginChecked(bool passwordOk)
{
    if (!m_waiting)
        return {};
    m_waiting = false;
    Output out;
    bool close = false;
    if (!m_pendingFrame.isEmpty()) {
        // A patron message whose PIN was checked: handled now, counting the PIN as checked.
        m_backend.pinChecked(m_pendingCard, m_pendingPin, m_pendingHash, passwordOk);
        const QByteArray frame = std::exchange(m_pendingFrame, {});
        m_pinReady = true;
        out.bytes = handle(frame, &close, &out.accepted);
        m_pinReady = false;
    } else {
        out.bytes = loginReply(m_pendingLogin, passwordOk, &close);
        out.accepted = m_account.has_value();
    }
    if (close) {
        out.close = true;
        return out;
    }
    const Output more = run();
    out.bytes += more.bytes;
    out.close = more.close;
    out.waiting = more.waiting;
    out.accepted = out.accepted || more.accepted;
    out.overlong = more.overlong;
    return out;
}

QByteArray Session::loginRefused(const Message &m, bool *close)
{
    ++m_failedLogins;
    m_account.reset();
    if (m_failedLogins >= kMaxFailedLogins)
        *close = true;
    return reply(m, QStringLiteral("94"), {QStringLiteral("0")}, {});
}

QByteArray Session::loginReply(const Message &m, bool passwordOk, bool *close)
{
    const QString user = m.field(QStringLiteral("CN"));
    auto account = m_backend.login(user, passwordOk, m.field(QStringLiteral("CP")));
    if (!account.ok() && !account.error().isRefusal()) {
        // Not a wrong password: the library could not check or record the login (issue 15).
        *close = true;
        return hangUp(m, account.error().code);
    }
    if (!account.ok()) {
        if (m_throttle)
            m_throttle->failed(user, m_peer);
        return loginRefused(m, close);
    }
    if (m_throttle)
        m_throttle->succeeded(user, m_peer);
    m_failedLogins = 0;
    m_account = *account;
    return reply(m, QStringLiteral("94"), {QStringLiteral("1")}, {});
}

QByteArray Session::hangUp(const Message &request, const QString &why)
{
    qWarning("sip2: no answer to %s from %s (%s): the library could not carry it out and record it; closing the "
             "connection (the machine will try again)",
             qPrintable(request.command), qPrintable(m_peer), qPrintable(why));
    m_hangUp = true;
    return {};
}

QByteArray Session::reply(const Message &request, const QString &command, const QStringList &fixed,
                          QList<std::pair<QString, QString>> fields)
{
    m_lastReply = m_codec.build(command, fixed, fields, request.sequence);
    return m_lastReply;
}

QByteArray Session::handle(const QByteArray &frame, bool *close, bool *accepted)
{
    // *accepted is set for a well-formed request of a known command that is served: not for
    // garbage, an unknown command, a request refused as not logged in, or a refused login.
    const Codec::Parsed parsed = m_codec.parse(frame);
    switch (parsed.error) {
    case Codec::ParseError::UnknownCommand:
        return {};
    case Codec::ParseError::BadChecksum:
    case Codec::ParseError::Malformed:
    case Codec::ParseError::InvalidBytes:
        // "Please resend": nothing was done. Not remembered as the last reply, so that a 97 after
        // it still repeats the last real answer.
        return QByteArrayLiteral("96\r");
    case Codec::ParseError::None:
        break;
    }
    const Message &m = parsed.message;
    if (m.command == QLatin1String("97")) {
        *accepted = true;
        return m_lastReply.isEmpty() ? QByteArrayLiteral("96\r") : m_lastReply;
    }
    if (m.command == QLatin1String("99")) {
        *accepted = true;
        return status(m);
    }
    if (m.command == QLatin1String("93")) {
        const QString user = m.field(QStringLiteral("CN"));
        // Under back-off: refused at once, the password not even checked.
        if (m_throttle && m_throttle->waitMs(user, m_peer) > 0)
            return loginRefused(m, close);
        std::function<bool()> check = m_backend.loginCheck(user, m.field(QStringLiteral("CO")));
        if (m_offload) {
            m_pendingLogin = m;
            m_waiting = true;
            m_offload(std::move(check));
            return {};
        }
        const QByteArray r = loginReply(m, check(), close);
        *accepted = m_account.has_value();
        return r;
    }
    if (!m_account) {
        if (++m_unauthenticated >= kMaxUnauthenticated)
            *close = true;
        return reply(m, QStringLiteral("94"), {QStringLiteral("0")}, {});
    }
    *accepted = true;
    const QString c = m.command;
    // The account speaks for its own institution only.
    const QString ao = m.field(QStringLiteral("AO")).trimmed();
    const QString refused = !ao.isEmpty() && ao != m_account->institution
                                ? tr("This machine is not set up for institution %1; ask at the desk.").arg(ao)
                                : QString();
    // A PIN to check: its Argon2id check goes to the offload, and this message waits for it.
    static const QStringList withPin{QStringLiteral("23"), QStringLiteral("63"), QStringLiteral("11"), QStringLiteral("29"),
                                     QStringLiteral("65"), QStringLiteral("15"), QStringLiteral("37"), QStringLiteral("35")};
    if (m_offload && !m_pinReady && refused.isEmpty() && withPin.contains(c) && !m.field(QStringLiteral("AD")).isEmpty()) {
        Backend::PinCheck pin = m_backend.pinCheck(m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")));
        if (pin.check) {
            m_pendingFrame = frame;
            m_pendingCard = m.field(QStringLiteral("AA"));
            m_pendingPin = m.field(QStringLiteral("AD"));
            m_pendingHash = pin.storedHash;
            m_waiting = true;
            m_offload(std::move(pin.check));
            return {};
        }
    }
    if (c == QLatin1String("23") || c == QLatin1String("01")) {
        PatronInfo p;
        p.screenMessage = refused;
        if (refused.isEmpty() && c == QLatin1String("23"))
            p = m_backend.patron(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")),
                                 m.has(QStringLiteral("AD")));
        else if (refused.isEmpty())
            p = m_backend.block(*m_account, m.field(QStringLiteral("AA")), m.fixed.at(0) == QLatin1String("Y"),
                                m.field(QStringLiteral("AL")));
        return patronStatus(m, p);
    }
    if (c == QLatin1String("63"))
        return patronInformation(m, refused);
    if (c == QLatin1String("11"))
        return checkout(m, refused);
    if (c == QLatin1String("09"))
        return checkin(m, refused);
    if (c == QLatin1String("17"))
        return itemInformation(m, refused);
    if (c == QLatin1String("29"))
        return renew(m, refused);
    if (c == QLatin1String("65"))
        return renewAll(m, refused);
    if (c == QLatin1String("35"))
        return endSession(m, refused);
    if (c == QLatin1String("37"))
        return feePaid(m, refused);
    if (c == QLatin1String("15"))
        return hold(m, refused);
    *accepted = false; // a command the codec knows but the session does not serve
    return {};
}

QByteArray Session::status(const Message &m)
{
    QString supported = QString::fromLatin1(kSupported);
    if (m_account) {
        supported[3] = m_account->mayBlockPatrons ? QLatin1Char('Y') : QLatin1Char('N');
        supported[9] = m_account->mayTakePayments ? QLatin1Char('Y') : QLatin1Char('N');
    }
    return reply(m, QStringLiteral("98"),
                 {QStringLiteral("Y"), QStringLiteral("Y"), QStringLiteral("Y"), QStringLiteral("Y"), QStringLiteral("N"),
                  QStringLiteral("N"), QStringLiteral("030"), QStringLiteral("003"), now(), QStringLiteral("2.00")},
                 {{QStringLiteral("AO"), m_account ? m_account->institution : QString()},
                  {QStringLiteral("AM"), m_backend.libraryName()},
                  {QStringLiteral("BX"), supported},
                  {QStringLiteral("AN"), m_account ? m_account->location : QString()}});
}

QByteArray Session::patronStatus(const Message &m, const PatronInfo &p)
{
    // Without the patron's valid PIN (or the account's leave to skip it) nothing personal goes
    // out, and the reply is the same whether the card exists or not.
    // Without them, not even an empty AE (personal name) is sent.
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AA"), m.field(QStringLiteral("AA"))}};
    if (p.personal)
        f.append({QStringLiteral("AE"), p.name});
    f.append({QStringLiteral("BL"), yn(p.personal && p.found)});
    if (!p.personal)
        f.append({QStringLiteral("CQ"), yn(false)});
    else if (p.passwordGiven)
        f.append({QStringLiteral("CQ"), yn(p.passwordOk)});
    if (p.personal) {
        f.append({QStringLiteral("BH"), QStringLiteral("IDR")});
        f.append({QStringLiteral("BV"), money(p.feeAmount)});
    }
    if (!p.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), p.screenMessage});
    const QString flags = p.personal ? p.flags.leftJustified(14, QLatin1Char(' '), true) : QString(14, QLatin1Char(' '));
    return reply(m, QStringLiteral("24"), {flags, lang(p.personal ? p.language : QString()), now()}, f);
}

QByteArray Session::patronInformation(const Message &m, const QString &refused)
{
    PatronInfo p;
    p.screenMessage = refused;
    if (refused.isEmpty())
        p = m_backend.patron(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")),
                             m.has(QStringLiteral("AD")));
    if (!p.personal) {
        // Nothing but the screen message; counts, limits, lists, fees and contact stay home.
        return reply(m, QStringLiteral("64"),
                     {QString(14, QLatin1Char(' ')), lang(QString()), now(), count4(0), count4(0), count4(0), count4(0),
                      count4(0), count4(0)},
                     {{QStringLiteral("AO"), m_account->institution},
                      {QStringLiteral("AA"), m.field(QStringLiteral("AA"))},
                      {QStringLiteral("BL"), yn(false)},
                      {QStringLiteral("CQ"), yn(false)},
                      {QStringLiteral("AF"), p.screenMessage}});
    }
    // The summary field asks for at most one list; BP/BQ give the 1-based range of it to return.
    const QString summary = m.fixed.at(2);
    bool okStart = false, okEnd = false;
    int start = m.field(QStringLiteral("BP")).toInt(&okStart);
    int end = m.field(QStringLiteral("BQ")).toInt(&okEnd);
    if (!okStart || start < 1)
        start = 1;
    if (!okEnd || end < start)
        end = start + 49;
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AA"), m.field(QStringLiteral("AA"))},
                                         {QStringLiteral("AE"), p.name}};
    if (p.holdLimit >= 0)
        f.append({QStringLiteral("BZ"), count4(p.holdLimit)});
    if (p.overdueLimit >= 0)
        f.append({QStringLiteral("CA"), count4(p.overdueLimit)});
    if (p.chargedLimit >= 0)
        f.append({QStringLiteral("CB"), count4(p.chargedLimit)});
    f.append({QStringLiteral("BL"), yn(p.found)});
    if (p.passwordGiven)
        f.append({QStringLiteral("CQ"), yn(p.passwordOk)});
    f.append({QStringLiteral("BH"), QStringLiteral("IDR")});
    f.append({QStringLiteral("BV"), money(p.feeAmount)});
    if (p.feeLimit >= 0)
        f.append({QStringLiteral("CC"), money(p.feeLimit)});
    const std::pair<const QStringList *, const char *> lists[] = {{&p.holdItems, "AS"},   {&p.overdueItems, "AT"},
                                                                  {&p.chargedItems, "AU"}, {&p.fineItems, "AV"},
                                                                  {&p.recallItems, "BU"},  {&p.unavailableHoldItems, "CD"}};
    const int which = int(summary.indexOf(QLatin1Char('Y')));
    if (which >= 0 && which < 6) {
        const QStringList &items = *lists[which].first;
        for (int i = start - 1; i < end && i < items.size(); ++i)
            f.append({QString::fromLatin1(lists[which].second), items.at(i)});
    }
    if (!p.address.isEmpty())
        f.append({QStringLiteral("BD"), p.address});
    if (!p.email.isEmpty())
        f.append({QStringLiteral("BE"), p.email});
    if (!p.phone.isEmpty())
        f.append({QStringLiteral("BF"), p.phone});
    if (!p.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), p.screenMessage});
    return reply(m, QStringLiteral("64"),
                 {p.flags.leftJustified(14, QLatin1Char(' '), true), lang(p.language), now(), count4(p.holdCount),
                  count4(p.overdueCount), count4(p.chargedCount), count4(p.fineCount), count4(p.recallCount),
                  count4(p.unavailableHoldCount)},
                 f);
}

QByteArray Session::circulationReply(const Message &m, const QString &command, const CirculationResult &r)
{
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AA"), r.card.isEmpty() ? m.field(QStringLiteral("AA")) : r.card},
                                         {QStringLiteral("AB"), m.field(QStringLiteral("AB"))},
                                         {QStringLiteral("AJ"), r.title}};
    if (r.ok && r.dueAtMs > 0)
        f.append({QStringLiteral("AH"), sipDate(r.dueAtMs)});
    if (r.feeAmount > 0) {
        f.append({QStringLiteral("BH"), QStringLiteral("IDR")});
        f.append({QStringLiteral("BV"), money(r.feeAmount)});
    }
    f.append({QStringLiteral("CK"), r.mediaType});
    if (!r.transactionId.isEmpty())
        f.append({QStringLiteral("BK"), r.transactionId});
    if (!r.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), r.screenMessage});
    return reply(m, command,
                 {r.ok ? QStringLiteral("1") : QStringLiteral("0"), yn(r.renewalOk), QStringLiteral("N"),
                  r.ok ? QStringLiteral("Y") : QStringLiteral("N"), now()},
                 f);
}

QByteArray Session::checkout(const Message &m, const QString &refused)
{
    if (!refused.isEmpty()) {
        CirculationResult r;
        r.screenMessage = refused;
        return circulationReply(m, QStringLiteral("12"), r);
    }
    qint64 nbDue = 0;
    if (Codec::isDate(m.fixed.at(3)))
        nbDue = QDateTime(QDate::fromString(m.fixed.at(3).left(8), QStringLiteral("yyyyMMdd")),
                          QTime::fromString(m.fixed.at(3).right(6), QStringLiteral("HHmmss")), QTimeZone(m_backend.timeZone()))
                    .toMSecsSinceEpoch();
    const CirculationResult r = m_backend.checkout(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")),
                                                   m.field(QStringLiteral("AB")), m.field(QStringLiteral("BO")) == QLatin1String("Y"),
                                                   m.fixed.at(1) == QLatin1String("Y"), nbDue);
    if (r.hangUp)
        return hangUp(m, QStringLiteral("checkout"));
    return circulationReply(m, QStringLiteral("12"), r);
}

QByteArray Session::renew(const Message &m, const QString &refused)
{
    if (!refused.isEmpty()) {
        CirculationResult r;
        r.screenMessage = refused;
        return circulationReply(m, QStringLiteral("30"), r);
    }
    const CirculationResult r = m_backend.renew(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")),
                                                m.field(QStringLiteral("AB")));
    if (r.hangUp)
        return hangUp(m, QStringLiteral("renew"));
    return circulationReply(m, QStringLiteral("30"), r);
}

QByteArray Session::checkin(const Message &m, const QString &refused)
{
    qint64 returned = m_backend.nowMs();
    if (Codec::isDate(m.fixed.at(2)))
        returned = QDateTime(QDate::fromString(m.fixed.at(2).left(8), QStringLiteral("yyyyMMdd")),
                             QTime::fromString(m.fixed.at(2).right(6), QStringLiteral("HHmmss")), QTimeZone(m_backend.timeZone()))
                       .toMSecsSinceEpoch();
    CirculationResult r;
    r.screenMessage = refused;
    if (refused.isEmpty())
        r = m_backend.checkin(*m_account, m.field(QStringLiteral("AB")), returned, m.field(QStringLiteral("AP")),
                              m.fixed.at(0) == QLatin1String("Y"));
    if (r.hangUp)
        return hangUp(m, QStringLiteral("checkin"));
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AB"), m.field(QStringLiteral("AB"))},
                                         {QStringLiteral("AQ"), r.permanentLocation},
                                         {QStringLiteral("AJ"), r.title}};
    // No AA: whoever returns an item is not told whose loan it was.
    f.append({QStringLiteral("CK"), r.mediaType});
    if (!r.sortBin.isEmpty())
        f.append({QStringLiteral("CL"), r.sortBin});
    if (r.alert && !r.alertType.isEmpty())
        f.append({QStringLiteral("CV"), r.alertType});
    if (r.feeAmount > 0) {
        f.append({QStringLiteral("BH"), QStringLiteral("IDR")});
        f.append({QStringLiteral("BV"), money(r.feeAmount)});
    }
    if (!r.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), r.screenMessage});
    return reply(m, QStringLiteral("10"),
                 {r.ok ? QStringLiteral("1") : QStringLiteral("0"), yn(r.ok && !r.alert), QStringLiteral("N"), yn(r.alert), now()},
                 f);
}

QByteArray Session::itemInformation(const Message &m, const QString &refused)
{
    ItemInfo i;
    i.screenMessage = refused;
    if (refused.isEmpty())
        i = m_backend.item(*m_account, m.field(QStringLiteral("AB")));
    QList<std::pair<QString, QString>> f;
    if (i.holdQueueLength > 0)
        f.append({QStringLiteral("CF"), QString::number(i.holdQueueLength)});
    if (i.dueAtMs > 0)
        f.append({QStringLiteral("AH"), sipDate(i.dueAtMs)});
    if (i.holdPickupAtMs > 0)
        f.append({QStringLiteral("CM"), sipDate(i.holdPickupAtMs)});
    f.append({QStringLiteral("AB"), m.field(QStringLiteral("AB"))});
    f.append({QStringLiteral("AJ"), i.title});
    if (!i.owner.isEmpty())
        f.append({QStringLiteral("BG"), i.owner});
    f.append({QStringLiteral("CK"), i.mediaType});
    if (!i.permanentLocation.isEmpty())
        f.append({QStringLiteral("AQ"), i.permanentLocation});
    if (!i.currentLocation.isEmpty())
        f.append({QStringLiteral("AP"), i.currentLocation});
    if (!i.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), i.screenMessage});
    return reply(m, QStringLiteral("18"), {i.found ? i.circulationStatus : QStringLiteral("13"), QStringLiteral("00"),
                                           QStringLiteral("01"), now()},
                 f);
}

QByteArray Session::renewAll(const Message &m, const QString &refused)
{
    RenewAllResult r;
    r.screenMessage = refused;
    if (refused.isEmpty())
        r = m_backend.renewAll(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")));
    if (r.hangUp)
        return hangUp(m, QStringLiteral("renew all"));
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution}};
    for (const QString &b : r.renewed)
        f.append({QStringLiteral("BM"), b});
    for (const QString &b : r.unrenewed)
        f.append({QStringLiteral("BN"), b});
    if (!r.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), r.screenMessage});
    return reply(m, QStringLiteral("66"),
                 {r.ok ? QStringLiteral("1") : QStringLiteral("0"), count4(int(r.renewed.size())),
                  count4(int(r.unrenewed.size())), now()},
                 f);
}

QByteArray Session::endSession(const Message &m, const QString &refused)
{
    QString message = refused;
    const bool ended = refused.isEmpty()
                       && m_backend.endSession(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")), &message);
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AA"), m.field(QStringLiteral("AA"))}};
    if (!message.isEmpty())
        f.append({QStringLiteral("AF"), message});
    return reply(m, QStringLiteral("36"), {yn(ended), now()}, f);
}

QByteArray Session::feePaid(const Message &m, const QString &refused)
{
    bool ok = false;
    const qint64 amount = parseMoney(m.field(QStringLiteral("BV")), &ok);
    FeePaidResult r;
    if (!refused.isEmpty())
        r.screenMessage = refused;
    else if (!ok || amount <= 0)
        r.screenMessage = tr("The amount paid is not a positive number.");
    else
        r = m_backend.feePaid(*m_account, m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")), amount,
                              m.field(QStringLiteral("CG")), m.field(QStringLiteral("BK")));
    if (r.hangUp)
        return hangUp(m, QStringLiteral("fee paid"));
    QList<std::pair<QString, QString>> f{{QStringLiteral("AO"), m_account->institution},
                                         {QStringLiteral("AA"), m.field(QStringLiteral("AA"))}};
    if (!r.transactionId.isEmpty())
        f.append({QStringLiteral("BK"), r.transactionId});
    if (!r.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), r.screenMessage});
    return reply(m, QStringLiteral("38"), {yn(r.accepted), now()}, f);
}

QByteArray Session::hold(const Message &m, const QString &refused)
{
    HoldResult r;
    r.screenMessage = refused;
    if (refused.isEmpty())
        r = m_backend.hold(*m_account, m.fixed.at(0).at(0), m.field(QStringLiteral("AA")), m.field(QStringLiteral("AD")),
                           m.field(QStringLiteral("AB")), m.field(QStringLiteral("BS")));
    if (r.hangUp)
        return hangUp(m, QStringLiteral("hold"));
    QList<std::pair<QString, QString>> f;
    if (r.expiresAtMs > 0)
        f.append({QStringLiteral("BW"), sipDate(r.expiresAtMs)});
    if (r.ok && r.queuePosition > 0)
        f.append({QStringLiteral("BR"), QString::number(r.queuePosition)});
    if (!r.pickupLocation.isEmpty())
        f.append({QStringLiteral("BS"), r.pickupLocation});
    f.append({QStringLiteral("AO"), m_account->institution});
    f.append({QStringLiteral("AA"), m.field(QStringLiteral("AA"))});
    if (m.has(QStringLiteral("AB")))
        f.append({QStringLiteral("AB"), m.field(QStringLiteral("AB"))});
    if (!r.title.isEmpty())
        f.append({QStringLiteral("AJ"), r.title});
    if (!r.screenMessage.isEmpty())
        f.append({QStringLiteral("AF"), r.screenMessage});
    return reply(m, QStringLiteral("16"), {r.ok ? QStringLiteral("1") : QStringLiteral("0"), yn(r.available), now()}, f);
}

} // namespace Aksara::Sip2
