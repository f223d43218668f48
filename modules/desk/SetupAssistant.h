#pragma once

#include "desk/FieldErrorLabels.h"

#include "core/ServiceCore.h"
#include "library/Setup.h"

#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Aksara::Desk {

class BranchFields;
class CategoryFields;
class ItemTypeFields;
class LibraryFields;
class MessageBar;

// The desk's first-run assistant: shown instead of the login when the library is not set up yet
// (Library::Setup::isSetUp: no open branch, no patron category in use or no administrator). It asks
// what `aksara setup` asks (docs/setup.md) — the language, the library, its first branch, the
// patron categories and item types (the usual ones of an Indonesian public library offered, all
// editable), the first administrator — shows a summary, and applies the plan with
// Library::Setup::apply as `caller` (the local administrator of this machine, as `aksara setup`
// does). Each part is its own operation with its change record. A refused part takes the person
// back to its page with every reason under its field; the parts before it stay done, and applying
// again finishes the rest (the plan is idempotent).
//
// Choosing a language switches the assistant (and the desk after it) to that language at once and
// remembers it (ui/language), and offers the categories and item types named in it.
class SetupAssistant : public QWizard {
    Q_OBJECT
public:
    enum PageId { LanguageId, LibraryId, BranchId, CategoriesId, ItemTypesId, AdminId, SummaryId };

    SetupAssistant(ServiceCore &core, const Caller &caller, const QString &language, QWidget *parent = nullptr);

    QString language() const { return m_language; }
    // Switches the interface and the offered defaults to `language` (id or en).
    void setLanguage(const QString &language);
    // The plan as the pages hold it now.
    Library::SetupPlan plan() const;
    // After a successful apply(): the first administrator's user name, and what was done.
    QString adminUsername() const;
    const Library::SetupReport &report() const { return m_report; }
    // Applies the plan; on a refusal shows it where it belongs and returns false.
    bool apply();

    ServiceCore &core() const { return m_core; }
    const Caller &caller() const { return m_caller; }

private:
    void buildPages();
    void retranslate();
    void showRefusal(const Error &error);

    ServiceCore &m_core;
    Caller m_caller;
    QString m_language;
    Library::SetupReport m_report;
};

class SetupLanguagePage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupLanguagePage(SetupAssistant *assistant);
    void retranslate();

private:
    SetupAssistant *m_assistant;
    QLabel *m_welcome;
    QLabel *m_question;
    QRadioButton *m_id;
    QRadioButton *m_en;
};

class SetupLibraryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupLibraryPage(SetupAssistant *assistant);
    LibraryFields *fields() const { return m_fields; }
    bool validatePage() override;

private:
    LibraryFields *m_fields;
};

class SetupBranchPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupBranchPage(SetupAssistant *assistant);
    BranchFields *fields() const { return m_fields; }
    void initializePage() override;
    bool validatePage() override;

private:
    SetupAssistant *m_assistant;
    BranchFields *m_fields;
    bool m_filled = false;
};

// A list of entries (categories or item types) with the form of the chosen one beside it, Add and
// Remove; used for both.
class SetupListPage : public QWizardPage {
    Q_OBJECT
public:
    QListWidget *list() const { return m_list; }
    // Chooses the entry of this code; false when there is none.
    bool selectCode(const QString &code);
    FieldErrorLabels &errors();
    MessageBar *messageBar() const { return m_message; }

protected:
    SetupListPage(QWidget *form, const QString &addText, const QString &removeText);
    virtual int count() const = 0;
    virtual QString codeAt(int i) const = 0;
    virtual QString textAt(int i) const = 0;
    virtual void load(int i) = 0;  // the entry into the form
    virtual void store(int i) = 0; // the form into the entry
    virtual void addEntry() = 0;
    virtual void removeEntry(int i) = 0;
    virtual FieldErrorLabels &formErrors() = 0;
    void reload(int select);
    void storeCurrent();
    bool checkCodes(const QString &what);
    void updateText();

    QListWidget *m_list;
    QPushButton *m_remove;
    MessageBar *m_message;
    int m_shown = -1;
};

class SetupCategoriesPage : public SetupListPage {
    Q_OBJECT
public:
    explicit SetupCategoriesPage(SetupAssistant *assistant);
    CategoryFields *fields() const { return m_fields; }
    QList<Library::CategoryInput> categories() const;
    QString defaultCategory() const;
    void setDefaults(const QList<Library::CategoryInput> &categories);
    bool validatePage() override;

protected:
    int count() const override { return int(m_items.size()); }
    QString codeAt(int i) const override;
    QString textAt(int i) const override;
    void load(int i) override;
    void store(int i) override;
    void addEntry() override;
    void removeEntry(int i) override;
    FieldErrorLabels &formErrors() override;

private:
    void refreshDefaults();

    CategoryFields *m_fields;
    QComboBox *m_default;
    QList<Library::CategoryInput> m_items;
};

class SetupItemTypesPage : public SetupListPage {
    Q_OBJECT
public:
    explicit SetupItemTypesPage(SetupAssistant *assistant);
    ItemTypeFields *fields() const { return m_fields; }
    QList<Library::ItemTypeInput> itemTypes() const;
    void setDefaults(const QList<Library::ItemTypeInput> &types);
    bool validatePage() override;

protected:
    int count() const override { return int(m_items.size()); }
    QString codeAt(int i) const override;
    QString textAt(int i) const override;
    void load(int i) override;
    void store(int i) override;
    void addEntry() override;
    void removeEntry(int i) override;
    FieldErrorLabels &formErrors() override;

private:
    ItemTypeFields *m_fields;
    QList<Library::ItemTypeInput> m_items;
};

class SetupAdminPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupAdminPage(SetupAssistant *assistant);
    FieldErrorLabels &errors() { return m_errors; }
    QString username() const;
    QString displayName() const;
    QString password() const;
    void initializePage() override;
    bool validatePage() override;

private:
    SetupAssistant *m_assistant;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_username;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_existing;
    bool m_needsPassword = true;
};

class SetupSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupSummaryPage(SetupAssistant *assistant);
    void initializePage() override;
    bool validatePage() override;
    MessageBar *messageBar() const { return m_message; }
    QString summaryText() const;

private:
    SetupAssistant *m_assistant;
    QLabel *m_summary;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
