#include "desk/StaffAdmin.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
void fillRoles(QComboBox *combo, Role current)
{
    for (Role r : {Role::Librarian, Role::Supervisor, Role::Admin, Role::Kiosk})
        combo->addItem(StaffAdmin::roleText(r), roleName(r));
    combo->setCurrentIndex(combo->findData(roleName(current)));
}

// The OK button of a form's button box, named `submitButton`.
QPushButton *formButtons(QDialog *dialog, QVBoxLayout *layout, const QString &text)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Cancel)->setText(StaffAdmin::tr("Cancel"));
    QPushButton *ok = buttons->addButton(text, QDialogButtonBox::ActionRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    ok->setAutoDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return ok;
}
} // namespace

QString StaffAdmin::roleText(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Librarian: return tr("Librarian");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Kiosk: return tr("Kiosk");
    }
    return {};
}

StaffAdmin::StaffAdmin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_table(adminTable(QStringLiteral("staffTable"),
                         {tr("User name"), tr("Name"), tr("Role"), tr("Branch"), tr("State"), tr("Last sign-in")}, this))
    , m_edit(new QPushButton(tr("&Role and branch…"), this))
    , m_password(new QPushButton(tr("Reset &password…"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_disable(new QPushButton(tr("&Disable…"), this))
    , m_enable(new QPushButton(tr("&Enable"), this))
{
    m_message->setObjectName(QStringLiteral("staffMessage"));
    auto *intro = new QLabel(tr("Who may sign in at the desks, kiosks and the command line, and with which role. "
                                "Five wrong passwords in a row lock an account until it is unlocked here."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    m_edit->setObjectName(QStringLiteral("editStaffButton"));
    m_password->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_disable->setObjectName(QStringLiteral("disableStaffButton"));
    m_enable->setObjectName(QStringLiteral("enableStaffButton"));
    connect(add, &QPushButton::clicked, this, &StaffAdmin::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &StaffAdmin::editSelected);
    connect(m_password, &QPushButton::clicked, this, &StaffAdmin::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &StaffAdmin::unlockSelected);
    connect(m_disable, &QPushButton::clicked, this, &StaffAdmin::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &StaffAdmin::enableSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffAdmin::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StaffAdmin::editSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addSpacing(12);
    for (QPushButton *b : {m_edit, m_password, m_unlock, m_disable, m_enable})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    refresh();
}

void StaffAdmin::refresh()
{
    const std::optional<StaffAccount> before = selected();
    StaffDirectory staff(m_session.core);
    auto r = staff.list(m_session.caller);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The staff accounts could not be read"));
        return;
    }
    m_accounts = *r;
    m_table->setRowCount(int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const StaffAccount &a = m_accounts.at(i);
        const QString state = !a.active ? tr("disabled") : a.locked ? tr("locked") : tr("active");
        const QStringList cells{a.username,
                                a.displayName,
                                roleText(a.role),
                                Desk::branchText(m_session.library, a.branchCode, QStringLiteral("—")),
                                state,
                                a.lastLoginAt ? Format::dateTime(a.lastLoginAt) : tr("never")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 4 && (a.locked || !a.active))
                item->setForeground(a.locked && a.active ? QColor(0xb0, 0x00, 0x20) : QColor(0x70, 0x70, 0x70));
            if (!a.active)
                item->setForeground(QColor(0x70, 0x70, 0x70));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!before || !select(before->username))
        m_table->clearSelection();
    updateButtons();
}

bool StaffAdmin::select(const QString &username)
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).username == username) {
            m_table->selectRow(i);
            m_table->setCurrentCell(i, 0);
            return true;
        }
    }
    return false;
}

std::optional<StaffAccount> StaffAdmin::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_accounts.at(row);
}

void StaffAdmin::updateButtons()
{
    const auto a = selected();
    m_edit->setEnabled(a.has_value());
    m_password->setEnabled(a.has_value());
    m_unlock->setEnabled(a && a->locked);
    m_disable->setEnabled(a && a->active);
    m_enable->setEnabled(a && !a->active);
}

void StaffAdmin::addAccount()
{
    auto *dialog = new AddStaffDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddStaffDialog::created, this, [this](const StaffAccount &a, const QString &generated) {
        refresh();
        select(a.username);
        m_message->setMessage(MessageBar::Kind::Success, tr("Account \"%1\" created: %2").arg(a.username, roleText(a.role)));
        if (!generated.isEmpty()) {
            auto *once = new ShownOnceDialog(tr("Password of %1").arg(a.username),
                                             tr("Give this password to %1 in person. They can change it after signing in.")
                                                 .arg(a.displayName),
                                             generated, this);
            once->setAttribute(Qt::WA_DeleteOnClose);
            once->open();
        }
    });
    dialog->open();
}

