#include "desk/RulesAdmin.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

using Circulation::LoanRules;
using Circulation::ResolvedRule;
using Circulation::ResolvedRules;
using Circulation::RuleRow;
using Circulation::RuleScope;

namespace {
const QString kScope = QStringLiteral("scope");

QString storedText(const LoanRules::Definition &d, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    return d.kind == LoanRules::Kind::Choice ? v.toString() : QString::number(v.toLongLong());
}

// A bad value names its rule in the message (the rule's name is not translated).
QString ruleOf(const FieldErrorLabels::Reason &reason)
{
    if (reason.code != QLatin1String("circulation.bad_rule_value") && reason.code != QLatin1String("circulation.unknown_rule"))
        return {};
    for (const LoanRules::Definition &d : LoanRules::definitions()) {
        const QRegularExpression word(QStringLiteral("(^|[^a-z_])%1($|[^a-z_])").arg(d.name));
        if (word.match(reason.message).hasMatch())
            return d.name;
    }
    return {};
}
} // namespace

QString RulesAdmin::ruleLabel(const QString &rule)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("loan_period"), QT_TR_NOOP("Loan period")},
        {QStringLiteral("loan_unit"), QT_TR_NOOP("Loan period counted in")},
        {QStringLiteral("max_loans"), QT_TR_NOOP("Most items on loan at once")},
        {QStringLiteral("renewals"), QT_TR_NOOP("Renewals allowed")},
        {QStringLiteral("renewal_period"), QT_TR_NOOP("Each renewal adds")},
        {QStringLiteral("fee_per_day"), QT_TR_NOOP("Overdue fee per day")},
        {QStringLiteral("grace_days"), QT_TR_NOOP("Days late without a fee")},
        {QStringLiteral("fee_cap"), QT_TR_NOOP("Highest fee for one loan")},
        {QStringLiteral("holds_allowed"), QT_TR_NOOP("Holds allowed")},
        {QStringLiteral("max_holds"), QT_TR_NOOP("Most holds at once")},
        {QStringLiteral("hold_pickup_days"), QT_TR_NOOP("Days to collect a hold")},
        {QStringLiteral("due_mode"), QT_TR_NOOP("Due on a closed day")},
        {QStringLiteral("fees_skip_closed"), QT_TR_NOOP("Closed days are free of fees")},
    };
    const char *l = labels.value(rule);
    return l ? tr(l) : rule;
}

QString RulesAdmin::ruleUnit(const QString &rule)
{
    if (rule == QLatin1String("loan_period") || rule == QLatin1String("renewal_period"))
        return tr("days (or hours)");
    if (rule == QLatin1String("max_loans"))
        return tr("items");
    if (rule == QLatin1String("renewals"))
        return tr("times");
    if (rule == QLatin1String("fee_per_day"))
        return tr("rupiah");
    if (rule == QLatin1String("fee_cap"))
        return tr("rupiah, 0 = no limit");
    if (rule == QLatin1String("grace_days") || rule == QLatin1String("hold_pickup_days"))
        return tr("days");
    if (rule == QLatin1String("max_holds"))
        return tr("holds");
    return {};
}

QString RulesAdmin::ruleHelp(const QString &rule)
{
    if (rule == QLatin1String("loan_period"))
        return tr("How long an item may be kept, in the unit below.");
    if (rule == QLatin1String("loan_unit"))
        return tr("Days for most loans; hours for short loans (reference copies, equipment).");
    if (rule == QLatin1String("max_loans"))
        return tr("Open loans a member may have. A row for an item type counts only loans of that type.");
    if (rule == QLatin1String("renewals"))
        return tr("How many times a loan may be renewed.");
    if (rule == QLatin1String("renewal_period"))
        return tr("How much longer each renewal lets the member keep the item.");
    if (rule == QLatin1String("fee_per_day"))
        return tr("Charged for every day an item is late.");
    if (rule == QLatin1String("grace_days"))
        return tr("An item this many days late is charged nothing; after that, every late day is charged.");
    if (rule == QLatin1String("fee_cap"))
        return tr("The most one late loan can cost.");
    if (rule == QLatin1String("holds_allowed"))
        return tr("Whether members may place holds.");
    if (rule == QLatin1String("max_holds"))
        return tr("Holds a member may have at once.");
    if (rule == QLatin1String("hold_pickup_days"))
        return tr("How long an item waits on the hold shelf.");
    if (rule == QLatin1String("due_mode"))
        return tr("What happens when a due date falls on a day the library is closed.");
    if (rule == QLatin1String("fees_skip_closed"))
        return tr("Days the library is closed are not charged as late days.");
    return {};
}

