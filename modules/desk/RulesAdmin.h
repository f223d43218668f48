#pragma once

#include "desk/AdminForm.h"
#include "desk/AdminLookups.h"
#include "desk/AdminPage.h"

#include "circulation/LoanRules.h"
#include "library/Administration.h"

#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// The loan rules editor with the explainer beside it (Circulation::LoanRules, right rules.manage).
// Rules are sparse rows keyed by (branch, patron category, item type), each possibly "all"; every
// rule is resolved on its own from the most specific row that sets it. On the left: the rows and
// the editor of one row (each rule with its meaning and unit; empty = taken from a more general
// row); on the right: for a chosen branch, category and item type, every rule as it applies and
// the row it comes from — what `aksara rules explain` prints. A bad value is refused by the module
// and shown under its rule.
class RulesAdmin : public AdminSection {
    Q_OBJECT
public:
    explicit RulesAdmin(DeskSession &session, QWidget *parent = nullptr);

    MessageBar *messageBar() const { return m_message; }
    QString fieldError(const QString &field) const { return m_errors.text(field); }
    // The scope being edited (codes; empty = all).
    void editScope(const QString &branch, const QString &category, const QString &itemType);
    void explainScope(const QString &branch, const QString &category, const QString &itemType);
    // The explainer's value text and source for a rule, as shown.
    QString explainedValue(const QString &rule) const;
    QString explainedSource(const QString &rule) const;

    // For people: a rule's meaning, its unit, a value.
    static QString ruleLabel(const QString &rule);
    static QString ruleUnit(const QString &rule);
    static QString ruleHelp(const QString &rule);
    static QString choiceText(const QString &rule, const QString &value);

public slots:
    void refresh() override;
    void save();
    void removeRow();
    void explain();

private:
    void loadRow();
    void selectEditedRow();
    // Whether the editor holds values other than the stored row's.
    bool edited() const;
    void rowChosen();
    QString valueText(const Circulation::ResolvedRule &rule, const Circulation::ResolvedRules &all) const;
    QString scopeText(const Circulation::RuleScope &scope) const;
    const Circulation::RuleRow *rowFor(const QString &branch, const QString &category, const QString &itemType) const;
    QString inputText(const QString &rule) const;
    void setInputText(const QString &rule, const QString &text);

    DeskSession &m_session;
    QList<Library::ItemTypeInfo> m_itemTypes;
    QList<Circulation::RuleRow> m_rows;
    FieldErrorLabels m_errors{this};
    MessageBar *m_message;
    QTableWidget *m_table;
    QComboBox *m_branch;
    QComboBox *m_category;
    QComboBox *m_itemType;
    QHash<QString, QWidget *> m_inputs; // rule name -> QLineEdit or QComboBox
    QPushButton *m_remove;
    QComboBox *m_explainBranch;
    QComboBox *m_explainCategory;
    QComboBox *m_explainItemType;
    QTableWidget *m_explain;
    bool m_loading = false;
};

} // namespace Aksara::Desk
