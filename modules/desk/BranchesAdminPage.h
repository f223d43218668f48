#pragma once

#include "desk/FieldErrorLabels.h"
#include "desk/StructurePage.h"

#include "library/Administration.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Aksara::Desk {

class BranchFields;

// The library's branches: every branch, open or closed (with why), with its calendar and how many
// members and copies belong to it; add one, edit one, close one (the reason asked for, which is
// also the confirmation), reopen one. A closed branch keeps its history and takes no new members,
// copies or holds; the module refuses to close the last open branch or the default one.
class BranchesAdminPage : public StructureListPage {
    Q_OBJECT
public:
    explicit BranchesAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Branches"); }
    BranchFields *fields() const { return m_fields; }
    QString fieldError(const QString &field) const;

public slots:
    void refresh() override;
    void newBranch();
    void save();
    void closeSelected();
    void reopenSelected();

private:
    const Library::BranchInfo *selected() const { return byCode(m_branches, selectedCode()); }
    void showSelected();
    // The title and the buttons for an entry, the form left as it is.
    void showState(const Library::BranchInfo &entry);

    QList<Library::BranchInfo> m_branches;
    QLabel *m_closedNote;
    BranchFields *m_fields;
};

// Closing a branch: why (kept with the branch and in its change record), and the confirmation.
// The dialog closes the branch itself and shows a refusal's reasons (the reason field, or the
// branch: the last open one, the library's default) without closing.
class CloseBranchDialog : public QDialog {
    Q_OBJECT
public:
    CloseBranchDialog(DeskSession &session, const Library::BranchInfo &branch, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void closed(const Aksara::Library::BranchInfo &branch);

private:
    void submit();

    DeskSession &m_session;
    Library::BranchInfo m_branch;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_reason;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
