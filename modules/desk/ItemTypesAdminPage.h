#pragma once

#include "desk/StructurePage.h"

#include "library/Administration.h"

namespace Aksara::Desk {

class ItemTypeFields;

// Item types: each with whether its copies are lent, the price a new copy gets when added without
// one, whether it is in use and how many copies it has; add one, edit one, retire one (after a
// confirmation: its copies keep it, new copies cannot get it) or use it again.
class ItemTypesAdminPage : public StructureListPage {
    Q_OBJECT
public:
    explicit ItemTypesAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Item types"); }
    ItemTypeFields *fields() const { return m_fields; }
    QString fieldError(const QString &field) const;

public slots:
    void refresh() override;
    void newItemType();
    void save();
    void retireSelected();
    void reactivateSelected();

private:
    const Library::ItemTypeInfo *selected() const { return byCode(m_types, selectedCode()); }
    void showSelected();
    // The title and the buttons for an entry, the form left as it is.
    void showState(const Library::ItemTypeInfo &entry);
    void setActive(QString code, bool active); // by value: the list it comes from is read again

    QList<Library::ItemTypeInfo> m_types;
    ItemTypeFields *m_fields;
};

} // namespace Aksara::Desk
