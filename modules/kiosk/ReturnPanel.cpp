#include "kiosk/ReturnPanel.h"

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

} // namespace Aksara::Kiosk
