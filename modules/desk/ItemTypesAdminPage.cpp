#include "desk/ItemTypesAdminPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace Aksara::Desk {

ItemTypesAdminPage::ItemTypesAdminPage(DeskSession &session, QWidget *parent)
    : StructureListPage(session, QStringLiteral("itemTypesTable"),
                        {tr("Code"), tr("Name"), tr("Lent"), tr("Default price"), tr("State"), tr("Copies")}, parent)
    , m_fields(new ItemTypeFields(this))
{
    setObjectName(QStringLiteral("itemTypesAdminPage"));
    layOut(QStringLiteral("itemTypeFormTitle"),
           {.newEntry = {QStringLiteral("newItemTypeButton"), tr("&New item type")},
            .save = {QStringLiteral("saveItemTypeButton"), tr("&Save")},
            .retire = {QStringLiteral("retireItemTypeButton"), tr("&Retire…")},
            .reactivate = {QStringLiteral("reactivateItemTypeButton"), tr("&Use again")}},
           m_fields);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ItemTypesAdminPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &ItemTypesAdminPage::newItemType);
    connect(m_save, &QPushButton::clicked, this, &ItemTypesAdminPage::save);
    connect(m_fields, &ItemTypeFields::submitted, this, &ItemTypesAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &ItemTypesAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &ItemTypesAdminPage::reactivateSelected);
    newItemType();
}

QString ItemTypesAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

void ItemTypesAdminPage::refresh()
{
    m_loaded = true;
    const QString keep = selectedCode();
    auto list = Library::Administration(m_session.core).itemTypes(m_session.caller);
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The item types could not be read"));
        return;
    }
    m_types = *list;
    QList<Row> rows;
    for (const Library::ItemTypeInfo &t : std::as_const(m_types))
        rows << Row{{t.code, t.name, t.loanable ? tr("yes") : tr("no (library use only)"),
                     t.defaultPrice > 0 ? Format::money(t.defaultPrice) : tr("none"), t.active ? tr("in use") : tr("retired"),
                     QLocale().toString(t.items)},
                    t.active};
    fillTable(rows, {3, 5});
    if (keep.isEmpty() || !reselect(keep)) {
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
    showEntry(t.active ? tr("Item type %1").arg(t.code) : tr("Item type %1 (retired)").arg(t.code), t.active);
}

void ItemTypesAdminPage::newItemType()
{
    showNew(tr("&New item type"), tr("&Add item type"));
    m_fields->setItemType(nullptr);
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
        showRefusal(adding ? tr("The item type was not added") : tr("The item type was not saved"), m_fields->errors(),
                    r.error());
        return;
    }
    const QString code = r->code;
    m_fields->setItemType(&*r); // the form compares with what is saved now
    afterChange(code, adding ? tr("Item type %1 added.").arg(code) : tr("Item type %1 saved.").arg(code));
}

void ItemTypesAdminPage::setActive(QString code, bool active)
{
    auto r = Library::Administration(m_session.core).setItemTypeActive(m_session.caller, code, active);
    if (!r.ok()) {
        m_message->setError(r.error(), active ? tr("The item type was not put back in use") : tr("The item type was not retired"));
        return;
    }
    afterChange(code, active ? tr("Item type %1 is in use again.").arg(code)
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
