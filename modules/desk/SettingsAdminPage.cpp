#include "desk/SettingsAdminPage.h"

#include "desk/MessageBar.h"

#include "circulation/SettingKeys.h"
#include "library/Administration.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace Keys = Circulation::SettingKeys;

namespace {
bool isRupiah(const Library::SettingDef &def)
{
    return def.key == Keys::CardReplacementFee || def.key == Keys::LostItemFee;
}

// A choice as people read it.
QString choiceText(const Library::SettingDef &def, const QString &choice)
{
    if (choice == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    if (choice == QLatin1String("en"))
        return QStringLiteral("English");
    if (choice == QLatin1String("yes"))
        return SettingsAdminPage::tr("yes");
    if (choice == QLatin1String("no"))
        return SettingsAdminPage::tr("no");
    if (choice == QLatin1String("none"))
        return SettingsAdminPage::tr("none");
    if (choice == QLatin1String("luhn"))
        return SettingsAdminPage::tr("Luhn");
    if (choice == QLatin1String("damm"))
        return SettingsAdminPage::tr("Damm");
    if (def.key == Keys::FeeRounding)
        return choice == QLatin1String("1") ? SettingsAdminPage::tr("not rounded")
                                            : SettingsAdminPage::tr("to Rp %1").arg(QLocale().toString(choice.toLongLong()));
    return def.unit.isEmpty() ? choice : choice + QLatin1Char(' ') + def.unit;
}

// A value as people read it (the default note).
QString valueText(const Library::SettingDef &def, const QString &value)
{
    if (value.isEmpty() && def.key == Keys::DefaultBranch)
        return SettingsAdminPage::tr("the first open branch");
    if (value.isEmpty() && def.key == Keys::DefaultCategory)
        return SettingsAdminPage::tr("the first category in use");
    if (value.isEmpty())
        return SettingsAdminPage::tr("empty");
    if (def.kind == Library::SettingDef::Kind::Choice)
        return choiceText(def, value);
    if (def.kind == Library::SettingDef::Kind::Integer) {
        const QString n = QLocale().toString(value.toLongLong());
        if (isRupiah(def))
            return QStringLiteral("Rp ") + n;
        return def.unit.isEmpty() ? n : n + QLatin1Char(' ') + def.unit;
    }
    return value;
}

} // namespace

SettingsAdminPage::SettingsAdminPage(DeskSession &session, QWidget *parent)
    : StructurePage(session, parent)
    , m_save(new QPushButton(tr("&Save changes"), this))
{
    setObjectName(QStringLiteral("settingsAdminPage"));
    auto *intro = new QLabel(tr("Settings that apply to the whole library. A setting the library has not set uses its "
                                "default."),
                             this);
    intro->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    m_form->setObjectName(QStringLiteral("settingsForm"));
    scroll->setWidget(m_form);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(m_save, &QPushButton::clicked, this, &SettingsAdminPage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    // The editors are made once, from the definitions; refresh() fills them.
    QList<Library::SettingValue> defs;
    for (const Library::SettingDef &d : Library::Settings::definitions())
        defs << Library::SettingValue{d, d.defaultValue, false};
    build(defs);
}

void SettingsAdminPage::build(const QList<Library::SettingValue> &values)
{
    auto *grid = new QGridLayout(m_form);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (const Library::SettingValue &v : values) {
        const Library::SettingDef &d = v.def;
        QWidget *editor = nullptr;
        if (d.key == Keys::DefaultBranch || d.key == Keys::DefaultCategory) {
            auto *combo = new QComboBox(m_form);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            editor = combo;
        } else if (d.kind == Library::SettingDef::Kind::Integer) {
            auto *spin = new QSpinBox(m_form);
            spin->setRange(int(d.min), int(d.max));
            spin->setGroupSeparatorShown(true);
            if (isRupiah(d)) {
                spin->setPrefix(QStringLiteral("Rp "));
                spin->setSingleStep(1000);
            } else if (!d.unit.isEmpty()) {
                spin->setSuffix(QLatin1Char(' ') + d.unit);
            }
            spin->setMinimumWidth(140);
            editor = spin;
        } else if (d.kind == Library::SettingDef::Kind::Choice) {
            auto *combo = new QComboBox(m_form);
            for (const QString &c : d.choices)
                combo->addItem(choiceText(d, c), c);
            editor = combo;
        } else {
            auto *edit = new QLineEdit(m_form);
            edit->setMaximumWidth(260);
            connect(edit, &QLineEdit::returnPressed, this, &SettingsAdminPage::save);
            editor = edit;
        }
        editor->setObjectName(FieldErrorLabels::objectStem(d.key) + QStringLiteral("Edit"));
        QLabel *error = m_errors.addField(d.key, editor);
        auto *label = new QLabel(d.label, m_form);
        label->setBuddy(editor);
        label->setStyleSheet(QStringLiteral("font-weight: bold;"));
        auto *note = new QLabel(m_form);
        note->setObjectName(FieldErrorLabels::objectStem(d.key) + QStringLiteral("Note"));
        note->setStyleSheet(QStringLiteral("color: #5f6b73;"));
        auto *help = new QLabel(d.help, m_form);
        help->setWordWrap(true);
        help->setStyleSheet(QStringLiteral("color: #5f6b73;"));
        help->setObjectName(FieldErrorLabels::objectStem(d.key) + QStringLiteral("Help"));
        grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(editor, row, 1, Qt::AlignLeft);
        grid->addWidget(note, row, 2);
        grid->addWidget(help, row + 1, 1, 1, 2);
        grid->addWidget(error, row + 2, 1, 1, 2);
        grid->setRowMinimumHeight(row + 3, 10);
        row += 4;
        m_editors.insert(d.key, editor);
        m_notes.insert(d.key, note);
    }
    grid->setRowStretch(row, 1);
}

QString SettingsAdminPage::editorValue(const QString &key) const
{
    QWidget *w = m_editors.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text().trimmed();
    return {};
}

void SettingsAdminPage::setEditorValue(const QString &key, const QString &value)
{
    QWidget *w = m_editors.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        int i = combo->findData(value);
        if (i < 0) {
            // A value the lists do not offer (a branch closed since): shown as it is.
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setText(value);
    }
}

void SettingsAdminPage::refresh()
{
    m_loaded = true;
    // What is typed and not saved yet stays.
    QHash<QString, QString> typed;
    for (const Library::SettingValue &v : std::as_const(m_values))
        if (editorValue(v.def.key) != v.value)
            typed.insert(v.def.key, editorValue(v.def.key));
    m_errors.clear();
    Library::Settings settings(m_session.core);
    auto values = settings.list(m_session.caller);
    if (!values.ok()) {
        m_message->setError(values.error(), tr("The settings could not be read"));
        return;
    }
    m_values = *values;
    // The default branch and category are chosen from the open branches and the categories in use.
    Library::Administration admin(m_session.core);
    if (auto *branch = qobject_cast<QComboBox *>(m_editors.value(Keys::DefaultBranch))) {
        branch->clear();
        branch->addItem(tr("(not set: the first open branch)"), QString());
        auto branches = admin.branches(m_session.caller);
        if (branches.ok())
            for (const Library::BranchInfo &b : std::as_const(*branches))
                if (!b.closed)
                    branch->addItem(QStringLiteral("%1 (%2)").arg(b.name, b.code), b.code);
    }
    if (auto *category = qobject_cast<QComboBox *>(m_editors.value(Keys::DefaultCategory))) {
        category->clear();
        category->addItem(tr("(not set: the first category in use)"), QString());
        auto categories = admin.categories(m_session.caller);
        if (categories.ok())
            for (const Library::CategoryInfo &c : std::as_const(*categories))
                if (c.active)
                    category->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    }
    for (const Library::SettingValue &v : std::as_const(m_values)) {
        setEditorValue(v.def.key, typed.value(v.def.key, v.value));
        if (QLabel *note = m_notes.value(v.def.key)) {
            const QString def = valueText(v.def, v.def.defaultValue);
            note->setText(v.isSet ? tr("default: %1").arg(def) : tr("not set; the default applies"));
        }
    }
}

void SettingsAdminPage::save()
{
    m_errors.clear();
    m_message->clear();
    QStringList pending;
    for (const Library::SettingValue &v : std::as_const(m_values))
        if (editorValue(v.def.key) != v.value)
            pending << v.def.key;
    if (pending.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Nothing was changed."));
        return;
    }
    Library::Settings settings(m_session.core);
    QStringList saved;
    QHash<QString, Error> refused;
    // Some settings are checked against others (the shortest and the longest PIN): what one
    // round refuses is tried again after the others are saved.
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        QStringList again;
        for (const QString &key : std::as_const(pending)) {
            auto r = settings.set(m_session.caller, key, editorValue(key));
            if (r.ok()) {
                saved << key;
                refused.remove(key);
                progress = true;
            } else {
                refused.insert(key, r.error());
                again << key;
            }
        }
        pending = again;
    }
    QStringList others;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        others << m_errors.show(it.value());
    // What was saved is read again; what was refused stays as typed, with its reason.
    if (!saved.isEmpty()) {
        QHash<QString, QString> errors;
        for (auto it = refused.cbegin(); it != refused.cend(); ++it)
            errors.insert(it.key(), m_errors.text(it.key()));
        refresh();
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            m_errors.set(it.key(), it.value());
        afterChange();
    }
    QStringList labels;
    for (const Library::SettingValue &v : std::as_const(m_values))
        if (saved.contains(v.def.key))
            labels << v.def.label;
    if (refused.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Success, tr("Saved: %1.").arg(labels.join(QStringLiteral(", "))));
        return;
    }
    showRefusal(saved.isEmpty() ? tr("Not saved") : tr("Saved: %1. The rest was not saved.").arg(labels.join(QStringLiteral(", "))),
                others);
    if (QWidget *w = m_errors.firstWidget())
        w->setFocus();
}

} // namespace Aksara::Desk
