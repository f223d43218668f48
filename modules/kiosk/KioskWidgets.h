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

// Small helpers the kiosk's pages share: widgets made with their object name and style role.
namespace Widgets {
QString outcomeName(Verdict o);
QPushButton *button(const char *role, const QString &name, QWidget *parent);
QLabel *label(const char *role, const QString &name, QWidget *parent);
QFrame *card(QWidget *parent);
void setMessage(QLabel *l, const QString &text, const char *role);
QTableWidget *table(const QString &name, int columns, QWidget *parent);
QTableWidgetItem *cell(const QString &text, const char *colour = nullptr);
// An epoch-ms instant as a date in the kiosk's time zone.
QDate localDate(qint64 ms);
} // namespace Widgets

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

} // namespace Aksara::Kiosk
