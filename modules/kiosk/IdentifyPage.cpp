#include "kiosk/IdentifyPage.h"

#include "kiosk/Keypad.h"
#include "kiosk/KioskWidgets.h"
#include "kiosk/KioskStyle.h"

#include "catalogue/Catalogue.h"
#include "circulation/Types.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Aksara::Kiosk {

using namespace Widgets;

// --- IdentifyPage ---------------------------------------------------------------------------

IdentifyPage::IdentifyPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("identifyPage"));
    m_heading = label("title", QStringLiteral("identifyHeading"), this);
    m_hint = label("subtitle", QStringLiteral("identifyHint"), this);
    QFrame *panel = card(this);
    m_cardLabel = label("field", QStringLiteral("cardLabel"), panel);
    m_cardEdit = new QLineEdit(panel);
    m_cardEdit->setObjectName(QStringLiteral("identifyCardEdit"));
    m_cardEdit->setMaxLength(32);
    m_pinLabel = label("field", QStringLiteral("pinLabel"), panel);
    m_pinEdit = new QLineEdit(panel);
    m_pinEdit->setObjectName(QStringLiteral("pinEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pinEdit));
    m_message = label("message-error", QStringLiteral("pinMessageLabel"), panel);
    m_message->hide();
    m_ok = button("primary", QStringLiteral("pinOkButton"), panel);
    m_cancel = button("secondary", QStringLiteral("pinCancelButton"), panel);
    m_ok->setMinimumHeight(72);
    m_cancel->setMinimumHeight(72);
    m_keypad = new Keypad(this);
    m_keypad->setFixedWidth(380);

    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(12);
    pv->addWidget(m_cardLabel);
    pv->addWidget(m_cardEdit);
    pv->addSpacing(8);
    pv->addWidget(m_pinLabel);
    pv->addWidget(m_pinEdit);
    pv->addSpacing(8);
    pv->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    pv->addLayout(buttons);

    auto *left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_heading);
    left->addWidget(m_hint);
    left->addSpacing(12);
    left->addWidget(panel);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addStretch(1);
    right->addWidget(m_keypad);
    right->addStretch(1);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(56, 32, 56, 24);
    row->setSpacing(56);
    row->addLayout(left, 1);
    row->addLayout(right);

    auto follow = [this](QWidget *, QWidget *now) {
        if (now == m_cardEdit || now == m_pinEdit)
            m_keypad->setTarget(static_cast<QLineEdit *>(now));
    };
    connect(qApp, &QApplication::focusChanged, this, follow);
    connect(m_cardEdit, &QLineEdit::returnPressed, this, [this] {
        m_pinEdit->setFocus();
        m_keypad->setTarget(m_pinEdit);
    });
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &IdentifyPage::submit);
    connect(m_ok, &QPushButton::clicked, this, &IdentifyPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &IdentifyPage::cancelled);
    retranslate();
}

void IdentifyPage::retranslate()
{
    m_heading->setText(tr("Sign in"));
    m_hint->setText(tr("Scan your card or type its number, then type your PIN."));
    m_cardLabel->setText(tr("Card number"));
    m_pinLabel->setText(tr("PIN"));
    m_pinEdit->setPlaceholderText(m_pinMin == m_pinMax ? tr("%1 digits").arg(m_pinMin)
                                                       : tr("%1 to %2 digits").arg(m_pinMin).arg(m_pinMax));
    m_ok->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
    m_keypad->retranslate();
}

void IdentifyPage::setPinLength(int minLength, int maxLength)
{
    if (minLength == m_pinMin && maxLength == m_pinMax)
        return;
    m_pinMin = minLength;
    m_pinMax = maxLength;
    retranslate();
}

void IdentifyPage::reset()
{
    m_cardEdit->clear();
    m_pinEdit->clear();
    m_message->hide();
    m_message->clear();
    setBusy(false);
}

void IdentifyPage::start(const QString &cardNumber)
{
    reset();
    m_cardEdit->setText(cardNumber);
    QLineEdit *first = cardNumber.isEmpty() ? m_cardEdit : m_pinEdit;
    first->setFocus();
    m_keypad->setTarget(first);
}

void IdentifyPage::showError(const QString &message)
{
    setMessage(m_message, message, "message-error");
    m_pinEdit->clear();
    m_pinEdit->setFocus();
    m_keypad->setTarget(m_pinEdit);
}

void IdentifyPage::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    m_keypad->setEnabled(!busy);
}

void IdentifyPage::submit()
{
    if (m_cardEdit->text().trimmed().isEmpty()) {
        m_cardEdit->setFocus();
        return;
    }
    if (m_pinEdit->text().isEmpty()) {
        m_pinEdit->setFocus();
        m_keypad->setTarget(m_pinEdit);
        return;
    }
    emit submitted(m_cardEdit->text(), m_pinEdit->text());
}

} // namespace Aksara::Kiosk