QString RulesAdmin::choiceText(const QString &rule, const QString &value)
{
    if (rule == QLatin1String("loan_unit"))
        return value == QLatin1String("hours") ? tr("hours") : value == QLatin1String("days") ? tr("days") : value;
    if (rule == QLatin1String("due_mode")) {
        if (value == QLatin1String("days"))
            return tr("due anyway (every day counts)");
        if (value == QLatin1String("skip_closed"))
            return tr("closed days are not counted");
        if (value == QLatin1String("next_open"))
            return tr("moved to the next open day");
        return value;
    }
    // Flags.
    if (value == QLatin1String("1"))
        return tr("yes");
    if (value == QLatin1String("0"))
        return tr("no");
    return value;
}

RulesAdmin::RulesAdmin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_table(adminTable(QStringLiteral("rulesTable"), {tr("Branch"), tr("Category"), tr("Item type"), tr("Sets")}, this))
    , m_branch(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_itemType(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remove the row…"), this))
    , m_explainBranch(new QComboBox(this))
    , m_explainCategory(new QComboBox(this))
    , m_explainItemType(new QComboBox(this))
    , m_explain(adminTable(QStringLiteral("explainTable"), {tr("Rule"), tr("Applies"), tr("From")}, this))
{
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    if (auto types = Library::Administration(session.core).itemTypes(session.caller); types.ok())
        m_itemTypes = *types;
    else
        m_message->setError(types.error(), tr("The item types could not be read"));

    // The rows.
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesAdmin::rowChosen);
    m_table->setWordWrap(false);
    auto *rowsBox = new QGroupBox(tr("Rule rows (* = all)"), this);
    auto *rb = new QVBoxLayout(rowsBox);
    rb->addWidget(m_table);

    // The editor of one row.
    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("ruleEditor"));
    auto *grid = new QGridLayout(editor);
    grid->setVerticalSpacing(2);
    grid->setHorizontalSpacing(10);
    int row = 0;
    // The scope: branch, category, item type ("all" for each).
    m_branch->setObjectName(QStringLiteral("ruleBranchCombo"));
    fillBranches(m_branch, session.library, tr("All branches"));
    m_category->setObjectName(QStringLiteral("ruleCategoryCombo"));
    m_category->addItem(tr("All categories"), QString());
    for (const CategoryInfo &c : std::as_const(session.library.categories))
        m_category->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    m_itemType->setObjectName(QStringLiteral("ruleItemTypeCombo"));
    m_itemType->addItem(tr("All item types"), QString());
    for (const Library::ItemTypeInfo &t : std::as_const(m_itemTypes))
        m_itemType->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.code), t.code);
    for (auto [label, combo] : {std::pair{tr("&Branch"), m_branch}, std::pair{tr("&Category"), m_category},
                                std::pair{tr("&Item type"), m_itemType}}) {
        auto *l = new QLabel(label, editor);
        l->setBuddy(combo);
        combo->setMaximumWidth(300);
        grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(combo, row++, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                loadRow();
        });
    }
    grid->addWidget(m_errors.addField(kScope), row++, 1);
    auto *hint = new QLabel(tr("Leave a rule empty to take it from a more general row, or Aksara's default."), editor);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    grid->addWidget(hint, row++, 0, 1, 2);
    for (const LoanRules::Definition &d : LoanRules::definitions()) {
        QWidget *input = nullptr;
        QWidget *field = nullptr;
        if (d.kind == LoanRules::Kind::Integer) {
            // The value with its unit beside it.
            field = new QWidget(editor);
            field->setObjectName(d.name + QStringLiteral("Field"));
            auto *edit = new QLineEdit(field);
            edit->setPlaceholderText(tr("inherited"));
            edit->setFixedWidth(110);
            auto *unit = new QLabel(ruleUnit(d.name), field);
            unit->setStyleSheet(QStringLiteral("color: #555;"));
            auto *hl = new QHBoxLayout(field);
            hl->setContentsMargins(0, 0, 0, 0);
            hl->addWidget(edit);
            hl->addWidget(unit, 1);
            field->setFocusProxy(edit);
            input = edit;
        } else {
            auto *combo = new QComboBox(editor);
            combo->setMaximumWidth(300);
            combo->addItem(tr("inherited"), QString());
            const QStringList values = d.kind == LoanRules::Kind::Flag ? QStringList{QStringLiteral("1"), QStringLiteral("0")}
                                                                       : d.choices;
            for (const QString &v : values)
                combo->addItem(choiceText(d.name, v), v);
            input = field = combo;
        }
        input->setObjectName(d.name + QStringLiteral("Edit"));
        input->setToolTip(ruleHelp(d.name) + QLatin1Char('\n')
                          + tr("Rule %1; Aksara's default: %2").arg(d.name, choiceText(d.name, d.builtIn.toString())));
        m_inputs.insert(d.name, input);
        row = m_errors.addRow(grid, row, d.name, ruleLabel(d.name), field);
        m_errors.errorLabel(d.name)->setObjectName(d.name + QStringLiteral("Error")); // as the rule is named, like its edit
    }
    auto *save = new QPushButton(tr("&Save the row"), editor);
    save->setObjectName(QStringLiteral("saveRulesButton"));
    save->setDefault(true);
    m_remove->setObjectName(QStringLiteral("removeRuleRowButton"));
    connect(save, &QPushButton::clicked, this, &RulesAdmin::save);
    connect(m_remove, &QPushButton::clicked, this, &RulesAdmin::removeRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_remove);
    saveRow->addStretch(1);
    grid->setRowStretch(row, 1);
    // Enter in a value saves the row.
    for (QWidget *w : std::as_const(m_inputs))
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            connect(edit, &QLineEdit::returnPressed, this, &RulesAdmin::save);
    m_errors.route(QStringLiteral("circulation.unknown_branch"), kScope);
    m_errors.route(QStringLiteral("circulation.unknown_category"), kScope);
    m_errors.route(QStringLiteral("circulation.unknown_item_type"), kScope);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editBox = new QGroupBox(tr("The row for"), this);
    auto *eb = new QVBoxLayout(editBox);
    eb->setContentsMargins(4, 4, 4, 4);
    eb->addWidget(scroll, 1);
    // The buttons stay in sight below the rules, however far they are scrolled.
    eb->addLayout(saveRow);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(rowsBox);
    left->addWidget(editBox);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 + m_table->horizontalHeader()->sizeHint().height());
    left->setChildrenCollapsible(false);

    // The explainer.
    auto *explainBox = new QGroupBox(tr("What applies — and from which row"), this);
    explainBox->setObjectName(QStringLiteral("rulesExplainer"));
    auto *xg = new QGridLayout;
    m_explainBranch->setObjectName(QStringLiteral("explainBranchCombo"));
    fillBranches(m_explainBranch, session.library, QString(), session.branchCode);
    m_explainCategory->setObjectName(QStringLiteral("explainCategoryCombo"));
    for (const CategoryInfo &c : std::as_const(session.library.categories))
        m_explainCategory->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    m_explainCategory->setCurrentIndex(std::max(0, m_explainCategory->findData(session.library.defaultCategory)));
    m_explainItemType->setObjectName(QStringLiteral("explainItemTypeCombo"));
    for (const Library::ItemTypeInfo &t : std::as_const(m_itemTypes))
        m_explainItemType->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.code), t.code);
    m_explainItemType->setCurrentIndex(std::max(0, m_explainItemType->findData(QStringLiteral("book"))));
    int xr = 0;
    for (auto [label, combo] : {std::pair{tr("A member of branch"), m_explainBranch}, std::pair{tr("in category"), m_explainCategory},
                                std::pair{tr("borrowing an item of type"), m_explainItemType}}) {
        auto *l = new QLabel(label, explainBox);
        l->setBuddy(combo);
        xg->addWidget(l, xr, 0, Qt::AlignRight | Qt::AlignVCenter);
        xg->addWidget(combo, xr++, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &RulesAdmin::explain);
    }
    xg->setColumnStretch(1, 1);
    // Wrapped rows follow the columns' widths.
    connect(m_explain->horizontalHeader(), &QHeaderView::sectionResized, m_explain, [this] { m_explain->resizeRowsToContents(); });
    auto *xb = new QVBoxLayout(explainBox);
    xb->addLayout(xg);
    xb->addWidget(m_explain, 1);
    auto *note = new QLabel(tr("Each rule comes from the most specific row that sets it: branch before category before "
                               "item type."),
                            explainBox);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    xb->addWidget(note);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(explainBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setFocusProxy(m_table);
    refresh();
}

