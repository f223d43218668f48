#pragma once

#include "notices/HttpGateway.h"
#include "notices/SmtpClient.h"

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <optional>

namespace Aksara::Notices {

// One notice to one patron and how its delivery goes (table notice_deliveries, docs/notices.md).
struct Delivery {
    qint64 id = 0;
    QString kind; // overdue | hold_ready | hold_expiring | membership_expiring
    qint64 patronId = 0;
    QString card;
    QString patronName;
    QString state; // queued | sending | sent | failed | unconfirmed
    QString channel; // email | http | empty before the first attempt
    QString address;
    QString language;
    int attempts = 0;
    qint64 nextAttemptAt = 0; // 0: none (sent, given up or unconfirmed)
    qint64 claimedAt = 0;
    QString claimedBy;
    QString messageId;
    QString errorCode;
    QString error;
    qint64 sentAt = 0;
    qint64 createdAt = 0;
    QJsonObject data;
    QJsonObject toJson() const;
};

struct ScanReport {
    int overdue = 0;
    int holdReady = 0;
    int holdExpiring = 0;
    int membershipExpiring = 0;
    int total() const { return overdue + holdReady + holdExpiring + membershipExpiring; }
    QJsonObject toJson() const;
};

struct SendReport {
    int sent = 0;
    int failed = 0;      // this pass's attempts that failed (retried later or given up)
    int unconfirmed = 0; // claims of a sender that never confirmed them, found in this pass
    QList<qint64> sentIds;
    QList<qint64> failedIds;
    QJsonObject toJson() const;
};

struct ListFilter {
    qint64 patronId = 0; // 0: all
    QString state;       // empty: all
    int limit = 50;
};

// Where the notices go, as the library's settings say (SettingKeys.h), with the secrets read
// from their files. read() refuses notices.secret_exposed for a password or token file that the
// group or others may read, notices.secret_unreadable for one that cannot be read.
struct ChannelConfig {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::ChannelConfig)

public:
    std::optional<SmtpConfig> smtp;
    std::optional<HttpGatewayConfig> http;
    bool preferHttp = false;
    int maxAttempts = 6;
    int retryMinutes = 5;
    int holdExpiringDays = 1;
    int membershipDays = 14;
    int intervalMinutes = 5;
    static Result<ChannelConfig> read(Database &db);
};

// The notices service (service `notices`): every call below is an operation of it through the
// service core (docs/notices.md).
//
//   scan      operation notices.scan, right patron.manage: makes one delivery for each event not yet
//             seen: circulation's unsent hold_ready notices, open loans past their due time,
//             ready holds within notices.hold_expiring_days of their last pickup day, active
//             memberships within notices.membership_days of their end. Idempotent: each event has
//             a unique key (overdue:LOAN:DUE_AT, hold_ready:NOTICE, hold_expiring:HOLD:EXPIRES_AT,
//             membership_expiring:PATRON:EXPIRES_ON), so running it again adds nothing.
//   list      a read; a self-service caller sees only their own notices.
//   retry     operation notice.retry, right patron.manage: a failed or unconfirmed notice is
//             queued again now. Refusals notices.unknown_notice, notices.not_retryable.
//   claim/confirm/fail: the steps of one send attempt, used by Sender.
class Notices {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::Notices)

public:
    // A claim older than this that its sender never confirmed becomes `unconfirmed`. Longer than
    // any attempt can last (SmtpConfig::deadlineMs, the gateway's time-out).
    static constexpr qint64 kClaimLeaseMs = 15 * 60 * 1000;

    explicit Notices(ServiceCore &core) : m_core(core) {}

    Result<ScanReport> scan(const Caller &caller);
    Result<QList<Delivery>> list(const Caller &caller, const ListFilter &filter);
    Result<Delivery> retry(const Caller &caller, qint64 id);

    // Claims of senders that died (older than kClaimLeaseMs) become unconfirmed: operation
    // notices.recover, only when there is one. Returns how many.
    Result<int> recover(const Caller &caller);

    // What one attempt sends: the delivery as claimed, and its rendered message.
    struct Outgoing {
        Delivery delivery;
        QString subject, text, shortText;
        QString fromDomain;
        QHash<QString, QString> values;
    };
    // Operation notice.claim: the next due notice (queued, or failed with its next attempt due)
    // becomes `sending`, claimed by `sender`, with one more attempt, its channel and address
    // chosen from the patron's e-mail and phone and the configured channels. A patron with no
    // address on any configured channel: the notice fails at once (notices.no_address, not
    // retried) and the next one is claimed. Nothing due: an empty optional, and no record.
    Result<std::optional<Outgoing>> claimNext(const Caller &caller, const QString &sender, const ChannelConfig &config);
    // Operation notice.send, outcome ok: the claimed notice is sent (circulation's notice too).
    Status confirmSent(const Caller &caller, qint64 id, const QString &sender);
    // Operation notice.send with the attempt's error as its outcome (failed, or refused for a
    // rejected address), then operation notice.defer, which keeps the reason and the next attempt
    // (back-off: retry_minutes × 2^(attempts-1), at most a day; none once max_attempts is reached
    // or the error is permanent).
    Status recordFailure(const Caller &caller, qint64 id, const QString &sender, const Error &error, const ChannelConfig &config);

private:
    ServiceCore &m_core;
};

// Sends the due notices, one operation per attempt (Notices::claimNext, then the channel, then
// confirmSent or recordFailure). Blocks the calling thread while a message is on its way.
// `senderId` names this sender in its claims (the server: "server:HOST:PID").
class Sender {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::Sender)

public:
    Sender(ServiceCore &core, QString senderId) : m_core(core), m_senderId(std::move(senderId)) {}

    // Recovers stale claims, then sends until nothing is due or `max` attempts were made.
    // Refusal notices.no_channel when neither e-mail nor the gateway is configured.
    Result<SendReport> sendDue(const Caller &caller, int max = 500);
    // One attempt's network part: delivers `out` over its channel. No database access.
    static Status deliver(const ChannelConfig &config, const Notices::Outgoing &out, const QDateTime &now);
    // Asks a pass in progress to stop after the attempt under way (another thread may call it).
    void stop() { m_stop = true; }
    const QString &senderId() const { return m_senderId; }

private:
    ServiceCore &m_core;
    QString m_senderId;
    std::atomic<bool> m_stop{false};
};

} // namespace Aksara::Notices
