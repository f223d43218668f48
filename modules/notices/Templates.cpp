#include "notices/Templates.h"

#include <QDate>
#include <QLocale>

namespace Aksara::Notices::Templates {

namespace {
struct Text {
    const char *subject;
    const char *text;
    const char *shortText;
};

const QHash<QString, Text> &indonesian()
{
    static const QHash<QString, Text> t{
        {QStringLiteral("overdue"),
         {"Pengingat: buku pinjaman Anda sudah lewat jatuh tempo",
          "Yth. {name},\n\n"
          "Buku \"{title}\" ({item}) yang Anda pinjam seharusnya dikembalikan pada {due_on}. Mohon segera "
          "dikembalikan ke perpustakaan atau diperpanjang. Denda keterlambatan berlaku sesuai ketentuan.\n\n"
          "Nomor anggota: {card}\n\n"
          "Salam,\n{library}\n{library_phone}\n",
          "{library}: \"{title}\" jatuh tempo {due_on}. Mohon segera dikembalikan atau diperpanjang."}},
        {QStringLiteral("hold_ready"),
         {"Buku pesanan Anda sudah dapat diambil",
          "Yth. {name},\n\n"
          "Buku \"{title}\" yang Anda pesan sudah tersedia dan dapat diambil di {pickup_branch} sampai "
          "{expires_on}. Setelah tanggal itu pesanan dibatalkan.\n\n"
          "Nomor anggota: {card}\n\n"
          "Salam,\n{library}\n{library_phone}\n",
          "{library}: \"{title}\" siap diambil di {pickup_branch} sampai {expires_on}."}},
        {QStringLiteral("hold_expiring"),
         {"Pengingat: ambil buku pesanan Anda",
          "Yth. {name},\n\n"
          "Buku \"{title}\" yang Anda pesan masih menunggu di {pickup_branch}. Hari terakhir pengambilan adalah "
          "{expires_on}; setelah itu pesanan dibatalkan.\n\n"
          "Nomor anggota: {card}\n\n"
          "Salam,\n{library}\n{library_phone}\n",
          "{library}: ambil \"{title}\" di {pickup_branch} paling lambat {expires_on}."}},
        {QStringLiteral("membership_expiring"),
         {"Keanggotaan perpustakaan Anda akan berakhir",
          "Yth. {name},\n\n"
          "Keanggotaan Anda (nomor anggota {card}) berlaku sampai {expires_on}. Silakan perpanjang di meja "
          "layanan agar tetap dapat meminjam.\n\n"
          "Salam,\n{library}\n{library_phone}\n",
          "{library}: keanggotaan {card} berakhir {expires_on}. Perpanjang di meja layanan."}},
    };
    return t;
}

const QHash<QString, Text> &english()
{
    static const QHash<QString, Text> t{
        {QStringLiteral("overdue"),
         {"Reminder: your loan is overdue",
          "Dear {name},\n\n"
          "\"{title}\" ({item}), which you borrowed, was due back on {due_on}. Please return or renew it soon. "
          "Overdue fees apply as the library's rules say.\n\n"
          "Card number: {card}\n\n"
          "Regards,\n{library}\n{library_phone}\n",
          "{library}: \"{title}\" was due on {due_on}. Please return or renew it."}},
        {QStringLiteral("hold_ready"),
         {"Your hold is ready for pickup",
          "Dear {name},\n\n"
          "\"{title}\", which you reserved, is ready for you at {pickup_branch} until {expires_on}. After that "
          "day the hold is cancelled.\n\n"
          "Card number: {card}\n\n"
          "Regards,\n{library}\n{library_phone}\n",
          "{library}: \"{title}\" is ready at {pickup_branch} until {expires_on}."}},
        {QStringLiteral("hold_expiring"),
         {"Reminder: pick up your hold",
          "Dear {name},\n\n"
          "\"{title}\", which you reserved, is still waiting for you at {pickup_branch}. The last day to pick it "
          "up is {expires_on}; after that the hold is cancelled.\n\n"
          "Card number: {card}\n\n"
          "Regards,\n{library}\n{library_phone}\n",
          "{library}: pick up \"{title}\" at {pickup_branch} by {expires_on}."}},
        {QStringLiteral("membership_expiring"),
         {"Your library membership is about to end",
          "Dear {name},\n\n"
          "Your membership (card number {card}) is valid until {expires_on}. Please renew it at the desk to keep "
          "borrowing.\n\n"
          "Regards,\n{library}\n{library_phone}\n",
          "{library}: membership {card} ends on {expires_on}. Renew it at the desk."}},
    };
    return t;
}

QString fill(const char *text, const QHash<QString, QString> &values)
{
    QString out = QString::fromUtf8(text);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return out.trimmed() + (out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QString());
}
} // namespace

Rendered render(const QString &kind, const QString &language, const QHash<QString, QString> &values)
{
    const QHash<QString, Text> &texts = language == QLatin1String("en") ? english() : indonesian();
    const auto it = texts.constFind(kind);
    if (it == texts.cend())
        return {};
    return {fill(it->subject, values), fill(it->text, values), fill(it->shortText, values)};
}

QString longDate(const QString &isoDate, const QString &language)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Indonesian,
                         language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Indonesia);
    return locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace Aksara::Notices::Templates
