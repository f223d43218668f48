// SRU 1.2 / 2.0 through the service core: the protocol layer (Sru::Service) over the real
// catalogue (SruLibraryBackend) on a migrated database of this run's engine, records created
// through the catalogue API. Every request must leave exactly one operation of the sru service.
#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "catalogue/Catalogue.h"
#include "server/SruLibraryBackend.h"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
const QString kZs = QStringLiteral("http://www.loc.gov/zing/srw/");
const QString kZsDiag = QStringLiteral("http://www.loc.gov/zing/srw/diagnostic/");
const QString kSru2 = QStringLiteral("http://docs.oasis-open.org/ns/search-ws/sruResponse");
const QString kSru2Diag = QStringLiteral("http://docs.oasis-open.org/ns/search-ws/diagnostic");
const QString kZeeRex = QStringLiteral("http://explain.z3950.org/dtd/2.0/");
const QString kMarc = QStringLiteral("http://www.loc.gov/MARC21/slim");
const QString kSrwDc = QStringLiteral("info:srw/schema/1/dc-schema");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");

// A response read with QXmlStreamReader: every element (namespace, local name, its own text) in
// document order. `ok` is false when the document is not well-formed.
struct Xml {
    struct Element {
        QString ns, name, text;
        QStringList attributes; // "name=value"
    };
    bool ok = false;
    QString error;
    QList<Element> elements;

    QStringList texts(const QString &ns, const QString &name) const
    {
        QStringList out;
        for (const Element &e : elements)
            if (e.ns == ns && e.name == name)
                out << e.text;
        return out;
    }
    int count(const QString &ns, const QString &name) const { return int(texts(ns, name).size()); }
    QString text(const QString &ns, const QString &name) const
    {
        const QStringList t = texts(ns, name);
        return t.isEmpty() ? QStringLiteral("<absent>") : t.first();
    }
    const Element &root() const { return elements.first(); }
};

Xml parse(const QString &xml)
{
    Xml out;
    QXmlStreamReader r(xml);
    QList<qsizetype> open;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            Xml::Element e{r.namespaceUri().toString(), r.name().toString(), {}, {}};
            for (const auto &a : r.attributes())
                e.attributes << a.name().toString() + QLatin1Char('=') + a.value().toString();
            open << out.elements.size();
            out.elements << e;
        } else if (r.isCharacters() && !open.isEmpty()) {
            out.elements[open.last()].text += r.text().toString();
        } else if (r.isEndElement()) {
            open.removeLast();
        }
    }
    for (auto &e : out.elements)
        e.text = e.text.trimmed();
    out.ok = !r.hasError() && !out.elements.isEmpty();
    out.error = r.errorString();
    return out;
}

Xml parse(const QByteArray &xml)
{
    return parse(QString::fromUtf8(xml));
}

struct SruFixture {
    FixedClock clock;
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Catalogue::Catalogue catalogue{core};
    Server::SruLibraryBackend backend{core, {QStringLiteral("katalog.example"), 8080, QStringLiteral("aksara"), 10, 4}};

    SruFixture()
    {
        // Five volumes of one (made-up) Indonesian series, for paging, and a few others.
        for (int i = 1; i <= 5; ++i) {
            Catalogue::SimpleRecord r;
            r.title = QStringLiteral("Hikayat Samudra Timur jilid %1").arg(i);
            r.author = QStringLiteral("Wirasena, Ratna");
            r.publisher = QStringLiteral("Penerbit Tanjung");
            r.place = QStringLiteral("Makassar");
            r.year = 2010 + i;
            r.language = QStringLiteral("ind");
            r.subjects = {QStringLiteral("Cerita rakyat -- Sulawesi")};
            add(r);
        }
        Catalogue::SimpleRecord roof;
        roof.title = QStringLiteral("Vegetables on a Small Roof");
        roof.subtitle = QStringLiteral("container gardening for city flats");
        roof.author = QStringLiteral("Hartley, Miriam");
        roof.publisher = QStringLiteral("Greenleaf & Sons");
        roof.year = 2018;
        roof.language = QStringLiteral("eng");
        roof.subjects = {QStringLiteral("Urban agriculture")};
        roof.isbn = QStringLiteral("9780306406157");
        add(roof);
        Catalogue::SimpleRecord kebun;
        kebun.title = QStringLiteral("Kebun Sayur di Atap Rumah");
        kebun.author = QStringLiteral("Lestari, Dewi Ayu");
        kebun.publisher = QStringLiteral("Pustaka Hijau");
        kebun.year = 2021;
        kebun.language = QStringLiteral("ind");
        kebun.subjects = {QStringLiteral("Pertanian kota")};
        add(kebun);
        Catalogue::SimpleRecord tikus;
        tikus.title = QStringLiteral("Tikus & Kucing <dongeng anak>");
        tikus.author = QStringLiteral("Prasetyo, Bayu");
        tikus.year = 2015;
        tikus.language = QStringLiteral("ind");
        add(tikus);
    }

