// The kiosk window driven as a person (and a barcode scanner, which types and presses Enter) would:
// widgets are found by object name, typed into with QTest and clicked.
#include "KioskFixture.h"

#include "kiosk/KioskPages.h"
#include "kiosk/KioskWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Kiosk;
using namespace Aksara::Test;

namespace {

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w != nullptr);
    return w;
}

// What a scanner does: the characters, then Enter.
void scan(QLineEdit *edit, const QString &text)
{
    REQUIRE(edit->isVisible());
    REQUIRE(edit->isEnabled());
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void click(QWidget *w)
{
    INFO("button " << w->objectName().toStdString());
    REQUIRE(w->isVisible());
    REQUIRE(w->isEnabled());
    QTest::mouseClick(w, Qt::LeftButton);
}

// A PIN typed on the on-screen keypad.
void typePin(QWidget *window, const QString &pin)
{
    for (QChar c : pin)
        click(find<QPushButton>(window, qPrintable(QStringLiteral("key") + c)));
}

struct KioskWindowFixture : KioskFixture {
    std::unique_ptr<KioskWindow> window;
    QTemporaryDir receipts;
    QString receiptPdf = receipts.filePath(QStringLiteral("receipt.pdf"));

    KioskWindow &open(KioskOptions o = {})
    {
        if (o.station.isEmpty())
            o = options();
        KioskWindow::Options w;
        w.fullScreen = false;
        w.followPatronLanguage = false;
        w.receiptPrinter = receiptPdf;
        window = std::make_unique<KioskWindow>(session(o), w);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->currentPage() == QStringLiteral("welcomePage"));
        return *window;
    }

    void signIn(const Circulation::Patron &p, const QString &pin)
    {
        scan(find<QLineEdit>(window.get(), "cardEdit"), p.cardNumber);
        REQUIRE(window->currentPage() == QStringLiteral("identifyPage"));
        typePin(window.get(), pin);
        click(find<QPushButton>(window.get(), "pinOkButton"));
    }

    QStringList entries(const char *list) { return find<ReceiptList>(window.get(), list)->entries(); }
};

} // namespace

TEST_CASE_METHOD(KioskWindowFixture, "kiosk window: a wrong PIN is refused and repeated wrong PINs lock the card",
                 "[kiosk][gui][db]")
{
    open();
    auto *message = find<QLabel>(window.get(), "pinMessageLabel");
    scan(find<QLineEdit>(window.get(), "cardEdit"), siti.cardNumber);
    REQUIRE(window->currentPage() == QStringLiteral("identifyPage"));
    CHECK(find<QLineEdit>(window.get(), "identifyCardEdit")->text() == siti.cardNumber);
    for (int i = 1; i <= Circulation::Patrons::kMaxPinFailures; ++i) {
        typePin(window.get(), QStringLiteral("1111"));
        click(find<QPushButton>(window.get(), "pinOkButton"));
        CHECK(window->currentPage() == QStringLiteral("identifyPage"));
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("Wrong PIN")));
        CHECK(find<QLineEdit>(window.get(), "pinEdit")->text().isEmpty());
    }
    typePin(window.get(), sitiPin);
    click(find<QPushButton>(window.get(), "pinOkButton"));
    CHECK(window->currentPage() == QStringLiteral("identifyPage"));
    CHECK(message->text().contains(QStringLiteral("locked")));
    CHECK_FALSE(window->session().signedIn());
    CHECK(ops(QStringLiteral("patron.login"), QStringLiteral("refused")) == Circulation::Patrons::kMaxPinFailures + 1);
    CHECK(ops(QStringLiteral("patron.login")) == 0);

    // Cancel: back to the welcome page, nothing of it left.
    click(find<QPushButton>(window.get(), "pinCancelButton"));
    CHECK(window->currentPage() == QStringLiteral("welcomePage"));
    CHECK(find<QLineEdit>(window.get(), "identifyCardEdit")->text().isEmpty());
}

