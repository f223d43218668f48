#include "catalogue/TextFold.h"

#include <QSet>

namespace Aksara::Catalogue::Text {

namespace {
// Marks that are diacritics for searching purposes: removing them makes "théâtre" = "theatre",
// vocalised Hebrew and Arabic equal to the unvocalised spelling, and "ʻAmmān" = "amman".
bool removable(char32_t c)
{
    if (c < 0x02B0)
        return false;
    return (c >= 0x02B0 && c <= 0x02FF) // modifier letters (romanisation ʻ ʼ ʹ) and spacing accents
           || (c >= 0x0300 && c <= 0x036F) // combining diacritical marks
           || (c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5
           || c == 0x05C7 // Hebrew points and accents
           || (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640
           || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8
           || (c >= 0x06EA && c <= 0x06ED) // Arabic harakat, tatweel, Quranic marks
           || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
           || (c >= 0xFE20 && c <= 0xFE2F) // combining half marks (MARC-8 double diacritics)
           || c == 0x200C || c == 0x200D || c == 0xFEFF; // joiners, BOM
}

// Letters without a decomposition that searchers nevertheless type without their stroke.
const char *specialFold(char32_t c)
{
    switch (c) {
    case 0x00F8: return "o"; // ø
    case 0x0111: return "d"; // đ
    case 0x00F0: return "d"; // ð
    case 0x0142: return "l"; // ł
    case 0x0140: return "l"; // ŀ
    case 0x0127: return "h"; // ħ
    case 0x0131: return "i"; // ı
    case 0x0167: return "t"; // ŧ
    case 0x00DF: return "ss"; // ß
    case 0x00E6: return "ae"; // æ
    case 0x0153: return "oe"; // œ
    case 0x00FE: return "th"; // þ
    case 0x0138: return "k"; // ĸ
    default: return nullptr;
    }
}

bool isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

void emitToken(QString &token, QString &out, QStringList *list, bool nonAscii)
{
    if (token.isEmpty())
        return;
    if (nonAscii)
        token = token.normalized(QString::NormalizationForm_C);
    if (token.size() > kMaxTokenLength)
        token.truncate(kMaxTokenLength);
    if (list) {
        list->append(token);
    } else {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += token;
    }
    token.clear();
}

void tokenize(const QString &text, QString &out, QStringList *list)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString token;
    if (ascii) {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                token += c;
            else if (u >= 'A' && u <= 'Z')
                token += QChar(u + 32);
            else
                emitToken(token, out, list, false);
        }
        emitToken(token, out, list, false);
        return;
    }
    // Compatibility decomposition: ligatures (ﬁ), full-width forms and Arabic presentation forms
    // become their plain letters, and accents become separate marks that can be dropped.
    const QString d = text.normalized(QString::NormalizationForm_KD);
    bool tokenNonAscii = false;
    for (qsizetype i = 0; i < d.size(); ++i) {
        char32_t c = d.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < d.size() && d.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(d.at(i), d.at(i + 1));
            ++i;
        }
        if (removable(c))
            continue;
        if (!isTokenChar(c)) {
            emitToken(token, out, list, tokenNonAscii);
            tokenNonAscii = false;
            continue;
        }
        c = QChar::toCaseFolded(c);
        if (const char *s = specialFold(c)) {
            token += QLatin1String(s);
            continue;
        }
        if (c >= 0x80)
            tokenNonAscii = true;
        if (c > 0xFFFF) {
            token += QChar(QChar::highSurrogate(c));
            token += QChar(QChar::lowSurrogate(c));
        } else {
            token += QChar(char16_t(c));
        }
    }
    emitToken(token, out, list, tokenNonAscii);
}
} // namespace

QString nfc(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x300)
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

QStringList tokens(const QString &text)
{
    QStringList list;
    QString unused;
    tokenize(text, unused, &list);
    return list;
}

void appendTokens(const QString &text, QString &out)
{
    tokenize(text, out, nullptr);
}

QString trimIsbd(const QString &text)
{
    static const QSet<QString> abbreviations{
        QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("co"),  QStringLiteral("ed"),
        QStringLiteral("eds"), QStringLiteral("etc"), QStringLiteral("jr"),  QStringLiteral("sr"),
        QStringLiteral("bros"), QStringLiteral("st"), QStringLiteral("dr"),  QStringLiteral("no"),
        QStringLiteral("vol"), QStringLiteral("corp"), QStringLiteral("dept"), QStringLiteral("ca"),
        QStringLiteral("cie"), QStringLiteral("pt"),  QStringLiteral("tbk"), QStringLiteral("cv")};
    QString s = text.trimmed();
    for (;;) {
        const qsizetype before = s.size();
        while (!s.isEmpty()) {
            const QChar c = s.back();
            if (c == QLatin1Char('/') || c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char(',')
                || c == QLatin1Char('=') || c.isSpace())
                s.chop(1);
            else
                break;
        }
        if (s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1String("..."))) {
            qsizetype i = s.size() - 2;
            while (i >= 0 && s.at(i).isLetter())
                --i;
            const QString word = s.mid(i + 1, s.size() - 2 - i);
            const bool initial = word.size() == 1 && word.at(0).isUpper();
            if (!initial && !abbreviations.contains(word.toLower()) && !(i >= 0 && s.at(i) == QLatin1Char('.')))
                s.chop(1);
        }
        if (s.size() == before)
            break;
    }
    return s;
}

} // namespace Aksara::Catalogue::Text
