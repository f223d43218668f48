#include "circulation/Calendars.h"

#include "circulation/Internal.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Aksara::Circulation {

namespace {

Result<CalendarView> load(Database &db, const QString &code)
{
    auto head = firstRow(db, QStringLiteral("SELECT id, code, name, time_zone FROM calendars WHERE code = ?"), {code.trimmed()});
    if (!head.ok())
        return head.error();
    if (!head->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_calendar"), tr("There is no calendar \"%1\".").arg(code));
    CalendarView v;
    v.id = (**head)[0].toLongLong();
    v.code = (**head)[1].toString();
    v.name = (**head)[2].toString();
    v.timeZone = (**head)[3].toString();
    auto hours = rows(db, QStringLiteral("SELECT weekday, opens, closes FROM calendar_hours WHERE calendar_id = ? ORDER BY weekday, opens"),
                      {v.id});
    if (!hours.ok())
        return hours.error();
    for (const QVariantList &r : std::as_const(*hours))
        v.hours << CalendarView::Interval{r[0].toInt(), r[1].toString(), r[2].toString()};
    auto hol = rows(db, QStringLiteral("SELECT on_date, yearly, name FROM calendar_holidays WHERE calendar_id = ? ORDER BY on_date"),
                    {v.id});
    if (!hol.ok())
        return hol.error();
    for (const QVariantList &r : std::as_const(*hol))
        v.holidays << CalendarView::Holiday{parseDate(r[0]), r[1].toInt() != 0, r[2].toString()};
    auto branches = rows(db, QStringLiteral("SELECT code FROM branches WHERE calendar_id = ? OR (calendar_id IS NULL AND CAST(? AS TEXT) = 'library') "
                                            "ORDER BY code"),
                         {v.id, v.code});
    if (!branches.ok())
        return branches.error();
    for (const QVariantList &r : std::as_const(*branches))
        v.branches << r[0].toString();
    return v;
}

QJsonArray hoursJson(const CalendarView &v, int weekday)
{
    QJsonArray a;
    for (const auto &h : v.hours) {
        if (weekday == 0 || h.weekday == weekday)
            a << QJsonObject{{QStringLiteral("weekday"), h.weekday}, {QStringLiteral("opens"), h.opens}, {QStringLiteral("closes"), h.closes}};
    }
    return a;
}

QJsonObject holidayJson(const CalendarView::Holiday &h)
{
    return {{QStringLiteral("date"), h.date.toString(Qt::ISODate)}, {QStringLiteral("yearly"), h.yearly}, {QStringLiteral("name"), h.name}};
}

Status touch(OperationContext &ctx, qint64 calendarId)
{
    return execute(ctx.db(), QStringLiteral("UPDATE calendars SET updated_op = ? WHERE id = ?"), {ctx.operationId(), calendarId});
}

bool parseHhMm(const QString &s, int *minutes)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    *minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return *minutes <= 24 * 60;
}
} // namespace

QJsonObject CalendarView::toJson() const
{
    QJsonArray h;
    for (const Holiday &x : holidays)
        h << holidayJson(x);
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("hours"), hoursJson(*this, 0)},
            {QStringLiteral("holidays"), h},
            {QStringLiteral("branches"), QJsonArray::fromStringList(branches)}};
}

Result<QList<CalendarView>> Calendars::list(const Caller &caller)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.list"), rightFor(caller, Rights::Checkout), {}, false};
    return m_core.execute<QList<CalendarView>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<CalendarView>> {
        auto codes = rows(ctx.db(), QStringLiteral("SELECT code FROM calendars ORDER BY id"));
        if (!codes.ok())
            return codes.error();
        QList<CalendarView> out;
        for (const QVariantList &r : std::as_const(*codes)) {
            auto v = load(ctx.db(), r[0].toString());
            if (!v.ok())
                return v.error();
            out << *v;
        }
        return out;
    });
}

Result<CalendarView> Calendars::show(const Caller &caller, const QString &code, const QString &branch)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.show"), rightFor(caller, Rights::Checkout),
                             branch.isEmpty() ? code : branch, false};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        if (branch.trimmed().isEmpty())
            return load(ctx.db(), code.trimmed().isEmpty() ? QStringLiteral("library") : code);
        auto b = branchByCode(ctx.db(), branch);
        if (!b.ok())
            return b.error();
        auto c = ctx.db().scalar(QStringLiteral("SELECT COALESCE((SELECT c.code FROM branches b JOIN calendars c ON c.id = b.calendar_id "
                                                "WHERE b.id = ?), 'library')"),
                                 {b->id});
        if (!c.ok())
            return c.error();
        return load(ctx.db(), c->toString());
    });
}

