#include "kiosk/StaffLoginPage.h"

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

// --- StaffLoginPage -------------------------------------------------------------------------

StaffLoginPage::StaffLoginPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("staffLoginPage"));
    m_heading = label("title", QStringLiteral("staffLoginHeading"), this);
    m_hint = label("subtitle", QStringLiteral("staffLoginHint"), this);
    QFrame *panel = card(this);
    panel->setMaximumWidth(760);
    m_userLabel = label("field", QStringLiteral("staffUserLabel"), panel);
    m_user = new QLineEdit(panel);
    m_user->setObjectName(QStringLiteral("staffUserEdit"));
    m_passwordLabel = label("field", QStringLiteral("staffPasswordLabel"), panel);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("staffPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = label("message-error", QStringLiteral("staffMessageLabel"), panel);
    m_message->hide();
    m_ok = button("primary", QStringLiteral("staffSignInButton"), panel);
    m_cancel = button("secondary", QStringLiteral("staffCancelButton"), panel);
    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(12);
    pv->addWidget(m_userLabel);
    pv->addWidget(m_user);
    pv->addWidget(m_passwordLabel);
    pv->addWidget(m_password);
    pv->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    pv->addSpacing(8);
    pv->addLayout(buttons);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(56, 32, 56, 24);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addSpacing(12);
    v->addWidget(panel);
    v->addStretch(1);
    auto submit = [this] {
        if (m_user->text().trimmed().isEmpty()) {
            m_user->setFocus();
            return;
        }
        emit submitted(m_user->text(), m_password->text());
    };
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_ok, &QPushButton::clicked, this, submit);
    connect(m_cancel, &QPushButton::clicked, this, &StaffLoginPage::cancelled);
    retranslate();
}

void StaffLoginPage::retranslate()
{
    m_heading->setText(tr("Staff sign-in"));
    m_hint->setText(tr("Only library staff can leave the kiosk or look at its queue. Sign in with your own staff account."));
    m_userLabel->setText(tr("User name"));
    m_passwordLabel->setText(tr("Password"));
    m_ok->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
}

void StaffLoginPage::reset()
{
    m_user->clear();
    m_password->clear();
    m_message->hide();
    m_message->clear();
}

void StaffLoginPage::showError(const QString &message)
{
    setMessage(m_message, message, "message-error");
    m_password->clear();
    m_password->setFocus();
}

void StaffLoginPage::focusUser()
{
    m_user->setFocus();
}

} // namespace Aksara::Kiosk
