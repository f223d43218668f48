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

// How many records hold a word (or a prefix), for idf: kept in search_terms on PostgreSQL,
// counted in the full-text index on SQLite (exact up to 50,000 records, estimated beyond for
// frequent words).
Result<qint64> documentFrequency(Database &db, const QString &word, bool prefix = false);
Result<QList<double>> idfOf(Database &db, const QList<ScoringTerm> &terms);

// Every record id matching a query (exports of a search).
Result<QList<qint64>> matchingIds(Database &db, const QueryNode &query);

} // namespace Aksara::Catalogue