    void add(const Catalogue::SimpleRecord &r)
    {
        auto id = catalogue.createRecord(admin, r, true);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }

    qint64 scalar(const QString &sql)
    {
        auto v = tdb.db()->scalar(sql);
        INFO((v.ok() ? QString() : v.error().message).toStdString());
        REQUIRE(v.ok());
        return v->toLongLong();
    }
    qint64 sruOperations() { return scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru'")); }

    struct Recorded {
        QString operation, channel, actor, subject, outcome, errorCode;
    };
    Recorded lastOperation()
    {
        auto q = tdb.db()->exec(QStringLiteral("SELECT operation, channel, actor, subject, outcome, error_code FROM operations "
                                               "WHERE service = 'sru' ORDER BY seq DESC"));
        REQUIRE(q.ok());
        REQUIRE(q->next());
        Recorded r{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                   q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
        q->finish();
        return r;
    }

    // One request (a query string as a client sends it); checks it wrote exactly one operation.
    Sru::Service::Response get(const QByteArray &queryString)
    {
        const qint64 before = sruOperations();
        auto r = backend.handle(Sru::Service::parseParameters(queryString), QStringLiteral("192.0.2.7"));
        // A refusal of this anonymous client is counted in aggregate: written here at once.
        REQUIRE(core.flushAnonymousRefusals(true).ok());
        INFO(queryString.toStdString());
        CHECK(sruOperations() == before + 1);
        return r;
    }
};
} // namespace

TEST_CASE_METHOD(SruFixture, "SRU explain: ZeeRex with indexes and schemas, one ok operation, 1.2 unless asked", "[db][sru]")
{
    for (const QByteArray &request : {QByteArray(), QByteArray("operation=explain"), QByteArray("operation=explain&version=1.2")}) {
        INFO(request.toStdString());
        const auto r = get(request);
        CHECK(r.diagnostic == 0);
        const Xml x = parse(r.body);
        INFO(x.error.toStdString() << "\n" << r.body.toStdString());
        REQUIRE(x.ok);
        CHECK(x.root().ns == kZs);
        CHECK(x.root().name == QStringLiteral("explainResponse"));
        CHECK(x.text(kZs, QStringLiteral("version")) == QStringLiteral("1.2"));
        CHECK(x.text(kZs, QStringLiteral("recordSchema")) == QStringLiteral("http://explain.z3950.org/dtd/2.0/"));
        CHECK(x.text(kZeeRex, QStringLiteral("host")) == QStringLiteral("katalog.example"));
        CHECK(x.text(kZeeRex, QStringLiteral("database")) == QStringLiteral("aksara"));
        const QStringList names = x.texts(kZeeRex, QStringLiteral("name"));
        CHECK(names.contains(QStringLiteral("title")));
        CHECK(names.contains(QStringLiteral("isbn")));
        CHECK(names.contains(QStringLiteral("serverChoice")));
        QStringList schemas;
        for (const auto &e : x.elements)
            if (e.ns == kZeeRex && e.name == QStringLiteral("schema"))
                schemas << e.attributes.filter(QStringLiteral("name=")).join(QString());
        CHECK(schemas == QStringList{QStringLiteral("name=marcxml"), QStringLiteral("name=dc")});
        CHECK(x.text(kZeeRex, QStringLiteral("setting")) == QStringLiteral("4"));
        CHECK(x.count(kZsDiag, QStringLiteral("diagnostic")) == 0);
        const auto op = lastOperation();
        CHECK(op.operation == QStringLiteral("sru.explain"));
        CHECK(op.channel == QStringLiteral("sru"));
        CHECK(op.actor == QStringLiteral("sru:192.0.2.7"));
        CHECK(op.outcome == QStringLiteral("ok"));
    }
    const auto v2 = get("version=2.0");
    const Xml x = parse(v2.body);
    REQUIRE(x.ok);
    CHECK(x.root().ns == kSru2);
    CHECK(x.root().name == QStringLiteral("explainResponse"));
    CHECK(x.text(kSru2, QStringLiteral("version")) == QStringLiteral("2.0"));
    CHECK(x.text(kSru2, QStringLiteral("recordXMLEscaping")) == QStringLiteral("xml"));
    CHECK(x.count(kZeeRex, QStringLiteral("explain")) == 1);
}

TEST_CASE_METHOD(SruFixture, "SRU searchRetrieve counts and pages with recordPosition and nextRecordPosition", "[db][sru]")
{
    // Spaces as "+" (forms, many clients) and as %20 are both spaces.
    auto r = get("operation=searchRetrieve&version=1.2&query=dc.title+%3D+samudra&maximumRecords=2");
    Xml x = parse(r.body);
    INFO(r.body.toStdString());
    REQUIRE(x.ok);
    CHECK(r.diagnostic == 0);
    CHECK(r.hits == 5);
    CHECK(x.root().name == QStringLiteral("searchRetrieveResponse"));
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("5"));
    CHECK(x.texts(kZs, QStringLiteral("recordPosition")) == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(x.text(kZs, QStringLiteral("nextRecordPosition")) == QStringLiteral("3"));
    auto op = lastOperation();
    CHECK(op.operation == QStringLiteral("sru.searchRetrieve"));
    CHECK(op.subject == QStringLiteral("dc.title = samudra"));
    CHECK(op.outcome == QStringLiteral("ok"));
    CHECK(op.errorCode.isEmpty());

    r = get("operation=searchRetrieve&version=1.2&query=dc.title%20%3D%20samudra&startRecord=3&maximumRecords=2");
    x = parse(r.body);
    REQUIRE(x.ok);
    CHECK(x.texts(kZs, QStringLiteral("recordPosition")) == QStringList{QStringLiteral("3"), QStringLiteral("4")});
    CHECK(x.text(kZs, QStringLiteral("nextRecordPosition")) == QStringLiteral("5"));

    // The last page has no nextRecordPosition.
    r = get("operation=searchRetrieve&version=1.2&query=samudra&startRecord=5&maximumRecords=2");
    x = parse(r.body);
    REQUIRE(x.ok);
    CHECK(x.texts(kZs, QStringLiteral("recordPosition")) == QStringList{QStringLiteral("5")});
    CHECK(x.count(kZs, QStringLiteral("nextRecordPosition")) == 0);

    // maximumRecords=0 counts only; more than the server's maximum (4 here) gets the maximum.
    r = get("operation=searchRetrieve&version=1.2&query=samudra&maximumRecords=0");
    x = parse(r.body);
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("5"));
    CHECK(x.count(kZs, QStringLiteral("record")) == 0);
    r = get("operation=searchRetrieve&version=1.2&query=samudra&maximumRecords=99999999999");
    x = parse(r.body);
    CHECK(x.count(kZs, QStringLiteral("record")) == 4);
    CHECK(x.text(kZs, QStringLiteral("nextRecordPosition")) == QStringLiteral("5"));

