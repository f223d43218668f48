#include "reports/ReportsWindow.h"

#include "reports/BoardPage.h"
#include "reports/ChangesPage.h"
#include "reports/CirculationPage.h"
#include "reports/IncidentsPage.h"
#include "reports/LiveBoard.h"
#include "reports/MonthlyReportPage.h"
#include "reports/ProblemsPage.h"
#include "reports/ServiceLevelsPage.h"
#include "reports/TrendsPage.h"
#include "reports/Widgets.h"
#include "service/ServiceCatalogue.h"
#include "shell/LoginDialog.h"
#include "shell/ServiceNames.h"
#include "shell/LanguageMenu.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

ReportsWindow::ReportsWindow(ServiceCore &core, QString station, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_station(std::move(station))
    , m_library(new QLabel(this))
    , m_logo(new QLabel(this))
    , m_user(new QLabel(this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Aksara — service management and reports"));
    m_user->setObjectName(QStringLiteral("userLabel"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_stack->setObjectName(QStringLiteral("screenStack"));

    // Header: the library, the window's purpose, who is signed in.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    header->setStyleSheet(QStringLiteral("#header { background: %1; } #header QLabel { color: white; }").arg(Palette::accent().name()));
    auto *title = new QLabel(tr("Service management"), header);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_library->setObjectName(QStringLiteral("libraryLabel"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 8, 16, 8);
    m_logo->setObjectName(QStringLiteral("logoLabel"));
    m_logo->hide();
    headerLayout->addWidget(m_logo);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(title);
    titles->addWidget(m_library);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_user);
    headerLayout->addSpacing(8);
    auto *language = new QPushButton(tr("Language"), header);
    language->setObjectName(QStringLiteral("languageButton"));
    language->setMenu(new Shell::LanguageMenu(language));
    headerLayout->addWidget(language);
    headerLayout->addSpacing(4);
    headerLayout->addWidget(m_signOut);
    connect(m_signOut, &QPushButton::clicked, this, &ReportsWindow::signOut);

    // Navigation.
    const QStringList screens{tr("Live board"), tr("Incidents"),     tr("Problems"),       tr("Changes"),
                              tr("Service levels"), tr("Month by month"), tr("Circulation"), tr("Monthly report")};
    m_nav->addItems(screens);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: #eef2f3; padding-top: 8px; } "
                                        "QListWidget::item { padding: 9px 14px; color: #263238; border-left: 4px solid transparent; } "
                                        "QListWidget::item:selected { background: white; color: %1; border-left: 4px solid %1; "
                                        "font-weight: bold; }")
                             .arg(Palette::accent().name()));
    int navWidth = 0;
    for (const QString &s : screens)
        navWidth = std::max(navWidth, m_nav->fontMetrics().horizontalAdvance(s));
    m_nav->setFixedWidth(navWidth + 60);

    m_board = new BoardPage(core, this);
    m_incidents = new IncidentsPage(core, this);
    m_problems = new ProblemsPage(core, this);
    m_changes = new ChangesPage(core, this);
    m_levels = new ServiceLevelsPage(core, this);
    m_trends = new TrendsPage(core, this);
    m_circulation = new CirculationPage(core, this);
    m_monthly = new MonthlyReportPage(core, this);
    for (Page *p : pages()) {
        p->layout()->setContentsMargins(16, 12, 16, 12);
        m_stack->addWidget(p);
    }

    // Before anybody signs in.
    m_signedOut = new QWidget(this);
    m_signedOut->setObjectName(QStringLiteral("signedOutPage"));
    auto *prompt = new QLabel(tr("Sign in as a supervisor to see the live board, incidents, service levels and reports."), m_signedOut);
    prompt->setWordWrap(true);
    prompt->setAlignment(Qt::AlignCenter);
    auto *signInButton = new QPushButton(tr("Sign in…"), m_signedOut);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(signInButton, &QPushButton::clicked, this, &ReportsWindow::signIn);
    m_signInMessage = new MessageBar(m_signedOut);
    m_signInMessage->setObjectName(QStringLiteral("signInMessageLabel"));
    auto *signedOutLayout = new QVBoxLayout(m_signedOut);
    signedOutLayout->addStretch(1);
    signedOutLayout->addWidget(prompt);
    signedOutLayout->addWidget(m_signInMessage, 0, Qt::AlignCenter);
    signedOutLayout->addWidget(signInButton, 0, Qt::AlignCenter);
    signedOutLayout->addStretch(2);
    m_stack->addWidget(m_signedOut);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_session.signedIn() || row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (row != Board) // the board refreshes itself when shown
            pages()[row]->refresh();
    });
    const auto openIncident = [this](qint64 id) {
        showScreen(Incidents);
        m_incidents->showIncident(id);
    };
    connect(m_board, &BoardPage::incidentActivated, this, openIncident);
    connect(m_board, &BoardPage::changeActivated, this, [this](qint64 id) {
        showScreen(Changes);
        m_changes->showChange(id);
    });
    connect(m_problems, &ProblemsPage::incidentActivated, this, openIncident);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    signOut();
}

