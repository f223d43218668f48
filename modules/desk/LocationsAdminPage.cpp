#include "desk/LocationsAdminPage.h"

#include "desk/MessageBar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

LocationsAdminPage::LocationsAdminPage(DeskSession &session, QWidget *parent)
    : StructureListPage(session, QStringLiteral("locationsTable"), {tr("Code"), tr("Name"), tr("State"), tr("Copies")}, parent)
    , m_branch(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("locationsAdminPage"));
    setTabOrder(m_branch, m_table); // the branch first, then its locations
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    m_branch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.clear();
        m_message->clear();
        refreshLocations();
        newLocation();
    });

    auto *branchRow = new QHBoxLayout;
    auto *branchLabel = new QLabel(tr("Branch"), this);
    branchLabel->setBuddy(m_branch);
    branchRow->addWidget(branchLabel);
    branchRow->addWidget(m_branch);
    branchRow->addStretch(1);
    auto *aboveList = new QVBoxLayout;
    aboveList->addLayout(branchRow);
    aboveList->addWidget(m_errors.addField(QStringLiteral("branch"), m_branch));

    m_code->setMaxLength(64);
    m_code->setPlaceholderText(tr("e.g. REF, as written on copies"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("e.g. Reference room"));
    auto *form = new QWidget(this);
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(3);
    const int row = m_errors.addRow(grid, 0, QStringLiteral("code"), tr("Code"), m_code);
    m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    layOut(QStringLiteral("locationFormTitle"),
           {.newEntry = {QStringLiteral("newLocationButton"), tr("&New location")},
            .save = {QStringLiteral("saveLocationButton"), tr("&Save")},
            .retire = {QStringLiteral("retireLocationButton"), tr("&Retire…")},
            .reactivate = {QStringLiteral("reactivateLocationButton"), tr("&Use again")}},
           form, nullptr, aboveList);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LocationsAdminPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &LocationsAdminPage::newLocation);
    connect(m_save, &QPushButton::clicked, this, &LocationsAdminPage::save);
    connect(m_code, &QLineEdit::returnPressed, this, &LocationsAdminPage::save);
    connect(m_name, &QLineEdit::returnPressed, this, &LocationsAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &LocationsAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &LocationsAdminPage::reactivateSelected);
    newLocation();
}

QString LocationsAdminPage::branch() const
{
    return m_branch->currentData().toString();
}

bool LocationsAdminPage::selectBranch(const QString &code)
{
    const int i = m_branch->findData(code);
    if (i < 0)
        return false;
    m_branch->setCurrentIndex(i);
    return true;
}

void LocationsAdminPage::refresh()
{
    m_loaded = true;
    auto branches = Library::Administration(m_session.core).branches(m_session.caller);
    if (!branches.ok()) {
        m_message->setError(branches.error(), tr("The branches could not be read"));
        return;
    }
    QString keep = branch();
    if (keep.isEmpty())
        keep = m_session.branchCode.isEmpty() ? m_session.library.defaultBranch : m_session.branchCode;
    {
        const QSignalBlocker block(m_branch);
        m_branch->clear();
        for (const Library::BranchInfo &b : std::as_const(*branches))
            m_branch->addItem(b.closed ? tr("%1 (%2, closed)").arg(b.name, b.code) : QStringLiteral("%1 (%2)").arg(b.name, b.code),
                              b.code);
        const int i = m_branch->findData(keep);
        m_branch->setCurrentIndex(i >= 0 ? i : 0);
    }
    refreshLocations();
}

void LocationsAdminPage::refreshLocations()
{
    const QString keep = selectedCode();
    m_locations.clear();
    {
        const QSignalBlocker block(m_table);
        m_table->clearContents();
        m_table->setRowCount(0);
    }
    if (branch().isEmpty())
        return;
    auto list = Library::Administration(m_session.core).locations(m_session.caller, branch());
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The shelving locations could not be read"));
        return;
    }
    m_locations = *list;
    QList<Row> rows;
    for (const Library::LocationInfo &l : std::as_const(m_locations))
        rows << Row{{l.code, l.name, l.active ? tr("in use") : tr("retired"), QLocale().toString(l.items)}, l.active};
    fillTable(rows, {3});
    if (!keep.isEmpty() && reselect(keep)) {
        const bool edited = m_current && m_name->text().trimmed() != m_current->name;
        if (edited)
            showState(*selected()); // what is typed and not saved yet stays
        else
            showSelected();
    }
}

void LocationsAdminPage::showSelected()
{
    const Library::LocationInfo *l = selected();
    if (!l)
        return;
    m_current = *l;
    m_errors.clear();
    m_code->setText(l->code);
    m_code->setReadOnly(true);
    m_name->setText(l->name);
    showState(*l);
}

void LocationsAdminPage::showState(const Library::LocationInfo &l)
{
    showEntry(l.active ? tr("Location %1").arg(l.code) : tr("Location %1 (retired)").arg(l.code), l.active);
}

void LocationsAdminPage::newLocation()
{
    showNew(tr("New shelving location"), tr("&Add location"));
    m_current.reset();
    m_errors.clear();
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    m_code->setFocus();
}

void LocationsAdminPage::save()
{
    m_errors.clear();
    m_message->clear();
    Library::Administration admin(m_session.core);
    const bool adding = !m_current.has_value();
    Library::LocationInput in;
    in.branch = branch();
    in.code = adding ? m_code->text().trimmed() : m_current->code;
    in.name = m_name->text().trimmed();
    if (!adding && *in.name == m_current->name) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
        return;
    }
    auto r = adding ? admin.addLocation(m_session.caller, in) : admin.editLocation(m_session.caller, in);
    if (!r.ok()) {
        showRefusal(adding ? tr("The location was not added") : tr("The location was not saved"), m_errors, r.error());
        return;
    }
    const QString code = r->code;
    m_current = *r; // the form compares with what is saved now
    refreshLocations();
    select(code);
    showSelected();
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success,
                          adding ? tr("Location %1 added.").arg(code) : tr("Location %1 saved.").arg(code));
}

void LocationsAdminPage::setActive(QString code, bool active)
{
    auto r = Library::Administration(m_session.core).setLocationActive(m_session.caller, branch(), code, active);
    if (!r.ok()) {
        m_message->setError(r.error(), active ? tr("The location was not put back in use") : tr("The location was not retired"));
        return;
    }
    refreshLocations();
    select(code);
    showSelected();
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success, active ? tr("Location %1 is in use again.").arg(code)
                                                            : tr("Location %1 is retired; its copies keep it.").arg(code));
}

void LocationsAdminPage::retireSelected()
{
    const Library::LocationInfo *l = selected();
    if (!l || !l->active)
        return;
    m_message->clear();
    const QString code = l->code;
    confirm(QStringLiteral("confirmRetireBox"), tr("Retire location %1").arg(code),
            tr("New copies can no longer be shelved at %1 (%2). The copies there now keep it (%3).")
                .arg(l->name, code, QLocale().toString(l->items)),
            tr("Retire"), [this, code] { setActive(code, false); });
}

void LocationsAdminPage::reactivateSelected()
{
    const Library::LocationInfo *l = selected();
    if (!l || l->active)
        return;
    m_message->clear();
    setActive(l->code, true);
}

} // namespace Aksara::Desk
