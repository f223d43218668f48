// Cataloguing at the desk, driven by object name and keystrokes: the simple form and its ISBN
// duplicate warning, the MARC editor refusing a bad tag at its field and saving a good edit,
// copies added, edited and withdrawn (with the refusals), and copy cataloguing from another
// library's SRU server (the project's own aksara-server on another database).
#include "DeskFixture.h"
#include "ServerProcess.h"

#include "desk/CataloguePage.h"
#include "desk/CopyCataloguing.h"
#include "desk/CopyDialog.h"
#include "desk/Format.h"
#include "desk/LabelsDialog.h"
#include "desk/MarcEditor.h"
#include "desk/RecordForm.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SruTargets.h"
#include "library/Administration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextCursor>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
qint64 addRecord(DeskFixture &f, const QString &title, const QString &isbn = {}, const QString &callNumber = QStringLiteral("899.221 3 HIR l"))
{
    Catalogue::SimpleRecord r;
    r.title = title;
    r.author = QStringLiteral("Hirata, Andrea");
    r.year = 2005;
    r.language = QStringLiteral("ind");
    r.isbn = isbn;
    r.callNumber = callNumber;
    auto id = Catalogue::Catalogue(f.core).createRecord(f.admin, r, true);
    REQUIRE_OK(id);
    return *id;
}

template<typename T>
T *openDialog(DeskFixture &f, const QString &name)
{
    T *d = nullptr;
    for (int i = 0; i < 50 && !d; ++i) {
        d = f.dialog<T>(name);
        if (!d)
            QTest::qWait(20);
    }
    INFO(name.toStdString());
    REQUIRE(d != nullptr);
    return d;
}

// Types into a cell as a cataloguer does: F2, the text over what was there, Enter.
void typeCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    REQUIRE(editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the check runs once the edit is in
}

int rowOf(QTableWidget *table, const QString &tag)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == tag)
            return r;
    return -1;
}
} // namespace

