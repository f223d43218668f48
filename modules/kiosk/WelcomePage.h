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

} // namespace Aksara::Kiosk
