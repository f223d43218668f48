#include "CirculationFixture.h"

#include <QJsonDocument>

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

namespace {
QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

TEST_CASE_METHOD(CirculationFixture, "every precedence combination: the most specific row that sets a rule wins", "[db][circulation][rules]")
{
    // One row at each of the eight levels for (MAIN, ADULT, book), each with its rank as loan period
    // (rank + 10), plus rows that must never apply (another branch, category or type).
    struct Level {
        QString b, c, i;
    };
    const QList<Level> levels{{QStringLiteral("MAIN"), QStringLiteral("ADULT"), QStringLiteral("book")},
                              {QStringLiteral("MAIN"), QStringLiteral("ADULT"), QStringLiteral("*")},
                              {QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("book")},
                              {QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("*")},
                              {QStringLiteral("*"), QStringLiteral("ADULT"), QStringLiteral("book")},
                              {QStringLiteral("*"), QStringLiteral("ADULT"), QStringLiteral("*")},
                              {QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("book")},
                              {QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*")}};
    for (int rank = 0; rank < levels.size(); ++rank) {
        const Level &l = levels[rank];
        REQUIRE_OK(setRules(l.b, l.c, l.i, {{QStringLiteral("loan_period"), QString::number(rank + 10)}}));
    }
    REQUIRE_OK(setRules(QStringLiteral("NORTH"), QStringLiteral("ADULT"), QStringLiteral("book"), {{QStringLiteral("loan_period"), QStringLiteral("99")}}));
    REQUIRE_OK(setRules(QStringLiteral("MAIN"), QStringLiteral("CHILD"), QStringLiteral("book"), {{QStringLiteral("loan_period"), QStringLiteral("98")}}));
    REQUIRE_OK(setRules(QStringLiteral("MAIN"), QStringLiteral("ADULT"), QStringLiteral("av"), {{QStringLiteral("loan_period"), QStringLiteral("97")}}));

    // Remove the most specific row one level at a time: the next level answers each time.
    for (int rank = 0; rank < levels.size(); ++rank) {
        INFO("rank " << rank);
        auto r = LoanRules::resolve(db(), mainBranch, adult, QStringLiteral("book"));
        REQUIRE_OK(r);
        const ResolvedRule &lp = r->rule(QStringLiteral("loan_period"));
        CHECK(lp.value.toLongLong() == rank + 10);
        CHECK(lp.rowId > 0);
        CHECK(lp.scope.rank() == rank);
        CHECK(r->candidates.size() == levels.size() - rank);
        const Level &l = levels[rank];
        REQUIRE_OK(setRules(l.b, l.c, l.i, {{QStringLiteral("loan_period"), QString()}}));
    }
    // The seeded (*,*,*) row no longer sets a loan period either: the built-in default.
    auto r = LoanRules::resolve(db(), mainBranch, adult, QStringLiteral("book"));
    REQUIRE_OK(r);
    CHECK(r->rule(QStringLiteral("loan_period")).rowId == 0);
    CHECK(r->integer(QStringLiteral("loan_period")) == 14);
    // Each rule name on its own: the (*,*,*) row still gives max_loans etc.
    CHECK(r->rule(QStringLiteral("max_loans")).rowId > 0);
    CHECK(r->rule(QStringLiteral("max_loans")).scope.rank() == 7);
}

TEST_CASE_METHOD(CirculationFixture, "rules are resolved name by name from sparse rows", "[db][circulation][rules]")
{
    REQUIRE_OK(setRules(QStringLiteral("MAIN"), QStringLiteral("CHILD"), QStringLiteral("av"),
                        {{QStringLiteral("max_loans"), QStringLiteral("1")}}));
    REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("CHILD"), QStringLiteral("*"),
                        {{QStringLiteral("loan_period"), QStringLiteral("7")}, {QStringLiteral("fee_per_day"), QStringLiteral("200")}}));
    REQUIRE_OK(setRules(QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("due_mode"), QStringLiteral("skip_closed")}}));
    auto r = LoanRules::resolve(db(), mainBranch, child, QStringLiteral("av"));
    REQUIRE_OK(r);
    CHECK(r->integer(QStringLiteral("max_loans")) == 1);
    CHECK(r->rule(QStringLiteral("max_loans")).scope.key() == QStringLiteral("MAIN/CHILD/av"));
    CHECK(r->integer(QStringLiteral("loan_period")) == 7);
    CHECK(r->rule(QStringLiteral("loan_period")).scope.key() == QStringLiteral("*/CHILD/*"));
    CHECK(r->integer(QStringLiteral("fee_per_day")) == 200);
    CHECK(r->dueMode() == DueMode::SkipClosed);
    CHECK(r->rule(QStringLiteral("due_mode")).scope.key() == QStringLiteral("MAIN/*/*"));
    CHECK(r->integer(QStringLiteral("renewals")) == 2); // the seeded (*,*,*) row
    CHECK(r->rule(QStringLiteral("renewals")).scope.key() == QStringLiteral("*/*/*"));
    // The same for an adult at NORTH only sees the library-wide row.
    auto n = LoanRules::resolve(db(), northBranch, adult, QStringLiteral("av"));
    REQUIRE_OK(n);
    CHECK(n->integer(QStringLiteral("loan_period")) == 14);
    CHECK(n->dueMode() == DueMode::NextOpen);
}

