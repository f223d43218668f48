#pragma once

#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "circulation/Calendars.h"
#include "circulation/Fees.h"
#include "circulation/Holds.h"
#include "circulation/LoanRules.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"

#include "core/ServiceCore.h"
#include "core/Verifier.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTimeZone>
#include "Checks.h"

namespace Aksara::Test {

// Prints an error's code and message when a REQUIRE on a Result fails.

// A migrated database with a small library: branches MAIN and NORTH (both on the seeded "library"
// calendar: Monday–Friday 08–17, Saturday 09–14, Sunday closed), patron categories ADULT (12 months,
// debt limit Rp 10.000) and CHILD (6 months, no debt allowed), a clock standing on Monday
// 2 March 2026, 10:00 in Jakarta, and the circulation module's services.
struct CirculationFixture {
    static inline const QTimeZone kJakarta{QByteArrayLiteral("Asia/Jakarta")};

    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), kJakarta).toUTC()};
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Caller librarian = Caller::staff(Channel::Desk, 1, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-1"));
    Caller supervisor = Caller::staff(Channel::Desk, 2, QStringLiteral("kepala"), Role::Supervisor, QStringLiteral("desk-1"));

    Circulation::Patrons patrons{core};
    Circulation::Loans loans{core};
    Circulation::Holds holds{core};
    Circulation::Fees fees{core};
    Circulation::LoanRules rules{core};
    Circulation::Calendars calendars{core};

    qint64 mainBranch = 0;
    qint64 northBranch = 0;
    qint64 adult = 0;
    qint64 child = 0;

    CirculationFixture()
    {
        mainBranch = insert(QStringLiteral("INSERT INTO branches (code, name, address, created_op, updated_op) VALUES "
                                           "('MAIN', 'Main Library', 'Jl. Merdeka 1', ?, ?) RETURNING id"),
                            {});
        northBranch = insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES "
                                            "('NORTH', 'North Branch', ?, ?) RETURNING id"),
                             {});
        adult = insert(QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, created_op, "
                                      "updated_op) VALUES ('ADULT', 'Adult', 12, 10000, ?, ?) RETURNING id"),
                       {});
        child = insert(QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, created_op, "
                                      "updated_op) VALUES ('CHILD', 'Child', 6, 0, ?, ?) RETURNING id"),
                       {});
    }

    Database &db() { return *tdb.db(); }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        INFO((v.ok() ? QString() : v.error().message));
        REQUIRE(v.ok());
        return v->toLongLong();
    }
    QString text(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        INFO((v.ok() ? QString() : v.error().message));
        REQUIRE(v.ok());
        return v->toString();
    }

    // Puts a row in place through a core operation (as the catalogue module would); binds get the
    // operation id twice at the end.
    qint64 insert(const QString &sql, QVariantList binds)
    {
        qint64 id = 0;
        Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.insert"), {}}, [&](OperationContext &ctx) -> Status {
            QVariantList b = binds;
            b << ctx.operationId() << ctx.operationId();
            auto q = ctx.db().exec(sql, b);
            if (!q.ok())
                return q.error();
            if (q->next())
                id = q->value(0).toLongLong();
            q->finish();
            return {};
        });
        INFO((st.ok() ? QString() : st.error().message));
        REQUIRE(st.ok());
        return id;
    }

    qint64 record(const QString &title)
    {
        return insert(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, updated_op) "
                                     "VALUES (?, 0, 0, ?, ?) RETURNING id"),
                      {title});
    }
    qint64 item(const QString &barcode, qint64 bib, qint64 branch = 0, const QString &type = QStringLiteral("book"), qint64 price = 0)
    {
        return insert(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, price, created_op, updated_op) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {barcode, bib, branch ? branch : mainBranch, type, price});
    }
    // A title with one copy: returns the barcode.
    QString book(const QString &barcode, const QString &title = QStringLiteral("Laskar Pelangi"), qint64 branch = 0,
                 const QString &type = QStringLiteral("book"))
    {
        item(barcode, record(title), branch, type);
        return barcode;
    }

    Circulation::Patron patron(const QString &name, const QString &category = QStringLiteral("ADULT"),
                               const QString &branch = QStringLiteral("MAIN"))
    {
        Circulation::PatronInput in;
        in.name = name;
        in.categoryCode = category;
        in.branchCode = branch;
        auto p = patrons.registerPatron(admin, in);
        REQUIRE_OK(p);
        return *p;
    }

    // Local time in Jakarta.
    void at(const QDate &date, const QTime &time = QTime(10, 0)) { clock.set(QDateTime(date, time, kJakarta).toUTC()); }
    static QDate localDate(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(kJakarta).date(); }

    Status setRules(const QString &branch, const QString &category, const QString &type,
                    const QList<std::pair<QString, QString>> &values)
    {
        auto r = rules.set(admin, branch, category, type, values);
        return r.ok() ? Status() : Status(r.error());
    }

    // The core's invariants (one open loan per item, item statuses agreeing with loans, every row's
    // operation record, the hash chain, the SLA totals) after what a test did.
    void requireInvariants()
    {
        auto findings = Verifier(db()).run();
        REQUIRE_OK(findings);
        for (const VerifyFinding &f : std::as_const(*findings))
            FAIL_CHECK(QString(f.check + QStringLiteral(": ") + f.problem).toStdString());
        CHECK(findings->isEmpty());
    }

    QStringList reasonCodes(const Error &e)
    {
        QStringList out;
        for (const auto &r : e.details.value(QStringLiteral("reasons")).toArray())
            out << r.toObject().value(QStringLiteral("code")).toString();
        return out;
    }
};

} // namespace Aksara::Test
