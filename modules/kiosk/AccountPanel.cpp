#include "kiosk/AccountPanel.h"

#include "kiosk/Keypad.h"
#include "kiosk/KioskWidgets.h"
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

using namespace Widgets;

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

} // namespace Aksara::Kiosk