TEST_CASE("desk: a new record from the simple form, with the ISBN duplicate warning", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    const qint64 existing = addRecord(f, QStringLiteral("Laskar Pelangi"), QStringLiteral("9789793062792"));
    f.window->searchCatalogue();
    f.find<QPushButton>(QStringLiteral("newRecordButton"))->click();
    auto *form = openDialog<Desk::RecordForm>(f, QStringLiteral("recordFormDialog"));

    // Nothing typed: the title is asked for at its field; a year in letters too.
    f.find<QLineEdit>(QStringLiteral("yearEdit"), form)->setText(QStringLiteral("20o6"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    CHECK_FALSE(form->fieldError(QStringLiteral("year")).isEmpty());
    f.find<QLineEdit>(QStringLiteral("yearEdit"), form)->setText(QStringLiteral("2006"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    CHECK(form->fieldError(QStringLiteral("title")) == QStringLiteral("A record needs a title."));
    CHECK(f.find<QLabel>(QStringLiteral("titleError"), form)->isVisible());

    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("titleEdit"), form), QStringLiteral("Sang Pemimpi"));
    QTest::keyClicks(f.find<QPlainTextEdit>(QStringLiteral("authorsEdit"), form), QStringLiteral("Hirata, Andrea"));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("publisherEdit"), form), QStringLiteral("Bentang Pustaka"));
    QTest::keyClicks(f.find<QPlainTextEdit>(QStringLiteral("subjectsEdit"), form), QStringLiteral("Novel Indonesia"));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("callNumberEdit"), form), QStringLiteral("899.221 3 HIR s"));

    // A mistyped ISBN is named while it is typed (a full-length number with a wrong check digit).
    auto *isbn = f.find<QLineEdit>(QStringLiteral("isbnEdit"), form);
    QTest::keyClicks(isbn, QStringLiteral("978-979-3062-79-0"));
    QTRY_VERIFY_WITH_TIMEOUT(!form->fieldError(QStringLiteral("isbn")).isEmpty(), 3000);
    CHECK(form->fieldError(QStringLiteral("isbn")).contains(QStringLiteral("check digit")));
    CHECK_FALSE(f.find<QWidget>(QStringLiteral("isbnWarning"), form)->isVisible());

    // The ISBN of a record the catalogue has (as ISBN-10): the warning names it.
    isbn->clear();
    QTest::keyClicks(isbn, QStringLiteral("979-3062-79-7"));
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QWidget>(QStringLiteral("isbnWarning"), form)->isVisible(), 3000);
    CHECK(form->duplicateOf() == existing);
    CHECK(form->fieldError(QStringLiteral("isbn")).isEmpty());
    CHECK(f.find<QLabel>(QStringLiteral("isbnWarningLabel"), form)->text().contains(QStringLiteral("Laskar Pelangi")));

    // Save: refused as a duplicate, nothing stored; Save anyway stores it.
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    CHECK(form->isVisible());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bib_records")) == 1);
    f.find<QCheckBox>(QStringLiteral("addCopyCheck"), form)->setChecked(true);
    f.find<QPushButton>(QStringLiteral("saveAnywayButton"), form)->click();
    REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM bib_records")) == 2);
    const qint64 created = f.count(QStringLiteral("SELECT max(id) FROM bib_records"));
    CHECK(f.text(QStringLiteral("SELECT title FROM bib_records WHERE id = ?"), {created}) == QStringLiteral("Sang Pemimpi"));
    CHECK(f.text(QStringLiteral("SELECT call_number FROM bib_records WHERE id = ?"), {created}) == QStringLiteral("899.221 3 HIR s"));
    CHECK(f.text(QStringLiteral("SELECT language FROM bib_records WHERE id = ?"), {created}) == QStringLiteral("ind"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'record.create' AND outcome = 'refused' AND "
                                 "error_code = 'catalogue.duplicate' AND channel = 'desk' AND actor = 'staff:pustakawan'"))
          == 1);
    CHECK(f.window->catalogue()->currentBib() == created);
    CHECK(f.find<QLabel>(QStringLiteral("titleLabel"))->text().contains(QStringLiteral("Sang Pemimpi")));
    // Add a copy was ticked: the copy form follows.
    auto *copy = openDialog<Desk::CopyDialog>(f, QStringLiteral("addCopyDialog"));
    copy->reject();

    SECTION("Open it goes to the record that has the ISBN")
    {
        f.find<QPushButton>(QStringLiteral("newRecordButton"))->click();
        auto *again = openDialog<Desk::RecordForm>(f, QStringLiteral("recordFormDialog"));
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("isbnEdit"), again), QStringLiteral("9789793062792"));
        QTRY_VERIFY_WITH_TIMEOUT(again->duplicateOf() == existing, 3000);
        f.find<QPushButton>(QStringLiteral("openDuplicateButton"), again)->click();
        CHECK(f.window->catalogue()->currentBib() == existing);
    }
}

