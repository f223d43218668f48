#include "desk/StructureFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
QGridLayout *formGrid(QWidget *owner)
{
    auto *grid = new QGridLayout(owner);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    return grid;
}

QLineEdit *lineEdit(QWidget *parent, int maxLength)
{
    auto *e = new QLineEdit(parent);
    e->setMaxLength(maxLength);
    return e;
}

QSpinBox *ageSpin(QWidget *parent, const QString &none)
{
    auto *s = new QSpinBox(parent);
    s->setRange(-1, 150);
    s->setSpecialValueText(none);
    s->setValue(-1);
    return s;
}

template<typename T>
std::optional<T> ifChanged(const T &value, const T &current)
{
    return value == current ? std::nullopt : std::optional<T>(value);
}
} // namespace

QSpinBox *newRupiahSpin(qint64 max, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, int(qMin<qint64>(max, std::numeric_limits<int>::max())));
    s->setPrefix(QStringLiteral("Rp "));
    s->setGroupSeparatorShown(true);
    s->setSingleStep(1000);
    s->setAlignment(Qt::AlignRight);
    return s;
}

QString comboChoice(const QComboBox *combo)
{
    const int i = combo->currentIndex();
    if (!combo->isEditable())
        return i >= 0 ? combo->itemData(i).toString() : QString();
    const QString text = combo->currentText().trimmed();
    if (i >= 0 && combo->itemText(i) == combo->currentText())
        return combo->itemData(i).toString();
    const int byText = combo->findText(text);
    if (byText >= 0)
        return combo->itemData(byText).toString();
    return text;
}

void setComboChoice(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(value);
}

// --- the library -------------------------------------------------------------------------------

LibraryFields::LibraryFields(int parts, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
    , m_name(lineEdit(this, 120))
    , m_address(lineEdit(this, 300))
    , m_phone(lineEdit(this, 30))
    , m_email(lineEdit(this, 254))
{
    setObjectName(QStringLiteral("libraryFields"));
    auto *grid = formGrid(this);
    int row = 0;
    m_name->setPlaceholderText(tr("e.g. Perpustakaan Kota Sukamaju"));
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    row = m_errors.addRow(grid, row, QStringLiteral("address"), tr("Address"), m_address);
    m_phone->setPlaceholderText(tr("e.g. 0561 123456"));
    row = m_errors.addRow(grid, row, QStringLiteral("phone"), tr("Telephone"), m_phone);
    row = m_errors.addRow(grid, row, QStringLiteral("email"), tr("E-mail"), m_email);
    if (parts & Website) {
        m_website = lineEdit(this, 200);
        m_website->setPlaceholderText(QStringLiteral("https://"));
        row = m_errors.addRow(grid, row, QStringLiteral("website"), tr("Website"), m_website);
    }
    if (parts & TimeZone) {
        m_zone = new QComboBox(this);
        m_zone->setEditable(true);
        m_zone->setInsertPolicy(QComboBox::NoInsert);
        m_zone->addItem(tr("Asia/Jakarta — WIB (Sumatra, Java, West and Central Kalimantan)"), QStringLiteral("Asia/Jakarta"));
        m_zone->addItem(tr("Asia/Makassar — WITA (Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan)"),
                        QStringLiteral("Asia/Makassar"));
        m_zone->addItem(tr("Asia/Jayapura — WIT (Maluku, Papua)"), QStringLiteral("Asia/Jayapura"));
        m_zone->setMinimumContentsLength(24);
        m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row = m_errors.addRow(grid, row, QStringLiteral("time_zone"), tr("Time zone"), m_zone);
    }
    if (parts & Language) {
        m_language = new QComboBox(this);
        m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
        m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
        row = m_errors.addRow(grid, row, QStringLiteral("language"), tr("Language of notices"), m_language);
    }
    if (parts & Logo) {
        m_logoPreview = new QLabel(this);
        m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
        m_logoPreview->setFixedSize(180, 90);
        m_logoPreview->setAlignment(Qt::AlignCenter);
        m_logoPreview->setStyleSheet(QStringLiteral("border: 1px solid #c8c8c8; background: #ffffff; color: #8a8a8a;"));
        auto *choose = new QPushButton(tr("&Choose logo…"), this);
        choose->setObjectName(QStringLiteral("chooseLogoButton"));
        m_removeLogo = new QPushButton(tr("&Remove logo"), this);
        m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
        connect(choose, &QPushButton::clicked, this, &LibraryFields::chooseLogo);
        connect(m_removeLogo, &QPushButton::clicked, this, &LibraryFields::removeLogo);
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(choose);
        buttons->addWidget(m_removeLogo);
        auto *hint = new QLabel(tr("PNG or JPEG, at most 1 MiB; printed on cards, slips and reports."), this);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #5f6b73;"));
        buttons->addWidget(hint);
        buttons->addStretch(1);
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(m_logoPreview);
        h->addLayout(buttons, 1);
        row = m_errors.addRow(grid, row, QStringLiteral("logo"), tr("Logo"), box);
        box->setObjectName(QStringLiteral("logoBox"));
        showLogo();
    }
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &LibraryFields::submitted);
}