QList<Page *> ReportsWindow::pages() const
{
    return {m_board, m_incidents, m_problems, m_changes, m_levels, m_trends, m_circulation, m_monthly};
}

void ReportsWindow::signIn()
{
    if (m_login)
        return;
    m_login = new Shell::LoginDialog(m_core, Channel::Desk, m_station, tr("Sign in to the reports window"), this);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        Shell::LoginDialog *dialog = m_login;
        m_login = nullptr;
        if (result != QDialog::Accepted) {
            if (!m_session.signedIn())
                emit signInCancelled();
            return;
        }
        if (!startSession(dialog->caller(), dialog->account().username))
            signIn();
    });
    m_login->open();
}

bool ReportsWindow::startSession(const Caller &caller, const QString &username)
{
    if (!caller.can(Rights::ReportView)) {
        m_signInMessage->showError(tr("%1 may not open the reports window: it is for supervisors and administrators.").arg(username));
        return false;
    }
    Session s;
    s.caller = caller;
    s.username = username;
    auto info = libraryInfo(m_core, caller);
    if (!info.ok()) {
        m_signInMessage->showError(info.error().message);
        return false;
    }
    s.libraryName = info->name;
    s.zone = info->zone;
    ServiceManagement::ServiceCatalogue catalogue(m_core);
    auto services = catalogue.list(caller);
    if (!services.ok()) {
        m_signInMessage->showError(services.error().message);
        return false;
    }
    for (const auto &e : std::as_const(*services))
        s.services.append({e.code, Shell::serviceName(e.code, e.name)});
    m_session = s;
    m_signInMessage->clearMessage();
    m_library->setText(s.libraryName.isEmpty() ? tr("Aksara library") : s.libraryName);
    QPixmap logo;
    if (!info->logo.isEmpty() && logo.loadFromData(info->logo)) {
        const int h = m_library->fontMetrics().height() * 2 + 4;
        m_logo->setPixmap(logo.scaledToHeight(h, Qt::SmoothTransformation));
        m_logo->show();
    } else {
        m_logo->hide();
    }
    m_user->setText(tr("Signed in as %1").arg(username));
    m_user->show();
    m_signOut->show();
    m_nav->setEnabled(true);
    for (Page *p : pages())
        p->setSession(s);
    m_nav->setCurrentRow(-1);
    showScreen(Board);
    return true;
}

void ReportsWindow::signOut()
{
    m_session = Session{};
    for (Page *p : pages())
        p->setSession(m_session);
    m_user->hide();
    m_signOut->hide();
    m_library->setText(tr("Aksara library"));
    m_logo->hide();
    m_nav->setEnabled(false);
    {
        QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(-1);
    }
    m_stack->setCurrentWidget(m_signedOut);
}

void ReportsWindow::showScreen(Screen screen)
{
    if (!m_session.signedIn())
        return;
    if (m_nav->currentRow() == int(screen)) {
        pages()[screen]->refresh();
        return;
    }
    m_nav->setCurrentRow(int(screen));
}

ReportsWindow::Screen ReportsWindow::currentScreen() const
{
    return Screen(std::max(0, m_stack->currentIndex()));
}

} // namespace Aksara::Reports
