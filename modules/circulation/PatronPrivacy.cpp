#include "circulation/PatronPrivacy.h"

#include "circulation/CardNumber.h"
#include "circulation/Internal.h"

#include "core/Privacy.h"

#include <QJsonArray>

namespace Aksara::Circulation {

QJsonObject ErasureReport::toJson() const
{
    return {{QStringLiteral("patron_id"), patronId},
            {QStringLiteral("pseudonym"), pseudonym},
            {QStringLiteral("cards"), cards},
            {QStringLiteral("loans_kept"), loansKept}};
}

QJsonObject RetentionReport::toJson() const
{
    return {{QStringLiteral("loans_anonymised"), loansAnonymised}, {QStringLiteral("patrons_flagged"), patronsFlagged}};
}

namespace {
int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QJsonValue dateOrNullJson(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue msOrNullJson(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(isoUtc(v.toLongLong()));
}
} // namespace

void PatronPrivacy::checkConsent(const Consent &consent, const QDate &birthDate, const QDate &today, QList<Reason> &reasons)
{
    const QDate on = consent.givenOn.isValid() ? consent.givenOn : today;
    if (consent.purposes.trimmed().isEmpty())
        reasons << Reason{QStringLiteral("privacy.purpose_required"),
                          tr("Say what the patron's data is used for (the purpose they consented to).")};
    if (consent.noticeVersion.trimmed().isEmpty())
        reasons << Reason{QStringLiteral("privacy.notice_version_required"),
                          tr("Give the version of the privacy notice the patron was shown.")};
    if (on > today)
        reasons << Reason{QStringLiteral("privacy.bad_consent_date"),
                          tr("The consent date %1 is in the future.").arg(on.toString(Qt::ISODate))};
    if (birthDate.isValid() && ageOn(birthDate, on) < kAdultAge && consent.guardianName.trimmed().isEmpty())
        reasons << Reason{QStringLiteral("privacy.guardian_required"),
                          tr("The patron is under %1: name the parent or guardian who consented.").arg(kAdultAge)};
}

Result<Patron> PatronPrivacy::setConsent(const Caller &caller, const QString &card, const Consent &consent)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.consent"), Rights::PatronManage, CardNumber::normalize(card)};
    return m_core.execute<Patron>(caller, spec, [&](OperationContext &ctx) -> Result<Patron> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        auto today = libraryToday(db, ctx.nowMs());
        if (!today.ok())
            return today.error();
        const QDate on = consent.givenOn.isValid() ? consent.givenOn : *today;
        QList<Reason> reasons;
        checkConsent(consent, p->birthDate, *today, reasons);
        if (!reasons.isEmpty())
            return refusalFrom(reasons);
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET consent_purposes = ?, consent_notice_version = ?, "
                                                   "consent_on = ?, guardian_name = ?, updated_op = ? WHERE id = ?"),
                                {consent.purposes.trimmed(), consent.noticeVersion.trimmed(), on.toString(Qt::ISODate),
                                 textOrNull(consent.guardianName.trimmed()), ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        ctx.setSubject(p->cardNumber);
        ctx.setDetail(QStringLiteral("purposes"), consent.purposes.trimmed());
        ctx.setDetail(QStringLiteral("notice_version"), consent.noticeVersion.trimmed());
        ctx.setDetail(QStringLiteral("consent_on"), on.toString(Qt::ISODate));
        ctx.setDetail(QStringLiteral("guardian"), !consent.guardianName.trimmed().isEmpty());
        return patronById(db, p->id);
    });
}

