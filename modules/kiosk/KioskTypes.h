#pragma once

#include "circulation/Types.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

// What the kiosk shows a patron, already in the patron's words: the outcome of each scan, and the
// few formatting rules (money, dates) of the kiosk's screens. Nothing here ever carries another
// patron's data: a return of somebody else's item says "returned" and nothing about its borrower.
namespace Aksara::Kiosk {

// The patron identified at the kiosk.
struct PatronView {
    qint64 id = 0; // 0 when identified offline (the library confirms the card and PIN later)
    QString card;
    QString name;     // empty when identified offline
    QString language; // id | en | empty
    bool offline = false;
    int openLoans = 0;
    int overdueLoans = 0;
    int activeHolds = 0;
    qint64 balance = 0;
    qint64 debtLimit = 0;
    QDate expiresOn;
};

// How a scan ended for the patron.
enum class Verdict {
    Done,    // recorded by the library
    Queued,  // accepted and kept on this kiosk; recorded when the library can be reached again
    Refused, // not done: `message` says why, in the patron's words
};

struct BorrowOutcome {
    Verdict outcome = Verdict::Refused;
    QString barcode;
    QString title;
    QDate dueDate;
    QString code;    // the refusal's code (circulation.*, kiosk.*)
    QString message; // one or two sentences for the patron
};

struct ReturnOutcome {
    Verdict outcome = Verdict::Refused;
    QString barcode;
    QString title;
    qint64 lateFee = 0;       // charged to the identified patron's own account for this return
    bool leaveAtDesk = false; // another reader is waiting for it, or it travels to another branch
    QString code;
    QString message;
};

struct RenewOutcome {
    Verdict outcome = Verdict::Refused;
    QString barcode;
    QString title;
    QDate dueDate;
    QString code;
    QString message;
};

// "Rp 12.500" (Indonesian) / "Rp 12,500" (English): the current default locale's grouping.
QString rupiah(qint64 amount);
// "Senin, 16 Maret 2026" / "Monday 16 March 2026".
QString longDate(const QDate &date);
// "16 Mar 2026".
QString shortDate(const QDate &date);

// A refusal in the patron's words: the circulation module's messages are written for staff ("check
// it in first", another patron's due date); the kiosk says what the patron can do. Unknown codes
// fall back to the module's own (translated) message.
QString patronMessage(const Error &error, const PatronView *patron = nullptr);

// A fee as its patron reads it: the kind of fee and the item's title ("Late return: Bumi Manusia"),
// or the description of a fee charged by hand.
QString feeText(const Circulation::Fee &fee);

// A hold's state for its patron: "Ready to collect at Main Library until Monday 16 March 2026",
// "Waiting: number 2 in the queue", "On its way to North Branch".
QString holdStatusText(const Circulation::Hold &hold, const QString &pickupBranchName = {});

} // namespace Aksara::Kiosk
