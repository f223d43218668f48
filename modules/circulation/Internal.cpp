#include "circulation/Internal.h"

#include "circulation/CardNumber.h"
#include "circulation/SettingKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace Aksara::Circulation {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Aksara::Circulation", text, disambiguation, n);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant textOrEmpty(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QDate parseDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Result<QList<QVariantList>> rows(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    QList<QVariantList> out;
    const int columns = q->query().record().count();
    while (q->next()) {
        QVariantList r;
        r.reserve(columns);
        for (int i = 0; i < columns; ++i)
            r << q->value(i);
        out << std::move(r);
    }
    q->finish();
    return out;
}

Result<std::optional<QVariantList>> firstRow(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    std::optional<QVariantList> out;
    if (q->next()) {
        const int columns = q->query().record().count();
        QVariantList r;
        r.reserve(columns);
        for (int i = 0; i < columns; ++i)
            r << q->value(i);
        out = std::move(r);
    }
    q->finish();
    return out;
}

Status execute(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    q->finish();
    return {};
}

Result<qint64> insertId(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("storage.error"), tr("The database did not return the new row's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

QString lockClause(Database &db, const QString &table)
{
    return db.isPostgres() ? QStringLiteral(" FOR NO KEY UPDATE OF ") + table : QString();
}

Result<QString> setting(Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v.ok())
        return v.error();
    return v->isNull() ? fallback : v->toString();
}

Result<qint64> intSetting(Database &db, const QString &key, qint64 fallback)
{
    auto v = setting(db, key);
    if (!v.ok())
        return v.error();
    bool ok = false;
    const qint64 n = v->trimmed().toLongLong(&ok);
    return ok ? n : fallback;
}

Result<PinRules> pinRules(Database &db)
{
    PinRules r;
    auto q = rows(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"),
                  {SettingKeys::PinMinLength, SettingKeys::PinMaxLength, SettingKeys::PinMaxFailures});
    if (!q.ok())
        return q.error();
    for (const QVariantList &row : std::as_const(*q)) {
        bool ok = false;
        const int n = row[1].toString().toInt(&ok);
        if (!ok)
            continue;
        if (row[0].toString() == SettingKeys::PinMinLength)
            r.minLength = n;
        else if (row[0].toString() == SettingKeys::PinMaxLength)
            r.maxLength = n;
        else
            r.maxFailures = n;
    }
    // Whatever is stored, a PIN stays 4 to 12 digits and a card locks after 1 to 20 wrong ones.
    r.minLength = qBound(4, r.minLength, 12);
    r.maxLength = qBound(r.minLength, r.maxLength, 12);
    r.maxFailures = qBound(1, r.maxFailures, 20);
    return r;
}

Result<QTimeZone> libraryZone(Database &db)
{
    auto z = setting(db, QStringLiteral("library.time_zone"), QStringLiteral("Asia/Jakarta"));
    if (!z.ok())
        return z.error();
    QTimeZone zone(z->toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    return zone;
}

Result<QDate> libraryToday(Database &db, qint64 nowMs)
{
    auto zone = libraryZone(db);
    if (!zone.ok())
        return zone.error();
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(*zone).date();
}

Status recordChange(OperationContext &ctx, const QString &entity, const QString &key, const QString &title,
                    const QJsonValue &oldValue, const QJsonValue &newValue)
{
    auto json = [](const QJsonValue &v) -> QVariant {
        if (v.isNull() || v.isUndefined())
            return nullText();
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        // A scalar as a one-element array keeps the text valid JSON.
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    auto id = insertId(ctx.db(),
                       QStringLiteral("INSERT INTO changes (kind, title, entity, entity_key, old_value, new_value, "
                                      "requested_by, status, created_at, created_op, updated_op) "
                                      "VALUES ('standard', ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?) RETURNING id"),
                       {title, entity, key, json(oldValue), json(newValue), ctx.caller().actor, ctx.nowMs(),
                        ctx.operationId(), ctx.operationId()});
    if (!id.ok())
        return id.error();
    ctx.setDetail(QStringLiteral("change"), *id);
    return {};
}

Error refusalFrom(const QList<Reason> &reasons, const QJsonObject &extra)
{
    QJsonArray a;
    QStringList messages;
    bool allOverridable = true;
    for (const Reason &r : reasons) {
        a << r.toJson();
        messages << r.message;
        allOverridable = allOverridable && r.overridable;
    }
    QJsonObject details = extra;
    details.insert(QStringLiteral("reasons"), a);
    details.insert(QStringLiteral("needs_confirmation"), allOverridable && !reasons.isEmpty());
    const QString code = reasons.isEmpty() ? QStringLiteral("circulation.refused") : reasons.first().code;
    return Error::refused(code, messages.join(QLatin1Char(' ')), details);
}

Error unknownPatron(const QString &card)
{
    return Error::refused(QStringLiteral("circulation.unknown_patron"),
                          tr("There is no patron with the card number %1.").arg(card));
}

Error unknownItem(const QString &barcode)
{
    return Error::refused(QStringLiteral("circulation.unknown_item"),
                          barcode.trimmed().isEmpty() ? tr("No item barcode was given.")
                                                      : tr("There is no item with the barcode %1.").arg(barcode));
}

Patron patronFromRow(const QVariantList &r)
{
    Patron p;
    p.id = r[0].toLongLong();
    p.cardNumber = r[1].toString();
    p.nik = r[2].toString();
    p.name = r[3].toString();
    p.birthDate = parseDate(r[4]);
    p.address = r[5].toString();
    p.phone = r[6].toString();
    p.email = r[7].toString();
    p.hasPhoto = r[8].toInt() != 0;
    p.homeBranchId = r[9].toLongLong();
    p.homeBranchCode = r[10].toString();
    p.homeBranchName = r[11].toString();
    p.categoryId = r[12].toLongLong();
    p.categoryCode = r[13].toString();
    p.categoryName = r[14].toString();
    p.debtLimit = r[15].toLongLong();
    p.registeredOn = parseDate(r[16]);
    p.expiresOn = parseDate(r[17]);
    p.status = r[18].toString();
    p.blockReason = r[19].toString();
    p.hasPin = r[20].toInt() != 0;
    p.language = r[21].toString();
    p.createdAt = r[22].toLongLong();
    p.cardPrintedAt = r[23].toLongLong();
    return p;
}

Result<Patron> findPatron(Database &db, const QString &typedCard, bool lock)
{
    const QString card = CardNumber::normalize(typedCard);
    if (card.isEmpty())
        return CardNumber::validate(card).error();
    // By the number first: cards of an earlier numbering scheme and legacy numbers keep working.
    auto r = firstRow(db, QStringLiteral("SELECT ") + kPatronColumns + kPatronFrom + QStringLiteral("WHERE p.card_number = ?")
                              + (lock ? lockClause(db, QStringLiteral("p")) : QString()),
                      {card});
    if (!r.ok())
        return r.error();
    if (r->has_value())
        return patronFromRow(**r);
    auto retired = firstRow(db, QStringLiteral("SELECT retired_at FROM patron_cards WHERE card_number = ? AND retired_at IS NOT NULL"),
                            {card});
    if (!retired.ok())
        return retired.error();
    if (retired->has_value())
        return Error::refused(QStringLiteral("circulation.card_replaced"),
                              tr("The card %1 was replaced on %2 and no longer works; use the patron's new card.")
                                  .arg(card, isoUtc((**retired)[0].toLongLong()).left(10)));
    // Not a card of this library: say so, or that it was mistyped when its check digit is wrong.
    auto fmt = CardNumber::format(db);
    if (!fmt.ok())
        return fmt.error();
    if (Status st = CardNumber::validate(card, fmt->check); !st.ok())
        return st.error();
    return unknownPatron(card);
}

Result<Patron> patronById(Database &db, qint64 id)
{
    auto r = firstRow(db, QStringLiteral("SELECT ") + kPatronColumns + kPatronFrom + QStringLiteral("WHERE p.id = ?"), {id});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::failed(QStringLiteral("circulation.integrity"), tr("Patron %1 disappeared.").arg(id));
    return patronFromRow(**r);
}

Status fillPatronSummary(Database &db, Patron &p, qint64 nowMs)
{
    auto r = firstRow(db,
                      QStringLiteral(
                          "SELECT (SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned_at IS NULL), "
                          "(SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned_at IS NULL AND due_at < ?), "
                          "(SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM fees WHERE patron_id = ? AND balance > 0), "
                          "(SELECT COUNT(*) FROM holds WHERE patron_id = ? AND status IN ('waiting', 'in_transit', 'ready'))"),
                      {p.id, p.id, nowMs, p.id, p.id});
    if (!r.ok())
        return r.error();
    const QVariantList &v = **r;
    p.openLoans = v[0].toInt();
    p.overdueLoans = v[1].toInt();
    p.balance = v[2].toLongLong();
    p.activeHolds = v[3].toInt();
    return {};
}

namespace {
const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.barcode, i.bib_id, r.title, r.author, i.branch_id, br.code, i.item_type, t.loanable, i.status, "
    "i.price, i.call_number FROM items i JOIN bib_records r ON r.id = i.bib_id JOIN branches br ON br.id = i.branch_id "
    "JOIN item_types t ON t.code = i.item_type ");

ItemRow itemFromRow(const QVariantList &v)
{
    ItemRow i;
    i.id = v[0].toLongLong();
    i.barcode = v[1].toString();
    i.bibId = v[2].toLongLong();
    i.title = v[3].toString();
    i.author = v[4].toString();
    i.branchId = v[5].toLongLong();
    i.branchCode = v[6].toString();
    i.itemType = v[7].toString();
    i.loanable = v[8].toInt() != 0;
    i.status = v[9].toString();
    i.price = v[10].toLongLong();
    i.callNumber = v[11].toString();
    return i;
}
} // namespace

Result<ItemRow> findItem(Database &db, const QString &barcode, bool lock)
{
    const QString code = barcode.trimmed();
    if (code.isEmpty())
        return unknownItem(code);
    auto r = firstRow(db, kItemSelect + QStringLiteral("WHERE i.barcode = ?") + (lock ? lockClause(db, QStringLiteral("i")) : QString()),
                      {code});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return unknownItem(code);
    return itemFromRow(**r);
}

Result<ItemRow> itemById(Database &db, qint64 id)
{
    auto r = firstRow(db, kItemSelect + QStringLiteral("WHERE i.id = ?"), {id});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::failed(QStringLiteral("circulation.integrity"), tr("Item %1 disappeared.").arg(id));
    return itemFromRow(**r);
}

namespace {
const QString kBranchSelect = QStringLiteral("SELECT id, code, name, closed_at FROM branches ");
BranchRow branchFromRow(const QVariantList &v)
{
    return BranchRow{v[0].toLongLong(), v[1].toString(), v[2].toString(), !v[3].isNull()};
}
} // namespace

Result<BranchRow> branchByCode(Database &db, const QString &code)
{
    auto r = firstRow(db, kBranchSelect + QStringLiteral("WHERE code = ?"), {code.trimmed()});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_branch"), tr("There is no branch \"%1\".").arg(code));
    return branchFromRow(**r);
}

