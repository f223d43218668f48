#pragma once

#include "desk/AdminForm.h"
#include "desk/AdminPage.h"

#include "core/StaffDirectory.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// Staff accounts (StaffDirectory, right staff.manage): the list with role, branch, state and last
// login; add (the password typed twice or generated and shown once), role and branch, reset the
// password, unlock an account locked after too many wrong passwords, disable and enable. The last
// active administrator can be neither demoted nor disabled (the module refuses, auth.last_admin).
class StaffAdmin : public AdminSection {
    Q_OBJECT
public:
    explicit StaffAdmin(DeskSession &session, QWidget *parent = nullptr);

    static QString roleText(Role role);
    MessageBar *messageBar() const { return m_message; }
    // Selects an account's row; false when it is not listed.
    bool select(const QString &username);
    std::optional<StaffAccount> selected() const;

public slots:
    void refresh() override;
    void addAccount();
    void editSelected();
    void resetPassword();
    void unlockSelected();
    void disableSelected();
    void enableSelected();

private:
    void updateButtons();

    DeskSession &m_session;
    QList<StaffAccount> m_accounts;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_password;
    QPushButton *m_unlock;
    QPushButton *m_disable;
    QPushButton *m_enable;
};

// A new staff account: user name, name, role, branch and the first password.
class AddStaffDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddStaffDialog(DeskSession &session, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    // `password` is set when it was generated (to be shown once).
    void created(const Aksara::StaffAccount &account, const QString &generatedPassword);

private:
    void submit();

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    NewPasswordFields m_passwordFields;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_branch;
    MessageBar *m_message;
};

// An account's role and branch (each a call of its own when changed).
class StaffRoleDialog : public QDialog {
    Q_OBJECT
public:
    StaffRoleDialog(DeskSession &session, const StaffAccount &account, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void changed();

private:
    void submit();

    DeskSession &m_session;
    StaffAccount m_account;
    FieldErrorLabels m_errors{this};
    QComboBox *m_role;
    QComboBox *m_branch;
    MessageBar *m_message;
};

// A new password for an account (also unlocks it), typed twice or generated and shown once.
class StaffPasswordDialog : public QDialog {
    Q_OBJECT
public:
    StaffPasswordDialog(DeskSession &session, const QString &username, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void changed(const QString &generatedPassword);

private:
    void submit();

    DeskSession &m_session;
    QString m_username;
    FieldErrorLabels m_errors{this};
    NewPasswordFields m_passwordFields;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