Result<QJsonObject> PatronPrivacy::exportData(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.export"), rightFor(caller, Rights::PatronManage),
                             CardNumber::normalize(card), false};
    return m_core.execute<QJsonObject>(caller, spec, [&](OperationContext &ctx) -> Result<QJsonObject> {
        Database &db = ctx.db();
        auto p = findPatron(db, card);
        if (!p.ok())
            return p.error();
        if (Status st = ensureOwn(ctx.caller(), Rights::PatronManage, p->id); !st.ok())
            return st.error();
        QJsonObject out;
        out.insert(QStringLiteral("purpose"),
                   tr("The patron's request for access to their personal data (UU PDP No. 27/2022)."));
        out.insert(QStringLiteral("exported_at"), isoUtc(ctx.nowMs()));
        QJsonObject patron = p->toJson();
        auto c = firstRow(db, QStringLiteral("SELECT consent_purposes, consent_notice_version, consent_on, guardian_name "
                                             "FROM patrons WHERE id = ?"),
                          {p->id});
        if (!c.ok())
            return c.error();
        if (c->has_value()) {
            const QVariantList &r = **c;
            out.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("purposes"), dateOrNullJson(r[0])},
                                                              {QStringLiteral("notice_version"), dateOrNullJson(r[1])},
                                                              {QStringLiteral("given_on"), dateOrNullJson(r[2])},
                                                              {QStringLiteral("guardian"), dateOrNullJson(r[3])}});
        }
        out.insert(QStringLiteral("patron"), patron);
        auto cards = rows(db, QStringLiteral("SELECT card_number, issued_at, retired_at FROM patron_cards WHERE patron_id = ? "
                                             "ORDER BY issued_at, id"),
                          {p->id});
        if (!cards.ok())
            return cards.error();
        QJsonArray cardList;
        for (const QVariantList &r : std::as_const(*cards))
            cardList << QJsonObject{{QStringLiteral("card_number"), r[0].toString()},
                                    {QStringLiteral("issued_at"), msOrNullJson(r[1])},
                                    {QStringLiteral("retired_at"), msOrNullJson(r[2])}};
        out.insert(QStringLiteral("cards"), cardList);
        auto loans = rows(db, QStringLiteral("SELECT i.barcode, b.title, br.code, l.issued_at, l.due_at, l.returned_at, "
                                             "l.renewals FROM loans l JOIN items i ON i.id = l.item_id JOIN bib_records b ON "
                                             "b.id = i.bib_id JOIN branches br ON br.id = l.branch_id WHERE l.patron_id = ? "
                                             "ORDER BY l.issued_at, l.id"),
                          {p->id});
        if (!loans.ok())
            return loans.error();
        QJsonArray loanList;
        for (const QVariantList &r : std::as_const(*loans))
            loanList << QJsonObject{{QStringLiteral("barcode"), r[0].toString()},
                                    {QStringLiteral("title"), r[1].toString()},
                                    {QStringLiteral("branch"), r[2].toString()},
                                    {QStringLiteral("issued_at"), msOrNullJson(r[3])},
                                    {QStringLiteral("due_at"), msOrNullJson(r[4])},
                                    {QStringLiteral("returned_at"), msOrNullJson(r[5])},
                                    {QStringLiteral("renewals"), r[6].toLongLong()}};
        out.insert(QStringLiteral("loans"), loanList);
        auto fees = rows(db, QStringLiteral("SELECT kind, amount, balance, description, created_at FROM fees WHERE patron_id = ? "
                                            "ORDER BY created_at, id"),
                         {p->id});
        if (!fees.ok())
            return fees.error();
        QJsonArray feeList;
        for (const QVariantList &r : std::as_const(*fees))
            feeList << QJsonObject{{QStringLiteral("kind"), r[0].toString()},
                                   {QStringLiteral("amount"), r[1].toLongLong()},
                                   {QStringLiteral("balance"), r[2].toLongLong()},
                                   {QStringLiteral("description"), r[3].toString()},
                                   {QStringLiteral("charged_at"), msOrNullJson(r[4])}};
        out.insert(QStringLiteral("fees"), feeList);
        auto holds = rows(db, QStringLiteral("SELECT b.title, h.status, h.placed_at, h.closed_at FROM holds h JOIN bib_records b "
                                             "ON b.id = h.bib_id WHERE h.patron_id = ? ORDER BY h.placed_at, h.id"),
                          {p->id});
        if (!holds.ok())
            return holds.error();
        QJsonArray holdList;
        for (const QVariantList &r : std::as_const(*holds))
            holdList << QJsonObject{{QStringLiteral("title"), r[0].toString()},
                                    {QStringLiteral("status"), r[1].toString()},
                                    {QStringLiteral("placed_at"), msOrNullJson(r[2])},
                                    {QStringLiteral("closed_at"), msOrNullJson(r[3])}};
        out.insert(QStringLiteral("holds"), holdList);
        ctx.setDetail(QStringLiteral("loans"), loanList.size());
        return out;
    });
}