    // No version: answered in 1.2; a query without operation is a searchRetrieve.
    r = get("query=kebun");
    x = parse(r.body);
    CHECK(x.root().ns == kZs);
    CHECK(x.text(kZs, QStringLiteral("version")) == QStringLiteral("1.2"));
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("1"));

    // Encoded delimiters in the query are decoded: the CQL holds "&" itself, not "%26".
    r = get("operation=searchRetrieve&version=1.2&query=dc.title%3D%22tikus+%26+kucing%22");
    x = parse(r.body);
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("1"));
    CHECK(lastOperation().subject == QStringLiteral("dc.title=\"tikus & kucing\""));

    // Nothing found is not a diagnostic.
    r = get("operation=searchRetrieve&version=1.2&query=dc.title%3Dzebra");
    x = parse(r.body);
    CHECK(r.diagnostic == 0);
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("0"));
    CHECK(x.count(kZsDiag, QStringLiteral("diagnostic")) == 0);
    CHECK(lastOperation().outcome == QStringLiteral("ok"));
}

// Found by fuzz_sru (fuzz/corpus/sru/date-after-2999): a year range past the indexable years made
// the catalogue's engine query unparsable, and the client got diagnostic 1 (system error) and the
// operation was recorded as failed. Such a request finds nothing.
TEST_CASE_METHOD(SruFixture, "SRU: a date past every indexable year finds nothing, never a system error", "[db][sru]")
{
    for (const QByteArray &query :
         {QByteArray("operation=searchRetrieve&query=cql.serverCho\x8d" "ce\xab" "ally=(dc.subject = vel or dc.date > 4002) not ]ukaing"
                     "&startRecord=1&maximumRecords=1"),
          QByteArray("operation=searchRetrieve&version=1.2&query=dc.date+%3E+4002"),
          QByteArray("operation=searchRetrieve&version=2.0&query=dc.date+%3C+900+or+dc.date+%3D+5000")}) {
        INFO(query.toStdString());
        const auto r = get(query);
        const Xml x = parse(r.body);
        REQUIRE(x.ok);
        CHECK(r.diagnostic != 1);
        CHECK(r.hits <= 0);
        CHECK(lastOperation().outcome != QStringLiteral("failed"));
    }
    // The plain one is an ordinary search with no hits.
    const auto r = get("operation=searchRetrieve&version=1.2&query=dc.date+%3E+4002");
    CHECK(r.diagnostic == 0);
    CHECK(r.hits == 0);
    CHECK(parse(r.body).text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("0"));
    CHECK(lastOperation().outcome == QStringLiteral("ok"));
}

