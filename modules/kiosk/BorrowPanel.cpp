#include "kiosk/BorrowPanel.h"

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

} // namespace Aksara::Kiosk
