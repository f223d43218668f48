#include "notices/Notices.h"

#include "notices/SettingKeys.h"
#include "notices/Templates.h"

#include "core/LibraryProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Aksara::Notices {

namespace {
namespace Keys = SettingKeys;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString tr(const char *s) { return QCoreApplication::translate("Aksara::Notices", s); }

QVariant nullInt() { return QVariant(QMetaType::fromType<qlonglong>()); }
QVariant intOrNull(qint64 v) { return v ? QVariant(v) : nullInt(); }

const QString kColumns = QStringLiteral(
    "d.id, d.kind, d.patron_id, p.card_number, p.name, d.state, d.channel, d.address, d.language, d.attempts, "
    "d.next_attempt_at, d.claimed_at, d.claimed_by, d.message_id, d.error_code, d.error, d.sent_at, d.created_at, d.data");

Delivery fromRow(const Query &q)
{
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.kind = q.value(1).toString();
    d.patronId = q.value(2).toLongLong();
    d.card = q.value(3).toString();
    d.patronName = q.value(4).toString();
    d.state = q.value(5).toString();
    d.channel = q.value(6).toString();
    d.address = q.value(7).toString();
    d.language = q.value(8).toString();
    d.attempts = q.value(9).toInt();
    d.nextAttemptAt = q.value(10).toLongLong();
    d.claimedAt = q.value(11).toLongLong();
    d.claimedBy = q.value(12).toString();
    d.messageId = q.value(13).toString();
    d.errorCode = q.value(14).toString();
    d.error = q.value(15).toString();
    d.sentAt = q.value(16).toLongLong();
    d.createdAt = q.value(17).toLongLong();
    d.data = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
    return d;
}

Result<Delivery> deliveryById(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM notice_deliveries d JOIN patrons p ON p.id = d.patron_id WHERE d.id = ?"),
                     {id});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error::refused(QStringLiteral("notices.unknown_notice"), tr("There is no notice %1.").arg(id));
    }
    Delivery d = fromRow(*q);
    q->finish();
    return d;
}

Result<QHash<QString, QString>> settings(Database &db)
{
    QHash<QString, QString> out;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'notices.%'"));
    if (!q.ok())
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    q->finish();
    return out;
}

int intSetting(const QHash<QString, QString> &s, const QString &key, int fallback)
{
    bool ok = false;
    const int v = s.value(key).trimmed().toInt(&ok);
    return ok ? v : fallback;
}

// The first line of a secret's file; a file the group or others may read is refused.
Result<QString> readSecret(const QString &path, const QString &key)
{
    QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::refused(QStringLiteral("notices.secret_unreadable"),
                              tr("The file %1 named by %2 does not exist.").arg(path, key), {{QStringLiteral("field"), key}});
    const QFile::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & open)
        return Error::refused(QStringLiteral("notices.secret_exposed"),
                              tr("The file %1 named by %2 may be read by others than its owner: make it 0600 "
                                 "(chmod 600 %1).")
                                  .arg(path, key),
                              {{QStringLiteral("field"), key}});
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::refused(QStringLiteral("notices.secret_unreadable"),
                              tr("The file %1 named by %2 cannot be read: %3.").arg(path, key, f.errorString()),
                              {{QStringLiteral("field"), key}});
    const QByteArray first = f.read(4096).split('\n').value(0).trimmed();
    return QString::fromUtf8(first);
}

// Writes one delivery unless its event already has one. Returns whether it was new.
Result<bool> addDelivery(OperationContext &ctx, const QString &key, const QString &kind, qint64 patronId, qint64 noticeId,
                         qint64 loanId, qint64 holdId, const QJsonObject &data)
{
    auto q = ctx.db().exec(
        QStringLiteral("INSERT INTO notice_deliveries (event_key, kind, patron_id, notice_id, loan_id, hold_id, data, state, "
                       "attempts, next_attempt_at, message_id, created_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "'queued', 0, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING"),
        {key, kind, patronId, intOrNull(noticeId), intOrNull(loanId), intOrNull(holdId),
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), ctx.nowMs(),
         QUuid::createUuid().toString(QUuid::WithoutBraces), ctx.nowMs(), ctx.operationId(), ctx.operationId()});
    if (!q.ok())
        return q.error();
    const bool added = q->numRowsAffected() > 0;
    q->finish();
    return added;
}

