#pragma once

#include "core/StaffDirectory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Aksara::Shell {

// Staff login: user name and password, checked by the service core (staff.login); a refusal
// (wrong password, locked, disabled) is shown in the dialog and the password field is cleared.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(ServiceCore &core, Channel channel, QString station, const QString &title, QWidget *parent = nullptr);
    // Valid after accept().
    const StaffAccount &account() const { return m_account; }
    Caller caller() const;

private:
    void tryLogin();

    ServiceCore &m_core;
    Channel m_channel;
    QString m_station;
    StaffAccount m_account;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_login;
};

} // namespace Aksara::Shell
