#pragma once

#include "desk/AdminForm.h"
#include "desk/AdminPage.h"

#include "server/Sip2Accounts.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// The self-check machines' SIP2 accounts (Server::Sip2Accounts, right staff.manage): the list, a
// new account (login, password typed twice or generated and shown once, institution AO, branch,
// whether patrons must give their PIN), enable and disable.
class Sip2Admin : public AdminSection {
    Q_OBJECT
public:
    explicit Sip2Admin(DeskSession &session, QWidget *parent = nullptr);
    MessageBar *messageBar() const { return m_message; }
    bool select(const QString &login);

public slots:
    void refresh() override;
    void addAccount();
    void enableSelected();
    void disableSelected();

private:
    std::optional<Server::Sip2Account> selected() const;
    void updateButtons();

    DeskSession &m_session;
    QList<Server::Sip2Account> m_accounts;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_enable;
    QPushButton *m_disable;
};

class AddSip2Dialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSip2Dialog(DeskSession &session, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void created(const Aksara::Server::Sip2Account &account, const QString &generatedPassword);

private:
    void submit();

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    NewPasswordFields m_passwordFields;
    QLineEdit *m_login;
    QLineEdit *m_institution;
    QComboBox *m_branch;
    QCheckBox *m_requirePin;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