QString localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone).date().toString(Qt::ISODate);
}

QHash<QString, QString> templateValues(const Delivery &d, const LibraryProfile &profile)
{
    QHash<QString, QString> v{{QStringLiteral("name"), d.patronName},
                              {QStringLiteral("card"), d.card},
                              {QStringLiteral("library"), profile.name},
                              {QStringLiteral("library_phone"), profile.phone}};
    for (const QString &k : {QStringLiteral("title"), QStringLiteral("item"), QStringLiteral("pickup_branch")})
        v.insert(k, d.data.value(k).toString());
    for (const QString &k : {QStringLiteral("due_on"), QStringLiteral("expires_on")})
        v.insert(k, Templates::longDate(d.data.value(k).toString(), d.language));
    return v;
}
} // namespace

QJsonObject Delivery::toJson() const
{
    auto instant = [](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("card"), card},
                       {QStringLiteral("patron"), patronName},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("channel"), text(channel)},
                       {QStringLiteral("address"), text(address)},
                       {QStringLiteral("language"), text(language)},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("next_attempt_at"), instant(nextAttemptAt)},
                       {QStringLiteral("claimed_at"), instant(claimedAt)},
                       {QStringLiteral("claimed_by"), text(claimedBy)},
                       {QStringLiteral("message_id"), messageId},
                       {QStringLiteral("error_code"), text(errorCode)},
                       {QStringLiteral("error"), text(error)},
                       {QStringLiteral("sent_at"), instant(sentAt)},
                       {QStringLiteral("created_at"), instant(createdAt)},
                       {QStringLiteral("data"), data}};
}

QJsonObject ScanReport::toJson() const
{
    return QJsonObject{{QStringLiteral("overdue"), overdue},
                       {QStringLiteral("hold_ready"), holdReady},
                       {QStringLiteral("hold_expiring"), holdExpiring},
                       {QStringLiteral("membership_expiring"), membershipExpiring},
                       {QStringLiteral("total"), total()}};
}

QJsonObject SendReport::toJson() const
{
    QJsonArray s, f;
    for (qint64 id : sentIds)
        s << id;
    for (qint64 id : failedIds)
        f << id;
    return QJsonObject{{QStringLiteral("sent"), sent},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("unconfirmed"), unconfirmed},
                       {QStringLiteral("sent_ids"), s},
                       {QStringLiteral("failed_ids"), f}};
}

