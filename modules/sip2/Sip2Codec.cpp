#include "sip2/Sip2Codec.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

#include <cerrno>
#include <iconv.h>

namespace Aksara::Sip2 {

namespace {
enum class Kind { Any, YN, Date, DateOrBlank, Digits, Letters, Summary, HoldMode, StatusCode };
struct Slot {
    int length;
    Kind kind;
};

// Request layouts (SC -> ACS), SIP2 2.00.
const QHash<QString, QList<Slot>> &layouts()
{
    static const QHash<QString, QList<Slot>> l{
        {QStringLiteral("99"), {{1, Kind::StatusCode}, {3, Kind::Digits}, {4, Kind::Any}}},
        {QStringLiteral("93"), {{1, Kind::Any}, {1, Kind::Any}}},
        {QStringLiteral("23"), {{3, Kind::Digits}, {18, Kind::Date}}},
        {QStringLiteral("63"), {{3, Kind::Digits}, {18, Kind::Date}, {10, Kind::Summary}}},
        {QStringLiteral("11"), {{1, Kind::YN}, {1, Kind::YN}, {18, Kind::Date}, {18, Kind::DateOrBlank}}},
        {QStringLiteral("09"), {{1, Kind::YN}, {18, Kind::Date}, {18, Kind::DateOrBlank}}},
        {QStringLiteral("17"), {{18, Kind::Date}}},
        {QStringLiteral("29"), {{1, Kind::YN}, {1, Kind::YN}, {18, Kind::Date}, {18, Kind::DateOrBlank}}},
        {QStringLiteral("65"), {{18, Kind::Date}}},
        {QStringLiteral("35"), {{18, Kind::Date}}},
        {QStringLiteral("37"), {{18, Kind::Date}, {2, Kind::Digits}, {2, Kind::Digits}, {3, Kind::Letters}}},
        {QStringLiteral("15"), {{1, Kind::HoldMode}, {18, Kind::Date}}},
        {QStringLiteral("01"), {{1, Kind::YN}, {18, Kind::Date}}},
        {QStringLiteral("97"), {}},
    };
    return l;
}

bool fits(const QString &s, Kind kind)
{
    auto all = [&](auto pred) { return std::all_of(s.begin(), s.end(), pred); };
    switch (kind) {
    case Kind::Any: return true;
    case Kind::YN: return s == QLatin1String("Y") || s == QLatin1String("N");
    case Kind::Date: return Codec::isDate(s);
    case Kind::DateOrBlank: return s.trimmed().isEmpty() || Codec::isDate(s);
    case Kind::Digits: return all([](QChar c) { return c.isDigit(); });
    case Kind::Letters: return all([](QChar c) { return c.isLetter(); });
    case Kind::Summary: return all([](QChar c) { return c == QLatin1Char('Y') || c == QLatin1Char(' '); });
    case Kind::HoldMode: return s == QLatin1String("+") || s == QLatin1String("-") || s == QLatin1String("*");
    case Kind::StatusCode: return s == QLatin1String("0") || s == QLatin1String("1") || s == QLatin1String("2");
    }
    return false;
}

std::optional<QByteArray> iconvConvert(const QByteArray &in, const char *from, const char *to)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    char *inp = const_cast<char *>(in.constData());
    size_t inLeft = size_t(in.size());
    char *outp = out.data();
    size_t outLeft = size_t(out.size());
    const size_t r = iconv(cd, &inp, &inLeft, &outp, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1))
        return std::nullopt;
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}
} // namespace

std::optional<QString> decode(const QByteArray &bytes, Charset charset)
{
    if (charset == Charset::Cp850) {
        auto utf8 = iconvConvert(bytes, "CP850", "UTF-8");
        if (!utf8)
            return std::nullopt;
        return QString::fromUtf8(*utf8);
    }
    auto utf8 = iconvConvert(bytes, "UTF-8", "UTF-8"); // validates
    if (!utf8)
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

QByteArray encode(const QString &text, Charset charset)
{
    const QByteArray utf8 = text.toUtf8();
    if (charset == Charset::Utf8)
        return utf8;
    if (auto r = iconvConvert(utf8, "UTF-8", "CP850//TRANSLIT"))
        return *r;
    // Character by character, so one unmappable character does not lose the rest.
    QByteArray out;
    for (const QChar c : text) {
        auto one = iconvConvert(QString(c).toUtf8(), "UTF-8", "CP850");
        out += one ? *one : QByteArray("?");
    }
    return out;
}

QString Message::field(const QString &code) const
{
    for (const auto &[c, v] : fields) {
        if (c == code)
            return v;
    }
    return {};
}

QStringList Message::fields_(const QString &code) const
{
    QStringList out;
    for (const auto &[c, v] : fields) {
        if (c == code)
            out << v;
    }
    return out;
}

bool Message::has(const QString &code) const
{
    for (const auto &f : fields) {
        if (f.first == code)
            return true;
    }
    return false;
}

const QList<int> *Codec::requestLayout(const QString &command)
{
    static const QHash<QString, QList<int>> lengths = [] {
        QHash<QString, QList<int>> out;
        for (auto it = layouts().begin(); it != layouts().end(); ++it) {
            QList<int> l;
            for (const Slot &s : it.value())
                l << s.length;
            out.insert(it.key(), l);
        }
        return out;
    }();
    auto it = lengths.constFind(command);
    return it == lengths.constEnd() ? nullptr : &*it;
}

QString Codec::checksum(const QByteArray &bytes)
{
    quint32 sum = 0;
    for (const char c : bytes)
        sum += quint8(c);
    const quint16 check = quint16((~sum + 1) & 0xFFFF);
    return QStringLiteral("%1").arg(check, 4, 16, QLatin1Char('0')).toUpper();
}

bool Codec::isDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{8}.{4}\\d{6}$"));
    if (!re.match(s).hasMatch())
        return false;
    const QDate d = QDate::fromString(s.left(8), QStringLiteral("yyyyMMdd"));
    const QTime t = QTime::fromString(s.right(6), QStringLiteral("HHmmss"));
    return d.isValid() && t.isValid();
}

