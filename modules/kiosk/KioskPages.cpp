#include "kiosk/KioskPages.h"

#include "kiosk/Keypad.h"
#include "kiosk/KioskStyle.h"

#include "catalogue/Catalogue.h"
#include "circulation/Types.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Aksara::Kiosk {

namespace {

QString outcomeName(Verdict o)
{
    switch (o) {
    case Verdict::Done: return QStringLiteral("done");
    case Verdict::Queued: return QStringLiteral("queued");
    case Verdict::Refused: return QStringLiteral("refused");
    }
    return QString();
}

QPushButton *button(const char *role, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus);
    Style::setRole(b, role);
    return b;
}

QLabel *label(const char *role, const QString &name, QWidget *parent)
{
    QLabel *l = Style::label(role, parent);
    l->setObjectName(name);
    return l;
}

QFrame *card(QWidget *parent)
{
    auto *f = new QFrame(parent);
    Style::setRole(f, "card");
    return f;
}

void setMessage(QLabel *l, const QString &text, const char *role)
{
    l->setText(text);
    Style::setRole(l, role);
    l->setVisible(!text.isEmpty());
}

QTableWidget *table(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setWordWrap(true);
    t->setShowGrid(false);
    t->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->verticalHeader()->setMinimumSectionSize(64);
    return t;
}

QTableWidgetItem *cell(const QString &text, const char *colour = nullptr)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (colour)
        i->setForeground(QColor(QString::fromLatin1(colour)));
    return i;
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().date();
}

} // namespace

// --- ReceiptList ----------------------------------------------------------------------------

ReceiptList::ReceiptList(QWidget *parent)
    : QScrollArea(parent)
    , m_box(new QWidget)
    , m_layout(new QVBoxLayout(m_box))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(0, 0, 8, 0);
    m_layout->setSpacing(12);
    m_layout->addStretch(1);
    setWidget(m_box);
}

void ReceiptList::add(Verdict outcome, const QString &title, const QString &status, const QString &text)
{
    auto *f = new QFrame(m_box);
    f->setObjectName(QStringLiteral("receipt"));
    f->setProperty("outcome", outcomeName(outcome));
    f->setProperty("entry", QStringList{status, title, text}.join(QStringLiteral(" | ")));
    Style::setRole(f, "receipt");
    auto *strip = new QFrame(f);
    strip->setFixedWidth(8);
    strip->setProperty("outcome", outcomeName(outcome));
    Style::setRole(strip, "receipt-strip");
    auto *v = new QVBoxLayout;
    v->setSpacing(4);
    auto *top = new QHBoxLayout;
    QLabel *t = label("receipt-title", QStringLiteral("receiptTitle"), f);
    t->setText(title);
    QLabel *s = label("receipt-status", QStringLiteral("receiptStatus"), f);
    s->setWordWrap(false);
    s->setProperty("outcome", outcomeName(outcome));
    s->setText(status);
    s->setAlignment(Qt::AlignRight | Qt::AlignTop);
    Style::setRole(s, "receipt-status");
    top->addWidget(t, 1);
    top->addWidget(s, 0, Qt::AlignTop);
    v->addLayout(top);
    QLabel *m = label("receipt-text", QStringLiteral("receiptMessage"), f);
    m->setText(text);
    m->setVisible(!text.isEmpty());
    v->addWidget(m);
    auto *h = new QHBoxLayout(f);
    h->setContentsMargins(10, 12, 20, 12);
    h->setSpacing(16);
    h->addWidget(strip);
    h->addLayout(v, 1);
    m_layout->insertWidget(0, f);
    ensureVisible(0, 0);
}

void ReceiptList::clear()
{
    const auto frames = m_box->findChildren<QFrame *>(QStringLiteral("receipt"), Qt::FindDirectChildrenOnly);
    for (QFrame *f : frames)
        delete f;
}

int ReceiptList::count() const
{
    return int(m_box->findChildren<QFrame *>(QStringLiteral("receipt"), Qt::FindDirectChildrenOnly).size());
}

QStringList ReceiptList::entries() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *w = m_layout->itemAt(i)->widget())
            out << w->property("entry").toString();
    }
    return out;
}

// --- ScanBox --------------------------------------------------------------------------------

