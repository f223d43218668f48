#pragma once

#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "catalogue/Catalogue.h"
#include "collection/Collection.h"
#include "core/ServiceCore.h"

#include "Checks.h"

#include <catch2/catch.hpp>

namespace Aksara::Test {

// A migrated database with two branches, a service core and the catalogue and collection on it.
struct CatalogueFixture {
    FixedClock clock;
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Catalogue::Catalogue catalogue{core};
    Collection::Collection collection{core};

    CatalogueFixture()
    {
        for (const auto &branch : {std::pair{QStringLiteral("PUSAT"), QStringLiteral("Perpustakaan Pusat")},
                                   std::pair{QStringLiteral("TAMAN"), QStringLiteral("Layanan Taman Kota")}}) {
            // Not a structured binding: clang before 16 cannot capture one in the lambda (sanitizer builds).
            const QString &code = branch.first;
            const QString &name = branch.second;
            Status st = core.run(admin, {Services::Administration, QStringLiteral("branch.create"), {}}, [&](OperationContext &ctx) -> Status {
                auto q = ctx.db().exec(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, ?, ?, ?)"),
                                       {code, name, ctx.operationId(), ctx.operationId()});
                return q.ok() ? Status() : Status(q.error());
            });
            REQUIRE(st.ok());
        }
    }

    Database &db() { return *tdb.db(); }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        INFO((v.ok() ? QString() : v.error().message));
        REQUIRE(v.ok());
        return v->toLongLong();
    }

    qint64 add(const Catalogue::SimpleRecord &r)
    {
        auto id = catalogue.createRecord(admin, r, true);
        INFO((id.ok() ? QString() : id.error().message));
        REQUIRE(id.ok());
        return *id;
    }

    Catalogue::SearchResult search(const QString &query, int limit = 10)
    {
        Catalogue::SearchRequest req;
        req.query = query;
        req.limit = limit;
        return search(req);
    }

    Catalogue::SearchResult search(const Catalogue::SearchRequest &req)
    {
        auto r = catalogue.search(admin, req);
        INFO(req.query.toStdString() << ": " << (r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return *r;
    }

    static QList<qint64> ids(const Catalogue::SearchResult &r)
    {
        QList<qint64> out;
        for (const auto &h : r.hits)
            out << h.bibId;
        return out;
    }
};

} // namespace Aksara::Test
