#include "desk/ItemTypesAdminPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

ItemTypesAdminPage::ItemTypesAdminPage(DeskSession &session, QWidget *parent)
    : StructurePage(session, parent)
    , m_table(newTable(QStringLiteral("itemTypesTable"),
                       {tr("Code"), tr("Name"), tr("Lent"), tr("Default price"), tr("State"), tr("Copies")}, this))
    , m_formTitle(new QLabel(this))
    , m_fields(new ItemTypeFields(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_retire(new QPushButton(tr("&Retire…"), this))
    , m_reactivate(new QPushButton(tr("&Use again"), this))
{
    setObjectName(QStringLiteral("itemTypesAdminPage"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ItemTypesAdminPage::showSelected);
    auto *add = new QPushButton(tr("&New item type"), this);
    add->setObjectName(QStringLiteral("newItemTypeButton"));
    connect(add, &QPushButton::clicked, this, &ItemTypesAdminPage::newItemType);
    m_formTitle->setObjectName(QStringLiteral("itemTypeFormTitle"));
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    m_save->setObjectName(QStringLiteral("saveItemTypeButton"));
    m_retire->setObjectName(QStringLiteral("retireItemTypeButton"));
    m_reactivate->setObjectName(QStringLiteral("reactivateItemTypeButton"));
    connect(m_save, &QPushButton::clicked, this, &ItemTypesAdminPage::save);
    connect(m_fields, &ItemTypeFields::submitted, this, &ItemTypesAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &ItemTypesAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &ItemTypesAdminPage::reactivateSelected);

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_formTitle);
    right->addWidget(m_fields);
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
    newItemType();
}

QString ItemTypesAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

const Library::ItemTypeInfo *ItemTypesAdminPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return nullptr;
    const QString code = m_table->item(row, 0)->text();
    for (const Library::ItemTypeInfo &t : m_types)
        if (t.code == code)
            return &t;
    return nullptr;
}

bool ItemTypesAdminPage::select(const QString &code)
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

void ItemTypesAdminPage::refresh()
{
    m_loaded = true;
    const Library::ItemTypeInfo *current = selected();
    const QString keep = current ? current->code : QString();
    auto list = Library::Administration(m_session.core).itemTypes(m_session.caller);
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The item types could not be read"));
        return;
    }
    m_types = *list;
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_types.size()));
    for (int row = 0; row < m_types.size(); ++row) {
        const Library::ItemTypeInfo &t = m_types.at(row);
        const QStringList cells{t.code,
                                t.name,
                                t.loanable ? tr("yes") : tr("no (library use only)"),
                                t.defaultPrice > 0 ? Format::money(t.defaultPrice) : tr("none"),
                                t.active ? tr("in use") : tr("retired"),
                                QLocale().toString(t.items)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 3 || col == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!t.active)
                item->setForeground(QColor(0x7a, 0x7a, 0x7a));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep.isEmpty() || !select(keep)) {
        if (!m_fields->isNew())
            newItemType();
    } else if (m_fields->hasEdits()) {
        showState(*selected()); // what is typed and not saved yet stays
    } else {
        showSelected();
    }
}

void ItemTypesAdminPage::showSelected()
{
    const Library::ItemTypeInfo *t = selected();
    if (!t)
        return;
    m_fields->setItemType(t);
    showState(*t);
}

void ItemTypesAdminPage::showState(const Library::ItemTypeInfo &t)
{
    m_formTitle->setText(t.active ? tr("Item type %1").arg(t.code) : tr("Item type %1 (retired)").arg(t.code));
    m_retire->setEnabled(t.active);
    m_reactivate->setEnabled(!t.active);
    m_save->setText(tr("&Save"));
}

void ItemTypesAdminPage::newItemType()
{
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_fields->setItemType(nullptr);
    m_formTitle->setText(tr("&New item type"));
    m_retire->setEnabled(false);
    m_reactivate->setEnabled(false);
    m_save->setText(tr("&Add item type"));
    m_message->clear();
    m_fields->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setFocus();
}

void ItemTypesAdminPage::save()
{
    m_fields->errors().clear();
    m_message->clear();
    Library::Administration admin(m_session.core);
    const bool adding = m_fields->isNew();
    Result<Library::ItemTypeInfo> r = Error::failed(QString(), QString());
    if (adding) {
        r = admin.addItemType(m_session.caller, m_fields->input());
    } else {
        const Library::ItemTypeInput t = m_fields->changes();
        if (!t.name && !t.loanable && !t.defaultPrice) {
            m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
            return;
        }
        r = admin.editItemType(m_session.caller, t);
    }
    if (!r.ok()) {
        const QStringList others = m_fields->errors().show(r.error());
        showRefusal(adding ? tr("The item type was not added") : tr("The item type was not saved"), others);
        if (QWidget *w = m_fields->errors().firstWidget())
            w->setFocus();
        return;
    }
    const QString code = r->code;
    m_fields->setItemType(&*r); // the form compares with what is saved now
    refresh();
    select(code);
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success,
                          adding ? tr("Item type %1 added.").arg(code) : tr("Item type %1 saved.").arg(code));
}

void ItemTypesAdminPage::setActive(QString code, bool active)
{
    auto r = Library::Administration(m_session.core).setItemTypeActive(m_session.caller, code, active);
    if (!r.ok()) {
        m_message->setError(r.error(), active ? tr("The item type was not put back in use") : tr("The item type was not retired"));
        return;
    }
    refresh();
    select(code);
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success,
                          active ? tr("Item type %1 is in use again.").arg(code)
                                 : tr("Item type %1 is retired; its copies keep it.").arg(code));
}

void ItemTypesAdminPage::retireSelected()
{
    const Library::ItemTypeInfo *t = selected();
    if (!t || !t->active)
        return;
    m_message->clear();
    const QString code = t->code;
    confirm(QStringLiteral("confirmRetireBox"), tr("Retire item type %1").arg(code),
            tr("New copies can no longer be given the item type %1 (%2). The copies that have it now keep it (%3).")
                .arg(t->name, code, QLocale().toString(t->items)),
            tr("Retire"), [this, code] { setActive(code, false); });
}

void ItemTypesAdminPage::reactivateSelected()
{
    const Library::ItemTypeInfo *t = selected();
    if (!t || t->active)
        return;
    m_message->clear();
    setActive(t->code, true);
}

} // namespace Aksara::Desk
