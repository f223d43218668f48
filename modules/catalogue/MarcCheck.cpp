#include "catalogue/MarcCheck.h"

#include "catalogue/Isbn.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cstring>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// MARC 21: three ASCII digits, or three ASCII letters all upper or all lower case (local fields
// some systems use); never a mixture such as "24a".
bool isTag(const QString &tag)
{
    if (tag.size() != 3)
        return false;
    bool digits = true, upper = true, lower = true;
    for (QChar ch : tag) {
        digits = digits && isAsciiDigit(ch);
        upper = upper && isAsciiLetter(ch) && ch.isUpper();
        lower = lower && isAsciiLetter(ch) && ch.isLower();
    }
    return digits || upper || lower;
}

bool isLowerOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

QString shown(char c)
{
    return c == ' ' ? tr("blank") : QString(QChar::fromLatin1(c));
}

// The first character MARC cannot hold in a value (C0 controls, which include the record, field
// and subfield separators, and DEL), or -1.
qsizetype badCharacterAt(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        if (u < 0x20 || u == 0x7f)
            return i;
    }
    return -1;
}

// A leader position and the values MARC 21 (bibliographic) allows there. The computed positions
// (lengths and addresses, which the writer fills in) accept digits or blanks.
struct LeaderRule {
    int from;
    int to;
    const char *name;
    const char *allowed; // nullptr: digits or blanks
};

const LeaderRule kLeaderRules[] = {
    {0, 4, QT_TRANSLATE_NOOP("Aksara::Catalogue", "record length"), nullptr},
    {5, 5, QT_TRANSLATE_NOOP("Aksara::Catalogue", "record status"), "acdnp"},
    {6, 6, QT_TRANSLATE_NOOP("Aksara::Catalogue", "type of record"), "acdefgijkmoprt"},
    {7, 7, QT_TRANSLATE_NOOP("Aksara::Catalogue", "bibliographic level"), "abcdims"},
    {8, 8, QT_TRANSLATE_NOOP("Aksara::Catalogue", "type of control"), " a"},
    {9, 9, QT_TRANSLATE_NOOP("Aksara::Catalogue", "character coding scheme"), "a"},
    {10, 10, QT_TRANSLATE_NOOP("Aksara::Catalogue", "indicator count"), "2 "},
    {11, 11, QT_TRANSLATE_NOOP("Aksara::Catalogue", "subfield code count"), "2 "},
    {12, 16, QT_TRANSLATE_NOOP("Aksara::Catalogue", "base address of data"), nullptr},
    {17, 17, QT_TRANSLATE_NOOP("Aksara::Catalogue", "encoding level"), " 12345678uzIJKLM"},
    {18, 18, QT_TRANSLATE_NOOP("Aksara::Catalogue", "descriptive cataloguing form"), " acinu"},
    {19, 19, QT_TRANSLATE_NOOP("Aksara::Catalogue", "multipart resource record level"), " abc"},
    {20, 20, QT_TRANSLATE_NOOP("Aksara::Catalogue", "length of the length-of-field portion"), "4 "},
    {21, 21, QT_TRANSLATE_NOOP("Aksara::Catalogue", "length of the starting-character-position portion"), "5 "},
    {22, 22, QT_TRANSLATE_NOOP("Aksara::Catalogue", "length of the implementation-defined portion"), "0 "},
    {23, 23, QT_TRANSLATE_NOOP("Aksara::Catalogue", "undefined"), "0 "},
};

QString allowedList(const char *allowed)
{
    QStringList out;
    for (const char *p = allowed; *p; ++p)
        out << shown(*p);
    return out.join(QStringLiteral(", "));
}

// Fields MARC 21 does not repeat, among those a cataloguer types: control fields that identify the
// record, the main entry and the title statement.
bool nonRepeatable(const QString &tag)
{
    static const QStringList tags{QStringLiteral("001"), QStringLiteral("003"), QStringLiteral("005"), QStringLiteral("008"),
                                  QStringLiteral("100"), QStringLiteral("110"), QStringLiteral("111"), QStringLiteral("130"),
                                  QStringLiteral("245")};
    return tags.contains(tag);
}

struct Checker {
    QList<RecordProblem> problems;

    void add(const QString &code, RecordProblem p, const QString &what)
    {
        p.code = code;
        p.message = locationOf(p) + QStringLiteral(": ") + what;
        problems << p;
    }
};
} // namespace

QJsonObject RecordProblem::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("field"), field}};
    if (index >= 0 || field == QLatin1String("leader")) {
        if (field != QLatin1String("leader"))
            o.insert(QStringLiteral("tag"), field);
        o.insert(QStringLiteral("index"), index);
    }
    if (occurrence > 0)
        o.insert(QStringLiteral("occurrence"), occurrence);
    if (subfield)
        o.insert(QStringLiteral("subfield"), QString(QChar::fromLatin1(subfield)));
    if (indicator > 0)
        o.insert(QStringLiteral("indicator"), indicator);
    if (position >= 0)
        o.insert(QStringLiteral("position"), position);
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    return o;
}

