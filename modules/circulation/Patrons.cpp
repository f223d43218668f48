#include "circulation/Patrons.h"

#include "circulation/CardNumber.h"
#include "circulation/Internal.h"
#include "circulation/Nik.h"
#include "circulation/PatronPrivacy.h"
#include "circulation/SettingKeys.h"

#include "core/LibraryProfile.h"
#include "core/PasswordHash.h"
#include "core/Privacy.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Aksara::Circulation {

namespace {

// What validation found, with the looked-up branch and category.
struct Validated {
    std::optional<BranchRow> branch;
    std::optional<CategoryRow> category;
    QString nik;            // normalized, when given
    QString cardNumber;     // normalized, when given
    QString email;
    QString phone;
};

bool isPhoto(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) || data.startsWith(QByteArrayLiteral("\xff\xd8\xff"));
}

// Checks every given field; adds a reason per problem. `self` is the patron being edited (0 when
// registering), `birthDate` the birth date the NIK must agree with.
Status validateInput(OperationContext &ctx, const PatronInput &in, qint64 self, const QDate &today, QDate birthDate,
                     QString nik, QList<Reason> &reasons, Validated &out)
{
    Database &db = ctx.db();
    if (in.name && in.name->trimmed().isEmpty())
        reasons << Reason{QStringLiteral("circulation.bad_name"), tr("The patron's name cannot be empty.")};
    else if (in.name && in.name->trimmed().size() > 200)
        reasons << Reason{QStringLiteral("circulation.bad_name"), tr("The patron's name is longer than 200 characters.")};
    if (in.birthDate) {
        birthDate = *in.birthDate;
        if (birthDate.isValid() && (birthDate > today || birthDate.year() < 1900))
            reasons << Reason{QStringLiteral("circulation.bad_birth_date"),
                              tr("The birth date %1 is not plausible.").arg(birthDate.toString(Qt::ISODate))};
    }
    if (in.nik)
        nik = in.nik->trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (!nik.isEmpty() && (in.nik || in.birthDate)) {
        if (Status st = Nik::validate(nik, birthDate); !st.ok()) {
            reasons << Reason{st.error().code, st.error().message};
        } else if (in.nik) {
            auto dup = firstRow(db, QStringLiteral("SELECT card_number FROM patrons WHERE nik = ? AND id <> ?"), {nik, self});
            if (!dup.ok())
                return dup.error();
            if (dup->has_value())
                reasons << Reason{QStringLiteral("circulation.duplicate_nik"),
                                  tr("The NIK %1 is already registered (card %2).").arg(nik, (**dup)[0].toString())};
        }
    }
    out.nik = nik;
    if (in.email && !in.email->trimmed().isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        out.email = in.email->trimmed();
        if (!re.match(out.email).hasMatch() || out.email.size() > 254)
            reasons << Reason{QStringLiteral("circulation.bad_email"), tr("\"%1\" is not an e-mail address.").arg(out.email)};
    }
    if (in.phone && !in.phone->trimmed().isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ().-]{5,24}$"));
        out.phone = in.phone->trimmed();
        if (!re.match(out.phone).hasMatch())
            reasons << Reason{QStringLiteral("circulation.bad_phone"), tr("\"%1\" is not a telephone number.").arg(out.phone)};
    }
    if (in.photo && !in.photo->isEmpty()) {
        if (!isPhoto(*in.photo))
            reasons << Reason{QStringLiteral("circulation.bad_photo"), tr("The photo must be a PNG or JPEG image.")};
        else if (in.photo->size() > Patrons::kMaxPhotoBytes)
            reasons << Reason{QStringLiteral("circulation.bad_photo"), tr("The photo is larger than 2 MiB.")};
    }
    if (in.language && *in.language != QLatin1String("id") && *in.language != QLatin1String("en"))
        reasons << Reason{QStringLiteral("circulation.bad_language"),
                          tr("The language is id (Indonesian) or en (English), not \"%1\".").arg(*in.language)};
    if (in.branchCode && !in.branchCode->trimmed().isEmpty()) {
        auto b = branchByCode(db, *in.branchCode);
        if (b.ok())
            out.branch = *b;
        else if (b.error().isRefusal())
            reasons << Reason{b.error().code, b.error().message};
        else
            return b.error();
    }
    if (in.categoryCode && !in.categoryCode->trimmed().isEmpty()) {
        auto c = categoryByCode(db, *in.categoryCode);
        if (c.ok())
            out.category = *c;
        else if (c.error().isRefusal())
            reasons << Reason{c.error().code, c.error().message};
        else
            return c.error();
    }
    if (in.cardNumber && !in.cardNumber->trimmed().isEmpty()) {
        out.cardNumber = CardNumber::normalize(*in.cardNumber);
        auto fmt = CardNumber::format(db);
        if (!fmt.ok())
            return fmt.error();
        if (in.legacyCard && !CardNumber::isLegacyShape(out.cardNumber)) {
            reasons << Reason{QStringLiteral("circulation.bad_card_number"),
                              tr("\"%1\" cannot be a card number: an old member number is 1 to 32 letters, digits, dots, "
                                 "slashes or underscores.")
                                  .arg(out.cardNumber)};
        } else if (Status st = in.legacyCard ? Status() : CardNumber::validate(out.cardNumber, fmt->check); !st.ok()) {
            reasons << Reason{st.error().code, st.error().message};
        } else {
            auto dup = db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM patrons WHERE card_number = ?) + "
                                                "(SELECT COUNT(*) FROM patron_cards WHERE card_number = ?)"),
                                 {out.cardNumber, out.cardNumber});
            if (!dup.ok())
                return dup.error();
            if (dup->toLongLong() > 0)
                reasons << Reason{QStringLiteral("circulation.duplicate_card"),
                                  tr("The card number %1 has already been given out.").arg(out.cardNumber)};
        }
    }
    return {};
}

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::refused(QStringLiteral("circulation.reason_required"), tr("Give a reason."));
    return {};
}

