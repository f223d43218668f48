#include "DeskFixture.h"

#include "desk/CataloguePage.h"
#include "desk/HoldDialog.h"
#include "desk/ImportDialog.h"

#include "catalogue/Catalogue.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
// Records through the catalogue module, each with copies at MAIN (and one at NORTH).
void catalogue(DeskFixture &f, int count)
{
    Catalogue::Catalogue cat(f.core);
    for (int i = 1; i <= count; ++i) {
        Catalogue::SimpleRecord r;
        r.title = QStringLiteral("Cerita Rakyat Nusantara %1").arg(i);
        r.author = QStringLiteral("Sari, Dewi");
        r.year = i % 2 ? 1995 : 2012;
        r.language = i % 3 ? QStringLiteral("ind") : QStringLiteral("eng");
        r.callNumber = QStringLiteral("398.2 SAR c");
        auto id = cat.createRecord(f.admin, r);
        REQUIRE_OK(id);
        f.item(QStringLiteral("4000%1").arg(i, 4, 10, QLatin1Char('0')), *id, i == 1 ? f.northBranch : f.mainBranch);
    }
}
} // namespace

TEST_CASE("desk: catalogue search with facets and pages, a title shows where every copy is", "[desk][gui][db]")
{
    DeskFixture f;
    catalogue(f, 25);
    const Circulation::Patron p = f.patron(QStringLiteral("Lina"));
    REQUIRE_OK(f.loans.checkout(f.librarian, p.cardNumber, QStringLiteral("40000002")));

    f.key(Qt::Key_F7);
    auto *query = f.find<QLineEdit>(QStringLiteral("catalogueSearchEdit"));
    CHECK(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("cerita rakyat"));
    QTest::keyClick(query, Qt::Key_Return);
    auto *results = f.find<QTableWidget>(QStringLiteral("catalogueResultsTable"));
    auto *pageLabel = f.find<QLabel>(QStringLiteral("pageLabel"));
    CHECK(results->rowCount() == 20);
    CHECK(pageLabel->text() == QStringLiteral("1–20 of 25"));
    f.find<QPushButton>(QStringLiteral("nextPageButton"))->click();
    CHECK(results->rowCount() == 5);
    CHECK(pageLabel->text() == QStringLiteral("21–25 of 25"));
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("nextPageButton"))->isEnabled());
    f.find<QPushButton>(QStringLiteral("previousPageButton"))->click();
    CHECK(results->rowCount() == 20);

    // A facet: English only (every third record).
    auto *facets = f.find<QTreeWidget>(QStringLiteral("facetTree"));
    QTreeWidgetItem *english = nullptr;
    for (int g = 0; g < facets->topLevelItemCount(); ++g)
        for (int i = 0; i < facets->topLevelItem(g)->childCount(); ++i)
            if (facets->topLevelItem(g)->data(0, Qt::UserRole) == QStringLiteral("language")
                && facets->topLevelItem(g)->child(i)->data(0, Qt::UserRole) == QStringLiteral("eng"))
                english = facets->topLevelItem(g)->child(i);
    REQUIRE(english != nullptr);
    CHECK(english->text(0).contains(QStringLiteral("(8)")));
    english->setCheckState(0, Qt::Checked);
    CHECK(results->rowCount() == 8);
    CHECK(pageLabel->text() == QStringLiteral("1–8 of 8"));
    english->setCheckState(0, Qt::Unchecked);
    CHECK(results->rowCount() == 20);

    // The title of the copy on loan: its branch, call number and due date.
    query->clear();
    QTest::keyClicks(query, QStringLiteral("\"nusantara 2\""));
    QTest::keyClick(query, Qt::Key_Return);
    int row = -1;
    for (int r = 0; r < results->rowCount(); ++r)
        if (results->item(r, 0)->text() == QStringLiteral("Cerita Rakyat Nusantara 2"))
            row = r;
    REQUIRE(row >= 0);
    INFO("row " << row << " of " << results->rowCount() << ", current " << results->currentRow());
    results->setCurrentCell(row, 0);
    auto *copies = f.find<QTableWidget>(QStringLiteral("copiesTable"));
    REQUIRE(copies->rowCount() == 1);
    CHECK(copies->item(0, 0)->text() == QStringLiteral("40000002"));
    CHECK(copies->item(0, 1)->text() == QStringLiteral("Main Library"));
    CHECK(copies->item(0, 3)->text() == QStringLiteral("398.2 SAR c"));
    CHECK(copies->item(0, 4)->text() == QStringLiteral("on loan"));
    CHECK_FALSE(copies->item(0, 5)->text().isEmpty());
    CHECK(f.deskOperations(Services::CatalogueSearch, QStringLiteral("ok")) >= 5);
    CHECK(f.deskOperations(Services::CollectionLookup, QStringLiteral("ok")) >= 1);

    // With a member open at the desk, a hold on the title from here.
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("holdForPatronButton"))->isVisible());
    const Circulation::Patron other = f.patron(QStringLiteral("Maya"));
    f.window->showCirculation();
    f.scan(other.cardNumber);
    f.window->searchCatalogue();
    auto *hold = f.find<QPushButton>(QStringLiteral("holdForPatronButton"));
    REQUIRE(hold->isVisible());
    CHECK(hold->text().contains(QStringLiteral("Maya")));
    hold->click();
    auto *dialog = f.window->findChild<Desk::HoldDialog *>(QStringLiteral("holdDialog"));
    REQUIRE(dialog != nullptr);
    f.find<QPushButton>(QStringLiteral("submitButton"), dialog)->click();
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM holds h JOIN patrons p ON p.id = h.patron_id WHERE p.card_number = ? "
                                 "AND h.status = 'waiting' AND h.level = 'title'"),
                  {other.cardNumber})
          == 1);
    CHECK(f.find<QTableWidget>(QStringLiteral("holdsTable"))->rowCount() == 1);

    SECTION("a query the parser refuses says why")
    {
        query->clear();
        QTest::keyClicks(query, QStringLiteral("title:(unclosed"));
        QTest::keyClick(query, Qt::Key_Return);
        CHECK(f.find<QWidget>(QStringLiteral("catalogueMessage"))->isVisible());
    }
}

