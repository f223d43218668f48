#include "catalogue/MarcIo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <yaz/yaz-iconv.h>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

constexpr char kRecordTerminator = 0x1D;
constexpr char kFieldTerminator = 0x1E;
constexpr char kSubfieldDelimiter = 0x1F;

Error readError(const char *code, const QString &message)
{
    return Error::refused(QString::fromLatin1(code), message);
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(QByteArrayView v)
{
    int n = 0;
    for (char c : v)
        n = n * 10 + (c - '0');
    return n;
}

QString printable(QByteArrayView v)
{
    QString out;
    for (char c : v) {
        const auto u = uchar(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar::fromLatin1(c) : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

bool isAscii(QByteArrayView v)
{
    for (char c : v) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}
} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        uint min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const uchar cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

QString formatName(MarcFormat format)
{
    switch (format) {
    case MarcFormat::Auto: return QStringLiteral("auto");
    case MarcFormat::Iso2709: return QStringLiteral("iso2709");
    case MarcFormat::MarcXml: return QStringLiteral("marcxml");
    }
    return {};
}

bool parseFormat(const QString &text, MarcFormat *format)
{
    const QString t = text.toLower();
    if (t == QLatin1String("iso2709") || t == QLatin1String("marc") || t == QLatin1String("mrc"))
        *format = MarcFormat::Iso2709;
    else if (t == QLatin1String("marcxml") || t == QLatin1String("xml"))
        *format = MarcFormat::MarcXml;
    else if (t == QLatin1String("auto"))
        *format = MarcFormat::Auto;
    else
        return false;
    return true;
}

bool parseEncoding(const QString &text, MarcEncoding *encoding)
{
    const QString t = text.toLower();
    if (t == QLatin1String("utf-8") || t == QLatin1String("utf8"))
        *encoding = MarcEncoding::Utf8;
    else if (t == QLatin1String("marc-8") || t == QLatin1String("marc8"))
        *encoding = MarcEncoding::Marc8;
    else if (t == QLatin1String("auto"))
        *encoding = MarcEncoding::Auto;
    else
        return false;
    return true;
}

// --- MARC-8 --------------------------------------------------------------------------------------

Marc8Decoder::Marc8Decoder()
    : m_cd(yaz_iconv_open("UTF-8", "MARC8"))
{
}

Marc8Decoder::~Marc8Decoder()
{
    if (m_cd)
        yaz_iconv_close(static_cast<yaz_iconv_t>(m_cd));
}

void Marc8Decoder::resetField()
{
    if (m_cd)
        yaz_iconv(static_cast<yaz_iconv_t>(m_cd), nullptr, nullptr, nullptr, nullptr);
}

QString Marc8Decoder::decode(QByteArrayView bytes, bool *error)
{
    *error = false;
    if (isAscii(bytes) && !bytes.contains(char(0x1B)))
        return QString::fromLatin1(bytes);
    if (!m_cd) {
        *error = true;
        return {};
    }
    auto *cd = static_cast<yaz_iconv_t>(m_cd);
    QByteArray out;
    out.resize(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char *o = out.data();
    size_t oLeft = size_t(out.size());
    while (inLeft > 0) {
        const size_t r = yaz_iconv(cd, &in, &inLeft, &o, &oLeft);
        if (r != size_t(-1))
            continue;
        const int e = yaz_iconv_error(cd);
        if (e == YAZ_ICONV_E2BIG) {
            const qsizetype used = o - out.data();
            out.resize(out.size() * 2);
            o = out.data() + used;
            oLeft = size_t(out.size() - used);
            continue;
        }
        *error = true;
        break;
    }
    // Flush what the converter holds back (a combining mark waits for its base character).
    for (;;) {
        const size_t r = yaz_iconv(cd, nullptr, nullptr, &o, &oLeft);
        if (r == size_t(-1) && yaz_iconv_error(cd) == YAZ_ICONV_E2BIG) {
            const qsizetype used = o - out.data();
            out.resize(out.size() * 2);
            o = out.data() + used;
            oLeft = size_t(out.size() - used);
            continue;
        }
        break;
    }
    out.truncate(o - out.data());
    return QString::fromUtf8(out);
}

// --- ISO 2709 ------------------------------------------------------------------------------------

namespace {
// Decodes the bytes of one value: UTF-8 (validated) or MARC-8.
struct ValueDecoder {
    bool marc8 = false;
    Marc8Decoder *m8 = nullptr;

    bool decode(QByteArrayView bytes, QString *out, qsizetype *badAt)
    {
        if (marc8) {
            bool err = false;
            *out = m8->decode(bytes, &err);
            *badAt = err ? 0 : -1;
            return !err;
        }
        if (isAscii(bytes)) {
            *out = QString::fromLatin1(bytes);
            return true;
        }
        *badAt = firstInvalidUtf8(bytes);
        if (*badAt >= 0)
            return false;
        *out = QString::fromUtf8(bytes);
        return true;
    }
};

Marc8Decoder &threadMarc8()
{
    thread_local Marc8Decoder decoder;
    return decoder;
}
} // namespace

Result<MarcRecord> parseIso2709(QByteArrayView bytes, MarcEncoding encoding)
{
    const qsizetype n = bytes.size();
    if (n < 24)
        return readError("catalogue.marc_truncated", tr("the record is shorter than its 24-byte leader (%1 bytes)").arg(n));
    if (!allDigits(bytes.first(5)))
        return readError("catalogue.marc_bad_length",
                         tr("the record length in the leader is not a number (\"%1\")").arg(printable(bytes.first(5))));
    const int declared = digitsValue(bytes.first(5));
    if (declared != n)
        return readError("catalogue.marc_bad_length",
                         tr("the leader says the record has %1 bytes but it has %2").arg(declared).arg(n));
    if (bytes.at(n - 1) != kRecordTerminator)
        return readError("catalogue.marc_no_terminator", tr("the record does not end with a record terminator (0x1D)"));
    if (!allDigits(bytes.sliced(12, 5)))
        return readError("catalogue.marc_bad_leader", tr("the base address of data (Leader/12-16) is not a number (\"%1\")")
                                                          .arg(printable(bytes.sliced(12, 5))));
    const int base = digitsValue(bytes.sliced(12, 5));
    if (base < 25 || base > n - 1)
        return readError("catalogue.marc_bad_leader",
                         tr("the base address of data %1 lies outside the record (%2 bytes)").arg(base).arg(n));
    const char l20 = bytes.at(20);
    const char l21 = bytes.at(21);
    const int lenLen = (l20 >= '1' && l20 <= '9') ? l20 - '0' : 4;
    const int startLen = (l21 >= '1' && l21 <= '9') ? l21 - '0' : 5;
    const int entrySize = 3 + lenLen + startLen;
    if (bytes.at(base - 1) != kFieldTerminator)
        return readError("catalogue.marc_bad_directory",
                         tr("the directory does not end with a field terminator at the base address %1").arg(base));
    const int dirLen = base - 1 - 24;
    if (dirLen % entrySize != 0)
        return readError("catalogue.marc_bad_directory",
                         tr("the directory is %1 bytes long, not a multiple of its %2-byte entries").arg(dirLen).arg(entrySize));

    MarcRecord record;
    record.leader = bytes.first(24).toByteArray();
    ValueDecoder decoder;
    decoder.marc8 = encoding == MarcEncoding::Marc8 || (encoding == MarcEncoding::Auto && bytes.at(9) != 'a');
    if (decoder.marc8) {
        decoder.m8 = &threadMarc8();
        decoder.m8->resetField();
    }
    const int dataLen = n - 1 - base;
    const int entries = dirLen / entrySize;
    record.fields.reserve(entries);
    for (int e = 0; e < entries; ++e) {
        const QByteArrayView entry = bytes.sliced(24 + e * entrySize, entrySize);
        const QByteArrayView tagBytes = entry.first(3);
        for (char c : tagBytes) {
            if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
                return readError("catalogue.marc_bad_directory",
                                 tr("directory entry %1 has an invalid tag \"%2\"").arg(e + 1).arg(printable(tagBytes)));
        }
        const QString tag = QString::fromLatin1(tagBytes);
        const QByteArrayView lenBytes = entry.sliced(3, lenLen);
        const QByteArrayView startBytes = entry.sliced(3 + lenLen, startLen);
        if (!allDigits(lenBytes) || !allDigits(startBytes))
            return readError("catalogue.marc_bad_directory",
                             tr("directory entry %1 (tag %2) has a length or start that is not a number (\"%3\")")
                                 .arg(e + 1)
                                 .arg(tag, printable(entry)));
        const int flen = digitsValue(lenBytes);
        const int fstart = digitsValue(startBytes);
        if (flen < 1 || fstart + flen > dataLen)
            return readError("catalogue.marc_bad_directory",
                             tr("field %1 (directory entry %2) claims bytes %3-%4, beyond the %5 bytes of data")
                                 .arg(tag)
                                 .arg(e + 1)
                                 .arg(fstart)
                                 .arg(fstart + flen - 1)
                                 .arg(dataLen));
        const QByteArrayView raw = bytes.sliced(base + fstart, flen);
        if (raw.back() != kFieldTerminator)
            return readError("catalogue.marc_no_terminator",
                             tr("field %1 (directory entry %2, byte %3) does not end with a field terminator (0x1E)")
                                 .arg(tag)
                                 .arg(e + 1)
                                 .arg(base + fstart + flen - 1));
        const QByteArrayView body = raw.first(flen - 1);
        MarcField field;
        field.tag = tag;
        qsizetype badAt = -1;
        const bool dataShaped = body.size() >= 3 && body.at(2) == kSubfieldDelimiter;
        field.control = MarcField::isControlTag(tag) && !dataShaped;
        if (field.control) {
            if (!decoder.decode(body, &field.data, &badAt))
                return readError(decoder.marc8 ? "catalogue.marc_bad_marc8" : "catalogue.marc_bad_utf8",
                                 decoder.marc8 ? tr("field %1 holds MARC-8 that cannot be converted").arg(tag)
                                               : tr("field %1 holds invalid UTF-8 at byte %2").arg(tag).arg(base + fstart + badAt));
        } else {
            if (body.size() < 2)
                return readError("catalogue.marc_bad_field",
                                 tr("data field %1 is shorter than its two indicators").arg(tag));
            field.ind1 = body.at(0);
            field.ind2 = body.at(1);
            const QByteArrayView content = body.sliced(2);
            if (!content.isEmpty() && content.front() != kSubfieldDelimiter)
                return readError("catalogue.marc_bad_field",
                                 tr("data field %1 does not start with a subfield delimiter after its indicators").arg(tag));
            qsizetype i = 0;
            while (i < content.size()) {
                // content[i] is a delimiter
                qsizetype j = i + 1;
                while (j < content.size() && content.at(j) != kSubfieldDelimiter)
                    ++j;
                if (j == i + 1) {
                    // A delimiter without a code carries nothing; it is dropped, as yaz does.
                    i = j;
                    continue;
                }
                MarcSubfield sf;
                sf.code = content.at(i + 1);
                const QByteArrayView value = content.sliced(i + 2, j - i - 2);
                if (!decoder.decode(value, &sf.value, &badAt))
                    return readError(decoder.marc8 ? "catalogue.marc_bad_marc8" : "catalogue.marc_bad_utf8",
                                     decoder.marc8
                                         ? tr("field %1 $%2 holds MARC-8 that cannot be converted")
                                               .arg(tag, QChar::fromLatin1(sf.code))
                                         : tr("field %1 $%2 holds invalid UTF-8 at byte %3")
                                               .arg(tag, QChar::fromLatin1(sf.code))
                                               .arg(base + fstart + 2 + (i + 2) + badAt));
                field.subfields.append(std::move(sf));
                i = j;
            }
        }
        if (decoder.marc8)
            decoder.m8->resetField();
        record.fields.append(std::move(field));
    }
    if (decoder.marc8)
        record.setLeaderAt(9, 'a');
    return record;
}

Result<QByteArray> writeIso2709(const MarcRecord &record)
{
    QByteArray data;
    QByteArray directory;
    data.reserve(2048);
    directory.reserve(record.fields.size() * 12 + 1);
    for (const MarcField &f : record.fields) {
        const qsizetype start = data.size();
        if (f.isControl()) {
            data += f.data.toUtf8();
        } else {
            data += f.ind1;
            data += f.ind2;
            for (const MarcSubfield &s : f.subfields) {
                data += kSubfieldDelimiter;
                data += s.code;
                data += s.value.toUtf8();
            }
        }
        data += kFieldTerminator;
        const qsizetype len = data.size() - start;
        if (len > 9999 || start > 99999)
            return Error::refused(QStringLiteral("catalogue.marc_too_long"),
                                  tr("field %1 is %2 bytes long; ISO 2709 allows 9,999 (export as MARCXML instead)")
                                      .arg(f.tag)
                                      .arg(len));
        QByteArray tag = f.tag.toLatin1();
        tag = tag.leftJustified(3, ' ', true);
        directory += tag;
        directory += QByteArray::number(len).rightJustified(4, '0');
        directory += QByteArray::number(start).rightJustified(5, '0');
    }
    directory += kFieldTerminator;
    const qsizetype base = 24 + directory.size();
    const qsizetype total = base + data.size() + 1;
    if (total > 99999)
        return Error::refused(QStringLiteral("catalogue.marc_too_long"),
                              tr("the record is %1 bytes long; ISO 2709 allows 99,999 (export as MARCXML instead)").arg(total));
    QByteArray leader = record.leader.leftJustified(24, ' ', true);
    leader.replace(0, 5, QByteArray::number(total).rightJustified(5, '0'));
    leader.replace(10, 2, "22");
    leader.replace(12, 5, QByteArray::number(base).rightJustified(5, '0'));
    leader.replace(20, 2, "45"); // 22-23 are kept as they are (implementation-defined)
    QByteArray out;
    out.reserve(total);
    out += leader;
    out += directory;
    out += data;
    out += kRecordTerminator;
    return out;
}

// --- MARCXML -------------------------------------------------------------------------------------

namespace {
void appendEscaped(QByteArray &out, const QString &text, bool /*attribute*/)
{
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
}

void appendEscaped(QByteArray &out, char c)
{
    appendEscaped(out, QString(QChar::fromLatin1(c)), true);
}
} // namespace

QByteArray marcXmlCollectionStart()
{
    return QByteArrayLiteral("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
}

QByteArray marcXmlCollectionEnd()
{
    return QByteArrayLiteral("</collection>\n");
}

QByteArray writeMarcXml(const MarcRecord &record, bool withNamespace)
{
    QByteArray out;
    out.reserve(4096);
    out += withNamespace ? "<record xmlns=\"http://www.loc.gov/MARC21/slim\">\n" : "<record>\n";
    out += "  <leader>";
    appendEscaped(out, QString::fromLatin1(record.leader), false);
    out += "</leader>\n";
    for (const MarcField &f : record.fields) {
        if (f.isControl()) {
            out += "  <controlfield tag=\"";
            appendEscaped(out, f.tag, true);
            out += "\">";
            appendEscaped(out, f.data, false);
            out += "</controlfield>\n";
            continue;
        }
        out += "  <datafield tag=\"";
        appendEscaped(out, f.tag, true);
        out += "\" ind1=\"";
        appendEscaped(out, f.ind1);
        out += "\" ind2=\"";
        appendEscaped(out, f.ind2);
        out += "\">\n";
        for (const MarcSubfield &s : f.subfields) {
            out += "    <subfield code=\"";
            appendEscaped(out, s.code);
            out += "\">";
            appendEscaped(out, s.value, false);
            out += "</subfield>\n";
        }
        out += "  </datafield>\n";
    }
    out += "</record>\n";
    return out;
}

namespace {
class Iso2709Reader final : public MarcReader {
public:
    Iso2709Reader(QByteArray data, MarcEncoding encoding, std::unique_ptr<QFile> file = {})
        : m_file(std::move(file))
        , m_data(std::move(data))
        , m_encoding(encoding)
    {
    }

    qint64 bytesRead() const override { return m_pos; }
    qint64 totalBytes() const override { return m_data.size(); }

    bool next(MarcReadItem &item) override
    {
        const qsizetype n = m_data.size();
        const char *d = m_data.constData();
        // Padding between records and after the last one is not a record: line breaks and an
        // end-of-file mark from text tools, stray record terminators and NUL bytes that exporters
        // and tape-era block formats leave (yaz-marcdump and Zebra skip them too). A record always
        // starts with a digit, so skipping these never hides the start of a truncated record.
        while (m_pos < n && isPadding(d[m_pos]))
            ++m_pos;
        if (m_pos >= n)
            return false;
        item = MarcReadItem{};
        item.position = ++m_count;
        item.offset = m_pos;
        const qsizetype start = m_pos;
        const qsizetype left = n - start;
        const QByteArrayView rest(d + start, left);
        auto resync = [&](qsizetype from) {
            const qsizetype t = QByteArrayView(d, n).indexOf(kRecordTerminator, from);
            m_pos = t < 0 ? n : t + 1;
        };
        if (left < 5 || !allDigits(rest.first(5))) {
            item.error = left < 24 ? readError("catalogue.marc_truncated",
                                               tr("the input ends inside a record leader (%1 bytes left)").arg(left))
                                   : readError("catalogue.marc_bad_length",
                                               tr("the record length in the leader is not a number (\"%1\")")
                                                   .arg(printable(rest.first(qMin<qsizetype>(5, left)))));
            resync(start);
            return true;
        }
        const int declared = digitsValue(rest.first(5));
        if (declared < 26) {
            item.error = readError("catalogue.marc_bad_length", tr("the record length %1 is too small").arg(declared));
            resync(start);
            return true;
        }
        if (declared > left) {
            const qsizetype t = rest.indexOf(kRecordTerminator);
            item.error = readError("catalogue.marc_truncated",
                                   t < 0 ? tr("the input ends inside the record: the leader says %1 bytes, only %2 remain")
                                               .arg(declared)
                                               .arg(left)
                                         : tr("the leader says %1 bytes but the record terminator comes after %2")
                                               .arg(declared)
                                               .arg(t + 1));
            resync(start);
            return true;
        }
        if (rest.at(declared - 1) != kRecordTerminator) {
            const qsizetype t = rest.indexOf(kRecordTerminator);
            item.error = readError("catalogue.marc_bad_length",
                                   t < 0 ? tr("the leader says %1 bytes but there is no record terminator").arg(declared)
                                         : tr("the leader says %1 bytes but the record terminator comes after %2")
                                               .arg(declared)
                                               .arg(t + 1));
            // Only the terminator is missing when a record starts right where this one should end.
            if (looksLikeRecordStart(start + declared))
                m_pos = start + declared;
            else
                resync(start);
            return true;
        }
        m_pos = start + declared;
        auto parsed = parseIso2709(rest.first(declared), m_encoding);
        if (parsed.ok())
            item.record = std::move(parsed).value();
        else
            item.error = parsed.error();
        return true;
    }

private:
    static bool isPadding(char c)
    {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0x1A || c == kRecordTerminator || c == 0;
    }

    bool looksLikeRecordStart(qsizetype at) const
    {
        if (at + 24 > m_data.size())
            return false;
        const QByteArrayView v(m_data.constData() + at, 24);
        return allDigits(v.first(5)) && digitsValue(v.first(5)) >= 26 && allDigits(v.sliced(12, 5));
    }

    std::unique_ptr<QFile> m_file; // keeps a memory mapping alive
    QByteArray m_data;
    MarcEncoding m_encoding;
    qsizetype m_pos = 0;
    qint64 m_count = 0;
};

class MarcXmlReader final : public MarcReader {
public:
    MarcXmlReader(std::unique_ptr<QIODevice> device, qint64 total, bool keepTags = false)
        : m_device(std::move(device))
        , m_total(total)
        , m_xml(m_device.get())
        , m_keepTags(keepTags)
    {
    }

    qint64 bytesRead() const override { return m_xml.characterOffset(); }
    qint64 totalBytes() const override { return m_total; }

    bool next(MarcReadItem &item) override
    {
        if (m_dead)
            return false;
        // Find the next <record>.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_rootName.isEmpty())
                m_rootName = m_xml.qualifiedName().toString();
            if (m_xml.isEndElement() && m_xml.qualifiedName() == m_rootName)
                m_rootClosed = true;
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("record"))
                break;
        }
        if (m_xml.hasError()) {
            // Padding after the document (NUL bytes, record terminators) is not a record.
            if (m_rootClosed && onlyPaddingFollows()) {
                m_dead = true;
                return false;
            }
            return failXml(item);
        }
        if (m_xml.atEnd())
            return false;
        item = MarcReadItem{};
        item.position = ++m_count;
        item.offset = m_xml.lineNumber();
        MarcRecord record;
        record.leader.clear();
        QString problem;
        MarcField *current = nullptr;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("record")) {
                if (m_xml.qualifiedName() == m_rootName)
                    m_rootClosed = true; // a lone <record> document
                break;
            }
            if (!m_xml.isStartElement())
                continue;
            const auto name = m_xml.name();
            const auto attrs = m_xml.attributes();
            if (name == QLatin1String("leader")) {
                const QString text = m_xml.readElementText();
                if (text.size() != 24 || !isAscii(text.toLatin1()))
                    problem = tr("the leader \"%1\" is not 24 characters").arg(text);
                record.leader = text.toLatin1();
            } else if (name == QLatin1String("controlfield")) {
                MarcField f;
                f.control = true;
                f.tag = attrs.value(QLatin1String("tag")).toString();
                f.data = m_xml.readElementText();
                if (f.tag.size() != 3 && !m_keepTags)
                    problem = tr("a control field has the tag \"%1\"").arg(f.tag);
                record.fields.append(f);
                current = nullptr;
            } else if (name == QLatin1String("datafield")) {
                MarcField f;
                f.tag = attrs.value(QLatin1String("tag")).toString();
                const QString i1 = attrs.value(QLatin1String("ind1")).toString();
                const QString i2 = attrs.value(QLatin1String("ind2")).toString();
                if (f.tag.size() != 3 && !m_keepTags)
                    problem = tr("a data field has the tag \"%1\"").arg(f.tag);
                if (i1.size() > 1 || i2.size() > 1 || (!i1.isEmpty() && i1.at(0).unicode() > 0x7f)
                    || (!i2.isEmpty() && i2.at(0).unicode() > 0x7f))
                    problem = tr("data field %1 has invalid indicators \"%2\" \"%3\"").arg(f.tag, i1, i2);
                f.ind1 = i1.isEmpty() ? ' ' : char(i1.at(0).unicode());
                f.ind2 = i2.isEmpty() ? ' ' : char(i2.at(0).unicode());
                record.fields.append(f);
                current = &record.fields.last();
            } else if (name == QLatin1String("subfield")) {
                const QString code = attrs.value(QLatin1String("code")).toString();
                const QString value = m_xml.readElementText();
                if (!current) {
                    problem = tr("a subfield stands outside a data field");
                    continue;
                }
                if (code.size() != 1 || code.at(0).unicode() > 0x7f) {
                    problem = tr("data field %1 has a subfield with the code \"%2\"").arg(current->tag, code);
                    continue;
                }
                current->subfields.append(MarcSubfield{char(code.at(0).unicode()), value});
            }
        }
        if (m_xml.hasError())
            return failXml(item);
        if (record.leader.isEmpty())
            problem = tr("the record has no leader");
        if (!problem.isEmpty()) {
            item.error = readError("catalogue.marc_bad_xml", problem);
            return true;
        }
        item.record = std::move(record);
        return true;
    }

private:
    bool failXml(MarcReadItem &item)
    {
        m_dead = true;
        item = MarcReadItem{};
        item.position = ++m_count;
        item.offset = m_xml.lineNumber();
        item.error = readError("catalogue.marc_bad_xml", tr("the XML is not well-formed at line %1, column %2: %3")
                                                             .arg(m_xml.lineNumber())
                                                             .arg(m_xml.columnNumber())
                                                             .arg(m_xml.errorString()));
        return true;
    }
    // After the document element has closed: whether the input ends with that element's end tag
    // followed only by padding, and holds no second document (whose records would be lost).
    // Reads the input again (only on this error path).
    bool onlyPaddingFollows()
    {
        if (m_rootName.isEmpty() || m_device->isSequential() || !m_device->seek(0))
            return false;
        const QByteArray all = m_device->readAll();
        qsizetype end = all.size();
        auto padding = [](char c) { return c == 0 || c == 0x1D || c == 0x1A || c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
        while (end > 0 && padding(all.at(end - 1)))
            --end;
        if (end == 0 || all.at(end - 1) != '>')
            return false;
        qsizetype k = end - 2;
        while (k >= 0 && (all.at(k) == ' ' || all.at(k) == '\t' || all.at(k) == '\r' || all.at(k) == '\n'))
            --k;
        const QByteArray closing = "</" + m_rootName.toUtf8();
        if (!QByteArrayView(all).first(k + 1).endsWith(closing))
            return false;
        const QByteArray opening = "<" + m_rootName.toUtf8();
        int starts = 0;
        for (qsizetype at = all.indexOf(opening); at >= 0; at = all.indexOf(opening, at + 1)) {
            const qsizetype after = at + opening.size();
            if (after < all.size() && QByteArrayView(" \t\r\n>/").contains(all.at(after)))
                ++starts;
        }
        return starts == 1;
    }

    std::unique_ptr<QIODevice> m_device;
    qint64 m_total;
    QXmlStreamReader m_xml;
    qint64 m_count = 0;
    bool m_dead = false;
    bool m_keepTags;
    QString m_rootName; // the document element's qualified name
    bool m_rootClosed = false;
};

MarcFormat sniff(QByteArrayView head)
{
    for (char c : head) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || uchar(c) == 0xEF || uchar(c) == 0xBB || uchar(c) == 0xBF)
            continue;
        return c == '<' ? MarcFormat::MarcXml : MarcFormat::Iso2709;
    }
    return MarcFormat::Iso2709;
}
} // namespace

