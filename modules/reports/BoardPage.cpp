#include "reports/BoardPage.h"

#include "reports/Format.h"
#include "reports/LiveBoard.h"
#include "reports/Widgets.h"
#include "shell/ServiceNames.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

BoardPage::BoardPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_tiles(new QGridLayout)
    , m_incidents(new QTableWidget(this))
    , m_stations(new QTableWidget(this))
    , m_changes(new QTableWidget(this))
    , m_incidentsHeading(sectionHeading(tr("Open incidents"), this))
    , m_updated(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("boardPage"));
    m_incidents->setObjectName(QStringLiteral("boardIncidentTable"));
    m_stations->setObjectName(QStringLiteral("stationTable"));
    m_changes->setObjectName(QStringLiteral("boardChangeTable"));
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setStyleSheet(QStringLiteral("color: #616161;"));
    setUpTable(m_incidents, {tr("No."), tr("Priority"), tr("Title"), tr("Service"), tr("Status"), tr("Time to own"),
                             tr("Time to resolve")});
    setUpTable(m_stations, {tr("Station"), tr("Kind"), tr("State"), tr("Last heartbeat")});
    setUpTable(m_changes, {tr("No."), tr("Change"), tr("Status"), tr("Planned window")});
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_changes, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto *item = m_changes->item(row, 0))
            emit changeActivated(item->data(Qt::UserRole).toLongLong());
    });
    m_incidents->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Station codes are short and must show whole; the last heartbeat takes what is left.
    m_stations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stations->horizontalHeader()->setStretchLastSection(true);
    connect(m_incidents, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto *item = m_incidents->item(row, 0))
            emit incidentActivated(item->data(Qt::UserRole).toLongLong());
    });

    auto *refreshButton = new QPushButton(tr("Refresh now"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &BoardPage::refresh);

    m_loans = new StatTile(tr("Loans"), this);
    m_returns = new StatTile(tr("Returns"), this);
    m_active = new StatTile(tr("Borrowing members"), this);
    m_newMembers = new StatTile(tr("New members"), this);
    m_overdue = new StatTile(tr("Overdue loans now"), this);
    m_payments = new StatTile(tr("Payments received"), this);
    m_loans->setObjectName(QStringLiteral("todayLoansTile"));
    m_returns->setObjectName(QStringLiteral("todayReturnsTile"));
    m_overdue->setObjectName(QStringLiteral("overdueTile"));

    auto *head = new QHBoxLayout;
    head->addWidget(sectionHeading(tr("Services"), this));
    head->addStretch(1);
    head->addWidget(m_updated);
    head->addWidget(refreshButton);

    m_tiles->setSpacing(8);

    // Left: what needs attention (open incidents, then changes under way or coming). Right: the
    // stations and today's circulation.
    auto *left = new QVBoxLayout;
    left->addWidget(m_incidentsHeading);
    left->addWidget(m_incidents, 2);
    left->addWidget(sectionHeading(tr("Changes under way and coming"), this));
    left->addWidget(m_changes, 1);
    auto *todayGrid = new QGridLayout;
    todayGrid->setSpacing(8);
    int k = 0;
    for (StatTile *t : {m_loans, m_returns, m_active, m_newMembers, m_overdue, m_payments}) {
        todayGrid->addWidget(t, k / 2, k % 2);
        ++k;
    }
    auto *right = new QVBoxLayout;
    right->addWidget(sectionHeading(tr("Stations"), this));
    right->addWidget(m_stations, 1);
    right->addWidget(sectionHeading(tr("Today's circulation"), this));
    right->addLayout(todayGrid);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    middle->addLayout(left, 2);
    middle->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addLayout(m_tiles);
    layout->addLayout(middle, 1);

    m_timer.setInterval(kRefreshSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BoardPage::refresh);
}

void BoardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_session.signedIn()) {
        refresh();
        m_timer.start();
    }
}

void BoardPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_timer.stop();
}

