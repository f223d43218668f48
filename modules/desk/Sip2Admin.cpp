#include "desk/Sip2Admin.h"

#include "desk/MessageBar.h"

#include <QCheckBox>
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

Sip2Admin::Sip2Admin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_table(adminTable(QStringLiteral("sip2Table"),
                         {tr("Login"), tr("Institution (AO)"), tr("Branch"), tr("Patron PIN"), tr("Also allowed"), tr("State")},
                         this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_enable(new QPushButton(tr("&Enable"), this))
    , m_disable(new QPushButton(tr("&Disable…"), this))
{
    m_message->setObjectName(QStringLiteral("sip2Message"));
    auto *intro = new QLabel(tr("Self-check machines and other systems that speak SIP2 to aksara-server sign in with "
                                "one of these accounts. They may lend, return, renew and place holds, never "
                                "override a rule; a patron's data is sent only after the patron's PIN. Blocking "
                                "cards and taking payments are off unless granted."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addSip2Button"));
    m_edit->setObjectName(QStringLiteral("editSip2Button"));
    m_enable->setObjectName(QStringLiteral("enableSip2Button"));
    m_disable->setObjectName(QStringLiteral("disableSip2Button"));
    connect(add, &QPushButton::clicked, this, &Sip2Admin::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &Sip2Admin::editSelected);
    connect(m_enable, &QPushButton::clicked, this, &Sip2Admin::enableSelected);
    connect(m_disable, &QPushButton::clicked, this, &Sip2Admin::disableSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &Sip2Admin::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addSpacing(12);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_disable);
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

void Sip2Admin::refresh()
{
    const auto before = selected();
    auto r = Server::Sip2Accounts(m_session.core).list(m_session.caller);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The SIP2 accounts could not be read"));
        return;
    }
    m_accounts = *r;
    m_table->setRowCount(int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Server::Sip2Account &a = m_accounts.at(i);
        QStringList allowed;
        if (a.patronDataWithoutPin)
            allowed << tr("patron data without PIN");
        if (a.ownBranchOnly)
            allowed << tr("own branch's items only");
        if (a.mayBlockPatrons)
            allowed << tr("block cards");
        if (a.mayTakePayments)
            allowed << tr("take payments");
        const QStringList cells{a.login,
                                a.institution,
                                branchText(m_session.library, a.branchCode, tr("any branch")),
                                a.requirePatronPassword ? tr("required") : tr("not asked"),
                                allowed.isEmpty() ? tr("nothing more") : allowed.join(QStringLiteral(", ")),
                                a.enabled ? tr("enabled") : tr("disabled")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!a.enabled)
                item->setForeground(QColor(0x70, 0x70, 0x70));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!before || !select(before->login))
        m_table->clearSelection();
    updateButtons();
}

bool Sip2Admin::select(const QString &login)
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).login == login) {
            m_table->selectRow(i);
            m_table->setCurrentCell(i, 0);
            return true;
        }
    }
    return false;
}

std::optional<Server::Sip2Account> Sip2Admin::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_accounts.at(row);
}

void Sip2Admin::updateButtons()
{
    const auto a = selected();
    m_edit->setEnabled(a.has_value());
    m_enable->setEnabled(a && !a->enabled);
    m_disable->setEnabled(a && a->enabled);
}

void Sip2Admin::addAccount()
{
    auto *dialog = new AddSip2Dialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSip2Dialog::created, this, [this](const Server::Sip2Account &a, const QString &generated) {
        refresh();
        select(a.login);
        m_message->setMessage(MessageBar::Kind::Success, tr("SIP2 account \"%1\" created").arg(a.login),
                              {tr("Set the same login and password in the machine's SIP2 settings.")});
        if (!generated.isEmpty()) {
            auto *once = new ShownOnceDialog(tr("Password of SIP2 account %1").arg(a.login),
                                             tr("Enter this password in the self-check machine's SIP2 settings (the "
                                                "login message, CO)."),
                                             generated, this);
            once->setAttribute(Qt::WA_DeleteOnClose);
            once->open();
        }
    });
    dialog->open();
}

