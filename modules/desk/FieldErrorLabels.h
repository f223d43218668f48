#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QGridLayout;
class QLabel;
class QWidget;

namespace Aksara::Desk {

// The red line under each field of the library's administration forms and of the first-run
// assistant. A field is keyed by the name the module gives it in a refusal's details.reasons[].field
// ("code", "email", "membership_months", "card.prefix"); its widget is named `<field>Edit` and its
// error label `<field>Error`, the field written in camel case ("membershipMonthsEdit",
// "cardPrefixError"), so that tests find them. Reasons whose field the form does not show are
// returned for its message bar.
class FieldErrorLabels {
public:
    explicit FieldErrorLabels(QWidget *owner) : m_owner(owner) {}

    // "membership_months" -> "membershipMonths", "holds.shelf_days" -> "holdsShelfDays".
    static QString objectStem(const QString &field);

    // Adds "label | widget" to a grid with the error label under the widget (the widget is named
    // `<field>Edit` unless it has a name already). Returns the next free row.
    int addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget);
    // A field laid out by the caller: its widget (for the keyboard) and its error label, made here.
    QLabel *addField(const QString &field, QWidget *widget);
    // Reasons of `field` are shown at `shownAt` (a form that shows one field for two).
    void alias(const QString &field, const QString &shownAt) { m_aliases.insert(field, shownAt); }

    void clear();
    void set(const QString &field, const QString &message);
    QString text(const QString &field) const;
    bool has(const QString &field) const { return m_labels.contains(field); }
    bool isEmpty() const;

    // Shows each reason of a refusal at its field (reasons[].field, else fieldOfCode(code)) and
    // returns the messages that have no field here; a failure is returned whole.
    QStringList show(const Error &error, const std::function<QString(const QString &code)> &fieldOfCode = {});
    // The widget of the first field (in the order they were added) that shows an error, or null.
    QWidget *firstWidget() const;

    // The reasons of an error as {field, code, message}, or the error itself without a field.
    struct Reason {
        QString field;
        QString code;
        QString message;
    };
    static QList<Reason> reasons(const Error &error);

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QString> m_aliases;
    QStringList m_order;
};

} // namespace Aksara::Desk
