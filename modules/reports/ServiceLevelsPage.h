#pragma once

#include "reports/Page.h"

#include <QJsonObject>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace Aksara::Reports {

class MessageBar;

// Fill a month combo with the last `count` months up to the clock's month (data: "YYYY-MM").
void fillMonths(QComboBox *combo, qint64 nowMs, const QTimeZone &zone, int count = 12);

// Service levels of a month, drawn from the monthly report (ServiceManagement::MonthlyReport, the
// same document as the PDF): availability against the objective, SLA attainment (success and
// share within the latency threshold) against the targets, latency percentiles against the
// threshold, incidents by priority.
class ServiceLevelsPage : public Page {
    Q_OBJECT
public:
    explicit ServiceLevelsPage(ServiceCore &core, QWidget *parent = nullptr);
    void setSession(const Session &session) override;
    void refresh() override;
    const QJsonObject &report() const { return m_report; }
    QChart *availabilityChart() const;
    QChart *attainmentChart() const;
    QChart *latencyChart() const;
    QChart *incidentChart() const;

private:
    void drawAvailability();
    void drawAttainment();
    void drawLatency();
    void drawIncidents();

    QComboBox *m_month;
    QLabel *m_summary;
    MessageBar *m_message;
    QChartView *m_availability;
    QChartView *m_attainment;
    QChartView *m_latency;
    QChartView *m_incidents;
    QJsonObject m_report;
};

} // namespace Aksara::Reports
