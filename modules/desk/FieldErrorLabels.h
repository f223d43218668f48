#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QGridLayout;
class QLabel;
class QWidget;

namespace Aksara::Desk {

class MessageBar;

// The red line under each field of a form, where a refusal's reasons are shown. A field is keyed by
// the name the module gives it in details.reasons[].field ("code", "email", "membership_months",
// "card.prefix"); its widget is named `<field>Edit` (unless it has a name already) and its error
// label `<field>Error`, the field written in camel case ("membershipMonthsEdit", "cardPrefixError"),
// so that tests find them. A reason without a field of this form goes where the form's fieldOf
// says, else where its code is routed; what is left is for the form's message bar.
class FieldErrorLabels {
public:
    // A reason of a refusal: {field, code, message}, the field empty when the module names none.
    struct Reason {
        QString field;
        QString code;
        QString message;
    };
    // Which field shows a reason (empty: none).
    using FieldOf = std::function<QString(const Reason &reason)>;

    explicit FieldErrorLabels(QWidget *owner) : m_owner(owner) {}

    // "membership_months" -> "membershipMonths", "holds.shelf_days" -> "holdsShelfDays".
    static QString objectStem(const QString &field);

    // Adds "label | widget" to a grid (its second column stretches), the error label under the
    // widget; the label is named `<field>Label`. Returns the next free row.
    int addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget);
    // The same for a field of several lines: the label stands level with its first line.
    int addTallRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget);
    // A field laid out by the caller: its widget (for the keyboard; may be null) and its error label,
    // made here.
    QLabel *addField(const QString &field, QWidget *widget = nullptr);
    QLabel *errorLabel(const QString &field) const { return m_labels.value(field); }
    // Reasons of `field` are shown at `shownAt` (a form that shows one field for two).
    void alias(const QString &field, const QString &shownAt) { m_aliases.insert(field, shownAt); }
    // Reasons with this code and no field of this form are shown at `field`.
    void route(const QString &code, const QString &field) { m_routes.insert(code, field); }

    void clear();
    void clear(const QString &field);
    void set(const QString &field, const QString &message);
    QString text(const QString &field) const; // empty when none is shown
    bool has(const QString &field) const { return m_labels.contains(field); }
    bool isEmpty() const;

    // Shows each reason of a refusal at its field and returns the messages that have no field
    // here; a failure is returned whole.
    QStringList show(const Error &error, const FieldOf &fieldOf = {});
    // The same, with what has no field on `bar` under `title` (the bar is left as it is when every
    // reason has its field). Returns firstWidget().
    QWidget *show(const Error &error, MessageBar *bar, const QString &title, const FieldOf &fieldOf = {});
    // The widget of the first field (in the order they were added) that shows an error, or null.
    QWidget *firstWidget() const;

    // The reasons of an error, or the error itself without a field.
    static QList<Reason> reasons(const Error &error);

private:
    int addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget, bool tall);
    QString shownAt(const QString &field) const { return m_aliases.value(field, field); }

    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QString> m_aliases;
    QHash<QString, QString> m_routes;
    QStringList m_order;
};

} // namespace Aksara::Desk