TEST_CASE("desk: the MARC editor refuses a bad tag at its field and saves a good edit", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    const qint64 bib = addRecord(f, QStringLiteral("Sang Pemimpi"));
    f.window->searchCatalogue();
    f.window->catalogue()->showTitle(bib);
    f.find<QPushButton>(QStringLiteral("editMarcButton"))->click();
    auto *editor = openDialog<Desk::MarcEditor>(f, QStringLiteral("marcEditorDialog"));
    auto *table = f.find<QTableWidget>(QStringLiteral("marcFieldsTable"), editor);
    auto *problems = f.find<QListWidget>(QStringLiteral("marcProblemsList"), editor);
    CHECK(problems->count() == 0);

    // The leader's positions are explained where the cursor stands.
    auto *leader = f.find<QLineEdit>(QStringLiteral("leaderEdit"), editor);
    leader->setCursorPosition(6);
    CHECK(f.find<QLabel>(QStringLiteral("leaderHelp"), editor)->text().contains(QStringLiteral("type of record")));
    CHECK(f.find<QLabel>(QStringLiteral("leaderHelp"), editor)->text().contains(QStringLiteral("<b>a = language material</b>")));

    const int row = rowOf(table, QStringLiteral("245"));
    REQUIRE(row >= 0);
    typeCell(table, row, 0, QStringLiteral("24a"));
    QTRY_VERIFY_WITH_TIMEOUT(problems->count() > 0, 2000);
    CHECK(editor->problemMessages().first() == QStringLiteral("Field 24a: \"24a\" is not a tag: a tag is three digits (245), or three "
                                                              "letters of one case for a local field."));
    CHECK(table->item(row, 0)->toolTip().contains(QStringLiteral("is not a tag")));

    // Saving goes to the catalogue, which refuses it (on record); nothing changes.
    f.find<QPushButton>(QStringLiteral("saveMarcButton"), editor)->click();
    CHECK(editor->isVisible());
    CHECK(f.find<Desk::MessageBar>(QStringLiteral("marcMessage"), editor)->text().startsWith(QStringLiteral("Not saved: 2 problems")));
    CHECK(table->currentRow() == row);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'record.update' AND outcome = 'refused' AND "
                                 "error_code = 'catalogue.marc_bad_tag' AND channel = 'desk' AND actor = 'staff:pustakawan'"))
          == 1);
    CHECK(f.text(QStringLiteral("SELECT title FROM bib_records WHERE id = ?"), {bib}) == QStringLiteral("Sang Pemimpi"));

    // An indicator that is not one is named too, at its cell; F8 goes there.
    typeCell(table, row, 0, QStringLiteral("245"));
    typeCell(table, row, 2, QStringLiteral("X"));
    QTRY_VERIFY_WITH_TIMEOUT(problems->count() == 1, 2000);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Field 245 indicator 2:")));
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_F8);
    CHECK(table->currentRow() == row);
    CHECK(table->currentColumn() == 2);

    // A good edit: indicator back, the title changed, a field added with Insert; saved.
    typeCell(table, row, 2, QStringLiteral("0"));
    typeCell(table, row, 3, QStringLiteral("$a Sang pemimpi / $c Andrea Hirata."));
    QTRY_VERIFY_WITH_TIMEOUT(problems->count() == 0, 2000);
    table->setCurrentCell(table->rowCount() - 1, 0);
    QTest::keyClick(table, Qt::Key_Insert);
    QWidget *tagEditor = QApplication::focusWidget();
    REQUIRE(tagEditor != nullptr);
    QTest::keyClicks(tagEditor, QStringLiteral("650"));
    QTest::keyClick(tagEditor, Qt::Key_Return);
    const int added = table->rowCount() - 1;
    typeCell(table, added, 2, QStringLiteral("4"));
    typeCell(table, added, 3, QStringLiteral("$a Persahabatan $z Belitung"));
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible(), 2000);
    auto r = Catalogue::Catalogue(f.core).record(f.admin, bib);
    REQUIRE_OK(r);
    CHECK(r->fields.title == QStringLiteral("Sang pemimpi"));
    CHECK(r->fields.subjects.contains(QStringLiteral("Persahabatan -- Belitung")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'record.update' AND outcome = 'ok' AND "
                                 "channel = 'desk'"))
          == 1);
    CHECK(f.window->catalogue()->messageBar()->text().contains(QStringLiteral("saved")));
}

TEST_CASE("desk: a new record in MARC, from the template", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    f.window->searchCatalogue();
    f.find<QPushButton>(QStringLiteral("newMarcButton"))->click();
    auto *editor = openDialog<Desk::MarcEditor>(f, QStringLiteral("marcEditorDialog"));
    auto *table = f.find<QTableWidget>(QStringLiteral("marcFieldsTable"), editor);
    // The template's empty subfields are named when it is saved as it is.
    f.find<QPushButton>(QStringLiteral("saveMarcButton"), editor)->click();
    CHECK(editor->isVisible());
    CHECK(editor->problemMessages().contains(QStringLiteral("Field 245 $a: the subfield is empty.")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bib_records")) == 0);
    for (const QString &tag : {QStringLiteral("020"), QStringLiteral("264"), QStringLiteral("300"), QStringLiteral("650")}) {
        table->setCurrentCell(rowOf(table, tag), 0);
        QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    }
    typeCell(table, rowOf(table, QStringLiteral("100")), 3, QStringLiteral("$a Tohari, Ahmad."));
    typeCell(table, rowOf(table, QStringLiteral("245")), 3, QStringLiteral("$a Ronggeng Dukuh Paruk / $c Ahmad Tohari."));
    QTRY_VERIFY_WITH_TIMEOUT(editor->problemMessages().isEmpty(), 2000);
    f.find<QPushButton>(QStringLiteral("saveMarcButton"), editor)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible(), 2000);
    REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM bib_records WHERE title = 'Ronggeng Dukuh Paruk' AND author = 'Tohari, Ahmad'"))
            == 1);
    CHECK(f.window->catalogue()->currentBib() > 0);
}

