#include "catalogue/Isbn.h"

#include <QCoreApplication>

namespace Aksara::Catalogue::Isbn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue::Isbn", text);
}

QString compact(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QChar(0x2010) || c == QChar(0x2011))
            continue;
        out += c == QLatin1Char('x') ? QLatin1Char('X') : c;
    }
    return out;
}

int isbn13CheckDigit(const QString &first12)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += first12.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

QChar isbn10CheckDigit(const QString &first9)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += first9.at(i).digitValue() * (10 - i);
    const int r = (11 - sum % 11) % 11;
    return r == 10 ? QLatin1Char('X') : QChar(u'0' + r);
}
} // namespace

QString extract(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 0x80)
            out += c;
        else if ((c == QLatin1Char('X') || c == QLatin1Char('x')) && (out.size() == 9 || out.size() == 12))
            out += QLatin1Char('X');
        else if (c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QChar(0x2010) || c == QChar(0x2011)) {
            if (out.isEmpty() && c != QLatin1Char(' '))
                break;
            // a space after the digits ends the number ("1555535291 (cloth)")
            if (c == QLatin1Char(' ') && (out.size() == 10 || out.size() == 13))
                break;
        } else
            break;
    }
    return out;
}

Check check(const QString &text)
{
    const QString s = compact(text.trimmed());
    if (s.isEmpty())
        return Check::Empty;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool digit = c.unicode() >= '0' && c.unicode() <= '9';
        if (!digit && !(c == QLatin1Char('X') && i == 9 && s.size() == 10))
            return Check::BadCharacters;
    }
    if (s.size() == 10)
        return isbn10CheckDigit(s.left(9)) == s.at(9) ? Check::Valid : Check::BadCheckDigit;
    if (s.size() == 13) {
        if (!s.startsWith(QLatin1String("978")) && !s.startsWith(QLatin1String("979")))
            return Check::BadCharacters;
        return isbn13CheckDigit(s) == s.at(12).digitValue() ? Check::Valid : Check::BadCheckDigit;
    }
    return Check::BadLength;
}

std::optional<QString> normalize(const QString &text)
{
    if (check(text) != Check::Valid)
        return std::nullopt;
    const QString s = compact(text.trimmed());
    if (s.size() == 13)
        return s;
    const QString first12 = QStringLiteral("978") + s.left(9);
    return first12 + QString::number(isbn13CheckDigit(first12));
}

QString toIsbn10(const QString &isbn13)
{
    if (isbn13.size() != 13 || !isbn13.startsWith(QLatin1String("978")))
        return {};
    const QString first9 = isbn13.mid(3, 9);
    return first9 + isbn10CheckDigit(first9);
}

QString describe(Check c)
{
    switch (c) {
    case Check::Valid: return tr("valid");
    case Check::Empty: return tr("no ISBN given");
    case Check::BadCharacters: return tr("an ISBN has only digits (and X as the last character of an ISBN-10); an ISBN-13 starts with 978 or 979");
    case Check::BadLength: return tr("an ISBN has 10 or 13 digits");
    case Check::BadCheckDigit: return tr("the check digit is wrong");
    }
    return {};
}

std::optional<QString> normalizeIssn(const QString &text)
{
    QString s;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 0x80)
            s += c;
        else if ((c == QLatin1Char('X') || c == QLatin1Char('x')) && s.size() == 7)
            s += QLatin1Char('X');
        else if (c == QLatin1Char('-') && s.size() == 4)
            continue;
        else if (s.isEmpty() && c == QLatin1Char(' '))
            continue;
        else
            break;
    }
    if (s.size() != 8)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += s.at(i).digitValue() * (8 - i);
    const int r = (11 - sum % 11) % 11;
    const QChar check = r == 10 ? QLatin1Char('X') : QChar(u'0' + r);
    if (check != s.at(7))
        return std::nullopt;
    return s.left(4) + QLatin1Char('-') + s.mid(4);
}

} // namespace Aksara::Catalogue::Isbn
