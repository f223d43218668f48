#include "DeskFixture.h"

#include "desk/CardDialog.h"
#include "desk/PatronForm.h"
#include "desk/PatronsPage.h"
#include "desk/ProblemDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
Desk::PatronForm *openRegistration(DeskFixture &f)
{
    f.key(Qt::Key_N, Qt::ControlModifier);
    auto *form = f.window->findChild<Desk::PatronForm *>(QStringLiteral("registerDialog"));
    REQUIRE(form != nullptr);
    REQUIRE(form->isVisible());
    return form;
}
} // namespace

TEST_CASE("desk: registration shows every refusal next to its field and saves nothing", "[desk][gui][db]")
{
    DeskFixture f;
    auto *form = openRegistration(f);
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("nameEdit"), form), QStringLiteral("Budi Santoso"));
    // Province 99 does not exist.
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("nikEdit"), form), QStringLiteral("9971011505900001"));
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("emailEdit"), form), QStringLiteral("budi-at-example"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();

    CHECK(form->isVisible());
    auto *nikError = f.find<QLabel>(QStringLiteral("nikError"), form);
    CHECK_FALSE(nikError->isHidden());
    CHECK(nikError->text().contains(QStringLiteral("NIK")));
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("emailError"), form)->isHidden());
    CHECK(f.find<QLabel>(QStringLiteral("nameError"), form)->isHidden());
    CHECK(form->fieldError(QStringLiteral("name")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patrons")) == 0);
    CHECK(f.deskOperations(Services::Membership, QStringLiteral("refused")) == 1);

    SECTION("corrected, it registers and opens the member with the card preview")
    {
        auto *nik = f.find<QLineEdit>(QStringLiteral("nikEdit"), form);
        nik->clear();
        QTest::keyClicks(nik, QStringLiteral("3171011505900001"));
        f.find<QLineEdit>(QStringLiteral("emailEdit"), form)->clear();
        f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
        QApplication::processEvents();
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM patrons")) == 1);
        const QString card = f.text(QStringLiteral("SELECT card_number FROM patrons"));
        CHECK(f.page()->patronCard() == card);
        CHECK(f.find<QLabel>(QStringLiteral("patronNameLabel"))->text() == QStringLiteral("Budi Santoso"));
        auto *cardDialog = f.window->findChild<Desk::CardDialog *>(QStringLiteral("cardDialog"));
        REQUIRE(cardDialog != nullptr);
        CHECK(cardDialog->front().width() > 900); // 85.6 mm at 300 dpi
        QTemporaryDir dir;
        CHECK(cardDialog->savePdf(dir.filePath(QStringLiteral("card.pdf"))));
        CHECK(QFileInfo(dir.filePath(QStringLiteral("card.pdf"))).size() > 1000);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM patrons WHERE card_printed_at IS NOT NULL")) == 1);
        cardDialog->reject();
    }
    SECTION("a NIK that disagrees with the birth date is shown at both fields")
    {
        auto *nik = f.find<QLineEdit>(QStringLiteral("nikEdit"), form);
        nik->clear();
        QTest::keyClicks(nik, QStringLiteral("3171011505900001"));
        f.find<QLineEdit>(QStringLiteral("emailEdit"), form)->clear();
        f.find<QDateEdit>(QStringLiteral("birthEdit"), form)->setDate(QDate(1991, 5, 15));
        f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
        CHECK(form->isVisible());
        CHECK_FALSE(form->fieldError(QStringLiteral("nik")).isEmpty());
        CHECK_FALSE(form->fieldError(QStringLiteral("birth")).isEmpty());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM patrons")) == 0);
    }
}

TEST_CASE("desk: editing a member, with a photo from a file", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron p = f.patron(QStringLiteral("Intan"));
    f.scan(p.cardNumber);
    f.key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = f.window->findChild<Desk::PatronForm *>(QStringLiteral("editPatronDialog"));
    REQUIRE(form != nullptr);
    QTemporaryDir dir;
    QImage photo(1200, 1500, QImage::Format_RGB32);
    photo.fill(QColor(0x33, 0x66, 0x99));
    REQUIRE(photo.save(dir.filePath(QStringLiteral("intan.png"))));
    CHECK(form->setPhotoFile(dir.filePath(QStringLiteral("intan.png"))));
    CHECK_FALSE(form->setPhotoFile(dir.filePath(QStringLiteral("missing.png"))));
    CHECK_FALSE(form->fieldError(QStringLiteral("photo")).isEmpty());
    CHECK(form->setPhotoFile(dir.filePath(QStringLiteral("intan.png"))));
    auto *phone = f.find<QLineEdit>(QStringLiteral("phoneEdit"), form);
    QTest::keyClicks(phone, QStringLiteral("0812 3456 7890"));
    f.find<QPushButton>(QStringLiteral("submitButton"), form)->click();
    QApplication::processEvents();
    CHECK_FALSE(form->isVisible());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM patrons WHERE photo IS NOT NULL")) == 1);
    CHECK(f.find<QLabel>(QStringLiteral("patronPhotoLabel"))->pixmap().width() > 0);
    CHECK(f.find<QLabel>(QStringLiteral("patronContactLabel"))->text().contains(QStringLiteral("3456")));
}

TEST_CASE("desk: finding a member by name opens them at the desk", "[desk][gui][db]")
{
    DeskFixture f;
    f.patron(QStringLiteral("Joko Widodo"));
    const Circulation::Patron k = f.patron(QStringLiteral("Kartika Sari"));
    f.key(Qt::Key_F4);
    auto *search = f.find<QLineEdit>(QStringLiteral("patronSearchEdit"));
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("kartika"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *results = f.find<QTableWidget>(QStringLiteral("patronResultsTable"));
    REQUIRE(results->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(f.window->tabs()->currentWidget() == f.page());
    CHECK(f.page()->patronCard() == k.cardNumber);
    CHECK(f.scanBox()->hasFocus());
}

TEST_CASE("desk: reporting a problem opens an incident for this station", "[desk][gui][db]")
{
    DeskFixture f;
    f.key(Qt::Key_F12);
    auto *dialog = f.window->findChild<Desk::ProblemDialog *>(QStringLiteral("problemDialog"));
    REQUIRE(dialog != nullptr);
    f.find<QPushButton>(QStringLiteral("submitButton"), dialog)->click();
    CHECK(dialog->isVisible()); // no title: refused, shown at the field
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("problemTitleError"), dialog)->isHidden());
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("problemTitleEdit"), dialog), QStringLiteral("Scanner reads nothing"));
    auto *service = f.find<QComboBox>(QStringLiteral("problemServiceCombo"), dialog);
    service->setCurrentIndex(service->findData(Services::Checkout));
    f.find<QComboBox>(QStringLiteral("problemImpactCombo"), dialog)->setCurrentIndex(1);
    f.find<QPushButton>(QStringLiteral("submitButton"), dialog)->click();
    QApplication::processEvents();
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM incidents WHERE title = 'Scanner reads nothing' AND station = 'desk-1' "
                                 "AND service_code = 'checkout' AND reported_by = 'staff:pustakawan' AND source = 'manual'"))
          == 1);
    CHECK(f.message().contains(QStringLiteral("incident")));
}
