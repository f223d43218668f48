#pragma once

#include "circulation/Types.h"
#include "desk/DeskSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Aksara::Desk {

class MessageBar;

// Taking money or waiving a fee: the amount (all that is owed, or the chosen fee's balance, and any
// smaller amount for a partial payment), the method or the reason. The module allocates it and
// refuses what cannot be (more than is owed, nothing owed, not a whole amount); the refusal stays
// in the dialog. On success `settled` carries the receipt.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Payment, Waiver };
    PaymentDialog(DeskSession &session, const Circulation::Patron &patron, Kind kind, qint64 feeId, qint64 feeBalance,
                  QWidget *parent = nullptr);

signals:
    void settled(const Aksara::Circulation::Receipt &receipt);

private:
    void submit();

    DeskSession &m_session;
    Circulation::Patron m_patron;
    Kind m_kind;
    qint64 m_feeId;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_note;
    QLabel *m_amountError;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
