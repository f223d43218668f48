#include "catalogue/MarcText.h"

#include "catalogue/MarcIo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// Where a subfield starts: a "$" at the start of the subfield text or after a space, its code,
// then a space or the end of the line ("$c $19.95" is the price $19.95 in $c).
bool delimiterAt(const QString &s, qsizetype i)
{
    return s.at(i) == QLatin1Char('$') && (i == 0 || s.at(i - 1) == QLatin1Char(' ')) && i + 1 < s.size()
           && !s.at(i + 1).isSpace() && (i + 2 == s.size() || s.at(i + 2) == QLatin1Char(' '));
}

RecordProblem problem(const QString &code, const QString &tag, const QString &what)
{
    RecordProblem p;
    p.code = code;
    p.field = tag;
    p.message = what;
    return p;
}

// The message of a line-syntax problem, with where it is.
void place(RecordProblem &p, int line)
{
    p.line = line;
    p.message = line > 0 ? tr("Line %1: %2").arg(line).arg(p.message) : p.message;
}
} // namespace

QString writeMarcLine(const MarcField &f)
{
    if (f.isControl())
        return f.tag + QLatin1Char(' ') + f.data;
    QString out = f.tag + QLatin1Char(' ') + QChar::fromLatin1(f.ind1) + QChar::fromLatin1(f.ind2);
    for (const MarcSubfield &s : f.subfields)
        out += QStringLiteral(" $") + QChar::fromLatin1(s.code) + QLatin1Char(' ') + s.value;
    return out;
}

QString writeMarcLines(const MarcRecord &record)
{
    QString out = QString::fromLatin1(record.leader) + QLatin1Char('\n');
    for (const MarcField &f : record.fields)
        out += writeMarcLine(f) + QLatin1Char('\n');
    return out;
}

Result<MarcField> readMarcLine(const QString &raw)
{
    QString line = raw;
    while (line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    if (line.isEmpty() || line.at(0).isSpace())
        return refusalOf({problem(QStringLiteral("catalogue.marc_bad_line"), QString(),
                                  tr("the line does not start with a tag (three digits or letters, then a space)."))});
    MarcField f;
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    f.tag = space < 0 ? line : line.left(space);
    const QString rest = space < 0 ? QString() : line.mid(space + 1);
    if (MarcField::isControlTag(f.tag)) {
        f.control = true;
        f.data = rest;
        return f;
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (delimiterAt(rest, i)) {
            first = i;
            break;
        }
    }
    // A "$" standing alone where the first subfield should start has lost its code.
    static const QRegularExpression lonely(QStringLiteral("^[^$]{0,3}\\$( |$)"));
    if (lonely.match(rest).hasMatch())
        return refusalOf({problem(QStringLiteral("catalogue.marc_bad_subfield_code"), f.tag,
                                  tr("field %1 has a \"$\" without a subfield code after it.").arg(f.tag))});
    QString head = first < 0 ? rest : rest.left(first);
    if (first < 0 && head.trimmed().size() > 2) {
        static const QRegularExpression glued(QStringLiteral("(^| )\\$[a-z0-9]\\S"));
        return refusalOf({problem(QStringLiteral("catalogue.marc_bad_line"), f.tag,
                                  glued.match(rest).hasMatch()
                                      ? tr("field %1: write a space after each subfield code (\"$a Judul\", not \"$aJudul\").").arg(f.tag)
                                      : tr("field %1 has no subfields: write its text after $a (for example \"%1 00 $a …\").").arg(f.tag))});
    }
    head.replace(QLatin1Char('#'), QLatin1Char(' '));
    if (head.size() > 3 || (head.size() == 3 && head.at(2) != QLatin1Char(' ')))
        return refusalOf({problem(QStringLiteral("catalogue.marc_bad_indicator"), f.tag,
                                  tr("field %1 has \"%2\" before its first subfield: write exactly two indicators "
                                     "(a blank as # or a space).")
                                      .arg(f.tag, head.trimmed()))});
    for (qsizetype k = 0; k < 2; ++k) {
        const QChar c = k < head.size() ? head.at(k) : QLatin1Char(' ');
        if (c.unicode() > 0x7e)
            return refusalOf({problem(QStringLiteral("catalogue.marc_bad_indicator"), f.tag,
                                      tr("field %1 has the indicator \"%2\": an indicator is a digit, a lowercase letter or blank.")
                                          .arg(f.tag, QString(c)))});
        (k == 0 ? f.ind1 : f.ind2) = char(c.unicode());
    }
    if (first < 0)
        return f;
    const QString body = rest.mid(first);
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (delimiterAt(body, i))
            starts << i;
    }
    for (qsizetype n = 0; n < starts.size(); ++n) {
        const qsizetype at = starts.at(n);
        const qsizetype end = n + 1 < starts.size() ? starts.at(n + 1) : body.size();
        const QChar code = body.at(at + 1);
        if (code.unicode() > 0x7e)
            return refusalOf({problem(QStringLiteral("catalogue.marc_bad_subfield_code"), f.tag,
                                      tr("field %1 has the subfield code \"%2\": a code is a lowercase letter or a digit.")
                                          .arg(f.tag, QString(code)))});
        f.subfields << MarcSubfield{char(code.unicode()), body.mid(at + 2, end - at - 2).trimmed()};
    }
    return f;
}

