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

} // namespace Aksara::Kiosk
