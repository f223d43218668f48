#pragma once

#include "kiosk/AccountPanel.h"
#include "kiosk/BorrowPanel.h"
#include "kiosk/KioskTypes.h"
#include "kiosk/OfflineQueue.h"
#include "kiosk/ReturnPanel.h"
#include "kiosk/SearchPanel.h"

#include <QFrame>
#include <QHash>
#include <QScrollArea>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace Aksara::Circulation {
struct PatronAccount;
}
namespace Aksara::Catalogue {
struct SearchResult;
}

namespace Aksara::Kiosk {

class Keypad;

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

} // namespace Aksara::Kiosk
