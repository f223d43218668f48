#pragma once

#include "core/ServiceCore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Aksara::Shell {

// A window's station identity and heartbeats. The station (desk, kiosk, reports) is registered
// once with `aksara station register CODE --kind desk` and its code and token are kept in the
// settings (station/code, station/token) or given with --station / AKSARA_STATION and
// AKSARA_STATION_TOKEN. The beacon then sends a heartbeat every period through the service core's
// stations (a measurement, not an operation), so the supervisor sees the station up or down.
// `state()` says what a status strip should show.
class StationBeacon : public QObject {
    Q_OBJECT
public:
    enum class State { NotRegistered, Up, Failing };
    StationBeacon(ServiceCore &core, QString code, QString token, int periodSeconds = 60, QObject *parent = nullptr);
    // A station that does not hold the database (the kiosk in remote mode): `send` delivers one
    // heartbeat (e.g. to aksara-server's API with the station's token).
    StationBeacon(std::function<Status()> send, QString code, int periodSeconds = 60, QObject *parent = nullptr);
    // From --station, the environment or the settings; empty code when none is set.
    static std::pair<QString, QString> configured(const QString &fromOptions = {});

    const QString &code() const { return m_code; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }

public slots:
    void beat();

signals:
    void stateChanged(Aksara::Shell::StationBeacon::State state);

private:
    std::function<Status()> m_send;
    QString m_code;
    QString m_token;
    QTimer m_timer;
    State m_state = State::NotRegistered;
    QString m_problem;
};

} // namespace Aksara::Shell
