#pragma once

#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "core/ServiceCore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace Aksara::Test {

// A migrated database, a fixed clock and a service core, plus small helpers to put a few business
// rows in place through the core (as any module does).
struct CoreFixture {
    FixedClock clock;
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));

    Database &db() { return *tdb.db(); }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        REQUIRE(v.ok());
        return v->toLongLong();
    }

    // Inserts one row through a core operation and returns its id.
    qint64 insertThroughCore(const QString &sql, QVariantList binds)
    {
        qint64 id = 0;
        Status st = core.run(admin, {Services::Cataloguing, QStringLiteral("test.insert"), {}}, [&](OperationContext &ctx) -> Status {
            QVariantList b = binds;
            b << ctx.operationId() << ctx.operationId();
            auto q = ctx.db().exec(sql, b);
            if (!q.ok())
                return q.error();
            q->next();
            id = q->value(0).toLongLong();
            q->finish();
            return {};
        });
        INFO((st.ok() ? QString() : st.error().message));
        REQUIRE(st.ok());
        return id;
    }

    struct Library {
        qint64 branch = 0, category = 0, patron = 0, bib = 0, item = 0;
    };

    Library seedLibrary()
    {
        Library l;
        l.branch = insertThroughCore(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) "
                                                    "VALUES (?, ?, ?, ?) RETURNING id"),
                                     {QStringLiteral("main"), QStringLiteral("Main")});
        l.category = insertThroughCore(QStringLiteral("INSERT INTO patron_categories (code, name, created_op, updated_op) "
                                                      "VALUES (?, ?, ?, ?) RETURNING id"),
                                       {QStringLiteral("adult"), QStringLiteral("Adult")});
        l.patron = insertThroughCore(
            QStringLiteral("INSERT INTO patrons (card_number, name, home_branch_id, category_id, registered_on, "
                           "expires_on, created_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
            {QStringLiteral("C0001"), QStringLiteral("Siti Rahayu"), l.branch, l.category, QStringLiteral("2026-01-01"),
             QStringLiteral("2027-01-01")});
        l.bib = insertThroughCore(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, "
                                                 "updated_op) VALUES (?, 0, 0, ?, ?) RETURNING id"),
                                  {QStringLiteral("Bumi Manusia")});
        l.item = insertThroughCore(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, "
                                                  "updated_op) VALUES (?, ?, ?, 'book', ?, ?) RETURNING id"),
                                   {QStringLiteral("B0001"), l.bib, l.branch});
        return l;
    }
};

} // namespace Aksara::Test
