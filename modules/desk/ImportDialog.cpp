#include "desk/ImportDialog.h"

#include "catalogue/ImportJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Aksara::Desk {

ImportDialog::ImportDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_duplicates(new QComboBox(this))
    , m_bar(new QProgressBar(this))
    , m_figures(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import MARC records"));
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A MARC file: ISO 2709 (.mrc) or MARCXML (.xml)"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    m_duplicates->setObjectName(QStringLiteral("duplicatesCombo"));
    m_duplicates->addItem(tr("Skip records already in the catalogue"), int(Catalogue::DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Replace them with the imported record"), int(Catalogue::DuplicatePolicy::Replace));
    m_duplicates->addItem(tr("Add them anyway"), int(Catalogue::DuplicatePolicy::Allow));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_figures->setObjectName(QStringLiteral("importFiguresLabel"));
    m_figures->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblemsText"));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Records that could not be imported are listed here, with the reason."));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Duplicates"), m_duplicates);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startImportButton"));
    m_start->setDefault(true);
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("stopImportButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("Close"));
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_figures);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

bool ImportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a MARC file"), QString(),
                                                      tr("MARC records (*.mrc *.marc *.iso *.xml);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::start()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_figures->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("Choose a MARC file first.").toHtmlEscaped()));
        return;
    }
    Catalogue::ImportOptions options;
    options.duplicates = Catalogue::DuplicatePolicy(m_duplicates->currentData().toInt());
    options.source = QFileInfo(path).fileName();
    options.defaultBranch = m_session.branchCode;
    delete m_job;
    m_job = new Catalogue::ImportJob(m_session.core, m_session.caller, path, options, this);
    connect(m_job, &Catalogue::ImportJob::progress, this, &ImportDialog::progress);
    connect(m_job, &Catalogue::ImportJob::finished, this, &ImportDialog::finished);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_problems->clear();
    m_bar->setValue(0);
    m_figures->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_job->start();
}

void ImportDialog::cancel()
{
    if (m_job)
        m_job->cancel();
    m_cancel->setEnabled(false);
    m_figures->setText(tr("Stopping after the batch being written…"));
}

void ImportDialog::progress(qint64 read, qint64 imported, qint64 rejected, qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0)
        m_bar->setValue(int(std::clamp<qint64>(bytesRead * 1000 / bytesTotal, 0, 1000)));
    const QLocale l;
    m_figures->setText(tr("%1 read · %2 imported · %3 rejected").arg(l.toString(read), l.toString(imported), l.toString(rejected)));
}

void ImportDialog::finished(bool ok, const QJsonObject &report, const QString &error)
{
    m_report = report;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_start->setEnabled(true);
    const QLocale l;
    auto n = [&](const char *key) { return l.toString(report.value(QLatin1String(key)).toInteger()); };
    QString text = tr("%1 read · %2 imported · %3 replaced · %4 duplicates skipped · %5 rejected · %6 copies")
                       .arg(n("read"), n("imported"), n("replaced"), n("skipped_duplicates"), n("rejected"), n("items"));
    if (!ok)
        text = QStringLiteral("<span style='color:#b00020'>%1</span><br>").arg(error.toHtmlEscaped()) + text;
    else if (report.value(QStringLiteral("cancelled")).toBool())
        text = tr("Stopped. What was imported before stays.") + QStringLiteral("<br>") + text;
    else
        m_bar->setValue(1000);
    m_figures->setText(text);
    QStringList lines;
    for (const auto &v : report.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        lines << tr("Record %1: %2").arg(p.value(QStringLiteral("position")).toInteger()).arg(p.value(QStringLiteral("message")).toString());
    }
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    emit imported(report.value(QStringLiteral("imported")).toInteger() + report.value(QStringLiteral("replaced")).toInteger());
}

} // namespace Aksara::Desk