Result<ChannelConfig> ChannelConfig::read(Database &db)
{
    auto s = settings(db);
    if (!s.ok())
        return s.error();
    auto profile = LibraryProfile::read(db);
    if (!profile.ok())
        return profile.error();
    ChannelConfig c;
    c.preferHttp = s->value(Keys::Prefer) == QLatin1String("http");
    c.maxAttempts = qMax(1, intSetting(*s, Keys::MaxAttempts, Keys::kDefaultMaxAttempts));
    c.retryMinutes = qMax(1, intSetting(*s, Keys::RetryMinutes, Keys::kDefaultRetryMinutes));
    c.holdExpiringDays = qMax(0, intSetting(*s, Keys::HoldExpiringDays, Keys::kDefaultHoldExpiringDays));
    c.membershipDays = qMax(0, intSetting(*s, Keys::MembershipDays, Keys::kDefaultMembershipDays));
    c.intervalMinutes = qMax(1, intSetting(*s, Keys::IntervalMinutes, Keys::kDefaultIntervalMinutes));
    const QString host = s->value(Keys::SmtpHost).trimmed();
    if (!host.isEmpty()) {
        SmtpConfig m;
        m.host = host;
        m.port = intSetting(*s, Keys::SmtpPort, Keys::kDefaultSmtpPort);
        const QString security = s->value(Keys::SmtpSecurity, QStringLiteral("starttls"));
        m.security = security == QLatin1String("tls")    ? SmtpConfig::Security::Tls
                     : security == QLatin1String("none") ? SmtpConfig::Security::None
                                                         : SmtpConfig::Security::StartTls;
        m.user = s->value(Keys::SmtpUser).trimmed();
        const QString passwordFile = s->value(Keys::SmtpPasswordFile).trimmed();
        if (!passwordFile.isEmpty()) {
            auto pw = readSecret(passwordFile, Keys::SmtpPasswordFile);
            if (!pw.ok())
                return pw.error();
            m.password = *pw;
        }
        const QString caFile = s->value(Keys::SmtpCaFile).trimmed();
        if (!caFile.isEmpty()) {
            m.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
            if (m.caCertificates.isEmpty())
                return Error::refused(QStringLiteral("notices.bad_ca_file"),
                                      tr("The file %1 named by %2 holds no PEM certificate.").arg(caFile, Keys::SmtpCaFile),
                                      {{QStringLiteral("field"), Keys::SmtpCaFile}});
        }
        m.from = s->value(Keys::SmtpFrom).trimmed();
        if (m.from.isEmpty())
            m.from = profile->email;
        m.fromName = profile->name;
        c.smtp = m;
    }
    const QString url = s->value(Keys::HttpUrl).trimmed();
    if (!url.isEmpty()) {
        HttpGatewayConfig h;
        h.url = QUrl(url);
        h.bodyTemplate = s->value(Keys::HttpBody, Keys::kDefaultHttpBody);
        if (h.bodyTemplate.isEmpty())
            h.bodyTemplate = Keys::kDefaultHttpBody;
        h.contentType = s->value(Keys::HttpContentType, Keys::kDefaultHttpContentType);
        if (h.contentType.isEmpty())
            h.contentType = Keys::kDefaultHttpContentType;
        const QString tokenFile = s->value(Keys::HttpTokenFile).trimmed();
        if (!tokenFile.isEmpty()) {
            auto token = readSecret(tokenFile, Keys::HttpTokenFile);
            if (!token.ok())
                return token.error();
            h.bearerToken = *token;
        }
        c.http = h;
    }
    return c;
}