Status checkPinFormat(const QString &pin, const PinRules &rules)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(pin).hasMatch() || pin.size() < rules.minLength || pin.size() > rules.maxLength) {
        const QJsonObject details{{QStringLiteral("min_length"), rules.minLength}, {QStringLiteral("max_length"), rules.maxLength}};
        return Error::refused(QStringLiteral("circulation.bad_pin_format"),
                              rules.minLength == rules.maxLength
                                  ? tr("A PIN is %1 digits.").arg(rules.minLength)
                                  : tr("A PIN is %1 to %2 digits.").arg(rules.minLength).arg(rules.maxLength),
                              details);
    }
    return {};
}

// What the patron's category asks of a registration: an open branch, a category that still takes
// members, a NIK where the category requires one, an age within its range.
void checkCategoryRules(const Validated &v, const QString &nik, const QDate &birthDate, const QDate &today, bool registering,
                        QList<Reason> &reasons)
{
    if (registering && v.branch && v.branch->closed)
        reasons << Reason{QStringLiteral("circulation.branch_closed"),
                          tr("The branch %1 is closed; register the patron at an open branch.").arg(v.branch->code)};
    if (!v.category)
        return;
    const CategoryRow &c = *v.category;
    if (!c.active)
        reasons << Reason{QStringLiteral("circulation.category_retired"),
                          tr("The patron category %1 no longer takes new members.").arg(c.code)};
    if (registering && c.nikRequired && nik.isEmpty())
        reasons << Reason{QStringLiteral("circulation.nik_required"),
                          tr("A patron of the category %1 (%2) is registered with their NIK.").arg(c.code, c.name)};
    if (c.minAge < 0 && c.maxAge < 0)
        return;
    if (!birthDate.isValid()) {
        reasons << Reason{QStringLiteral("circulation.birth_date_required"),
                          tr("The category %1 is for some ages only: give the patron's birth date.").arg(c.code)};
        return;
    }
    int age = today.year() - birthDate.year();
    if (QDate(today.year(), birthDate.month(), qMin(birthDate.day(), QDate(today.year(), birthDate.month(), 1).daysInMonth())) > today)
        --age;
    if ((c.minAge >= 0 && age < c.minAge) || (c.maxAge >= 0 && age > c.maxAge)) {
        const QString range = c.maxAge < 0   ? tr("%1 years or older").arg(c.minAge)
                              : c.minAge < 0 ? tr("up to %1 years old").arg(c.maxAge)
                                             : tr("%1 to %2 years old").arg(c.minAge).arg(c.maxAge);
        reasons << Reason{QStringLiteral("circulation.age_out_of_range"),
                          tr("The category %1 is for patrons %2; this patron is %3.").arg(c.code, range).arg(age)};
    }
}

