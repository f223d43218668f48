#include "library/Administration.h"

#include "circulation/SettingKeys.h"
#include "core/FieldErrors.h"
#include "service/Changes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace Aksara::Library {

namespace {
// The context lupdate records for this namespace's free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Library", text);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status recordChange(OperationContext &ctx, const QString &title, const QString &entity, const QString &key,
                    const QJsonObject &before, const QJsonObject &after)
{
    auto id = ServiceManagement::Changes::recordStandard(ctx, title, entity, key, before.isEmpty() ? QString() : json(before),
                                                         after.isEmpty() ? QString() : json(after));
    if (!id.ok())
        return id.error();
    ctx.setDetail(QStringLiteral("change"), *id);
    return {};
}

// Codes people type: branch and category codes in capitals ("PUSAT", "UMUM"), item type codes in
// small letters ("book"), as the rest of Aksara uses them.
QString upperCode(const QString &s)
{
    return s.trimmed().toUpper();
}
QString lowerCode(const QString &s)
{
    return s.trimmed().toLower();
}

void checkCode(FieldErrors &errors, const QString &code, bool upper, const QString &what)
{
    static const QRegularExpression up(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,15}$"));
    static const QRegularExpression low(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    if (code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("library.bad_code"), tr("A %1 needs a code.").arg(what));
    else if (!(upper ? up : low).match(code).hasMatch())
        errors.add(QStringLiteral("code"), QStringLiteral("library.bad_code"),
                   upper ? tr("The code \"%1\" is not valid: 1 to 16 letters, digits, - or _, starting with a letter or "
                              "a digit.")
                               .arg(code)
                         : tr("The code \"%1\" is not valid: 1 to 32 small letters, digits, - or _.").arg(code));
}

void checkName(FieldErrors &errors, const std::optional<QString> &name, bool required, const QString &field = QStringLiteral("name"))
{
    if (!name) {
        if (required)
            errors.add(field, QStringLiteral("library.bad_name"), tr("A name is needed."));
        return;
    }
    const QString n = name->trimmed();
    if (n.isEmpty())
        errors.add(field, QStringLiteral("library.bad_name"), tr("The name cannot be empty."));
    else if (n.size() > 120)
        errors.add(field, QStringLiteral("library.bad_name"), tr("The name is longer than 120 characters."));
}

void checkText(FieldErrors &errors, const std::optional<QString> &value, const QString &field, int maxLength)
{
    if (value && value->trimmed().size() > maxLength)
        errors.add(field, QStringLiteral("library.bad_value"), tr("This is longer than %1 characters.").arg(maxLength));
}

void checkEmail(FieldErrors &errors, const std::optional<QString> &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email && !email->trimmed().isEmpty() && (!re.match(email->trimmed()).hasMatch() || email->trimmed().size() > 254))
        errors.add(QStringLiteral("email"), QStringLiteral("library.bad_email"),
                   tr("\"%1\" is not an e-mail address.").arg(email->trimmed()));
}

void checkPhone(FieldErrors &errors, const std::optional<QString> &phone)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ().-]{5,24}$"));
    if (phone && !phone->trimmed().isEmpty() && !re.match(phone->trimmed()).hasMatch())
        errors.add(QStringLiteral("phone"), QStringLiteral("library.bad_phone"),
                   tr("\"%1\" is not a telephone number.").arg(phone->trimmed()));
}

template<typename T>
void checkRange(FieldErrors &errors, const std::optional<T> &value, const QString &field, T min, T max, const QString &what)
{
    if (value && (*value < min || *value > max))
        errors.add(field, QStringLiteral("library.bad_value"), tr("%1 is from %2 to %3.").arg(what).arg(min).arg(max));
}

Result<QList<QVariantList>> rows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    QList<QVariantList> out;
    const int n = q->query().record().count();
    while (q->next()) {
        QVariantList r;
        r.reserve(n);
        for (int i = 0; i < n; ++i)
            r << q->value(i);
        out << r;
    }
    q->finish();
    return out;
}

Status exec(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q.ok())
        return q.error();
    q->finish();
    return {};
}

Result<QVariant> scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    return db.scalar(sql, binds);
}

// --- reading -----------------------------------------------------------------------------------

Result<QList<BranchInfo>> readBranches(Database &db, const QString &where = {}, const QVariantList &binds = {})
{
    auto r = rows(db,
                  QStringLiteral("SELECT b.id, b.code, b.name, b.address, b.phone, b.email, COALESCE(c.code, ''), b.closed_at, "
                                 "COALESCE(b.closed_reason, ''), (SELECT COUNT(*) FROM patrons p WHERE p.home_branch_id = b.id), "
                                 "(SELECT COUNT(*) FROM items i WHERE i.branch_id = b.id) "
                                 "FROM branches b LEFT JOIN calendars c ON c.id = b.calendar_id ")
                      + where + QStringLiteral(" ORDER BY b.code"),
                  binds);
    if (!r.ok())
        return r.error();
    QList<BranchInfo> out;
    for (const QVariantList &v : std::as_const(*r)) {
        BranchInfo b;
        b.id = v[0].toLongLong();
        b.code = v[1].toString();
        b.name = v[2].toString();
        b.address = v[3].toString();
        b.phone = v[4].toString();
        b.email = v[5].toString();
        b.calendar = v[6].toString();
        b.closed = !v[7].isNull();
        b.closedAt = v[7].toLongLong();
        b.closedReason = v[8].toString();
        b.patrons = v[9].toLongLong();
        b.items = v[10].toLongLong();
        out << b;
    }
    return out;
}

