#include "desk/CirculationPage.h"

#include "desk/CardDialog.h"
#include "desk/Format.h"
#include "desk/HoldDialog.h"
#include "desk/MessageBar.h"
#include "desk/PatronForm.h"
#include "desk/PatronPanel.h"
#include "desk/PaymentDialog.h"
#include "desk/Slips.h"
#include "desk/SlipDialog.h"

#include "circulation/CardNumber.h"
#include "circulation/Holds.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Aksara::Desk {

using namespace Circulation;

namespace {
bool needsConfirmation(const Error &e)
{
    return e.details.value(QStringLiteral("needs_confirmation")).toBool();
}

// A card number with letters before its digits: when it is neither a known card nor an item, the
// card's own problem (e.g. a wrong check digit) is the useful message.
bool looksLikeCard(const QString &normalized)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,6}[0-9]{2,18}$"));
    return re.match(normalized).hasMatch();
}
} // namespace

CirculationPage::CirculationPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_barcode(new QLineEdit(this))
    , m_checkoutMode(new QPushButton(this))
    , m_checkinMode(new QPushButton(this))
    , m_modes(new QButtonGroup(this))
    , m_scanHint(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_override(new QFrame(this))
    , m_overrideText(new QLabel(m_override))
    , m_overrideReason(new QLineEdit(m_override))
    , m_overrideButton(new QPushButton(m_override))
    , m_stack(new QStackedWidget(this))
    , m_idle(new QLabel(this))
    , m_panel(new PatronPanel(this))
    , m_checkinPage(new QWidget(this))
    , m_checkins(new QTableWidget(m_checkinPage))
    , m_checkinCount(new QLabel(m_checkinPage))
{
    setObjectName(QStringLiteral("circulationPage"));
    m_message->setObjectName(QStringLiteral("messageBar"));

    // The scan row: mode switch and the one input box.
    m_checkoutMode->setObjectName(QStringLiteral("checkoutModeButton"));
    m_checkoutMode->setText(tr("Check out  F2"));
    m_checkinMode->setObjectName(QStringLiteral("checkinModeButton"));
    m_checkinMode->setText(tr("Check in  F3"));
    for (QPushButton *b : {m_checkoutMode, m_checkinMode}) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(38);
        b->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; } QPushButton:checked { background: #0b5563; "
                                        "color: white; border: 1px solid #0b5563; border-radius: 4px; }"));
        m_modes->addButton(b);
    }
    m_checkoutMode->setChecked(true);
    connect(m_checkoutMode, &QPushButton::clicked, this, [this] { setMode(Mode::Checkout); });
    connect(m_checkinMode, &QPushButton::clicked, this, [this] { setMode(Mode::Checkin); });

    m_barcode->setObjectName(QStringLiteral("barcodeEdit"));
    m_barcode->setMinimumHeight(38);
    QFont big = m_barcode->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_barcode->setFont(big);
    m_barcode->setClearButtonEnabled(true);
    connect(m_barcode, &QLineEdit::returnPressed, this, &CirculationPage::scan);

    auto *scanRow = new QHBoxLayout;
    scanRow->setSpacing(6);
    scanRow->addWidget(m_checkoutMode);
    scanRow->addWidget(m_checkinMode);
    scanRow->addSpacing(8);
    scanRow->addWidget(m_barcode, 1);

    m_scanHint->setObjectName(QStringLiteral("scanHintLabel"));
    m_scanHint->setStyleSheet(QStringLiteral("color: #5f6b70;"));
    m_scanHint->setWordWrap(true);

    // The override: a reason, then lend anyway (recorded with the reason and who allowed it).
    m_override->setObjectName(QStringLiteral("overridePanel"));
    m_override->setStyleSheet(QStringLiteral("QFrame#overridePanel { background: #fff8e6; border: 1px solid #e0a800; "
                                             "border-radius: 6px; }"));
    m_overrideText->setWordWrap(true);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setPlaceholderText(tr("Why it may go ahead (recorded with your name)"));
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_overrideButton->setFocusPolicy(Qt::NoFocus);
    auto *cancelOverrideButton = new QPushButton(tr("Cancel"), m_override);
    cancelOverrideButton->setObjectName(QStringLiteral("cancelOverrideButton"));
    cancelOverrideButton->setFocusPolicy(Qt::NoFocus);
    connect(m_overrideReason, &QLineEdit::returnPressed, this, &CirculationPage::overrideNow);
    connect(m_overrideButton, &QPushButton::clicked, this, &CirculationPage::overrideNow);
    connect(cancelOverrideButton, &QPushButton::clicked, this, &CirculationPage::cancelOverride);
    auto *ov = new QVBoxLayout(m_override);
    ov->setContentsMargins(12, 8, 12, 8);
    ov->addWidget(m_overrideText);
    auto *ovRow = new QHBoxLayout;
    ovRow->addWidget(m_overrideReason, 1);
    ovRow->addWidget(m_overrideButton);
    ovRow->addWidget(cancelOverrideButton);
    ov->addLayout(ovRow);
    m_override->hide();

    // What is below: a hint, the patron, or the items returned in this session.
    m_idle->setObjectName(QStringLiteral("idleLabel"));
    m_idle->setAlignment(Qt::AlignCenter);
    m_idle->setWordWrap(true);
    m_idle->setStyleSheet(QStringLiteral("color: #5f6b70; font-size: 13pt;"));

    m_checkins->setObjectName(QStringLiteral("checkinTable"));
    m_checkins->setColumnCount(6);
    m_checkins->setHorizontalHeaderLabels(
        {tr("Time"), tr("Barcode"), tr("Title"), tr("Was lent to"), tr("Late fee"), tr("Where it goes now")});
    m_checkins->verticalHeader()->hide();
    m_checkins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkins->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkins->setFocusPolicy(Qt::NoFocus);
    m_checkins->setAlternatingRowColors(true);
    m_checkinCount->setObjectName(QStringLiteral("checkinCountLabel"));
    auto *printReturn = new QPushButton(tr("Print slip"), m_checkinPage);
    printReturn->setObjectName(QStringLiteral("checkinSlipButton"));
    printReturn->setFocusPolicy(Qt::NoFocus);
    printReturn->setToolTip(tr("Ctrl+P: the slip of the last item returned"));
    connect(printReturn, &QPushButton::clicked, this, &CirculationPage::printSlip);
    auto *ci = new QVBoxLayout(m_checkinPage);
    ci->setContentsMargins(0, 0, 0, 0);
    ci->addWidget(m_checkins, 1);
    auto *ciRow = new QHBoxLayout;
    ciRow->addWidget(m_checkinCount, 1);
    ciRow->addWidget(printReturn);
    ci->addLayout(ciRow);

    m_stack->addWidget(m_idle);
    m_stack->addWidget(m_panel);
    m_stack->addWidget(m_checkinPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(scanRow);
    layout->addWidget(m_scanHint);
    layout->addWidget(m_message);
    layout->addWidget(m_override);
    layout->addWidget(m_stack, 1);

    // Patron actions.
    connect(m_panel->renewButton, &QPushButton::clicked, this, &CirculationPage::renewSelected);
    connect(m_panel->renewAllButton, &QPushButton::clicked, this, &CirculationPage::renewAll);
    connect(m_panel->slipButton, &QPushButton::clicked, this, &CirculationPage::printSlip);
    connect(m_panel->placeHoldButton, &QPushButton::clicked, this, &CirculationPage::placeHold);
    connect(m_panel->cancelHoldButton, &QPushButton::clicked, this, &CirculationPage::cancelHold);
    connect(m_panel->payButton, &QPushButton::clicked, this, &CirculationPage::takePayment);
    connect(m_panel->waiveButton, &QPushButton::clicked, this, &CirculationPage::waive);
    connect(m_panel->editButton, &QPushButton::clicked, this, &CirculationPage::editPatron);
    connect(m_panel->cardButton, &QPushButton::clicked, this, &CirculationPage::printCard);
    connect(m_panel->membershipButton, &QPushButton::clicked, this, &CirculationPage::extendMembership);
    connect(m_panel->blockButton, &QPushButton::clicked, this, &CirculationPage::toggleBlock);
    m_panel->waiveButton->setVisible(m_session.caller.can(Rights::FeesWaive));
    connect(m_panel->retryNoticeButton, &QPushButton::clicked, this, &CirculationPage::retryNotice);
    m_panel->retryNoticeButton->setVisible(m_session.caller.can(Rights::PatronManage));

    // The keyboard: every action has a key, and the scan box keeps the focus.
    auto key = [this](const QKeySequence &k, auto slot) {
        auto *s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_F2, [this] { setMode(Mode::Checkout); });
    key(Qt::Key_F3, [this] { setMode(Mode::Checkin); });
    key(Qt::Key_Escape, &CirculationPage::escape);
    key(Qt::Key_F8, [this] {
        if (m_override->isVisible())
            m_overrideReason->setFocus();
    });
    key(Qt::Key_F5, &CirculationPage::renewSelected);
    key(QKeySequence(Qt::SHIFT | Qt::Key_F5), &CirculationPage::renewAll);
    key(Qt::Key_F6, &CirculationPage::placeHold);
    key(Qt::Key_F9, &CirculationPage::takePayment);
    key(QKeySequence::Print, &CirculationPage::printSlip);
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &CirculationPage::editPatron);
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &CirculationPage::printCard);
    m_panel->renewButton->setToolTip(tr("F5: renew the selected loan"));
    m_panel->renewAllButton->setToolTip(tr("Shift+F5"));
    m_panel->placeHoldButton->setToolTip(tr("F6"));
    m_panel->payButton->setToolTip(tr("F9"));
    m_panel->slipButton->setToolTip(tr("Ctrl+P"));
    m_panel->editButton->setToolTip(tr("Ctrl+Shift+E"));
    m_panel->cardButton->setToolTip(tr("Ctrl+Shift+K"));
    m_overrideButton->setToolTip(tr("F8 goes to the reason; Enter confirms"));

    setFocusProxy(m_barcode);
    updateView();
}

