#include "catalogue/BibFields.h"

#include "catalogue/Isbn.h"
#include "catalogue/TextFold.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Aksara::Catalogue {

QStringList RecordTypes::all()
{
    return {Book, Ebook, Magazine, Map, Score, Audiobook, Music, Video, Software, Picture, Kit, Object, Manuscript, Mixed};
}

QString RecordTypes::normalize(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (all().contains(t))
        return t;
    if (t == QLatin1String("dvd") || t == QLatin1String("film") || t == QLatin1String("videorecording"))
        return Video;
    if (t == QLatin1String("serial") || t == QLatin1String("journal") || t == QLatin1String("periodical"))
        return Magazine;
    if (t == QLatin1String("sound") || t == QLatin1String("audio"))
        return Audiobook;
    if (t == QLatin1String("e-book"))
        return Ebook;
    return {};
}

namespace {
QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a << s;
    return a;
}

QString clean(const QString &s)
{
    return Text::trimIsbd(Text::nfc(s));
}

// The tag a field stands for: its own, or for an 880 the tag named in $6 ("245-01/(2/r").
QString effectiveTag(const MarcField &f)
{
    if (f.tag != QLatin1String("880"))
        return f.tag;
    const QString link = f.value('6');
    return link.size() >= 3 ? link.left(3) : QString();
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

QString nameOf(const MarcField &f, const QString &tag)
{
    const char *codes = tag.endsWith(QLatin1String("00")) ? "abcqd" : tag.endsWith(QLatin1String("10")) ? "abcdn" : "acdenq";
    QStringList parts;
    for (const MarcSubfield &s : f.subfields) {
        if (std::strchr(codes, s.code) && s.code)
            parts << s.value.trimmed();
    }
    return clean(parts.join(QLatin1Char(' ')));
}

QString subjectOf(const MarcField &f)
{
    QString head;
    QStringList subdivisions;
    for (const MarcSubfield &s : f.subfields) {
        if (!s.code)
            continue;
        if (std::strchr("vxyz", s.code))
            subdivisions << clean(s.value);
        else if (std::strchr("abcdfgklmnopqrst", s.code)) {
            if (!head.isEmpty())
                head += QLatin1Char(' ');
            head += s.value.trimmed();
        }
    }
    QStringList parts;
    if (!head.isEmpty())
        parts << clean(head);
    for (const QString &s : std::as_const(subdivisions)) {
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(QStringLiteral(" -- "));
}

int plausibleYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(1[0-9]{3}|20[0-9]{2})"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString recordTypeOf(const MarcRecord &r)
{
    const char type = r.leaderAt(6);
    const char level = r.leaderAt(7);
    const QString f008 = r.controlField(QStringLiteral("008"));
    auto form = [&](int pos) { return f008.size() > pos ? f008.at(pos).toLatin1() : ' '; };
    switch (type) {
    case 'a':
    case 't':
        if (level == 's' || level == 'b' || level == 'i')
            return RecordTypes::Magazine;
        if (type == 't')
            return RecordTypes::Manuscript;
        return (form(23) == 'o' || form(23) == 's' || form(23) == 'q') ? RecordTypes::Ebook : RecordTypes::Book;
    case 'c':
    case 'd': return RecordTypes::Score;
    case 'e':
    case 'f': return RecordTypes::Map;
    case 'g': return RecordTypes::Video;
    case 'i': return RecordTypes::Audiobook;
    case 'j': return RecordTypes::Music;
    case 'k': return RecordTypes::Picture;
    case 'm': return RecordTypes::Software;
    case 'o': return RecordTypes::Kit;
    case 'p': return RecordTypes::Mixed;
    case 'r': return RecordTypes::Object;
    default: return RecordTypes::Book;
    }
}

QString callNumberOf(const MarcRecord &r)
{
    for (const char *tag : {"092", "082", "099", "090", "050", "055", "060", "086"}) {
        const MarcField *f = r.field(QString::fromLatin1(tag));
        if (!f)
            continue;
        QString a = f->value('a').trimmed();
        if (a.isEmpty())
            continue;
        if (std::strcmp(tag, "082") == 0)
            a.remove(QLatin1Char('/')); // DDC segmentation marks
        const QString b = f->value('b').trimmed();
        return Text::nfc(b.isEmpty() ? a : a + QLatin1Char(' ') + b);
    }
    return {};
}
} // namespace

QJsonObject BibFields::toJson() const
{
    QJsonObject o{{QStringLiteral("control_number"), controlNumber},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("responsibility"), responsibility},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("authors"), toArray(authors)},
                  {QStringLiteral("subjects"), toArray(subjects)},
                  {QStringLiteral("series"), toArray(series)},
                  {QStringLiteral("publisher"), publisher},
                  {QStringLiteral("place"), place},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("isbns"), toArray(isbns)},
                  {QStringLiteral("issns"), toArray(issns)},
                  {QStringLiteral("call_number"), callNumber},
                  {QStringLiteral("record_type"), recordType},
                  {QStringLiteral("edition"), edition}};
    o.insert(QStringLiteral("year"), year > 0 ? QJsonValue(year) : QJsonValue());
    return o;
}