Result<std::optional<BranchInfo>> branchByCode(Database &db, const QString &code)
{
    auto all = readBranches(db, QStringLiteral("WHERE b.code = ?"), {code});
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return std::optional<BranchInfo>();
    return std::optional<BranchInfo>(all->first());
}

Result<QList<CategoryInfo>> readCategories(Database &db, const QString &where = {}, const QVariantList &binds = {})
{
    auto r = rows(db,
                  QStringLiteral("SELECT c.id, c.code, c.name, c.membership_months, c.enrolment_fee, c.debt_limit, c.min_age, "
                                 "c.max_age, c.nik_required, c.active, (SELECT COUNT(*) FROM patrons p WHERE p.category_id = c.id) "
                                 "FROM patron_categories c ")
                      + where + QStringLiteral(" ORDER BY c.code"),
                  binds);
    if (!r.ok())
        return r.error();
    QList<CategoryInfo> out;
    for (const QVariantList &v : std::as_const(*r)) {
        CategoryInfo c;
        c.id = v[0].toLongLong();
        c.code = v[1].toString();
        c.name = v[2].toString();
        c.membershipMonths = v[3].toInt();
        c.enrolmentFee = v[4].toLongLong();
        c.debtLimit = v[5].toLongLong();
        c.minAge = v[6].isNull() ? -1 : v[6].toInt();
        c.maxAge = v[7].isNull() ? -1 : v[7].toInt();
        c.nikRequired = v[8].toInt() != 0;
        c.active = v[9].toInt() != 0;
        c.patrons = v[10].toLongLong();
        out << c;
    }
    return out;
}

Result<QList<ItemTypeInfo>> readItemTypes(Database &db, const QString &where = {}, const QVariantList &binds = {})
{
    auto r = rows(db,
                  QStringLiteral("SELECT t.code, t.name, t.loanable, t.default_price, t.active, (SELECT COUNT(*) FROM items i "
                                 "WHERE i.item_type = t.code) FROM item_types t ")
                      + where + QStringLiteral(" ORDER BY t.code"),
                  binds);
    if (!r.ok())
        return r.error();
    QList<ItemTypeInfo> out;
    for (const QVariantList &v : std::as_const(*r))
        out << ItemTypeInfo{v[0].toString(), v[1].toString(), v[2].toInt() != 0, v[3].toLongLong(), v[4].toInt() != 0,
                            v[5].toLongLong()};
    return out;
}

Result<QList<LocationInfo>> readLocations(Database &db, const QString &where = {}, const QVariantList &binds = {})
{
    auto r = rows(db,
                  QStringLiteral("SELECT l.id, b.code, l.code, l.name, l.active, (SELECT COUNT(*) FROM items i WHERE i.branch_id = "
                                 "l.branch_id AND i.location = l.code) FROM locations l JOIN branches b ON b.id = l.branch_id ")
                      + where + QStringLiteral(" ORDER BY b.code, l.code"),
                  binds);
    if (!r.ok())
        return r.error();
    QList<LocationInfo> out;
    for (const QVariantList &v : std::as_const(*r))
        out << LocationInfo{v[0].toLongLong(), v[1].toString(), v[2].toString(), v[3].toString(), v[4].toInt() != 0,
                            v[5].toLongLong()};
    return out;
}

template<typename T>
Result<T> only(const Result<QList<T>> &list, const Error &missing)
{
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return missing;
    return list->first();
}