ScanBox::ScanBox(const QString &editName, const QString &buttonName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(Kiosk::button("primary", buttonName, this))
{
    m_edit->setObjectName(editName);
    m_edit->setMaxLength(64);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(14);
    h->addWidget(m_edit, 1);
    h->addWidget(m_button);
    m_button->setMinimumHeight(76);
    m_edit->setMinimumHeight(76);
    connect(m_edit, &QLineEdit::returnPressed, this, &ScanBox::submit);
    connect(m_button, &QPushButton::clicked, this, &ScanBox::submit);
}

void ScanBox::retranslate(const QString &placeholder, const QString &buttonText)
{
    m_edit->setPlaceholderText(placeholder);
    m_button->setText(buttonText);
}

void ScanBox::submit()
{
    const QString text = m_edit->text().trimmed();
    m_edit->clear();
    m_edit->setFocus();
    if (!text.isEmpty())
        emit submitted(text);
}

// --- WelcomePage ----------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = label("title", QStringLiteral("welcomeTitle"), this);
    m_subtitle = label("subtitle", QStringLiteral("welcomeSubtitle"), this);

    QFrame *panel = card(this);
    m_cardPrompt = label("field", QStringLiteral("cardPrompt"), panel);
    m_card = new ScanBox(QStringLiteral("cardEdit"), QStringLiteral("cardContinueButton"), panel);
    m_typeCard = button("secondary", QStringLiteral("typeCardButton"), panel);
    m_message = label("message-error", QStringLiteral("welcomeMessageLabel"), panel);
    m_message->hide();
    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(18);
    pv->addWidget(m_cardPrompt);
    pv->addWidget(m_card);
    pv->addWidget(m_typeCard, 0, Qt::AlignLeft);
    pv->addWidget(m_message);

    auto tile = [&](const QString &name) {
        QPushButton *b = button("tile", name, this);
        b->setMinimumHeight(170);
        auto *v = new QVBoxLayout(b);
        v->setContentsMargins(28, 20, 28, 20);
        QLabel *big = label("tile-title", name + QStringLiteral("Title"), b);
        big->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: 700; color: #0f4c5c; background: transparent;"));
        big->setAlignment(Qt::AlignCenter);
        QLabel *small = label("tile-text", name + QStringLiteral("Text"), b);
        small->setStyleSheet(QStringLiteral("font-size: 19px; color: #475467; background: transparent;"));
        small->setAlignment(Qt::AlignCenter);
        big->setAttribute(Qt::WA_TransparentForMouseEvents);
        small->setAttribute(Qt::WA_TransparentForMouseEvents);
        v->addStretch(1);
        v->addWidget(big);
        v->addWidget(small);
        v->addStretch(1);
        b->setText(QString());
        return b;
    };
    m_returnTile = tile(QStringLiteral("returnButton"));
    m_searchTile = tile(QStringLiteral("searchButton"));
    m_staff = button("quiet", QStringLiteral("staffButton"), this);

    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addStretch(1);
    left->addWidget(m_title);
    left->addWidget(m_subtitle);
    left->addSpacing(18);
    left->addWidget(panel);
    left->addStretch(2);
    auto *right = new QVBoxLayout;
    right->setSpacing(24);
    right->addStretch(1);
    right->addWidget(m_returnTile);
    right->addWidget(m_searchTile);
    right->addStretch(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 3);
    row->addLayout(right, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_staff);
    bottom->addStretch(1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(56, 24, 56, 20);
    v->addLayout(row, 1);
    v->addLayout(bottom);

    connect(m_card, &ScanBox::submitted, this, &WelcomePage::cardEntered);
    connect(m_typeCard, &QPushButton::clicked, this, &WelcomePage::typeCardRequested);
    connect(m_returnTile, &QPushButton::clicked, this, &WelcomePage::returnRequested);
    connect(m_searchTile, &QPushButton::clicked, this, &WelcomePage::searchRequested);
    connect(m_staff, &QPushButton::clicked, this, &WelcomePage::staffRequested);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome"));
    m_subtitle->setText(tr("Borrow, return and renew your books here, and see your loans, holds and fees."));
    m_cardPrompt->setText(tr("Scan your library card to begin"));
    m_card->retranslate(tr("Card number"), tr("Continue"));
    m_typeCard->setText(tr("Type my card number instead"));
    m_returnTile->findChild<QLabel *>(QStringLiteral("returnButtonTitle"))->setText(tr("Return items"));
    m_returnTile->findChild<QLabel *>(QStringLiteral("returnButtonText"))->setText(tr("No card needed"));
    m_returnTile->setAccessibleName(tr("Return items"));
    m_searchTile->findChild<QLabel *>(QStringLiteral("searchButtonTitle"))->setText(tr("Search the catalogue"));
    m_searchTile->findChild<QLabel *>(QStringLiteral("searchButtonText"))->setText(tr("Find a book and where it stands"));
    m_searchTile->setAccessibleName(tr("Search the catalogue"));
    m_staff->setText(tr("Staff"));
}

void WelcomePage::reset()
{
    m_card->edit()->clear();
    m_message->hide();
    m_message->clear();
}

void WelcomePage::setOffline(bool offline, bool offlineCheckout)
{
    m_searchTile->setEnabled(!offline);
    const bool canSignIn = !offline || offlineCheckout;
    m_card->edit()->setEnabled(canSignIn);
    m_card->button()->setEnabled(canSignIn);
    m_typeCard->setEnabled(canSignIn);
    if (canSignIn)
        focusCard();
}

void WelcomePage::showMessage(const QString &message)
{
    setMessage(m_message, message, "message-error");
}

void WelcomePage::focusCard()
{
    if (m_card->edit()->isEnabled())
        m_card->edit()->setFocus();
}

// --- IdentifyPage ---------------------------------------------------------------------------

IdentifyPage::IdentifyPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("identifyPage"));
    m_heading = label("title", QStringLiteral("identifyHeading"), this);
    m_hint = label("subtitle", QStringLiteral("identifyHint"), this);
    QFrame *panel = card(this);
    m_cardLabel = label("field", QStringLiteral("cardLabel"), panel);
    m_cardEdit = new QLineEdit(panel);
    m_cardEdit->setObjectName(QStringLiteral("identifyCardEdit"));
    m_cardEdit->setMaxLength(32);
    m_pinLabel = label("field", QStringLiteral("pinLabel"), panel);
    m_pinEdit = new QLineEdit(panel);
    m_pinEdit->setObjectName(QStringLiteral("pinEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pinEdit));
    m_message = label("message-error", QStringLiteral("pinMessageLabel"), panel);
    m_message->hide();
    m_ok = button("primary", QStringLiteral("pinOkButton"), panel);
    m_cancel = button("secondary", QStringLiteral("pinCancelButton"), panel);
    m_ok->setMinimumHeight(72);
    m_cancel->setMinimumHeight(72);
    m_keypad = new Keypad(this);
    m_keypad->setFixedWidth(380);

    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(12);
    pv->addWidget(m_cardLabel);
    pv->addWidget(m_cardEdit);
    pv->addSpacing(8);
    pv->addWidget(m_pinLabel);
    pv->addWidget(m_pinEdit);
    pv->addSpacing(8);
    pv->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    pv->addLayout(buttons);

    auto *left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(m_heading);
    left->addWidget(m_hint);
    left->addSpacing(12);
    left->addWidget(panel);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addStretch(1);
    right->addWidget(m_keypad);
    right->addStretch(1);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(56, 32, 56, 24);
    row->setSpacing(56);
    row->addLayout(left, 1);
    row->addLayout(right);

    auto follow = [this](QWidget *, QWidget *now) {
        if (now == m_cardEdit || now == m_pinEdit)
            m_keypad->setTarget(static_cast<QLineEdit *>(now));
    };
    connect(qApp, &QApplication::focusChanged, this, follow);
    connect(m_cardEdit, &QLineEdit::returnPressed, this, [this] {
        m_pinEdit->setFocus();
        m_keypad->setTarget(m_pinEdit);
    });
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &IdentifyPage::submit);
    connect(m_ok, &QPushButton::clicked, this, &IdentifyPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &IdentifyPage::cancelled);
    retranslate();
}

