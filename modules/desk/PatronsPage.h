#pragma once

#include "circulation/Types.h"
#include "desk/DeskSession.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// Finding a member by name, card or NIK (Enter searches; Enter or a double click on a row
// opens the member at the circulation desk) and registering a new one (Ctrl+N).
class PatronsPage : public QWidget {
    Q_OBJECT
public:
    explicit PatronsPage(DeskSession &session, QWidget *parent = nullptr);

public slots:
    void search();
    void registerPatron();
    void focusSearch();

signals:
    void openPatron(const QString &card);
    void registered(const Aksara::Circulation::Patron &patron, bool showCard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openSelected();

    DeskSession &m_session;
    QLineEdit *m_search;
    QTableWidget *m_results;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