qint64 CirculationPage::now() const
{
    return m_session.core.clock().nowMs();
}

QString CirculationPage::patronCard() const
{
    return m_account ? m_account->patron.cardNumber : QString();
}

void CirculationPage::focusScan()
{
    m_barcode->setFocus(Qt::OtherFocusReason);
    m_barcode->selectAll();
}

void CirculationPage::setMode(Mode mode)
{
    m_mode = mode;
    (mode == Mode::Checkout ? m_checkoutMode : m_checkinMode)->setChecked(true);
    m_pending.reset();
    m_override->hide();
    if (mode == Mode::Checkout && m_account)
        refreshPatron();
    updateView();
    focusScan();
}

void CirculationPage::updateView()
{
    if (m_mode == Mode::Checkin) {
        m_stack->setCurrentWidget(m_checkinPage);
        m_barcode->setPlaceholderText(tr("Scan the item being returned"));
        m_scanHint->setText(tr("Check-in: scan each returned item. Items for a hold or another branch are called out. "
                               "F2 goes back to lending."));
        m_checkinCount->setText(m_checkins->rowCount() == 0
                                    ? QString()
                                    : tr("%n item(s) returned at this desk since it opened.", nullptr, m_checkins->rowCount()));
    } else if (m_account) {
        m_stack->setCurrentWidget(m_panel);
        m_barcode->setPlaceholderText(tr("Scan an item to lend to %1, or another card").arg(m_account->patron.name));
        m_scanHint->setText(tr("Enter lends · F5 renew · F6 hold · F9 pay · Ctrl+P slip · F3 returns · Esc ends this patron"));
    } else {
        m_stack->setCurrentWidget(m_idle);
        m_barcode->setPlaceholderText(tr("Scan a membership card or an item"));
        m_scanHint->setText(tr("Check-out: scan the member's card, then each item. F3 switches to returns."));
        m_idle->setText(tr("Scan a membership card to start.\nF4 finds a member by name; Ctrl+N registers a new member."));
    }
}