void IdentifyPage::retranslate()
{
    m_heading->setText(tr("Sign in"));
    m_hint->setText(tr("Scan your card or type its number, then type your PIN."));
    m_cardLabel->setText(tr("Card number"));
    m_pinLabel->setText(tr("PIN"));
    m_pinEdit->setPlaceholderText(m_pinMin == m_pinMax ? tr("%1 digits").arg(m_pinMin)
                                                       : tr("%1 to %2 digits").arg(m_pinMin).arg(m_pinMax));
    m_ok->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
    m_keypad->retranslate();
}

void IdentifyPage::setPinLength(int minLength, int maxLength)
{
    if (minLength == m_pinMin && maxLength == m_pinMax)
        return;
    m_pinMin = minLength;
    m_pinMax = maxLength;
    retranslate();
}

void IdentifyPage::reset()
{
    m_cardEdit->clear();
    m_pinEdit->clear();
    m_message->hide();
    m_message->clear();
    setBusy(false);
}

void IdentifyPage::start(const QString &cardNumber)
{
    reset();
    m_cardEdit->setText(cardNumber);
    QLineEdit *first = cardNumber.isEmpty() ? m_cardEdit : m_pinEdit;
    first->setFocus();
    m_keypad->setTarget(first);
}

void IdentifyPage::showError(const QString &message)
{
    setMessage(m_message, message, "message-error");
    m_pinEdit->clear();
    m_pinEdit->setFocus();
    m_keypad->setTarget(m_pinEdit);
}

void IdentifyPage::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    m_keypad->setEnabled(!busy);
}

void IdentifyPage::submit()
{
    if (m_cardEdit->text().trimmed().isEmpty()) {
        m_cardEdit->setFocus();
        return;
    }
    if (m_pinEdit->text().isEmpty()) {
        m_pinEdit->setFocus();
        m_keypad->setTarget(m_pinEdit);
        return;
    }
    emit submitted(m_cardEdit->text(), m_pinEdit->text());
}

// --- ReturnPanel ----------------------------------------------------------------------------

