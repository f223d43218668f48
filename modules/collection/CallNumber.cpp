#include "collection/CallNumber.h"

#include <QStringList>

namespace Aksara::Collection {

namespace {
QString padded(const QString &digits)
{
    QString d = digits;
    while (d.size() > 1 && d.startsWith(QLatin1Char('0')))
        d.remove(0, 1);
    return d.rightJustified(9, QLatin1Char('0'));
}
} // namespace

QList<CallNumberPart> callNumberParts(const QString &callNumber)
{
    const QString trimmed = callNumber.trimmed();
    const QString s = trimmed.toUpper();
    // Texts as written, unless upper-casing changed the length (as "ß" -> "SS" does).
    const QString &original = s.size() == trimmed.size() ? trimmed : s;
    QList<CallNumberPart> parts;
    qsizetype start = 0, end = 0; // the last part's span
    auto add = [&](CallNumberPart::Kind kind, qsizetype from, qsizetype to, const QString &key) {
        parts.append({kind, original.mid(from, to - from), original.mid(end, from - end), key});
        start = from;
        end = to;
    };
    auto extendLast = [&](qsizetype to, const QString &keySuffix) {
        CallNumberPart &last = parts.last();
        last.text = original.mid(start, to - start);
        last.key += keySuffix;
        end = to;
    };
    bool classDone = false;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && s.at(j).isDigit())
                ++j;
            const QString digits = s.mid(i, j - i);
            const bool afterLetter = i > 0 && s.at(i - 1).isLetter();
            const bool afterDot = i > 0 && s.at(i - 1) == QLatin1Char('.');
            if (!classDone) {
                // The class number: integer part, then a decimal fraction whose digit groups may
                // be separated by spaces ("899.221 3").
                QString key = padded(digits);
                if (j < n && s.at(j) == QLatin1Char('.') && j + 1 < n && s.at(j + 1).isDigit()) {
                    qsizetype k = j + 1;
                    QString fraction;
                    while (k < n) {
                        if (s.at(k).isDigit()) {
                            fraction += s.at(k);
                            ++k;
                        } else if (s.at(k) == QLatin1Char(' ') && k + 1 < n && s.at(k + 1).isDigit()) {
                            ++k;
                        } else {
                            break;
                        }
                    }
                    key += QLatin1Char('.') + fraction;
                    j = k;
                }
                // Letters directly before the class number are an LC class ("HV8699").
                if (afterLetter && !parts.isEmpty() && parts.last().kind == CallNumberPart::Kind::Word)
                    parts.last().kind = CallNumberPart::Kind::ClassLetters;
                add(CallNumberPart::Kind::ClassNumber, i, j, key);
                classDone = true;
            } else if (afterLetter || afterDot) {
                // a cutter number ("U5", "G35") or a decimal: compares as a fraction
                if (!parts.isEmpty()) {
                    if (parts.last().kind == CallNumberPart::Kind::Word)
                        parts.last().kind = CallNumberPart::Kind::Cutter;
                    extendLast(j, QLatin1Char('.') + digits);
                } else {
                    add(CallNumberPart::Kind::Number, i, j, digits);
                }
            } else {
                add(CallNumberPart::Kind::Number, i, j, padded(digits));
            }
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && s.at(j).isLetter())
                ++j;
            add(CallNumberPart::Kind::Word, i, j, s.mid(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    return parts;
}

QString callNumberSortKey(const QString &callNumber)
{
    QStringList keys;
    for (const CallNumberPart &p : callNumberParts(callNumber))
        keys << p.key;
    return keys.join(QLatin1Char(' '));
}

} // namespace Aksara::Collection
