#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"

#include <functional>
#include <optional>

namespace Aksara::Circulation {

// Members and their cards. Every call is an operation of the membership service (kiosk logins:
// the kiosk service).
//
//   registerPatron  right patron.manage. Refusals: circulation.bad_name, bad_nik,
//                   nik_birth_date_mismatch, bad_birth_date, bad_email, bad_phone, bad_photo,
//                   bad_language, bad_card_number, duplicate_nik, duplicate_card, unknown_branch,
//                   unknown_category, no_branch, no_category, and what the category asks:
//                   branch_closed, category_retired, nik_required, birth_date_required,
//                   age_out_of_range (every input problem at once in details.reasons). Branch and
//                   category default to the library's defaults (settings
//                   circulation.default_branch / default_category, else the first open one). The
//                   card number is generated (CardNumber.h) unless a pre-printed one is given; the
//                   expiry is today plus the category's membership period; the category's
//                   enrolment fee, if any, is charged; the language defaults to library.language.
//   edit            right patron.manage; the same refusals, plus circulation.bad_status.
//   renew           right patron.manage: expiry = max(today, expiry) + the category's period.
//   block/unblock   right patron.manage; refusals circulation.reason_required,
//                   circulation.already_blocked, circulation.not_blocked.
//   replaceCard     right patron.manage: a new number; the old card is retired (kept in the card
//                   history, refused with circulation.card_replaced when scanned); the
//                   card.replacement_fee setting is charged unless chargeFee is false.
//   setPin          right patron.manage, or the patron at self-service; circulation.bad_pin_format
//                   (kiosk.pin_min_length to kiosk.pin_max_length digits, 4 to 8 by default).
//   authenticate    service kiosk, right selfservice: card + PIN. Refusals circulation.bad_pin,
//                   circulation.no_pin, circulation.pin_locked (after kiosk.pin_max_failures wrong PINs in
//                   a row, until a new PIN is set), and the card refusals.
//   account/search  reads; a self-service caller sees only their own account.
// Every lookup by card checks the check digit first (circulation.bad_card_number), then
// circulation.card_replaced / circulation.unknown_patron.
class Patrons {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::Patrons)

public:
    // The default of kiosk.pin_max_failures; bad_pin and pin_locked carry the library's own figure
    // in details.max_failures.
    static constexpr int kMaxPinFailures = 5;
    static constexpr qsizetype kMaxPhotoBytes = 2 * 1024 * 1024;

    explicit Patrons(ServiceCore &core) : m_core(core) {}

    Result<Patron> registerPatron(const Caller &caller, const PatronInput &input);
    Result<Patron> edit(const Caller &caller, const QString &card, const PatronInput &input);
    Result<Patron> renew(const Caller &caller, const QString &card);
    Result<Patron> block(const Caller &caller, const QString &card, const QString &reason);
    Result<Patron> unblock(const Caller &caller, const QString &card);
    Result<CardReplacement> replaceCard(const Caller &caller, const QString &card, const QString &reason,
                                        bool chargeFee = true);
    Status setPin(const Caller &caller, const QString &card, const QString &pin);
    // `known`, when given, may answer the PIN check for the stored hash it is shown (its result
    // computed earlier, off the caller's thread, against that same hash); otherwise, or for another
    // hash (the PIN changed meanwhile), the PIN is checked here.
    using KnownPinCheck = std::function<std::optional<bool>(const QString &storedHash)>;
    Result<Patron> authenticate(const Caller &caller, const QString &card, const QString &pin, const KnownPinCheck &known = {});

    Result<PatronAccount> account(const Caller &caller, const QString &card);
    Result<QList<Patron>> search(const Caller &caller, const QString &text, int limit = 50);
    Result<QByteArray> photo(const Caller &caller, const QString &card);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
