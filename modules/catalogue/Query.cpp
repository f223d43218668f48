#include "catalogue/Query.h"

#include "catalogue/Isbn.h"
#include "catalogue/TextFold.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <optional>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

constexpr unsigned bit(IndexField f)
{
    return 1u << int(f);
}

Error syntaxError(const QString &message, qsizetype position)
{
    return Error::refused(QStringLiteral("catalogue.query_syntax"), message,
                          QJsonObject{{QStringLiteral("position"), int(position)}});
}

enum class Special { None, Isbn, Issn, Year };

struct FieldSpec {
    unsigned mask = kAllTextFields;
    Special special = Special::None;
};

std::optional<FieldSpec> fieldNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("title") || n == QLatin1String("ti") || n == QLatin1String("judul"))
        return FieldSpec{bit(IndexField::Title)};
    if (n == QLatin1String("author") || n == QLatin1String("au") || n == QLatin1String("pengarang"))
        return FieldSpec{bit(IndexField::Author)};
    if (n == QLatin1String("subject") || n == QLatin1String("su") || n == QLatin1String("subjek"))
        return FieldSpec{bit(IndexField::Subject)};
    if (n == QLatin1String("series") || n == QLatin1String("se") || n == QLatin1String("seri"))
        return FieldSpec{bit(IndexField::Series)};
    if (n == QLatin1String("publisher") || n == QLatin1String("pb") || n == QLatin1String("penerbit"))
        return FieldSpec{bit(IndexField::Publisher)};
    if (n == QLatin1String("isbn"))
        return FieldSpec{bit(IndexField::Ident), Special::Isbn};
    if (n == QLatin1String("issn"))
        return FieldSpec{bit(IndexField::Ident), Special::Issn};
    if (n == QLatin1String("id") || n == QLatin1String("identifier"))
        return FieldSpec{bit(IndexField::Ident)};
    if (n == QLatin1String("notes") || n == QLatin1String("note") || n == QLatin1String("catatan"))
        return FieldSpec{bit(IndexField::Other)};
    if (n == QLatin1String("year") || n == QLatin1String("yr") || n == QLatin1String("tahun"))
        return FieldSpec{bit(IndexField::Facet), Special::Year};
    if (n == QLatin1String("any") || n == QLatin1String("kw") || n == QLatin1String("all"))
        return FieldSpec{kAllTextFields};
    return std::nullopt;
}

struct Lexeme {
    enum Type { Word, Quoted, Field, LParen, RParen, And, Or, Not, Minus, End };
    Type type = End;
    QString text;
    bool prefix = false; // Quoted followed by '*'
    qsizetype pos = 0;
};

Result<QList<Lexeme>> lex(const QString &s)
{
    QList<Lexeme> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(')) {
            out << Lexeme{Lexeme::LParen, {}, false, i++};
            continue;
        }
        if (c == QLatin1Char(')')) {
            out << Lexeme{Lexeme::RParen, {}, false, i++};
            continue;
        }
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            const qsizetype start = i++;
            qsizetype j = i;
            while (j < n && s.at(j) != QLatin1Char('"') && s.at(j) != QChar(0x201C) && s.at(j) != QChar(0x201D))
                ++j;
            if (j >= n)
                return syntaxError(tr("a phrase opened with \" at position %1 is not closed").arg(start + 1), start);
            Lexeme l{Lexeme::Quoted, s.mid(i, j - i), false, start};
            i = j + 1;
            if (i < n && s.at(i) == QLatin1Char('*')) {
                l.prefix = true;
                ++i;
            }
            out << l;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !s.at(i).isSpace() && s.at(i) != QLatin1Char('(') && s.at(i) != QLatin1Char(')')
               && s.at(i) != QLatin1Char('"'))
            ++i;
        QString raw = s.mid(start, i - start);
        if (raw == QLatin1String("AND") || raw == QLatin1String("DAN") || raw == QLatin1String("&&")) {
            out << Lexeme{Lexeme::And, raw, false, start};
            continue;
        }
        if (raw == QLatin1String("OR") || raw == QLatin1String("ATAU") || raw == QLatin1String("||")) {
            out << Lexeme{Lexeme::Or, raw, false, start};
            continue;
        }
        if (raw == QLatin1String("NOT") || raw == QLatin1String("BUKAN")) {
            out << Lexeme{Lexeme::Not, raw, false, start};
            continue;
        }
        qsizetype offset = start;
        if (raw.size() > 1 && raw.startsWith(QLatin1Char('-'))) {
            out << Lexeme{Lexeme::Minus, {}, false, start};
            raw.remove(0, 1);
            ++offset;
        }
        const qsizetype colon = raw.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            if (fieldNamed(raw.left(colon))) {
                out << Lexeme{Lexeme::Field, raw.left(colon), false, offset};
                raw.remove(0, colon + 1);
                offset += colon + 1;
                if (raw.isEmpty())
                    continue;
            }
        }
        out << Lexeme{Lexeme::Word, raw, false, offset};
    }
    out << Lexeme{Lexeme::End, {}, false, n};
    return out;
}

