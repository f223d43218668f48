#include "notices/SmtpClient.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

#include <cctype>

namespace Aksara::Notices {

namespace {

struct Reply {
    int code = 0;
    QStringList lines; // text after the code
};

// One connection's conversation; every wait is bounded by the step time-out and the deadline.
class Conversation {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::SmtpClient)

public:
    explicit Conversation(const SmtpConfig &c) : m_config(c)
    {
        m_clock.start();
        if (!c.caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(c.caCertificates);
            m_socket.setSslConfiguration(tls);
        }
    }

    Status connect()
    {
        if (m_config.security == SmtpConfig::Security::Tls)
            m_socket.connectToHostEncrypted(m_config.host, quint16(m_config.port));
        else
            m_socket.connectToHost(m_config.host, quint16(m_config.port));
        if (!m_socket.waitForConnected(stepMs()))
            return m_socket.error() == QAbstractSocket::SocketTimeoutError
                       ? timeout(tr("connecting"))
                       : Status(Error::failed(QStringLiteral("notices.smtp_unreachable"),
                                              tr("Cannot reach the mail server %1:%2: %3.")
                                                  .arg(m_config.host)
                                                  .arg(m_config.port)
                                                  .arg(m_socket.errorString())));
        if (m_config.security == SmtpConfig::Security::Tls)
            return waitEncrypted();
        return {};
    }

    Status startTls()
    {
        m_socket.startClientEncryption();
        return waitEncrypted();
    }

    Status command(const QByteArray &line, Reply *reply)
    {
        if (Status st = write(line + "\r\n"); !st.ok())
            return st;
        return read(reply);
    }

    Status write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(stepMs()))
                return m_socket.state() == QAbstractSocket::ConnectedState ? timeout(tr("sending"))
                                                                           : lost();
        }
        return {};
    }

    Status read(Reply *reply)
    {
        *reply = Reply();
        for (int n = 0; n < SmtpClient::kMaxReplyLines; ++n) {
            QByteArray line;
            if (Status st = readLine(&line); !st.ok())
                return st;
            if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1])) || !std::isdigit(uchar(line[2]))
                || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
                return protocol(tr("The mail server's reply is not SMTP: \"%1\".").arg(QString::fromLatin1(line.left(80))));
            const int code = line.left(3).toInt();
            if (reply->code != 0 && code != reply->code)
                return protocol(tr("The mail server's reply changes its code within one reply."));
            reply->code = code;
            reply->lines << QString::fromUtf8(line.mid(4));
            if (line.size() == 3 || line[3] == ' ')
                return {};
        }
        return protocol(tr("The mail server's reply has more than %1 lines.").arg(SmtpClient::kMaxReplyLines));
    }

    void quit()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.write("QUIT\r\n");
            m_socket.waitForBytesWritten(qMin(stepMs(), 2000));
            m_socket.disconnectFromHost();
        }
        m_socket.abort();
    }

    bool encrypted() const { return m_socket.isEncrypted(); }