Result<MarcEntry> readMarcLines(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The lines of each record (blank lines end one).
    QList<QList<int>> records;
    bool inRecord = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (isBlank(lines.at(i))) {
            inRecord = false;
            continue;
        }
        if (!inRecord)
            records << QList<int>();
        inRecord = true;
        records.last() << i;
    }
    if (records.isEmpty())
        return refusalOf({problem(QStringLiteral("catalogue.marc_no_record"), QString(), tr("There is no record in the text."))});
    if (records.size() > 1) {
        RecordProblem p = problem(QStringLiteral("catalogue.marc_several_records"), QString(),
                                  tr("The text holds %1 records (a blank line ends a record); give one.").arg(records.size()));
        place(p, records.at(1).first() + 1);
        return refusalOf({p});
    }
    const QList<int> &mine = records.first();
    MarcEntry entry;
    QList<RecordProblem> problems;
    QString leader = lines.at(mine.first());
    while (leader.endsWith(QLatin1Char('\r')))
        leader.chop(1);
    if (leader.startsWith(QLatin1String("LDR ")))
        leader = leader.mid(4).trimmed();
    entry.leaderLine = mine.first() + 1;
    bool ascii = true;
    for (QChar c : leader)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (!ascii || leader.size() != 24) {
        RecordProblem p = problem(QStringLiteral("catalogue.marc_bad_leader"), QStringLiteral("leader"),
                                  tr("the first line must be the leader, 24 characters such as \"00000nam a2200000 i 4500\"."));
        place(p, entry.leaderLine);
        problems << p;
    } else {
        entry.record.leader = leader.toLatin1();
    }
    for (qsizetype k = 1; k < mine.size(); ++k) {
        const int lineNo = mine.at(k) + 1;
        auto field = readMarcLine(lines.at(mine.at(k)));
        if (!field.ok()) {
            for (const auto &v : field.error().details.value(QStringLiteral("reasons")).toArray()) {
                RecordProblem p = problem(v.toObject().value(QStringLiteral("code")).toString(),
                                          v.toObject().value(QStringLiteral("field")).toString(),
                                          v.toObject().value(QStringLiteral("message")).toString());
                place(p, lineNo);
                problems << p;
            }
            continue;
        }
        entry.record.fields << *field;
        entry.fieldLines << lineNo;
    }
    if (!problems.isEmpty())
        return refusalOf(problems);
    return entry;
}

Result<MarcEntry> readMarcEntry(const QByteArray &bytes)
{
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    if (start < bytes.size() && bytes.at(start) == '<') {
        auto r = parseMarcXml(bytes, true);
        if (!r.ok())
            return r.error();
        MarcEntry e;
        e.record = *r;
        return e;
    }
    if (bytes.contains('\x1D')) {
        auto reader = MarcReader::fromBytes(bytes, MarcFormat::Iso2709);
        MarcReadItem item;
        if (!reader->next(item))
            return refusalOf({problem(QStringLiteral("catalogue.marc_no_record"), QString(), tr("There is no record in the file."))});
        if (!item.ok())
            return item.error;
        MarcReadItem more;
        if (reader->next(more))
            return refusalOf({problem(QStringLiteral("catalogue.marc_several_records"), QString(),
                                      tr("The file holds more than one record; give one."))});
        MarcEntry e;
        e.record = std::move(*item.record);
        return e;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return Error::refused(QStringLiteral("catalogue.marc_bad_utf8"),
                              tr("The text is not UTF-8 (byte %1).").arg(bad + 1));
    return readMarcLines(QString::fromUtf8(bytes));
}

void addLines(Error &error, const MarcEntry &entry)
{
    QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
    if (reasons.isEmpty())
        return;
    QStringList messages;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        QJsonObject o = reasons.at(i).toObject();
        const QString field = o.value(QStringLiteral("field")).toString();
        const int index = o.value(QStringLiteral("index")).toInt(-2);
        int line = 0;
        if (field == QLatin1String("leader"))
            line = entry.leaderLine;
        else if (index >= 0 && index < entry.fieldLines.size())
            line = entry.fieldLines.at(index);
        if (line > 0 && !o.contains(QStringLiteral("line"))) {
            o.insert(QStringLiteral("line"), line);
            o.insert(QStringLiteral("message"), tr("Line %1: %2").arg(line).arg(o.value(QStringLiteral("message")).toString()));
            reasons[i] = o;
        }
        messages << o.value(QStringLiteral("message")).toString();
    }
    error.details.insert(QStringLiteral("reasons"), reasons);
    error.message = messages.join(QLatin1Char(' '));
}

} // namespace Aksara::Catalogue
