#pragma once

#include "desk/AdminPage.h"
#include "desk/DeskSession.h"

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class FieldErrorLabels;
class MessageBar;

// A page of the library's structure, a section of the desk's administration area (the library,
// branches, patron categories, item types, shelving locations, settings). Each is a self-contained
// AdminSection acting as the session's caller: its object name is `<key>AdminPage`, title() is what
// the area's list of sections shows, one line of AdminPage adds it
// (`addSection(key, page->title(), make)`). It reads its data when first shown, and again at each
// refresh() (the area calls it whenever the section is chosen again); what is typed and not saved
// yet stays through a refresh. Lists are reads anyone signed in may make; every change is an
// administration operation (system.admin), so for anybody else the module's core.forbidden is what
// the page shows.
class StructurePage : public AdminSection {
    Q_OBJECT
public:
    explicit StructurePage(DeskSession &session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    MessageBar *messageBar() const { return m_message; }

signals:
    // Something was saved (the desk may read its lists of branches and categories again).
    void changed();

protected:
    // Shown without having been read yet: refresh().
    void showEvent(QShowEvent *event) override;
    // After a change: the session's lists (LibraryInfo: the registration form's branches and
    // categories, the library's name and zone) are read again, and changed() is emitted.
    void afterChange();

    // A refused save: the reasons that belong to no field on the message bar, or a pointer to the
    // fields when every reason is shown under its field.
    void showRefusal(const QString &title, const QStringList &others);
    // The same for one refusal: each reason under its field, the keyboard at the first of them.
    void showRefusal(const QString &title, FieldErrorLabels &errors, const Error &error);
    // A read-only list: whole rows, one at a time; the second column (the name) stretches.
    static QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent);
    // Asks before closing or retiring something; Cancel is the default. `onYes` runs when the
    // person confirms (the box is window-modal and does not block: tests answer it).
    void confirm(const QString &objectName, const QString &title, const QString &text, const QString &action,
                 const std::function<void()> &onYes);

    DeskSession &m_session;
    MessageBar *m_message;
    bool m_loaded = false; // set by refresh()
};

// A page of entries (branches, patron categories, item types, shelving locations) listed on the
// left, with "New" under the list, and the chosen one's form on the right under its title, with the
// buttons that retire (or close) the entry and bring it back at its left and "Save" at its right;
// the message bar below both. An entry's code is the list's first column.
class StructureListPage : public StructurePage {
    Q_OBJECT
public:
    // Chooses the entry of that code in the list (and so in the form); false when it is not listed.
    bool select(const QString &code);

protected:
    StructureListPage(DeskSession &session, const QString &tableName, const QStringList &headers, QWidget *parent);

    // The object name and the words of a button.
    struct Button {
        QString name;
        QString text;
    };
    struct Buttons {
        Button newEntry, save, retire, reactivate;
    };
    // Makes the buttons (after the form's fields, for the keyboard's order) and lays the page out
    // with the form, `aboveForm` between it and its title (named `formTitle`) and `aboveList` over
    // the list (either may be null).
    void layOut(const QString &formTitle, const Buttons &buttons, QWidget *form, QWidget *aboveForm = nullptr,
                QLayout *aboveList = nullptr);

    // The code of the entry chosen in the list, or empty.
    QString selectedCode() const;
    template<typename Entry>
    static const Entry *byCode(const QList<Entry> &entries, const QString &code)
    {
        for (const Entry &e : entries)
            if (e.code == code)
                return &e;
        return nullptr;
    }
    // A row of the list: its cells, in grey when the entry is not in use (retired, closed).
    struct Row {
        QStringList cells;
        bool inUse = true;
    };
    // Lists the rows, the numbers in `numberColumns` aligned right.
    void fillTable(const QList<Row> &rows, const QList<int> &numberColumns);
    // Chooses the entry again after fillTable(), the form left as it is; false when it is gone.
    bool reselect(const QString &code);

    // A chosen entry: the form's title, the buttons as the entry is in use or not.
    void showEntry(const QString &title, bool inUse);
    // A new entry: none chosen in the list, the form's title and what its save button says.
    void showNew(const QString &title, const QString &saveText);
    // After a change of the entry `code`: the list read again with it chosen, afterChange(), and
    // `message` on the message bar.
    void afterChange(const QString &code, const QString &message);
    using StructurePage::afterChange;

    QTableWidget *m_table;
    QLabel *m_formTitle;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_reactivate = nullptr;

private:
    QString m_saveText;
};

} // namespace Aksara::Desk
