#include "desk/HoldsPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "circulation/Holds.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    return t;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("waiting"))
        return HoldsPage::tr("waiting");
    if (status == QLatin1String("ready"))
        return HoldsPage::tr("on the hold shelf");
    if (status == QLatin1String("in_transit"))
        return HoldsPage::tr("on its way");
    return status;
}
} // namespace

HoldsPage::HoldsPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_branch(new QComboBox(this))
    , m_shelf(table(QStringLiteral("holdShelfTable"),
                    {tr("Title"), tr("Item"), tr("For"), tr("Card"), tr("Pick up at"), tr("Ready since"), tr("Collect by")},
                    this))
    , m_queueEdit(new QLineEdit(this))
    , m_queue(table(QStringLiteral("holdQueueTable"), {tr("Place"), tr("Member"), tr("Card"), tr("Status"), tr("Pick up at"),
                                                       tr("Placed"), tr("Not needed after")},
                    this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("holdsPage"));
    m_branch->setObjectName(QStringLiteral("shelfBranchCombo"));
    m_branch->addItem(tr("All branches"), QString());
    for (const BranchInfo &b : std::as_const(session.library.branches))
        m_branch->addItem(b.name, b.code);
    const int here = m_branch->findData(session.branchCode);
    if (here > 0)
        m_branch->setCurrentIndex(here);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &HoldsPage::refreshShelf);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshShelfButton"));
    connect(refresh, &QPushButton::clicked, this, &HoldsPage::refreshShelf);
    auto *cancel = new QPushButton(tr("Cancel the selected hold"), this);
    cancel->setObjectName(QStringLiteral("cancelShelfHoldButton"));
    connect(cancel, &QPushButton::clicked, this, &HoldsPage::cancelSelected);

    auto *shelfBox = new QGroupBox(tr("Hold shelf"), this);
    auto *sb = new QVBoxLayout(shelfBox);
    auto *sbRow = new QHBoxLayout;
    sbRow->addWidget(new QLabel(tr("Branch"), shelfBox));
    sbRow->addWidget(m_branch);
    sbRow->addWidget(refresh);
    sbRow->addStretch(1);
    sbRow->addWidget(cancel);
    sb->addLayout(sbRow);
    sb->addWidget(m_shelf, 1);

    m_queueEdit->setObjectName(QStringLiteral("queueBarcodeEdit"));
    m_queueEdit->setPlaceholderText(tr("Scan an item to see who is waiting for its title"));
    m_queueEdit->setClearButtonEnabled(true);
    connect(m_queueEdit, &QLineEdit::returnPressed, this, &HoldsPage::showQueue);
    auto *queueBox = new QGroupBox(tr("Queue of a title"), this);
    auto *qb = new QVBoxLayout(queueBox);
    qb->addWidget(m_queueEdit);
    qb->addWidget(m_queue, 1);

    m_message->setObjectName(QStringLiteral("holdsMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(m_message);
    layout->addWidget(shelfBox, 3);
    layout->addWidget(queueBox, 2);
    refreshShelf();
}

void HoldsPage::refreshShelf()
{
    Circulation::Holds holds(m_session.core);
    auto r = holds.shelf(m_session.caller, m_branch->currentData().toString());
    if (!r.ok()) {
        m_message->setError(r.error());
        return;
    }
    const qint64 now = m_session.core.clock().nowMs();
    m_shelf->setRowCount(int(r->size()));
    for (int i = 0; i < r->size(); ++i) {
        const Circulation::Hold &h = r->at(i);
        const bool late = h.expiresAt > 0 && h.expiresAt < now;
        const QStringList cells{h.title, h.barcode, h.patronName, h.cardNumber, h.pickupBranchCode,
                                Format::dateOf(h.readyAt), Format::dateOf(h.expiresAt)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, h.id);
            if (late && c == 6)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_shelf->setItem(i, c, item);
        }
    }
    m_shelf->resizeColumnsToContents();
    m_shelf->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void HoldsPage::showQueue()
{
    m_message->clear();
    const QString barcode = m_queueEdit->text().trimmed();
    if (barcode.isEmpty())
        return;
    Circulation::Holds holds(m_session.core);
    auto r = holds.queue(m_session.caller, 0, barcode);
    if (!r.ok()) {
        m_message->setError(r.error());
        return;
    }
    m_queue->setRowCount(int(r->size()));
    for (int i = 0; i < r->size(); ++i) {
        const Circulation::Hold &h = r->at(i);
        const QStringList cells{h.position > 0 ? QString::number(h.position) : QString(),
                                h.patronName,
                                h.cardNumber,
                                statusText(h.status),
                                h.pickupBranchCode,
                                Format::dateOf(h.placedAt),
                                Format::date(h.notAfter)};
        for (int c = 0; c < cells.size(); ++c)
            m_queue->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_queue->resizeColumnsToContents();
    m_queue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (r->isEmpty())
        m_message->setMessage(MessageBar::Kind::Info, tr("Nobody is waiting for the title of %1.").arg(barcode));
    m_queueEdit->selectAll();
}

void HoldsPage::cancelSelected()
{
    const int row = m_shelf->currentRow();
    if (row < 0 || !m_shelf->item(row, 0)) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Choose a hold on the shelf first."));
        return;
    }
    Circulation::Holds holds(m_session.core);
    auto r = holds.cancel(m_session.caller, m_shelf->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!r.ok()) {
        m_message->setError(r.error());
        return;
    }
    m_message->setMessage(MessageBar::Kind::Success, tr("Hold cancelled: %1 for %2").arg(r->title, r->patronName),
                          {tr("Its item now goes to the next member waiting, or back to its shelf.")});
    refreshShelf();
}

} // namespace Aksara::Desk
