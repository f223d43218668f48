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

} // namespace Aksara::Kiosk
