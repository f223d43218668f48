#include "reports/ServiceLevelsPage.h"

#include "reports/Format.h"
#include "reports/Widgets.h"
#include "service/MonthlyReport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace Aksara::Reports {

void fillMonths(QComboBox *combo, qint64 nowMs, const QTimeZone &zone, int count)
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(zone).date();
    QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < count; ++i, first = first.addMonths(-1))
        combo->addItem(formatMonth(first), first.toString(QStringLiteral("yyyy-MM")));
    if (const int k = combo->findData(keep); k >= 0)
        combo->setCurrentIndex(k);
}

namespace {

QChartView *chartView(const char *name, QWidget *parent)
{
    auto *v = new QChartView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(220);
    return v;
}

// A percentage axis that shows the spread near the top: from a little below the lowest value (at
// most 100 %) to 100 %.
QValueAxis *percentAxis(double lowest)
{
    auto *axis = new QValueAxis;
    const double lo = std::clamp(std::isfinite(lowest) ? std::floor(lowest - 0.5) : 99.0, 0.0, 99.0);
    // Round steps (0.5, 1, 2, 5, 10, 20 %) with at most eight of them, ending at 100 %.
    const double span = 100.0 - lo;
    double step = 20;
    for (double s : {0.5, 1.0, 2.0, 5.0, 10.0, 20.0})
        if (span / s <= 8) {
            step = s;
            break;
        }
    const int steps = int(std::ceil(span / step - 1e-9));
    axis->setRange(100.0 - steps * step, 100.0);
    axis->setTickCount(steps + 1);
    // The chart localizes the number (QChart::localizeNumbers); the rest of the format is kept as is.
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f %") : QStringLiteral("%.0f %"));
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

// Services with operations in the month (success, latency) or all of them (availability).
QList<QJsonObject> servicesOf(const QJsonObject &report, bool withVolumeOnly)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : report.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!withVolumeOnly || s.value(QStringLiteral("volume")).toInteger() > 0)
            out << s;
    }
    return out;
}

} // namespace

ServiceLevelsPage::ServiceLevelsPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_month(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_availability(chartView("availabilityChart", this))
    , m_attainment(chartView("attainmentChart", this))
    , m_latency(chartView("latencyChart", this))
    , m_incidents(chartView("incidentChart", this))
{
    setObjectName(QStringLiteral("serviceLevelsPage"));
    m_month->setObjectName(QStringLiteral("monthCombo"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    connect(m_month, &QComboBox::activated, this, &ServiceLevelsPage::refresh);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Month"), this));
    head->addWidget(m_month);
    head->addSpacing(16);
    head->addWidget(m_summary, 1);
    // Availability lists every service of the catalogue: it gets the tall place.
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_availability, 3);
    left->addWidget(m_incidents, 2);
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_attainment, 1);
    right->addWidget(m_latency, 1);
    auto *grid = new QHBoxLayout;
    grid->setSpacing(10);
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
}

QChart *ServiceLevelsPage::availabilityChart() const { return m_availability->chart(); }
QChart *ServiceLevelsPage::attainmentChart() const { return m_attainment->chart(); }
QChart *ServiceLevelsPage::latencyChart() const { return m_latency->chart(); }
QChart *ServiceLevelsPage::incidentChart() const { return m_incidents->chart(); }

void ServiceLevelsPage::setSession(const Session &session)
{
    Page::setSession(session);
    fillMonths(m_month, m_core.clock().nowMs(), session.zone);
}

void ServiceLevelsPage::refresh()
{
    if (!m_session.signedIn())
        return;
    ServiceManagement::MonthlyReport monthly(m_core);
    auto r = monthly.report(m_session.caller, m_month->currentData().toString());
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return;
    }
    m_message->clearMessage();
    m_report = *r;
    const QJsonObject summary = m_report.value(QStringLiteral("summary")).toObject();
    const QJsonObject period = m_report.value(QStringLiteral("period")).toObject();
    QString text = tr("%1 of %2 services met all their targets; %n target(s) missed.", nullptr,
                      summary.value(QStringLiteral("missed_targets")).toInt())
                       .arg(summary.value(QStringLiteral("services_meeting_targets")).toInt())
                       .arg(summary.value(QStringLiteral("services")).toInt());
    if (!m_report.value(QStringLiteral("frozen")).isNull())
        text += QLatin1Char(' ') + tr("The month is closed: these figures are frozen.");
    else if (!period.value(QStringLiteral("complete")).toBool())
        text += QLatin1Char(' ') + tr("Month to date, as of %1.").arg(formatDateTime(isoToMs(period.value(QStringLiteral("as_of"))), m_session.zone));
    m_summary->setText(text);
    drawAvailability();
    drawAttainment();
    drawLatency();
    drawIncidents();
}

