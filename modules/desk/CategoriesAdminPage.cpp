#include "desk/CategoriesAdminPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace Aksara::Desk {

namespace {
QString ages(const Library::CategoryInfo &c)
{
    if (c.minAge < 0 && c.maxAge < 0)
        return CategoriesAdminPage::tr("any");
    if (c.maxAge < 0)
        return CategoriesAdminPage::tr("%1 and over").arg(c.minAge);
    if (c.minAge < 0)
        return CategoriesAdminPage::tr("up to %1").arg(c.maxAge);
    return CategoriesAdminPage::tr("%1 to %2").arg(c.minAge).arg(c.maxAge);
}
} // namespace

CategoriesAdminPage::CategoriesAdminPage(DeskSession &session, QWidget *parent)
    : StructureListPage(session, QStringLiteral("categoriesTable"),
                        {tr("Code"), tr("Name"), tr("Months"), tr("Enrolment"), tr("Debt limit"), tr("Ages"), tr("NIK"),
                         tr("State"), tr("Members")},
                        parent)
    , m_fields(new CategoryFields(this))
{
    setObjectName(QStringLiteral("categoriesAdminPage"));
    layOut(QStringLiteral("categoryFormTitle"),
           {.newEntry = {QStringLiteral("newCategoryButton"), tr("&New category")},
            .save = {QStringLiteral("saveCategoryButton"), tr("&Save")},
            .retire = {QStringLiteral("retireCategoryButton"), tr("&Retire…")},
            .reactivate = {QStringLiteral("reactivateCategoryButton"), tr("&Use again")}},
           m_fields);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CategoriesAdminPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &CategoriesAdminPage::newCategory);
    connect(m_save, &QPushButton::clicked, this, &CategoriesAdminPage::save);
    connect(m_fields, &CategoryFields::submitted, this, &CategoriesAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &CategoriesAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &CategoriesAdminPage::reactivateSelected);
    newCategory();
}

QString CategoriesAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

void CategoriesAdminPage::refresh()
{
    m_loaded = true;
    const QString keep = selectedCode();
    auto list = Library::Administration(m_session.core).categories(m_session.caller);
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The patron categories could not be read"));
        return;
    }
    m_categories = *list;
    QList<Row> rows;
    for (const Library::CategoryInfo &c : std::as_const(m_categories))
        rows << Row{{c.code, c.name, QLocale().toString(c.membershipMonths), Format::money(c.enrolmentFee),
                     Format::money(c.debtLimit), ages(c), c.nikRequired ? tr("required") : tr("not required"),
                     c.active ? tr("in use") : tr("retired"), QLocale().toString(c.patrons)},
                    c.active};
    fillTable(rows, {2, 3, 4, 8});
    if (keep.isEmpty() || !reselect(keep)) {
        if (!m_fields->isNew())
            newCategory();
    } else if (m_fields->hasEdits()) {
        showState(*selected()); // what is typed and not saved yet stays
    } else {
        showSelected();
    }
}

void CategoriesAdminPage::showSelected()
{
    const Library::CategoryInfo *c = selected();
    if (!c)
        return;
    m_fields->setCategory(c);
    showState(*c);
}

void CategoriesAdminPage::showState(const Library::CategoryInfo &c)
{
    showEntry(c.active ? tr("Category %1").arg(c.code) : tr("Category %1 (retired)").arg(c.code), c.active);
}

void CategoriesAdminPage::newCategory()
{
    showNew(tr("New patron category"), tr("&Add category"));
    m_fields->setCategory(nullptr);
    m_message->clear();
    m_fields->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setFocus();
}

void CategoriesAdminPage::save()
{
    m_fields->errors().clear();
    m_message->clear();
    Library::Administration admin(m_session.core);
    const bool adding = m_fields->isNew();
    Result<Library::CategoryInfo> r = Error::failed(QString(), QString());
    if (adding) {
        r = admin.addCategory(m_session.caller, m_fields->input());
    } else {
        const Library::CategoryInput c = m_fields->changes();
        if (!c.name && !c.membershipMonths && !c.enrolmentFee && !c.debtLimit && !c.minAge && !c.maxAge && !c.nikRequired) {
            m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
            return;
        }
        r = admin.editCategory(m_session.caller, c);
    }
    if (!r.ok()) {
        showRefusal(adding ? tr("The category was not added") : tr("The category was not saved"), m_fields->errors(), r.error());
        return;
    }
    const QString code = r->code;
    m_fields->setCategory(&*r); // the form compares with what is saved now
    afterChange(code, adding ? tr("Category %1 added.").arg(code) : tr("Category %1 saved.").arg(code));
}

void CategoriesAdminPage::setActive(QString code, bool active)
{
    auto r = Library::Administration(m_session.core).setCategoryActive(m_session.caller, code, active);
    if (!r.ok()) {
        m_message->setError(r.error(), active ? tr("The category was not put back in use") : tr("The category was not retired"));
        return;
    }
    afterChange(code, active ? tr("Category %1 is in use again.").arg(code)
                             : tr("Category %1 is retired; its members keep it.").arg(code));
}

void CategoriesAdminPage::retireSelected()
{
    const Library::CategoryInfo *c = selected();
    if (!c || !c->active)
        return;
    m_message->clear();
    const QString code = c->code;
    confirm(QStringLiteral("confirmRetireBox"), tr("Retire category %1").arg(code),
            tr("New members can no longer be given the category %1 (%2). The members who have it now keep it (%3).")
                .arg(c->name, code, QLocale().toString(c->patrons)),
            tr("Retire"), [this, code] { setActive(code, false); });
}

void CategoriesAdminPage::reactivateSelected()
{
    const Library::CategoryInfo *c = selected();
    if (!c || c->active)
        return;
    m_message->clear();
    setActive(c->code, true);
}

} // namespace Aksara::Desk
