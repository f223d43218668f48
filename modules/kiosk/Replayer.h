#pragma once

#include "kiosk/LibraryApi.h"
#include "kiosk/OfflineQueue.h"

#include "circulation/Types.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Aksara::Kiosk {

class LibraryLink;

// What one request's replay came to.
struct ReplayLine {
    enum class Result {
        Applied,        // recorded now
        AlreadyApplied, // the library had recorded it before (core.already_applied): not applied again
        Refused,        // a rule said no; the reason is in code/message, for staff to follow up
        NotYet,         // the library could not be reached or failed: still pending, tried again later
    };
    QueuedRequest request; // as it is after this replay
    Result result = Result::NotYet;
    QString code;
    QString message; // translated, for staff
    qint64 operationId = 0;
    std::optional<Circulation::CheckinResult> checkin;   // Applied checkins
    std::optional<Circulation::CheckoutResult> checkout; // Applied checkouts
};

// Sends the offline queue's requests to the library (LibraryApi::replay), oldest first, each with
// its request id so the service core applies it at most once:
//   checkin   as the kiosk (channel kiosk, station = the kiosk's);
//   checkout  the library opens the PIN sealed at the kiosk, checks card and PIN, then lends to
//             that patron (locally, a patron the library had identified before the link dropped
//             is known by id). A wrong PIN or a locked card refuses the session's checkouts (the
//             refusal says so; the rest of the session is not sent again); the sealed PIN is erased.
// Outcomes: ok → applied; core.already_applied → already applied (with the operation that did);
// any other refusal → refused (settled: a rule will say the same next time); a failure → the
// request stays pending, the link is told, and the replay stops if the library is unreachable.
// Every settled request is written back to the queue before the next one is sent.
class Replayer {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::Replayer)

public:
    Replayer(LibraryApi &api, OfflineQueue &queue, LibraryLink *link = nullptr);
    // Where returns are received (a branch code; empty: each item's own branch).
    void setReturnBranch(const QString &branch);

    // Replays every pending request (or only `onlyId`). Stops at the first "cannot be reached".
    QList<ReplayLine> replay(qint64 onlyId = 0);

private:
    ReplayLine replayOne(const QueuedRequest &request, QHash<QString, Error> &refusedSessions);
    ReplayLine settle(const QueuedRequest &request, ReplayLine::Result result, const Error *error, qint64 operationId,
                      const QString &title, const QString &message);

    LibraryApi &m_api;
    OfflineQueue &m_queue;
    LibraryLink *m_link;
    QString m_returnBranch;
};

} // namespace Aksara::Kiosk
