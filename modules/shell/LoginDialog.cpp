#include "shell/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aksara::Shell {

LoginDialog::LoginDialog(ServiceCore &core, Channel channel, QString station, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_channel(channel)
    , m_station(std::move(station))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(title);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *heading = new QLabel(tr("Sign in with your staff account."), this);
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_login = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void LoginDialog::tryLogin()
{
    Caller who;
    who.channel = m_channel;
    who.actor = QStringLiteral("station:") + m_station;
    who.station = m_station;
    StaffDirectory staff(m_core);
    auto account = staff.authenticate(who, m_user->text().trimmed(), m_password->text());
    if (!account.ok()) {
        m_message->setText(account.error().message);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_account = *account;
    accept();
}

Caller LoginDialog::caller() const
{
    return StaffDirectory::callerFor(m_account, m_channel, m_station);
}

} // namespace Aksara::Shell