BibFields deriveFields(const MarcRecord &r)
{
    BibFields b;
    b.controlNumber = r.controlField(QStringLiteral("001")).trimmed();
    b.controlSource = r.controlField(QStringLiteral("003")).trimmed();
    b.recordType = recordTypeOf(r);
    const QString f008 = r.controlField(QStringLiteral("008"));
    if (f008.size() >= 11) {
        const QString y = f008.mid(7, 4);
        bool ok = false;
        const int v = y.toInt(&ok);
        if (ok && v >= 1000 && v <= 2099)
            b.year = v;
    }
    if (f008.size() >= 38) {
        const QString lang = f008.mid(35, 3).toLower();
        if (lang.size() == 3 && lang.at(0).isLetter() && lang.at(1).isLetter() && lang.at(2).isLetter())
            b.language = lang;
    }
    bool haveMainTitle = false;
    const MarcField *imprint = nullptr;
    const MarcField *imprint260 = nullptr;
    for (const MarcField &f : r.fields) {
        const QString tag = effectiveTag(f);
        if (tag.isEmpty() || f.isControl())
            continue;
        const bool alternate = f.tag == QLatin1String("880");
        if (tag == QLatin1String("245")) {
            QStringList parts;
            for (const MarcSubfield &s : f.subfields) {
                if (s.code == 'a' || s.code == 'b' || s.code == 'n' || s.code == 'p' || s.code == 'f' || s.code == 'k')
                    parts << s.value.trimmed();
            }
            const QString t = clean(parts.join(QLatin1Char(' ')));
            if (!alternate && !haveMainTitle) {
                b.title = t;
                b.responsibility = clean(f.value('c'));
                haveMainTitle = true;
            } else {
                addUnique(b.titles, t);
                if (alternate)
                    addUnique(b.titles, clean(f.value('c')));
            }
        } else if (tag == QLatin1String("130") || tag == QLatin1String("240") || tag == QLatin1String("246")
                   || tag == QLatin1String("247") || tag == QLatin1String("730") || tag == QLatin1String("740")
                   || tag == QLatin1String("210") || tag == QLatin1String("222") || tag == QLatin1String("242")) {
            addUnique(b.titles, clean(f.joined("abnp")));
        } else if (tag == QLatin1String("100") || tag == QLatin1String("110") || tag == QLatin1String("111")) {
            const QString name = nameOf(f, tag);
            if (!alternate && b.author.isEmpty())
                b.author = name;
            addUnique(b.authors, name);
        } else if (tag == QLatin1String("700") || tag == QLatin1String("710") || tag == QLatin1String("711")
                   || tag == QLatin1String("720")) {
            addUnique(b.authors, nameOf(f, tag));
            const QString t = f.value('t');
            if (!t.isEmpty())
                addUnique(b.titles, clean(t));
        } else if (tag.startsWith(QLatin1Char('6'))) {
            const int t = tag.toInt();
            if ((t >= 600 && t <= 662) || (t >= 690 && t <= 699))
                addUnique(b.subjects, subjectOf(f));
        } else if (tag == QLatin1String("440") || tag == QLatin1String("490") || tag == QLatin1String("830")) {
            addUnique(b.series, clean(f.value('a')));
        } else if (tag == QLatin1String("800") || tag == QLatin1String("810") || tag == QLatin1String("811")) {
            const QString t = f.value('t');
            addUnique(b.series, clean(t.isEmpty() ? f.value('a') : t));
            addUnique(b.authors, nameOf(f, tag.right(2) == QLatin1String("00") ? QStringLiteral("100") : QStringLiteral("110")));
        } else if (tag == QLatin1String("264") && !alternate) {
            if (f.ind2 == '1' || !imprint)
                if (!imprint || imprint->ind2 != '1')
                    imprint = &f;
        } else if (tag == QLatin1String("260") && !alternate) {
            if (!imprint260)
                imprint260 = &f;
        } else if (tag == QLatin1String("020")) {
            for (const MarcSubfield &s : f.subfields) {
                if (s.code != 'a' && s.code != 'z')
                    continue;
                const QString raw = Isbn::extract(s.value);
                const auto n = s.code == 'a' ? Isbn::normalize(raw) : std::nullopt;
                if (n)
                    addUnique(b.isbns, *n);
                else if (!raw.isEmpty())
                    addUnique(b.identifiers, raw);
            }
        } else if (tag == QLatin1String("022")) {
            if (const auto n = Isbn::normalizeIssn(f.value('a')))
                addUnique(b.issns, *n);
            else if (!f.value('a').isEmpty())
                addUnique(b.identifiers, f.value('a').trimmed());
        } else if (tag == QLatin1String("010") || tag == QLatin1String("024") || tag == QLatin1String("028")
                   || tag == QLatin1String("035") || tag == QLatin1String("027")) {
            const QString a = f.value('a').trimmed();
            if (!a.isEmpty())
                addUnique(b.identifiers, a);
        } else if (tag == QLatin1String("041")) {
            if (b.language.isEmpty())
                b.language = f.value('a').left(3).toLower();
        } else if (tag == QLatin1String("250")) {
            if (b.edition.isEmpty())
                b.edition = clean(f.joined("ab"));
        } else if (tag == QLatin1String("300")) {
            if (b.physical.isEmpty())
                b.physical = clean(f.joined("abce"));
        } else if (tag.startsWith(QLatin1Char('5'))) {
            const QString note = clean(f.joined("abcdefghijklmnopqrstuvwxyz"));
            if (!note.isEmpty())
                b.notes << note;
        }
    }
    if (!imprint)
        imprint = imprint260;
    if (imprint) {
        b.publisher = clean(imprint->value('b'));
        b.place = clean(imprint->value('a'));
        if (b.year == 0)
            b.year = plausibleYear(imprint->value('c'));
    }
    if (b.author.isEmpty() && !b.authors.isEmpty())
        b.author = b.authors.first();
    if (b.title.isEmpty() && !b.titles.isEmpty())
        b.title = b.titles.takeFirst();
    b.callNumber = callNumberOf(r);
    return b;
}

