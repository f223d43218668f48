#include "circulation/LoanRules.h"

#include "circulation/Internal.h"

#include <QJsonArray>

#include <algorithm>

namespace Aksara::Circulation {

namespace {
QString star(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("*") : s;
}

QJsonValue ruleValueJson(const LoanRules::Definition &d, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (d.kind) {
    case LoanRules::Kind::Integer: return v.toLongLong();
    case LoanRules::Kind::Flag: return v.toLongLong() != 0;
    case LoanRules::Kind::Choice: return v.toString();
    }
    return QJsonValue::Null;
}

QString columnList()
{
    QStringList names;
    for (const auto &d : LoanRules::definitions())
        names << QStringLiteral("r.") + d.name;
    return names.join(QStringLiteral(", "));
}

const QString kRuleSelect = QStringLiteral("SELECT r.id, r.branch_id, b.code, r.category_id, c.code, r.item_type, ");
const QString kRuleFrom = QStringLiteral(" FROM loan_rules r LEFT JOIN branches b ON b.id = r.branch_id "
                                         "LEFT JOIN patron_categories c ON c.id = r.category_id ");

RuleRow ruleFromRow(const QVariantList &v)
{
    RuleRow row;
    row.id = v[0].toLongLong();
    row.scope.branchId = v[1].toLongLong();
    row.scope.branchCode = v[2].toString();
    row.scope.categoryId = v[3].toLongLong();
    row.scope.categoryCode = v[4].toString();
    row.scope.itemType = v[5].toString();
    const auto &defs = LoanRules::definitions();
    for (int i = 0; i < defs.size(); ++i) {
        const QVariant &value = v[6 + i];
        if (value.isNull())
            continue;
        row.values.insert(defs[i].name, defs[i].kind == LoanRules::Kind::Choice ? QVariant(value.toString())
                                                                                 : QVariant(value.toLongLong()));
    }
    return row;
}

QJsonObject valuesJson(const QVariantMap &values)
{
    QJsonObject o;
    for (const auto &d : LoanRules::definitions()) {
        if (values.contains(d.name))
            o.insert(d.name, ruleValueJson(d, values.value(d.name)));
    }
    return o;
}
} // namespace

QString RuleScope::key() const
{
    return star(branchCode) + QLatin1Char('/') + star(categoryCode) + QLatin1Char('/') + star(itemType);
}

QJsonObject RuleScope::toJson() const
{
    return {{QStringLiteral("branch"), star(branchCode)},
            {QStringLiteral("category"), star(categoryCode)},
            {QStringLiteral("item_type"), star(itemType)},
            {QStringLiteral("rank"), rank()}};
}

QJsonObject RuleRow::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("scope"), scope.toJson()}, {QStringLiteral("values"), valuesJson(values)}};
}

QJsonObject ResolvedRule::toJson() const
{
    const LoanRules::Definition *d = LoanRules::definition(name);
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("value"), d ? ruleValueJson(*d, value) : QJsonValue()}};
    if (rowId > 0) {
        o.insert(QStringLiteral("from"), QStringLiteral("rule"));
        o.insert(QStringLiteral("rule_id"), rowId);
        o.insert(QStringLiteral("scope"), scope.toJson());
    } else {
        o.insert(QStringLiteral("from"), QStringLiteral("built-in default"));
    }
    return o;
}

const ResolvedRule &ResolvedRules::rule(const QString &name) const
{
    for (const ResolvedRule &r : rules) {
        if (r.name == name)
            return r;
    }
    static const ResolvedRule none;
    return none;
}

LoanUnit ResolvedRules::loanUnit() const
{
    LoanUnit u = LoanUnit::Days;
    parseLoanUnit(rule(QStringLiteral("loan_unit")).value.toString(), &u);
    return u;
}

DueMode ResolvedRules::dueMode() const
{
    DueMode m = DueMode::NextOpen;
    parseDueMode(rule(QStringLiteral("due_mode")).value.toString(), &m);
    return m;
}

