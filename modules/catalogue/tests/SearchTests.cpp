#include "CatalogueFixture.h"

#include "catalogue/Internal.h"

#include "catalogue/Cql.h"
#include "catalogue/IndexDoc.h"
#include "catalogue/TextFold.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
SimpleRecord rec(const char *title, const char *author, int year, const char *language, QStringList subjects = {},
                 QStringList series = {}, QString type = QStringLiteral("book"))
{
    SimpleRecord r;
    r.title = QString::fromUtf8(title);
    r.author = QString::fromUtf8(author);
    r.year = year;
    r.language = QString::fromLatin1(language);
    r.subjects = subjects;
    r.series = series;
    r.recordType = type;
    r.publisher = QStringLiteral("Penerbit Contoh");
    r.place = QStringLiteral("Jakarta");
    return r;
}

// A small fixed catalogue (facts about real books; the records are written for these tests).
struct Shelf : CatalogueFixture {
    qint64 bumi = 0, anak = 0, laskar = 0, sejarah = 0, theatre = 0, absurd = 0, pembelajaran = 0, python = 0, catatan = 0,
           ayat = 0, peta = 0, pisani = 0;

    Shelf()
    {
        SimpleRecord b = rec("Bumi Manusia", "Toer, Pramoedya Ananta", 1980, "ind",
                             {QStringLiteral("Novel Indonesia"), QStringLiteral("Sejarah -- Kolonialisme")}, {QStringLiteral("Tetralogi Buru")});
        b.isbn = QStringLiteral("978-979-97312-3-4");
        b.callNumber = QStringLiteral("899.221 3 TOE b");
        bumi = add(b);
        anak = add(rec("Anak Semua Bangsa", "Toer, Pramoedya Ananta", 1980, "ind", {QStringLiteral("Novel Indonesia")},
                       {QStringLiteral("Tetralogi Buru")}));
        laskar = add(rec("Laskar Pelangi", "Hirata, Andrea", 2005, "ind",
                         {QStringLiteral("Pendidikan -- Belitung"), QStringLiteral("Novel Indonesia")}));
        sejarah = add(rec("Sejarah Indonesia Modern 1200-2008", "Ricklefs, M. C.", 2008, "ind", {QStringLiteral("Indonesia -- Sejarah")}));
        theatre = add(rec("Théâtre complet", "Molière", 1971, "fre", {QStringLiteral("Théâtre français")}));
        absurd = add(rec("The Theatre of the Absurd", "Esslin, Martin", 1961, "eng",
                         {QStringLiteral("Theater"), QStringLiteral("Drama -- 20th century")}));
        pembelajaran = add(rec("Pembelajaran Bahasa Indonesia di Sekolah Dasar", "Rahayu, Siti", 2015, "ind",
                               {QStringLiteral("Bahasa Indonesia -- Pengajaran")}));
        python = add(rec("Belajar Pemrograman Python", "Kadir, Abdul", 2019, "ind", {QStringLiteral("Python (Bahasa pemrograman)")},
                         {}, QStringLiteral("ebook")));
        SimpleRecord c = rec("Catatan Harian", "Soe, Hok Gie", 1983, "ind");
        c.notes = {QStringLiteral("Tentang manusia dan alam pegunungan.")};
        catatan = add(c);
        ayat = add(rec("Ayat-Ayat Cinta", "Shirazy, Habiburrahman El", 2004, "ind", {QStringLiteral("Novel Indonesia")}));
        peta = add(rec("Peta Indonesia", "Badan Informasi Geospasial", 2010, "ind", {}, {}, QStringLiteral("map")));
        pisani = add(rec("Indonesia Etc.: Exploring the Improbable Nation", "Pisani, Elizabeth", 2014, "eng",
                         {QStringLiteral("Indonesia -- Description and travel")}));
    }
};
} // namespace

TEST_CASE_METHOD(Shelf, "keyword search finds the records with all the words", "[db][catalogue][search]")
{
    auto r = search(QStringLiteral("bumi manusia"));
    CHECK(r.total == 1);
    CHECK(ids(r) == QList<qint64>{bumi});
    CHECK(r.hits.first().title == QStringLiteral("Bumi Manusia"));
    CHECK(r.hits.first().author == QStringLiteral("Toer, Pramoedya Ananta"));
    CHECK(r.hits.first().year == 1980);
    CHECK(r.exactRanking);

    // Case and word order do not matter.
    CHECK(ids(search(QStringLiteral("MANUSIA Bumi"))) == QList<qint64>{bumi});
    // Nothing found is an answer, not an error.
    auto none = search(QStringLiteral("tidakadakatainisamasekali"));
    CHECK(none.total == 0);
    CHECK(none.hits.isEmpty());
}

