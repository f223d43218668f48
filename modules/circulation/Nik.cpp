#include "circulation/Nik.h"

#include "circulation/Internal.h"

#include <QCoreApplication>

namespace Aksara::Circulation::Nik {

namespace {
// The context lupdate records for free functions of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Circulation::Nik", text);
}
} // namespace

bool isKnownProvince(int code)
{
    return (code >= 11 && code <= 19) || code == 21 || (code >= 31 && code <= 36) || (code >= 51 && code <= 53)
           || (code >= 61 && code <= 65) || (code >= 71 && code <= 76) || code == 81 || code == 82
           || (code >= 91 && code <= 96);
}

Result<Parsed> parse(const QString &nik)
{
    auto bad = [&](const QString &why) {
        return Error::refused(QStringLiteral("circulation.bad_nik"), tr("The NIK %1 is not valid: %2").arg(nik, why));
    };
    if (nik.size() != 16)
        return bad(tr("a NIK has 16 digits, this one has %1 characters.").arg(nik.size()));
    for (QChar c : nik) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return bad(tr("a NIK has digits only."));
    }
    Parsed p;
    p.province = nik.mid(0, 2);
    p.regency = nik.mid(2, 2);
    p.district = nik.mid(4, 2);
    p.serial = nik.mid(12, 4);
    if (!isKnownProvince(p.province.toInt()))
        return bad(tr("%1 is not a province code.").arg(p.province));
    if (p.regency == QLatin1String("00"))
        return bad(tr("the regency/city code cannot be 00."));
    if (p.district == QLatin1String("00"))
        return bad(tr("the district code cannot be 00."));
    int dd = nik.mid(6, 2).toInt();
    p.month = nik.mid(8, 2).toInt();
    p.yy = nik.mid(10, 2).toInt();
    if (dd > 40) {
        p.female = true;
        dd -= 40;
    }
    p.day = dd;
    if (p.month < 1 || p.month > 12)
        return bad(tr("the month of birth (digits 9–10) is %1.").arg(nik.mid(8, 2)));
    // The century is not in the NIK; 29 February needs a leap year in one of the two candidates.
    const bool valid = QDate::isValid(2000 + p.yy, p.month, p.day) || QDate::isValid(1900 + p.yy, p.month, p.day);
    if (p.day < 1 || !valid)
        return bad(tr("the day of birth (digits 7–8, plus 40 for women) is %1.").arg(nik.mid(6, 2)));
    if (p.serial == QLatin1String("0000"))
        return bad(tr("the serial number (last 4 digits) cannot be 0000."));
    return p;
}

Status validate(const QString &nik, const QDate &birthDate)
{
    auto p = parse(nik);
    if (!p.ok())
        return p.error();
    if (birthDate.isValid()
        && (birthDate.day() != p->day || birthDate.month() != p->month || birthDate.year() % 100 != p->yy))
        return Error::refused(QStringLiteral("circulation.nik_birth_date_mismatch"),
                              tr("The NIK %1 says the date of birth is %2-%3-%4, but the birth date given is %5.")
                                  .arg(nik)
                                  .arg(p->day, 2, 10, QLatin1Char('0'))
                                  .arg(p->month, 2, 10, QLatin1Char('0'))
                                  .arg(p->yy, 2, 10, QLatin1Char('0'))
                                  .arg(birthDate.toString(QStringLiteral("dd-MM-yyyy"))));
    return {};
}

} // namespace Aksara::Circulation::Nik