TEST_CASE("desk: MARC import with a progress bar", "[desk][gui][db]")
{
    DeskFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.mrc"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 30; ++i) {
            Catalogue::SimpleRecord r;
            r.title = QStringLiteral("Imported title %1").arg(i);
            r.author = QStringLiteral("Hamka");
            r.year = 1960 + i;
            auto bytes = Catalogue::writeIso2709(Catalogue::buildMarc(r, QDate(2026, 3, 1)));
            REQUIRE_OK(bytes);
            out.write(*bytes);
        }
        out.write("00026nam  2200025   4500\x1e"); // a truncated record
    }
    f.window->catalogue()->importMarc();
    auto *dialog = f.window->findChild<Desk::ImportDialog *>(QStringLiteral("importDialog"));
    REQUIRE(dialog != nullptr);
    dialog->setFile(path);
    QSignalSpy done(dialog, &Desk::ImportDialog::imported);
    f.find<QPushButton>(QStringLiteral("startImportButton"), dialog)->click();
    REQUIRE(done.wait(60000));
    CHECK(done.at(0).at(0).toLongLong() == 30);
    CHECK(f.find<QProgressBar>(QStringLiteral("importProgress"), dialog)->value() == 1000);
    CHECK(dialog->report().value(QStringLiteral("rejected")).toInteger() == 1);
    CHECK(f.find<QLabel>(QStringLiteral("importFiguresLabel"), dialog)->text().contains(QStringLiteral("30 imported")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bib_records WHERE author = 'Hamka'")) == 30);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'catalogue.import' AND actor = "
                                 "'staff:pustakawan' AND channel = 'desk'"))
          == 1);
}