Result<ErasureReport> PatronPrivacy::erase(const Caller &caller, const QString &card)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("patron.erase"), Rights::PatronManage, CardNumber::normalize(card)};
    return m_core.execute<ErasureReport>(caller, spec, [&](OperationContext &ctx) -> Result<ErasureReport> {
        Database &db = ctx.db();
        auto p = findPatron(db, card, true);
        if (!p.ok())
            return p.error();
        // Refused while the patron still owes the library anything: every reason at once.
        QList<Reason> reasons;
        auto open = db.scalar(QStringLiteral("SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned_at IS NULL"), {p->id});
        if (!open.ok())
            return open.error();
        if (open->toLongLong() > 0)
            reasons << Reason{QStringLiteral("privacy.open_loans"),
                              tr("The patron still has %n open loan(s); they must be returned first.", nullptr,
                                 int(open->toLongLong()))};
        auto debt = db.scalar(QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM fees WHERE patron_id = ?"), {p->id});
        if (!debt.ok())
            return debt.error();
        if (debt->toLongLong() > 0)
            reasons << Reason{QStringLiteral("privacy.open_debts"),
                              tr("The patron still owes Rp %1; it must be paid or waived first.").arg(debt->toLongLong())};
        auto holds = db.scalar(QStringLiteral("SELECT COUNT(*) FROM holds WHERE patron_id = ? AND status IN "
                                              "('waiting', 'in_transit', 'ready')"),
                               {p->id});
        if (!holds.ok())
            return holds.error();
        if (holds->toLongLong() > 0)
            reasons << Reason{QStringLiteral("privacy.active_holds"),
                              tr("The patron has %n active hold(s); cancel them first.", nullptr, int(holds->toLongLong()))};
        if (!reasons.isEmpty())
            return refusalFrom(reasons);

        Privacy privacy(db);
        auto subject = privacy.byAlias(p->cardNumber);
        if (!subject.ok())
            return subject.error();
        ErasureReport out;
        out.patronId = p->id;
        const QString stub = QStringLiteral("ERASED-%1").arg(p->id);
        if (Status st = execute(db, QStringLiteral("UPDATE patrons SET card_number = ?, nik = NULL, name = ?, birth_date = NULL, "
                                                   "address = '', phone = '', email = '', photo = NULL, pin_hash = NULL, "
                                                   "block_reason = NULL, guardian_name = NULL, status = 'left', "
                                                   "erased_at = ?, card_printed_at = NULL, updated_op = ? WHERE id = ?"),
                                {stub, tr("(erased)"), ctx.nowMs(), ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        auto cards = db.exec(QStringLiteral("UPDATE patron_cards SET card_number = CAST(? AS TEXT) || '-' || CAST(id AS TEXT), "
                                            "retire_reason = NULL, retired_at = COALESCE(retired_at, ?), updated_op = ? "
                                            "WHERE patron_id = ?"),
                             {stub, ctx.nowMs(), ctx.operationId(), p->id});
        if (!cards.ok())
            return cards.error();
        out.cards = cards->numRowsAffected();
        cards->finish();
        // Free texts written about the patron (fee descriptions name cards; notices carry names).
        if (Status st = execute(db, QStringLiteral("UPDATE fees SET description = '', updated_op = ? WHERE patron_id = ? AND "
                                                   "description <> ''"),
                                {ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        if (Status st = execute(db, QStringLiteral("UPDATE notices SET data = '{}', updated_op = ? WHERE patron_id = ? AND "
                                                   "data <> '{}'"),
                                {ctx.operationId(), p->id});
            !st.ok())
            return st.error();
        // The deliveries of notices (26-notices, a component above this one: its table may be absent)
        // hold the patron's address, the filled-in text and a mail server's words about the address.
        // One not yet sent is given up: there is nobody left to tell.
        if (db.tableExists(QStringLiteral("notice_deliveries"))) {
            if (Status st = execute(db, QStringLiteral("UPDATE notice_deliveries SET data = '{}', address = NULL, error = NULL, "
                                                       "error_code = CASE WHEN state IN ('queued', 'failed') THEN "
                                                       "'privacy.erased' ELSE error_code END, "
                                                       "state = CASE WHEN state = 'queued' THEN 'failed' ELSE state END, "
                                                       "next_attempt_at = NULL, updated_op = ? WHERE patron_id = ?"),
                                    {ctx.operationId(), p->id});
                !st.ok())
                return st.error();
        }
        if (Status st = execute(db, QStringLiteral("UPDATE payments SET note = '' WHERE patron_id = ? AND note <> ''"), {p->id});
            !st.ok())
            return st.error();
        auto kept = db.scalar(QStringLiteral("SELECT COUNT(*) FROM loans WHERE patron_id = ?"), {p->id});
        if (!kept.ok())
            return kept.error();
        out.loansKept = int(kept->toLongLong());
        if (subject->has_value()) {
            out.pseudonym = (*subject)->pseudonym;
            // The aliases go now: the record names the pseudonym itself.
            ctx.setSubject(out.pseudonym);
            if (Status st = privacy.erase((*subject)->id, ctx.nowMs()); !st.ok())
                return st.error();
        }
        ctx.setDetail(QStringLiteral("cards"), out.cards);
        ctx.setDetail(QStringLiteral("loans_kept"), out.loansKept);
        return out;
    });
}

Status PatronPrivacy::setRetention(const Caller &caller, const QString &categoryCode, int loanHistoryMonths,
                                   int inactiveReviewYears)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("category.retention"), Rights::RulesManage,
                             categoryCode.trimmed()};
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        auto c = categoryByCode(ctx.db(), categoryCode);
        if (!c.ok())
            return c.error();
        QList<Reason> reasons;
        if (loanHistoryMonths < 0)
            reasons << Reason{QStringLiteral("privacy.bad_retention"),
                              tr("The months of loan history to keep cannot be negative (0: keep for good).")};
        if (inactiveReviewYears < 0)
            reasons << Reason{QStringLiteral("privacy.bad_retention"),
                              tr("The years of inactivity before a review cannot be negative (0: never).")};
        if (!reasons.isEmpty())
            return refusalFrom(reasons);
        ctx.setDetail(QStringLiteral("loan_history_months"), loanHistoryMonths);
        ctx.setDetail(QStringLiteral("inactive_review_years"), inactiveReviewYears);
        return execute(ctx.db(), QStringLiteral("UPDATE patron_categories SET loan_history_months = ?, inactive_review_years = ?, "
                                                "updated_op = ? WHERE id = ?"),
                       {loanHistoryMonths > 0 ? QVariant(loanHistoryMonths) : nullInt(),
                        inactiveReviewYears > 0 ? QVariant(inactiveReviewYears) : nullInt(), ctx.operationId(), c->id});
    });
}

Result<RetentionReport> PatronPrivacy::runRetention(const Caller &caller)
{
    const OperationSpec spec{Services::Membership, QStringLiteral("privacy.retention"), Rights::PatronManage, QString()};
    return m_core.execute<RetentionReport>(caller, spec, [&](OperationContext &ctx) -> Result<RetentionReport> {
        Database &db = ctx.db();
        auto zone = libraryZone(db);
        if (!zone.ok())
            return zone.error();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), *zone);
        auto today = libraryToday(db, ctx.nowMs());
        if (!today.ok())
            return today.error();
        auto cats = rows(db, QStringLiteral("SELECT id, code, loan_history_months, inactive_review_years FROM patron_categories "
                                            "WHERE loan_history_months IS NOT NULL OR inactive_review_years IS NOT NULL ORDER BY id"));
        if (!cats.ok())
            return cats.error();
        RetentionReport out;
        QJsonArray perCategory;
        for (const QVariantList &c : std::as_const(*cats)) {
            const qint64 categoryId = c[0].toLongLong();
            const QString code = c[1].toString();
            int anonymised = 0;
            int flagged = 0;
            if (!c[2].isNull()) {
                const qint64 cutoff = now.addMonths(-c[2].toInt()).toMSecsSinceEpoch();
                auto old = rows(db, QStringLiteral("SELECT l.id FROM loans l JOIN patrons p ON p.id = l.patron_id WHERE "
                                                   "p.category_id = ? AND l.returned_at IS NOT NULL AND l.returned_at < ? AND "
                                                   "l.anonymised_at IS NULL ORDER BY l.id"),
                                {categoryId, cutoff});
                if (!old.ok())
                    return old.error();
                if (!old->isEmpty()) {
                    // The category's anonymous patron: no person, no "new member" of any month.
                    const QString stubCard = QStringLiteral("ANON-") + code;
                    auto stub = db.scalar(QStringLiteral("SELECT id FROM patrons WHERE card_number = ?"), {stubCard});
                    if (!stub.ok())
                        return stub.error();
                    qint64 stubId = stub->toLongLong();
                    if (stub->isNull()) {
                        auto branch = db.scalar(QStringLiteral("SELECT MIN(id) FROM branches"));
                        if (!branch.ok())
                            return branch.error();
                        auto id = insertId(db, QStringLiteral("INSERT INTO patrons (card_number, name, home_branch_id, category_id, "
                                                              "registered_on, expires_on, status, created_at, erased_at, "
                                                              "created_op, updated_op) VALUES (?, ?, ?, ?, '1970-01-01', "
                                                              "'1970-01-01', 'left', 0, ?, ?, ?) RETURNING id"),
                                           {stubCard, tr("(anonymous)"), branch->toLongLong(), categoryId, ctx.nowMs(),
                                            ctx.operationId(), ctx.operationId()});
                        if (!id.ok())
                            return id.error();
                        stubId = *id;
                    }
                    for (const QVariantList &l : std::as_const(*old)) {
                        if (Status st = execute(db, QStringLiteral("UPDATE loans SET patron_id = ?, anonymised_at = ?, updated_op = ? "
                                                                   "WHERE id = ?"),
                                                {stubId, ctx.nowMs(), ctx.operationId(), l[0]});
                            !st.ok())
                            return st.error();
                        // Fees of the loan follow it: a paid overdue fee names the borrower too.
                        if (Status st = execute(db, QStringLiteral("UPDATE fees SET patron_id = ?, updated_op = ? WHERE loan_id = ? "
                                                                   "AND balance = 0"),
                                                {stubId, ctx.operationId(), l[0]});
                            !st.ok())
                            return st.error();
                    }
                    anonymised = int(old->size());
                }
            }
            if (!c[3].isNull()) {
                const qint64 cutoff = now.addYears(-c[3].toInt()).toMSecsSinceEpoch();
                auto upd = db.exec(QStringLiteral("UPDATE patrons SET review_flagged_on = ?, updated_op = ? WHERE category_id = ? "
                                                  "AND erased_at IS NULL AND review_flagged_on IS NULL AND created_at < ? AND "
                                                  "NOT EXISTS (SELECT 1 FROM loans l WHERE l.patron_id = patrons.id AND "
                                                  "l.issued_at >= ?)"),
                                   {today->toString(Qt::ISODate), ctx.operationId(), categoryId, cutoff, cutoff});
                if (!upd.ok())
                    return upd.error();
                flagged = upd->numRowsAffected();
                upd->finish();
            }
            out.loansAnonymised += anonymised;
            out.patronsFlagged += flagged;
            perCategory << QJsonObject{{QStringLiteral("category"), code},
                                       {QStringLiteral("loans_anonymised"), anonymised},
                                       {QStringLiteral("patrons_flagged"), flagged}};
        }
        ctx.setDetail(QStringLiteral("loans_anonymised"), out.loansAnonymised);
        ctx.setDetail(QStringLiteral("patrons_flagged"), out.patronsFlagged);
        ctx.setDetail(QStringLiteral("categories"), perCategory);
        return out;
    });
}