// A fixed Argon2id hash verified when a card is unknown, so that the answer takes as long.
const QString &dummyHash()
{
    static const QString h = [] {
        auto r = PasswordHash::hash(QStringLiteral("not-a-pin"));
        return r.ok() ? *r : QString();
    }();
    return h;
}
} // namespace

Result<QString> nextCardNumber(OperationContext &ctx)
{
    Database &db = ctx.db();
    auto fmt = CardNumber::format(db);
    if (!fmt.ok())
        return fmt.error();
    const QString prefix = fmt->prefix;
    if (!CardNumber::isValidPrefix(prefix))
        return Error::failed(QStringLiteral("circulation.bad_card_prefix"),
                             tr("The card prefix \"%1\" (setting card.prefix) must be 1 to 6 capital letters.").arg(prefix));
    auto seq = db.scalar(QStringLiteral("SELECT last_value FROM card_sequences WHERE prefix = ?"), {prefix});
    if (!seq.ok())
        return seq.error();
    if (seq->isNull()) {
        // First card under this prefix: start after any number already given out with it (cards
        // registered before the sequence existed, or imported).
        qint64 highest = 0;
        auto taken = rows(db, QStringLiteral("SELECT card_number FROM patrons WHERE card_number LIKE ? "
                                             "UNION SELECT card_number FROM patron_cards WHERE card_number LIKE ?"),
                          {QString(prefix + QLatin1Char('%')), QString(prefix + QLatin1Char('%'))});
        if (!taken.ok())
            return taken.error();
        for (const QVariantList &r : std::as_const(*taken))
            highest = qMax(highest, CardNumber::sequenceOf(r[0].toString(), *fmt));
        if (Status st = execute(db, QStringLiteral("INSERT INTO card_sequences (prefix, last_value, updated_op) VALUES (?, ?, ?) "
                                                   "ON CONFLICT (prefix) DO NOTHING"),
                                {prefix, highest, ctx.operationId()});
            !st.ok())
            return st.error();
    }
    for (int attempt = 0; attempt < 100000; ++attempt) {
        auto next = insertId(db, QStringLiteral("UPDATE card_sequences SET last_value = last_value + 1, updated_op = ? "
                                                "WHERE prefix = ? RETURNING last_value"),
                             {ctx.operationId(), prefix});
        if (!next.ok())
            return next.error();
        const QString card = CardNumber::make(*fmt, *next);
        auto used = db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM patrons WHERE card_number = ?) + "
                                             "(SELECT COUNT(*) FROM patron_cards WHERE card_number = ?)"),
                              {card, card});
        if (!used.ok())
            return used.error();
        if (used->toLongLong() == 0)
            return card;
    }
    return Error::failed(QStringLiteral("circulation.card_numbers_exhausted"), tr("No free card number was found."));
}

