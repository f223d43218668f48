#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <QString>

namespace Aksara::Sip2 {

// What a SIP2 session asks of the library, in SIP2's terms. The implementation (Sip2LibraryBackend)
// executes each request as a service-core operation on channel sip2, with the same rules, refusal
// reasons, fees, holds and blocks as the desk; the session only speaks the protocol.
struct Account {
    qint64 id = 0;
    QString login;
    QString institution; // AO
    QString location;    // CP / AN
    QString language = QStringLiteral("id");
    // Rights off unless granted: block patron (01), fee paid (37). The status reply (98) offers
    // the messages only to an account that may send them.
    bool mayBlockPatrons = false;
    bool mayTakePayments = false;
};

struct PatronInfo {
    // False unless the patron's valid PIN was given (or the account may show the card's own data
    // without one): then the reply carries no name, address, phone, e-mail, item lists, fees or
    // counts, and the same for an unknown card as for a known one.
    bool personal = false;
    bool found = false;
    bool passwordGiven = false;
    bool passwordOk = false;
    QString card;
    QString name;
    QString language; // "id", "en"
    // The 14 status flags of SIP2 (charge denied, renewal denied, recall denied, hold denied, card
    // lost, too many charged, too many overdue, too many renewals, too many claims returned, too
    // many lost, excessive fines, excessive fees, recall overdue, too many billed).
    QString flags = QString(14, QLatin1Char(' '));
    int holdCount = 0, overdueCount = 0, chargedCount = 0, fineCount = 0, recallCount = 0, unavailableHoldCount = 0;
    int holdLimit = -1, overdueLimit = -1, chargedLimit = -1;
    qint64 feeAmount = 0; // rupiah
    qint64 feeLimit = -1;
    QStringList holdItems, overdueItems, chargedItems, fineItems, recallItems, unavailableHoldItems;
    QString address, email, phone;
    QString screenMessage;
};

struct ItemInfo {
    bool found = false;
    QString barcode;
    QString title;
    QString circulationStatus = QStringLiteral("01"); // SIP2 codes 01..13
    qint64 dueAtMs = 0;
    int holdQueueLength = 0;
    qint64 holdPickupAtMs = 0;
    QString owner;
    QString permanentLocation;
    QString currentLocation;
    QString mediaType = QStringLiteral("001"); // 000 other, 001 book, 002 magazine, 003 bound journal, 004 audio tape, 005 video tape, 006 CD/CDROM, 007 diskette, 008 book with diskette, 009 book with cd, 010 book with audio tape
    QString screenMessage;
};

struct CirculationResult {
    // The request could not be carried out and recorded (the database failed: a full disk, a lost
    // connection): the session answers nothing and closes the connection; the machine retries.
    bool hangUp = false;
    bool ok = false;
    bool renewalOk = false;
    bool alert = false;
    QString alertType; // CV: 01 hold here, 02 hold elsewhere, 04 send to another branch
    QString card;
    QString barcode;
    QString title;
    qint64 dueAtMs = 0;
    qint64 feeAmount = 0;
    QString mediaType = QStringLiteral("001");
    QString permanentLocation;
    QString sortBin;
    QString transactionId;
    QString screenMessage;
};

struct RenewAllResult {
    // The request could not be carried out and recorded (the database failed: a full disk, a lost
    // connection): the session answers nothing and closes the connection; the machine retries.
    bool hangUp = false;
    bool ok = false;
    QStringList renewed;
    QStringList unrenewed;
    QString screenMessage;
};

struct FeePaidResult {
    // The request could not be carried out and recorded (the database failed: a full disk, a lost
    // connection): the session answers nothing and closes the connection; the machine retries.
    bool hangUp = false;
    bool accepted = false;
    QString transactionId;
    QString screenMessage;
};

struct HoldResult {
    // The request could not be carried out and recorded (the database failed: a full disk, a lost
    // connection): the session answers nothing and closes the connection; the machine retries.
    bool hangUp = false;
    bool ok = false;
    bool available = false;
    int queuePosition = 0;
    qint64 expiresAtMs = 0;
    QString pickupLocation;
    QString title;
    QString screenMessage;
};

class Backend {
public:
    virtual ~Backend() = default;
    virtual QString libraryName() = 0;
    virtual QByteArray timeZone() = 0;
    virtual qint64 nowMs() = 0; // the library's clock; called from any thread
    // A login (93) in two steps. loginCheck() reads what it needs (fast) and returns the slow check
    // of the password (Argon2id), which must be safe to run on any thread and touch no database;
    // an unknown login gets a check that costs the same as a wrong password. login() then records
    // the outcome, on the session's thread. Refusals: sip2.bad_login (unknown login or wrong
    // password, not saying which). A failure (the login could not be checked or recorded) is not
    // a wrong password: the session answers nothing and closes the connection.
    virtual std::function<bool()> loginCheck(const QString &user, const QString &password) = 0;
    virtual Result<Account> login(const QString &user, bool passwordOk, const QString &location) = 0;
    // A patron's PIN (AD) in two steps too, so that its Argon2id check runs off the connection's
    // thread: pinCheck() reads the card's PIN hash (fast) and returns the slow check, safe on any
    // thread and touching no database (an unknown card: a check of the same cost), with the hash
    // it checks against; pinChecked() gives the outcome back on the session's thread just before
    // the request that carries the PIN is handled, which then counts it (the card's lock, the
    // operation record) as if it had checked the PIN itself. A backend without it (an empty
    // check) checks PINs inline.
    struct PinCheck {
        QString storedHash;
        std::function<bool()> check;
    };
    virtual PinCheck pinCheck(const QString &card, const QString &pin)
    {
        Q_UNUSED(card);
        Q_UNUSED(pin);
        return {};
    }
    virtual void pinChecked(const QString &card, const QString &pin, const QString &storedHash, bool ok)
    {
        Q_UNUSED(card);
        Q_UNUSED(pin);
        Q_UNUSED(storedHash);
        Q_UNUSED(ok);
    }
    // Errors from the operations below are returned to the machine as negative responses with the
    // error's message in AF; only a Failed error (the system did not work) is logged as such.
    virtual PatronInfo patron(const Account &a, const QString &card, const QString &password, bool withPassword) = 0;
    virtual CirculationResult checkout(const Account &a, const QString &card, const QString &password, const QString &item,
                                       bool feeAcknowledged, bool noBlock, qint64 nbDueMs) = 0;
    virtual CirculationResult checkin(const Account &a, const QString &item, qint64 returnedAtMs, const QString &location,
                                      bool noBlock) = 0;
    virtual ItemInfo item(const Account &a, const QString &item) = 0;
    virtual CirculationResult renew(const Account &a, const QString &card, const QString &password, const QString &item) = 0;
    virtual RenewAllResult renewAll(const Account &a, const QString &card, const QString &password) = 0;
    // False with the reason in *message when the account requires the patron's PIN and it is
    // missing or wrong.
    virtual bool endSession(const Account &a, const QString &card, const QString &password, QString *message) = 0;
    virtual FeePaidResult feePaid(const Account &a, const QString &card, const QString &password, qint64 amount,
                                  const QString &feeId, const QString &transactionId) = 0;
    virtual HoldResult hold(const Account &a, QChar mode, const QString &card, const QString &password, const QString &item,
                            const QString &pickup) = 0;
    virtual PatronInfo block(const Account &a, const QString &card, bool cardRetained, const QString &message) = 0;
};

} // namespace Aksara::Sip2