Result<QStringList> PatronPrivacy::scrubStorage(Database &db)
{
    QStringList done;
    if (db.isSqlite()) {
        for (const QString &sql : {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("VACUUM"),
                                   QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
            if (sql == QLatin1String("VACUUM")) {
                if (Status st = db.execDirect(sql); !st.ok())
                    return st.error();
                done << sql;
                continue;
            }
            auto q = db.exec(sql);
            if (!q.ok())
                return q.error();
            if (sql.startsWith(QLatin1String("PRAGMA")) && q->next() && q->value(0).toInt() != 0)
                return Error::failed(QStringLiteral("privacy.wal_busy"),
                                     tr("The WAL of the database could not be emptied: another program is reading it. "
                                        "Run aksara patron scrub again when it has stopped."));
            q->finish();
            done << sql;
        }
        return done;
    }
    QString sql = QStringLiteral("VACUUM (FULL) patrons, patron_cards, fees, notices, payments, data_subjects, "
                                 "subject_aliases");
    if (db.tableExists(QStringLiteral("notice_deliveries")))
        sql += QStringLiteral(", notice_deliveries");
    // Not a statement that can be prepared.
    if (Status st = db.execDirect(sql); !st.ok())
        return st.error();
    done << sql;
    return done;
}

} // namespace Aksara::Circulation
