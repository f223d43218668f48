#pragma once

#include "core/Guard.h"

#include <QString>

// The library-wide settings (table settings) whose meaning circulation implements. The library
// module (modules/library) describes, validates and edits them; circulation reads them with these
// defaults when a library has not set them.
namespace Aksara::Circulation::SettingKeys {
// Card numbers: PREFIX + SEQUENCE (zero-padded to card.sequence_digits) + a check digit of the
// card.check_digit scheme (luhn, damm or none). See CardNumber.h.
inline const QString CardPrefix = QStringLiteral("card.prefix");
inline const QString CardDigits = QStringLiteral("card.sequence_digits");
inline const QString CardCheck = QStringLiteral("card.check_digit");
inline const QString CardReplacementFee = QStringLiteral("card.replacement_fee");
inline const QString LostItemFee = QStringLiteral("circulation.lost_item_fee");
inline const QString DefaultBranch = QStringLiteral("circulation.default_branch");
inline const QString DefaultCategory = QStringLiteral("circulation.default_category");
// Kiosk PINs: their length, and how many wrong ones in a row lock a card.
inline const QString PinMinLength = QStringLiteral("kiosk.pin_min_length");
inline const QString PinMaxLength = QStringLiteral("kiosk.pin_max_length");
inline const QString PinMaxFailures = QStringLiteral("kiosk.pin_max_failures");
// Overdue fees are rounded to a multiple of this many rupiah (1: not rounded), half up.
inline const QString FeeRounding = QStringLiteral("fees.rounding");

inline constexpr int kDefaultPinMinLength = 4;
inline constexpr int kDefaultPinMaxLength = 8;
inline constexpr int kDefaultPinMaxFailures = 5;
} // namespace Aksara::Circulation::SettingKeys
