#pragma once

#include "desk/LibraryInfo.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHash>
#include <QString>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// The administration screens' forms show a refusal where it belongs: each reason of a module's
// refusal (details.reasons, or the error itself) under the field its code names, the rest — and
// every failure — on the form's message bar. A field is a widget in a grid with its label on the
// left and its error label (`<field>Error`, red, hidden when empty) under it.
class FieldErrors {
public:
    // Adds a row "label | widget" and the error label under the widget (both made in the widget's
    // parent, which it must have); `row` moves on by two.
    QLabel *add(QGridLayout *grid, int &row, const QString &field, const QString &label, QWidget *widget);
    // An error label of its own for a field laid out by the caller.
    QLabel *label(const QString &field, QWidget *parent);
    // Reasons with this code are shown at this field.
    void route(const QString &code, const QString &field);
    // For codes that name several fields (a rule's value): picks the field from the reason itself;
    // an empty answer falls back to the codes' routes.
    void setResolver(std::function<QString(const QString &code, const QString &message)> resolver);

    void clear();
    void set(const QString &field, const QString &message);
    QString text(const QString &field) const; // empty when none is shown
    // Shows `error` (see above); `title` heads the message bar when something lands there. Returns
    // the widget of the first field with an error (to put the keyboard there), or null.
    QWidget *show(const Error &error, MessageBar *bar, const QString &title);

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QString> m_routes;
    std::function<QString(const QString &, const QString &)> m_resolver;
};

// A new password, typed twice or generated (and then shown once by the caller). The two line edits
// are `passwordEdit` and `repeatEdit`; the choice `typePasswordRadio` / `generatePasswordRadio`.
class NewPasswordFields {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::NewPasswordFields)

public:
    // Adds the choice and the two fields to the grid (fields "password" and "repeat").
    void addTo(QGridLayout *grid, int &row, FieldErrors &errors, QWidget *parent);
    bool generated() const;
    // The password to use: a new generated one, or the typed one. Empty when the two typed ones
    // differ (the difference is then shown at "repeat").
    QString take(FieldErrors &errors);

private:
    QRadioButton *m_type = nullptr;
    QRadioButton *m_generate = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

// A password for people to type: 14 letters and digits without look-alikes (0/O, 1/l/I).
QString generatePassword();

// Asks before something that cannot be undone by a click: `confirmBox`, Cancel is the default.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);

// A secret shown once (a generated password, a station's token): read-only, selectable, a Copy
// button, and a warning that it will not be shown again (only its hash is kept).
class ShownOnceDialog : public QDialog {
    Q_OBJECT
public:
    ShownOnceDialog(const QString &title, const QString &explanation, const QString &secret, QWidget *parent = nullptr);
    QString secret() const;
    void copy();

private:
    QLineEdit *m_secret;
    QLabel *m_copied;
};

// The library's branches by name (data: the code), after a first entry `none` (data: empty) when
// given; the entry for `current` is chosen.
void fillBranches(QComboBox *combo, const LibraryInfo &library, const QString &none, const QString &current = {});
// A branch's name for people ("Perpustakaan Pusat (PUSAT)"), or `none` for an empty code.
QString branchText(const LibraryInfo &library, const QString &code, const QString &none);

// A read-only table of the administration screens: whole rows, one at a time, sorted as given.
QTableWidget *adminTable(const QString &objectName, const QStringList &headers, QWidget *parent);

} // namespace Aksara::Desk