QString Codec::date(qint64 ms, const QByteArray &timeZone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(QTimeZone(timeZone));
    return local.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("    ") + local.toString(QStringLiteral("HHmmss"));
}

QString Codec::sanitize(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('|'), QChar(0x00A6));
    v.replace(QLatin1Char('\r'), QLatin1Char(' '));
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (v.size() > kMaxField)
        v.truncate(kMaxField);
    return v;
}

Codec::Parsed Codec::parse(const QByteArray &raw) const
{
    Parsed p;
    if (raw.size() > kMaxFrame) {
        p.error = ParseError::Malformed;
        p.detail = tr("message longer than %1 bytes").arg(kMaxFrame);
        return p;
    }
    QByteArray frame = raw;
    // Error detection: "...AY<d>AZ<hhhh>" at the very end.
    static const QRegularExpression trailer(QStringLiteral("AY(\\d)AZ([0-9A-Fa-f]{4})$"));
    const auto m = trailer.match(QString::fromLatin1(frame.right(9)));
    if (frame.size() >= 9 && m.hasMatch()) {
        const QString expected = checksum(frame.left(frame.size() - 4));
        if (m.captured(2).toUpper() != expected) {
            p.error = ParseError::BadChecksum;
            p.detail = tr("checksum %1, expected %2").arg(m.captured(2), expected);
            return p;
        }
        p.message.sequence = m.captured(1).toInt();
        frame.chop(9);
    }
    const auto text = decode(frame, m_charset);
    if (!text) {
        p.error = ParseError::InvalidBytes;
        p.detail = tr("bytes that are not valid %1").arg(m_charset == Charset::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("code page 850"));
        return p;
    }
    const QString &s = *text;
    if (s.size() < 2 || !s.at(0).isDigit() || !s.at(1).isDigit()) {
        p.error = ParseError::Malformed;
        p.detail = tr("no command identifier");
        return p;
    }
    p.message.command = s.left(2);
    auto layout = layouts().constFind(p.message.command);
    if (layout == layouts().constEnd()) {
        p.error = ParseError::UnknownCommand;
        p.detail = tr("unknown command %1").arg(p.message.command);
        return p;
    }
    int pos = 2;
    for (const Slot &slot : *layout) {
        if (pos + slot.length > s.size()) {
            p.error = ParseError::Malformed;
            p.detail = tr("fixed fields of %1 are too short").arg(p.message.command);
            return p;
        }
        const QString value = s.mid(pos, slot.length);
        if (!fits(value, slot.kind)) {
            p.error = ParseError::Malformed;
            p.detail = tr("bad fixed field \"%1\" at position %2").arg(value).arg(pos);
            return p;
        }
        p.message.fixed << value;
        pos += slot.length;
    }
    while (pos < s.size()) {
        if (pos + 2 > s.size()) {
            p.error = ParseError::Malformed;
            p.detail = tr("truncated field code at position %1").arg(pos);
            return p;
        }
        const QString code = s.mid(pos, 2);
        if (!(code.at(0).isUpper() || code.at(0).isDigit()) || !(code.at(1).isUpper() || code.at(1).isDigit())) {
            p.error = ParseError::Malformed;
            p.detail = tr("bad field code \"%1\" at position %2").arg(code).arg(pos);
            return p;
        }
        pos += 2;
        qsizetype end = s.indexOf(QLatin1Char('|'), pos);
        if (end < 0)
            end = s.size(); // a last field without its '|': accepted, as many machines send it
        const QString value = s.mid(pos, end - pos);
        if (value.size() > kMaxField) {
            p.error = ParseError::Malformed;
            p.detail = tr("field %1 is longer than %2 characters").arg(code).arg(kMaxField);
            return p;
        }
        p.message.fields.append({code, value});
        pos = int(end) + 1;
    }
    return p;
}

QByteArray Codec::build(const QString &command, const QStringList &fixed, const QList<std::pair<QString, QString>> &fields,
                        int sequence) const
{
    QString s = command + fixed.join(QString());
    for (const auto &[code, value] : fields)
        s += code + sanitize(value) + QLatin1Char('|');
    QByteArray bytes = encode(s, m_charset);
    if (sequence >= 0) {
        bytes += "AY" + QByteArray::number(sequence % 10) + "AZ";
        bytes += checksum(bytes).toLatin1();
    }
    bytes += '\r';
    return bytes;
}

} // namespace Aksara::Sip2
