#include "server/Sip2Server.h"

#include "sip2/Sip2Session.h"

#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace Aksara::Server {

struct Sip2Server::Connection {
    std::unique_ptr<Sip2::Session> session;
    QTimer *idle = nullptr;
    QString peer;
};

Sip2Server::Sip2Server(Sip2::Backend &backend, Config config, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_config(config)
{
    connect(&m_server, &QTcpServer::newConnection, this, &Sip2Server::accept);
}

Sip2Server::~Sip2Server()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        delete it.value();
    }
}

bool Sip2Server::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 Sip2Server::port() const
{
    return m_server.serverPort();
}

QString Sip2Server::errorString() const
{
    return m_server.errorString();
}

void Sip2Server::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->session = std::make_unique<Sip2::Session>(m_backend, m_config.charset);
        c->peer = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
        c->idle = new QTimer(socket);
        c->idle->setSingleShot(true);
        c->idle->setInterval(m_config.idleTimeoutSeconds * 1000);
        connect(c->idle, &QTimer::timeout, this, [this, socket] { drop(socket, "idle timeout"); });
        c->idle->start();
        m_connections.insert(socket, c);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket, "closed by the machine"); });
        std::fprintf(stdout, "sip2: connection from %s\n", qPrintable(c->peer));
        std::fflush(stdout);
    }
}

void Sip2Server::read(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    c->idle->start();
    const Sip2::Session::Output out = c->session->feed(socket->readAll());
    if (!out.bytes.isEmpty())
        socket->write(out.bytes);
    if (out.close) {
        socket->flush();
        drop(socket, "too many failed or unauthenticated requests");
    }
}

void Sip2Server::drop(QTcpSocket *socket, const char *why)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    std::fprintf(stdout, "sip2: connection from %s ended (%s)\n", qPrintable(c->peer), why);
    std::fflush(stdout);
    delete c;
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost();
    socket->deleteLater();
}

} // namespace Aksara::Server
