#pragma once

#include "reports/Page.h"

#include <QList>
#include <QTimer>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace Aksara::Reports {

class MessageBar;
class ServiceTile;
class StatTile;

// The live board: every service up / degraded / down, the stations and their last heartbeat, the
// open incidents with their SLA clocks (warning and breach highlighted) and today's circulation.
// One LiveBoard snapshot per refresh; it refreshes itself every refreshSeconds while shown.
class BoardPage : public Page {
    Q_OBJECT
public:
    static constexpr int kRefreshSeconds = 30;
    explicit BoardPage(ServiceCore &core, QWidget *parent = nullptr);

    void refresh() override;
    QTimer &timer() { return m_timer; }

signals:
    void incidentActivated(qint64 id);
    void changeActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QGridLayout *m_tiles;
    QList<ServiceTile *> m_serviceTiles;
    QTableWidget *m_incidents;
    QTableWidget *m_stations;
    QTableWidget *m_changes;
    QLabel *m_incidentsHeading;
    QLabel *m_updated;
    MessageBar *m_message;
    StatTile *m_loans;
    StatTile *m_returns;
    StatTile *m_active;
    StatTile *m_newMembers;
    StatTile *m_overdue;
    StatTile *m_payments;
    QTimer m_timer;
};

} // namespace Aksara::Reports
