#pragma once

#include "core/Clock.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace Aksara::Server {

// What GET /health answers (issue 15 part 2): not only "the database answers a read" but "the
// library can still be written".
struct HealthReport {
    enum class Status { Ok, Degraded, Down };
    Status status = Status::Down;
    bool reachable = false; // a read answered
    bool writable = false;  // the probe's write committed, and the disk has room for more
    // Free bytes for the library on the disk holding the SQLite file (statvfs of its folder, the
    // space an unprivileged account may use); -1 when unknown (PostgreSQL: the server's disk).
    qint64 diskFreeBytes = -1;
    QString version;
    QString errorCode; // why it is not ok: storage.disk_full, storage.read_only, storage.unavailable, ...
    QString message;   // the same for people (translated)
    qint64 probedAtMs = 0;

    // 200 when ok or degraded, 503 when the database cannot be read or written.
    int httpStatus() const { return status == Status::Down ? 503 : 200; }
    static QString statusName(Status s);
    // {"status": "ok"|"degraded"|"down", "database": {"reachable", "writable", "disk_free_bytes"},
    //  "version", "probed_at", and "error": {"code", "message"} unless ok}
    QJsonObject toJson() const;
    QByteArray body() const; // toJson() as compact JSON
};

// The /health probe. Not a library operation: it is not written to the operation log.
//  1. a read (SELECT 1 FROM health_probe): reachable, or down with the storage error;
//  2. a committed upsert of this instance's row of health_probe (core migration 0006) with a
//     payload two pages long, so that the write needs pages as a checkout does: writable, or down
//     with the native error's name (storage.disk_full, storage.read_only, storage.unavailable...);
//  3. SQLite: the free space on the file's disk (statvfs). Below minFreeBytes it is down with
//     storage.disk_full even if the small write still fitted (the WAL reuses space it already has
//     while everything else cannot grow); below lowFreeBytes it is degraded (200, with a warning).
// On PostgreSQL the application role may write health_probe (it is a business-privilege table
// for core/DatabaseRoles). Thread: the probe uses the calling thread's connection.
class Health {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::Health)

public:
    struct Options {
        QString instance = QStringLiteral("aksara-server"); // the row this server upserts
        QString version;                                    // reported as is
        qint64 minFreeBytes = 4 * 1024 * 1024;
        qint64 lowFreeBytes = 256LL * 1024 * 1024;
        // Free bytes on the disk holding `folder`, -1 when unknown. Defaults to statvfs.
        std::function<qint64(const QString &folder)> freeBytes;
    };

    static HealthReport probe(Database &db, const Clock &clock, const Options &options);
    static HealthReport probe(Database &db, const Clock &clock) { return probe(db, clock, Options{}); }
    // statvfs(folder): f_bavail * f_frsize, or -1.
    static qint64 statvfsFreeBytes(const QString &folder);
};

} // namespace Aksara::Server
