#pragma once

#include "core/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Aksara {

// The settings keys of the library's identity (table settings; the logo is in library_files).
namespace LibraryKeys {
inline const QString Name = QStringLiteral("library.name");
inline const QString Address = QStringLiteral("library.address");
inline const QString Phone = QStringLiteral("library.phone");
inline const QString Email = QStringLiteral("library.email");
inline const QString Website = QStringLiteral("library.website");
inline const QString TimeZone = QStringLiteral("library.time_zone");
// The language of notices, slips and receipts for patrons who have not chosen one, and of new
// patrons' records.
inline const QString Language = QStringLiteral("library.language");
} // namespace LibraryKeys

// Who the library is, as cards, slips, receipts, the kiosk, the reports window and the monthly
// report show it. Written by the library module's administration (modules/library); read here by
// everyone who prints the library's name.
struct LibraryProfile {
    QString name;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString timeZone = QStringLiteral("Asia/Jakarta");
    QString language = QStringLiteral("id");
    QByteArray logo; // PNG or JPEG; empty: none
    QString logoType; // image/png, image/jpeg

    // One line for the foot of a slip or a report: address · phone · e-mail · website, the empty
    // ones left out.
    QString contactLine() const;
    QTimeZone zone() const;
    QJsonObject toJson() const; // without the logo's bytes ("logo": {"type", "bytes"} or null)

    // Reads the profile; a database without the values gives the defaults ("Aksara Library").
    static Result<LibraryProfile> read(Database &db);
    // PNG or JPEG by its signature, else empty.
    static QString imageType(const QByteArray &data);
};

} // namespace Aksara