Result<QVariant> calendarId(Database &db, const QString &code, FieldErrors &errors)
{
    if (code.trimmed().isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    auto id = scalar(db, QStringLiteral("SELECT id FROM calendars WHERE code = ?"), {code.trimmed()});
    if (!id.ok())
        return id.error();
    if (id->isNull()) {
        auto known = rows(db, QStringLiteral("SELECT code FROM calendars ORDER BY code"));
        if (!known.ok())
            return known.error();
        QStringList codes;
        for (const QVariantList &r : std::as_const(*known))
            codes << r[0].toString();
        errors.add(QStringLiteral("calendar"), QStringLiteral("library.unknown_calendar"),
                   tr("There is no calendar \"%1\" (the calendars are: %2).").arg(code.trimmed(), codes.join(QStringLiteral(", "))));
    }
    return *id;
}

// The columns an edit changes, with their new values.
class Assignments {
public:
    void set(const char *column, const QVariant &value)
    {
        m_sets << QString::fromLatin1(column) + QStringLiteral(" = ?");
        m_binds << value;
    }
    bool isEmpty() const { return m_sets.isEmpty(); }
    // UPDATE table SET …, updated_op = the operation WHERE keyColumn = key.
    Status apply(OperationContext &ctx, const QString &table, const QString &keyColumn, const QVariant &key) const
    {
        return exec(ctx.db(),
                    QStringLiteral("UPDATE %1 SET %2, updated_op = ? WHERE %3 = ?").arg(table, m_sets.join(QStringLiteral(", ")), keyColumn),
                    m_binds + QVariantList{ctx.operationId(), key});
    }

private:
    QStringList m_sets;
    QVariantList m_binds;
};

Error nothingToChange(const QString &message = {})
{
    return Error::refused(QStringLiteral("library.nothing_to_change"), message.isEmpty() ? tr("Nothing to change was given.") : message);
}

Error fieldRefusal(const QString &field, const QString &code, const QString &message)
{
    FieldErrors e;
    e.add(field, code, message);
    return e.refusal();
}

// One entity by its key, or the refusal that names it unknown.
Result<BranchInfo> findBranch(Database &db, const QString &code, const QString &field = QStringLiteral("code"))
{
    return only(readBranches(db, QStringLiteral("WHERE b.code = ?"), {code}),
                fieldRefusal(field, QStringLiteral("library.unknown_branch"), tr("There is no branch \"%1\".").arg(code)));
}
Result<CategoryInfo> findCategory(Database &db, const QString &code)
{
    return only(readCategories(db, QStringLiteral("WHERE c.code = ?"), {code}),
                fieldRefusal(QStringLiteral("code"), QStringLiteral("library.unknown_category"),
                        tr("There is no patron category \"%1\".").arg(code)));
}
Result<ItemTypeInfo> findItemType(Database &db, const QString &code)
{
    return only(readItemTypes(db, QStringLiteral("WHERE t.code = ?"), {code}),
                fieldRefusal(QStringLiteral("code"), QStringLiteral("library.unknown_item_type"), tr("There is no item type \"%1\".").arg(code)));
}
Result<LocationInfo> findLocation(Database &db, const QString &branch, const QString &code)
{
    return only(readLocations(db, QStringLiteral("WHERE b.code = ? AND l.code = ?"), {branch, code}),
                fieldRefusal(QStringLiteral("code"), QStringLiteral("library.unknown_location"),
                        tr("The branch %1 has no location \"%2\".").arg(branch, code)));
}

// What an edit ends with: the entity read again, and the change record from `before` to it.
template<typename Info>
Result<Info> recorded(OperationContext &ctx, const Result<Info> &after, const QJsonObject &before, const QString &title,
                      const QString &entity, const QString &key)
{
    if (!after.ok())
        return after.error();
    if (Status st = recordChange(ctx, title, entity, key, before, after->toJson()); !st.ok())
        return st.error();
    return *after;
}

// Retiring or reactivating a category, an item type or a location: the same steps on its table.
template<typename Info>
Result<Info> setActiveFlag(OperationContext &ctx, const std::function<Result<Info>()> &find, bool active, const QString &table,
                           const QString &keyColumn, const std::function<QVariant(const Info &)> &key, const QString &already,
                           const QString &title, const QString &entity, const QString &changeKey)
{
    auto before = find();
    if (!before.ok())
        return before.error();
    if (before->active == active)
        return nothingToChange(already);
    Assignments a;
    a.set("active", active ? 1 : 0);
    if (Status st = a.apply(ctx, table, keyColumn, key(*before)); !st.ok())
        return st.error();
    return recorded(ctx, find(), before->toJson(), title, entity, changeKey);
}
} // namespace

// --- JSON --------------------------------------------------------------------------------------

QJsonObject BranchInfo::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("calendar"), calendar.isEmpty() ? QJsonValue() : QJsonValue(calendar)},
            {QStringLiteral("open"), !closed},
            {QStringLiteral("closed_reason"), closed ? QJsonValue(closedReason) : QJsonValue()},
            {QStringLiteral("patrons"), patrons},
            {QStringLiteral("items"), items}};
}

QJsonObject CategoryInfo::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("membership_months"), membershipMonths},
            {QStringLiteral("enrolment_fee"), enrolmentFee},
            {QStringLiteral("debt_limit"), debtLimit},
            {QStringLiteral("min_age"), minAge < 0 ? QJsonValue() : QJsonValue(minAge)},
            {QStringLiteral("max_age"), maxAge < 0 ? QJsonValue() : QJsonValue(maxAge)},
            {QStringLiteral("nik_required"), nikRequired},
            {QStringLiteral("active"), active},
            {QStringLiteral("patrons"), patrons}};
}

QJsonObject ItemTypeInfo::toJson() const
{
    return {{QStringLiteral("code"), code},       {QStringLiteral("name"), name},     {QStringLiteral("loanable"), loanable},
            {QStringLiteral("default_price"), defaultPrice}, {QStringLiteral("active"), active}, {QStringLiteral("items"), items}};
}

QJsonObject LocationInfo::toJson() const
{
    return {{QStringLiteral("branch"), branch}, {QStringLiteral("code"), code},     {QStringLiteral("name"), name},
            {QStringLiteral("active"), active}, {QStringLiteral("items"), items}};
}

// --- the library -------------------------------------------------------------------------------

Result<LibraryProfile> Administration::library(const Caller &caller)
{
    return m_core.execute<LibraryProfile>(caller, {Services::Administration, QStringLiteral("library.show"), {}, {}, false},
                                          [](OperationContext &ctx) { return LibraryProfile::read(ctx.db()); });
}

