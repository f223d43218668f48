#include "kiosk/Replayer.h"

#include "kiosk/LibraryLink.h"


#include <QHash>

namespace Aksara::Kiosk {

Replayer::Replayer(LibraryApi &api, OfflineQueue &queue, LibraryLink *link)
    : m_api(api)
    , m_queue(queue)
    , m_link(link)
{
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
    const qint64 now = m_api.nowMs();
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
    QHash<QString, Error> sessions;
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

ReplayLine Replayer::replayOne(const QueuedRequest &r, QHash<QString, Error> &refusedSessions)
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
    auto cardRefused = [&](const Error &e) {
        Error refusal = Error::refused(e.code, tr("The card and PIN given at the kiosk were not confirmed: %1").arg(e.message),
                                       e.details);
        return settle(r, ReplayLine::Result::Refused, &refusal, 0, {}, refusal.message);
    };

    ReplayRequest request;
    request.requestId = r.requestId;
    request.kind = r.kind;
    request.barcode = r.barcode;
    if (r.kind == QLatin1String("checkin")) {
        request.returnBranch = m_returnBranch;
        auto done = m_api.replay(request);
        if (!done.ok())
            return done.error().isRefusal() ? refusedOrSeen(done.error(), QString()) : failed(done.error());
        const Circulation::CheckinResult &c = *done->checkin;
        QString message = c.wasOnLoan ? tr("Returned.") : tr("Checked in (it was not on loan).");
        if (!c.notes.isEmpty())
            message += QLatin1Char(' ') + c.notes.join(QLatin1Char(' '));
        ReplayLine line = settle(r, ReplayLine::Result::Applied, nullptr, done->operationId, c.title, message);
        line.checkin = c;
        return line;
    }

    // A checkout accepted while the library could not be reached. One card-and-PIN refusal
    // refuses the rest of that kiosk session without asking the library again.
    if (auto it = refusedSessions.constFind(r.session); !r.session.isEmpty() && it != refusedSessions.cend())
        return cardRefused(*it);
    request.card = r.card;
    request.patronId = r.patronId;
    auto sealed = m_queue.sealedPinOf(r.id);
    if (!sealed.ok())
        return failed(sealed.error());
    request.sealedPin = *sealed;
    auto done = m_api.replay(request);
    if (!done.ok()) {
        const Error &e = done.error();
        if (!e.isRefusal())
            return failed(e);
        if (e.details.value(QStringLiteral("stage")).toString() == QLatin1String("sign_in")) {
            if (!r.session.isEmpty())
                refusedSessions.insert(r.session, e);
            return cardRefused(e);
        }
        return refusedOrSeen(e, QString());
    }
    const Circulation::CheckoutResult &c = *done->checkout;
    ReplayLine line = settle(r, ReplayLine::Result::Applied, nullptr, done->operationId, c.loan.title,
                             tr("Lent to %1, due %2.").arg(done->card, c.loan.dueDate.toString(Qt::ISODate)));
    line.checkout = c;
    return line;
}

} // namespace Aksara::Kiosk
