#pragma once

// Functions shared by the catalogue's own source files; not part of its public interface.

#include "catalogue/Catalogue.h"

#include <optional>

namespace Aksara::Catalogue {

// A record row written without MARC (by other code): a MARC record built from its columns
// (title, author, publisher, year, isbn, language, record_type, call_number, control_number).
MarcRecord marcFromColumns(const QVariantList &row, qint64 nowMs);

// A record with the same control number (and source, when both have one) or a shared ISBN.
Result<std::optional<ImportDuplicate>> findDuplicate(Database &db, const BibFields &fields, qint64 excludeId = 0);

// Every record id matching a query (exports of a search).
Result<QList<qint64>> matchingIds(Database &db, const QueryNode &query);

} // namespace Aksara::Catalogue
