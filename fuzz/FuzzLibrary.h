#pragma once

// A small real library for the harnesses that fuzz request handling (fuzz/README.md): an SQLite
// database in a temporary folder, migrated to the current schema, with a branch, a patron
// category, two patrons with PINs, a few catalogue records with copies and a registered kiosk
// station, all created through the modules' own operations (as a library would be), and a
// ServiceCore over it. Its clock moves one second per request (tick()), so that sessions expire
// and loans fall due while a harness runs.
//
// Built once per fuzzing process; every request a harness sends then changes this library as a
// stranger's requests would (loans, sessions, lockouts, operation records).

#include "catalogue/Catalogue.h"
#include "circulation/Patrons.h"
#include "service/Stations.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"

#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Aksara::Fuzz {

class TickingClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    qint64 monotonicNs() const override { return m_ns.load(); }
    void tick(qint64 ms = 1000)
    {
        m_ms += ms;
        m_ns += ms * 1000000;
    }

private:
    std::atomic<qint64> m_ms{1'772'442'000'000}; // Monday 2 March 2026, 09:00 UTC
    std::atomic<qint64> m_ns{0};
};

// Stops the harness with a message: the library could not be built (not a finding).
[[noreturn]] inline void setupFailed(const char *what, const Error &e)
{
    std::fprintf(stderr, "fuzz library setup: %s: %s %s\n", what, qPrintable(e.code), qPrintable(e.message));
    std::abort();
}

template <typename T> T need(Result<T> r, const char *what)
{
    if (!r.ok())
        setupFailed(what, r.error());
    return std::move(*r);
}

inline void need(const Status &s, const char *what)
{
    if (!s.ok())
        setupFailed(what, s.error());
}

struct FuzzLibrary {
    QTemporaryDir dir;
    TickingClock clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<ServiceCore> core;
    Caller admin = Caller::localAdministrator(QStringLiteral("fuzz"));
    QString stationToken;  // of kiosk station "kiosk-1"
    QString siti, budi;    // card numbers; PINs 2468 and 1357
    QStringList barcodes;  // FUZ-001 ...

    FuzzLibrary()
    {
        DatabaseConfig config;
        config.engine = DatabaseConfig::Engine::Sqlite;
        config.path = dir.filePath(QStringLiteral("aksara.sqlite"));
        db = need(Database::open(config, Database::OpenMode::CreateIfMissing), "open");
        Migrator migrator(*db, clock);
        need(migrator.migrate(Caller::system(QStringLiteral("fuzz"))), "migrate");
        core = std::make_unique<ServiceCore>(db, clock);

        insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('MAIN', 'Main Library', ?, ?)"));
        insert(QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, created_op, updated_op) "
                              "VALUES ('ADULT', 'Adult', 12, 10000, ?, ?)"));

        Circulation::Patrons patrons(*core);
        const auto patron = [&](const QString &name, const QString &pin) {
            Circulation::PatronInput in;
            in.name = name;
            in.categoryCode = QStringLiteral("ADULT");
            in.branchCode = QStringLiteral("MAIN");
            const QString card = need(patrons.registerPatron(admin, in), "patron").cardNumber;
            need(patrons.setPin(admin, card, pin), "pin");
            return card;
        };
        siti = patron(QStringLiteral("Siti Rahmawati"), QStringLiteral("2468"));
        budi = patron(QStringLiteral("Budi Santoso"), QStringLiteral("1357"));

        Catalogue::Catalogue catalogue(*core);
        const QStringList titles = {QStringLiteral("Laskar Pelangi"), QStringLiteral("Bumi Manusia"),
                                    QStringLiteral("Ronggeng Dukuh Paruk"), QStringLiteral("Cantik Itu Luka"),
                                    QStringLiteral("Vegetables on a Small Roof")};
        for (int i = 0; i < titles.size(); ++i) {
            Catalogue::SimpleRecord r;
            r.title = titles[i];
            r.author = i % 2 ? QStringLiteral("Toer, Pramoedya Ananta") : QStringLiteral("Hirata, Andrea");
            r.publisher = QStringLiteral("Penerbit Tanjung");
            r.year = 2000 + i;
            r.language = i == 4 ? QStringLiteral("eng") : QStringLiteral("ind");
            r.subjects = {QStringLiteral("Novel Indonesia")};
            const qint64 bib = need(catalogue.createRecord(admin, r, true), "record");
            const QString barcode = QStringLiteral("FUZ-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            insert(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, price, created_op, updated_op) "
                                  "VALUES (?, ?, (SELECT id FROM branches WHERE code = 'MAIN'), 'book', 50000, ?, ?)"),
                   {barcode, bib});
            barcodes << barcode;
        }

        ServiceManagement::NewStation s;
        s.code = QStringLiteral("kiosk-1");
        s.kind = QStringLiteral("kiosk");
        stationToken = need(ServiceManagement::Stations(*core).registerStation(admin, s), "station").second;
    }

    void insert(const QString &sql, QVariantList binds = {})
    {
        need(core->run(admin, {Services::Cataloguing, QStringLiteral("fuzz.insert"), {}},
                       [&](OperationContext &ctx) -> Status {
                           QVariantList b = binds;
                           b << ctx.operationId() << ctx.operationId();
                           auto q = ctx.db().exec(sql, b);
                           if (!q.ok())
                               return q.error();
                           q->finish();
                           return {};
                       }),
             "insert");
    }
};

} // namespace Aksara::Fuzz
