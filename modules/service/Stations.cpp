#include "service/Stations.h"

#include "service/Changes.h"
#include "service/Common.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Aksara::ServiceManagement {

namespace {
const QString kColumns = QStringLiteral(
    "s.id, s.code, s.kind, s.name, s.heartbeat_period_s, s.grace_s, COALESCE(s.last_heartbeat_at, 0), "
    "COALESCE(s.registered_at, 0), COALESCE(s.retired_at, 0), COALESCE(s.hours_calendar_id, 0), c.code, "
    "COALESCE(b.code, '')");
const QString kFrom = QStringLiteral(" FROM stations s LEFT JOIN calendars c ON c.id = s.hours_calendar_id "
                                     "LEFT JOIN branches b ON b.id = s.branch_id");

Station stationFrom(const Query &q)
{
    Station s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.name = q.value(3).toString();
    s.periodS = q.value(4).toInt();
    s.graceS = q.value(5).toInt();
    s.lastHeartbeatAt = q.value(6).toLongLong();
    s.registeredAt = q.value(7).toLongLong();
    s.retiredAt = q.value(8).toLongLong();
    s.calendarId = q.value(9).toLongLong();
    s.calendarCode = s.calendarId ? q.value(10).toString() : QStringLiteral("always");
    s.branchCode = q.value(11).toString();
    return s;
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool sameHash(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

Error unknownStation(const QString &code)
{
    return Error::refused(QStringLiteral("station.unknown"), tr("There is no station \"%1\".").arg(code));
}

// The last sign of life: the last heartbeat, or the registration.
qint64 lastSign(const Station &s)
{
    return s.lastHeartbeatAt ? s.lastHeartbeatAt : s.registeredAt;
}
} // namespace

QJsonObject Station::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("state"), state},
            {QStringLiteral("heartbeat_period_s"), periodS},
            {QStringLiteral("grace_s"), graceS},
            {QStringLiteral("last_heartbeat_at"), isoOrNull(lastHeartbeatAt)},
            {QStringLiteral("registered_at"), isoOrNull(registeredAt)},
            {QStringLiteral("retired_at"), isoOrNull(retiredAt)},
            {QStringLiteral("calendar"), calendarCode},
            {QStringLiteral("branch"), branchCode.isEmpty() ? QJsonValue() : QJsonValue(branchCode)},
            {QStringLiteral("services"), QJsonArray::fromStringList(services)}};
}

QJsonObject HeartbeatAck::toJson() const
{
    QJsonObject o{{QStringLiteral("station"), station}, {QStringLiteral("at"), isoOrNull(atMs)}};
    if (outageToAt)
        o.insert(QStringLiteral("outage"), QJsonObject{{QStringLiteral("from"), isoOrNull(outageFromAt)},
                                                        {QStringLiteral("to"), isoOrNull(outageToAt)}});
    return o;
}

Result<QList<Station>> Stations::loadAll(Database &db, qint64 nowMs)
{
    QList<Station> out;
    {
        auto q = db.exec(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" ORDER BY s.code"));
        if (!q.ok())
            return q.error();
        while (q->next())
            out << stationFrom(*q);
        q->finish();
    }
    auto links = db.exec(QStringLiteral("SELECT station_id, service_code FROM station_services ORDER BY service_code"));
    if (!links.ok())
        return links.error();
    while (links->next()) {
        for (Station &s : out)
            if (s.id == links->value(0).toLongLong())
                s.services << links->value(1).toString();
    }
    links->finish();
    for (Station &s : out) {
        if (s.retiredAt && s.retiredAt <= nowMs) {
            s.state = QStringLiteral("retired");
            continue;
        }
        auto maint = maintenanceIntervals(db, s.id, nowMs, nowMs + 1);
        if (!maint.ok())
            return maint.error();
        if (!maint->isEmpty()) {
            s.state = QStringLiteral("maintenance");
            continue;
        }
        if (lastSign(s) == 0) {
            s.state = QStringLiteral("unknown");
            continue;
        }
        auto down = downIntervals(db, s, nowMs - 1, nowMs, nowMs);
        if (!down.ok())
            return down.error();
        if (!down->isEmpty()) {
            s.state = QStringLiteral("down");
            continue;
        }
        const bool silent = nowMs - lastSign(s) > qint64(s.periodS + s.graceS) * 1000;
        s.state = silent ? QStringLiteral("off_hours") : QStringLiteral("up");
    }
    return out;
}

