#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"

namespace Aksara::Circulation {

// Holds on a title (any copy) or on one copy, queued by the time they were placed. Operations of
// the holds service; right holds.manage, or selfservice for the patron's own holds.
//
//   place   refusals circulation.unknown_patron (and the card refusals), unknown_item,
//           unknown_record, unknown_branch, patron_blocked, patron_left, card_expired,
//           debt_over_limit, holds_not_allowed (rule holds_allowed), too_many_holds (rule
//           max_holds), already_on_hold, already_borrowed, no_holdable_items, item_withdrawn,
//           bad_date (a "not needed after" date in the past). For a title, the rules of each
//           copy that can still circulate are resolved: holds are allowed when any copy's rule
//           allows them, and the largest max_holds applies. The pickup branch defaults to the
//           patron's home branch.
//   cancel  refusals circulation.unknown_hold, hold_closed. A ready hold's item goes to the next
//           hold in the queue, or home.
//   expire  ends ready holds not collected by their pickup expiry (the item goes to the next hold,
//           or home) and waiting holds past their "not needed after" date; writes hold_expired
//           notices.
// Trapping happens at checkin (Loans::checkin): the first waiting hold in queue order that the item
// can fill becomes ready on the hold shelf (pickup expiry = today + hold_pickup_days, moved to the
// next open day of the pickup branch; a hold_ready notice) or goes in transit to its pickup branch.
class Holds {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Holds)

public:
    struct Request {
        QString card;
        QString barcode;     // a copy (copy-level hold, or with anyCopy its title)
        qint64 recordId = 0; // or a title by its record id
        bool anyCopy = false;
        QString pickupBranch; // code; default: the patron's home branch
        QDate notAfter;       // optional: not needed after this date
    };

    explicit Holds(ServiceCore &core) : m_core(core) {}

    Result<Hold> place(const Caller &caller, const Request &request);
    Result<Hold> cancel(const Caller &caller, qint64 holdId);
    Result<QList<Hold>> ofPatron(const Caller &caller, const QString &card);
    // The queue of a title (record id, or the title of an item's barcode).
    Result<QList<Hold>> queue(const Caller &caller, qint64 recordId, const QString &barcode = {});
    // Ready holds on the hold shelf of a branch (all branches when empty).
    Result<QList<Hold>> shelf(const Caller &caller, const QString &branch = {});
    Result<QList<Hold>> expire(const Caller &caller);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
