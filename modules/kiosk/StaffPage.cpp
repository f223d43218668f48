#include "kiosk/StaffPage.h"

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