void CirculationPage::scan()
{
    const QString text = m_barcode->text().trimmed();
    m_barcode->clear();
    if (text.isEmpty())
        return;
    m_pending.reset();
    m_override->hide();

    // A membership card opens its patron, in either mode.
    const QString normalized = CardNumber::normalize(text);
    const bool validCard = CardNumber::validate(normalized).ok();
    if (validCard && loadPatron(normalized, false) != Lookup::Unknown) {
        focusScan();
        return;
    }
    // A legacy card (an old system's member number, kept without a check digit when the library
    // moved in: docs/migration.md) is looked up when the scan is not an item.
    if (m_mode == Mode::Checkin) {
        m_lastRefusal.clear();
        checkin(text);
        if (m_lastRefusal == QLatin1String("circulation.unknown_item") && !validCard)
            loadPatron(normalized, false);
    } else if (!m_account) {
        if (!validCard && loadPatron(normalized, false) != Lookup::Unknown) {
            // A legacy card opened its patron (or was refused with its reason).
        } else if (looksLikeCard(normalized) && !validCard) {
            m_message->setError(CardNumber::validate(normalized).error());
            QApplication::beep();
        } else if (validCard && looksLikeCard(normalized)) {
            // A well-formed card number nobody holds.
            m_message->setError(m_unknownCard);
            QApplication::beep();
        } else {
            m_message->setMessage(MessageBar::Kind::Warning, tr("No member is open"),
                                  {tr("Scan the member's card first, then the items."),
                                   tr("To return %1, press F3 and scan it again.").arg(text)});
        }
    } else {
        m_lastRefusal.clear();
        checkout(text);
        // Not an item, but shaped like a card whose check digit is wrong: say that.
        if (m_lastRefusal == QLatin1String("circulation.unknown_item") && !validCard
            && loadPatron(normalized, false) == Lookup::Unknown && looksLikeCard(normalized))
            m_message->setError(CardNumber::validate(normalized).error());
    }
    focusScan();
}

