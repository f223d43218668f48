#pragma once

#include "desk/FieldErrorLabels.h"
#include "desk/LibraryInfo.h"

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// A new password, typed twice or generated (and then shown once by the caller). The two line edits
// are `passwordEdit` and `repeatEdit`; the choice `typePasswordRadio` / `generatePasswordRadio`.
class NewPasswordFields {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::NewPasswordFields)

public:
    // Adds the choice and the two fields to the grid (fields "password" and "repeat").
    void addTo(QGridLayout *grid, int &row, FieldErrorLabels &errors, QWidget *parent);
    bool generated() const;
    // The password to use: a new generated one, or the typed one. Empty when the two typed ones
    // differ (the difference is then shown at "repeat").
    QString take(FieldErrorLabels &errors);

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
