#include "reports/CirculationStats.h"

#include "service/Common.h"

#include <QJsonArray>

#include <algorithm>

namespace Aksara::Reports {

namespace {

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

Result<qint64> scalarInt(Database &db, const QString &sql, const QVariantList &binds)
{
    auto v = db.scalar(sql, binds);
    if (!v.ok())
        return v.error();
    return v->isNull() ? 0 : v->toLongLong();
}

// Counts each instant of `sql`'s first column into the day of `bounds` it falls in
// (bounds[i] is the start of day i, bounds.last() the end of the period).
Status countPerDay(Database &db, const QString &sql, const QVariantList &binds, const QList<qint64> &bounds,
                   QList<DayCount> &days, qint64 DayCount::*field)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const qint64 at = q->value(0).toLongLong();
        const auto it = std::upper_bound(bounds.begin(), bounds.end(), at);
        const qsizetype day = std::distance(bounds.begin(), it) - 1;
        if (day >= 0 && day < days.size())
            ++(days[day].*field);
    }
    q->finish();
    return {};
}

} // namespace

QJsonObject CirculationStatistics::toJson() const
{
    QJsonArray days;
    for (const DayCount &d : perDay)
        days << QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                            {QStringLiteral("loans"), d.loans},
                            {QStringLiteral("returns"), d.returns}};
    QJsonArray titles;
    for (const TitleCount &t : topTitles)
        titles << QJsonObject{{QStringLiteral("record"), t.recordId},
                              {QStringLiteral("title"), t.title},
                              {QStringLiteral("author"), t.author},
                              {QStringLiteral("loans"), t.loans}};
    QJsonArray never;
    for (const NeverBorrowedItem &i : neverBorrowed)
        never << QJsonObject{{QStringLiteral("barcode"), i.barcode},
                             {QStringLiteral("title"), i.title},
                             {QStringLiteral("branch"), i.branch},
                             {QStringLiteral("location"), i.location},
                             {QStringLiteral("acquired_on"), i.acquiredOn.isEmpty() ? QJsonValue() : QJsonValue(i.acquiredOn)}};
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("as_of"), ServiceManagement::isoUtc(asOfMs)},
            {QStringLiteral("loans"), loans},
            {QStringLiteral("returns"), returns},
            {QStringLiteral("active_members"), activeMembers},
            {QStringLiteral("new_members"), newMembers},
            {QStringLiteral("new_cards"), newCards},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("fees_charged"), feesCharged},
            {QStringLiteral("payments_received"), paymentsReceived},
            {QStringLiteral("per_day"), days},
            {QStringLiteral("top_titles"), titles},
            {QStringLiteral("never_borrowed_count"), neverBorrowedCount},
            {QStringLiteral("items_considered"), itemsConsidered},
            {QStringLiteral("never_borrowed"), never}};
}

Result<CirculationStatistics> CirculationStats::compute(const Caller &caller, const QDate &from, const QDate &to,
                                                        const StatisticsOptions &options)
{
    const OperationSpec spec{Services::Reporting, QStringLiteral("statistics.circulation"), Rights::ReportView,
                             QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)), false};
    return m_core.execute<CirculationStatistics>(caller, spec, [&](OperationContext &ctx) -> Result<CirculationStatistics> {
        return computeIn(ctx.db(), ServiceManagement::libraryZone(ctx.db()), from, to, ctx.nowMs(), options);
    });
}