bool RulesAdmin::edited() const
{
    const RuleRow *row = rowFor(m_branch->currentData().toString(), m_category->currentData().toString(),
                                m_itemType->currentData().toString());
    for (const LoanRules::Definition &d : LoanRules::definitions())
        if (inputText(d.name) != (row ? storedText(d, row->values.value(d.name)) : QString()))
            return true;
    return false;
}

void RulesAdmin::refresh()
{
    // Values typed and not saved yet (and their refusals) stay in the editor.
    const bool keep = edited();
    auto r = LoanRules(m_session.core).list(m_session.caller);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The loan rules could not be read"));
        return;
    }
    m_rows = *r;
    m_loading = true;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const RuleRow &row = m_rows.at(i);
        QStringList sets;
        for (const LoanRules::Definition &d : LoanRules::definitions()) {
            if (!row.values.contains(d.name))
                continue;
            const QString v = storedText(d, row.values.value(d.name));
            sets << QStringLiteral("%1 %2").arg(ruleLabel(d.name), d.kind == LoanRules::Kind::Integer ? v : choiceText(d.name, v));
        }
        const QStringList cells{row.scope.branchCode.isEmpty() ? QStringLiteral("*") : row.scope.branchCode,
                                row.scope.categoryCode.isEmpty() ? QStringLiteral("*") : row.scope.categoryCode,
                                row.scope.itemType.isEmpty() ? QStringLiteral("*") : row.scope.itemType,
                                sets.join(QStringLiteral(" · "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 3)
                item->setToolTip(sets.join(QLatin1Char('\n')));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_loading = false;
    if (keep)
        selectEditedRow();
    else
        loadRow();
    explain();
}

const RuleRow *RulesAdmin::rowFor(const QString &branch, const QString &category, const QString &itemType) const
{
    for (const RuleRow &r : m_rows)
        if (r.scope.branchCode == branch && r.scope.categoryCode == category && r.scope.itemType == itemType)
            return &r;
    return nullptr;
}

QString RulesAdmin::inputText(const QString &rule) const
{
    QWidget *w = m_inputs.value(rule);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return {};
}

void RulesAdmin::setInputText(const QString &rule, const QString &text)
{
    QWidget *w = m_inputs.value(rule);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->setText(text);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
}

void RulesAdmin::loadRow()
{
    m_errors.clear();
    const RuleRow *row = rowFor(m_branch->currentData().toString(), m_category->currentData().toString(),
                                m_itemType->currentData().toString());
    for (const LoanRules::Definition &d : LoanRules::definitions())
        setInputText(d.name, row ? storedText(d, row->values.value(d.name)) : QString());
    selectEditedRow();
}

void RulesAdmin::selectEditedRow()
{
    const RuleRow *row = rowFor(m_branch->currentData().toString(), m_category->currentData().toString(),
                                m_itemType->currentData().toString());
    m_remove->setEnabled(row != nullptr);
    // The table follows the editor.
    m_loading = true;
    m_table->clearSelection();
    for (int i = 0; i < m_rows.size(); ++i)
        if (row && m_rows.at(i).id == row->id)
            m_table->selectRow(i);
    m_loading = false;
}

void RulesAdmin::rowChosen()
{
    if (m_loading)
        return;
    const int i = m_table->currentRow();
    if (i < 0 || i >= m_rows.size() || m_table->selectedItems().isEmpty())
        return;
    const RuleScope &s = m_rows.at(i).scope;
    editScope(s.branchCode, s.categoryCode, s.itemType);
}

void RulesAdmin::editScope(const QString &branch, const QString &category, const QString &itemType)
{
    m_loading = true;
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(branch)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_itemType->setCurrentIndex(std::max(0, m_itemType->findData(itemType)));
    m_loading = false;
    loadRow();
}

void RulesAdmin::save()
{
    m_errors.clear();
    m_message->clear();
    const QString branch = m_branch->currentData().toString();
    const QString category = m_category->currentData().toString();
    const QString itemType = m_itemType->currentData().toString();
    const RuleRow *row = rowFor(branch, category, itemType);
    QList<std::pair<QString, QString>> assignments;
    for (const LoanRules::Definition &d : LoanRules::definitions()) {
        const QString now = inputText(d.name);
        const QString before = row ? storedText(d, row->values.value(d.name)) : QString();
        if (now != before)
            assignments << std::pair{d.name, now};
    }
    if (assignments.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Nothing to save: no rule was changed."));
        return;
    }
    auto r = LoanRules(m_session.core).set(m_session.caller, branch, category, itemType, assignments);
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, tr("The rules were not saved"), ruleOf))
            w->setFocus();
        return;
    }
    RuleScope scope;
    scope.branchCode = branch;
    scope.categoryCode = category;
    scope.itemType = itemType;
    refresh();
    m_message->setMessage(MessageBar::Kind::Success,
                          r->has_value() ? tr("Saved the row %1; the explainer shows the rules as they now apply.").arg(scopeText(scope))
                                         : tr("The row %1 sets nothing any more and is removed.").arg(scopeText(scope)));
}

