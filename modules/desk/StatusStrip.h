#pragma once

#include "core/ServiceCore.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace Aksara::Shell {
class StationBeacon;
}

namespace Aksara::Desk {

// The services the desk uses, in the order the status strip shows them.
QStringList deskServices();
// A service's name for people (the catalogue's seeded name, translated), from its code alone.
QString serviceTitle(const QString &code);

// The health of what this desk depends on, always in view: this station's heartbeat (from the
// StationBeacon) and each service the desk uses, from the service core's service levels of the
// last hour (state, success against the objective, latency against its target, open incidents).
// While all is well one line says so (its tooltip lists every service); a service that is not
// well gets a chip of its own, amber or red. An operation that just failed turns its service red
// at once. Refreshes every two minutes.
class StatusStrip : public QWidget {
    Q_OBJECT
public:
    enum class Health { Good, Degraded, Down, Unknown };

    // `statusCaller` reads the service levels (right report.view: the station's own identity).
    StatusStrip(ServiceCore &core, Caller statusCaller, Shell::StationBeacon *beacon, const QStringList &services,
                QWidget *parent = nullptr);

    Health health(const QString &service) const { return m_health.value(service, Health::Unknown); }
    QString stationText() const;
    QString summaryText() const;

public slots:
    void refresh();
    void markFailed(const QString &service, const QString &message);
    void updateStation();

private:
    void paint();

    ServiceCore &m_core;
    Caller m_caller;
    Shell::StationBeacon *m_beacon;
    QStringList m_services;
    QLabel *m_station;
    QLabel *m_summary;
    QHash<QString, QLabel *> m_chips;
    QHash<QString, Health> m_health;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_tips;
    QHash<QString, QString> m_words; // what is wrong, in a word or two
    QTimer m_timer;
};

} // namespace Aksara::Desk