ReturnPanel::ReturnPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("returnPanel"));
    m_heading = label("heading", QStringLiteral("returnHeading"), this);
    m_hint = label("subtitle", QStringLiteral("returnHint"), this);
    m_scan = new ScanBox(QStringLiteral("returnEdit"), QStringLiteral("returnScanButton"), this);
    m_list = new ReceiptList(this);
    m_list->setObjectName(QStringLiteral("returnList"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addWidget(m_scan);
    v->addSpacing(6);
    v->addWidget(m_list, 1);
    connect(m_scan, &ScanBox::submitted, this, &ReturnPanel::scanned);
    retranslate();
}

void ReturnPanel::retranslate()
{
    m_heading->setText(tr("Return items"));
    m_hint->setText(tr("Scan the barcode of each item, one after another. You do not need your card."));
    m_scan->retranslate(tr("Item barcode"), tr("Return"));
}

void ReturnPanel::reset()
{
    m_scan->edit()->clear();
    m_list->clear();
}

void ReturnPanel::add(const ReturnOutcome &o)
{
    const QString status = o.outcome == Verdict::Done     ? tr("Returned")
                           : o.outcome == Verdict::Queued ? tr("Accepted")
                                                          : tr("Not returned");
    m_list->add(o.outcome, o.title.isEmpty() ? o.barcode : o.title, status, o.message);
}

void ReturnPanel::focusScan()
{
    m_scan->edit()->setFocus();
}

// --- BorrowPanel ----------------------------------------------------------------------------

BorrowPanel::BorrowPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("borrowPanel"));
    m_heading = label("heading", QStringLiteral("borrowHeading"), this);
    m_hint = label("subtitle", QStringLiteral("borrowHint"), this);
    m_offlineNote = label("message-warn", QStringLiteral("borrowOfflineNote"), this);
    m_offlineNote->hide();
    m_scan = new ScanBox(QStringLiteral("borrowEdit"), QStringLiteral("borrowButton"), this);
    m_list = new ReceiptList(this);
    m_list->setObjectName(QStringLiteral("borrowList"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addWidget(m_offlineNote);
    v->addWidget(m_scan);
    v->addSpacing(6);
    v->addWidget(m_list, 1);
    connect(m_scan, &ScanBox::submitted, this, &BorrowPanel::scanned);
    retranslate();
}

void BorrowPanel::retranslate()
{
    m_heading->setText(tr("Borrow"));
    m_hint->setText(tr("Scan the barcode of each item you want to borrow. It is usually inside the front cover."));
    m_offlineNote->setText(tr("The library system cannot be reached. Loans taken now are kept on this kiosk and recorded "
                              "as soon as it is back."));
    m_scan->retranslate(tr("Item barcode"), tr("Borrow"));
}

void BorrowPanel::reset()
{
    m_scan->edit()->clear();
    m_list->clear();
    setOffline(false);
}

void BorrowPanel::setOffline(bool offline)
{
    m_offline = offline;
    m_offlineNote->setVisible(offline);
}

void BorrowPanel::add(const BorrowOutcome &o)
{
    const QString status = o.outcome == Verdict::Done     ? tr("Borrowed")
                           : o.outcome == Verdict::Queued ? tr("Accepted")
                                                          : tr("Not borrowed");
    m_list->add(o.outcome, o.title.isEmpty() ? o.barcode : o.title, status, o.message);
}

void BorrowPanel::focusScan()
{
    m_scan->edit()->setFocus();
}

// --- AccountPanel ---------------------------------------------------------------------------

AccountPanel::AccountPanel(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    const QString prefix = kind == Kind::Loans ? QStringLiteral("loans") : kind == Kind::Holds ? QStringLiteral("holds")
                                                                                                : QStringLiteral("fees");
    setObjectName(prefix + QStringLiteral("Panel"));
    m_heading = label("heading", prefix + QStringLiteral("Heading"), this);
    m_summary = label("subtitle", prefix + QStringLiteral("Summary"), this);
    m_table = table(prefix + QStringLiteral("Table"), kind == Kind::Holds ? 2 : 3, this);
    if (kind == Kind::Holds)
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (kind == Kind::Loans) {
        // Rows tall enough for a two-line title and a touch-sized Renew button.
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
        m_table->horizontalHeader()->resizeSection(2, 200);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->verticalHeader()->setDefaultSectionSize(88);
    }
    m_empty = label("message-info", prefix + QStringLiteral("EmptyLabel"), this);
    m_empty->hide();
    m_message = label("message-ok", prefix + QStringLiteral("MessageLabel"), this);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    if (kind == Kind::Loans) {
        m_renewAll = button("secondary", QStringLiteral("renewAllButton"), this);
        top->addWidget(m_renewAll);
        connect(m_renewAll, &QPushButton::clicked, this, &AccountPanel::renewAllRequested);
    }
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    v->addLayout(top);
    v->addWidget(m_summary);
    v->addWidget(m_message);
    v->addWidget(m_empty);
    v->addWidget(m_table, 1);
    retranslate();
}

void AccountPanel::retranslate()
{
    switch (m_kind) {
    case Kind::Loans:
        m_heading->setText(tr("My loans"));
        m_table->setHorizontalHeaderLabels({tr("Title"), tr("Due back by"), QString()});
        m_renewAll->setText(tr("Renew all"));
        m_empty->setText(tr("You have nothing on loan."));
        break;
    case Kind::Holds:
        m_heading->setText(tr("My holds"));
        m_table->setHorizontalHeaderLabels({tr("Title"), tr("Status")});
        m_empty->setText(tr("You have no holds. Titles you reserve at the desk appear here."));
        break;
    case Kind::Fees:
        m_heading->setText(tr("My fees"));
        m_table->setHorizontalHeaderLabels({tr("What for"), tr("Date"), tr("To pay")});
        m_empty->setText(tr("You owe nothing. Thank you!"));
        break;
    }
    fill();
}

void AccountPanel::reset()
{
    m_account.reset();
    m_table->setRowCount(0);
    m_summary->clear();
    m_message->hide();
    m_empty->hide();
}

void AccountPanel::show(const Circulation::PatronAccount &account, qint64 nowMs, const QHash<QString, QString> &branchNames)
{
    m_account = std::make_shared<Circulation::PatronAccount>(account);
    m_nowMs = nowMs;
    m_branchNames = branchNames;
    fill();
}

void AccountPanel::showMessage(const QString &message, bool error)
{
    setMessage(m_message, message, error ? "message-error" : "message-ok");
}

void AccountPanel::fill()
{
    m_table->setRowCount(0);
    if (!m_account) {
        m_summary->clear();
        return;
    }
    const Circulation::PatronAccount &a = *m_account;
    int rows = 0;
    switch (m_kind) {
    case Kind::Loans: {
        int overdue = 0;
        for (const Circulation::Loan &l : a.loans) {
            const int r = rows++;
            m_table->insertRow(r);
            const bool late = l.isOverdue(m_nowMs);
            overdue += late ? 1 : 0;
            QString title = l.title;
            if (l.renewals > 0)
                title += QLatin1Char('\n') + (l.renewals == 1 ? tr("Renewed once") : tr("Renewed %1 times").arg(l.renewals));
            m_table->setItem(r, 0, cell(title));
            m_table->setItem(r, 1, cell(late ? tr("%1\nOverdue").arg(longDate(l.dueDate)) : longDate(l.dueDate),
                                        late ? Style::kError : nullptr));
            QPushButton *renew = button("row", QStringLiteral("renewButton"), m_table);
            renew->setText(tr("Renew"));
            renew->setFixedHeight(58);
            renew->setProperty("barcode", l.barcode);
            const QString barcode = l.barcode;
            connect(renew, &QPushButton::clicked, this, [this, barcode] { emit renewRequested(barcode); });
            auto *holder = new QWidget(m_table);
            auto *h = new QHBoxLayout(holder);
            h->setContentsMargins(12, 0, 12, 0);
            h->addWidget(renew, 0, Qt::AlignVCenter);
            m_table->setCellWidget(r, 2, holder);
        }
        m_summary->setText(a.loans.isEmpty() ? QString()
                           : overdue > 0
                               ? tr("Overdue items cost a fee for every day they are late: return or renew them soon.")
                               : tr("Renew an item to keep it longer. Items another reader is waiting for cannot be renewed."));
        m_renewAll->setEnabled(!a.loans.isEmpty());
        break;
    }
    case Kind::Holds:
        for (const Circulation::Hold &h : a.holds) {
            const int r = rows++;
            m_table->insertRow(r);
            m_table->setItem(r, 0, cell(h.title));
            m_table->setItem(r, 1, cell(holdStatusText(h, m_branchNames.value(h.pickupBranchCode)), h.status == QLatin1String("ready") ? Style::kOk : nullptr));
        }
        m_summary->setText(a.holds.isEmpty() ? QString()
                                             : tr("Collect a ready hold at the desk of the branch shown, before the date shown."));
        break;
    case Kind::Fees: {
        qint64 total = 0;
        for (const Circulation::Fee &f : a.fees) {
            const int r = rows++;
            m_table->insertRow(r);
            total += f.balance;
            m_table->setItem(r, 0, cell(feeText(f)));
            m_table->setItem(r, 1, cell(shortDate(localDate(f.createdAt))));
            auto *amount = cell(rupiah(f.balance));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 2, amount);
        }
        m_summary->setText(a.fees.isEmpty() ? QString()
                                            : tr("To pay: %1. Fees are paid at the desk.").arg(rupiah(total)));
        break;
    }
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_table->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
}

// --- SearchPanel ----------------------------------------------------------------------------

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_heading = label("heading", QStringLiteral("searchHeading"), this);
    m_hint = label("subtitle", QStringLiteral("searchHint"), this);
    m_search = new ScanBox(QStringLiteral("searchEdit"), QStringLiteral("searchGoButton"), this);
    m_count = label("hint", QStringLiteral("searchCountLabel"), this);
    m_results = new QWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_resultsLayout = new QVBoxLayout(m_results);
    m_resultsLayout->setContentsMargins(0, 0, 8, 0);
    m_resultsLayout->setSpacing(12);
    m_resultsLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_results);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addWidget(m_search);
    v->addWidget(m_count);
    v->addWidget(m_scroll, 1);
    connect(m_search, &ScanBox::submitted, this, [this](const QString &q) {
        m_search->edit()->setText(q);
        emit searchRequested(q);
    });
    retranslate();
}

