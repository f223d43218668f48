#include "kiosk/KioskWindow.h"

#include "kiosk/KioskPages.h"
#include "kiosk/KioskStyle.h"

#include "shell/AppContext.h"
#include "shell/PlainTextPrint.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Aksara::Kiosk {

KioskWindow::KioskWindow(std::unique_ptr<KioskSession> session, Options options, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_options(options)
    , m_defaultLanguage(Shell::indonesianActive() ? QStringLiteral("id") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(Style::styleSheet());
    if (m_options.fullScreen) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        setWindowState(Qt::WindowFullScreen);
    }

    // Top bar: the library, the time, the language.
    m_topBar = new QFrame(this);
    m_topBar->setObjectName(QStringLiteral("topBar"));
    Style::setRole(m_topBar, "topbar");
    m_topBar->setFixedHeight(76);
    m_library = Style::label("library", m_topBar);
    m_library->setObjectName(QStringLiteral("libraryLabel"));
    m_library->setWordWrap(false);
    m_clock = Style::label("clock", m_topBar);
    m_clock->setObjectName(QStringLiteral("clockLabel"));
    m_clock->setWordWrap(false);
    m_language = new QPushButton(m_topBar);
    m_language->setObjectName(QStringLiteral("languageButton"));
    m_language->setFocusPolicy(Qt::NoFocus);
    Style::setRole(m_language, "topbar");
    m_logo = new QLabel(m_topBar);
    m_logo->setObjectName(QStringLiteral("logoLabel"));
    m_logo->hide();
    auto *top = new QHBoxLayout(m_topBar);
    top->setContentsMargins(40, 0, 40, 0);
    top->setSpacing(24);
    top->addWidget(m_logo);
    top->addWidget(m_library, 1);
    top->addWidget(m_clock);
    top->addWidget(m_language);

    // The banner: offline, or back online.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    Style::setRole(m_banner, "banner");
    m_bannerTitle = Style::label("banner-title", m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("offlineBannerTitle"));
    m_bannerText = Style::label("banner-text", m_banner);
    m_bannerText->setObjectName(QStringLiteral("offlineBannerText"));
    auto *bv = new QVBoxLayout(m_banner);
    bv->setContentsMargins(40, 12, 40, 12);
    bv->setSpacing(2);
    bv->addWidget(m_bannerTitle);
    bv->addWidget(m_bannerText);
    m_banner->hide();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    m_welcome = new WelcomePage(m_pages);
    m_identify = new IdentifyPage(m_pages);
    m_patron = new PatronPage(m_pages);
    m_returnPanel = new ReturnPanel;
    m_returnPage = new SimplePage(m_returnPanel, QStringLiteral("returnDoneButton"), m_pages);
    m_returnPage->setObjectName(QStringLiteral("returnPage"));
    m_searchPanel = new SearchPanel;
    m_searchPage = new SimplePage(m_searchPanel, QStringLiteral("searchDoneButton"), m_pages);
    m_searchPage->setObjectName(QStringLiteral("searchPage"));
    m_staffLogin = new StaffLoginPage(m_pages);
    m_staffPage = new StaffPage(m_pages);
    for (QWidget *p : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_identify), static_cast<QWidget *>(m_patron),
                       static_cast<QWidget *>(m_returnPage), static_cast<QWidget *>(m_searchPage),
                       static_cast<QWidget *>(m_staffLogin), static_cast<QWidget *>(m_staffPage)})
        m_pages->addWidget(p);

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(m_topBar);
    v->addWidget(m_banner);
    v->addWidget(m_pages, 1);

    // "Are you still there?" over everything.
    m_idle = new QFrame(this);
    m_idle->setObjectName(QStringLiteral("idleOverlay"));
    Style::setRole(m_idle, "overlay");
    auto *dialog = new QFrame(m_idle);
    Style::setRole(dialog, "dialog");
    dialog->setFixedWidth(720);
    m_idleTitle = Style::label("heading", dialog);
    m_idleTitle->setObjectName(QStringLiteral("idleTitle"));
    m_idleText = Style::label("subtitle", dialog);
    m_idleText->setObjectName(QStringLiteral("idleCountdownLabel"));
    m_idleContinue = new QPushButton(dialog);
    m_idleContinue->setObjectName(QStringLiteral("idleContinueButton"));
    m_idleContinue->setFocusPolicy(Qt::NoFocus);
    m_idleContinue->setMinimumHeight(76);
    Style::setRole(m_idleContinue, "primary");
    auto *dv = new QVBoxLayout(dialog);
    dv->setContentsMargins(44, 36, 44, 36);
    dv->setSpacing(18);
    dv->addWidget(m_idleTitle);
    dv->addWidget(m_idleText);
    dv->addWidget(m_idleContinue);
    auto *ov = new QVBoxLayout(m_idle);
    ov->addStretch(1);
    ov->addWidget(dialog, 0, Qt::AlignHCenter);
    ov->addStretch(1);
    m_idle->hide();

    // What people do.
    connect(m_language, &QPushButton::clicked, this, [this] {
        setLanguage(Shell::indonesianActive() ? QStringLiteral("en") : QStringLiteral("id"));
    });
    connect(m_welcome, &WelcomePage::cardEntered, this, &KioskWindow::onCard);
    connect(m_welcome, &WelcomePage::typeCardRequested, this, [this] {
        m_identify->start(QString());
        showPage(m_identify);
    });
    connect(m_welcome, &WelcomePage::returnRequested, this, [this] {
        m_returnPanel->reset();
        showPage(m_returnPage);
        m_returnPanel->focusScan();
    });
    connect(m_welcome, &WelcomePage::searchRequested, this, [this] {
        m_searchPanel->reset();
        showPage(m_searchPage);
        m_searchPanel->focusSearch();
    });
    connect(m_welcome, &WelcomePage::staffRequested, this, [this] {
        m_staffLogin->reset();
        showPage(m_staffLogin);
        m_staffLogin->focusUser();
    });
    connect(m_identify, &IdentifyPage::submitted, this, &KioskWindow::onSignIn);
    connect(m_identify, &IdentifyPage::cancelled, this, &KioskWindow::toWelcome);
    connect(m_patron, &PatronPage::finishRequested, this, &KioskWindow::toWelcome);
    connect(m_patron, &PatronPage::receiptRequested, this, &KioskWindow::printReceipt);
    connect(m_session.get(), &KioskSession::receiptChanged, m_patron, &PatronPage::setReceiptAvailable);
    connect(m_patron, &PatronPage::sectionChosen, this, [this](int section) {
        if (section == PatronPage::Loans || section == PatronPage::Holds || section == PatronPage::Fees)
            refreshAccount();
    });
    connect(m_patron->borrow(), &BorrowPanel::scanned, this, &KioskWindow::onBorrow);
    connect(m_patron->returns(), &ReturnPanel::scanned, this,
            [this](const QString &b) { onReturn(m_patron->returns(), b); });
    connect(m_patron->loans(), &AccountPanel::renewRequested, this, &KioskWindow::onRenew);
    connect(m_patron->loans(), &AccountPanel::renewAllRequested, this, &KioskWindow::onRenewAll);
    connect(m_patron->search(), &SearchPanel::searchRequested, this,
            [this](const QString &q) { onSearch(m_patron->search(), q); });
    connect(m_returnPanel, &ReturnPanel::scanned, this, [this](const QString &b) { onReturn(m_returnPanel, b); });
    connect(m_returnPage, &SimplePage::done, this, &KioskWindow::toWelcome);
    connect(m_searchPanel, &SearchPanel::searchRequested, this, [this](const QString &q) { onSearch(m_searchPanel, q); });
    connect(m_searchPage, &SimplePage::done, this, &KioskWindow::toWelcome);
    connect(m_staffLogin, &StaffLoginPage::submitted, this, &KioskWindow::onStaffSignIn);
    connect(m_staffLogin, &StaffLoginPage::cancelled, this, &KioskWindow::toWelcome);
    connect(m_staffPage, &StaffPage::resumeRequested, this, &KioskWindow::toWelcome);
    connect(m_staffPage, &StaffPage::replayRequested, this, [this] {
        const QList<ReplayLine> lines = m_session->replayNow();
        if (lines.isEmpty())
            m_staffPage->showMessage(m_session->online() ? tr("Nothing was waiting.") : m_session->link().problem(), !m_session->online());
        refreshStaff();
    });
    connect(m_staffPage, &StaffPage::offlineCheckoutToggled, this, [this](bool allowed) {
        if (!m_staff)
            return;
        Status st = m_session->setOfflineCheckout(*m_staff, allowed);
        if (st.ok())
            m_staffPage->showMessage(allowed ? tr("Borrowing while offline is now allowed at every kiosk.")
                                             : tr("Borrowing while offline is now switched off at every kiosk."),
                                     false);
        else
            m_staffPage->showMessage(st.error().message, true);
        refreshStaff();
    });
    connect(m_staffPage, &StaffPage::exitRequested, this, [this] {
        if (!m_staff)
            return;
        m_mayClose = true;
        emit exitRequested();
        close();
    });
    connect(m_idleContinue, &QPushButton::clicked, this, [this] { m_session->noteActivity(); });

    // What the session says.
    connect(m_session.get(), &KioskSession::onlineChanged, this, [this](bool) { updateLink(); });
    connect(m_session.get(), &KioskSession::settingsChanged, this, &KioskWindow::updateLink);
    connect(m_session.get(), &KioskSession::queueChanged, this, [this](int) {
        if (m_pages->currentWidget() == m_staffPage)
            refreshStaff();
    });
    connect(m_session.get(), &KioskSession::replayed, this, &KioskWindow::onReplayed);
    connect(m_session.get(), &KioskSession::idleWarning, this, &KioskWindow::showIdle);
    connect(m_session.get(), &KioskSession::idleCancelled, this, &KioskWindow::hideIdle);
    connect(m_session.get(), &KioskSession::wiped, this, &KioskWindow::toWelcome);

    m_clockTimer.setInterval(10000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskWindow::updateClock);
    m_clockTimer.start();
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, this, &KioskWindow::updateLink);

    qApp->installEventFilter(this);
    retranslate();
    m_session->start();
    updateLink();
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->focusCard();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QString KioskWindow::currentPage() const
{
    return m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString();
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Aksara: self-service"));
    // The other language, named in itself: never translated.
    m_language->setText(Shell::indonesianActive() ? QStringLiteral("English") : QStringLiteral("Bahasa Indonesia"));
    m_idleTitle->setText(tr("Are you still there?"));
    m_idleContinue->setText(tr("Yes, I am still here"));
    if (m_idle->isVisible())
        showIdle(m_idleSeconds);
    m_welcome->retranslate();
    m_identify->retranslate();
    m_patron->retranslate();
    m_returnPanel->retranslate();
    m_returnPage->retranslate();
    m_searchPanel->retranslate();
    m_searchPage->retranslate();
    m_staffLogin->retranslate();
    m_staffPage->retranslate();
    updateLink();
    updateClock();
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_idle->setGeometry(rect());
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // A patron cannot leave the kiosk: closing needs a staff member's sign-in (staff page).
    if (!m_mayClose) {
        event->ignore();
        return;
    }
    event->accept();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == this)
            m_session->noteActivity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::setLanguage(const QString &language)
{
    const QString lang = Shell::installTranslations(language);
    QLocale::setDefault(lang == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Installing or removing the translators sends LanguageChange (retranslate()); the locale's
    // formats (dates, rupiah) need it too when only the locale changed.
    retranslate();
}

void KioskWindow::showPage(QWidget *page)
{
    hideIdle();
    m_pages->setCurrentWidget(page);
    if (page == m_welcome)
        m_session->endInteraction();
    else
        m_session->beginInteraction();
}

void KioskWindow::toWelcome()
{
    // Whoever comes next sees nothing of the one before.
    m_session->endInteraction();
    if (m_staff)
        m_session->staffSignOut();
    m_staff.reset();
    m_welcome->reset();
    m_identify->reset();
    m_patron->reset();
    m_returnPanel->reset();
    m_searchPanel->reset();
    m_staffLogin->reset();
    m_staffPage->reset();
    hideIdle();
    if (m_options.followPatronLanguage && (Shell::indonesianActive() ? QStringLiteral("id") : QStringLiteral("en")) != m_defaultLanguage)
        setLanguage(m_defaultLanguage);
    showPage(m_welcome);
    updateLink();
    m_welcome->focusCard();
}

void KioskWindow::updateClock()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session->nowMs()).toLocalTime();
    m_clock->setText(QLocale().toString(now, QStringLiteral("dddd, d MMMM  HH:mm")));
    m_library->setText(m_session->libraryName().isEmpty() ? tr("Library self-service") : m_session->libraryName());
    m_identify->setPinLength(m_session->pinMinLength(), m_session->pinMaxLength());
    const QByteArray logo = m_session->libraryLogo();
    if (logo != m_logoBytes) {
        m_logoBytes = logo;
        QPixmap pixmap;
        if (!logo.isEmpty() && pixmap.loadFromData(logo)) {
            m_logo->setPixmap(pixmap.scaledToHeight(56, Qt::SmoothTransformation));
            m_logo->show();
        } else {
            m_logo->hide();
        }
    }
}

