#pragma once

#include "kiosk/KioskTypes.h"
#include "kiosk/OfflineQueue.h"

#include <QFrame>
#include <QHash>
#include <QScrollArea>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace Aksara::Circulation {
struct PatronAccount;
}
namespace Aksara::Catalogue {
struct SearchResult;
}

// The kiosk's screens. They show what they are given and report what the person did (signals);
// every decision is the session's (KioskSession). Each has retranslate(), called again when the
// language changes, and reset(), which forgets everything on it.
namespace Aksara::Kiosk {

class Keypad;

// The outcomes of this visit's scans, newest first, each a card with a coloured edge.
class ReceiptList : public QScrollArea {
    Q_OBJECT
public:
    explicit ReceiptList(QWidget *parent = nullptr);
    void add(Verdict outcome, const QString &title, const QString &status, const QString &text);
    void clear();
    int count() const;
    // The shown cards as "status | title | text", newest first (for tests and screen readers).
    QStringList entries() const;

private:
    QWidget *m_box;
    QVBoxLayout *m_layout;
};

// A scan box: one big line edit with its button; Enter (a scanner ends with it) or the button
// submits, and the box is emptied for the next scan.
class ScanBox : public QWidget {
    Q_OBJECT
public:
    ScanBox(const QString &editName, const QString &buttonName, QWidget *parent = nullptr);
    QLineEdit *edit() const { return m_edit; }
    QPushButton *button() const { return m_button; }
    void setButtonText(const QString &text) { m_buttonText = text; }
    void retranslate(const QString &placeholder, const QString &button);

signals:
    void submitted(const QString &text);

private:
    void submit();
    QLineEdit *m_edit;
    QPushButton *m_button;
    QString m_buttonText;
};

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void setOffline(bool offline, bool offlineCheckout);
    void showMessage(const QString &message);
    void focusCard();

signals:
    void cardEntered(const QString &card);
    void typeCardRequested();
    void returnRequested();
    void searchRequested();
    void staffRequested();

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_cardPrompt;
    ScanBox *m_card;
    QPushButton *m_typeCard;
    QLabel *m_message;
    QPushButton *m_returnTile;
    QPushButton *m_searchTile;
    QPushButton *m_staff;
};

class IdentifyPage : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPage(QWidget *parent = nullptr);
    void retranslate();
    // How long a PIN is (the library's setting, KioskSession): shown in the PIN box.
    void setPinLength(int minLength, int maxLength);
    void reset();
    void start(const QString &card);
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted(const QString &card, const QString &pin);
    void cancelled();

private:
    void submit();
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_cardLabel;
    QLineEdit *m_cardEdit;
    QLabel *m_pinLabel;
    QLineEdit *m_pinEdit;
    Keypad *m_keypad;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QLabel *m_message;
    int m_pinMin = 4;
    int m_pinMax = 8;
};

// Returns: used from the welcome page (no card needed) and by a signed-in patron.
class ReturnPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReturnPanel(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void add(const ReturnOutcome &outcome);
    void focusScan();
    ReceiptList *list() const { return m_list; }

signals:
    void scanned(const QString &barcode);

private:
    QLabel *m_heading;
    QLabel *m_hint;
    ScanBox *m_scan;
    ReceiptList *m_list;
};

class BorrowPanel : public QWidget {
    Q_OBJECT
public:
    explicit BorrowPanel(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void add(const BorrowOutcome &outcome);
    void setOffline(bool offlineIdentified);
    void focusScan();

signals:
    void scanned(const QString &barcode);

private:
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_offlineNote;
    ScanBox *m_scan;
    ReceiptList *m_list;
    bool m_offline = false;
};

// The patron's own loans (with renew), holds and fees.
class AccountPanel : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Loans, Holds, Fees };
    AccountPanel(Kind kind, QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void show(const Circulation::PatronAccount &account, qint64 nowMs, const QHash<QString, QString> &branchNames = {});
    void showMessage(const QString &message, bool error);

signals:
    void renewRequested(const QString &barcode);
    void renewAllRequested();

private:
    void fill();
    Kind m_kind;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_renewAll = nullptr;
    QLabel *m_message;
    std::shared_ptr<Circulation::PatronAccount> m_account;
    QHash<QString, QString> m_branchNames;
    qint64 m_nowMs = 0;
};

