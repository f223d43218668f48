#pragma once

#include "desk/AdminPage.h"
#include "desk/DeskSession.h"

class QTableWidget;

namespace Aksara::Desk {

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

} // namespace Aksara::Desk