namespace {
// Non-filing characters for 245 ind2: leading articles of the languages in the demo catalogue.
int nonFiling(const QString &title, const QString &language)
{
    static const QHash<QString, QStringList> articles{
        {QStringLiteral("eng"), {QStringLiteral("The "), QStringLiteral("A "), QStringLiteral("An ")}},
        {QStringLiteral("fre"), {QStringLiteral("Le "), QStringLiteral("La "), QStringLiteral("Les "), QStringLiteral("L'"),
                                 QStringLiteral("Un "), QStringLiteral("Une ")}},
        {QStringLiteral("ger"), {QStringLiteral("Der "), QStringLiteral("Die "), QStringLiteral("Das "),
                                 QStringLiteral("Ein "), QStringLiteral("Eine ")}}};
    for (const QString &a : articles.value(language)) {
        if (title.startsWith(a))
            return int(a.size());
    }
    return 0;
}

QList<char> leaderTypeFor(const QString &recordType)
{
    const QString t = RecordTypes::normalize(recordType);
    if (t == RecordTypes::Magazine)
        return {'a', 's'};
    if (t == RecordTypes::Map)
        return {'e', 'm'};
    if (t == RecordTypes::Score)
        return {'c', 'm'};
    if (t == RecordTypes::Audiobook)
        return {'i', 'm'};
    if (t == RecordTypes::Music)
        return {'j', 'm'};
    if (t == RecordTypes::Video)
        return {'g', 'm'};
    if (t == RecordTypes::Software)
        return {'m', 'm'};
    if (t == RecordTypes::Picture)
        return {'k', 'm'};
    if (t == RecordTypes::Kit)
        return {'o', 'm'};
    if (t == RecordTypes::Object)
        return {'r', 'm'};
    if (t == RecordTypes::Manuscript)
        return {'t', 'm'};
    if (t == RecordTypes::Mixed)
        return {'p', 'c'};
    return {'a', 'm'};
}

QString withPunctuation(const QString &text, const QString &mark)
{
    if (text.isEmpty() || mark.isEmpty())
        return text;
    if (text.endsWith(mark.trimmed()))
        return text;
    return text + mark;
}
} // namespace

