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

} // namespace Aksara::Kiosk
