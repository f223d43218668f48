#pragma once

#include "core/Guard.h"

#include <QString>

namespace Aksara::Collection {

// A sort key that puts call numbers in shelf order, so that "what stands next to it" is a range
// scan on an index. Dewey: the class number compares as a decimal ("899.221 3" is 899.2213, after
// 899.2 and before 899.3; a space inside the class number, as in Indonesian labels, is ignored).
// Library of Congress: the class letters, the class number as an integer, cutters as decimals
// ("HV8699.U5 G35"). Words compare case-insensitively; standalone numbers (years, volumes) as
// integers. Equal keys mean the same shelf position.
QString callNumberSortKey(const QString &callNumber);

} // namespace Aksara::Collection
