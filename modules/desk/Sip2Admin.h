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
// whether patrons must give their PIN, and the rights that are off unless granted: patron data
// without a PIN, own branch's items only, blocking cards, taking payments), editing an account's
// settings, enable and disable.
class Sip2Admin : public AdminSection {
    Q_OBJECT
public:
    explicit Sip2Admin(DeskSession &session, QWidget *parent = nullptr);
    MessageBar *messageBar() const { return m_message; }
    bool select(const QString &login);

public slots:
    void refresh() override;
    void addAccount();
    void editSelected();
    void enableSelected();
    void disableSelected();

private:
    std::optional<Server::Sip2Account> selected() const;
    void updateButtons();

    DeskSession &m_session;
    QList<Server::Sip2Account> m_accounts;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_enable;
    QPushButton *m_disable;
};

// A new account, or (given `existing`) the settings of one: the login stays, no password.
class AddSip2Dialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSip2Dialog(DeskSession &session, QWidget *parent = nullptr,
                           const std::optional<Server::Sip2Account> &existing = std::nullopt);
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
    QCheckBox *m_dataWithoutPin;
    QCheckBox *m_ownBranchOnly;
    QCheckBox *m_mayBlock;
    QCheckBox *m_mayTakePayments;
    MessageBar *m_message;
    std::optional<Server::Sip2Account> m_existing;
};

} // namespace Aksara::Desk