void SearchPanel::retranslate()
{
    m_heading->setText(tr("Search the catalogue"));
    m_hint->setText(tr("Type a title, an author, a subject or an ISBN."));
    m_search->retranslate(tr("What are you looking for?"), tr("Search"));
    if (m_result)
        show(m_query, *m_result);
    else
        showMessage(m_message);
}

void SearchPanel::reset()
{
    m_result.reset();
    m_query.clear();
    m_message.clear();
    m_search->edit()->clear();
    m_count->clear();
    m_count->hide();
    while (m_resultsLayout->count() > 1) {
        QLayoutItem *item = m_resultsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

QString SearchPanel::query() const
{
    return m_query;
}

void SearchPanel::focusSearch()
{
    m_search->edit()->setFocus();
}

void SearchPanel::showMessage(const QString &message)
{
    const QString query = m_query;
    reset();
    m_query = query;
    m_message = message;
    m_search->edit()->setText(query);
    if (!message.isEmpty()) {
        m_count->setText(message);
        Style::setRole(m_count, "message-error");
        m_count->show();
    }
}

void SearchPanel::show(const QString &query, const Catalogue::SearchResult &result)
{
    reset();
    m_query = query;
    m_search->edit()->setText(query);
    m_result = std::make_shared<Catalogue::SearchResult>(result);
    Style::setRole(m_count, "hint");
    m_count->setText(result.total == 0 ? tr("Nothing found for \"%1\". Try fewer or other words.").arg(query)
                     : result.total > result.hits.size()
                         ? tr("%1 titles found; the best %2 are shown.").arg(QLocale().toString(result.total)).arg(result.hits.size())
                         : (result.total == 1 ? tr("1 title found.") : tr("%1 titles found.").arg(result.total)));
    m_count->show();
    int index = 0;
    for (const Catalogue::SearchHit &hit : result.hits) {
        auto *f = new QFrame(m_results);
        f->setObjectName(QStringLiteral("searchHit"));
        Style::setRole(f, "card");
        auto *v = new QVBoxLayout(f);
        v->setContentsMargins(24, 16, 24, 16);
        v->setSpacing(6);
        QLabel *title = label("receipt-title", QStringLiteral("hitTitle"), f);
        title->setText(hit.title);
        v->addWidget(title);
        QStringList by;
        if (!hit.author.isEmpty())
            by << hit.author;
        if (hit.year > 0)
            by << QString::number(hit.year);
        if (!by.isEmpty()) {
            QLabel *author = label("hint", QStringLiteral("hitAuthor"), f);
            author->setText(by.join(QStringLiteral(" · ")));
            v->addWidget(author);
        }
        // Where the copies are: on the shelf (with the shelf mark) per branch, else when one is due back.
        QMap<QString, QStringList> onShelf;
        int available = 0;
        qint64 nextDue = 0;
        for (const Collection::Item &item : hit.items) {
            if (item.status == QLatin1String("available")) {
                ++available;
                const QString mark = item.callNumber.isEmpty() ? hit.callNumber : item.callNumber;
                QStringList &marks = onShelf[item.branchName.isEmpty() ? item.branchCode : item.branchName];
                if (!mark.isEmpty() && !marks.contains(mark))
                    marks << mark;
            } else if (item.status == QLatin1String("on_loan") && item.dueAt > 0 && (nextDue == 0 || item.dueAt < nextDue)) {
                nextDue = item.dueAt;
            }
        }
        QLabel *where = label("receipt-text", QStringLiteral("hitAvailability"), f);
        QStringList lines;
        if (hit.items.isEmpty()) {
            lines << tr("No copies to borrow.");
        } else if (available > 0) {
            lines << (hit.items.size() == 1 ? tr("On the shelf.") : tr("On the shelf: %1 of %2 copies.").arg(available).arg(hit.items.size()));
            for (auto it = onShelf.cbegin(); it != onShelf.cend(); ++it)
                lines << (it.value().isEmpty() ? it.key() : tr("%1, shelf %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
        } else if (nextDue > 0) {
            lines << tr("All copies are out; the next is due back by %1.").arg(longDate(localDate(nextDue)));
        } else {
            lines << tr("No copy is on the shelf at the moment.");
        }
        where->setText(lines.join(QLatin1Char('\n')));
        where->setStyleSheet(available > 0 ? QStringLiteral("color: #067647;") : QStringLiteral("color: #b54708;"));
        v->addWidget(where);
        m_resultsLayout->insertWidget(index++, f);
    }
}

// --- PatronPage -----------------------------------------------------------------------------

PatronPage::PatronPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("patronPage"));
    m_greeting = label("heading", QStringLiteral("patronNameLabel"), this);
    m_summary = label("subtitle", QStringLiteral("patronSummaryLabel"), this);
    m_finish = button("danger", QStringLiteral("finishButton"), this);
    m_finish->setMinimumSize(220, 72);
    m_receipt = button("secondary", QStringLiteral("printReceiptButton"), this);
    m_receipt->setMinimumSize(220, 72);
    m_receipt->hide();
    m_receiptNote = label("hint", QStringLiteral("receiptNote"), this);
    m_receiptNote->setAlignment(Qt::AlignRight);
    m_receiptNote->hide();
    m_nav = new QButtonGroup(this);
    m_nav->setExclusive(true);
    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("patronSections"));
    m_borrow = new BorrowPanel(m_sections);
    m_return = new ReturnPanel(m_sections);
    m_loans = new AccountPanel(AccountPanel::Kind::Loans, m_sections);
    m_holds = new AccountPanel(AccountPanel::Kind::Holds, m_sections);
    m_fees = new AccountPanel(AccountPanel::Kind::Fees, m_sections);
    m_search = new SearchPanel(m_sections);
    for (QWidget *w : {static_cast<QWidget *>(m_borrow), static_cast<QWidget *>(m_return), static_cast<QWidget *>(m_loans),
                       static_cast<QWidget *>(m_holds), static_cast<QWidget *>(m_fees), static_cast<QWidget *>(m_search)})
        m_sections->addWidget(w);

    auto *nav = new QVBoxLayout;
    nav->setSpacing(12);
    const QStringList names{QStringLiteral("borrowNavButton"), QStringLiteral("returnNavButton"),
                            QStringLiteral("loansNavButton"),  QStringLiteral("holdsNavButton"),
                            QStringLiteral("feesNavButton"),   QStringLiteral("searchNavButton")};
    for (int i = 0; i < names.size(); ++i) {
        QPushButton *b = button("nav", names[i], this);
        b->setCheckable(true);
        b->setMinimumHeight(68);
        m_nav->addButton(b, i);
        m_navButtons << b;
        nav->addWidget(b);
    }
    nav->addStretch(1);
    auto *navBox = new QWidget(this);
    navBox->setLayout(nav);
    navBox->setFixedWidth(300);

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_greeting);
    who->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addLayout(who, 1);
    top->addWidget(m_receipt, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(m_finish, 0, Qt::AlignTop);
    auto *body = new QHBoxLayout;
    body->setSpacing(36);
    body->addWidget(navBox);
    body->addWidget(m_sections, 1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(40, 20, 40, 24);
    v->setSpacing(20);
    v->addLayout(top);
    v->addWidget(m_receiptNote);
    v->addLayout(body, 1);

    connect(m_nav, &QButtonGroup::idClicked, this, [this](int id) {
        showSection(Section(id));
        emit sectionChosen(id);
    });
    connect(m_finish, &QPushButton::clicked, this, &PatronPage::finishRequested);
    connect(m_receipt, &QPushButton::clicked, this, &PatronPage::receiptRequested);
    retranslate();
    showSection(Borrow);
}

void PatronPage::retranslate()
{
    const QStringList texts{tr("Borrow"), tr("Return"), tr("My loans"), tr("My holds"), tr("My fees"), tr("Search")};
    for (int i = 0; i < m_navButtons.size(); ++i)
        m_navButtons[i]->setText(texts[i]);
    m_finish->setText(tr("Finish"));
    m_receipt->setText(tr("Print receipt"));
    for (auto *p : {m_borrow})
        p->retranslate();
    m_return->retranslate();
    m_loans->retranslate();
    m_holds->retranslate();
    m_fees->retranslate();
    m_search->retranslate();
    setPatron(m_patron, m_online);
}

void PatronPage::setReceiptAvailable(bool available)
{
    m_receipt->setVisible(available);
}

void PatronPage::showReceiptNote(const QString &text, bool problem)
{
    m_receiptNote->setText(text);
    m_receiptNote->setProperty("problem", problem);
    m_receiptNote->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    m_receiptNote->setVisible(!text.isEmpty());
}

void PatronPage::reset()
{
    m_patron = PatronView{};
    m_greeting->clear();
    m_summary->clear();
    setReceiptAvailable(false);
    m_receiptNote->clear();
    m_receiptNote->hide();
    m_borrow->reset();
    m_return->reset();
    m_loans->reset();
    m_holds->reset();
    m_fees->reset();
    m_search->reset();
    showSection(Borrow);
}

void PatronPage::setPatron(const PatronView &p, bool online)
{
    m_patron = p;
    m_online = online;
    if (p.card.isEmpty())
        return;
    m_greeting->setText(p.offline || p.name.isEmpty() ? tr("Hello! (card %1)").arg(p.card) : tr("Hello, %1").arg(p.name));
    QStringList parts;
    if (p.offline) {
        parts << tr("Your account will be shown when the library system is back.");
    } else {
        parts << (p.openLoans == 0 ? tr("nothing on loan")
                  : p.openLoans == 1 ? tr("1 item on loan")
                                     : tr("%1 items on loan").arg(p.openLoans));
        if (p.overdueLoans > 0)
            parts << tr("%1 overdue").arg(p.overdueLoans);
        if (p.activeHolds > 0)
            parts << (p.activeHolds == 1 ? tr("1 hold") : tr("%1 holds").arg(p.activeHolds));
        parts << (p.balance > 0 ? tr("%1 to pay").arg(rupiah(p.balance)) : tr("nothing to pay"));
    }
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    const bool full = online && !p.offline;
    for (int i : {int(Loans), int(Holds), int(Fees), int(Search)})
        m_navButtons[i]->setEnabled(full);
    m_borrow->setOffline(!full);
    if (!full && m_section != Borrow && m_section != Return)
        showSection(Borrow);
}

void PatronPage::showSection(Section section)
{
    m_section = section;
    m_sections->setCurrentIndex(int(section));
    if (QAbstractButton *b = m_nav->button(int(section)))
        b->setChecked(true);
    if (section == Borrow)
        m_borrow->focusScan();
    else if (section == Return)
        m_return->focusScan();
    else if (section == Search)
        m_search->focusSearch();
}

// --- SimplePage -----------------------------------------------------------------------------

SimplePage::SimplePage(QWidget *panel, const QString &doneName, QWidget *parent)
    : QWidget(parent)
{
    m_done = button("primary", doneName, this);
    m_done->setMinimumSize(220, 72);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(56, 24, 56, 24);
    row->setSpacing(36);
    row->addWidget(panel, 1);
    row->addWidget(m_done, 0, Qt::AlignTop);
    connect(m_done, &QPushButton::clicked, this, &SimplePage::done);
    retranslate();
}

void SimplePage::retranslate()
{
    m_done->setText(tr("Done"));
}

// --- StaffLoginPage -------------------------------------------------------------------------

StaffLoginPage::StaffLoginPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("staffLoginPage"));
    m_heading = label("title", QStringLiteral("staffLoginHeading"), this);
    m_hint = label("subtitle", QStringLiteral("staffLoginHint"), this);
    QFrame *panel = card(this);
    panel->setMaximumWidth(760);
    m_userLabel = label("field", QStringLiteral("staffUserLabel"), panel);
    m_user = new QLineEdit(panel);
    m_user->setObjectName(QStringLiteral("staffUserEdit"));
    m_passwordLabel = label("field", QStringLiteral("staffPasswordLabel"), panel);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("staffPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = label("message-error", QStringLiteral("staffMessageLabel"), panel);
    m_message->hide();
    m_ok = button("primary", QStringLiteral("staffSignInButton"), panel);
    m_cancel = button("secondary", QStringLiteral("staffCancelButton"), panel);
    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(12);
    pv->addWidget(m_userLabel);
    pv->addWidget(m_user);
    pv->addWidget(m_passwordLabel);
    pv->addWidget(m_password);
    pv->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    pv->addSpacing(8);
    pv->addLayout(buttons);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(56, 32, 56, 24);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addSpacing(12);
    v->addWidget(panel);
    v->addStretch(1);
    auto submit = [this] {
        if (m_user->text().trimmed().isEmpty()) {
            m_user->setFocus();
            return;
        }
        emit submitted(m_user->text(), m_password->text());
    };
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_ok, &QPushButton::clicked, this, submit);
    connect(m_cancel, &QPushButton::clicked, this, &StaffLoginPage::cancelled);
    retranslate();
}

