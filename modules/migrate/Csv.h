#pragma once

#include "core/Guard.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aksara::Migrate {

// One record of a delimited text file, with where it starts.
struct CsvRecord {
    int line = 0;            // 1-based line of the file where the record starts
    QStringList fields;
    bool unterminated = false; // the file ended without this record's line end (the last line)
    bool openQuote = false;    // the file ended inside a quoted field of this record
};

// Reads the exports of SLiMS (its own separator and encloser, records ended by \n or \r), INLISLite
// and Koha (RFC 4180 with "" inside quotes): UTF-8 (a BOM is dropped; a file that is not valid
// UTF-8 is read as Windows-1252, as spreadsheets on Indonesian Windows save it), records ended by
// \n, \r\n or \r. A quoted field may span lines. Blank lines are skipped.
struct CsvFile {
    QChar separator;
    QList<CsvRecord> records;
};

// `separator` 0: the first line's most frequent of , ; TAB |.
CsvFile readCsv(const QByteArray &data, QChar separator = QChar(), QChar quote = QLatin1Char('"'));
// One field for a CSV file written by Aksara (the error report): quoted when it needs to be.
QString csvField(const QString &value);

} // namespace Aksara::Migrate