bool CirculationPage::openPatron(const QString &card)
{
    m_pending.reset();
    m_override->hide();
    const bool opened = loadPatron(CardNumber::normalize(card), true) == Lookup::Opened;
    focusScan();
    return opened;
}

CirculationPage::Lookup CirculationPage::loadPatron(const QString &card, bool reportUnknown)
{
    Patrons patrons(m_session.core);
    auto account = patrons.account(m_session.caller, card);
    if (!account.ok()) {
        // Not reporting: a number nobody holds, or one that is no card at all (a wrong check digit).
        if ((account.error().code == QLatin1String("circulation.unknown_patron")
             || account.error().code == QLatin1String("circulation.bad_card_number"))
            && !reportUnknown) {
            m_unknownCard = account.error();
            return Lookup::Unknown;
        }
        if (!account.error().isRefusal())
            reportFailure(Services::Membership, account.error());
        else
            refused(account.error(), QString(), std::nullopt);
        return Lookup::Refused;
    }
    if (m_mode == Mode::Checkin) {
        m_mode = Mode::Checkout;
        m_checkoutMode->setChecked(true);
    }
    m_lentNow.clear();
    m_account = *account;
    auto photo = account->patron.hasPhoto ? patrons.photo(m_session.caller, card) : Result<QByteArray>(QByteArray());
    m_panel->setPhoto(photo.ok() ? *photo : QByteArray());
    m_panel->setAccount(*m_account, now(), m_lentNow);
    loadNotices();
    m_panel->showTab(0);
    m_message->setMessage(MessageBar::Kind::Info,
                          tr("%1 — %n item(s) on loan", nullptr, int(account->loans.size())).arg(account->patron.name));
    updateView();
    emit patronOpened(m_account->patron.cardNumber, m_account->patron.name);
    return Lookup::Opened;
}

void CirculationPage::checkout(const QString &barcode, const QString &overrideReason)
{
    Loans loans(m_session.core);
    auto r = loans.checkout(m_session.caller, m_account->patron.cardNumber, barcode, overrideReason);
    if (!r.ok()) {
        if (!r.error().isRefusal()) {
            reportFailure(Services::Checkout, r.error());
            return;
        }
        refused(r.error(), tr("Not lent: %1").arg(barcode), Pending{Pending::Kind::Checkout, barcode});
        return;
    }
    m_lentNow.insert(r->loan.barcode);
    QStringList lines;
    if (!r->overridden.isEmpty()) {
        QStringList codes;
        for (const Reason &x : std::as_const(r->overridden))
            codes << x.message;
        lines << tr("Allowed by %1: %2").arg(m_session.staffName, r->overrideReason);
        lines << codes;
    }
    if (r->fulfilledHoldId)
        lines << tr("This fills the member's hold.");
    m_message->setMessage(MessageBar::Kind::Success,
                          tr("Lent: %1 — due %2").arg(r->loan.title, Format::date(r->loan.dueDate)), lines);
    refreshPatron();
}