TEST_CASE_METHOD(Shelf, "a title match outranks a note match", "[db][catalogue][search]")
{
    auto r = search(QStringLiteral("manusia"));
    CHECK(r.total == 2);
    CHECK(ids(r) == QList<qint64>({bumi, catatan}));
    CHECK(r.hits[0].score > r.hits[1].score);
    // Title outranks subject: "indonesia" in short titles first, subject-only matches later.
    auto ind = search(QStringLiteral("indonesia"), 20);
    CHECK(ind.total == 8);
    const QList<qint64> order = ids(ind);
    REQUIRE(order.size() == 8);
    // The four records with the word in their title come before the four with it in a subject only.
    const QSet<qint64> titled{sejarah, peta, pembelajaran, pisani};
    CHECK(QSet<qint64>(order.begin(), order.begin() + 4) == titled);
    CHECK(order.indexOf(peta) < order.indexOf(pisani)); // the shorter title first
}

TEST_CASE_METHOD(Shelf, "diacritics are folded: théâtre = theatre", "[db][catalogue][search]")
{
    auto plain = search(QStringLiteral("theatre"));
    auto accented = search(QString::fromUtf8("théâtre"));
    auto decomposed = search(QString::fromUtf8("théâtre").normalized(QString::NormalizationForm_D));
    CHECK(plain.total == 2);
    CHECK(ids(plain) == QList<qint64>({theatre, absurd}));
    CHECK(ids(accented) == ids(plain));
    CHECK(ids(decomposed) == ids(plain));
    CHECK(ids(search(QString::fromUtf8("MOLIÈRE"))) == QList<qint64>{theatre});
    CHECK(ids(search(QStringLiteral("moliere"))) == QList<qint64>{theatre});
}

TEST_CASE_METHOD(Shelf, "Indonesian words stay intact: no stemming", "[db][catalogue][search]")
{
    CHECK(ids(search(QStringLiteral("pembelajaran"))) == QList<qint64>{pembelajaran});
    CHECK(ids(search(QStringLiteral("belajar"))) == QList<qint64>{python});
    CHECK(search(QStringLiteral("ajar")).total == 0);
    // Reduplicated words ("ayat-ayat") are found by their parts and as a phrase.
    CHECK(ids(search(QStringLiteral("ayat-ayat cinta"))) == QList<qint64>{ayat});
    CHECK(ids(search(QStringLiteral("ayat"))) == QList<qint64>{ayat});
}

TEST_CASE_METHOD(Shelf, "phrases, prefixes, fields and booleans", "[db][catalogue][search]")
{
    CHECK(ids(search(QStringLiteral("\"sejarah indonesia\""))) == QList<qint64>{sejarah});
    CHECK(search(QStringLiteral("\"indonesia sejarah\"")).total == 1); // the subject "Indonesia -- Sejarah"
    auto prefix = search(QStringLiteral("sejar*"));
    CHECK(prefix.total == 2);
    CHECK(ids(prefix).contains(bumi));
    CHECK(ids(prefix).contains(sejarah));
    CHECK(ids(search(QStringLiteral("pembelaj*"))) == QList<qint64>{pembelajaran});

    auto byAuthor = search(QStringLiteral("author:toer"));
    CHECK(byAuthor.total == 2);
    CHECK(ids(byAuthor).contains(bumi));
    CHECK(ids(byAuthor).contains(anak));
    auto inTitle = search(QStringLiteral("title:indonesia"), 20);
    CHECK(inTitle.total == 4);
    CHECK_FALSE(ids(inTitle).contains(laskar));
    CHECK(ids(search(QStringLiteral("subject:belitung"))) == QList<qint64>{laskar});
    CHECK(ids(search(QStringLiteral("series:\"tetralogi buru\""), 5)).size() == 2);
    CHECK(ids(search(QStringLiteral("title:(anak bangsa)"))) == QList<qint64>{anak});

    CHECK(ids(search(QStringLiteral("toer NOT anak"))) == QList<qint64>{bumi});
    CHECK(ids(search(QStringLiteral("toer -anak"))) == QList<qint64>{bumi});
    auto either = search(QStringLiteral("laskar OR ayat"));
    CHECK(either.total == 2);
    CHECK(ids(search(QStringLiteral("(laskar OR ayat) AND pendidikan"))) == QList<qint64>{laskar});
    CHECK(ids(search(QStringLiteral("toer DAN anak"))) == QList<qint64>{anak});

    auto years = search(QStringLiteral("indonesia year:2000-2010"), 20);
    CHECK(years.total == 4); // laskar 2005, ayat 2004, sejarah 2008, peta 2010
    CHECK_FALSE(ids(years).contains(pisani));
    CHECK(ids(search(QStringLiteral("year:1961"))) == QList<qint64>{absurd});

    // ISBN, typed with or without hyphens, or as ISBN-10.
    CHECK(ids(search(QStringLiteral("978-979-97312-3-4"))) == QList<qint64>{bumi});
    CHECK(ids(search(QStringLiteral("isbn:9789799731234"))) == QList<qint64>{bumi});
    CHECK(ids(search(QStringLiteral("9799731232"))) == QList<qint64>{bumi});
}

