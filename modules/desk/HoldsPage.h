#pragma once

#include "desk/DeskSession.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// The hold shelf of a branch (who each item waits for, since when, until when; those past their
// pickup date in red) and the queue of a title (scan one of its items). Cancelling a hold passes
// the item on to the next in the queue.
class HoldsPage : public QWidget {
    Q_OBJECT
public:
    explicit HoldsPage(DeskSession &session, QWidget *parent = nullptr);

public slots:
    void refreshShelf();
    void showQueue();
    void cancelSelected();

private:
    DeskSession &m_session;
    QComboBox *m_branch;
    QTableWidget *m_shelf;
    QLineEdit *m_queueEdit;
    QTableWidget *m_queue;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