void RulesAdmin::removeRow()
{
    const QString branch = m_branch->currentData().toString();
    const QString category = m_category->currentData().toString();
    const QString itemType = m_itemType->currentData().toString();
    const RuleRow *row = rowFor(branch, category, itemType);
    if (!row)
        return;
    RuleScope scope = row->scope;
    if (!confirm(this, tr("Remove a rule row"),
                 tr("Remove the row %1? Its rules are then taken from more general rows or Aksara's defaults.")
                     .arg(scopeText(scope)),
                 tr("Remove")))
        return;
    QList<std::pair<QString, QString>> assignments;
    for (auto it = row->values.cbegin(); it != row->values.cend(); ++it)
        assignments << std::pair{it.key(), QString()};
    auto r = LoanRules(m_session.core).set(m_session.caller, branch, category, itemType, assignments);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The row was not removed"));
        return;
    }
    refresh();
    m_message->setMessage(MessageBar::Kind::Success, tr("The row %1 is removed.").arg(scopeText(scope)));
}

void RulesAdmin::explainScope(const QString &branch, const QString &category, const QString &itemType)
{
    m_loading = true;
    m_explainBranch->setCurrentIndex(std::max(0, m_explainBranch->findData(branch)));
    m_explainCategory->setCurrentIndex(std::max(0, m_explainCategory->findData(category)));
    m_explainItemType->setCurrentIndex(std::max(0, m_explainItemType->findData(itemType)));
    m_loading = false;
    explain();
}

