#pragma once

#include "desk/FieldErrorLabels.h"
#include "desk/StructurePage.h"

#include "library/Administration.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace Aksara::Desk {

// The shelving locations of a branch (the branch chosen above the list): each with its code (what
// copies' location holds), name, whether it is in use and how many copies stand there; add one,
// rename one, retire one (after a confirmation) or use it again. A closed branch takes no new ones.
class LocationsAdminPage : public StructureListPage {
    Q_OBJECT
public:
    explicit LocationsAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Shelving locations"); }
    QString fieldError(const QString &field) const { return m_errors.text(field); }
    bool selectBranch(const QString &code);
    QString branch() const;

public slots:
    void refresh() override;
    void newLocation();
    void save();
    void retireSelected();
    void reactivateSelected();

private:
    void refreshLocations();
    const Library::LocationInfo *selected() const { return byCode(m_locations, selectedCode()); }
    void showSelected();
    // The title and the buttons for a location, the form left as it is.
    void showState(const Library::LocationInfo &location);
    void setActive(QString code, bool active); // by value: the list it comes from is read again

    QList<Library::LocationInfo> m_locations;
    std::optional<Library::LocationInfo> m_current;
    FieldErrorLabels m_errors{this};
    QComboBox *m_branch;
    QLineEdit *m_code;
    QLineEdit *m_name;
};

} // namespace Aksara::Desk
