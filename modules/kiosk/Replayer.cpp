#include "kiosk/Replayer.h"

#include "kiosk/LibraryLink.h"

#include "circulation/Loans.h"
#include "circulation/Patrons.h"

#include <QHash>

namespace Aksara::Kiosk {

Replayer::Replayer(ServiceCore &core, Caller kiosk, OfflineQueue &queue, LibraryLink *link)
    : m_core(core)
    , m_kiosk(std::move(kiosk))
    , m_queue(queue)
    , m_link(link)
{
    m_kiosk.requestId.clear();
    m_kiosk.patronId = 0;
}

void Replayer::setReturnBranch(const QString &branch)
{
    m_returnBranch = branch;
}

ReplayLine Replayer::settle(const QueuedRequest &request, ReplayLine::Result result, const Error *error,
                            qint64 operationId, const QString &title, const QString &message)
{
    ReplayLine line;
    line.request = request;
    line.result = result;
    line.operationId = operationId;
    line.message = message;
    if (error)
        line.code = error->code;
    const qint64 now = m_core.clock().nowMs();
    Status st;
    if (result == ReplayLine::Result::NotYet) {
        st = m_queue.noteAttempt(request.id, now, line.code, message);
    } else {
        const auto state = result == ReplayLine::Result::Applied          ? QueuedRequest::State::Applied
                           : result == ReplayLine::Result::AlreadyApplied ? QueuedRequest::State::AlreadyApplied
                                                                          : QueuedRequest::State::Refused;
        st = m_queue.finish(request.id, state, now, line.code, message, operationId, title);
    }
    if (!st.ok())
        qWarning("aksara-kiosk: could not note the replay of %s in the queue: %s", qPrintable(request.requestId),
                 qPrintable(st.error().message));
    if (auto fresh = m_queue.get(request.id); fresh.ok())
        line.request = *fresh;
    return line;
}

QList<ReplayLine> Replayer::replay(qint64 onlyId)
{
    QList<ReplayLine> lines;
    auto pending = m_queue.pending();
    if (!pending.ok()) {
        qWarning("aksara-kiosk: %s", qPrintable(pending.error().message));
        return lines;
    }
    QHash<QString, ::Aksara::Result<Circulation::Patron>> sessions;
    for (const QueuedRequest &r : std::as_const(*pending)) {
        if (onlyId != 0 && r.id != onlyId)
            continue;
        ReplayLine line = replayOne(r, sessions);
        lines << line;
        if (line.result == ReplayLine::Result::NotYet && m_link && !m_link->online())
            break;
    }
    return lines;
}

ReplayLine Replayer::replayOne(const QueuedRequest &r, QHash<QString, ::Aksara::Result<Circulation::Patron>> &sessions)
{
    auto failed = [&](const Error &e) {
        if (m_link)
            m_link->noteFailure(e);
        return settle(r, ReplayLine::Result::NotYet, &e, 0, {}, e.message);
    };
    auto refusedOrSeen = [&](const Error &e, const QString &title) {
        if (e.code == QLatin1String("core.already_applied")) {
            const qint64 op = e.details.value(QStringLiteral("operation_id")).toVariant().toLongLong();
            return settle(r, ReplayLine::Result::AlreadyApplied, &e, op, title,
                          tr("Already recorded by the library (operation %1); not applied again.").arg(op));
        }
        return settle(r, ReplayLine::Result::Refused, &e, 0, title, e.message);
    };

    if (r.kind == QLatin1String("checkin")) {
        Caller caller = m_kiosk;
        caller.requestId = r.requestId;
        Circulation::Loans loans(m_core);
        auto done = loans.checkin(caller, r.barcode, m_returnBranch);
        if (!done.ok())
            return done.error().isRefusal() ? refusedOrSeen(done.error(), QString()) : failed(done.error());
        QString message = done->wasOnLoan ? tr("Returned.") : tr("Checked in (it was not on loan).");
        if (!done->notes.isEmpty())
            message += QLatin1Char(' ') + done->notes.join(QLatin1Char(' '));
        ReplayLine line = settle(r, ReplayLine::Result::Applied, nullptr, ServiceCore::lastOperationId(), done->title, message);
        line.checkin = *done;
        return line;
    }

    // A checkout accepted while the library could not be reached. A patron the library had
    // identified before the link dropped is known by id; one identified at the kiosk while offline
    // has the card and PIN confirmed by the library first (once per kiosk session).
    qint64 patronId = r.patronId;
    QString card = r.card;
    if (patronId == 0) {
        auto it = sessions.find(r.session);
        if (it == sessions.end()) {
            auto pin = m_queue.pinOf(r.id);
            if (!pin.ok())
                return failed(pin.error());
            Circulation::Patrons patrons(m_core);
            auto who = patrons.authenticate(m_kiosk, r.card, *pin);
            if (!who.ok() && !who.error().isRefusal())
                return failed(who.error());
            it = sessions.insert(r.session, who);
        }
        if (!it->ok()) {
            const Error &e = it->error();
            Error refusal = Error::refused(e.code, tr("The card and PIN given at the kiosk were not confirmed: %1").arg(e.message),
                                           e.details);
            return settle(r, ReplayLine::Result::Refused, &refusal, 0, {}, refusal.message);
        }
        patronId = it->value().id;
        card = it->value().cardNumber;
    }
    Caller caller = m_kiosk;
    caller.patronId = patronId;
    caller.actor = QStringLiteral("patron:") + card;
    caller.requestId = r.requestId;
    Circulation::Loans loans(m_core);
    auto done = loans.checkout(caller, card, r.barcode);
    if (!done.ok())
        return done.error().isRefusal() ? refusedOrSeen(done.error(), QString()) : failed(done.error());
    ReplayLine line = settle(r, ReplayLine::Result::Applied, nullptr, ServiceCore::lastOperationId(), done->loan.title,
                             tr("Lent to %1, due %2.").arg(card, done->loan.dueDate.toString(Qt::ISODate)));
    line.checkout = *done;
    return line;
}

} // namespace Aksara::Kiosk