TEST_CASE_METHOD(Shelf, "facet filters, facet counts and paging", "[db][catalogue][search]")
{
    SearchRequest req;
    req.query = QStringLiteral("indonesia");
    req.facets = true;
    req.limit = 20;
    auto all = search(req);
    REQUIRE(all.facets.contains(QStringLiteral("record_type")));
    const auto types = all.facets.value(QStringLiteral("record_type"));
    qint64 books = 0, maps = 0;
    for (const FacetCount &f : types) {
        if (f.value == QLatin1String("book"))
            books = f.count;
        if (f.value == QLatin1String("map"))
            maps = f.count;
    }
    CHECK(books == 7);
    CHECK(maps == 1);
    CHECK(all.facetsExact);

    req.recordTypes = {QStringLiteral("map")};
    CHECK(ids(search(req)) == QList<qint64>{peta});
    req.recordTypes = {};
    req.languages = {QStringLiteral("eng")};
    CHECK(ids(search(req)) == QList<qint64>{pisani});
    req.languages = {};
    req.yearFrom = 2009;
    auto recent = search(req);
    CHECK(recent.total == 3); // peta 2010, pisani 2014, pembelajaran 2015

    // Paging walks the same ranking.
    SearchRequest page;
    page.query = QStringLiteral("indonesia");
    page.limit = 20;
    const QList<qint64> full = ids(search(page));
    page.limit = 4;
    page.offset = 0;
    QList<qint64> walked = ids(search(page));
    page.offset = 4;
    walked += ids(search(page));
    page.offset = 8;
    walked += ids(search(page));
    CHECK(walked == full);

    SearchRequest bad;
    bad.query = QStringLiteral("indonesia");
    bad.limit = 0;
    auto refused = catalogue.search(admin, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalogue.bad_paging"));
    bad.limit = 10;
    bad.recordTypes = {QStringLiteral("hologram")};
    refused = catalogue.search(admin, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalogue.bad_filter"));
}

TEST_CASE_METHOD(Shelf, "hits carry their copies with live status, and availability filters", "[db][catalogue][search]")
{
    Collection::ItemInput in;
    in.bibId = bumi;
    in.barcode = QStringLiteral("B0001");
    in.branch = QStringLiteral("PUSAT");
    in.location = QStringLiteral("Fiksi Indonesia");
    REQUIRE(collection.addItem(admin, in).ok());
    in.barcode = QStringLiteral("B0002");
    in.branch = QStringLiteral("TAMAN");
    in.status = Collection::ItemStatus::Missing;
    REQUIRE(collection.addItem(admin, in).ok());
    in.bibId = anak;
    in.barcode = QStringLiteral("A0001");
    in.status = Collection::ItemStatus::Lost;
    REQUIRE(collection.addItem(admin, in).ok());

    auto r = search(QStringLiteral("bumi"));
    REQUIRE(r.hits.size() == 1);
    REQUIRE(r.hits.first().items.size() == 2);
    CHECK(r.hits.first().items[0].barcode == QStringLiteral("B0001"));
    CHECK(r.hits.first().items[0].status == QStringLiteral("available"));
    CHECK(r.hits.first().items[0].branchCode == QStringLiteral("PUSAT"));
    CHECK(r.hits.first().items[0].callNumber == QStringLiteral("899.221 3 TOE b")); // the record's, by default
    CHECK(r.hits.first().items[1].status == QStringLiteral("missing"));
    const QJsonObject json = r.toJson();
    CHECK(json.value(QStringLiteral("total")).toInt() == 1);
    const QJsonObject hit = json.value(QStringLiteral("results")).toArray().first().toObject();
    CHECK(hit.value(QStringLiteral("bib")).toInteger() == bumi);
    CHECK(hit.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("branch")).toString() == QStringLiteral("PUSAT"));
    CHECK(hit.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("due")).isNull());

    SearchRequest avail;
    avail.query = QStringLiteral("toer");
    avail.availableOnly = true;
    CHECK(ids(search(avail)) == QList<qint64>{bumi});
    avail.branches = {QStringLiteral("TAMAN")};
    CHECK(search(avail).total == 0); // TAMAN's copies are missing or lost
    avail.availableOnly = false;
    CHECK(search(avail).total == 2);
}

