#include "desk/PatronForm.h"

#include "desk/MessageBar.h"

#include "circulation/Patrons.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
const QDate kNoDate(1900, 1, 1);

const QString kNikBirthMismatch = QStringLiteral("circulation.nik_birth_date_mismatch");

// Which field a refusal's reason belongs to (a disagreement between the NIK and the birth date: the
// NIK; the birth date is marked as well).
QString fieldOf(const FieldErrorLabels::Reason &reason)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("circulation.bad_name"), QStringLiteral("name")},
        {QStringLiteral("circulation.bad_nik"), QStringLiteral("nik")},
        {QStringLiteral("circulation.duplicate_nik"), QStringLiteral("nik")},
        {kNikBirthMismatch, QStringLiteral("nik")},
        {QStringLiteral("circulation.bad_birth_date"), QStringLiteral("birth")},
        {QStringLiteral("circulation.bad_email"), QStringLiteral("email")},
        {QStringLiteral("circulation.bad_phone"), QStringLiteral("phone")},
        {QStringLiteral("circulation.bad_photo"), QStringLiteral("photo")},
        {QStringLiteral("circulation.bad_language"), QStringLiteral("language")},
        {QStringLiteral("circulation.unknown_branch"), QStringLiteral("branch")},
        {QStringLiteral("circulation.no_branch"), QStringLiteral("branch")},
        {QStringLiteral("circulation.unknown_category"), QStringLiteral("category")},
        {QStringLiteral("circulation.no_category"), QStringLiteral("category")},
        {QStringLiteral("circulation.bad_card_number"), QStringLiteral("card")},
        {QStringLiteral("circulation.duplicate_card"), QStringLiteral("card")},
        {QStringLiteral("circulation.bad_status"), QStringLiteral("status")},
        {QStringLiteral("circulation.bad_expiry"), QStringLiteral("expires")},
    };
    return map.value(reason.code);
}
} // namespace

PatronForm::PatronForm(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    build();
}