Result<CalendarView> Calendars::create(const Caller &caller, const QString &code, const QString &name, const QString &timeZone,
                                       const QString &copyFrom)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.create"), Rights::RulesManage, code};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        Database &db = ctx.db();
        QList<Reason> reasons;
        static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,32}$"));
        if (!re.match(code).hasMatch())
            reasons << Reason{QStringLiteral("circulation.bad_calendar_code"),
                              tr("A calendar code is 1 to 32 lower-case letters, digits, - or _, not \"%1\".").arg(code)};
        QString zone = timeZone.trimmed();
        if (zone.isEmpty()) {
            auto z = setting(db, QStringLiteral("library.time_zone"), QStringLiteral("Asia/Jakarta"));
            if (!z.ok())
                return z.error();
            zone = *z;
        }
        if (!QTimeZone(zone.toUtf8()).isValid())
            reasons << Reason{QStringLiteral("circulation.bad_time_zone"), tr("\"%1\" is not a time zone (e.g. Asia/Jakarta).").arg(zone)};
        auto exists = db.scalar(QStringLiteral("SELECT COUNT(*) FROM calendars WHERE code = ?"), {code});
        if (!exists.ok())
            return exists.error();
        if (exists->toLongLong() > 0)
            reasons << Reason{QStringLiteral("circulation.duplicate_calendar"), tr("There is already a calendar \"%1\".").arg(code)};
        std::optional<CalendarView> source;
        if (!copyFrom.trimmed().isEmpty()) {
            auto s = load(db, copyFrom);
            if (s.ok())
                source = *s;
            else if (s.error().isRefusal())
                reasons << Reason{s.error().code, s.error().message};
            else
                return s.error();
        }
        if (!reasons.isEmpty())
            return refusalFrom(reasons);
        auto id = insertId(db, QStringLiteral("INSERT INTO calendars (code, name, time_zone, created_op, updated_op) "
                                              "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                           {code, name.trimmed().isEmpty() ? code : name.trimmed(), zone, ctx.operationId(), ctx.operationId()});
        if (!id.ok())
            return id.error();
        if (source) {
            for (const auto &h : std::as_const(source->hours)) {
                if (Status st = execute(db, QStringLiteral("INSERT INTO calendar_hours (calendar_id, weekday, opens, closes) VALUES (?, ?, ?, ?)"),
                                        {*id, h.weekday, h.opens, h.closes});
                    !st.ok())
                    return st.error();
            }
            for (const auto &h : std::as_const(source->holidays)) {
                if (Status st = execute(db, QStringLiteral("INSERT INTO calendar_holidays (calendar_id, on_date, yearly, name, created_op) "
                                                           "VALUES (?, ?, ?, ?, ?)"),
                                        {*id, h.date.toString(Qt::ISODate), h.yearly ? 1 : 0, h.name, ctx.operationId()});
                    !st.ok())
                    return st.error();
            }
        }
        auto v = load(db, code);
        if (!v.ok())
            return v.error();
        if (Status st = recordChange(ctx, QStringLiteral("calendar"), code, tr("New calendar %1").arg(code), QJsonValue::Null, v->toJson());
            !st.ok())
            return st.error();
        return *v;
    });
}

Result<CalendarView> Calendars::setHours(const Caller &caller, const QString &code, int weekday,
                                         const QList<std::pair<QString, QString>> &intervals)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.hours"), Rights::RulesManage, code};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        Database &db = ctx.db();
        auto before = load(db, code);
        if (!before.ok())
            return before.error();
        QList<Reason> reasons;
        if (weekday < 1 || weekday > 7)
            reasons << Reason{QStringLiteral("circulation.bad_weekday"),
                              tr("A weekday is 1 (Monday) to 7 (Sunday), not %1.").arg(weekday)};
        QList<std::pair<int, int>> spans;
        for (const auto &[opens, closes] : intervals) {
            int a = 0, b = 0;
            if (!parseHhMm(opens, &a) || !parseHhMm(closes, &b) || a >= b || a >= 24 * 60) {
                reasons << Reason{QStringLiteral("circulation.bad_hours"),
                                  tr("%1–%2 is not an opening interval (HH:MM–HH:MM, opening before closing).").arg(opens, closes)};
                continue;
            }
            for (const auto &[x, y] : std::as_const(spans)) {
                if (a < y && x < b)
                    reasons << Reason{QStringLiteral("circulation.bad_hours"), tr("The opening intervals overlap.")};
            }
            spans << std::pair{a, b};
        }
        if (!reasons.isEmpty())
            return refusalFrom(reasons);
        if (Status st = execute(db, QStringLiteral("DELETE FROM calendar_hours WHERE calendar_id = ? AND weekday = ?"), {before->id, weekday});
            !st.ok())
            return st.error();
        for (const auto &[opens, closes] : intervals) {
            if (Status st = execute(db, QStringLiteral("INSERT INTO calendar_hours (calendar_id, weekday, opens, closes) VALUES (?, ?, ?, ?)"),
                                    {before->id, weekday, opens, closes});
                !st.ok())
                return st.error();
        }
        if (Status st = touch(ctx, before->id); !st.ok())
            return st.error();
        auto after = load(db, code);
        if (!after.ok())
            return after.error();
        if (Status st = recordChange(ctx, QStringLiteral("calendar"), before->code,
                                     tr("Opening hours of %1 on weekday %2").arg(before->code).arg(weekday),
                                     QJsonObject{{QStringLiteral("weekday"), weekday}, {QStringLiteral("hours"), hoursJson(*before, weekday)}},
                                     QJsonObject{{QStringLiteral("weekday"), weekday}, {QStringLiteral("hours"), hoursJson(*after, weekday)}});
            !st.ok())
            return st.error();
        return *after;
    });
}

