#include "core/LibraryProfile.h"

#include <QJsonValue>

namespace Aksara {

QString LibraryProfile::contactLine() const
{
    QStringList parts;
    for (const QString &p : {address, phone, email, website}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

QTimeZone LibraryProfile::zone() const
{
    QTimeZone z(timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
}

QJsonObject LibraryProfile::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("website"), website},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("language"), language},
            {QStringLiteral("logo"), logo.isEmpty() ? QJsonValue()
                                                    : QJsonValue(QJsonObject{{QStringLiteral("type"), logoType},
                                                                             {QStringLiteral("bytes"), logo.size()}})}};
}

QString LibraryProfile::imageType(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (data.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    return {};
}

Result<LibraryProfile> LibraryProfile::read(Database &db)
{
    LibraryProfile p;
    p.name = QStringLiteral("Aksara Library");
    auto q = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'library.%'"));
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == LibraryKeys::Name)
            p.name = value;
        else if (key == LibraryKeys::Address)
            p.address = value;
        else if (key == LibraryKeys::Phone)
            p.phone = value;
        else if (key == LibraryKeys::Email)
            p.email = value;
        else if (key == LibraryKeys::Website)
            p.website = value;
        else if (key == LibraryKeys::TimeZone)
            p.timeZone = value;
        else if (key == LibraryKeys::Language)
            p.language = value;
    }
    q->finish();
    auto logo = db.exec(QStringLiteral("SELECT media_type, data FROM library_files WHERE name = 'logo'"));
    if (!logo.ok())
        return logo.error();
    if (logo->next()) {
        p.logoType = logo->value(0).toString();
        p.logo = logo->value(1).toByteArray();
    }
    logo->finish();
    return p;
}

} // namespace Aksara
