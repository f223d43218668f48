#include "FixedClock.h"
#include "QtCatch.h"
#include "TestDatabase.h"

#include "server/Metrics.h"

#include <QProcess>
#include <QStandardPaths>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Test;

namespace {
QString promtool()
{
    return requireTool("promtool", "prometheus");
}

// promtool check metrics reads the exposition on stdin; exit 0 means valid.
std::pair<int, QString> check(const QByteArray &text)
{
    QProcess p;
    p.start(promtool(), {QStringLiteral("check"), QStringLiteral("metrics")});
    p.write(text);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}
} // namespace

TEST_CASE("the metrics exposition counts what the core recorded, with the SLA threshold as a bucket", "[db][metrics]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    Database &db = *tdb.db();
    // A threshold that is not one of the fixed bounds: 300 ms.
    REQUIRE(db.execDirect(QStringLiteral("UPDATE services SET latency_threshold_ms = 300 WHERE code = 'checkout'")).ok());
    ServiceCore core(tdb.db(), clock);
    const Caller c = Caller::system(QStringLiteral("t"));
    auto taking = [&](qint64 us) {
        return [&, us](OperationContext &) -> Status {
            clock.spendUs(us);
            return {};
        };
    };
    for (qint64 us : {100, 250000, 299000, 450000})
        REQUIRE(core.run(c, {Services::Checkout, QStringLiteral("checkout"), {}}, taking(us)).ok());
    REQUIRE_FALSE(core.run(c, {Services::Checkout, QStringLiteral("checkout"), {}}, [](OperationContext &) -> Status {
                      return Error::failed(QStringLiteral("x.y"), QStringLiteral("x"));
                  }).ok());

    auto text = Server::Metrics::render(db, Server::Metrics::Format::Prometheus);
    REQUIRE(text.ok());
    const QString s = QString::fromUtf8(*text);
    CHECK(s.contains(QStringLiteral("aksara_operations_total{service=\"checkout\",outcome=\"ok\"} 4\n")));
    CHECK(s.contains(QStringLiteral("aksara_operations_total{service=\"checkout\",outcome=\"failed\"} 1\n")));
    CHECK(s.contains(QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"checkout\",le=\"0.0005\"} 1\n")));
    CHECK(s.contains(QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"checkout\",le=\"0.2\"} 1\n")));
    CHECK(s.contains(QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"checkout\",le=\"0.3\"} 3\n")));
    CHECK(s.contains(QStringLiteral("aksara_operation_duration_seconds_bucket{service=\"checkout\",le=\"0.5\"} 4\n")));
    CHECK(s.contains(QStringLiteral("aksara_operation_duration_seconds_count{service=\"checkout\"} 4\n")));
    CHECK(s.contains(QStringLiteral("aksara_open_incidents{service=\"checkout\"} 1\n")));
    CHECK(s.contains(QStringLiteral("aksara_sla_latency_threshold_seconds{service=\"checkout\"} 0.3\n")));

    auto om = Server::Metrics::render(db, Server::Metrics::Format::OpenMetrics);
    REQUIRE(om.ok());
    CHECK(om->endsWith("# EOF\n"));
    CHECK(om->contains("# TYPE aksara_operations counter"));

    const auto [rc, output] = check(*text);
    INFO(output);
    CHECK(rc == 0);
    // The validator is not a rubber stamp: a broken exposition fails it.
    CHECK(check(QByteArrayLiteral("# TYPE x counter\nx{a=\"b\" 1\n")).first != 0);
}