TEST_CASE_METHOD(Shelf, "bad queries are refused with a reason", "[db][catalogue][search]")
{
    struct Bad {
        const char *query;
        const char *code;
    };
    for (const Bad &b : {Bad{"", "catalogue.query_empty"}, Bad{"   ", "catalogue.query_empty"},
                         Bad{"\"bumi manusia", "catalogue.query_syntax"}, Bad{"(bumi manusia", "catalogue.query_syntax"},
                         Bad{"bumi)", "catalogue.query_syntax"}, Bad{"NOT bumi", "catalogue.query_only_negative"},
                         Bad{"-bumi", "catalogue.query_only_negative"}, Bad{"a*", "catalogue.query_prefix_too_short"},
                         Bad{"bumi AND", "catalogue.query_syntax"}, Bad{"OR bumi", "catalogue.query_syntax"},
                         Bad{"year:abc", "catalogue.query_syntax"}, Bad{"title:", "catalogue.query_syntax"},
                         Bad{"bumi OR -anak", "catalogue.query_only_negative"}, Bad{"--- ;;", "catalogue.query_empty"}}) {
        INFO(b.query);
        SearchRequest req;
        req.query = QString::fromUtf8(b.query);
        auto r = catalogue.search(admin, req);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QString::fromLatin1(b.code));
        CHECK(r.error().isRefusal());
        CHECK_FALSE(r.error().message.isEmpty());
    }
    // The refusal is on record, as every operation.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'catalogue_search' AND outcome = 'refused'")) >= 14);
}

TEST_CASE_METHOD(Shelf, "CQL maps to the same search", "[db][catalogue][search][cql]")
{
    auto cql = [&](const QString &q, int limit = 10) {
        SearchRequest req;
        req.query = q;
        req.cql = true;
        req.limit = limit;
        return search(req);
    };
    CHECK(ids(cql(QStringLiteral("dc.title = \"bumi manusia\""))) == QList<qint64>{bumi});
    CHECK(ids(cql(QStringLiteral("dc.creator = toer and dc.title = anak"))) == QList<qint64>{anak});
    CHECK(ids(cql(QStringLiteral("manusia"))) == ids(search(QStringLiteral("manusia"))));
    CHECK(ids(cql(QStringLiteral("cql.anywhere all \"bumi manusia\""))) == QList<qint64>{bumi});
    CHECK(cql(QStringLiteral("dc.title any \"laskar ayat\"")).total == 2);
    CHECK(ids(cql(QStringLiteral("bath.isbn = 9789799731234"))) == QList<qint64>{bumi});
    CHECK(ids(cql(QStringLiteral("dc.subject = belitung"))) == QList<qint64>{laskar});
    CHECK(ids(cql(QStringLiteral("dc.creator = toer not dc.title = anak"))) == QList<qint64>{bumi});
    CHECK(cql(QStringLiteral("dc.title = sejar*")).total == 1);
    CHECK(ids(cql(QStringLiteral("indonesia and dc.date > 2014"))) == QList<qint64>{pembelajaran});
    CHECK(cql(QStringLiteral("indonesia and dc.date within \"2004 2008\""), 20).total == 3);
    CHECK(ids(cql(QString::fromUtf8("dc.title = théâtre"))) == QList<qint64>({theatre, absurd}));

    struct Diag {
        const char *query;
        int code;
    };
    for (const Diag &d : {Diag{"dc.title = ", 10}, Diag{"dc.title = (bumi", 10}, Diag{"dc.title = \"bumi", 14},
                          Diag{"foo.title = bumi", 15},
                          Diag{"dc.colour = red", 16}, Diag{"dc.title < bumi", 19}, Diag{"dc.title =/stem bumi", 20},
                          Diag{"dc.title = \"--\"", 27}, Diag{"dc.title = b*mi", 28}, Diag{"dc.title = bu?i", 28},
                          Diag{"dc.title = a*", 29}, Diag{"dc.title = ^bumi", 31}, Diag{"dc.date = nineteen", 36},
                          Diag{"bumi prox manusia", 39}, Diag{"bumi sortby dc.title", 80}}) {
        INFO(d.query);
        SearchRequest req;
        req.query = QString::fromUtf8(d.query);
        req.cql = true;
        auto r = catalogue.search(admin, req);
        REQUIRE_FALSE(r.ok());
        CHECK(sruDiagnosticOf(r.error()) == d.code);
        CHECK(r.error().details.value(QStringLiteral("diagnostic")).toString()
              == QStringLiteral("info:srw/diagnostic/1/%1").arg(d.code));
        CHECK(r.error().isRefusal());
    }
}

