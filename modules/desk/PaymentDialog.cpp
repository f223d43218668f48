#include "desk/PaymentDialog.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "circulation/Fees.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aksara::Desk {

PaymentDialog::PaymentDialog(DeskSession &session, const Circulation::Patron &patron, Kind kind, qint64 feeId,
                             qint64 feeBalance, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_patron(patron)
    , m_kind(kind)
    , m_feeId(feeBalance > 0 ? feeId : 0)
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_amountError(new QLabel(this))
    , m_message(new MessageBar(this))
{
    const bool waiver = kind == Kind::Waiver;
    setObjectName(waiver ? QStringLiteral("waiverDialog") : QStringLiteral("paymentDialog"));
    setWindowTitle(waiver ? tr("Waive fees — %1").arg(patron.name) : tr("Take a payment — %1").arg(patron.name));
    const qint64 owed = m_feeId ? feeBalance : patron.balance;

    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setText(m_feeId ? tr("For the chosen fee, which still has %1 owed.").arg(Format::money(feeBalance))
                          : tr("%1 owes %2 in all. A smaller amount pays the oldest fees first.")
                                .arg(patron.name, Format::money(patron.balance)));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setText(QLocale().toString(owed));
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_amountError->setWordWrap(true);
    m_amountError->hide();
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Bank transfer"), QStringLiteral("transfer"));
    m_method->addItem(tr("QRIS / e-wallet"), QStringLiteral("qris"));
    m_method->addItem(tr("Debit card"), QStringLiteral("card"));
    m_note->setObjectName(waiver ? QStringLiteral("reasonEdit") : QStringLiteral("noteEdit"));
    m_message->setObjectName(QStringLiteral("paymentMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Amount (Rp)"), m_amount);
    form->addRow(QString(), m_amountError);
    if (!waiver)
        form->addRow(tr("Paid by"), m_method);
    else
        m_method->hide();
    form->addRow(waiver ? tr("Reason") : tr("Note"), m_note);
    if (waiver)
        m_note->setPlaceholderText(tr("Required: why the library forgoes this money"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *ok = buttons->addButton(waiver ? tr("Waive") : tr("Take payment"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &PaymentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_amount->selectAll();
    m_amount->setFocus();
}

void PaymentDialog::submit()
{
    m_amountError->hide();
    m_message->clear();
    auto amount = Circulation::Fees::parseAmount(m_amount->text());
    if (!amount.ok()) {
        m_amountError->setText(amount.error().message);
        m_amountError->show();
        m_amount->setFocus();
        return;
    }
    Circulation::Fees fees(m_session.core);
    auto r = m_kind == Kind::Waiver
                 ? fees.waive(m_session.caller, m_patron.cardNumber, *amount, m_note->text().trimmed(), m_feeId)
                 : fees.pay(m_session.caller, m_patron.cardNumber, *amount, m_method->currentData().toString(),
                            m_note->text().trimmed(), m_feeId);
    if (!r.ok()) {
        const QString code = r.error().code;
        if (code == QLatin1String("circulation.bad_amount") || code == QLatin1String("circulation.overpayment")) {
            m_amountError->setText(r.error().message);
            m_amountError->show();
            m_amount->setFocus();
        } else {
            m_message->setError(r.error());
        }
        return;
    }
    emit settled(*r);
    accept();
}

} // namespace Aksara::Desk
