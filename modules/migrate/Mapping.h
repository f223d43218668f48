#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Aksara::Migrate {

// What is imported (aksara migrate patrons|copies|loans|fees).
enum class Kind { Patrons, Copies, Loans, Fees };
QString kindName(Kind kind);
bool parseKind(const QString &text, Kind *kind);

// Aksara's fields of each kind, in the order of the error report (docs/migration.md):
//   patrons  old_id* name* first_name nik birth_date address postal_code phone mobile email
//            category branch registered_on expires_on photo language
//   copies   barcode* record isbn title branch location call_number item_type price acquired_on
//   loans    old_id item* patron* issued_on due_on* returned branch
//   fees     old_id* patron* amount* paid description date
// (* required). `old_id` of patrons becomes the legacy card number.
QStringList fieldsOf(Kind kind);
QStringList requiredFieldsOf(Kind kind);

// How an old system's file maps onto Aksara's fields.
struct Mapping {
    QString name;                    // the preset's name, or "custom"
    // Aksara field -> the file's column (matched case-insensitively); "A|B" names alternatives, the
    // first one the header has is read.
    QHash<QString, QString> columns;
    // The preset's columns in order, for a file exported without its header row (SLiMS asks).
    QStringList positional;
    QStringList dateFormats;         // QDate formats tried in order; ISO first unless the map says
    // Value tables: the old system's value (matched case-insensitively, trimmed) -> Aksara's code.
    // Without an entry, a value that is itself an Aksara code is taken; anything else is a row error.
    QHash<QString, QString> categories;
    QHash<QString, QString> branches;
    QHash<QString, QString> itemTypes;
    QString branch;                  // the branch of every row when the file has no branch column
    QChar separator;                 // 0: detected
    // Rows whose value in this column is one of these are closed loans (not imported, counted).
    QString closedColumn;
    QStringList closedValues;        // empty: any non-empty value means closed
};

// The presets: "slims", "inlislite", "koha" (refusal migrate.unknown_preset); "custom" is an empty
// mapping that a map file fills in.
Result<Mapping> preset(Kind kind, const QString &name);

// Applies a map file to `base` (docs/migration.md "The mapping file"): INI sections [options]
// (preset, date_format, separator, branch), [columns] (field = column), [categories], [branches],
// [item_types] (old = CODE). Refusal migrate.bad_map with the line at fault; an unknown field in
// [columns] is refused too.
Result<Mapping> applyMapFile(Kind kind, const QByteArray &text, Mapping base);

} // namespace Aksara::Migrate
