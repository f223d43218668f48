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

} // namespace Aksara::Kiosk