TEST_CASE_METHOD(CirculationFixture, "rule edits leave change records, bad edits change nothing", "[db][circulation][rules]")
{
    auto set = rules.set(supervisor, QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("book"),
                         {{QStringLiteral("loan_period"), QStringLiteral("21")}, {QStringLiteral("holds_allowed"), QStringLiteral("no")}});
    REQUIRE_OK(set);
    REQUIRE(set->has_value());
    CHECK((*set)->values.value(QStringLiteral("loan_period")).toLongLong() == 21);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'loan_rule' AND entity_key = 'MAIN/*/book' "
                               "AND requested_by = 'staff:kepala' AND kind = 'standard' AND old_value IS NULL")) == 1);
    CHECK(json(text(QStringLiteral("SELECT new_value FROM changes WHERE entity = 'loan_rule'")))
          == QJsonObject{{QStringLiteral("loan_period"), 21}, {QStringLiteral("holds_allowed"), false}});
    // The change was made by the rules.set operation, and the operation record says which change.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes c JOIN operations o ON o.id = c.created_op WHERE "
                               "o.operation = 'rules.set' AND o.actor = 'staff:kepala'")) == 1);

    auto second = rules.set(supervisor, QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("book"),
                            {{QStringLiteral("loan_period"), QStringLiteral("28")}});
    REQUIRE_OK(second);
    auto q = db().exec(QStringLiteral("SELECT old_value, new_value FROM changes WHERE entity = 'loan_rule' ORDER BY id DESC LIMIT 1"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(json(q->value(0).toString()).value(QStringLiteral("loan_period")).toInt() == 21);
    CHECK(json(q->value(1).toString()).value(QStringLiteral("loan_period")).toInt() == 28);
    q->finish();

    const qint64 changesBefore = count(QStringLiteral("SELECT COUNT(*) FROM changes"));
    const qint64 rowsBefore = count(QStringLiteral("SELECT COUNT(*) FROM loan_rules"));
    SECTION("an unknown branch")
    {
        auto r = rules.set(supervisor, QStringLiteral("SOUTH"), QStringLiteral("*"), QStringLiteral("*"),
                           {{QStringLiteral("loan_period"), QStringLiteral("7")}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().isRefusal());
        CHECK(r.error().code == QStringLiteral("circulation.unknown_branch"));
        CHECK(r.error().message.contains(QStringLiteral("SOUTH")));
    }
    SECTION("unknown category, item type, rule and bad values, all reported")
    {
        auto r = rules.set(supervisor, QStringLiteral("*"), QStringLiteral("VIP"), QStringLiteral("scroll"),
                           {{QStringLiteral("loan_days"), QStringLiteral("7")},
                            {QStringLiteral("loan_period"), QStringLiteral("0")},
                            {QStringLiteral("fee_per_day"), QStringLiteral("-500")},
                            {QStringLiteral("due_mode"), QStringLiteral("whenever")},
                            {QStringLiteral("holds_allowed"), QStringLiteral("maybe")}});
        REQUIRE_FALSE(r.ok());
        CHECK(reasonCodes(r.error())
              == QStringList{QStringLiteral("circulation.unknown_category"), QStringLiteral("circulation.unknown_item_type"),
                             QStringLiteral("circulation.unknown_rule"), QStringLiteral("circulation.bad_rule_value"),
                             QStringLiteral("circulation.bad_rule_value"), QStringLiteral("circulation.bad_rule_value"),
                             QStringLiteral("circulation.bad_rule_value")});
    }
    SECTION("no values")
    {
        CHECK(rules.set(supervisor, QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"), {}).error().code
              == QStringLiteral("circulation.no_rule_values"));
    }
    SECTION("a librarian may not edit rules")
    {
        auto r = rules.set(librarian, QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                           {{QStringLiteral("loan_period"), QStringLiteral("7")}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("core.forbidden"));
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes")) == changesBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loan_rules")) == rowsBefore);
    CHECK(count(QStringLiteral("SELECT loan_period FROM loan_rules WHERE branch_id = ? AND category_id IS NULL AND item_type = 'book'"),
                {mainBranch})
          == 28);
}

TEST_CASE_METHOD(CirculationFixture, "unsetting every value of a row deletes it, with a change record", "[db][circulation][rules]")
{
    REQUIRE_OK(setRules(QStringLiteral("NORTH"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("max_loans"), QStringLiteral("3")}}));
    auto gone = rules.set(admin, QStringLiteral("NORTH"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("max_loans"), QString()}});
    REQUIRE_OK(gone);
    CHECK_FALSE(gone->has_value());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loan_rules WHERE branch_id = ?"), {northBranch}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity_key = 'NORTH/*/*' AND new_value IS NULL")) == 1);
    auto all = rules.list(librarian);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().scope.key() == QStringLiteral("*/*/*"));
}