void ServiceLevelsPage::drawAvailability()
{
    auto *chart = new QChart;
    styleChart(chart, tr("Availability in service hours"));
    auto *actual = barSet(tr("Availability"), Palette::accent());
    auto *objective = barSet(tr("Objective"), QColor(0xb0, 0xbe, 0xc5));
    QStringList names;
    double lowest = 100.0;
    const QList<QJsonObject> services = servicesOf(m_report, false);
    // Bottom to top in a horizontal bar chart: reverse, so the list reads from the top.
    for (auto it = services.crbegin(); it != services.crend(); ++it) {
        const QJsonObject a = it->value(QStringLiteral("availability")).toObject();
        const double pct = a.value(QStringLiteral("availability_bp")).isNull() ? 100.0 : a.value(QStringLiteral("availability_bp")).toDouble() / 100.0;
        const double obj = a.value(QStringLiteral("objective_bp")).toDouble() / 100.0;
        *actual << pct;
        *objective << obj;
        lowest = std::min({lowest, pct, obj});
        names << m_session.serviceLabel(it->value(QStringLiteral("code")).toString());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(objective);
    series->append(actual);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = percentAxis(lowest);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QChart *old = m_availability->chart();
    m_availability->setChart(chart);
    delete old;
}

void ServiceLevelsPage::drawAttainment()
{
    auto *chart = new QChart;
    styleChart(chart, tr("SLA attainment: success and answers within the time target"));
    auto *success = barSet(tr("Success"), Palette::good());
    auto *within = barSet(tr("Within the time target"), Palette::planned());
    QStringList names;
    double lowest = 100.0;
    const QList<QJsonObject> services = servicesOf(m_report, true);
    for (auto it = services.crbegin(); it != services.crend(); ++it) {
        // No figure (nothing answered): no bar.
        const auto pct = [&](const char *key) {
            const QJsonValue v = it->value(QLatin1String(key));
            return v.isNull() ? 0.0 : v.toDouble() / 100.0;
        };
        *success << pct("success_bp");
        *within << pct("within_threshold_bp");
        for (const char *key : {"success_bp", "within_threshold_bp"})
            if (!it->value(QLatin1String(key)).isNull())
                lowest = std::min(lowest, pct(key));
        const QJsonObject t = it->value(QStringLiteral("targets")).toObject();
        lowest = std::min({lowest, t.value(QStringLiteral("success_objective_bp")).toDouble() / 100.0,
                           t.value(QStringLiteral("latency_target_bp")).toDouble() / 100.0});
        names << m_session.serviceLabel(it->value(QStringLiteral("code")).toString());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(within);
    series->append(success);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names.isEmpty() ? QStringList{tr("No operations this month")} : names);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = percentAxis(lowest);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QChart *old = m_attainment->chart();
    m_attainment->setChart(chart);
    delete old;
}

void ServiceLevelsPage::drawLatency()
{
    // A dot plot on a logarithmic scale: p50, p95 and p99 of each service, and its threshold. The
    // points are placed at log10(µs) and the axis is labelled by hand (100 µs, 1 ms, 10 ms, …), so
    // that its labels are in the interface's locale.
    auto *chart = new QChart;
    styleChart(chart, tr("Latency percentiles against the threshold (logarithmic scale)"));
    struct Mark {
        const char *key;
        QString label;
        QColor color;
        QScatterSeries::MarkerShape shape;
    };
    const QList<Mark> marks{{"latency_p50_us", tr("p50"), Palette::good(), QScatterSeries::MarkerShapeCircle},
                            {"latency_p95_us", tr("p95"), Palette::warning(), QScatterSeries::MarkerShapeCircle},
                            {"latency_p99_us", tr("p99"), Palette::bad(), QScatterSeries::MarkerShapeCircle},
                            {nullptr, tr("Threshold"), QColor(0x37, 0x47, 0x4f), QScatterSeries::MarkerShapeRectangle}};
    QList<QScatterSeries *> series;
    for (const Mark &m : marks) {
        auto *s = new QScatterSeries;
        s->setName(m.label);
        s->setColor(m.color);
        s->setBorderColor(m.color);
        s->setMarkerShape(m.shape);
        s->setMarkerSize(m.key ? 9 : 11);
        series << s;
    }
    const QList<QJsonObject> services = servicesOf(m_report, true);
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    double lo = 1e9, hi = 0;
    int row = 0;
    for (auto it = services.crbegin(); it != services.crend(); ++it, ++row) {
        for (int k = 0; k < marks.size(); ++k) {
            double us = 0;
            if (marks[k].key) {
                const QJsonValue v = it->value(QLatin1String(marks[k].key));
                if (v.isNull())
                    continue;
                us = std::max(10.0, v.toDouble());
            } else {
                us = it->value(QStringLiteral("targets")).toObject().value(QStringLiteral("latency_threshold_ms")).toDouble() * 1000.0;
            }
            const double x = std::log10(us);
            series[k]->append(x, row);
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
        y->append(m_session.serviceLabel(it->value(QStringLiteral("code")).toString()), row);
    }
    for (QScatterSeries *s : std::as_const(series))
        chart->addSeries(s);
    if (hi <= 0) {
        lo = 2;
        hi = 6;
    }
    const int from = int(std::floor(lo)), to = std::max(from + 1, int(std::ceil(hi + 0.05)));
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int decade = from; decade <= to; ++decade) {
        const qint64 us = qint64(std::llround(std::pow(10.0, decade)));
        x->append(us < 1000 ? tr("%1 µs").arg(us) : us < 1000000 ? tr("%1 ms").arg(us / 1000) : tr("%1 s").arg(us / 1000000), decade);
    }
    x->setRange(from - 0.2, to + 0.2);
    y->setRange(-0.6, std::max(0, row - 1) + 0.6);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : std::as_const(series)) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = m_latency->chart();
    m_latency->setChart(chart);
    delete old;
}

