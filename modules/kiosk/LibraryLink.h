#pragma once

#include "kiosk/LibraryApi.h"

#include <QObject>
#include <QTimer>

namespace Aksara::Kiosk {

// Whether the kiosk can reach the library, and getting it back when it could not.
//
// A check is LibraryApi::probe(): locally it reads one row of the library's schema on this
// thread's connection; remotely it asks aksara-server, which does the same on its side. When it
// fails the link goes offline and drops the broken connection (LibraryApi::releaseConnection), so that
// the next check opens a fresh one: a PostgreSQL server that restarted, refused connections for a
// while or lost the network is reconnected to as soon as it answers again. For an SQLite file the
// check first looks whether the file is still at its path: a missing file (an unmounted share, a
// file moved away) is unreachable, and the kiosk does not touch the path until the file is back
// (opening it would create an empty file there).
//
// Online, the link checks every onlineIntervalMs (a dead connection is noticed before a patron
// needs it); offline, every offlineIntervalMs. Any operation that failed (not refused) should be
// reported with noteFailure(): the link checks at once.
//
// Thread affinity: the thread that runs the kiosk's operations (the GUI thread).
class LibraryLink : public QObject {
    Q_OBJECT
public:
    explicit LibraryLink(LibraryApi &api, QObject *parent = nullptr);

    bool online() const { return m_online; }
    // Why the library cannot be reached (translated), empty when online.
    QString problem() const { return m_problem; }
    qint64 offlineSinceMs() const { return m_offlineSince; }

    void setIntervals(int onlineMs, int offlineMs);
    // Starts the periodic checks (and checks once).
    void start();

    // Checks now; emits wentOffline/cameBack on a change. Returns online().
    bool check();
    // An operation failed: is the library still there?
    void noteFailure(const Error &error);
    // Whether an error means "the library could not be reached" rather than a refusal.
    static bool isFailure(const Error &error) { return !error.isRefusal(); }

signals:
    void wentOffline(const QString &problem);
    void cameBack();

private:
    bool probe(QString *problem);
    void schedule();

    LibraryApi &m_api;
    QTimer m_timer;
    bool m_online = true;
    bool m_checking = false;
    QString m_problem;
    qint64 m_offlineSince = 0;
    int m_onlineIntervalMs = 5000;
    int m_offlineIntervalMs = 3000;
};

} // namespace Aksara::Kiosk