void Sip2Admin::editSelected()
{
    const auto a = selected();
    if (!a)
        return;
    auto *dialog = new AddSip2Dialog(m_session, this, a);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSip2Dialog::created, this, [this](const Server::Sip2Account &changed, const QString &) {
        refresh();
        select(changed.login);
        m_message->setMessage(MessageBar::Kind::Success, tr("SIP2 account \"%1\" changed").arg(changed.login),
                              {tr("The machine works with the new settings from its next login.")});
    });
    dialog->open();
}

void Sip2Admin::enableSelected()
{
    const auto a = selected();
    if (!a)
        return;
    if (Status st = Server::Sip2Accounts(m_session.core).setEnabled(m_session.caller, a->login, true); !st.ok()) {
        m_message->setError(st.error(), tr("\"%1\" was not enabled").arg(a->login));
        return;
    }
    refresh();
    select(a->login);
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" may sign in again.").arg(a->login));
}

void Sip2Admin::disableSelected()
{
    const auto a = selected();
    if (!a)
        return;
    if (!confirm(this, tr("Disable a SIP2 account"),
                 tr("Disable \"%1\"? The machines that use it can no longer sign in to lend or return until it is "
                    "enabled again.")
                     .arg(a->login),
                 tr("Disable")))
        return;
    if (Status st = Server::Sip2Accounts(m_session.core).setEnabled(m_session.caller, a->login, false); !st.ok()) {
        m_message->setError(st.error(), tr("\"%1\" was not disabled").arg(a->login));
        return;
    }
    refresh();
    select(a->login);
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" is disabled.").arg(a->login));
}

