#include "shell/ServiceStatusView.h"

#include "core/ServiceLevels.h"
#include "shell/ServiceNames.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Shell {

ServiceStatusView::ServiceStatusView(ServiceCore &core, Caller caller, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_caller(std::move(caller))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceStatusView"));
    m_table->setObjectName(QStringLiteral("serviceStatusTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("State"), tr("Target"), tr("Operations"), tr("Success"),
                                        tr("Within target time"), tr("Open incidents")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    refresh();
}

void ServiceStatusView::refresh()
{
    const qint64 to = m_core.clock().nowMs() + 1;
    const qint64 from = to - 24LL * 3600 * 1000;
    auto figures = m_core.execute<QList<ServiceFigures>>(
        m_caller, {Services::Reporting, QStringLiteral("status"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) { return ServiceLevels(ctx.db()).figures(from, to); });
    if (!figures.ok()) {
        m_note->setText(figures.error().message);
        return;
    }
    const QLocale locale;
    auto pct = [&](double r) { return r < 0 ? QStringLiteral("–") : locale.toString(r * 100.0, 'f', 2) + QStringLiteral(" %"); };
    m_table->setRowCount(int(figures->size()));
    int row = 0;
    for (const ServiceFigures &f : std::as_const(*figures)) {
        const QString state = f.service.state == QLatin1String("open")        ? tr("open")
                              : f.service.state == QLatin1String("maintenance") ? tr("maintenance")
                                                                               : tr("closed");
        const QStringList cells{serviceName(f.service.code, f.service.name),
                                state,
                                tr("%1 % within %2 ms").arg(locale.toString(f.service.latencyTargetBp / 100.0, 'f', 0)).arg(f.service.latencyThresholdMs),
                                locale.toString(f.total()),
                                pct(f.successRatio()),
                                pct(f.withinThresholdRatio()),
                                locale.toString(f.openIncidents)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setText(tr("Figures of the last 24 hours, from the service core's records."));
}

} // namespace Aksara::Shell
