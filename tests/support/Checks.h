#pragma once

// The checks every test file uses, once: REQUIRE_OK and waitFor.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QString>

#include <functional>

// Requires a Result/Status to be ok; when it is not, the error's code and message are shown.
#ifndef REQUIRE_OK
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &aksaraResult_ = (expr);                                                                            \
        INFO((aksaraResult_.ok() ? QString()                                                                           \
                                 : aksaraResult_.error().code + QStringLiteral(": ") + aksaraResult_.error().message)); \
        REQUIRE(aksaraResult_.ok());                                                                                   \
    } while (false)
#endif

namespace Aksara::Test {

// Waits, running the event loop (timers fire, sockets are read, deferred deletes happen), until
// `done` is true or `ms` have passed; returns whether it became true.
inline bool waitFor(const std::function<bool()> &done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace Aksara::Test