class Parser {
public:
    explicit Parser(QList<Lexeme> lexemes) : m_l(std::move(lexemes)) {}

    Result<std::optional<QueryNode>> parse()
    {
        auto node = parseOr();
        if (!node.ok())
            return node.error();
        if (peek().type != Lexeme::End)
            return syntaxError(tr("unexpected \"%1\" at position %2").arg(describe(peek())).arg(peek().pos + 1), peek().pos);
        return node;
    }

private:
    const Lexeme &peek() const { return m_l.at(m_i); }
    const Lexeme &take() { return m_l.at(m_i++); }
    static QString describe(const Lexeme &l)
    {
        switch (l.type) {
        case Lexeme::RParen: return QStringLiteral(")");
        case Lexeme::LParen: return QStringLiteral("(");
        case Lexeme::End: return tr("end of query");
        default: return l.text;
        }
    }

    bool startsPrimary() const
    {
        const auto t = peek().type;
        return t == Lexeme::Word || t == Lexeme::Quoted || t == Lexeme::Field || t == Lexeme::LParen || t == Lexeme::Not
               || t == Lexeme::Minus;
    }

    Result<std::optional<QueryNode>> parseOr()
    {
        QList<QueryNode> parts;
        auto first = parseAnd();
        if (!first.ok())
            return first.error();
        if (*first)
            parts << **first;
        while (peek().type == Lexeme::Or) {
            const Lexeme &op = take();
            auto next = parseAnd();
            if (!next.ok())
                return next.error();
            if (!*next && parts.isEmpty())
                return syntaxError(tr("%1 at position %2 has nothing on either side").arg(op.text).arg(op.pos + 1), op.pos);
            if (*next)
                parts << **next;
        }
        if (parts.isEmpty())
            return std::optional<QueryNode>();
        if (parts.size() == 1)
            return std::optional<QueryNode>(parts.first());
        return std::optional<QueryNode>(QueryNode::all(QueryNode::Kind::Or, parts));
    }

    Result<std::optional<QueryNode>> parseAnd()
    {
        QList<QueryNode> parts;
        if (!startsPrimary())
            return syntaxError(tr("a search term is missing at position %1").arg(peek().pos + 1), peek().pos);
        for (;;) {
            auto u = parseUnary();
            if (!u.ok())
                return u.error();
            if (*u)
                parts << **u;
            if (peek().type == Lexeme::And) {
                const Lexeme &op = take();
                if (!startsPrimary())
                    return syntaxError(tr("a search term is missing after %1 at position %2").arg(op.text).arg(op.pos + 1), op.pos);
                continue;
            }
            if (!startsPrimary())
                break;
        }
        if (parts.isEmpty())
            return std::optional<QueryNode>();
        if (parts.size() == 1)
            return std::optional<QueryNode>(parts.first());
        return std::optional<QueryNode>(QueryNode::all(QueryNode::Kind::And, parts));
    }