TEST_CASE_METHOD(SruFixture, "SRU records come as MARCXML and Dublin Core, as XML or as strings, in 1.2 and 2.0", "[db][sru]")
{
    SECTION("marcxml (the default)")
    {
        const auto r = get("operation=searchRetrieve&version=1.2&query=dc.title%3D%22small+roof%22");
        const Xml x = parse(r.body);
        INFO(r.body.toStdString());
        REQUIRE(x.ok);
        CHECK(x.text(kZs, QStringLiteral("recordSchema")) == QStringLiteral("info:srw/schema/1/marcxml-v1.1"));
        CHECK(x.text(kZs, QStringLiteral("recordPacking")) == QStringLiteral("xml"));
        CHECK(x.count(kMarc, QStringLiteral("record")) == 1);
        // The record declares its namespace itself: clients take it out of recordData as it stands.
        CHECK(r.body.contains("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"));
        CHECK(x.texts(kMarc, QStringLiteral("subfield")).contains(QStringLiteral("Vegetables on a Small Roof :")));
        CHECK(x.texts(kMarc, QStringLiteral("subfield")).contains(QStringLiteral("Greenleaf & Sons,")));
    }
    SECTION("dc, by short name and by identifier")
    {
        for (const QByteArray &schema : {QByteArray("dc"), QByteArray("info:srw/schema/1/dc-v1.1")}) {
            const auto r = get("operation=searchRetrieve&version=1.2&recordSchema=" + schema + "&query=tikus");
            const Xml x = parse(r.body);
            INFO(r.body.toStdString());
            REQUIRE(x.ok);
            CHECK(x.text(kZs, QStringLiteral("recordSchema")) == QStringLiteral("info:srw/schema/1/dc-v1.1"));
            CHECK(x.count(kSrwDc, QStringLiteral("dc")) == 1);
            CHECK(r.body.contains("<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\""));
            CHECK(x.text(kDc, QStringLiteral("title")).startsWith(QStringLiteral("Tikus & Kucing <dongeng anak>")));
            CHECK(x.text(kDc, QStringLiteral("creator")) == QStringLiteral("Prasetyo, Bayu"));
        }
    }
    SECTION("recordPacking string: the record is text that is itself well-formed XML")
    {
        const auto r = get("operation=searchRetrieve&version=1.2&recordPacking=string&query=tikus");
        const Xml x = parse(r.body);
        REQUIRE(x.ok);
        CHECK(x.text(kZs, QStringLiteral("recordPacking")) == QStringLiteral("string"));
        CHECK(x.count(kMarc, QStringLiteral("record")) == 0);
        const Xml inner = parse(x.text(kZs, QStringLiteral("recordData")));
        REQUIRE(inner.ok);
        CHECK(inner.root().ns == kMarc);
        CHECK(inner.root().name == QStringLiteral("record"));
    }
    SECTION("SRU 2.0: OASIS namespaces, recordXMLEscaping")
    {
        const auto r = get("version=2.0&query=kebun&recordSchema=dc");
        const Xml x = parse(r.body);
        INFO(r.body.toStdString());
        REQUIRE(x.ok);
        CHECK(x.root().ns == kSru2);
        CHECK(x.text(kSru2, QStringLiteral("version")) == QStringLiteral("2.0"));
        CHECK(x.text(kSru2, QStringLiteral("numberOfRecords")) == QStringLiteral("1"));
        CHECK(x.text(kSru2, QStringLiteral("recordXMLEscaping")) == QStringLiteral("xml"));
        CHECK(x.text(kSru2, QStringLiteral("recordPosition")) == QStringLiteral("1"));
        CHECK(x.text(kDc, QStringLiteral("title")).startsWith(QStringLiteral("Kebun Sayur di Atap Rumah")));
        CHECK(x.count(kZs, QStringLiteral("version")) == 0);
    }
    CHECK(lastOperation().outcome == QStringLiteral("ok"));
}

