#include "desk/BranchesAdminPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include "circulation/Calendars.h"

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

BranchesAdminPage::BranchesAdminPage(DeskSession &session, QWidget *parent)
    : StructureListPage(session, QStringLiteral("branchesTable"),
                        {tr("Code"), tr("Name"), tr("Calendar"), tr("State"), tr("Members"), tr("Copies")}, parent)
    , m_closedNote(new QLabel(this))
    , m_fields(new BranchFields(this))
{
    setObjectName(QStringLiteral("branchesAdminPage"));
    m_closedNote->setObjectName(QStringLiteral("closedNote"));
    m_closedNote->setWordWrap(true);
    m_closedNote->setStyleSheet(QStringLiteral("color: #7a1010;"));
    m_closedNote->hide();
    layOut(QStringLiteral("branchFormTitle"),
           {.newEntry = {QStringLiteral("newBranchButton"), tr("&New branch")},
            .save = {QStringLiteral("saveBranchButton"), tr("&Save")},
            .retire = {QStringLiteral("closeBranchButton"), tr("&Close branch…")},
            .reactivate = {QStringLiteral("reopenBranchButton"), tr("Re&open branch")}},
           m_fields, m_closedNote);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BranchesAdminPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &BranchesAdminPage::newBranch);
    connect(m_save, &QPushButton::clicked, this, &BranchesAdminPage::save);
    connect(m_fields, &BranchFields::submitted, this, &BranchesAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &BranchesAdminPage::closeSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &BranchesAdminPage::reopenSelected);
    newBranch();
}

QString BranchesAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

void BranchesAdminPage::refresh()
{
    m_loaded = true;
    const QString keep = selectedCode();
    auto calendars = Circulation::Calendars(m_session.core).list(m_session.caller);
    if (calendars.ok())
        m_fields->setCalendars(*calendars);
    auto branches = Library::Administration(m_session.core).branches(m_session.caller);
    if (!branches.ok()) {
        m_message->setError(branches.error(), tr("The branches could not be read"));
        return;
    }
    m_branches = *branches;
    QList<Row> rows;
    for (const Library::BranchInfo &b : std::as_const(m_branches))
        rows << Row{{b.code, b.name,
                     b.calendar.isEmpty() || b.calendar == QLatin1String("library") ? tr("the library's") : b.calendar,
                     b.closed ? tr("closed since %1").arg(Format::dateOf(b.closedAt)) : tr("open"),
                     QLocale().toString(b.patrons), QLocale().toString(b.items)},
                    !b.closed};
    fillTable(rows, {4, 5});
    for (int row = 0; row < m_branches.size(); ++row)
        if (m_branches.at(row).closed)
            m_table->item(row, 3)->setToolTip(m_branches.at(row).closedReason);
    if (keep.isEmpty() || !reselect(keep)) {
        if (!m_fields->isNew())
            newBranch();
    } else if (m_fields->hasEdits()) {
        showState(*selected()); // what is typed and not saved yet stays
    } else {
        showSelected();
    }
}

void BranchesAdminPage::showSelected()
{
    const Library::BranchInfo *b = selected();
    if (!b)
        return;
    m_fields->setBranch(b);
    showState(*b);
}

void BranchesAdminPage::showState(const Library::BranchInfo &b)
{
    showEntry(tr("Branch %1").arg(b.code), !b.closed);
    m_closedNote->setVisible(b.closed);
    m_closedNote->setText(b.closed ? tr("Closed since %1: %2").arg(Format::dateOf(b.closedAt), b.closedReason) : QString());
}

void BranchesAdminPage::newBranch()
{
    showNew(tr("New branch"), tr("&Add branch"));
    m_fields->setBranch(nullptr);
    m_closedNote->hide();
    m_message->clear();
    m_fields->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setFocus();
}