Result<CalendarView> Calendars::addHoliday(const Caller &caller, const QString &code, const QDate &date, bool yearly,
                                           const QString &name)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.holiday_add"), Rights::RulesManage, code};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        Database &db = ctx.db();
        auto before = load(db, code);
        if (!before.ok())
            return before.error();
        if (!date.isValid())
            return Error::refused(QStringLiteral("circulation.bad_date"), tr("Give the holiday's date as YYYY-MM-DD."));
        // A yearly holiday is stored on its date; it repeats on the same month and day.
        for (const auto &h : std::as_const(before->holidays)) {
            if (h.date == date || (yearly && h.yearly && h.date.month() == date.month() && h.date.day() == date.day()))
                return Error::refused(QStringLiteral("circulation.duplicate_holiday"),
                                      tr("%1 already has the holiday \"%2\" on %3.").arg(before->code, h.name, h.date.toString(Qt::ISODate)));
        }
        const QString label = name.trimmed().isEmpty() ? tr("Holiday") : name.trimmed();
        if (Status st = execute(db, QStringLiteral("INSERT INTO calendar_holidays (calendar_id, on_date, yearly, name, created_op) "
                                                   "VALUES (?, ?, ?, ?, ?)"),
                                {before->id, date.toString(Qt::ISODate), yearly ? 1 : 0, label, ctx.operationId()});
            !st.ok())
            return st.error();
        if (Status st = touch(ctx, before->id); !st.ok())
            return st.error();
        if (Status st = recordChange(ctx, QStringLiteral("calendar"), before->code,
                                     tr("Holiday %1 on %2 added to %3").arg(label, date.toString(Qt::ISODate), before->code),
                                     QJsonValue::Null, holidayJson({date, yearly, label}));
            !st.ok())
            return st.error();
        return load(db, code);
    });
}

Result<CalendarView> Calendars::removeHoliday(const Caller &caller, const QString &code, const QDate &date)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.holiday_remove"), Rights::RulesManage, code};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        Database &db = ctx.db();
        auto before = load(db, code);
        if (!before.ok())
            return before.error();
        if (!date.isValid())
            return Error::refused(QStringLiteral("circulation.bad_date"), tr("Give the holiday's date as YYYY-MM-DD."));
        std::optional<CalendarView::Holiday> found;
        for (const auto &h : std::as_const(before->holidays)) {
            if (h.date == date)
                found = h;
        }
        if (!found)
            return Error::refused(QStringLiteral("circulation.unknown_holiday"),
                                  tr("%1 has no holiday on %2.").arg(before->code, date.toString(Qt::ISODate)));
        if (Status st = execute(db, QStringLiteral("DELETE FROM calendar_holidays WHERE calendar_id = ? AND on_date = ?"),
                                {before->id, date.toString(Qt::ISODate)});
            !st.ok())
            return st.error();
        if (Status st = touch(ctx, before->id); !st.ok())
            return st.error();
        if (Status st = recordChange(ctx, QStringLiteral("calendar"), before->code,
                                     tr("Holiday %1 on %2 removed from %3").arg(found->name, date.toString(Qt::ISODate), before->code),
                                     holidayJson(*found), QJsonValue::Null);
            !st.ok())
            return st.error();
        return load(db, code);
    });
}

Result<CalendarView> Calendars::assign(const Caller &caller, const QString &branch, const QString &code)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("calendar.assign"), Rights::RulesManage, branch};
    return m_core.execute<CalendarView>(caller, spec, [&](OperationContext &ctx) -> Result<CalendarView> {
        Database &db = ctx.db();
        auto b = branchByCode(db, branch);
        if (!b.ok())
            return b.error();
        auto v = load(db, code);
        if (!v.ok())
            return v.error();
        auto old = db.scalar(QStringLiteral("SELECT c.code FROM branches b LEFT JOIN calendars c ON c.id = b.calendar_id WHERE b.id = ?"),
                             {b->id});
        if (!old.ok())
            return old.error();
        if (Status st = execute(db, QStringLiteral("UPDATE branches SET calendar_id = ?, updated_op = ? WHERE id = ?"),
                                {v->id, ctx.operationId(), b->id});
            !st.ok())
            return st.error();
        const QString was = old->isNull() ? QStringLiteral("library") : old->toString();
        if (Status st = recordChange(ctx, QStringLiteral("calendar"), v->code, tr("Branch %1 follows calendar %2").arg(b->code, v->code),
                                     QJsonObject{{QStringLiteral("branch"), b->code}, {QStringLiteral("calendar"), was}},
                                     QJsonObject{{QStringLiteral("branch"), b->code}, {QStringLiteral("calendar"), v->code}});
            !st.ok())
            return st.error();
        return load(db, code);
    });
}

} // namespace Aksara::Circulation