TEST_CASE_METHOD(SruFixture, "SRU diagnostics: each is a refused operation named after it", "[db][sru]")
{
    struct Case {
        QByteArray request;
        int number;
        QString root;
        QString subject;
    };
    const QString search = QStringLiteral("searchRetrieveResponse");
    const QString explain = QStringLiteral("explainResponse");
    const QList<Case> cases{
        {"operation=searchRetrieve&version=3.0&query=samudra", 5, search, QStringLiteral("samudra")},
        {"operation=scan&version=1.2&scanClause=samudra", 4, explain, QStringLiteral("scan")},
        {"operation=searchRetrieve&version=1.2&query=samudra&startRecord=0", 6, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2&query=samudra&maximumRecords=-1", 6, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2&query=samudra&maximumRecords=banyak", 6, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2&query=dc.title%3D%28samudra", 10, search, QStringLiteral("dc.title=(samudra")},
        {"operation=searchRetrieve&version=1.2&query=dc.colour%3Dmerah", 16, search, QStringLiteral("dc.colour=merah")},
        {"operation=searchRetrieve&version=1.2&query=dc.title+%3C+samudra", 19, search, QStringLiteral("dc.title < samudra")},
        {"operation=searchRetrieve&version=1.2&query=samudra&recordSchema=mods", 66, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2&query=samudra&startRecord=6", 61, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2&query=samudra&recordPacking=binary", 71, search, QStringLiteral("samudra")},
        {"operation=searchRetrieve&version=1.2", 7, search, QString()},
        {"operation=searchRetrieve&version=1.2&query=samudra&colour=blue", 8, search, QStringLiteral("samudra")},
        {"version=2.0&query=samudra&recordXMLEscaping=binary", 71, search, QStringLiteral("samudra")},
    };
    for (const Case &c : cases) {
        INFO(c.request.toStdString());
        const auto r = get(c.request);
        CHECK(r.diagnostic == c.number);
        const Xml x = parse(r.body);
        INFO(r.body.toStdString());
        REQUIRE(x.ok);
        CHECK(x.root().name == c.root);
        const bool v2 = c.request.contains("version=2.0");
        const QString diag = v2 ? kSru2Diag : kZsDiag;
        CHECK(x.root().ns == (v2 ? kSru2 : kZs));
        CHECK(x.texts(diag, QStringLiteral("uri")) == QStringList{QStringLiteral("info:srw/diagnostic/1/%1").arg(c.number)});
        CHECK_FALSE(x.text(diag, QStringLiteral("message")).isEmpty());
        CHECK(x.count(v2 ? kSru2 : kZs, QStringLiteral("record")) == 0);
        if (c.root == search)
            CHECK(x.count(v2 ? kSru2 : kZs, QStringLiteral("numberOfRecords")) == 1);
        const auto op = lastOperation();
        CHECK(op.outcome == QStringLiteral("refused"));
        CHECK(op.errorCode == QStringLiteral("sru.diagnostic.%1").arg(c.number));
        CHECK(op.subject == c.subject);
        CHECK(op.channel == QStringLiteral("sru"));
    }
    // Unsupported version: the details name the highest version this server speaks.
    const Xml x = parse(get("operation=searchRetrieve&version=3.0&query=samudra").body);
    CHECK(x.text(kZsDiag, QStringLiteral("details")) == QStringLiteral("2.0"));
    CHECK(x.text(kZs, QStringLiteral("version")) == QStringLiteral("1.2"));
}

TEST_CASE_METHOD(SruFixture, "SRU: a database failure is a failed operation with diagnostic 1, a closed service diagnostic 2",
                 "[db][sru]")
{
    SECTION("database failure")
    {
        // The search finds the records in the index, then cannot read them.
        REQUIRE(tdb.db()->execDirect(QStringLiteral("ALTER TABLE bib_records RENAME TO bib_records_gone")).ok());
        const auto r = get("operation=searchRetrieve&version=1.2&query=samudra");
        CHECK(r.diagnostic == 1);
        CHECK(r.httpStatus == 503);
        const Xml x = parse(r.body);
        INFO(r.body.toStdString());
        REQUIRE(x.ok);
        CHECK(x.text(kZsDiag, QStringLiteral("uri")) == QStringLiteral("info:srw/diagnostic/1/1"));
        CHECK_FALSE(x.text(kZsDiag, QStringLiteral("message")).contains(QStringLiteral("bib_records")));
        const auto op = lastOperation();
        CHECK(op.outcome == QStringLiteral("failed"));
        CHECK(op.errorCode.startsWith(QStringLiteral("storage.")));
    }
    SECTION("service closed")
    {
        REQUIRE(tdb.db()->execDirect(QStringLiteral("UPDATE services SET state = 'closed', state_reason = 'stocktaking' "
                                                    "WHERE code = 'sru'"))
                    .ok());
        core.invalidateCatalogue();
        const auto r = get("operation=searchRetrieve&version=1.2&query=samudra");
        CHECK(r.diagnostic == 2);
        const Xml x = parse(r.body);
        REQUIRE(x.ok);
        CHECK(x.root().name == QStringLiteral("searchRetrieveResponse"));
        CHECK(x.text(kZsDiag, QStringLiteral("message")).contains(QStringLiteral("stocktaking")));
        const auto op = lastOperation();
        CHECK(op.outcome == QStringLiteral("refused"));
        CHECK(op.errorCode == QStringLiteral("core.service_closed"));
    }
}

TEST_CASE_METHOD(SruFixture, "SRU: a stored record that cannot be read keeps its place as a surrogate diagnostic", "[db][sru]")
{
    const auto page = [&] {
        auto r = get("operation=searchRetrieve&version=1.2&query=dc.title%3Dsamudra&maximumRecords=4&recordSchema=dc"); // 4: this server's maximum
        Xml x = parse(r.body);
        INFO(r.body.toStdString());
        REQUIRE(x.ok);
        return x;
    };
    const Xml before = page();
    const QStringList titles = before.texts(kDc, QStringLiteral("title"));
    REQUIRE(titles.size() == 4);
    // The record in the second place is damaged in storage (as a failing disk or a bad restore
    // would leave it).
    const QString damaged = titles.at(1);
    REQUIRE(tdb.db()->exec(QStringLiteral("UPDATE bib_records SET marc = ? WHERE title = ?"),
                           {QByteArray("00042nam  2200000   4500\x1e" "broken"), damaged})
                .ok());
    const Xml after = page();
    CHECK(after.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("5"));
    CHECK(after.texts(kZs, QStringLiteral("recordPosition"))
          == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(after.texts(kZs, QStringLiteral("recordSchema")).at(1) == QStringLiteral("info:srw/schema/1/diagnostics-v1.1"));
    CHECK(after.texts(kZsDiag, QStringLiteral("uri")) == QStringList{QStringLiteral("info:srw/diagnostic/1/64")});
    QStringList expected = titles;
    expected.removeAt(1);
    CHECK(after.texts(kDc, QStringLiteral("title")) == expected); // the others in their places
}

// Not [db]: an SQLite file's limit (PRAGMA max_page_count on the library's connection, this
// thread's: the native error is SQLITE_FULL), registered for the sqlite: pass only.
TEST_CASE_METHOD(SruFixture, "SRU on a full disk: no search is answered without its record (503, diagnostic 1, no records)",
                 "[sru][storage]")
{
    REQUIRE_FALSE(onPostgres());
    const QByteArray search = "operation=searchRetrieve&version=1.2&query=samudra&maximumRecords=5";
    auto handle = [&] { return backend.handle(Sru::Service::parseParameters(search), QStringLiteral("192.0.2.7")); };
    REQUIRE(handle().httpStatus == 200);
    auto pages = tdb.db()->scalar(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(tdb.db()->scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong())).ok());
    const qint64 okBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru' AND outcome = 'ok'"));
    Sru::Service::Response r;
    int answered = 0;
    for (; answered < 3000; ++answered) {
        r = handle();
        if (r.httpStatus != 200)
            break;
        REQUIRE(r.hits == 5);
    }
    REQUIRE(r.httpStatus == 503);
    // Every search answered with records has its record, and the refused one none.
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru' AND outcome = 'ok'")) == okBefore + answered);
    CHECK(r.diagnostic == 1);
    const Xml x = parse(QString::fromUtf8(r.body));
    INFO(r.body.toStdString());
    REQUIRE(x.ok);
    CHECK(x.text(kZsDiag, QStringLiteral("uri")) == QStringLiteral("info:srw/diagnostic/1/1"));
    CHECK(x.text(kZs, QStringLiteral("numberOfRecords")) == QStringLiteral("0"));
    CHECK(x.count(kZs, QStringLiteral("record")) == 0);
    CHECK_FALSE(r.body.contains("Samudra"));

    // Room again: the same backend answers, with no restart.
    REQUIRE(tdb.db()->scalar(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    const auto back = handle();
    CHECK(back.httpStatus == 200);
    CHECK(back.hits == 5);
    CHECK(back.body.contains("Samudra"));
}

TEST_CASE_METHOD(SruFixture, "SRU: 1,000 bad-CQL requests from one address in one minute are one record with a count of 1000",
                 "[db][sru][aggregate]")
{
    const QByteArray bad = "operation=searchRetrieve&version=1.2&query=dc.title%3D%28%28%28";
    const qint64 before = sruOperations();
    for (int i = 0; i < 1000; ++i) {
        const auto r = backend.handle(Sru::Service::parseParameters(bad), QStringLiteral("198.51.100.7"));
        REQUIRE(r.diagnostic == 10); // each one still answered with its diagnostic
        REQUIRE(r.httpStatus == 200);
    }
    for (int i = 0; i < 10; ++i)
        REQUIRE(backend.handle(Sru::Service::parseParameters(bad), QStringLiteral("203.0.113.5")).diagnostic == 10);
    // A search that works is still one record each, at once.
    REQUIRE(backend.handle(Sru::Service::parseParameters("operation=searchRetrieve&version=1.2&query=samudra"),
                           QStringLiteral("198.51.100.7"))
                .hits == 5);
    CHECK(sruOperations() == before + 1);

    clock.advanceMs(61 * 1000);
    auto flushed = core.flushAnonymousRefusals();
    REQUIRE(flushed.ok());
    CHECK(*flushed == 2);
    CHECK(sruOperations() == before + 3);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru' AND outcome = 'refused' AND "
                                "error_code = 'sru.diagnostic.10' AND actor = 'sru:198.51.100.7' AND "
                                "details LIKE '%\"count\":1000,%'")) == 1);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'sru' AND outcome = 'refused' AND "
                                "actor = 'sru:203.0.113.5' AND details LIKE '%\"count\":10,%'")) == 1);
    // Nothing lost from the evidence: the counters count every request.
    CHECK(scalar(QStringLiteral("SELECT SUM(refused) FROM sla_buckets WHERE service = 'sru'")) == 1010);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
}
