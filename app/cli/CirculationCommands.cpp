// The circulation module's commands: patrons and cards, checkout/checkin/renew, holds, fees,
// loan rules and calendars. Every command takes --json; a refusal exits with 3 and, with --json,
// prints {"outcome": "refused", "reasons": [{"code", "message"}, ...]}. JSON shapes: docs/circulation.md.
#include "CirculationCommands.h"
#include "Cli.h"

#include "circulation/Calendars.h"
#include "circulation/CardPrinter.h"
#include "circulation/Fees.h"
#include "circulation/Holds.h"
#include "circulation/LoanRules.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Aksara::Cli {

using namespace Aksara::Circulation;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

QString rupiah(qint64 amount)
{
    QString digits = QString::number(qAbs(amount));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (amount < 0 ? QStringLiteral("-Rp ") : QStringLiteral("Rp ")) + digits;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

// Reads the options shared by "patron add" and "patron edit". Returns false (after printing the
// usage error) when an option is malformed.
bool readPatronInput(Env &env, PatronInput &in, bool edit, int *exitCode)
{
    auto text = [&](const char *name, std::optional<QString> &target) {
        const QString n = QString::fromLatin1(name);
        if (env.isSet(n))
            target = env.value(n);
    };
    text("name", in.name);
    text("nik", in.nik);
    text("address", in.address);
    text("phone", in.phone);
    text("email", in.email);
    text("branch", in.branchCode);
    text("category", in.categoryCode);
    text("language", in.language);
    if (edit)
        text("status", in.status);
    else
        text("card", in.cardNumber);
    if (!edit) {
        text("consent-purpose", in.consentPurposes);
        text("notice-version", in.consentNoticeVersion);
        text("guardian", in.guardianName);
    }
    for (const char *name : {"birth-date", "expires"}) {
        const QString n = QString::fromLatin1(name);
        if (!env.isSet(n))
            continue;
        const QString v = env.value(n).trimmed();
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!v.isEmpty() && !d.isValid()) {
            *exitCode = env.usage(tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(n, v));
            return false;
        }
        (n == QLatin1String("birth-date") ? in.birthDate : in.expiresOn) = d;
    }
    if (env.isSet(QStringLiteral("photo"))) {
        const QString path = env.value(QStringLiteral("photo"));
        if (path.isEmpty()) {
            in.photo = QByteArray();
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                *exitCode = env.usage(tr("cannot read the photo %1.").arg(path));
                return false;
            }
            in.photo = f.read(Patrons::kMaxPhotoBytes + 1);
        }
    }
    return true;
}

void addPatronOptions(QCommandLineParser &p, bool edit)
{
    p.addOption(opt(QStringLiteral("name"), tr("full name"), QStringLiteral("NAME")));
    p.addOption(opt(QStringLiteral("nik"), tr("national identity number (16 digits; empty to clear)"), QStringLiteral("NIK")));
    p.addOption(opt(QStringLiteral("birth-date"), tr("date of birth"), QStringLiteral("YYYY-MM-DD")));
    p.addOption(opt(QStringLiteral("address"), tr("address"), QStringLiteral("TEXT")));
    p.addOption(opt(QStringLiteral("phone"), tr("telephone"), QStringLiteral("NUMBER")));
    p.addOption(opt(QStringLiteral("email"), tr("e-mail address"), QStringLiteral("ADDRESS")));
    p.addOption(opt(QStringLiteral("photo"), tr("photo, PNG or JPEG (empty to remove)"), QStringLiteral("FILE")));
    p.addOption(opt(QStringLiteral("branch"), tr("home branch code (default: the library's default)"), QStringLiteral("CODE")));
    p.addOption(opt(QStringLiteral("category"), tr("patron category code (default: the library's default)"), QStringLiteral("CODE")));
    p.addOption(opt(QStringLiteral("expires"), tr("expiry date (default: from the category's membership period)"), QStringLiteral("YYYY-MM-DD")));
    p.addOption(opt(QStringLiteral("language"), tr("id or en"), QStringLiteral("LANG")));
    if (edit)
        p.addOption(opt(QStringLiteral("status"), tr("active or left"), QStringLiteral("STATUS")));
    if (!edit) {
        p.addOption(opt(QStringLiteral("card"), tr("a pre-printed card number (default: the next number)"), QStringLiteral("CARD")));
        // Consent (docs/privacy.md): recorded with the registration.
        p.addOption(opt(QStringLiteral("consent-purpose"), tr("what the data is used for (e.g. membership,notices)"),
                        QStringLiteral("TEXT")));
        p.addOption(opt(QStringLiteral("notice-version"), tr("the version of the privacy notice shown"), QStringLiteral("VERSION")));
        p.addOption(opt(QStringLiteral("guardian"), tr("the parent or guardian who consented for a minor"), QStringLiteral("NAME")));
    }
}

void printPatron(Env &env, const Patron &p)
{
    QTextStream &o = env.out();
    o << QStringLiteral("%1  %2\n").arg(p.cardNumber, p.name);
    o << "  " << tr("Category: %1 (%2)   Branch: %3").arg(p.categoryName, p.categoryCode, p.homeBranchCode) << "\n";
    o << "  " << tr("Status: %1%2   Registered: %3   Expires: %4")
                     .arg(p.status, p.blockReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.blockReason),
                          dateText(p.registeredOn), dateText(p.expiresOn))
      << "\n";
    if (!p.nik.isEmpty() || p.birthDate.isValid())
        o << "  " << tr("NIK: %1   Born: %2").arg(p.nik.isEmpty() ? QStringLiteral("-") : p.nik, dateText(p.birthDate)) << "\n";
    if (!p.address.isEmpty() || !p.phone.isEmpty() || !p.email.isEmpty())
        o << "  " << QStringList{p.address, p.phone, p.email}.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral("  ·  "))
          << "\n";
}

