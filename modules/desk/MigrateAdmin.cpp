#include "desk/MigrateAdmin.h"

#include "desk/MessageBar.h"

#include "migrate/Job.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Aksara::Desk {

namespace {

QTableWidget *table(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

// Aksara's field as a librarian reads it (docs/migration.md names the fields).
static QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("old_id"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Old number")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Name")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "First name")},
        {QStringLiteral("nik"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "NIK")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Birth date")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Address")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Postal code")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Telephone")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Mobile")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "E-mail")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Category")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Branch")},
        {QStringLiteral("registered_on"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Registered")},
        {QStringLiteral("expires_on"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Expires")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Photo")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Language")},
        {QStringLiteral("barcode"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Barcode")},
        {QStringLiteral("record"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Record")},
        {QStringLiteral("isbn"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "ISBN")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Title")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Location")},
        {QStringLiteral("call_number"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Call number")},
        {QStringLiteral("item_type"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Item type")},
        {QStringLiteral("price"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Price")},
        {QStringLiteral("acquired_on"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Acquired")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Copy")},
        {QStringLiteral("patron"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Patron")},
        {QStringLiteral("issued_on"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Lent on")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Due")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Returned")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Amount")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Paid")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Description")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Aksara::Desk::MigrateAdmin", "Date")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("Aksara::Desk::MigrateAdmin", label) : field;
}

MigrateAdmin::MigrateAdmin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_kind(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_map(new QLineEdit(this))
    , m_photos(new QLineEdit(this))
    , m_unverifiedNik(new QCheckBox(tr("Keep a NIK that fails the check as unverified (else the row is rejected)"), this))
    , m_bar(new QProgressBar(this))
    , m_figures(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_previewTable(table(this, QStringLiteral("migratePreviewTable")))
    , m_mappingTable(table(this, QStringLiteral("migrateMappingTable")))
    , m_errorsTable(table(this, QStringLiteral("migrateErrorsTable")))
{
    m_kind->setObjectName(QStringLiteral("migrateKindCombo"));
    m_kind->addItem(tr("Patrons"), int(Migrate::Kind::Patrons));
    m_kind->addItem(tr("Copies"), int(Migrate::Kind::Copies));
    m_kind->addItem(tr("Open loans"), int(Migrate::Kind::Loans));
    m_kind->addItem(tr("Outstanding fees"), int(Migrate::Kind::Fees));
    m_preset->setObjectName(QStringLiteral("migratePresetCombo"));
    m_preset->addItem(QStringLiteral("SLiMS"), QStringLiteral("slims"));
    m_preset->addItem(QStringLiteral("INLISLite"), QStringLiteral("inlislite"));
    m_preset->addItem(QStringLiteral("Koha"), QStringLiteral("koha"));
    m_preset->addItem(tr("Custom (a mapping file)"), QStringLiteral("custom"));
    m_file->setObjectName(QStringLiteral("migrateFileEdit"));
    m_file->setPlaceholderText(tr("The old system's export (CSV)"));
    m_map->setObjectName(QStringLiteral("migrateMapEdit"));
    m_map->setPlaceholderText(tr("Optional: categories, branches and columns (.ini)"));
    m_photos->setObjectName(QStringLiteral("migratePhotosEdit"));
    m_photos->setPlaceholderText(tr("Optional: photos named by the old member number"));
    m_unverifiedNik->setObjectName(QStringLiteral("migrateUnverifiedNikCheck"));

    auto browseRow = [this](QLineEdit *edit, const QString &objectName, std::function<QString()> choose) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *b = new QPushButton(tr("Choose…"), this);
        b->setObjectName(objectName);
        connect(b, &QPushButton::clicked, this, [edit, choose] {
            const QString path = choose();
            if (!path.isEmpty())
                edit->setText(path);
        });
        row->addWidget(b);
        return row;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Import"), this), 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(new QLabel(tr("From"), this), 0, 2);
    grid->addWidget(m_preset, 0, 3);
    grid->addWidget(new QLabel(tr("File"), this), 1, 0);
    grid->addLayout(browseRow(m_file, QStringLiteral("migrateFileButton"), [this] {
                        return QFileDialog::getOpenFileName(this, tr("Choose the export"), QString(), tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
                    }),
                    1, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Mapping file"), this), 2, 0);
    grid->addLayout(browseRow(m_map, QStringLiteral("migrateMapButton"), [this] {
                        return QFileDialog::getOpenFileName(this, tr("Choose the mapping file"), QString(), tr("Mapping files (*.ini *.txt);;All files (*)"));
                    }),
                    2, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Photos"), this), 3, 0);
    grid->addLayout(browseRow(m_photos, QStringLiteral("migratePhotosButton"), [this] {
                        return QFileDialog::getExistingDirectory(this, tr("Choose the photo folder"));
                    }),
                    3, 1, 1, 3);
    grid->addWidget(m_unverifiedNik, 4, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_previewButton = new QPushButton(tr("Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("migratePreviewButton"));
    m_dryButton = new QPushButton(tr("Dry run"), this);
    m_dryButton->setObjectName(QStringLiteral("migrateDryRunButton"));
    m_dryButton->setToolTip(tr("Checks every row as the import would, then keeps nothing"));
    m_importButton = new QPushButton(tr("Import"), this);
    m_importButton->setObjectName(QStringLiteral("migrateImportButton"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("migrateStopButton"));
    m_stopButton->setToolTip(tr("Stops after the batch being written; what was imported stays"));
    m_saveErrors = new QPushButton(tr("Save as CSV…"), this);
    m_saveErrors->setObjectName(QStringLiteral("migrateSaveErrorsButton"));
    connect(m_previewButton, &QPushButton::clicked, this, &MigrateAdmin::preview);
    connect(m_dryButton, &QPushButton::clicked, this, &MigrateAdmin::dryRun);
    connect(m_importButton, &QPushButton::clicked, this, &MigrateAdmin::startImport);
    connect(m_stopButton, &QPushButton::clicked, this, &MigrateAdmin::cancel);
    connect(m_saveErrors, &QPushButton::clicked, this, &MigrateAdmin::chooseErrorsFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MigrateAdmin::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addWidget(m_dryButton);
    actions->addWidget(m_importButton);
    actions->addWidget(m_stopButton);
    actions->addStretch(1);

    m_bar->setObjectName(QStringLiteral("migrateProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_figures->setObjectName(QStringLiteral("migrateFiguresLabel"));
    m_figures->setWordWrap(true);

    m_previewTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_mappingTable->setColumnCount(5);
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Old value"), tr("Becomes"), tr("Rows"), tr("State")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_errorsTable->setColumnCount(4);
    m_errorsTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Old number"), tr("Reason")});
    m_errorsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *errorsPage = new QWidget(this);
    auto *errorsLayout = new QVBoxLayout(errorsPage);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(m_errorsTable, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveErrors);
    errorsLayout->addLayout(saveRow);
    m_tabs->setObjectName(QStringLiteral("migrateTabs"));
    m_tabs->addTab(m_previewTable, tr("First rows"));
    m_tabs->addTab(m_mappingTable, tr("Categories and branches"));
    m_tabs->addTab(errorsPage, tr("Rejected rows"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(grid);
    layout->addLayout(actions);
    layout->addWidget(m_bar);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);
    m_message->clear();
    refresh();
}

MigrateAdmin::~MigrateAdmin() = default;

bool MigrateAdmin::allowed() const
{
    return m_session.caller.can(Rights::SystemAdmin);
}

void MigrateAdmin::refresh()
{
    if (!allowed())
        m_message->setMessage(MessageBar::Kind::Error, tr("Only an administrator can import from the old system."));
    updateButtons();
}

void MigrateAdmin::updateButtons()
{
    const bool ok = allowed();
    const bool running = isRunning();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_preset, m_file, m_map, m_photos, m_previewButton, m_dryButton, m_importButton})
        w->setEnabled(ok && !running);
    const bool patrons = kind() == Migrate::Kind::Patrons;
    m_photos->setEnabled(ok && !running && patrons);
    m_unverifiedNik->setEnabled(ok && !running && patrons);
    m_stopButton->setEnabled(ok && running);
    m_saveErrors->setEnabled(!m_report.errors.isEmpty() && !running);
}

void MigrateAdmin::setKind(Migrate::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}
void MigrateAdmin::setFile(const QString &path)
{
    m_file->setText(path);
}
void MigrateAdmin::setPreset(const QString &name)
{
    m_preset->setCurrentIndex(m_preset->findData(name));
}
void MigrateAdmin::setMapFile(const QString &path)
{
    m_map->setText(path);
}
void MigrateAdmin::setPhotosDir(const QString &path)
{
    m_photos->setText(path);
}

Migrate::Kind MigrateAdmin::kind() const
{
    return Migrate::Kind(m_kind->currentData().toInt());
}

bool MigrateAdmin::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool MigrateAdmin::refuseIfNotAdministrator()
{
    if (allowed())
        return false;
    m_message->setMessage(MessageBar::Kind::Error, tr("Only an administrator can import from the old system."));
    return true;
}

bool MigrateAdmin::load(Migrate::Mapping *mapping, QByteArray *data)
{
    const QString path = m_file->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        m_message->setMessage(MessageBar::Kind::Error, path.isEmpty() ? tr("Choose the old system's export first.")
                                                                      : tr("%1 cannot be read.").arg(path));
        return false;
    }
    *data = file.readAll();
    auto m = Migrate::preset(kind(), m_preset->currentData().toString());
    if (!m.ok()) {
        m_message->setError(m.error());
        return false;
    }
    const QString mapPath = m_map->text().trimmed();
    if (!mapPath.isEmpty()) {
        QFile mapFile(mapPath);
        if (!mapFile.open(QIODevice::ReadOnly)) {
            m_message->setMessage(MessageBar::Kind::Error, tr("The mapping file %1 cannot be read.").arg(mapPath));
            return false;
        }
        m = Migrate::applyMapFile(kind(), mapFile.readAll(), *m);
        if (!m.ok()) {
            m_message->setError(m.error(), tr("The mapping file is refused"));
            return false;
        }
    }
    *mapping = *m;
    return true;
}

bool MigrateAdmin::preview()
{
    if (refuseIfNotAdministrator() || isRunning())
        return false;
    Migrate::Mapping mapping;
    QByteArray data;
    if (!load(&mapping, &data))
        return false;
    Migrate::Importer importer(m_session.core, m_session.caller);
    auto p = importer.preview(kind(), data, mapping, 20);
    m_previewTable->clearContents();
    m_mappingTable->setRowCount(0);
    if (!p.ok()) {
        m_previewTable->setRowCount(0);
        m_message->setError(p.error(), tr("The file cannot be imported"));
        return false;
    }
    m_preview = *p;
    QStringList headers{tr("Line")};
    for (qsizetype i = 0; i < p->fields.size(); ++i)
        headers << tr("%1\n(%2)").arg(fieldLabel(p->fields.at(i)), p->columns.at(i));
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(int(p->rows.size()));
    for (int r = 0; r < p->rows.size(); ++r) {
        m_previewTable->setItem(r, 0, cell(QString::number(p->lines.at(r))));
        for (int c = 0; c < p->rows.at(r).size(); ++c)
            m_previewTable->setItem(r, c + 1, cell(p->rows.at(r).at(c)));
    }
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewTable->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 220));

    const QLocale l;
    m_mappingTable->setRowCount(int(p->values.size()));
    for (int r = 0; r < p->values.size(); ++r) {
        const Migrate::ValueMapping &v = p->values.at(r);
        const QString old = v.column.isEmpty() ? tr("(no column: every row)") : v.oldValue.isEmpty() ? tr("(empty)") : v.oldValue;
        const QString code = !v.known ? QStringLiteral("—") : v.code.isEmpty() ? tr("the library's default branch") : v.code;
        QTableWidgetItem *state = cell(v.known ? tr("OK") : tr("Unknown: these rows will be rejected; map it in the mapping file"));
        if (!v.known) {
            state->setForeground(QColor(0xb0, 0x00, 0x20));
            state->setData(Qt::UserRole, QStringLiteral("unknown"));
        }
        const QString field = v.column.isEmpty() ? fieldLabel(v.field) : tr("%1 (%2)").arg(fieldLabel(v.field), v.column);
        m_mappingTable->setItem(r, 0, cell(field));
        m_mappingTable->setItem(r, 1, cell(old));
        m_mappingTable->setItem(r, 2, cell(code));
        m_mappingTable->setItem(r, 3, cell(l.toString(v.rows)));
        m_mappingTable->setItem(r, 4, state);
    }
    m_mappingTable->resizeColumnsToContents();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    const qsizetype unknown = p->unknownValues();
    const QString read = p->headerless ? tr("The file has %1 rows, read by the preset's column order (it has no header row).").arg(l.toString(p->totalRows))
                                       : tr("The file has %1 rows.").arg(l.toString(p->totalRows));
    if (unknown > 0) {
        m_message->setMessage(MessageBar::Kind::Warning, read,
                              {tr("Values not known to Aksara: %1. Their rows will be rejected unless the mapping file maps them.").arg(l.toString(unknown))});
        m_tabs->setCurrentWidget(m_mappingTable);
    } else {
        m_message->setMessage(MessageBar::Kind::Info, read, {tr("Every category and branch is known. Try a dry run next.")});
        m_tabs->setCurrentWidget(m_previewTable);
    }
    return true;
}

bool MigrateAdmin::dryRun()
{
    return run(true);
}

bool MigrateAdmin::startImport()
{
    return run(false);
}

bool MigrateAdmin::run(bool dry)
{
    if (refuseIfNotAdministrator() || isRunning())
        return false;
    Migrate::Mapping mapping;
    QByteArray data;
    if (!load(&mapping, &data))
        return false;
    Migrate::Options options;
    options.dryRun = dry;
    options.batchSize = m_batchSize;
    if (kind() == Migrate::Kind::Patrons) {
        options.photosDir = m_photos->text().trimmed();
        options.allowUnverifiedNik = m_unverifiedNik->isChecked();
    }
    delete m_job;
    m_jobDry = dry;
    m_report = Migrate::Report();
    m_errorsTable->setRowCount(0);
    m_job = new Migrate::Job(m_session.core, m_session.caller, kind(), data, mapping, options, this);
    connect(m_job, &Migrate::Job::progress, this, &MigrateAdmin::progress);
    connect(m_job, &Migrate::Job::finished, this, &MigrateAdmin::ended);
    m_bar->setValue(0);
    m_figures->setText(dry ? tr("Dry run of %1…").arg(QFileInfo(m_file->text()).fileName())
                           : tr("Importing %1…").arg(QFileInfo(m_file->text()).fileName()));
    m_message->clear();
    m_job->start();
    updateButtons();
    return true;
}

void MigrateAdmin::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_stopButton->setEnabled(false);
    m_figures->setText(tr("Stopping after the batch being written…"));
}

void MigrateAdmin::progress(qint64 done, qint64 total)
{
    if (total > 0)
        m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    const QLocale l;
    m_figures->setText(tr("%1 of %2 rows").arg(l.toString(done), l.toString(total)));
    emit progressed(done, total);
}

void MigrateAdmin::ended(bool ok, const QString &code, const QString &error)
{
    if (!ok) {
        Error e = Error::refused(code, error);
        m_message->setError(e, tr("The import stopped"));
        m_figures->clear();
        updateButtons();
        emit finished(false);
        return;
    }
    m_report = m_job->report();
    const QLocale l;
    QSet<int> lines;
    for (const Migrate::RowError &e : m_report.errors)
        lines.insert(e.line);
    const QString figures = (m_report.dryRun ? tr("%1 rows · %2 would be imported · %3 already imported · %4 would be rejected")
                                             : tr("%1 rows · %2 imported · %3 already imported · %4 rejected"))
                                .arg(l.toString(m_report.rows), l.toString(m_report.imported), l.toString(m_report.skipped),
                                     l.toString(qsizetype(lines.size())));
    QString extra;
    if (m_report.closed > 0)
        extra = tr(" · %1 returned loans not imported").arg(l.toString(m_report.closed));
    if (m_report.settled > 0)
        extra += tr(" · %1 settled fees not imported").arg(l.toString(m_report.settled));
    m_figures->setText(figures + extra);
    if (!m_report.cancelled)
        m_bar->setValue(1000);
    if (m_report.cancelled)
        m_message->setMessage(MessageBar::Kind::Warning, tr("Stopped. What was imported before stays; importing again goes on from there."));
    else if (m_jobDry)
        m_message->setMessage(lines.isEmpty() ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                              tr("Dry run: nothing was kept."),
                              {lines.isEmpty() ? tr("Every row can be imported.") : tr("Rows that would be rejected: %1 (see the list).").arg(l.toString(qsizetype(lines.size())))});
    else
        m_message->setMessage(lines.isEmpty() ? MessageBar::Kind::Success : MessageBar::Kind::Warning, tr("Import finished."),
                              {lines.isEmpty() ? tr("Every row was imported.") : tr("Rows rejected: %1. Correct them and import the file again (what is in is skipped).").arg(l.toString(qsizetype(lines.size())))});
    showErrors();
    updateButtons();
    emit finished(true);
}

void MigrateAdmin::showErrors()
{
    m_errorsTable->setRowCount(int(m_report.errors.size()));
    for (int r = 0; r < m_report.errors.size(); ++r) {
        const Migrate::RowError &e = m_report.errors.at(r);
        m_errorsTable->setItem(r, 0, cell(QString::number(e.line)));
        m_errorsTable->setItem(r, 1, cell(e.column));
        m_errorsTable->setItem(r, 2, cell(e.oldId));
        auto *reason = cell(e.message);
        reason->setData(Qt::UserRole, e.code);
        m_errorsTable->setItem(r, 3, reason);
    }
    m_errorsTable->resizeColumnsToContents();
    m_errorsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->setTabText(2, m_report.errors.isEmpty() ? tr("Rejected rows") : tr("Rejected rows (%1)").arg(m_report.errors.size()));
    if (!m_report.errors.isEmpty())
        m_tabs->setCurrentIndex(2);
}

bool MigrateAdmin::saveErrors(const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(m_report.errorsCsv()) < 0 || !out.flush()) {
        m_message->setMessage(MessageBar::Kind::Error, tr("%1 cannot be written.").arg(path));
        return false;
    }
    m_message->setMessage(MessageBar::Kind::Success, tr("The rejected rows are saved in %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MigrateAdmin::chooseErrorsFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), QStringLiteral("rejected.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveErrors(path);
}

} // namespace Aksara::Desk
