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

// Catalogue search: titles with where their copies are and whether one is on the shelf.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void show(const QString &query, const Catalogue::SearchResult &result);
    void showMessage(const QString &message);
    void focusSearch();
    QString query() const;

signals:
    void searchRequested(const QString &query);

private:
    QLabel *m_heading;
    QLabel *m_hint;
    ScanBox *m_search;
    QLabel *m_count;
    QWidget *m_results;
    QVBoxLayout *m_resultsLayout;
    QScrollArea *m_scroll;
    std::shared_ptr<Catalogue::SearchResult> m_result;
    QString m_query;
    QString m_message;
};

} // namespace Aksara::Kiosk