void KioskWindow::updateLink()
{
    const bool online = m_session->online();
    const bool offlineCheckout = m_session->offlineCheckoutAllowed();
    if (!online) {
        m_bannerTimer.stop();
        Style::setRole(m_banner, "banner");
        Style::setRole(m_bannerText, "banner-text");
        m_bannerTitle->setText(tr("The library system cannot be reached at the moment."));
        m_bannerText->setText(offlineCheckout
                                  ? tr("You can still return and borrow items: they are kept safely on this kiosk and "
                                       "recorded as soon as the connection is back. Your account and search need the "
                                       "connection.")
                                  : tr("You can still return items: they are kept safely on this kiosk and recorded as "
                                       "soon as the connection is back. Borrowing, renewals, your account and search "
                                       "need the connection."));
        m_bannerTitle->show();
        m_banner->show();
    } else if (m_bannerTimer.isActive()) {
        // "Back online" stays a few seconds.
    } else {
        m_banner->hide();
    }
    m_welcome->setOffline(!online, offlineCheckout);
    if (m_session->signedIn())
        m_patron->setPatron(m_session->patron(), online);
    if (m_pages->currentWidget() == m_staffPage)
        refreshStaff();
    updateClock();
}

void KioskWindow::onReplayed(const QList<ReplayLine> &lines)
{
    int recorded = 0;
    for (const ReplayLine &l : lines)
        if (l.request.offline && l.result != ReplayLine::Result::NotYet)
            ++recorded;
    if (recorded > 0 && m_session->online()) {
        Style::setRole(m_banner, "banner-ok");
        Style::setRole(m_bannerText, "banner-ok-text");
        m_bannerTitle->hide();
        m_bannerText->setText(recorded == 1 ? tr("The library system is back. The item kept on this kiosk has been recorded.")
                                      : tr("The library system is back. The %1 items kept on this kiosk have been recorded.").arg(recorded));
        m_banner->show();
        m_bannerTimer.start(10000);
    }
    if (m_pages->currentWidget() == m_staffPage)
        refreshStaff();
}

