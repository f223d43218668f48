#include "shell/StationBeacon.h"

#include "service/Stations.h"

#include <QPointer>
#include <QSettings>

namespace Aksara::Shell {

StationBeacon::StationBeacon(ServiceCore &core, QString code, QString token, int periodSeconds, QObject *parent)
    : StationBeacon(
          [&core, code, token]() -> Status {
              auto ack = ServiceManagement::Stations(core).heartbeat(code, token);
              if (!ack.ok())
                  return ack.error();
              return {};
          },
          code, periodSeconds, parent)
{
    m_token = std::move(token);
}

StationBeacon::StationBeacon(std::function<Status()> send, QString code, int periodSeconds, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_code(std::move(code))
{
    connect(&m_timer, &QTimer::timeout, this, &StationBeacon::beat);
    if (!m_code.isEmpty()) {
        m_timer.start(periodSeconds * 1000);
        QTimer::singleShot(0, this, &StationBeacon::beat);
    }
}

std::pair<QString, QString> StationBeacon::configured(const QString &fromOptions)
{
    QSettings settings;
    QString code = fromOptions;
    if (code.isEmpty())
        code = qEnvironmentVariable("AKSARA_STATION");
    if (code.isEmpty())
        code = settings.value(QStringLiteral("station/code")).toString();
    QString token = qEnvironmentVariable("AKSARA_STATION_TOKEN");
    if (token.isEmpty())
        token = settings.value(QStringLiteral("station/token")).toString();
    return {code, token};
}

void StationBeacon::beat()
{
    if (m_code.isEmpty())
        return;
    // Sending may run a nested event loop (a kiosk's heartbeat over HTTP), in which the beacon's
    // owner may delete it (the kiosk went offline meanwhile): then there is no one to tell.
    const QPointer<StationBeacon> self(this);
    const Status sent = m_send();
    if (!self)
        return;
    const State next = sent.ok() ? State::Up : State::Failing;
    m_problem = sent.ok() ? QString() : sent.error().message;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

} // namespace Aksara::Shell
