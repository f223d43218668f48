#include "ServiceFixture.h"

#include "service/Evaluator.h"
#include "service/Incidents.h"
#include "service/Stations.h"

using namespace Aksara;
using namespace Aksara::ServiceManagement;
using namespace Aksara::Test;

namespace {
QStringList rulesFired(const EvaluationResult &r)
{
    QStringList out;
    for (const RuleFiring &f : r.fired)
        out << f.rule + QLatin1Char(':') + (f.service.isEmpty() ? f.station : f.service);
    return out;
}
} // namespace

TEST_CASE_METHOD(ServiceFixture, "burst rule: five failures within ten minutes open one deduplicated incident",
                 "[db][service][rules]")
{
    Evaluator evaluator(core);
    const qint64 t0 = at(2026, 3, 2, 10, 0);

    SECTION("fires at the fifth failure, and again is one more occurrence")
    {
        for (int i = 0; i < 4; ++i) {
            setNow(t0 + i * kMinute);
            operation(Services::Checkout, Outcome::Failed);
        }
        auto quiet = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(quiet);
        CHECK_FALSE(rulesFired(*quiet).contains(QStringLiteral("burst:checkout")));
        setNow(t0 + 4 * kMinute);
        operation(Services::Checkout, Outcome::Failed);
        auto fired = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(fired);
        REQUIRE(rulesFired(*fired) == QStringList{QStringLiteral("burst:checkout")});
        const RuleFiring &f = fired->fired.first();
        CHECK(f.opened);
        CHECK(f.evidence.size() == 5);
        CHECK(fired->operationId > 0);
        CHECK(text(QStringLiteral("SELECT rule FROM incidents WHERE id = ?"), {f.incidentId}) == QStringLiteral("burst"));
        CHECK(count(QStringLiteral("SELECT priority FROM incidents WHERE id = ?"), {f.incidentId}) == 2);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_operations WHERE incident_id = ?"), {f.incidentId}) == 5);

        setNow(t0 + 6 * kMinute);
        auto again = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(again);
        REQUIRE(again->fired.size() == 1);
        CHECK_FALSE(again->fired.first().opened);
        CHECK(again->fired.first().incidentId == f.incidentId);
        CHECK(count(QStringLiteral("SELECT occurrences FROM incidents WHERE id = ?"), {f.incidentId}) == 2);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE fingerprint = 'rule:burst:checkout'")) == 1);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incident_operations WHERE incident_id = ?"), {f.incidentId}) == 5);
    }
    SECTION("five failures spread over more than ten minutes do not fire")
    {
        for (int i = 0; i < 5; ++i) {
            setNow(t0 + i * 3 * kMinute);
            operation(Services::Checkout, Outcome::Failed);
        }
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK_FALSE(rulesFired(*r).contains(QStringLiteral("burst:checkout")));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE rule = 'burst'")) == 0);
    }
    SECTION("refusals are the service working: they never make a burst")
    {
        for (int i = 0; i < 8; ++i) {
            setNow(t0 + i * 30 * 1000);
            operation(Services::Checkout, Outcome::Refused);
        }
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
        CHECK(r->operationId == 0);
    }
}

TEST_CASE_METHOD(ServiceFixture, "latency rule: over threshold in every slice of a sustained window", "[db][service][rules]")
{
    // Checkout: threshold 500 ms, 95 % must meet it. Window 15 min in three 5-minute slices, at
    // least 3 answered operations per slice.
    Evaluator evaluator(core);
    const qint64 t = at(2026, 3, 2, 11, 0);
    auto slice = [&](int index, int n, qint64 durationUs) {
        for (int i = 0; i < n; ++i) {
            setNow(t - 15 * kMinute + index * 5 * kMinute + (i + 1) * kMinute);
            operation(Services::Checkout, i % 2 ? Outcome::Refused : Outcome::Ok, durationUs);
        }
    };
    SECTION("slow throughout: fires, linked to the slow operations")
    {
        slice(0, 4, 800000);
        slice(1, 4, 900000);
        slice(2, 4, 700000);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        REQUIRE(rulesFired(*r) == QStringList{QStringLiteral("latency:checkout")});
        CHECK(r->fired.first().evidence.size() == 12);
    }
    SECTION("one fast slice: not sustained, does not fire")
    {
        slice(0, 4, 800000);
        slice(1, 4, 900000);
        slice(2, 4, 100000);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
    }
    SECTION("too few operations to judge: does not fire")
    {
        slice(0, 2, 800000);
        slice(1, 2, 900000);
        slice(2, 2, 700000);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
    }
}

