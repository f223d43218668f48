#pragma once

#include "kiosk/KioskTypes.h"
#include "kiosk/OfflineQueue.h"

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

} // namespace Aksara::Kiosk
