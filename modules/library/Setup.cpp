#include "library/Setup.h"

#include "circulation/SettingKeys.h"
#include "core/FieldErrors.h"
#include "core/StaffDirectory.h"
#include "library/Settings.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace Aksara::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Library", text);
}

std::optional<QString> changed(const std::optional<QString> &wanted, const QString &current)
{
    if (wanted && wanted->trimmed() != current)
        return wanted->trimmed();
    return std::nullopt;
}

// A step's refusal says which step it was (details.step = {entity, key}): the same field ("code",
// "email") appears in several steps, and a form shows the reason with the part of the plan it
// concerns.
Error at(Error error, const QString &entity, const QString &key)
{
    error.details.insert(QStringLiteral("step"), QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("key"), key}});
    return error;
}

template<typename T>
std::optional<T> changed(const std::optional<T> &wanted, const T &current)
{
    if (wanted && *wanted != current)
        return wanted;
    return std::nullopt;
}
} // namespace

QJsonObject SetupStep::toJson() const
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("key"), key}, {QStringLiteral("action"), action}};
}

int SetupReport::changed() const
{
    return int(std::count_if(steps.begin(), steps.end(), [](const SetupStep &s) { return s.action != QLatin1String("unchanged"); }));
}

QJsonObject SetupReport::toJson() const
{
    QJsonArray a;
    for (const SetupStep &s : steps)
        a << s.toJson();
    return {{QStringLiteral("steps"), a}, {QStringLiteral("changed"), changed()}};
}

SetupPlan SetupPlan::defaults(const QString &language)
{
    const bool id = language != QLatin1String("en");
    SetupPlan p;
    p.library.language = id ? QStringLiteral("id") : QStringLiteral("en");
    auto category = [](const char *code, const QString &name, int months, qint64 debt, int minAge, int maxAge, bool nik) {
        CategoryInput c;
        c.code = QString::fromLatin1(code);
        c.name = name;
        c.membershipMonths = months;
        c.debtLimit = debt;
        c.enrolmentFee = 0;
        c.minAge = minAge;
        c.maxAge = maxAge;
        c.nikRequired = nik;
        return c;
    };
    p.categories = {category("UMUM", id ? QStringLiteral("Umum (dewasa)") : QStringLiteral("General (adults)"), 24, 50000, 17, -1, true),
                    category("PELAJAR", id ? QStringLiteral("Pelajar/Mahasiswa") : QStringLiteral("Pupils and students"), 12,
                             20000, -1, -1, false),
                    category("ANAK", id ? QStringLiteral("Anak") : QStringLiteral("Children"), 12, 10000, -1, 12, false)};
    auto type = [](const char *code, const QString &name, bool loanable) {
        ItemTypeInput t;
        t.code = QString::fromLatin1(code);
        t.name = name;
        t.loanable = loanable;
        return t;
    };
    p.itemTypes = {type("book", id ? QStringLiteral("Buku") : QStringLiteral("Book"), true),
                   type("reference", id ? QStringLiteral("Referensi (baca di tempat)") : QStringLiteral("Reference (library use only)"),
                        false),
                   type("periodical", id ? QStringLiteral("Terbitan berkala") : QStringLiteral("Periodical"), true),
                   type("av", QStringLiteral("Audio-visual"), true)};
    p.settings = {{Circulation::SettingKeys::DefaultCategory, QStringLiteral("UMUM")}};
    return p;
}

// --- the file ----------------------------------------------------------------------------------

