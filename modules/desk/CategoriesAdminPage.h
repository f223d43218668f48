#pragma once

#include "desk/StructurePage.h"

#include "library/Administration.h"

namespace Aksara::Desk {

class CategoryFields;

// Patron categories: each with its membership period, enrolment fee, debt limit, age range, whether
// the NIK is required, whether it is in use and how many members it has; add one, edit one, retire
// one (after a confirmation: its members keep it, new members cannot get it) or use it again. The
// library's default category cannot be retired.
class CategoriesAdminPage : public StructureListPage {
    Q_OBJECT
public:
    explicit CategoriesAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Patron categories"); }
    CategoryFields *fields() const { return m_fields; }
    QString fieldError(const QString &field) const;

public slots:
    void refresh() override;
    void newCategory();
    void save();
    void retireSelected();
    void reactivateSelected();

private:
    const Library::CategoryInfo *selected() const { return byCode(m_categories, selectedCode()); }
    void showSelected();
    // The title and the buttons for an entry, the form left as it is.
    void showState(const Library::CategoryInfo &entry);
    void setActive(QString code, bool active); // by value: the list it comes from is read again

    QList<Library::CategoryInfo> m_categories;
    CategoryFields *m_fields;
};

} // namespace Aksara::Desk