void CirculationPage::checkin(const QString &barcode)
{
    Loans loans(m_session.core);
    auto r = loans.checkin(m_session.caller, barcode, m_session.branchCode);
    if (!r.ok()) {
        if (!r.error().isRefusal())
            reportFailure(Services::Checkin, r.error());
        else
            refused(r.error(), tr("Not returned: %1").arg(barcode), std::nullopt);
        return;
    }
    m_lastCheckin = *r;
    QString where;
    MessageBar::Kind kind = MessageBar::Kind::Success;
    QString title;
    QStringList lines;
    if (r->hold && r->hold->status == QLatin1String("ready")) {
        kind = MessageBar::Kind::Warning;
        where = tr("Hold shelf: %1").arg(r->hold->patronName);
        title = tr("HOLD — put %1 on the hold shelf for %2").arg(r->barcode, r->hold->patronName);
        lines << tr("Card %1 · pick up at %2 · collect by %3")
                     .arg(r->hold->cardNumber, r->hold->pickupBranchCode, Format::dateOf(r->hold->expiresAt));
    } else if (!r->transferTo.isEmpty()) {
        kind = MessageBar::Kind::Warning;
        const BranchInfo *b = m_session.library.branch(r->transferTo);
        const QString branch = b ? b->name : r->transferTo;
        where = tr("Send to %1").arg(branch);
        title = tr("TRANSIT — send %1 to %2").arg(r->barcode, branch);
        if (r->hold)
            lines << tr("For the hold of %1 (%2)").arg(r->hold->patronName, r->hold->cardNumber);
    } else {
        where = tr("Back to the shelf");
        title = r->wasOnLoan ? tr("Returned: %1").arg(r->title) : tr("%1 was not on loan").arg(r->title);
        if (!r->wasOnLoan)
            kind = MessageBar::Kind::Info;
    }
    if (r->fee)
        lines << tr("Returned late: %1 charged to %2").arg(Format::money(r->fee->amount), r->loan ? r->loan->patronName : QString());
    // The module's notes, except its overdue note: the line above says the same with the
    // locale's rupiah.
    const QString overdueNote = r->fee && r->loan ? QCoreApplication::translate("Aksara::Circulation::Loans",
                                                                                "Overdue: %n day(s), fee Rp %1 charged to %2.",
                                                                                nullptr, r->fee->days)
                                                        .arg(r->fee->amount)
                                                        .arg(r->loan->patronName)
                                                  : QString();
    QStringList notes = r->notes;
    // Where the item goes is the module's last note; the title above says it already.
    if (!notes.isEmpty() && ((r->hold && r->hold->status == QLatin1String("ready")) || !r->transferTo.isEmpty()))
        notes.removeLast();
    for (const QString &n : std::as_const(notes))
        if (n != overdueNote)
            lines << n;
    lines.removeDuplicates();
    m_message->setMessage(kind, title, lines);
    if (kind == MessageBar::Kind::Warning)
        QApplication::beep();

    m_checkins->insertRow(0);
    const QStringList cells{Format::timeOf(now()),
                            r->barcode,
                            r->title,
                            r->loan ? QStringLiteral("%1 (%2)").arg(r->loan->patronName, r->loan->cardNumber) : QString(),
                            r->fee ? Format::money(r->fee->amount) : QString(),
                            where};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (kind == MessageBar::Kind::Warning && c == 5) {
            item->setForeground(QColor(0x8a, 0x5a, 0x00));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_checkins->setItem(0, c, item);
    }
    m_checkins->resizeColumnsToContents();
    m_checkins->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    updateView();
    if (m_account && r->loan && r->loan->cardNumber == m_account->patron.cardNumber)
        m_lentNow.remove(r->barcode);
}

