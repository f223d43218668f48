#include "desk/LibraryAdminPage.h"

#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include "library/Administration.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Aksara::Desk {

LibraryAdminPage::LibraryAdminPage(DeskSession &session, QWidget *parent)
    : StructurePage(session, parent)
    , m_fields(new LibraryFields(LibraryFields::Website | LibraryFields::TimeZone | LibraryFields::Language | LibraryFields::Logo,
                                 this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("libraryAdminPage"));
    auto *intro = new QLabel(tr("Who the library is, as membership cards, slips, kiosk receipts and reports show it."), this);
    intro->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveLibraryButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &LibraryAdminPage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *column = new QVBoxLayout;
    column->addWidget(intro);
    column->addSpacing(6);
    column->addWidget(m_fields);
    column->addWidget(m_message);
    column->addLayout(buttons);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(1);
}

QString LibraryAdminPage::fieldError(const QString &field) const
{
    return m_fields->errors().text(field);
}

void LibraryAdminPage::refresh()
{
    m_loaded = true;
    auto profile = Library::Administration(m_session.core).library(m_session.caller);
    if (!profile.ok()) {
        m_message->setError(profile.error(), tr("The library's details could not be read"));
        return;
    }
    // What is typed and not saved yet stays; the rest shows the library as it is now.
    if (m_fields->hasEdits())
        m_fields->rebase(*profile, false);
    else
        m_fields->setProfile(*profile);
}

void LibraryAdminPage::save()
{
    m_fields->errors().clear();
    m_message->clear();
    Library::Administration admin(m_session.core);
    const Library::LibraryInput changes = m_fields->changes();
    const bool fieldsChanged = changes.name || changes.address || changes.phone || changes.email || changes.website
                               || changes.timeZone || changes.language;
    const std::optional<QByteArray> logo = m_fields->logoChange();
    if (!fieldsChanged && !logo) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
        return;
    }
    QStringList others;
    bool fieldsSaved = false;
    bool logoSaved = false;
    if (fieldsChanged) {
        auto r = admin.setLibrary(m_session.caller, changes);
        fieldsSaved = r.ok();
        if (!r.ok())
            others << m_fields->errors().show(r.error());
    }
    if (logo) {
        auto r = admin.setLogo(m_session.caller, *logo);
        logoSaved = r.ok();
        if (!r.ok())
            others << m_fields->errors().show(r.error());
    }
    if (fieldsSaved || logoSaved) {
        // What was saved becomes what the form compares with; what was refused stays as typed.
        auto profile = admin.library(m_session.caller);
        if (profile.ok())
            m_fields->rebase(*profile, logoSaved);
        afterChange();
    }
    const bool refused = (fieldsChanged && !fieldsSaved) || (logo && !logoSaved);
    if (!refused) {
        m_message->setMessage(MessageBar::Kind::Success, tr("The library's details are saved."));
        return;
    }
    const QString title = fieldsSaved || logoSaved ? tr("Only part was saved") : tr("Not saved");
    showRefusal(title, others);
    if (QWidget *w = m_fields->errors().firstWidget())
        w->setFocus();
}

} // namespace Aksara::Desk