Result<Intervals> Stations::downIntervals(Database &db, const Station &s, qint64 from, qint64 to, qint64 nowMs)
{
    Intervals out;
    auto q = db.exec(QStringLiteral("SELECT from_at, to_at FROM station_outages WHERE station_id = ? AND from_at < ? "
                                    "AND to_at > ? ORDER BY from_at"),
                     {s.id, to, from});
    if (!q.ok())
        return q.error();
    while (q->next())
        out << Interval{q->value(0).toLongLong(), q->value(1).toLongLong()};
    q->finish();
    // The current silence, if it has already lasted longer than period + grace in service hours.
    const qint64 last = lastSign(s);
    const qint64 limit = qint64(s.periodS + s.graceS) * 1000;
    const qint64 end = s.retiredAt ? std::min(nowMs, s.retiredAt) : nowMs;
    if (last && end - last > limit) {
        auto calendar = calendarOrAlways(db, s.calendarId);
        if (!calendar.ok())
            return calendar.error();
        if (calendar->openMsBetween(last, end) > limit) {
            const qint64 downFrom = calendar->addOpenMs(last, qint64(s.periodS) * 1000);
            out << Interval{downFrom, end};
        }
    }
    return clip(out, from, to);
}

Result<Intervals> Stations::maintenanceIntervals(Database &db, qint64 stationId, qint64 from, qint64 to)
{
    auto q = db.exec(QStringLiteral("SELECT starts_at, ends_at FROM station_maintenance WHERE station_id = ? AND "
                                    "starts_at < ? AND ends_at > ? ORDER BY starts_at"),
                     {stationId, to, from});
    if (!q.ok())
        return q.error();
    Intervals out;
    while (q->next())
        out << Interval{q->value(0).toLongLong(), q->value(1).toLongLong()};
    q->finish();
    return clip(out, from, to);
}

Result<QList<qint64>> Stations::outageIds(Database &db, qint64 stationId, qint64 from, qint64 to)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM station_outages WHERE station_id = ? AND from_at < ? AND to_at > ? "
                                    "ORDER BY id"),
                     {stationId, to, from});
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}

