#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

// How the desk shows dates, instants and money: in the interface locale (QLocale's default, set at
// start-up from the interface language). Indonesian: "Rp 5.000", "2 Mar 2026"; English: "Rp 5,000",
// "2 Mar 2026". Day, month, year in both languages.
namespace Aksara::Desk::Format {

QString money(qint64 rupiah);
QString date(const QDate &date);
// An instant (epoch ms UTC) in the library's time zone (setLibraryZone; Asia/Jakarta by default).
QString dateTime(qint64 ms);
QString dateOf(qint64 ms);
QString timeOf(qint64 ms); // HH:mm
QDate localDate(qint64 ms);
void setLibraryZone(const QTimeZone &zone);
// Parses a date typed as day-month-year ("2-3-2026", "02/03/2026", "2.3.2026") or ISO
// ("2026-03-02"); an invalid QDate otherwise.
QDate parseDate(const QString &text);

} // namespace Aksara::Desk::Format
