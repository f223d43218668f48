#include "notices/Scheduler.h"

#include "notices/SettingKeys.h"

#include <QEventLoop>
#include <QTimer>

namespace Aksara::Notices {

Scheduler::Scheduler(ServiceCore &core, QString senderId, std::function<void(const QString &)> log)
    : m_core(core), m_sender(core, std::move(senderId)), m_log(std::move(log))
{
}

Scheduler::~Scheduler()
{
    if (m_thread) {
        m_sender.stop();
        m_thread->quit();
        m_thread->wait();
    }
}

int Scheduler::pass()
{
    const Caller caller = Caller::system(QStringLiteral("notices"));
    auto config = ChannelConfig::read(m_core.db());
    const int minutes = config.ok() ? config->intervalMinutes : SettingKeys::kDefaultIntervalMinutes;
    auto scanned = Notices(m_core).scan(caller);
    if (!scanned.ok())
        m_log(QStringLiteral("notices: scan: %1").arg(scanned.error().message));
    auto sent = m_sender.sendDue(caller);
    if (!sent.ok()) {
        // Nothing set up yet is the usual state of a new library, not news every pass.
        if (sent.error().code != QLatin1String("notices.no_channel"))
            m_log(QStringLiteral("notices: %1").arg(sent.error().message));
    } else if (sent->sent || sent->failed || sent->unconfirmed) {
        m_log(QStringLiteral("notices: %1 sent, %2 failed, %3 unconfirmed").arg(sent->sent).arg(sent->failed).arg(sent->unconfirmed));
    }
    return minutes;
}

void Scheduler::start()
{
    m_thread.reset(QThread::create([this] {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [this, &timer] { timer.start(pass() * 60 * 1000); });
        timer.start(0);
        QEventLoop loop;
        loop.exec();
        m_core.database()->releaseThreadConnection();
    }));
    m_thread->setObjectName(QStringLiteral("notices"));
    m_thread->start();
}

} // namespace Aksara::Notices