TEST_CASE_METHOD(CirculationFixture, "the explainer names the row behind every value and every reason to refuse", "[db][circulation][rules][explain]")
{
    const Patron p = patron(QStringLiteral("Rizky"), QStringLiteral("CHILD"));
    const QString dvd = book(QStringLiteral("DVD-1"), QStringLiteral("Petualangan Sherina"), 0, QStringLiteral("av"));
    REQUIRE_OK(setRules(QStringLiteral("*"), QStringLiteral("CHILD"), QStringLiteral("av"), {{QStringLiteral("max_loans"), QStringLiteral("0")}}));
    REQUIRE_OK(setRules(QStringLiteral("MAIN"), QStringLiteral("*"), QStringLiteral("*"), {{QStringLiteral("loan_period"), QStringLiteral("3")}}));
    auto e = loans.explain(librarian, p.cardNumber, dvd);
    REQUIRE_OK(e);
    CHECK(e->verdict() == QStringLiteral("needs_confirmation"));
    REQUIRE(e->reasons.size() == 1);
    CHECK(e->reasons.first().code == QStringLiteral("circulation.too_many_loans"));
    CHECK(e->rules.rule(QStringLiteral("max_loans")).scope.key() == QStringLiteral("*/CHILD/av"));
    CHECK(e->rules.rule(QStringLiteral("loan_period")).scope.key() == QStringLiteral("MAIN/*/*"));
    CHECK(e->dueDate == QDate(2026, 3, 5));
    const QJsonObject j = e->toJson();
    CHECK(j.value(QStringLiteral("verdict")).toString() == QStringLiteral("needs_confirmation"));
    CHECK(j.value(QStringLiteral("rules")).toObject().value(QStringLiteral("for")).toObject().value(QStringLiteral("branch")).toString()
          == QStringLiteral("MAIN"));
    bool sawCheck = false;
    for (const auto &c : j.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("check")).toString() == QStringLiteral("loans_of_type")) {
            sawCheck = true;
            CHECK(o.value(QStringLiteral("ok")).toBool() == false);
            CHECK(o.value(QStringLiteral("limit")).toInt() == 0);
        }
    }
    CHECK(sawCheck);
    // Explaining changes nothing and is a read.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'rules.explain' AND outcome = 'ok'")) == 1);
    // Unknown card and item together.
    auto bad = loans.explain(librarian, QStringLiteral("AKS99999997"), QStringLiteral("NOPE"));
    REQUIRE_FALSE(bad.ok());
    CHECK(reasonCodes(bad.error()) == QStringList{QStringLiteral("circulation.unknown_patron"), QStringLiteral("circulation.unknown_item")});
}

