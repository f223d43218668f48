// The library's identity and structure: aksara library|branch|category|item-type|location|settings,
// and aksara setup (first run, interactive or from a file).
#include "Cli.h"
#include "LibraryCommands.h"

#include "circulation/SettingKeys.h"
#include "library/Administration.h"
#include "library/Settings.h"
#include "library/Setup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace Aksara::Cli {

namespace {
using namespace Aksara::Library;

QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Cli", text);
}

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

std::optional<QString> optText(Env &env, const QString &name)
{
    if (!env.isSet(name))
        return std::nullopt;
    return env.value(name);
}

// A yes/no option: "yes", "no" (also true/false, 1/0, ya/tidak).
bool parseYesNo(const QString &v, bool *out)
{
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("ya"))
        *out = true;
    else if (s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("tidak"))
        *out = false;
    else
        return false;
    return true;
}

// Reads whole-number and yes/no options into `target`; a malformed one is a usage error (returns
// its message).
QString intOption(Env &env, const QString &name, std::optional<qint64> *target, bool emptyIsNone = false)
{
    if (!env.isSet(name))
        return {};
    const QString v = QString(env.value(name)).remove(QLatin1Char('.')).trimmed();
    if (v.isEmpty() && emptyIsNone) {
        *target = -1;
        return {};
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok)
        return tr("--%1 needs a whole number.").arg(name);
    *target = n;
    return {};
}

QString boolOption(Env &env, const QString &name, std::optional<bool> *target)
{
    if (!env.isSet(name))
        return {};
    bool b = false;
    if (!parseYesNo(env.value(name), &b))
        return tr("--%1 is yes or no.").arg(name);
    *target = b;
    return {};
}

QString rupiah(qint64 v)
{
    return QLocale(QLocale::Indonesian).toString(v);
}

template<typename T>
int printList(Env &env, const Result<QList<T>> &list, const std::function<QString(const T &)> &line)
{
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const T &x : *list)
            a << x.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const T &x : *list)
        env.out() << line(x) << "\n";
    return Ok;
}

template<typename T>
int printOne(Env &env, const Result<T> &r, const QString &done)
{
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << done << "\n";
    return Ok;
}

// --- library -----------------------------------------------------------------------------------

void printProfile(Env &env, const LibraryProfile &p)
{
    QTextStream &o = env.out();
    o << tr("Name:      %1").arg(p.name) << "\n";
    o << tr("Address:   %1").arg(p.address) << "\n";
    o << tr("Phone:     %1").arg(p.phone) << "\n";
    o << tr("E-mail:    %1").arg(p.email) << "\n";
    o << tr("Website:   %1").arg(p.website) << "\n";
    o << tr("Time zone: %1").arg(p.timeZone) << "\n";
    o << tr("Language:  %1").arg(p.language) << "\n";
    o << tr("Logo:      %1").arg(p.logo.isEmpty() ? tr("none") : tr("%1, %2 bytes").arg(p.logoType).arg(p.logo.size())) << "\n";
}

int cmdLibraryShow(Env &env)
{
    Administration admin(env.core());
    auto p = admin.library(env.caller());
    if (!p.ok())
        return env.fail(p.error());
    if (env.json())
        env.printJson(p->toJson());
    else
        printProfile(env, *p);
    return Ok;
}

int cmdLibrarySet(Env &env)
{
    LibraryInput in;
    in.name = optText(env, QStringLiteral("name"));
    in.address = optText(env, QStringLiteral("address"));
    in.phone = optText(env, QStringLiteral("phone"));
    in.email = optText(env, QStringLiteral("email"));
    in.website = optText(env, QStringLiteral("website"));
    in.timeZone = optText(env, QStringLiteral("time-zone"));
    in.language = optText(env, QStringLiteral("language"));
    Administration admin(env.core());
    auto p = admin.setLibrary(env.caller(), in);
    if (!p.ok())
        return env.fail(p.error());
    if (env.json())
        env.printJson(p->toJson());
    else
        printProfile(env, *p);
    return Ok;
}