void StaffLoginPage::retranslate()
{
    m_heading->setText(tr("Staff sign-in"));
    m_hint->setText(tr("Only library staff can leave the kiosk or look at its queue. Sign in with your own staff account."));
    m_userLabel->setText(tr("User name"));
    m_passwordLabel->setText(tr("Password"));
    m_ok->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
}

void StaffLoginPage::reset()
{
    m_user->clear();
    m_password->clear();
    m_message->hide();
    m_message->clear();
}

void StaffLoginPage::showError(const QString &message)
{
    setMessage(m_message, message, "message-error");
    m_password->clear();
    m_password->setFocus();
}

void StaffLoginPage::focusUser()
{
    m_user->setFocus();
}

// --- StaffPage ------------------------------------------------------------------------------

StaffPage::StaffPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("staffPage"));
    m_heading = label("heading", QStringLiteral("staffHeading"), this);
    m_who = label("hint", QStringLiteral("staffWhoLabel"), this);
    m_status = label("message-info", QStringLiteral("staffStatusLabel"), this);
    m_queueHeading = label("field", QStringLiteral("queueHeading"), this);
    m_queue = table(QStringLiteral("queueTable"), 4, this);
    m_queue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_replay = button("secondary", QStringLiteral("replayButton"), this);
    m_offlineCheckout = new QCheckBox(this);
    m_offlineCheckout->setObjectName(QStringLiteral("offlineCheckoutCheck"));
    m_offlineCheckout->setFocusPolicy(Qt::NoFocus);
    m_offlineHint = label("hint", QStringLiteral("offlineCheckoutHint"), this);
    m_resume = button("primary", QStringLiteral("resumeButton"), this);
    m_exit = button("danger", QStringLiteral("exitButton"), this);
    m_message = label("message-ok", QStringLiteral("staffPageMessage"), this);
    m_message->hide();

    auto *top = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_heading);
    who->addWidget(m_who);
    top->addLayout(who, 1);
    top->addWidget(m_resume, 0, Qt::AlignTop);
    top->addWidget(m_exit, 0, Qt::AlignTop);
    top->setSpacing(16);
    auto *queueTop = new QHBoxLayout;
    queueTop->addWidget(m_queueHeading, 1);
    queueTop->addWidget(m_replay);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(48, 16, 48, 20);
    v->setSpacing(10);
    v->addLayout(top);
    v->addWidget(m_status);
    v->addWidget(m_message);
    v->addWidget(m_offlineCheckout);
    v->addWidget(m_offlineHint);
    v->addSpacing(4);
    v->addLayout(queueTop);
    v->addWidget(m_queue, 1);
    m_queue->setMinimumHeight(120);

    connect(m_replay, &QPushButton::clicked, this, &StaffPage::replayRequested);
    connect(m_offlineCheckout, &QCheckBox::clicked, this, &StaffPage::offlineCheckoutToggled);
    connect(m_resume, &QPushButton::clicked, this, &StaffPage::resumeRequested);
    connect(m_exit, &QPushButton::clicked, this, &StaffPage::exitRequested);
    retranslate();
}

