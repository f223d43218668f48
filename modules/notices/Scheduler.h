#pragma once

#include "notices/Notices.h"

#include <QThread>

#include <functional>
#include <memory>

namespace Aksara::Notices {

// aksara-server's sender: on a thread of its own (a message on its way blocks for up to its
// time-outs, which must not hold up the server's HTTP and SIP2 fronts), every
// notices.interval_minutes (read again at each pass) it scans for new notices and sends the due
// ones, as the caller Caller::system("notices"). The thread has its own database connection,
// released when it ends. `log` receives one line per pass that did something, or failed.
class Scheduler {
public:
    Scheduler(ServiceCore &core, QString senderId, std::function<void(const QString &)> log);
    ~Scheduler(); // stops after the attempt under way
    void start();

    // One pass, as the thread runs it: scan, then send. Returns the minutes to wait.
    int pass();

private:
    ServiceCore &m_core;
    Sender m_sender;
    std::function<void(const QString &)> m_log;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Aksara::Notices