void RulesAdmin::explain()
{
    if (m_loading)
        return;
    auto r = AdminLookups::explainRules(m_session.core, m_session.caller, m_explainBranch->currentData().toString(),
                                        m_explainCategory->currentData().toString(), m_explainItemType->currentData().toString());
    if (!r.ok()) {
        m_explain->setRowCount(0);
        m_message->setError(r.error(), tr("The rules could not be explained"));
        return;
    }
    m_explain->setRowCount(int(r->rules.size()));
    for (int i = 0; i < r->rules.size(); ++i) {
        const ResolvedRule &rule = r->rules.at(i);
        auto *name = new QTableWidgetItem(ruleLabel(rule.name));
        name->setData(Qt::UserRole, rule.name);
        name->setToolTip(ruleHelp(rule.name));
        auto *value = new QTableWidgetItem(valueText(rule, *r));
        auto *from = new QTableWidgetItem(rule.rowId > 0 ? tr("row %1").arg(scopeText(rule.scope)) : tr("Aksara's default"));
        if (rule.rowId > 0) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        } else {
            from->setForeground(QColor(0x70, 0x70, 0x70));
        }
        m_explain->setItem(i, 0, name);
        m_explain->setItem(i, 1, value);
        m_explain->setItem(i, 2, from);
    }
    // The rule's meaning takes the room left; a long value or meaning wraps.
    m_explain->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_explain->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_explain->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_explain->setColumnWidth(1, m_explain->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 13);
    m_explain->resizeRowsToContents();
}

