#pragma once

#include "catalogue/MarcRecord.h"
#include "core/Result.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace Aksara::Catalogue {

enum class MarcFormat { Auto, Iso2709, MarcXml };
// Auto: Leader/09 'a' means UTF-8, anything else MARC-8 (the MARC 21 rule).
enum class MarcEncoding { Auto, Utf8, Marc8 };

QString formatName(MarcFormat format);
bool parseFormat(const QString &text, MarcFormat *format);
bool parseEncoding(const QString &text, MarcEncoding *encoding);

// One record read from an input: either the record or why it could not be read.
// Error codes (Error::refused, so that an import reports them per record):
//   catalogue.marc_truncated      the input ends inside the record
//   catalogue.marc_bad_length     the record length (Leader/00-04) is not a number, too small, or
//                                 does not end on a record terminator
//   catalogue.marc_bad_leader     base address or entry map is not usable
//   catalogue.marc_bad_directory  directory length, entry syntax, or an entry pointing outside the record
//   catalogue.marc_no_terminator  a field without its field terminator
//   catalogue.marc_bad_field      a data field shorter than its indicators, or not starting with a subfield
//   catalogue.marc_bad_utf8       invalid UTF-8 in a record that says (or is said to be) UTF-8
//   catalogue.marc_bad_marc8      a MARC-8 sequence that cannot be converted
//   catalogue.marc_bad_xml        MARCXML that is not well-formed or lacks the MARC structure
// The message names the field (tag, subfield) and byte offset where that helps.
struct MarcReadItem {
    qint64 position = 0; // 1-based number of the record in the input
    qint64 offset = 0; // byte offset of its first byte (ISO 2709) or line number (MARCXML)
    std::optional<MarcRecord> record;
    Error error;
    bool ok() const { return record.has_value(); }
};

// Reads records one at a time. A malformed record is returned as an item with an error and the
// reader resynchronises on the next record terminator (ISO 2709) or record element (MARCXML);
// after a MARCXML well-formedness error nothing more can be read.
class MarcReader {
public:
    virtual ~MarcReader() = default;
    // False at the end of the input.
    virtual bool next(MarcReadItem &item) = 0;
    // Progress: bytes consumed so far and the input's size (0 when unknown).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    // Opens a file; format Auto looks at the first byte ('<' is MARCXML). ISO 2709 files are
    // memory-mapped. Errors: catalogue.file_unreadable.
    static Result<std::unique_ptr<MarcReader>> open(const QString &path, MarcFormat format = MarcFormat::Auto,
                                                    MarcEncoding encoding = MarcEncoding::Auto);
    // Reads from memory (the bytes are copied into the reader only for MARCXML).
    static std::unique_ptr<MarcReader> fromBytes(const QByteArray &bytes, MarcFormat format = MarcFormat::Auto,
                                                 MarcEncoding encoding = MarcEncoding::Auto);
};

// Parses one ISO 2709 record (its exact bytes, terminator included).
Result<MarcRecord> parseIso2709(QByteArrayView bytes, MarcEncoding encoding = MarcEncoding::Auto);

// Serialises a record as ISO 2709 UTF-8: Leader/00-04 and 12-16 are computed, 10-11 are "22",
// 20-21 "45" (22-23 are kept). Errors: catalogue.marc_too_long (a field over 9,999 bytes or a record over
// 99,999 bytes cannot be written in ISO 2709; MARCXML has no such limit).
Result<QByteArray> writeIso2709(const MarcRecord &record);

// MARCXML (MARC 21 slim). writeMarcXml gives one <record> element, indented as yaz-marcdump
// does, with the namespace when `withNamespace` (a record on its own) and without it inside
// a <collection> that declares it.
QByteArray writeMarcXml(const MarcRecord &record, bool withNamespace = true);
QByteArray marcXmlCollectionStart();
QByteArray marcXmlCollectionEnd();
// keepTags: a tag that is not three characters is kept as written instead of refusing the record
// (a record a person wrote: checkMarc then names the field).
Result<MarcRecord> parseMarcXml(const QByteArray &xml, bool keepTags = false);

// MARC-8 to UTF-8 with libyaz, field by field (escape sequences start afresh in every field).
class Marc8Decoder {
public:
    Marc8Decoder();
    ~Marc8Decoder();
    Marc8Decoder(const Marc8Decoder &) = delete;
    Marc8Decoder &operator=(const Marc8Decoder &) = delete;

    // Converts one subfield value; `error` is set when a sequence cannot be converted.
    QString decode(QByteArrayView bytes, bool *error);
    // Call at the end of each field.
    void resetField();

private:
    void *m_cd = nullptr;
};

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF). Returns the byte
// index of the first invalid sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace Aksara::Catalogue