void CirculationPage::refused(const Error &error, const QString &title, std::optional<Pending> pending)
{
    m_lastRefusal = error.code;
    QApplication::beep();
    QStringList reasons = MessageBar::reasonsOf(error);
    const bool confirmable = needsConfirmation(error) && pending.has_value();
    if (confirmable && m_session.caller.can(Rights::Override)) {
        m_pending = pending;
        m_overrideText->setText(tr("You may allow this. Give the reason and press Enter (F8 goes to the reason box)."));
        m_overrideButton->setText(pending->kind == Pending::Kind::Checkout ? tr("Lend anyway") : tr("Renew anyway"));
        m_overrideReason->clear();
        m_override->show();
    } else if (confirmable) {
        reasons << tr("A supervisor can allow this with an override.");
    }
    m_message->setMessage(MessageBar::Kind::Error, title.isEmpty() ? error.message : title, reasons);
}

void CirculationPage::reportFailure(const QString &service, const Error &error)
{
    QApplication::beep();
    m_message->setMessage(MessageBar::Kind::Error, tr("The system did not work"),
                          {error.message, tr("Nothing was changed. Try again; if it keeps happening, report a problem (F12).")});
    emit operationFailed(service, error.message);
}

void CirculationPage::overrideNow()
{
    if (!m_pending || !m_account)
        return;
    const QString reason = m_overrideReason->text().trimmed();
    if (reason.isEmpty()) {
        m_overrideReason->setFocus();
        m_overrideText->setText(tr("A reason is needed: it is recorded with your name."));
        return;
    }
    const Pending p = *m_pending;
    m_pending.reset();
    m_override->hide();
    if (p.kind == Pending::Kind::Checkout)
        checkout(p.barcode, reason);
    else
        renew(p.barcode, reason);
    focusScan();
}

void CirculationPage::cancelOverride()
{
    m_pending.reset();
    m_override->hide();
    focusScan();
}

void CirculationPage::escape()
{
    if (m_override->isVisible()) {
        cancelOverride();
        return;
    }
    if (m_mode == Mode::Checkin) {
        setMode(Mode::Checkout);
        return;
    }
    endPatron();
}

void CirculationPage::endPatron()
{
    const bool had = m_account.has_value();
    m_account.reset();
    m_lentNow.clear();
    m_pending.reset();
    m_override->hide();
    if (had) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Done. Ready for the next member."));
        emit patronClosed();
    }
    updateView();
    focusScan();
}

void CirculationPage::refreshPatron()
{
    if (!m_account)
        return;
    Patrons patrons(m_session.core);
    auto account = patrons.account(m_session.caller, m_account->patron.cardNumber);
    if (!account.ok()) {
        if (!account.error().isRefusal())
            reportFailure(Services::Membership, account.error());
        return;
    }
    m_account = *account;
    m_panel->setAccount(*m_account, now(), m_lentNow);
    loadNotices();
}

void CirculationPage::loadNotices()
{
    if (!m_account)
        return;
    Notices::ListFilter filter;
    filter.patronId = m_account->patron.id;
    filter.limit = 50;
    auto list = Notices::Notices(m_session.core).list(m_session.caller, filter);
    if (!list.ok()) {
        reportFailure(QStringLiteral("notices"), list.error());
        m_panel->setNotices({});
        return;
    }
    m_panel->setNotices(*list);
}

void CirculationPage::retryNotice()
{
    if (!m_account)
        return;
    const qint64 id = m_panel->selectedNoticeId();
    if (id == 0) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Choose the notice to send again in the list."));
        focusScan();
        return;
    }
    auto r = Notices::Notices(m_session.core).retry(m_session.caller, id);
    if (!r.ok()) {
        if (!r.error().isRefusal())
            reportFailure(QStringLiteral("notices"), r.error());
        else
            refused(r.error(), tr("The notice was not queued again"), std::nullopt);
    } else {
        m_message->setMessage(MessageBar::Kind::Success, tr("The notice is queued again; the server sends it at its next run."));
        loadNotices();
    }
    focusScan();
}

void CirculationPage::renewSelected()
{
    if (!m_account || m_mode != Mode::Checkout)
        return;
    QString barcode = m_panel->selectedLoanBarcode();
    if (barcode.isEmpty() && m_account->loans.size() == 1)
        barcode = m_account->loans.first().barcode;
    if (barcode.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Choose the loan to renew in the list, or use Renew all."));
        focusScan();
        return;
    }
    renew(barcode);
    focusScan();
}

