#include "service/Common.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Aksara::ServiceManagement {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Aksara::ServiceManagement", text, disambiguation, n);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue() : QJsonValue(isoUtc(ms));
}

qint64 parseInstant(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    // With an explicit zone or Z: ISO 8601 as is.
    static const QRegularExpression withZone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (withZone.match(t).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
    }
    for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        QDateTime dt = QDateTime::fromString(t, format);
        if (dt.isValid()) {
            dt = QDateTime(dt.date(), dt.time(), zone);
            return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
        }
    }
    return -1;
}

QTimeZone libraryZone(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'library.time_zone'"));
    if (v.ok() && !v->isNull()) {
        QTimeZone zone(v->toString().toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
}

Result<Calendar> calendarOrAlways(Database &db, qint64 calendarId)
{
    if (calendarId == 0)
        return Calendar::alwaysOpen(libraryZone(db));
    return Calendar::load(db, calendarId);
}

qint64 libraryCalendarId(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT id FROM calendars WHERE code = 'library'"));
    return v.ok() && !v->isNull() ? v->toLongLong() : 0;
}

Result<Month> parseMonth(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid() || first.year() < 2000 || first.year() > 2999)
        return Error::refused(QStringLiteral("report.bad_month"),
                              tr("\"%1\" is not a month: write it as YYYY-MM, for example 2026-03.").arg(text));
    Month month;
    month.text = first.toString(QStringLiteral("yyyy-MM"));
    month.first = first;
    month.fromMs = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
    month.toMs = QDateTime(first.addMonths(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    return month;
}

Error badInput(const QString &area, const QString &message)
{
    return Error::refused(area + QStringLiteral(".bad_input"), message);
}

} // namespace Aksara::ServiceManagement
