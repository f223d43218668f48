#pragma once

#include "desk/StructurePage.h"

class QPushButton;

namespace Aksara::Desk {

class LibraryFields;

// Who the library is: its name, address, telephone, e-mail, website, time zone, the language of its
// notices, and its logo (a PNG or JPEG file, previewed; removed with a click). Cards, slips, kiosk
// receipts, the reports window and the monthly report print them. Save sends what changed
// (Library::Administration::setLibrary, then setLogo when the logo changed), each an operation with
// its change record; every reason of a refusal is shown under its field.
class LibraryAdminPage : public StructurePage {
    Q_OBJECT
public:
    explicit LibraryAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("The library"); }
    LibraryFields *fields() const { return m_fields; }
    QString fieldError(const QString &field) const;

public slots:
    void refresh() override;
    void save();

private:
    LibraryFields *m_fields;
    QPushButton *m_save;
};

} // namespace Aksara::Desk