Result<ScanReport> Notices::scan(const Caller &caller)
{
    auto config = ChannelConfig::read(m_core.db());
    // The scan needs only the days; a secret file's trouble is the sender's to report.
    const int expiringDays = config.ok() ? config->holdExpiringDays : SettingKeys::kDefaultHoldExpiringDays;
    const int membershipDays = config.ok() ? config->membershipDays : SettingKeys::kDefaultMembershipDays;
    return m_core.execute<ScanReport>(
        caller, {QStringLiteral("notices"), QStringLiteral("notices.scan"), Rights::PatronManage, {}},
        [&](OperationContext &ctx) -> Result<ScanReport> {
            Database &db = ctx.db();
            auto profile = LibraryProfile::read(db);
            if (!profile.ok())
                return profile.error();
            const QTimeZone zone = profile->zone();
            const qint64 now = ctx.nowMs();
            ScanReport report;
            struct Event {
                QString key, kind;
                qint64 patron = 0, notice = 0, loan = 0, hold = 0;
                QJsonObject data;
            };
            QList<Event> events;
            // Circulation's hold_ready notices whose hold still waits on the shelf.
            auto q = db.exec(QStringLiteral("SELECT n.id, n.patron_id, n.hold_id, n.data, b.name, h.expires_at FROM notices n "
                                            "JOIN holds h ON h.id = n.hold_id JOIN branches b ON b.id = h.pickup_branch_id "
                                            "WHERE n.kind = 'hold_ready' AND n.sent_at IS NULL AND h.status = 'ready' "
                                            "AND NOT EXISTS (SELECT 1 FROM notice_deliveries d WHERE d.notice_id = n.id)"));
            if (!q.ok())
                return q.error();
            while (q->next()) {
                QJsonObject data = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
                data.insert(QStringLiteral("pickup_branch"), q->value(4).toString());
                if (!data.contains(QStringLiteral("expires_on")) && !q->value(5).isNull())
                    data.insert(QStringLiteral("expires_on"), localDate(q->value(5).toLongLong(), zone));
                events << Event{QStringLiteral("hold_ready:") + q->value(0).toString(), QStringLiteral("hold_ready"),
                                q->value(1).toLongLong(), q->value(0).toLongLong(), 0, q->value(2).toLongLong(), data};
            }
            q->finish();
            // Open loans past their due time: one notice per loan and due time (a renewal that
            // is overdue again is a new event).
            q = db.exec(QStringLiteral("SELECT l.id, l.patron_id, l.due_at, i.barcode, r.title FROM loans l "
                                       "JOIN items i ON i.id = l.item_id JOIN bib_records r ON r.id = i.bib_id "
                                       "WHERE l.returned_at IS NULL AND l.due_at < ? AND NOT EXISTS (SELECT 1 FROM "
                                       "notice_deliveries d WHERE d.event_key = 'overdue:' || l.id || ':' || l.due_at)"),
                        {now});
            if (!q.ok())
                return q.error();
            while (q->next()) {
                events << Event{QStringLiteral("overdue:%1:%2").arg(q->value(0).toLongLong()).arg(q->value(2).toLongLong()),
                                QStringLiteral("overdue"),
                                q->value(1).toLongLong(),
                                0,
                                q->value(0).toLongLong(),
                                0,
                                {{QStringLiteral("item"), q->value(3).toString()},
                                 {QStringLiteral("title"), q->value(4).toString()},
                                 {QStringLiteral("due_on"), localDate(q->value(2).toLongLong(), zone)}}};
            }
            q->finish();
            // Ready holds whose last pickup day is within notices.hold_expiring_days of today
            // (local dates), that were ready before today (one made ready today has just been told).
            if (expiringDays > 0) {
                const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(zone).date();
                const qint64 startOfToday = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
                const qint64 horizon = QDateTime(today.addDays(1 + expiringDays), QTime(0, 0), zone).toMSecsSinceEpoch();
                q = db.exec(QStringLiteral("SELECT h.id, h.patron_id, h.expires_at, r.title, b.name FROM holds h "
                                           "JOIN bib_records r ON r.id = h.bib_id JOIN branches b ON b.id = h.pickup_branch_id "
                                           "WHERE h.status = 'ready' AND h.expires_at > ? AND h.expires_at < ? "
                                           "AND h.ready_at < ? AND NOT EXISTS (SELECT 1 FROM notice_deliveries d "
                                           "WHERE d.event_key = 'hold_expiring:' || h.id || ':' || h.expires_at)"),
                            {now, horizon, startOfToday});
                if (!q.ok())
                    return q.error();
                while (q->next()) {
                    events << Event{QStringLiteral("hold_expiring:%1:%2").arg(q->value(0).toLongLong()).arg(q->value(2).toLongLong()),
                                    QStringLiteral("hold_expiring"),
                                    q->value(1).toLongLong(),
                                    0,
                                    0,
                                    q->value(0).toLongLong(),
                                    {{QStringLiteral("title"), q->value(3).toString()},
                                     {QStringLiteral("pickup_branch"), q->value(4).toString()},
                                     {QStringLiteral("expires_on"), localDate(q->value(2).toLongLong(), zone)}}};
                }
                q->finish();
            }
            // Active memberships that end within the window (dates are YYYY-MM-DD: text order).
            if (membershipDays > 0) {
                const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(zone).date();
                q = db.exec(QStringLiteral("SELECT p.id, p.expires_on FROM patrons p WHERE p.status = 'active' "
                                           "AND p.expires_on >= ? AND p.expires_on <= ? AND NOT EXISTS (SELECT 1 FROM "
                                           "notice_deliveries d WHERE d.event_key = 'membership_expiring:' || p.id || ':' || "
                                           "p.expires_on)"),
                            {today.toString(Qt::ISODate), today.addDays(membershipDays).toString(Qt::ISODate)});
                if (!q.ok())
                    return q.error();
                while (q->next()) {
                    events << Event{QStringLiteral("membership_expiring:%1:%2").arg(q->value(0).toLongLong()).arg(q->value(1).toString()),
                                    QStringLiteral("membership_expiring"),
                                    q->value(0).toLongLong(),
                                    0,
                                    0,
                                    0,
                                    {{QStringLiteral("expires_on"), q->value(1).toString()}}};
                }
                q->finish();
            }
            for (const Event &e : events) {
                auto added = addDelivery(ctx, e.key, e.kind, e.patron, e.notice, e.loan, e.hold, e.data);
                if (!added.ok())
                    return added.error();
                if (!*added)
                    continue;
                if (e.kind == QLatin1String("overdue"))
                    ++report.overdue;
                else if (e.kind == QLatin1String("hold_ready"))
                    ++report.holdReady;
                else if (e.kind == QLatin1String("hold_expiring"))
                    ++report.holdExpiring;
                else
                    ++report.membershipExpiring;
            }
            ctx.setDetail(QStringLiteral("queued"), report.toJson());
            return report;
        });
}

