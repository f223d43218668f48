#include "desk/DeskWindow.h"

#include "desk/AdminPage.h"
#include "desk/CardDialog.h"
#include "desk/CataloguePage.h"
#include "desk/CirculationPage.h"
#include "desk/HoldsPage.h"
#include "desk/MessageBar.h"
#include "desk/PatronsPage.h"
#include "desk/ProblemDialog.h"
#include "desk/StatusStrip.h"

#include "shell/ServiceStatusView.h"
#include "core/StaffDirectory.h"
#include "shell/LanguageMenu.h"
#include "shell/LoginDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

DeskWindow::DeskWindow(DeskSession &session, Shell::StationBeacon *beacon, const Caller &statusCaller, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_circulation(new CirculationPage(session, this))
    , m_patrons(new PatronsPage(session, this))
    , m_catalogue(new CataloguePage(session, this))
    , m_holds(new HoldsPage(session, this))
    , m_strip(new StatusStrip(session.core, statusCaller, beacon, deskServices(), this))
{
    setObjectName(QStringLiteral("deskWindow"));
    const QString library = session.library.name.isEmpty() ? tr("Library") : session.library.name;
    setWindowTitle(tr("Aksara — front desk — %1").arg(library));

    // A header: where and who.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("deskHeader"));
    header->setStyleSheet(QStringLiteral("QWidget#deskHeader { background: #0b5563; } QLabel { color: white; }"));
    auto *title = new QLabel(QStringLiteral("<b style='font-size:13pt'>%1</b>").arg(library.toHtmlEscaped()), header);
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("staffLabel"));
    showWho();
    auto *problem = new QPushButton(tr("Report a problem  F12"), header);
    problem->setObjectName(QStringLiteral("reportProblemButton"));
    problem->setFocusPolicy(Qt::NoFocus);
    problem->setStyleSheet(QStringLiteral("QPushButton { color: white; background: transparent; border: 1px solid "
                                          "rgba(255,255,255,0.6); border-radius: 4px; padding: 3px 10px; } "
                                          "QPushButton:hover { background: rgba(255,255,255,0.15); }"));
    connect(problem, &QPushButton::clicked, this, &DeskWindow::reportProblem);
    auto *hl = new QHBoxLayout(header);
    hl->setContentsMargins(12, 6, 12, 6);
    hl->addWidget(title);
    hl->addStretch(1);
    hl->addWidget(m_who);
    hl->addSpacing(12);
    hl->addWidget(problem);

    m_tabs->setObjectName(QStringLiteral("deskTabs"));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_circulation, tr("Circulation"));
    m_tabs->addTab(m_patrons, tr("Members"));
    m_tabs->addTab(m_catalogue, tr("Catalogue"));
    m_tabs->addTab(m_holds, tr("Holds"));
    auto *services = new Shell::ServiceStatusView(session.core, statusCaller, this);
    m_tabs->addTab(services, tr("Services"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, services](int) {
        QWidget *w = m_tabs->currentWidget();
        if (w == m_holds)
            m_holds->refreshShelf();
        else if (w == services)
            services->refresh();
        if (w)
            w->setFocus();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_strip, 1);
    statusBar()->setSizeGripEnabled(false);

    // Menus, for the mouse and to show the keys.
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    desk->addAction(tr("Circulation"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &DeskWindow::showCirculation);
    desk->addAction(tr("Find a member"), QKeySequence(Qt::Key_F4), this, &DeskWindow::findPatron);
    desk->addAction(tr("Register a new member…"), QKeySequence(Qt::CTRL | Qt::Key_N), this, &DeskWindow::registerPatron);
    desk->addAction(tr("Search the catalogue"), QKeySequence(Qt::Key_F7), this, &DeskWindow::searchCatalogue);
    desk->addAction(tr("Holds"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { m_tabs->setCurrentWidget(m_holds); });
    desk->addAction(tr("Services"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                    [this, services] { m_tabs->setCurrentWidget(services); });
    m_adminAction = desk->addAction(tr("Administration"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                                    &DeskWindow::showAdministration);
    desk->addSeparator();
    desk->addMenu(new Shell::LanguageMenu(this));
    desk->addAction(tr("Sign out (change staff)…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &DeskWindow::signOut);
    desk->addSeparator();
    desk->addAction(tr("Quit"), QKeySequence::Quit, this, &QWidget::close);
    if (m_catalogue->canCatalogue()) {
        // Cataloguing, for staff with catalogue.edit: each action opens the catalogue tab first.
        QMenu *cat = menuBar()->addMenu(tr("&Cataloguing"));
        cat->setObjectName(QStringLiteral("cataloguingMenu"));
        auto onCatalogue = [this](void (CataloguePage::*slot)()) {
            return [this, slot] {
                m_tabs->setCurrentWidget(m_catalogue);
                (m_catalogue->*slot)();
            };
        };
        cat->addAction(tr("New record…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, onCatalogue(&CataloguePage::newRecord));
        cat->addAction(tr("New record in MARC…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                       onCatalogue(&CataloguePage::newMarcRecord));
        cat->addAction(tr("Copy cataloguing (SRU)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                       onCatalogue(&CataloguePage::copyCataloguing));
        cat->addSeparator();
        cat->addAction(tr("Edit MARC of the title shown…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                       onCatalogue(&CataloguePage::editMarc));
        cat->addAction(tr("Add a copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, onCatalogue(&CataloguePage::addCopy));
        cat->addAction(tr("Edit the copy…"), this, onCatalogue(&CataloguePage::editCopy));
        cat->addAction(tr("Withdraw the copy…"), this, onCatalogue(&CataloguePage::withdrawCopy));
        cat->addAction(tr("Labels…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, onCatalogue(&CataloguePage::printLabels));
        cat->addSeparator();
        cat->addAction(tr("Import MARC…"), this, onCatalogue(&CataloguePage::importMarc));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Report a problem…"), QKeySequence(Qt::Key_F12), this, &DeskWindow::reportProblem);
    help->addAction(tr("Keyboard shortcuts"), QKeySequence::HelpContents, this, &DeskWindow::showShortcuts);

    connect(m_circulation, &CirculationPage::operationFailed, m_strip, &StatusStrip::markFailed);
    connect(m_circulation, &CirculationPage::patronOpened, m_catalogue, &CataloguePage::setPatron);
    connect(m_circulation, &CirculationPage::patronClosed, m_catalogue, [this] { m_catalogue->setPatron({}, {}); });
    connect(m_catalogue, &CataloguePage::holdPlaced, m_circulation, &CirculationPage::refreshPatron);
    connect(m_patrons, &PatronsPage::openPatron, this, [this](const QString &card) {
        showCirculation();
        m_circulation->openPatron(card);
    });
    connect(m_patrons, &PatronsPage::registered, this, [this](const Circulation::Patron &p, bool showCard) {
        showCirculation();
        m_circulation->openPatron(p.cardNumber);
        m_circulation->messageBar()->setMessage(MessageBar::Kind::Success,
                                                tr("Registered: %1, card %2").arg(p.name, p.cardNumber));
        if (showCard)
            m_circulation->printCard();
    });
    setUpAdministration();
    resize(1100, 720);
    showCirculation();
}

void DeskWindow::setUpAdministration()
{
    if (m_admin) {
        m_tabs->removeTab(m_tabs->indexOf(m_admin));
        delete m_admin;
        m_admin = nullptr;
    }
    const bool administrator = m_session.caller.can(Rights::SystemAdmin);
    m_adminAction->setVisible(administrator);
    m_adminAction->setEnabled(administrator);
    if (!administrator)
        return;
    m_admin = new AdminPage(m_session, this);
    m_tabs->addTab(m_admin, tr("Administration"));
}

void DeskWindow::showAdministration()
{
    if (!m_admin)
        return;
    m_tabs->setCurrentWidget(m_admin);
    m_admin->focusSections();
}

void DeskWindow::showCirculation()
{
    m_tabs->setCurrentWidget(m_circulation);
    m_circulation->focusScan();
}

void DeskWindow::findPatron()
{
    m_tabs->setCurrentWidget(m_patrons);
    m_patrons->focusSearch();
}

void DeskWindow::searchCatalogue()
{
    m_tabs->setCurrentWidget(m_catalogue);
    m_catalogue->focusSearch();
}

void DeskWindow::registerPatron()
{
    m_tabs->setCurrentWidget(m_patrons);
    m_patrons->registerPatron();
}

void DeskWindow::reportProblem()
{
    auto *dialog = new ProblemDialog(m_session, deskServices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showCirculation();
        m_circulation->messageBar()->setMessage(
            MessageBar::Kind::Success, tr("Problem reported: incident No. %1").arg(dialog->incidentId()),
            {tr("The service desk has it. You can go on working; the status strip shows the services' health.")});
    });
    dialog->open();
}

void DeskWindow::showShortcuts()
{
    QStringList rows{
        tr("Enter — scan: a card opens the member, an item is lent (or returned in check-in mode)"),
        tr("F2 — check out (lend)      F3 — check in (returns)"),
        tr("Esc — end the member (or cancel an override)"),
        tr("F5 — renew the selected loan      Shift+F5 — renew all"),
        tr("F6 — place a hold      F8 — override reason      F9 — take a payment"),
        tr("Ctrl+P — print the slip      Ctrl+Shift+E — edit the member      Ctrl+Shift+K — membership card"),
        tr("F4 — find a member      F7 — search the catalogue      Ctrl+N — register a member"),
        tr("F12 — report a problem"),
    };
    if (m_catalogue->canCatalogue())
        rows << tr("Ctrl+Shift+R — new record      Ctrl+Shift+N — new record in MARC      Ctrl+Shift+S — copy cataloguing")
             << tr("Ctrl+Shift+M — edit the MARC of the title shown      Ctrl+Shift+A — add a copy      Ctrl+Shift+L — labels");
    if (m_admin)
        rows << tr("Ctrl+6 — administration");
    QMessageBox::information(this, tr("Keyboard shortcuts"), rows.join(QLatin1Char('\n')));
}

void DeskWindow::showWho()
{
    QString where = m_session.staffName;
    if (const BranchInfo *b = m_session.library.branch(m_session.branchCode))
        where = tr("%1 · %2").arg(b->name, m_session.staffName);
    m_who->setText(where);
}

void DeskWindow::signOut()
{
    m_circulation->endPatron();
    m_catalogue->setPatron({}, {});
    hide();
    Shell::LoginDialog login(m_session.core, Channel::Desk, m_session.caller.station, windowTitle());
    if (login.exec() != QDialog::Accepted) {
        close();
        return;
    }
    const StaffAccount &account = login.account();
    m_session.caller = StaffDirectory::callerFor(account, Channel::Desk, m_session.caller.station);
    m_session.staffName = account.displayName.isEmpty() ? account.username
                                                        : QStringLiteral("%1 (%2)").arg(account.displayName, account.username);
    showWho();
    setUpAdministration();
    show();
    showCirculation();
}

} // namespace Aksara::Desk
