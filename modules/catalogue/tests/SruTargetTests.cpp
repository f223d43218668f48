// The configured SRU targets: the list's operations and refusals (administration, standard
// changes), and copy cataloguing from one of them: the project's own aksara-server on another
// library's database, searched and imported from here and from the command line.
#include "CatalogueFixture.h"
#include "ServerProcess.h"

#include "catalogue/SruTargets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Aksara;
using namespace Aksara::Catalogue;
using namespace Aksara::Test;

namespace {
QStringList fieldsOf(const Error &e)
{
    QStringList out;
    for (const auto &v : e.details.value(QStringLiteral("reasons")).toArray())
        out << v.toObject().value(QStringLiteral("field")).toString();
    return out;
}

QStringList names(const QList<SruTarget> &l)
{
    QStringList out;
    for (const SruTarget &t : l)
        out << t.name;
    return out;
}
} // namespace

TEST_CASE_METHOD(CatalogueFixture, "SRU targets: seeded, added, changed and removed by an administrator, each a standard change",
                 "[db][catalogue][sru]")
{
    SruTargets targets(core);
    const Caller librarian = Caller::staff(Channel::Desk, 1, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-1"));
    const Caller supervisor = Caller::staff(Channel::Desk, 2, QStringLiteral("kepala"), Role::Supervisor, QStringLiteral("desk-1"));

    auto seeded = targets.list(librarian);
    REQUIRE_OK(seeded);
    CHECK(names(*seeded) == QStringList{QStringLiteral("Library of Congress"), QStringLiteral("Deutsche Nationalbibliothek")});
    CHECK(seeded->first().baseUrl == QStringLiteral("http://lx2.loc.gov:210/LCDB"));
    CHECK(seeded->first().version == QStringLiteral("1.1"));
    CHECK(seeded->at(1).titleIndex == QStringLiteral("tit"));

    SruTarget t;
    t.name = QStringLiteral("Perpustakaan Daerah");
    t.baseUrl = QStringLiteral("http://katalog.example.id:8080/sru");
    t.version = QStringLiteral("2.0");
    auto added = targets.add(admin, t);
    REQUIRE_OK(added);
    CHECK(added->position == 3); // at the end of the list
    CHECK(count(QStringLiteral("SELECT count(*) FROM changes WHERE kind = 'standard' AND entity = 'sru_target' AND "
                               "entity_key = 'Perpustakaan Daerah' AND old_value IS NULL AND new_value LIKE '%katalog.example.id%'"))
          == 1);

    SECTION("refusals name their fields")
    {
        SruTarget bad;
        bad.name = QStringLiteral("perpustakaan daerah"); // the same name, another case
        bad.baseUrl = QStringLiteral("ftp://katalog.example.id");
        bad.version = QStringLiteral("3.0");
        bad.recordSchema = QStringLiteral("marc xml");
        bad.isbnIndex = QString();
        auto r = targets.add(admin, bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("catalogue.sru_target_duplicate"));
        CHECK(fieldsOf(r.error()) == QStringList{QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("version"),
                                                 QStringLiteral("schema"), QStringLiteral("isbn_index")});
        CHECK(targets.add(admin, SruTarget{}).error().code == QStringLiteral("catalogue.sru_target_bad_name"));

        // Only an administrator edits the list; a librarian reads it, a kiosk does not.
        CHECK(targets.add(librarian, t).error().code == QStringLiteral("core.forbidden"));
        CHECK(targets.remove(supervisor, t.name).error().code == QStringLiteral("core.forbidden"));
        const Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
        CHECK(targets.list(kiosk).error().code == QStringLiteral("core.forbidden"));

        SruTargetChanges rename;
        rename.name = QStringLiteral("Library of Congress");
        CHECK(targets.edit(admin, t.name, rename).error().code == QStringLiteral("catalogue.sru_target_duplicate"));
        SruTargetChanges same;
        same.version = QStringLiteral("2.0");
        CHECK(targets.edit(admin, t.name, same).error().code == QStringLiteral("catalogue.sru_target_no_change"));
        CHECK(targets.edit(admin, QStringLiteral("Nowhere"), same).error().code == QStringLiteral("catalogue.sru_target_unknown"));
        CHECK(targets.remove(admin, QStringLiteral("Nowhere")).error().code == QStringLiteral("catalogue.sru_target_unknown"));
        CHECK(count(QStringLiteral("SELECT count(*) FROM sru_targets")) == 3);
        CHECK(count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'sru_target'")) == 1);
    }
    SECTION("changed, reordered, disabled and removed")
    {
        SruTargetChanges c;
        c.position = 0;
        c.enabled = false;
        c.titleIndex = QStringLiteral("bib.titleMain");
        auto edited = targets.edit(admin, QStringLiteral("PERPUSTAKAAN DAERAH"), c);
        REQUIRE_OK(edited);
        CHECK(names(*targets.list(librarian)).first() == QStringLiteral("Perpustakaan Daerah"));
        CHECK_FALSE(names(*targets.list(librarian, true)).contains(QStringLiteral("Perpustakaan Daerah")));
        CHECK(count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'sru_target' AND old_value LIKE '%dc.title%' "
                                   "AND new_value LIKE '%bib.titleMain%'"))
              == 1);
        REQUIRE_OK(targets.remove(admin, QStringLiteral("Perpustakaan Daerah")));
        CHECK(count(QStringLiteral("SELECT count(*) FROM sru_targets")) == 2);
        CHECK(count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'sru_target' AND new_value IS NULL")) == 1);
        CHECK(count(QStringLiteral("SELECT count(*) FROM operations WHERE service = 'administration' AND operation LIKE "
                                   "'sru_target.%' AND outcome = 'ok'"))
              == 3);
    }
}

TEST_CASE("SRU targets: a search by title, author and ISBN in each target's own indexes", "[catalogue][sru]")
{
    SruTarget lc;
    CHECK(lc.queryFor(QStringLiteral("Laskar  pelangi"), QString(), QString()) == QStringLiteral("dc.title=\"Laskar pelangi\""));
    CHECK(lc.queryFor(QStringLiteral("sang \"pemimpi\""), QStringLiteral("Hirata"), QStringLiteral("978-979-3062-79-2"))
          == QStringLiteral("dc.title=\"sang \\\"pemimpi\\\"\" and dc.creator=\"Hirata\" and bath.isbn=\"9789793062792\""));
    SruTarget dnb;
    dnb.titleIndex = QStringLiteral("tit");
    dnb.isbnIndex = QStringLiteral("num");
    CHECK(dnb.queryFor(QStringLiteral("Faust"), QString(), QStringLiteral("3-15-000001-X")) == QStringLiteral("tit=\"Faust\" and num=\"315000001X\""));
    CHECK(dnb.queryFor({}, {}, {}).isEmpty());
}

TEST_CASE_METHOD(CatalogueFixture, "copy cataloguing: search a configured target (aksara-server) and import, here and at the command line",
                 "[db][catalogue][sru][network]")
{
    // The other library: its own database with a few records, served by aksara-server.
    TestDatabase otherDb(clock);
    ServiceCore otherCore(otherDb.db(), clock);
    Aksara::Catalogue::Catalogue other(otherCore);
    for (const auto &[title, author, isbn] :
         {std::tuple{QStringLiteral("Laskar Pelangi"), QStringLiteral("Hirata, Andrea"), QStringLiteral("9789793062792")},
          std::tuple{QStringLiteral("Sang Pemimpi"), QStringLiteral("Hirata, Andrea"), QString()},
          std::tuple{QStringLiteral("Ronggeng Dukuh Paruk"), QStringLiteral("Tohari, Ahmad"), QString()}}) {
        SimpleRecord r;
        r.title = title;
        r.author = author;
        r.isbn = isbn;
        r.year = 2005;
        r.language = QStringLiteral("ind");
        r.callNumber = QStringLiteral("899.221 3 HIR l");
        REQUIRE_OK(other.createRecord(admin, r));
    }
    ServerProcess server(QStringLiteral(AKSARA_SERVER), otherDb.url());

    SruTargets targets(core);
    SruTarget t;
    t.name = QStringLiteral("Perpustakaan Tetangga");
    t.baseUrl = server.url(QStringLiteral("/sru"));
    auto added = targets.add(admin, t);
    REQUIRE_OK(added);

    const Caller librarian = Caller::staff(Channel::Desk, 1, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-1"));
    SruClient client;
    auto found = targets.search(librarian, *added, added->queryFor({}, QStringLiteral("hirata"), {}), 1, 10, client);
    REQUIRE_OK(found);
    CHECK(found->numberOfRecords == 2);
    REQUIRE(found->records.size() == 2);
    auto byIsbn = targets.search(librarian, *added, added->queryFor({}, {}, QStringLiteral("979-3062-79-7")), 1, 10, client);
    REQUIRE_OK(byIsbn);
    REQUIRE(byIsbn->records.size() == 1);
    CHECK(deriveFields(byIsbn->records.first()).title == QStringLiteral("Laskar Pelangi"));
    CHECK(count(QStringLiteral("SELECT count(*) FROM operations WHERE service = 'cataloguing' AND operation = 'sru.search' AND "
                               "outcome = 'ok' AND actor = 'staff:pustakawan' AND subject LIKE 'Perpustakaan Tetangga:%'"))
          == 2);
    auto bad = targets.search(librarian, *added, QStringLiteral("dc.colour=merah"), 1, 10, client);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("catalogue.sru_diagnostic"));

    // Imported as the other library made it; then a copy of ours.
    auto id = catalogue.createRecord(librarian, byIsbn->records.first(), false, RecordOrigin::Copied);
    REQUIRE_OK(id);
    CHECK(catalogue.record(admin, *id)->fields.isbns == QStringList{QStringLiteral("9789793062792")});
    CHECK(catalogue.createRecord(librarian, byIsbn->records.first(), false, RecordOrigin::Copied).error().code
          == QStringLiteral("catalogue.duplicate"));

    // The command line: the target by its name.
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(AKSARA_CLI), QStringList{QStringLiteral("--db"), tdb.url(), QStringLiteral("--json")} + args);
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
    };
    auto [code, json] = run({QStringLiteral("sru"), QStringLiteral("search"), QStringLiteral("perpustakaan tetangga"),
                             QStringLiteral("dc.title=pemimpi")});
    CHECK(code == 0);
    CHECK(json.value(QStringLiteral("number_of_records")).toInt() == 1);
    auto [icode, ijson] = run({QStringLiteral("sru"), QStringLiteral("import"), QStringLiteral("Perpustakaan Tetangga"),
                               QStringLiteral("dc.title=pemimpi")});
    CHECK(icode == 0);
    CHECK(ijson.value(QStringLiteral("title")).toString() == QStringLiteral("Sang Pemimpi"));
    auto [ucode, ujson] = run({QStringLiteral("sru"), QStringLiteral("search"), QStringLiteral("Nowhere"), QStringLiteral("x")});
    CHECK(ucode == 3);
    CHECK(ujson.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("catalogue.sru_target_unknown"));
    auto [lcode, ljson] = run({QStringLiteral("sru"), QStringLiteral("target"), QStringLiteral("list")});
    CHECK(lcode == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM bib_records")) == 2);
}