Result<CirculationStatistics> CirculationStats::computeIn(Database &db, const QTimeZone &zone, const QDate &from,
                                                          const QDate &to, qint64 nowMs, const StatisticsOptions &options)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::refused(QStringLiteral("reports.bad_period"), tr("The period needs a first and a last day, in order."));
    if (from.daysTo(to) + 1 > kMaxDays)
        return Error::refused(QStringLiteral("reports.bad_period"),
                              tr("A period of statistics is at most %1 days.").arg(kMaxDays));

    CirculationStatistics s;
    s.from = from;
    s.to = to;
    QList<qint64> bounds;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        bounds << startOfDay(d, zone);
        s.perDay << DayCount{d, 0, 0};
    }
    const qint64 startMs = bounds.first();
    const qint64 endMs = startOfDay(to.addDays(1), zone);
    bounds << endMs;
    s.asOfMs = std::min(endMs, nowMs);
    const QVariantList period{startMs, endMs};

    struct Count {
        qint64 *target;
        QString sql;
        QVariantList binds;
    };
    const QList<Count> counts{
        {&s.loans, QStringLiteral("SELECT COUNT(*) FROM loans WHERE issued_at >= ? AND issued_at < ?"), period},
        {&s.returns,
         QStringLiteral("SELECT COUNT(*) FROM loans WHERE returned_at >= ? AND returned_at < ? "
                        "AND COALESCE(close_reason, 'returned') = 'returned'"),
         period},
        {&s.activeMembers, QStringLiteral("SELECT COUNT(DISTINCT patron_id) FROM loans WHERE issued_at >= ? AND issued_at < ?"),
         period},
        {&s.newMembers, QStringLiteral("SELECT COUNT(*) FROM patrons WHERE created_at >= ? AND created_at < ?"), period},
        {&s.newCards, QStringLiteral("SELECT COUNT(*) FROM patron_cards WHERE issued_at >= ? AND issued_at < ?"), period},
        {&s.overdue,
         QStringLiteral("SELECT COUNT(*) FROM loans WHERE issued_at < ? AND (returned_at IS NULL OR returned_at >= ?) "
                        "AND due_at < ?"),
         {s.asOfMs, s.asOfMs, s.asOfMs}},
        {&s.feesCharged, QStringLiteral("SELECT SUM(amount) FROM fees WHERE created_at >= ? AND created_at < ?"), period},
        {&s.paymentsReceived,
         QStringLiteral("SELECT SUM(amount) FROM payments WHERE kind = 'payment' AND received_at >= ? AND received_at < ?"),
         period},
    };
    for (const Count &c : counts) {
        auto v = scalarInt(db, c.sql, c.binds);
        if (!v.ok())
            return v.error();
        *c.target = *v;
    }

    if (Status st = countPerDay(db, QStringLiteral("SELECT issued_at FROM loans WHERE issued_at >= ? AND issued_at < ?"),
                                period, bounds, s.perDay, &DayCount::loans);
        !st.ok())
        return st.error();
    if (Status st = countPerDay(db,
                                QStringLiteral("SELECT returned_at FROM loans WHERE returned_at >= ? AND returned_at < ? "
                                               "AND COALESCE(close_reason, 'returned') = 'returned'"),
                                period, bounds, s.perDay, &DayCount::returns);
        !st.ok())
        return st.error();

    {
        auto q = db.exec(QStringLiteral("SELECT b.id, b.title, b.author, COUNT(*) FROM loans l JOIN items i ON i.id = l.item_id "
                                        "JOIN bib_records b ON b.id = i.bib_id WHERE l.issued_at >= ? AND l.issued_at < ? "
                                        "GROUP BY b.id, b.title, b.author ORDER BY COUNT(*) DESC, b.id LIMIT ?"),
                         {startMs, endMs, std::max(0, options.topTitles)});
        if (!q.ok())
            return q.error();
        while (q->next())
            s.topTitles << TitleCount{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                      q->value(3).toLongLong()};
        q->finish();
    }

    // Copies that could have been borrowed: of a loanable type and not withdrawn.
    const QString never = QStringLiteral(
        "FROM items i JOIN item_types t ON t.code = i.item_type JOIN bib_records b ON b.id = i.bib_id "
        "JOIN branches br ON br.id = i.branch_id "
        "LEFT JOIN (SELECT DISTINCT item_id FROM loans WHERE issued_at < ?) l ON l.item_id = i.id "
        "WHERE t.loanable = 1 AND i.status <> 'withdrawn'");
    {
        auto v = scalarInt(db, QStringLiteral("SELECT COUNT(*) ") + never,
                           {s.asOfMs});
        if (!v.ok())
            return v.error();
        s.itemsConsidered = *v;
        auto n = scalarInt(db, QStringLiteral("SELECT COUNT(*) ") + never + QStringLiteral(" AND l.item_id IS NULL"), {s.asOfMs});
        if (!n.ok())
            return n.error();
        s.neverBorrowedCount = *n;
    }
    {
        auto q = db.exec(QStringLiteral("SELECT i.barcode, b.title, br.code, i.location, COALESCE(i.acquired_on, '') ") + never
                             + QStringLiteral(" AND l.item_id IS NULL ORDER BY COALESCE(i.acquired_on, ''), i.id LIMIT ?"),
                         {s.asOfMs, std::max(0, options.neverBorrowedLimit)});
        if (!q.ok())
            return q.error();
        while (q->next())
            s.neverBorrowed << NeverBorrowedItem{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                                 q->value(3).toString(), q->value(4).toString()};
        q->finish();
    }
    return s;
}

} // namespace Aksara::Reports
