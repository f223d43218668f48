#include "kiosk/LibraryLink.h"

#include <QFileInfo>

namespace Aksara::Kiosk {

LibraryLink::LibraryLink(ServiceCore &core, QObject *parent)
    : QObject(parent)
    , m_core(core)
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
    Database &db = m_core.db();
    if (db.isSqlite() && !QFileInfo::exists(db.config().path)) {
        *problem = tr("The library database %1 cannot be found.").arg(db.config().path);
        return false;
    }
    auto v = db.scalar(QStringLiteral("SELECT 1 FROM schema_migrations LIMIT 1"));
    if (!v.ok()) {
        *problem = v.error().message;
        return false;
    }
    // SQLite keeps a connection to a file that was moved away working on the moved file: only a
    // file still at its path counts.
    if (db.isSqlite() && !QFileInfo::exists(db.config().path)) {
        *problem = tr("The library database %1 cannot be found.").arg(db.config().path);
        return false;
    }
    return true;
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
        m_core.db().releaseThreadConnection();
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
        m_offlineSince = m_core.clock().nowMs();
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
