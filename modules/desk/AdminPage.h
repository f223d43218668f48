#pragma once

#include "desk/DeskSession.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Aksara::Desk {

// One section of the administration area (staff accounts, SIP2 accounts, …): a page that reads
// what it shows again whenever it is shown.
class AdminSection : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void refresh() = 0;
};

// The desk's administration area, only for staff whose caller has system.admin (DeskWindow adds it
// for them and no one else): a list of sections on the left and the chosen section's page on the
// right. A section is one line in the constructor (addSection); its page is made the first time it
// is shown and refreshed every time. Every action in a section is one call of a module as the
// logged-in administrator, with the module's refusals shown at the fields they concern.
class AdminPage : public QWidget {
    Q_OBJECT
public:
    explicit AdminPage(DeskSession &session, QWidget *parent = nullptr);

    // `key` names the section (its page is `<key>AdminPage`), `title` is shown in the list.
    void addSection(const QString &key, const QString &title, std::function<AdminSection *()> make);
    QStringList sectionKeys() const { return m_keys; }
    // Shows the section (making its page if needed) and returns its page.
    AdminSection *showSection(const QString &key);
    AdminSection *currentSection() const;

public slots:
    // Reads the shown section again (the first time: shows the first section).
    void refresh();
    void focusSections();

protected:
    // Shown (its tab chosen): the shown section reads its data again.
    void showEvent(QShowEvent *event) override;

private:
    void select(int row);

    DeskSession &m_session;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QStringList m_keys;
    QList<std::function<AdminSection *()>> m_makers;
    QList<AdminSection *> m_pages;
};

} // namespace Aksara::Desk
