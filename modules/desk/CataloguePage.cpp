#include "desk/CataloguePage.h"

#include "desk/CopyCataloguing.h"
#include "desk/CopyDialog.h"
#include "desk/Format.h"
#include "desk/HoldDialog.h"
#include "desk/ImportDialog.h"
#include "desk/LabelsDialog.h"
#include "desk/MarcEditor.h"
#include "desk/MessageBar.h"
#include "desk/RecordForm.h"

#include "catalogue/Catalogue.h"
#include "collection/Collection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

QString recordTypeName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("book"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Book")},
        {QStringLiteral("ebook"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "E-book")},
        {QStringLiteral("magazine"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Magazine")},
        {QStringLiteral("map"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Map")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Sheet music")},
        {QStringLiteral("audiobook"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Audiobook")},
        {QStringLiteral("music"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Music")},
        {QStringLiteral("video"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Video")},
        {QStringLiteral("software"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Software")},
        {QStringLiteral("picture"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Picture")},
        {QStringLiteral("kit"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Kit")},
        {QStringLiteral("object"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Object")},
        {QStringLiteral("manuscript"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Manuscript")},
        {QStringLiteral("mixed"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Mixed materials")},
    };
    const char *n = names.value(code);
    return n ? CataloguePage::tr(n) : code;
}

QString languageName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("ind"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Indonesian")},
        {QStringLiteral("eng"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "English")},
        {QStringLiteral("jav"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Javanese")},
        {QStringLiteral("sun"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Sundanese")},
        {QStringLiteral("msa"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Malay")},
        {QStringLiteral("may"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Malay")},
        {QStringLiteral("ara"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Arabic")},
        {QStringLiteral("dut"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Dutch")},
        {QStringLiteral("jpn"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Japanese")},
        {QStringLiteral("chi"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Chinese")},
        {QStringLiteral("min"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Minangkabau")},
        {QStringLiteral("ban"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Balinese")},
        {QStringLiteral("bug"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Buginese")},
        {QStringLiteral("mad"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Madurese")},
        {QStringLiteral("ace"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Acehnese")},
        {QStringLiteral("kor"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "Korean")},
        {QStringLiteral("ger"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "German")},
        {QStringLiteral("fre"), QT_TRANSLATE_NOOP("Aksara::Desk::CataloguePage", "French")},
    };
    const char *n = names.value(code);
    return n ? CataloguePage::tr(n) : (code.isEmpty() ? CataloguePage::tr("not stated") : code);
}

QString itemStatusName(const QString &status)
{
    if (status == QLatin1String("available"))
        return CataloguePage::tr("on the shelf");
    if (status == QLatin1String("on_loan"))
        return CataloguePage::tr("on loan");
    if (status == QLatin1String("on_hold_shelf"))
        return CataloguePage::tr("on the hold shelf");
    if (status == QLatin1String("in_transit"))
        return CataloguePage::tr("in transit");
    if (status == QLatin1String("lost"))
        return CataloguePage::tr("lost");
    if (status == QLatin1String("missing"))
        return CataloguePage::tr("missing");
    if (status == QLatin1String("withdrawn"))
        return CataloguePage::tr("withdrawn");
    return status;
}

namespace {
QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

CataloguePage::CataloguePage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_facets(new QTreeWidget(this))
    , m_results(table(QStringLiteral("catalogueResultsTable"),
                      {tr("Title"), tr("Author"), tr("Year"), tr("Type"), tr("Call number"), tr("Copies")}, this))
    , m_page(new QLabel(this))
    , m_prev(new QPushButton(tr("‹ Previous"), this))
    , m_next(new QPushButton(tr("Next ›"), this))
    , m_title(new QLabel(this))
    , m_copies(table(QStringLiteral("copiesTable"),
                     {tr("Barcode"), tr("Branch"), tr("Shelf"), tr("Call number"), tr("Status"), tr("Due back")}, this))
    , m_hold(new QPushButton(this))
    , m_editMarc(new QPushButton(tr("Edit MARC…"), this))
    , m_addCopy(new QPushButton(tr("Add copy…"), this))
    , m_editCopy(new QPushButton(tr("Edit copy…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw copy…"), this))
    , m_labels(new QPushButton(tr("Labels…"), this))
    , m_cataloguing(new QWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_query->setObjectName(QStringLiteral("catalogueSearchEdit"));
    m_query->setPlaceholderText(tr("Title, author, subject, ISBN… — e.g. pramoedya, \"bumi manusia\", author:hamka year:1960-1980"));
    m_query->setClearButtonEnabled(true);
    m_query->setMinimumHeight(34);
    connect(m_query, &QLineEdit::returnPressed, this, &CataloguePage::search);
    auto *go = new QPushButton(tr("Search"), this);
    go->setObjectName(QStringLiteral("catalogueSearchButton"));
    connect(go, &QPushButton::clicked, this, &CataloguePage::search);
    auto *import = new QPushButton(tr("Import MARC…"), this);
    import->setObjectName(QStringLiteral("importMarcButton"));
    import->setVisible(canCatalogue());
    connect(import, &QPushButton::clicked, this, &CataloguePage::importMarc);
    auto *newRecordButton = new QPushButton(tr("New record…"), this);
    newRecordButton->setObjectName(QStringLiteral("newRecordButton"));
    newRecordButton->setToolTip(tr("Ctrl+Shift+R"));
    connect(newRecordButton, &QPushButton::clicked, this, &CataloguePage::newRecord);
    auto *newMarc = new QPushButton(tr("New in MARC…"), this);
    newMarc->setObjectName(QStringLiteral("newMarcButton"));
    newMarc->setToolTip(tr("Ctrl+Shift+N"));
    connect(newMarc, &QPushButton::clicked, this, &CataloguePage::newMarcRecord);
    auto *sru = new QPushButton(tr("Copy cataloguing (SRU)…"), this);
    sru->setObjectName(QStringLiteral("copyCataloguingButton"));
    sru->setToolTip(tr("Ctrl+Shift+S"));
    connect(sru, &QPushButton::clicked, this, &CataloguePage::copyCataloguing);
    for (QPushButton *b : {newRecordButton, newMarc, sru})
        b->setVisible(canCatalogue());

    // The cataloguing actions on the title shown.
    m_editMarc->setObjectName(QStringLiteral("editMarcButton"));
    m_editMarc->setToolTip(tr("Ctrl+Shift+M"));
    m_addCopy->setObjectName(QStringLiteral("addCopyButton"));
    m_addCopy->setToolTip(tr("Ctrl+Shift+A"));
    m_editCopy->setObjectName(QStringLiteral("editCopyButton"));
    m_editCopy->setToolTip(tr("Enter or a double click on a copy"));
    m_withdraw->setObjectName(QStringLiteral("withdrawCopyButton"));
    m_labels->setObjectName(QStringLiteral("labelsButton"));
    m_labels->setToolTip(tr("Ctrl+Shift+L"));
    connect(m_labels, &QPushButton::clicked, this, &CataloguePage::printLabels);
    connect(m_editMarc, &QPushButton::clicked, this, &CataloguePage::editMarc);
    connect(m_addCopy, &QPushButton::clicked, this, &CataloguePage::addCopy);
    connect(m_editCopy, &QPushButton::clicked, this, &CataloguePage::editCopy);
    connect(m_withdraw, &QPushButton::clicked, this, &CataloguePage::withdrawCopy);
    m_cataloguing->setObjectName(QStringLiteral("cataloguingBar"));
    auto *cl = new QHBoxLayout(m_cataloguing);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_editMarc);
    cl->addWidget(m_addCopy);
    cl->addWidget(m_editCopy);
    cl->addWidget(m_withdraw);
    cl->addStretch(1);
    cl->addWidget(m_labels);
    m_cataloguing->setVisible(canCatalogue());

    m_facets->setObjectName(QStringLiteral("facetTree"));
    m_facets->setHeaderHidden(true);
    m_facets->setMinimumWidth(210);
    m_facets->setMaximumWidth(280);
    m_facets->setRootIsDecorated(false);
    connect(m_facets, &QTreeWidget::itemChanged, this, &CataloguePage::facetChanged);

    m_page->setObjectName(QStringLiteral("pageLabel"));
    m_prev->setObjectName(QStringLiteral("previousPageButton"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
    connect(m_prev, &QPushButton::clicked, this, &CataloguePage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &CataloguePage::nextPage);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_results->item(row, 0))
            showTitle(m_results->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_hold->setObjectName(QStringLiteral("holdForPatronButton"));
    m_hold->setVisible(false);
    connect(m_hold, &QPushButton::clicked, this, &CataloguePage::placeHold);
    m_message->setObjectName(QStringLiteral("catalogueMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(go);
    top->addSpacing(16);
    top->addWidget(newRecordButton);
    top->addWidget(newMarc);
    top->addWidget(sru);
    top->addWidget(import);

    auto *resultsBox = new QWidget(this);
    auto *rb = new QVBoxLayout(resultsBox);
    rb->setContentsMargins(0, 0, 0, 0);
    rb->addWidget(m_results, 1);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_page, 1);
    pager->addWidget(m_prev);
    pager->addWidget(m_next);
    rb->addLayout(pager);

    auto *detail = new QWidget(this);
    auto *db = new QVBoxLayout(detail);
    db->setContentsMargins(0, 6, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_hold, 0, Qt::AlignTop);
    db->addLayout(titleRow);
    db->addWidget(m_cataloguing);
    db->addWidget(m_copies, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(resultsBox);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *body = new QHBoxLayout;
    body->addWidget(m_facets);
    body->addWidget(split, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    setFocusProxy(m_query);
    detail->setVisible(true);
    m_title->setText(QStringLiteral("<span style='color:#5f6b70'>%1</span>")
                         .arg(tr("Choose a title to see where every copy is.").toHtmlEscaped()));
    connect(m_copies, &QTableWidget::currentCellChanged, this, [this] { updateCataloguingButtons(); });
    connect(m_copies, &QTableWidget::cellDoubleClicked, this, [this] { editCopy(); });
    connect(m_copies, &QTableWidget::cellActivated, this, [this] { editCopy(); });
    updateCataloguingButtons();
}

bool CataloguePage::canCatalogue() const
{
    return m_session.caller.can(Rights::CatalogueEdit);
}

void CataloguePage::updateCataloguingButtons()
{
    m_editMarc->setEnabled(m_bibId != 0);
    m_addCopy->setEnabled(m_bibId != 0);
    const bool copy = !chosenCopy().isEmpty();
    m_editCopy->setEnabled(copy);
    m_withdraw->setEnabled(copy);
}

QString CataloguePage::chosenCopy() const
{
    if (m_bibId == 0 || m_copies->rowCount() == 0)
        return {};
    const int row = m_copies->rowCount() == 1 ? 0 : m_copies->currentRow();
    return row >= 0 && m_copies->item(row, 0) ? m_copies->item(row, 0)->text() : QString();
}

void CataloguePage::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

void CataloguePage::setPatron(const QString &card, const QString &name)
{
    m_card = card;
    m_patronName = name;
    m_hold->setText(tr("Place a hold for %1").arg(name));
    m_hold->setVisible(!card.isEmpty() && m_bibId != 0);
}

void CataloguePage::search()
{
    m_facets->clear();
    run(0, false);
}

void CataloguePage::nextPage()
{
    if (m_offset + kPageSize < m_total)
        run(m_offset + kPageSize, true);
}

void CataloguePage::previousPage()
{
    if (m_offset > 0)
        run(qMax(0, m_offset - kPageSize), true);
}

void CataloguePage::run(int offset, bool keepFacets)
{
    m_message->clear();
    Catalogue::SearchRequest req;
    req.query = m_query->text().trimmed();
    req.offset = offset;
    req.limit = kPageSize;
    req.facets = !keepFacets;
    // The facet values ticked.
    for (int g = 0; g < m_facets->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_facets->topLevelItem(g);
        const QString key = group->data(0, Qt::UserRole).toString();
        int yearFrom = 0, yearTo = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *v = group->child(i);
            if (v->checkState(0) != Qt::Checked)
                continue;
            const QString value = v->data(0, Qt::UserRole).toString();
            if (key == QLatin1String("record_type"))
                req.recordTypes << value;
            else if (key == QLatin1String("language"))
                req.languages << value;
            else if (key == QLatin1String("branch"))
                req.branches << value;
            else if (key == QLatin1String("availability") && value == QLatin1String("available"))
                req.availableOnly = true;
            else if (key == QLatin1String("decade")) {
                const int d = value.toInt();
                yearFrom = yearFrom ? qMin(yearFrom, d) : d;
                yearTo = qMax(yearTo, d + 9);
            }
        }
        if (key == QLatin1String("decade") && yearFrom) {
            req.yearFrom = yearFrom;
            req.yearTo = yearTo;
        }
    }
    Catalogue::Catalogue catalogue(m_session.core);
    auto r = catalogue.search(m_session.caller, req);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The search did not run"));
        return;
    }
    m_offset = offset;
    m_total = r->total;
    const QLocale l;
    // A new page of results: no row is current, so that choosing the first shows its title.
    m_results->setCurrentCell(-1, -1);
    m_results->setRowCount(int(r->hits.size()));
    for (int i = 0; i < r->hits.size(); ++i) {
        const Catalogue::SearchHit &h = r->hits[i];
        int available = 0;
        for (const Collection::Item &it : h.items)
            available += it.status == QLatin1String("available") ? 1 : 0;
        const QStringList cells{h.title,
                                h.author,
                                h.year ? QString::number(h.year) : QString(),
                                recordTypeName(h.recordType),
                                h.callNumber,
                                h.items.isEmpty() ? tr("no copies") : tr("%1 of %2 on the shelf").arg(available).arg(h.items.size())};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, h.bibId);
            if (c == 5 && available == 0)
                item->setForeground(QColor(0x8a, 0x5a, 0x00));
            m_results->setItem(i, c, item);
        }
    }
    m_results->resizeColumnsToContents();
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setColumnWidth(1, qMin(m_results->columnWidth(1), 220));
    if (m_total == 0)
        m_page->setText(tr("Nothing found."));
    else
        m_page->setText(tr("%1–%2 of %3%4")
                            .arg(l.toString(offset + 1), l.toString(offset + int(r->hits.size())), l.toString(m_total),
                                 r->totalExact ? QString() : tr(" (about)")));
    m_prev->setEnabled(offset > 0);
    m_next->setEnabled(offset + kPageSize < m_total);

    if (!keepFacets) {
        m_filling = true;
        m_facets->clear();
        const QList<std::pair<QString, QString>> groups{{QStringLiteral("availability"), tr("Availability")},
                                                        {QStringLiteral("record_type"), tr("Type")},
                                                        {QStringLiteral("language"), tr("Language")},
                                                        {QStringLiteral("decade"), tr("Published")},
                                                        {QStringLiteral("branch"), tr("Branch")}};
        for (const auto &[key, label] : groups) {
            const QList<Catalogue::FacetCount> values = r->facets.value(key);
            if (values.isEmpty())
                continue;
            auto *group = new QTreeWidgetItem(m_facets, {label});
            group->setData(0, Qt::UserRole, key);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            for (const Catalogue::FacetCount &f : values) {
                QString name = f.label;
                if (key == QLatin1String("record_type"))
                    name = recordTypeName(f.value);
                else if (key == QLatin1String("language"))
                    name = languageName(f.value);
                else if (key == QLatin1String("decade"))
                    name = tr("%1s").arg(f.value);
                else if (key == QLatin1String("availability"))
                    name = f.value == QLatin1String("available") ? tr("On the shelf now") : tr("All copies out");
                if (key == QLatin1String("availability") && f.value != QLatin1String("available"))
                    continue;
                auto *v = new QTreeWidgetItem(group, {QStringLiteral("%1 (%2)").arg(name, l.toString(f.count))});
                v->setData(0, Qt::UserRole, f.value);
                v->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                v->setCheckState(0, Qt::Unchecked);
            }
            group->setExpanded(true);
        }
        m_filling = false;
    }
    if (!r->hits.isEmpty()) {
        m_results->setCurrentCell(0, 0);
    } else {
        m_bibId = 0;
        m_copies->setRowCount(0);
        m_hold->hide();
        m_title->setText(QString());
        updateCataloguingButtons();
    }
}

void CataloguePage::facetChanged(QTreeWidgetItem *, int)
{
    if (m_filling)
        return;
    run(0, true);
}

void CataloguePage::showTitle(qint64 bibId)
{
    Collection::Collection collection(m_session.core);
    auto r = collection.holdings(m_session.caller, bibId);
    if (!r.ok()) {
        m_message->setError(r.error());
        return;
    }
    m_bibId = bibId;
    m_bibTitle = r->title;
    m_bibCallNumber = r->callNumber;
    QString head = QStringLiteral("<b style='font-size:12pt'>%1</b>").arg(r->title.toHtmlEscaped());
    QStringList facts;
    if (!r->author.isEmpty())
        facts << r->author.toHtmlEscaped();
    if (r->year)
        facts << QString::number(r->year);
    if (!r->callNumber.isEmpty())
        facts << r->callNumber.toHtmlEscaped();
    facts << tr("%1 of %2 copies on the shelf").arg(r->available()).arg(r->items.size()).toHtmlEscaped();
    m_title->setText(head + QStringLiteral("<br><span style='color:#5f6b70'>%1</span>").arg(facts.join(QStringLiteral(" · "))));
    m_copies->setRowCount(int(r->items.size()));
    for (int i = 0; i < r->items.size(); ++i) {
        const Collection::Item &it = r->items[i];
        const QStringList cells{it.barcode,
                                it.branchName.isEmpty() ? it.branchCode : it.branchName,
                                it.location,
                                it.callNumber.isEmpty() ? r->callNumber : it.callNumber,
                                itemStatusName(it.status),
                                it.dueAt > 0 ? Format::dateOf(it.dueAt) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 4)
                item->setForeground(it.status == QLatin1String("available") ? QColor(0x1e, 0x7b, 0x34) : QColor(0x5f, 0x6b, 0x70));
            m_copies->setItem(i, c, item);
        }
    }
    m_copies->resizeColumnsToContents();
    m_copies->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_hold->setVisible(!m_card.isEmpty());
    updateCataloguingButtons();
}

void CataloguePage::placeHold()
{
    if (m_card.isEmpty() || !m_bibId)
        return;
    auto *dialog = new HoldDialog(m_session, m_card, HoldTitle{m_bibId, m_bibTitle}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HoldDialog::placed, this, [this](const Circulation::Hold &hold) {
        m_message->setMessage(MessageBar::Kind::Success, tr("Hold placed for %1: %2").arg(m_patronName, hold.title),
                              {hold.position > 0 ? tr("Place in the queue: %1").arg(hold.position) : QString()});
        emit holdPlaced(m_card);
    });
    dialog->open();
}

void CataloguePage::importMarc()
{
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CataloguePage::newRecord()
{
    if (!canCatalogue())
        return;
    auto *form = new RecordForm(m_session, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &RecordForm::openRecord, this, &CataloguePage::showTitle);
    connect(form, &RecordForm::created, this, [this, form](qint64 id) {
        showTitle(id);
        m_message->setMessage(MessageBar::Kind::Success, tr("Record %1 created: %2").arg(id).arg(m_bibTitle));
        if (form->addCopyAfterSaving())
            QTimer::singleShot(0, this, &CataloguePage::addCopy);
    });
    form->open();
}

void CataloguePage::newMarcRecord()
{
    if (!canCatalogue())
        return;
    auto *editor = new MarcEditor(m_session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MarcEditor::saved, this, [this](qint64 id) {
        showTitle(id);
        m_message->setMessage(MessageBar::Kind::Success, tr("Record %1 created: %2").arg(id).arg(m_bibTitle));
    });
    editor->open();
}

void CataloguePage::editMarc()
{
    if (!canCatalogue() || m_bibId == 0)
        return;
    auto *editor = new MarcEditor(m_session, m_bibId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!editor->load()) {
        // The editor says why; it is shown so that the reason can be read.
        editor->open();
        return;
    }
    connect(editor, &MarcEditor::saved, this, [this](qint64 id) {
        showTitle(id);
        m_message->setMessage(MessageBar::Kind::Success, tr("Record %1 saved: %2").arg(id).arg(m_bibTitle));
    });
    editor->open();
}

void CataloguePage::copyCataloguing()
{
    if (!canCatalogue())
        return;
    auto *dialog = new CopyCataloguing(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadTargets();
    connect(dialog, &CopyCataloguing::openRecord, this, &CataloguePage::showTitle);
    connect(dialog, &CopyCataloguing::imported, this, [this, dialog](qint64 id) {
        showTitle(id);
        m_message->setMessage(MessageBar::Kind::Success, tr("Record %1 imported: %2").arg(id).arg(m_bibTitle));
        if (dialog->addCopyAfterImport())
            QTimer::singleShot(0, this, &CataloguePage::addCopy);
    });
    dialog->open();
}

void CataloguePage::addCopy()
{
    if (!canCatalogue() || m_bibId == 0)
        return;
    auto *dialog = new CopyDialog(m_session, m_bibId, m_bibTitle, m_bibCallNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CopyDialog::saved, this, [this](const Collection::Item &item) {
        showTitle(item.bibId);
        m_message->setMessage(MessageBar::Kind::Success, tr("Copy %1 added to “%2”").arg(item.barcode, item.title));
    });
    dialog->open();
}

void CataloguePage::editCopy()
{
    const QString barcode = chosenCopy();
    if (!canCatalogue() || barcode.isEmpty())
        return;
    Collection::Collection collection(m_session.core);
    auto item = collection.item(m_session.caller, barcode);
    if (!item.ok()) {
        m_message->setError(item.error());
        return;
    }
    auto *dialog = new CopyDialog(m_session, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CopyDialog::saved, this, [this](const Collection::Item &saved) {
        showTitle(saved.bibId);
        m_message->setMessage(MessageBar::Kind::Success, tr("Copy %1 saved").arg(saved.barcode));
    });
    dialog->open();
}

void CataloguePage::withdrawCopy()
{
    const QString barcode = chosenCopy();
    if (!canCatalogue() || barcode.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Withdraw a copy"),
                                tr("Withdraw copy %1 of “%2”? It leaves the shelf and the catalogue's counts; its history stays.")
                                    .arg(barcode, m_bibTitle),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("withdrawConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Withdraw"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmWithdrawButton"));
    box->addButton(tr("Keep it"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("keepCopyButton"));
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, barcode](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        Collection::Collection collection(m_session.core);
        Collection::ItemChanges c;
        c.status = Collection::ItemStatus::Withdrawn;
        auto r = collection.editItem(m_session.caller, barcode, c);
        if (!r.ok()) {
            m_message->setError(r.error(), tr("Copy %1 was not withdrawn").arg(barcode));
            return;
        }
        showTitle(r->bibId);
        m_message->setMessage(MessageBar::Kind::Success, tr("Copy %1 withdrawn").arg(barcode));
    });
    box->open();
}

void CataloguePage::printLabels()
{
    if (!canCatalogue())
        return;
    QStringList barcodes;
    if (m_copies->currentRow() >= 0 && m_copies->rowCount() > 1) {
        barcodes << chosenCopy();
    } else {
        for (int r = 0; r < m_copies->rowCount(); ++r)
            if (m_copies->item(r, 0))
                barcodes << m_copies->item(r, 0)->text();
    }
    auto *dialog = new LabelsDialog(m_session, barcodes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Aksara::Desk
