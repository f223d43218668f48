#include "demo/DemoLibrary.h"

#include "core/PasswordHash.h"
#include "core/StaffDirectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Aksara::Demo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Demo", text);
}

struct Row {
    QString title, subtitle, author, otherAuthors, publisher, place, year, language, subjects, ddc, series, pages,
        recordType, copies, isbn;
};

Result<QList<Row>> readCatalogue()
{
    QFile f(QStringLiteral(":/aksara/demo/catalogue.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("demo.data"), tr("The demo catalogue is missing from this build."));
    QList<Row> rows;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n'));
        if (header) {
            header = false;
            continue;
        }
        const QStringList c = line.split(QLatin1Char('\t'));
        if (c.size() != 15)
            continue;
        rows << Row{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14]};
    }
    return rows;
}

QString randomSecret(int n)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString p;
    for (int i = 0; i < n; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return p;
}

// Luhn check digit over the digits of `number`.
int luhn(const QString &digits)
{
    int sum = 0;
    bool dbl = true;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
}

const char *const kGiven[] = {"Siti",  "Budi",   "Dewi",  "Agus",   "Rina",   "Andi",  "Nur",   "Ahmad", "Putri",
                              "Eko",   "Wahyu",  "Fitri", "Yusuf",  "Ratna",  "Hendra", "Indah", "Rizky", "Maya",
                              "Bayu",  "Lestari", "Joko", "Ayu",    "Dimas",  "Sri",   "Teguh", "Wulan", "Fajar",
                              "Intan", "Gilang", "Nia"};
const char *const kFamily[] = {"Rahayu",  "Santoso", "Wijaya",  "Hidayat", "Kusuma",  "Saputra", "Lestari",
                               "Siregar", "Nasution", "Pratama", "Hasibuan", "Sinaga", "Setiawan", "Gunawan",
                               "Purnama", "Harahap", "Simanjuntak", "Utami", "Ramadhan", "Suryani"};
} // namespace

QJsonObject DemoSummary::toJson() const
{
    QJsonArray s;
    for (const auto &d : staff)
        s << QJsonObject{{QStringLiteral("username"), d.username}, {QStringLiteral("role"), d.role},
                         {QStringLiteral("password"), d.password}};
    QJsonArray k;
    for (const auto &[card, pin] : kioskPatrons)
        k << QJsonObject{{QStringLiteral("card"), card}, {QStringLiteral("pin"), pin}};
    return {{QStringLiteral("library"), libraryName},   {QStringLiteral("branches"), branches},
            {QStringLiteral("categories"), categories}, {QStringLiteral("patrons"), patrons},
            {QStringLiteral("records"), records},       {QStringLiteral("items"), items},
            {QStringLiteral("staff"), s},               {QStringLiteral("kiosk_patrons"), k}};
}

