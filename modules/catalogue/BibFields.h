#pragma once

#include "catalogue/MarcRecord.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace Aksara::Catalogue {

// The record types Aksara shows and facets on, derived from Leader/06-07 (and 008 form of item).
namespace RecordTypes {
inline const QString Book = QStringLiteral("book");
inline const QString Ebook = QStringLiteral("ebook");
inline const QString Magazine = QStringLiteral("magazine"); // serials
inline const QString Map = QStringLiteral("map");
inline const QString Score = QStringLiteral("score");
inline const QString Audiobook = QStringLiteral("audiobook"); // non-musical sound recording
inline const QString Music = QStringLiteral("music"); // musical sound recording
inline const QString Video = QStringLiteral("video"); // DVDs, films
inline const QString Software = QStringLiteral("software");
inline const QString Picture = QStringLiteral("picture");
inline const QString Kit = QStringLiteral("kit");
inline const QString Object = QStringLiteral("object");
inline const QString Manuscript = QStringLiteral("manuscript");
inline const QString Mixed = QStringLiteral("mixed");
QStringList all();
// Accepts the names above and a few aliases ("dvd" = video, "serial" = magazine).
QString normalize(const QString &text);
} // namespace RecordTypes

// The searchable and displayable fields Aksara derives from a MARC record. The full record is
// always kept; these are recomputed whenever it changes. Text is NFC, ISBD punctuation trimmed.
struct BibFields {
    QString controlNumber; // 001
    QString controlSource; // 003
    QString title; // 245 $a $b $n $p
    QString responsibility; // 245 $c
    QString author; // main entry 100/110/111 (or the first added name entry)
    QStringList authors; // every name: 1XX, 7XX (and 880 alternate-script forms)
    QStringList titles; // variant titles: 130, 240, 246, 730, 740 and 880 forms of 245
    QStringList subjects; // 6XX, subdivisions joined with " -- "
    QStringList series; // 440, 490, 8XX
    QString publisher; // 264 _1 (or 260) $b
    QString place; // 264/260 $a
    int year = 0; // 008/07-10, else the first plausible year of 264/260 $c; 0 if unknown
    QString language; // 008/35-37, else 041 $a; lower case, empty if unknown
    QStringList isbns; // valid ISBNs of 020 $a as ISBN-13
    QStringList issns; // valid ISSNs of 022 $a, "1234-567X"
    QStringList identifiers; // other numbers: 010, 020 $z, 024, 028, 035, invalid ISBNs
    QString callNumber; // 092, 082, 099, 090, 050 ...
    QString recordType; // RecordTypes
    QString edition; // 250 $a
    QString physical; // 300
    QStringList notes; // 5XX

    QString isbn() const { return isbns.isEmpty() ? QString() : isbns.first(); }
    QJsonObject toJson() const;
};

BibFields deriveFields(const MarcRecord &record);

// A record described by simple fields (the demo catalogue, a quick add at the desk). Multi-valued
// fields are lists; subjects may use " -- " between subdivisions.
struct SimpleRecord {
    QString title;
    QString subtitle;
    QString responsibility;
    QString author; // inverted: "Toer, Pramoedya Ananta"
    QStringList otherAuthors;
    QString publisher;
    QString place;
    int year = 0;
    QString language; // MARC code: ind, eng, ...
    QStringList subjects;
    QString callNumber; // "899.221 3 TOE b"
    QStringList series;
    QString edition;
    int pages = 0;
    QString recordType = RecordTypes::Book;
    QString isbn;
    QStringList notes;
    QString controlNumber;
};

// Builds a MARC 21 record (UTF-8) from simple fields; `entered` goes into 008/00-05.
MarcRecord buildMarc(const SimpleRecord &simple, const QDate &entered);

} // namespace Aksara::Catalogue