void StaffPage::retranslate()
{
    m_heading->setText(tr("Kiosk: staff"));
    m_queueHeading->setText(tr("Returns and loans taken at this kiosk"));
    m_queue->setHorizontalHeaderLabels({tr("Accepted"), tr("What"), tr("Item"), tr("Result")});
    m_replay->setText(tr("Record waiting items now"));
    m_offlineCheckout->setText(tr("Allow borrowing while the library system cannot be reached (all kiosks)"));
    m_offlineHint->setText(tr("Patrons then sign in with card and PIN as usual; the PIN is checked when the loans are "
                              "recorded, and a wrong one is reported here."));
    m_resume->setText(tr("Back to the kiosk"));
    m_exit->setText(tr("Close the kiosk"));
    setStaffName(m_staffName);
    setStatus(m_online, m_problem, m_station, m_heartbeat, m_pending, m_offlineCheckout->isChecked());
    setQueue(m_requests);
}

void StaffPage::reset()
{
    m_staffName.clear();
    m_who->clear();
    m_message->hide();
    m_requests.clear();
    m_queue->setRowCount(0);
}

void StaffPage::setStaffName(const QString &name)
{
    m_staffName = name;
    m_who->setText(name.isEmpty() ? QString() : tr("Signed in: %1").arg(name));
}