Result<std::pair<Station, QString>> Stations::registerStation(const Caller &caller, const NewStation &in)
{
    using Out = std::pair<Station, QString>;
    return m_core.execute<Out>(
        caller, {Services::Administration, QStringLiteral("station.register"), Rights::ServiceManage, in.code},
        [&](OperationContext &ctx) -> Result<Out> {
            static const QRegularExpression codeRe(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
            if (!codeRe.match(in.code).hasMatch())
                return badInput(QStringLiteral("station"),
                                tr("A station code is 1 to 40 lower-case letters, digits, \".\", \"_\" or \"-\"."));
            static const QStringList kinds{QStringLiteral("desk"), QStringLiteral("kiosk"), QStringLiteral("reports"),
                                           QStringLiteral("server"), QStringLiteral("selfcheck")};
            if (!kinds.contains(in.kind))
                return badInput(QStringLiteral("station"),
                                tr("The kind of a station is desk, kiosk, reports, server or selfcheck."));
            if (in.periodS < 5 || in.periodS > 86400 || in.graceS < 0 || in.graceS > 86400)
                return badInput(QStringLiteral("station"),
                                tr("The heartbeat period is 5 to 86400 seconds and the grace 0 to 86400 seconds."));
            auto exists = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM stations WHERE code = ?"), {in.code});
            if (!exists.ok())
                return exists.error();
            if (exists->toLongLong() > 0)
                return Error::refused(QStringLiteral("station.exists"),
                                      tr("A station \"%1\" is already registered.").arg(in.code));
            qint64 calendarId = 0;
            if (in.calendar.isEmpty()) {
                calendarId = in.kind == QLatin1String("server") ? 0 : libraryCalendarId(ctx.db());
            } else if (in.calendar != QLatin1String("always")) {
                auto c = Calendar::loadByCode(ctx.db(), in.calendar);
                if (!c.ok())
                    return c.error();
                calendarId = c->id();
            }
            qint64 branchId = 0;
            if (!in.branch.trimmed().isEmpty()) {
                auto b = ctx.db().scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {in.branch.trimmed()});
                if (!b.ok())
                    return b.error();
                if (b->isNull())
                    return Error::refused(QStringLiteral("station.unknown_branch"),
                                          tr("There is no branch \"%1\".").arg(in.branch.trimmed()));
                branchId = b->toLongLong();
            }
            const QString token = newToken();
            auto q = ctx.db().exec(
                QStringLiteral("INSERT INTO stations (code, kind, name, branch_id, token_hash, heartbeat_period_s, grace_s, "
                               "hours_calendar_id, registered_at, created_op, updated_op) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {in.code, in.kind, nn(in.name), idOrNull(branchId), tokenHash(token), in.periodS, in.graceS,
                 idOrNull(calendarId), ctx.nowMs(), ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
            q->next();
            const qint64 id = q->value(0).toLongLong();
            q->finish();
            for (const QString &service : in.services) {
                auto n = ctx.db().scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE code = ?"), {service});
                if (!n.ok())
                    return n.error();
                if (n->toLongLong() == 0)
                    return Error::refused(QStringLiteral("station.unknown_service"),
                                          tr("There is no service \"%1\".").arg(service));
                auto link = ctx.db().exec(QStringLiteral("INSERT INTO station_services (station_id, service_code, "
                                                         "created_op) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                          {id, service, ctx.operationId()});
                if (!link.ok())
                    return link.error();
            }
            auto change = Changes::recordStandard(ctx, tr("Station %1 registered").arg(in.code), QStringLiteral("station"),
                                                  in.code, {},
                                                  QStringLiteral("%1, heartbeat %2 s + %3 s grace, services %4")
                                                      .arg(in.kind)
                                                      .arg(in.periodS)
                                                      .arg(in.graceS)
                                                      .arg(in.services.join(QLatin1Char(','))));
            if (!change.ok())
                return change.error();
            auto all = loadAll(ctx.db(), ctx.nowMs());
            if (!all.ok())
                return all.error();
            for (const Station &s : std::as_const(*all))
                if (s.id == id)
                    return Out{s, token};
            return unknownStation(in.code);
        });
}

Result<QString> Stations::rotateToken(const Caller &caller, const QString &code)
{
    return m_core.execute<QString>(
        caller, {Services::Administration, QStringLiteral("station.token"), Rights::ServiceManage, code},
        [&](OperationContext &ctx) -> Result<QString> {
            const QString token = newToken();
            auto q = ctx.db().exec(QStringLiteral("UPDATE stations SET token_hash = ?, updated_op = ? WHERE code = ?"),
                                   {tokenHash(token), ctx.operationId(), code});
            if (!q.ok())
                return q.error();
            if (q->numRowsAffected() != 1)
                return unknownStation(code);
            return token;
        });
}

Result<Station> Stations::retire(const Caller &caller, const QString &code)
{
    return m_core.execute<Station>(
        caller, {Services::Administration, QStringLiteral("station.retire"), Rights::ServiceManage, code},
        [&](OperationContext &ctx) -> Result<Station> {
            auto q = ctx.db().exec(QStringLiteral("UPDATE stations SET retired_at = ?, token_hash = NULL, updated_op = ? "
                                                  "WHERE code = ? AND retired_at IS NULL"),
                                   {ctx.nowMs(), ctx.operationId(), code});
            if (!q.ok())
                return q.error();
            if (q->numRowsAffected() != 1)
                return Error::refused(QStringLiteral("station.unknown"),
                                      tr("There is no station \"%1\" in service.").arg(code));
            auto change = Changes::recordStandard(ctx, tr("Station %1 retired").arg(code), QStringLiteral("station"), code,
                                                  QStringLiteral("in service"), QStringLiteral("retired"));
            if (!change.ok())
                return change.error();
            auto all = loadAll(ctx.db(), ctx.nowMs());
            if (!all.ok())
                return all.error();
            for (const Station &s : std::as_const(*all))
                if (s.code == code)
                    return s;
            return unknownStation(code);
        });
}

Result<HeartbeatAck> Stations::heartbeat(const QString &code, const QString &token)
{
    return beat(code, &token);
}

Result<Station> Stations::authenticate(const QString &code, const QString &token)
{
    Database &db = m_core.db();
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", s.token_hash") + kFrom
                         + QStringLiteral(" WHERE s.code = ?"),
                     {code});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return unknownStation(code);
    const Station s = stationFrom(*q);
    const QString hash = q->value(12).toString();
    q->finish();
    if (s.retiredAt)
        return Error::refused(QStringLiteral("station.retired"), tr("Station \"%1\" is retired.").arg(code));
    if (token.isEmpty() || hash.isEmpty() || !sameHash(hash, tokenHash(token)))
        return Error::refused(QStringLiteral("station.bad_token"), tr("Wrong token for station \"%1\".").arg(code));
    return s;
}

Result<HeartbeatAck> Stations::heartbeatTrusted(const Caller &caller, const QString &code)
{
    if (!caller.can(Rights::SystemAdmin))
        return Error::refused(QStringLiteral("core.forbidden"),
                              tr("%1 may not send heartbeats without the station's token.").arg(caller.actor));
    return beat(code, nullptr);
}

Result<HeartbeatAck> Stations::beat(const QString &code, const QString *token)
{
    Database &db = m_core.db();
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    const qint64 now = m_core.clock().nowMs();
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", s.token_hash") + kFrom
                         + QStringLiteral(" WHERE s.code = ?"),
                     {code});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return unknownStation(code);
    const Station s = stationFrom(*q);
    const QString hash = q->value(12).toString();
    q->finish();
    if (s.retiredAt)
        return Error::refused(QStringLiteral("station.retired"), tr("Station \"%1\" is retired.").arg(code));
    if (token && (hash.isEmpty() || !sameHash(hash, tokenHash(*token))))
        return Error::refused(QStringLiteral("station.bad_token"), tr("Wrong token for station \"%1\".").arg(code));

    HeartbeatAck ack;
    ack.station = code;
    ack.atMs = now;
    const qint64 last = lastSign(s);
    const qint64 limit = qint64(s.periodS + s.graceS) * 1000;
    if (last && now - last > limit) {
        auto calendar = calendarOrAlways(db, s.calendarId);
        if (!calendar.ok())
            return calendar.error();
        if (calendar->openMsBetween(last, now) > limit) {
            ack.outageFromAt = calendar->addOpenMs(last, qint64(s.periodS) * 1000);
            ack.outageToAt = now;
            auto out = db.exec(QStringLiteral("INSERT INTO station_outages (station_id, from_at, to_at) VALUES (?, ?, ?)"),
                               {s.id, ack.outageFromAt, ack.outageToAt});
            if (!out.ok())
                return out.error();
        }
    }
    auto hb = db.exec(QStringLiteral("INSERT INTO heartbeats (station_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                      {s.id, now});
    if (!hb.ok())
        return hb.error();
    if (now > s.lastHeartbeatAt) {
        auto up = db.exec(QStringLiteral("UPDATE stations SET last_heartbeat_at = ? WHERE id = ?"), {now, s.id});
        if (!up.ok())
            return up.error();
    }
    if (Status st = (*tx)->commit(); !st.ok())
        return st.error();
    return ack;
}

Result<QList<Station>> Stations::list(const Caller &caller)
{
    return m_core.execute<QList<Station>>(
        caller, {Services::Reporting, QStringLiteral("station.list"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) { return loadAll(ctx.db(), ctx.nowMs()); });
}

} // namespace Aksara::ServiceManagement