void CirculationPage::renew(const QString &barcode, const QString &overrideReason)
{
    Loans loans(m_session.core);
    auto r = loans.renew(m_session.caller, barcode, overrideReason);
    if (!r.ok()) {
        if (!r.error().isRefusal())
            reportFailure(Services::Renewal, r.error());
        else
            refused(r.error(), tr("Not renewed: %1").arg(barcode), Pending{Pending::Kind::Renew, barcode});
        return;
    }
    QStringList lines;
    if (r->fee)
        lines << tr("Late fee so far: %1").arg(Format::money(r->fee->amount));
    if (!r->overridden.isEmpty())
        lines << tr("Allowed by %1").arg(m_session.staffName);
    m_message->setMessage(MessageBar::Kind::Success,
                          tr("Renewed: %1 — now due %2").arg(r->loan.title, Format::date(r->loan.dueDate)), lines);
    refreshPatron();
}

void CirculationPage::renewAll()
{
    if (!m_account || m_mode != Mode::Checkout)
        return;
    Loans loans(m_session.core);
    auto r = loans.renewAll(m_session.caller, m_account->patron.cardNumber);
    if (!r.ok()) {
        if (!r.error().isRefusal())
            reportFailure(Services::Renewal, r.error());
        else
            refused(r.error(), tr("Nothing renewed"), std::nullopt);
        focusScan();
        return;
    }
    int renewed = 0;
    QStringList lines;
    for (const RenewAllLine &l : std::as_const(*r)) {
        if (l.renewed) {
            ++renewed;
            lines << tr("%1: now due %2").arg(l.title, Format::date(l.result->loan.dueDate));
        } else {
            lines << tr("%1: not renewed — %2").arg(l.title, MessageBar::reasonsOf(l.error).join(QStringLiteral("; ")));
        }
    }
    m_message->setMessage(renewed == r->size() ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                          tr("%1 of %2 loan(s) renewed").arg(renewed).arg(r->size()), lines);
    refreshPatron();
    focusScan();
}

void CirculationPage::printSlip()
{
    QString text;
    QString title;
    if (m_mode == Mode::Checkin) {
        if (!m_lastCheckin)
            return;
        text = Slips::checkin(m_session, *m_lastCheckin, now());
        title = tr("Return slip");
    } else {
        if (!m_account)
            return;
        text = Slips::loans(m_session, *m_account, now());
        title = tr("Loan slip");
    }
    auto *dialog = new SlipDialog(title, text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CirculationPage::focusScan);
    dialog->open();
}

