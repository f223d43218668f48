#include "server/Health.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <sys/statvfs.h>

namespace Aksara::Server {

QString HealthReport::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Degraded:
        return QStringLiteral("degraded");
    case Status::Down:
        break;
    }
    return QStringLiteral("down");
}

QJsonObject HealthReport::toJson() const
{
    QJsonObject database{{QStringLiteral("reachable"), reachable}, {QStringLiteral("writable"), writable}};
    database.insert(QStringLiteral("disk_free_bytes"), diskFreeBytes >= 0 ? QJsonValue(double(diskFreeBytes)) : QJsonValue());
    QJsonObject o{{QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("probed_at"), double(probedAtMs)}};
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode}, {QStringLiteral("message"), message}});
    return o;
}

QByteArray HealthReport::body() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

qint64 Health::statvfsFreeBytes(const QString &folder)
{
    struct statvfs s {};
    if (::statvfs(QFile::encodeName(folder).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

HealthReport Health::probe(Database &db, const Clock &clock, const Options &options)
{
    HealthReport r;
    r.version = options.version;
    r.probedAtMs = clock.nowMs();
    auto down = [&](const Error &e) {
        r.status = HealthReport::Status::Down;
        r.errorCode = e.code;
        r.message = e.message;
        return r;
    };
    if (db.isSqlite()) {
        const auto free = options.freeBytes ? options.freeBytes : std::function<qint64(const QString &)>(&statvfsFreeBytes);
        r.diskFreeBytes = free(QFileInfo(db.config().path).absolutePath());
    }

    auto read = db.scalar(QStringLiteral("SELECT COUNT(*) FROM health_probe"));
    if (!read.ok())
        return down(read.error());
    r.reachable = true;

    auto tx = db.begin();
    if (!tx.ok())
        return down(tx.error());
    const int payload = db.isSqlite() ? 8192 : 16384; // two pages
    const QString sql =
        db.isSqlite()
            ? QStringLiteral("INSERT INTO health_probe (instance, probed_at, probes, payload) VALUES (?, ?, 1, zeroblob(?)) "
                             "ON CONFLICT (instance) DO UPDATE SET probed_at = excluded.probed_at, "
                             "probes = health_probe.probes + 1, payload = excluded.payload")
            : QStringLiteral("INSERT INTO health_probe (instance, probed_at, probes, payload) VALUES (?, ?, 1, "
                             "decode(repeat('00', ?), 'hex')) ON CONFLICT (instance) DO UPDATE SET probed_at = "
                             "excluded.probed_at, probes = health_probe.probes + 1, payload = excluded.payload");
    auto write = db.exec(sql, {options.instance.left(200), r.probedAtMs, payload});
    if (!write.ok())
        return down(write.error()); // the transaction rolls back as it goes
    if (Status st = (*tx)->commit(); !st.ok())
        return down(st.error());
    r.writable = true;

    if (r.diskFreeBytes >= 0 && r.diskFreeBytes < options.minFreeBytes) {
        r.writable = false;
        return down(Error::failed(QStringLiteral("storage.disk_full"),
                                  tr("The disk holding the library is full (%1 bytes free): nothing more can be written "
                                     "until space is freed.")
                                      .arg(r.diskFreeBytes)));
    }
    if (r.diskFreeBytes >= 0 && r.diskFreeBytes < options.lowFreeBytes) {
        r.status = HealthReport::Status::Degraded;
        r.errorCode = QStringLiteral("storage.disk_low");
        r.message = tr("The disk holding the library is almost full (%1 MB free); free some space soon.")
                        .arg(r.diskFreeBytes / (1024 * 1024));
        return r;
    }
    r.status = HealthReport::Status::Ok;
    return r;
}

} // namespace Aksara::Server
