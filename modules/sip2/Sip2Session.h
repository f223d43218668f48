#pragma once

#include "sip2/Sip2Backend.h"
#include "sip2/Sip2Codec.h"
#include "sip2/Sip2LoginThrottle.h"

#include <QCoreApplication>

#include <optional>

namespace Aksara::Sip2 {

// One self-check machine's connection, as a state machine over bytes (the TCP server feeds it and
// writes what it returns). Behaviour, per SIP2 2.00 and what machines in the field expect:
//  - a message ends with CR (CR LF accepted); replies end with CR; a line of more than
//    Codec::kMaxFrame bytes without CR is cut off, answered 96 and flagged (Output::overlong: the
//    server closes the connection);
//  - Output::accepted says a well-formed request of a known command was served (what resets the
//    server's idle timer): garbage, unknown commands and refused requests are not;
//  - a bad checksum, invalid bytes or a malformed message get "96" (please resend) and change nothing;
//  - an unknown command gets no reply and the session goes on;
//  - 97 resends the last reply exactly;
//  - before a successful login (93) only 99 (status) and 97 are answered; anything else gets "940"
//    (not logged in), and kMaxUnauthenticated of those close the connection;
//  - kMaxFailedLogins wrong logins in a row close the connection;
//  - a login, checkout, checkin, renewal, fee payment or hold the library could not carry out and
//    record (Result failure / hangUp from the backend: a full disk, a lost database) gets no answer
//    and the connection closes, with a log line: never 940 for a good password, never a 121 whose
//    loan is not stored; the machine reconnects and tries again;
//  - when the machine uses error detection (AY/AZ), replies carry the same sequence number and
//    their own checksum;
//  - a login's password check (Argon2id, slow) can be handed to another thread (setOffload): the
//    session then reads no further message of its machine until loginChecked() gives the result;
//    so can the patron PIN (AD) of a patron message (23, 63, 11, 29, 65, 15, 37, 35) once logged
//    in (Backend::pinCheck), the message being handled when the result is back;
//  - logins wait under the back-off of a LoginThrottle shared by the server (setThrottle);
//  - the account is bound to its institution: a message whose AO names another institution gets
//    its negative reply and does nothing (an empty or absent AO means the account's own).
class Session {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Sip2::Session)

public:
    static constexpr int kMaxFailedLogins = 3;
    static constexpr int kMaxUnauthenticated = 5;
    // The SIP2 "supported messages" of the 98 reply, in the specification's order: patron status,
    // checkout, checkin, block patron, SC/ACS status, resend, login, patron information, end
    // session, fee paid, item information, item status update, patron enable, hold, renew, renew all.
    // Once logged in, block patron and fee paid are offered only to an account granted them.
    static constexpr const char *kSupported = "YYYYYYYYYYYNNYYY";

    Session(Backend &backend, Charset charset = Charset::Utf8) : m_backend(backend), m_codec(charset) {}

    // Bytes held while a login's password check is out (frames that arrived behind the login);
    // more than this and the machine is not a self-check machine: the session asks to close.
    static constexpr int kMaxHeld = 8 * Codec::kMaxFrame;

    struct Output {
        QByteArray bytes;   // replies to send, in order
        bool close = false; // close the connection after sending them
        bool waiting = false; // a login's password check was handed off; call loginChecked()
        // At least one well-formed request of a known command was taken (garbage, a frame cut off,
        // an unknown command, and a request refused as not logged in are not): what resets a
        // connection's idle timer.
        bool accepted = false;
        // A line longer than Codec::kMaxFrame without CR was cut off (answered 96), or more than
        // kMaxHeld bytes arrived while a login was checked (then `close` is set too).
        bool overlong = false;
    };
    // Runs a login's password check elsewhere; the caller gives the result back with loginChecked()
    // on this session's thread. Without it, the check runs inline.
    using Offload = std::function<void(std::function<bool()> check)>;
    void setOffload(Offload offload) { m_offload = std::move(offload); }
    void setThrottle(LoginThrottle *throttle) { m_throttle = throttle; }
    // The machine's address, for the back-off per address.
    void setPeer(const QString &address) { m_peer = address; }
    // The result of the check handed to the offload (a login's password or a patron's PIN): the
    // reply of the message that waited for it, then whatever arrived meanwhile.
    Output loginChecked(bool passwordOk);
    // Feeds bytes as they arrive; complete messages are handled at once.
    Output feed(const QByteArray &bytes);
    bool loggedIn() const { return m_account.has_value(); }
    const Codec &codec() const { return m_codec; }

private:
    QByteArray handle(const QByteArray &frame, bool *close, bool *accepted);
    Output run();
    QByteArray loginReply(const Message &m, bool passwordOk, bool *close);
    QByteArray loginRefused(const Message &m, bool *close);
    QByteArray hangUp(const Message &request, const QString &why);
    QByteArray reply(const Message &request, const QString &command, const QStringList &fixed,
                     QList<std::pair<QString, QString>> fields);
    QString now() const;
    QString sipDate(qint64 ms) const;
    QString lang(const QString &patronLanguage) const;

    QByteArray status(const Message &m);
    QByteArray patronStatus(const Message &m, const PatronInfo &p);
    QByteArray patronInformation(const Message &m, const QString &refused);
    QByteArray checkout(const Message &m, const QString &refused);
    QByteArray checkin(const Message &m, const QString &refused);
    QByteArray itemInformation(const Message &m, const QString &refused);
    QByteArray renew(const Message &m, const QString &refused);
    QByteArray renewAll(const Message &m, const QString &refused);
    QByteArray endSession(const Message &m, const QString &refused);
    QByteArray feePaid(const Message &m, const QString &refused);
    QByteArray hold(const Message &m, const QString &refused);
    QByteArray circulationReply(const Message &m, const QString &command, const CirculationResult &r);

    Backend &m_backend;
    Codec m_codec;
    QByteArray m_buffer;
    QByteArray m_lastReply;
    std::optional<Account> m_account;
    int m_failedLogins = 0;
    // Set when a request could not be carried out and recorded: no answer, the connection closes.
    bool m_hangUp = false;
    int m_unauthenticated = 0;
    Offload m_offload;
    LoginThrottle *m_throttle = nullptr;
    QString m_peer;
    bool m_waiting = false;
    Message m_pendingLogin;
    // A patron message waiting for its PIN check (empty: the wait is a login's).
    QByteArray m_pendingFrame;
    QString m_pendingCard, m_pendingPin, m_pendingHash;
    bool m_pinReady = false; // handling m_pendingFrame, its PIN checked
};

} // namespace Aksara::Sip2
