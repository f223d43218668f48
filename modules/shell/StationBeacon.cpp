#include "shell/StationBeacon.h"

#include "service/Stations.h"

#include <QSettings>

namespace Aksara::Shell {

StationBeacon::StationBeacon(ServiceCore &core, QString code, QString token, int periodSeconds, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_code(std::move(code))
    , m_token(std::move(token))
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
    ServiceManagement::Stations stations(m_core);
    auto ack = stations.heartbeat(m_code, m_token);
    const State next = ack.ok() ? State::Up : State::Failing;
    m_problem = ack.ok() ? QString() : ack.error().message;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

} // namespace Aksara::Shell