private:
    int stepMs() const
    {
        const qint64 left = m_config.deadlineMs - m_clock.elapsed();
        return int(qMax<qint64>(1, qMin<qint64>(m_config.timeoutMs, left)));
    }

    Status readLine(QByteArray *out)
    {
        while (!m_socket.canReadLine()) {
            if (m_socket.bytesAvailable() > SmtpClient::kMaxLineBytes)
                return protocol(tr("A line of the mail server's reply is longer than %1 bytes.").arg(SmtpClient::kMaxLineBytes));
            if (m_clock.elapsed() >= m_config.deadlineMs)
                return timeout(tr("waiting for a reply"));
            if (!m_socket.waitForReadyRead(stepMs())) {
                if (m_socket.state() != QAbstractSocket::ConnectedState || m_socket.error() == QAbstractSocket::RemoteHostClosedError)
                    return lost();
                return timeout(tr("waiting for a reply"));
            }
        }
        QByteArray line = m_socket.readLine(SmtpClient::kMaxLineBytes + 1);
        if (line.size() > SmtpClient::kMaxLineBytes)
            return protocol(tr("A line of the mail server's reply is longer than %1 bytes.").arg(SmtpClient::kMaxLineBytes));
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *out = line;
        return {};
    }

    Status waitEncrypted()
    {
        if (!m_socket.waitForEncrypted(stepMs())) {
            QStringList why;
            for (const QSslError &e : m_socket.sslHandshakeErrors())
                why << e.errorString();
            if (why.isEmpty())
                why << m_socket.errorString();
            return Error::failed(QStringLiteral("notices.smtp_tls"),
                                 tr("The TLS handshake with the mail server %1 failed: %2.").arg(m_config.host, why.join(QStringLiteral("; "))));
        }
        return {};
    }

    Status timeout(const QString &step) const
    {
        return Error::failed(QStringLiteral("notices.smtp_timeout"),
                             tr("The mail server %1 did not answer in time (%2).").arg(m_config.host, step));
    }
    Status lost() const
    {
        return Error::failed(QStringLiteral("notices.smtp_unreachable"),
                             tr("The mail server %1 closed the connection: %2.").arg(m_config.host, m_socket.errorString()));
    }
    Status protocol(const QString &message) const { return Error::failed(QStringLiteral("notices.smtp_protocol"), message); }

    const SmtpConfig &m_config;
    QSslSocket m_socket;
    QElapsedTimer m_clock;
};

QString tr(const char *s) { return QCoreApplication::translate("Aksara::Notices", s); }

Error fromReply(const QString &step, const Reply &r)
{
    const QString text = r.lines.join(QLatin1Char(' ')).left(300);
    const QString message = tr("The mail server answered %1 to %2: %3").arg(r.code).arg(step, text);
    const QJsonObject details{{QStringLiteral("smtp_code"), r.code}, {QStringLiteral("permanent"), r.code >= 500}};
    if (r.code >= 400 && r.code < 500)
        return Error::failed(QStringLiteral("notices.smtp_temporary"), message, details);
    if (step == QLatin1String("AUTH"))
        return Error::failed(QStringLiteral("notices.smtp_auth"), message, details);
    if (step == QLatin1String("RCPT TO") || step == QLatin1String("DATA"))
        return Error::refused(QStringLiteral("notices.smtp_rejected"), message, details);
    return Error::failed(QStringLiteral("notices.smtp_rejected"), message, details);
}

QByteArray encodedWord(const QString &s)
{
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return s.toLatin1();
    return "=?UTF-8?B?" + s.toUtf8().toBase64() + "?=";
}

} // namespace

