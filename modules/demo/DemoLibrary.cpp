#include "demo/DemoLibrary.h"

#include "catalogue/Catalogue.h"
#include "circulation/Calendars.h"
#include "collection/Collection.h"
#include "circulation/Holds.h"
#include "circulation/LoanRules.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "circulation/Fees.h"
#include "core/Calendar.h"
#include "core/PasswordHash.h"
#include "core/StaffDirectory.h"

#include <QElapsedTimer>
#include <QSet>

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
            {QStringLiteral("days"), days},             {QStringLiteral("loans"), loans},
            {QStringLiteral("returns"), returns},       {QStringLiteral("open_loans"), openLoans},
            {QStringLiteral("holds"), holds},           {QStringLiteral("staff"), s},
            {QStringLiteral("kiosk_patrons"), k}};
}

namespace {
// The demo's own clock: it starts kDays days ago and is moved forward by the simulation; the
// monotonic reading is real, so operation durations are the real ones.
class SimulatedClock final : public Clock {
public:
    explicit SimulatedClock(qint64 startMs) : m_ms(startMs) { m_timer.start(); }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    qint64 monotonicNs() const override { return m_timer.nsecsElapsed(); }
    void set(qint64 ms) { m_ms = std::max(m_ms, ms); }

private:
    qint64 m_ms;
    QElapsedTimer m_timer;
};

// 2026's national holidays in Indonesia (one-off dates move with the lunar calendars) and the
// fixed ones every year.
struct Holiday {
    int y, m, d;
    bool yearly;
    const char *name;
};
const Holiday kHolidays[] = {
    {2026, 1, 1, true, "Tahun Baru Masehi"},       {2026, 5, 1, true, "Hari Buruh"},
    {2026, 6, 1, true, "Hari Lahir Pancasila"},    {2026, 8, 17, true, "Hari Kemerdekaan RI"},
    {2026, 12, 25, true, "Hari Raya Natal"},       {2026, 2, 17, false, "Tahun Baru Imlek"},
    {2026, 3, 19, false, "Hari Suci Nyepi"},       {2026, 3, 20, false, "Idul Fitri"},
    {2026, 3, 21, false, "Idul Fitri"},            {2026, 4, 3, false, "Wafat Yesus Kristus"},
    {2026, 5, 14, false, "Kenaikan Yesus Kristus"}, {2026, 5, 27, false, "Idul Adha"},
    {2026, 5, 31, false, "Hari Raya Waisak"},      {2026, 6, 16, false, "Tahun Baru Islam"},
    {2026, 8, 25, false, "Maulid Nabi Muhammad"},
};
} // namespace

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
    QStringList pins;
    for (int i = 0; i < 3; ++i)
        pins << QString::number(QRandomGenerator::system()->bounded(1000, 9999));

    const QTimeZone zone(QByteArrayLiteral("Asia/Jakarta"));
    const QDate today = m_core.clock().now().toTimeZone(zone).date();
    const QDate firstDay = today.addDays(-kDays);
    SimulatedClock clock(QDateTime(firstDay, QTime(7, 30), zone).toMSecsSinceEpoch());
    ServiceCore sim(m_core.database(), clock);
    const int totalSteps = int(rows->size()) + kDays;
    int step = 0;

    const OperationSpec spec{Services::Administration, QStringLiteral("demo.load"), Rights::SystemAdmin};
    return sim.execute<DemoSummary>(caller, spec, [&](OperationContext &ctx) -> Result<DemoSummary> {
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

        // The library's structure: part of this operation.
        for (const auto &[k, v] : {std::pair{QStringLiteral("library.name"), summary.libraryName},
                                   std::pair{QStringLiteral("library.address"), QStringLiteral("Jl. Ahmad Yani No. 1, Pontianak")},
                                   std::pair{QStringLiteral("library.phone"), QStringLiteral("0561 734 000")},
                                   std::pair{QStringLiteral("library.email"), QStringLiteral("layanan@perpustakaan-nusantara.example")},
                                   std::pair{QStringLiteral("circulation.default_branch"), QStringLiteral("PUSAT")},
                                   std::pair{QStringLiteral("circulation.default_category"), QStringLiteral("UMUM")}}) {
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
        const QStringList branchCodes{QStringLiteral("PUSAT"), QStringLiteral("TAMAN")};
        for (const auto &[code, name, address] :
             {std::tuple{branchCodes[0], QStringLiteral("Perpustakaan Pusat"), QStringLiteral("Jl. Ahmad Yani No. 1")},
              std::tuple{branchCodes[1], QStringLiteral("Layanan Taman Kota"), QStringLiteral("Jl. Gajah Mada No. 45")}}) {
            auto id = exec(QStringLiteral("INSERT INTO branches (code, name, address, calendar_id, created_op, updated_op) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {code, name, address, *calendar, op, op});
            if (!id.ok())
                return id.error();
            branchIds << *id;
        }
        summary.branches = int(branchIds.size());
        // The library's logo (resources/demo/logo.png, drawn for the demo) and the shelving
        // locations of both branches.
        {
            QFile logo(QStringLiteral(":/aksara/demo/logo.png"));
            if (!logo.open(QIODevice::ReadOnly))
                return Error::failed(QStringLiteral("demo.data"), tr("The demo library's logo is missing from this build."));
            auto r = exec(QStringLiteral("INSERT INTO library_files (name, media_type, data, updated_op) VALUES ('logo', "
                                         "'image/png', ?, ?) RETURNING 0"),
                          {logo.readAll(), op});
            if (!r.ok())
                return r.error();
        }
        QStringList shelves{QStringLiteral("Fiksi Indonesia"), QStringLiteral("Sastra"), QStringLiteral("Ruang Terbitan Berkala"),
                            QStringLiteral("Ruang Multimedia")};
        for (int d = 0; d <= 9; ++d)
            shelves << QStringLiteral("Rak %1").arg(d * 100, 3, 10, QLatin1Char('0'));
        for (qint64 branch : std::as_const(branchIds)) {
            for (const QString &shelf : std::as_const(shelves)) {
                auto r = exec(QStringLiteral("INSERT INTO locations (branch_id, code, name, created_op, updated_op) VALUES "
                                             "(?, ?, ?, ?, ?) RETURNING 0"),
                              {branch, shelf, shelf, op, op});
                if (!r.ok())
                    return r.error();
            }
        }
        struct Category {
            QString code, name;
            int months, debt;
        };
        const QList<Category> categories{Category{QStringLiteral("UMUM"), QStringLiteral("Umum"), 24, 50000},
                                         Category{QStringLiteral("PELAJAR"), QStringLiteral("Pelajar/Mahasiswa"), 12, 20000},
                                         Category{QStringLiteral("ANAK"), QStringLiteral("Anak"), 12, 10000}};
        for (const Category &c : categories) {
            auto id = exec(QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, "
                                          "created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {c.code, c.name, c.months, c.debt, op, op});
            if (!id.ok())
                return id.error();
        }
        summary.categories = int(categories.size());
        for (int i = 0; i < users.size(); ++i) {
            auto id = exec(QStringLiteral("INSERT INTO staff (username, display_name, password_hash, role, branch_id, "
                                          "created_at, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           {users[i], users[i], staffHashes[i], roles[i], branchIds.first(), ctx.nowMs(), op, op});
            if (!id.ok())
                return id.error();
        }
        const Caller desk = Caller::staff(Channel::Desk, 0, QStringLiteral("pustakawan"), Role::Librarian,
                                          QStringLiteral("desk-pusat-1"));
        const Caller supervisor = Caller::staff(Channel::Desk, 0, QStringLiteral("supervisor"), Role::Supervisor,
                                                QStringLiteral("desk-pusat-1"));

        // Holidays and loan rules, through circulation (each edit is a change record).
        Circulation::Calendars calendars(sim);
        for (const Holiday &h : kHolidays) {
            auto r = calendars.addHoliday(supervisor, QStringLiteral("library"), QDate(h.y, h.m, h.d), h.yearly,
                                          QString::fromUtf8(h.name));
            if (!r.ok())
                return r.error();
        }
        Circulation::LoanRules rules(sim);
        using Assign = QList<std::pair<QString, QString>>;
        const QList<std::tuple<QString, QString, QString, Assign>> ruleRows{
            {QStringLiteral("*"), QStringLiteral("ANAK"), QStringLiteral("*"),
             Assign{{QStringLiteral("max_loans"), QStringLiteral("3")}, {QStringLiteral("fee_per_day"), QStringLiteral("200")}}},
            {QStringLiteral("*"), QStringLiteral("PELAJAR"), QStringLiteral("*"),
             Assign{{QStringLiteral("max_loans"), QStringLiteral("5")}}},
            {QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("av"),
             Assign{{QStringLiteral("loan_period"), QStringLiteral("7")}, {QStringLiteral("renewals"), QStringLiteral("1")},
                    {QStringLiteral("fee_per_day"), QStringLiteral("1000")}}},
            {QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("periodical"),
             Assign{{QStringLiteral("loan_period"), QStringLiteral("7")}, {QStringLiteral("renewals"), QStringLiteral("0")}}},
            {QStringLiteral("TAMAN"), QStringLiteral("*"), QStringLiteral("*"),
             Assign{{QStringLiteral("grace_days"), QStringLiteral("1")}}}};
        for (const auto &[branch, category, type, assign] : ruleRows) {
            auto r = rules.set(supervisor, branch, category, type, assign);
            if (!r.ok())
                return r.error();
        }

        // Patrons, registered at the desk.
        Circulation::Patrons patrons(sim);
        QRandomGenerator rng(20261127); // the same demo library every time
        const int patronCount = 60;
        QStringList cards;
        for (int i = 0; i < patronCount; ++i) {
            const QString name = QString::fromLatin1(kGiven[rng.bounded(int(std::size(kGiven)))]) + QLatin1Char(' ')
                                 + QString::fromLatin1(kFamily[rng.bounded(int(std::size(kFamily)))]);
            const int cat = i < 40 ? 0 : i < 52 ? 1 : 2;
            const int age = cat == 0 ? rng.bounded(20, 70) : cat == 1 ? rng.bounded(15, 24) : rng.bounded(6, 13);
            const QDate birth = firstDay.addYears(-age).addDays(-rng.bounded(0, 364));
            const bool female = rng.bounded(2) == 0;
            // NIK: region 617101 (a district of Kota Pontianak), birth date DDMMYY (+40 on the day
            // for women), a serial.
            Circulation::PatronInput in;
            in.name = name;
            in.nik = QStringLiteral("617101%1%2%3%4")
                         .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                         .arg(birth.month(), 2, 10, QLatin1Char('0'))
                         .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                         .arg(i + 1, 4, 10, QLatin1Char('0'));
            in.birthDate = birth;
            in.address = QStringLiteral("Jl. Merdeka No. %1, Pontianak").arg(rng.bounded(1, 200));
            in.phone = QStringLiteral("08%1").arg(rng.bounded(100000000, 999999999));
            in.branchCode = branchCodes[i % 2];
            in.categoryCode = categories[cat].code;
            in.language = i % 7 == 0 ? QStringLiteral("en") : QStringLiteral("id");
            clock.set(clock.nowMs() + 60 * 1000);
            auto p = patrons.registerPatron(desk, in);
            if (!p.ok())
                return p.error();
            cards << p->cardNumber;
            if (i < pins.size()) {
                if (Status st = patrons.setPin(desk, p->cardNumber, pins[i]); !st.ok())
                    return st.error();
                summary.kioskPatrons << std::pair{p->cardNumber, pins[i]};
            }
        }
        summary.patrons = patronCount;

        // The catalogue: each record and each copy is an operation of the cataloguing service.
        QList<std::pair<QString, QString>> items; // barcode, item type
        int barcode = 20000001;
        Catalogue::Catalogue catalogue(sim);
        Collection::Collection collection(sim);
        for (const Row &r : std::as_const(*rows)) {
            const QString itemType = r.recordType == QLatin1String("dvd") || r.recordType == QLatin1String("audiobook")
                                         ? QStringLiteral("av")
                                     : r.recordType == QLatin1String("magazine") ? QStringLiteral("periodical")
                                     : r.recordType == QLatin1String("map")      ? QStringLiteral("reference")
                                                                                 : QStringLiteral("book");
            // Through the catalogue and collection modules: a MARC 21 record with its search index,
            // and each copy as an item of a branch.
            Catalogue::SimpleRecord rec;
            rec.title = r.title;
            rec.subtitle = r.subtitle;
            rec.author = r.author;
            rec.otherAuthors = r.otherAuthors.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            rec.publisher = r.publisher;
            rec.place = r.place;
            rec.year = r.year.toInt();
            rec.language = r.language;
            rec.subjects = r.subjects.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            rec.callNumber = r.ddc;
            rec.series = r.series.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            rec.pages = r.pages.toInt();
            rec.recordType = r.recordType == QLatin1String("dvd") ? Catalogue::RecordTypes::Video : r.recordType;
            rec.isbn = r.isbn;
            auto bib = catalogue.createRecord(desk, rec, true);
            if (!bib.ok())
                return bib.error();
            ++summary.records;
            const int copies = qBound(1, r.copies.toInt(), 5);
            for (int k = 0; k < copies; ++k) {
                const QString code = QString::number(barcode++);
                Collection::ItemInput in;
                in.barcode = code;
                in.bibId = *bib;
                in.branch = branchCodes[k % 2];
                in.location = r.ddc.startsWith(QLatin1String("899")) ? QStringLiteral("Fiksi Indonesia")
                              : r.ddc.startsWith(QLatin1String("8")) ? QStringLiteral("Sastra")
                              : itemType == QLatin1String("periodical") ? QStringLiteral("Ruang Terbitan Berkala")
                              : itemType == QLatin1String("av") ? QStringLiteral("Ruang Multimedia")
                              : QStringLiteral("Rak %1").arg(r.ddc.left(1) + QStringLiteral("00"));
                in.callNumber = r.ddc;
                in.itemType = itemType;
                in.price = 85000 + 5000 * (r.title.size() % 10);
                in.acquiredOn = firstDay.addDays(-30 * (k + 1)).toString(Qt::ISODate);
                auto item = collection.addItem(desk, in);
                if (!item.ok())
                    return item.error();
                if (itemType != QLatin1String("reference"))
                    items.append({code, itemType});
                ++summary.items;
            }
            if (progress)
                progress(++step, totalSteps);
        }

        // kDays days of library life, through the real operations. Business refusals (a patron at
        // the loan limit, a held item) happen as they would and stay in the log as refusals.
        auto library = Calendar::loadByCode(db, QStringLiteral("library"));
        if (!library.ok())
            return library.error();
        Circulation::Loans loans(sim);
        Circulation::Holds holds(sim);
        Circulation::Fees fees(sim);
        QSet<QString> available;
        for (const auto &[code, type] : std::as_const(items))
            available.insert(code);
        QList<std::pair<QString, QDate>> onLoan; // barcode, planned return day
        for (int d = 0; d < kDays; ++d) {
            const QDate day = firstDay.addDays(d);
            if (progress)
                progress(++step, totalSteps);
            if (!library->isOpenDay(day))
                continue;
            ++summary.days;
            const qint64 opens = QDateTime(day, QTime(day.dayOfWeek() == 6 ? 9 : 8, 5), zone).toMSecsSinceEpoch();
            const qint64 spread = (day.dayOfWeek() == 6 ? 4 : 8) * 3600 * 1000LL;
            QList<qint64> times;
            const int events = rng.bounded(8, 18);
            for (int e = 0; e < events; ++e)
                times << opens + qint64(rng.bounded(int(spread / 1000))) * 1000;
            std::sort(times.begin(), times.end());
            for (qint64 t : std::as_const(times)) {
                clock.set(t);
                const int kind = rng.bounded(100);
                // Returns of what is due back today or earlier.
                if (kind < 40) {
                    for (int k = 0; k < onLoan.size(); ++k) {
                        if (onLoan[k].second <= day) {
                            const QString code = onLoan[k].first;
                            onLoan.removeAt(k);
                            auto r = loans.checkin(desk, code, branchCodes[rng.bounded(2)]);
                            if (r.ok()) {
                                ++summary.returns;
                                if (!r->hold)
                                    available.insert(code);
                            }
                            break;
                        }
                    }
                } else if (kind < 85) {
                    if (available.isEmpty())
                        continue;
                    const QList<QString> pool(available.begin(), available.end());
                    const QString code = pool[rng.bounded(int(pool.size()))];
                    const QString card = cards[rng.bounded(int(cards.size()))];
                    auto r = loans.checkout(desk, card, code);
                    if (r.ok()) {
                        available.remove(code);
                        ++summary.loans;
                        // Most come back within the loan period, some late, a few not yet.
                        const int keep = rng.bounded(100) < 15 ? rng.bounded(16, 30) : rng.bounded(3, 14);
                        onLoan.append({code, day.addDays(keep)});
                    }
                } else if (kind < 92) {
                    if (onLoan.isEmpty())
                        continue;
                    (void)loans.renew(desk, onLoan[rng.bounded(int(onLoan.size()))].first);
                } else if (kind < 97) {
                    if (onLoan.isEmpty())
                        continue;
                    Circulation::Holds::Request req;
                    req.card = cards[rng.bounded(int(cards.size()))];
                    req.barcode = onLoan[rng.bounded(int(onLoan.size()))].first;
                    req.anyCopy = true;
                    if (holds.place(desk, req).ok())
                        ++summary.holds;
                } else {
                    const QString card = cards[rng.bounded(int(cards.size()))];
                    auto st = fees.statement(desk, card);
                    if (st.ok() && st->balance > 0)
                        (void)fees.pay(desk, card, st->balance);
                }
            }
        }
        summary.openLoans = int(onLoan.size());
        return summary;
    });
}

} // namespace Aksara::Demo