Result<MarcRecord> parseMarcXml(const QByteArray &xml, bool keepTags)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(xml);
    buffer->open(QIODevice::ReadOnly);
    auto reader = std::make_unique<MarcXmlReader>(std::move(buffer), xml.size(), keepTags);
    MarcReadItem item;
    if (!reader->next(item))
        return readError("catalogue.marc_bad_xml", tr("there is no MARCXML record"));
    if (!item.ok())
        return item.error;
    return std::move(*item.record);
}

std::unique_ptr<MarcReader> MarcReader::fromBytes(const QByteArray &bytes, MarcFormat format, MarcEncoding encoding)
{
    if (format == MarcFormat::Auto)
        format = sniff(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64)));
    if (format == MarcFormat::MarcXml) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        return std::make_unique<MarcXmlReader>(std::move(buffer), bytes.size());
    }
    return std::make_unique<Iso2709Reader>(bytes, encoding);
}

Result<std::unique_ptr<MarcReader>> MarcReader::open(const QString &path, MarcFormat format, MarcEncoding encoding)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::refused(QStringLiteral("catalogue.file_unreadable"),
                              tr("Cannot read %1: %2").arg(path, file->errorString()));
    if (format == MarcFormat::Auto) {
        const QByteArray head = file->peek(64);
        format = sniff(head);
    }
    const qint64 size = file->size();
    if (format == MarcFormat::MarcXml)
        return std::unique_ptr<MarcReader>(std::make_unique<MarcXmlReader>(std::move(file), size));
    if (size == 0)
        return std::unique_ptr<MarcReader>(std::make_unique<Iso2709Reader>(QByteArray(), encoding));
    uchar *mapped = file->map(0, size);
    if (mapped) {
        QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
        return std::unique_ptr<MarcReader>(std::make_unique<Iso2709Reader>(view, encoding, std::move(file)));
    }
    // Pipes and special files cannot be mapped.
    QByteArray all = file->readAll();
    return std::unique_ptr<MarcReader>(std::make_unique<Iso2709Reader>(all, encoding));
}

} // namespace Aksara::Catalogue