TEST_CASE_METHOD(KioskWindowFixture, "kiosk window: borrow and return record operations on channel kiosk", "[kiosk][gui][db]")
{
    open();
    signIn(siti, sitiPin);
    REQUIRE(window->currentPage() == QStringLiteral("patronPage"));
    CHECK(find<QLabel>(window.get(), "patronNameLabel")->text().contains(QStringLiteral("Siti Rahmawati")));

    auto *borrow = find<QLineEdit>(window.get(), "borrowEdit");
    scan(borrow, QStringLiteral("KIO-001"));
    scan(borrow, QStringLiteral("KIO-002"));
    scan(borrow, QStringLiteral("NO-SUCH-BOOK"));
    const QStringList borrowed = entries("borrowList");
    REQUIRE(borrowed.size() == 3);
    CHECK(borrowed[0].startsWith(QStringLiteral("Not borrowed")));
    CHECK(borrowed[1].startsWith(QStringLiteral("Borrowed | Bumi Manusia")));
    CHECK(borrowed[2].startsWith(QStringLiteral("Borrowed | Laskar Pelangi")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkout' AND outcome = 'ok' AND channel = "
                               "'kiosk' AND actor = ?"),
                {QString(QStringLiteral("patron:") + siti.cardNumber)})
          == 2);
    CHECK(openLoansOf(siti) == 2);
    CHECK(find<QLabel>(window.get(), "patronSummaryLabel")->text().contains(QStringLiteral("2 items on loan")));

    click(find<QPushButton>(window.get(), "loansNavButton"));
    auto *loansTable = find<QTableWidget>(window.get(), "loansTable");
    CHECK(loansTable->rowCount() == 2);

    click(find<QPushButton>(window.get(), "returnNavButton"));
    auto *returnEdit = find<QWidget>(window.get(), "patronPage")->findChild<QLineEdit *>(QStringLiteral("returnEdit"));
    REQUIRE(returnEdit);
    scan(returnEdit, QStringLiteral("KIO-001"));
    const QStringList returned = find<QWidget>(window.get(), "patronPage")->findChild<ReceiptList *>(QStringLiteral("returnList"))->entries();
    REQUIRE(returned.size() == 1);
    CHECK(returned[0].startsWith(QStringLiteral("Returned | Laskar Pelangi")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkin' AND outcome = 'ok' AND channel = 'kiosk'"))
          == 1);
    CHECK(openLoansOf(siti) == 1);

    click(find<QPushButton>(window.get(), "loansNavButton"));
    CHECK(loansTable->rowCount() == 1);

    // The receipt: what Siti borrowed (with due dates) and returned, her card number masked, the
    // refused scan not on it.
    auto *print = find<QPushButton>(window.get(), "printReceiptButton");
    CHECK(print->isVisible());
    const QString receipt = window->session().receiptText();
    INFO(receipt.toStdString());
    CHECK(receipt.contains(QStringLiteral("Borrowed:")));
    CHECK(receipt.contains(QStringLiteral("Returned:")));
    CHECK(receipt.count(QStringLiteral("Bumi Manusia")) == 1);
    CHECK(receipt.count(QStringLiteral("Laskar Pelangi")) == 2); // borrowed, then returned
    CHECK(receipt.count(QStringLiteral("  due ")) == 2);
    CHECK_FALSE(receipt.contains(QStringLiteral("NO-SUCH-BOOK")));
    CHECK_FALSE(receipt.contains(siti.cardNumber));
    CHECK(receipt.contains(siti.cardNumber.right(4)));
    click(print);
    QFile pdf(receiptPdf);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    // As it prints: each line whole on the narrow slip (pdftotext, Debian poppler-utils).
    {
        const QString pdftotext = Test::requireTool("pdftotext", "poppler-utils");
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), receiptPdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(20000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        INFO(printed.toStdString());
        const QStringList lines = printed.split(QLatin1Char('\n'));
        const auto hasLine = [&](const QString &t) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.trimmed() == t; });
        };
        CHECK(hasLine(QStringLiteral("Self-service receipt")));
        CHECK(hasLine(QStringLiteral("Bumi Manusia")));
        CHECK(hasLine(QStringLiteral("Thank you. Please return books by their due date.")) == false); // wider than 32: wraps
        CHECK(printed.contains(siti.cardNumber.right(4)));
    }
    CHECK_FALSE(find<QLabel>(window.get(), "receiptNote")->property("problem").toBool());

    // Finish: the next person sees nothing of Siti.
    click(find<QPushButton>(window.get(), "finishButton"));
    CHECK(window->currentPage() == QStringLiteral("welcomePage"));
    CHECK_FALSE(window->session().signedIn());
    CHECK(find<QLabel>(window.get(), "patronNameLabel")->text().isEmpty());
    CHECK(entries("borrowList").isEmpty());
    CHECK(loansTable->rowCount() == 0);
    CHECK(window->session().receiptText().isEmpty());
    CHECK_FALSE(find<QPushButton>(window.get(), "printReceiptButton")->isVisible());
    requireInvariants();
}

