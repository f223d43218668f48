#include "circulation/CardNumber.h"

#include "circulation/Internal.h"
#include "circulation/SettingKeys.h"

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

QString checkName(Check check)
{
    switch (check) {
    case Check::Luhn: return QStringLiteral("luhn");
    case Check::Damm: return QStringLiteral("damm");
    case Check::None: return QStringLiteral("none");
    }
    return QStringLiteral("luhn");
}

bool parseCheck(const QString &text, Check *check)
{
    for (Check c : {Check::Luhn, Check::Damm, Check::None}) {
        if (text == checkName(c)) {
            *check = c;
            return true;
        }
    }
    return false;
}

Result<Format> format(Database &db)
{
    Format f;
    auto q = rows(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"),
                  {SettingKeys::CardPrefix, SettingKeys::CardDigits, SettingKeys::CardCheck});
    if (!q.ok())
        return q.error();
    for (const QVariantList &r : std::as_const(*q)) {
        const QString key = r[0].toString();
        const QString value = r[1].toString().trimmed();
        if (key == SettingKeys::CardPrefix) {
            f.prefix = value;
        } else if (key == SettingKeys::CardDigits) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (ok && n >= 5 && n <= 12)
                f.digits = n;
        } else {
            parseCheck(value, &f.check);
        }
    }
    return f;
}

int dammDigit(const QString &digits)
{
    // The order-10 quasigroup of H. Michael Damm's thesis (2004): weakly totally antisymmetric,
    // so every single-digit error and every transposition of neighbouring digits changes the result.
    static const int table[10][10] = {{0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
                                      {4, 2, 0, 6, 8, 7, 1, 3, 5, 9}, {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
                                      {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
                                      {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
                                      {9, 4, 3, 8, 6, 1, 7, 2, 0, 5}, {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};
    int interim = 0;
    for (QChar c : digits) {
        const int d = c.digitValue();
        if (d < 0)
            return -1;
        interim = table[interim][d];
    }
    return interim;
}

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

QString make(const Format &format, qint64 sequence)
{
    const QString body = QStringLiteral("%1").arg(sequence, format.digits, 10, QLatin1Char('0'));
    switch (format.check) {
    case Check::Luhn: return format.prefix + body + QString::number(luhnDigit(body));
    case Check::Damm: return format.prefix + body + QString::number(dammDigit(body));
    case Check::None: return format.prefix + body;
    }
    return format.prefix + body;
}

QString make(const QString &prefix, qint64 sequence)
{
    return make(Format{prefix, kSequenceDigits, Check::Luhn}, sequence);
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

Status validate(const QString &n, Check check)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]{0,6})([0-9]{2,18})$"));
    const auto m = re.match(n);
    if (n.isEmpty())
        return Error::refused(QStringLiteral("circulation.bad_card_number"), tr("No card number was given."));
    if (!m.hasMatch())
        return Error::refused(QStringLiteral("circulation.bad_card_number"),
                              tr("\"%1\" is not a card number: a card number is a few letters followed by digits.").arg(n));
    if (check == Check::None)
        return {};
    const QString digits = m.captured(2);
    const QString body = digits.left(digits.size() - 1);
    const int expected = check == Check::Damm ? dammDigit(body) : luhnDigit(body);
    if (expected != digits.right(1).toInt())
        return Error::refused(QStringLiteral("circulation.bad_card_number"),
                              tr("The card number %1 has a wrong check digit: it was mistyped or misread. Scan or "
                                 "type it again.")
                                  .arg(n));
    return {};
}

bool isLegacyShape(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9./_]{1,32}$"));
    return re.match(n).hasMatch();
}

qint64 sequenceOf(const QString &number, const Format &format)
{
    if (!number.startsWith(format.prefix))
        return -1;
    const QString digits = number.mid(format.prefix.size());
    const int checkDigits = format.check == Check::None ? 0 : 1;
    if (digits.size() < 1 + checkDigits)
        return -1;
    for (QChar c : digits) {
        if (!c.isDigit())
            return -1;
    }
    bool ok = false;
    const qint64 v = digits.left(digits.size() - checkDigits).toLongLong(&ok);
    return ok ? v : -1;
}

qint64 sequenceOf(const QString &number, const QString &prefix)
{
    return sequenceOf(number, Format{prefix, kSequenceDigits, Check::Luhn});
}

} // namespace Aksara::Circulation::CardNumber
