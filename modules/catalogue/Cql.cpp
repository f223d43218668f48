#include "catalogue/Cql.h"

#include "catalogue/Isbn.h"
#include "catalogue/TextFold.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <yaz/cql.h>

#include <algorithm>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

Error diagnostic(const char *code, int number, const QString &message, const QString &details = {})
{
    return Error::refused(QString::fromLatin1(code), message,
                          QJsonObject{{QStringLiteral("diagnostic"), QStringLiteral("info:srw/diagnostic/1/%1").arg(number)},
                                      {QStringLiteral("code"), number},
                                      {QStringLiteral("details"), details}});
}

constexpr unsigned bit(IndexField f)
{
    return 1u << int(f);
}

enum class Kind { Text, Isbn, Issn, Date };
struct IndexSpec {
    unsigned mask = kAllTextFields;
    Kind kind = Kind::Text;
};

Result<IndexSpec> indexSpec(const QString &index)
{
    const QString lower = index.toLower();
    QString set;
    QString name = lower;
    const qsizetype dot = lower.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        set = lower.left(dot);
        name = lower.mid(dot + 1);
        if (set != QLatin1String("cql") && set != QLatin1String("dc") && set != QLatin1String("bath")
            && set != QLatin1String("rec"))
            return diagnostic("catalogue.cql_unsupported_context_set", 15,
                              tr("The CQL context set \"%1\" is not supported (cql, dc, bath).").arg(set), set);
    }
    if (name == QLatin1String("serverchoice") || name == QLatin1String("anywhere") || name == QLatin1String("allindexes")
        || name == QLatin1String("keywords") || name == QLatin1String("any") || name == QLatin1String("text"))
        return IndexSpec{kAllTextFields};
    if (name == QLatin1String("title") || name == QLatin1String("uniformtitle"))
        return IndexSpec{bit(IndexField::Title)};
    if (name == QLatin1String("creator") || name == QLatin1String("author") || name == QLatin1String("name")
        || name == QLatin1String("contributor") || name == QLatin1String("personalname") || name == QLatin1String("corporatename"))
        return IndexSpec{bit(IndexField::Author)};
    if (name == QLatin1String("subject") || name == QLatin1String("topicalsubject"))
        return IndexSpec{bit(IndexField::Subject)};
    if (name == QLatin1String("publisher"))
        return IndexSpec{bit(IndexField::Publisher)};
    if (name == QLatin1String("seriestitle") || name == QLatin1String("series"))
        return IndexSpec{bit(IndexField::Series)};
    if (name == QLatin1String("isbn"))
        return IndexSpec{bit(IndexField::Ident), Kind::Isbn};
    if (name == QLatin1String("issn"))
        return IndexSpec{bit(IndexField::Ident), Kind::Issn};
    if (name == QLatin1String("identifier") || name == QLatin1String("id") || name == QLatin1String("controlnumber"))
        return IndexSpec{bit(IndexField::Ident)};
    if (name == QLatin1String("description") || name == QLatin1String("notes"))
        return IndexSpec{bit(IndexField::Other)};
    if (name == QLatin1String("date") || name == QLatin1String("year"))
        return IndexSpec{bit(IndexField::Facet), Kind::Date};
    return diagnostic("catalogue.cql_unsupported_index", 16, tr("The CQL index \"%1\" is not supported.").arg(index), index);
}

QueryNode yearRange(int from, int to)
{
    QueryNode n;
    n.kind = QueryNode::Kind::YearRange;
    n.fields = bit(IndexField::Facet);
    n.yearFrom = from;
    n.yearTo = to;
    return n;
}

Result<int> yearOf(const QString &term)
{
    bool ok = false;
    const int y = term.trimmed().toInt(&ok);
    if (!ok || y < 1 || y > 9999)
        return diagnostic("catalogue.cql_bad_term", 36, tr("\"%1\" is not a year.").arg(term), term);
    return y;
}