Result<BranchRow> branchById(Database &db, qint64 id)
{
    auto r = firstRow(db, kBranchSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::failed(QStringLiteral("circulation.integrity"), tr("Branch %1 disappeared.").arg(id));
    return branchFromRow(**r);
}

Result<BranchRow> defaultBranch(Database &db)
{
    auto code = setting(db, SettingKeys::DefaultBranch);
    if (!code.ok())
        return code.error();
    if (!code->isEmpty())
        return branchByCode(db, *code);
    auto r = firstRow(db, kBranchSelect + QStringLiteral("WHERE closed_at IS NULL ORDER BY id LIMIT 1"));
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.no_branch"),
                              tr("The library has no open branch yet; create one before registering patrons "
                                 "(aksara branch add, or the desk's administration)."));
    return branchFromRow(**r);
}

namespace {
const QString kCategorySelect = QStringLiteral("SELECT id, code, name, membership_months, debt_limit, enrolment_fee, min_age, "
                                               "max_age, nik_required, active FROM patron_categories ");
CategoryRow categoryFromRow(const QVariantList &v)
{
    return CategoryRow{v[0].toLongLong(), v[1].toString(), v[2].toString(), v[3].toInt(), v[4].toLongLong(),
                       v[5].toLongLong(), v[6].isNull() ? -1 : v[6].toInt(), v[7].isNull() ? -1 : v[7].toInt(),
                       v[8].toInt() != 0, v[9].toInt() != 0};
}
} // namespace

