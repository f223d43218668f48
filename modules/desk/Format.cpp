#include "desk/Format.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace Aksara::Desk::Format {

namespace {
QTimeZone &zone()
{
    static QTimeZone z(QByteArrayLiteral("Asia/Jakarta"));
    return z;
}
} // namespace

QString money(qint64 rupiah)
{
    const QLocale locale;
    const QString digits = locale.toString(qAbs(rupiah));
    return (rupiah < 0 ? QStringLiteral("−Rp ") : QStringLiteral("Rp ")) + digits;
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return QString();
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone()).date();
}

QString dateOf(qint64 ms)
{
    return ms <= 0 ? QString() : date(localDate(ms));
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone());
    return QLocale().toString(t, QStringLiteral("d MMM yyyy HH:mm"));
}

QString timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone()).toString(QStringLiteral("HH:mm"));
}

void setLibraryZone(const QTimeZone &z)
{
    if (z.isValid())
        zone() = z;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid())
        return iso;
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})$"));
    const auto m = dmy.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

} // namespace Aksara::Desk::Format