TEST_CASE("desk: copies added, edited and withdrawn, a used barcode and a copy on loan refused", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    const qint64 bib = addRecord(f, QStringLiteral("Laskar Pelangi"));
    const qint64 other = addRecord(f, QStringLiteral("Edensor"));
    f.item(QStringLiteral("40000001"), other);
    f.window->searchCatalogue();
    f.window->catalogue()->showTitle(bib);
    f.find<QPushButton>(QStringLiteral("addCopyButton"))->click();
    auto *add = openDialog<Desk::CopyDialog>(f, QStringLiteral("addCopyDialog"));
    CHECK(f.find<QLineEdit>(QStringLiteral("callNumberEdit"), add)->text() == QStringLiteral("899.221 3 HIR l"));
    CHECK(f.find<QComboBox>(QStringLiteral("branchCombo"), add)->currentData().toString() == QStringLiteral("MAIN"));

    // A barcode already on another copy: said when the scanner's Enter leaves the field, and refused.
    auto *barcode = f.find<QLineEdit>(QStringLiteral("barcodeEdit"), add);
    barcode->setFocus();
    QTest::keyClicks(barcode, QStringLiteral("40000001"));
    QTest::keyClick(barcode, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!add->fieldError(QStringLiteral("barcode")).isEmpty(), 2000);
    CHECK(add->fieldError(QStringLiteral("barcode")).contains(QStringLiteral("Edensor")));
    CHECK(add->isVisible()); // Enter did not add it
    f.find<QPushButton>(QStringLiteral("submitButton"), add)->click();
    CHECK(add->fieldError(QStringLiteral("barcode")).contains(QStringLiteral("already on a copy of record %1").arg(other)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM items WHERE bib_id = ?"), {bib}) == 0);

    // A price that is not rupiah.
    barcode->clear();
    QTest::keyClicks(barcode, QStringLiteral("40000002"));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("priceEdit"), add), QStringLiteral("delapan puluh"));
    f.find<QPushButton>(QStringLiteral("submitButton"), add)->click();
    CHECK(add->fieldError(QStringLiteral("price")).contains(QStringLiteral("rupiah")));
    f.find<QLineEdit>(QStringLiteral("priceEdit"), add)->setText(QStringLiteral("Rp 85.000"));
    f.find<QComboBox>(QStringLiteral("locationCombo"), add)->setCurrentText(QStringLiteral("Fiksi Indonesia"));
    f.find<QComboBox>(QStringLiteral("branchCombo"), add)->setCurrentIndex(1); // NORTH
    f.find<QCheckBox>(QStringLiteral("addAnotherCheck"), add)->setChecked(true);
    f.find<QPushButton>(QStringLiteral("submitButton"), add)->click();
    REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM items WHERE barcode = '40000002' AND price = 85000 AND location = "
                                   "'Fiksi Indonesia' AND call_number = '899.221 3 HIR l' AND acquired_on = '2026-03-02' AND "
                                   "branch_id = ?"),
                            {f.northBranch})
            == 1);
    // Add another: the form stays for the next barcode.
    CHECK(add->isVisible());
    CHECK(barcode->text().isEmpty());
    QTest::keyClicks(barcode, QStringLiteral("40000003"));
    f.find<QCheckBox>(QStringLiteral("addAnotherCheck"), add)->setChecked(false);
    f.find<QPushButton>(QStringLiteral("submitButton"), add)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!add->isVisible(), 2000);
    auto *copies = f.find<QTableWidget>(QStringLiteral("copiesTable"));
    REQUIRE(copies->rowCount() == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE service = 'cataloguing' AND operation = 'item.add' AND "
                                 "outcome = 'ok' AND channel = 'desk'"))
          == 2);

    // Edit a copy: its location.
    int row3 = copies->item(0, 0)->text() == QStringLiteral("40000003") ? 0 : 1;
    copies->setCurrentCell(row3, 0);
    f.find<QPushButton>(QStringLiteral("editCopyButton"))->click();
    auto *edit = openDialog<Desk::CopyDialog>(f, QStringLiteral("editCopyDialog"));
    CHECK(f.find<QLineEdit>(QStringLiteral("barcodeEdit"), edit)->isReadOnly());
    f.find<QComboBox>(QStringLiteral("locationCombo"), edit)->setCurrentText(QStringLiteral("Rak Baru"));
    f.find<QPushButton>(QStringLiteral("submitButton"), edit)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit->isVisible(), 2000);
    CHECK(f.text(QStringLiteral("SELECT location FROM items WHERE barcode = '40000003'")) == QStringLiteral("Rak Baru"));

    // A copy on loan cannot be withdrawn: the refusal is shown, nothing changes.
    const Circulation::Patron p = f.patron(QStringLiteral("Lina"));
    REQUIRE_OK(f.loans.checkout(f.librarian, p.cardNumber, QStringLiteral("40000003")));
    f.window->catalogue()->showTitle(bib);
    row3 = copies->item(0, 0)->text() == QStringLiteral("40000003") ? 0 : 1;
    copies->setCurrentCell(row3, 0);
    f.find<QPushButton>(QStringLiteral("withdrawCopyButton"))->click();
    auto *box = openDialog<QMessageBox>(f, QStringLiteral("withdrawConfirmBox"));
    f.find<QPushButton>(QStringLiteral("confirmWithdrawButton"), box)->click();
    QTRY_VERIFY_WITH_TIMEOUT(f.window->catalogue()->messageBar()->kind() == Desk::MessageBar::Kind::Error, 2000);
    CHECK(f.window->catalogue()->messageBar()->text().contains(QStringLiteral("40000003")));
    CHECK(f.text(QStringLiteral("SELECT status FROM items WHERE barcode = '40000003'")) == QStringLiteral("on_loan"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'item.edit' AND outcome = 'refused' AND "
                                 "error_code = 'collection.item_on_loan'"))
          == 1);

    // The one on the shelf is withdrawn, after "Keep it" first changed nothing.
    const int row2 = copies->item(0, 0)->text() == QStringLiteral("40000002") ? 0 : 1;
    copies->setCurrentCell(row2, 0);
    f.find<QPushButton>(QStringLiteral("withdrawCopyButton"))->click();
    box = openDialog<QMessageBox>(f, QStringLiteral("withdrawConfirmBox"));
    f.find<QPushButton>(QStringLiteral("keepCopyButton"), box)->click();
    CHECK(f.text(QStringLiteral("SELECT status FROM items WHERE barcode = '40000002'")) == QStringLiteral("available"));
    QTRY_VERIFY_WITH_TIMEOUT(f.dialog<QMessageBox>(QStringLiteral("withdrawConfirmBox")) == nullptr, 2000);
    copies->setCurrentCell(copies->item(0, 0)->text() == QStringLiteral("40000002") ? 0 : 1, 0);
    f.find<QPushButton>(QStringLiteral("withdrawCopyButton"))->click();
    box = openDialog<QMessageBox>(f, QStringLiteral("withdrawConfirmBox"));
    f.find<QPushButton>(QStringLiteral("confirmWithdrawButton"), box)->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.text(QStringLiteral("SELECT status FROM items WHERE barcode = '40000002'")), QStringLiteral("withdrawn"), 2000);
    CHECK(f.window->catalogue()->messageBar()->text() == QStringLiteral("Copy 40000002 withdrawn"));
}

