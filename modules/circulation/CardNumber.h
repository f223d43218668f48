#pragma once

#include "core/Result.h"

namespace Aksara::Circulation {

// Membership card numbers: PREFIX + SEQUENCE + CHECK.
//   PREFIX    1 to 6 capital letters A–Z (settings key card.prefix, "AKS" by default);
//   SEQUENCE  the patron's number, zero-padded to at least 7 digits;
//   CHECK     one Luhn (mod 10) check digit computed over the SEQUENCE digits.
// e.g. AKS00000018. Luhn catches every single-digit error and most swaps of neighbouring digits,
// which is what a mistyped number or a misread barcode produces. The prefix is not part of the
// check, so cards issued under an earlier prefix stay valid after the prefix changes.
namespace CardNumber {

inline constexpr int kSequenceDigits = 7;

// The Luhn check digit for a string of decimal digits.
int luhnDigit(const QString &digits);
// Whether `prefix` is an acceptable card prefix.
bool isValidPrefix(const QString &prefix);
// Builds the number for `sequence` (> 0) under `prefix`.
QString make(const QString &prefix, qint64 sequence);
// What a scanner or a keyboard delivered, tidied: spaces and dashes removed, letters upper-cased.
QString normalize(const QString &typed);
// Checks the shape and the check digit of a normalized number. Refusal circulation.bad_card_number
// with a message that says what is wrong.
Status validate(const QString &normalized);
// The SEQUENCE of a well-formed number under `prefix`, or -1.
qint64 sequenceOf(const QString &number, const QString &prefix);

} // namespace CardNumber
} // namespace Aksara::Circulation