void StaffPage::setStatus(bool online, const QString &problem, const QString &station, const QString &heartbeat, int pending,
                          bool offlineCheckout)
{
    m_heartbeat = heartbeat;
    m_online = online;
    m_problem = problem;
    m_station = station;
    m_pending = pending;
    QStringList lines;
    lines << (online ? tr("The library system is reachable.") : tr("The library system cannot be reached: %1").arg(problem));
    lines << (heartbeat.isEmpty() ? tr("Station %1: heartbeats are sent, so the supervisor sees this kiosk.").arg(station)
                                  : heartbeat);
    lines << (pending == 0 ? tr("Nothing is waiting to be recorded.")
                           : (pending == 1 ? tr("1 item is waiting to be recorded.") : tr("%1 items are waiting to be recorded.").arg(pending)));
    m_status->setText(lines.join(QLatin1Char('\n')));
    Style::setRole(m_status, online ? "message-info" : "message-warn");
    m_offlineCheckout->setChecked(offlineCheckout);
    m_offlineCheckout->setEnabled(online);
    m_replay->setEnabled(online && pending > 0);
}

void StaffPage::setQueue(const QList<QueuedRequest> &requests)
{
    m_requests = requests;
    m_queue->setRowCount(0);
    int r = 0;
    for (const QueuedRequest &q : requests) {
        m_queue->insertRow(r);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.acceptedAt, QTimeZone::utc()).toLocalTime();
        m_queue->setItem(r, 0, cell(QLocale().toString(at, QStringLiteral("d MMM HH:mm"))));
        QString what = q.kind == QLatin1String("checkin") ? tr("Return") : tr("Loan to %1").arg(q.card);
        if (q.offline)
            what += QLatin1Char('\n') + tr("(while offline)");
        m_queue->setItem(r, 1, cell(what));
        m_queue->setItem(r, 2, cell(q.title.isEmpty() ? q.barcode : q.barcode + QLatin1Char('\n') + q.title));
        QString result;
        const char *colour = nullptr;
        switch (q.state) {
        case QueuedRequest::State::Pending:
            result = q.attempts == 0 ? tr("Waiting") : tr("Waiting (tried %1 times): %2").arg(q.attempts).arg(q.resultMessage);
            colour = Style::kWarn;
            break;
        case QueuedRequest::State::Applied:
            result = tr("Recorded (operation %1). %2").arg(q.operationId).arg(q.resultMessage);
            colour = Style::kOk;
            break;
        case QueuedRequest::State::AlreadyApplied:
            result = tr("Already recorded (operation %1); not applied twice.").arg(q.operationId);
            colour = Style::kOk;
            break;
        case QueuedRequest::State::Refused:
            result = tr("Refused: %1").arg(q.resultMessage);
            colour = Style::kError;
            break;
        }
        m_queue->setItem(r, 3, cell(result.trimmed(), colour));
        ++r;
    }
}

void StaffPage::showMessage(const QString &message, bool error)
{
    setMessage(m_message, message, error ? "message-error" : "message-ok");
}

} // namespace Aksara::Kiosk