Result<SetupPlan> parseSetupFile(const QString &text, const QString &baseDir)
{
    SetupPlan plan;
    FieldErrors errors;
    QString section;
    QString sectionKey;
    int lineNo = 0;
    auto bad = [&](const QString &message) {
        errors.add(tr("line %1").arg(lineNo), QStringLiteral("library.setup_file"), tr("Line %1: %2").arg(lineNo).arg(message));
    };
    auto yesNo = [&](const QString &v, bool *out) {
        const QString s = v.toLower();
        if (s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("ya"))
            *out = true;
        else if (s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("tidak"))
            *out = false;
        else
            return false;
        return true;
    };
    auto number = [&](const QString &v, qint64 *out, bool emptyIsNone) {
        if (v.isEmpty() && emptyIsNone) {
            *out = -1;
            return true;
        }
        bool ok = false;
        *out = QString(v).remove(QLatin1Char('.')).remove(QLatin1Char('_')).toLongLong(&ok);
        return ok;
    };
    static const QRegularExpression header(QStringLiteral("^\\[\\s*([a-z-]+)(?:\\s+([^\\]]*?))?\\s*\\]$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const auto m = header.match(line);
            if (!m.hasMatch()) {
                bad(tr("\"%1\" is not a section header such as [library] or [branch CODE].").arg(line));
                section.clear();
                continue;
            }
            section = m.captured(1);
            sectionKey = m.captured(2).trimmed();
            const bool keyed = section == QLatin1String("branch") || section == QLatin1String("category")
                               || section == QLatin1String("item-type") || section == QLatin1String("location");
            const bool plain = section == QLatin1String("library") || section == QLatin1String("settings")
                               || section == QLatin1String("admin");
            if (!keyed && !plain) {
                bad(tr("unknown section [%1]; the sections are [library], [branch CODE], [category CODE], [item-type CODE], "
                       "[location BRANCH/CODE], [settings] and [admin].")
                        .arg(section));
                section.clear();
            } else if (keyed && sectionKey.isEmpty()) {
                bad(tr("[%1] needs its code, as in [%1 CODE].").arg(section));
                section.clear();
            } else if (plain && !sectionKey.isEmpty()) {
                bad(tr("[%1] takes no code.").arg(section));
                section.clear();
            } else if (section == QLatin1String("branch")) {
                plan.branches << BranchInput{sectionKey, {}, {}, {}, {}, {}};
            } else if (section == QLatin1String("category")) {
                CategoryInput c;
                c.code = sectionKey;
                plan.categories << c;
            } else if (section == QLatin1String("item-type")) {
                ItemTypeInput t;
                t.code = sectionKey;
                plan.itemTypes << t;
            } else if (section == QLatin1String("location")) {
                const qsizetype slash = sectionKey.indexOf(QLatin1Char('/'));
                if (slash <= 0 || slash == sectionKey.size() - 1) {
                    bad(tr("a location is named BRANCH/CODE, as in [location PUSAT/REF]."));
                    section.clear();
                } else {
                    LocationInput l;
                    l.branch = sectionKey.left(slash).trimmed();
                    l.code = sectionKey.mid(slash + 1).trimmed();
                    plan.locations << l;
                }
            }
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            bad(tr("\"%1\" is not a \"name = value\" line.").arg(line));
            continue;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (section.isEmpty()) {
            bad(tr("\"%1\" stands outside any section.").arg(key));
            continue;
        }
        bool known = true;
        if (section == QLatin1String("library")) {
            LibraryInput &l = plan.library;
            if (key == QLatin1String("name"))
                l.name = value;
            else if (key == QLatin1String("address"))
                l.address = value;
            else if (key == QLatin1String("phone"))
                l.phone = value;
            else if (key == QLatin1String("email"))
                l.email = value;
            else if (key == QLatin1String("website"))
                l.website = value;
            else if (key == QLatin1String("time-zone"))
                l.timeZone = value;
            else if (key == QLatin1String("language"))
                l.language = value;
            else if (key == QLatin1String("logo")) {
                QFile f(QDir(baseDir).filePath(value));
                if (!f.open(QIODevice::ReadOnly))
                    bad(tr("cannot read the logo %1.").arg(QDir(baseDir).filePath(value)));
                else if (f.size() > Administration::kMaxLogoBytes)
                    bad(tr("the logo %1 is larger than 1 MiB.").arg(value));
                else
                    plan.logo = f.readAll();
            } else
                known = false;
        } else if (section == QLatin1String("branch")) {
            BranchInput &b = plan.branches.last();
            if (key == QLatin1String("name"))
                b.name = value;
            else if (key == QLatin1String("address"))
                b.address = value;
            else if (key == QLatin1String("phone"))
                b.phone = value;
            else if (key == QLatin1String("email"))
                b.email = value;
            else if (key == QLatin1String("calendar"))
                b.calendar = value;
            else
                known = false;
        } else if (section == QLatin1String("category")) {
            CategoryInput &c = plan.categories.last();
            qint64 n = 0;
            bool flag = false;
            if (key == QLatin1String("name"))
                c.name = value;
            else if (key == QLatin1String("membership-months") && number(value, &n, false))
                c.membershipMonths = int(n);
            else if (key == QLatin1String("enrolment-fee") && number(value, &n, false))
                c.enrolmentFee = n;
            else if (key == QLatin1String("debt-limit") && number(value, &n, false))
                c.debtLimit = n;
            else if (key == QLatin1String("min-age") && number(value, &n, true))
                c.minAge = int(n);
            else if (key == QLatin1String("max-age") && number(value, &n, true))
                c.maxAge = int(n);
            else if (key == QLatin1String("nik-required") && yesNo(value, &flag))
                c.nikRequired = flag;
            else if (QStringList{QStringLiteral("membership-months"), QStringLiteral("enrolment-fee"), QStringLiteral("debt-limit"),
                                 QStringLiteral("min-age"), QStringLiteral("max-age")}
                         .contains(key))
                bad(tr("%1 is a whole number, not \"%2\".").arg(key, value));
            else if (key == QLatin1String("nik-required"))
                bad(tr("%1 is yes or no, not \"%2\".").arg(key, value));
            else
                known = false;
        } else if (section == QLatin1String("item-type")) {
            ItemTypeInput &t = plan.itemTypes.last();
            qint64 n = 0;
            bool flag = false;
            if (key == QLatin1String("name"))
                t.name = value;
            else if (key == QLatin1String("loanable") && yesNo(value, &flag))
                t.loanable = flag;
            else if (key == QLatin1String("default-price") && number(value, &n, false))
                t.defaultPrice = n;
            else if (key == QLatin1String("loanable"))
                bad(tr("%1 is yes or no, not \"%2\".").arg(key, value));
            else if (key == QLatin1String("default-price"))
                bad(tr("%1 is a whole number, not \"%2\".").arg(key, value));
            else
                known = false;
        } else if (section == QLatin1String("location")) {
            if (key == QLatin1String("name"))
                plan.locations.last().name = value;
            else
                known = false;
        } else if (section == QLatin1String("settings")) {
            plan.settings << std::pair{key, value};
        } else if (section == QLatin1String("admin")) {
            if (key == QLatin1String("username"))
                plan.admin.username = value;
            else if (key == QLatin1String("name"))
                plan.admin.displayName = value;
            else if (key == QLatin1String("branch"))
                plan.admin.branch = value;
            else if (key == QLatin1String("password"))
                plan.admin.password = value;
            else if (key == QLatin1String("password-file")) {
                QFile f(QDir(baseDir).filePath(value));
                if (!f.open(QIODevice::ReadOnly))
                    bad(tr("cannot read the password file %1.").arg(QDir(baseDir).filePath(value)));
                else
                    plan.admin.password = QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
            } else
                known = false;
        }
        if (!known)
            bad(tr("[%1] has no \"%2\".").arg(section, key));
    }
    if (!errors.isEmpty())
        return errors.refusal();
    return plan;
}

// --- applying it -------------------------------------------------------------------------------

Result<bool> Setup::isSetUp(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM branches WHERE closed_at IS NULL) > 0 AND "
                                      "(SELECT COUNT(*) FROM patron_categories WHERE active = 1) > 0 AND "
                                      "(SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1) > 0"));
    if (!v.ok())
        return v.error();
    return v->toBool();
}