Result<CategoryRow> categoryByCode(Database &db, const QString &code)
{
    auto r = firstRow(db, kCategorySelect + QStringLiteral("WHERE code = ?"), {code.trimmed()});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_category"),
                              tr("There is no patron category \"%1\".").arg(code));
    return categoryFromRow(**r);
}

Result<CategoryRow> categoryById(Database &db, qint64 id)
{
    auto r = firstRow(db, kCategorySelect + QStringLiteral("WHERE id = ?"), {id});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::failed(QStringLiteral("circulation.integrity"), tr("Patron category %1 disappeared.").arg(id));
    return categoryFromRow(**r);
}

Result<CategoryRow> defaultCategory(Database &db)
{
    auto code = setting(db, SettingKeys::DefaultCategory);
    if (!code.ok())
        return code.error();
    if (!code->isEmpty())
        return categoryByCode(db, *code);
    auto r = firstRow(db, kCategorySelect + QStringLiteral("WHERE active = 1 ORDER BY id LIMIT 1"));
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.no_category"),
                              tr("The library has no patron category yet; create one before registering patrons "
                                 "(aksara category add, or the desk's administration)."));
    return categoryFromRow(**r);
}

Result<Calendar> branchCalendar(Database &db, qint64 branchId)
{
    // One statement instead of Calendar::load's four: this runs in every checkout and checkin.
    // Rows: the header ('c', zone), weekly hours ('h', weekday, opens, closes), holidays ('d',
    // yearly, date). The same reading rules as Calendar::load (24:00 closes at midnight).
    static const QString sql = QStringLiteral(
        "WITH cal AS (SELECT id, time_zone FROM calendars WHERE id = COALESCE((SELECT calendar_id FROM branches WHERE id = ?), "
        "(SELECT id FROM calendars WHERE code = 'library'))) "
        "SELECT 'c', 0, time_zone, '' FROM cal "
        "UNION ALL SELECT 'h', h.weekday, h.opens, h.closes FROM calendar_hours h JOIN cal ON h.calendar_id = cal.id "
        "UNION ALL SELECT 'd', d.yearly, d.on_date, '' FROM calendar_holidays d JOIN cal ON d.calendar_id = cal.id");
    auto all = rows(db, sql, {branchId});
    if (!all.ok())
        return all.error();
    if (all->isEmpty()) {
        auto zone = libraryZone(db);
        if (!zone.ok())
            return zone.error();
        return Calendar::alwaysOpen(*zone);
    }
    // The same rows make the same calendar: reuse the one built last time (building it means a
    // time-zone look-up and parsing every row, a noticeable share of a checkout). Keyed by the
    // rows' content, so an edit anywhere is seen at once.
    QByteArray key;
    for (const QVariantList &r : std::as_const(*all)) {
        for (const QVariant &v : r)
            key += v.toString().toUtf8() + '\x1f';
        key += '\x1e';
    }
    thread_local QHash<QByteArray, Calendar> built;
    if (auto it = built.constFind(key); it != built.constEnd())
        return *it;
    if (built.size() > 64)
        built.clear();
    QTimeZone zone;
    for (const QVariantList &r : std::as_const(*all)) {
        if (r[0].toString() == QLatin1String("c"))
            zone = QTimeZone(r[2].toString().toUtf8());
    }
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    Calendar c(zone);
    for (const QVariantList &r : std::as_const(*all)) {
        const QString kind = r[0].toString();
        if (kind == QLatin1String("h")) {
            const QString closes = r[3].toString();
            const bool midnight = closes == QLatin1String("24:00");
            c.addHours(r[1].toInt(), QTime::fromString(r[2].toString(), QStringLiteral("HH:mm")),
                       midnight ? QTime(0, 0) : QTime::fromString(closes, QStringLiteral("HH:mm")), midnight);
        } else if (kind == QLatin1String("d")) {
            c.addHoliday(QDate::fromString(r[2].toString(), Qt::ISODate), r[1].toInt() != 0);
        }
    }
    built.insert(key, c);
    return c;
}

