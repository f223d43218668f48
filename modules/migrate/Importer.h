#pragma once

#include "migrate/Mapping.h"

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Aksara::Migrate {

// One rejected row: its line in the file (the header is line 1), the file's column at fault (empty
// when the row as a whole is), a stable code and a translated reason.
struct RowError {
    int line = 0;
    QString column;
    QString oldId;
    QString code;
    QString message;
    QJsonObject toJson() const;
};

struct Options {
    bool dryRun = false;            // every row checked and written, then all of it rolled back
    bool allowUnverifiedNik = false; // an invalid NIK is kept as unverified instead of rejecting the row
    QString photosDir;               // patrons: <old id>.jpg|.jpeg|.png (or the photo column's file name)
    int batchSize = 500;             // rows per operation
    // Called after each batch with the rows done and the total (the CLI's progress line).
    std::function<void(qsizetype done, qsizetype total)> progress;
    // Set (from any thread) to stop before the next batch: the batches already done stay
    // (Report::cancelled). The desk's Stop button.
    std::shared_ptr<std::atomic<bool>> cancel;
};

struct Report {
    QString kind;
    QString preset;
    bool dryRun = false;
    qsizetype rows = 0;      // data rows read
    qsizetype imported = 0;  // rows that made (or in a dry run would make) a new row
    qsizetype skipped = 0;   // rows already imported by an earlier run (recognised by their old id)
    qsizetype closed = 0;    // loans: rows of returned loans, not open (not imported)
    qsizetype settled = 0;   // fees: rows with nothing left to pay (not imported)
    bool cancelled = false;  // stopped by Options::cancel before the end (what was done stays)
    QList<RowError> errors;
    QJsonObject toJson() const;
    // line,column,old_id,code,message (the --errors file).
    QByteArray errorsCsv() const;
};

// One old value of a mapped column (category, branch, item type) and what it becomes: the mapping
// file's table, else the Aksara code or name it matches. `known` false: the code is not Aksara's,
// so every row with it will be rejected (flagged before the import). `column` empty: the file has no
// such column and every row gets `code` ([options] branch; empty: the library's default branch).
struct ValueMapping {
    QString field;
    QString column;
    QString oldValue;
    QString code;
    bool known = false;
    qsizetype rows = 0;
};

// The file as the importer reads it, before anything is imported (the desk's preview): Aksara's
// fields found in the file with their columns, the first rows' values by field, and every distinct
// value of the mapped columns in the whole file.
struct Preview {
    QStringList fields;        // in fieldsOf order
    QStringList columns;       // the file's column of each field
    QList<int> lines;          // the line of each row shown
    QList<QStringList> rows;   // the first rows' values, one per field
    qsizetype totalRows = 0;   // data rows in the file
    bool headerless = false;   // read by the preset's column order (no header row)
    QList<ValueMapping> values;
    qsizetype unknownValues() const;
};

// Imports one file of an old system's export (docs/migration.md). Rows go in batches of
// Options::batchSize, each batch one operation of the kind's service:
//   patrons  membership / patron.manage   "migrate.patrons" (each patron a nested patron.register)
//   copies   cataloguing / catalogue.edit "migrate.copies"
//   loans    checkout / circulation.checkout "migrate.loans"
//   fees     fees / fees.collect           "migrate.fees"
// A row that fails a check is reported (RowError) and the rest go on; a failure of the system
// (storage.*) stops the import with that error, keeping the batches already committed (an import
// run again skips them). Each imported row's old id is stored (migrated_rows), so a second run
// skips it. Refusal migrate.no_rows, migrate.missing_column (a required field's column is not in
// the file's header).
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Migrate::Importer)

public:
    Importer(ServiceCore &core, const Caller &caller) : m_core(core), m_caller(caller) {}

    Result<Report> run(Kind kind, const QByteArray &file, const Mapping &mapping, const Options &options);
    // Reads the file as run() would and writes nothing; the same refusals of the whole file
    // (migrate.no_rows, migrate.missing_column).
    Result<Preview> preview(Kind kind, const QByteArray &file, const Mapping &mapping, int maxRows = 20);

private:
    ServiceCore &m_core;
    Caller m_caller;
};

} // namespace Aksara::Migrate
