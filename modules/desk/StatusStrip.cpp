#include "desk/StatusStrip.h"

#include "core/ServiceLevels.h"
#include "shell/ServiceNames.h"
#include "shell/StationBeacon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Aksara::Desk {

namespace {
const char *colour(StatusStrip::Health h)
{
    switch (h) {
    case StatusStrip::Health::Good: return "#1e8e3e";
    case StatusStrip::Health::Degraded: return "#e0a800";
    case StatusStrip::Health::Down: return "#d64545";
    case StatusStrip::Health::Unknown: break;
    }
    return "#8a8a8a";
}
} // namespace

QStringList deskServices()
{
    return {Services::Checkout, Services::Checkin, Services::Renewal, Services::Membership, Services::Holds, Services::Fees,
            Services::CatalogueSearch, Services::CollectionLookup};
}

QString serviceTitle(const QString &code)
{
    // The seeded English names (core's service catalogue), which Shell::serviceName translates.
    static const QHash<QString, QString> seeded{
        {Services::Membership, QStringLiteral("Membership and cards")},
        {Services::Checkout, QStringLiteral("Checkout")},
        {Services::Checkin, QStringLiteral("Checkin")},
        {Services::Renewal, QStringLiteral("Renewal")},
        {Services::Holds, QStringLiteral("Holds")},
        {Services::Fees, QStringLiteral("Fees and payments")},
        {Services::CatalogueSearch, QStringLiteral("Catalogue search")},
        {Services::CollectionLookup, QStringLiteral("Collection lookup")},
        {Services::Cataloguing, QStringLiteral("Cataloguing")},
    };
    return Shell::serviceName(code, seeded.value(code, code));
}

