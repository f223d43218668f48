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
    : StructurePage(session, parent)
    , m_branch(new QComboBox(this))
    , m_table(newTable(QStringLiteral("locationsTable"), {tr("Code"), tr("Name"), tr("State"), tr("Copies")}, this))
    , m_formTitle(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_retire(new QPushButton(tr("&Retire…"), this))
    , m_reactivate(new QPushButton(tr("&Use again"), this))
{
    setObjectName(QStringLiteral("locationsAdminPage"));
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    m_branch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.clear();
        m_message->clear();
        refreshLocations();
        newLocation();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LocationsAdminPage::showSelected);
    auto *add = new QPushButton(tr("&New location"), this);
    add->setObjectName(QStringLiteral("newLocationButton"));
    connect(add, &QPushButton::clicked, this, &LocationsAdminPage::newLocation);

    auto *branchRow = new QHBoxLayout;
    auto *branchLabel = new QLabel(tr("Branch"), this);
    branchLabel->setBuddy(m_branch);
    branchRow->addWidget(branchLabel);
    branchRow->addWidget(m_branch);
    branchRow->addStretch(1);
    QLabel *branchError = m_errors.addField(QStringLiteral("branch"), m_branch);

    m_formTitle->setObjectName(QStringLiteral("locationFormTitle"));
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    m_code->setMaxLength(64);
    m_code->setPlaceholderText(tr("e.g. REF, as written on copies"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("e.g. Reference room"));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(3);
    int row = m_errors.addRow(grid, 0, QStringLiteral("code"), tr("Code"), m_code);
    m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    m_save->setObjectName(QStringLiteral("saveLocationButton"));
    m_retire->setObjectName(QStringLiteral("retireLocationButton"));
    m_reactivate->setObjectName(QStringLiteral("reactivateLocationButton"));
    connect(m_save, &QPushButton::clicked, this, &LocationsAdminPage::save);
    connect(m_code, &QLineEdit::returnPressed, this, &LocationsAdminPage::save);
    connect(m_name, &QLineEdit::returnPressed, this, &LocationsAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &LocationsAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &LocationsAdminPage::reactivateSelected);

    auto *left = new QVBoxLayout;
    left->addLayout(branchRow);
    left->addWidget(branchError);
    left->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_formTitle);
    right->addLayout(grid);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_retire);
    formButtons->addWidget(m_reactivate);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    right->addLayout(formButtons);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addSpacing(12);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
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

const Library::LocationInfo *LocationsAdminPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return nullptr;
    const QString code = m_table->item(row, 0)->text();
    for (const Library::LocationInfo &l : m_locations)
        if (l.code == code)
            return &l;
    return nullptr;
}

bool LocationsAdminPage::select(const QString &code)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == code) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
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
    const Library::LocationInfo *current = selected();
    const QString keep = current ? current->code : QString();
    m_locations.clear();
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(0);
    if (branch().isEmpty())
        return;
    auto list = Library::Administration(m_session.core).locations(m_session.caller, branch());
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The shelving locations could not be read"));
        return;
    }
    m_locations = *list;
    m_table->setRowCount(int(m_locations.size()));
    for (int row = 0; row < m_locations.size(); ++row) {
        const Library::LocationInfo &l = m_locations.at(row);
        const QStringList cells{l.code, l.name, l.active ? tr("in use") : tr("retired"), QLocale().toString(l.items)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!l.active)
                item->setForeground(QColor(0x7a, 0x7a, 0x7a));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty() && select(keep)) {
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
    m_formTitle->setText(l.active ? tr("Location %1").arg(l.code) : tr("Location %1 (retired)").arg(l.code));
    m_retire->setEnabled(l.active);
    m_reactivate->setEnabled(!l.active);
    m_save->setText(tr("&Save"));
}

void LocationsAdminPage::newLocation()
{
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_current.reset();
    m_errors.clear();
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    m_formTitle->setText(tr("New shelving location"));
    m_retire->setEnabled(false);
    m_reactivate->setEnabled(false);
    m_save->setText(tr("&Add location"));
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
        const QStringList others = m_errors.show(r.error());
        showRefusal(adding ? tr("The location was not added") : tr("The location was not saved"), others);
        if (QWidget *w = m_errors.firstWidget())
            w->setFocus();
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
