#include "desk/SetupAssistant.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"
#include "desk/StructureFields.h"

#include "circulation/Calendars.h"
#include "circulation/SettingKeys.h"
#include "core/StaffDirectory.h"
#include "shell/AppContext.h"
#include "shell/LanguageMenu.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #5f6b73;"));
    return l;
}

MessageBar *pageMessage(QWidget *parent)
{
    auto *m = new MessageBar(parent);
    m->setObjectName(QStringLiteral("pageMessage"));
    m->clear();
    return m;
}

QString ages(const Library::CategoryInput &c)
{
    const int min = c.minAge.value_or(-1);
    const int max = c.maxAge.value_or(-1);
    if (min < 0 && max < 0)
        return SetupAssistant::tr("any age");
    if (max < 0)
        return SetupAssistant::tr("from %1 years").arg(min);
    if (min < 0)
        return SetupAssistant::tr("up to %1 years").arg(max);
    return SetupAssistant::tr("%1 to %2 years").arg(min).arg(max);
}

QString categoryLine(const Library::CategoryInput &c)
{
    return SetupAssistant::tr("%1 — %2: %3 months, %4, debt limit %5, NIK %6")
        .arg(c.code.trimmed().toUpper(), c.name.value_or(QString()))
        .arg(c.membershipMonths.value_or(12))
        .arg(ages(c), Format::money(c.debtLimit.value_or(0)),
             c.nikRequired.value_or(false) ? SetupAssistant::tr("required") : SetupAssistant::tr("not required"))
        + (c.enrolmentFee.value_or(0) > 0 ? SetupAssistant::tr(", enrolment fee %1").arg(Format::money(*c.enrolmentFee))
                                           : QString());
}

QString itemTypeLine(const Library::ItemTypeInput &t)
{
    return SetupAssistant::tr("%1 — %2: %3%4")
        .arg(t.code.trimmed().toLower(), t.name.value_or(QString()),
             t.loanable.value_or(true) ? SetupAssistant::tr("lent") : SetupAssistant::tr("not lent"),
             t.defaultPrice.value_or(0) > 0 ? SetupAssistant::tr(", default price %1").arg(Format::money(*t.defaultPrice))
                                            : QString());
}
} // namespace

// --- the assistant -----------------------------------------------------------------------------

SetupAssistant::SetupAssistant(ServiceCore &core, const Caller &caller, const QString &language, QWidget *parent)
    : QWizard(parent)
    , m_core(core)
    , m_caller(caller)
    , m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id"))
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(LanguageId, new SetupLanguagePage(this));
    buildPages();
    retranslate();
    resize(820, 640);
}

