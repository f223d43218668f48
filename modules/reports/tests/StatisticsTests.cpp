// Circulation statistics on both engines: a small library whose loans, returns, cards and fees are
// made through circulation at known instants; every expected figure is counted from that script.
#include "circulation/tests/CirculationFixture.h"

#include "reports/CirculationStats.h"

#include <QSet>

using namespace Aksara;
using namespace Aksara::Test;

namespace {

struct StatsFixture : CirculationFixture {
    Reports::CirculationStats stats{core};

    // What the script below did, counted as it happened: the test's own oracle.
    struct Event {
        qint64 at;
        QString kind; // loan | return | lost
        QString patron;
        QString title;
        QString barcode;
    };
    QList<Event> events;
    QHash<QString, QString> titleOf; // barcode -> title
    qint64 charged = 0;
    qint64 paid = 0;

    void lend(const QString &card, const QString &barcode)
    {
        auto r = loans.checkout(librarian, card, barcode);
        REQUIRE_OK(r);
        events << Event{clock.now().toMSecsSinceEpoch(), QStringLiteral("loan"), card, titleOf.value(barcode), barcode};
    }
    void giveBack(const QString &barcode)
    {
        auto r = loans.checkin(librarian, barcode);
        REQUIRE_OK(r);
        events << Event{clock.now().toMSecsSinceEpoch(), QStringLiteral("return"), {}, titleOf.value(barcode), barcode};
    }
    qint64 happened(const QString &kind, qint64 from, qint64 to) const
    {
        return std::count_if(events.begin(), events.end(),
                             [&](const Event &e) { return e.kind == kind && e.at >= from && e.at < to; });
    }
    static qint64 dayStart(const QDate &d) { return QDateTime(d, QTime(0, 0), kJakarta).toMSecsSinceEpoch(); }
};

} // namespace

