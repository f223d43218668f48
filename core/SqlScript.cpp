#include "core/SqlScript.h"

#include <QRegularExpression>

namespace Aksara {

QStringList splitSqlScript(const QString &script)
{
    QStringList out;
    QString current;
    bool inQuote = false;
    bool inDollar = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endWord(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression beginWord(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);

    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out << s;
        current.clear();
    };

    const int n = int(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!inQuote && !inDollar && c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (!inDollar && c == QLatin1Char('\'')) {
            inQuote = !inQuote;
            current += c;
            continue;
        }
        if (!inQuote && c == QLatin1Char('$') && i + 1 < n && script.at(i + 1) == QLatin1Char('$')) {
            inDollar = !inDollar;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (c == QLatin1Char(';') && !inQuote && !inDollar) {
            const bool triggerBody = triggerStart.match(current).hasMatch() && beginWord.match(current).hasMatch();
            if (triggerBody && !endWord.match(current).hasMatch()) {
                current += c; // a statement inside the trigger body
                continue;
            }
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return out;
}

} // namespace Aksara
