#include "library/Settings.h"

#include "circulation/CardNumber.h"
#include "circulation/LoanRules.h"
#include "circulation/SettingKeys.h"
#include "core/FieldErrors.h"
#include "core/LibraryProfile.h"
#include "notices/SettingKeys.h"
#include "notices/SmtpClient.h"
#include "service/Changes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Aksara::Library {

namespace {
namespace NoticeKeys = Notices::SettingKeys;
const QString kHoldShelfDays = QStringLiteral("holds.shelf_days");
const QString kOfflineCheckout = QStringLiteral("kiosk.offline_checkout");

// The default loan rule row's hold_pickup_days (or its built-in default).
Result<QString> holdShelfDays(Database &db)
{
    auto r = Circulation::LoanRules::resolve(db, 0, 0, QString());
    if (!r.ok())
        return r.error();
    return QString::number(r->integer(QStringLiteral("hold_pickup_days")));
}

Result<QHash<QString, QString>> stored(Database &db)
{
    QHash<QString, QString> out;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM settings"));
    if (!q.ok())
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    q->finish();
    return out;
}
} // namespace

QJsonObject SettingDef::toJson() const
{
    QJsonObject o{{QStringLiteral("key"), key},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("help"), help},
                  {QStringLiteral("default"), defaultValue},
                  {QStringLiteral("kind"), kind == Kind::Integer  ? QStringLiteral("integer")
                                           : kind == Kind::Choice ? QStringLiteral("choice")
                                                                  : QStringLiteral("text")}};
    if (kind == Kind::Integer) {
        o.insert(QStringLiteral("min"), min);
        o.insert(QStringLiteral("max"), max);
    }
    if (kind == Kind::Choice)
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    return o;
}

QJsonObject SettingValue::toJson() const
{
    QJsonObject o = def.toJson();
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("set"), isSet);
    return o;
}

