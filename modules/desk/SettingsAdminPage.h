#pragma once

#include "desk/FieldErrorLabels.h"
#include "desk/StructurePage.h"

#include "library/Settings.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace Aksara::Desk {

// The library-wide settings (Library::Settings::definitions()), each with its label, its help and
// an editor that fits its kind: a spin box within its bounds and with its unit, a list of its
// choices, a line of text; the default branch and category are chosen from the open branches and
// the categories in use. Each says what its default is and whether the library has set it. Save
// sends each changed setting (Settings::set, an operation with its change record); a refused one
// keeps what was typed and shows the reason under it, the others are saved.
class SettingsAdminPage : public StructurePage {
    Q_OBJECT
public:
    explicit SettingsAdminPage(DeskSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QString fieldError(const QString &key) const { return m_errors.text(key); }
    // The editor of a setting (by its key), or null.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // What an editor holds now, as the module takes it.
    QString editorValue(const QString &key) const;

public slots:
    void refresh() override;
    void save();

private:
    void build(const QList<Library::SettingValue> &values);
    void setEditorValue(const QString &key, const QString &value);

    QList<Library::SettingValue> m_values;
    FieldErrorLabels m_errors{this};
    QWidget *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_notes;
    QPushButton *m_save;
};

} // namespace Aksara::Desk
