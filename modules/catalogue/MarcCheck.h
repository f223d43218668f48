#pragma once

#include "catalogue/BibFields.h"
#include "catalogue/MarcRecord.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>

namespace Aksara::Catalogue {

// One thing wrong with a record a person entered, and where it is: a simple form's field
// ("title", "isbn", ...) or a MARC field (its tag, which occurrence of that tag, its place in the
// record, and the subfield, indicator or character position when the problem is inside it).
//
// Codes (all refusals):
//   catalogue.marc_bad_leader                   the leader is not 24 characters, or a position holds
//                                               a value MARC 21 does not define (05, 06, 07, 08, 09,
//                                               17, 18, 19, and the computed 00-04, 10-16, 20-23)
//   catalogue.marc_bad_tag                      a tag that is not three digits (or three letters of one
//                                               case, a local field), or 000
//   catalogue.marc_bad_indicator                an indicator that is not a digit, a lowercase letter or blank
//   catalogue.marc_bad_subfield_code            a code that is not a lowercase letter or a digit
//   catalogue.marc_empty_field                  a data field without subfields, an empty subfield or control field
//   catalogue.marc_control_field_with_subfields a 001-009 field given indicators and subfields
//   catalogue.marc_data_field_as_control        a data field (010 and up) given as control data
//   catalogue.marc_bad_control_field            008 that is not 40 characters
//   catalogue.marc_bad_character                a control character (MARC's separators among them)
//   catalogue.marc_missing_245                  no 245, or a 245 without a title ($a or $k)
//   catalogue.marc_repeated_field               a second 001, 003, 005, 008, 1XX or 245
//   catalogue.marc_bad_line                     (text input) a line that is not a field
//   catalogue.record_without_title, catalogue.bad_isbn, catalogue.bad_year, catalogue.bad_language,
//   catalogue.bad_record_type                   (simple records)
struct RecordProblem {
    QString code;
    QString message; // translated, with where it is ("Field 650 #2 $x: ...")
    QString field; // simple record: the form field; MARC: the tag, or "leader"
    int occurrence = 0; // MARC: 1 for the first field with this tag, 2 for the second...
    int index = -1; // MARC: the field's place in MarcRecord::fields (0-based); -1: the leader
    char subfield = 0;
    int indicator = 0; // 1 or 2
    int position = -1; // a character position in the leader or a control field
    int line = 0; // the line of the text the record was read from (1-based), 0 if none
    QJsonObject toJson() const; // {code, message, field, tag, occurrence, index, subfield, ...}
};

// Every syntax problem of a MARC 21 bibliographic record entered by hand, in record order (the
// leader first). Empty: the record may be stored.
QList<RecordProblem> checkMarc(const MarcRecord &record);

// Every problem of a simple record: a title is required; the ISBN (if any) must be a valid
// ISBN-10 or ISBN-13; the year (if any) between 1000 and next year; the language a three-letter
// MARC code; the record type one of RecordTypes.
QList<RecordProblem> checkSimpleRecord(const SimpleRecord &record, int currentYear);

// A refusal listing the problems: the first one's code, every message, details.reasons.
Error refusalOf(const QList<RecordProblem> &problems);

// Where a MARC problem is, for people: "Leader/06", "Field 245", "Field 650 #2 $x", "Field 100 indicator 1".
QString locationOf(const RecordProblem &problem);

} // namespace Aksara::Catalogue