TEST_CASE_METHOD(KioskWindowFixture, "kiosk window: the idle timeout wipes the screen and ends the session", "[kiosk][gui][db]")
{
    KioskOptions o = options();
    o.idleMs = 300;
    o.idleWarningMs = 400;
    open(o);
    signIn(siti, sitiPin);
    REQUIRE(window->currentPage() == QStringLiteral("patronPage"));
    scan(find<QLineEdit>(window.get(), "borrowEdit"), QStringLiteral("KIO-003"));
    REQUIRE(entries("borrowList").size() == 1);

    // The warning comes; "still here" keeps the session.
    auto *overlay = find<QWidget>(window.get(), "idleOverlay");
    REQUIRE(waitFor([&] { return overlay->isVisible(); }, 3000));
    CHECK(find<QLabel>(window.get(), "idleCountdownLabel")->text().contains(QStringLiteral("cleared")));
    click(find<QPushButton>(window.get(), "idleContinueButton"));
    CHECK_FALSE(overlay->isVisible());
    CHECK(window->currentPage() == QStringLiteral("patronPage"));
    CHECK(window->session().signedIn());

    // Nobody touches it: wiped back to the welcome page.
    REQUIRE(waitFor([&] { return window->currentPage() == QStringLiteral("welcomePage"); }, 5000));
    CHECK_FALSE(overlay->isVisible());
    CHECK_FALSE(window->session().signedIn());
    CHECK(find<QLabel>(window.get(), "patronNameLabel")->text().isEmpty());
    CHECK(entries("borrowList").isEmpty());
    CHECK(find<QLineEdit>(window.get(), "cardEdit")->text().isEmpty());
    // The loan itself stays, of course.
    CHECK(openLoansOf(siti) == 1);
}

