#pragma once

#include "catalogue/MarcCheck.h"
#include "catalogue/MarcRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Aksara::Catalogue {

// A record read from text a person wrote, with the line each part came from (1-based; 0 when
// the input has no lines, as MARCXML and ISO 2709 here).
struct MarcEntry {
    MarcRecord record;
    int leaderLine = 0;
    QList<int> fieldLines; // the line of record.fields[i]
};

// The MARC "line" format, as `yaz-marcdump -o line` prints it:
//
//   00000nam a2200000 i 4500                      the leader (24 characters; "LDR " before it is allowed)
//   001 AKS-12                                    a control field: the tag, a space, the data as it is
//   245 10 $a Laskar pelangi / $c Andrea Hirata.  a data field: the tag, the two indicators, then
//                                                 subfields, each "$" + its code + a space + the value
//
// A blank indicator is a space (or "#", as cataloguing manuals write it). A subfield starts at a
// "$" that begins the text or follows a space, then its code, then a space: so "US$5" and the price
// in "$c $19.95" stay inside their values. Values are trimmed. Blank lines end a record. (A value
// that itself holds " $x " cannot be written in this format; use MARCXML for it.)
//
// The reader keeps tags as written (checkMarc reports a bad tag at its field). What the line
// syntax itself gets wrong is refused at once with every such line (details.reasons with "line"):
// catalogue.marc_no_record, catalogue.marc_several_records, catalogue.marc_bad_leader (no usable
// leader line), catalogue.marc_bad_line, catalogue.marc_bad_indicator (not two characters),
// catalogue.marc_bad_subfield_code (a "$" without a code).
Result<MarcEntry> readMarcLines(const QString &text);
QString writeMarcLines(const MarcRecord &record);

// One line of the format (without the line break), and back: the field a line holds, or why it
// does not hold one (line numbers in the problems are 0: the caller knows them).
QString writeMarcLine(const MarcField &field);
Result<MarcField> readMarcLine(const QString &line);

// A record from a file a person wrote: MARCXML (it starts with "<"), ISO 2709 (it holds a record
// terminator) or the line format (UTF-8). Exactly one record. Errors as above, and
// catalogue.marc_bad_xml, catalogue.marc_bad_utf8 and the ISO 2709 reader's.
Result<MarcEntry> readMarcEntry(const QByteArray &bytes);

// Puts the line of each reason that names a field (details.reasons[].index) into the reason
// ("line") and its message, and rebuilds the error's message from them.
void addLines(Error &error, const MarcEntry &entry);

} // namespace Aksara::Catalogue
