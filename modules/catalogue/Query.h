#pragma once

#include "catalogue/IndexDoc.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace Aksara::Catalogue {

// A search query, the same for the query box syntax, CQL and the facet filters, and evaluated the
// same way by both engines (SQLite FTS5 and PostgreSQL tsvector) and by the C++ matcher that
// verifies candidates. Words are already folded (Text::tokens).
struct QueryNode {
    enum class Kind { Term, Prefix, Phrase, YearRange, And, Or, Not };
    Kind kind = Kind::Term;
    unsigned fields = kAllTextFields; // bit mask of 1 << IndexField
    QStringList words; // Term/Prefix: one; Phrase: several (the last is a prefix when prefixLast)
    bool prefixLast = false;
    int yearFrom = 0;
    int yearTo = 0;
    QList<QueryNode> children;

    static QueryNode term(const QString &word, unsigned fields = kAllTextFields);
    static QueryNode all(Kind kind, QList<QueryNode> children);
    bool isLeaf() const { return kind != Kind::And && kind != Kind::Or && kind != Kind::Not; }
    QString describe() const; // readable form, for logs and tests
};

// The query box syntax:
//   words                    all of them, anywhere (AND is implied)
//   "a phrase"               the words next to each other in one field
//   pram*                    prefix (at least two letters)
//   title: author: subject: series: publisher: isbn: issn: notes: year:   (ti au su se pb)
//   year:1980  year:1975-1990
//   AND OR NOT (also DAN ATAU BUKAN), -word, ( )
// Errors (refused): catalogue.query_empty, catalogue.query_syntax (with details.position),
// catalogue.query_only_negative, catalogue.query_prefix_too_short, catalogue.query_too_long,
// catalogue.query_too_deep, catalogue.query_too_many_terms.
Result<QueryNode> parseQuery(const QString &text);

// The bounds of a query, the same for the query box and CQL (a stranger can type either): its
// length in characters, how deeply brackets and NOTs nest (SQLite's FTS5 parser overflows its
// stack at about 30 levels, and every step of the search walks the tree recursively), and how many
// search terms it holds.
inline constexpr int kMaxQueryLength = 1024;
inline constexpr int kMaxQueryDepth = 16;
inline constexpr int kMaxQueryTerms = 64;
// Refuses a query tree deeper or with more terms than the bounds (catalogue.query_too_deep,
// catalogue.query_too_many_terms); `details` is added to the error's details (CQL: its diagnostic).
Status checkQueryBounds(const QueryNode &node, const QJsonObject &details = {});

// What a document scores on: the positive words of the query (not under NOT).
struct ScoringTerm {
    QString word;
    unsigned fields = kAllTextFields;
    bool prefix = false;
    bool operator==(const ScoringTerm &o) const = default;
};
QList<ScoringTerm> scoringTerms(const QueryNode &query);

// Evaluates the query on one document (its parsed body).
bool matches(const QueryNode &query, const ParsedDoc &doc);

// SQLite FTS5 MATCH expression over the search_fts columns.
QString toFts5(const QueryNode &query);

// PostgreSQL tsquery text over search_docs.tsv (weights A title, B author, C subject, D the rest).
// `needsRecheck` is set when the tsquery is wider than the query (a fielded term on a field that
// shares weight D with others); the caller then verifies candidates with matches().
QString toTsquery(const QueryNode &query, bool *needsRecheck);
QString quoteLexeme(const QString &lexeme);
// The facet tokens (centuries, decades, single years) that together cover a year range.
QStringList yearFacetTokens(int from, int to);

} // namespace Aksara::Catalogue