TEST_CASE_METHOD(CirculationFixture, "calendar edits: hours, holidays, branch calendars, each with a change record", "[db][circulation][calendar]")
{
    auto shown = calendars.show(librarian, QStringLiteral("library"));
    REQUIRE_OK(shown);
    CHECK(shown->hours.size() == 6);
    CHECK(shown->branches == QStringList{QStringLiteral("MAIN"), QStringLiteral("NORTH")});

    // Open on Sundays in two sessions; closed on Saturdays.
    auto sunday = calendars.setHours(supervisor, QStringLiteral("library"), 7,
                                     {{QStringLiteral("09:00"), QStringLiteral("12:00")}, {QStringLiteral("13:00"), QStringLiteral("15:00")}});
    REQUIRE_OK(sunday);
    REQUIRE_OK(calendars.setHours(supervisor, QStringLiteral("library"), 6, {}));
    auto c = Calendar::loadByCode(db(), QStringLiteral("library"));
    REQUIRE_OK(c);
    CHECK(c->isOpenDay(QDate(2026, 3, 8)));
    CHECK_FALSE(c->isOpenDay(QDate(2026, 3, 7)));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'calendar' AND entity_key = 'library'")) == 2);
    CHECK(json(text(QStringLiteral("SELECT old_value FROM changes WHERE entity = 'calendar' ORDER BY id DESC LIMIT 1")))
              .value(QStringLiteral("hours"))
              .toArray()
              .size()
          == 1);

    auto h = calendars.addHoliday(supervisor, QStringLiteral("library"), QDate(2026, 8, 17), true, QStringLiteral("Hari Kemerdekaan"));
    REQUIRE_OK(h);
    CHECK(h->holidays.size() == 1);
    CHECK(calendars.addHoliday(supervisor, QStringLiteral("library"), QDate(2027, 8, 17), true, QString()).error().code
          == QStringLiteral("circulation.duplicate_holiday"));
    c = Calendar::loadByCode(db(), QStringLiteral("library"));
    REQUIRE_OK(c);
    CHECK(c->isHoliday(QDate(2031, 8, 17)));

    // NORTH gets its own calendar, copied and then closed on Mondays.
    auto north = calendars.create(supervisor, QStringLiteral("north"), QStringLiteral("North opening hours"), {}, QStringLiteral("library"));
    REQUIRE_OK(north);
    CHECK(north->holidays.size() == 1);
    REQUIRE_OK(calendars.assign(supervisor, QStringLiteral("NORTH"), QStringLiteral("north")));
    REQUIRE_OK(calendars.setHours(supervisor, QStringLiteral("north"), 1, {}));
    auto byBranch = calendars.show(librarian, {}, QStringLiteral("NORTH"));
    REQUIRE_OK(byBranch);
    CHECK(byBranch->code == QStringLiteral("north"));
    CHECK(byBranch->branches == QStringList{QStringLiteral("NORTH")});
    REQUIRE_OK(calendars.removeHoliday(supervisor, QStringLiteral("north"), QDate(2026, 8, 17)));

    const qint64 changes = count(QStringLiteral("SELECT COUNT(*) FROM changes"));
    CHECK(calendars.setHours(supervisor, QStringLiteral("library"), 8, {}).error().code == QStringLiteral("circulation.bad_weekday"));
    CHECK(calendars.setHours(supervisor, QStringLiteral("library"), 1, {{QStringLiteral("17:00"), QStringLiteral("08:00")}}).error().code
          == QStringLiteral("circulation.bad_hours"));
    CHECK(calendars.setHours(supervisor, QStringLiteral("library"), 1,
                             {{QStringLiteral("08:00"), QStringLiteral("12:00")}, {QStringLiteral("11:00"), QStringLiteral("13:00")}})
              .error()
              .code
          == QStringLiteral("circulation.bad_hours"));
    CHECK(calendars.setHours(supervisor, QStringLiteral("nowhere"), 1, {}).error().code == QStringLiteral("circulation.unknown_calendar"));
    CHECK(calendars.addHoliday(supervisor, QStringLiteral("library"), QDate(), false, QString()).error().code == QStringLiteral("circulation.bad_date"));
    CHECK(calendars.removeHoliday(supervisor, QStringLiteral("library"), QDate(2026, 1, 1)).error().code == QStringLiteral("circulation.unknown_holiday"));
    CHECK(calendars.create(supervisor, QStringLiteral("North!"), {}, QStringLiteral("Mars/Olympus"), {}).error().code
          == QStringLiteral("circulation.bad_calendar_code"));
    CHECK(calendars.assign(supervisor, QStringLiteral("SOUTH"), QStringLiteral("north")).error().code == QStringLiteral("circulation.unknown_branch"));
    CHECK(calendars.setHours(librarian, QStringLiteral("library"), 1, {}).error().code == QStringLiteral("core.forbidden"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM changes")) == changes);
    // Monday hours of the library are untouched by the refused edits.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM calendar_hours h JOIN calendars c ON c.id = h.calendar_id WHERE c.code = 'library' "
                               "AND h.weekday = 1")) == 1);
}