int finishPatron(Env &env, const Result<Patron> &p, const QString &done)
{
    if (!p.ok())
        return env.fail(p.error());
    if (env.json()) {
        env.printJson(p->toJson());
        return Ok;
    }
    if (!done.isEmpty())
        env.out() << done << "\n";
    printPatron(env, *p);
    return Ok;
}

QString oneArg(Env &env, const QString &what, int *code)
{
    const QStringList a = env.args();
    if (a.size() != 1) {
        *code = env.usage(tr("this command takes one %1.").arg(what));
        return {};
    }
    return a.first();
}

// --- patrons --------------------------------------------------------------------------------

int cmdPatronAdd(Env &env)
{
    PatronInput in;
    int code = Ok;
    if (!readPatronInput(env, in, false, &code))
        return code;
    if (!in.name)
        return env.usage(tr("patron add needs --name."));
    Patrons patrons(env.core());
    auto p = patrons.registerPatron(env.caller(), in);
    return finishPatron(env, p, p.ok() ? tr("Registered %1 with card %2.").arg(p->name, p->cardNumber) : QString());
}

int cmdPatronEdit(Env &env)
{
    int code = Ok;
    const QString card = oneArg(env, tr("CARD"), &code);
    if (card.isEmpty())
        return code;
    PatronInput in;
    if (!readPatronInput(env, in, true, &code))
        return code;
    Patrons patrons(env.core());
    return finishPatron(env, patrons.edit(env.caller(), card, in), tr("Saved."));
}

int cmdPatronShow(Env &env)
{
    int code = Ok;
    const QString card = oneArg(env, tr("CARD"), &code);
    if (card.isEmpty())
        return code;
    Patrons patrons(env.core());
    auto a = patrons.account(env.caller(), card);
    if (!a.ok())
        return env.fail(a.error());
    if (env.json()) {
        env.printJson(a->toJson());
        return Ok;
    }
    printPatron(env, a->patron);
    QTextStream &o = env.out();
    o << "  " << tr("Loans: %1 (%2 overdue)   Holds: %3   Owes: %4 (limit %5)")
                     .arg(a->patron.openLoans)
                     .arg(a->patron.overdueLoans)
                     .arg(a->patron.activeHolds)
                     .arg(rupiah(a->patron.balance), rupiah(a->patron.debtLimit))
      << "\n";
    for (const Loan &l : std::as_const(a->loans))
        o << QStringLiteral("    %1  %2  %3%4\n")
                 .arg(l.barcode, -12)
                 .arg(tr("due %1").arg(dateText(l.dueDate)), -16)
                 .arg(l.title)
                 .arg(l.isOverdue(env.clock().nowMs()) ? QStringLiteral("  [") + tr("overdue") + QLatin1Char(']') : QString());
    for (const Hold &h : std::as_const(a->holds))
        o << QStringLiteral("    %1  %2  %3\n").arg(tr("hold %1").arg(h.id), -12).arg(h.status, -16).arg(h.title);
    for (const Fee &f : std::as_const(a->fees))
        o << QStringLiteral("    %1  %2  %3\n").arg(tr("fee %1").arg(f.id), -12).arg(rupiah(f.balance), -16).arg(f.description);
    if (!a->previousCards.isEmpty())
        o << "  " << tr("Previous cards: %1").arg(a->previousCards.join(QStringLiteral(", "))) << "\n";
    return Ok;
}

int cmdPatronFind(Env &env)
{
    const QString text = env.args().join(QLatin1Char(' '));
    Patrons patrons(env.core());
    auto found = patrons.search(env.caller(), text);
    if (!found.ok())
        return env.fail(found.error());
    if (env.json()) {
        QJsonArray a;
        for (const Patron &p : std::as_const(*found))
            a << p.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const Patron &p : std::as_const(*found))
        env.out() << QStringLiteral("%1  %2  %3  %4\n").arg(p.cardNumber, -14).arg(p.status, -8).arg(dateText(p.expiresOn)).arg(p.name);
    return Ok;
}

int cmdPatronSimple(Env &env, const QString &what)
{
    int code = Ok;
    const QString card = oneArg(env, tr("CARD"), &code);
    if (card.isEmpty())
        return code;
    Patrons patrons(env.core());
    if (what == QLatin1String("block"))
        return finishPatron(env, patrons.block(env.caller(), card, env.value(QStringLiteral("reason"))), tr("Blocked."));
    if (what == QLatin1String("unblock"))
        return finishPatron(env, patrons.unblock(env.caller(), card), tr("Unblocked."));
    auto p = patrons.renew(env.caller(), card);
    return finishPatron(env, p, p.ok() ? tr("Membership renewed until %1.").arg(dateText(p->expiresOn)) : QString());
}

int cmdPatronReplaceCard(Env &env)
{
    int code = Ok;
    const QString card = oneArg(env, tr("CARD"), &code);
    if (card.isEmpty())
        return code;
    Patrons patrons(env.core());
    auto r = patrons.replaceCard(env.caller(), card, env.value(QStringLiteral("reason")), !env.isSet(QStringLiteral("no-fee")));
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    env.out() << tr("New card %1 for %2; the card %3 no longer works.").arg(r->patron.cardNumber, r->patron.name, r->oldCardNumber) << "\n";
    if (r->fee)
        env.out() << tr("Replacement fee charged: %1.").arg(rupiah(r->fee->amount)) << "\n";
    return Ok;
}

int cmdPatronPin(Env &env)
{
    int code = Ok;
    const QString card = oneArg(env, tr("CARD"), &code);
    if (card.isEmpty())
        return code;
    QString pin = qEnvironmentVariable("AKSARA_PIN");
    if (pin.isEmpty())
        pin = Env::readSecret(tr("New PIN for %1: ").arg(card));
    Patrons patrons(env.core());
    if (Status st = patrons.setPin(env.caller(), card, pin); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("card"), card}});
    else
        env.out() << tr("PIN set.") << "\n";
    return Ok;
}