Result<QList<Delivery>> Notices::list(const Caller &caller, const ListFilter &filter)
{
    static const QStringList states{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
                                    QStringLiteral("failed"), QStringLiteral("unconfirmed")};
    if (!filter.state.isEmpty() && !states.contains(filter.state))
        return Error::refused(QStringLiteral("notices.bad_state"),
                              tr("The state is one of %1, not \"%2\".").arg(states.join(QStringLiteral(", ")), filter.state),
                              {{QStringLiteral("field"), QStringLiteral("state")}});
    if (filter.limit < 1 || filter.limit > 10000)
        return Error::refused(QStringLiteral("notices.bad_limit"),
                              tr("The limit is a whole number from 1 to 10000, not %1.").arg(filter.limit),
                              {{QStringLiteral("field"), QStringLiteral("limit")}});
    return m_core.execute<QList<Delivery>>(
        caller, {QStringLiteral("notices"), QStringLiteral("notices.list"), {}, {}, false},
        [&](OperationContext &ctx) -> Result<QList<Delivery>> {
            // A patron at self-service sees their own notices only.
            const qint64 patron = ctx.caller().patronId ? ctx.caller().patronId : filter.patronId;
            auto q = ctx.db().exec(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM notice_deliveries d JOIN patrons p ON p.id = d.patron_id "
                                                        "WHERE (? = 0 OR d.patron_id = ?) AND (? = '' OR d.state = ?) "
                                                        "ORDER BY d.id DESC LIMIT ?"),
                                   {patron, patron, filter.state.isNull() ? QStringLiteral("") : filter.state,
                                    filter.state.isNull() ? QStringLiteral("") : filter.state, filter.limit});
            if (!q.ok())
                return q.error();
            QList<Delivery> out;
            while (q->next())
                out << fromRow(*q);
            q->finish();
            return out;
        });
}

Result<Delivery> Notices::retry(const Caller &caller, qint64 id)
{
    return m_core.execute<Delivery>(
        caller, {QStringLiteral("notices"), QStringLiteral("notice.retry"), Rights::PatronManage, QString::number(id)},
        [&](OperationContext &ctx) -> Result<Delivery> {
            auto d = deliveryById(ctx.db(), id);
            if (!d.ok())
                return d.error();
            if (d->state != QLatin1String("failed") && d->state != QLatin1String("unconfirmed"))
                return Error::refused(QStringLiteral("notices.not_retryable"),
                                      tr("Notice %1 is %2: only a failed or unconfirmed notice can be sent again.").arg(id).arg(d->state),
                                      {{QStringLiteral("state"), d->state}});
            ctx.setDetail(QStringLiteral("state_was"), d->state);
            auto q = ctx.db().exec(QStringLiteral("UPDATE notice_deliveries SET state = 'queued', next_attempt_at = ?, "
                                                  "updated_op = ? WHERE id = ?"),
                                   {ctx.nowMs(), ctx.operationId(), id});
            if (!q.ok())
                return q.error();
            q->finish();
            return deliveryById(ctx.db(), id);
        });
}

