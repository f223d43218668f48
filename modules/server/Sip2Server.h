#pragma once

#include "sip2/Sip2Backend.h"
#include "sip2/Sip2Codec.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Aksara::Server {

// The SIP2 listener: one Sip2::Session per TCP connection, an idle timeout, and a line in the log
// (stdout, for the journal) for every connection opened and closed. Runs in the thread of its
// event loop; every request is executed there, one at a time per server.
class Sip2Server : public QObject {
    Q_OBJECT
public:
    struct Config {
        Sip2::Charset charset = Sip2::Charset::Utf8;
        int idleTimeoutSeconds = 300;
    };
    Sip2Server(Sip2::Backend &backend, Config config, QObject *parent = nullptr);
    ~Sip2Server() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection;
    void accept();
    void read(QTcpSocket *socket);
    void drop(QTcpSocket *socket, const char *why);

    Sip2::Backend &m_backend;
    Config m_config;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
};

} // namespace Aksara::Server
