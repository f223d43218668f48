#include "desk/CopyCataloguing.h"

#include "desk/MessageBar.h"

#include "catalogue/BibFields.h"
#include "catalogue/Catalogue.h"
#include "catalogue/MarcText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

CopyCataloguing::CopyCataloguing(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(new Catalogue::SruClient(this))
    , m_target(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_isbn(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_status(new QLabel(this))
    , m_prev(new QPushButton(tr("‹ Previous"), this))
    , m_next(new QPushButton(tr("Next ›"), this))
    , m_results(new QTableWidget(0, 4, this))
    , m_preview(new QPlainTextEdit(this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_message(new MessageBar(this))
    , m_addCopy(new QCheckBox(tr("Add a copy after importing"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_importAnyway(new QPushButton(tr("Import anyway"), this))
{
    setObjectName(QStringLiteral("copyCataloguingDialog"));
    setWindowTitle(tr("Copy cataloguing — records from another library"));
    m_target->setObjectName(QStringLiteral("sruTargetCombo"));
    m_title->setObjectName(QStringLiteral("sruTitleEdit"));
    m_author->setObjectName(QStringLiteral("sruAuthorEdit"));
    m_isbn->setObjectName(QStringLiteral("sruIsbnEdit"));
    m_title->setPlaceholderText(tr("Words of the title"));
    m_author->setPlaceholderText(tr("Family name"));
    m_isbn->setPlaceholderText(tr("ISBN (scan the barcode)"));
    for (QLineEdit *e : {m_title, m_author, m_isbn}) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &CopyCataloguing::search);
    }
    m_search->setObjectName(QStringLiteral("sruSearchButton"));
    m_search->setAutoDefault(false);
    m_stop->setObjectName(QStringLiteral("sruStopButton"));
    m_stop->setAutoDefault(false);
    m_stop->setEnabled(false);
    connect(m_search, &QPushButton::clicked, this, &CopyCataloguing::search);
    connect(m_stop, &QPushButton::clicked, this, &CopyCataloguing::stop);
    m_status->setObjectName(QStringLiteral("sruStatusLabel"));
    m_prev->setObjectName(QStringLiteral("sruPreviousButton"));
    m_next->setObjectName(QStringLiteral("sruNextButton"));
    for (QPushButton *b : {m_prev, m_next}) {
        b->setEnabled(false);
        b->setAutoDefault(false);
    }
    connect(m_prev, &QPushButton::clicked, this, &CopyCataloguing::previousPage);
    connect(m_next, &QPushButton::clicked, this, &CopyCataloguing::nextPage);

    m_results->setObjectName(QStringLiteral("sruResultsTable"));
    m_results->setHorizontalHeaderLabels({tr("Title"), tr("Author"), tr("Year"), tr("ISBN")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { showRecord(row); });
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &CopyCataloguing::import);

    m_preview->setObjectName(QStringLiteral("sruPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setPlaceholderText(tr("Choose a record to see it in MARC."));

    m_warning->setObjectName(QStringLiteral("sruDuplicateWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setStyleSheet(QStringLiteral("QFrame#sruDuplicateWarning { background: #fff4d6; border: 1px solid #e0a800; "
                                            "border-radius: 4px; } QLabel { color: #5c4300; }"));
    m_warningText->setObjectName(QStringLiteral("sruDuplicateLabel"));
    m_warningText->setWordWrap(true);
    auto *open = new QPushButton(tr("Open ours"), m_warning);
    open->setObjectName(QStringLiteral("sruOpenDuplicateButton"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_duplicateOf > 0) {
            emit openRecord(m_duplicateOf);
            reject();
        }
    });
    auto *wl = new QHBoxLayout(m_warning);
    wl->setContentsMargins(8, 6, 8, 6);
    wl->addWidget(m_warningText, 1);
    wl->addWidget(open, 0, Qt::AlignTop);
    m_warning->hide();

    m_message->setObjectName(QStringLiteral("sruMessage"));
    m_addCopy->setObjectName(QStringLiteral("sruAddCopyCheck"));
    m_addCopy->setChecked(true);
    m_import->setObjectName(QStringLiteral("sruImportButton"));
    m_import->setEnabled(false);
    m_import->setAutoDefault(false);
    m_importAnyway->setObjectName(QStringLiteral("sruImportAnywayButton"));
    m_importAnyway->setAutoDefault(false);
    m_importAnyway->hide();
    connect(m_import, &QPushButton::clicked, this, &CopyCataloguing::import);
    connect(m_importAnyway, &QPushButton::clicked, this, &CopyCataloguing::importAnyway);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->addButton(m_importAnyway, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *query = new QGridLayout;
    query->setHorizontalSpacing(8);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    query->addWidget(label(tr("Library"), m_target), 0, 0);
    query->addWidget(m_target, 0, 1, 1, 5);
    query->addWidget(label(tr("Title"), m_title), 1, 0);
    query->addWidget(m_title, 1, 1);
    query->addWidget(label(tr("Author"), m_author), 1, 2);
    query->addWidget(m_author, 1, 3);
    query->addWidget(label(tr("ISBN"), m_isbn), 1, 4);
    query->addWidget(m_isbn, 1, 5);
    query->setColumnStretch(1, 3);
    query->setColumnStretch(3, 2);
    query->setColumnStretch(5, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_prev);
    actions->addWidget(m_next);
    actions->addSpacing(12);
    actions->addWidget(m_stop);
    actions->addWidget(m_search);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_results);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(query);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addWidget(m_addCopy);
    layout->addWidget(buttons);
    resize(1000, 620);
    m_title->setFocus();
}

bool CopyCataloguing::loadTargets()
{
    Catalogue::SruTargets targets(m_session.core);
    auto list = targets.list(m_session.caller, true);
    m_target->clear();
    if (!list.ok()) {
        m_message->setError(list.error(), tr("The list of libraries cannot be read"));
        m_search->setEnabled(false);
        return false;
    }
    m_targets = *list;
    for (const Catalogue::SruTarget &t : std::as_const(m_targets))
        m_target->addItem(t.name, t.id);
    if (m_targets.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Info, tr("No library to search is configured"),
                              {tr("An administrator adds them: aksara sru target add NAME --url URL")});
        m_search->setEnabled(false);
        return false;
    }
    return true;
}

bool CopyCataloguing::addCopyAfterImport() const
{
    return m_addCopy->isChecked();
}

const Catalogue::MarcRecord *CopyCataloguing::currentRecord() const
{
    const int row = m_results->currentRow();
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

void CopyCataloguing::setSearching(bool on)
{
    m_searching = on;
    for (QWidget *w : std::initializer_list<QWidget *>{m_target, m_title, m_author, m_isbn, m_search, m_results, m_import})
        w->setEnabled(!on);
    m_stop->setEnabled(on);
    if (on) {
        m_prev->setEnabled(false);
        m_next->setEnabled(false);
    }
}

void CopyCataloguing::search()
{
    if (m_searching)
        return;
    const int i = m_target->currentIndex();
    if (i < 0 || i >= m_targets.size())
        return;
    m_query = m_targets.at(i).queryFor(m_title->text(), m_author->text(), m_isbn->text());
    if (m_query.isEmpty()) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Type a title, an author or an ISBN to search for."));
        m_title->setFocus();
        return;
    }
    run(1);
}

void CopyCataloguing::nextPage()
{
    if (m_start + kPageSize <= m_total)
        run(m_start + kPageSize);
}

void CopyCataloguing::previousPage()
{
    if (m_start > 1)
        run(qMax(1, m_start - kPageSize));
}

void CopyCataloguing::stop()
{
    m_client->cancel();
}

void CopyCataloguing::run(int start)
{
    const Catalogue::SruTarget target = m_targets.at(m_target->currentIndex());
    m_message->clear();
    m_warning->hide();
    m_importAnyway->hide();
    m_status->setText(tr("Searching %1…").arg(target.name));
    setSearching(true);
    Catalogue::SruTargets targets(m_session.core);
    auto r = targets.search(m_session.caller, target, m_query, start, kPageSize, *m_client);
    setSearching(false);
    if (!r.ok()) {
        m_status->clear();
        if (r.error().code == QLatin1String("catalogue.sru_cancelled"))
            m_message->setMessage(MessageBar::Kind::Info, r.error().message);
        else
            m_message->setError(r.error(), tr("%1 did not answer the search").arg(target.name));
        return;
    }
    m_start = start;
    m_total = r->numberOfRecords;
    m_records = r->records;
    const QLocale l;
    m_status->setText(m_total == 0 ? tr("Nothing found at %1.").arg(target.name)
                                   : tr("%1–%2 of %3 at %4")
                                         .arg(l.toString(start), l.toString(start + int(m_records.size()) - 1), l.toString(m_total),
                                              target.name));
    m_prev->setEnabled(start > 1);
    m_next->setEnabled(start + kPageSize <= m_total);
    m_results->setCurrentCell(-1, -1);
    m_results->setRowCount(int(m_records.size()));
    for (int i = 0; i < m_records.size(); ++i) {
        const Catalogue::BibFields f = Catalogue::deriveFields(m_records.at(i));
        const QStringList cells{f.title, f.author, f.year > 0 ? QString::number(f.year) : QString(), f.isbn()};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_results->resizeColumnToContents(2);
    m_results->resizeColumnToContents(3);
    if (!m_records.isEmpty()) {
        m_results->setCurrentCell(0, 0);
        m_results->setFocus();
    } else {
        m_preview->clear();
        m_import->setEnabled(false);
    }
}

void CopyCataloguing::showRecord(int row)
{
    m_warning->hide();
    m_importAnyway->hide();
    m_duplicateOf = 0;
    if (row < 0 || row >= m_records.size()) {
        m_preview->clear();
        m_import->setEnabled(false);
        return;
    }
    const Catalogue::MarcRecord &r = m_records.at(row);
    m_preview->setPlainText(Catalogue::writeMarcLines(r));
    m_import->setEnabled(!m_searching);
    // Is it in our catalogue already?
    Catalogue::Catalogue catalogue(m_session.core);
    for (const QString &isbn : Catalogue::deriveFields(r).isbns) {
        auto found = catalogue.recordsWithIsbn(m_session.caller, isbn);
        if (!found.ok() || found->isEmpty())
            continue;
        const Catalogue::SearchHit &h = found->first();
        m_duplicateOf = h.bibId;
        m_warningText->setText(tr("Our catalogue already has this ISBN: “%1” (record %2). Open it to add a copy, or import "
                                  "this record anyway (another edition, for example).")
                                   .arg(h.title)
                                   .arg(h.bibId));
        m_warning->show();
        break;
    }
}

void CopyCataloguing::import()
{
    store(false);
}

void CopyCataloguing::importAnyway()
{
    store(true);
}

void CopyCataloguing::store(bool allowDuplicate)
{
    const Catalogue::MarcRecord *r = currentRecord();
    if (!r || m_searching)
        return;
    m_message->clear();
    Catalogue::Catalogue catalogue(m_session.core);
    auto id = catalogue.createRecord(m_session.caller, *r, allowDuplicate, Catalogue::RecordOrigin::Copied);
    if (!id.ok()) {
        if (id.error().code == QLatin1String("catalogue.duplicate")) {
            m_message->setMessage(MessageBar::Kind::Warning, id.error().message);
            m_importAnyway->show();
            m_importAnyway->setFocus();
            return;
        }
        m_message->setError(id.error(), tr("The record was not imported"));
        return;
    }
    m_imported = *id;
    emit imported(*id);
    accept();
}

} // namespace Aksara::Desk
