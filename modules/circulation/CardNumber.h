#pragma once

#include "core/Database.h"
#include "core/Result.h"

namespace Aksara::Circulation {

// Membership card numbers: PREFIX + SEQUENCE + CHECK, as the library sets them up
// (SettingKeys.h):
//   PREFIX    1 to 6 capital letters A–Z (card.prefix, "AKS" by default);
//   SEQUENCE  the patron's number, zero-padded to card.sequence_digits digits (5 to 12, 7 by
//             default);
//   CHECK     one check digit computed over the SEQUENCE digits, by card.check_digit:
//             luhn (default; catches every single-digit error and most swaps of neighbouring
//             digits), damm (catches every single-digit error and every swap of neighbouring
//             digits), or none.
// e.g. AKS00000018. The prefix is not part of the check, so cards issued under an earlier prefix
// stay valid after the prefix changes; a card is looked up by its number first, so cards issued
// under an earlier scheme, and legacy numbers brought from an old system, keep working.
namespace CardNumber {

inline constexpr int kSequenceDigits = 7;

enum class Check { Luhn, Damm, None };
QString checkName(Check check);
bool parseCheck(const QString &text, Check *check);

struct Format {
    QString prefix = QStringLiteral("AKS");
    int digits = kSequenceDigits;
    Check check = Check::Luhn;
};
// The library's format from its settings (defaults where unset).
Result<Format> format(Database &db);

// The Luhn check digit for a string of decimal digits (-1 if it has anything else).
int luhnDigit(const QString &digits);
// The Damm check digit for a string of decimal digits (-1 if it has anything else).
int dammDigit(const QString &digits);
// Whether `prefix` is an acceptable card prefix.
bool isValidPrefix(const QString &prefix);
// Builds the number for `sequence` (> 0) in `format`.
QString make(const Format &format, qint64 sequence);
// The default format (Luhn, 7 digits) under `prefix`.
QString make(const QString &prefix, qint64 sequence);
// What a scanner or a keyboard delivered, tidied: spaces and dashes removed, letters upper-cased.
QString normalize(const QString &typed);
// Checks the shape and the check digit of a normalized number under `check` (Luhn when not
// given). Refusal circulation.bad_card_number with a message that says what is wrong.
Status validate(const QString &normalized, Check check = Check::Luhn);
// Whether a normalized number can be an old system's member number kept as a card number
// (a "legacy" card, docs/migration.md): 1 to 32 letters, digits, dots, slashes or underscores.
bool isLegacyShape(const QString &normalized);
// The SEQUENCE of a well-formed number in `format`, or -1.
qint64 sequenceOf(const QString &number, const Format &format);
qint64 sequenceOf(const QString &number, const QString &prefix);

} // namespace CardNumber
} // namespace Aksara::Circulation
