#pragma once

#include "kiosk/KioskSession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Aksara::Kiosk {

class WelcomePage;
class IdentifyPage;
class PatronPage;
class ReturnPanel;
class SearchPanel;
class SimplePage;
class StaffLoginPage;
class StaffPage;

// The self-service kiosk: a full-screen window without chrome that a patron cannot leave (closing
// it needs a staff member's sign-in, checked by the core). It routes what the person does to the
// KioskSession and shows the outcome; it decides nothing itself.
//
// Pages (object names for tests): welcomePage (cardEdit, typeCardButton, returnButton,
// searchButton, staffButton), identifyPage (identifyCardEdit, pinEdit, keypad, pinOkButton,
// pinMessageLabel), patronPage (borrowNavButton … searchNavButton, borrowEdit, returnEdit,
// loansTable, renewButton, renewAllButton, holdsTable, feesTable, searchEdit, finishButton),
// returnPage (returnEdit, returnList, returnDoneButton), searchPage, staffLoginPage
// (staffUserEdit, staffPasswordEdit, staffSignInButton), staffPage (queueTable, replayButton,
// offlineCheckoutCheck, resumeButton, exitButton); offlineBanner, idleOverlay
// (idleContinueButton), languageButton.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    struct Options {
        bool fullScreen = true;
        // A signed-in patron's own language (id/en) is used until the session ends.
        bool followPatronLanguage = true;
        // Where receipts go: empty, the system's default printer; a printer's name; or a file
        // ending in .pdf (each receipt replaces it).
        QString receiptPrinter;
    };
    KioskWindow(std::unique_ptr<KioskSession> session, Options options, QWidget *parent = nullptr);
    explicit KioskWindow(std::unique_ptr<KioskSession> session, QWidget *parent = nullptr)
        : KioskWindow(std::move(session), Options{}, parent)
    {
    }
    ~KioskWindow() override;

    KioskSession &session() { return *m_session; }
    // The page on screen (one of the page object names above).
    QString currentPage() const;
    // Whether a staff member has allowed the window to close.
    bool mayClose() const { return m_mayClose; }

signals:
    void exitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showPage(QWidget *page);
    void toWelcome();
    void setLanguage(const QString &language);
    void updateLink();
    void updateClock();
    void refreshAccount();
    void refreshStaff();
    void showIdle(int secondsLeft);
    void hideIdle();

    void onCard(const QString &card);
    void onSignIn(const QString &card, const QString &pin);
    void onBorrow(const QString &barcode);
    void onReturn(ReturnPanel *panel, const QString &barcode);
    void onRenew(const QString &barcode);
    void onRenewAll();
    void printReceipt();
    void onSearch(SearchPanel *panel, const QString &query);
    void onStaffSignIn(const QString &user, const QString &password);
    void onReplayed(const QList<ReplayLine> &lines);

    std::unique_ptr<KioskSession> m_session;
    Options m_options;
    QString m_defaultLanguage;
    bool m_mayClose = false;
    std::optional<StaffAccount> m_staff;

    QFrame *m_topBar;
    QLabel *m_library;
    QLabel *m_logo = nullptr;
    QByteArray m_logoBytes;
    QLabel *m_clock;
    QPushButton *m_language;
    QFrame *m_banner;
    QLabel *m_bannerTitle;
    QLabel *m_bannerText;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    IdentifyPage *m_identify;
    PatronPage *m_patron;
    ReturnPanel *m_returnPanel;
    SimplePage *m_returnPage;
    SearchPanel *m_searchPanel;
    SimplePage *m_searchPage;
    StaffLoginPage *m_staffLogin;
    StaffPage *m_staffPage;
    QFrame *m_idle;
    QLabel *m_idleTitle;
    QLabel *m_idleText;
    QPushButton *m_idleContinue;
    int m_idleSeconds = 0;
    QTimer m_clockTimer;
    QTimer m_bannerTimer;
    int m_lastRecorded = 0;
};

} // namespace Aksara::Kiosk
