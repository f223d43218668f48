#pragma once

#include "kiosk/KioskTypes.h"
#include "kiosk/KioskWidgets.h"
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

} // namespace Aksara::Kiosk
