#pragma once

#include "circulation/Types.h"
#include "desk/DeskSession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Aksara::Desk {

class MessageBar;

// A title chosen in the catalogue (recordId 0: none, the item is scanned in the dialog).
struct HoldTitle {
    qint64 recordId = 0;
    QString title;
};

// Placing a hold for a patron: on a title (a record from the catalogue, or any copy of a scanned
// item's title) or on one copy, with the pickup branch and an optional "not needed after" date.
// Refusals (too many holds, already borrowed, …) stay in the dialog with every reason.
class HoldDialog : public QDialog {
    Q_OBJECT
public:
    HoldDialog(DeskSession &session, const QString &card, const HoldTitle &title = HoldTitle(), QWidget *parent = nullptr);

signals:
    void placed(const Aksara::Circulation::Hold &hold);

private:
    void submit();

    DeskSession &m_session;
    QString m_card;
    HoldTitle m_title;
    QLineEdit *m_item;
    QCheckBox *m_anyCopy;
    QComboBox *m_pickup;
    QLineEdit *m_notAfter;
    QLabel *m_dateError;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