void CirculationPage::takePayment()
{
    if (!m_account)
        return;
    auto *dialog = new PaymentDialog(m_session, m_account->patron, PaymentDialog::Kind::Payment, m_panel->selectedFeeId(),
                                     m_panel->selectedFeeBalance(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::settled, this, [this](const Receipt &receipt) {
        refreshPatron();
        m_panel->showTab(2);
        m_message->setMessage(MessageBar::Kind::Success,
                              (receipt.kind == QLatin1String("waiver") ? tr("Waived %1") : tr("Received %1"))
                                  .arg(Format::money(receipt.amount)),
                              {tr("Receipt No. %1 · still owed %2").arg(receipt.id).arg(Format::money(receipt.balanceAfter))});
        auto *slip = new SlipDialog(tr("Receipt"), Slips::receipt(m_session, receipt), this);
        slip->setAttribute(Qt::WA_DeleteOnClose);
        connect(slip, &QDialog::finished, this, &CirculationPage::focusScan);
        slip->open();
    });
    connect(dialog, &QDialog::rejected, this, &CirculationPage::focusScan);
    dialog->open();
}

void CirculationPage::waive()
{
    if (!m_account || !m_session.caller.can(Rights::FeesWaive))
        return;
    auto *dialog = new PaymentDialog(m_session, m_account->patron, PaymentDialog::Kind::Waiver, m_panel->selectedFeeId(),
                                     m_panel->selectedFeeBalance(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::settled, this, [this](const Receipt &receipt) {
        refreshPatron();
        m_message->setMessage(MessageBar::Kind::Success, tr("Waived %1").arg(Format::money(receipt.amount)),
                              {tr("Still owed %1").arg(Format::money(receipt.balanceAfter))});
        focusScan();
    });
    connect(dialog, &QDialog::rejected, this, &CirculationPage::focusScan);
    dialog->open();
}

void CirculationPage::placeHold()
{
    if (!m_account)
        return;
    auto *dialog = new HoldDialog(m_session, m_account->patron.cardNumber, HoldTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HoldDialog::placed, this, [this](const Hold &hold) {
        refreshPatron();
        m_panel->showTab(1);
        m_message->setMessage(MessageBar::Kind::Success, tr("Hold placed: %1").arg(hold.title),
                              {hold.position > 0 ? tr("Place in the queue: %1").arg(hold.position) : QString(),
                               tr("Pick up at %1").arg(hold.pickupBranchCode)});
        focusScan();
    });
    connect(dialog, &QDialog::rejected, this, &CirculationPage::focusScan);
    dialog->open();
}

void CirculationPage::cancelHold()
{
    if (!m_account)
        return;
    const qint64 id = m_panel->selectedHoldId();
    if (id == 0) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Choose the hold to cancel in the list."));
        focusScan();
        return;
    }
    Holds holds(m_session.core);
    auto r = holds.cancel(m_session.caller, id);
    if (!r.ok()) {
        if (!r.error().isRefusal())
            reportFailure(Services::Holds, r.error());
        else
            refused(r.error(), tr("The hold was not cancelled"), std::nullopt);
    } else {
        m_message->setMessage(MessageBar::Kind::Success, tr("Hold cancelled: %1").arg(r->title));
        refreshPatron();
    }
    focusScan();
}

void CirculationPage::editPatron()
{
    if (!m_account)
        return;
    auto *form = new PatronForm(m_session, m_account->patron, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &PatronForm::saved, this, [this](const Patron &p) {
        m_message->setMessage(MessageBar::Kind::Success, tr("Saved: %1").arg(p.name));
        Patrons patrons(m_session.core);
        auto photo = p.hasPhoto ? patrons.photo(m_session.caller, p.cardNumber) : Result<QByteArray>(QByteArray());
        m_panel->setPhoto(photo.ok() ? *photo : QByteArray());
        refreshPatron();
        focusScan();
    });
    connect(form, &QDialog::rejected, this, &CirculationPage::focusScan);
    form->open();
}

void CirculationPage::printCard()
{
    if (!m_account)
        return;
    auto *dialog = new CardDialog(m_session, m_account->patron.cardNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CirculationPage::focusScan);
    dialog->open();
}

void CirculationPage::toggleBlock()
{
    if (!m_account)
        return;
    Patrons patrons(m_session.core);
    if (m_account->patron.status == QLatin1String("blocked")) {
        auto r = patrons.unblock(m_session.caller, m_account->patron.cardNumber);
        if (!r.ok())
            r.error().isRefusal() ? m_message->setError(r.error()) : reportFailure(Services::Membership, r.error());
        else
            m_message->setMessage(MessageBar::Kind::Success, tr("%1 may borrow again.").arg(r->name));
        refreshPatron();
        focusScan();
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("blockDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Block %1").arg(m_account->patron.name));
    ask->setLabelText(tr("Why is this member blocked? The reason is shown at every desk."));
    ask->setOkButtonText(tr("Block"));
    ask->setCancelButtonText(tr("Cancel"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        Patrons patrons(m_session.core);
        auto r = patrons.block(m_session.caller, m_account->patron.cardNumber, reason);
        if (!r.ok())
            r.error().isRefusal() ? m_message->setError(r.error()) : reportFailure(Services::Membership, r.error());
        else
            m_message->setMessage(MessageBar::Kind::Warning, tr("%1 is blocked.").arg(r->name), {reason});
        refreshPatron();
        focusScan();
    });
    connect(ask, &QDialog::rejected, this, &CirculationPage::focusScan);
    ask->open();
}

void CirculationPage::extendMembership()
{
    if (!m_account)
        return;
    Patrons patrons(m_session.core);
    auto r = patrons.renew(m_session.caller, m_account->patron.cardNumber);
    if (!r.ok())
        r.error().isRefusal() ? m_message->setError(r.error()) : reportFailure(Services::Membership, r.error());
    else
        m_message->setMessage(MessageBar::Kind::Success,
                              tr("Membership extended: valid until %1").arg(Format::date(r->expiresOn)));
    refreshPatron();
    focusScan();
}

} // namespace Aksara::Desk