TEST_CASE("desk: the copy form offers the library's lists: a branch's locations, item types still in use, their prices",
          "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    Library::Administration library(f.core);
    Library::LocationInput fiksi;
    fiksi.branch = QStringLiteral("MAIN");
    fiksi.code = QStringLiteral("FIK");
    fiksi.name = QStringLiteral("Fiksi Indonesia");
    REQUIRE_OK(library.addLocation(f.admin, fiksi));
    Library::ItemTypeInput dvd;
    dvd.code = QStringLiteral("dvd");
    dvd.name = QStringLiteral("DVD");
    dvd.defaultPrice = 45000;
    REQUIRE_OK(library.addItemType(f.admin, dvd));
    REQUIRE_OK(library.setItemTypeActive(f.admin, QStringLiteral("av"), false));
    const qint64 bib = addRecord(f, QStringLiteral("Laskar Pelangi (film)"));
    f.window->searchCatalogue();
    f.window->catalogue()->showTitle(bib);
    f.find<QPushButton>(QStringLiteral("addCopyButton"))->click();
    auto *add = openDialog<Desk::CopyDialog>(f, QStringLiteral("addCopyDialog"));

    // MAIN keeps a list: chosen, not typed; NORTH keeps none: typed.
    auto *location = f.find<QComboBox>(QStringLiteral("locationCombo"), add);
    CHECK_FALSE(location->isEditable());
    CHECK(location->count() == 2);
    CHECK(location->itemText(1) == QStringLiteral("Fiksi Indonesia (FIK)"));
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), add);
    branch->setCurrentIndex(branch->findData(QStringLiteral("NORTH")));
    CHECK(location->isEditable());
    branch->setCurrentIndex(branch->findData(QStringLiteral("MAIN")));
    location->setCurrentIndex(1);

    // A retired item type is not offered; the DVD's price stands in for an empty one.
    auto *type = f.find<QComboBox>(QStringLiteral("typeCombo"), add);
    CHECK(type->findData(QStringLiteral("av")) < 0);
    type->setCurrentIndex(type->findData(QStringLiteral("dvd")));
    auto *price = f.find<QLineEdit>(QStringLiteral("priceEdit"), add);
    CHECK(price->placeholderText().contains(Desk::Format::money(45000)));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("barcodeEdit"), add), QStringLiteral("70000001"));
    f.find<QPushButton>(QStringLiteral("submitButton"), add)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!add->isVisible(), 2000);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM items WHERE barcode = '70000001' AND location = 'FIK' AND item_type = 'dvd' "
                                 "AND price = 45000"))
          == 1);
}

