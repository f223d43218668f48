#include "desk/PatronPanel.h"

#include "desk/Format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *i = new QTableWidgetItem(text);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}

// The circulation page gives each button its key in the tooltip.
QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus); // the scan box keeps the keyboard
    return b;
}

void fit(QTableWidget *t, int stretchColumn)
{
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}
} // namespace

PatronPanel::PatronPanel(QWidget *parent)
    : QWidget(parent)
    , m_photo(new QLabel(this))
    , m_name(new QLabel(this))
    , m_card(new QLabel(this))
    , m_category(new QLabel(this))
    , m_branch(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_status(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_contact(new QLabel(this))
{
    setObjectName(QStringLiteral("patronPanel"));
    m_photo->setObjectName(QStringLiteral("patronPhotoLabel"));
    m_photo->setFixedSize(120, 150);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(QStringLiteral("border: 1px solid #c8c8c8; background: #f2f4f5; color: #8a8a8a;"));
    m_name->setObjectName(QStringLiteral("patronNameLabel"));
    m_name->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_name->setWordWrap(true);
    m_card->setObjectName(QStringLiteral("patronCardLabel"));
    m_card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_category->setObjectName(QStringLiteral("patronCategoryLabel"));
    m_branch->setObjectName(QStringLiteral("patronBranchLabel"));
    m_expiry->setObjectName(QStringLiteral("patronExpiryLabel"));
    m_status->setObjectName(QStringLiteral("patronStatusLabel"));
    m_status->setWordWrap(true);
    m_balance->setObjectName(QStringLiteral("patronBalanceLabel"));
    m_contact->setObjectName(QStringLiteral("patronContactLabel"));
    m_contact->setWordWrap(true);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(4);
    auto caption = [this](const QString &t) {
        auto *l = new QLabel(t, this);
        l->setStyleSheet(QStringLiteral("color: #5f6b70;"));
        return l;
    };
    facts->addWidget(caption(tr("Card")), 0, 0);
    facts->addWidget(m_card, 0, 1);
    facts->addWidget(caption(tr("Category")), 1, 0);
    facts->addWidget(m_category, 1, 1);
    facts->addWidget(caption(tr("Home branch")), 2, 0);
    facts->addWidget(m_branch, 2, 1);
    facts->addWidget(caption(tr("Valid until")), 0, 2);
    facts->addWidget(m_expiry, 0, 3);
    facts->addWidget(caption(tr("Balance")), 1, 2);
    facts->addWidget(m_balance, 1, 3);
    facts->addWidget(caption(tr("Contact")), 2, 2);
    facts->addWidget(m_contact, 2, 3);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);

    auto *info = new QVBoxLayout;
    info->addWidget(m_name);
    info->addLayout(facts);
    info->addWidget(m_status);
    info->addStretch(1);

    editButton = button(QStringLiteral("editPatronButton"), tr("Edit details"), this);
    cardButton = button(QStringLiteral("cardButton"), tr("Membership card"), this);
    membershipButton = button(QStringLiteral("extendMembershipButton"), tr("Extend membership"), this);
    blockButton = button(QStringLiteral("blockButton"), tr("Block…"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(editButton);
    side->addWidget(cardButton);
    side->addWidget(membershipButton);
    side->addWidget(blockButton);
    side->addStretch(1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_photo, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(info, 1);
    header->addLayout(side);

    loansTable = table(QStringLiteral("loansTable"),
                       {tr("Barcode"), tr("Title"), tr("Borrowed"), tr("Due"), tr("Renewed"), tr("Status")}, this);
    holdsTable = table(QStringLiteral("holdsTable"),
                       {tr("Title"), tr("Copy"), tr("Status"), tr("Queue"), tr("Pick up at"), tr("Placed"), tr("Collect by")},
                       this);
    feesTable = table(QStringLiteral("feesTable"),
                      {tr("Date"), tr("Kind"), tr("Description"), tr("Amount"), tr("Still owed")}, this);
    noticesTable = table(QStringLiteral("noticesTable"),
                         {tr("Made"), tr("Notice"), tr("State"), tr("Sent to"), tr("Attempts"), tr("Reason")}, this);

    renewButton = button(QStringLiteral("renewButton"), tr("Renew"), this);
    renewAllButton = button(QStringLiteral("renewAllButton"), tr("Renew all"), this);
    slipButton = button(QStringLiteral("slipButton"), tr("Print slip"), this);
    placeHoldButton = button(QStringLiteral("placeHoldButton"), tr("Place hold…"), this);
    cancelHoldButton = button(QStringLiteral("cancelHoldButton"), tr("Cancel hold"), this);
    payButton = button(QStringLiteral("payButton"), tr("Take payment…"), this);
    waiveButton = button(QStringLiteral("waiveButton"), tr("Waive…"), this);
    retryNoticeButton = button(QStringLiteral("retryNoticeButton"), tr("Send again"), this);
    retryNoticeButton->setToolTip(tr("Queue a failed or unconfirmed notice again; the server sends it at its next run."));

    auto page = [this](QTableWidget *t, std::initializer_list<QPushButton *> buttons) {
        auto *w = new QWidget(this);
        auto *v = new QVBoxLayout(w);
        v->setContentsMargins(0, 6, 0, 0);
        v->addWidget(t, 1);
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch(1);
        v->addLayout(row);
        return w;
    };
    tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("patronTabs"));
    tabs->setFocusPolicy(Qt::NoFocus);
    tabs->addTab(page(loansTable, {renewButton, renewAllButton, slipButton}), QString());
    tabs->addTab(page(holdsTable, {placeHoldButton, cancelHoldButton}), QString());
    tabs->addTab(page(feesTable, {payButton, waiveButton}), QString());
    tabs->addTab(page(noticesTable, {retryNoticeButton}), tr("Notices"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
}

void PatronPanel::setPhoto(const QByteArray &data)
{
    QPixmap pm;
    if (!data.isEmpty() && pm.loadFromData(data)) {
        m_photo->setPixmap(pm.scaled(m_photo->size() - QSize(2, 2), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_photo->setPixmap(QPixmap());
        m_photo->setText(tr("No photo"));
    }
}

void PatronPanel::showTab(int index)
{
    tabs->setCurrentIndex(index);
}

void PatronPanel::setAccount(const Circulation::PatronAccount &a, qint64 nowMs, const QSet<QString> &lentNow)
{
    const Circulation::Patron &p = a.patron;
    const QDate today = Format::localDate(nowMs);
    m_name->setText(p.name);
    m_card->setText(p.cardNumber);
    m_category->setText(p.categoryName);
    m_branch->setText(p.homeBranchName.isEmpty() ? p.homeBranchCode : p.homeBranchName);
    if (p.isExpired(today))
        m_expiry->setText(QStringLiteral("<span style='color:#b00020; font-weight:600'>%1</span>")
                              .arg(tr("expired %1").arg(Format::date(p.expiresOn)).toHtmlEscaped()));
    else
        m_expiry->setText(Format::date(p.expiresOn).toHtmlEscaped());
    const bool overLimit = p.balance > p.debtLimit;
    m_balance->setText(QStringLiteral("<span style='%1'>%2</span>")
                           .arg(overLimit ? QStringLiteral("color:#b00020; font-weight:600") : QString(),
                                (p.balance == 0 ? tr("nothing owed") : Format::money(p.balance)).toHtmlEscaped()));
    QStringList contact;
    for (const QString &c : {p.phone, p.email})
        if (!c.isEmpty())
            contact << c;
    m_contact->setText(contact.isEmpty() ? tr("—") : contact.join(QStringLiteral(" · ")));

    QStringList warnings;
    if (p.status == QLatin1String("blocked"))
        warnings << (p.blockReason.isEmpty() ? tr("BLOCKED") : tr("BLOCKED: %1").arg(p.blockReason));
    else if (p.status == QLatin1String("left"))
        warnings << tr("Has left the library");
    if (p.isExpired(today))
        warnings << tr("Membership expired on %1").arg(Format::date(p.expiresOn));
    if (overLimit)
        warnings << tr("Owes %1 (limit %2)").arg(Format::money(p.balance), Format::money(p.debtLimit));
    if (p.overdueLoans > 0)
        warnings << tr("%n overdue item(s)", nullptr, p.overdueLoans);
    if (warnings.isEmpty()) {
        m_status->setText(QStringLiteral("<span style='color:#1e7b34; font-weight:600'>✔ %1</span>")
                              .arg(tr("In good standing").toHtmlEscaped()));
    } else {
        QStringList escaped;
        for (const QString &w : std::as_const(warnings))
            escaped << w.toHtmlEscaped();
        m_status->setText(QStringLiteral("<span style='color:#b00020; font-weight:600'>⚠ %1</span>")
                              .arg(escaped.join(QStringLiteral(" · "))));
    }
    blockButton->setText(p.status == QLatin1String("blocked") ? tr("Unblock") : tr("Block…"));

    // Soonest due first: what the librarian reads out to the patron.
    QList<Circulation::Loan> loans = a.loans;
    std::stable_sort(loans.begin(), loans.end(), [](const auto &x, const auto &y) { return x.dueAt < y.dueAt; });
    loansTable->setRowCount(int(loans.size()));
    for (int r = 0; r < loans.size(); ++r) {
        const Circulation::Loan &l = loans[r];
        const bool overdue = l.isOverdue(nowMs);
        const bool fresh = lentNow.contains(l.barcode);
        QString status;
        if (overdue) {
            const qint64 days = Format::localDate(l.dueAt).daysTo(today);
            status = days > 0 ? tr("overdue %n day(s)", nullptr, int(days)) : tr("overdue");
        } else if (fresh) {
            status = tr("lent just now");
        }
        const QStringList cells{l.barcode, l.title, Format::dateOf(l.issuedAt), Format::date(l.dueDate),
                                l.renewals > 0 ? tr("%n time(s)", nullptr, l.renewals) : QString(), status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = cell(cells[c], c == 0 ? QVariant(l.barcode) : QVariant());
            if (overdue && (c == 3 || c == 5))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (fresh) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            loansTable->setItem(r, c, item);
        }
    }
    fit(loansTable, 1);

    holdsTable->setRowCount(int(a.holds.size()));
    for (int r = 0; r < a.holds.size(); ++r) {
        const Circulation::Hold &h = a.holds[r];
        QString status = h.status;
        if (h.status == QLatin1String("waiting"))
            status = tr("waiting");
        else if (h.status == QLatin1String("ready"))
            status = tr("ready on the hold shelf");
        else if (h.status == QLatin1String("in_transit"))
            status = tr("on its way");
        const QStringList cells{h.title,
                                h.level == QLatin1String("copy") ? h.barcode : tr("any copy"),
                                status,
                                h.position > 0 ? QString::number(h.position) : QString(),
                                h.pickupBranchCode,
                                Format::dateOf(h.placedAt),
                                Format::dateOf(h.expiresAt)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = cell(cells[c], c == 0 ? QVariant(h.id) : QVariant());
            if (h.status == QLatin1String("ready") && c == 2)
                item->setForeground(QColor(0x1e, 0x7b, 0x34));
            holdsTable->setItem(r, c, item);
        }
    }
    fit(holdsTable, 0);

    feesTable->setRowCount(int(a.fees.size()));
    for (int r = 0; r < a.fees.size(); ++r) {
        const Circulation::Fee &f = a.fees[r];
        QString kind = f.kind;
        if (f.kind == QLatin1String("overdue"))
            kind = tr("overdue");
        else if (f.kind == QLatin1String("lost"))
            kind = tr("lost item");
        else if (f.kind == QLatin1String("card_replacement"))
            kind = tr("new card");
        else if (f.kind == QLatin1String("manual"))
            kind = tr("other");
        const QStringList cells{Format::dateOf(f.createdAt), kind, f.description, Format::money(f.amount),
                                Format::money(f.balance)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = cell(cells[c], c == 0 ? QVariant(f.id) : QVariant());
            if (c == 0)
                item->setData(Qt::UserRole + 1, f.balance);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            feesTable->setItem(r, c, item);
        }
    }
    fit(feesTable, 2);

    tabs->setTabText(0, tr("Loans (%1)").arg(a.loans.size()));
    tabs->setTabText(1, tr("Holds (%1)").arg(a.holds.size()));
    tabs->setTabText(2, p.balance > 0 ? tr("Fees (%1)").arg(Format::money(p.balance)) : tr("Fees"));
}

QString PatronPanel::selectedLoanBarcode() const
{
    const int r = loansTable->currentRow();
    return r < 0 || !loansTable->item(r, 0) ? QString() : loansTable->item(r, 0)->data(Qt::UserRole).toString();
}

qint64 PatronPanel::selectedHoldId() const
{
    const int r = holdsTable->currentRow();
    return r < 0 || !holdsTable->item(r, 0) ? 0 : holdsTable->item(r, 0)->data(Qt::UserRole).toLongLong();
}

qint64 PatronPanel::selectedFeeId() const
{
    const int r = feesTable->currentRow();
    return r < 0 || !feesTable->item(r, 0) ? 0 : feesTable->item(r, 0)->data(Qt::UserRole).toLongLong();
}

qint64 PatronPanel::selectedFeeBalance() const
{
    const int r = feesTable->currentRow();
    return r < 0 || !feesTable->item(r, 0) ? 0 : feesTable->item(r, 0)->data(Qt::UserRole + 1).toLongLong();
}

qint64 PatronPanel::selectedNoticeId() const
{
    const int r = noticesTable->currentRow();
    return r < 0 || !noticesTable->item(r, 0) ? 0 : noticesTable->item(r, 0)->data(Qt::UserRole).toLongLong();
}

void PatronPanel::setNotices(const QList<Notices::Delivery> &notices)
{
    noticesTable->setRowCount(int(notices.size()));
    int troubled = 0;
    for (int r = 0; r < notices.size(); ++r) {
        const Notices::Delivery &d = notices[r];
        QString kind = d.kind;
        if (d.kind == QLatin1String("overdue"))
            kind = tr("overdue loan");
        else if (d.kind == QLatin1String("hold_ready"))
            kind = tr("hold ready");
        else if (d.kind == QLatin1String("hold_expiring"))
            kind = tr("hold pickup reminder");
        else if (d.kind == QLatin1String("membership_expiring"))
            kind = tr("membership ending");
        QString state = d.state;
        if (d.state == QLatin1String("queued"))
            state = tr("queued");
        else if (d.state == QLatin1String("sending"))
            state = tr("sending");
        else if (d.state == QLatin1String("sent"))
            state = tr("sent %1").arg(Format::dateTime(d.sentAt));
        else if (d.state == QLatin1String("failed"))
            state = d.nextAttemptAt ? tr("failed, retry %1").arg(Format::dateTime(d.nextAttemptAt)) : tr("failed, given up");
        else if (d.state == QLatin1String("unconfirmed"))
            state = tr("unconfirmed");
        const bool trouble = d.state == QLatin1String("failed") || d.state == QLatin1String("unconfirmed");
        troubled += trouble ? 1 : 0;
        const QStringList cells{Format::dateOf(d.createdAt), kind, state, d.address, QString::number(d.attempts), d.error};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = cell(cells[c], c == 0 ? QVariant(d.id) : QVariant());
            if (trouble && c == 2)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            if (c == 5)
                item->setToolTip(d.error);
            noticesTable->setItem(r, c, item);
        }
    }
    fit(noticesTable, 5);
    tabs->setTabText(3, troubled ? tr("Notices (%1 failed)").arg(troubled) : tr("Notices (%1)").arg(notices.size()));
}

} // namespace Aksara::Desk