Result<int> Notices::recover(const Caller &caller)
{
    const qint64 before = m_core.clock().now().toMSecsSinceEpoch() - kClaimLeaseMs;
    auto stale = m_core.db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM notice_deliveries WHERE state = 'sending' AND claimed_at < ?"), {before});
    if (!stale.ok())
        return stale.error();
    if (stale->toLongLong() == 0)
        return 0;
    return m_core.execute<int>(
        caller, {QStringLiteral("notices"), QStringLiteral("notices.recover"), Rights::PatronManage, {}},
        [&](OperationContext &ctx) -> Result<int> {
            auto q = ctx.db().exec(
                QStringLiteral("UPDATE notice_deliveries SET state = 'unconfirmed', error_code = 'notices.unconfirmed', "
                               "error = ?, next_attempt_at = NULL, updated_op = ? WHERE state = 'sending' AND claimed_at < ? "
                               "RETURNING id"),
                {tr("The sender that claimed this notice stopped before it confirmed the delivery: it may or may not have "
                    "reached the patron. Look for its Message-ID in the mail server's log, then retry it or leave it."),
                 ctx.operationId(), ctx.nowMs() - kClaimLeaseMs});
            if (!q.ok())
                return q.error();
            QJsonArray ids;
            while (q->next())
                ids << q->value(0).toLongLong();
            q->finish();
            ctx.setDetail(QStringLiteral("unconfirmed"), ids);
            return int(ids.size());
        });
}

Result<std::optional<Notices::Outgoing>> Notices::claimNext(const Caller &caller, const QString &sender, const ChannelConfig &config)
{
    for (int tries = 0; tries < 1000; ++tries) {
        const qint64 now = m_core.clock().now().toMSecsSinceEpoch();
        auto next = m_core.db().scalar(QStringLiteral("SELECT id FROM notice_deliveries WHERE state IN ('queued', 'failed') "
                                                      "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"),
                                       {now});
        if (!next.ok())
            return next.error();
        if (next->isNull())
            return std::optional<Outgoing>();
        const qint64 id = next->toLongLong();
        bool claimed = false;
        Outgoing out;
        Status st = m_core.run(
            caller, {QStringLiteral("notices"), QStringLiteral("notice.claim"), Rights::PatronManage, QString::number(id)},
            [&](OperationContext &ctx) -> Status {
                Database &db = ctx.db();
                auto p = db.exec(QStringLiteral("SELECT p.email, p.phone, p.language FROM notice_deliveries d JOIN patrons p "
                                                "ON p.id = d.patron_id WHERE d.id = ?"),
                                 {id});
                if (!p.ok())
                    return p.error();
                QString email, phone, language;
                if (p->next()) {
                    email = p->value(0).toString().trimmed();
                    phone = p->value(1).toString().trimmed();
                    language = p->value(2).toString();
                }
                p->finish();
                QString channel, address;
                const bool canMail = config.smtp && !email.isEmpty();
                const bool canHttp = config.http && !phone.isEmpty();
                if (canMail && (!config.preferHttp || !canHttp)) {
                    channel = QStringLiteral("email");
                    address = email;
                } else if (canHttp) {
                    channel = QStringLiteral("http");
                    address = phone;
                }
                if (channel.isEmpty()) {
                    auto q = db.exec(QStringLiteral("UPDATE notice_deliveries SET state = 'failed', attempts = attempts + 1, "
                                                    "error_code = 'notices.no_address', error = ?, next_attempt_at = NULL, "
                                                    "updated_op = ? WHERE id = ? AND state IN ('queued', 'failed')"),
                                     {tr("The patron has no e-mail address or phone number for the channels the library "
                                         "has set up. Add one to the patron's record, then retry the notice."),
                                      ctx.operationId(), id});
                    if (!q.ok())
                        return q.error();
                    q->finish();
                    ctx.setDetail(QStringLiteral("outcome"), QStringLiteral("no_address"));
                    return {};
                }
                auto q = db.exec(QStringLiteral("UPDATE notice_deliveries SET state = 'sending', attempts = attempts + 1, "
                                                "claimed_at = ?, claimed_by = ?, channel = ?, address = ?, language = ?, "
                                                "updated_op = ? WHERE id = ? AND state IN ('queued', 'failed') "
                                                "AND next_attempt_at <= ? RETURNING id"),
                                 {ctx.nowMs(), sender, channel, address, language, ctx.operationId(), id, ctx.nowMs()});
                if (!q.ok())
                    return q.error();
                const bool won = q->next();
                q->finish();
                if (!won)
                    return Error::refused(QStringLiteral("notices.already_claimed"),
                                          tr("Notice %1 was claimed by another sender.").arg(id));
                auto d = deliveryById(db, id);
                if (!d.ok())
                    return d.error();
                auto profile = LibraryProfile::read(db);
                if (!profile.ok())
                    return profile.error();
                out.delivery = *d;
                out.values = templateValues(*d, *profile);
                const Rendered r = Templates::render(d->kind, d->language, out.values);
                out.subject = r.subject;
                out.text = r.text;
                out.shortText = r.shortText;
                if (config.smtp)
                    out.fromDomain = config.smtp->from.section(QLatin1Char('@'), -1);
                claimed = true;
                ctx.setDetail(QStringLiteral("kind"), d->kind);
                ctx.setDetail(QStringLiteral("channel"), channel);
                ctx.setDetail(QStringLiteral("attempt"), d->attempts);
                return {};
            });
        if (!st.ok()) {
            if (st.error().code == QLatin1String("notices.already_claimed"))
                continue;
            return st.error();
        }
        if (claimed)
            return std::optional<Outgoing>(out);
    }
    return std::optional<Outgoing>();
}

