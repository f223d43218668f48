#pragma once

#include <QCoreApplication>

#include "circulation/DueDates.h"
#include "circulation/Types.h"

#include "core/ServiceCore.h"

#include <QVariantMap>

namespace Aksara::Circulation {

// Where a rule row applies: a branch, a patron category and an item type, each possibly "all"
// (0 / empty). Rank is the row's place in Koha's precedence, 0 = most specific:
//   0 (b,c,i)  1 (b,c,*)  2 (b,*,i)  3 (b,*,*)  4 (*,c,i)  5 (*,c,*)  6 (*,*,i)  7 (*,*,*)
struct RuleScope {
    qint64 branchId = 0;
    QString branchCode;
    qint64 categoryId = 0;
    QString categoryCode;
    QString itemType;

    int rank() const { return (branchId ? 0 : 4) + (categoryId ? 0 : 2) + (itemType.isEmpty() ? 1 : 0); }
    // "PUSAT/UMUM/book", "*" for all.
    QString key() const;
    QJsonObject toJson() const;
};

struct RuleRow {
    qint64 id = 0;
    RuleScope scope;
    QVariantMap values; // only the rules this row sets
    QJsonObject toJson() const;
};

// One rule's value for a (branch, category, item type) and where it came from: a row (rowId > 0),
// or Aksara's built-in default when no row sets it.
struct ResolvedRule {
    QString name;
    QVariant value;
    qint64 rowId = 0;
    RuleScope scope;
    QJsonObject toJson() const;
};

struct ResolvedRules {
    RuleScope asked;
    QList<ResolvedRule> rules;  // in LoanRules::definitions() order
    QList<RuleRow> candidates;  // the rows that apply, most specific first

    const ResolvedRule &rule(const QString &name) const;
    qint64 integer(const QString &name) const { return rule(name).value.toLongLong(); }
    bool flag(const QString &name) const { return rule(name).value.toLongLong() != 0; }
    LoanUnit loanUnit() const;
    DueMode dueMode() const;
    QJsonObject toJson() const;
};

// Loan rules: sparse rows keyed by (branch, patron category, item type); every rule name is
// resolved on its own by the precedence above, so a row may set only the loan period and inherit
// the rest. Rule names (value, built-in default):
//   loan_period      > 0, in loan_unit units (14)        loan_unit        days | hours (days)
//   max_loans        >= 0 open loans (10); a row with an item type counts only loans of that type
//   renewals         >= 0 renewals allowed (2)          renewal_period   > 0, loan_unit units (14)
//   fee_per_day      >= 0 rupiah per overdue day (500)  grace_days       >= 0 (0)
//   fee_cap          >= 0 rupiah, 0 = no cap (0)
//   holds_allowed    0/1 (1)    max_holds  >= 0 (5)     hold_pickup_days > 0 (7)
//   due_mode         days | skip_closed | next_open (next_open)
//   fees_skip_closed 0/1: overdue fees do not count closed days (1)
// Edits are operations of the administration service (right rules.manage) and leave a change
// record (entity loan_rule) with the row's old and new values.
class LoanRules {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::LoanRules)

public:
    enum class Kind { Integer, Flag, Choice };
    struct Definition {
        QString name;
        Kind kind;
        qint64 minimum;
        QStringList choices;
        QVariant builtIn;
    };
    static const QList<Definition> &definitions();
    static const Definition *definition(const QString &name);

    explicit LoanRules(ServiceCore &core) : m_core(core) {}

    // Sets (or, with an empty value, unsets) rules on the row for the scope; "*" or "" is "all".
    // A row left without any value is deleted. Refusals circulation.unknown_branch,
    // circulation.unknown_category, circulation.unknown_item_type, circulation.unknown_rule,
    // circulation.bad_rule_value (all reasons at once), circulation.no_rule_values.
    Result<std::optional<RuleRow>> set(const Caller &caller, const QString &branch, const QString &category,
                                       const QString &itemType, const QList<std::pair<QString, QString>> &assignments);
    Result<QList<RuleRow>> list(const Caller &caller);

    // Within an operation: the rules for a branch, category and item type.
    static Result<ResolvedRules> resolve(Database &db, qint64 branchId, qint64 categoryId, const QString &itemType);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
