#include "reports/TrendsPage.h"

#include "reports/Format.h"
#include "reports/Widgets.h"
#include "service/MonthlyReport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Aksara::Reports {

namespace {
QDate firstOf(const QString &month)
{
    return QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

// Whole percentages without decimals ("100 %"), the rest with one ("99.5 %").
QString shortPercent(const QJsonValue &bp)
{
    return formatPercentBp(bp, bp.isDouble() && bp.toInteger() % 100 == 0 ? 0 : 1);
}

// A month in which no service recorded an operation: the library was not using Aksara yet (or
// the month has not begun); its figures would only be the empty month's 100 %.
bool inUse(const QJsonObject &report)
{
    for (const QJsonValue &v : report.value(QStringLiteral("services")).toArray())
        if (v.toObject().value(QStringLiteral("volume")).toInteger() > 0)
            return true;
    return false;
}
} // namespace

TrendsPage::TrendsPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_intro(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("trendsPage"));
    m_table->setObjectName(QStringLiteral("trendTable"));
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(230);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Each service month by month: availability in service hours, then success and the share answered "
                        "within the time target. Green: every target of the month met; red: a target missed. A closed "
                        "month shows the figures frozen when it was closed."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sectionHeading(tr("Month by month"), this));
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_chart, 2);
}

QChart *TrendsPage::chart() const
{
    return m_chart->chart();
}

void TrendsPage::refresh()
{
    if (!m_session.signedIn())
        return;
    m_message->clearMessage();
    m_reports.clear();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs(), Qt::UTC).toTimeZone(m_session.zone).date();
    ServiceManagement::MonthlyReport monthly(m_core);
    QStringList refused;
    for (int i = kMonths - 1; i >= 0; --i) {
        const QString month = QDate(today.year(), today.month(), 1).addMonths(-i).toString(QStringLiteral("yyyy-MM"));
        auto r = monthly.report(m_session.caller, month);
        if (r.ok()) {
            m_reports.append({month, *r});
        } else if (!r.error().isRefusal()) {
            m_message->showError(r.error().message);
            return;
        } else {
            m_reports.append({month, QJsonObject()}); // e.g. before the library's first month
        }
    }
    fill();
    draw();
}

void TrendsPage::fill()
{
    // Rows: every service named in any of the months, in the catalogue's order.
    QStringList codes;
    for (const auto &[code, name] : m_session.services)
        codes << code;
    for (const auto &[month, report] : std::as_const(m_reports))
        for (const QJsonValue &v : report.value(QStringLiteral("services")).toArray())
            if (const QString c = v.toObject().value(QStringLiteral("code")).toString(); !codes.contains(c))
                codes << c;
    QStringList headers;
    for (const auto &[month, report] : std::as_const(m_reports))
        headers << formatMonth(firstOf(month)) + (report.value(QStringLiteral("frozen")).isObject() ? tr(" (closed)") : QString());
    m_table->clear();
    setUpTable(m_table, headers);
    m_table->setRowCount(int(codes.size()));
    QStringList rowNames;
    for (const QString &c : std::as_const(codes))
        rowNames << m_session.serviceLabel(c);
    m_table->setVerticalHeaderLabels(rowNames);
    m_table->verticalHeader()->setVisible(true);
    for (int col = 0; col < m_reports.size(); ++col) {
        QHash<QString, QJsonObject> byCode;
        if (inUse(m_reports[col].second))
            for (const QJsonValue &v : m_reports[col].second.value(QStringLiteral("services")).toArray())
                byCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
        for (int row = 0; row < codes.size(); ++row) {
            const QJsonObject s = byCode.value(codes[row]);
            if (s.isEmpty()) {
                m_table->setItem(row, col, cell(dash(), Qt::AlignCenter));
                continue;
            }
            const QJsonValue availability = s.value(QStringLiteral("availability")).toObject().value(QStringLiteral("availability_bp"));
            const QString text = tr("%1 · %2 · %3")
                                     .arg(formatPercentBp(availability), shortPercent(s.value(QStringLiteral("success_bp"))),
                                          shortPercent(s.value(QStringLiteral("within_threshold_bp"))));
            auto *item = cell(text, Qt::AlignCenter);
            const bool met = s.value(QStringLiteral("meets_targets")).toBool(true);
            item->setBackground(Palette::lightOf(met ? Palette::good() : Palette::bad()));
            item->setToolTip(tr("Availability %1 · success %2 · within the time target %3 · %4 operations")
                                 .arg(formatPercentBp(availability), formatPercentBp(s.value(QStringLiteral("success_bp"))),
                                      formatPercentBp(s.value(QStringLiteral("within_threshold_bp"))),
                                      formatCount(s.value(QStringLiteral("volume")).toInteger())));
            item->setData(Qt::UserRole, met);
            m_table->setItem(row, col, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void TrendsPage::draw()
{
    auto *chart = new QChart;
    styleChart(chart, tr("Services that met all their targets, month by month"));
    auto *met = new QBarSet(tr("All targets met"));
    auto *missed = new QBarSet(tr("A target missed"));
    met->setColor(Palette::good());
    missed->setColor(Palette::bad());
    QStringList months;
    int most = 1;
    for (const auto &[month, report] : std::as_const(m_reports)) {
        int yes = 0, no = 0;
        if (inUse(report))
            for (const QJsonValue &v : report.value(QStringLiteral("services")).toArray())
                (v.toObject().value(QStringLiteral("meets_targets")).toBool(true) ? yes : no) += 1;
        *met << yes;
        *missed << no;
        most = std::max(most, yes + no);
        months << formatMonth(firstOf(month));
    }
    auto *series = new QStackedBarSeries;
    series->append(met);
    series->append(missed);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, most);
    y->setTickCount(std::min(most, 7) + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace Aksara::Reports