void KioskWindow::showIdle(int secondsLeft)
{
    m_idleSeconds = secondsLeft;
    m_idleText->setText(secondsLeft == 1 ? tr("For your privacy the screen will be cleared in 1 second.")
                                       : tr("For your privacy the screen will be cleared in %1 seconds.").arg(secondsLeft));
    m_idle->setGeometry(rect());
    m_idle->raise();
    m_idle->show();
}

void KioskWindow::hideIdle()
{
    m_idle->hide();
}

// --- what people do -------------------------------------------------------------------------

void KioskWindow::onCard(const QString &card)
{
    Status st = m_session->checkCard(card);
    if (!st.ok()) {
        m_welcome->showMessage(st.error().message);
        return;
    }
    m_identify->start(m_session->normalizeCard(card));
    showPage(m_identify);
}

void KioskWindow::onSignIn(const QString &card, const QString &pin)
{
    m_identify->setBusy(true);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto who = m_session->signIn(card, pin);
    m_identify->setBusy(false);
    if (!who.ok()) {
        m_identify->showError(who.error().message);
        return;
    }
    if (m_options.followPatronLanguage && (who->language == QLatin1String("id") || who->language == QLatin1String("en"))
        && who->language != (Shell::indonesianActive() ? QStringLiteral("id") : QStringLiteral("en")))
        setLanguage(who->language);
    m_identify->reset();
    m_patron->reset();
    m_patron->setPatron(*who, m_session->online());
    showPage(m_patron);
    m_patron->showSection(PatronPage::Borrow);
}