void LibraryFields::setProfile(const LibraryProfile &profile)
{
    m_profile = profile;
    m_logo.reset();
    m_name->setText(profile.name);
    m_address->setText(profile.address);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    if (m_website)
        m_website->setText(profile.website);
    if (m_zone)
        setComboChoice(m_zone, profile.timeZone);
    if (m_language)
        setComboChoice(m_language, profile.language);
    if (m_logoPreview)
        showLogo();
}

void LibraryFields::rebase(const LibraryProfile &profile, bool logoSaved)
{
    m_profile = profile;
    if (logoSaved)
        m_logo.reset();
    showLogo();
}

Library::LibraryInput LibraryFields::input() const
{
    Library::LibraryInput in;
    in.name = m_name->text().trimmed();
    in.address = m_address->text().trimmed();
    in.phone = m_phone->text().trimmed();
    in.email = m_email->text().trimmed();
    if (m_website)
        in.website = m_website->text().trimmed();
    if (m_zone)
        in.timeZone = comboChoice(m_zone);
    if (m_language)
        in.language = comboChoice(m_language);
    return in;
}

Library::LibraryInput LibraryFields::changes() const
{
    const Library::LibraryInput in = input();
    Library::LibraryInput out;
    auto diff = [](const std::optional<QString> &v, const QString &current) {
        return v && *v != current ? v : std::nullopt;
    };
    out.name = diff(in.name, m_profile.name);
    out.address = diff(in.address, m_profile.address);
    out.phone = diff(in.phone, m_profile.phone);
    out.email = diff(in.email, m_profile.email);
    out.website = diff(in.website, m_profile.website);
    out.timeZone = diff(in.timeZone, m_profile.timeZone);
    out.language = diff(in.language, m_profile.language);
    return out;
}

bool LibraryFields::hasEdits() const
{
    const Library::LibraryInput c = changes();
    return m_logo || c.name || c.address || c.phone || c.email || c.website || c.timeZone || c.language;
}

