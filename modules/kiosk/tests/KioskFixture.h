#pragma once

// The kiosk's tests run in local mode (the service core in the test process) and, with
// AKSARA_KIOSK_API=remote (ctest's "remote:" tests), in remote mode: the kiosk asks a real
// aksara-server kiosk API (server/KioskApi on a Server::HttpFront on a free local port, its own
// connection to the same library) as station kiosk-1 with its token.
//
// A small library for the kiosk's tests: the circulation fixture (branches MAIN and NORTH,
// categories, a clock on Monday 2 March 2026 in Jakarta) plus a kiosk account, a librarian and a
// supervisor, two patrons with PINs and a few books; and an Outage that makes the library's
// database unreachable for real (no mocks): the SQLite file is moved away and back, or the
// PostgreSQL database refuses connections and its sessions are terminated.
#include "circulation/tests/CirculationFixture.h"

#include "kiosk/KioskSession.h"
#include "kiosk/RemoteLibrary.h"
#include "server/HttpFront.h"
#include "server/KioskApi.h"
#include "service/Stations.h"

#include "core/StaffDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include "Checks.h"

namespace Aksara::Test {

// Makes a library database unreachable, for real, and reachable again.
class Outage {
public:
    // `kiosk` is the database the kiosk uses; `own` the test's own (other) connection, which the
    // outage breaks too on PostgreSQL.
    // `workers`: runs a function in each thread of the kiosk API's server (remote mode), whose
    // connections are cut too.
    using Workers = std::function<void(const std::function<void()> &)>;
    Outage(const TestDatabase &tdb, std::vector<std::shared_ptr<Database>> connections, Workers workers = {})
        : m_tdb(tdb)
        , m_connections(std::move(connections))
        , m_workers(std::move(workers))
    {
    }
    ~Outage()
    {
        // A test that failed half-way: put the database back without REQUIRE (no throwing here).
        if (!m_active)
            return;
        if (onPostgres())
            tryAdmin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_tdb.config().database));
        else
            QFile::rename(m_tdb.config().path + QStringLiteral(".away"), m_tdb.config().path);
    }
    Outage(Outage &&) = default;

    void begin()
    {
        REQUIRE_FALSE(m_active);
        if (onPostgres()) {
            admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_tdb.config().database));
            admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> "
                                 "pg_backend_pid()")
                      .arg(m_tdb.config().database));
        } else {
            const QString path = m_tdb.config().path;
            REQUIRE(QFile::rename(path, path + QStringLiteral(".away")));
        }
        m_active = true;
    }

    void end()
    {
        REQUIRE(m_active);
        m_active = false;
        if (onPostgres()) {
            admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_tdb.config().database));
        } else {
            const QString path = m_tdb.config().path;
            REQUIRE(QFile::rename(path + QStringLiteral(".away"), path));
        }
        // The test's own connections were cut too (PostgreSQL): open fresh ones.
        if (onPostgres()) {
            for (const auto &db : m_connections)
                db->releaseThreadConnection();
            if (m_workers)
                m_workers([connections = m_connections] {
                    for (const auto &db : connections)
                        db->releaseThreadConnection();
                });
        }
    }

private:
    static bool tryAdmin(const QString &sql)
    {
        auto config = DatabaseConfig::parse(postgresAdminUrl());
        if (!config.ok())
            return false;
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("aksara-kiosk-test-admin"));
        if (!db.isOpen())
            return false;
        QSqlQuery q(db);
        return q.exec(sql);
    }
    static void admin(const QString &sql)
    {
        auto config = DatabaseConfig::parse(postgresAdminUrl());
        REQUIRE(config.ok());
        const QString name = QStringLiteral("aksara-kiosk-test-admin");
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(config->host);
            db.setPort(config->port);
            db.setUserName(config->user);
            db.setPassword(config->password);
            db.setDatabaseName(config->database);
            INFO(db.lastError().text().toStdString());
            REQUIRE((db.isOpen() || db.open()));
            QSqlQuery q(db);
            INFO(q.lastError().text().toStdString());
            const bool ok = q.exec(sql);
            INFO(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
            REQUIRE(ok);
        }
    }

    const TestDatabase &m_tdb;
    std::vector<std::shared_ptr<Database>> m_connections;
    Workers m_workers;
    bool m_active = false;
};

struct KioskFixture : CirculationFixture {
    static inline const QString kKioskPassword = QStringLiteral("kiosk-pass-2026");
    static inline const QString kStaffPassword = QStringLiteral("pustaka-2026");

    QTemporaryDir kioskDir;
    StaffAccount kioskAccount;
    StaffAccount librarianAccount;
    StaffAccount supervisorAccount;
    Circulation::Patron siti;
    Circulation::Patron budi;
    const QString sitiPin = QStringLiteral("2468");
    const QString budiPin = QStringLiteral("1357");

    // The kiosk's own connection and core: another "station" on the same library.
    std::shared_ptr<Database> kioskDb;
    std::unique_ptr<ServiceCore> kioskCore;