void KioskWindow::refreshAccount()
{
    auto account = m_session->account();
    const qint64 now = m_session->nowMs();
    if (!account.ok()) {
        for (AccountPanel *p : {m_patron->loans(), m_patron->holds(), m_patron->fees()})
            p->showMessage(account.error().message, true);
        return;
    }
    m_patron->loans()->show(*account, now);
    m_patron->holds()->show(*account, now, m_session->branchNames());
    m_patron->fees()->show(*account, now);
    m_patron->setPatron(m_session->patron(), m_session->online());
}

void KioskWindow::onBorrow(const QString &barcode)
{
    const BorrowOutcome o = m_session->borrow(barcode);
    m_patron->borrow()->add(o);
    m_patron->setPatron(m_session->patron(), m_session->online());
}

void KioskWindow::onReturn(ReturnPanel *panel, const QString &barcode)
{
    const ReturnOutcome o = m_session->returnItem(barcode);
    panel->add(o);
    if (m_session->signedIn())
        m_patron->setPatron(m_session->patron(), m_session->online());
}

void KioskWindow::onRenew(const QString &barcode)
{
    const RenewOutcome o = m_session->renew(barcode);
    refreshAccount();
    const QString title = o.title.isEmpty() ? barcode : o.title;
    m_patron->loans()->showMessage(title + QStringLiteral(": ") + o.message, o.outcome != Verdict::Done);
}