int cmdLibraryLogo(Env &env)
{
    QByteArray image;
    if (!env.isSet(QStringLiteral("remove"))) {
        if (env.args().size() != 1)
            return env.usage(tr("library logo takes one FILE (PNG or JPEG), or --remove."));
        QFile f(env.args().first());
        if (!f.open(QIODevice::ReadOnly))
            return env.fail(Error::refused(QStringLiteral("library.bad_logo"), tr("Cannot read %1.").arg(env.args().first())));
        if (f.size() > Administration::kMaxLogoBytes)
            return env.fail(Error::refused(QStringLiteral("library.bad_logo"), tr("The logo is larger than 1 MiB.")));
        image = f.readAll();
        if (image.isEmpty())
            return env.fail(Error::refused(QStringLiteral("library.bad_logo"), tr("%1 is empty.").arg(env.args().first())));
    }
    Administration admin(env.core());
    auto p = admin.setLogo(env.caller(), image);
    if (!p.ok())
        return env.fail(p.error());
    if (env.json())
        env.printJson(p->toJson());
    else
        env.out() << (image.isEmpty() ? tr("The library's logo was removed.") : tr("The library's logo was set.")) << "\n";
    return Ok;
}

// --- branches ----------------------------------------------------------------------------------

void branchOptions(QCommandLineParser &p)
{
    p.addOption(opt(QStringLiteral("name"), tr("the branch's name"), QStringLiteral("NAME")));
    p.addOption(opt(QStringLiteral("address"), tr("its address"), QStringLiteral("TEXT")));
    p.addOption(opt(QStringLiteral("phone"), tr("its telephone"), QStringLiteral("PHONE")));
    p.addOption(opt(QStringLiteral("email"), tr("its e-mail"), QStringLiteral("ADDRESS")));
    p.addOption(opt(QStringLiteral("calendar"), tr("the calendar of its opening hours (empty: the library's)"), QStringLiteral("CODE")));
}

BranchInput branchInput(Env &env)
{
    BranchInput b;
    b.code = env.args().value(0);
    b.name = optText(env, QStringLiteral("name"));
    b.address = optText(env, QStringLiteral("address"));
    b.phone = optText(env, QStringLiteral("phone"));
    b.email = optText(env, QStringLiteral("email"));
    b.calendar = optText(env, QStringLiteral("calendar"));
    return b;
}

QString branchLine(const BranchInfo &b)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(b.code, -10)
        .arg(b.closed ? tr("closed") : tr("open"), -8)
        .arg(b.calendar.isEmpty() ? QStringLiteral("-") : b.calendar, -12)
        .arg(tr("%1 members, %2 copies").arg(b.patrons).arg(b.items), -28)
        .arg(b.name + (b.address.isEmpty() ? QString() : QStringLiteral(" — ") + b.address));
}

int cmdBranchList(Env &env)
{
    Administration admin(env.core());
    return printList<BranchInfo>(env, admin.branches(env.caller()), branchLine);
}

int cmdBranchAdd(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("branch add takes one CODE."));
    Administration admin(env.core());
    auto b = admin.addBranch(env.caller(), branchInput(env));
    return printOne(env, b, b.ok() ? tr("Branch %1 (%2) added.").arg(b->code, b->name) : QString());
}

int cmdBranchEdit(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("branch edit takes one CODE."));
    Administration admin(env.core());
    auto b = admin.editBranch(env.caller(), branchInput(env));
    return printOne(env, b, b.ok() ? tr("Branch %1 changed.").arg(b->code) : QString());
}

int cmdBranchClose(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("branch close takes one CODE."));
    Administration admin(env.core());
    auto b = admin.closeBranch(env.caller(), env.args().first(), env.value(QStringLiteral("reason")));
    return printOne(env, b, b.ok() ? tr("Branch %1 closed; its members, copies and history are kept.").arg(b->code) : QString());
}

int cmdBranchReopen(Env &env)
{
    if (env.args().size() != 1)
        return env.usage(tr("branch reopen takes one CODE."));
    Administration admin(env.core());
    auto b = admin.reopenBranch(env.caller(), env.args().first());
    return printOne(env, b, b.ok() ? tr("Branch %1 is open again.").arg(b->code) : QString());
}

