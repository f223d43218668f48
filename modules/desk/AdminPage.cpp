#include "desk/AdminPage.h"

#include "desk/BranchesAdminPage.h"
#include "desk/CalendarsAdmin.h"
#include "desk/CategoriesAdminPage.h"
#include "desk/ItemTypesAdminPage.h"
#include "desk/LibraryAdminPage.h"
#include "desk/LocationsAdminPage.h"
#include "desk/MigrateAdmin.h"
#include "desk/RulesAdmin.h"
#include "desk/SettingsAdminPage.h"
#include "desk/Sip2Admin.h"
#include "desk/StaffAdmin.h"
#include "desk/StationsAdmin.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

AdminPage::AdminPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("adminPage"));
    m_list->setObjectName(QStringLiteral("adminSectionList"));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 6px; }"));
    m_stack->setObjectName(QStringLiteral("adminStack"));
    m_title->setObjectName(QStringLiteral("adminSectionTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #0b5563;"));

    // The sections, in the order an administrator sets a library up.
    addSection(QStringLiteral("library"), tr("The library"), [this] { return new LibraryAdminPage(m_session, this); });
    addSection(QStringLiteral("branches"), tr("Branches"), [this] { return new BranchesAdminPage(m_session, this); });
    addSection(QStringLiteral("categories"), tr("Patron categories"), [this] { return new CategoriesAdminPage(m_session, this); });
    addSection(QStringLiteral("itemTypes"), tr("Item types"), [this] { return new ItemTypesAdminPage(m_session, this); });
    addSection(QStringLiteral("locations"), tr("Shelving locations"), [this] { return new LocationsAdminPage(m_session, this); });
    addSection(QStringLiteral("settings"), tr("Settings"), [this] { return new SettingsAdminPage(m_session, this); });
    addSection(QStringLiteral("staff"), tr("Staff accounts"), [this] { return new StaffAdmin(m_session, this); });
    addSection(QStringLiteral("rules"), tr("Loan rules"), [this] { return new RulesAdmin(m_session, this); });
    addSection(QStringLiteral("calendars"), tr("Calendars and holidays"), [this] { return new CalendarsAdmin(m_session, this); });
    addSection(QStringLiteral("stations"), tr("Stations"), [this] { return new StationsAdmin(m_session, this); });
    addSection(QStringLiteral("sip2"), tr("SIP2 accounts"), [this] { return new Sip2Admin(m_session, this); });
    addSection(QStringLiteral("migrate"), tr("Import from the old system"), [this] { return new MigrateAdmin(m_session, this); });

    connect(m_list, &QListWidget::currentRowChanged, this, &AdminPage::select);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_title);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);
    int width = 0;
    for (int i = 0; i < m_list->count(); ++i)
        width = std::max(width, m_list->fontMetrics().horizontalAdvance(m_list->item(i)->text()));
    m_list->setFixedWidth(width + 40);
    setFocusProxy(m_list);
    // The first section is made when the area is first shown (refresh), not with the window.
}

void AdminPage::addSection(const QString &key, const QString &title, std::function<AdminSection *()> make)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, key);
    m_keys << key;
    m_makers << std::move(make);
    m_pages << nullptr;
}

void AdminPage::select(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    if (!m_pages[row]) {
        AdminSection *page = m_makers[row]();
        page->setObjectName(m_keys[row] + QStringLiteral("AdminPage"));
        m_stack->addWidget(page);
        m_pages[row] = page;
    } else {
        m_pages[row]->refresh();
    }
    m_title->setText(m_list->item(row)->text());
    m_stack->setCurrentWidget(m_pages[row]);
}

AdminSection *AdminPage::showSection(const QString &key)
{
    const int row = int(m_keys.indexOf(key));
    if (row < 0)
        return nullptr;
    if (m_list->currentRow() == row)
        select(row);
    else
        m_list->setCurrentRow(row);
    return m_pages[row];
}

AdminSection *AdminPage::currentSection() const
{
    return qobject_cast<AdminSection *>(m_stack->currentWidget());
}

void AdminPage::refresh()
{
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0); // makes the first section, which reads its data
    else if (AdminSection *s = currentSection())
        s->refresh();
}

void AdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void AdminPage::focusSections()
{
    m_list->setFocus();
}

} // namespace Aksara::Desk
