#include "kiosk/LibraryLink.h"


namespace Aksara::Kiosk {

LibraryLink::LibraryLink(LibraryApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        check();
        schedule();
    });
}

void LibraryLink::setIntervals(int onlineMs, int offlineMs)
{
    m_onlineIntervalMs = qMax(10, onlineMs);
    m_offlineIntervalMs = qMax(10, offlineMs);
    if (m_timer.isActive())
        schedule();
}

void LibraryLink::start()
{
    check();
    schedule();
}

void LibraryLink::schedule()
{
    m_timer.start(m_online ? m_onlineIntervalMs : m_offlineIntervalMs);
}

bool LibraryLink::probe(QString *problem)
{
    Status st = m_api.probe();
    if (!st.ok())
        *problem = st.error().message;
    return st.ok();
}

bool LibraryLink::check()
{
    if (m_checking)
        return m_online;
    m_checking = true;
    QString problem;
    const bool ok = probe(&problem);
    if (!ok) {
        // Drop the broken connection: the next check opens a fresh one.
        m_api.releaseConnection();
    }
    m_checking = false;
    if (ok == m_online) {
        if (!ok)
            m_problem = problem;
        return ok;
    }
    m_online = ok;
    if (ok) {
        m_problem.clear();
        m_offlineSince = 0;
        if (m_timer.isActive())
            schedule();
        emit cameBack();
    } else {
        m_problem = problem;
        m_offlineSince = m_api.nowMs();
        if (m_timer.isActive())
            schedule();
        emit wentOffline(problem);
    }
    return m_online;
}

void LibraryLink::noteFailure(const Error &error)
{
    if (isFailure(error))
        check();
}

} // namespace Aksara::Kiosk
