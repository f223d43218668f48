#pragma once

#include "desk/FieldErrorLabels.h"

#include "circulation/Calendars.h"
#include "core/LibraryProfile.h"
#include "library/Administration.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Aksara::Desk {

// The forms of the library's structure, shared by the administration pages and the first-run
// assistant: each shows one library, branch, patron category or item type, gives back what the
// person typed as the library module's input, and shows a refusal's reasons under their fields
// (the module's field names: code, name, address, phone, email, website, time_zone, language, logo,
// calendar, membership_months, enrolment_fee, debt_limit, min_age, max_age, nik_required, loanable,
// default_price). None of them saves anything: the page or the assistant calls the module.

// The library: name, address, phone, e-mail and, as asked for, website, time zone, notices'
// language and the logo (a PNG or JPEG file, previewed, or removed).
class LibraryFields : public QWidget {
    Q_OBJECT
public:
    enum Part { Website = 1, TimeZone = 2, Language = 4, Logo = 8 };
    explicit LibraryFields(int parts, QWidget *parent = nullptr);

    void setProfile(const LibraryProfile &profile);
    // After a save: `profile` is what later changes are compared with; the fields keep what is
    // typed, and a pending logo is dropped when it was saved.
    void rebase(const LibraryProfile &profile, bool logoSaved);
    // Every field shown, as typed (trimmed).
    Library::LibraryInput input() const;
    // Only the fields that differ from the profile last set.
    Library::LibraryInput changes() const;
    // Something typed or chosen and not saved yet.
    bool hasEdits() const;
    // The logo: unchanged (nullopt), a new image, or removed (an empty array).
    std::optional<QByteArray> logoChange() const { return m_logo; }
    QByteArray shownLogo() const { return m_logo ? *m_logo : m_profile.logo; }
    // Reads a picture as the file chooser does; false (the reason at the logo) when it is not one.
    bool setLogoFile(const QString &path);
    // A logo chosen earlier (the assistant keeps it across a change of language).
    void setLogoData(const QByteArray &image);
    void removeLogo();
    void chooseLogo();
    FieldErrorLabels &errors() { return m_errors; }

signals:
    // Enter in one of its fields.
    void submitted();

private:
    void showLogo();

    int m_parts;
    LibraryProfile m_profile;
    std::optional<QByteArray> m_logo;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
};

// A branch: code (typed for a new one, fixed afterwards), name, address, phone, e-mail and the
// calendar of its opening hours, chosen from the calendars that exist (or typed as a code; the
// module refuses one that does not exist).
class BranchFields : public QWidget {
    Q_OBJECT
public:
    explicit BranchFields(QWidget *parent = nullptr);

    void setCalendars(const QList<Circulation::CalendarView> &calendars);
    // A branch to edit, or (null) a new one.
    void setBranch(const Library::BranchInfo *branch);
    void setInput(const Library::BranchInput &input);
    bool isNew() const { return !m_current.has_value(); }
    Library::BranchInput input() const;
    Library::BranchInput changes() const;
    // Something typed and not saved yet (a new branch: anything at all).
    bool hasEdits() const;
    FieldErrorLabels &errors() { return m_errors; }

signals:
    void submitted();

private:
    std::optional<Library::BranchInfo> m_current;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_calendar;
};

// A patron category: code, name, membership period, enrolment fee, debt limit, age range (either
// end may be open) and whether members must give their NIK.
class CategoryFields : public QWidget {
    Q_OBJECT
public:
    explicit CategoryFields(QWidget *parent = nullptr);

    void setCategory(const Library::CategoryInfo *category);
    void setInput(const Library::CategoryInput &input);
    // The code may be typed even for an existing entry (the assistant's list).
    void setCodeEditable(bool editable);
    bool isNew() const { return !m_current.has_value(); }
    Library::CategoryInput input() const;
    Library::CategoryInput changes() const;
    // Something typed and not saved yet (a new category: its code or name).
    bool hasEdits() const;
    FieldErrorLabels &errors() { return m_errors; }

signals:
    void edited();
    void submitted();

private:
    std::optional<Library::CategoryInfo> m_current;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_code;
    QLineEdit *m_name;
    QSpinBox *m_months;
    QSpinBox *m_fee;
    QSpinBox *m_debt;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QCheckBox *m_nik;
};

// An item type: code (small letters), name, whether copies of it are lent, and the replacement
// price a new copy gets when it is added without one.
class ItemTypeFields : public QWidget {
    Q_OBJECT
public:
    explicit ItemTypeFields(QWidget *parent = nullptr);

    void setItemType(const Library::ItemTypeInfo *type);
    void setInput(const Library::ItemTypeInput &input);
    void setCodeEditable(bool editable);
    bool isNew() const { return !m_current.has_value(); }
    Library::ItemTypeInput input() const;
    Library::ItemTypeInput changes() const;
    // Something typed and not saved yet (a new item type: its code or name).
    bool hasEdits() const;
    FieldErrorLabels &errors() { return m_errors; }

signals:
    void edited();
    void submitted();

private:
    std::optional<Library::ItemTypeInfo> m_current;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_code;
    QLineEdit *m_name;
    QCheckBox *m_loanable;
    QSpinBox *m_price;
};

// A spin box for rupiah ("Rp 50.000"), 0 to `max`.
QSpinBox *newRupiahSpin(qint64 max, QWidget *parent);
// The value of an editable combo box: the chosen entry's data, or the text typed when it matches
// no entry.
QString comboChoice(const QComboBox *combo);
// Chooses the entry whose data is `value`, or shows `value` as typed text when there is none.
void setComboChoice(QComboBox *combo, const QString &value);

} // namespace Aksara::Desk