Result<LibraryProfile> Administration::setLibrary(const Caller &caller, const LibraryInput &input)
{
    return m_core.execute<LibraryProfile>(
        caller, {Services::Administration, QStringLiteral("library.set"), Rights::SystemAdmin},
        [&](OperationContext &ctx) -> Result<LibraryProfile> {
            Database &db = ctx.db();
            FieldErrors errors;
            checkName(errors, input.name, false);
            checkText(errors, input.address, QStringLiteral("address"), 300);
            checkText(errors, input.website, QStringLiteral("website"), 200);
            checkPhone(errors, input.phone);
            checkEmail(errors, input.email);
            if (input.timeZone && !QTimeZone(input.timeZone->trimmed().toUtf8()).isValid())
                errors.add(QStringLiteral("time_zone"), QStringLiteral("library.bad_time_zone"),
                           tr("\"%1\" is not a time zone (for example Asia/Jakarta, Asia/Makassar, Asia/Jayapura).")
                               .arg(input.timeZone->trimmed()));
            if (input.language && *input.language != QLatin1String("id") && *input.language != QLatin1String("en"))
                errors.add(QStringLiteral("language"), QStringLiteral("library.bad_language"),
                           tr("The language is id (Indonesian) or en (English), not \"%1\".").arg(*input.language));
            if (!errors.isEmpty())
                return errors.refusal();
            auto before = LibraryProfile::read(db);
            if (!before.ok())
                return before.error();
            QJsonObject oldValues, newValues;
            const QList<std::pair<QString, const std::optional<QString> *>> fields{
                {LibraryKeys::Name, &input.name},         {LibraryKeys::Address, &input.address},
                {LibraryKeys::Phone, &input.phone},       {LibraryKeys::Email, &input.email},
                {LibraryKeys::Website, &input.website},   {LibraryKeys::TimeZone, &input.timeZone},
                {LibraryKeys::Language, &input.language}};
            const QJsonObject current = before->toJson();
            for (const auto &[key, value] : fields) {
                if (!*value)
                    continue;
                const QString field = key.mid(QStringLiteral("library.").size());
                const QString v = (*value)->trimmed();
                if (current.value(field).toString() == v)
                    continue;
                oldValues.insert(field, current.value(field));
                newValues.insert(field, v);
                if (Status st = exec(db,
                                     QStringLiteral("INSERT INTO settings (key, value, updated_op) VALUES (?, ?, ?) ON CONFLICT (key) "
                                                    "DO UPDATE SET value = excluded.value, updated_op = excluded.updated_op"),
                                     {key, text(v), ctx.operationId()});
                    !st.ok())
                    return st.error();
            }
            if (newValues.isEmpty())
                return Error::refused(QStringLiteral("library.nothing_to_change"), tr("Nothing to change was given."));
            if (Status st = recordChange(ctx, tr("The library's details"), QStringLiteral("library"), QStringLiteral("library"),
                                         oldValues, newValues);
                !st.ok())
                return st.error();
            ctx.setDetail(QStringLiteral("changed"), QJsonArray::fromStringList(newValues.keys()));
            return LibraryProfile::read(db);
        });
}

Result<LibraryProfile> Administration::setLogo(const Caller &caller, const QByteArray &image)
{
    return m_core.execute<LibraryProfile>(
        caller, {Services::Administration, QStringLiteral("library.logo"), Rights::SystemAdmin},
        [&](OperationContext &ctx) -> Result<LibraryProfile> {
            Database &db = ctx.db();
            const QString type = LibraryProfile::imageType(image);
            FieldErrors errors;
            if (!image.isEmpty() && type.isEmpty())
                errors.add(QStringLiteral("logo"), QStringLiteral("library.bad_logo"), tr("The logo must be a PNG or JPEG image."));
            else if (image.size() > kMaxLogoBytes)
                errors.add(QStringLiteral("logo"), QStringLiteral("library.bad_logo"), tr("The logo is larger than 1 MiB."));
            if (!errors.isEmpty())
                return errors.refusal();
            auto before = LibraryProfile::read(db);
            if (!before.ok())
                return before.error();
            if (image.isEmpty() && before->logo.isEmpty())
                return Error::refused(QStringLiteral("library.nothing_to_change"), tr("The library has no logo to remove."));
            Status st = image.isEmpty()
                            ? exec(db, QStringLiteral("DELETE FROM library_files WHERE name = 'logo'"), {})
                            : exec(db,
                                   QStringLiteral("INSERT INTO library_files (name, media_type, data, updated_op) VALUES ('logo', ?, "
                                                  "?, ?) ON CONFLICT (name) DO UPDATE SET media_type = excluded.media_type, data = "
                                                  "excluded.data, updated_op = excluded.updated_op"),
                                   {type, image, ctx.operationId()});
            if (!st.ok())
                return st.error();
            auto describe = [](const QByteArray &bytes, const QString &t) {
                return bytes.isEmpty() ? QJsonObject{}
                                       : QJsonObject{{QStringLiteral("type"), t}, {QStringLiteral("bytes"), bytes.size()}};
            };
            if (Status rc = recordChange(ctx, image.isEmpty() ? tr("The library's logo removed") : tr("The library's logo"),
                                         QStringLiteral("library"), QStringLiteral("logo"), describe(before->logo, before->logoType),
                                         describe(image, type));
                !rc.ok())
                return rc.error();
            return LibraryProfile::read(db);
        });
}

// --- branches ----------------------------------------------------------------------------------

Result<QList<BranchInfo>> Administration::branches(const Caller &caller)
{
    return m_core.execute<QList<BranchInfo>>(caller, {Services::Administration, QStringLiteral("branch.list"), {}, {}, false},
                                             [](OperationContext &ctx) { return readBranches(ctx.db()); });
}

