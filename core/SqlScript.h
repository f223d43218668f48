#pragma once

#include "core/Guard.h"

#include <QStringList>

namespace Aksara {

// Splits a migration script into statements (Qt Sql runs one statement per call). Understands
// '--' comments, quoted strings, PostgreSQL dollar-quoted bodies ($$ ... $$) and SQLite trigger
// bodies (CREATE TRIGGER ... BEGIN ... END;).
QStringList splitSqlScript(const QString &script);

} // namespace Aksara
