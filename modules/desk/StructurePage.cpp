#include "desk/StructurePage.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>

namespace Aksara::Desk {

StructurePage::StructurePage(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
{
    m_message->setObjectName(QStringLiteral("pageMessage"));
}

void StructurePage::showEvent(QShowEvent *event)
{
    AdminSection::showEvent(event);
    if (!event->spontaneous() && !m_loaded)
        refresh();
}

void StructurePage::afterChange()
{
    auto info = LibraryInfo::load(m_session.core, m_session.caller);
    if (info.ok()) {
        m_session.library = *info;
        Format::setLibraryZone(info->zone);
    }
    emit changed();
}

void StructurePage::showRefusal(const QString &title, const QStringList &others)
{
    m_message->setMessage(MessageBar::Kind::Error, title,
                          others.isEmpty() ? QStringList{tr("What to correct is said under its field.")} : others);
}

QTableWidget *StructurePage::newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setHighlightSections(false);
    // The second column is the name in every list: it takes the room the others leave.
    if (headers.size() > 1)
        t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return t;
}

void StructurePage::confirm(const QString &objectName, const QString &title, const QString &text, const QString &action,
                            const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes](QAbstractButton *b) {
        if (b == yes)
            onYes();
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace Aksara::Desk