Status Notices::confirmSent(const Caller &caller, qint64 id, const QString &sender)
{
    return m_core.run(
        caller, {QStringLiteral("notices"), QStringLiteral("notice.send"), Rights::PatronManage, QString::number(id)},
        [&](OperationContext &ctx) -> Status {
            Database &db = ctx.db();
            auto q = db.exec(QStringLiteral("UPDATE notice_deliveries SET state = 'sent', sent_at = ?, error_code = NULL, "
                                            "error = NULL, next_attempt_at = NULL, updated_op = ? WHERE id = ? AND claimed_by = ? "
                                            "AND state IN ('sending', 'unconfirmed') RETURNING notice_id, channel, attempts"),
                             {ctx.nowMs(), ctx.operationId(), id, sender});
            if (!q.ok())
                return q.error();
            if (!q->next()) {
                q->finish();
                return Error::failed(QStringLiteral("notices.claim_lost"),
                                     tr("Notice %1 was sent but is no longer claimed by this sender (%2).").arg(id).arg(sender));
            }
            const qint64 noticeId = q->value(0).toLongLong();
            ctx.setDetail(QStringLiteral("channel"), q->value(1).toString());
            ctx.setDetail(QStringLiteral("attempt"), q->value(2).toInt());
            q->finish();
            if (noticeId) {
                auto n = db.exec(QStringLiteral("UPDATE notices SET sent_at = ?, updated_op = ? WHERE id = ? AND sent_at IS NULL"),
                                 {ctx.nowMs(), ctx.operationId(), noticeId});
                if (!n.ok())
                    return n.error();
                n->finish();
            }
            return {};
        });
}

Status Notices::recordFailure(const Caller &caller, qint64 id, const QString &sender, const Error &error, const ChannelConfig &config)
{
    // The attempt's own record, with its outcome: failed (the channel did not work: counted
    // against the service, an incident opens) or refused (the address was rejected).
    (void)m_core.run(caller, {QStringLiteral("notices"), QStringLiteral("notice.send"), Rights::PatronManage, QString::number(id)},
                     [&](OperationContext &) -> Status { return error; });
    const bool permanent = error.details.value(QStringLiteral("permanent")).toBool();
    return m_core.run(
        caller, {QStringLiteral("notices"), QStringLiteral("notice.defer"), Rights::PatronManage, QString::number(id)},
        [&](OperationContext &ctx) -> Status {
            auto attempts = ctx.db().scalar(QStringLiteral("SELECT attempts FROM notice_deliveries WHERE id = ?"), {id});
            if (!attempts.ok())
                return attempts.error();
            const int n = attempts->toInt();
            QVariant next = nullInt();
            if (!permanent && n < config.maxAttempts) {
                const qint64 delay = qMin<qint64>(kDayMs, qint64(config.retryMinutes) * 60000 << qMin(n - 1, 20));
                next = ctx.nowMs() + delay;
            }
            auto q = ctx.db().exec(QStringLiteral("UPDATE notice_deliveries SET state = 'failed', error_code = ?, error = ?, "
                                                  "next_attempt_at = ?, updated_op = ? WHERE id = ? AND claimed_by = ? "
                                                  "AND state = 'sending'"),
                                   {error.code, error.message, next, ctx.operationId(), id, sender});
            if (!q.ok())
                return q.error();
            q->finish();
            ctx.setDetail(QStringLiteral("error_code"), error.code);
            ctx.setDetail(QStringLiteral("attempt"), n);
            ctx.setDetail(QStringLiteral("next_attempt_at"), next.isNull() ? QJsonValue() : QJsonValue(next.toLongLong()));
            return {};
        });
}