// --- cards -----------------------------------------------------------------------------------

int cmdCardPrint(Env &env)
{
    QStringList cards;
    for (const QString &v : env.parser().values(QStringLiteral("patron")))
        cards << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    cards << env.args();
    const bool batch = env.isSet(QStringLiteral("batch"));
    if (batch == !cards.isEmpty())
        return env.usage(tr("card print takes --patron CARD... or --batch."));
    const QString out = env.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(tr("card print needs --out FILE.pdf."));
    CardPrintOptions o;
    if (env.isSet(QStringLiteral("qr")))
        o.barcode = Render::BarcodeKind::QrCode;
    o.backs = !env.isSet(QStringLiteral("no-backs"));
    if (env.isSet(QStringLiteral("logo"))) {
        QFile f(env.value(QStringLiteral("logo")));
        if (!f.open(QIODevice::ReadOnly))
            return env.usage(tr("cannot read the logo %1.").arg(f.fileName()));
        o.logo = f.readAll();
    }
    CardPrinter printer(env.core());
    auto r = batch ? printer.printBatch(env.caller(), out, o) : printer.print(env.caller(), cards, out, o);
    if (!r.ok())
        return env.fail(r.error());
    QJsonObject j = r->toJson();
    if (env.isSet(QStringLiteral("printer"))) {
        // Straight to a printer through CUPS.
        const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp"));
        if (lp.isEmpty())
            return env.fail(Error::failed(QStringLiteral("render.printer"),
                                          tr("The PDF is at %1, but there is no \"lp\" command to print it (install cups-client).").arg(r->path)));
        QProcess p;
        p.start(lp, {QStringLiteral("-d"), env.value(QStringLiteral("printer")), r->path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return env.fail(Error::failed(QStringLiteral("render.printer"),
                                          tr("The printer refused the job: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed())));
        j.insert(QStringLiteral("printer"), env.value(QStringLiteral("printer")));
    }
    if (env.json()) {
        env.printJson(j);
        return Ok;
    }
    env.out() << tr("%n card(s) on %1 page(s): %2", nullptr, int(r->cardNumbers.size())).arg(r->pages).arg(r->path) << "\n";
    return Ok;
}

// --- circulation -----------------------------------------------------------------------------

int needOption(Env &env, const QString &name)
{
    return env.usage(tr("this command needs --%1.").arg(name));
}

int cmdCheckout(Env &env)
{
    const QString card = env.value(QStringLiteral("patron"));
    const QString item = env.value(QStringLiteral("item"));
    if (card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    if (item.isEmpty())
        return needOption(env, QStringLiteral("item"));
    Loans loans(env.core());
    auto r = loans.checkout(env.caller(), card, item, env.value(QStringLiteral("override")));
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    env.out() << tr("%1 \"%2\" lent to %3 (%4), due %5.")
                     .arg(r->loan.barcode, r->loan.title, r->loan.patronName, r->loan.cardNumber, dateText(r->loan.dueDate))
              << "\n";
    if (!r->overridden.isEmpty()) {
        QStringList codes;
        for (const Reason &x : std::as_const(r->overridden))
            codes << x.code;
        env.out() << tr("Overridden by %1 (%2): %3").arg(env.caller().actor, r->overrideReason, codes.join(QStringLiteral(", "))) << "\n";
    }
    return Ok;
}

int cmdCheckin(Env &env)
{
    QString item = env.value(QStringLiteral("item"));
    if (item.isEmpty() && env.args().size() == 1)
        item = env.args().first();
    if (item.isEmpty())
        return needOption(env, QStringLiteral("item"));
    Loans loans(env.core());
    auto r = loans.checkin(env.caller(), item, env.value(QStringLiteral("branch")));
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    if (r->loan)
        env.out() << tr("%1 \"%2\" returned by %3 (%4).").arg(r->barcode, r->title, r->loan->patronName, r->loan->cardNumber) << "\n";
    else
        env.out() << tr("%1 \"%2\" checked in (it was not on loan).").arg(r->barcode, r->title) << "\n";
    for (const QString &n : std::as_const(r->notes))
        env.out() << "  " << n << "\n";
    env.out() << "  " << tr("Item status: %1").arg(r->itemStatus) << "\n";
    return Ok;
}

int cmdRenew(Env &env)
{
    Loans loans(env.core());
    if (env.isSet(QStringLiteral("all"))) {
        const QString card = env.value(QStringLiteral("patron"));
        if (card.isEmpty())
            return needOption(env, QStringLiteral("patron"));
        auto lines = loans.renewAll(env.caller(), card);
        if (!lines.ok())
            return env.fail(lines.error());
        if (env.json()) {
            QJsonArray a;
            for (const RenewAllLine &l : std::as_const(*lines))
                a << l.toJson();
            env.printJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("loans"), a}});
            return Ok;
        }
        for (const RenewAllLine &l : std::as_const(*lines))
            env.out() << QStringLiteral("%1  %2\n")
                             .arg(l.barcode, -12)
                             .arg(l.renewed ? tr("renewed, due %1").arg(dateText(l.result->loan.dueDate)) : tr("not renewed: %1").arg(l.error.message));
        return Ok;
    }
    QString item = env.value(QStringLiteral("item"));
    if (item.isEmpty() && env.args().size() == 1)
        item = env.args().first();
    if (item.isEmpty())
        return env.usage(tr("renew needs --item BARCODE, or --patron CARD --all."));
    auto r = loans.renew(env.caller(), item, env.value(QStringLiteral("override")));
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    env.out() << tr("%1 renewed (%2 time(s)), now due %3.").arg(r->loan.barcode).arg(r->loan.renewals).arg(dateText(r->loan.dueDate)) << "\n";
    if (r->fee)
        env.out() << tr("Overdue fee charged: %1.").arg(rupiah(r->fee->amount)) << "\n";
    return Ok;
}

int cmdLost(Env &env)
{
    const QString item = env.value(QStringLiteral("item"));
    if (item.isEmpty())
        return needOption(env, QStringLiteral("item"));
    Loans loans(env.core());
    auto f = loans.markLost(env.caller(), item);
    if (!f.ok())
        return env.fail(f.error());
    if (env.json()) {
        env.printJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("fee"), f->toJson()}});
        return Ok;
    }
    env.out() << tr("%1 is lost; %2 charged.").arg(item, rupiah(f->amount)) << "\n";
    return Ok;
}

