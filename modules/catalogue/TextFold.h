#pragma once

#include "core/Guard.h"

#include <QString>
#include <QStringList>

namespace Aksara::Catalogue::Text {

// Unicode NFC (MARC-8 conversions come out decomposed).
QString nfc(const QString &text);

// The search form of a text, the same for indexing and for queries on both engines:
//   NFC, then Latin/Greek/Cyrillic diacritics, Hebrew points, Arabic harakat and romanisation
//   marks (ʻ ʼ ʹ) removed, letters folded to lower case (and ø→o, ł→l, ß→ss, æ→ae, ...),
//   split into tokens at anything that is not a letter, digit or (other) mark.
// No stemming: Indonesian words stay intact ("pembelajaran" is not "ajar").
// Tokens are at most kMaxTokenLength characters (longer runs are cut).
QStringList tokens(const QString &text);
// Appends the tokens of `text` to `out`, separated by single spaces.
void appendTokens(const QString &text, QString &out);

inline constexpr int kMaxTokenLength = 64;

// Strips ISBD punctuation a cataloguer leaves at the end of a subfield (" /", " :", ";", ",", "=",
// and a final period unless it ends an initial or an abbreviation such as "F." or "ed.").
QString trimIsbd(const QString &text);

} // namespace Aksara::Catalogue::Text