void StaffAdmin::editSelected()
{
    const auto a = selected();
    if (!a)
        return;
    auto *dialog = new StaffRoleDialog(m_session, *a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffRoleDialog::changed, this, [this, username = a->username] {
        refresh();
        select(username);
        if (const auto now = selected())
            m_message->setMessage(MessageBar::Kind::Success,
                                  tr("\"%1\" is now %2, branch %3")
                                      .arg(username, roleText(now->role),
                                           Desk::branchText(m_session.library, now->branchCode, tr("none"))));
    });
    dialog->open();
}

void StaffAdmin::resetPassword()
{
    const auto a = selected();
    if (!a)
        return;
    auto *dialog = new StaffPasswordDialog(m_session, a->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffPasswordDialog::changed, this, [this, account = *a](const QString &generated) {
        refresh();
        select(account.username);
        m_message->setMessage(MessageBar::Kind::Success, tr("New password set for \"%1\"").arg(account.username),
                              account.locked ? QStringList{tr("The account is unlocked as well.")} : QStringList{});
        if (!generated.isEmpty()) {
            auto *once = new ShownOnceDialog(tr("Password of %1").arg(account.username),
                                             tr("Give this password to %1 in person. They can change it after signing in.")
                                                 .arg(account.displayName),
                                             generated, this);
            once->setAttribute(Qt::WA_DeleteOnClose);
            once->open();
        }
    });
    dialog->open();
}

void StaffAdmin::unlockSelected()
{
    const auto a = selected();
    if (!a)
        return;
    StaffDirectory staff(m_session.core);
    if (Status st = staff.unlock(m_session.caller, a->username); !st.ok()) {
        m_message->setError(st.error(), tr("\"%1\" was not unlocked").arg(a->username));
        return;
    }
    refresh();
    select(a->username);
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" is unlocked; the password is unchanged.").arg(a->username));
}

void StaffAdmin::disableSelected()
{
    const auto a = selected();
    if (!a)
        return;
    const bool self = m_session.caller.actor == QStringLiteral("staff:") + a->username;
    QString text = tr("Disable the account \"%1\" (%2)? It can no longer sign in anywhere until it is enabled again; "
                      "its history stays.")
                       .arg(a->username, a->displayName);
    if (self)
        text += QLatin1Char('\n') + tr("This is your own account: you stay signed in here, but cannot sign in again.");
    if (!confirm(this, tr("Disable an account"), text, tr("Disable")))
        return;
    StaffDirectory staff(m_session.core);
    if (Status st = staff.setActive(m_session.caller, a->username, false); !st.ok()) {
        m_message->setError(st.error(), tr("\"%1\" was not disabled").arg(a->username));
        return;
    }
    refresh();
    select(a->username);
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" is disabled.").arg(a->username));
}

void StaffAdmin::enableSelected()
{
    const auto a = selected();
    if (!a)
        return;
    StaffDirectory staff(m_session.core);
    if (Status st = staff.setActive(m_session.caller, a->username, true); !st.ok()) {
        m_message->setError(st.error(), tr("\"%1\" was not enabled").arg(a->username));
        return;
    }
    refresh();
    select(a->username);
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" can sign in again.").arg(a->username));
}

// ---- add ---------------------------------------------------------------------------------------

AddStaffDialog::AddStaffDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("addStaffDialog"));
    setWindowTitle(tr("New staff account"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("e.g. siti.rahma — lower-case letters, digits, . _ -"));
    row = m_errors.addRow(grid, row, QStringLiteral("username"), tr("&User name"), m_username);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("as shown on slips and in the records"));
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("&Name"), m_name);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    fillRoles(m_role, Role::Librarian);
    row = m_errors.addRow(grid, row, QStringLiteral("role"), tr("&Role"), m_role);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    fillBranches(m_branch, session.library, tr("No branch of their own"), session.branchCode);
    row = m_errors.addRow(grid, row, QStringLiteral("branch"), tr("&Branch"), m_branch);
    m_passwordFields.addTo(grid, row, m_errors, this);
    m_errors.route(QStringLiteral("auth.bad_username"), QStringLiteral("username"));
    m_errors.route(QStringLiteral("auth.username_taken"), QStringLiteral("username"));
    m_errors.route(QStringLiteral("auth.weak_password"), QStringLiteral("password"));
    m_errors.route(QStringLiteral("auth.unknown_branch"), QStringLiteral("branch"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    QPushButton *ok = formButtons(this, layout, tr("Create the account"));
    connect(ok, &QPushButton::clicked, this, &AddStaffDialog::submit);
    setMinimumWidth(560);
    m_username->setFocus();
}

void AddStaffDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    const QString password = m_passwordFields.take(m_errors);
    if (password.isEmpty() && !m_errors.text(QStringLiteral("repeat")).isEmpty()) {
        findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setFocus();
        return;
    }
    Role role = Role::Librarian;
    parseRole(m_role->currentData().toString(), &role);
    StaffDirectory staff(m_session.core);
    auto r = staff.create(m_session.caller, m_username->text().trimmed(), m_name->text().trimmed(), role, password,
                          m_branch->currentData().toString());
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, tr("The account was not created")))
            w->setFocus();
        return;
    }
    emit created(*r, m_passwordFields.generated() ? password : QString());
    accept();
}

