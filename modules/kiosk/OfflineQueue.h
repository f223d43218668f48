#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Aksara::Kiosk {

// One request the kiosk accepted and must get recorded by the library: a return (any patron, no
// identification) or, where the library allows it, a checkout accepted while the library system
// could not be reached.
struct QueuedRequest {
    enum class State { Pending, Applied, AlreadyApplied, Refused };

    qint64 id = 0;         // local, in acceptance order
    QString requestId;     // the service core's idempotency key: "<station>:<uuid>"
    QString kind;          // "checkin" | "checkout"
    QString barcode;
    QString card;          // checkout: the patron's card as given at the kiosk
    qint64 patronId = 0;   // checkout: the patron, when the library had confirmed the card and PIN
    QString session;       // checkout: the kiosk session it was accepted in (one PIN check per session)
    QString station;
    qint64 acceptedAt = 0; // epoch ms UTC, the kiosk's clock
    bool offline = false;  // accepted while the library system could not be reached
    State state = State::Pending;
    int attempts = 0;
    qint64 lastAttemptAt = 0;
    QString resultCode;    // last refusal or failure code; empty when applied
    QString resultMessage; // what happened, for staff
    qint64 operationId = 0; // the operation that applied it (applied or already applied)
    QString title;          // the item's title once known
    qint64 finishedAt = 0;

    bool isPending() const { return state == State::Pending; }
    static QString stateName(State state);
};

struct NewRequest {
    QString requestId; // empty: a fresh one (station + UUID)
    QString kind;
    QString barcode;
    QString card;
    qint64 patronId = 0; // checkout by a patron the library had already identified
    // checkout: the PIN sealed to the library's public key (SealedPin), opened and checked only by
    // the library at replay, then erased. The queue never holds a PIN in clear.
    QByteArray sealedPin;
    QString session;
    QString station;
    qint64 acceptedAt = 0;
    bool offline = false;
};

// The kiosk's durable journal: a small SQLite file of its own under the kiosk's local data
// directory (never the library's database, which may be the thing that cannot be reached).
//
// add() returns only once the request is on disk (its own transaction, synchronous=FULL), so the
// kiosk tells the patron "accepted" only after that. Every request carries a request id; the
// replay passes it to the service core, which applies a request at most once (a repeat is
// refused with core.already_applied), so nothing is lost and nothing is applied twice, even when
// the kiosk dies between the library's commit and its own bookkeeping.
//
// A PIN given for an offline checkout is kept only sealed to the library's public key (SealedPin:
// only the library can open it), until the replay has sent it, then erased (secure_delete
// overwrites the freed bytes); the file is readable by its owner only. A queue file of an older
// kiosk that still holds PINs in clear (column `pin`) is migrated by sealClearPins() as soon as
// the library's key is known; until then those checkouts wait (they are never sent in clear).
//
// Errors: kiosk.queue_unavailable (cannot open/create/write the file), kiosk.queue_damaged.
// Thread affinity: the thread that opened it.
class OfflineQueue {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::OfflineQueue)

public:
    static Result<std::unique_ptr<OfflineQueue>> open(const QString &path);
    ~OfflineQueue();
    OfflineQueue(const OfflineQueue &) = delete;
    OfflineQueue &operator=(const OfflineQueue &) = delete;

    QString path() const { return m_path; }
    // "<station>:<uuid>": unique across kiosks, at most 128 characters (the core's limit).
    static QString newRequestId(const QString &station);

    // Durable when it returns ok. Without a request id a fresh one is made (station + UUID).
    Result<QueuedRequest> add(const NewRequest &request);
    // Pending requests in acceptance order.
    Result<QList<QueuedRequest>> pending();
    Result<int> pendingCount();
    Result<QueuedRequest> get(qint64 id);
    // The sealed PIN stored with a checkout (empty when none or already erased).
    Result<QByteArray> sealedPinOf(qint64 id);
    // Older queue files: how many PINs are still in clear, and sealing them (then erasing the
    // clear ones and checkpointing the journal so that no copy is left in the WAL file).
    Result<int> clearPinCount();
    Result<int> sealClearPins(const QByteArray &publicKey);

    // A try that did not settle the request (the library could not be reached, or failed): it
    // stays pending, with what happened.
    Status noteAttempt(qint64 id, qint64 atMs, const QString &code, const QString &message);
    // The request is settled: applied, already applied, or refused. Erases its PIN.
    Status finish(qint64 id, QueuedRequest::State state, qint64 atMs, const QString &code, const QString &message,
                  qint64 operationId, const QString &title);

    // The newest requests, newest first (the staff view of the queue).
    Result<QList<QueuedRequest>> recent(int limit);
    // Forgets settled requests finished before `beforeMs` (pending ones are never dropped).
    Result<int> prune(qint64 beforeMs);

    // What the kiosk remembers of the library for when it cannot be reached (key/value).
    Status setMeta(const QString &key, const QString &value);
    Result<QString> meta(const QString &key, const QString &fallback = {});

private:
    explicit OfflineQueue(QString path, QString connection);
    Status init();
    Error errorOf(const QString &why) const;

    QString m_path;
    QString m_connection;
    bool m_hasClearPins = false; // an older file with its `pin` column
};

} // namespace Aksara::Kiosk
