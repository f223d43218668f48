// The bounds of a query (length, nesting, terms): whatever a stranger types in a search box or
// sends as CQL is refused clearly past them, never crashes and never reaches the engines as a
// failure; up to them, the engines answer.
#include "CatalogueFixture.h"

#include "catalogue/Cql.h"
#include "catalogue/Query.h"

using namespace Aksara;
using namespace Aksara::Test;
using namespace Aksara::Catalogue;

namespace {
// `depth` brackets, alternating AND and OR inside each other: (laut AND (kota OR (laut AND …))).
QString nested(int depth, bool cql)
{
    QString q = QStringLiteral("laut");
    for (int i = 0; i < depth; ++i)
        q = QStringLiteral("(%1 %2 %3)").arg(i % 2 ? QStringLiteral("kota") : QStringLiteral("laut"),
                                              i % 2 ? (cql ? QStringLiteral("or") : QStringLiteral("OR"))
                                                    : (cql ? QStringLiteral("and") : QStringLiteral("AND")),
                                              q);
    return q;
}
} // namespace

TEST_CASE("query bounds: the query box refuses what is too long, too deep or too many, without crashing", "[catalogue][search]")
{
    // 10,000 nested brackets: refused at the bound (before, the parser's recursion crashed aksara).
    auto deep = parseQuery(QString(10000, QLatin1Char('(')) + QStringLiteral("laut") + QString(10000, QLatin1Char(')')));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().code == QStringLiteral("catalogue.query_too_long"));
    auto deepShort = parseQuery(QString(500, QLatin1Char('(')) + QStringLiteral("laut") + QString(500, QLatin1Char(')')));
    REQUIRE_FALSE(deepShort.ok());
    CHECK(deepShort.error().code == QStringLiteral("catalogue.query_too_deep"));
    CHECK(deepShort.error().isRefusal());
    CHECK(deepShort.error().details.value(QStringLiteral("position")).toInt() == kMaxQueryDepth);
    // NOTs inside brackets inside NOTs: bounded too.
    QString nots = QStringLiteral("kota");
    for (int i = 0; i < 200; ++i)
        nots = QStringLiteral("laut NOT (%1)").arg(nots);
    auto negated = parseQuery(nots.left(kMaxQueryLength));
    REQUIRE_FALSE(negated.ok());
    CHECK((negated.error().code == QStringLiteral("catalogue.query_too_deep")));
    // Exactly at the bound is fine; one more is not.
    CHECK(parseQuery(nested(kMaxQueryDepth, false)).ok());
    auto over = parseQuery(nested(kMaxQueryDepth + 1, false));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == QStringLiteral("catalogue.query_too_deep"));
    // Length.
    auto longQuery = parseQuery(QString(kMaxQueryLength + 1, QLatin1Char('a')));
    REQUIRE_FALSE(longQuery.ok());
    CHECK(longQuery.error().code == QStringLiteral("catalogue.query_too_long"));
    CHECK(parseQuery(QString(kMaxQueryLength, QLatin1Char('a'))).ok());
    // Terms.
    QStringList words;
    for (int i = 0; i <= kMaxQueryTerms; ++i)
        words << QStringLiteral("kata%1").arg(i);
    auto many = parseQuery(words.join(QStringLiteral(" OR ")));
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().code == QStringLiteral("catalogue.query_too_many_terms"));
    words.removeLast();
    CHECK(parseQuery(words.join(QStringLiteral(" OR "))).ok());
}

TEST_CASE("query bounds: CQL past them is an SRU diagnostic, never a failure", "[catalogue][search][sru]")
{
    struct Case {
        QString cql;
        QString code;
        int diagnostic;
    };
    const QList<Case> cases{
        {QString(10000, QLatin1Char('(')) + QStringLiteral("laut") + QString(10000, QLatin1Char(')')), QStringLiteral("catalogue.query_too_long"), 12},
        {QString(300, QLatin1Char('(')) + QStringLiteral("laut") + QString(300, QLatin1Char(')')), QStringLiteral("catalogue.query_too_deep"), 10},
        {nested(kMaxQueryDepth + 1, true), QStringLiteral("catalogue.query_too_deep"), 10},
        {QString(kMaxQueryLength + 1, QLatin1Char('a')), QStringLiteral("catalogue.query_too_long"), 12},
    };
    for (const Case &c : cases) {
        INFO(c.cql.left(60).toStdString());
        auto r = parseCql(c.cql);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK(r.error().isRefusal());
        CHECK(sruDiagnosticOf(r.error()) == c.diagnostic);
    }
    // Brackets inside a quoted term are words, not nesting.
    CHECK(parseCql(QStringLiteral("dc.title = \"") + QString(40, QLatin1Char('(')) + QStringLiteral("laut\"")).ok());
    CHECK(parseCql(nested(kMaxQueryDepth, true)).ok());
}

TEST_CASE_METHOD(CatalogueFixture, "query bounds: the deepest query allowed runs on the engine", "[db][catalogue][search]")
{
    SimpleRecord r;
    r.title = QStringLiteral("Laut dan kota");
    const qint64 id = add(r);
    // On SQLite, FTS5's own parser overflowed at about 30 levels (a failed operation and an
    // automatic incident); the bound keeps every allowed query well inside it.
    auto box = search(nested(kMaxQueryDepth, false));
    CHECK(ids(box) == QList<qint64>{id});
    SearchRequest req;
    req.query = nested(kMaxQueryDepth, true);
    req.cql = true;
    auto viaCql = catalogue.search(admin, req);
    INFO((viaCql.ok() ? QString() : viaCql.error().message).toStdString());
    REQUIRE(viaCql.ok());
    CHECK(ids(*viaCql) == QList<qint64>{id});
    // Past the bound: refused, recorded as refused (not failed), and no incident is opened.
    req.query = nested(kMaxQueryDepth + 1, true);
    auto refused = catalogue.search(admin, req);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE outcome = 'failed'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
}
