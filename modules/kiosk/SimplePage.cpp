#include "kiosk/SimplePage.h"

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

} // namespace Aksara::Kiosk