QJsonObject ResolvedRules::toJson() const
{
    QJsonArray r;
    for (const ResolvedRule &x : rules)
        r << x.toJson();
    QJsonArray c;
    for (const RuleRow &x : candidates)
        c << x.toJson();
    return {{QStringLiteral("for"), asked.toJson()}, {QStringLiteral("rules"), r}, {QStringLiteral("candidates"), c}};
}

const QList<LoanRules::Definition> &LoanRules::definitions()
{
    static const QList<Definition> defs{
        {QStringLiteral("loan_period"), Kind::Integer, 1, {}, 14},
        {QStringLiteral("loan_unit"), Kind::Choice, 0, {QStringLiteral("days"), QStringLiteral("hours")}, QStringLiteral("days")},
        {QStringLiteral("max_loans"), Kind::Integer, 0, {}, 10},
        {QStringLiteral("renewals"), Kind::Integer, 0, {}, 2},
        {QStringLiteral("renewal_period"), Kind::Integer, 1, {}, 14},
        {QStringLiteral("fee_per_day"), Kind::Integer, 0, {}, 500},
        {QStringLiteral("grace_days"), Kind::Integer, 0, {}, 0},
        {QStringLiteral("fee_cap"), Kind::Integer, 0, {}, 0},
        {QStringLiteral("holds_allowed"), Kind::Flag, 0, {}, 1},
        {QStringLiteral("max_holds"), Kind::Integer, 0, {}, 5},
        {QStringLiteral("hold_pickup_days"), Kind::Integer, 1, {}, 7},
        {QStringLiteral("due_mode"), Kind::Choice, 0,
         {QStringLiteral("days"), QStringLiteral("skip_closed"), QStringLiteral("next_open")}, QStringLiteral("next_open")},
        {QStringLiteral("fees_skip_closed"), Kind::Flag, 0, {}, 1},
    };
    return defs;
}