// Found by fuzz_sru: "dc.date > 4002" became an empty group in the engine's query ("{facet} : ()"),
// which FTS5 and tsquery reject, so the search failed (SRU diagnostic 1, a failed operation) instead
// of finding nothing.
TEST_CASE_METHOD(Shelf, "a year range that covers no indexable year finds nothing and never fails", "[db][catalogue][search][cql]")
{
    for (const char *q : {"dc.date > 4002", "dc.date >= 3000", "dc.date = 5000", "dc.date within \"3000 4000\"",
                          "dc.date < 900", "indonesia and dc.date > 4002", "indonesia not dc.date > 4002",
                          "dc.date > 4002 or dc.title = bumi"}) {
        INFO(q);
        SearchRequest req;
        req.query = QString::fromUtf8(q);
        req.cql = true;
        auto r = catalogue.search(admin, req);
        INFO((r.ok() ? QString() : r.error().code + QStringLiteral(": ") + r.error().message).toStdString());
        REQUIRE(r.ok());
        if (QByteArray(q).startsWith("indonesia not"))
            CHECK(r->total == search(QStringLiteral("indonesia")).total);
        else if (QByteArray(q).contains("bumi"))
            CHECK(ids(*r) == QList<qint64>{bumi});
        else
            CHECK(r->total == 0);
    }
    for (const char *q : {"year:3000", "year:3000-4000", "indonesia year:5000"}) {
        INFO(q);
        SearchRequest req;
        req.query = QString::fromUtf8(q);
        auto r = catalogue.search(admin, req);
        INFO((r.ok() ? QString() : r.error().code + QStringLiteral(": ") + r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r->total == 0);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'catalogue_search' AND outcome = 'failed'")) == 0);
}

TEST_CASE_METHOD(CatalogueFixture, "ranking over many matches is exact: tiers give the same top 10 as scoring everything", "[db][catalogue][search]")
{
    // 1,500 records share common words, so the newest 300 are not all of them and the tier index
    // has to find the best ones among older records.
    const QStringList words{QStringLiteral("sejarah"), QStringLiteral("kebudayaan"), QStringLiteral("jawa"), QStringLiteral("laut"),
                            QStringLiteral("rakyat"), QStringLiteral("kota"),       QStringLiteral("bahasa"), QStringLiteral("anak")};
    QList<MarcRecord> records;
    const QDate day(2026, 3, 2);
    Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.bulk"), Rights::CatalogueEdit}, [&](OperationContext &) -> Status {
        for (int i = 0; i < 1500; ++i) {
            SimpleRecord r;
            QStringList title;
            const int n = 1 + (i * 7) % 9; // titles of 1 to 9 words
            for (int w = 0; w < n; ++w)
                title << words.at((i + w * 3) % words.size());
            r.title = title.join(QLatin1Char(' ')) + QStringLiteral(" %1").arg(i);
            r.author = QStringLiteral("Penulis %1").arg(i % 37);
            r.subjects = {words.at(i % words.size()) + QStringLiteral(" -- ") + words.at((i / 3) % words.size())};
            if (i % 5 == 0)
                r.notes = {QStringLiteral("Catatan tentang %1 dan %2").arg(words.at(i % 4), words.at(7 - i % 4))};
            r.year = 1950 + i % 70;
            auto id = catalogue.createRecord(admin, r, true);
            if (!id.ok())
                return id.error();
        }
        return {};
    });
    REQUIRE(st.ok());

    // Every query's top 10, computed the slow way: score every record.
    auto bodies = db().exec(QStringLiteral("SELECT bib_id, body FROM search_docs"));
    REQUIRE(bodies.ok());
    QList<std::pair<qint64, QString>> docs;
    while (bodies->next())
        docs.append({bodies->value(0).toLongLong(), bodies->value(1).toString()});
    bodies->finish();
    REQUIRE(docs.size() == 1500);
    const qint64 n = count(QStringLiteral("SELECT value FROM search_stats WHERE key = 'docs'"));
    CHECK(n == 1500);

    for (const QString &text : {QStringLiteral("sejarah"), QStringLiteral("sejarah jawa"), QStringLiteral("laut rakyat kota"),
                                QStringLiteral("anak"), QStringLiteral("title:bahasa"), QStringLiteral("kebudayaan OR laut")}) {
        INFO(text.toStdString());
        auto q = parseQuery(text);
        REQUIRE(q.ok());
        const QList<ScoringTerm> terms = scoringTerms(*q);
        auto idfs = idfOf(db(), terms);
        REQUIRE(idfs.ok());
        const QList<double> idf = *idfs;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            auto df = documentFrequency(db(), terms[i].word);
            REQUIRE(df.ok());
            // Exact here: the catalogue is smaller than the sample.
            qint64 holding = 0;
            for (const auto &[id, body] : docs)
                holding += ParsedDoc(body).contains(terms[i].word, (1u << kIndexFields) - 1) ? 1 : 0;
            CHECK(*df == holding);
        }
        QList<std::pair<double, qint64>> expected;
        for (const auto &[id, body] : docs) {
            const ParsedDoc doc(body);
            if (!matches(*q, doc))
                continue;
            double s = 0;
            for (qsizetype i = 0; i < terms.size(); ++i)
                s += idf[i] * doc.impact(terms[i].word, terms[i].fields);
            expected.append({s, id});
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second > b.second;
        });
        auto r = search(text, 10);
        CHECK(r.total == expected.size());
        REQUIRE(expected.size() > 300);
        CHECK(r.exactRanking);
        INFO("strategy " << r.strategy.toStdString() << ", candidates " << r.candidates);
        QList<qint64> want;
        for (int i = 0; i < 10; ++i)
            want << expected.at(i).second;
        CHECK(ids(r) == want);
        CHECK(r.candidates < expected.size()); // not everything was scored
    }
}