    // Counts a level of nesting (a bracket, a NOT) while it is parsed; refuses past the bound,
    // before the recursion could go deeper.
    struct Level {
        explicit Level(int &depth) : m_depth(depth) { ++m_depth; }
        ~Level() { --m_depth; }
        int &m_depth;
    };
    Error tooDeep(qsizetype position) const
    {
        return Error::refused(QStringLiteral("catalogue.query_too_deep"),
                              tr("The query nests brackets or NOTs more than %1 deep (at position %2).")
                                  .arg(kMaxQueryDepth)
                                  .arg(position + 1),
                              QJsonObject{{QStringLiteral("position"), int(position)}, {QStringLiteral("max_depth"), kMaxQueryDepth}});
    }

    Result<std::optional<QueryNode>> parseUnary()
    {
        if (peek().type == Lexeme::Not || peek().type == Lexeme::Minus) {
            const Lexeme &op = take();
            const Level level(m_depth);
            if (m_depth > kMaxQueryDepth)
                return tooDeep(op.pos);
            if (!startsPrimary() || peek().type == Lexeme::Not)
                return syntaxError(tr("a search term is missing after NOT at position %1").arg(op.pos + 1), op.pos);
            auto inner = parseUnary();
            if (!inner.ok())
                return inner.error();
            if (!*inner)
                return std::optional<QueryNode>();
            return std::optional<QueryNode>(QueryNode::all(QueryNode::Kind::Not, {**inner}));
        }
        return parsePrimary(FieldSpec{});
    }

    Result<std::optional<QueryNode>> parsePrimary(FieldSpec field)
    {
        const Lexeme &l = take();
        switch (l.type) {
        case Lexeme::LParen: {
            const Level level(m_depth);
            if (m_depth > kMaxQueryDepth)
                return tooDeep(l.pos);
            auto inner = parseOr();
            if (!inner.ok())
                return inner.error();
            if (peek().type != Lexeme::RParen)
                return syntaxError(tr("the bracket opened at position %1 is not closed").arg(l.pos + 1), l.pos);
            take();
            if (*inner && field.mask != kAllTextFields)
                restrict(**inner, field);
            return inner;
        }
        case Lexeme::Field: {
            const FieldSpec f = *fieldNamed(l.text);
            const auto t = peek().type;
            if (t != Lexeme::Word && t != Lexeme::Quoted && t != Lexeme::LParen)
                return syntaxError(tr("\"%1:\" at position %2 needs a search term").arg(l.text).arg(l.pos + 1), l.pos);
            return parsePrimary(f);
        }
        case Lexeme::Word:
        case Lexeme::Quoted: return leaf(l, field);
        default:
            return syntaxError(tr("unexpected \"%1\" at position %2").arg(describe(l)).arg(l.pos + 1), l.pos);
        }
    }

    // Applies a field to every leaf of a bracketed group (title:(bumi manusia)).
    static void restrict(QueryNode &node, const FieldSpec &field)
    {
        if (node.isLeaf()) {
            if (node.kind != QueryNode::Kind::YearRange)
                node.fields = field.mask;
            return;
        }
        for (QueryNode &c : node.children)
            restrict(c, field);
    }

