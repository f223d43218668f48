#include "desk/PatronsPage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/PatronForm.h"

#include "circulation/Patrons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

PatronsPage::PatronsPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("patronsPage"));
    m_search->setObjectName(QStringLiteral("patronSearchEdit"));
    m_search->setPlaceholderText(tr("Name, card number or NIK — then Enter"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(34);
    connect(m_search, &QLineEdit::returnPressed, this, &PatronsPage::search);
    auto *find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("patronSearchButton"));
    connect(find, &QPushButton::clicked, this, &PatronsPage::search);
    auto *reg = new QPushButton(tr("Register a new member…"), this);
    reg->setObjectName(QStringLiteral("registerButton"));
    reg->setToolTip(tr("Ctrl+N"));
    connect(reg, &QPushButton::clicked, this, &PatronsPage::registerPatron);

    m_results->setObjectName(QStringLiteral("patronResultsTable"));
    m_results->setColumnCount(8);
    m_results->setHorizontalHeaderLabels({tr("Card"), tr("Name"), tr("Born"), tr("Phone"), tr("Category"), tr("Home branch"),
                                          tr("Valid until"), tr("Status")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->installEventFilter(this);
    m_search->installEventFilter(this);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &PatronsPage::openSelected);
    m_message->setObjectName(QStringLiteral("patronsMessage"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(find);
    row->addSpacing(16);
    row->addWidget(reg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_search);
}

void PatronsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatronsPage::search()
{
    m_message->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    Circulation::Patrons patrons(m_session.core);
    auto r = patrons.search(m_session.caller, text, 100);
    if (!r.ok()) {
        m_message->setError(r.error());
        return;
    }
    const QDate today = Format::localDate(m_session.core.clock().nowMs());
    m_results->setRowCount(int(r->size()));
    for (int i = 0; i < r->size(); ++i) {
        const Circulation::Patron &p = r->at(i);
        QString status = tr("active");
        if (p.status == QLatin1String("blocked"))
            status = tr("blocked");
        else if (p.status == QLatin1String("left"))
            status = tr("left");
        else if (p.isExpired(today))
            status = tr("expired");
        const QStringList cells{p.cardNumber,
                                p.name,
                                Format::date(p.birthDate),
                                p.phone,
                                p.categoryName,
                                p.homeBranchName.isEmpty() ? p.homeBranchCode : p.homeBranchName,
                                Format::date(p.expiresOn),
                                status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, p.cardNumber);
            if (c == 7 && status != tr("active"))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_results->setItem(i, c, item);
        }
    }
    m_results->resizeColumnsToContents();
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (r->isEmpty())
        m_message->setMessage(MessageBar::Kind::Info, tr("No member matches \"%1\".").arg(text));
    else
        m_results->selectRow(0);
}

void PatronsPage::openSelected()
{
    const int r = m_results->currentRow();
    if (r >= 0 && m_results->item(r, 0))
        emit openPatron(m_results->item(r, 0)->data(Qt::UserRole).toString());
}

bool PatronsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if (watched == m_results && (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter)) {
            openSelected();
            return true;
        }
        // Down from the search box goes into the results.
        if (watched == m_search && k->key() == Qt::Key_Down && m_results->rowCount() > 0) {
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatronsPage::registerPatron()
{
    auto *form = new PatronForm(m_session, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &PatronForm::saved, this, [this, form](const Circulation::Patron &p) {
        emit registered(p, form->openCardAfterSaving());
    });
    form->open();
}

} // namespace Aksara::Desk