const LoanRules::Definition *LoanRules::definition(const QString &name)
{
    for (const Definition &d : definitions()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

Result<ResolvedRules> LoanRules::resolve(Database &db, qint64 branchId, qint64 categoryId, const QString &itemType)
{
    static const QString sql = kRuleSelect + columnList() + kRuleFrom
                               + QStringLiteral("WHERE (r.branch_id IS NULL OR r.branch_id = ?) AND "
                                                "(r.category_id IS NULL OR r.category_id = ?) AND "
                                                "(r.item_type IS NULL OR r.item_type = ?)");
    auto found = rows(db, sql, {branchId, categoryId, itemType});
    if (!found.ok())
        return found.error();
    ResolvedRules out;
    out.asked.branchId = branchId;
    out.asked.categoryId = categoryId;
    out.asked.itemType = itemType;
    for (const QVariantList &v : std::as_const(*found))
        out.candidates << ruleFromRow(v);
    std::sort(out.candidates.begin(), out.candidates.end(),
              [](const RuleRow &a, const RuleRow &b) { return a.scope.rank() < b.scope.rank(); });
    for (const RuleRow &c : std::as_const(out.candidates)) {
        if (c.scope.branchId)
            out.asked.branchCode = c.scope.branchCode;
        if (c.scope.categoryId)
            out.asked.categoryCode = c.scope.categoryCode;
    }
    for (const Definition &d : definitions()) {
        ResolvedRule r;
        r.name = d.name;
        r.value = d.builtIn;
        for (const RuleRow &c : std::as_const(out.candidates)) {
            if (c.values.contains(d.name)) {
                r.value = c.values.value(d.name);
                r.rowId = c.id;
                r.scope = c.scope;
                break;
            }
        }
        out.rules << r;
    }
    return out;
}

Result<std::optional<RuleRow>> LoanRules::set(const Caller &caller, const QString &branch, const QString &category,
                                              const QString &itemType, const QList<std::pair<QString, QString>> &assignments)
{
    auto isAll = [](const QString &s) { return s.trimmed().isEmpty() || s.trimmed() == QLatin1String("*"); };
    const QString subject = (isAll(branch) ? QStringLiteral("*") : branch.trimmed()) + QLatin1Char('/')
                            + (isAll(category) ? QStringLiteral("*") : category.trimmed()) + QLatin1Char('/')
                            + (isAll(itemType) ? QStringLiteral("*") : itemType.trimmed());
    const OperationSpec spec{Services::Administration, QStringLiteral("rules.set"), Rights::RulesManage, subject};
    return m_core.execute<std::optional<RuleRow>>(caller, spec, [&](OperationContext &ctx) -> Result<std::optional<RuleRow>> {
        Database &db = ctx.db();
        QList<Reason> reasons;
        RuleScope scope;
        if (!isAll(branch)) {
            auto b = branchByCode(db, branch);
            if (!b.ok() && !b.error().isRefusal())
                return b.error();
            if (b.ok()) {
                scope.branchId = b->id;
                scope.branchCode = b->code;
            } else {
                reasons << Reason{b.error().code, b.error().message};
            }
        }
        if (!isAll(category)) {
            auto c = categoryByCode(db, category);
            if (!c.ok() && !c.error().isRefusal())
                return c.error();
            if (c.ok()) {
                scope.categoryId = c->id;
                scope.categoryCode = c->code;
            } else {
                reasons << Reason{c.error().code, c.error().message};
            }
        }
        if (!isAll(itemType)) {
            auto t = db.scalar(QStringLiteral("SELECT code FROM item_types WHERE code = ?"), {itemType.trimmed()});
            if (!t.ok())
                return t.error();
            if (t->isNull())
                reasons << Reason{QStringLiteral("circulation.unknown_item_type"),
                                  tr("There is no item type \"%1\".").arg(itemType.trimmed())};
            else
                scope.itemType = t->toString();
        }
        if (assignments.isEmpty())
            reasons << Reason{QStringLiteral("circulation.no_rule_values"),
                              tr("Say which rules to set, e.g. loan_period=14 (an empty value unsets a rule).")};
        QVariantMap changes; // name -> value (null QVariant = unset)
        for (const auto &[name, text] : assignments) {
            const Definition *d = definition(name.trimmed());
            if (!d) {
                QStringList known;
                for (const Definition &x : definitions())
                    known << x.name;
                reasons << Reason{QStringLiteral("circulation.unknown_rule"),
                                  tr("There is no rule \"%1\"; the rules are: %2.").arg(name, known.join(QStringLiteral(", ")))};
                continue;
            }
            const QString t = text.trimmed().toLower();
            if (t.isEmpty()) {
                changes.insert(d->name, QVariant());
                continue;
            }
            QVariant value;
            if (d->kind == Kind::Integer) {
                bool ok = false;
                const qint64 n = t.toLongLong(&ok);
                if (ok && n >= d->minimum && n <= 1000000000LL)
                    value = n;
                else
                    reasons << Reason{QStringLiteral("circulation.bad_rule_value"),
                                      tr("%1 must be a whole number of at least %2, not \"%3\".").arg(d->name).arg(d->minimum).arg(text)};
            } else if (d->kind == Kind::Flag) {
                static const QStringList yes{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("ya")};
                static const QStringList no{QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("tidak")};
                if (yes.contains(t))
                    value = qint64(1);
                else if (no.contains(t))
                    value = qint64(0);
                else
                    reasons << Reason{QStringLiteral("circulation.bad_rule_value"),
                                      tr("%1 is yes or no, not \"%2\".").arg(d->name, text)};
            } else {
                if (d->choices.contains(t))
                    value = t;
                else
                    reasons << Reason{QStringLiteral("circulation.bad_rule_value"),
                                      tr("%1 is one of %2, not \"%3\".").arg(d->name, d->choices.join(QStringLiteral(", ")), text)};
            }
            if (value.isValid())
                changes.insert(d->name, value);
        }
        if (!reasons.isEmpty())
            return refusalFrom(reasons);

        static const QString findSql = kRuleSelect + columnList() + kRuleFrom
                                       + QStringLiteral("WHERE COALESCE(r.branch_id, 0) = ? AND COALESCE(r.category_id, 0) = ? "
                                                        "AND COALESCE(r.item_type, '') = ?");
        auto existing = firstRow(db, findSql, {scope.branchId, scope.categoryId, textOrEmpty(scope.itemType)});
        if (!existing.ok())
            return existing.error();
        std::optional<RuleRow> before;
        if (existing->has_value())
            before = ruleFromRow(**existing);
        QVariantMap values = before ? before->values : QVariantMap();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it.value().isValid())
                values.insert(it.key(), it.value());
            else
                values.remove(it.key());
        }

        std::optional<RuleRow> after;
        auto bindValues = [&]() {
            QVariantList b;
            for (const Definition &d : definitions()) {
                if (values.contains(d.name))
                    b << values.value(d.name);
                else
                    b << (d.kind == Kind::Choice ? nullText() : nullInt());
            }
            return b;
        };
        QStringList assigns;
        QStringList placeholders;
        for (const Definition &d : definitions()) {
            assigns << d.name + QStringLiteral(" = ?");
            placeholders << QStringLiteral("?");
        }
        if (values.isEmpty()) {
            if (before) {
                if (Status st = execute(db, QStringLiteral("DELETE FROM loan_rules WHERE id = ?"), {before->id}); !st.ok())
                    return st.error();
            }
        } else if (before) {
            QVariantList b = bindValues();
            b << ctx.operationId() << before->id;
            if (Status st = execute(db, QStringLiteral("UPDATE loan_rules SET ") + assigns.join(QStringLiteral(", "))
                                            + QStringLiteral(", updated_op = ? WHERE id = ?"),
                                    b);
                !st.ok())
                return st.error();
            after = RuleRow{before->id, scope, values};
        } else {
            QStringList names;
            for (const Definition &d : definitions())
                names << d.name;
            QVariantList b{scope.branchId ? QVariant(scope.branchId) : nullInt(),
                           scope.categoryId ? QVariant(scope.categoryId) : nullInt(), textOrNull(scope.itemType)};
            b << bindValues() << ctx.operationId() << ctx.operationId();
            auto id = insertId(db,
                               QStringLiteral("INSERT INTO loan_rules (branch_id, category_id, item_type, ")
                                   + names.join(QStringLiteral(", ")) + QStringLiteral(", created_op, updated_op) VALUES (?, ?, ?, ")
                                   + placeholders.join(QStringLiteral(", ")) + QStringLiteral(", ?, ?) RETURNING id"),
                               b);
            if (!id.ok())
                return id.error();
            after = RuleRow{*id, scope, values};
        }
        const QJsonValue oldJson = before ? QJsonValue(valuesJson(before->values)) : QJsonValue(QJsonValue::Null);
        const QJsonValue newJson = after ? QJsonValue(valuesJson(after->values)) : QJsonValue(QJsonValue::Null);
        if (Status st = recordChange(ctx, QStringLiteral("loan_rule"), scope.key(),
                                     tr("Loan rules for %1").arg(scope.key()), oldJson, newJson);
            !st.ok())
            return st.error();
        ctx.setSubject(scope.key());
        return after;
    });
}

Result<QList<RuleRow>> LoanRules::list(const Caller &caller)
{
    const OperationSpec spec{Services::Administration, QStringLiteral("rules.list"), rightFor(caller, Rights::Checkout), {}, false};
    return m_core.execute<QList<RuleRow>>(caller, spec, [&](OperationContext &ctx) -> Result<QList<RuleRow>> {
        auto all = rows(ctx.db(), kRuleSelect + columnList() + kRuleFrom + QStringLiteral("ORDER BY r.id"));
        if (!all.ok())
            return all.error();
        QList<RuleRow> out;
        for (const QVariantList &v : std::as_const(*all))
            out << ruleFromRow(v);
        std::stable_sort(out.begin(), out.end(), [](const RuleRow &a, const RuleRow &b) {
            return a.scope.rank() > b.scope.rank(); // general first, as people read them
        });
        return out;
    });
}

} // namespace Aksara::Circulation
