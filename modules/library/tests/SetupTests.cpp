#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "library/Setup.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTimeZone>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
QString stepOf(const Error &e)
{
    const QJsonObject step = e.details.value(QStringLiteral("step")).toObject();
    return step.value(QStringLiteral("entity")).toString() + QLatin1Char(' ') + step.value(QStringLiteral("key")).toString();
}

QStringList fieldsOf(const Error &e)
{
    QStringList out;
    for (const auto &r : e.details.value(QStringLiteral("reasons")).toArray())
        out << r.toObject().value(QStringLiteral("field")).toString();
    return out;
}
} // namespace

TEST_CASE("a refused set-up step names its step, and the steps before it stay done", "[db][library][setup]")
{
    FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).toUTC()};
    TestDatabase tdb{clock};
    ServiceCore core{tdb.db(), clock};
    const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    Library::Setup setup(core);

    auto before = Library::Setup::isSetUp(*tdb.db());
    REQUIRE(before.ok());
    CHECK_FALSE(*before);

    Library::SetupPlan plan = Library::SetupPlan::defaults(QStringLiteral("id"));
    plan.library.name = QStringLiteral("Perpustakaan Kota Sukamaju");
    Library::BranchInput branch;
    branch.code = QStringLiteral("PUSAT");
    branch.name = QStringLiteral("Perpustakaan Pusat");
    branch.email = QStringLiteral("pusat@"); // not an address: the branch's email, not the library's
    plan.branches << branch;
    plan.admin.username = QStringLiteral("admin");
    plan.admin.password = QStringLiteral("kata-sandi-panjang");

    auto refused = setup.apply(admin, plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("library.bad_email"));
    CHECK(stepOf(refused.error()) == QStringLiteral("branch PUSAT"));
    CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("email")});
    auto name = tdb.db()->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'library.name'"));
    REQUIRE(name.ok());
    CHECK(name->toString() == QStringLiteral("Perpustakaan Kota Sukamaju"));

    SECTION("a password that is too short is refused at the administrator's step")
    {
        plan.branches.first().email = QStringLiteral("pusat@perpus.sukamaju.go.id");
        plan.admin.password = QStringLiteral("pendek");
        auto weak = setup.apply(admin, plan);
        REQUIRE_FALSE(weak.ok());
        CHECK(weak.error().code == QStringLiteral("auth.weak_password"));
        CHECK(stepOf(weak.error()) == QStringLiteral("staff admin"));
        auto half = Library::Setup::isSetUp(*tdb.db());
        REQUIRE(half.ok());
        CHECK_FALSE(*half); // no administrator yet
    }
    SECTION("corrected, the same plan finishes the set-up")
    {
        plan.branches.first().email = QStringLiteral("pusat@perpus.sukamaju.go.id");
        auto done = setup.apply(admin, plan);
        INFO((done.ok() ? QString() : done.error().message));
        REQUIRE(done.ok());
        auto after = Library::Setup::isSetUp(*tdb.db());
        REQUIRE(after.ok());
        CHECK(*after);
    }
}
