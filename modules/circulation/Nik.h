#pragma once

#include "core/Result.h"

#include <QDate>

namespace Aksara::Circulation {

// The Indonesian national identity number (NIK, Nomor Induk Kependudukan): 16 digits
//   PP KK CC DDMMYY SSSS
//   PP      province code (Kemendagri): 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96
//   KK      regency (01–69) or city (71–99) within the province, never 00
//   CC      district within the regency, never 00
//   DDMMYY  date of birth; women add 40 to the day (41–71)
//   SSSS    serial number of people registered with the same region and birth date, never 0000
// A NIK has no check digit; these are the structural checks that catch mistyped numbers. When a
// birth date is known as well, the NIK's DDMMYY must agree with it.
namespace Nik {

struct Parsed {
    QString province;
    QString regency;
    QString district;
    int day = 0;   // 1–31 (already without the +40)
    int month = 0; // 1–12
    int yy = 0;    // two-digit year
    bool female = false;
    QString serial;
};

bool isKnownProvince(int code);
// Refusal circulation.bad_nik, with a message naming the part that is wrong.
Result<Parsed> parse(const QString &nik);
// parse() plus consistency with `birthDate` when it is valid. Refusals circulation.bad_nik,
// circulation.nik_birth_date_mismatch.
Status validate(const QString &nik, const QDate &birthDate = {});

} // namespace Nik
} // namespace Aksara::Circulation