QString RulesAdmin::explainedValue(const QString &rule) const
{
    for (int i = 0; i < m_explain->rowCount(); ++i)
        if (m_explain->item(i, 0)->data(Qt::UserRole).toString() == rule)
            return m_explain->item(i, 1)->text();
    return {};
}

QString RulesAdmin::explainedSource(const QString &rule) const
{
    for (int i = 0; i < m_explain->rowCount(); ++i)
        if (m_explain->item(i, 0)->data(Qt::UserRole).toString() == rule)
            return m_explain->item(i, 2)->text();
    return {};
}

QString RulesAdmin::valueText(const ResolvedRule &rule, const ResolvedRules &all) const
{
    const LoanRules::Definition *d = LoanRules::definition(rule.name);
    if (!d)
        return rule.value.toString();
    if (d->kind != LoanRules::Kind::Integer)
        return choiceText(rule.name, storedText(*d, rule.value));
    const qint64 n = rule.value.toLongLong();
    const QString &name = rule.name;
    const auto days = [](qint64 d) { return d == 1 ? tr("1 day") : tr("%1 days").arg(d); };
    if (name == QLatin1String("loan_period") || name == QLatin1String("renewal_period")) {
        if (all.loanUnit() == Circulation::LoanUnit::Hours)
            return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n);
        return days(n);
    }
    if (name == QLatin1String("grace_days") || name == QLatin1String("hold_pickup_days"))
        return days(n);
    if (name == QLatin1String("fee_per_day"))
        return Format::money(n);
    if (name == QLatin1String("fee_cap"))
        return n == 0 ? tr("no limit") : Format::money(n);
    if (name == QLatin1String("renewals"))
        return n == 1 ? tr("once") : tr("%1 times").arg(n);
    return QString::number(n);
}

QString RulesAdmin::scopeText(const RuleScope &scope) const
{
    auto star = [](const QString &s) { return s.isEmpty() ? QStringLiteral("*") : s; };
    return QStringLiteral("%1 / %2 / %3").arg(star(scope.branchCode), star(scope.categoryCode), star(scope.itemType));
}

} // namespace Aksara::Desk
