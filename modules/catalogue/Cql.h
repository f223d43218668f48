#pragma once

#include "catalogue/Query.h"

namespace Aksara::Catalogue {

// CQL (the query language of SRU), parsed with libyaz's cql_parser and mapped to the same query as
// the query box, so that SRU searches and desk searches find the same records.
//
// Indexes: cql.serverChoice / cql.anywhere / cql.allIndexes / cql.keywords (anywhere); dc.title,
// bath.title; dc.creator, dc.author, bath.author, bath.name; dc.subject, bath.subject; bath.isbn;
// bath.issn; dc.publisher, bath.publisher; dc.date (years); dc.identifier; dc.description (notes);
// bath.seriesTitle. The context set may be left out ("title"). Relations: =, ==, exact, adj (the
// words as a phrase), all, any; <, <=, >, >=, within for dc.date. A final * truncates.
//
// Errors are refusals whose details carry the SRU diagnostic: {"diagnostic":
// "info:srw/diagnostic/1/N", "code": N, "details": "..."}: 10 syntax, 15 context set, 16 index,
// 19 relation, 20 relation modifier, 27 empty term, 28 masking, 29 masked word too short,
// 31 anchoring, 36 term format, 37 boolean operator, 39 proximity, 46 boolean modifier,
// 48 query feature (a query that only excludes), 80 sort.
Result<QueryNode> parseCql(const QString &cql);

// The SRU diagnostic code of an error from parseCql (0 if it has none).
int sruDiagnosticOf(const Error &error);

} // namespace Aksara::Catalogue
