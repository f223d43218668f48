#include "QtCatch.h"

#include "collection/CallNumber.h"

#include <algorithm>

using Aksara::Collection::callNumberSortKey;

TEST_CASE("call numbers sort in shelf order", "[collection][callnumber]")
{
    const QStringList shelf{QStringLiteral("005.133 SAN p"), QStringLiteral("899"), QStringLiteral("899 ABC a"),
                            QStringLiteral("899.2"),         QStringLiteral("899.221 3 PRA a"),
                            QStringLiteral("899.221 3 TOE a"), QStringLiteral("899.221 3 TOE b"),
                            QStringLiteral("899.2214 AAA"), QStringLiteral("899.3 HAM"), QStringLiteral("900 SEJ")};
    QStringList shuffled = shelf;
    std::reverse(shuffled.begin(), shuffled.end());
    std::stable_sort(shuffled.begin(), shuffled.end(),
                     [](const QString &a, const QString &b) { return callNumberSortKey(a) < callNumberSortKey(b); });
    CHECK(shuffled == shelf);
    // Spaces inside a Dewey class number do not matter; case does not matter.
    CHECK(callNumberSortKey(QStringLiteral("899.221 3 TOE b")) == callNumberSortKey(QStringLiteral("899.2213 toe B")));

    const QStringList lc{QStringLiteral("HV8699.U5 G35 2002"), QStringLiteral("HV8699.U52 A1"),
                         QStringLiteral("HV8700 .B3"), QStringLiteral("HV87000")};
    QStringList l = lc;
    std::reverse(l.begin(), l.end());
    std::stable_sort(l.begin(), l.end(),
                     [](const QString &a, const QString &b) { return callNumberSortKey(a) < callNumberSortKey(b); });
    CHECK(l == lc);
    CHECK(callNumberSortKey(QString()).isEmpty());
}