void BoardPage::refresh()
{
    if (!m_session.signedIn())
        return;
    LiveBoard board(m_core);
    auto snap = board.snapshot(m_session.caller);
    if (!snap.ok()) {
        m_message->showError(snap.error().message);
        return;
    }
    m_message->clearMessage();
    const QTimeZone &zone = m_session.zone;

    // Service tiles, five to a row.
    const int columns = 5;
    while (m_serviceTiles.size() < snap->services.size()) {
        auto *tile = new ServiceTile(this);
        tile->setObjectName(QStringLiteral("serviceTile_%1").arg(m_serviceTiles.size()));
        m_tiles->addWidget(tile, int(m_serviceTiles.size()) / columns, int(m_serviceTiles.size()) % columns);
        m_serviceTiles << tile;
    }
    for (int c = 0; c < columns; ++c)
        m_tiles->setColumnStretch(c, 1);
    for (int i = 0; i < m_serviceTiles.size(); ++i) {
        ServiceTile *tile = m_serviceTiles[i];
        if (i >= snap->services.size()) {
            tile->hide();
            continue;
        }
        const ServiceHealth &h = snap->services[i];
        const ServiceFigures &t = h.today;
        tile->setObjectName(QStringLiteral("serviceTile_") + h.recent.service.code);
        QString figures = t.total() == 0 ? tr("No operations today")
                                         : tr("%1 today · %2 success").arg(formatCount(t.total()), formatPercent(t.successRatio(), 1));
        if (h.openIncidents > 0)
            figures += QLatin1Char('\n') + tr("%n open incident(s)", nullptr, int(h.openIncidents));
        tile->set(Shell::serviceName(h.recent.service.code, h.recent.service.name), h.health, figures,
                  h.reasons.join(QLatin1Char('\n')));
        tile->show();
    }

    // Open incidents, the most urgent first.
    m_incidentsHeading->setText(tr("Open incidents (%1)").arg(snap->incidents.size()));
    m_incidents->setRowCount(int(snap->incidents.size()));
    for (int r = 0; r < snap->incidents.size(); ++r) {
        const OpenIncident &o = snap->incidents[r];
        const auto &i = o.incident;
        auto *id = numberCell(QString::number(i.id));
        id->setData(Qt::UserRole, i.id);
        m_incidents->setItem(r, 0, id);
        m_incidents->setItem(r, 1, cell(priorityName(i.priority) + (i.major ? tr(" · major") : QString())));
        m_incidents->setItem(r, 2, cell(i.title));
        m_incidents->setItem(r, 3, cell(m_session.serviceLabel(i.serviceCode)));
        m_incidents->setItem(r, 4, cell(incidentStatusName(i.status)));
        int column = 5;
        for (const ServiceManagement::ClockState *c : {&o.clocks.own, &o.clocks.resolve}) {
            auto *item = cell(clockText(*c));
            const QString attention = clockAttention(*c);
            if (attention != QLatin1String("ok")) {
                const QColor color = attention == QLatin1String("breach") ? Palette::bad() : Palette::warning();
                item->setBackground(Palette::lightOf(color));
                item->setForeground(color.darker(130));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            item->setData(Qt::UserRole, attention);
            m_incidents->setItem(r, column++, item);
        }
    }
    m_incidents->resizeColumnsToContents();
    m_incidents->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    // Stations.
    m_stations->setRowCount(int(snap->stations.size()));
    for (int r = 0; r < snap->stations.size(); ++r) {
        const auto &s = snap->stations[r];
        auto *name = cell(s.code);
        name->setToolTip(s.name);
        m_stations->setItem(r, 0, name);
        m_stations->setItem(r, 1, cell(stationKindName(s.kind)));
        auto *state = cell(stationStateName(s.state));
        state->setForeground(stationColor(s.state));
        QFont f = state->font();
        f.setBold(true);
        state->setFont(f);
        state->setData(Qt::UserRole, s.state);
        m_stations->setItem(r, 2, state);
        m_stations->setItem(r, 3, cell(s.lastHeartbeatAt ? tr("%1 (%2)").arg(formatAgo(s.lastHeartbeatAt, snap->atMs),
                                                                            formatTime(s.lastHeartbeatAt, zone))
                                                          : formatAgo(0, snap->atMs)));
    }
    m_stations->resizeColumnsToContents();
    // Station codes are short and must show whole; the last heartbeat takes what is left.
    m_stations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stations->horizontalHeader()->setStretchLastSection(true);

    // Changes under way or coming.
    m_changes->setRowCount(int(snap->changes.size()));
    for (int r = 0; r < snap->changes.size(); ++r) {
        const auto &c = snap->changes[r];
        auto *id = numberCell(QString::number(c.id));
        id->setData(Qt::UserRole, c.id);
        m_changes->setItem(r, 0, id);
        m_changes->setItem(r, 1, cell(c.title));
        auto *status = cell(changeStatusName(c.status));
        if (c.status == QLatin1String("in_progress"))
            status->setForeground(Palette::planned());
        m_changes->setItem(r, 2, status);
        m_changes->setItem(r, 3, cell(c.plannedStartAt ? tr("%1 – %2").arg(formatShortDateTime(c.plannedStartAt, zone),
                                                                         formatTime(c.plannedEndAt, zone))
                                                       : tr("not scheduled")));
    }
    m_changes->resizeColumnsToContents();
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    // Today's circulation.
    const CirculationStatistics &c = snap->today;
    m_loans->setValue(formatCount(c.loans));
    m_returns->setValue(formatCount(c.returns));
    m_active->setValue(formatCount(c.activeMembers));
    m_newMembers->setValue(formatCount(c.newMembers));
    m_overdue->setValue(formatCount(c.overdue));
    m_overdue->setAccent(c.overdue > 0 ? Palette::warning() : Palette::accent());
    m_payments->setValue(formatRupiah(c.paymentsReceived));

    m_updated->setText(tr("Updated %1 · refreshes every %2 s")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(snap->atMs, Qt::UTC).toTimeZone(zone).time(),
                                                   QStringLiteral("HH:mm:ss")))
                           .arg(kRefreshSeconds));
}

} // namespace Aksara::Reports
