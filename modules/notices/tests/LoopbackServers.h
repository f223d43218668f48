#pragma once

// Real servers on loopback for the notices tests: a small SMTP server (RFC 5321: EHLO, AUTH
// PLAIN/LOGIN, MAIL, RCPT, DATA with dot-unstuffing, RSET, QUIT) and an HTTP/1.1 receiver, each on
// a thread of its own, since the SMTP client blocks the test's thread while it talks.

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Aksara::Test {

struct ReceivedMail {
    QString from;
    QStringList to;
    QByteArray data; // as received after DATA, dot-unstuffed, without the final "."
    QString login;   // the AUTH identity, if any
    QString password;
    bool encrypted = false; // the message came after STARTTLS

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : data.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.isEmpty())
                break;
            if (l.toLower().startsWith(QByteArray(name.toLower() + ":")))
                return l.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    // The base64 text/plain body, decoded.
    QString text() const
    {
        const qsizetype at = data.indexOf("\r\n\r\n");
        return QString::fromUtf8(QByteArray::fromBase64(data.mid(at + 4)));
    }
    // The Subject, its RFC 2047 encoded word decoded.
    QString subject() const
    {
        const QByteArray s = header("Subject");
        if (s.startsWith("=?UTF-8?B?") && s.endsWith("?="))
            return QString::fromUtf8(QByteArray::fromBase64(s.mid(10, s.size() - 12)));
        return QString::fromUtf8(s);
    }
};

// Hands out QSslSocket connections (plain until the protocol starts TLS on them).
class SslCapableServer : public QTcpServer {
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

// A server on 127.0.0.1 that runs `onConnection` for each connection on its own thread.
class LoopbackServer {
public:
    using Handler = std::function<void(QTcpSocket *)>;
    explicit LoopbackServer(Handler onConnection, quint16 port = 0) : m_handler(std::move(onConnection)), m_wanted(port) {}
    ~LoopbackServer() { stop(); }

    bool start()
    {
        m_thread.reset(QThread::create([this] {
            SslCapableServer server;
            m_listening = server.listen(QHostAddress::LocalHost, m_wanted);
            m_port = server.serverPort();
            QObject::connect(&server, &QTcpServer::newConnection, [&server, this] {
                while (QTcpSocket *s = server.nextPendingConnection()) {
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                    m_handler(s);
                }
            });
            m_ready = true;
            if (m_listening) {
                QEventLoop loop;
                loop.exec();
            }
        }));
        m_thread->start();
        while (!m_ready)
            QThread::msleep(1);
        return m_listening;
    }
    void stop()
    {
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
            m_thread.reset();
        }
        m_ready = false;
    }
    quint16 port() const { return m_port; }

private:
    Handler m_handler;
    quint16 m_wanted;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_listening{false};
    std::atomic<quint16> m_port{0};
};

class SmtpServer {
public:
    explicit SmtpServer(quint16 port = 0)
        : m_server([this](QTcpSocket *s) { serve(s); }, port)
    {
    }
    bool start() { return m_server.start(); }
    void stop() { m_server.stop(); }
    quint16 port() const { return m_server.port(); }
    // Offer STARTTLS with this certificate and key (PEM files).
    void offerStartTls(const QString &certFile, const QString &keyFile)
    {
        QFile key(keyFile);
        REQUIRE(key.open(QIODevice::ReadOnly));
        m_tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        m_tls.setLocalCertificateChain(QSslCertificate::fromPath(certFile));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_offerTls = true;
    }
    // Answer 550 to RCPT TO (a mailbox that does not exist).
    std::atomic<bool> rejectRecipient{false};

    QList<ReceivedMail> mails() const
    {
        QMutexLocker lock(&m_mutex);
        return m_mails;
    }

private:
    struct Session {
        enum Mode { Command, Data, AuthLoginUser, AuthLoginPassword } mode = Command;
        QByteArray buffer;
        ReceivedMail mail;
        QString login;
        QString password;
    };

