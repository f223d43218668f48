#pragma once

#include "CirculationFixture.h"

#include "desk/CirculationPage.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/MessageBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace Aksara::Test {

// The circulation fixture's small library with the desk window on it, driven as a person would:
// by object name, with keystrokes into the scan box. The window acts as the logged-in staff member
// `pustakawan` (librarian) at station desk-1, branch MAIN; supervisor() gives a supervisor's window.
struct DeskFixture : CirculationFixture {
    std::unique_ptr<Desk::DeskSession> session;
    std::unique_ptr<Desk::DeskWindow> window;

    explicit DeskFixture(bool supervisorAtDesk = false) { open(supervisorAtDesk); }

    void open(bool supervisorAtDesk)
    {
        window.reset();
        const Caller who = supervisorAtDesk ? supervisor : librarian;
        auto info = Desk::LibraryInfo::load(core, who);
        REQUIRE_OK(info);
        session.reset(new Desk::DeskSession{core, who, QStringLiteral("desk-1"), QStringLiteral("MAIN"), *info,
                                            supervisorAtDesk ? QStringLiteral("kepala") : QStringLiteral("pustakawan")});
        Caller status;
        status.channel = Channel::Desk;
        status.actor = QStringLiteral("station:desk-1");
        status.station = QStringLiteral("desk-1");
        status.rights = {Rights::ReportView};
        window.reset(new Desk::DeskWindow(*session, nullptr, status));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    template<typename T = QWidget>
    T *find(const QString &name, QWidget *in = nullptr) const
    {
        T *w = (in ? in : window.get())->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }
    QLineEdit *scanBox() const { return find<QLineEdit>(QStringLiteral("barcodeEdit")); }
    Desk::CirculationPage *page() const { return window->circulation(); }
    QString message() const { return page()->messageBar()->text(); }
    Desk::MessageBar::Kind messageKind() const { return page()->messageBar()->kind(); }

    // What a barcode scanner does: the characters, then Enter.
    void scan(const QString &text)
    {
        QLineEdit *edit = scanBox();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : scanBox(), k, m); }

    // A top-level dialog of the given object name that is showing.
    template<typename T = QWidget>
    T *dialog(const QString &name) const
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == name && w->isVisible())
                if (auto *t = qobject_cast<T *>(w))
                    return t;
        return nullptr;
    }

    qint64 deskOperations(const QString &service, const QString &outcome)
    {
        return count(QStringLiteral("SELECT count(*) FROM operations WHERE service = ? AND outcome = ? AND channel = 'desk' "
                                    "AND actor = ? AND station = 'desk-1'"),
                     {service, outcome, session->caller.actor});
    }
};

} // namespace Aksara::Test
