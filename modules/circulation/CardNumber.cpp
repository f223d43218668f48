#include "circulation/CardNumber.h"

#include "circulation/Internal.h"

#include <QCoreApplication>

#include <QRegularExpression>

namespace Aksara::Circulation::CardNumber {

namespace {
// The context lupdate records for free functions of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Circulation::CardNumber", text);
}
} // namespace

int luhnDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true; // the rightmost digit of the payload is doubled (the check digit will follow it)
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return -1;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

bool isValidPrefix(const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,6}$"));
    return re.match(prefix).hasMatch();
}

QString make(const QString &prefix, qint64 sequence)
{
    const QString body = QStringLiteral("%1").arg(sequence, kSequenceDigits, 10, QLatin1Char('0'));
    return prefix + body + QString::number(luhnDigit(body));
}

QString normalize(const QString &typed)
{
    QString s;
    s.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        s += c.toUpper();
    }
    return s;
}

Status validate(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]{0,6})([0-9]{2,18})$"));
    const auto m = re.match(n);
    if (n.isEmpty())
        return Error::refused(QStringLiteral("circulation.bad_card_number"), tr("No card number was given."));
    if (!m.hasMatch())
        return Error::refused(QStringLiteral("circulation.bad_card_number"),
                              tr("\"%1\" is not a card number: a card number is a few letters followed by digits.").arg(n));
    const QString digits = m.captured(2);
    const QString body = digits.left(digits.size() - 1);
    if (luhnDigit(body) != digits.right(1).toInt())
        return Error::refused(QStringLiteral("circulation.bad_card_number"),
                              tr("The card number %1 has a wrong check digit: it was mistyped or misread. Scan or "
                                 "type it again.")
                                  .arg(n));
    return {};
}

qint64 sequenceOf(const QString &number, const QString &prefix)
{
    if (!number.startsWith(prefix))
        return -1;
    const QString digits = number.mid(prefix.size());
    if (digits.size() < 2)
        return -1;
    bool ok = false;
    const qint64 v = digits.left(digits.size() - 1).toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace Aksara::Circulation::CardNumber