void BranchesAdminPage::save()
{
    m_fields->errors().clear();
    m_message->clear();
    Library::Administration admin(m_session.core);
    const bool adding = m_fields->isNew();
    Result<Library::BranchInfo> r = Error::failed(QString(), QString());
    if (adding) {
        r = admin.addBranch(m_session.caller, m_fields->input());
    } else {
        const Library::BranchInput changes = m_fields->changes();
        if (!changes.name && !changes.address && !changes.phone && !changes.email && !changes.calendar) {
            m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
            return;
        }
        r = admin.editBranch(m_session.caller, changes);
    }
    if (!r.ok()) {
        showRefusal(adding ? tr("The branch was not added") : tr("The branch was not saved"), m_fields->errors(), r.error());
        return;
    }
    const QString code = r->code;
    m_fields->setBranch(&*r); // the form compares with what is saved now
    afterChange(code, adding ? tr("Branch %1 added.").arg(code) : tr("Branch %1 saved.").arg(code));
}

void BranchesAdminPage::closeSelected()
{
    const Library::BranchInfo *b = selected();
    if (!b || b->closed)
        return;
    m_message->clear();
    auto *dialog = new CloseBranchDialog(m_session, *b, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloseBranchDialog::closed, this, [this](const Library::BranchInfo &closed) {
        afterChange(closed.code, tr("Branch %1 is closed; its history is kept.").arg(closed.code));
    });
    dialog->open();
}

void BranchesAdminPage::reopenSelected()
{
    const Library::BranchInfo *b = selected();
    if (!b || !b->closed)
        return;
    m_message->clear();
    auto r = Library::Administration(m_session.core).reopenBranch(m_session.caller, b->code);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The branch was not reopened"));
        return;
    }
    afterChange(r->code, tr("Branch %1 is open again.").arg(r->code));
}

// --- closing -----------------------------------------------------------------------------------

CloseBranchDialog::CloseBranchDialog(DeskSession &session, const Library::BranchInfo &branch, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_branch(branch)
    , m_reason(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("closeBranchDialog"));
    setWindowTitle(tr("Close branch %1").arg(branch.code));
    auto *heading = new QLabel(tr("Close the branch %1 (%2)?").arg(branch.name.toHtmlEscaped(), branch.code), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    heading->setWordWrap(true);
    auto *text = new QLabel(tr("%1 (%2) will take no new members, copies or holds. Its members, copies and history are "
                               "kept, and it can be reopened later.")
                                .arg(branch.name, branch.code),
                            this);
    text->setWordWrap(true);
    auto *counts = new QLabel(tr("Members whose home branch it is: %1. Copies that belong to it: %2.")
                                  .arg(QLocale().toString(branch.patrons), QLocale().toString(branch.items)),
                              this);
    counts->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_reason->setPlaceholderText(tr("e.g. the building is being renovated"));
    m_reason->setMaxLength(300);
    m_errors.addRow(grid, 0, QStringLiteral("reason"), tr("Why does it close?"), m_reason);
    m_message->setObjectName(QStringLiteral("closeMessage"));
    m_message->clear();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("&Close the branch"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmCloseButton"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCloseButton"));
    close->setAutoDefault(false);
    cancel->setDefault(true);
    connect(close, &QPushButton::clicked, this, &CloseBranchDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(counts);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reason->setFocus();
}

void CloseBranchDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    auto r = Library::Administration(m_session.core).closeBranch(m_session.caller, m_branch.code, m_reason->text().trimmed());
    if (r.ok()) {
        emit closed(*r);
        accept();
        return;
    }
    // The reason's problems under it; the branch's own (the last open one, the default) above the
    // buttons, since there is nothing to correct in this dialog.
    QStringList others;
    for (const FieldErrorLabels::Reason &reason : FieldErrorLabels::reasons(r.error())) {
        if (reason.field == QLatin1String("reason"))
            m_errors.set(QStringLiteral("reason"), reason.message);
        else
            others << reason.message;
    }
    if (!others.isEmpty())
        m_message->setMessage(MessageBar::Kind::Error, tr("The branch was not closed"), others);
    m_reason->setFocus();
}

} // namespace Aksara::Desk