bool SmtpClient::isUsableAddress(const QString &address)
{
    if (address.size() > 254 || address.count(QLatin1Char('@')) != 1)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at == 0 || at == address.size() - 1)
        return false;
    for (QChar c : address) {
        if (c.unicode() <= 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"') || c == QLatin1Char(',')
            || c == QLatin1Char(';') || c == QLatin1Char('\\') || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

QByteArray SmtpClient::compose(const SmtpConfig &config, const MailMessage &m)
{
    QByteArray out;
    QString name = config.fromName;
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    out += "From: " + (name.isEmpty() ? QByteArray() : encodedWord(name) + " ") + "<" + config.from.toUtf8() + ">\r\n";
    out += "To: <" + m.to.toUtf8() + ">\r\n";
    QString subject = m.subject;
    subject.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    out += "Subject: " + encodedWord(subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(m.date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000\r\n";
    out += "Message-ID: <" + m.messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "\r\n";
    QString text = m.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray b64 = text.toUtf8().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

Status SmtpClient::send(const SmtpConfig &config, const MailMessage &message)
{
    if (!isUsableAddress(message.to))
        return Error::refused(QStringLiteral("notices.bad_address"),
                              tr("\"%1\" is not an e-mail address the notice can be sent to.").arg(message.to),
                              {{QStringLiteral("permanent"), true}});
    if (!isUsableAddress(config.from))
        return Error::failed(QStringLiteral("notices.bad_address"),
                             tr("The sender address \"%1\" (notices.smtp_from) is not an e-mail address.").arg(config.from),
                             {{QStringLiteral("permanent"), true}});
    Conversation c(config);
    struct Quit {
        Conversation &c;
        ~Quit() { c.quit(); }
    } quitAtEnd{c};
    if (Status st = c.connect(); !st.ok())
        return st;
    Reply r;
    if (Status st = c.read(&r); !st.ok())
        return st;
    if (r.code != 220)
        return fromReply(QStringLiteral("the greeting"), r);
    QByteArray helo = QHostInfo::localHostName().toUtf8();
    if (helo.isEmpty() || helo.contains(' '))
        helo = "localhost";
    if (Status st = c.command("EHLO " + helo, &r); !st.ok())
        return st;
    if (r.code != 250)
        return fromReply(QStringLiteral("EHLO"), r);
    auto offers = [&r](const QString &what) {
        for (const QString &l : r.lines) {
            if (l.section(QLatin1Char(' '), 0, 0).compare(what, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (config.security == SmtpConfig::Security::StartTls) {
        if (!offers(QStringLiteral("STARTTLS")))
            return Error::failed(QStringLiteral("notices.smtp_tls"),
                                 tr("The mail server %1 does not offer STARTTLS; the notice is not sent in clear text "
                                    "(set notices.smtp_security to none only for a server on this machine or the "
                                    "library's own network).")
                                     .arg(config.host));
        if (Status st = c.command("STARTTLS", &r); !st.ok())
            return st;
        if (r.code != 220)
            return fromReply(QStringLiteral("STARTTLS"), r);
        if (Status st = c.startTls(); !st.ok())
            return st;
        if (Status st = c.command("EHLO " + helo, &r); !st.ok())
            return st;
        if (r.code != 250)
            return fromReply(QStringLiteral("EHLO"), r);
    }
    if (!config.user.isEmpty()) {
        QString mechanisms;
        for (const QString &l : r.lines) {
            if (l.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
                mechanisms += l.mid(4).toUpper() + QLatin1Char(' ');
        }
        const QStringList offered = mechanisms.split(QRegularExpression(QStringLiteral("[ =]")), Qt::SkipEmptyParts);
        if (offered.contains(QStringLiteral("PLAIN"))) {
            const QByteArray token = QByteArray(1, '\0') + config.user.toUtf8() + QByteArray(1, '\0') + config.password.toUtf8();
            if (Status st = c.command("AUTH PLAIN " + token.toBase64(), &r); !st.ok())
                return st;
        } else if (offered.contains(QStringLiteral("LOGIN"))) {
            if (Status st = c.command("AUTH LOGIN", &r); !st.ok())
                return st;
            if (r.code == 334) {
                if (Status st = c.command(config.user.toUtf8().toBase64(), &r); !st.ok())
                    return st;
            }
            if (r.code == 334) {
                if (Status st = c.command(config.password.toUtf8().toBase64(), &r); !st.ok())
                    return st;
            }
        } else {
            return Error::failed(QStringLiteral("notices.smtp_auth"),
                                 tr("The mail server %1 offers no login Aksara speaks (PLAIN or LOGIN).").arg(config.host),
                                 {{QStringLiteral("permanent"), true}});
        }
        if (r.code != 235)
            return fromReply(QStringLiteral("AUTH"), r);
    }
    if (Status st = c.command("MAIL FROM:<" + config.from.toUtf8() + ">", &r); !st.ok())
        return st;
    if (r.code != 250)
        return fromReply(QStringLiteral("MAIL FROM"), r);
    if (Status st = c.command("RCPT TO:<" + message.to.toUtf8() + ">", &r); !st.ok())
        return st;
    if (r.code != 250 && r.code != 251)
        return fromReply(QStringLiteral("RCPT TO"), r);
    if (Status st = c.command("DATA", &r); !st.ok())
        return st;
    if (r.code != 354)
        return fromReply(QStringLiteral("DATA"), r);
    if (Status st = c.write(compose(config, message) + ".\r\n"); !st.ok())
        return st;
    if (Status st = c.read(&r); !st.ok())
        return st;
    if (r.code != 250)
        return fromReply(QStringLiteral("DATA"), r);
    return {};
}

} // namespace Aksara::Notices