QString rightFor(const Caller &caller, const QString &staffRight)
{
    return caller.can(staffRight) || !caller.can(Rights::SelfService) ? staffRight : Rights::SelfService;
}

Status ensureOwn(const Caller &caller, const QString &staffRight, qint64 patronId)
{
    if (caller.can(staffRight))
        return {};
    if (caller.patronId != 0 && caller.patronId == patronId)
        return {};
    return Error::refused(QStringLiteral("circulation.not_own_account"),
                          tr("At self-service you can only use your own account."));
}

namespace {
const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, l.item_id, i.barcode, r.title, l.patron_id, p.card_number, p.name, l.branch_id, br.code, l.issued_at, "
    "l.due_at, l.returned_at, l.renewals, l.close_reason, i.branch_id FROM loans l JOIN items i ON i.id = l.item_id "
    "JOIN bib_records r ON r.id = i.bib_id JOIN patrons p ON p.id = l.patron_id JOIN branches br ON br.id = l.branch_id ");

Result<Loan> loanFromRow(Database &db, const QVariantList &v, const Calendar *calendar)
{
    Loan l;
    l.id = v[0].toLongLong();
    l.itemId = v[1].toLongLong();
    l.barcode = v[2].toString();
    l.title = v[3].toString();
    l.patronId = v[4].toLongLong();
    l.cardNumber = v[5].toString();
    l.patronName = v[6].toString();
    l.branchId = v[7].toLongLong();
    l.branchCode = v[8].toString();
    l.issuedAt = v[9].toLongLong();
    l.dueAt = v[10].toLongLong();
    l.returnedAt = v[11].toLongLong();
    l.renewals = v[12].toInt();
    l.closeReason = v[13].toString();
    if (calendar) {
        l.dueDate = calendar->localDate(l.dueAt);
        return l;
    }
    auto cal = branchCalendar(db, v[14].toLongLong());
    if (!cal.ok())
        return cal.error();
    l.dueDate = cal->localDate(l.dueAt);
    return l;
}
} // namespace

