#pragma once

// The columns of a business table that the trail digests (docs/security.md "The trail"): every
// column but the measurements written outside any operation, sorted by name. Read from the schema
// once per database and table, and forgotten when a migration may have changed the schema
// (Database::forgetTableKeys) or the database object goes away. Explicit column lists, not a
// cached "SELECT *": a prepared "SELECT *" breaks when a migration alters its table.
// Used by OperationLog and Verifier only.

#include "core/Database.h"

namespace Aksara {

Result<QStringList> digestedColumns(Database &db, const QString &table);
void forgetDigestedColumns(const Database *db);

} // namespace Aksara