void KioskWindow::onRenewAll()
{
    const QList<RenewOutcome> lines = m_session->renewAll();
    refreshAccount();
    int renewed = 0;
    QStringList problems;
    for (const RenewOutcome &o : lines) {
        if (o.outcome == Verdict::Done)
            ++renewed;
        else
            problems << (o.title.isEmpty() ? o.message : o.title + QStringLiteral(": ") + o.message);
    }
    QString text = tr("Renewed: %1 of %2.").arg(renewed).arg(lines.size());
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    m_patron->loans()->showMessage(text, renewed < lines.size());
}

void KioskWindow::printReceipt()
{
    m_session->noteActivity();
    const QString text = m_session->receiptText();
    if (text.isEmpty())
        return;
    const QString target = m_options.receiptPrinter;
    QPrinter printer;
    if (target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(target);
    } else {
        const QPrinterInfo info = target.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(target);
        if (info.isNull()) {
            m_patron->showReceiptNote(tr("No receipt printer is connected to this kiosk. Your loans and their due dates "
                                         "are under My loans."),
                                     true);
            return;
        }
        printer.setPrinterName(info.printerName());
    }
    // A narrow slip: 58 mm wide, as long as the text needs.
    const int lines = int(text.count(QLatin1Char('\n'))) + 2;
    printer.setPageSize(QPageSize(QSizeF(58, std::max(60.0, 8.0 + lines * 4.2)), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
    Shell::printPlainText(printer, text, 7.5);
    const bool ok = printer.printerState() != QPrinter::Error;
    m_patron->showReceiptNote(ok ? tr("Your receipt is printing. Take it from the slot below the screen.")
                                 : tr("The receipt could not be printed. Your loans and their due dates are under My loans."),
                             !ok);
}

void KioskWindow::onSearch(SearchPanel *panel, const QString &query)
{
    auto result = m_session->search(query);
    if (!result.ok())
        panel->showMessage(result.error().message);
    else
        panel->show(query, *result);
}

void KioskWindow::onStaffSignIn(const QString &user, const QString &password)
{
    auto account = m_session->staffSignIn(user, password);
    if (!account.ok()) {
        m_staffLogin->showError(account.error().message);
        return;
    }
    m_staff = *account;
    m_staffLogin->reset();
    m_staffPage->reset();
    m_staffPage->setStaffName(account->displayName.isEmpty() ? account->username : account->displayName);
    showPage(m_staffPage);
    refreshStaff();
}

void KioskWindow::refreshStaff()
{
    m_staffPage->setStatus(m_session->online(), m_session->link().problem(), m_session->options().station,
                           m_session->heartbeatProblem(), m_session->pendingCount(), m_session->offlineCheckoutAllowed());
    auto report = m_session->queueReport(200);
    if (report.ok())
        m_staffPage->setQueue(*report);
}

} // namespace Aksara::Kiosk