QString locationOf(const RecordProblem &p)
{
    QString where;
    if (p.field == QLatin1String("leader")) {
        where = p.position >= 0 ? tr("Leader/%1").arg(p.position, 2, 10, QLatin1Char('0')) : tr("Leader");
    } else {
        where = p.occurrence > 1 ? tr("Field %1 #%2").arg(p.field).arg(p.occurrence) : tr("Field %1").arg(p.field);
        if (p.subfield)
            where += QStringLiteral(" $") + QChar::fromLatin1(p.subfield);
        else if (p.indicator > 0)
            where += QStringLiteral(" ") + tr("indicator %1").arg(p.indicator);
        else if (p.position >= 0)
            where += QStringLiteral("/") + QStringLiteral("%1").arg(p.position, 2, 10, QLatin1Char('0'));
    }
    return where;
}

QList<RecordProblem> checkMarc(const MarcRecord &record)
{
    Checker c;
    RecordProblem leader;
    leader.field = QStringLiteral("leader");
    const QByteArray &l = record.leader;
    if (l.size() != 24) {
        c.add(QStringLiteral("catalogue.marc_bad_leader"), leader,
              tr("the leader has %1 characters; it must have 24.").arg(l.size()));
    } else {
        for (const LeaderRule &rule : kLeaderRules) {
            for (int pos = rule.from; pos <= rule.to; ++pos) {
                const char ch = l.at(pos);
                const bool ok = rule.allowed ? std::strchr(rule.allowed, ch) != nullptr && ch != 0
                                             : (ch == ' ' || (ch >= '0' && ch <= '9'));
                if (ok)
                    continue;
                RecordProblem p = leader;
                p.position = pos;
                const QString name = QCoreApplication::translate("Aksara::Catalogue", rule.name);
                QString what;
                if (pos == 9)
                    what = tr("%1 is \"%2\": Aksara keeps records in Unicode (UTF-8), so it must be a.").arg(name, shown(ch));
                else if (rule.allowed)
                    what = tr("%1 is \"%2\"; it must be one of: %3.").arg(name, shown(ch), allowedList(rule.allowed));
                else
                    what = tr("%1 is \"%2\"; it must be digits (or blanks: Aksara computes it).").arg(name, shown(ch));
                c.add(QStringLiteral("catalogue.marc_bad_leader"), p, what);
                break; // one reason per rule
            }
        }
    }

    QHash<QString, int> seen;
    bool has245 = false;
    for (int i = 0; i < record.fields.size(); ++i) {
        const MarcField &f = record.fields.at(i);
        RecordProblem at;
        at.field = f.tag;
        at.index = i;
        at.occurrence = ++seen[f.tag];

        if (!isTag(f.tag)) {
            c.add(QStringLiteral("catalogue.marc_bad_tag"), at,
                  tr("\"%1\" is not a tag: a tag is three digits (245), or three letters of one case for a local field.")
                      .arg(f.tag));
            continue;
        }
        if (f.tag == QLatin1String("000")) {
            c.add(QStringLiteral("catalogue.marc_bad_tag"), at, tr("000 is not a field (the leader is edited on its own)."));
            continue;
        }
        if (at.occurrence == 2 && nonRepeatable(f.tag))
            c.add(QStringLiteral("catalogue.marc_repeated_field"), at, tr("field %1 may appear only once.").arg(f.tag));

        if (MarcField::isControlTag(f.tag)) {
            if (!f.isControl()) {
                c.add(QStringLiteral("catalogue.marc_control_field_with_subfields"), at,
                      tr("%1 is a control field (001–009): it holds its data as it is, without indicators or subfields.")
                          .arg(f.tag));
                continue;
            }
            if (f.data.isEmpty()) {
                c.add(QStringLiteral("catalogue.marc_empty_field"), at, tr("the field is empty."));
                continue;
            }
            if (const qsizetype bad = badCharacterAt(f.data); bad >= 0) {
                RecordProblem p = at;
                p.position = int(bad);
                c.add(QStringLiteral("catalogue.marc_bad_character"), p,
                      tr("holds a control character (U+%1), which a MARC record cannot carry.")
                          .arg(int(f.data.at(bad).unicode()), 4, 16, QLatin1Char('0')));
            }
            if (f.tag == QLatin1String("008") && f.data.size() != 40)
                c.add(QStringLiteral("catalogue.marc_bad_control_field"), at,
                      tr("008 must be 40 characters long; it has %1.").arg(f.data.size()));
            continue;
        }

        if (f.isControl()) {
            c.add(QStringLiteral("catalogue.marc_data_field_as_control"), at,
                  tr("%1 is a data field: it needs two indicators and subfields ($a …).").arg(f.tag));
            continue;
        }
        for (int k = 1; k <= 2; ++k) {
            const char ind = k == 1 ? f.ind1 : f.ind2;
            if (ind == ' ' || isLowerOrDigit(ind))
                continue;
            RecordProblem p = at;
            p.indicator = k;
            c.add(QStringLiteral("catalogue.marc_bad_indicator"), p,
                  tr("\"%1\" is not an indicator: an indicator is a digit, a lowercase letter or blank.")
                      .arg(QString(QChar::fromLatin1(ind))));
        }
        if (f.subfields.isEmpty()) {
            c.add(QStringLiteral("catalogue.marc_empty_field"), at, tr("the field has no subfields."));
            continue;
        }
        for (const MarcSubfield &s : f.subfields) {
            RecordProblem p = at;
            p.subfield = s.code;
            if (!isLowerOrDigit(s.code)) {
                p.subfield = 0;
                c.add(QStringLiteral("catalogue.marc_bad_subfield_code"), p,
                      tr("\"%1\" is not a subfield code: a code is a lowercase letter or a digit.")
                          .arg(s.code > ' ' && s.code < 0x7f ? QString(QChar::fromLatin1(s.code)) : tr("blank")));
                continue;
            }
            if (s.value.trimmed().isEmpty()) {
                c.add(QStringLiteral("catalogue.marc_empty_field"), p, tr("the subfield is empty."));
                continue;
            }
            if (const qsizetype bad = badCharacterAt(s.value); bad >= 0)
                c.add(QStringLiteral("catalogue.marc_bad_character"), p,
                      tr("holds a control character (U+%1), which a MARC record cannot carry.")
                          .arg(int(s.value.at(bad).unicode()), 4, 16, QLatin1Char('0')));
        }
        if (f.tag == QLatin1String("245") && at.occurrence == 1) {
            has245 = true;
            if (f.value('a').trimmed().isEmpty() && f.value('k').trimmed().isEmpty())
                c.add(QStringLiteral("catalogue.marc_missing_245"), at, tr("the title statement has no title ($a)."));
        }
    }
    if (!has245) {
        RecordProblem p;
        p.field = QStringLiteral("245");
        c.add(QStringLiteral("catalogue.marc_missing_245"), p,
              tr("the record has no title statement; every record needs one, with the title in $a."));
    }
    return c.problems;
}