PatronForm::PatronForm(DeskSession &session, const Circulation::Patron &patron, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(patron)
{
    build();
}

void PatronForm::build()
{
    const bool reg = isRegistration();
    setObjectName(reg ? QStringLiteral("registerDialog") : QStringLiteral("editPatronDialog"));
    setWindowTitle(reg ? tr("Register a new member") : tr("Member details — %1").arg(m_existing->cardNumber));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    int row = 0;
    auto add = [&](const QString &field, const QString &label, QWidget *w) { row = m_errors.addRow(grid, row, field, label, w); };

    if (reg) {
        m_card = new QLineEdit(this);
        m_card->setPlaceholderText(tr("Leave empty for a new number, or scan a pre-printed card"));
        add(QStringLiteral("card"), tr("Card number"), m_card);
    }
    m_name = new QLineEdit(this);
    add(QStringLiteral("name"), tr("Full name"), m_name);
    m_nik = new QLineEdit(this);
    m_nik->setPlaceholderText(tr("16 digits, from the KTP or KK"));
    m_nik->setMaxLength(20);
    add(QStringLiteral("nik"), tr("NIK"), m_nik);
    m_birth = new QDateEdit(this);
    m_birth->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_birth->setMinimumDate(kNoDate);
    m_birth->setSpecialValueText(tr("not given"));
    m_birth->setDate(kNoDate);
    add(QStringLiteral("birth"), tr("Date of birth"), m_birth);
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_name->sizeHint().height() * 2 + 6);
    add(QStringLiteral("address"), tr("Address"), m_address);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. 0812 3456 7890"));
    add(QStringLiteral("phone"), tr("Phone"), m_phone);
    m_email = new QLineEdit(this);
    add(QStringLiteral("email"), tr("E-mail"), m_email);
    m_branch = new QComboBox(this);
    for (const BranchInfo &b : std::as_const(m_session.library.branches))
        m_branch->addItem(b.name, b.code);
    add(QStringLiteral("branch"), tr("Home branch"), m_branch);
    m_category = new QComboBox(this);
    for (const CategoryInfo &c : std::as_const(m_session.library.categories))
        m_category->addItem(c.name, c.code);
    add(QStringLiteral("category"), tr("Category"), m_category);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    add(QStringLiteral("language"), tr("Language"), m_language);
    if (!reg) {
        m_expires = new QDateEdit(this);
        m_expires->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        m_expires->setCalendarPopup(true);
        add(QStringLiteral("expires"), tr("Valid until"), m_expires);
        m_status = new QComboBox(this);
        m_status->addItem(tr("Active member"), QStringLiteral("active"));
        m_status->addItem(tr("Has left the library"), QStringLiteral("left"));
        add(QStringLiteral("status"), tr("Membership"), m_status);
    }

    // The photo, to the right.
    m_photoLabel = new QLabel(this);
    m_photoLabel->setObjectName(QStringLiteral("photoPreview"));
    m_photoLabel->setFixedSize(150, 190);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setStyleSheet(QStringLiteral("border: 1px solid #c8c8c8; background: #f2f4f5; color: #8a8a8a;"));
    auto *choose = new QPushButton(tr("Choose photo…"), this);
    choose->setObjectName(QStringLiteral("choosePhotoButton"));
    auto *remove = new QPushButton(tr("Remove photo"), this);
    remove->setObjectName(QStringLiteral("removePhotoButton"));
    connect(choose, &QPushButton::clicked, this, &PatronForm::choosePhoto);
    connect(remove, &QPushButton::clicked, this, &PatronForm::removePhoto);
    QLabel *photoError = m_errors.addField(QStringLiteral("photo"));
    photoError->setFixedWidth(150);
    auto *photoColumn = new QVBoxLayout;
    photoColumn->addWidget(m_photoLabel);
    photoColumn->addWidget(choose);
    photoColumn->addWidget(remove);
    photoColumn->addWidget(photoError);
    photoColumn->addStretch(1);

    auto *fields = new QVBoxLayout;
    fields->addLayout(grid);
    fields->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(fields, 1);
    top->addSpacing(12);
    top->addLayout(photoColumn);

    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("formMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *ok = buttons->addButton(reg ? tr("Register") : tr("Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &PatronForm::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_openCard = new QCheckBox(tr("Show the membership card after registering"), this);
    m_openCard->setObjectName(QStringLiteral("openCardCheck"));
    m_openCard->setChecked(true);
    m_openCard->setVisible(reg);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_openCard);
    layout->addWidget(buttons);

    // Defaults, or the member as they are.
    auto select = [](QComboBox *c, const QString &code) {
        const int i = c->findData(code);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    if (reg) {
        select(m_branch, m_session.branchCode.isEmpty() ? m_session.library.defaultBranch : m_session.branchCode);
        select(m_category, m_session.library.defaultCategory);
        select(m_language, m_session.caller.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id"));
    } else {
        const Circulation::Patron &p = *m_existing;
        m_name->setText(p.name);
        m_nik->setText(p.nik);
        m_birth->setDate(p.birthDate.isValid() ? p.birthDate : kNoDate);
        m_address->setPlainText(p.address);
        m_phone->setText(p.phone);
        m_email->setText(p.email);
        select(m_branch, p.homeBranchCode);
        select(m_category, p.categoryCode);
        select(m_language, p.language);
        m_expires->setDate(p.expiresOn);
        select(m_status, p.status == QLatin1String("left") ? QStringLiteral("left") : QStringLiteral("active"));
        m_status->setEnabled(p.status != QLatin1String("blocked"));
        if (p.hasPhoto) {
            Circulation::Patrons patrons(m_session.core);
            auto photo = patrons.photo(m_session.caller, p.cardNumber);
            if (photo.ok())
                m_currentPhoto = *photo;
        }
    }
    showPhoto();
    setMinimumWidth(720);
    (reg ? m_card : m_name)->setFocus();
}

bool PatronForm::openCardAfterSaving() const
{
    return isRegistration() && m_openCard->isChecked();
}

void PatronForm::showPhoto()
{
    const QByteArray data = m_photo ? *m_photo : m_currentPhoto;
    QPixmap pm;
    if (!data.isEmpty() && pm.loadFromData(data)) {
        m_photoLabel->setPixmap(pm.scaled(m_photoLabel->size() - QSize(2, 2), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_photoLabel->setPixmap(QPixmap());
        m_photoLabel->setText(tr("No photo"));
    }
}

bool PatronForm::setPhotoFile(const QString &path)
{
    m_errors.clear(QStringLiteral("photo"));
    QFile f(path);
    QByteArray data;
    if (f.open(QIODevice::ReadOnly))
        data = f.readAll();
    QImage image;
    if (data.isEmpty() || !image.loadFromData(data)) {
        m_errors.set(QStringLiteral("photo"), tr("This file is not a picture that can be read."));
        return false;
    }
    const QByteArray format = QImageReader::imageFormat(path);
    // Cards and the desk show small pictures: a large photo or another format is scaled down and
    // stored as JPEG, which keeps it well under the 2 MiB the module accepts.
    if ((format != "png" && format != "jpeg") || data.size() > 512 * 1024 || image.width() > 800 || image.height() > 1000) {
        const QImage small = image.scaled(600, 750, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer buffer(&data);
        data.clear();
        buffer.open(QIODevice::WriteOnly);
        small.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 88);
    }
    m_photo = data;
    showPhoto();
    return true;
}

void PatronForm::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        setPhotoFile(path);
}

void PatronForm::removePhoto()
{
    m_photo = QByteArray();
    showPhoto();
}

void PatronForm::submit()
{
    m_errors.clear();
    m_message->clear();
    Circulation::PatronInput in;
    auto text = [](const QString &s) { return s.trimmed(); };
    in.name = text(m_name->text());
    in.nik = text(m_nik->text());
    in.address = text(m_address->toPlainText());
    in.phone = text(m_phone->text());
    in.email = text(m_email->text());
    in.branchCode = m_branch->currentData().toString();
    in.categoryCode = m_category->currentData().toString();
    in.language = m_language->currentData().toString();
    if (m_birth->date() != kNoDate)
        in.birthDate = m_birth->date();
    else if (!isRegistration())
        in.birthDate = QDate();
    if (m_photo)
        in.photo = *m_photo;

    Circulation::Patrons patrons(m_session.core);
    Result<Circulation::Patron> r = Error::failed(QString(), QString());
    if (isRegistration()) {
        if (!text(m_card->text()).isEmpty())
            in.cardNumber = text(m_card->text());
        r = patrons.registerPatron(m_session.caller, in);
    } else {
        if (m_expires->date() != m_existing->expiresOn)
            in.expiresOn = m_expires->date();
        if (m_status->isEnabled())
            in.status = m_status->currentData().toString();
        r = patrons.edit(m_session.caller, m_existing->cardNumber, in);
    }
    if (r.ok()) {
        emit saved(*r);
        accept();
        return;
    }
    // Every reason next to its field; the rest (and failures) above the buttons.
    m_errors.show(r.error(), m_message, isRegistration() ? tr("The member was not registered") : tr("Not saved"), fieldOf);
    if (!r.error().isRefusal())
        return;
    // The keyboard goes to the field of the module's first reason.
    QWidget *first = nullptr;
    for (const FieldErrorLabels::Reason &reason : FieldErrorLabels::reasons(r.error())) {
        if (reason.code == kNikBirthMismatch)
            m_errors.set(QStringLiteral("birth"), tr("Does not agree with the NIK above."));
        if (!first && !fieldOf(reason).isEmpty())
            first = findChild<QWidget *>(fieldOf(reason) + QStringLiteral("Edit"));
    }
    if (first)
        first->setFocus();
}

} // namespace Aksara::Desk
