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

// The red lines under a form's fields. Each field has a label named `<field>Error`, hidden until
// a refusal names that field: a reason's "field" member (the catalogue and collection modules
// give it), else the field a form maps the reason's code to.
class FormErrors {
public:
    explicit FormErrors(QWidget *owner) : m_owner(owner) {}

    // Adds a row to a form grid: the label, the widget (named `<field>Edit` unless it has a name)
    // and, under the widget, the field's error label. Returns the next free row.
    int addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget);
    QLabel *errorLabel(const QString &field);

    void clear();
    void set(const QString &field, const QString &message);
    QString text(const QString &field) const;
    bool isEmpty() const;

    // Shows every reason of a refusal at its field and returns the messages that belong to no
    // field (for the form's message bar). A failure (not a refusal) has no field.
    QStringList show(const Error &error, const std::function<QString(const QString &code)> &fieldOfCode = {});
    // The widget of the first field that has an error (to put the cursor there), or nullptr.
    QWidget *firstWidget() const;

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_widgets;
    QStringList m_order;
};

} // namespace Aksara::Desk