Result<Patron> Patrons::registerPatron(const Caller &caller, const PatronInput &input)
{
    // No subject until the card exists: a refused registration must not put the name in the log
    // (docs/privacy.md); the card given becomes the new patron's pseudonym once registered.
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.register"), Rights::PatronManage, QString()};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto today = libraryToday(db, ctx.nowMs());
        if (!today.ok())
            return today.error();
        QList<Reason> reasons;
        Validated v;
        if (!input.name)
            reasons << Reason{QStringLiteral("circulation.bad_name"), tr("The patron's name is required.")};
        if (Status st = validateInput(ctx, input, 0, *today, QDate(), QString(), reasons, v); !st.ok())
            return st.error();
        if (!v.branch && !(input.branchCode && !input.branchCode->trimmed().isEmpty())) {
            auto b = defaultBranch(db);
            if (b.ok())
                v.branch = *b;
            else if (b.error().isRefusal())
                reasons << Reason{b.error().code, b.error().message};
            else
                return b.error();
        }
        if (!v.category && !(input.categoryCode && !input.categoryCode->trimmed().isEmpty())) {
            auto c = defaultCategory(db);
            if (c.ok())
                v.category = *c;
            else if (c.error().isRefusal())
                reasons << Reason{c.error().code, c.error().message};
            else
                return c.error();
        }
        checkCategoryRules(v, v.nik, input.birthDate.value_or(QDate()), *today, true, reasons);
        const bool withConsent = input.consentPurposes.has_value() || input.consentNoticeVersion.has_value();
        const Consent consent{input.consentPurposes.value_or(QString()).trimmed(),
                              input.consentNoticeVersion.value_or(QString()).trimmed(), *today,
                              input.guardianName.value_or(QString()).trimmed()};
        if (withConsent)
            PatronPrivacy::checkConsent(consent, input.birthDate.value_or(QDate()), *today, reasons);
        if (!reasons.isEmpty())
            return refusalFrom(reasons);
        QString language = input.language.value_or(QString());
        if (language.isEmpty()) {
            auto d = setting(db, LibraryKeys::Language, QStringLiteral("id"));
            if (!d.ok())
                return d.error();
            language = *d == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
        }

        QString card = v.cardNumber;
        if (card.isEmpty()) {
            auto next = nextCardNumber(ctx);
            if (!next.ok())
                return next.error();
            card = *next;
        }
        const QDate expires = input.expiresOn && input.expiresOn->isValid() ? *input.expiresOn
                                                                            : today->addMonths(v.category->membershipMonths);
        const QByteArray photo = input.photo.value_or(QByteArray());
        auto id = insertId(db,
                           QStringLiteral("INSERT INTO patrons (card_number, nik, name, birth_date, address, phone, email, photo, "
                                          "home_branch_id, category_id, registered_on, expires_on, status, language, "
                                          "created_at, created_op, updated_op, nik_unverified) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?) RETURNING id"),
                           {card, textOrNull(v.nik), input.name->trimmed(), dateOrNull(input.birthDate.value_or(QDate())),
                            textOrEmpty(input.address.value_or(QString()).trimmed()), textOrEmpty(v.phone), textOrEmpty(v.email),
                            photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(photo), v.branch->id,
                            v.category->id,
                            (input.registeredOn && input.registeredOn->isValid() ? *input.registeredOn : *today).toString(Qt::ISODate),
                            expires.toString(Qt::ISODate),
                            language, ctx.nowMs(), ctx.operationId(), ctx.operationId(),
                            textOrNull(input.nikUnverified.value_or(QString()).trimmed())});
        if (!id.ok())
            return id.error();
        if (v.category->enrolmentFee > 0 && !input.registeredOn) {
            auto fee = chargeFee(ctx, *id, QStringLiteral("manual"), v.category->enrolmentFee,
                                 tr("Enrolment fee (%1)").arg(v.category->name));
            if (!fee.ok())
                return fee.error();
            ctx.setDetail(QStringLiteral("enrolment_fee"), v.category->enrolmentFee);
        }
        auto cardRow = insertId(db, QStringLiteral("INSERT INTO patron_cards (patron_id, card_number, issued_at, created_op, "
                                                   "updated_op) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                {*id, card, ctx.nowMs(), ctx.operationId(), ctx.operationId()});
        if (!cardRow.ok())
            return cardRow.error();
        // The patron is a data subject: the log names them by a pseudonym (docs/privacy.md).
        if (Privacy privacy(db); privacy.available()) {
            auto subject = privacy.createSubject(QStringLiteral("patron"), ctx.nowMs());
            if (!subject.ok())
                return subject.error();
            if (Status st = privacy.addAlias(subject->id, card); !st.ok())
                return st.error();
        }
        if (withConsent) {
            if (Status st = execute(db, QStringLiteral("UPDATE patrons SET consent_purposes = ?, consent_notice_version = ?, "
                                                       "consent_on = ?, guardian_name = ? WHERE id = ?"),
                                    {consent.purposes, consent.noticeVersion, today->toString(Qt::ISODate),
                                     textOrNull(consent.guardianName), *id});
                !st.ok())
                return st.error();
            ctx.setDetail(QStringLiteral("consent"), QJsonObject{{QStringLiteral("purposes"), consent.purposes},
                                                                 {QStringLiteral("notice_version"), consent.noticeVersion},
                                                                 {QStringLiteral("guardian"), !consent.guardianName.isEmpty()}});
        }
        ctx.setSubject(card);
        auto p = patronById(db, *id);
        if (!p.ok())
            return p.error();
        return *p;
    });
}