// --- holds -----------------------------------------------------------------------------------

void printHolds(Env &env, const QList<Hold> &list)
{
    if (env.json()) {
        QJsonArray a;
        for (const Hold &h : list)
            a << h.toJson();
        env.printJson(a);
        return;
    }
    for (const Hold &h : list)
        env.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(h.id, 6)
                         .arg(h.status, -10)
                         .arg(h.position > 0 ? QStringLiteral("#%1").arg(h.position) : QStringLiteral("  "), 4)
                         .arg(h.cardNumber, -13)
                         .arg(h.pickupBranchCode, -8)
                         .arg(h.title);
}

int cmdHoldPlace(Env &env)
{
    Holds::Request req;
    req.card = env.value(QStringLiteral("patron"));
    req.barcode = env.value(QStringLiteral("item"));
    req.anyCopy = env.isSet(QStringLiteral("any-copy"));
    req.pickupBranch = env.value(QStringLiteral("pickup"));
    if (req.card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    if (env.isSet(QStringLiteral("record"))) {
        bool ok = false;
        req.recordId = env.value(QStringLiteral("record")).toLongLong(&ok);
        if (!ok || req.recordId <= 0)
            return env.usage(tr("--record needs a record number."));
    }
    if ((req.recordId > 0) == !req.barcode.isEmpty())
        return env.usage(tr("hold place needs --item BARCODE or --record ID."));
    if (env.isSet(QStringLiteral("not-after"))) {
        req.notAfter = QDate::fromString(env.value(QStringLiteral("not-after")), Qt::ISODate);
        if (!req.notAfter.isValid())
            return env.usage(tr("--not-after needs a date as YYYY-MM-DD."));
    }
    Holds holds(env.core());
    auto h = holds.place(env.caller(), req);
    if (!h.ok())
        return env.fail(h.error());
    if (env.json()) {
        env.printJson(h->toJson());
        return Ok;
    }
    env.out() << tr("Hold %1 placed for %2 on \"%3\", number %4 in the queue, pickup at %5.")
                     .arg(h->id)
                     .arg(h->patronName, h->title)
                     .arg(h->position)
                     .arg(h->pickupBranchCode)
              << "\n";
    return Ok;
}

int cmdHoldCancel(Env &env)
{
    int code = Ok;
    const QString id = oneArg(env, tr("HOLD-ID"), &code);
    if (id.isEmpty())
        return code;
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    if (!ok)
        return env.usage(tr("a hold is given by its number."));
    Holds holds(env.core());
    auto h = holds.cancel(env.caller(), n);
    if (!h.ok())
        return env.fail(h.error());
    if (env.json())
        env.printJson(h->toJson());
    else
        env.out() << tr("Hold %1 cancelled.").arg(n) << "\n";
    return Ok;
}

int cmdHoldList(Env &env)
{
    Holds holds(env.core());
    Result<QList<Hold>> list = QList<Hold>();
    if (env.isSet(QStringLiteral("patron")))
        list = holds.ofPatron(env.caller(), env.value(QStringLiteral("patron")));
    else if (env.isSet(QStringLiteral("record")))
        list = holds.queue(env.caller(), env.value(QStringLiteral("record")).toLongLong());
    else if (env.isSet(QStringLiteral("item")))
        list = holds.queue(env.caller(), 0, env.value(QStringLiteral("item")));
    else if (env.isSet(QStringLiteral("shelf")))
        list = holds.shelf(env.caller(), env.args().value(0));
    else
        return env.usage(tr("hold list needs --patron CARD, --record ID, --item BARCODE or --shelf [BRANCH]."));
    if (!list.ok())
        return env.fail(list.error());
    printHolds(env, *list);
    return Ok;
}

int cmdHoldExpire(Env &env)
{
    Holds holds(env.core());
    auto list = holds.expire(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (!env.json())
        env.out() << tr("%n hold(s) expired.", nullptr, int(list->size())) << "\n";
    printHolds(env, *list);
    return Ok;
}

// --- fees ------------------------------------------------------------------------------------

int cmdFees(Env &env)
{
    const QString card = env.value(QStringLiteral("patron"));
    if (card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    Fees fees(env.core());
    auto s = fees.statement(env.caller(), card, env.isSet(QStringLiteral("all")));
    if (!s.ok())
        return env.fail(s.error());
    if (env.json()) {
        env.printJson(s->toJson());
        return Ok;
    }
    env.out() << tr("%1 (%2) owes %3 (limit %4).").arg(s->patronName, s->cardNumber, rupiah(s->balance), rupiah(s->debtLimit)) << "\n";
    for (const Fee &f : std::as_const(s->fees))
        env.out() << QStringLiteral("  %1  %2  %3 / %4  %5\n")
                         .arg(f.id, 6)
                         .arg(f.kind, -16)
                         .arg(rupiah(f.balance), 11)
                         .arg(rupiah(f.amount), -11)
                         .arg(f.description);
    return Ok;
}

int printReceipt(Env &env, const Result<Receipt> &r)
{
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << r->toText();
    return Ok;
}

int cmdPayOrWaive(Env &env, bool waive)
{
    const QString card = env.value(QStringLiteral("patron"));
    if (card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    if (!env.isSet(QStringLiteral("amount")))
        return needOption(env, QStringLiteral("amount"));
    auto amount = Fees::parseAmount(env.value(QStringLiteral("amount")));
    if (!amount.ok())
        return env.fail(amount.error());
    qint64 feeId = 0;
    if (env.isSet(QStringLiteral("fee"))) {
        bool ok = false;
        feeId = env.value(QStringLiteral("fee")).toLongLong(&ok);
        if (!ok || feeId <= 0)
            return env.usage(tr("--fee needs a fee number."));
    }
    Fees fees(env.core());
    if (waive)
        return printReceipt(env, fees.waive(env.caller(), card, *amount, env.value(QStringLiteral("reason")), feeId));
    const QString method = env.isSet(QStringLiteral("method")) ? env.value(QStringLiteral("method")) : QStringLiteral("cash");
    return printReceipt(env, fees.pay(env.caller(), card, *amount, method, env.value(QStringLiteral("note")), feeId));
}

int cmdFeeCharge(Env &env)
{
    const QString card = env.value(QStringLiteral("patron"));
    if (card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    auto amount = Fees::parseAmount(env.value(QStringLiteral("amount")));
    if (!amount.ok())
        return env.fail(amount.error());
    Fees fees(env.core());
    auto f = fees.charge(env.caller(), card, *amount, env.value(QStringLiteral("description")));
    if (!f.ok())
        return env.fail(f.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("fee"), f->toJson()}});
    else
        env.out() << tr("Fee %1 of %2 charged.").arg(f->id).arg(rupiah(f->amount)) << "\n";
    return Ok;
}

int cmdReceipt(Env &env)
{
    int code = Ok;
    const QString id = oneArg(env, tr("RECEIPT-NUMBER"), &code);
    if (id.isEmpty())
        return code;
    Fees fees(env.core());
    return printReceipt(env, fees.receipt(env.caller(), id.toLongLong()));
}

// --- rules -----------------------------------------------------------------------------------

QString valueText(const QVariant &v)
{
    return v.isValid() ? v.toString() : QStringLiteral("-");
}

int cmdRulesList(Env &env)
{
    LoanRules rules(env.core());
    auto list = rules.list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const RuleRow &r : std::as_const(*list))
            a << r.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const RuleRow &r : std::as_const(*list)) {
        QStringList values;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            values << it.key() + QLatin1Char('=') + valueText(it.value());
        env.out() << QStringLiteral("%1  %2\n").arg(r.scope.key(), -24).arg(values.join(QLatin1Char(' ')));
    }
    return Ok;
}

int cmdRulesSet(Env &env)
{
    QList<std::pair<QString, QString>> assignments;
    for (const QString &a : env.args()) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return env.usage(tr("rules are given as NAME=VALUE (an empty VALUE unsets), not \"%1\".").arg(a));
        assignments << std::pair{a.left(eq), a.mid(eq + 1)};
    }
    LoanRules rules(env.core());
    auto r = rules.set(env.caller(), env.value(QStringLiteral("branch")), env.value(QStringLiteral("category")),
                       env.value(QStringLiteral("item-type")), assignments);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")},
                                  {QStringLiteral("rule"), r->has_value() ? QJsonValue((*r)->toJson()) : QJsonValue(QJsonValue::Null)}});
        return Ok;
    }
    if (r->has_value())
        env.out() << tr("Rules for %1 saved.").arg((*r)->scope.key()) << "\n";
    else
        env.out() << tr("The rule row is empty now and was removed.") << "\n";
    return Ok;
}