void SetupAssistant::retranslate()
{
    setWindowTitle(tr("Aksara — setting up the library"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Set up the library"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    if (auto *p = qobject_cast<SetupLanguagePage *>(page(LanguageId)))
        p->retranslate();
}

void SetupAssistant::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (lang == m_language)
        return;
    m_language = lang;
    Shell::installTranslations(lang);
    Shell::LanguageMenu::remember(lang);
    QLocale::setDefault(lang == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    buildPages();
    retranslate();
}

void SetupAssistant::buildPages()
{
    // What was typed is kept across a change of language; the categories and item types offered
    // follow the language unless the person changed them.
    std::optional<Library::SetupPlan> before;
    bool categoriesEdited = false;
    bool typesEdited = false;
    if (page(LibraryId)) {
        before = plan();
        const Library::SetupPlan oldDefaults = Library::SetupPlan::defaults(m_language == QLatin1String("id") ? QStringLiteral("en")
                                                                                                           : QStringLiteral("id"));
        auto sameCategories = [&] {
            if (before->categories.size() != oldDefaults.categories.size())
                return false;
            for (int i = 0; i < before->categories.size(); ++i) {
                const auto &a = before->categories.at(i);
                const auto &b = oldDefaults.categories.at(i);
                if (a.code != b.code || a.name != b.name || a.membershipMonths != b.membershipMonths || a.enrolmentFee != b.enrolmentFee
                    || a.debtLimit != b.debtLimit || a.minAge != b.minAge || a.maxAge != b.maxAge || a.nikRequired != b.nikRequired)
                    return false;
            }
            return true;
        };
        auto sameTypes = [&] {
            if (before->itemTypes.size() != oldDefaults.itemTypes.size())
                return false;
            for (int i = 0; i < before->itemTypes.size(); ++i) {
                const auto &a = before->itemTypes.at(i);
                const auto &b = oldDefaults.itemTypes.at(i);
                if (a.code != b.code || a.name != b.name || a.loanable != b.loanable || a.defaultPrice.value_or(0) != b.defaultPrice.value_or(0))
                    return false;
            }
            return true;
        };
        categoriesEdited = !sameCategories();
        typesEdited = !sameTypes();
        for (int id = LibraryId; id <= SummaryId; ++id) {
            QWizardPage *p = page(id);
            removePage(id);
            delete p;
        }
    }
    const Library::SetupPlan defaults = Library::SetupPlan::defaults(m_language);
    auto *library = new SetupLibraryPage(this);
    auto *branch = new SetupBranchPage(this);
    auto *categories = new SetupCategoriesPage(this);
    auto *types = new SetupItemTypesPage(this);
    auto *admin = new SetupAdminPage(this);
    setPage(LibraryId, library);
    setPage(BranchId, branch);
    setPage(CategoriesId, categories);
    setPage(ItemTypesId, types);
    setPage(AdminId, admin);
    setPage(SummaryId, new SetupSummaryPage(this));
    // While the pages were away the first page looked like the last one: starting again there
    // (where the language is chosen) works its buttons out again.
    if (currentId() == LanguageId)
        restart();
    categories->setDefaults(before && categoriesEdited ? before->categories : defaults.categories);
    types->setDefaults(before && typesEdited ? before->itemTypes : defaults.itemTypes);
    if (before) {
        LibraryProfile p;
        p.name = before->library.name.value_or(QString());
        p.address = before->library.address.value_or(QString());
        p.phone = before->library.phone.value_or(QString());
        p.email = before->library.email.value_or(QString());
        p.timeZone = before->library.timeZone.value_or(p.timeZone);
        library->fields()->setProfile(p);
        if (!before->logo.isEmpty())
            library->fields()->setLogoData(before->logo);
        if (!before->branches.isEmpty())
            branch->fields()->setInput(before->branches.first());
        admin->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(before->admin.username);
        admin->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(before->admin.displayName);
    }
}

Library::SetupPlan SetupAssistant::plan() const
{
    Library::SetupPlan p;
    auto *library = static_cast<SetupLibraryPage *>(page(LibraryId));
    auto *branch = static_cast<SetupBranchPage *>(page(BranchId));
    auto *categories = static_cast<SetupCategoriesPage *>(page(CategoriesId));
    auto *types = static_cast<SetupItemTypesPage *>(page(ItemTypesId));
    auto *admin = static_cast<SetupAdminPage *>(page(AdminId));
    p.library = library->fields()->input();
    p.library.language = m_language;
    p.logo = library->fields()->shownLogo();
    const Library::BranchInput b = branch->fields()->input();
    p.branches << b;
    p.categories = categories->categories();
    p.itemTypes = types->itemTypes();
    p.settings << std::pair<QString, QString>{Circulation::SettingKeys::DefaultBranch, b.code.trimmed().toUpper()};
    if (!categories->defaultCategory().isEmpty())
        p.settings << std::pair<QString, QString>{Circulation::SettingKeys::DefaultCategory, categories->defaultCategory()};
    p.admin.username = admin->username();
    p.admin.displayName = admin->displayName();
    p.admin.password = admin->password();
    p.admin.branch = b.code.trimmed().toUpper();
    return p;
}

QString SetupAssistant::adminUsername() const
{
    return static_cast<SetupAdminPage *>(page(AdminId))->username();
}

bool SetupAssistant::apply()
{
    Library::Setup setup(m_core);
    auto r = setup.apply(m_caller, plan());
    if (!r.ok()) {
        showRefusal(r.error());
        return false;
    }
    m_report = *r;
    return true;
}

void SetupAssistant::showRefusal(const Error &error)
{
    namespace Keys = Circulation::SettingKeys;
    auto *summary = static_cast<SetupSummaryPage *>(page(SummaryId));
    const QJsonObject step = error.details.value(QStringLiteral("step")).toObject();
    const QString entity = step.value(QStringLiteral("entity")).toString();
    const QString key = step.value(QStringLiteral("key")).toString();
    int target = SummaryId;
    FieldErrorLabels *errors = nullptr;
    MessageBar *bar = nullptr;
    FieldErrorLabels::FieldOf fieldOf;
    if (entity == QLatin1String("library") || entity == QLatin1String("logo")) {
        target = LibraryId;
        auto *p = static_cast<SetupLibraryPage *>(page(LibraryId));
        errors = &p->fields()->errors();
        bar = p->findChild<MessageBar *>(QStringLiteral("pageMessage"));
    } else if (entity == QLatin1String("branch") || (entity == QLatin1String("setting") && key == Keys::DefaultBranch)) {
        target = BranchId;
        auto *p = static_cast<SetupBranchPage *>(page(BranchId));
        errors = &p->fields()->errors();
        bar = p->findChild<MessageBar *>(QStringLiteral("pageMessage"));
        fieldOf = [](const FieldErrorLabels::Reason &) { return QStringLiteral("code"); };
    } else if (entity == QLatin1String("patron_category") || (entity == QLatin1String("setting") && key == Keys::DefaultCategory)) {
        target = CategoriesId;
        auto *p = static_cast<SetupCategoriesPage *>(page(CategoriesId));
        if (entity == QLatin1String("patron_category"))
            p->selectCode(key);
        errors = &p->errors();
        bar = p->messageBar();
    } else if (entity == QLatin1String("item_type")) {
        target = ItemTypesId;
        auto *p = static_cast<SetupItemTypesPage *>(page(ItemTypesId));
        p->selectCode(key);
        errors = &p->errors();
        bar = p->messageBar();
    } else if (entity == QLatin1String("staff")) {
        target = AdminId;
        auto *p = static_cast<SetupAdminPage *>(page(AdminId));
        errors = &p->errors();
        bar = p->findChild<MessageBar *>(QStringLiteral("pageMessage"));
        fieldOf = [](const FieldErrorLabels::Reason &r) {
            if (r.code == QLatin1String("auth.bad_username") || r.code == QLatin1String("auth.username_taken"))
                return QStringLiteral("username");
            if (r.code == QLatin1String("auth.weak_password") || r.code == QLatin1String("library.setup_password"))
                return QStringLiteral("password");
            return QString();
        };
    } else if (entity.isEmpty()) {
        // What the library still lacks (library.setup_incomplete names branch, category or admin).
        const QList<FieldErrorLabels::Reason> reasons = FieldErrorLabels::reasons(error);
        const QString field = reasons.isEmpty() ? QString() : reasons.first().field;
        if (field == QLatin1String("branch"))
            target = BranchId;
        else if (field == QLatin1String("category"))
            target = CategoriesId;
        else if (field == QLatin1String("admin"))
            target = AdminId;
    }
    QStringList lines;
    if (errors) {
        errors->clear();
        const QStringList others = errors->show(error, fieldOf);
        if (bar)
            bar->setMessage(MessageBar::Kind::Error, tr("The library is not set up yet"),
                            others + QStringList{tr("Correct what is marked, then go on to “Set up the library” again. "
                                                    "What was already saved stays.")});
    }
    for (const FieldErrorLabels::Reason &r : FieldErrorLabels::reasons(error))
        lines << r.message;
    const QString pageTitle = target == SummaryId ? QString() : page(target)->title();
    summary->messageBar()->setMessage(MessageBar::Kind::Error,
                                      pageTitle.isEmpty() ? tr("The library is not set up yet")
                                                          : tr("The library is not set up yet: correct “%1”").arg(pageTitle),
                                      lines);
    if (target != SummaryId) {
        // Back to the page concerned once the Finish click is over (the parts before it are done
        // and stay so; applying again finishes the rest).
        QTimer::singleShot(0, this, [this, target, errors] {
            while (currentId() > target)
                back();
            if (errors)
                if (QWidget *w = errors->firstWidget())
                    w->setFocus();
        });
    }
}

// --- 1. language -------------------------------------------------------------------------------

SetupLanguagePage::SetupLanguagePage(SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_welcome(new QLabel(this))
    , m_question(new QLabel(this))
    , m_id(new QRadioButton(QStringLiteral("Bahasa Indonesia"), this))
    , m_en(new QRadioButton(QStringLiteral("English"), this))
{
    setObjectName(QStringLiteral("setupLanguagePage"));
    m_welcome->setWordWrap(true);
    m_question->setWordWrap(true);
    m_question->setStyleSheet(QStringLiteral("font-weight: bold;"));
    // Each language is named in itself, so that a person who cannot read the other finds theirs.
    m_id->setObjectName(QStringLiteral("languageIdRadio"));
    m_en->setObjectName(QStringLiteral("languageEnRadio"));
    (assistant->language() == QLatin1String("en") ? m_en : m_id)->setChecked(true);
    connect(m_id, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_assistant->setLanguage(QStringLiteral("id"));
    });
    connect(m_en, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_assistant->setLanguage(QStringLiteral("en"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addWidget(m_question);
    layout->addWidget(m_id);
    layout->addWidget(m_en);
    layout->addStretch(1);
}

void SetupLanguagePage::retranslate()
{
    setTitle(SetupAssistant::tr("Welcome to Aksara"));
    setSubTitle(SetupAssistant::tr("This library has not been set up yet."));
    m_welcome->setText(SetupAssistant::tr(
        "Before the first member can be registered and the first book lent, Aksara needs to know the library, its first "
        "branch, the kinds of members and of items it has, and who administers it. This assistant asks for them, one "
        "page at a time, and shows everything once more before anything is saved. All of it can be changed later "
        "under Administration."));
    m_question->setText(SetupAssistant::tr("The language of this assistant, of the desk, and of the library's notices "
                                           "and receipts:"));
}

// --- 2. the library ----------------------------------------------------------------------------

SetupLibraryPage::SetupLibraryPage(SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_fields(new LibraryFields(LibraryFields::TimeZone | LibraryFields::Logo, this))
{
    setObjectName(QStringLiteral("setupLibraryPage"));
    setTitle(SetupAssistant::tr("The library"));
    setSubTitle(SetupAssistant::tr("Its name and contacts, as membership cards, slips, receipts and reports show "
                                   "them. The logo is optional."));
    m_fields->setProfile(LibraryProfile{});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(pageMessage(this));
    layout->addStretch(1);
}

bool SetupLibraryPage::validatePage()
{
    m_fields->errors().clear();
    findChild<MessageBar *>(QStringLiteral("pageMessage"))->clear();
    if (m_fields->input().name->isEmpty()) {
        m_fields->errors().set(QStringLiteral("name"), SetupAssistant::tr("The library needs a name."));
        m_fields->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus();
        return false;
    }
    return true;
}

// --- 3. the first branch -----------------------------------------------------------------------

SetupBranchPage::SetupBranchPage(SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_fields(new BranchFields(this))
{
    setObjectName(QStringLiteral("setupBranchPage"));
    setTitle(SetupAssistant::tr("The first branch"));
    setSubTitle(SetupAssistant::tr("The main library, where members are registered and books are lent. More branches "
                                   "can be added later."));
    auto calendars = Circulation::Calendars(assistant->core()).list(assistant->caller());
    if (calendars.ok())
        m_fields->setCalendars(*calendars);
    Library::BranchInput b;
    b.code = QStringLiteral("PUSAT");
    m_fields->setInput(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(pageMessage(this));
    layout->addStretch(1);
}

void SetupBranchPage::initializePage()
{
    // The branch is first offered under the library's name and address.
    if (m_filled)
        return;
    m_filled = true;
    const Library::LibraryInput library = static_cast<SetupLibraryPage *>(m_assistant->page(SetupAssistant::LibraryId))->fields()->input();
    Library::BranchInput b = m_fields->input();
    if (b.name->isEmpty())
        b.name = library.name;
    if (b.address->isEmpty())
        b.address = library.address;
    if (b.phone->isEmpty())
        b.phone = library.phone;
    m_fields->setInput(b);
}

bool SetupBranchPage::validatePage()
{
    m_fields->errors().clear();
    findChild<MessageBar *>(QStringLiteral("pageMessage"))->clear();
    const Library::BranchInput b = m_fields->input();
    if (b.code.isEmpty())
        m_fields->errors().set(QStringLiteral("code"), SetupAssistant::tr("The branch needs a code, such as PUSAT."));
    if (b.name->isEmpty())
        m_fields->errors().set(QStringLiteral("name"), SetupAssistant::tr("The branch needs a name."));
    if (QWidget *w = m_fields->errors().firstWidget()) {
        w->setFocus();
        return false;
    }
    return true;
}

// --- lists: categories and item types ----------------------------------------------------------

SetupListPage::SetupListPage(QWidget *form, const QString &addText, const QString &removeText)
    : m_list(new QListWidget(this))
    , m_remove(new QPushButton(removeText, this))
    , m_message(pageMessage(this))
{
    m_list->setMinimumWidth(260);
    auto *add = new QPushButton(addText, this);
    add->setObjectName(QStringLiteral("addEntryButton"));
    m_remove->setObjectName(QStringLiteral("removeEntryButton"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_shown >= 0 && m_shown < count())
            store(m_shown);
        updateText();
        m_shown = row;
        formErrors().clear();
        if (row >= 0)
            load(row);
        m_remove->setEnabled(row >= 0);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        storeCurrent();
        addEntry();
        reload(count() - 1);
        if (auto *code = findChild<QLineEdit *>(QStringLiteral("codeEdit")))
            code->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_shown = -1;
        removeEntry(row);
        reload(qMin(row, count() - 1));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(form);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addSpacing(12);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
}

FieldErrorLabels &SetupListPage::errors()
{
    return formErrors();
}

void SetupListPage::reload(int select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < count(); ++i)
        m_list->addItem(textAt(i));
    m_shown = -1;
    m_list->setCurrentRow(-1);
    if (select >= 0 && select < count()) {
        m_list->setCurrentRow(select);
        m_shown = select;
        formErrors().clear();
        load(select);
    }
    m_remove->setEnabled(select >= 0 && select < count());
}

void SetupListPage::storeCurrent()
{
    if (m_shown >= 0 && m_shown < count()) {
        store(m_shown);
        updateText();
    }
}

void SetupListPage::updateText()
{
    for (int i = 0; i < count() && i < m_list->count(); ++i)
        m_list->item(i)->setText(textAt(i));
}

bool SetupListPage::selectCode(const QString &code)
{
    storeCurrent();
    for (int i = 0; i < count(); ++i) {
        if (codeAt(i).trimmed().compare(code, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool SetupListPage::checkCodes(const QString &what)
{
    storeCurrent();
    m_message->clear();
    formErrors().clear();
    QStringList seen;
    for (int i = 0; i < count(); ++i) {
        const QString code = codeAt(i).trimmed().toUpper();
        QString problem;
        if (code.isEmpty())
            problem = SetupAssistant::tr("Every %1 needs a code.").arg(what);
        else if (seen.contains(code))
            problem = SetupAssistant::tr("The code %1 is given twice.").arg(codeAt(i).trimmed());
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(i);
            formErrors().set(QStringLiteral("code"), problem);
            if (QWidget *w = formErrors().firstWidget())
                w->setFocus();
            return false;
        }
        seen << code;
    }
    return true;
}

SetupCategoriesPage::SetupCategoriesPage(SetupAssistant *assistant)
    : SetupListPage(new CategoryFields, SetupAssistant::tr("&Add a category"), SetupAssistant::tr("&Remove"))
    , m_fields(nullptr)
    , m_default(new QComboBox(this))
{
    Q_UNUSED(assistant);
    setObjectName(QStringLiteral("setupCategoriesPage"));
    setTitle(SetupAssistant::tr("Patron categories"));
    setSubTitle(SetupAssistant::tr("The kinds of members, each with its membership period, fees and limits. These are "
                                   "the usual ones of an Indonesian public library; change, remove or add as you need."));
    m_fields = findChild<CategoryFields *>();
    m_fields->setCodeEditable(true);
    m_list->setObjectName(QStringLiteral("categoriesList"));
    connect(m_fields, &CategoryFields::edited, this, [this] {
        storeCurrent();
        refreshDefaults();
    });
    m_default->setObjectName(QStringLiteral("defaultCategoryCombo"));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(SetupAssistant::tr("New members get, unless the desk says otherwise:"), this);
    label->setBuddy(m_default);
    row->addWidget(label);
    row->addWidget(m_default, 1);
    static_cast<QVBoxLayout *>(layout())->insertLayout(1, row);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &SetupCategoriesPage::refreshDefaults);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &SetupCategoriesPage::refreshDefaults);
}

FieldErrorLabels &SetupCategoriesPage::formErrors()
{
    return m_fields->errors();
}

void SetupCategoriesPage::setDefaults(const QList<Library::CategoryInput> &categories)
{
    m_items = categories;
    reload(m_items.isEmpty() ? -1 : 0);
    refreshDefaults();
}

void SetupCategoriesPage::refreshDefaults()
{
    const QString chosen = m_default->currentData().toString();
    const QSignalBlocker block(m_default);
    m_default->clear();
    for (const Library::CategoryInput &c : std::as_const(m_items)) {
        const QString code = c.code.trimmed().toUpper();
        if (!code.isEmpty())
            m_default->addItem(QStringLiteral("%1 — %2").arg(code, c.name.value_or(QString())), code);
    }
    const int i = m_default->findData(chosen);
    m_default->setCurrentIndex(i >= 0 ? i : 0);
}

QString SetupCategoriesPage::defaultCategory() const
{
    return m_default->currentData().toString();
}

QList<Library::CategoryInput> SetupCategoriesPage::categories() const
{
    QList<Library::CategoryInput> out = m_items;
    const int row = m_list->currentRow();
    if (row >= 0 && row < out.size())
        out[row] = m_fields->input();
    return out;
}

QString SetupCategoriesPage::codeAt(int i) const
{
    return m_items.at(i).code;
}

QString SetupCategoriesPage::textAt(int i) const
{
    const Library::CategoryInput &c = m_items.at(i);
    const QString code = c.code.trimmed().toUpper();
    return QStringLiteral("%1 — %2").arg(code.isEmpty() ? SetupAssistant::tr("(no code)") : code, c.name.value_or(QString()));
}

void SetupCategoriesPage::load(int i)
{
    m_fields->setInput(m_items.at(i));
}

void SetupCategoriesPage::store(int i)
{
    m_items[i] = m_fields->input();
}

void SetupCategoriesPage::addEntry()
{
    Library::CategoryInput c;
    c.membershipMonths = 12;
    c.enrolmentFee = 0;
    c.debtLimit = 0;
    c.minAge = -1;
    c.maxAge = -1;
    c.nikRequired = false;
    m_items << c;
}

void SetupCategoriesPage::removeEntry(int i)
{
    m_items.removeAt(i);
    refreshDefaults();
}

bool SetupCategoriesPage::validatePage()
{
    if (m_items.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Error, SetupAssistant::tr("The library needs at least one patron category."));
        return false;
    }
    if (!checkCodes(SetupAssistant::tr("category")))
        return false;
    refreshDefaults();
    return true;
}

SetupItemTypesPage::SetupItemTypesPage(SetupAssistant *assistant)
    : SetupListPage(new ItemTypeFields, SetupAssistant::tr("&Add an item type"), SetupAssistant::tr("&Remove"))
    , m_fields(nullptr)
{
    Q_UNUSED(assistant);
    setObjectName(QStringLiteral("setupItemTypesPage"));
    setTitle(SetupAssistant::tr("Item types"));
    setSubTitle(SetupAssistant::tr("The kinds of copies the library keeps, and whether they are lent. Codes are in "
                                   "small letters. Change, remove or add as you need."));
    m_fields = findChild<ItemTypeFields *>();
    m_fields->setCodeEditable(true);
    m_list->setObjectName(QStringLiteral("itemTypesList"));
    connect(m_fields, &ItemTypeFields::edited, this, [this] { storeCurrent(); });
}

FieldErrorLabels &SetupItemTypesPage::formErrors()
{
    return m_fields->errors();
}

void SetupItemTypesPage::setDefaults(const QList<Library::ItemTypeInput> &types)
{
    m_items = types;
    reload(m_items.isEmpty() ? -1 : 0);
}

QList<Library::ItemTypeInput> SetupItemTypesPage::itemTypes() const
{
    QList<Library::ItemTypeInput> out = m_items;
    const int row = m_list->currentRow();
    if (row >= 0 && row < out.size())
        out[row] = m_fields->input();
    return out;
}

QString SetupItemTypesPage::codeAt(int i) const
{
    return m_items.at(i).code;
}

QString SetupItemTypesPage::textAt(int i) const
{
    const Library::ItemTypeInput &t = m_items.at(i);
    const QString code = t.code.trimmed().toLower();
    return QStringLiteral("%1 — %2").arg(code.isEmpty() ? SetupAssistant::tr("(no code)") : code, t.name.value_or(QString()));
}

void SetupItemTypesPage::load(int i)
{
    m_fields->setInput(m_items.at(i));
}

void SetupItemTypesPage::store(int i)
{
    m_items[i] = m_fields->input();
}

void SetupItemTypesPage::addEntry()
{
    Library::ItemTypeInput t;
    t.loanable = true;
    t.defaultPrice = 0;
    m_items << t;
}

void SetupItemTypesPage::removeEntry(int i)
{
    m_items.removeAt(i);
}

bool SetupItemTypesPage::validatePage()
{
    return checkCodes(SetupAssistant::tr("item type"));
}

// --- 6. the first administrator ----------------------------------------------------------------

SetupAdminPage::SetupAdminPage(SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_username(new QLineEdit(QStringLiteral("admin"), this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_existing(new QLabel(this))
{
    setObjectName(QStringLiteral("setupAdminPage"));
    setTitle(SetupAssistant::tr("The first administrator"));
    setSubTitle(SetupAssistant::tr("A staff account with every right: it adds the other staff, and keeps the library's "
                                   "branches, categories, loan rules and settings. The desk signs in with it next."));
    m_username->setMaxLength(64);
    m_username->setPlaceholderText(SetupAssistant::tr("small letters, digits, . _ -"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(SetupAssistant::tr("e.g. Kepala Perpustakaan"));
    for (QLineEdit *e : {m_password, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(256);
    }
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(3);
    int row = 0;
    row = m_errors.addRow(grid, row, QStringLiteral("username"), SetupAssistant::tr("User name"), m_username);
    row = m_errors.addRow(grid, row, QStringLiteral("display_name"), SetupAssistant::tr("Full name"), m_name);
    row = m_errors.addRow(grid, row, QStringLiteral("password"), SetupAssistant::tr("Password"), m_password);
    auto *rule = note(SetupAssistant::tr("At least %1 characters. Nobody can read it back; keep it safe.")
                          .arg(StaffDirectory::kMinPasswordLength),
                      this);
    rule->setObjectName(QStringLiteral("passwordRuleLabel"));
    grid->addWidget(rule, row++, 1);
    row = m_errors.addRow(grid, row, QStringLiteral("repeat"), SetupAssistant::tr("The same again"), m_repeat);
    m_existing->setObjectName(QStringLiteral("existingAccountLabel"));
    m_existing->setWordWrap(true);
    m_existing->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_existing);
    layout->addWidget(pageMessage(this));
    layout->addStretch(1);
}

QString SetupAdminPage::username() const
{
    return m_username->text().trimmed();
}

QString SetupAdminPage::displayName() const
{
    return m_name->text().trimmed();
}

QString SetupAdminPage::password() const
{
    return m_password->text();
}

void SetupAdminPage::initializePage()
{
    m_username->setFocus();
}

bool SetupAdminPage::validatePage()
{
    m_errors.clear();
    findChild<MessageBar *>(QStringLiteral("pageMessage"))->clear();
    m_existing->hide();
    if (username().isEmpty()) {
        m_errors.set(QStringLiteral("username"), SetupAssistant::tr("The administrator needs a user name."));
        m_username->setFocus();
        return false;
    }
    Library::SetupPlan p;
    p.admin.username = username();
    auto needs = Library::Setup(m_assistant->core()).needsAdminPassword(p);
    m_needsPassword = !needs.ok() || *needs;
    if (!m_needsPassword) {
        // An account of that name exists already: it is kept as it is, password and all.
        m_existing->setText(SetupAssistant::tr("There is already a staff account “%1”: it is kept as it is, with its "
                                               "own password.")
                                .arg(username()));
        m_existing->show();
        return true;
    }
    if (m_password->text().size() < StaffDirectory::kMinPasswordLength)
        m_errors.set(QStringLiteral("password"),
                     SetupAssistant::tr("The password needs at least %1 characters.").arg(StaffDirectory::kMinPasswordLength));
    else if (m_repeat->text() != m_password->text())
        m_errors.set(QStringLiteral("repeat"), SetupAssistant::tr("The two passwords differ."));
    if (QWidget *w = m_errors.firstWidget()) {
        w->setFocus();
        return false;
    }
    return true;
}

// --- 7. the summary ----------------------------------------------------------------------------

SetupSummaryPage::SetupSummaryPage(SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_summary(new QLabel(this))
    , m_message(pageMessage(this))
{
    setObjectName(QStringLiteral("setupSummaryPage"));
    setTitle(SetupAssistant::tr("Ready to set up the library"));
    setSubTitle(SetupAssistant::tr("Nothing has been saved yet. Check what follows; Back goes to any page to change it."));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *after = note(SetupAssistant::tr("“Set up the library” saves each part as a change on record, then the desk asks "
                                          "the new administrator to sign in."),
                       this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_message);
    layout->addWidget(after);
}

void SetupSummaryPage::initializePage()
{
    m_message->clear();
    const Library::SetupPlan p = m_assistant->plan();
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto join = [](const QStringList &parts) {
        QStringList kept;
        for (const QString &s : parts)
            if (!s.trimmed().isEmpty())
                kept << s.trimmed();
        return kept.join(QStringLiteral(" · "));
    };
    QString html;
    auto section = [&](const QString &title, const QStringList &lines) {
        html += QStringLiteral("<p style='margin-top:6px; margin-bottom:0'><b>%1</b></p>").arg(esc(title));
        html += QStringLiteral("<ul style='margin-top:0; margin-bottom:0; margin-left:-20px'>");
        for (const QString &l : lines)
            html += QStringLiteral("<li>%1</li>").arg(esc(l));
        html += QStringLiteral("</ul>");
    };
    const QString language = p.library.language == QStringLiteral("en") ? QStringLiteral("English") : QStringLiteral("Bahasa Indonesia");
    section(SetupAssistant::tr("The library"),
            {join({p.library.name.value_or(QString()), p.library.address.value_or(QString()), p.library.phone.value_or(QString()),
                   p.library.email.value_or(QString())}),
             SetupAssistant::tr("Time zone %1; notices and receipts in %2; %3")
                 .arg(p.library.timeZone.value_or(QString()), language,
                      p.logo.isEmpty() ? SetupAssistant::tr("no logo") : SetupAssistant::tr("with its logo"))});
    if (!p.branches.isEmpty()) {
        const Library::BranchInput &b = p.branches.first();
        section(SetupAssistant::tr("The first branch"),
                {join({b.code.trimmed().toUpper(), b.name.value_or(QString()), b.address.value_or(QString()),
                       b.phone.value_or(QString()), b.email.value_or(QString())}),
                 b.calendar.value_or(QString()).isEmpty()
                     ? SetupAssistant::tr("Opening hours and holidays: the library's calendar")
                     : SetupAssistant::tr("Opening hours and holidays: the calendar %1").arg(*b.calendar)});
    }
    QStringList categories;
    for (const Library::CategoryInput &c : p.categories)
        categories << categoryLine(c);
    QString defaultCategory;
    for (const auto &[key, value] : p.settings)
        if (key == Circulation::SettingKeys::DefaultCategory)
            defaultCategory = value;
    if (!defaultCategory.isEmpty())
        categories << SetupAssistant::tr("New members get %1 unless the desk says otherwise.").arg(defaultCategory);
    section(SetupAssistant::tr("Patron categories"), categories);
    QStringList types;
    for (const Library::ItemTypeInput &t : p.itemTypes)
        types << itemTypeLine(t);
    if (types.isEmpty())
        types << SetupAssistant::tr("none for now");
    section(SetupAssistant::tr("Item types"), types);
    section(SetupAssistant::tr("The first administrator"),
            {p.admin.displayName.isEmpty() ? p.admin.username
                                           : QStringLiteral("%1 (%2)").arg(p.admin.username, p.admin.displayName)});
    m_summary->setText(html);
}

QString SetupSummaryPage::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

bool SetupSummaryPage::validatePage()
{
    m_message->clear();
    return m_assistant->apply();
}

} // namespace Aksara::Desk