Result<Patron> Patrons::edit(const Caller &caller, const QString &card, const PatronInput &input)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.edit"), Rights::PatronManage,
                             CardNumber::normalize(card)};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        auto today = libraryToday(db, ctx.nowMs());
        if (!today.ok())
            return today.error();
        QList<Reason> reasons;
        if (input.cardNumber)
            reasons << Reason{QStringLiteral("circulation.bad_card_number"),
                              tr("A card number cannot be edited; replace the card instead.")};
        Validated v;
        if (Status st = validateInput(ctx, input, p->id, *today, p->birthDate, p->nik, reasons, v); !st.ok())
            return st.error();
        if (input.status) {
            const QString s = *input.status;
            if (s != QLatin1String("active") && s != QLatin1String("left"))
                reasons << Reason{QStringLiteral("circulation.bad_status"),
                                  tr("The status is active or left (blocking has its own command), not \"%1\".").arg(s)};
            else if (p->status == QLatin1String("blocked"))
                reasons << Reason{QStringLiteral("circulation.bad_status"),
                                  tr("The patron is blocked; unblock them first.")};
        }
        if (v.branch && v.branch->closed && v.branch->code != p->homeBranchCode)
            reasons << Reason{QStringLiteral("circulation.branch_closed"),
                              tr("The branch %1 is closed; choose an open branch.").arg(v.branch->code)};
        if (v.category && v.category->code != p->categoryCode) {
            // Moving to another category: it must take members, and the patron must fit it.
            checkCategoryRules(v, v.nik, input.birthDate.value_or(p->birthDate), *today, false, reasons);
        }
        if (!reasons.isEmpty())
            return refusalFrom(reasons);

        QStringList sets;
        QVariantList binds;
        QJsonArray changed;
        auto set = [&](const char *column, const QVariant &value) {
            sets << QString::fromLatin1(column) + QStringLiteral(" = ?");
            binds << value;
            changed << QString::fromLatin1(column);
        };
        if (input.name)
            set("name", input.name->trimmed());
        if (input.nik)
            set("nik", textOrNull(v.nik));
        if (input.birthDate)
            set("birth_date", dateOrNull(*input.birthDate));
        if (input.address)
            set("address", textOrEmpty(input.address->trimmed()));
        if (input.phone)
            set("phone", textOrEmpty(v.phone));
        if (input.email)
            set("email", textOrEmpty(v.email));
        if (input.photo)
            set("photo", input.photo->isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(*input.photo));
        if (v.branch)
            set("home_branch_id", v.branch->id);
        if (v.category)
            set("category_id", v.category->id);
        if (input.expiresOn && input.expiresOn->isValid())
            set("expires_on", input.expiresOn->toString(Qt::ISODate));
        if (input.status)
            set("status", *input.status);
        if (input.language)
            set("language", *input.language);
        if (sets.isEmpty())
            return Error::refused(QStringLiteral("circulation.nothing_to_change"), tr("Nothing to change was given."));
        binds << ctx.operationId() << p->id;
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET ") + sets.join(QStringLiteral(", "))
                                        + QStringLiteral(", updated_op = ? WHERE id = ?"),
                                binds);
            !st.ok())
            return st.error();
        ctx.setDetail(QStringLiteral("changed"), changed);
        return patronById(db, p->id);
    });
}