int cmdRulesExplain(Env &env)
{
    const QString card = env.value(QStringLiteral("patron"));
    const QString item = env.value(QStringLiteral("item"));
    if (card.isEmpty())
        return needOption(env, QStringLiteral("patron"));
    if (item.isEmpty())
        return needOption(env, QStringLiteral("item"));
    Loans loans(env.core());
    auto e = loans.explain(env.caller(), card, item);
    if (!e.ok())
        return env.fail(e.error());
    if (env.json()) {
        env.printJson(e->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    o << tr("%1 (%2, category %3) and %4 \"%5\" (type %6, branch %7)")
             .arg(e->patron.name, e->patron.cardNumber, e->patron.categoryCode, e->barcode, e->title, e->itemType, e->itemBranch)
      << "\n\n"
      << tr("Rules, each resolved on its own (branch/category/item type; * = all):") << "\n";
    for (const ResolvedRule &r : std::as_const(e->rules.rules))
        o << QStringLiteral("  %1 %2  %3\n")
                 .arg(r.name, -17)
                 .arg(valueText(r.value), -12)
                 .arg(r.rowId > 0 ? tr("from rule %1 (%2)").arg(r.rowId).arg(r.scope.key()) : tr("built-in default"));
    o << "\n" << tr("Checks:") << "\n";
    for (const auto &c : std::as_const(e->checks)) {
        const QJsonObject x = c.toObject();
        o << QStringLiteral("  %1 %2  %3 %4\n")
                 .arg(x.value(QStringLiteral("ok")).toBool() ? QStringLiteral("ok  ") : QStringLiteral("FAIL"))
                 .arg(x.value(QStringLiteral("check")).toString(), -20)
                 .arg(x.value(QStringLiteral("value")).toVariant().toString())
                 .arg(tr("(limit %1)").arg(x.value(QStringLiteral("limit")).toVariant().toString()));
    }
    o << "\n";
    if (e->verdict() == QLatin1String("allowed"))
        o << tr("A checkout would be allowed, due %1.").arg(dateText(e->dueDate)) << "\n";
    else {
        o << (e->verdict() == QLatin1String("refused") ? tr("A checkout would be refused:")
                                                        : tr("A checkout needs confirmation by a staff member with the override right:"))
          << "\n";
        for (const Reason &r : std::as_const(e->reasons))
            o << QStringLiteral("  %1  %2\n").arg(r.code, r.message);
    }
    return Ok;
}

// --- calendars -------------------------------------------------------------------------------

int printCalendar(Env &env, const Result<CalendarView> &v)
{
    if (!v.ok())
        return env.fail(v.error());
    if (env.json()) {
        env.printJson(v->toJson());
        return Ok;
    }
    static const char *const days[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QTextStream &o = env.out();
    o << QStringLiteral("%1  %2  (%3)\n").arg(v->code, v->name, v->timeZone);
    for (int d = 1; d <= 7; ++d) {
        QStringList spans;
        for (const auto &h : std::as_const(v->hours)) {
            if (h.weekday == d)
                spans << h.opens + QLatin1Char('-') + h.closes;
        }
        o << QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(days[d]), spans.isEmpty() ? tr("closed") : spans.join(QStringLiteral(", ")));
    }
    for (const auto &h : std::as_const(v->holidays))
        o << QStringLiteral("  %1  %2%3\n").arg(h.yearly ? h.date.toString(QStringLiteral("  --MM-dd")) : h.date.toString(Qt::ISODate), h.name,
                                                h.yearly ? QStringLiteral(" (") + tr("every year") + QLatin1Char(')') : QString());
    if (!v->branches.isEmpty())
        o << "  " << tr("Branches: %1").arg(v->branches.join(QStringLiteral(", "))) << "\n";
    return Ok;
}

QString calendarArg(Env &env)
{
    return env.args().value(0, QStringLiteral("library"));
}

int cmdCalendarShow(Env &env)
{
    Calendars c(env.core());
    return printCalendar(env, c.show(env.caller(), calendarArg(env), env.value(QStringLiteral("branch"))));
}

int cmdCalendarList(Env &env)
{
    Calendars c(env.core());
    auto all = c.list(env.caller());
    if (!all.ok())
        return env.fail(all.error());
    if (env.json()) {
        QJsonArray a;
        for (const CalendarView &v : std::as_const(*all))
            a << v.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const CalendarView &v : std::as_const(*all))
        printCalendar(env, v);
    return Ok;
}

int cmdCalendarHours(Env &env)
{
    bool ok = false;
    const int day = env.value(QStringLiteral("day")).toInt(&ok);
    if (!ok)
        return env.usage(tr("--day needs a weekday number, 1 (Monday) to 7 (Sunday)."));
    const bool closed = env.isSet(QStringLiteral("closed"));
    if (closed == env.isSet(QStringLiteral("open")))
        return env.usage(tr("calendar hours needs --open HH:MM-HH:MM[,HH:MM-HH:MM] or --closed."));
    QList<std::pair<QString, QString>> spans;
    if (!closed) {
        for (const QString &s : env.value(QStringLiteral("open")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ab = s.trimmed().split(QLatin1Char('-'));
            if (ab.size() != 2)
                return env.usage(tr("opening hours are written HH:MM-HH:MM, not \"%1\".").arg(s));
            spans << std::pair{ab[0].trimmed(), ab[1].trimmed()};
        }
    }
    Calendars c(env.core());
    return printCalendar(env, c.setHours(env.caller(), calendarArg(env), day, spans));
}

int cmdCalendarHoliday(Env &env, bool add)
{
    const QDate d = QDate::fromString(env.value(QStringLiteral("date")), Qt::ISODate);
    if (!d.isValid())
        return env.usage(tr("--date needs a date as YYYY-MM-DD."));
    Calendars c(env.core());
    if (add)
        return printCalendar(env, c.addHoliday(env.caller(), calendarArg(env), d, env.isSet(QStringLiteral("yearly")),
                                               env.value(QStringLiteral("name"))));
    return printCalendar(env, c.removeHoliday(env.caller(), calendarArg(env), d));
}

int cmdCalendarCreate(Env &env)
{
    int code = Ok;
    const QString name = oneArg(env, tr("CODE"), &code);
    if (name.isEmpty())
        return code;
    Calendars c(env.core());
    return printCalendar(env, c.create(env.caller(), name, env.value(QStringLiteral("name")), env.value(QStringLiteral("zone")),
                                       env.value(QStringLiteral("copy-from"))));
}

int cmdCalendarAssign(Env &env)
{
    int code = Ok;
    const QString name = oneArg(env, tr("CODE"), &code);
    if (name.isEmpty())
        return code;
    if (!env.isSet(QStringLiteral("branch")))
        return needOption(env, QStringLiteral("branch"));
    Calendars c(env.core());
    return printCalendar(env, c.assign(env.caller(), env.value(QStringLiteral("branch")), name));
}

} // namespace

void registerCirculationCommands(Registry &registry)
{
    const auto patronOpts = [](QCommandLineParser &p) { addPatronOptions(p, false); };
    const auto editOpts = [](QCommandLineParser &p) { addPatronOptions(p, true); };
    const auto reasonOpt = [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("reason"), tr("why"), QStringLiteral("TEXT"))); };
    const auto patronItem = [](QCommandLineParser &p) {
        p.addOption(opt(QStringLiteral("patron"), tr("card number"), QStringLiteral("CARD")));
        p.addOption(opt(QStringLiteral("item"), tr("item barcode"), QStringLiteral("BARCODE")));
    };
    const QString w = QStringLiteral("patron");
    registry.add({{w, QStringLiteral("add")}, tr("register a patron (prints the new card number)"), {}, patronOpts, cmdPatronAdd});
    registry.add({{w, QStringLiteral("show")}, tr("a patron with loans, holds and fees"), QStringLiteral("CARD"), {}, cmdPatronShow});
    registry.add({{w, QStringLiteral("find")}, tr("find patrons by name, card or NIK"), QStringLiteral("TEXT"), {}, cmdPatronFind});
    registry.add({{w, QStringLiteral("edit")}, tr("change a patron's details"), QStringLiteral("CARD"), editOpts, cmdPatronEdit});
    registry.add({{w, QStringLiteral("block")}, tr("block a patron (--reason)"), QStringLiteral("CARD"), reasonOpt,
                  [](Env &e) { return cmdPatronSimple(e, QStringLiteral("block")); }});
    registry.add({{w, QStringLiteral("unblock")}, tr("unblock a patron"), QStringLiteral("CARD"), {},
                  [](Env &e) { return cmdPatronSimple(e, QStringLiteral("unblock")); }});
    registry.add({{w, QStringLiteral("renew")}, tr("renew a patron's membership"), QStringLiteral("CARD"), {},
                  [](Env &e) { return cmdPatronSimple(e, QStringLiteral("renew")); }});
    registry.add({{w, QStringLiteral("replace-card")},
                  tr("give a patron a new card number; the old card stops working"),
                  QStringLiteral("CARD"),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("reason"), tr("lost, damaged, ..."), QStringLiteral("TEXT")));
                      p.addOption(opt(QStringLiteral("no-fee"), tr("do not charge the replacement fee")));
                  },
                  cmdPatronReplaceCard});
    registry.add({{w, QStringLiteral("pin")}, tr("set a patron's kiosk PIN ($AKSARA_PIN or a prompt)"), QStringLiteral("CARD"), {}, cmdPatronPin});
    registry.add({{QStringLiteral("card"), QStringLiteral("print")},
                  tr("membership cards as an A4 PDF (ten a page, crop marks)"),
                  QStringLiteral("[CARD...]"),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("patron"), tr("card number (repeatable, or comma-separated)"), QStringLiteral("CARD")));
                      p.addOption(opt(QStringLiteral("batch"), tr("every active patron whose card was not printed yet")));
                      p.addOption(opt(QStringLiteral("out"), tr("the PDF file to write"), QStringLiteral("FILE.pdf")));
                      p.addOption(opt(QStringLiteral("qr"), tr("QR codes instead of Code 128")));
                      p.addOption(opt(QStringLiteral("no-backs"), tr("fronts only")));
                      p.addOption(opt(QStringLiteral("logo"), tr("library logo, PNG or JPEG (default: setting card.logo)"), QStringLiteral("FILE")));
                      p.addOption(opt(QStringLiteral("printer"), tr("also send the PDF to this CUPS printer"), QStringLiteral("NAME")));
                  },
                  cmdCardPrint});
    registry.add({{QStringLiteral("checkout")},
                  tr("lend an item to a patron"),
                  {},
                  [patronItem](QCommandLineParser &p) {
                      patronItem(p);
                      p.addOption(opt(QStringLiteral("override"), tr("go ahead despite overridable reasons, recorded with this reason"),
                                      QStringLiteral("REASON")));
                  },
                  cmdCheckout});
    registry.add({{QStringLiteral("checkin")},
                  tr("return an item (fees, holds, transit)"),
                  QStringLiteral("[BARCODE]"),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("item"), tr("item barcode"), QStringLiteral("BARCODE")));
                      p.addOption(opt(QStringLiteral("branch"), tr("branch where it is returned (default: the item's own)"), QStringLiteral("CODE")));
                  },
                  cmdCheckin});
    registry.add({{QStringLiteral("renew")},
                  tr("renew a loan, or all loans of a patron"),
                  QStringLiteral("[BARCODE]"),
                  [patronItem](QCommandLineParser &p) {
                      patronItem(p);
                      p.addOption(opt(QStringLiteral("all"), tr("every loan of --patron")));
                      p.addOption(opt(QStringLiteral("override"), tr("renew despite overridable reasons"), QStringLiteral("REASON")));
                  },
                  cmdRenew});
    registry.add({{QStringLiteral("lost")},
                  tr("declare a lent item lost (charges the lost-item fee)"),
                  {},
                  [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("item"), tr("item barcode"), QStringLiteral("BARCODE"))); },
                  cmdLost});
    registry.add({{QStringLiteral("hold"), QStringLiteral("place")},
                  tr("place a hold on a title or a copy"),
                  {},
                  [patronItem](QCommandLineParser &p) {
                      patronItem(p);
                      p.addOption(opt(QStringLiteral("record"), tr("catalogue record number (a title)"), QStringLiteral("ID")));
                      p.addOption(opt(QStringLiteral("any-copy"), tr("with --item: any copy of its title")));
                      p.addOption(opt(QStringLiteral("pickup"), tr("pickup branch (default: the patron's home branch)"), QStringLiteral("CODE")));
                      p.addOption(opt(QStringLiteral("not-after"), tr("not needed after this date"), QStringLiteral("YYYY-MM-DD")));
                  },
                  cmdHoldPlace});
    registry.add({{QStringLiteral("hold"), QStringLiteral("cancel")}, tr("cancel a hold"), QStringLiteral("HOLD-ID"), {}, cmdHoldCancel});
    registry.add({{QStringLiteral("hold"), QStringLiteral("list")},
                  tr("holds of a patron, the queue of a title, or the hold shelf"),
                  QStringLiteral("[BRANCH]"),
                  [patronItem](QCommandLineParser &p) {
                      patronItem(p);
                      p.addOption(opt(QStringLiteral("record"), tr("catalogue record number"), QStringLiteral("ID")));
                      p.addOption(opt(QStringLiteral("shelf"), tr("ready holds on the hold shelf (of BRANCH)")));
                  },
                  cmdHoldList});
    registry.add({{QStringLiteral("hold"), QStringLiteral("expire")}, tr("expire uncollected and outdated holds"), {}, {}, cmdHoldExpire});
    registry.add({{QStringLiteral("fees")},
                  tr("a patron's fees and balance"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("patron"), tr("card number"), QStringLiteral("CARD")));
                      p.addOption(opt(QStringLiteral("all"), tr("paid fees too")));
                  },
                  cmdFees});
    registry.add({{QStringLiteral("fees"), QStringLiteral("charge")},
                  tr("charge a manual fee"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("patron"), tr("card number"), QStringLiteral("CARD")));
                      p.addOption(opt(QStringLiteral("amount"), tr("rupiah"), QStringLiteral("N")));
                      p.addOption(opt(QStringLiteral("description"), tr("what for"), QStringLiteral("TEXT")));
                  },
                  cmdFeeCharge});
    const auto payOpts = [](QCommandLineParser &p) {
        p.addOption(opt(QStringLiteral("patron"), tr("card number"), QStringLiteral("CARD")));
        p.addOption(opt(QStringLiteral("amount"), tr("rupiah (partial payments allowed)"), QStringLiteral("N")));
        p.addOption(opt(QStringLiteral("fee"), tr("only this fee (default: oldest first)"), QStringLiteral("ID")));
        p.addOption(opt(QStringLiteral("method"), tr("cash, transfer, qris, ... (default cash)"), QStringLiteral("METHOD")));
        p.addOption(opt(QStringLiteral("note"), tr("a note on the receipt"), QStringLiteral("TEXT")));
    };
    registry.add({{QStringLiteral("pay")}, tr("take a payment (prints the receipt)"), {}, payOpts, [](Env &e) { return cmdPayOrWaive(e, false); }});
    registry.add({{QStringLiteral("waive")},
                  tr("waive fees (needs the right fees.waive)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("patron"), tr("card number"), QStringLiteral("CARD")));
                      p.addOption(opt(QStringLiteral("amount"), tr("rupiah"), QStringLiteral("N")));
                      p.addOption(opt(QStringLiteral("fee"), tr("only this fee"), QStringLiteral("ID")));
                      p.addOption(opt(QStringLiteral("reason"), tr("why (required)"), QStringLiteral("TEXT")));
                  },
                  [](Env &e) { return cmdPayOrWaive(e, true); }});
    registry.add({{QStringLiteral("receipt")}, tr("show a payment or waiver receipt"), QStringLiteral("NUMBER"), {}, cmdReceipt});
    registry.add({{QStringLiteral("rules"), QStringLiteral("list")}, tr("loan rule rows"), {}, {}, cmdRulesList});
    registry.add({{QStringLiteral("rules"), QStringLiteral("set")},
                  tr("set loan rules for a branch/category/item type (NAME=VALUE; empty unsets)"),
                  QStringLiteral("NAME=VALUE..."),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("branch"), tr("branch code (default: all)"), QStringLiteral("CODE")));
                      p.addOption(opt(QStringLiteral("category"), tr("patron category code (default: all)"), QStringLiteral("CODE")));
                      p.addOption(opt(QStringLiteral("item-type"), tr("item type code (default: all)"), QStringLiteral("CODE")));
                  },
                  cmdRulesSet});
    registry.add({{QStringLiteral("rules"), QStringLiteral("explain")},
                  tr("which rule row gives each value for a patron and an item, and why a checkout would be refused"),
                  {},
                  patronItem,
                  cmdRulesExplain});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("show")},
                  tr("opening hours and holidays (default: the library calendar)"),
                  QStringLiteral("[CODE]"),
                  [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("branch"), tr("the calendar this branch uses"), QStringLiteral("CODE"))); },
                  cmdCalendarShow});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("list")}, tr("every calendar"), {}, {}, cmdCalendarList});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("hours")},
                  tr("set a weekday's opening hours, or close it"),
                  QStringLiteral("[CODE]"),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("day"), tr("1 (Monday) to 7 (Sunday)"), QStringLiteral("N")));
                      p.addOption(opt(QStringLiteral("open"), tr("opening intervals"), QStringLiteral("HH:MM-HH:MM[,...]")));
                      p.addOption(opt(QStringLiteral("closed"), tr("closed that weekday")));
                  },
                  cmdCalendarHours});
    const auto holidayOpts = [](QCommandLineParser &p) {
        p.addOption(opt(QStringLiteral("date"), tr("the date"), QStringLiteral("YYYY-MM-DD")));
        p.addOption(opt(QStringLiteral("yearly"), tr("every year on that day")));
        p.addOption(opt(QStringLiteral("name"), tr("the holiday's name"), QStringLiteral("TEXT")));
    };
    registry.add({{QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("add")}, tr("add a holiday (closed day)"),
                  QStringLiteral("[CODE]"), holidayOpts, [](Env &e) { return cmdCalendarHoliday(e, true); }});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("remove")}, tr("remove a holiday"),
                  QStringLiteral("[CODE]"), holidayOpts, [](Env &e) { return cmdCalendarHoliday(e, false); }});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("create")},
                  tr("a new calendar (e.g. for a branch)"),
                  QStringLiteral("CODE"),
                  [](QCommandLineParser &p) {
                      p.addOption(opt(QStringLiteral("name"), tr("name"), QStringLiteral("TEXT")));
                      p.addOption(opt(QStringLiteral("zone"), tr("time zone (default: the library's)"), QStringLiteral("ZONE")));
                      p.addOption(opt(QStringLiteral("copy-from"), tr("copy hours and holidays from this calendar"), QStringLiteral("CODE")));
                  },
                  cmdCalendarCreate});
    registry.add({{QStringLiteral("calendar"), QStringLiteral("assign")},
                  tr("make a branch follow a calendar"),
                  QStringLiteral("CODE"),
                  [](QCommandLineParser &p) { p.addOption(opt(QStringLiteral("branch"), tr("branch code"), QStringLiteral("CODE"))); },
                  cmdCalendarAssign});
}

} // namespace Aksara::Cli