Result<bool> Setup::needsAdminPassword(const SetupPlan &plan)
{
    if (plan.admin.username.isEmpty())
        return false;
    auto v = m_core.db().scalar(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), {plan.admin.username.trimmed()});
    if (!v.ok())
        return v.error();
    return v->isNull();
}

Result<SetupReport> Setup::apply(const Caller &caller, const SetupPlan &plan)
{
    Database &db = m_core.db();
    Administration admin(m_core);
    Settings settings(m_core);
    SetupReport report;
    auto step = [&](const QString &entity, const QString &key, const QString &action) {
        report.steps << SetupStep{entity, key, action};
    };

    // What a library cannot start without.
    {
        FieldErrors missing;
        auto counts = db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM branches WHERE closed_at IS NULL), "
                                             "(SELECT COUNT(*) FROM patron_categories WHERE active = 1), "
                                             "(SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1)"));
        if (!counts.ok())
            return counts.error();
        counts->next();
        const qint64 branches = counts->value(0).toLongLong();
        const qint64 categories = counts->value(1).toLongLong();
        const qint64 admins = counts->value(2).toLongLong();
        counts->finish();
        if (branches == 0 && plan.branches.isEmpty())
            missing.add(QStringLiteral("branch"), QStringLiteral("library.setup_incomplete"),
                        tr("The library has no branch yet: the set-up must create one."));
        if (categories == 0 && plan.categories.isEmpty())
            missing.add(QStringLiteral("category"), QStringLiteral("library.setup_incomplete"),
                        tr("The library has no patron category yet: the set-up must create one."));
        if (admins == 0 && plan.admin.username.trimmed().isEmpty())
            missing.add(QStringLiteral("admin"), QStringLiteral("library.setup_incomplete"),
                        tr("The library has no administrator yet: the set-up must name one."));
        if (!missing.isEmpty())
            return missing.refusal();
    }

    // Who the library is.
    auto profile = LibraryProfile::read(db);
    if (!profile.ok())
        return profile.error();
    {
        const LibraryInput &in = plan.library;
        LibraryInput diff;
        diff.name = changed(in.name, profile->name);
        diff.address = changed(in.address, profile->address);
        diff.phone = changed(in.phone, profile->phone);
        diff.email = changed(in.email, profile->email);
        diff.website = changed(in.website, profile->website);
        diff.timeZone = changed(in.timeZone, profile->timeZone);
        diff.language = changed(in.language, profile->language);
        if (diff.name || diff.address || diff.phone || diff.email || diff.website || diff.timeZone || diff.language) {
            auto r = admin.setLibrary(caller, diff);
            if (!r.ok())
                return at(r.error(), QStringLiteral("library"), QStringLiteral("library"));
            step(QStringLiteral("library"), QStringLiteral("library"), QStringLiteral("updated"));
        } else {
            step(QStringLiteral("library"), QStringLiteral("library"), QStringLiteral("unchanged"));
        }
        if (!plan.logo.isEmpty()) {
            if (plan.logo == profile->logo) {
                step(QStringLiteral("logo"), QStringLiteral("logo"), QStringLiteral("unchanged"));
            } else {
                auto r = admin.setLogo(caller, plan.logo);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("logo"), QStringLiteral("logo"));
                step(QStringLiteral("logo"), QStringLiteral("logo"), profile->logo.isEmpty() ? QStringLiteral("created")
                                                                                            : QStringLiteral("updated"));
            }
        }
    }

    // Branches.
    {
        auto current = admin.branches(caller);
        if (!current.ok())
            return current.error();
        QHash<QString, BranchInfo> byCode;
        for (const BranchInfo &b : std::as_const(*current))
            byCode.insert(b.code, b);
        for (const BranchInput &in : plan.branches) {
            const QString code = in.code.trimmed().toUpper();
            if (!byCode.contains(code)) {
                auto r = admin.addBranch(caller, in);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("branch"), code);
                step(QStringLiteral("branch"), r->code, QStringLiteral("created"));
                continue;
            }
            const BranchInfo &b = byCode[code];
            BranchInput diff;
            diff.code = code;
            diff.name = changed(in.name, b.name);
            diff.address = changed(in.address, b.address);
            diff.phone = changed(in.phone, b.phone);
            diff.email = changed(in.email, b.email);
            diff.calendar = changed(in.calendar, b.calendar);
            if (diff.name || diff.address || diff.phone || diff.email || diff.calendar) {
                auto r = admin.editBranch(caller, diff);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("branch"), code);
                step(QStringLiteral("branch"), code, QStringLiteral("updated"));
            } else {
                step(QStringLiteral("branch"), code, QStringLiteral("unchanged"));
            }
        }
    }

    // Patron categories.
    {
        auto current = admin.categories(caller);
        if (!current.ok())
            return current.error();
        QHash<QString, CategoryInfo> byCode;
        for (const CategoryInfo &c : std::as_const(*current))
            byCode.insert(c.code, c);
        for (const CategoryInput &in : plan.categories) {
            const QString code = in.code.trimmed().toUpper();
            if (!byCode.contains(code)) {
                auto r = admin.addCategory(caller, in);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("patron_category"), code);
                step(QStringLiteral("patron_category"), r->code, QStringLiteral("created"));
                continue;
            }
            const CategoryInfo &c = byCode[code];
            CategoryInput diff;
            diff.code = code;
            diff.name = changed(in.name, c.name);
            diff.membershipMonths = changed(in.membershipMonths, c.membershipMonths);
            diff.enrolmentFee = changed(in.enrolmentFee, c.enrolmentFee);
            diff.debtLimit = changed(in.debtLimit, c.debtLimit);
            diff.minAge = changed(in.minAge, c.minAge);
            diff.maxAge = changed(in.maxAge, c.maxAge);
            diff.nikRequired = changed(in.nikRequired, c.nikRequired);
            if (diff.name || diff.membershipMonths || diff.enrolmentFee || diff.debtLimit || diff.minAge || diff.maxAge
                || diff.nikRequired) {
                auto r = admin.editCategory(caller, diff);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("patron_category"), code);
                step(QStringLiteral("patron_category"), code, QStringLiteral("updated"));
            } else {
                step(QStringLiteral("patron_category"), code, QStringLiteral("unchanged"));
            }
        }
    }

    // Item types.
    {
        auto current = admin.itemTypes(caller);
        if (!current.ok())
            return current.error();
        QHash<QString, ItemTypeInfo> byCode;
        for (const ItemTypeInfo &t : std::as_const(*current))
            byCode.insert(t.code, t);
        for (const ItemTypeInput &in : plan.itemTypes) {
            const QString code = in.code.trimmed().toLower();
            if (!byCode.contains(code)) {
                auto r = admin.addItemType(caller, in);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("item_type"), code);
                step(QStringLiteral("item_type"), r->code, QStringLiteral("created"));
                continue;
            }
            const ItemTypeInfo &t = byCode[code];
            ItemTypeInput diff;
            diff.code = code;
            diff.name = changed(in.name, t.name);
            diff.loanable = changed(in.loanable, t.loanable);
            diff.defaultPrice = changed(in.defaultPrice, t.defaultPrice);
            if (diff.name || diff.loanable || diff.defaultPrice) {
                auto r = admin.editItemType(caller, diff);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("item_type"), code);
                step(QStringLiteral("item_type"), code, QStringLiteral("updated"));
            } else {
                step(QStringLiteral("item_type"), code, QStringLiteral("unchanged"));
            }
        }
    }

    // Shelving locations.
    {
        auto current = admin.locations(caller);
        if (!current.ok())
            return current.error();
        QHash<QString, LocationInfo> byKey;
        for (const LocationInfo &l : std::as_const(*current))
            byKey.insert(l.branch + QLatin1Char('/') + l.code, l);
        for (const LocationInput &in : plan.locations) {
            const QString key = in.branch.trimmed().toUpper() + QLatin1Char('/') + in.code.trimmed();
            if (!byKey.contains(key)) {
                auto r = admin.addLocation(caller, in);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("location"), key);
                step(QStringLiteral("location"), key, QStringLiteral("created"));
            } else if (in.name && in.name->trimmed() != byKey[key].name) {
                auto r = admin.editLocation(caller, in);
                if (!r.ok())
                    return at(r.error(), QStringLiteral("location"), key);
                step(QStringLiteral("location"), key, QStringLiteral("updated"));
            } else {
                step(QStringLiteral("location"), key, QStringLiteral("unchanged"));
            }
        }
    }

    // Settings (after the branches and categories they may name).
    if (!plan.settings.isEmpty()) {
        auto current = settings.list(caller);
        if (!current.ok())
            return current.error();
        QHash<QString, SettingValue> byKey;
        for (const SettingValue &v : std::as_const(*current))
            byKey.insert(v.def.key, v);
        for (const auto &[key, value] : plan.settings) {
            const auto it = byKey.constFind(key.trimmed());
            if (it != byKey.constEnd() && it->isSet && it->value == value.trimmed()) {
                step(QStringLiteral("setting"), key, QStringLiteral("unchanged"));
                continue;
            }
            auto r = settings.set(caller, key, value);
            if (!r.ok())
                return at(r.error(), QStringLiteral("setting"), key);
            step(QStringLiteral("setting"), key, QStringLiteral("updated"));
        }
    }

    // The first administrator.
    if (!plan.admin.username.trimmed().isEmpty()) {
        const QString username = plan.admin.username.trimmed();
        auto existing = db.scalar(QStringLiteral("SELECT role FROM staff WHERE username = ?"), {username});
        if (!existing.ok())
            return existing.error();
        if (!existing->isNull()) {
            step(QStringLiteral("staff"), username, QStringLiteral("unchanged"));
        } else {
            qint64 branchId = 0;
            if (!plan.admin.branch.trimmed().isEmpty()) {
                auto b = db.scalar(QStringLiteral("SELECT id FROM branches WHERE code = ?"), {plan.admin.branch.trimmed().toUpper()});
                if (!b.ok())
                    return b.error();
                if (b->isNull()) {
                    FieldErrors e;
                    e.add(QStringLiteral("admin.branch"), QStringLiteral("library.unknown_branch"),
                          tr("There is no branch \"%1\" for the administrator.").arg(plan.admin.branch));
                    return at(e.refusal(), QStringLiteral("staff"), username);
                }
                branchId = b->toLongLong();
            }
            if (plan.admin.password.isEmpty()) {
                FieldErrors e;
                e.add(QStringLiteral("admin.password"), QStringLiteral("library.setup_password"),
                      tr("The new administrator %1 needs a password.").arg(username));
                return at(e.refusal(), QStringLiteral("staff"), username);
            }
            StaffDirectory staff(m_core);
            auto a = staff.create(caller, username, plan.admin.displayName.trimmed(), Role::Admin, plan.admin.password, branchId);
            if (!a.ok())
                return at(a.error(), QStringLiteral("staff"), username);
            step(QStringLiteral("staff"), username, QStringLiteral("created"));
        }
    }
    return report;
}

} // namespace Aksara::Library