QList<RecordProblem> checkSimpleRecord(const SimpleRecord &r, int currentYear)
{
    QList<RecordProblem> out;
    auto add = [&](const char *code, const char *field, const QString &message) {
        RecordProblem p;
        p.code = QString::fromLatin1(code);
        p.field = QString::fromLatin1(field);
        p.message = message;
        out << p;
    };
    if (r.title.trimmed().isEmpty())
        add("catalogue.record_without_title", "title", tr("A record needs a title."));
    if (!r.isbn.trimmed().isEmpty()) {
        const Isbn::Check check = Isbn::check(r.isbn);
        if (check != Isbn::Check::Valid)
            add("catalogue.bad_isbn", "isbn", tr("\"%1\" is not an ISBN: %2.").arg(r.isbn.trimmed(), Isbn::describe(check)));
    }
    if (r.year != 0 && (r.year < 1000 || r.year > currentYear + 1))
        add("catalogue.bad_year", "year", tr("%1 is not a year of publication (from 1000 to %2).").arg(r.year).arg(currentYear + 1));
    if (!r.language.isEmpty()) {
        bool ok = r.language.size() == 3;
        for (QChar ch : r.language)
            ok = ok && ch.unicode() >= 'a' && ch.unicode() <= 'z';
        if (!ok)
            add("catalogue.bad_language", "language",
                tr("\"%1\" is not a MARC language code (three lowercase letters: ind, eng, jav …).").arg(r.language));
    }
    if (RecordTypes::normalize(r.recordType).isEmpty())
        add("catalogue.bad_record_type", "type",
            tr("\"%1\" is not a record type (%2).").arg(r.recordType, RecordTypes::all().join(QStringLiteral(", "))));
    return out;
}

Error refusalOf(const QList<RecordProblem> &problems)
{
    QJsonArray reasons;
    QStringList messages;
    for (const RecordProblem &p : problems) {
        reasons << p.toJson();
        messages << p.message;
    }
    const QString code = problems.isEmpty() ? QStringLiteral("catalogue.bad_record") : problems.first().code;
    return Error::refused(code, messages.join(QLatin1Char(' ')), QJsonObject{{QStringLiteral("reasons"), reasons}});
}

} // namespace Aksara::Catalogue