TEST_CASE_METHOD(ServiceFixture, "fast error-budget burn: over the long and the short window", "[db][service][rules]")
{
    // Checkout objective 99.90 %: budget 0.1 %; burn rate 14.4 = 1.44 % of valid operations failing.
    Evaluator evaluator(core);
    const qint64 t = at(2026, 3, 2, 12, 0);
    auto spread = [&](int n, qint64 from, qint64 to, Outcome o) {
        for (int i = 0; i < n; ++i) {
            setNow(from + (to - from) * i / n);
            operation(Services::Checkout, o);
        }
    };
    SECTION("2 % failing over the hour and 10 % in the last five minutes: fires")
    {
        spread(88, t - 59 * kMinute, t - 5 * kMinute, Outcome::Ok);
        spread(1, t - 30 * kMinute, t - 29 * kMinute, Outcome::Failed);
        spread(9, t - 4 * kMinute, t - 1 * kMinute, Outcome::Ok);
        spread(1, t - 1 * kMinute, t, Outcome::Failed);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        REQUIRE(rulesFired(*r) == QStringList{QStringLiteral("burn:checkout")});
        CHECK(r->fired.first().evidence.size() == 1);
    }
    SECTION("the last five minutes are clean: not a fast burn any more")
    {
        spread(88, t - 59 * kMinute, t - 10 * kMinute, Outcome::Ok);
        spread(2, t - 40 * kMinute, t - 30 * kMinute, Outcome::Failed);
        spread(10, t - 4 * kMinute, t, Outcome::Ok);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
    }
    SECTION("below the burn threshold: 1 failure in 100 (1 %)")
    {
        spread(95, t - 59 * kMinute, t - 5 * kMinute, Outcome::Ok);
        spread(4, t - 4 * kMinute, t - 1 * kMinute, Outcome::Ok);
        spread(1, t - 1 * kMinute, t, Outcome::Failed);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
    }
    SECTION("too few operations to judge")
    {
        spread(5, t - 4 * kMinute, t - 1 * kMinute, Outcome::Ok);
        spread(1, t - 1 * kMinute, t, Outcome::Failed);
        setNow(t);
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        CHECK(r->fired.isEmpty());
    }
}

TEST_CASE_METHOD(ServiceFixture, "heartbeat rule: a silent station within service hours, resolved automatically once healthy",
                 "[db][service][rules][stations]")
{
    Evaluator evaluator(core);
    Stations stations(core);
    setNow(at(2026, 3, 2, 9, 0)); // Monday
    NewStation k{QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), QStringLiteral("Kiosk by the door"), 60, 120, {}, {}};
    auto reg = stations.registerStation(supervisor, k);
    REQUIRE_OK(reg);
    const QString token = reg->second;
    REQUIRE_OK(stations.heartbeat(QStringLiteral("kiosk-1"), token));

    SECTION("silent for longer than period + grace in service hours: fires, deduplicates, resolves when healthy")
    {
        setNow(at(2026, 3, 2, 9, 3)); // exactly 3 min: not yet
        auto early = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(early);
        CHECK(early->fired.isEmpty());
        setNow(at(2026, 3, 2, 9, 10));
        auto r = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(r);
        REQUIRE(rulesFired(*r) == QStringList{QStringLiteral("heartbeat:kiosk-1")});
        const qint64 id = r->fired.first().incidentId;
        CHECK(text(QStringLiteral("SELECT station FROM incidents WHERE id = ?"), {id}) == QStringLiteral("kiosk-1"));
        setNow(at(2026, 3, 2, 9, 11));
        REQUIRE_OK(evaluator.evaluate(this->evaluator));
        CHECK(count(QStringLiteral("SELECT occurrences FROM incidents WHERE id = ?"), {id}) == 2);

        // Back at 09:20: the outage is stored from the first missed beat to the heartbeat.
        setNow(at(2026, 3, 2, 9, 20));
        auto ack = stations.heartbeat(QStringLiteral("kiosk-1"), token);
        REQUIRE_OK(ack);
        CHECK(ack->outageFromAt == at(2026, 3, 2, 9, 1));
        CHECK(ack->outageToAt == at(2026, 3, 2, 9, 20));
        setNow(at(2026, 3, 2, 9, 21));
        auto after = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(after);
        CHECK(after->fired.isEmpty());
        CHECK(after->autoResolved.isEmpty()); // healthy for 10 min only
        // Keep beating; 30 min after the last occurrence (09:11) it resolves by itself.
        for (int m = 22; m <= 41; ++m) {
            setNow(at(2026, 3, 2, 9, m));
            REQUIRE_OK(stations.heartbeat(QStringLiteral("kiosk-1"), token));
        }
        auto healed = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(healed);
        CHECK(healed->autoResolved == QList<qint64>{id});
        CHECK(text(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {id}) == QStringLiteral("resolved"));
        CHECK(text(QStringLiteral("SELECT resolved_by FROM incidents WHERE id = ?"), {id}) == QStringLiteral("system:evaluator"));
        // A person confirms the closure.
        Incidents incidents(core);
        CHECK(incidents.close(this->evaluator, id).error().code == QStringLiteral("incident.closure_needs_person"));
        REQUIRE_OK(incidents.close(supervisor, id));
    }
    SECTION("silent at night is not an outage; silent after opening is")
    {
        setNow(at(2026, 3, 2, 16, 59));
        REQUIRE_OK(stations.heartbeat(QStringLiteral("kiosk-1"), token));
        setNow(at(2026, 3, 2, 22, 0));
        auto night = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(night);
        CHECK(night->fired.isEmpty());
        setNow(at(2026, 3, 3, 8, 2)); // 1 min Monday + 2 min Tuesday = 3 min: not more than period + grace
        auto opening = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(opening);
        CHECK(opening->fired.isEmpty());
        setNow(at(2026, 3, 3, 8, 5));
        auto late = evaluator.evaluate(this->evaluator);
        REQUIRE_OK(late);
        CHECK(rulesFired(*late) == QStringList{QStringLiteral("heartbeat:kiosk-1")});
        // The heartbeat at 08:30 stores the outage from the first missed beat: 16:59 + one period
        // of service time is Monday 17:00, the closing time; in service hours it lasted 30 min.
        setNow(at(2026, 3, 3, 8, 30));
        auto ack = stations.heartbeat(QStringLiteral("kiosk-1"), token);
        REQUIRE_OK(ack);
        CHECK(ack->outageFromAt == at(2026, 3, 2, 17, 0));
        CHECK(ack->outageToAt == at(2026, 3, 3, 8, 30));
    }
    SECTION("heartbeats need the station's token; nothing is stored without it")
    {
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM heartbeats"));
        CHECK(stations.heartbeat(QStringLiteral("kiosk-1"), QStringLiteral("guess")).error().code == QStringLiteral("station.bad_token"));
        CHECK(stations.heartbeat(QStringLiteral("kiosk-9"), token).error().code == QStringLiteral("station.unknown"));
        CHECK(stations.heartbeatTrusted(librarian, QStringLiteral("kiosk-1")).error().code == QStringLiteral("core.forbidden"));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM heartbeats")) == before);
        // Heartbeats are measurements: no operation records.
        const qint64 ops = count(QStringLiteral("SELECT COUNT(*) FROM operations"));
        setNow(at(2026, 3, 2, 9, 1));
        REQUIRE_OK(stations.heartbeatTrusted(admin, QStringLiteral("kiosk-1")));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations")) == ops);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM heartbeats")) == before + 1);
    }
}