    KioskFixture()
    {
        StaffDirectory staff(core);
        auto k = staff.create(admin, QStringLiteral("kiosk1"), QStringLiteral("Kiosk 1"), Role::Kiosk, kKioskPassword);
        REQUIRE_OK(k);
        kioskAccount = *k;
        auto l = staff.create(admin, QStringLiteral("siti.pustakawan"), QStringLiteral("Siti Pustakawan"), Role::Librarian,
                              kStaffPassword);
        REQUIRE_OK(l);
        librarianAccount = *l;
        auto s = staff.create(admin, QStringLiteral("kepala"), QStringLiteral("Ibu Kepala"), Role::Supervisor, kStaffPassword);
        REQUIRE_OK(s);
        supervisorAccount = *s;
        siti = patron(QStringLiteral("Siti Rahmawati"));
        budi = patron(QStringLiteral("Budi Santoso"));
        REQUIRE_OK(patrons.setPin(admin, siti.cardNumber, sitiPin));
        REQUIRE_OK(patrons.setPin(admin, budi.cardNumber, budiPin));
        book(QStringLiteral("KIO-001"), QStringLiteral("Laskar Pelangi"));
        book(QStringLiteral("KIO-002"), QStringLiteral("Bumi Manusia"));
        book(QStringLiteral("KIO-003"), QStringLiteral("Ronggeng Dukuh Paruk"));
        book(QStringLiteral("KIO-004"), QStringLiteral("Cantik Itu Luka"));
        kioskDb = tdb.openAnother();
        kioskCore = std::make_unique<ServiceCore>(kioskDb, clock);
    }

    Caller kioskCaller() const { return StaffDirectory::callerFor(kioskAccount, Channel::Kiosk, QStringLiteral("kiosk-1")); }
    QString queuePath() const { return kioskDir.filePath(QStringLiteral("queue.sqlite")); }

    Kiosk::KioskOptions options() const
    {
        Kiosk::KioskOptions o;
        o.station = QStringLiteral("kiosk-1");
        o.linkOnlineIntervalMs = 50;
        o.linkOfflineIntervalMs = 50;
        return o;
    }

    static bool remote() { return qEnvironmentVariable("AKSARA_KIOSK_API") == QLatin1String("remote"); }

    // The kiosk station kiosk-1 (registered once): its token.
    QString stationToken()
    {
        if (m_stationToken.isEmpty()) {
            ServiceManagement::NewStation s;
            s.code = QStringLiteral("kiosk-1");
            s.kind = QStringLiteral("kiosk");
            auto registered = ServiceManagement::Stations(core).registerStation(admin, s);
            REQUIRE_OK(registered);
            m_stationToken = registered->second;
        }
        return m_stationToken;
    }

    // The server of remote mode, started once: its URL.
    QUrl serverUrl()
    {
        if (!http) {
            serverDb = tdb.openAnother();
            serverCore = std::make_unique<ServiceCore>(serverDb, clock);
            Server::KioskApi::Options o;
            o.keyPath = kioskDir.filePath(QStringLiteral("server/kiosk.key"));
            // The tests move the library's clock by days while a patron is signed in; the
            // session's own expiry has a test of its own (ApiTests.cpp).
            o.sessionIdleMs = o.sessionMaxMs = qint64(3650) * 86400000;
            kioskApi = std::make_unique<Server::KioskApi>(*serverCore, o);
            REQUIRE_OK(kioskApi->prepare());
            Server::HttpFront::Config c;
            c.threads = 2;
            c.threadEnd = [db = serverDb] { db->releaseThreadConnection(); };
            http = std::make_unique<Server::HttpFront>(c);
            Server::KioskApi::route(*http, *kioskApi);
            REQUIRE(http->listen(QHostAddress::LocalHost, 0));
            serverPort = http->port();
        }
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort));
    }

    Kiosk::RemoteLibrary::Options remoteOptions(const QString &station = QStringLiteral("kiosk-1"), const QString &token = {})
    {
        Kiosk::RemoteLibrary::Options ro;
        ro.server = serverUrl();
        ro.station = station;
        ro.token = token.isEmpty() ? stationToken() : token;
        ro.clock = &clock;
        return ro;
    }

    std::unique_ptr<Kiosk::KioskSession> session(const Kiosk::KioskOptions &o)
    {
        if (remote()) {
            auto s = Kiosk::KioskSession::create(std::make_unique<Kiosk::RemoteLibrary>(remoteOptions()), queuePath(), o);
            REQUIRE_OK(s);
            return std::move(*s);
        }
        auto s = Kiosk::KioskSession::create(*kioskCore, kioskCaller(), queuePath(), o,
                                             kioskDir.filePath(QStringLiteral("library.kiosk-key")));
        REQUIRE_OK(s);
        return std::move(*s);
    }
    std::unique_ptr<Kiosk::KioskSession> session() { return session(options()); }

    Outage outage()
    {
        std::vector<std::shared_ptr<Database>> connections{tdb.db(), kioskDb};
        if (serverDb)
            connections.push_back(serverDb);
        return Outage(tdb, connections, [this](const std::function<void()> &fn) {
            if (http)
                http->onEachWorker(fn);
        });
    }

    std::shared_ptr<Database> serverDb;
    std::unique_ptr<ServiceCore> serverCore;
    std::unique_ptr<Server::KioskApi> kioskApi;
    std::unique_ptr<Server::HttpFront> http;
    quint16 serverPort = 0;
    QString m_stationToken;

    // Operation records of the test's database.
    qint64 ops(const QString &operation, const QString &outcome = QStringLiteral("ok"))
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = ? AND outcome = ?"), {operation, outcome});
    }
    qint64 openLoansOf(const Circulation::Patron &p)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned_at IS NULL"), {p.id});
    }
    qint64 openLoanOf(const QString &barcode)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id WHERE i.barcode = ? AND "
                                    "l.returned_at IS NULL"),
                     {barcode});
    }
    // Lends an item at the desk (as a librarian).
    void lend(const Circulation::Patron &p, const QString &barcode)
    {
        REQUIRE_OK(loans.checkout(librarian, p.cardNumber, barcode));
    }
};

} // namespace Aksara::Test