// ---- role and branch ---------------------------------------------------------------------------

StaffRoleDialog::StaffRoleDialog(DeskSession &session, const StaffAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_account(account)
    , m_role(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("staffRoleDialog"));
    setWindowTitle(tr("Role and branch of %1").arg(account.username));
    auto *head = new QLabel(QStringLiteral("<b>%1</b> (%2)").arg(account.displayName.toHtmlEscaped(), account.username.toHtmlEscaped()),
                            this);
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_role->setObjectName(QStringLiteral("roleCombo"));
    fillRoles(m_role, account.role);
    row = m_errors.addRow(grid, row, QStringLiteral("role"), tr("&Role"), m_role);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    fillBranches(m_branch, session.library, tr("No branch of their own"), account.branchCode);
    row = m_errors.addRow(grid, row, QStringLiteral("branch"), tr("&Branch"), m_branch);
    m_errors.route(QStringLiteral("auth.last_admin"), QStringLiteral("role"));
    m_errors.route(QStringLiteral("auth.unknown_branch"), QStringLiteral("branch"));
    auto *rights = new QLabel(tr("A librarian works the desk; a supervisor may also override, waive fees, edit loan "
                                 "rules and see the reports; an administrator may do everything, including this "
                                 "administration. A kiosk account is for self-service machines only."),
                              this);
    rights->setWordWrap(true);
    rights->setStyleSheet(QStringLiteral("color: #555;"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addLayout(grid);
    layout->addWidget(rights);
    layout->addStretch(1);
    layout->addWidget(m_message);
    QPushButton *ok = formButtons(this, layout, tr("Save"));
    connect(ok, &QPushButton::clicked, this, &StaffRoleDialog::submit);
    setMinimumWidth(520);
    m_role->setFocus();
}

void StaffRoleDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    StaffDirectory staff(m_session.core);
    Role role = m_account.role;
    parseRole(m_role->currentData().toString(), &role);
    const QString branch = m_branch->currentData().toString();
    bool changedSomething = false;
    QWidget *first = nullptr;
    if (branch != m_account.branchCode) {
        if (Status st = staff.setBranch(m_session.caller, m_account.username, branch); st.ok()) {
            m_account.branchCode = branch;
            changedSomething = true;
        } else {
            first = m_errors.show(st.error(), m_message, tr("Not saved"));
        }
    }
    if (role != m_account.role) {
        if (Status st = staff.setRole(m_session.caller, m_account.username, role); st.ok()) {
            m_account.role = role;
            changedSomething = true;
        } else if (QWidget *w = m_errors.show(st.error(), m_message, tr("Not saved")); !first) {
            first = w;
        }
    }
    if (changedSomething)
        emit changed();
    if (first) {
        first->setFocus();
        return;
    }
    accept();
}

// ---- password ----------------------------------------------------------------------------------

StaffPasswordDialog::StaffPasswordDialog(DeskSession &session, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(username)
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(username));
    auto *head = new QLabel(tr("A new password for <b>%1</b>. It replaces the old one at once and unlocks the account.")
                                .arg(username.toHtmlEscaped()),
                            this);
    head->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_passwordFields.addTo(grid, row, m_errors, this);
    m_errors.route(QStringLiteral("auth.weak_password"), QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    QPushButton *ok = formButtons(this, layout, tr("Set the password"));
    connect(ok, &QPushButton::clicked, this, &StaffPasswordDialog::submit);
    setMinimumWidth(520);
    findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setFocus();
}

void StaffPasswordDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    const QString password = m_passwordFields.take(m_errors);
    if (password.isEmpty() && !m_errors.text(QStringLiteral("repeat")).isEmpty())
        return;
    StaffDirectory staff(m_session.core);
    if (Status st = staff.setPassword(m_session.caller, m_username, password); !st.ok()) {
        if (QWidget *w = m_errors.show(st.error(), m_message, tr("The password was not changed")))
            w->setFocus();
        return;
    }
    emit changed(m_passwordFields.generated() ? password : QString());
    accept();
}

} // namespace Aksara::Desk