Result<QueryNode> dateClause(const QString &relation, const QString &term)
{
    if (relation == QLatin1String("within")) {
        const QStringList parts = term.simplified().split(QLatin1Char(' '));
        if (parts.size() != 2)
            return diagnostic("catalogue.cql_bad_term", 36, tr("\"within\" needs two years: \"1980 1990\"."), term);
        auto a = yearOf(parts.at(0));
        auto b = yearOf(parts.at(1));
        if (!a.ok())
            return a.error();
        if (!b.ok())
            return b.error();
        return yearRange(qMin(*a, *b), qMax(*a, *b));
    }
    auto y = yearOf(term);
    if (!y.ok())
        return y.error();
    if (relation == QLatin1String("=") || relation == QLatin1String("==") || relation == QLatin1String("exact")
        || relation == QLatin1String("adj") || relation == QLatin1String("all") || relation == QLatin1String("any"))
        return yearRange(*y, *y);
    if (relation == QLatin1String("<"))
        return yearRange(1000, *y - 1);
    if (relation == QLatin1String("<="))
        return yearRange(1000, *y);
    if (relation == QLatin1String(">"))
        return yearRange(*y + 1, 2999);
    if (relation == QLatin1String(">="))
        return yearRange(*y, 2999);
    return diagnostic("catalogue.cql_unsupported_relation", 19, tr("The relation \"%1\" is not supported for dates.").arg(relation),
                      relation);
}

// Splits a CQL term into words; a final unescaped * makes the last word a prefix.
Result<QueryNode> textClause(const IndexSpec &spec, const QString &relation, const QString &rawTerm)
{
    static const QStringList known{QStringLiteral("="), QStringLiteral("=="), QStringLiteral("exact"), QStringLiteral("adj"),
                                   QStringLiteral("all"), QStringLiteral("any")};
    if (!known.contains(relation))
        return diagnostic("catalogue.cql_unsupported_relation", 19,
                          tr("The relation \"%1\" is not supported here (=, ==, adj, all, any).").arg(relation), relation);
    QString term;
    bool prefix = false;
    for (qsizetype i = 0; i < rawTerm.size(); ++i) {
        const QChar c = rawTerm.at(i);
        if (c == QLatin1Char('\\') && i + 1 < rawTerm.size()) {
            term += rawTerm.at(++i) == QLatin1Char('*') || rawTerm.at(i) == QLatin1Char('?') ? QLatin1Char(' ') : rawTerm.at(i);
            continue;
        }
        if (c == QLatin1Char('*')) {
            const bool atWordEnd = i + 1 == rawTerm.size() || rawTerm.at(i + 1).isSpace();
            if (!atWordEnd || i == 0 || rawTerm.at(i - 1).isSpace())
                return diagnostic("catalogue.cql_masking", 28, tr("Truncation with * is only supported at the end of a word."), rawTerm);
            if (i + 1 != rawTerm.size())
                return diagnostic("catalogue.cql_masking", 28, tr("Truncation with * is only supported at the end of the term."), rawTerm);
            prefix = true;
            continue;
        }
        if (c == QLatin1Char('?'))
            return diagnostic("catalogue.cql_masking", 28, tr("The masking character ? is not supported."), rawTerm);
        if (c == QLatin1Char('^'))
            return diagnostic("catalogue.cql_anchoring", 31, tr("Anchoring (^) is not supported."), rawTerm);
        term += c;
    }
    if (spec.kind == Kind::Isbn) {
        if (const auto isbn = Isbn::normalize(term))
            return QueryNode::term(*isbn, spec.mask);
    }
    if (spec.kind == Kind::Issn) {
        if (const auto issn = Isbn::normalizeIssn(term))
            return QueryNode::term(QString(*issn).remove(QLatin1Char('-')).toLower(), spec.mask);
    }
    const QStringList words = Text::tokens(term);
    if (words.isEmpty())
        return diagnostic("catalogue.cql_empty_term", 27, tr("The search term is empty."), rawTerm);
    if (prefix && words.last().size() < 2)
        return diagnostic("catalogue.cql_masked_word_too_short", 29, tr("A truncated word needs at least two letters."), rawTerm);
    auto leaf = [&](const QString &w, bool isPrefix) {
        QueryNode n = QueryNode::term(w, spec.mask);
        if (isPrefix)
            n.kind = QueryNode::Kind::Prefix;
        return n;
    };
    if (words.size() == 1)
        return leaf(words.first(), prefix);
    if (relation == QLatin1String("all") || relation == QLatin1String("any")) {
        QList<QueryNode> parts;
        for (qsizetype i = 0; i < words.size(); ++i)
            parts << leaf(words.at(i), prefix && i == words.size() - 1);
        return QueryNode::all(relation == QLatin1String("all") ? QueryNode::Kind::And : QueryNode::Kind::Or, parts);
    }
    // =, ==, exact, adj: the words next to each other.
    QueryNode n;
    n.kind = QueryNode::Kind::Phrase;
    n.fields = spec.mask;
    n.words = words;
    n.prefixLast = prefix;
    return n;
}