    Result<std::optional<QueryNode>> leaf(const Lexeme &l, const FieldSpec &field)
    {
        QString text = l.text;
        if (field.special == Special::Year) {
            const QString t = text.trimmed();
            const qsizetype dash = t.indexOf(QLatin1Char('-'), 1);
            bool ok1 = true, ok2 = true;
            int from = 0, to = 0;
            if (dash > 0) {
                from = t.left(dash).toInt(&ok1);
                to = t.mid(dash + 1).toInt(&ok2);
            } else {
                from = to = t.toInt(&ok1);
            }
            if (!ok1 || !ok2 || from < 1 || to < from || to > 9999)
                return syntaxError(tr("\"%1\" is not a year or a range of years (1980, 1975-1990)").arg(t), l.pos);
            QueryNode n;
            n.kind = QueryNode::Kind::YearRange;
            n.fields = bit(IndexField::Facet);
            n.yearFrom = from;
            n.yearTo = to;
            return std::optional<QueryNode>(n);
        }
        if (field.special == Special::Isbn || field.special == Special::None) {
            // An ISBN typed with hyphens is one identifier, not several numbers.
            if (l.type == Lexeme::Word && text.size() >= 10 && text.size() <= 17) {
                if (const auto isbn = Isbn::normalize(text))
                    return std::optional<QueryNode>(QueryNode::term(*isbn, field.mask));
            }
        }
        if (field.special == Special::Issn) {
            if (const auto issn = Isbn::normalizeIssn(text))
                return std::optional<QueryNode>(QueryNode::term(QString(*issn).remove(QLatin1Char('-')).toLower(), field.mask));
        }
        bool prefix = l.prefix;
        if (l.type == Lexeme::Word && text.endsWith(QLatin1Char('*'))) {
            prefix = true;
            while (text.endsWith(QLatin1Char('*')))
                text.chop(1);
        }
        const QStringList words = Text::tokens(text);
        if (words.isEmpty())
            return std::optional<QueryNode>();
        if (prefix && words.last().size() < 2)
            return Error::refused(QStringLiteral("catalogue.query_prefix_too_short"),
                                  tr("a truncated word needs at least two letters before the * (\"%1\")").arg(l.text),
                                  QJsonObject{{QStringLiteral("position"), int(l.pos)}});
        QueryNode n;
        n.fields = field.mask;
        n.words = words;
        if (words.size() == 1) {
            n.kind = prefix ? QueryNode::Kind::Prefix : QueryNode::Kind::Term;
        } else {
            n.kind = QueryNode::Kind::Phrase;
            n.prefixLast = prefix;
        }
        return std::optional<QueryNode>(n);
    }

    QList<Lexeme> m_l;
    qsizetype m_i = 0;
    int m_depth = 0;
};

int depthOf(const QueryNode &node)
{
    int deepest = 0;
    for (const QueryNode &c : node.children)
        deepest = std::max(deepest, depthOf(c));
    return node.isLeaf() ? 0 : deepest + 1;
}

int termsOf(const QueryNode &node)
{
    if (node.isLeaf())
        return 1;
    int n = 0;
    for (const QueryNode &c : node.children)
        n += termsOf(c);
    return n;
}

// Flattens nested AND/OR and checks where NOT may stand: only beside a positive part of an AND.
Status normalize(QueryNode &node, bool top)
{
    if (node.isLeaf())
        return {};
    for (QueryNode &c : node.children) {
        if (Status st = normalize(c, false); !st.ok())
            return st;
    }
    if (node.kind == QueryNode::Kind::And || node.kind == QueryNode::Kind::Or) {
        QList<QueryNode> flat;
        for (QueryNode &c : node.children) {
            if (c.kind == node.kind)
                flat += c.children;
            else
                flat << c;
        }
        node.children = flat;
    }
    if (node.kind == QueryNode::Kind::And) {
        bool positive = false;
        for (const QueryNode &c : node.children)
            positive = positive || c.kind != QueryNode::Kind::Not;
        if (!positive)
            return Error::refused(QStringLiteral("catalogue.query_only_negative"),
                                  tr("a query cannot only exclude: add a word to look for"));
    } else if (node.kind == QueryNode::Kind::Or) {
        for (const QueryNode &c : node.children) {
            if (c.kind == QueryNode::Kind::Not)
                return Error::refused(QStringLiteral("catalogue.query_only_negative"),
                                      tr("NOT cannot stand alone beside OR: write \"a NOT b\""));
        }
    } else if (node.kind == QueryNode::Kind::Not && top) {
        return Error::refused(QStringLiteral("catalogue.query_only_negative"),
                              tr("a query cannot only exclude: add a word to look for"));
    }
    return {};
}