Result<DemoSummary> DemoLibrary::load(const Caller &caller, const std::function<void(int, int)> &progress)
{
    auto rows = readCatalogue();
    if (!rows.ok())
        return rows.error();

    DemoSummary summary;
    summary.libraryName = QStringLiteral("Perpustakaan Provinsi Nusantara");
    // Slow hashes first, outside the write transaction.
    const QStringList roles{QStringLiteral("admin"), QStringLiteral("librarian"), QStringLiteral("supervisor"),
                            QStringLiteral("kiosk")};
    const QStringList users{QStringLiteral("admin"), QStringLiteral("pustakawan"), QStringLiteral("supervisor"),
                            QStringLiteral("kiosk1")};
    QList<QString> staffHashes;
    for (int i = 0; i < users.size(); ++i) {
        DemoStaff s{users[i], roles[i], randomSecret(12)};
        auto h = PasswordHash::hash(s.password);
        if (!h.ok())
            return h.error();
        staffHashes << *h;
        summary.staff << s;
    }
    QList<QString> pinHashes;
    for (int i = 0; i < 3; ++i) {
        const QString pin = QString::number(QRandomGenerator::system()->bounded(1000, 9999));
        auto h = PasswordHash::hash(pin);
        if (!h.ok())
            return h.error();
        pinHashes << *h;
        summary.kioskPatrons << std::pair{QString(), pin};
    }

    const OperationSpec spec{Services::Administration, QStringLiteral("demo.load"), Rights::SystemAdmin};
    return m_core.execute<DemoSummary>(caller, spec, [&](OperationContext &ctx) -> Result<DemoSummary> {
        Database &db = ctx.db();
        auto existing = db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM patrons) + (SELECT COUNT(*) FROM bib_records)"));
        if (!existing.ok())
            return existing.error();
        if (existing->toLongLong() > 0)
            return Error::refused(QStringLiteral("demo.not_empty"),
                                  tr("This database already holds patrons or records; the demo library only goes into "
                                     "an empty one."));
        const qint64 op = ctx.operationId();
        auto exec = [&](const QString &sql, const QVariantList &binds) -> Result<qint64> {
            auto q = db.exec(sql, binds);
            if (!q.ok())
                return q.error();
            qint64 id = 0;
            if (q->next())
                id = q->value(0).toLongLong();
            q->finish();
            return id;
        };
        // Library-wide settings and structure: part of this operation.
        for (const auto &[k, v] : {std::pair{QStringLiteral("library.name"), summary.libraryName},
                                   std::pair{QStringLiteral("card.prefix"), QStringLiteral("AKS")}}) {
            auto r = exec(QStringLiteral("INSERT INTO settings (key, value, updated_op) VALUES (?, ?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                         "updated_op = excluded.updated_op RETURNING 0"),
                          {k, v, op});
            if (!r.ok())
                return r.error();
        }
        auto calendar = db.scalar(QStringLiteral("SELECT id FROM calendars WHERE code = 'library'"));
        if (!calendar.ok())
            return calendar.error();
        QList<qint64> branchIds;
        for (const auto &[code, name, address] :
             {std::tuple{QStringLiteral("PUSAT"), QStringLiteral("Perpustakaan Pusat"), QStringLiteral("Jl. Ahmad Yani No. 1")},
              std::tuple{QStringLiteral("TAMAN"), QStringLiteral("Layanan Taman Kota"), QStringLiteral("Jl. Gajah Mada No. 45")}}) {
            auto id = exec(QStringLiteral("INSERT INTO branches (code, name, address, calendar_id, created_op, updated_op) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {code, name, address, *calendar, op, op});
            if (!id.ok())
                return id.error();
            branchIds << *id;
        }
        summary.branches = int(branchIds.size());
        struct Category {
            QString code, name;
            int months, debt;
        };
        QList<qint64> categoryIds;
        QList<int> categoryMonths;
        for (const Category &c : {Category{QStringLiteral("UMUM"), QStringLiteral("Umum"), 24, 50000},
                                  Category{QStringLiteral("PELAJAR"), QStringLiteral("Pelajar/Mahasiswa"), 12, 20000},
                                  Category{QStringLiteral("ANAK"), QStringLiteral("Anak"), 12, 10000}}) {
            auto id = exec(QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, "
                                          "created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {c.code, c.name, c.months, c.debt, op, op});
            if (!id.ok())
                return id.error();
            categoryIds << *id;
            categoryMonths << c.months;
        }
        summary.categories = int(categoryIds.size());
        for (int i = 0; i < users.size(); ++i) {
            auto id = exec(QStringLiteral("INSERT INTO staff (username, display_name, password_hash, role, branch_id, "
                                          "created_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           {users[i], users[i], staffHashes[i], roles[i], branchIds.first(), ctx.nowMs(), op, op});
            if (!id.ok())
                return id.error();
        }

        // Patrons: each registration is an operation of the membership service.
        const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), Qt::UTC).toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Jakarta"))).date();
        QRandomGenerator rng(20261127); // the same demo patrons every time
        const int patronCount = 60;
        for (int i = 0; i < patronCount; ++i) {
            const QString name = QString::fromLatin1(kGiven[rng.bounded(int(std::size(kGiven)))]) + QLatin1Char(' ')
                                 + QString::fromLatin1(kFamily[rng.bounded(int(std::size(kFamily)))]);
            const int cat = i < 40 ? 0 : i < 52 ? 1 : 2;
            const int age = cat == 0 ? rng.bounded(20, 70) : cat == 1 ? rng.bounded(15, 24) : rng.bounded(6, 13);
            const QDate birth = today.addYears(-age).addDays(-rng.bounded(0, 364));
            const bool female = rng.bounded(2) == 0;
            // NIK: region 617101 (a district of Kota Pontianak), birth date DDMMYY (+40 on the day for women), serial.
            const QString nik = QStringLiteral("617101%1%2%3%4")
                                    .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                                    .arg(birth.month(), 2, 10, QLatin1Char('0'))
                                    .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                                    .arg(i + 1, 4, 10, QLatin1Char('0'));
            const QString body = QStringLiteral("%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            const QString card = QStringLiteral("AKS") + body + QString::number(luhn(body));
            const QDate registered = today.addDays(-rng.bounded(10, 300));
            const QDate expires = registered.addMonths(categoryMonths[cat]);
            const qint64 branch = branchIds[i % 2];
            const QString pinHash = i < pinHashes.size() ? pinHashes[i] : QString();
            if (i < pinHashes.size())
                summary.kioskPatrons[i].first = card;
            Status st = m_core.run(ctx.caller(), {Services::Membership, QStringLiteral("patron.register"), Rights::PatronManage, card},
                                   [&](OperationContext &p) -> Status {
                                       auto id = exec(QStringLiteral(
                                                          "INSERT INTO patrons (card_number, nik, name, birth_date, address, "
                                                          "phone, email, home_branch_id, category_id, registered_on, "
                                                          "expires_on, pin_hash, language, created_at, created_op, updated_op) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'id', ?, ?, ?) RETURNING id"),
                                                      {card, nik, name, birth.toString(Qt::ISODate),
                                                       QStringLiteral("Jl. Merdeka No. %1, Pontianak").arg(rng.bounded(1, 200)),
                                                       QStringLiteral("08%1").arg(rng.bounded(100000000, 999999999)),
                                                       QStringLiteral(""), branch, categoryIds[cat], registered.toString(Qt::ISODate),
                                                       expires.toString(Qt::ISODate),
                                                       pinHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(pinHash),
                                                       p.nowMs(), p.operationId(), p.operationId()});
                                       return id.ok() ? Status() : Status(id.error());
                                   });
            if (!st.ok())
                return st.error();
        }
        summary.patrons = patronCount;

        // The catalogue: each record and each copy is an operation of the cataloguing service.
        int barcode = 20000001;
        int done = 0;
        for (const Row &r : std::as_const(*rows)) {
            const QString itemType = r.recordType == QLatin1String("dvd") || r.recordType == QLatin1String("audiobook")
                                         ? QStringLiteral("av")
                                     : r.recordType == QLatin1String("magazine") ? QStringLiteral("periodical")
                                     : r.recordType == QLatin1String("map")      ? QStringLiteral("reference")
                                                                                 : QStringLiteral("book");
            qint64 bib = 0;
            Status st = m_core.run(ctx.caller(), {Services::Cataloguing, QStringLiteral("record.create"), Rights::CatalogueEdit, r.title},
                                   [&](OperationContext &c) -> Status {
                                       auto id = exec(QStringLiteral(
                                                          "INSERT INTO bib_records (title, author, publisher, year, isbn, "
                                                          "language, record_type, call_number, created_at, updated_at, "
                                                          "created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                          "RETURNING id"),
                                                      {r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" : ") + r.subtitle,
                                                       r.author, r.publisher, r.year.toInt(),
                                                       r.isbn.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.isbn),
                                                       r.language, r.recordType, r.ddc, c.nowMs(), c.nowMs(),
                                                       c.operationId(), c.operationId()});
                                       if (!id.ok())
                                           return id.error();
                                       bib = *id;
                                       return {};
                                   });
            if (!st.ok())
                return st.error();
            ++summary.records;
            const int copies = qBound(1, r.copies.toInt(), 5);
            for (int k = 0; k < copies; ++k) {
                const QString code = QString::number(barcode++);
                const QString location = r.ddc.startsWith(QLatin1String("899")) ? QStringLiteral("Fiksi Indonesia")
                                         : r.ddc.startsWith(QLatin1String("8")) ? QStringLiteral("Sastra")
                                         : itemType == QLatin1String("periodical") ? QStringLiteral("Ruang Terbitan Berkala")
                                         : itemType == QLatin1String("av") ? QStringLiteral("Ruang Multimedia")
                                         : QStringLiteral("Rak %1").arg(r.ddc.left(1) + QStringLiteral("00"));
                Status it = m_core.run(ctx.caller(), {Services::Cataloguing, QStringLiteral("item.create"), Rights::CatalogueEdit, code},
                                       [&](OperationContext &c) -> Status {
                                           auto id = exec(QStringLiteral(
                                                              "INSERT INTO items (barcode, bib_id, branch_id, location, "
                                                              "call_number, item_type, price, acquired_on, created_op, "
                                                              "updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                                          {code, bib, branchIds[k % 2], location, r.ddc, itemType,
                                                           85000 + 5000 * (r.title.size() % 10),
                                                           today.addDays(-30 * (k + 1)).toString(Qt::ISODate),
                                                           c.operationId(), c.operationId()});
                                           return id.ok() ? Status() : Status(id.error());
                                       });
                if (!it.ok())
                    return it.error();
                ++summary.items;
            }
            if (progress)
                progress(++done, int(rows->size()));
        }
        return summary;
    });
}

} // namespace Aksara::Demo
