#include "migrate/Csv.h"

#include <QStringDecoder>

namespace Aksara::Migrate {

namespace {
QString decode(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

QChar detectSeparator(const QString &text, QChar quote)
{
    qsizetype end = 0;
    bool quoted = false;
    for (; end < text.size(); ++end) {
        const QChar c = text.at(end);
        if (c == quote)
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
    }
    const QString first = text.left(end);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const qsizetype n = first.count(c);
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}
} // namespace

CsvFile readCsv(const QByteArray &data, QChar separator, QChar quote)
{
    const QString text = decode(data);
    CsvFile file;
    file.separator = separator.isNull() ? detectSeparator(text, quote) : separator;
    const QChar sep = file.separator;

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // Skip blank lines between records.
        if (text.at(i) == QLatin1Char('\n') || text.at(i) == QLatin1Char('\r')) {
            if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++line;
            continue;
        }
        CsvRecord rec;
        rec.line = line;
        QString field;
        bool quoted = false;     // inside a quoted field
        bool ended = false;      // the record's line end was seen
        bool fieldStarted = false;
        while (i < n) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == quote) {
                    if (i + 1 < n && text.at(i + 1) == quote) {
                        field += quote;
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                field += c;
                ++i;
                continue;
            }
            if (c == quote && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                ++i;
                continue;
            }
            if (c == sep) {
                rec.fields << field;
                field.clear();
                fieldStarted = false;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                ended = true;
                break;
            }
            field += c;
            fieldStarted = true;
            ++i;
        }
        rec.fields << field;
        // The file stopped inside a quoted field, or its last line has no end: the importer decides
        // (a short last line without its end is a truncated record).
        rec.unterminated = !ended;
        rec.openQuote = quoted;
        file.records << rec;
        if (quoted)
            break;
    }
    return file;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace Aksara::Migrate
