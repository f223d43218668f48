#pragma once

#include "core/Guard.h"

#include <QString>

#include <optional>

namespace Aksara::Catalogue::Isbn {

enum class Check { Valid, Empty, BadCharacters, BadLength, BadCheckDigit };

// The ISBN-looking part of a text such as "1555535291 (cloth : alk. paper)" or
// "978-602-03-1234-5": the first run of digits, hyphens and spaces (and a final X), without the
// hyphens and spaces. Empty if the text does not start with one.
QString extract(const QString &text);

// Checks an ISBN-10 or ISBN-13 given with or without hyphens/spaces.
Check check(const QString &text);
// A valid ISBN-10 or ISBN-13 as its 13 digits (ISBN-10s get the 978 prefix and a new check
// digit); std::nullopt if the text is not a valid ISBN.
std::optional<QString> normalize(const QString &text);
// The ISBN-10 form of a 978-prefixed ISBN-13 (13 digits), or an empty string.
QString toIsbn10(const QString &isbn13);
// A human-readable reason for a Check result, translated.
QString describe(Check check);

// ISSN "1234-567X": validated and normalised with the hyphen; std::nullopt if invalid.
std::optional<QString> normalizeIssn(const QString &text);

} // namespace Aksara::Catalogue::Isbn
