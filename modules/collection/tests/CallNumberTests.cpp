#include "QtCatch.h"

#include "collection/CallNumber.h"

#include <algorithm>

using Aksara::Collection::callNumberParts;
using Aksara::Collection::CallNumberPart;
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

TEST_CASE("stored shelf keys do not change: the keys of earlier versions, part by part", "[collection][callnumber]")
{
    // items.call_sort holds these keys; a different key for the same call number would misplace
    // every stored copy in shelf browse.
    const QList<std::pair<QString, QString>> known{
        {QStringLiteral("899.221 3 TOE b"), QStringLiteral("000000899.2213 TOE B")},
        {QStringLiteral("R 899.221 3 TOE b"), QStringLiteral("R 000000899.2213 TOE B")},
        {QStringLiteral("REF 030 ENS k"), QStringLiteral("REF 000000030 ENS K")},
        {QStringLiteral("899.2213 toe B"), QStringLiteral("000000899.2213 TOE B")},
        {QStringLiteral("305.899 221 LUB m"), QStringLiteral("000000305.899221 LUB M")},
        {QStringLiteral("371.822 095 491 YOU i"), QStringLiteral("000000371.822095491 YOU I")},
        {QStringLiteral("658.402 120 959 8 SUR m"), QStringLiteral("000000658.4021209598 SUR M")},
        {QStringLiteral("005.133 S194p 2005"), QStringLiteral("000000005.133 S.194 P 000002005")},
        {QStringLiteral("2X4.3 ABD f"), QStringLiteral("000000002 X.4.3 ABD F")},
        {QStringLiteral("FIK TOE b"), QStringLiteral("FIK TOE B")},
        {QStringLiteral("HV8699.U5 G35 2002"), QStringLiteral("HV 000008699 U.5 G.35 000002002")},
        {QStringLiteral("HV8699.U52 A1"), QStringLiteral("HV 000008699 U.52 A.1")},
        {QStringLiteral("HV8700 .B3"), QStringLiteral("HV 000008700 B.3")},
        {QStringLiteral("QA76.73.C15 S65 2003"), QStringLiteral("QA 000000076.73 C.15 S.65 000002003")},
        {QStringLiteral("PL5089.T8 B8 1980"), QStringLiteral("PL 000005089 T.8 B.8 000001980")},
        {QStringLiteral("R899.221"), QStringLiteral("R 000000899.221")},
        {QStringLiteral("899.221 3 TOE b c.2"), QStringLiteral("000000899.2213 TOE B C.2")},
        {QStringLiteral("899.221 3 TOE b v.12"), QStringLiteral("000000899.2213 TOE B V.12")},
        {QStringLiteral("005..133"), QStringLiteral("000000005.133")},
        {QStringLiteral("  "), QString()},
        {QStringLiteral("899"), QStringLiteral("000000899")},
        {QStringLiteral("0 ABC"), QStringLiteral("000000000 ABC")},
        {QStringLiteral("A"), QStringLiteral("A")},
        {QStringLiteral("12 34"), QStringLiteral("000000012 000000034")},
        {QStringLiteral("813.54 LEE t 1960 c.3"), QStringLiteral("000000813.54 LEE T 000001960 C.3")},
        {QStringLiteral("HV 8699"), QStringLiteral("HV 000008699")},
        {QStringLiteral("HV8699 5"), QStringLiteral("HV 000008699 000000005")},
        {QStringLiteral("HV8699..5"), QStringLiteral("HV 000008699.5")},
        {QStringLiteral("KB 899.221 HIR l"), QStringLiteral("KB 000000899.221 HIR L")},
    };
    for (const auto &[callNumber, key] : known) {
        INFO(callNumber.toStdString());
        CHECK(callNumberSortKey(callNumber) == key);
    }
}

TEST_CASE("a call number's parts: what each is, as written, and what stands between them", "[collection][callnumber]")
{
    using Kind = CallNumberPart::Kind;
    auto describe = [](const QString &callNumber) {
        QStringList out;
        for (const CallNumberPart &p : callNumberParts(callNumber)) {
            const char *kind = p.kind == Kind::Word           ? "word"
                               : p.kind == Kind::ClassLetters ? "letters"
                               : p.kind == Kind::ClassNumber  ? "class"
                               : p.kind == Kind::Cutter       ? "cutter"
                                                              : "number";
            out << QStringLiteral("%1[%2]%3").arg(p.before, QString::fromLatin1(kind), p.text);
        }
        return out.join(QLatin1Char('|'));
    };
    CHECK(describe(QStringLiteral(" 899.221 3 TOE b ")) == QStringLiteral("[class]899.221 3| [word]TOE| [word]b"));
    CHECK(describe(QStringLiteral("R 899.221 3 TOE b")) == QStringLiteral("[word]R| [class]899.221 3| [word]TOE| [word]b"));
    CHECK(describe(QStringLiteral("QA76.73.C15 S65 2003"))
          == QStringLiteral("[letters]QA|[class]76.73|.[cutter]C15| [cutter]S65| [number]2003"));
    CHECK(describe(QStringLiteral("HV8700 .B3")) == QStringLiteral("[letters]HV|[class]8700| .[cutter]B3"));
    CHECK(describe(QStringLiteral("813.54 LEE t 1960 c.3"))
          == QStringLiteral("[class]813.54| [word]LEE| [word]t| [number]1960| [cutter]c.3"));
    CHECK(describe(QStringLiteral("FIK TOE b")) == QStringLiteral("[word]FIK| [word]TOE| [word]b"));
    CHECK(callNumberParts(QString()).isEmpty());
    // Upper-casing that changes the length ("ß" -> "SS") gives the upper-cased text.
    CHECK(describe(QStringLiteral("899 Straße")) == QStringLiteral("[class]899| [word]STRASSE"));
}