void LibraryFields::showLogo()
{
    if (!m_logoPreview)
        return;
    const QByteArray data = shownLogo();
    QPixmap pm;
    if (!data.isEmpty() && pm.loadFromData(data)) {
        m_logoPreview->setPixmap(pm.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!data.isEmpty());
}

bool LibraryFields::setLogoFile(const QString &path)
{
    QFile f(path);
    QByteArray data;
    if (f.open(QIODevice::ReadOnly))
        data = f.read(Library::Administration::kMaxLogoBytes * 4);
    QImage image;
    if (data.isEmpty() || !image.loadFromData(data)) {
        m_errors.set(QStringLiteral("logo"), tr("%1 is not a picture that can be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    // PNG or JPEG and its size are the library module's to check when it is saved: its reason is
    // then shown here.
    m_logo = data;
    showLogo();
    return true;
}

void LibraryFields::setLogoData(const QByteArray &image)
{
    m_logo = image;
    showLogo();
}

void LibraryFields::removeLogo()
{
    m_logo = QByteArray();
    showLogo();
}

void LibraryFields::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the library's logo"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty()) {
        m_errors.clear();
        setLogoFile(path);
    }
}

// --- a branch ----------------------------------------------------------------------------------

BranchFields::BranchFields(QWidget *parent)
    : QWidget(parent)
    , m_code(lineEdit(this, 16))
    , m_name(lineEdit(this, 120))
    , m_address(lineEdit(this, 300))
    , m_phone(lineEdit(this, 30))
    , m_email(lineEdit(this, 254))
    , m_calendar(new QComboBox(this))
{
    setObjectName(QStringLiteral("branchFields"));
    auto *grid = formGrid(this);
    int row = 0;
    m_code->setPlaceholderText(tr("e.g. PUSAT (capital letters and digits)"));
    row = m_errors.addRow(grid, row, QStringLiteral("code"), tr("Code"), m_code);
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    row = m_errors.addRow(grid, row, QStringLiteral("address"), tr("Address"), m_address);
    row = m_errors.addRow(grid, row, QStringLiteral("phone"), tr("Telephone"), m_phone);
    row = m_errors.addRow(grid, row, QStringLiteral("email"), tr("E-mail"), m_email);
    m_calendar->setEditable(true);
    m_calendar->setInsertPolicy(QComboBox::NoInsert);
    m_calendar->setToolTip(tr("The opening hours and holidays that due dates and overdue fees count with."));
    row = m_errors.addRow(grid, row, QStringLiteral("calendar"), tr("Calendar"), m_calendar);
    setCalendars({});
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &BranchFields::submitted);
}

void BranchFields::setCalendars(const QList<Circulation::CalendarView> &calendars)
{
    const QString chosen = comboChoice(m_calendar);
    m_calendar->clear();
    m_calendar->addItem(tr("The library's calendar"), QString());
    for (const Circulation::CalendarView &c : calendars) {
        if (c.code == QLatin1String("library"))
            continue; // the entry above
        m_calendar->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    }
    setComboChoice(m_calendar, chosen);
}

void BranchFields::setBranch(const Library::BranchInfo *branch)
{
    m_errors.clear();
    if (branch)
        m_current = *branch;
    else
        m_current.reset();
    m_code->setReadOnly(branch != nullptr);
    m_code->setText(branch ? branch->code : QString());
    m_name->setText(branch ? branch->name : QString());
    m_address->setText(branch ? branch->address : QString());
    m_phone->setText(branch ? branch->phone : QString());
    m_email->setText(branch ? branch->email : QString());
    setComboChoice(m_calendar, branch && branch->calendar != QLatin1String("library") ? branch->calendar : QString());
}

void BranchFields::setInput(const Library::BranchInput &in)
{
    m_current.reset();
    m_code->setReadOnly(false);
    m_code->setText(in.code);
    m_name->setText(in.name.value_or(QString()));
    m_address->setText(in.address.value_or(QString()));
    m_phone->setText(in.phone.value_or(QString()));
    m_email->setText(in.email.value_or(QString()));
    setComboChoice(m_calendar, in.calendar.value_or(QString()));
}

Library::BranchInput BranchFields::input() const
{
    Library::BranchInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.address = m_address->text().trimmed();
    in.phone = m_phone->text().trimmed();
    in.email = m_email->text().trimmed();
    in.calendar = comboChoice(m_calendar);
    return in;
}

Library::BranchInput BranchFields::changes() const
{
    Library::BranchInput in = input();
    if (!m_current)
        return in;
    const Library::BranchInfo &b = *m_current;
    in.code = b.code;
    in.name = ifChanged(*in.name, b.name);
    in.address = ifChanged(*in.address, b.address);
    in.phone = ifChanged(*in.phone, b.phone);
    in.email = ifChanged(*in.email, b.email);
    in.calendar = ifChanged(*in.calendar, b.calendar == QLatin1String("library") ? QString() : b.calendar);
    return in;
}

bool BranchFields::hasEdits() const
{
    const Library::BranchInput c = changes();
    if (isNew())
        return !c.code.isEmpty() || !c.name->isEmpty() || !c.address->isEmpty() || !c.phone->isEmpty() || !c.email->isEmpty()
               || !c.calendar->isEmpty();
    return c.name || c.address || c.phone || c.email || c.calendar;
}

// --- a patron category -------------------------------------------------------------------------

CategoryFields::CategoryFields(QWidget *parent)
    : QWidget(parent)
    , m_code(lineEdit(this, 16))
    , m_name(lineEdit(this, 120))
    , m_months(new QSpinBox(this))
    , m_fee(newRupiahSpin(100000000, this))
    , m_debt(newRupiahSpin(100000000, this))
    , m_minAge(ageSpin(this, tr("any age")))
    , m_maxAge(ageSpin(this, tr("any age")))
    , m_nik(new QCheckBox(tr("Members must give their NIK"), this))
{
    setObjectName(QStringLiteral("categoryFields"));
    auto *grid = formGrid(this);
    int row = 0;
    m_code->setPlaceholderText(tr("e.g. UMUM"));
    row = m_errors.addRow(grid, row, QStringLiteral("code"), tr("Code"), m_code);
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    row = m_errors.addRow(grid, row, QStringLiteral("membership_months"), tr("Membership"), m_months);
    m_fee->setToolTip(tr("Charged when a member joins."));
    row = m_errors.addRow(grid, row, QStringLiteral("enrolment_fee"), tr("Enrolment fee"), m_fee);
    m_debt->setToolTip(tr("What a member may owe and still borrow."));
    row = m_errors.addRow(grid, row, QStringLiteral("debt_limit"), tr("Debt limit"), m_debt);
    m_minAge->setSuffix(tr(" years"));
    row = m_errors.addRow(grid, row, QStringLiteral("min_age"), tr("From the age of"), m_minAge);
    m_maxAge->setSuffix(tr(" years"));
    row = m_errors.addRow(grid, row, QStringLiteral("max_age"), tr("Up to the age of"), m_maxAge);
    m_nik->setToolTip(tr("School libraries register pupils without one."));
    row = m_errors.addRow(grid, row, QStringLiteral("nik_required"), tr("NIK"), m_nik);
    m_nik->setObjectName(QStringLiteral("nikRequiredCheck"));

    connect(m_code, &QLineEdit::textEdited, this, &CategoryFields::edited);
    connect(m_name, &QLineEdit::textEdited, this, &CategoryFields::edited);
    for (QSpinBox *s : {m_months, m_fee, m_debt, m_minAge, m_maxAge})
        connect(s, &QSpinBox::valueChanged, this, &CategoryFields::edited);
    connect(m_nik, &QCheckBox::toggled, this, &CategoryFields::edited);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &CategoryFields::submitted);
}

