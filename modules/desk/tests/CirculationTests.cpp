#include "DeskFixture.h"

#include "circulation/CardNumber.h"
#include "core/StaffDirectory.h"
#include "desk/Format.h"
#include "desk/PatronPanel.h"
#include "desk/PaymentDialog.h"
#include "desk/SlipDialog.h"
#include "desk/StatusStrip.h"
#include "shell/LanguageMenu.h"

#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QMessageBox>
#include <QSettings>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

TEST_CASE("desk: a card opens the patron, two scanned items are lent and recorded as desk operations", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron p = f.patron(QStringLiteral("Siti Aminah"));
    f.book(QStringLiteral("30000001"), QStringLiteral("Laskar Pelangi"));
    f.book(QStringLiteral("30000002"), QStringLiteral("Bumi Manusia"));

    f.scan(p.cardNumber);
    CHECK(f.find<QLabel>(QStringLiteral("patronNameLabel"))->text() == QStringLiteral("Siti Aminah"));
    CHECK(f.find<QLabel>(QStringLiteral("patronCardLabel"))->text() == p.cardNumber);
    CHECK(f.page()->patronCard() == p.cardNumber);

    f.scan(QStringLiteral("30000001"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);
    CHECK(f.message().contains(QStringLiteral("Laskar Pelangi")));
    f.scan(QStringLiteral("30000002"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);

    auto *loans = f.find<QTableWidget>(QStringLiteral("loansTable"));
    REQUIRE(loans->rowCount() == 2);
    QStringList shown{loans->item(0, 0)->text(), loans->item(1, 0)->text()};
    shown.sort();
    CHECK(shown == QStringList{QStringLiteral("30000001"), QStringLiteral("30000002")});
    // The due date is shown (14 days from Monday 2 March 2026 → Monday 16 March).
    CHECK(loans->item(0, 3)->text() == Desk::Format::date(QDate(2026, 3, 16)));

    // The evidence: two checkout operations by the staff member at this desk, and the loans.
    CHECK(f.deskOperations(Services::Checkout, QStringLiteral("ok")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM loans l JOIN patrons p ON p.id = l.patron_id "
                                 "WHERE p.card_number = ? AND l.returned_at IS NULL"),
                  {p.cardNumber})
          == 2);
    CHECK(f.deskOperations(Services::Membership, QStringLiteral("ok")) >= 1); // the account read
    // The keyboard is back in the scan box after every scan.
    CHECK(f.scanBox()->hasFocus());
    CHECK(f.scanBox()->text().isEmpty());
    f.requireInvariants();
}

TEST_CASE("desk: a refused checkout shows its reason and lends nothing", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron first = f.patron(QStringLiteral("Andi"));
    const Circulation::Patron second = f.patron(QStringLiteral("Budi"));
    f.book(QStringLiteral("30000003"), QStringLiteral("Ronggeng Dukuh Paruk"));
    REQUIRE_OK(f.loans.checkout(f.librarian, first.cardNumber, QStringLiteral("30000003")));

    f.scan(second.cardNumber);
    f.scan(QStringLiteral("30000003"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
    // The module's own reason, as the librarian must read it.
    CHECK(f.message().contains(QStringLiteral("30000003")));
    CHECK(f.message().contains(QStringLiteral("on loan")));
    CHECK(f.find<QTableWidget>(QStringLiteral("loansTable"))->rowCount() == 0);
    CHECK_FALSE(f.find<QWidget>(QStringLiteral("overridePanel"))->isVisible());
    CHECK(f.deskOperations(Services::Checkout, QStringLiteral("refused")) == 1);

    SECTION("an unknown item")
    {
        f.scan(QStringLiteral("99999999"));
        CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
        CHECK(f.message().contains(QStringLiteral("99999999")));
    }
    SECTION("an item with no patron open says to scan the card first")
    {
        f.key(Qt::Key_Escape);
        CHECK(f.page()->patronCard().isEmpty());
        f.scan(QStringLiteral("30000003"));
        CHECK(f.messageKind() == Desk::MessageBar::Kind::Warning);
        CHECK(f.deskOperations(Services::Checkout, QStringLiteral("refused")) == 1);
    }
    SECTION("a mistyped card number is caught by its check digit")
    {
        QString bad = second.cardNumber;
        bad[bad.size() - 1] = QChar(u'0' + (bad.back().digitValue() + 1) % 10);
        f.scan(bad);
        CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
        CHECK(f.message().contains(QStringLiteral("check digit")));
        CHECK(f.page()->patronCard() == second.cardNumber); // the open patron stays
    }
}

TEST_CASE("desk: a librarian cannot override, a supervisor overrides with a reason", "[desk][gui][db]")
{
    const bool asSupervisor = GENERATE(false, true);
    DeskFixture f(asSupervisor);
    const Circulation::Patron p = f.patron(QStringLiteral("Citra"));
    Circulation::PatronInput expired;
    expired.expiresOn = QDate(2026, 2, 1);
    REQUIRE_OK(f.patrons.edit(f.admin, p.cardNumber, expired));
    f.book(QStringLiteral("30000004"), QStringLiteral("Cantik Itu Luka"));

    f.scan(p.cardNumber);
    CHECK(f.find<QLabel>(QStringLiteral("patronStatusLabel"))->text().contains(QStringLiteral("expired")));
    f.scan(QStringLiteral("30000004"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
    CHECK(f.message().contains(QStringLiteral("expired")));
    auto *panel = f.find<QWidget>(QStringLiteral("overridePanel"));
    if (!asSupervisor) {
        CHECK_FALSE(panel->isVisible());
        CHECK(f.message().contains(QStringLiteral("supervisor")));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM loans")) == 0);
        return;
    }
    REQUIRE(panel->isVisible());
    // The scan box keeps the keyboard until F8 asks for the reason.
    CHECK(f.scanBox()->hasFocus());
    f.key(Qt::Key_F8);
    auto *reason = f.find<QLineEdit>(QStringLiteral("overrideReasonEdit"));
    CHECK(reason->hasFocus());
    // Enter without a reason does nothing.
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM loans")) == 0);
    QTest::keyClicks(reason, QStringLiteral("Renews her membership tomorrow"));
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);
    CHECK_FALSE(panel->isVisible());
    CHECK(f.scanBox()->hasFocus());
    CHECK(f.find<QTableWidget>(QStringLiteral("loansTable"))->rowCount() == 1);
    CHECK(f.text(QStringLiteral("SELECT reason FROM circulation_overrides")) == QStringLiteral("Renews her membership tomorrow"));
    CHECK(f.text(QStringLiteral("SELECT actor FROM circulation_overrides")) == QStringLiteral("staff:kepala"));
    CHECK(f.deskOperations(Services::Checkout, QStringLiteral("ok")) == 1);
    f.requireInvariants();
}

TEST_CASE("desk: Esc cancels an override, then ends the patron", "[desk][gui]")
{
    DeskFixture f(true);
    const Circulation::Patron p = f.patron(QStringLiteral("Dewi"));
    Circulation::PatronInput expired;
    expired.expiresOn = QDate(2026, 2, 1);
    REQUIRE_OK(f.patrons.edit(f.admin, p.cardNumber, expired));
    f.book(QStringLiteral("30000005"));
    f.scan(p.cardNumber);
    f.scan(QStringLiteral("30000005"));
    REQUIRE(f.find<QWidget>(QStringLiteral("overridePanel"))->isVisible());
    f.key(Qt::Key_Escape);
    CHECK_FALSE(f.find<QWidget>(QStringLiteral("overridePanel"))->isVisible());
    CHECK(f.page()->patronCard() == p.cardNumber);
    f.key(Qt::Key_Escape);
    CHECK(f.page()->patronCard().isEmpty());
    CHECK(f.find<QLabel>(QStringLiteral("idleLabel"))->isVisible());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM loans")) == 0);
}

TEST_CASE("desk: check-in calls out a hold to put on the shelf and an item to send on", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron borrower = f.patron(QStringLiteral("Eko"));
    const Circulation::Patron waiting = f.patron(QStringLiteral("Fitri Handayani"));
    f.book(QStringLiteral("30000006"), QStringLiteral("Pulang"));
    f.book(QStringLiteral("30000007"), QStringLiteral("Gadis Kretek"), f.northBranch);
    f.book(QStringLiteral("30000008"), QStringLiteral("Negeri 5 Menara"));
    for (const char *b : {"30000006", "30000007", "30000008"})
        REQUIRE_OK(f.loans.checkout(f.librarian, borrower.cardNumber, QString::fromLatin1(b)));
    Circulation::Holds::Request hold;
    hold.card = waiting.cardNumber;
    hold.barcode = QStringLiteral("30000006");
    hold.anyCopy = true;
    REQUIRE_OK(f.holds.place(f.librarian, hold));

    f.key(Qt::Key_F3);
    REQUIRE(f.page()->mode() == Desk::CirculationPage::Mode::Checkin);
    CHECK(f.find<QTableWidget>(QStringLiteral("checkinTable"))->isVisible());

    f.scan(QStringLiteral("30000008"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);
    CHECK(f.message().contains(QStringLiteral("Negeri 5 Menara")));

    f.scan(QStringLiteral("30000006"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Warning);
    CHECK(f.message().contains(QStringLiteral("HOLD")));
    CHECK(f.message().contains(QStringLiteral("Fitri Handayani")));
    auto *table = f.find<QTableWidget>(QStringLiteral("checkinTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("30000006"));
    CHECK(table->item(0, 5)->text().contains(QStringLiteral("Fitri Handayani")));
    CHECK(f.text(QStringLiteral("SELECT status FROM holds")) == QStringLiteral("ready"));

    // An item of the North branch returned here (MAIN) travels home.
    f.scan(QStringLiteral("30000007"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Warning);
    CHECK(f.message().contains(QStringLiteral("TRANSIT")));
    CHECK(f.message().contains(QStringLiteral("North Branch")));
    CHECK(f.deskOperations(Services::Checkin, QStringLiteral("ok")) == 3);

    // The slip of the last item, and a card scanned in check-in mode opens its patron.
    f.key(Qt::Key_F2);
    CHECK(f.page()->mode() == Desk::CirculationPage::Mode::Checkout);
    f.scan(waiting.cardNumber);
    CHECK(f.page()->patronCard() == waiting.cardNumber);
    auto *holds = f.find<QTableWidget>(QStringLiteral("holdsTable"));
    REQUIRE(holds->rowCount() == 1);
    CHECK(holds->item(0, 2)->text() == QStringLiteral("ready on the hold shelf"));
    f.requireInvariants();
}

TEST_CASE("desk: renewals from the keyboard, refused ones with their reason", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron p = f.patron(QStringLiteral("Gita"));
    f.book(QStringLiteral("30000009"), QStringLiteral("Saman"));
    REQUIRE_OK(f.setRules({}, {}, {}, {{QStringLiteral("renewals"), QStringLiteral("1")}}));
    f.scan(p.cardNumber);
    f.scan(QStringLiteral("30000009"));
    f.key(Qt::Key_F5); // the only loan: renewed
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);
    CHECK(f.message().contains(QStringLiteral("Renewed")));
    f.key(Qt::Key_F5); // a second time: over the limit
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
    CHECK(f.message().contains(QStringLiteral("limit")));
    CHECK(f.deskOperations(Services::Renewal, QStringLiteral("ok")) == 1);
    CHECK(f.deskOperations(Services::Renewal, QStringLiteral("refused")) == 1);
}

TEST_CASE("desk: a partial payment prints a receipt in rupiah", "[desk][gui][db]")
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    DeskFixture f;
    const Circulation::Patron p = f.patron(QStringLiteral("Hadi"));
    REQUIRE_OK(f.fees.charge(f.admin, p.cardNumber, 5000, QStringLiteral("Damaged cover")));
    f.scan(p.cardNumber);
    CHECK(f.find<QLabel>(QStringLiteral("patronBalanceLabel"))->text().contains(QStringLiteral("Rp 5.000")));
    f.key(Qt::Key_F9);
    auto *pay = f.find<Desk::PaymentDialog>(QStringLiteral("paymentDialog"));
    auto *amount = f.find<QLineEdit>(QStringLiteral("amountEdit"), pay);
    CHECK(amount->text() == QStringLiteral("5.000"));

    SECTION("more than is owed is refused next to the amount")
    {
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("7000"));
        f.find<QPushButton>(QStringLiteral("submitButton"), pay)->click();
        CHECK(pay->isVisible());
        CHECK_FALSE(f.find<QLabel>(QStringLiteral("amountError"), pay)->isHidden());
        CHECK(f.deskOperations(Services::Fees, QStringLiteral("refused")) == 1);
    }
    SECTION("part of it is paid")
    {
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("2.000"));
        f.find<QPushButton>(QStringLiteral("submitButton"), pay)->click();
        auto *slip = f.find<Desk::SlipDialog>(QStringLiteral("slipDialog"));
        CHECK(slip->text().contains(QStringLiteral("Rp 2.000")));
        CHECK(slip->text().contains(QStringLiteral("Rp 3.000")));
        CHECK(f.find<QLabel>(QStringLiteral("patronBalanceLabel"))->text().contains(QStringLiteral("Rp 3.000")));
        CHECK(f.deskOperations(Services::Fees, QStringLiteral("ok")) >= 1);
        QTemporaryDir dir;
        CHECK(Desk::SlipDialog::writePdf(slip->text(), dir.filePath(QStringLiteral("receipt.pdf"))));
        slip->reject();
    }
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("desk: formats follow the locale", "[desk]")
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(Desk::Format::money(5000) == QStringLiteral("Rp 5.000"));
    CHECK(Desk::Format::money(1250000) == QStringLiteral("Rp 1.250.000"));
    CHECK(Desk::Format::date(QDate(2026, 3, 2)).startsWith(QStringLiteral("2 ")));
    CHECK(Desk::Format::date(QDate(2026, 3, 2)).endsWith(QStringLiteral(" 2026")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(Desk::Format::money(5000) == QStringLiteral("Rp 5,000"));
    CHECK(Desk::Format::date(QDate(2026, 3, 2)) == QStringLiteral("2 Mar 2026"));
    CHECK(Desk::Format::parseDate(QStringLiteral("31-12-2026")) == QDate(2026, 12, 31));
    CHECK_FALSE(Desk::Format::parseDate(QStringLiteral("12/31/2026")).isValid());
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("desk: the loan slip lists what the member has and when it is due", "[desk][gui][db]")
{
    DeskFixture f;
    const Circulation::Patron p = f.patron(QStringLiteral("Nina"));
    f.book(QStringLiteral("30000010"), QStringLiteral("Amba"));
    f.scan(p.cardNumber);
    f.scan(QStringLiteral("30000010"));
    f.key(Qt::Key_P, Qt::ControlModifier);
    auto *slip = f.window->findChild<Desk::SlipDialog *>(QStringLiteral("slipDialog"));
    REQUIRE(slip != nullptr);
    CHECK(slip->text().contains(QStringLiteral("Nina")));
    CHECK(slip->text().contains(QStringLiteral("Amba")));
    CHECK(slip->text().contains(Desk::Format::date(QDate(2026, 3, 16))));
    QTemporaryDir dir;
    CHECK(Desk::SlipDialog::writePdf(slip->text(), dir.filePath(QStringLiteral("slip.pdf"))));
    // As it prints (pdftotext, Debian poppler-utils).
    {
        const QString pdftotext = Test::requireTool("pdftotext", "poppler-utils");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), dir.filePath(QStringLiteral("slip.pdf")), QStringLiteral("-")});
        REQUIRE(p.waitForFinished(20000));
        const auto lines = [](const QString &text) {
            QStringList out;
            for (const QString &l : text.split(QLatin1Char('\n')))
                if (const QString t = l.simplified(); !t.isEmpty())
                    out << t;
            return out;
        };
        const QStringList printed = lines(QString::fromUtf8(p.readAllStandardOutput()));
        INFO(printed.join(QLatin1Char('\n')).toStdString());
        // Lines within the slip's 32 columns print whole (a longer sentence may wrap).
        for (const QString &l : lines(slip->text()))
            if (l.size() <= 32)
                CHECK(printed.contains(l));
    }
    slip->reject();
    QApplication::processEvents();
    // The window's focus widget: whether the window is active again at this instant is up to the
    // (offscreen) platform, where the keyboard goes when it is, is up to the desk.
    CHECK(f.window->focusWidget() == f.scanBox());
}

TEST_CASE("desk: the status strip shows the services' health and a failure at once", "[desk][gui][db]")
{
    DeskFixture f;
    Desk::StatusStrip *strip = f.window->statusStrip();
    auto *checkout = f.find<QLabel>(QStringLiteral("checkoutStatusLabel"));
    CHECK_FALSE(checkout->isVisible());
    CHECK(strip->health(Services::Checkout) == Desk::StatusStrip::Health::Good);
    CHECK(strip->summaryText().contains(QStringLiteral("All 8")));
    // No station configured: the strip says so.
    CHECK(f.find<QLabel>(QStringLiteral("stationStatusLabel"))->text().contains(QStringLiteral("not registered")));

    // A failed operation turns its service red at once.
    emit f.page()->operationFailed(Services::Checkout, QStringLiteral("database is locked"));
    CHECK(strip->health(Services::Checkout) == Desk::StatusStrip::Health::Down);
    CHECK(checkout->isVisible());
    CHECK(strip->summaryText().contains(QStringLiteral("7 of 8")));
    CHECK(checkout->toolTip().contains(QStringLiteral("database is locked")));

    // A service closed in the catalogue is shown as down after a refresh.
    Status st = f.core.run(f.admin, {Services::Administration, QStringLiteral("test.close"), {}}, [](OperationContext &ctx) -> Status {
        auto q = ctx.db().exec(QStringLiteral("UPDATE services SET state = 'closed' WHERE code = 'holds'"));
        return q.ok() ? Status() : Status(q.error());
    });
    REQUIRE_OK(st);
    strip->refresh();
    CHECK(strip->health(Services::Holds) == Desk::StatusStrip::Health::Down);
    CHECK(f.find<QLabel>(QStringLiteral("holdsStatusLabel"))->isVisible());
}

TEST_CASE("desk: a well-formed card nobody holds is named as such", "[desk][gui][db]")
{
    DeskFixture f;
    const QString nobody = Circulation::CardNumber::make(QStringLiteral("AKS"), 9999);
    f.scan(nobody);
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
    CHECK(f.message().contains(nobody));
    CHECK(f.page()->patronCard().isEmpty());
}

TEST_CASE("desk: an old system's member number (a legacy card, no check digit) opens its patron and lends", "[desk][gui][db]")
{
    DeskFixture f;
    auto legacy = [&](const QString &card, const QString &name) {
        Circulation::PatronInput in;
        in.name = name;
        in.cardNumber = card;
        in.legacyCard = true;
        in.categoryCode = QStringLiteral("ADULT");
        in.branchCode = QStringLiteral("MAIN");
        auto p = f.patrons.registerPatron(f.admin, in);
        REQUIRE_OK(p);
        return *p;
    };
    const Circulation::Patron rahmat = legacy(QStringLiteral("M-0042"), QStringLiteral("Rahmat Hidayat"));
    const Circulation::Patron yanti = legacy(QStringLiteral("2019.0007"), QStringLiteral("Yanti Susanti"));
    CHECK(rahmat.cardNumber == QStringLiteral("M0042"));
    f.book(QStringLiteral("30000021"), QStringLiteral("Laskar Pelangi"));

    // No patron open: the printed card, as the scanner reads it.
    f.scan(QStringLiteral("M-0042"));
    CHECK(f.find<QLabel>(QStringLiteral("patronNameLabel"))->text() == QStringLiteral("Rahmat Hidayat"));
    f.scan(QStringLiteral("30000021"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Success);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM loans l JOIN patrons p ON p.id = l.patron_id "
                                 "WHERE p.card_number = 'M0042' AND l.returned_at IS NULL"))
          == 1);
    // A patron open: the next member's legacy card switches to them.
    f.scan(QStringLiteral("2019.0007"));
    CHECK(f.find<QLabel>(QStringLiteral("patronNameLabel"))->text() == QStringLiteral("Yanti Susanti"));
    CHECK(f.page()->patronCard() == yanti.cardNumber);
    // Something that is neither an item nor anybody's card is still refused.
    f.scan(QStringLiteral("ZZ-404"));
    CHECK(f.messageKind() == Desk::MessageBar::Kind::Error);
    CHECK(f.page()->patronCard() == yanti.cardNumber);
    f.requireInvariants();
}

TEST_CASE("desk: the language chosen in the menu is remembered for the next start", "[desk][gui]")
{
    DeskFixture f;
    Shell::LanguageMenu::remember(QString());
    auto *menu = f.window->findChild<Shell::LanguageMenu *>(QStringLiteral("languageMenu"));
    REQUIRE(menu != nullptr);
    auto *indonesian = menu->findChild<QAction *>(QStringLiteral("language_id"));
    REQUIRE(indonesian != nullptr);
    indonesian->trigger();
    CHECK(Shell::LanguageMenu::remembered() == QStringLiteral("id"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("id")); // what start-up reads
    auto *box = f.window->findChild<QMessageBox *>(QStringLiteral("languageChangedBox"));
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("Bahasa akan berganti")));
    box->accept();
    menu->findChild<QAction *>(QStringLiteral("languageSystem"))->trigger();
    CHECK(Shell::LanguageMenu::remembered().isEmpty());
    CHECK_FALSE(QSettings().contains(QStringLiteral("ui/language")));
    QApplication::processEvents();
}

TEST_CASE("desk: signing out puts the member away and the next staff member works under their own name", "[desk][gui][db]")
{
    DeskFixture f;
    REQUIRE(StaffDirectory(f.core).create(f.admin, QStringLiteral("rina"), QStringLiteral("Rina Wulandari"), Role::Librarian,
                                          QStringLiteral("shift-two-pass"))
                .ok());
    const Circulation::Patron p = f.patron(QStringLiteral("Nina"));
    f.book(QStringLiteral("30000020"), QStringLiteral("Amba"));
    f.scan(p.cardNumber);

    // The login dialog the window hides behind: a wrong password first, then the right one.
    int attempts = 0;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *login = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!login || login->objectName() != QStringLiteral("loginDialog"))
            return;
        login->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("rina"));
        login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(attempts++ == 0 ? QStringLiteral("wrong") : QStringLiteral("shift-two-pass"));
        login->findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
    });
    driver.start(50);
    f.window->signOut();
    driver.stop();
    CHECK(attempts == 2);
    CHECK(f.window->isVisible());
    CHECK(f.window->session().caller.actor == QStringLiteral("staff:rina"));
    CHECK(f.window->findChild<QLabel *>(QStringLiteral("staffLabel"))->text().contains(QStringLiteral("Rina Wulandari")));
    // Nina is no longer on screen: an item scan now asks for a card first.
    f.scan(QStringLiteral("30000020"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM loans")) == 0);
    // The new staff member's checkout is on record under their name.
    f.scan(p.cardNumber);
    f.scan(QStringLiteral("30000020"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkout' AND actor = 'staff:rina' "
                                 "AND outcome = 'ok'")) == 1);
}