StatusStrip::StatusStrip(ServiceCore &core, Caller statusCaller, Shell::StationBeacon *beacon, const QStringList &services,
                         QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_caller(std::move(statusCaller))
    , m_beacon(beacon)
    , m_services(services)
    , m_station(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("statusStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(14);
    m_station->setObjectName(QStringLiteral("stationStatusLabel"));
    layout->addWidget(m_station);
    auto *sep = new QLabel(QStringLiteral("|"), this);
    sep->setStyleSheet(QStringLiteral("color: #b0b0b0;"));
    layout->addWidget(sep);
    m_summary->setObjectName(QStringLiteral("servicesSummaryLabel"));
    layout->addWidget(m_summary);
    for (const QString &s : services) {
        auto *chip = new QLabel(this);
        chip->setObjectName(s + QStringLiteral("StatusLabel"));
        chip->hide();
        m_chips.insert(s, chip);
        m_names.insert(s, serviceTitle(s));
        layout->addWidget(chip);
    }
    layout->addStretch(1);
    if (m_beacon)
        connect(m_beacon, &Shell::StationBeacon::stateChanged, this, &StatusStrip::updateStation);
    connect(&m_timer, &QTimer::timeout, this, &StatusStrip::refresh);
    m_timer.start(120 * 1000);
    updateStation();
    refresh();
}

QString StatusStrip::stationText() const
{
    return m_station->toolTip();
}

QString StatusStrip::summaryText() const
{
    return m_summary->text();
}

void StatusStrip::updateStation()
{
    Health h = Health::Unknown;
    QString text;
    QString tip;
    if (!m_beacon || m_beacon->code().isEmpty()) {
        text = tr("Station not registered");
        tip = tr("This desk sends no heartbeats: register it with \"aksara station register CODE --kind desk\" and "
                 "start the desk with --station CODE.");
    } else if (m_beacon->state() == Shell::StationBeacon::State::Failing) {
        h = Health::Down;
        text = tr("Station %1").arg(m_beacon->code());
        tip = tr("Heartbeats are not getting through: %1").arg(m_beacon->problem());
    } else if (m_beacon->state() == Shell::StationBeacon::State::Up) {
        h = Health::Good;
        text = tr("Station %1").arg(m_beacon->code());
        tip = tr("Station %1 is sending heartbeats.").arg(m_beacon->code());
    } else {
        text = tr("Station %1").arg(m_beacon->code());
        tip = tr("Waiting for the first heartbeat of station %1.").arg(m_beacon->code());
    }
    m_station->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(QLatin1String(colour(h)), text.toHtmlEscaped()));
    m_station->setToolTip(tip);
}

void StatusStrip::refresh()
{
    const qint64 to = m_core.clock().nowMs() + 1;
    const qint64 from = to - 3600LL * 1000;
    auto figures = m_core.execute<QList<ServiceFigures>>(
        m_caller, {Services::Reporting, QStringLiteral("status"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) { return ServiceLevels(ctx.db()).figures(from, to); });
    if (!figures.ok()) {
        for (const QString &s : std::as_const(m_services)) {
            m_health[s] = Health::Unknown;
            m_tips[s] = figures.error().message;
        }
        paint();
        return;
    }
    const QLocale locale;
    for (const ServiceFigures &f : std::as_const(*figures)) {
        const QString code = f.service.code;
        if (!m_chips.contains(code))
            continue;
        m_names[code] = Shell::serviceName(code, f.service.name);
        Health h = Health::Good;
        QStringList tip;
        QString word;
        if (f.service.state != QLatin1String("open")) {
            h = Health::Down;
            word = f.service.state == QLatin1String("maintenance") ? tr("maintenance") : tr("closed");
            tip << (f.service.state == QLatin1String("maintenance") ? tr("In planned maintenance.") : tr("Closed."));
            if (!f.service.stateReason.isEmpty())
                tip << f.service.stateReason;
        } else if (f.total() == 0) {
            tip << tr("No operations in the last hour.");
        } else {
            const bool successOk = f.successRatio() < 0 || f.successRatio() * 10000 >= f.service.successObjectiveBp;
            const bool latencyOk = f.withinThresholdRatio() < 0
                                   || f.withinThresholdRatio() * 10000 >= f.service.latencyTargetBp;
            if (!successOk || !latencyOk) {
                h = Health::Degraded;
                word = !successOk ? tr("failing") : tr("slow");
            }
            tip << tr("Last hour: %1 operations, %2 failed.").arg(locale.toString(f.total()), locale.toString(f.failed));
            if (f.withinThresholdRatio() >= 0)
                tip << tr("%1 % answered within %2 ms (target %3 %).")
                           .arg(locale.toString(f.withinThresholdRatio() * 100.0, 'f', 1))
                           .arg(f.service.latencyThresholdMs)
                           .arg(locale.toString(f.service.latencyTargetBp / 100.0, 'f', 0));
        }
        if (f.openIncidents > 0) {
            if (h == Health::Good) {
                h = Health::Degraded;
                word = tr("incident open");
            }
            tip << tr("%n open incident(s).", nullptr, int(f.openIncidents));
        }
        m_health[code] = h;
        m_tips[code] = tip.join(QLatin1Char('\n'));
        m_words[code] = word;
    }
    paint();
}

void StatusStrip::markFailed(const QString &service, const QString &message)
{
    if (!m_chips.contains(service))
        return;
    m_health[service] = Health::Down;
    m_tips[service] = tr("Failed just now: %1").arg(message);
    m_words[service] = tr("not working");
    paint();
}

void StatusStrip::paint()
{
    int good = 0;
    int known = 0;
    QStringList overview;
    for (const QString &service : std::as_const(m_services)) {
        QLabel *chip = m_chips.value(service);
        const Health h = m_health.value(service, Health::Unknown);
        const QString name = m_names.value(service);
        if (h != Health::Unknown)
            ++known;
        if (h == Health::Good)
            ++good;
        const bool problem = h == Health::Degraded || h == Health::Down;
        overview << (problem ? QStringLiteral("%1: %2").arg(name, m_words.value(service)) : name);
        chip->setVisible(problem);
        if (problem) {
            chip->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                              .arg(QLatin1String(colour(h)), QStringLiteral("%1 — %2").arg(name, m_words.value(service)).toHtmlEscaped()));
            chip->setToolTip(m_tips.value(service));
        }
    }
    const int total = int(m_services.size());
    QString text;
    Health summary = Health::Good;
    if (known == 0) {
        summary = Health::Unknown;
        text = tr("Services: no figures yet");
    } else if (good == total) {
        text = tr("All %1 services of this desk are working").arg(total);
    } else {
        summary = Health::Degraded;
        text = tr("Services: %1 of %2 working").arg(good).arg(total);
    }
    m_summary->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(QLatin1String(colour(summary)), text.toHtmlEscaped()));
    m_summary->setToolTip(overview.join(QLatin1Char('\n')));
}

} // namespace Aksara::Desk