void CategoryFields::setCodeEditable(bool editable)
{
    m_code->setReadOnly(!editable);
}

void CategoryFields::setCategory(const Library::CategoryInfo *c)
{
    const QSignalBlocker block(this);
    m_errors.clear();
    if (c)
        m_current = *c;
    else
        m_current.reset();
    m_code->setReadOnly(c != nullptr);
    m_code->setText(c ? c->code : QString());
    m_name->setText(c ? c->name : QString());
    m_months->setValue(c ? c->membershipMonths : 12);
    m_fee->setValue(int(c ? c->enrolmentFee : 0));
    m_debt->setValue(int(c ? c->debtLimit : 0));
    m_minAge->setValue(c ? c->minAge : -1);
    m_maxAge->setValue(c ? c->maxAge : -1);
    m_nik->setChecked(c ? c->nikRequired : true);
}

void CategoryFields::setInput(const Library::CategoryInput &in)
{
    const QSignalBlocker block(this);
    m_current.reset();
    m_code->setText(in.code);
    m_name->setText(in.name.value_or(QString()));
    m_months->setValue(in.membershipMonths.value_or(12));
    m_fee->setValue(int(in.enrolmentFee.value_or(0)));
    m_debt->setValue(int(in.debtLimit.value_or(0)));
    m_minAge->setValue(in.minAge.value_or(-1));
    m_maxAge->setValue(in.maxAge.value_or(-1));
    m_nik->setChecked(in.nikRequired.value_or(false));
}

Library::CategoryInput CategoryFields::input() const
{
    Library::CategoryInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.membershipMonths = m_months->value();
    in.enrolmentFee = m_fee->value();
    in.debtLimit = m_debt->value();
    in.minAge = m_minAge->value();
    in.maxAge = m_maxAge->value();
    in.nikRequired = m_nik->isChecked();
    return in;
}