Result<QueryNode> convert(const cql_node *node)
{
    if (!node)
        return diagnostic("catalogue.cql_syntax", 10, tr("The CQL query is empty."));
    if (node->which == CQL_NODE_ST) {
        QString index = QString::fromUtf8(node->u.st.index ? node->u.st.index : "cql.serverChoice");
        QString relation = QString::fromUtf8(node->u.st.relation ? node->u.st.relation : "=").toLower();
        QString term = QString::fromUtf8(node->u.st.term ? node->u.st.term : "");
        if (node->u.st.extra_terms) {
            // This libyaz does not know every CQL relation word: "dc.date within "2004 2008"" comes
            // as three terms. Read it as index, relation, term; anything else is several words.
            QStringList terms{term};
            for (const cql_node *t = node->u.st.extra_terms; t; t = t->u.st.extra_terms)
                terms << QString::fromUtf8(t->u.st.term ? t->u.st.term : "");
            if (terms.size() == 3 && terms.first().contains(QLatin1Char('.')) && !terms.at(1).contains(QLatin1Char(' '))) {
                index = terms.at(0);
                relation = terms.at(1).toLower();
                term = terms.at(2);
            } else {
                term = terms.join(QLatin1Char(' '));
                relation = QStringLiteral("all");
            }
        }
        if (node->u.st.modifiers)
            return diagnostic("catalogue.cql_unsupported_relation_modifier", 20,
                              tr("Relation modifiers are not supported (\"%1\").")
                                  .arg(QString::fromUtf8(node->u.st.modifiers->u.st.index ? node->u.st.modifiers->u.st.index : "")),
                              relation);
        auto spec = indexSpec(index);
        if (!spec.ok())
            return spec.error();
        if (spec->kind == Kind::Date)
            return dateClause(relation, term);
        return textClause(*spec, relation, term);
    }
    if (node->which == CQL_NODE_BOOL) {
        const QString op = QString::fromUtf8(node->u.boolean.value ? node->u.boolean.value : "").toLower();
        if (node->u.boolean.modifiers)
            return diagnostic("catalogue.cql_unsupported_boolean_modifier", 46, tr("Boolean modifiers are not supported."), op);
        if (op == QLatin1String("prox"))
            return diagnostic("catalogue.cql_proximity", 39, tr("Proximity (prox) is not supported."), op);
        if (op != QLatin1String("and") && op != QLatin1String("or") && op != QLatin1String("not"))
            return diagnostic("catalogue.cql_unsupported_boolean", 37, tr("The boolean operator \"%1\" is not supported.").arg(op), op);
        auto left = convert(node->u.boolean.left);
        if (!left.ok())
            return left.error();
        auto right = convert(node->u.boolean.right);
        if (!right.ok())
            return right.error();
        if (op == QLatin1String("not"))
            return QueryNode::all(QueryNode::Kind::And, {*left, QueryNode::all(QueryNode::Kind::Not, {*right})});
        return QueryNode::all(op == QLatin1String("and") ? QueryNode::Kind::And : QueryNode::Kind::Or, {*left, *right});
    }
    if (node->which == CQL_NODE_SORT)
        return diagnostic("catalogue.cql_sort", 80, tr("Sorting (sortBy) is not supported: results come in relevance order."));
    return diagnostic("catalogue.cql_syntax", 10, tr("The CQL query could not be understood."));
}