Status Sender::deliver(const ChannelConfig &config, const Notices::Outgoing &out, const QDateTime &now)
{
    const Delivery &d = out.delivery;
    if (d.channel == QLatin1String("email")) {
        if (!config.smtp)
            return Error::failed(QStringLiteral("notices.no_channel"), tr("E-mail is no longer set up (notices.smtp_host)."));
        MailMessage m;
        m.to = d.address;
        m.subject = out.subject;
        m.text = out.text;
        m.messageId = d.messageId + QLatin1Char('@') + (out.fromDomain.isEmpty() ? QStringLiteral("aksara.invalid") : out.fromDomain);
        m.date = now;
        return SmtpClient::send(*config.smtp, m);
    }
    if (!config.http)
        return Error::failed(QStringLiteral("notices.no_channel"), tr("The HTTP gateway is no longer set up (notices.http_url)."));
    QHash<QString, QString> values = out.values;
    values.insert(QStringLiteral("phone"), d.address);
    values.insert(QStringLiteral("text"), out.shortText);
    values.insert(QStringLiteral("subject"), out.subject);
    values.insert(QStringLiteral("kind"), d.kind);
    values.insert(QStringLiteral("id"), d.messageId);
    values.insert(QStringLiteral("language"), d.language);
    return HttpGateway::post(*config.http, values);
}

Result<SendReport> Sender::sendDue(const Caller &caller, int max)
{
    m_stop = false;
    auto config = ChannelConfig::read(m_core.db());
    if (!config.ok())
        return config.error();
    if (!config->smtp && !config->http)
        return Error::refused(QStringLiteral("notices.no_channel"),
                              tr("No channel is set up: set notices.smtp_host (e-mail) or notices.http_url (an SMS or "
                                 "WhatsApp gateway) in the library's settings."));
    Notices notices(m_core);
    SendReport report;
    auto recovered = notices.recover(caller);
    if (!recovered.ok())
        return recovered.error();
    report.unconfirmed = *recovered;
    int transientInARow = 0;
    for (int i = 0; i < max && !m_stop; ++i) {
        auto claimed = notices.claimNext(caller, m_senderId, *config);
        if (!claimed.ok())
            return claimed.error();
        if (!claimed->has_value())
            break;
        const Notices::Outgoing &out = **claimed;
        const Status st = deliver(*config, out, m_core.clock().now());
        if (st.ok()) {
            transientInARow = 0;
            if (Status c = notices.confirmSent(caller, out.delivery.id, m_senderId); !c.ok())
                return c.error();
            ++report.sent;
            report.sentIds << out.delivery.id;
            continue;
        }
        if (Status f = notices.recordFailure(caller, out.delivery.id, m_senderId, st.error(), *config); !f.ok())
            return f.error();
        ++report.failed;
        report.failedIds << out.delivery.id;
        // A channel that is down fails every notice alike: after three in a row the rest wait
        // for the next pass rather than each waiting for its own time-out now.
        if (!st.error().details.value(QStringLiteral("permanent")).toBool() && ++transientInARow >= 3)
            break;
    }
    return report;
}

} // namespace Aksara::Notices