TEST_CASE("circulation statistics count loans, returns, members, cards, overdue, fees and titles", "[reports][db]")
{
    StatsFixture f;
    // Five titles, six loanable copies, a reference copy and a withdrawn one.
    const qint64 x = f.record(QStringLiteral("Laskar Pelangi"));
    const qint64 y = f.record(QStringLiteral("Bumi Manusia"));
    const qint64 z = f.record(QStringLiteral("Ronggeng Dukuh Paruk"));
    const qint64 w = f.record(QStringLiteral("Atlas Indonesia"));
    f.item(QStringLiteral("B1"), x);
    f.item(QStringLiteral("B2"), x);
    f.item(QStringLiteral("B3"), y);
    f.item(QStringLiteral("B4"), z);
    f.item(QStringLiteral("B5"), z);
    f.item(QStringLiteral("B6"), y, f.northBranch);
    f.item(QStringLiteral("R1"), w, 0, QStringLiteral("reference"));
    f.insert(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, status, created_op, updated_op) "
                            "VALUES ('W1', ?, ?, 'book', 'withdrawn', ?, ?) RETURNING id"),
             {w, f.mainBranch});
    for (const auto &[b, t] : {std::pair{"B1", "Laskar Pelangi"}, std::pair{"B2", "Laskar Pelangi"}, std::pair{"B3", "Bumi Manusia"},
                               std::pair{"B4", "Ronggeng Dukuh Paruk"}, std::pair{"B5", "Ronggeng Dukuh Paruk"},
                               std::pair{"B6", "Bumi Manusia"}})
        f.titleOf.insert(QString::fromLatin1(b), QString::fromLatin1(t));

    // Monday 2 March: three members join and borrow.
    f.at(QDate(2026, 3, 2), QTime(9, 0));
    const QString a = f.patron(QStringLiteral("Ani")).cardNumber;
    const QString b = f.patron(QStringLiteral("Budi")).cardNumber;
    const QString c = f.patron(QStringLiteral("Citra"), QStringLiteral("CHILD")).cardNumber;
    const qint64 joined = 3;
    f.at(QDate(2026, 3, 2), QTime(10, 0));
    f.lend(a, QStringLiteral("B1"));
    f.lend(a, QStringLiteral("B3"));
    f.clock.advanceMs(60 * 1000);
    f.lend(b, QStringLiteral("B2"));
    // Tuesday: Ani returns a copy of Laskar Pelangi, Citra borrows it; a fee is charged.
    f.at(QDate(2026, 3, 3), QTime(11, 0));
    f.giveBack(QStringLiteral("B1"));
    f.lend(c, QStringLiteral("B1"));
    auto fee = f.fees.charge(f.librarian, a, 5000, QStringLiteral("Damaged cover"));
    REQUIRE_OK(fee);
    f.charged += 5000;
    // Wednesday: Budi returns, Ani pays part of her debt, and one minute before midnight Budi
    // borrows again (still Wednesday in Jakarta, already Wednesday 16:59 UTC).
    f.at(QDate(2026, 3, 4), QTime(9, 0));
    f.giveBack(QStringLiteral("B2"));
    auto pay = f.fees.pay(f.librarian, a, 2000);
    REQUIRE_OK(pay);
    f.paid += 2000;
    f.at(QDate(2026, 3, 4), QTime(23, 59));
    f.lend(b, QStringLiteral("B4"));
    // Thursday just after midnight: outside a Monday–Wednesday period.
    f.at(QDate(2026, 3, 5), QTime(0, 0, 30));
    f.lend(b, QStringLiteral("B6"));
    // 10 March: Citra's copy is lost (the loan ends, but it is not a return).
    f.at(QDate(2026, 3, 10), QTime(10, 0));
    auto lost = f.loans.markLost(f.librarian, QStringLiteral("B1"));
    REQUIRE_OK(lost);
    f.events << StatsFixture::Event{f.clock.now().toMSecsSinceEpoch(), QStringLiteral("lost"), {}, {}, QStringLiteral("B1")};
    const qint64 lostFee = lost->amount;
    REQUIRE(lostFee > 0);
    // Now: 25 March, long after the 14-day loans were due.
    f.at(QDate(2026, 3, 25), QTime(10, 0));
    const qint64 now = f.clock.now().toMSecsSinceEpoch();

    SECTION("a closed period of three days")
    {
        const QDate from(2026, 3, 2), to(2026, 3, 4);
        auto s = f.stats.compute(f.supervisor, from, to);
        REQUIRE_OK(s);
        const qint64 start = StatsFixture::dayStart(from), end = StatsFixture::dayStart(to.addDays(1));
        CHECK(s->loans == f.happened(QStringLiteral("loan"), start, end));
        CHECK(s->loans == 5);
        CHECK(s->returns == f.happened(QStringLiteral("return"), start, end));
        CHECK(s->returns == 2);
        QSet<QString> borrowers;
        for (const auto &e : std::as_const(f.events))
            if (e.kind == QLatin1String("loan") && e.at >= start && e.at < end)
                borrowers.insert(e.patron);
        CHECK(s->activeMembers == borrowers.size());
        CHECK(s->activeMembers == 3);
        CHECK(s->newMembers == joined);
        CHECK(s->newCards == joined);
        CHECK(s->feesCharged == f.charged);
        CHECK(s->paymentsReceived == f.paid);
        // Nothing was due yet at the end of Wednesday.
        CHECK(s->overdue == 0);
        CHECK(s->asOfMs == end);

        REQUIRE(s->perDay.size() == 3);
        for (int d = 0; d < 3; ++d) {
            const qint64 ds = StatsFixture::dayStart(from.addDays(d)), de = StatsFixture::dayStart(from.addDays(d + 1));
            INFO(from.addDays(d).toString(Qt::ISODate).toStdString());
            CHECK(s->perDay[d].date == from.addDays(d));
            CHECK(s->perDay[d].loans == f.happened(QStringLiteral("loan"), ds, de));
            CHECK(s->perDay[d].returns == f.happened(QStringLiteral("return"), ds, de));
        }
        CHECK(s->perDay[0].loans == 3);
        CHECK(s->perDay[2].loans == 1); // the loan at 23:59 local time

        // Top titles: Laskar Pelangi three times, then one each (the older record first).
        QHash<QString, qint64> perTitle;
        for (const auto &e : std::as_const(f.events))
            if (e.kind == QLatin1String("loan") && e.at >= start && e.at < end)
                ++perTitle[e.title];
        REQUIRE(s->topTitles.size() == perTitle.size());
        CHECK(s->topTitles[0].title == QStringLiteral("Laskar Pelangi"));
        CHECK(s->topTitles[0].loans == 3);
        CHECK(s->topTitles[1].title == QStringLiteral("Bumi Manusia"));
        CHECK(s->topTitles[2].title == QStringLiteral("Ronggeng Dukuh Paruk"));
        for (const auto &t : std::as_const(s->topTitles))
            CHECK(t.loans == perTitle.value(t.title));

        // Never borrowed by the end of Wednesday: the loanable copies without a loan (B5 and B6;
        // B6 was first lent on Thursday). The reference and the withdrawn copies do not count.
        CHECK(s->itemsConsidered == 6);
        CHECK(s->neverBorrowedCount == 2);
        QStringList never;
        for (const auto &i : std::as_const(s->neverBorrowed))
            never << i.barcode;
        never.sort();
        CHECK(never == QStringList{QStringLiteral("B5"), QStringLiteral("B6")});
    }

    SECTION("the whole month, measured now")
    {
        auto s = f.stats.compute(f.supervisor, QDate(2026, 3, 1), QDate(2026, 3, 31));
        REQUIRE_OK(s);
        const qint64 start = StatsFixture::dayStart(QDate(2026, 3, 1)), end = StatsFixture::dayStart(QDate(2026, 4, 1));
        CHECK(s->loans == f.happened(QStringLiteral("loan"), start, end));
        CHECK(s->loans == 6);
        CHECK(s->returns == 2); // the lost copy is not a return
        CHECK(s->feesCharged == f.charged + lostFee);
        CHECK(s->asOfMs == now);
        // Open and past due now: Ani's B3 (2 March), Budi's B4 (4 March) and B6 (5 March); Citra's
        // lost copy is no longer on loan.
        CHECK(s->overdue == 3);
        CHECK(s->perDay.size() == 31);
        CHECK(s->neverBorrowedCount == 1); // B5
        CHECK(s->topTitles.size() == 3);
    }

    SECTION("limits on the lists")
    {
        Reports::StatisticsOptions o;
        o.topTitles = 1;
        o.neverBorrowedLimit = 1;
        auto s = f.stats.compute(f.supervisor, QDate(2026, 3, 2), QDate(2026, 3, 4), o);
        REQUIRE_OK(s);
        CHECK(s->topTitles.size() == 1);
        CHECK(s->neverBorrowed.size() == 1);
        CHECK(s->neverBorrowedCount == 2);
    }

    SECTION("refusals: a bad period and a caller without report.view")
    {
        auto backwards = f.stats.compute(f.supervisor, QDate(2026, 3, 4), QDate(2026, 3, 2));
        REQUIRE_FALSE(backwards.ok());
        CHECK(backwards.error().code == QStringLiteral("reports.bad_period"));
        auto tooLong = f.stats.compute(f.supervisor, QDate(2025, 1, 1), QDate(2026, 3, 2));
        REQUIRE_FALSE(tooLong.ok());
        CHECK(tooLong.error().code == QStringLiteral("reports.bad_period"));
        auto forbidden = f.stats.compute(f.librarian, QDate(2026, 3, 2), QDate(2026, 3, 4));
        REQUIRE_FALSE(forbidden.ok());
        CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));
        // Each is on record as a refused read of the reporting service.
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE service = 'reporting' AND "
                                     "operation = 'statistics.circulation' AND outcome = 'refused'"))
              == 3);
    }
}

TEST_CASE("circulation statistics of an empty library are zeros on every day", "[reports][db]")
{
    CirculationFixture f;
    Reports::CirculationStats stats(f.core);
    auto s = stats.compute(f.supervisor, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE_OK(s);
    CHECK(s->loans == 0);
    CHECK(s->returns == 0);
    CHECK(s->overdue == 0);
    CHECK(s->feesCharged == 0);
    CHECK(s->perDay.size() == 28);
    CHECK(s->topTitles.isEmpty());
    CHECK(s->itemsConsidered == 0);
}