void ServiceLevelsPage::drawIncidents()
{
    auto *chart = new QChart;
    styleChart(chart, tr("Incidents and requests by priority"));
    auto *opened = barSet(tr("Opened"), Palette::warning());
    auto *resolved = barSet(tr("Resolved"), Palette::good());
    auto *breached = barSet(tr("Target breached"), Palette::bad());
    int counts[5][3] = {};
    for (const QJsonValue &v : m_report.value(QStringLiteral("incidents")).toObject().value(QStringLiteral("by_priority")).toArray()) {
        const QJsonObject p = v.toObject();
        const int k = p.value(QStringLiteral("priority")).toInt() - 1;
        if (k < 0 || k > 4)
            continue;
        counts[k][0] += p.value(QStringLiteral("opened")).toInt();
        counts[k][1] += p.value(QStringLiteral("resolved")).toInt();
        counts[k][2] += int(p.value(QStringLiteral("breached")).toArray().size());
    }
    int most = 0;
    QStringList names;
    for (int k = 0; k < 5; ++k) {
        *opened << counts[k][0];
        *resolved << counts[k][1];
        *breached << counts[k][2];
        most = std::max({most, counts[k][0], counts[k][1], counts[k][2]});
        names << priorityName(k + 1);
    }
    auto *series = new QBarSeries;
    series->append(opened);
    series->append(resolved);
    series->append(breached);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    const int top = std::max(4, most + (most % 2 ? 1 : 2));
    y->setRange(0, top);
    y->setTickCount(top <= 10 ? top + 1 : 6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_incidents->chart();
    m_incidents->setChart(chart);
    delete old;
}

} // namespace Aksara::Reports