// The column filter of a word: none for "anywhere" (the facet and tier columns hold private-use
// tokens that no word equals, so leaving the filter out finds the same records, and FTS5 then
// does not have to look at every match's positions to check the column).
QString ftsColumns(unsigned mask)
{
    if (mask == kAllTextFields)
        return {};
    QStringList names;
    for (int f = 0; f < kIndexFields; ++f) {
        if (mask & (1u << f))
            names << QString::fromLatin1(indexFieldName(IndexField(f)));
    }
    return QLatin1Char('{') + names.join(QLatin1Char(' ')) + QLatin1Char('}');
}

QString columnPrefix(unsigned mask)
{
    const QString c = ftsColumns(mask);
    return c.isEmpty() ? QString() : c + QStringLiteral(" : ");
}

QString ftsString(const QStringList &words)
{
    QString s = words.join(QLatin1Char(' '));
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// The facet tokens that cover a year range: whole centuries, whole decades, single years.
QStringList yearTokens(int from, int to)
{
    from = qMax(from, 1);
    to = qMin(to, 2999);
    QStringList out;
    int y = from;
    while (y <= to) {
        if (y % 100 == 0 && y + 99 <= to) {
            out << facetToken(QLatin1Char('c'), QString::number(y / 100));
            y += 100;
        } else if (y % 10 == 0 && y + 9 <= to) {
            out << facetToken(QLatin1Char('d'), QString::number(y / 10));
            y += 10;
        } else {
            out << facetToken(QLatin1Char('y'), QString::number(y));
            ++y;
        }
    }
    return out;
}

// The tokens an engine query uses for a year range. A range that covers no indexable year (after
// 2999, before 1, or empty: CQL "dc.date > 4002", "year:3000-4000") matches no record: it becomes the
// token of year 0, which no record is indexed with (IndexDoc gives facets only to years from 1),
// never an empty group, which neither FTS5 nor tsquery can parse (found by fuzz_sru).
QStringList engineYearTokens(int from, int to)
{
    QStringList tokens = yearTokens(from, to);
    if (tokens.isEmpty())
        tokens << facetToken(QLatin1Char('y'), QStringLiteral("0"));
    return tokens;
}

QString weightsFor(unsigned mask, bool *needsRecheck)
{
    if ((mask & kAllTextFields) == kAllTextFields || mask == bit(IndexField::Facet))
        return {};
    QString w;
    if (mask & bit(IndexField::Title))
        w += QLatin1Char('A');
    if (mask & bit(IndexField::Author))
        w += QLatin1Char('B');
    if (mask & bit(IndexField::Subject))
        w += QLatin1Char('C');
    const unsigned dFields = bit(IndexField::Series) | bit(IndexField::Publisher) | bit(IndexField::Ident) | bit(IndexField::Other);
    if (mask & dFields) {
        w += QLatin1Char('D');
        if ((mask & dFields) != dFields)
            *needsRecheck = true;
    }
    return w;
}
} // namespace

QueryNode QueryNode::term(const QString &word, unsigned fields)
{
    QueryNode n;
    n.kind = Kind::Term;
    n.fields = fields;
    n.words = {word};
    return n;
}

QueryNode QueryNode::all(Kind kind, QList<QueryNode> children)
{
    QueryNode n;
    n.kind = kind;
    n.children = std::move(children);
    return n;
}

QString QueryNode::describe() const
{
    auto fieldsText = [&]() -> QString {
        if (fields == kAllTextFields)
            return {};
        QStringList names;
        for (int f = 0; f < kIndexFields; ++f) {
            if (fields & (1u << f))
                names << QString::fromLatin1(indexFieldName(IndexField(f)));
        }
        return names.join(QLatin1Char('|')) + QLatin1Char(':');
    };
    switch (kind) {
    case Kind::Term: return fieldsText() + words.value(0);
    case Kind::Prefix: return fieldsText() + words.value(0) + QLatin1Char('*');
    case Kind::Phrase:
        return fieldsText() + QLatin1Char('"') + words.join(QLatin1Char(' ')) + (prefixLast ? QStringLiteral("*\"") : QStringLiteral("\""));
    case Kind::YearRange: return QStringLiteral("year:%1-%2").arg(yearFrom).arg(yearTo);
    case Kind::Not: return QStringLiteral("NOT ") + children.value(0).describe();
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const QueryNode &c : children)
            parts << c.describe();
        return QLatin1Char('(') + parts.join(kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    }
    return {};
}