Result<BranchInfo> Administration::addBranch(const Caller &caller, const BranchInput &input)
{
    const QString code = upperCode(input.code);
    return m_core.execute<BranchInfo>(
        caller, {Services::Administration, QStringLiteral("branch.add"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<BranchInfo> {
            Database &db = ctx.db();
            FieldErrors errors;
            checkCode(errors, code, true, tr("branch"));
            checkName(errors, input.name, true);
            checkText(errors, input.address, QStringLiteral("address"), 300);
            checkPhone(errors, input.phone);
            checkEmail(errors, input.email);
            if (!errors.has(QStringLiteral("code"))) {
                auto existing = branchByCode(db, code);
                if (!existing.ok())
                    return existing.error();
                if (existing->has_value())
                    errors.add(QStringLiteral("code"), QStringLiteral("library.duplicate_branch"),
                               tr("There is already a branch with the code %1 (%2).").arg(code, (*existing)->name));
            }
            auto calendar = calendarId(db, input.calendar.value_or(QString()), errors);
            if (!calendar.ok())
                return calendar.error();
            if (!errors.isEmpty())
                return errors.refusal();
            if (Status st = exec(db,
                                 QStringLiteral("INSERT INTO branches (code, name, address, phone, email, calendar_id, created_op, "
                                                "updated_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {code, input.name->trimmed(), text(input.address.value_or(QString()).trimmed()),
                                  text(input.phone.value_or(QString()).trimmed()), text(input.email.value_or(QString()).trimmed()),
                                  *calendar, ctx.operationId(), ctx.operationId()});
                !st.ok())
                return st.error();
            return recorded(ctx, findBranch(db, code), {}, tr("Branch %1 added").arg(code), QStringLiteral("branch"), code);
        });
}

Result<BranchInfo> Administration::editBranch(const Caller &caller, const BranchInput &input)
{
    const QString code = upperCode(input.code);
    return m_core.execute<BranchInfo>(
        caller, {Services::Administration, QStringLiteral("branch.edit"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<BranchInfo> {
            Database &db = ctx.db();
            auto before = findBranch(db, code);
            if (!before.ok())
                return before.error();
            FieldErrors errors;
            checkName(errors, input.name, false);
            checkText(errors, input.address, QStringLiteral("address"), 300);
            checkPhone(errors, input.phone);
            checkEmail(errors, input.email);
            QVariant calendar;
            if (input.calendar) {
                auto c = calendarId(db, *input.calendar, errors);
                if (!c.ok())
                    return c.error();
                calendar = *c;
            }
            if (!errors.isEmpty())
                return errors.refusal();
            const BranchInfo &b = *before;
            Assignments a;
            if (input.name && input.name->trimmed() != b.name)
                a.set("name", input.name->trimmed());
            if (input.address && input.address->trimmed() != b.address)
                a.set("address", text(input.address->trimmed()));
            if (input.phone && input.phone->trimmed() != b.phone)
                a.set("phone", text(input.phone->trimmed()));
            if (input.email && input.email->trimmed() != b.email)
                a.set("email", text(input.email->trimmed()));
            if (input.calendar && input.calendar->trimmed() != b.calendar)
                a.set("calendar_id", calendar);
            if (a.isEmpty())
                return nothingToChange();
            if (Status st = a.apply(ctx, QStringLiteral("branches"), QStringLiteral("id"), b.id); !st.ok())
                return st.error();
            return recorded(ctx, findBranch(db, code), b.toJson(), tr("Branch %1 changed").arg(code), QStringLiteral("branch"), code);
        });
}

Result<BranchInfo> Administration::closeBranch(const Caller &caller, const QString &rawCode, const QString &reason)
{
    const QString code = upperCode(rawCode);
    return m_core.execute<BranchInfo>(
        caller, {Services::Administration, QStringLiteral("branch.close"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<BranchInfo> {
            Database &db = ctx.db();
            auto before = findBranch(db, code);
            if (!before.ok())
                return before.error();
            FieldErrors errors;
            if (before->closed)
                errors.add(QStringLiteral("code"), QStringLiteral("library.branch_closed"), tr("The branch %1 is already closed.").arg(code));
            if (reason.trimmed().isEmpty())
                errors.add(QStringLiteral("reason"), QStringLiteral("library.reason_required"),
                           tr("Say why the branch closes (it is kept in its history)."));
            auto open = scalar(db, QStringLiteral("SELECT COUNT(*) FROM branches WHERE closed_at IS NULL AND code <> ?"), {code});
            if (!open.ok())
                return open.error();
            if (!before->closed && open->toLongLong() == 0)
                errors.add(QStringLiteral("code"), QStringLiteral("library.last_open_branch"),
                           tr("%1 is the library's only open branch; open another one before closing it.").arg(code));
            auto fallback = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                   {Circulation::SettingKeys::DefaultBranch});
            if (!fallback.ok())
                return fallback.error();
            if (fallback->toString() == code)
                errors.add(QStringLiteral("code"), QStringLiteral("library.default_branch"),
                           tr("%1 is where new members are registered by default; choose another default branch first "
                              "(setting circulation.default_branch).")
                               .arg(code));
            if (!errors.isEmpty())
                return errors.refusal();
            Assignments a;
            a.set("closed_at", ctx.nowMs());
            a.set("closed_reason", reason.trimmed());
            if (Status st = a.apply(ctx, QStringLiteral("branches"), QStringLiteral("id"), before->id); !st.ok())
                return st.error();
            return recorded(ctx, findBranch(db, code), before->toJson(), tr("Branch %1 closed").arg(code), QStringLiteral("branch"),
                            code);
        });
}

Result<BranchInfo> Administration::reopenBranch(const Caller &caller, const QString &rawCode)
{
    const QString code = upperCode(rawCode);
    return m_core.execute<BranchInfo>(
        caller, {Services::Administration, QStringLiteral("branch.reopen"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<BranchInfo> {
            Database &db = ctx.db();
            auto before = findBranch(db, code);
            if (!before.ok())
                return before.error();
            if (!before->closed)
                return fieldRefusal(QStringLiteral("code"), QStringLiteral("library.branch_open"), tr("The branch %1 is open.").arg(code));
            Assignments a;
            a.set("closed_at", QVariant(QMetaType::fromType<qint64>()));
            a.set("closed_reason", QVariant(QMetaType::fromType<QString>()));
            if (Status st = a.apply(ctx, QStringLiteral("branches"), QStringLiteral("id"), before->id); !st.ok())
                return st.error();
            return recorded(ctx, findBranch(db, code), before->toJson(), tr("Branch %1 reopened").arg(code), QStringLiteral("branch"),
                            code);
        });
}

// --- patron categories -------------------------------------------------------------------------

namespace {
void checkCategory(FieldErrors &errors, const CategoryInput &in, const CategoryInfo *current)
{
    checkName(errors, in.name, current == nullptr);
    checkRange(errors, in.membershipMonths, QStringLiteral("membership_months"), 1, 120, tr("The membership period in months"));
    checkRange(errors, in.enrolmentFee, QStringLiteral("enrolment_fee"), qint64(0), qint64(100000000), tr("The enrolment fee"));
    checkRange(errors, in.debtLimit, QStringLiteral("debt_limit"), qint64(0), qint64(100000000), tr("The debt limit"));
    checkRange(errors, in.minAge, QStringLiteral("min_age"), -1, 150, tr("The lowest age"));
    checkRange(errors, in.maxAge, QStringLiteral("max_age"), -1, 150, tr("The highest age"));
    const int minAge = in.minAge.value_or(current ? current->minAge : -1);
    const int maxAge = in.maxAge.value_or(current ? current->maxAge : -1);
    if (minAge >= 0 && maxAge >= 0 && minAge > maxAge)
        errors.add(QStringLiteral("max_age"), QStringLiteral("library.bad_value"),
                   tr("The highest age (%1) is below the lowest (%2).").arg(maxAge).arg(minAge));
}

QVariant ageValue(int age)
{
    return age < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(age));
}
} // namespace

Result<QList<CategoryInfo>> Administration::categories(const Caller &caller)
{
    return m_core.execute<QList<CategoryInfo>>(caller, {Services::Administration, QStringLiteral("category.list"), {}, {}, false},
                                               [](OperationContext &ctx) { return readCategories(ctx.db()); });
}

Result<CategoryInfo> Administration::addCategory(const Caller &caller, const CategoryInput &input)
{
    const QString code = upperCode(input.code);
    return m_core.execute<CategoryInfo>(
        caller, {Services::Administration, QStringLiteral("category.add"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<CategoryInfo> {
            Database &db = ctx.db();
            FieldErrors errors;
            checkCode(errors, code, true, tr("patron category"));
            checkCategory(errors, input, nullptr);
            if (!errors.has(QStringLiteral("code"))) {
                auto existing = readCategories(db, QStringLiteral("WHERE c.code = ?"), {code});
                if (!existing.ok())
                    return existing.error();
                if (!existing->isEmpty())
                    errors.add(QStringLiteral("code"), QStringLiteral("library.duplicate_category"),
                               tr("There is already a patron category with the code %1 (%2).").arg(code, existing->first().name));
            }
            if (!errors.isEmpty())
                return errors.refusal();
            if (Status st = exec(db,
                                 QStringLiteral("INSERT INTO patron_categories (code, name, membership_months, debt_limit, "
                                                "enrolment_fee, min_age, max_age, nik_required, created_op, updated_op) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {code, input.name->trimmed(), input.membershipMonths.value_or(12), input.debtLimit.value_or(0),
                                  input.enrolmentFee.value_or(0), ageValue(input.minAge.value_or(-1)),
                                  ageValue(input.maxAge.value_or(-1)), input.nikRequired.value_or(false) ? 1 : 0,
                                  ctx.operationId(), ctx.operationId()});
                !st.ok())
                return st.error();
            return recorded(ctx, findCategory(db, code), {}, tr("Patron category %1 added").arg(code),
                            QStringLiteral("patron_category"), code);
        });
}

Result<CategoryInfo> Administration::editCategory(const Caller &caller, const CategoryInput &input)
{
    const QString code = upperCode(input.code);
    return m_core.execute<CategoryInfo>(
        caller, {Services::Administration, QStringLiteral("category.edit"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<CategoryInfo> {
            Database &db = ctx.db();
            auto before = findCategory(db, code);
            if (!before.ok())
                return before.error();
            FieldErrors errors;
            checkCategory(errors, input, &*before);
            if (!errors.isEmpty())
                return errors.refusal();
            Assignments a;
            if (input.name && input.name->trimmed() != before->name)
                a.set("name", input.name->trimmed());
            if (input.membershipMonths && *input.membershipMonths != before->membershipMonths)
                a.set("membership_months", *input.membershipMonths);
            if (input.enrolmentFee && *input.enrolmentFee != before->enrolmentFee)
                a.set("enrolment_fee", *input.enrolmentFee);
            if (input.debtLimit && *input.debtLimit != before->debtLimit)
                a.set("debt_limit", *input.debtLimit);
            if (input.minAge && *input.minAge != before->minAge)
                a.set("min_age", ageValue(*input.minAge));
            if (input.maxAge && *input.maxAge != before->maxAge)
                a.set("max_age", ageValue(*input.maxAge));
            if (input.nikRequired && *input.nikRequired != before->nikRequired)
                a.set("nik_required", *input.nikRequired ? 1 : 0);
            if (a.isEmpty())
                return nothingToChange();
            if (Status st = a.apply(ctx, QStringLiteral("patron_categories"), QStringLiteral("id"), before->id); !st.ok())
                return st.error();
            return recorded(ctx, findCategory(db, code), before->toJson(), tr("Patron category %1 changed").arg(code),
                            QStringLiteral("patron_category"), code);
        });
}

Result<CategoryInfo> Administration::setCategoryActive(const Caller &caller, const QString &rawCode, bool active)
{
    const QString code = upperCode(rawCode);
    return m_core.execute<CategoryInfo>(
        caller,
        {Services::Administration, active ? QStringLiteral("category.reactivate") : QStringLiteral("category.retire"),
         Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<CategoryInfo> {
            Database &db = ctx.db();
            if (!active) {
                auto fallback = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                       {Circulation::SettingKeys::DefaultCategory});
                if (!fallback.ok())
                    return fallback.error();
                if (fallback->toString() == code)
                    return fieldRefusal(QStringLiteral("code"), QStringLiteral("library.default_category"),
                                        tr("%1 is the category new members get by default; choose another default category "
                                           "first (setting circulation.default_category).")
                                            .arg(code));
            }
            return setActiveFlag<CategoryInfo>(
                ctx, [&] { return findCategory(db, code); }, active, QStringLiteral("patron_categories"), QStringLiteral("id"),
                [](const CategoryInfo &c) { return QVariant(c.id); },
                active ? tr("The patron category %1 is in use.").arg(code) : tr("The patron category %1 is already retired.").arg(code),
                active ? tr("Patron category %1 in use again").arg(code) : tr("Patron category %1 retired").arg(code),
                QStringLiteral("patron_category"), code);
        });
}

// --- item types --------------------------------------------------------------------------------

Result<QList<ItemTypeInfo>> Administration::itemTypes(const Caller &caller)
{
    return m_core.execute<QList<ItemTypeInfo>>(caller, {Services::Administration, QStringLiteral("item_type.list"), {}, {}, false},
                                               [](OperationContext &ctx) { return readItemTypes(ctx.db()); });
}

Result<ItemTypeInfo> Administration::addItemType(const Caller &caller, const ItemTypeInput &input)
{
    const QString code = lowerCode(input.code);
    return m_core.execute<ItemTypeInfo>(
        caller, {Services::Administration, QStringLiteral("item_type.add"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<ItemTypeInfo> {
            Database &db = ctx.db();
            FieldErrors errors;
            checkCode(errors, code, false, tr("item type"));
            checkName(errors, input.name, true);
            checkRange(errors, input.defaultPrice, QStringLiteral("default_price"), qint64(0), qint64(1000000000),
                       tr("The default price"));
            if (!errors.has(QStringLiteral("code"))) {
                auto existing = readItemTypes(db, QStringLiteral("WHERE t.code = ?"), {code});
                if (!existing.ok())
                    return existing.error();
                if (!existing->isEmpty())
                    errors.add(QStringLiteral("code"), QStringLiteral("library.duplicate_item_type"),
                               tr("There is already an item type with the code %1 (%2).").arg(code, existing->first().name));
            }
            if (!errors.isEmpty())
                return errors.refusal();
            if (Status st = exec(db,
                                 QStringLiteral("INSERT INTO item_types (code, name, loanable, default_price, created_op, updated_op) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"),
                                 {code, input.name->trimmed(), input.loanable.value_or(true) ? 1 : 0,
                                  input.defaultPrice.value_or(0), ctx.operationId(), ctx.operationId()});
                !st.ok())
                return st.error();
            return recorded(ctx, findItemType(db, code), {}, tr("Item type %1 added").arg(code), QStringLiteral("item_type"), code);
        });
}

Result<ItemTypeInfo> Administration::editItemType(const Caller &caller, const ItemTypeInput &input)
{
    const QString code = lowerCode(input.code);
    return m_core.execute<ItemTypeInfo>(
        caller, {Services::Administration, QStringLiteral("item_type.edit"), Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<ItemTypeInfo> {
            Database &db = ctx.db();
            auto before = findItemType(db, code);
            if (!before.ok())
                return before.error();
            FieldErrors errors;
            checkName(errors, input.name, false);
            checkRange(errors, input.defaultPrice, QStringLiteral("default_price"), qint64(0), qint64(1000000000),
                       tr("The default price"));
            if (!errors.isEmpty())
                return errors.refusal();
            Assignments a;
            if (input.name && input.name->trimmed() != before->name)
                a.set("name", input.name->trimmed());
            if (input.loanable && *input.loanable != before->loanable)
                a.set("loanable", *input.loanable ? 1 : 0);
            if (input.defaultPrice && *input.defaultPrice != before->defaultPrice)
                a.set("default_price", *input.defaultPrice);
            if (a.isEmpty())
                return nothingToChange();
            if (Status st = a.apply(ctx, QStringLiteral("item_types"), QStringLiteral("code"), code); !st.ok())
                return st.error();
            return recorded(ctx, findItemType(db, code), before->toJson(), tr("Item type %1 changed").arg(code),
                            QStringLiteral("item_type"), code);
        });
}

Result<ItemTypeInfo> Administration::setItemTypeActive(const Caller &caller, const QString &rawCode, bool active)
{
    const QString code = lowerCode(rawCode);
    return m_core.execute<ItemTypeInfo>(
        caller,
        {Services::Administration, active ? QStringLiteral("item_type.reactivate") : QStringLiteral("item_type.retire"),
         Rights::SystemAdmin, code},
        [&](OperationContext &ctx) -> Result<ItemTypeInfo> {
            return setActiveFlag<ItemTypeInfo>(
                ctx, [&] { return findItemType(ctx.db(), code); }, active, QStringLiteral("item_types"), QStringLiteral("code"),
                [](const ItemTypeInfo &t) { return QVariant(t.code); },
                active ? tr("The item type %1 is in use.").arg(code) : tr("The item type %1 is already retired.").arg(code),
                active ? tr("Item type %1 in use again").arg(code) : tr("Item type %1 retired").arg(code), QStringLiteral("item_type"),
                code);
        });
}

// --- shelving locations ------------------------------------------------------------------------

namespace {
void checkLocationCode(FieldErrors &errors, const QString &code)
{
    bool printable = true;
    for (QChar c : code)
        printable = printable && c.isPrint();
    if (code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("library.bad_code"), tr("A shelving location needs a code."));
    else if (code.size() > 64 || !printable)
        errors.add(QStringLiteral("code"), QStringLiteral("library.bad_code"),
                   tr("A location code is 1 to 64 characters without control characters."));
}
} // namespace

Result<QList<LocationInfo>> Administration::locations(const Caller &caller, const QString &rawBranch)
{
    const QString branch = upperCode(rawBranch);
    return m_core.execute<QList<LocationInfo>>(
        caller, {Services::Administration, QStringLiteral("location.list"), {}, branch, false},
        [&](OperationContext &ctx) -> Result<QList<LocationInfo>> {
            if (branch.isEmpty())
                return readLocations(ctx.db());
            if (auto b = findBranch(ctx.db(), branch, QStringLiteral("branch")); !b.ok())
                return b.error();
            return readLocations(ctx.db(), QStringLiteral("WHERE b.code = ?"), {branch});
        });
}

Result<LocationInfo> Administration::addLocation(const Caller &caller, const LocationInput &input)
{
    const QString branch = upperCode(input.branch);
    const QString code = input.code.trimmed();
    return m_core.execute<LocationInfo>(
        caller, {Services::Administration, QStringLiteral("location.add"), Rights::SystemAdmin, branch + QLatin1Char('/') + code},
        [&](OperationContext &ctx) -> Result<LocationInfo> {
            Database &db = ctx.db();
            FieldErrors errors;
            auto b = branchByCode(db, branch);
            if (!b.ok())
                return b.error();
            if (!b->has_value())
                errors.add(QStringLiteral("branch"), QStringLiteral("library.unknown_branch"), tr("There is no branch \"%1\".").arg(branch));
            else if ((*b)->closed)
                errors.add(QStringLiteral("branch"), QStringLiteral("library.branch_closed"), tr("The branch %1 is closed.").arg(branch));
            checkLocationCode(errors, code);
            checkName(errors, input.name.value_or(code), true);
            if (b->has_value() && !errors.has(QStringLiteral("code"))) {
                auto existing = readLocations(db, QStringLiteral("WHERE b.code = ? AND l.code = ?"), {branch, code});
                if (!existing.ok())
                    return existing.error();
                if (!existing->isEmpty())
                    errors.add(QStringLiteral("code"), QStringLiteral("library.duplicate_location"),
                               tr("The branch %1 already has the location %2.").arg(branch, code));
            }
            if (!errors.isEmpty())
                return errors.refusal();
            if (Status st = exec(db,
                                 QStringLiteral("INSERT INTO locations (branch_id, code, name, created_op, updated_op) VALUES (?, ?, ?, "
                                                "?, ?)"),
                                 {(*b)->id, code, input.name.value_or(code).trimmed(), ctx.operationId(), ctx.operationId()});
                !st.ok())
                return st.error();
            return recorded(ctx, findLocation(db, branch, code), {}, tr("Location %1 of branch %2 added").arg(code, branch),
                            QStringLiteral("location"), branch + QLatin1Char('/') + code);
        });
}

Result<LocationInfo> Administration::editLocation(const Caller &caller, const LocationInput &input)
{
    const QString branch = upperCode(input.branch);
    const QString code = input.code.trimmed();
    return m_core.execute<LocationInfo>(
        caller, {Services::Administration, QStringLiteral("location.edit"), Rights::SystemAdmin, branch + QLatin1Char('/') + code},
        [&](OperationContext &ctx) -> Result<LocationInfo> {
            Database &db = ctx.db();
            auto before = findLocation(db, branch, code);
            if (!before.ok())
                return before.error();
            FieldErrors errors;
            checkName(errors, input.name, true);
            if (!errors.isEmpty())
                return errors.refusal();
            if (input.name->trimmed() == before->name)
                return nothingToChange();
            Assignments a;
            a.set("name", input.name->trimmed());
            if (Status st = a.apply(ctx, QStringLiteral("locations"), QStringLiteral("id"), before->id); !st.ok())
                return st.error();
            return recorded(ctx, findLocation(db, branch, code), before->toJson(), tr("Location %1 of branch %2 changed").arg(code, branch),
                            QStringLiteral("location"), branch + QLatin1Char('/') + code);
        });
}

Result<LocationInfo> Administration::setLocationActive(const Caller &caller, const QString &rawBranch, const QString &rawCode,
                                                       bool active)
{
    const QString branch = upperCode(rawBranch);
    const QString code = rawCode.trimmed();
    return m_core.execute<LocationInfo>(
        caller,
        {Services::Administration, active ? QStringLiteral("location.reactivate") : QStringLiteral("location.retire"),
         Rights::SystemAdmin, branch + QLatin1Char('/') + code},
        [&](OperationContext &ctx) -> Result<LocationInfo> {
            return setActiveFlag<LocationInfo>(
                ctx, [&] { return findLocation(ctx.db(), branch, code); }, active, QStringLiteral("locations"), QStringLiteral("id"),
                [](const LocationInfo &l) { return QVariant(l.id); },
                active ? tr("The location %1 is in use.").arg(code) : tr("The location %1 is already retired.").arg(code),
                active ? tr("Location %1 of branch %2 in use again").arg(code, branch) : tr("Location %1 of branch %2 retired").arg(code, branch),
                QStringLiteral("location"), branch + QLatin1Char('/') + code);
        });
}

} // namespace Aksara::Library