// --- patron categories -------------------------------------------------------------------------

void categoryOptions(QCommandLineParser &p)
{
    p.addOption(opt(QStringLiteral("name"), tr("the category's name"), QStringLiteral("NAME")));
    p.addOption(opt(QStringLiteral("months"), tr("membership period in months"), QStringLiteral("N")));
    p.addOption(opt(QStringLiteral("enrolment-fee"), tr("fee charged when a member joins, in rupiah"), QStringLiteral("RP")));
    p.addOption(opt(QStringLiteral("debt-limit"), tr("rupiah a member may owe and still borrow"), QStringLiteral("RP")));
    p.addOption(opt(QStringLiteral("min-age"), tr("lowest age (empty: none)"), QStringLiteral("YEARS")));
    p.addOption(opt(QStringLiteral("max-age"), tr("highest age (empty: none)"), QStringLiteral("YEARS")));
    p.addOption(opt(QStringLiteral("nik-required"), tr("whether members register with their NIK: yes or no"), QStringLiteral("YES|NO")));
}

QString categoryInput(Env &env, CategoryInput *c)
{
    c->code = env.args().value(0);
    c->name = optText(env, QStringLiteral("name"));
    std::optional<qint64> months, fee, debt, minAge, maxAge;
    for (const QString &problem :
         {intOption(env, QStringLiteral("months"), &months), intOption(env, QStringLiteral("enrolment-fee"), &fee),
          intOption(env, QStringLiteral("debt-limit"), &debt), intOption(env, QStringLiteral("min-age"), &minAge, true),
          intOption(env, QStringLiteral("max-age"), &maxAge, true), boolOption(env, QStringLiteral("nik-required"), &c->nikRequired)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (months)
        c->membershipMonths = int(qBound(qint64(-1), *months, qint64(100000)));
    c->enrolmentFee = fee;
    c->debtLimit = debt;
    if (minAge)
        c->minAge = int(qBound(qint64(-1), *minAge, qint64(100000)));
    if (maxAge)
        c->maxAge = int(qBound(qint64(-1), *maxAge, qint64(100000)));
    return {};
}

QString categoryLine(const CategoryInfo &c)
{
    QString ages = tr("any age");
    if (c.minAge >= 0 && c.maxAge >= 0)
        ages = tr("%1–%2 years").arg(c.minAge).arg(c.maxAge);
    else if (c.minAge >= 0)
        ages = tr("%1+ years").arg(c.minAge);
    else if (c.maxAge >= 0)
        ages = tr("up to %1 years").arg(c.maxAge);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(c.code, -10)
        .arg(c.active ? tr("in use") : tr("retired"), -8)
        .arg(tr("%1 months").arg(c.membershipMonths), -10)
        .arg(tr("NIK %1").arg(c.nikRequired ? tr("required") : tr("optional")), -14)
        .arg(ages, -14)
        .arg(tr("fee Rp %1, limit Rp %2").arg(rupiah(c.enrolmentFee), rupiah(c.debtLimit)), -28)
        .arg(c.name);
}

int cmdCategoryList(Env &env)
{
    Administration admin(env.core());
    return printList<CategoryInfo>(env, admin.categories(env.caller()), categoryLine);
}

int cmdCategoryAddEdit(Env &env, bool add)
{
    if (env.args().size() != 1)
        return env.usage(add ? tr("category add takes one CODE.") : tr("category edit takes one CODE."));
    CategoryInput c;
    if (QString problem = categoryInput(env, &c); !problem.isEmpty())
        return env.usage(problem);
    Administration admin(env.core());
    auto r = add ? admin.addCategory(env.caller(), c) : admin.editCategory(env.caller(), c);
    return printOne(env, r, r.ok() ? (add ? tr("Patron category %1 (%2) added.") : tr("Patron category %1 (%2) changed.")).arg(r->code, r->name)
                                   : QString());
}

int cmdCategoryActive(Env &env, bool active)
{
    if (env.args().size() != 1)
        return env.usage(tr("this command takes one CODE."));
    Administration admin(env.core());
    auto r = admin.setCategoryActive(env.caller(), env.args().first(), active);
    return printOne(env, r, r.ok() ? (active ? tr("Patron category %1 takes new members again.") : tr("Patron category %1 retired: its members keep it, new members cannot join it.")).arg(r->code)
                                   : QString());
}

// --- item types --------------------------------------------------------------------------------

void itemTypeOptions(QCommandLineParser &p)
{
    p.addOption(opt(QStringLiteral("name"), tr("the item type's name"), QStringLiteral("NAME")));
    p.addOption(opt(QStringLiteral("loanable"), tr("whether copies of this type are lent: yes or no"), QStringLiteral("YES|NO")));
    p.addOption(opt(QStringLiteral("price"), tr("default replacement price of a new copy, in rupiah"), QStringLiteral("RP")));
}

int cmdItemTypeList(Env &env)
{
    Administration admin(env.core());
    return printList<ItemTypeInfo>(env, admin.itemTypes(env.caller()), [](const ItemTypeInfo &t) {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(t.code, -12)
            .arg(t.active ? tr("in use") : tr("retired"), -8)
            .arg(t.loanable ? tr("lent") : tr("not lent"), -10)
            .arg(tr("Rp %1").arg(rupiah(t.defaultPrice)), -12)
            .arg(t.name);
    });
}

int cmdItemTypeAddEdit(Env &env, bool add)
{
    if (env.args().size() != 1)
        return env.usage(add ? tr("item-type add takes one CODE.") : tr("item-type edit takes one CODE."));
    ItemTypeInput t;
    t.code = env.args().first();
    t.name = optText(env, QStringLiteral("name"));
    for (const QString &problem :
         {boolOption(env, QStringLiteral("loanable"), &t.loanable), intOption(env, QStringLiteral("price"), &t.defaultPrice)}) {
        if (!problem.isEmpty())
            return env.usage(problem);
    }
    Administration admin(env.core());
    auto r = add ? admin.addItemType(env.caller(), t) : admin.editItemType(env.caller(), t);
    return printOne(env, r, r.ok() ? (add ? tr("Item type %1 (%2) added.") : tr("Item type %1 (%2) changed.")).arg(r->code, r->name)
                                   : QString());
}

int cmdItemTypeActive(Env &env, bool active)
{
    if (env.args().size() != 1)
        return env.usage(tr("this command takes one CODE."));
    Administration admin(env.core());
    auto r = admin.setItemTypeActive(env.caller(), env.args().first(), active);
    return printOne(env, r, r.ok() ? (active ? tr("Item type %1 is offered for new copies again.") : tr("Item type %1 retired: its copies keep it, new copies cannot have it.")).arg(r->code)
                                   : QString());
}

// --- shelving locations ------------------------------------------------------------------------

int cmdLocationList(Env &env)
{
    Administration admin(env.core());
    return printList<LocationInfo>(env, admin.locations(env.caller(), env.value(QStringLiteral("branch"))), [](const LocationInfo &l) {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(l.branch, -10)
            .arg(l.code, -16)
            .arg(l.active ? tr("in use") : tr("retired"), -8)
            .arg(tr("%1 copies").arg(l.items), -12)
            .arg(l.name);
    });
}

int cmdLocationAddEdit(Env &env, bool add)
{
    if (env.args().size() != 2)
        return env.usage(add ? tr("location add takes a BRANCH and a CODE.") : tr("location edit takes a BRANCH and a CODE."));
    LocationInput l{env.args().at(0), env.args().at(1), optText(env, QStringLiteral("name"))};
    if (!add && !l.name)
        return env.usage(tr("location edit needs --name."));
    Administration admin(env.core());
    auto r = add ? admin.addLocation(env.caller(), l) : admin.editLocation(env.caller(), l);
    return printOne(env, r, r.ok() ? (add ? tr("Location %1 (%2) added to branch %3.") : tr("Location %1 (%2) of branch %3 changed.")).arg(r->code, r->name, r->branch)
                                   : QString());
}

int cmdLocationActive(Env &env, bool active)
{
    if (env.args().size() != 2)
        return env.usage(tr("this command takes a BRANCH and a CODE."));
    Administration admin(env.core());
    auto r = admin.setLocationActive(env.caller(), env.args().at(0), env.args().at(1), active);
    return printOne(env, r, r.ok() ? (active ? tr("Location %1 of branch %2 is in use again.") : tr("Location %1 of branch %2 retired: copies there keep it, no copy can be put there.")).arg(r->code, r->branch)
                                   : QString());
}

// --- settings ----------------------------------------------------------------------------------

int cmdSettingsList(Env &env)
{
    Settings settings(env.core());
    auto list = settings.list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.args().size() == 1) {
        for (const SettingValue &v : std::as_const(*list)) {
            if (v.def.key == env.args().first()) {
                if (env.json())
                    env.printJson(v.toJson());
                else
                    env.out() << v.value << "\n";
                return Ok;
            }
        }
        return env.fail(Error::refused(QStringLiteral("library.unknown_setting"), tr("There is no setting \"%1\".").arg(env.args().first())));
    }
    return printList<SettingValue>(env, *list, [](const SettingValue &v) {
        QString value = v.value.isEmpty() ? tr("(empty)") : v.value;
        if (!v.def.unit.isEmpty())
            value += QLatin1Char(' ') + v.def.unit;
        return QStringLiteral("%1 %2 %3").arg(v.def.key, -30).arg(value + (v.isSet ? QString() : tr(" (default)")), -20).arg(v.def.label);
    });
}

int cmdSettingsSet(Env &env)
{
    if (env.args().size() != 2)
        return env.usage(tr("settings set takes a KEY and a VALUE (aksara settings list shows them)."));
    Settings settings(env.core());
    auto r = settings.set(env.caller(), env.args().at(0), env.args().at(1));
    return printOne(env, r, r.ok() ? tr("%1 (%2) is now %3.").arg(r->def.label, r->def.key, r->value) : QString());
}

// --- setup -------------------------------------------------------------------------------------

// Asks on the terminal; Enter keeps the value shown in brackets.
QString ask(Env &env, const QString &question, const QString &fallback = {})
{
    env.err() << question;
    if (!fallback.isEmpty())
        env.err() << " [" << fallback << "]";
    env.err() << ": ";
    env.err().flush();
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QByteArray line = in.readLine();
    if (line.isEmpty() && in.atEnd())
        return fallback;
    const QString answer = QString::fromUtf8(line).trimmed();
    return answer.isEmpty() ? fallback : answer;
}

bool askYes(Env &env, const QString &question, bool fallback)
{
    for (;;) {
        bool b = fallback;
        const QString a = ask(env, question, fallback ? tr("yes") : tr("no"));
        if (a == tr("yes") || a == tr("no")) {
            b = a == tr("yes");
            return b;
        }
        if (parseYesNo(a, &b))
            return b;
        env.err() << tr("Please answer yes or no.") << "\n";
    }
}

SetupPlan askPlan(Env &env)
{
    env.err() << tr("Setting up the library. Press Enter to keep what is in brackets.") << "\n\n";
    const QString language = ask(env, tr("Language of the library's notices and receipts (id or en)"), QStringLiteral("id"));
    SetupPlan plan = SetupPlan::defaults(language);
    plan.library.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    plan.library.name = ask(env, tr("The library's name"));
    plan.library.address = ask(env, tr("Its address"));
    plan.library.phone = ask(env, tr("Its telephone"));
    plan.library.email = ask(env, tr("Its e-mail"));
    env.err() << "\n" << tr("The first branch (the main library).") << "\n";
    BranchInput b;
    b.code = ask(env, tr("Branch code"), QStringLiteral("PUSAT"));
    b.name = ask(env, tr("Branch name"), plan.library.name.value_or(QString()));
    b.address = ask(env, tr("Branch address"), plan.library.address.value_or(QString()));
    plan.branches << b;
    plan.settings << std::pair<QString, QString>{Circulation::SettingKeys::DefaultBranch, b.code.trimmed().toUpper()};
    env.err() << "\n" << tr("Patron categories offered:") << "\n";
    for (const CategoryInput &c : std::as_const(plan.categories))
        env.err() << "  " << categoryLine(CategoryInfo{0, c.code, c.name.value_or(QString()), c.membershipMonths.value_or(12),
                                                         c.enrolmentFee.value_or(0), c.debtLimit.value_or(0), c.minAge.value_or(-1),
                                                         c.maxAge.value_or(-1), c.nikRequired.value_or(false), true, 0})
                  << "\n";
    if (!askYes(env, tr("Use these categories"), true)) {
        plan.categories.clear();
        plan.settings.removeIf([](const auto &s) { return s.first == Circulation::SettingKeys::DefaultCategory; });
        env.err() << tr("Type each category as CODE, name, months, NIK required (yes/no); an empty line ends.") << "\n";
        for (;;) {
            const QString line = ask(env, tr("Category"));
            if (line.isEmpty())
                break;
            const QStringList parts = line.split(QLatin1Char(','));
            CategoryInput c;
            c.code = parts.value(0).trimmed();
            c.name = parts.value(1).trimmed().isEmpty() ? c.code : parts.value(1).trimmed();
            bool ok = false;
            const int months = parts.value(2).trimmed().toInt(&ok);
            c.membershipMonths = ok ? months : 12;
            bool nik = false;
            if (parseYesNo(parts.value(3), &nik))
                c.nikRequired = nik;
            plan.categories << c;
        }
        if (!plan.categories.isEmpty())
            plan.settings << std::pair<QString, QString>{Circulation::SettingKeys::DefaultCategory, plan.categories.first().code.trimmed().toUpper()};
    }
    env.err() << "\n" << tr("Item types offered:") << "\n";
    for (const ItemTypeInput &t : std::as_const(plan.itemTypes))
        env.err() << "  " << QStringLiteral("%1 %2 %3").arg(t.code, -12).arg(t.loanable.value_or(true) ? tr("lent") : tr("not lent"), -10).arg(t.name.value_or(QString()))
                  << "\n";
    if (!askYes(env, tr("Use these item types"), true))
        plan.itemTypes.clear();
    env.err() << "\n" << tr("The first administrator (a staff account with every right).") << "\n";
    plan.admin.username = ask(env, tr("User name"), QStringLiteral("admin"));
    plan.admin.displayName = ask(env, tr("Full name"), plan.admin.username);
    plan.admin.branch = b.code;
    return plan;
}

void printNextSteps(Env &env)
{
    QTextStream &o = env.out();
    const QString db = env.db().config().displayName();
    o << "\n" << tr("Next steps:") << "\n";
    o << "  1. " << tr("Add the staff: aksara --db %1 staff add USER --role librarian").arg(db) << "\n";
    o << "  2. " << tr("Check the opening hours and holidays: aksara --db %1 calendar show library").arg(db) << "\n";
    o << "  3. " << tr("Check the loan rules: aksara --db %1 rules list").arg(db) << "\n";
    o << "  4. " << tr("Bring in the catalogue: aksara --db %1 catalogue import FILE.mrc (or catalogue at the desk)").arg(db) << "\n";
    o << "  5. " << tr("Register each desk and kiosk: aksara --db %1 station register CODE --kind desk").arg(db) << "\n";
    o << "  6. " << tr("Start the server (SIP2, SRU, monitoring): systemctl enable --now aksara-server") << "\n";
    o << "  7. " << tr("Open the desk: aksara-desk --db %1").arg(db) << "\n";
}

int cmdSetup(Env &env)
{
    if (!env.args().isEmpty())
        return env.usage(tr("setup takes no arguments (--from FILE for a set-up file)."));
    SetupPlan plan;
    const QString from = env.value(QStringLiteral("from"));
    if (!from.isEmpty()) {
        QFile f(from);
        if (!f.open(QIODevice::ReadOnly))
            return env.fail(Error::refused(QStringLiteral("library.setup_file"), tr("Cannot read %1.").arg(from)));
        auto parsed = parseSetupFile(QString::fromUtf8(f.readAll()), QFileInfo(from).absolutePath());
        if (!parsed.ok())
            return env.fail(parsed.error());
        plan = *parsed;
    }
    // The database is created or upgraded first: set-up is the first thing a new library does.
    if (Status st = env.openLibrary(true); !st.ok())
        return st.error().code == QLatin1String("cli.usage") ? env.usage(st.error().message) : env.fail(st.error());
    if (from.isEmpty()) {
        if (!isatty(STDIN_FILENO) && qEnvironmentVariableIsEmpty("AKSARA_SETUP_INTERACTIVE"))
            return env.usage(tr("setup asks its questions on a terminal; without one, give --from FILE (see docs/setup.md)."));
        plan = askPlan(env);
    }
    Setup setup(env.core());
    auto needs = setup.needsAdminPassword(plan);
    if (!needs.ok())
        return env.fail(needs.error());
    if (*needs && plan.admin.password.isEmpty()) {
        QString password = qEnvironmentVariable("AKSARA_NEW_PASSWORD");
        if (password.isEmpty()) {
            password = Env::readSecret(tr("Password for %1: ").arg(plan.admin.username));
            const QString again = Env::readSecret(tr("The same password again: "));
            if (again != password)
                return env.fail(Error::refused(QStringLiteral("library.setup_password"), tr("The two passwords differ.")));
        }
        plan.admin.password = password;
    }
    auto report = setup.apply(env.caller(), plan);
    if (!report.ok())
        return env.fail(report.error());
    if (env.json()) {
        QJsonObject o = report->toJson();
        o.insert(QStringLiteral("database"), env.db().config().displayName());
        env.printJson(o);
        return Ok;
    }
    for (const SetupStep &s : std::as_const(report->steps)) {
        if (s.action != QLatin1String("unchanged"))
            env.out() << QStringLiteral("  %1 %2 %3\n").arg(s.action, -8).arg(s.entity, -16).arg(s.key);
    }
    if (report->changed() == 0)
        env.out() << tr("The library is already set up as the plan says; nothing was changed.") << "\n";
    else
        env.out() << tr("The library is set up (%1 changes, each recorded as a change).").arg(report->changed()) << "\n";
    printNextSteps(env);
    return Ok;
}
} // namespace