Result<Patron> Patrons::renew(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.renew"), Rights::PatronManage,
                             CardNumber::normalize(card)};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (p->status == QLatin1String("left"))
            return Error::refused(QStringLiteral("circulation.patron_left"),
                                  tr("%1 has left the library; set them active again before renewing.").arg(p->name));
        auto today = libraryToday(db, ctx.nowMs());
        if (!today.ok())
            return today.error();
        auto cat = categoryById(db, p->categoryId);
        if (!cat.ok())
            return cat.error();
        const QDate from = p->expiresOn.isValid() && p->expiresOn > *today ? p->expiresOn : *today;
        const QDate expires = from.addMonths(cat->membershipMonths);
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET expires_on = ?, updated_op = ? WHERE id = ?"),
                                {expires.toString(Qt::ISODate), ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        ctx.setDetail(QStringLiteral("expires_on"), QJsonArray{p->expiresOn.toString(Qt::ISODate), expires.toString(Qt::ISODate)});
        return patronById(db, p->id);
    });
}

Result<Patron> Patrons::block(const Caller &caller, const QString &card, const QString &reason)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.block"), Rights::PatronManage,
                             CardNumber::normalize(card)};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (Status st = requireReason(reason); !st.ok())
            return st.error();
        if (p->status == QLatin1String("blocked"))
            return Error::refused(QStringLiteral("circulation.already_blocked"),
                                  tr("%1 is already blocked: %2").arg(p->name, p->blockReason));
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET status = 'blocked', block_reason = ?, updated_op = ? "
                                                   "WHERE id = ?"),
                                {reason.trimmed(), ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        ctx.setPersonalDetail(QStringLiteral("reason"), reason.trimmed());
        return patronById(db, p->id);
    });
}

Result<Patron> Patrons::unblock(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.unblock"), Rights::PatronManage,
                             CardNumber::normalize(card)};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (p->status != QLatin1String("blocked"))
            return Error::refused(QStringLiteral("circulation.not_blocked"), tr("%1 is not blocked.").arg(p->name));
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET status = 'active', block_reason = NULL, updated_op = ? "
                                                   "WHERE id = ?"),
                                {ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        ctx.setPersonalDetail(QStringLiteral("was_blocked_for"), p->blockReason);
        return patronById(db, p->id);
    });
}

Result<CardReplacement> Patrons::replaceCard(const Caller &caller, const QString &card, const QString &reason,
                                             bool charge)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("card.replace"), Rights::PatronManage,
                             CardNumber::normalize(card)};
    return m_core.execute<CardReplacement>(caller, spec, [&](OperationContext &ctx) -> Result<CardReplacement> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        if (Status st = requireReason(reason); !st.ok())
            return st.error();
        auto next = nextCardNumber(ctx);
        if (!next.ok())
            return next.error();
        // The old card joins the history as retired (a card registered before the history existed
        // gets its row now).
        auto upd = ctx.db().exec(QStringLiteral("UPDATE patron_cards SET retired_at = ?, retire_reason = ?, updated_op = ? "
                                                "WHERE card_number = ?"),
                                 {ctx.nowMs(), reason.trimmed(), ctx.operationId(), p->cardNumber});
        if (!upd.ok())
            return upd.error();
        const int updated = upd->numRowsAffected();
        upd->finish();
        if (updated == 0) {
            auto ins = insertId(db, QStringLiteral("INSERT INTO patron_cards (patron_id, card_number, issued_at, retired_at, "
                                                   "retire_reason, created_op, updated_op) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                {p->id, p->cardNumber, p->createdAt, ctx.nowMs(), reason.trimmed(), ctx.operationId(),
                                 ctx.operationId()});
            if (!ins.ok())
                return ins.error();
        }
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET card_number = ?, card_printed_at = NULL, updated_op = ? "
                                                   "WHERE id = ?"),
                                {*next, ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        auto ins = insertId(db, QStringLiteral("INSERT INTO patron_cards (patron_id, card_number, issued_at, created_op, "
                                               "updated_op) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            {p->id, *next, ctx.nowMs(), ctx.operationId(), ctx.operationId()});
        if (!ins.ok())
            return ins.error();
        // The new card names the same data subject in the log.
        if (Privacy privacy(db); privacy.available()) {
            auto subject = privacy.byAlias(p->cardNumber);
            if (!subject.ok())
                return subject.error();
            if (subject->has_value()) {
                if (Status st = privacy.addAlias((*subject)->id, *next); !st.ok())
                    return st.error();
            }
        }
        CardReplacement out;
        out.oldCardNumber = p->cardNumber;
        if (charge) {
            auto feeText = setting(db, SettingKeys::CardReplacementFee, QStringLiteral("0"));
            if (!feeText.ok())
                return feeText.error();
            const qint64 amount = feeText->toLongLong();
            if (amount > 0) {
                auto fee = chargeFee(ctx, p->id, QStringLiteral("card_replacement"), amount,
                                     tr("Replacement of card %1").arg(p->cardNumber));
                if (!fee.ok())
                    return fee.error();
                out.fee = *fee;
            }
        }
        auto now = patronById(db, p->id);
        if (!now.ok())
            return now.error();
        out.patron = *now;
        ctx.setDetail(QStringLiteral("new_card"), *next);
        return out;
    });
}

