#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"

#include <QDate>
#include <QJsonObject>

namespace Aksara::Circulation {

// The lawful basis a patron's data is processed on (UU PDP No. 27/2022).
struct Consent {
    QString purposes;      // e.g. "membership,notices"
    QString noticeVersion; // the version of the privacy notice the patron was shown
    QDate givenOn;         // defaults to the library's today
    QString guardianName;  // required for a minor (under kAdultAge by birth date)
};

// What an erasure did.
struct ErasureReport {
    qint64 patronId = 0;
    QString pseudonym; // what the log called the patron; no longer linked to anyone
    int cards = 0;     // cards anonymised
    int loansKept = 0; // loans kept for statistics, without the patron
    QJsonObject toJson() const;
};

// What a retention run did.
struct RetentionReport {
    int loansAnonymised = 0;  // loans moved to their category's anonymous patron
    int patronsFlagged = 0;   // patrons newly flagged for review (inactive)
    QJsonObject toJson() const;
};

// Patrons' rights over their data (docs/privacy.md). Operations of the membership service.
//
//   setConsent  right patron.manage, operation patron.consent. Refusals (all at once, in
//               details.reasons): privacy.purpose_required, privacy.notice_version_required,
//               privacy.bad_consent_date (in the future), privacy.guardian_required (a minor).
//   exportData  right patron.manage (or the patron at self-service), read operation patron.export:
//               the patron's data, consent, cards and whole loan history, fees and holds, with
//               the purpose of the export stated.
//   erase       right patron.manage, operation patron.erase. Refusals (all at once):
//               privacy.open_loans, privacy.open_debts, privacy.active_holds, plus the card
//               refusals. The patron's row becomes an anonymous stub that keeps its category,
//               branch and dates; their cards become "ERASED-…"; their loans, fees and holds stay
//               (statistics) on the stub; their data subject is erased (the log's pseudonym is
//               unlinked, sealed fields unreadable). scrubStorage() then removes the old bytes
//               from the database files.
class PatronPrivacy {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::PatronPrivacy)

public:
    static constexpr int kAdultAge = 18;
    explicit PatronPrivacy(ServiceCore &core) : m_core(core) {}

    // The consent's refusals, added to `reasons` (also used by a registration with consent).
    static void checkConsent(const Consent &consent, const QDate &birthDate, const QDate &today, QList<Reason> &reasons);

    Result<Patron> setConsent(const Caller &caller, const QString &card, const Consent &consent);
    Result<QJsonObject> exportData(const Caller &caller, const QString &card);
    Result<ErasureReport> erase(const Caller &caller, const QString &card);

    // The retention rules of a patron category (0: no rule). Right rules.manage, operation
    // category.retention of the administration service; privacy.bad_retention for negatives,
    // circulation.unknown_category.
    Status setRetention(const Caller &caller, const QString &categoryCode, int loanHistoryMonths, int inactiveReviewYears);
    // One retention run, operation privacy.retention of the membership service (right
    // patron.manage): per category with a rule, loans returned more than N months ago move to the
    // category's anonymous patron (a stub "ANON-<category>", created on first use; the loan keeps
    // its item, branch and dates, so counts per title, category and branch stay) and get
    // anonymised_at; patrons of a category with an inactivity rule who borrowed nothing for N
    // years (and registered before that) are flagged for review (review_flagged_on).
    Result<RetentionReport> runRetention(const Caller &caller);

    // After an erasure: SQLite rewrites the file (VACUUM) and empties its WAL (checkpoint
    // TRUNCATE); PostgreSQL rewrites the tables that held the patron (VACUUM FULL). Not an
    // operation (no business change); returns what it did, one line each.
    static Result<QStringList> scrubStorage(Database &db);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