TEST_CASE_METHOD(KioskWindowFixture, "kiosk window: a return while the database is unreachable is queued and replayed exactly once",
                 "[kiosk][gui][db]")
{
    lend(siti, QStringLiteral("KIO-001"));
    open();
    auto *banner = find<QWidget>(window.get(), "offlineBanner");
    CHECK_FALSE(banner->isVisible());

    Outage out = outage();
    out.begin();
    REQUIRE(waitFor([&] { return banner->isVisible(); }));
    CHECK(find<QLabel>(window.get(), "offlineBannerTitle")->text().contains(QStringLiteral("cannot be reached")));
    // Search and sign-in wait for the connection; returns do not.
    CHECK_FALSE(find<QPushButton>(window.get(), "searchButton")->isEnabled());
    CHECK_FALSE(find<QLineEdit>(window.get(), "cardEdit")->isEnabled());

    click(find<QPushButton>(window.get(), "returnButton"));
    REQUIRE(window->currentPage() == QStringLiteral("returnPage"));
    auto *returnPage = find<QWidget>(window.get(), "returnPage");
    auto *returnEdit = returnPage->findChild<QLineEdit *>(QStringLiteral("returnEdit"));
    REQUIRE(returnEdit);
    scan(returnEdit, QStringLiteral("KIO-001"));
    const QStringList accepted = returnPage->findChild<ReceiptList *>(QStringLiteral("returnList"))->entries();
    REQUIRE(accepted.size() == 1);
    CHECK(accepted[0].startsWith(QStringLiteral("Accepted | KIO-001")));
    CHECK(accepted[0].contains(QStringLiteral("kept on the kiosk")));
    // On disk before the patron was told.
    {
        auto queue = OfflineQueue::open(queuePath());
        REQUIRE_OK(queue);
        CHECK(*(*queue)->pendingCount() == 1);
    }
    click(find<QPushButton>(window.get(), "returnDoneButton"));

    out.end();
    REQUIRE(waitFor([&] { return window->session().online() && window->session().pendingCount() == 0; }));
    CHECK(find<QLabel>(window.get(), "offlineBannerText")->text().contains(QStringLiteral("recorded")));
    CHECK(openLoanOf(QStringLiteral("KIO-001")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkin' AND outcome = 'ok' AND channel = 'kiosk'"))
          == 1);

    // Staff look at the queue: recorded once; asking to record again changes nothing.
    click(find<QPushButton>(window.get(), "staffButton"));
    QTest::keyClicks(find<QLineEdit>(window.get(), "staffUserEdit"), librarianAccount.username);
    QTest::keyClicks(find<QLineEdit>(window.get(), "staffPasswordEdit"), kStaffPassword);
    click(find<QPushButton>(window.get(), "staffSignInButton"));
    REQUIRE(window->currentPage() == QStringLiteral("staffPage"));
    auto *queueTable = find<QTableWidget>(window.get(), "queueTable");
    REQUIRE(queueTable->rowCount() == 1);
    CHECK(queueTable->item(0, 3)->text().startsWith(QStringLiteral("Recorded")));
    auto report = window->session().queueReport();
    REQUIRE_OK(report);
    const QString requestId = report->first().requestId;
    CHECK_FALSE(find<QPushButton>(window.get(), "replayButton")->isEnabled());
    window->session().replayNow();
    // The same request sent again is refused by the core: it was applied once.
    Caller again = kioskCaller();
    again.requestId = requestId;
    auto repeat = Circulation::Loans(*kioskCore).checkin(again, QStringLiteral("KIO-001"));
    REQUIRE_FALSE(repeat.ok());
    CHECK(repeat.error().code == QStringLiteral("core.already_applied"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkin' AND outcome = 'ok'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM request_keys WHERE request_id = ?"), {requestId}) == 1);
    requireInvariants();
}

TEST_CASE_METHOD(KioskWindowFixture, "kiosk window: only a staff member's sign-in lets the kiosk close", "[kiosk][gui][db]")
{
    open();
    window->close();
    CHECK(window->isVisible());
    CHECK(window->windowFlags().testFlag(Qt::Window));

    click(find<QPushButton>(window.get(), "staffButton"));
    REQUIRE(window->currentPage() == QStringLiteral("staffLoginPage"));
    auto *user = find<QLineEdit>(window.get(), "staffUserEdit");
    auto *password = find<QLineEdit>(window.get(), "staffPasswordEdit");
    auto *message = find<QLabel>(window.get(), "staffMessageLabel");
    // The kiosk's own account cannot let itself out.
    QTest::keyClicks(user, QStringLiteral("kiosk1"));
    QTest::keyClicks(password, kKioskPassword);
    click(find<QPushButton>(window.get(), "staffSignInButton"));
    CHECK(window->currentPage() == QStringLiteral("staffLoginPage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("kiosk account")));
    // A wrong password neither.
    user->clear();
    QTest::keyClicks(user, librarianAccount.username);
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    click(find<QPushButton>(window.get(), "staffSignInButton"));
    CHECK(window->currentPage() == QStringLiteral("staffLoginPage"));
    CHECK(password->text().isEmpty());

    QTest::keyClicks(password, kStaffPassword);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(window->currentPage() == QStringLiteral("staffPage"));
    CHECK(find<QLabel>(window.get(), "staffWhoLabel")->text().contains(QStringLiteral("Siti Pustakawan")));
    click(find<QPushButton>(window.get(), "exitButton"));
    CHECK_FALSE(window->isVisible());
}