    void serve(QTcpSocket *s)
    {
        auto session = std::make_shared<Session>();
        s->write("220 loopback ESMTP test server\r\n");
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, session] {
            session->buffer += s->readAll();
            qsizetype nl;
            while ((nl = session->buffer.indexOf("\r\n")) >= 0) {
                const QByteArray line = session->buffer.left(nl);
                session->buffer.remove(0, nl + 2);
                handle(s, *session, line);
            }
        });
    }

    void handle(QTcpSocket *s, Session &session, const QByteArray &line)
    {
        if (session.mode == Session::Data) {
            if (line == ".") {
                session.mode = Session::Command;
                session.mail.login = session.login;
                session.mail.password = session.password;
                session.mail.encrypted = qobject_cast<QSslSocket *>(s) && qobject_cast<QSslSocket *>(s)->isEncrypted();
                {
                    QMutexLocker lock(&m_mutex);
                    m_mails << session.mail;
                }
                session.mail = ReceivedMail();
                s->write("250 2.0.0 queued\r\n");
            } else {
                session.mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            }
            return;
        }
        if (session.mode == Session::AuthLoginUser) {
            session.login = QString::fromUtf8(QByteArray::fromBase64(line));
            session.mode = Session::AuthLoginPassword;
            s->write("334 UGFzc3dvcmQ6\r\n");
            return;
        }
        if (session.mode == Session::AuthLoginPassword) {
            session.password = QString::fromUtf8(QByteArray::fromBase64(line));
            session.mode = Session::Command;
            s->write("235 2.7.0 ok\r\n");
            return;
        }
        const QByteArray verb = line.left(4).toUpper();
        auto *ssl = qobject_cast<QSslSocket *>(s);
        if (line.toUpper() == "STARTTLS" && m_offerTls && ssl && !ssl->isEncrypted()) {
            s->write("220 2.0.0 ready to start TLS\r\n");
            s->flush();
            ssl->setSslConfiguration(m_tls);
            ssl->startServerEncryption();
            return;
        }
        if (verb == "EHLO") {
            if (m_offerTls && ssl && !ssl->isEncrypted())
                s->write("250-loopback\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
            else
                s->write("250-loopback\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n");
        } else if (verb == "HELO") {
            s->write("250 loopback\r\n");
        } else if (verb == "AUTH") {
            if (line.toUpper().startsWith("AUTH PLAIN ")) {
                const QList<QByteArray> parts = QByteArray::fromBase64(line.mid(11)).split('\0');
                session.login = QString::fromUtf8(parts.value(1));
                session.password = QString::fromUtf8(parts.value(2));
                s->write("235 2.7.0 ok\r\n");
            } else {
                session.mode = Session::AuthLoginUser;
                s->write("334 VXNlcm5hbWU6\r\n");
            }
        } else if (verb == "MAIL") {
            session.mail.from = QString::fromUtf8(line.mid(line.indexOf('<') + 1, line.indexOf('>') - line.indexOf('<') - 1));
            s->write("250 2.1.0 ok\r\n");
        } else if (verb == "RCPT") {
            if (rejectRecipient) {
                s->write("550 5.1.1 no such mailbox\r\n");
                return;
            }
            session.mail.to << QString::fromUtf8(line.mid(line.indexOf('<') + 1, line.indexOf('>') - line.indexOf('<') - 1));
            s->write("250 2.1.5 ok\r\n");
        } else if (verb == "DATA") {
            session.mode = Session::Data;
            s->write("354 end with .\r\n");
        } else if (verb == "RSET") {
            session.mail = ReceivedMail();
            s->write("250 ok\r\n");
        } else if (verb == "QUIT") {
            s->write("221 bye\r\n");
            s->disconnectFromHost();
        } else {
            s->write("502 5.5.2 not implemented\r\n");
        }
    }

    LoopbackServer m_server;
    mutable QMutex m_mutex;
    QList<ReceivedMail> m_mails;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    std::atomic<bool> m_offerTls{false};
};

struct ReceivedRequest {
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ":")))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// Answers every complete request with `status` (200 unless told otherwise).
class HttpReceiver {
public:
    HttpReceiver()
        : m_server([this](QTcpSocket *s) { serve(s); })
    {
    }
    bool start() { return m_server.start(); }
    quint16 port() const { return m_server.port(); }
    std::atomic<int> status{200};
    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ReceivedRequest r;
            r.head = buffer->left(end);
            const int length = r.header("Content-Length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            {
                QMutexLocker lock(&m_mutex);
                m_requests << r;
            }
            const int code = status;
            s->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Error")
                     + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            s->disconnectFromHost();
        });
    }

    LoopbackServer m_server;
    mutable QMutex m_mutex;
    QList<ReceivedRequest> m_requests;
};

} // namespace Aksara::Test
