#include "desk/CategoriesAdminPage.h"

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
    : StructurePage(session, parent)
    , m_table(newTable(QStringLiteral("categoriesTable"),
                       {tr("Code"), tr("Name"), tr("Months"), tr("Enrolment"), tr("Debt limit"), tr("Ages"), tr("NIK"),
                        tr("State"), tr("Members")},
                       this))
    , m_formTitle(new QLabel(this))
    , m_fields(new CategoryFields(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_retire(new QPushButton(tr("&Retire…"), this))
    , m_reactivate(new QPushButton(tr("&Use again"), this))
{
    setObjectName(QStringLiteral("categoriesAdminPage"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CategoriesAdminPage::showSelected);
    auto *add = new QPushButton(tr("&New category"), this);
    add->setObjectName(QStringLiteral("newCategoryButton"));
    connect(add, &QPushButton::clicked, this, &CategoriesAdminPage::newCategory);
    m_formTitle->setObjectName(QStringLiteral("categoryFormTitle"));
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    m_save->setObjectName(QStringLiteral("saveCategoryButton"));
    m_retire->setObjectName(QStringLiteral("retireCategoryButton"));
    m_reactivate->setObjectName(QStringLiteral("reactivateCategoryButton"));
    connect(m_save, &QPushButton::clicked, this, &CategoriesAdminPage::save);
    connect(m_fields, &CategoryFields::submitted, this, &CategoriesAdminPage::save);
    connect(m_retire, &QPushButton::clicked, this, &CategoriesAdminPage::retireSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &CategoriesAdminPage::reactivateSelected);

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
    newCategory();
}

QString CategoriesAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

const Library::CategoryInfo *CategoriesAdminPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return nullptr;
    const QString code = m_table->item(row, 0)->text();
    for (const Library::CategoryInfo &c : m_categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

bool CategoriesAdminPage::select(const QString &code)
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

void CategoriesAdminPage::refresh()
{
    m_loaded = true;
    const Library::CategoryInfo *current = selected();
    const QString keep = current ? current->code : QString();
    auto list = Library::Administration(m_session.core).categories(m_session.caller);
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The patron categories could not be read"));
        return;
    }
    m_categories = *list;
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_categories.size()));
    for (int row = 0; row < m_categories.size(); ++row) {
        const Library::CategoryInfo &c = m_categories.at(row);
        const QStringList cells{c.code,
                                c.name,
                                QLocale().toString(c.membershipMonths),
                                Format::money(c.enrolmentFee),
                                Format::money(c.debtLimit),
                                ages(c),
                                c.nikRequired ? tr("required") : tr("not required"),
                                c.active ? tr("in use") : tr("retired"),
                                QLocale().toString(c.patrons)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 2 || col == 3 || col == 4 || col == 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!c.active)
                item->setForeground(QColor(0x7a, 0x7a, 0x7a));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep.isEmpty() || !select(keep)) {
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
    m_formTitle->setText(c.active ? tr("Category %1").arg(c.code) : tr("Category %1 (retired)").arg(c.code));
    m_retire->setEnabled(c.active);
    m_reactivate->setEnabled(!c.active);
    m_save->setText(tr("&Save"));
}

void CategoriesAdminPage::newCategory()
{
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_fields->setCategory(nullptr);
    m_formTitle->setText(tr("New patron category"));
    m_retire->setEnabled(false);
    m_reactivate->setEnabled(false);
    m_save->setText(tr("&Add category"));
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
        const QStringList others = m_fields->errors().show(r.error());
        showRefusal(adding ? tr("The category was not added") : tr("The category was not saved"), others);
        if (QWidget *w = m_fields->errors().firstWidget())
            w->setFocus();
        return;
    }
    const QString code = r->code;
    m_fields->setCategory(&*r); // the form compares with what is saved now
    refresh();
    select(code);
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success,
                          adding ? tr("Category %1 added.").arg(code) : tr("Category %1 saved.").arg(code));
}

void CategoriesAdminPage::setActive(QString code, bool active)
{
    auto r = Library::Administration(m_session.core).setCategoryActive(m_session.caller, code, active);
    if (!r.ok()) {
        m_message->setError(r.error(), active ? tr("The category was not put back in use") : tr("The category was not retired"));
        return;
    }
    refresh();
    select(code);
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success,
                          active ? tr("Category %1 is in use again.").arg(code)
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
