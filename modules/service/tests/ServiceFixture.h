#pragma once

#include "tests/core/CoreFixture.h"

#include "service/Common.h"

#include <QJsonArray>
#include <QJsonObject>
#include "Checks.h"

// REQUIRE(r.ok()) that prints the error's code and message when it fails.

namespace Aksara::Test {

inline const QTimeZone kJakarta(QByteArrayLiteral("Asia/Jakarta"));
inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kHour = 60 * kMinute;

// A local instant in the library's zone (Asia/Jakarta, UTC+7, no daylight saving).
inline qint64 at(int y, int m, int d, int hh, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), kJakarta).toMSecsSinceEpoch();
}

// The core fixture plus helpers for service management: a supervisor, time travel, operations of a
// given outcome and duration at a given instant.
struct ServiceFixture : CoreFixture {
    Caller supervisor = Caller::staff(Channel::Desk, 1, QStringLiteral("rina"), Role::Supervisor, QStringLiteral("desk-1"));
    Caller librarian = Caller::staff(Channel::Desk, 2, QStringLiteral("budi"), Role::Librarian, QStringLiteral("desk-2"));
    Caller evaluator = Caller::system(QStringLiteral("evaluator"));

    void setNow(qint64 ms) { clock.set(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }

    // Runs one operation of `service` at the clock's instant that takes durationUs and ends in
    // `outcome` (ok, refused or failed with `errorCode`).
    qint64 operation(const QString &service, Outcome outcome, qint64 durationUs = 1000,
                     const QString &errorCode = QStringLiteral("test.failure"),
                     const QString &op = QStringLiteral("test.op"))
    {
        Status st = core.run(admin, {service, op, {}}, [&](OperationContext &) -> Status {
            clock.spendUs(durationUs);
            if (outcome == Outcome::Refused)
                return Error::refused(QStringLiteral("test.refused"), QStringLiteral("no"));
            if (outcome == Outcome::Failed)
                return Error::failed(errorCode, QStringLiteral("it broke"));
            return {};
        });
        REQUIRE(st.ok() == (outcome == Outcome::Ok));
        return ServiceCore::lastOperationId();
    }

    // Adds a one-off holiday to the library calendar through the core, as an administrator would.
    void addHoliday(const QString &date, const QString &name)
    {
        Status st = core.run(admin, {Services::Administration, QStringLiteral("calendar.holiday"), {}},
                             [&](OperationContext &ctx) -> Status {
                                 auto q = ctx.db().exec(QStringLiteral("INSERT INTO calendar_holidays (calendar_id, on_date, "
                                                                       "yearly, name, created_op) SELECT id, ?, 0, ?, ? FROM "
                                                                       "calendars WHERE code = 'library'"),
                                                        {date, name, ctx.operationId()});
                                 if (!q.ok())
                                     return q.error();
                                 return {};
                             });
        REQUIRE(st.ok());
    }

    QString text(const QString &sql, const QVariantList &binds = {})
    {
        auto v = db().scalar(sql, binds);
        REQUIRE(v.ok());
        return v->toString();
    }
};

} // namespace Aksara::Test
