#pragma once

#include "core/Database.h"

#include <QMap>
#include <QStringList>

namespace Aksara::Test {

// What a database's schema is, as sorted lines that two databases can be compared by: every table
// with its columns in order (name, type, null, default), its CHECK constraints, foreign keys and
// indexes, and the triggers (SQLite: from the pragmas and the stored DDL; PostgreSQL: from the
// catalogues). Two databases with the same lines have the same schema, whatever migrations made them.
QStringList schemaDump(Database &db);

// The names of the tables (not views, not internal or virtual ones), sorted.
QStringList tableNames(Database &db);
// A table's columns in their order.
QStringList columnNames(Database &db, const QString &table);
// A table's rows over the given columns, one line each (values joined, blobs as hex), sorted: what
// "every row kept" is checked with.
QStringList rowLines(Database &db, const QString &table, const QStringList &columns);

} // namespace Aksara::Test
