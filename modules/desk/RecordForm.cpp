#include "desk/RecordForm.h"

#include "desk/CataloguePage.h"
#include "desk/MessageBar.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Isbn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

QPlainTextEdit *linesEdit(QWidget *parent, int rows)
{
    auto *e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * rows + 12);
    return e;
}
} // namespace

QStringList RecordForm::languageCodes()
{
    return {QStringLiteral("ind"), QStringLiteral("eng"), QStringLiteral("jav"), QStringLiteral("sun"), QStringLiteral("may"),
            QStringLiteral("ara"), QStringLiteral("min"), QStringLiteral("ban"), QStringLiteral("bug"), QStringLiteral("mad"),
            QStringLiteral("ace"), QStringLiteral("chi"), QStringLiteral("jpn"), QStringLiteral("kor"), QStringLiteral("dut"),
            QStringLiteral("ger"), QStringLiteral("fre")};
}

RecordForm::RecordForm(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_authors(linesEdit(this, 3))
    , m_publisher(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_year(new QLineEdit(this))
    , m_isbn(new QLineEdit(this))
    , m_subjects(linesEdit(this, 3))
    , m_callNumber(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_saveAnyway(new QPushButton(tr("Save anyway"), m_warning))
    , m_addCopy(new QCheckBox(tr("Add a copy after saving"), this))
    , m_message(new MessageBar(this))
    , m_isbnTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("recordFormDialog"));
    setWindowTitle(tr("New record"));

    m_title->setPlaceholderText(tr("Title proper, e.g. Laskar pelangi"));
    m_subtitle->setPlaceholderText(tr("Other title information (optional)"));
    m_authors->setPlaceholderText(tr("One name per line, family name first: Hirata, Andrea\nThe first is the main author."));
    m_subjects->setPlaceholderText(tr("One subject per line; subdivisions with --, e.g. Sejarah -- Indonesia"));
    m_year->setMaxLength(4);
    m_year->setPlaceholderText(tr("e.g. 2005"));
    m_isbn->setPlaceholderText(tr("ISBN-10 or ISBN-13, with or without hyphens"));
    m_callNumber->setPlaceholderText(tr("e.g. 899.221 3 HIR l"));
    for (const QString &code : languageCodes())
        m_language->addItem(tr("%1 (%2)").arg(languageName(code), code), code);
    m_language->addItem(tr("Not stated"), QString());
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : Catalogue::RecordTypes::all())
        m_type->addItem(recordTypeName(code), code);
    m_type->setObjectName(QStringLiteral("typeCombo"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    int row = 0;
    row = m_errors.addRow(grid, row, QStringLiteral("title"), tr("Title"), m_title);
    row = m_errors.addRow(grid, row, QStringLiteral("subtitle"), tr("Subtitle"), m_subtitle);
    row = m_errors.addTallRow(grid, row, QStringLiteral("authors"), tr("Authors"), m_authors);
    row = m_errors.addRow(grid, row, QStringLiteral("publisher"), tr("Publisher"), m_publisher);
    row = m_errors.addRow(grid, row, QStringLiteral("place"), tr("Place"), m_place);
    row = m_errors.addRow(grid, row, QStringLiteral("year"), tr("Year"), m_year);
    row = m_errors.addRow(grid, row, QStringLiteral("isbn"), tr("ISBN"), m_isbn);

    // The duplicate warning sits right under the ISBN it is about.
    m_warning->setObjectName(QStringLiteral("isbnWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setStyleSheet(QStringLiteral("QFrame#isbnWarning { background: #fff4d6; border: 1px solid #e0a800; border-radius: 4px; }"
                                            "QLabel { color: #5c4300; }"));
    m_warningText->setObjectName(QStringLiteral("isbnWarningLabel"));
    m_warningText->setWordWrap(true);
    auto *open = new QPushButton(tr("Open it"), m_warning);
    open->setObjectName(QStringLiteral("openDuplicateButton"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    auto *wl = new QVBoxLayout(m_warning);
    wl->setContentsMargins(8, 6, 8, 6);
    wl->addWidget(m_warningText);
    auto *wb = new QHBoxLayout;
    wb->addStretch(1);
    wb->addWidget(open);
    wb->addWidget(m_saveAnyway);
    wl->addLayout(wb);
    m_warning->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_warning->hide();
    grid->addWidget(m_warning, row++, 1);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_duplicateOf > 0) {
            emit openRecord(m_duplicateOf);
            reject();
        }
    });
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] { submit(true); });

    row = m_errors.addTallRow(grid, row, QStringLiteral("subjects"), tr("Subjects"), m_subjects);
    row = m_errors.addRow(grid, row, QStringLiteral("callNumber"), tr("Call number"), m_callNumber);
    row = m_errors.addRow(grid, row, QStringLiteral("language"), tr("Language"), m_language);
    row = m_errors.addRow(grid, row, QStringLiteral("type"), tr("Type"), m_type);

    m_isbnTimer->setSingleShot(true);
    m_isbnTimer->setInterval(400);
    connect(m_isbnTimer, &QTimer::timeout, this, &RecordForm::checkIsbn);
    connect(m_isbn, &QLineEdit::textEdited, this, [this] { m_isbnTimer->start(); });
    connect(m_isbn, &QLineEdit::editingFinished, this, [this] {
        m_isbnTimer->stop();
        checkIsbn();
    });

    m_message->setObjectName(QStringLiteral("recordFormMessage"));
    m_addCopy->setObjectName(QStringLiteral("addCopyCheck"));
    m_addCopy->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("submitButton"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, [this] { submit(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_addCopy);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    m_title->setFocus();
}

RecordForm::~RecordForm()
{
    // Closing moves the focus out of the field, whose editingFinished would then check it on a
    // form already half destroyed.
    m_isbn->disconnect(this);
}

bool RecordForm::addCopyAfterSaving() const
{
    return m_addCopy->isChecked();
}

void RecordForm::checkIsbn()
{
    const QString text = m_isbn->text().trimmed();
    m_errors.clear(QStringLiteral("isbn"));
    m_duplicateOf = 0;
    m_warning->hide();
    if (text.isEmpty())
        return;
    const Catalogue::Isbn::Check check = Catalogue::Isbn::check(text);
    if (check != Catalogue::Isbn::Check::Valid) {
        // While it is being typed, a short number is not wrong yet.
        if (!m_isbn->hasFocus() || Catalogue::Isbn::extract(text).size() >= 13)
            m_errors.set(QStringLiteral("isbn"),
                         tr("\"%1\" is not an ISBN: %2.").arg(text, Catalogue::Isbn::describe(check)));
        return;
    }
    Catalogue::Catalogue catalogue(m_session.core);
    auto found = catalogue.recordsWithIsbn(m_session.caller, text);
    if (!found.ok()) {
        m_message->setError(found.error(), tr("The catalogue could not be asked about this ISBN"));
        return;
    }
    if (found->isEmpty())
        return;
    const Catalogue::SearchHit &h = found->first();
    QStringList facts{h.author, h.year > 0 ? QString::number(h.year) : QString()};
    facts.removeAll(QString());
    showDuplicate(h.bibId, facts.isEmpty() ? tr("“%1” (record %2)").arg(h.title).arg(h.bibId)
                                           : tr("“%1” — %2 (record %3)").arg(h.title, facts.join(QStringLiteral(", "))).arg(h.bibId));
}

void RecordForm::showDuplicate(qint64 bibId, const QString &description)
{
    m_duplicateOf = bibId;
    m_warningText->setText(tr("This ISBN is already in the catalogue: %1. Add a copy to that record, or save a new "
                              "record anyway (another edition, for example).")
                               .arg(description));
    m_warning->show();
}

void RecordForm::submit(bool allowDuplicate)
{
    m_errors.clear();
    m_message->clear();
    Catalogue::SimpleRecord s;
    s.title = m_title->text().trimmed();
    s.subtitle = m_subtitle->text().trimmed();
    const QStringList names = lines(m_authors);
    s.author = names.value(0);
    s.otherAuthors = names.mid(1);
    s.publisher = m_publisher->text().trimmed();
    s.place = m_place->text().trimmed();
    const QString year = m_year->text().trimmed();
    bool yearOk = true;
    s.year = year.isEmpty() ? 0 : year.toInt(&yearOk);
    s.isbn = m_isbn->text().trimmed();
    s.subjects = lines(m_subjects);
    s.callNumber = m_callNumber->text().trimmed();
    s.language = m_language->currentData().toString();
    s.recordType = m_type->currentData().toString();
    if (!yearOk) {
        m_errors.set(QStringLiteral("year"), tr("Write the year of publication in digits, e.g. 2005."));
        m_year->setFocus();
        return;
    }
    Catalogue::Catalogue catalogue(m_session.core);
    auto id = catalogue.createRecord(m_session.caller, s, allowDuplicate);
    if (id.ok()) {
        m_created = *id;
        emit created(*id);
        accept();
        return;
    }
    if (id.error().code == QLatin1String("catalogue.duplicate")) {
        const qint64 existing = id.error().details.value(QStringLiteral("existing_bib")).toInteger();
        checkIsbn();
        if (m_duplicateOf != existing)
            showDuplicate(existing, tr("record %1").arg(existing));
        m_saveAnyway->setFocus();
        return;
    }
    if (QWidget *w = m_errors.show(id.error(), m_message, tr("The record was not saved")))
        w->setFocus();
}

} // namespace Aksara::Desk