TEST_CASE("desk: copy cataloguing from another library's SRU server, with the duplicate warning", "[desk][gui][db][cataloguing][network]")
{
    DeskFixture f;
    // The other library, served by aksara-server on its own database.
    TestDatabase otherDb(f.clock);
    ServiceCore otherCore(otherDb.db(), f.clock);
    for (const auto &[title, isbn] : {std::pair{QStringLiteral("Sang Pemimpi"), QStringLiteral("9789791227001")},
                                      std::pair{QStringLiteral("Laskar Pelangi"), QStringLiteral("9789793062792")}}) {
        Catalogue::SimpleRecord r;
        r.title = title;
        r.author = QStringLiteral("Hirata, Andrea");
        r.isbn = isbn;
        r.year = 2006;
        r.callNumber = QStringLiteral("899.221 3 HIR");
        REQUIRE_OK(Catalogue::Catalogue(otherCore).createRecord(f.admin, r));
    }
    ServerProcess server(QStringLiteral(AKSARA_SERVER), otherDb.url());
    Catalogue::SruTarget target;
    target.name = QStringLiteral("Perpustakaan Tetangga");
    target.baseUrl = server.url(QStringLiteral("/sru"));
    REQUIRE_OK(Catalogue::SruTargets(f.core).add(f.admin, target));
    const qint64 ours = addRecord(f, QStringLiteral("Laskar Pelangi"), QStringLiteral("9789793062792"));

    f.window->searchCatalogue();
    f.find<QPushButton>(QStringLiteral("copyCataloguingButton"))->click();
    auto *dialog = openDialog<Desk::CopyCataloguing>(f, QStringLiteral("copyCataloguingDialog"));
    auto *targets = f.find<QComboBox>(QStringLiteral("sruTargetCombo"), dialog);
    CHECK(targets->count() == 3); // the two seeded public ones and ours
    targets->setCurrentIndex(targets->findText(QStringLiteral("Perpustakaan Tetangga")));
    auto *title = f.find<QLineEdit>(QStringLiteral("sruTitleEdit"), dialog);
    QTest::keyClicks(title, QStringLiteral("pemimpi"));
    QTest::keyClick(title, Qt::Key_Return);
    auto *results = f.find<QTableWidget>(QStringLiteral("sruResultsTable"), dialog);
    REQUIRE(results->rowCount() == 1);
    CHECK(results->item(0, 0)->text() == QStringLiteral("Sang Pemimpi"));
    CHECK(f.find<QLabel>(QStringLiteral("sruStatusLabel"), dialog)->text() == QStringLiteral("1–1 of 1 at Perpustakaan Tetangga"));
    CHECK(f.find<QPlainTextEdit>(QStringLiteral("sruPreview"), dialog)->toPlainText().contains(QStringLiteral("245 10 $a Sang Pemimpi.")));
    CHECK_FALSE(f.find<QWidget>(QStringLiteral("sruDuplicateWarning"), dialog)->isVisible());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'sru.search' AND outcome = 'ok' AND channel = 'desk' "
                                 "AND actor = 'staff:pustakawan'"))
          == 1);

    SECTION("imported, then a copy added")
    {
        f.find<QPushButton>(QStringLiteral("sruImportButton"), dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 2000);
        const qint64 imported = f.count(QStringLiteral("SELECT id FROM bib_records WHERE title = 'Sang Pemimpi'"));
        CHECK(f.window->catalogue()->currentBib() == imported);
        auto *copy = openDialog<Desk::CopyDialog>(f, QStringLiteral("addCopyDialog"));
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("barcodeEdit"), copy), QStringLiteral("50000001"));
        f.find<QPushButton>(QStringLiteral("submitButton"), copy)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!copy->isVisible(), 2000);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM items WHERE barcode = '50000001' AND bib_id = ? AND call_number = "
                                     "'899.221 3 HIR'"),
                      {imported})
              == 1);
    }
    SECTION("a record our catalogue has: warned, refused, imported anyway")
    {
        title->clear();
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("sruIsbnEdit"), dialog), QStringLiteral("979-3062-79-7"));
        f.find<QPushButton>(QStringLiteral("sruSearchButton"), dialog)->click();
        REQUIRE(results->rowCount() == 1);
        CHECK(f.find<QWidget>(QStringLiteral("sruDuplicateWarning"), dialog)->isVisible());
        CHECK(f.find<QLabel>(QStringLiteral("sruDuplicateLabel"), dialog)->text().contains(QStringLiteral("record %1").arg(ours)));
        f.find<QPushButton>(QStringLiteral("sruImportButton"), dialog)->click();
        CHECK(dialog->isVisible());
        CHECK(f.find<QPushButton>(QStringLiteral("sruImportAnywayButton"), dialog)->isVisible());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM bib_records WHERE title = 'Laskar Pelangi'")) == 1);
        f.find<QCheckBox>(QStringLiteral("sruAddCopyCheck"), dialog)->setChecked(false);
        f.find<QPushButton>(QStringLiteral("sruImportAnywayButton"), dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 2000);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM bib_records WHERE title = 'Laskar Pelangi'")) == 2);
        CHECK(f.dialog<Desk::CopyDialog>(QStringLiteral("addCopyDialog")) == nullptr);
    }
    SECTION("a search the other library refuses says why")
    {
        title->clear();
        f.find<QPushButton>(QStringLiteral("sruSearchButton"), dialog)->click();
        CHECK(f.find<Desk::MessageBar>(QStringLiteral("sruMessage"), dialog)->text().contains(QStringLiteral("Type a title")));
    }
}