Library::CategoryInput CategoryFields::changes() const
{
    Library::CategoryInput in = input();
    if (!m_current)
        return in;
    const Library::CategoryInfo &c = *m_current;
    in.code = c.code;
    in.name = ifChanged(*in.name, c.name);
    in.membershipMonths = ifChanged(*in.membershipMonths, c.membershipMonths);
    in.enrolmentFee = ifChanged(*in.enrolmentFee, c.enrolmentFee);
    in.debtLimit = ifChanged(*in.debtLimit, c.debtLimit);
    in.minAge = ifChanged(*in.minAge, c.minAge);
    in.maxAge = ifChanged(*in.maxAge, c.maxAge);
    in.nikRequired = ifChanged(*in.nikRequired, c.nikRequired);
    return in;
}

bool CategoryFields::hasEdits() const
{
    const Library::CategoryInput c = changes();
    if (isNew())
        return !c.code.isEmpty() || !c.name->isEmpty();
    return c.name || c.membershipMonths || c.enrolmentFee || c.debtLimit || c.minAge || c.maxAge || c.nikRequired;
}

// --- an item type ------------------------------------------------------------------------------

ItemTypeFields::ItemTypeFields(QWidget *parent)
    : QWidget(parent)
    , m_code(lineEdit(this, 32))
    , m_name(lineEdit(this, 120))
    , m_loanable(new QCheckBox(tr("Copies of this type are lent"), this))
    , m_price(newRupiahSpin(1000000000, this))
{
    setObjectName(QStringLiteral("itemTypeFields"));
    auto *grid = formGrid(this);
    int row = 0;
    m_code->setPlaceholderText(tr("e.g. book (small letters)"));
    row = m_errors.addRow(grid, row, QStringLiteral("code"), tr("Code"), m_code);
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("Name"), m_name);
    m_loanable->setObjectName(QStringLiteral("loanableCheck"));
    row = m_errors.addRow(grid, row, QStringLiteral("loanable"), tr("Lending"), m_loanable);
    m_price->setToolTip(tr("The replacement price a new copy gets when it is added without one."));
    row = m_errors.addRow(grid, row, QStringLiteral("default_price"), tr("Default price"), m_price);
    connect(m_code, &QLineEdit::textEdited, this, &ItemTypeFields::edited);
    connect(m_name, &QLineEdit::textEdited, this, &ItemTypeFields::edited);
    connect(m_loanable, &QCheckBox::toggled, this, &ItemTypeFields::edited);
    connect(m_price, &QSpinBox::valueChanged, this, &ItemTypeFields::edited);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &ItemTypeFields::submitted);
}

void ItemTypeFields::setCodeEditable(bool editable)
{
    m_code->setReadOnly(!editable);
}

void ItemTypeFields::setItemType(const Library::ItemTypeInfo *t)
{
    const QSignalBlocker block(this);
    m_errors.clear();
    if (t)
        m_current = *t;
    else
        m_current.reset();
    m_code->setReadOnly(t != nullptr);
    m_code->setText(t ? t->code : QString());
    m_name->setText(t ? t->name : QString());
    m_loanable->setChecked(t ? t->loanable : true);
    m_price->setValue(int(t ? t->defaultPrice : 0));
}

void ItemTypeFields::setInput(const Library::ItemTypeInput &in)
{
    const QSignalBlocker block(this);
    m_current.reset();
    m_code->setText(in.code);
    m_name->setText(in.name.value_or(QString()));
    m_loanable->setChecked(in.loanable.value_or(true));
    m_price->setValue(int(in.defaultPrice.value_or(0)));
}

Library::ItemTypeInput ItemTypeFields::input() const
{
    Library::ItemTypeInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.loanable = m_loanable->isChecked();
    in.defaultPrice = m_price->value();
    return in;
}

Library::ItemTypeInput ItemTypeFields::changes() const
{
    Library::ItemTypeInput in = input();
    if (!m_current)
        return in;
    const Library::ItemTypeInfo &t = *m_current;
    in.code = t.code;
    in.name = ifChanged(*in.name, t.name);
    in.loanable = ifChanged(*in.loanable, t.loanable);
    in.defaultPrice = ifChanged(*in.defaultPrice, t.defaultPrice);
    return in;
}

bool ItemTypeFields::hasEdits() const
{
    const Library::ItemTypeInput c = changes();
    if (isNew())
        return !c.code.isEmpty() || !c.name->isEmpty();
    return c.name || c.loanable || c.defaultPrice;
}

} // namespace Aksara::Desk