// Catalogue search: titles with where their copies are and whether one is on the shelf.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void show(const QString &query, const Catalogue::SearchResult &result);
    void showMessage(const QString &message);
    void focusSearch();
    QString query() const;

signals:
    void searchRequested(const QString &query);

private:
    QLabel *m_heading;
    QLabel *m_hint;
    ScanBox *m_search;
    QLabel *m_count;
    QWidget *m_results;
    QVBoxLayout *m_resultsLayout;
    QScrollArea *m_scroll;
    std::shared_ptr<Catalogue::SearchResult> m_result;
    QString m_query;
    QString m_message;
};

// The signed-in patron: greeting, what they have, and the sections.
class PatronPage : public QWidget {
    Q_OBJECT
public:
    enum Section { Borrow, Return, Loans, Holds, Fees, Search };
    explicit PatronPage(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void setPatron(const PatronView &patron, bool online);
    void showSection(Section section);
    Section section() const { return m_section; }

    BorrowPanel *borrow() const { return m_borrow; }
    ReturnPanel *returns() const { return m_return; }
    AccountPanel *loans() const { return m_loans; }
    AccountPanel *holds() const { return m_holds; }
    AccountPanel *fees() const { return m_fees; }
    SearchPanel *search() const { return m_search; }
    // The "Print receipt" button: shown once the session has something on its receipt.
    void setReceiptAvailable(bool available);
    // What became of the receipt (printed, or why not), under the buttons.
    void showReceiptNote(const QString &text, bool problem);

signals:
    void sectionChosen(int section);
    void finishRequested();
    void receiptRequested();

private:
    QLabel *m_greeting;
    QLabel *m_summary;
    QPushButton *m_finish;
    QPushButton *m_receipt;
    QLabel *m_receiptNote;
    QButtonGroup *m_nav;
    QList<QPushButton *> m_navButtons;
    QStackedWidget *m_sections;
    BorrowPanel *m_borrow;
    ReturnPanel *m_return;
    AccountPanel *m_loans;
    AccountPanel *m_holds;
    AccountPanel *m_fees;
    SearchPanel *m_search;
    Section m_section = Borrow;
    PatronView m_patron;
    bool m_online = true;
};

// A page with a heading, a "Done" button and one panel (returns or search without a card).
class SimplePage : public QWidget {
    Q_OBJECT
public:
    SimplePage(QWidget *panel, const QString &doneName, QWidget *parent = nullptr);
    void retranslate();

signals:
    void done();

private:
    QPushButton *m_done;
};

class StaffLoginPage : public QWidget {
    Q_OBJECT
public:
    explicit StaffLoginPage(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void showError(const QString &message);
    void focusUser();

signals:
    void submitted(const QString &user, const QString &password);
    void cancelled();

private:
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QLabel *m_message;
};

class StaffPage : public QWidget {
    Q_OBJECT
public:
    explicit StaffPage(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void setStaffName(const QString &name);
    void setStatus(bool online, const QString &problem, const QString &station, const QString &heartbeat, int pending,
                   bool offlineCheckout);
    void setQueue(const QList<QueuedRequest> &requests);
    void showMessage(const QString &message, bool error);

signals:
    void replayRequested();
    void offlineCheckoutToggled(bool allowed);
    void resumeRequested();
    void exitRequested();

private:
    QLabel *m_heading;
    QLabel *m_who;
    QLabel *m_status;
    QLabel *m_queueHeading;
    QTableWidget *m_queue;
    QPushButton *m_replay;
    QCheckBox *m_offlineCheckout;
    QLabel *m_offlineHint;
    QPushButton *m_resume;
    QPushButton *m_exit;
    QLabel *m_message;
    QList<QueuedRequest> m_requests;
    QString m_staffName;
    bool m_online = true;
    QString m_problem;
    QString m_station;
    QString m_heartbeat;
    int m_pending = 0;
};

} // namespace Aksara::Kiosk
