#pragma once

#include "core/Guard.h"

#include <QList>
#include <QString>

namespace Aksara::Collection {

// A call number read part by part, the way the shelf order compares it.
struct CallNumberPart {
    enum class Kind {
        Word,         // letters: a prefix ("R", "REF"), an author mark ("TOE"), a title letter ("b")
        ClassLetters, // Library of Congress class letters, directly followed by the class number ("HV")
        ClassNumber,  // the first number: Dewey ("899.221 3") or the LC class number ("8699", "76.73")
        Cutter,       // letters with digits after the class number ("U5", "G35", "c.2")
        Number,       // a later standalone number: a year, a volume
    };
    Kind kind = Kind::Word;
    QString text;   // as written; a Dewey class number keeps the spaces between its digit groups
    QString before; // what stands between the previous part and this one: spaces, a dot, ...
    QString key;    // its share of the sort key
};

// The parts of a call number, left to right (characters other than letters and digits separate
// parts and belong to none). callNumberSortKey is their keys joined by spaces.
QList<CallNumberPart> callNumberParts(const QString &callNumber);

// A sort key that puts call numbers in shelf order, so that "what stands next to it" is a range
// scan on an index. Dewey: the class number compares as a decimal ("899.221 3" is 899.2213, after
// 899.2 and before 899.3; a space inside the class number, as in Indonesian labels, is ignored).
// Library of Congress: the class letters, the class number as an integer, cutters as decimals
// ("HV8699.U5 G35"). Words compare case-insensitively; standalone numbers (years, volumes) as
// integers. Equal keys mean the same shelf position. The keys are stored (items.call_sort): a
// change to them needs a migration that recomputes the column.
QString callNumberSortKey(const QString &callNumber);

} // namespace Aksara::Collection