AddSip2Dialog::AddSip2Dialog(DeskSession &session, QWidget *parent, const std::optional<Server::Sip2Account> &existing)
    : QDialog(parent)
    , m_session(session)
    , m_login(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_branch(new QComboBox(this))
    , m_requirePin(new QCheckBox(tr("Patrons must give their &PIN for everything"), this))
    , m_dataWithoutPin(new QCheckBox(tr("Show a card's own patron data &without its PIN"), this))
    , m_ownBranchOnly(new QCheckBox(tr("Lend and renew only this branch's ite&ms"), this))
    , m_mayBlock(new QCheckBox(tr("May bl&ock cards (SIP2 01)"), this))
    , m_mayTakePayments(new QCheckBox(tr("May take pa&yments (SIP2 37)"), this))
    , m_message(new MessageBar(this))
    , m_existing(existing)
{
    setObjectName(existing ? QStringLiteral("editSip2Dialog") : QStringLiteral("addSip2Dialog"));
    setWindowTitle(existing ? tr("SIP2 account %1").arg(existing->login) : tr("New SIP2 account"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("e.g. selfcheck-1 (the machine's CN)"));
    row = m_errors.addRow(grid, row, QStringLiteral("login"), tr("&Login"), m_login);
    if (existing) {
        m_login->setText(existing->login);
        m_login->setReadOnly(true);
    } else {
        m_passwordFields.addTo(grid, row, m_errors, this);
    }
    m_institution->setObjectName(QStringLiteral("institutionEdit"));
    m_institution->setPlaceholderText(tr("the institution id the machine sends (AO)"));
    row = m_errors.addRow(grid, row, QStringLiteral("institution"), tr("&Institution (AO)"), m_institution);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    fillBranches(m_branch, session.library, tr("Any branch"), session.branchCode);
    row = m_errors.addRow(grid, row, QStringLiteral("branch"), tr("&Branch"), m_branch);
    m_requirePin->setObjectName(QStringLiteral("requirePinCheck"));
    m_requirePin->setChecked(true);
    m_requirePin->setToolTip(tr("The machine refuses patrons who give no PIN; without it a card alone is enough to "
                                "borrow."));
    grid->addWidget(m_requirePin, row++, 1);
    m_dataWithoutPin->setObjectName(QStringLiteral("dataWithoutPinCheck"));
    m_dataWithoutPin->setToolTip(tr("Only for a machine staff watch over: it is told the name, contacts, loans and "
                                    "fees of the card it reads, without the patron's PIN."));
    grid->addWidget(m_dataWithoutPin, row++, 1);
    m_ownBranchOnly->setObjectName(QStringLiteral("ownBranchOnlyCheck"));
    grid->addWidget(m_ownBranchOnly, row++, 1);
    m_mayBlock->setObjectName(QStringLiteral("mayBlockCheck"));
    grid->addWidget(m_mayBlock, row++, 1);
    m_mayTakePayments->setObjectName(QStringLiteral("mayTakePaymentsCheck"));
    grid->addWidget(m_mayTakePayments, row++, 1);
    if (existing) {
        m_institution->setText(existing->institution);
        const int at = m_branch->findData(existing->branchCode);
        m_branch->setCurrentIndex(at >= 0 ? at : 0);
        m_requirePin->setChecked(existing->requirePatronPassword);
        m_dataWithoutPin->setChecked(existing->patronDataWithoutPin);
        m_ownBranchOnly->setChecked(existing->ownBranchOnly);
        m_mayBlock->setChecked(existing->mayBlockPatrons);
        m_mayTakePayments->setChecked(existing->mayTakePayments);
    }
    m_errors.route(QStringLiteral("sip2.no_institution"), QStringLiteral("institution"));
    m_errors.route(QStringLiteral("sip2.own_branch_needs_branch"), QStringLiteral("branch"));
    m_errors.route(QStringLiteral("sip2.bad_login_name"), QStringLiteral("login"));
    m_errors.route(QStringLiteral("sip2.login_taken"), QStringLiteral("login"));
    m_errors.route(QStringLiteral("sip2.weak_password"), QStringLiteral("password"));
    m_errors.route(QStringLiteral("sip2.unknown_branch"), QStringLiteral("branch"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton *ok = buttons->addButton(existing ? tr("Save") : tr("Create the account"), QDialogButtonBox::ActionRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &AddSip2Dialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    if (existing)
        m_institution->setFocus();
    else
        m_login->setFocus();
}

void AddSip2Dialog::submit()
{
    m_errors.clear();
    m_message->clear();
    const QString password = m_existing ? QString() : m_passwordFields.take(m_errors);
    if (m_institution->text().trimmed().isEmpty())
        m_errors.set(QStringLiteral("institution"), tr("Give the institution id the machine sends (AO)."));
    if (!m_errors.text(QStringLiteral("repeat")).isEmpty() || !m_errors.text(QStringLiteral("institution")).isEmpty())
        return;
    Server::Sip2AccountSettings s;
    s.institution = m_institution->text().trimmed();
    s.branchCode = m_branch->currentData().toString();
    s.requirePatronPassword = m_requirePin->isChecked();
    s.patronDataWithoutPin = m_dataWithoutPin->isChecked();
    s.ownBranchOnly = m_ownBranchOnly->isChecked();
    s.mayBlockPatrons = m_mayBlock->isChecked();
    s.mayTakePayments = m_mayTakePayments->isChecked();
    Server::Sip2Accounts accounts(m_session.core);
    auto r = m_existing ? accounts.update(m_session.caller, m_existing->login, s)
                        : accounts.create(m_session.caller, m_login->text().trimmed(), password, s);
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message,
                                       m_existing ? tr("The account was not changed") : tr("The account was not created")))
            w->setFocus();
        return;
    }
    emit created(*r, !m_existing && m_passwordFields.generated() ? password : QString());
    accept();
}

} // namespace Aksara::Desk