TEST_CASE_METHOD(ServiceFixture, "automatic incidents of single failures resolve after the healthy period, not before",
                 "[db][service][rules]")
{
    Evaluator evaluator(core);
    setNow(at(2026, 3, 2, 10, 0));
    operation(Services::Checkin, Outcome::Failed, 1000, QStringLiteral("storage.unavailable"));
    const qint64 id = count(QStringLiteral("SELECT id FROM incidents WHERE source = 'auto'"));
    REQUIRE(id > 0);
    setNow(at(2026, 3, 2, 10, 29));
    auto early = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(early);
    CHECK(early->autoResolved.isEmpty());
    // A nothing-to-do evaluation leaves no trace in the log.
    CHECK(early->operationId == 0);
    setNow(at(2026, 3, 2, 10, 30));
    auto healed = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(healed);
    CHECK(healed->autoResolved == QList<qint64>{id});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'incident.evaluate' AND outcome = 'ok'")) == 1);
    // A manual incident never resolves by itself.
    Incidents incidents(core);
    NewIncident in;
    in.title = QStringLiteral("Self-check machine screen flickers");
    auto manual = incidents.open(librarian, in);
    REQUIRE_OK(manual);
    setNow(at(2026, 3, 3, 10, 30));
    auto later = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(later);
    CHECK_FALSE(later->autoResolved.contains(manual->id));
    CHECK(text(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {manual->id}) == QStringLiteral("new"));
}

TEST_CASE_METHOD(ServiceFixture, "rules are configurable, each edit a standard change, bad settings are refused",
                 "[db][service][rules]")
{
    Evaluator evaluator(core);
    auto rules = Evaluator::rules(db());
    REQUIRE_OK(rules);
    RuleSettings burst;
    for (const RuleSettings &r : *rules)
        if (r.rule == QLatin1String("burst"))
            burst = r;
    burst.threshold = 3;
    REQUIRE_OK(evaluator.setRule(supervisor, burst));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'incident_rules' AND entity_key = 'burst'")) == 1);
    const qint64 t0 = at(2026, 3, 2, 10, 0);
    for (int i = 0; i < 3; ++i) {
        setNow(t0 + i * kMinute);
        operation(Services::Holds, Outcome::Failed);
    }
    auto r = evaluator.evaluate(this->evaluator);
    REQUIRE_OK(r);
    CHECK(rulesFired(*r) == QStringList{QStringLiteral("burst:holds")});
    burst.shortWindowS = burst.windowS + 1;
    CHECK(evaluator.setRule(supervisor, burst).error().code == QStringLiteral("incident.bad_input"));
    RuleSettings nope = burst;
    nope.rule = QStringLiteral("astrology");
    CHECK(evaluator.setRule(supervisor, nope).error().code == QStringLiteral("incident.bad_input"));
    CHECK(evaluator.setRule(librarian, burst).error().code == QStringLiteral("core.forbidden"));
}