Status Patrons::setPin(const Caller &caller, const QString &card, const QString &pin)
{
    const QString normalized = CardNumber::normalize(card);
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.set_pin"), rightFor(caller, Rights::PatronManage),
                             normalized};
    // The slow hash is computed before the write transaction.
    auto rules = pinRules(m_core.db());
    if (!rules.ok())
        return rules.error();
    const bool formatOk = checkPinFormat(pin, *rules).ok();
    Result<QString> hash = formatOk ? PasswordHash::hash(pin) : Result<QString>(QString());
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        auto p = findPatron(ctx.db(), card, true);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::PatronManage, p->id); !st.ok())
            return st;
        if (Status st = checkPinFormat(pin, *rules); !st.ok())
            return st;
        if (!hash.ok())
            return hash.error();
        return execute(ctx.db(), QStringLiteral("UPDATE patrons SET pin_hash = ?, updated_op = ? WHERE id = ?"),
                       {*hash, ctx.operationId(), p->id});
    });
}

Result<Patron> Patrons::authenticate(const Caller &caller, const QString &card, const QString &pin, const KnownPinCheck &known)
{
    const QString normalized = CardNumber::normalize(card);
    const OperationSpec spec{Services::Kiosk, QStringLiteral("patron.login"), Rights::SelfService, normalized};
    // The slow hash check runs before the write transaction; an unknown card costs the same time.
    QString stored;
    {
        auto h = m_core.db().scalar(QStringLiteral("SELECT pin_hash FROM patrons WHERE card_number = ?"), {normalized});
        if (h.ok() && !h->isNull())
            stored = h->toString();
    }
    const std::optional<bool> given = known ? known(stored) : std::nullopt;
    const bool pinOk = given ? *given && !stored.isEmpty()
                             : stored.isEmpty() ? (PasswordHash::verify(dummyHash(), pin), false) : PasswordHash::verify(stored, pin);
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card);
        if (!p.ok())
            return p.error();
        // Wrong PINs in a row lock the card; the count comes from the operation log itself, since
        // the last time a PIN was set.
        auto rules = pinRules(db);
        if (!rules.ok())
            return rules.error();
        const int maxFailures = rules->maxFailures;
        const QJsonObject lockDetails{{QStringLiteral("max_failures"), maxFailures}};
        // The log names the card by its patron's pseudonym (docs/privacy.md).
        auto logName = Privacy(db).logNameOf(p->cardNumber);
        if (!logName.ok())
            return logName.error();
        auto q = rows(db, QStringLiteral("SELECT operation, error_code FROM operations WHERE subject = ? AND "
                                         "operation IN ('patron.login', 'patron.set_pin') AND outcome <> 'failed' "
                                         "ORDER BY seq DESC LIMIT ?"),
                      {*logName, maxFailures});
        if (!q.ok())
            return q.error();
        int failures = 0;
        for (const QVariantList &r : std::as_const(*q)) {
            const QString code = r[1].toString();
            if (r[0].toString() == QLatin1String("patron.login")
                && (code == QLatin1String("circulation.bad_pin") || code == QLatin1String("circulation.pin_locked")))
                ++failures;
            else
                break;
        }
        if (failures >= maxFailures)
            return Error::refused(QStringLiteral("circulation.pin_locked"),
                                  tr("This card is locked after %1 wrong PINs; ask at the desk for a new PIN.").arg(maxFailures),
                                  lockDetails);
        if (!p->hasPin)
            return Error::refused(QStringLiteral("circulation.no_pin"),
                                  tr("This card has no PIN yet; ask at the desk to set one."));
        if (!pinOk)
            return Error::refused(QStringLiteral("circulation.bad_pin"), tr("Wrong PIN."), lockDetails);
        if (Status st = fillPatronSummary(db, *p, ctx.nowMs()); !st.ok())
            return st.error();
        return *p;
    });
}