TEST_CASE_METHOD(Shelf, "an SRU server gets pages of MARCXML and Dublin Core, and diagnostics for what it cannot run",
                 "[db][catalogue][search][cql]")
{
    auto page = Aksara::Catalogue::Catalogue::sruPage(db(), QStringLiteral("dc.subject = \"novel indonesia\""), 1, 2);
    REQUIRE(page.ok());
    CHECK(page->total == 4);
    REQUIRE(page->records.size() == 2);
    CHECK(page->records.first().marcxml.startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"));
    CHECK(page->records.first().dublinCore.contains("<dc:subject>Novel Indonesia</dc:subject>"));
    CHECK(page->records.first().dublinCore.contains("<dc:type>Text</dc:type>"));
    auto rest = Catalogue::Catalogue::sruPage(db(), QStringLiteral("dc.subject = \"novel indonesia\""), 3, 10);
    REQUIRE(rest.ok());
    CHECK(rest->records.size() == 2);
    QSet<qint64> all;
    for (const auto &r : page->records + rest->records)
        all.insert(r.bibId);
    CHECK(all.size() == 4);
    auto count = Catalogue::Catalogue::sruPage(db(), QStringLiteral("indonesia"), 1, 0);
    REQUIRE(count.ok());
    CHECK(count->total == 8);
    CHECK(count->records.isEmpty());
    auto bumiDc = Catalogue::Catalogue::sruPage(db(), QStringLiteral("bath.isbn = 9789799731234"), 1, 1);
    REQUIRE(bumiDc.ok());
    REQUIRE(bumiDc->records.size() == 1);
    CHECK(bumiDc->records.first().dublinCore.contains("<dc:identifier>URN:ISBN:9789799731234</dc:identifier>"));
    CHECK(bumiDc->records.first().dublinCore.contains("<dc:creator>Toer, Pramoedya Ananta</dc:creator>"));
    CHECK(bumiDc->records.first().dublinCore.contains("<dc:date>1980</dc:date>"));
    auto bad = Catalogue::Catalogue::sruPage(db(), QStringLiteral("dc.colour = red"), 1, 10);
    REQUIRE_FALSE(bad.ok());
    CHECK(sruDiagnosticOf(bad.error()) == 16);
}