Status checkQueryBounds(const QueryNode &node, const QJsonObject &details)
{
    if (const int depth = depthOf(node); depth > kMaxQueryDepth) {
        QJsonObject d = details;
        d.insert(QStringLiteral("max_depth"), kMaxQueryDepth);
        return Error::refused(QStringLiteral("catalogue.query_too_deep"),
                              tr("The query nests brackets or NOTs more than %1 deep.").arg(kMaxQueryDepth), d);
    }
    if (const int terms = termsOf(node); terms > kMaxQueryTerms) {
        QJsonObject d = details;
        d.insert(QStringLiteral("max_terms"), kMaxQueryTerms);
        return Error::refused(QStringLiteral("catalogue.query_too_many_terms"),
                              tr("The query has %1 search terms; at most %2 are allowed.").arg(terms).arg(kMaxQueryTerms), d);
    }
    return {};
}

Result<QueryNode> parseQuery(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::refused(QStringLiteral("catalogue.query_empty"), tr("The query is empty."));
    if (text.size() > kMaxQueryLength)
        return Error::refused(QStringLiteral("catalogue.query_too_long"),
                              tr("The query is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(kMaxQueryLength),
                              QJsonObject{{QStringLiteral("max_length"), kMaxQueryLength}});
    auto lexemes = lex(text);
    if (!lexemes.ok())
        return lexemes.error();
    Parser parser(*lexemes);
    auto parsed = parser.parse();
    if (!parsed.ok())
        return parsed.error();
    if (!*parsed)
        return Error::refused(QStringLiteral("catalogue.query_empty"), tr("The query has no words to look for."));
    QueryNode node = **parsed;
    if (Status st = normalize(node, true); !st.ok())
        return st.error();
    if (Status st = checkQueryBounds(node); !st.ok())
        return st.error();
    return node;
}

QList<ScoringTerm> scoringTerms(const QueryNode &q)
{
    QList<ScoringTerm> out;
    auto add = [&](const ScoringTerm &t) {
        if (!out.contains(t))
            out << t;
    };
    std::function<void(const QueryNode &)> walk = [&](const QueryNode &n) {
        switch (n.kind) {
        case QueryNode::Kind::Term: add({n.words.first(), n.fields & kAllTextFields, false}); break;
        case QueryNode::Kind::Prefix: add({n.words.first(), n.fields & kAllTextFields, true}); break;
        case QueryNode::Kind::Phrase:
            for (qsizetype i = 0; i < n.words.size(); ++i)
                add({n.words.at(i), n.fields & kAllTextFields, n.prefixLast && i == n.words.size() - 1});
            break;
        case QueryNode::Kind::YearRange:
        case QueryNode::Kind::Not: break;
        case QueryNode::Kind::And:
        case QueryNode::Kind::Or:
            for (const QueryNode &c : n.children)
                walk(c);
            break;
        }
    };
    walk(q);
    out.removeIf([](const ScoringTerm &t) { return t.fields == 0; });
    return out;
}

bool matches(const QueryNode &q, const ParsedDoc &doc)
{
    switch (q.kind) {
    case QueryNode::Kind::Term: return doc.contains(q.words.first(), q.fields);
    case QueryNode::Kind::Prefix: return doc.contains(q.words.first(), q.fields, true);
    case QueryNode::Kind::Phrase: return doc.containsPhrase(q.words, q.fields, q.prefixLast);
    case QueryNode::Kind::YearRange: {
        const QStringList tokens = yearTokens(q.yearFrom, q.yearTo);
        for (const QString &t : tokens) {
            if (doc.contains(t, bit(IndexField::Facet)))
                return true;
        }
        return false;
    }
    case QueryNode::Kind::Not: return !matches(q.children.first(), doc);
    case QueryNode::Kind::And:
        for (const QueryNode &c : q.children) {
            if (!matches(c, doc))
                return false;
        }
        return true;
    case QueryNode::Kind::Or:
        for (const QueryNode &c : q.children) {
            if (matches(c, doc))
                return true;
        }
        return false;
    }
    return false;
}

QString toFts5(const QueryNode &q)
{
    switch (q.kind) {
    case QueryNode::Kind::Term: return columnPrefix(q.fields) + ftsString(q.words);
    case QueryNode::Kind::Prefix: return columnPrefix(q.fields) + ftsString(q.words) + QStringLiteral(" *");
    case QueryNode::Kind::Phrase:
        return columnPrefix(q.fields) + ftsString(q.words) + (q.prefixLast ? QStringLiteral(" *") : QString());
    case QueryNode::Kind::YearRange: {
        QStringList parts;
        for (const QString &t : engineYearTokens(q.yearFrom, q.yearTo))
            parts << ftsString({t});
        return QStringLiteral("{facet} : (") + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    case QueryNode::Kind::Not: return toFts5(q.children.first()); // placed by the parent AND
    case QueryNode::Kind::And: {
        QStringList pos, neg;
        for (const QueryNode &c : q.children)
            (c.kind == QueryNode::Kind::Not ? neg : pos) << toFts5(c);
        QString s = QLatin1Char('(') + pos.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        if (!neg.isEmpty())
            s += QStringLiteral(" NOT (") + neg.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        return QLatin1Char('(') + s + QLatin1Char(')');
    }
    case QueryNode::Kind::Or: {
        QStringList parts;
        for (const QueryNode &c : q.children)
            parts << toFts5(c);
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    }
    return {};
}

QString quoteLexeme(const QString &lexeme)
{
    QString s = lexeme;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString toTsquery(const QueryNode &q, bool *needsRecheck)
{
    switch (q.kind) {
    case QueryNode::Kind::Term:
    case QueryNode::Kind::Prefix: {
        const QString w = weightsFor(q.fields, needsRecheck);
        const bool prefix = q.kind == QueryNode::Kind::Prefix;
        QString s = quoteLexeme(q.words.first());
        if (prefix || !w.isEmpty())
            s += QLatin1Char(':') + (prefix ? QStringLiteral("*") : QString()) + w;
        return s;
    }
    case QueryNode::Kind::Phrase: {
        const QString w = weightsFor(q.fields, needsRecheck);
        QStringList parts;
        for (qsizetype i = 0; i < q.words.size(); ++i) {
            const bool prefix = q.prefixLast && i == q.words.size() - 1;
            QString s = quoteLexeme(q.words.at(i));
            if (prefix || !w.isEmpty())
                s += QLatin1Char(':') + (prefix ? QStringLiteral("*") : QString()) + w;
            parts << s;
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
    }
    case QueryNode::Kind::YearRange: {
        QStringList parts;
        for (const QString &t : engineYearTokens(q.yearFrom, q.yearTo))
            parts << quoteLexeme(t);
        return QLatin1Char('(') + parts.join(QStringLiteral(" | ")) + QLatin1Char(')');
    }
    case QueryNode::Kind::Not: return QStringLiteral("!(") + toTsquery(q.children.first(), needsRecheck) + QLatin1Char(')');
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or: {
        QStringList parts;
        for (const QueryNode &c : q.children)
            parts << toTsquery(c, needsRecheck);
        return QLatin1Char('(') + parts.join(q.kind == QueryNode::Kind::And ? QStringLiteral(" & ") : QStringLiteral(" | "))
               + QLatin1Char(')');
    }
    }
    return {};
}

QStringList yearFacetTokens(int from, int to)
{
    return yearTokens(from, to);
}

} // namespace Aksara::Catalogue