Result<PatronAccount> Patrons::account(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.show"), rightFor(caller, Rights::PatronManage),
                             CardNumber::normalize(card), false};
    return m_core.execute<PatronAccount>(caller, spec, [&](OperationContext &ctx) -> Result<PatronAccount> {
        Database &db = ctx.db();
        auto p = findPatron(db, card);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::PatronManage, p->id); !st.ok())
            return st.error();
        PatronAccount a;
        a.patron = *p;
        if (Status st = fillPatronSummary(db, a.patron, ctx.nowMs()); !st.ok())
            return st.error();
        auto loans = openLoansOf(db, p->id);
        if (!loans.ok())
            return loans.error();
        a.loans = *loans;
        auto holds = activeHoldsOf(db, p->id);
        if (!holds.ok())
            return holds.error();
        a.holds = *holds;
        auto fees = openFeesOf(db, p->id);
        if (!fees.ok())
            return fees.error();
        a.fees = *fees;
        auto cards = rows(db, QStringLiteral("SELECT card_number FROM patron_cards WHERE patron_id = ? AND retired_at IS NOT NULL "
                                             "ORDER BY retired_at"),
                          {p->id});
        if (!cards.ok())
            return cards.error();
        for (const QVariantList &r : std::as_const(*cards))
            a.previousCards << r[0].toString();
        return a;
    });
}

Result<QList<Patron>> Patrons::search(const Caller &caller, const QString &text, int limit)
{
    // The log keeps what kind of text was searched for, never the text (an NIK, a name, a phone
    // number); a card searched for is named by its patron's pseudonym (docs/privacy.md).
    const QString shape = Privacy::searchShape(text);
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.search"), Rights::PatronManage,
                             shape == QLatin1String("search:card") && CardNumber::validate(CardNumber::normalize(text)).ok()
                                 ? CardNumber::normalize(text)
                                 : shape == QLatin1String("search:card") ? QStringLiteral("search:text") : shape,
                             false};
    return m_core.execute<QList<Patron>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<Patron>> {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return Error::refused(QStringLiteral("circulation.empty_search"), tr("Say what to look for: a name, card or NIK."));
        QString pattern = t.toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        auto all = rows(ctx.db(),
                        QStringLiteral("SELECT ") + kPatronColumns + kPatronFrom
                            + QStringLiteral("WHERE p.card_number = ? OR p.nik = ? OR LOWER(p.name) LIKE ? ESCAPE '\\' "
                                             "ORDER BY p.name, p.id LIMIT ?"),
                        {CardNumber::normalize(t), t, QString(QLatin1Char('%') + pattern + QLatin1Char('%')), qBound(1, limit, 500)});
        if (!all.ok())
            return all.error();
        QList<Patron> out;
        QJsonArray found; // card numbers; the log holds their pseudonyms (who saw whose record)
        for (const QVariantList &r : std::as_const(*all)) {
            out << patronFromRow(r);
            found << out.last().cardNumber;
        }
        ctx.setDetail(QStringLiteral("patrons"), found);
        return out;
    });
}

Result<QByteArray> Patrons::photo(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.photo"), rightFor(caller, Rights::PatronManage),
                             CardNumber::normalize(card), false};
    return m_core.execute<QByteArray>(caller, spec, [&](OperationContext &ctx) -> Result<QByteArray> {
        auto p = findPatron(ctx.db(), card);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::PatronManage, p->id); !st.ok())
            return st.error();
        auto v = ctx.db().scalar(QStringLiteral("SELECT photo FROM patrons WHERE id = ?"), {p->id});
        if (!v.ok())
            return v.error();
        return v->toByteArray();
    });
}

} // namespace Aksara::Circulation
