#pragma once

#include "core/ServiceCore.h"

#include <QTimeZone>
#include <QWidget>

namespace Aksara::Reports {

// Who is signed in to the reports window, and what every screen needs to know about the library.
struct Session {
    Caller caller;
    QString username;
    QString libraryName;
    QTimeZone zone{QByteArrayLiteral("Asia/Jakarta")};
    // The catalogue's services: code and name for people (translated where it is a seeded name).
    QList<std::pair<QString, QString>> services;
    bool signedIn() const { return !caller.actor.isEmpty(); }
    QString serviceLabel(const QString &code) const
    {
        for (const auto &[c, name] : services)
            if (c == code)
                return name;
        return code.isEmpty() ? QStringLiteral("–") : code;
    }
    bool can(const QString &right) const { return caller.can(right); }
};

// One screen of the reports window. Every figure it shows and every action it takes is a call of
// the service or reports module, as the signed-in supervisor.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(ServiceCore &core, QWidget *parent = nullptr) : QWidget(parent), m_core(core) {}
    virtual void setSession(const Session &session) { m_session = session; }
    const Session &session() const { return m_session; }

public slots:
    virtual void refresh() = 0;

protected:
    ServiceCore &m_core;
    Session m_session;
};

} // namespace Aksara::Reports