MarcRecord buildMarc(const SimpleRecord &s, const QDate &entered)
{
    MarcRecord r;
    const QList<char> lt = leaderTypeFor(s.recordType);
    r.leader = QByteArray("00000n") + lt[0] + lt[1] + QByteArray(" a2200000 i 4500");
    if (!s.controlNumber.isEmpty())
        r.addControlField(QStringLiteral("001"), s.controlNumber);
    // 008: date entered, single date, year, place unknown, language, cataloguing source "d" (other).
    QString f008(40, QLatin1Char(' '));
    f008.replace(0, 6, entered.toString(QStringLiteral("yyMMdd")));
    f008[6] = s.year > 0 ? QLatin1Char('s') : QLatin1Char('n');
    f008.replace(7, 4, s.year > 0 ? QString::number(s.year).rightJustified(4, QLatin1Char('0')) : QStringLiteral("uuuu"));
    f008.replace(11, 4, QStringLiteral("    "));
    f008.replace(15, 3, QStringLiteral("xx "));
    if (RecordTypes::normalize(s.recordType) == RecordTypes::Ebook)
        f008[23] = QLatin1Char('o');
    const QString lang = s.language.isEmpty() ? QStringLiteral("und") : s.language.left(3).toLower().leftJustified(3, QLatin1Char(' '));
    f008.replace(35, 3, lang);
    f008[38] = QLatin1Char(' ');
    f008[39] = QLatin1Char('d');
    r.addControlField(QStringLiteral("008"), f008);
    if (!s.isbn.isEmpty()) {
        const auto n = Isbn::normalize(s.isbn);
        r.addDataField(QStringLiteral("020"), ' ', ' ', {{n ? 'a' : 'z', n ? *n : s.isbn.trimmed()}});
    }
    if (!s.language.isEmpty())
        r.addDataField(QStringLiteral("041"), '0', ' ', {{'a', lang}});
    if (!s.callNumber.isEmpty()) {
        // The class number alone for 082; the whole local call number (class, cutter, work mark) in 092.
        static const QRegularExpression classPart(QStringLiteral("^[0-9][0-9.]*(?: [0-9]+)*"));
        const auto m = classPart.match(s.callNumber.trimmed());
        if (m.hasMatch())
            r.addDataField(QStringLiteral("082"), '0', '4', {{'a', m.captured(0).remove(QLatin1Char(' '))}});
        r.addDataField(QStringLiteral("092"), ' ', ' ', {{'a', s.callNumber.trimmed()}});
    }
    const bool hasMain = !s.author.trimmed().isEmpty();
    if (hasMain)
        r.addDataField(QStringLiteral("100"), s.author.contains(QLatin1Char(',')) ? '1' : '0', ' ',
                       {{'a', withPunctuation(s.author.trimmed(), QStringLiteral(","))}, {'e', QStringLiteral("author.")}});
    QList<MarcSubfield> title;
    const bool hasB = !s.subtitle.isEmpty();
    const bool hasC = !s.responsibility.isEmpty();
    title << MarcSubfield{'a', s.title.trimmed() + (hasB ? QStringLiteral(" :") : hasC ? QStringLiteral(" /") : QStringLiteral("."))};
    if (hasB)
        title << MarcSubfield{'b', s.subtitle.trimmed() + (hasC ? QStringLiteral(" /") : QStringLiteral("."))};
    if (hasC)
        title << MarcSubfield{'c', withPunctuation(s.responsibility.trimmed(), QStringLiteral("."))};
    r.addDataField(QStringLiteral("245"), hasMain ? '1' : '0', char('0' + qBound(0, nonFiling(s.title, lang), 9)), title);
    if (!s.edition.isEmpty())
        r.addDataField(QStringLiteral("250"), ' ', ' ', {{'a', withPunctuation(s.edition.trimmed(), QStringLiteral("."))}});
    if (!s.publisher.isEmpty() || !s.place.isEmpty() || s.year > 0) {
        QList<MarcSubfield> imprint;
        if (!s.place.isEmpty())
            imprint << MarcSubfield{'a', s.place.trimmed() + (s.publisher.isEmpty() && s.year <= 0 ? QString() : QStringLiteral(" :"))};
        if (!s.publisher.isEmpty())
            imprint << MarcSubfield{'b', s.publisher.trimmed() + (s.year > 0 ? QStringLiteral(",") : QString())};
        if (s.year > 0)
            imprint << MarcSubfield{'c', QString::number(s.year) + QLatin1Char('.')};
        r.addDataField(QStringLiteral("264"), ' ', '1', imprint);
    }
    if (s.pages > 0)
        r.addDataField(QStringLiteral("300"), ' ', ' ', {{'a', QStringLiteral("%1 pages").arg(s.pages)}});
    for (const QString &series : s.series) {
        if (!series.trimmed().isEmpty())
            r.addDataField(QStringLiteral("490"), '0', ' ', {{'a', series.trimmed()}});
    }
    for (const QString &note : s.notes) {
        if (!note.trimmed().isEmpty())
            r.addDataField(QStringLiteral("500"), ' ', ' ', {{'a', withPunctuation(note.trimmed(), QStringLiteral("."))}});
    }
    for (const QString &subject : s.subjects) {
        const QStringList parts = subject.split(QStringLiteral("--"), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QList<MarcSubfield> sf{{'a', parts.first().trimmed()}};
        for (qsizetype i = 1; i < parts.size(); ++i)
            sf << MarcSubfield{'x', parts.at(i).trimmed()};
        r.addDataField(QStringLiteral("650"), ' ', '4', sf);
    }
    for (const QString &name : s.otherAuthors) {
        if (!name.trimmed().isEmpty())
            r.addDataField(QStringLiteral("700"), name.contains(QLatin1Char(',')) ? '1' : '0', ' ', {{'a', name.trimmed()}});
    }
    return r;
}

} // namespace Aksara::Catalogue
