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

QString callNumberSortKey(const QString &callNumber)
{
    const QString s = callNumber.trimmed().toUpper();
    QStringList parts;
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
                if (!parts.isEmpty() && !parts.last().at(0).isDigit() && afterLetter)
                    parts.last() += QLatin1Char(' ') + key; // LC class letters + number stay one part
                else
                    parts << key;
                classDone = true;
            } else if (afterLetter || afterDot) {
                // a cutter number ("U5", "G35") or a decimal: compares as a fraction
                if (!parts.isEmpty())
                    parts.last() += QLatin1Char('.') + digits;
                else
                    parts << digits;
            } else {
                parts << padded(digits);
            }
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && s.at(j).isLetter())
                ++j;
            parts << s.mid(i, j - i);
            i = j;
        } else {
            ++i;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Aksara::Collection