// Flattens nested AND/OR and refuses a NOT that stands beside OR (nothing to exclude from).
Status check(QueryNode &node)
{
    if (node.isLeaf())
        return {};
    for (QueryNode &c : node.children) {
        if (Status st = check(c); !st.ok())
            return st;
    }
    if (node.kind == QueryNode::Kind::And || node.kind == QueryNode::Kind::Or) {
        QList<QueryNode> flat;
        for (QueryNode &c : node.children)
            (c.kind == node.kind) ? void(flat += c.children) : void(flat << c);
        node.children = flat;
        if (node.kind == QueryNode::Kind::Or) {
            for (const QueryNode &c : std::as_const(node.children)) {
                if (c.kind == QueryNode::Kind::Not)
                    return diagnostic("catalogue.cql_unsupported_not", 48, tr("NOT cannot stand beside OR."));
            }
        }
    }
    return {};
}
} // namespace

Result<QueryNode> parseCql(const QString &cql)
{
    if (cql.trimmed().isEmpty())
        return diagnostic("catalogue.cql_syntax", 10, tr("The CQL query is empty."));
    // This libyaz reads an unterminated "phrase up to the end of the query; CQL says it is an error.
    bool inQuote = false;
    for (qsizetype i = 0; i < cql.size(); ++i) {
        if (cql.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (cql.at(i) == QLatin1Char('"'))
            inQuote = !inQuote;
    }
    if (inQuote)
        return diagnostic("catalogue.cql_quotes", 14, tr("A quoted term is not closed: %1").arg(cql), cql);
    // The bounds, before libyaz parses it (its parser and the conversion below recurse on the
    // brackets): the length (diagnostic 12, too many characters) and how deep brackets nest
    // (diagnostic 10, query syntax error).
    if (cql.size() > kMaxQueryLength)
        return diagnostic("catalogue.query_too_long", 12,
                          tr("The CQL query is %1 characters long; at most %2 are allowed.").arg(cql.size()).arg(kMaxQueryLength),
                          QString::number(kMaxQueryLength));
    {
        int depth = 0, deepest = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < cql.size(); ++i) {
            const QChar c = cql.at(i);
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == QLatin1Char('(')) {
                deepest = std::max(deepest, ++depth);
            } else if (!quoted && c == QLatin1Char(')')) {
                --depth;
            }
        }
        if (deepest > kMaxQueryDepth)
            return diagnostic("catalogue.query_too_deep", 10,
                              tr("The CQL query nests brackets more than %1 deep.").arg(kMaxQueryDepth),
                              QString::number(kMaxQueryDepth));
    }
    CQL_parser parser = cql_parser_create();
    const QByteArray text = cql.toUtf8();
    const int rc = cql_parser_string(parser, text.constData());
    if (rc != 0) {
        cql_parser_destroy(parser);
        return diagnostic("catalogue.cql_syntax", 10, tr("The CQL query has a syntax error: %1").arg(cql), cql);
    }
    // (This libyaz puts sortby at the root of the tree, as a sort node: convert() answers it.)
    auto result = convert(cql_parser_result(parser));
    cql_parser_destroy(parser);
    if (!result.ok())
        return result;
    QueryNode q = *result;
    if (Status st = check(q); !st.ok())
        return st.error();
    // NOTs and the tree as converted count too.
    if (Status st = checkQueryBounds(q); !st.ok()) {
        const bool deep = st.error().code == QLatin1String("catalogue.query_too_deep");
        return diagnostic(deep ? "catalogue.query_too_deep" : "catalogue.query_too_many_terms", deep ? 10 : 12,
                          st.error().message);
    }
    return q;
}

int sruDiagnosticOf(const Error &error)
{
    return error.details.value(QStringLiteral("code")).toInt();
}

} // namespace Aksara::Catalogue