QList<SettingDef> Settings::definitions()
{
    using K = SettingDef::Kind;
    namespace Keys = Circulation::SettingKeys;
    const QString rp = tr("Rp");
    const QString days = tr("days");
    return {
        {LibraryKeys::Language, K::Choice, tr("Language of notices"),
         tr("The language of notices, slips and receipts for patrons who have not chosen one, and of new patrons' "
            "records: id (Indonesian) or en (English)."),
         QStringLiteral("id"), 0, 0, {QStringLiteral("id"), QStringLiteral("en")}, {}},
        {Keys::CardPrefix, K::Text, tr("Card number prefix"),
         tr("1 to 6 capital letters at the start of every new card number. Cards already given out keep working."),
         QStringLiteral("AKS"), 0, 0, {}, {}},
        {Keys::CardDigits, K::Integer, tr("Card number digits"),
         tr("How many digits the member's number has on new cards, zero-padded (the check digit comes after them)."),
         QStringLiteral("7"), 5, 12, {}, {}},
        {Keys::CardCheck, K::Choice, tr("Card check digit"),
         tr("How a card number's last digit catches typing and scanning errors: luhn, damm (also catches every swap of "
            "neighbouring digits) or none. Cards already given out keep working."),
         QStringLiteral("luhn"), 0, 0, {QStringLiteral("luhn"), QStringLiteral("damm"), QStringLiteral("none")}, {}},
        {Keys::CardReplacementFee, K::Integer, tr("Card replacement fee"), tr("Charged when a lost or damaged card is replaced."),
         QStringLiteral("5000"), 0, 10000000, {}, rp},
        {Keys::LostItemFee, K::Integer, tr("Lost item fee"),
         tr("Charged for a lost copy that has no price of its own (and whose item type has no default price)."),
         QStringLiteral("50000"), 0, 100000000, {}, rp},
        {Keys::DefaultBranch, K::Text, tr("Default branch"),
         tr("The branch new members belong to when the desk does not say (empty: the first open branch)."), QString(), 0, 0,
         {}, {}},
        {Keys::DefaultCategory, K::Text, tr("Default patron category"),
         tr("The category new members get when the desk does not say (empty: the first category in use)."), QString(), 0, 0,
         {}, {}},
        {Keys::PinMinLength, K::Integer, tr("Shortest kiosk PIN"), tr("The fewest digits a patron's kiosk PIN may have."),
         QString::number(Keys::kDefaultPinMinLength), 4, 12, {}, {}},
        {Keys::PinMaxLength, K::Integer, tr("Longest kiosk PIN"), tr("The most digits a patron's kiosk PIN may have."),
         QString::number(Keys::kDefaultPinMaxLength), 4, 12, {}, {}},
        {Keys::PinMaxFailures, K::Integer, tr("Wrong PINs before a card locks"),
         tr("After this many wrong PINs in a row a card cannot sign in at a kiosk until staff set a new PIN."),
         QString::number(Keys::kDefaultPinMaxFailures), 1, 20, {}, {}},
        {kOfflineCheckout, K::Choice, tr("Kiosk borrowing offline"),
         tr("Whether kiosks may lend while the library system cannot be reached (the loans are recorded when it is back)."),
         QStringLiteral("no"), 0, 0, {QStringLiteral("yes"), QStringLiteral("no")}, {}},
        {kHoldShelfDays, K::Integer, tr("Days on the hold shelf"),
         tr("How long a hold that is ready waits for its patron before it expires (the library-wide loan rule "
            "hold_pickup_days; loan rules may set other days for a branch, category or item type)."),
         QStringLiteral("7"), 1, 60, {}, days},
        {Keys::FeeRounding, K::Choice, tr("Rounding of overdue fees"),
         tr("Overdue fees are rounded to a multiple of this many rupiah (1: not rounded)."), QStringLiteral("1"), 0, 0,
         {QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("1000")}, rp},
        // Notices to patrons (modules/notices, docs/notices.md).
        {NoticeKeys::SmtpHost, K::Text, tr("Mail server (SMTP)"),
         tr("The SMTP server that sends notices by e-mail, e.g. smtp.example.id (empty: no e-mail)."), QString(), 0, 0, {}, {}},
        {NoticeKeys::SmtpPort, K::Integer, tr("Mail server port"), tr("587 for STARTTLS, 465 for TLS, 25 for a relay."),
         QString::number(NoticeKeys::kDefaultSmtpPort), 1, 65535, {}, {}},
        {NoticeKeys::SmtpSecurity, K::Choice, tr("Mail server security"),
         tr("starttls (required, never falls back to clear text), tls (from the start), or none (only for a server on "
            "this machine or the library's own network)."),
         QStringLiteral("starttls"), 0, 0, {QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")}, {}},
        {NoticeKeys::SmtpUser, K::Text, tr("Mail server login"), tr("The account notices log in with (empty: no login)."),
         QString(), 0, 0, {}, {}},
        {NoticeKeys::SmtpPasswordFile, K::Text, tr("Mail server password file"),
         tr("The full path of a file (mode 0600) whose first line is the mail account's password. The password itself is "
            "never stored in the library's database."),
         QString(), 0, 0, {}, {}},
        {NoticeKeys::SmtpFrom, K::Text, tr("Notices sent from"),
         tr("The e-mail address notices come from (empty: the library's e-mail address)."), QString(), 0, 0, {}, {}},
        {NoticeKeys::SmtpCaFile, K::Text, tr("Mail server certificate authority"),
         tr("The full path of a PEM file with the certificates to trust for the mail server besides the system's (a "
            "library's own certificate authority; empty: the system's)."),
         QString(), 0, 0, {}, {}},
        {NoticeKeys::HttpUrl, K::Text, tr("SMS/WhatsApp gateway URL"),
         tr("Notices for patrons without e-mail are POSTed here, e.g. https://gateway.example.id/send (empty: none)."),
         QString(), 0, 0, {}, {}},
        {NoticeKeys::HttpBody, K::Text, tr("Gateway message body"),
         tr("What is POSTed to the gateway: {phone}, {text}, {subject}, {name}, {card}, {kind}, {id} and {language} are "
            "filled in, escaped for the content type."),
         NoticeKeys::kDefaultHttpBody, 0, 0, {}, {}},
        {NoticeKeys::HttpContentType, K::Choice, tr("Gateway content type"), tr("How the gateway's body is written."),
         NoticeKeys::kDefaultHttpContentType, 0, 0,
         {QStringLiteral("application/json"), QStringLiteral("application/x-www-form-urlencoded"), QStringLiteral("text/plain")}, {}},
        {NoticeKeys::HttpTokenFile, K::Text, tr("Gateway token file"),
         tr("The full path of a file (mode 0600) whose first line is sent as \"Authorization: Bearer …\" (empty: none)."),
         QString(), 0, 0, {}, {}},
        {NoticeKeys::Prefer, K::Choice, tr("Preferred notice channel"),
         tr("Which channel a notice takes when the patron has both an e-mail address and a phone number."),
         QStringLiteral("email"), 0, 0, {QStringLiteral("email"), QStringLiteral("http")}, {}},
        {NoticeKeys::IntervalMinutes, K::Integer, tr("Minutes between notice runs"),
         tr("How often the server looks for new notices and sends them."), QString::number(NoticeKeys::kDefaultIntervalMinutes), 1,
         1440, {}, tr("minutes")},
        {NoticeKeys::MaxAttempts, K::Integer, tr("Attempts per notice"),
         tr("How many times a notice is tried before it is given up (it can still be retried by hand)."),
         QString::number(NoticeKeys::kDefaultMaxAttempts), 1, 20, {}, {}},
        {NoticeKeys::RetryMinutes, K::Integer, tr("First retry after"),
         tr("Minutes before a failed notice is tried again; each later retry waits twice as long, at most a day."),
         QString::number(NoticeKeys::kDefaultRetryMinutes), 1, 1440, {}, tr("minutes")},
        {NoticeKeys::HoldExpiringDays, K::Integer, tr("Hold pickup reminder"),
         tr("Days before a ready hold's last pickup day that the patron is reminded (0: no reminder)."),
         QString::number(NoticeKeys::kDefaultHoldExpiringDays), 0, 14, {}, days},
        {NoticeKeys::MembershipDays, K::Integer, tr("Membership end reminder"),
         tr("Days before a membership ends that the patron is told (0: not told)."), QString::number(NoticeKeys::kDefaultMembershipDays),
         0, 90, {}, days},
    };
}

const SettingDef *Settings::definition(const QList<SettingDef> &defs, const QString &key)
{
    for (const SettingDef &d : defs) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Result<QList<SettingValue>> Settings::list(const Caller &caller)
{
    return m_core.execute<QList<SettingValue>>(
        caller, {Services::Administration, QStringLiteral("settings.list"), {}, {}, false},
        [](OperationContext &ctx) -> Result<QList<SettingValue>> {
            auto values = stored(ctx.db());
            if (!values.ok())
                return values.error();
            auto shelf = holdShelfDays(ctx.db());
            if (!shelf.ok())
                return shelf.error();
            QList<SettingValue> out;
            for (const SettingDef &d : definitions()) {
                SettingValue v{d, d.defaultValue, false};
                if (d.key == kHoldShelfDays) {
                    v.value = *shelf;
                    v.isSet = true;
                } else if (values->contains(d.key)) {
                    v.value = values->value(d.key);
                    v.isSet = true;
                }
                out << v;
            }
            return out;
        });
}

Result<SettingValue> Settings::set(const Caller &caller, const QString &rawKey, const QString &rawValue)
{
    const QString key = rawKey.trimmed();
    const QString value = rawValue.trimmed();
    const QList<SettingDef> defs = definitions();
    const SettingDef *def = definition(defs, key);
    namespace Keys = Circulation::SettingKeys;

    // What a value must be: its kind's bounds, then what it refers to.
    auto check = [&](Database &db, FieldErrors &errors) -> Status {
        if (!def) {
            QStringList keys;
            for (const SettingDef &d : defs)
                keys << d.key;
            errors.add(key, QStringLiteral("library.unknown_setting"),
                       tr("There is no setting \"%1\" (the settings are: %2).").arg(key, keys.join(QStringLiteral(", "))));
            return {};
        }
        if (def->kind == SettingDef::Kind::Integer) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < def->min || n > def->max)
                errors.add(key, QStringLiteral("library.bad_setting"),
                           tr("%1 is a whole number from %2 to %3, not \"%4\".").arg(def->label).arg(def->min).arg(def->max).arg(value));
        } else if (def->kind == SettingDef::Kind::Choice && !def->choices.contains(value)) {
            errors.add(key, QStringLiteral("library.bad_setting"),
                       tr("%1 is one of %2, not \"%3\".").arg(def->label, def->choices.join(QStringLiteral(", ")), value));
        }
        if (key == Keys::CardPrefix && !Circulation::CardNumber::isValidPrefix(value))
            errors.add(key, QStringLiteral("library.bad_setting"),
                       tr("A card number prefix is 1 to 6 capital letters A to Z, not \"%1\".").arg(value));
        if ((key == Keys::PinMinLength || key == Keys::PinMaxLength) && errors.isEmpty()) {
            auto other = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                   {key == Keys::PinMinLength ? Keys::PinMaxLength : Keys::PinMinLength});
            if (!other.ok())
                return other.error();
            const int n = value.toInt();
            const int o = other->isNull() ? (key == Keys::PinMinLength ? Keys::kDefaultPinMaxLength : Keys::kDefaultPinMinLength)
                                          : other->toInt();
            if (key == Keys::PinMinLength && n > o)
                errors.add(key, QStringLiteral("library.bad_setting"),
                           tr("The shortest PIN (%1) cannot be longer than the longest (%2).").arg(n).arg(o));
            if (key == Keys::PinMaxLength && n < o)
                errors.add(key, QStringLiteral("library.bad_setting"),
                           tr("The longest PIN (%1) cannot be shorter than the shortest (%2).").arg(n).arg(o));
        }
        if (key == NoticeKeys::SmtpFrom && !value.isEmpty() && !Notices::SmtpClient::isUsableAddress(value))
            errors.add(key, QStringLiteral("library.bad_setting"), tr("\"%1\" is not an e-mail address.").arg(value));
        if (key == NoticeKeys::HttpUrl && !value.isEmpty()) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
                errors.add(key, QStringLiteral("library.bad_setting"),
                           tr("The gateway's address is an http:// or https:// URL, not \"%1\".").arg(value));
        }
        if ((key == NoticeKeys::SmtpPasswordFile || key == NoticeKeys::HttpTokenFile || key == NoticeKeys::SmtpCaFile) && !value.isEmpty()
            && !value.startsWith(QLatin1Char('/')))
            errors.add(key, QStringLiteral("library.bad_setting"), tr("%1 is a full path (starting with /), not \"%2\".").arg(def->label, value));
        if (key == NoticeKeys::HttpBody && value.isEmpty())
            errors.add(key, QStringLiteral("library.bad_setting"), tr("The gateway's message body cannot be empty."));
        if (key == NoticeKeys::SmtpHost && (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('/'))))
            errors.add(key, QStringLiteral("library.bad_setting"), tr("\"%1\" is not a host name or address.").arg(value));
        if (key == Keys::DefaultBranch && !value.isEmpty()) {
            auto b = db.scalar(QStringLiteral("SELECT closed_at IS NULL FROM branches WHERE code = ?"), {value});
            if (!b.ok())
                return b.error();
            if (b->isNull())
                errors.add(key, QStringLiteral("library.bad_setting"), tr("There is no branch \"%1\".").arg(value));
            else if (!b->toBool())
                errors.add(key, QStringLiteral("library.bad_setting"), tr("The branch %1 is closed.").arg(value));
        }
        if (key == Keys::DefaultCategory && !value.isEmpty()) {
            auto c = db.scalar(QStringLiteral("SELECT active FROM patron_categories WHERE code = ?"), {value});
            if (!c.ok())
                return c.error();
            if (c->isNull())
                errors.add(key, QStringLiteral("library.bad_setting"), tr("There is no patron category \"%1\".").arg(value));
            else if (c->toInt() == 0)
                errors.add(key, QStringLiteral("library.bad_setting"), tr("The patron category %1 is retired.").arg(value));
        }
        return {};
    };

    if (def && key == kHoldShelfDays) {
        // The library-wide loan rule: changed (and recorded) by the loan rules themselves.
        FieldErrors errors;
        if (Status st = check(m_core.db(), errors); !st.ok())
            return st.error();
        if (!errors.isEmpty())
            return errors.refusal();
        auto rule = Circulation::LoanRules(m_core).set(caller, QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
                                                       {{QStringLiteral("hold_pickup_days"), value}});
        if (!rule.ok())
            return rule.error();
        return SettingValue{*def, value, true};
    }

    return m_core.execute<SettingValue>(
        caller, {Services::Administration, QStringLiteral("settings.set"), Rights::SystemAdmin, key},
        [&](OperationContext &ctx) -> Result<SettingValue> {
            Database &db = ctx.db();
            FieldErrors errors;
            if (Status st = check(db, errors); !st.ok())
                return st.error();
            if (!errors.isEmpty())
                return errors.refusal();
            auto old = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
            if (!old.ok())
                return old.error();
            const QString before = old->isNull() ? def->defaultValue : old->toString();
            if (!old->isNull() && before == value)
                return Error::refused(QStringLiteral("library.nothing_to_change"),
                                      tr("%1 is already %2.").arg(def->label, value.isEmpty() ? tr("empty") : value));
            auto q = db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_op) VALUES (?, ?, ?) ON CONFLICT (key) "
                                            "DO UPDATE SET value = excluded.value, updated_op = excluded.updated_op"),
                             {key, value.isNull() ? QStringLiteral("") : value, ctx.operationId()});
            if (!q.ok())
                return q.error();
            q->finish();
            auto change = ServiceManagement::Changes::recordStandard(ctx, tr("Setting %1").arg(def->label), QStringLiteral("setting"),
                                                                     key, before, value);
            if (!change.ok())
                return change.error();
            ctx.setDetail(QStringLiteral("change"), *change);
            return SettingValue{*def, value, true};
        });
}

} // namespace Aksara::Library
