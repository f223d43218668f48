#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Aksara::Sip2 {

// The character set of a SIP2 connection: UTF-8 (Aksara's default) or IBM code page 850, which
// older self-check machines use. Conversion goes through iconv (glibc).
enum class Charset { Utf8, Cp850 };
std::optional<QString> decode(const QByteArray &bytes, Charset charset); // nullopt: invalid bytes
QByteArray encode(const QString &text, Charset charset);                 // unmappable characters become '?'

// One SIP2 message: the two-digit command, its fixed-length fields (already split per the
// message's layout), its variable fields in order (two-letter code, value), and the error
// detection trailer (AY sequence number, AZ checksum) when the sender used it.
struct Message {
    QString command;
    QStringList fixed;
    QList<std::pair<QString, QString>> fields;
    int sequence = -1; // AY, 0..9; -1 without error detection

    QString field(const QString &code) const; // first occurrence, empty if absent
    QStringList fields_(const QString &code) const; // all occurrences (repeatable fields such as AS, AU, BM)
    bool has(const QString &code) const;
};

// Parsing and building SIP2 2.00 frames (3M Standard Interchange Protocol, version 2.00).
//
// Framing: a message ends with CR; CR LF is accepted. Fixed fields are checked against the layout of
// the message type (length and character class: digits, Y/N, 18-character dates); variable fields
// are two-letter codes ended by '|', at most kMaxField characters. With error detection the frame
// ends in "AY<digit>AZ<4 hex>", the checksum being the 16-bit two's complement of the sum of the
// encoded bytes up to and including "AZ"; it is checked before anything else.
class Codec {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Sip2::Codec)

public:
    static constexpr int kMaxField = 255;
    static constexpr int kMaxFrame = 8192;

    enum class ParseError { None, BadChecksum, Malformed, InvalidBytes, UnknownCommand };
    struct Parsed {
        ParseError error = ParseError::None;
        QString detail; // why, for the log
        Message message;
    };

    explicit Codec(Charset charset = Charset::Utf8) : m_charset(charset) {}
    Charset charset() const { return m_charset; }

    // `frame` is one message without its CR (LF already stripped).
    Parsed parse(const QByteArray &frame) const;

    // Builds a frame (with CR). Values are cleaned: '|' becomes '¦', CR/LF become spaces, and each
    // field is cut to kMaxField characters. With sequence >= 0 the AY/AZ trailer is appended.
    QByteArray build(const QString &command, const QStringList &fixed, const QList<std::pair<QString, QString>> &fields,
                     int sequence) const;

    static QString checksum(const QByteArray &bytesUpToAz);
    static QString sanitize(const QString &value);

    // SIP2's 18-character date: YYYYMMDDZZZZHHMMSS (ZZZZ = four spaces for local time, or "   Z" for UTC).
    static QString date(qint64 ms, const QByteArray &timeZone);
    static bool isDate(const QString &s);

    // Fixed-field layout of every request the ACS accepts (lengths in order), and the known commands.
    static const QList<int> *requestLayout(const QString &command);

private:
    Charset m_charset;
};

} // namespace Aksara::Sip2
