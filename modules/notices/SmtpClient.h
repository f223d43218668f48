#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Aksara::Notices {

// Where and how to send e-mail (read from the library's settings: SettingKeys.h).
struct SmtpConfig {
    enum class Security { StartTls, Tls, None };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;     // empty: no AUTH
    QString password; // read from the password file, never stored in the database
    QString from;     // the From address
    QString fromName; // the library's name
    QList<QSslCertificate> caCertificates; // trusted besides the system's
    int timeoutMs = 30000; // each step (connect, TLS, one reply) must finish within this
    int deadlineMs = 120000; // the whole conversation
};

struct MailMessage {
    QString to;
    QString subject;
    QString text;
    QString messageId; // without angle brackets: local@domain
    QDateTime date;
};

// A small SMTP client (RFC 5321, ESMTP: EHLO, STARTTLS RFC 3207, AUTH PLAIN/LOGIN RFC 4954) that
// sends one message per connection and blocks the calling thread until the server has accepted
// the message or something failed. Bounded: every wait has a time-out, the whole conversation a
// deadline, a reply at most kMaxReplyLines lines of kMaxLineBytes. No Qt event loop is needed
// (waitFor* on the socket), so it may run on any thread.
//
// The message is text/plain UTF-8, base64 (no line of the body can be a lone "."), its Subject
// an RFC 2047 encoded word. Addresses with CR, LF, <, > or without "@" are refused before
// connecting (no header or command injection).
//
// Errors (details.permanent = true when trying again cannot help):
//   notices.bad_address (refused, permanent)     the recipient or sender address is not usable
//   notices.smtp_unreachable                      cannot connect (refused connection, no route, DNS)
//   notices.smtp_timeout                          a step or the whole conversation took too long
//   notices.smtp_tls                              STARTTLS not offered, or the TLS handshake failed
//   notices.smtp_auth (permanent)                 the server refused the login (5xx to AUTH)
//   notices.smtp_rejected (refused, permanent)    the server refused the recipient or the message (5xx)
//   notices.smtp_temporary                        a 4xx reply (greylisting, full mailbox, busy)
//   notices.smtp_protocol                         a reply that is not SMTP, or too long
class SmtpClient {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::SmtpClient)

public:
    static constexpr int kMaxLineBytes = 2048;
    static constexpr int kMaxReplyLines = 64;

    // The whole message as sent after DATA (headers, blank line, base64 body, CRLF line ends),
    // without the final "." line.
    static QByteArray compose(const SmtpConfig &config, const MailMessage &message);
    static bool isUsableAddress(const QString &address);

    static Status send(const SmtpConfig &config, const MailMessage &message);
};

} // namespace Aksara::Notices