void registerLibraryCommands(Registry &r)
{
    auto words = [](std::initializer_list<const char *> w) {
        QStringList out;
        for (const char *s : w)
            out << QString::fromLatin1(s);
        return out;
    };
    r.add({words({"setup"}), tr("set up a new library: its name, first branch, categories, item types and administrator"), {},
           [](QCommandLineParser &p) {
               p.addOption(opt(QStringLiteral("from"), tr("take the answers from a set-up file (docs/setup.md)"), QStringLiteral("FILE")));
           },
           cmdSetup, false});
    r.add({words({"library", "show"}), tr("the library's name, address, contacts, time zone, language and logo"), {}, {}, cmdLibraryShow});
    r.add({words({"library", "set"}), tr("change the library's name, address, contacts, time zone or language"), {},
           [](QCommandLineParser &p) {
               p.addOption(opt(QStringLiteral("name"), tr("the library's name"), QStringLiteral("NAME")));
               p.addOption(opt(QStringLiteral("address"), tr("its address"), QStringLiteral("TEXT")));
               p.addOption(opt(QStringLiteral("phone"), tr("its telephone"), QStringLiteral("PHONE")));
               p.addOption(opt(QStringLiteral("email"), tr("its e-mail"), QStringLiteral("ADDRESS")));
               p.addOption(opt(QStringLiteral("website"), tr("its website"), QStringLiteral("URL")));
               p.addOption(opt(QStringLiteral("time-zone"), tr("its time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)"), QStringLiteral("ZONE")));
               p.addOption(opt(QStringLiteral("language"), tr("language of notices for patrons: id or en"), QStringLiteral("id|en")));
           },
           cmdLibrarySet});
    r.add({words({"library", "logo"}), tr("set the library's logo (PNG or JPEG), or --remove it"), QStringLiteral("[FILE]"),
           [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("remove"), tr("remove the logo"))); }, cmdLibraryLogo});

    r.add({words({"branch", "list"}), tr("the library's branches, open and closed"), {}, {}, cmdBranchList});
    r.add({words({"branch", "add"}), tr("add a branch"), QStringLiteral("CODE"), branchOptions, cmdBranchAdd});
    r.add({words({"branch", "edit"}), tr("change a branch's name, address, contacts or calendar"), QStringLiteral("CODE"), branchOptions,
           cmdBranchEdit});
    r.add({words({"branch", "close"}), tr("close a branch (its history is kept)"), QStringLiteral("CODE"),
           [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("reason"), tr("why it closes"), QStringLiteral("TEXT"))); },
           cmdBranchClose});
    r.add({words({"branch", "reopen"}), tr("open a closed branch again"), QStringLiteral("CODE"), {}, cmdBranchReopen});

    r.add({words({"category", "list"}), tr("patron categories"), {}, {}, cmdCategoryList});
    r.add({words({"category", "add"}), tr("add a patron category"), QStringLiteral("CODE"), categoryOptions,
           [](Env &e) { return cmdCategoryAddEdit(e, true); }});
    r.add({words({"category", "edit"}), tr("change a patron category"), QStringLiteral("CODE"), categoryOptions,
           [](Env &e) { return cmdCategoryAddEdit(e, false); }});
    r.add({words({"category", "retire"}), tr("stop a patron category taking new members"), QStringLiteral("CODE"), {},
           [](Env &e) { return cmdCategoryActive(e, false); }});
    r.add({words({"category", "reactivate"}), tr("let a retired patron category take members again"), QStringLiteral("CODE"), {},
           [](Env &e) { return cmdCategoryActive(e, true); }});

    r.add({words({"item-type", "list"}), tr("item types"), {}, {}, cmdItemTypeList});
    r.add({words({"item-type", "add"}), tr("add an item type"), QStringLiteral("CODE"), itemTypeOptions,
           [](Env &e) { return cmdItemTypeAddEdit(e, true); }});
    r.add({words({"item-type", "edit"}), tr("change an item type"), QStringLiteral("CODE"), itemTypeOptions,
           [](Env &e) { return cmdItemTypeAddEdit(e, false); }});
    r.add({words({"item-type", "retire"}), tr("stop offering an item type for new copies"), QStringLiteral("CODE"), {},
           [](Env &e) { return cmdItemTypeActive(e, false); }});
    r.add({words({"item-type", "reactivate"}), tr("offer a retired item type again"), QStringLiteral("CODE"), {},
           [](Env &e) { return cmdItemTypeActive(e, true); }});

    r.add({words({"location", "list"}), tr("shelving locations of every branch, or of one"), {},
           [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("branch"), tr("only this branch"), QStringLiteral("CODE"))); },
           cmdLocationList});
    r.add({words({"location", "add"}), tr("add a shelving location to a branch"), QStringLiteral("BRANCH CODE"),
           [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("name"), tr("its name (default: the code)"), QStringLiteral("NAME"))); },
           [](Env &e) { return cmdLocationAddEdit(e, true); }});
    r.add({words({"location", "edit"}), tr("rename a shelving location"), QStringLiteral("BRANCH CODE"),
           [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("name"), tr("its new name"), QStringLiteral("NAME"))); },
           [](Env &e) { return cmdLocationAddEdit(e, false); }});
    r.add({words({"location", "retire"}), tr("stop putting copies in a shelving location"), QStringLiteral("BRANCH CODE"), {},
           [](Env &e) { return cmdLocationActive(e, false); }});
    r.add({words({"location", "reactivate"}), tr("use a retired shelving location again"), QStringLiteral("BRANCH CODE"), {},
           [](Env &e) { return cmdLocationActive(e, true); }});

    r.add({words({"settings", "list"}), tr("library-wide settings with their values (or one KEY's value)"), QStringLiteral("[KEY]"), {},
           cmdSettingsList});
    r.add({words({"settings", "set"}), tr("change a library-wide setting"), QStringLiteral("KEY VALUE"), {}, cmdSettingsSet});
}

} // namespace Aksara::Cli
