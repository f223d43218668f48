#pragma once

#include "core/Calendar.h"
#include "core/Database.h"
#include "core/Result.h"

#include <QJsonValue>
#include <QTimeZone>

namespace Aksara::ServiceManagement {

// Messages of this module, translated in the "Aksara::ServiceManagement" context.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// Values for binding: a NULL of the right type for an empty string / a zero id.
QVariant textOrNull(const QString &s);
QVariant idOrNull(qint64 id);
// Qt Sql binds a null QString as NULL: for NOT NULL text columns, an empty string instead.
QString nn(const QString &s);
// An instant as ISO 8601 UTC with milliseconds, or JSON null for 0.
QJsonValue isoOrNull(qint64 ms);
QString isoUtc(qint64 ms);
// Parses ISO 8601 ("2026-03-02T09:00:00Z", "2026-03-02T16:00:00+07:00") or a local date-time in
// the given zone ("2026-03-02 16:00"); -1 when it is neither.
qint64 parseInstant(const QString &text, const QTimeZone &zone);

// The library's time zone (settings "library.time_zone", Asia/Jakarta by default).
QTimeZone libraryZone(Database &db);
// The calendar with that id, or around the clock in the library's zone for 0.
Result<Calendar> calendarOrAlways(Database &db, qint64 calendarId);
// The id of the calendar "library" (0 when there is none).
qint64 libraryCalendarId(Database &db);

// A calendar month in the library's time zone: [fromMs, toMs).
struct Month {
    QString text; // "2026-03"
    QDate first;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};
// Errors report.bad_month (refused) for anything but YYYY-MM.
Result<Month> parseMonth(const QString &text, const QTimeZone &zone);

// A refusal for bad input given to a management action (code "<area>.bad_input").
Error badInput(const QString &area, const QString &message);

} // namespace Aksara::ServiceManagement
