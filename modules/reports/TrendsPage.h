#pragma once

#include "reports/Page.h"

#include <QJsonObject>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace Aksara::Reports {

class MessageBar;

// Month by month: for the last six months, each service's availability and SLA attainment, from
// each month's monthly report (ServiceManagement::MonthlyReport; a closed month gives its frozen
// figures), and how many services met all their targets in each month.
class TrendsPage : public Page {
    Q_OBJECT
public:
    static constexpr int kMonths = 6;

    explicit TrendsPage(ServiceCore &core, QWidget *parent = nullptr);
    void refresh() override;
    QTableWidget *table() const { return m_table; }
    QChart *chart() const;
    // The reports behind the screen, oldest month first ("YYYY-MM" → report; absent when refused).
    const QList<std::pair<QString, QJsonObject>> &reports() const { return m_reports; }

private:
    void fill();
    void draw();

    QLabel *m_intro;
    MessageBar *m_message;
    QTableWidget *m_table;
    QChartView *m_chart;
    QList<std::pair<QString, QJsonObject>> m_reports;
};

} // namespace Aksara::Reports