Result<Loan> loanById(Database &db, qint64 loanId, const Calendar *calendar)
{
    auto r = firstRow(db, kLoanSelect + QStringLiteral("WHERE l.id = ?"), {loanId});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::failed(QStringLiteral("circulation.integrity"), tr("Loan %1 disappeared.").arg(loanId));
    return loanFromRow(db, **r, calendar);
}

Result<std::optional<Loan>> openLoanForItem(Database &db, qint64 itemId, const Calendar *calendar)
{
    auto r = firstRow(db, kLoanSelect + QStringLiteral("WHERE l.item_id = ? AND l.returned_at IS NULL"), {itemId});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return std::optional<Loan>();
    auto l = loanFromRow(db, **r, calendar);
    if (!l.ok())
        return l.error();
    return std::optional<Loan>(*l);
}

Result<QList<Loan>> openLoansOf(Database &db, qint64 patronId)
{
    auto all = rows(db, kLoanSelect + QStringLiteral("WHERE l.patron_id = ? AND l.returned_at IS NULL ORDER BY l.due_at, l.id"),
                    {patronId});
    if (!all.ok())
        return all.error();
    QList<Loan> out;
    for (const QVariantList &v : std::as_const(*all)) {
        auto l = loanFromRow(db, v, nullptr);
        if (!l.ok())
            return l.error();
        out << *l;
    }
    return out;
}

Result<Fee> feeById(Database &db, qint64 feeId)
{
    auto r = firstRow(db, QStringLiteral("SELECT f.id, f.patron_id, f.kind, f.loan_id, i.barcode, f.amount, f.balance, "
                                         "f.description, f.created_at FROM fees f LEFT JOIN items i ON i.id = f.item_id "
                                         "WHERE f.id = ?"),
                      {feeId});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_fee"), tr("There is no fee %1.").arg(feeId));
    const QVariantList &v = **r;
    Fee f;
    f.id = v[0].toLongLong();
    f.patronId = v[1].toLongLong();
    f.kind = v[2].toString();
    f.loanId = v[3].toLongLong();
    f.barcode = v[4].toString();
    f.amount = v[5].toLongLong();
    f.balance = v[6].toLongLong();
    f.description = v[7].toString();
    f.createdAt = v[8].toLongLong();
    return f;
}

Result<Hold> holdById(Database &db, qint64 holdId)
{
    auto r = firstRow(db,
                      QStringLiteral("SELECT h.id, h.patron_id, p.card_number, p.name, h.bib_id, r.title, h.level, h.item_id, "
                                     "i.barcode, h.pickup_branch_id, b.code, h.status, h.placed_at, h.ready_at, h.expires_at, "
                                     "h.closed_at, h.not_after_on FROM holds h JOIN patrons p ON p.id = h.patron_id "
                                     "JOIN bib_records r ON r.id = h.bib_id JOIN branches b ON b.id = h.pickup_branch_id "
                                     "LEFT JOIN items i ON i.id = h.item_id WHERE h.id = ?"),
                      {holdId});
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return Error::refused(QStringLiteral("circulation.unknown_hold"), tr("There is no hold %1.").arg(holdId));
    const QVariantList &v = **r;
    Hold h;
    h.id = v[0].toLongLong();
    h.patronId = v[1].toLongLong();
    h.cardNumber = v[2].toString();
    h.patronName = v[3].toString();
    h.bibId = v[4].toLongLong();
    h.title = v[5].toString();
    h.level = v[6].toString();
    h.itemId = v[7].toLongLong();
    h.barcode = v[8].toString();
    h.pickupBranchId = v[9].toLongLong();
    h.pickupBranchCode = v[10].toString();
    h.status = v[11].toString();
    h.placedAt = v[12].toLongLong();
    h.readyAt = v[13].toLongLong();
    h.expiresAt = v[14].toLongLong();
    h.closedAt = v[15].toLongLong();
    h.notAfter = parseDate(v[16]);
    return h;
}

} // namespace Aksara::Circulation
