#pragma once

#include "circulation/Types.h"
#include "notices/Notices.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Aksara::Desk {

// Everything about the patron at the desk: photo, name, card, category, home branch, expiry, blocks
// with their reasons, balance; their loans (due dates, overdue ones in red, the ones lent in this
// visit in bold), holds (status, queue position, pickup, shelf expiry) and open fees. Display only:
// the circulation page acts on the buttons.
class PatronPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatronPanel(QWidget *parent = nullptr);

    void setAccount(const Circulation::PatronAccount &account, qint64 nowMs, const QSet<QString> &lentNow);
    void setPhoto(const QByteArray &data);
    void showTab(int index);
    // The patron's notices (newest first) and how their delivery went: the fourth tab.
    void setNotices(const QList<Notices::Delivery> &notices);

    QString selectedLoanBarcode() const;
    qint64 selectedHoldId() const;
    qint64 selectedFeeId() const;
    qint64 selectedFeeBalance() const;
    qint64 selectedNoticeId() const;

    QTableWidget *loansTable;
    QTableWidget *holdsTable;
    QTableWidget *feesTable;
    QTableWidget *noticesTable;
    QTabWidget *tabs;
    QPushButton *renewButton;
    QPushButton *renewAllButton;
    QPushButton *slipButton;
    QPushButton *placeHoldButton;
    QPushButton *cancelHoldButton;
    QPushButton *payButton;
    QPushButton *waiveButton;
    QPushButton *retryNoticeButton;
    QPushButton *editButton;
    QPushButton *cardButton;
    QPushButton *membershipButton;
    QPushButton *blockButton;

private:
    QLabel *m_photo;
    QLabel *m_name;
    QLabel *m_card;
    QLabel *m_category;
    QLabel *m_branch;
    QLabel *m_expiry;
    QLabel *m_status;
    QLabel *m_balance;
    QLabel *m_contact;
};

} // namespace Aksara::Desk