TEST_CASE("desk: labels for a title's copies or for every copy added today, saved as a PDF", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    const qint64 bib = addRecord(f, QStringLiteral("Laskar Pelangi"), {}, QStringLiteral("899.221 3 HIR l"));
    // Added as the desk adds them: the copy takes the record's call number.
    for (const auto &[barcode, branch] : {std::pair{QStringLiteral("40000001"), QStringLiteral("MAIN")},
                                          std::pair{QStringLiteral("40000002"), QStringLiteral("NORTH")}}) {
        Collection::ItemInput in;
        in.barcode = barcode;
        in.bibId = bib;
        in.branch = branch;
        REQUIRE_OK(Collection::Collection(f.core).addItem(f.admin, in));
    }
    QTemporaryDir dir;
    f.window->searchCatalogue();
    f.window->catalogue()->showTitle(bib);
    f.find<QPushButton>(QStringLiteral("labelsButton"))->click();
    auto *labels = openDialog<Desk::LabelsDialog>(f, QStringLiteral("labelsDialog"));
    // The title's copies are chosen; the first one is previewed as it will print.
    auto *barcodes = f.find<QPlainTextEdit>(QStringLiteral("barcodesEdit"), labels);
    CHECK(barcodes->toPlainText() == QStringLiteral("40000001\n40000002"));
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("labelPreview"), labels)->pixmap().isNull());

    // A barcode that is no copy: named at the copies, nothing written.
    barcodes->moveCursor(QTextCursor::End);
    QTest::keyClick(barcodes, Qt::Key_Return);
    QTest::keyClicks(barcodes, QStringLiteral("49999999"));
    labels->setOutputPath(dir.filePath(QStringLiteral("spine.pdf")));
    f.find<QPushButton>(QStringLiteral("saveLabelsButton"), labels)->click();
    CHECK(labels->fieldError(QStringLiteral("barcodes")).contains(QStringLiteral("49999999")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("spine.pdf"))));

    barcodes->setPlainText(QStringLiteral("40000001\n40000002"));
    auto *sheet = f.find<QComboBox>(QStringLiteral("sheetCombo"), labels);
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("a4-4x10")));
    f.find<QSpinBox>(QStringLiteral("skipSpin"), labels)->setValue(3);
    f.find<QPushButton>(QStringLiteral("saveLabelsButton"), labels)->click();
    INFO(f.find<Desk::MessageBar>(QStringLiteral("labelsMessage"), labels)->text().toStdString() << " / " << labels->fieldError(QStringLiteral("barcodes")).toStdString());
    REQUIRE(labels->savedPath() == dir.filePath(QStringLiteral("spine.pdf")));
    CHECK(f.find<QWidget>(QStringLiteral("openPdfButton"), labels)->isVisible());
    CHECK(f.find<Desk::MessageBar>(QStringLiteral("labelsMessage"), labels)->text().startsWith(QStringLiteral("2 label(s) on 1 page(s) saved")));
    // As it prints: the call number in lines on each spine label (pdftotext, Debian poppler-utils).
    const QString pdftotext = Test::requireTool("pdftotext", "poppler-utils");
    QProcess p;
    p.start(pdftotext, {labels->savedPath(), QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.count(QStringLiteral("899.221 3")) == 2);
    CHECK(text.count(QStringLiteral("HIR")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM operations WHERE operation = 'labels.print' AND outcome = 'ok' AND "
                                 "channel = 'desk' AND actor = 'staff:pustakawan'"))
          == 1);

    // Every copy added today at the main branch, as barcode labels.
    f.find<QRadioButton>(QStringLiteral("addedTodayRadio"), labels)->setChecked(true);
    auto *branch = f.find<QComboBox>(QStringLiteral("branchCombo"), labels);
    branch->setCurrentIndex(branch->findData(QStringLiteral("MAIN")));
    auto *kind = f.find<QComboBox>(QStringLiteral("kindCombo"), labels);
    kind->setCurrentIndex(1);
    labels->setOutputPath(dir.filePath(QStringLiteral("barcodes.pdf")));
    f.find<QPushButton>(QStringLiteral("saveLabelsButton"), labels)->click();
    REQUIRE(labels->savedPath() == dir.filePath(QStringLiteral("barcodes.pdf")));
    QFile pdf(labels->savedPath());
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(f.find<Desk::MessageBar>(QStringLiteral("labelsMessage"), labels)->text().startsWith(QStringLiteral("1 label(s)")));
}

TEST_CASE("desk: cataloguing is not offered to staff without catalogue.edit", "[desk][gui][db][cataloguing]")
{
    DeskFixture f;
    Caller reader = f.librarian;
    reader.rights.remove(Rights::CatalogueEdit);
    f.session->caller = reader;
    Caller status;
    status.channel = Channel::Desk;
    status.rights = {Rights::ReportView};
    Desk::DeskWindow window(*f.session, nullptr, status);
    for (const char *name : {"newRecordButton", "newMarcButton", "copyCataloguingButton", "importMarcButton", "cataloguingBar",
                             "labelsButton"}) {
        auto *w = window.findChild<QWidget *>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        CHECK_FALSE(w->isVisibleTo(&window));
    }
    CHECK(window.findChild<QMenu *>(QStringLiteral("cataloguingMenu")) == nullptr);
}
