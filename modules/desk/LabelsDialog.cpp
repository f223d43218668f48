#include "desk/LabelsDialog.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "collection/Collection.h"
#include "labels/LabelPrinter.h"
#include "render/Canvas.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
// Which field a labels refusal belongs to.
QString fieldOf(const FieldErrorLabels::Reason &reason)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("labels.unknown_sheet"), QStringLiteral("sheet")},
        {QStringLiteral("labels.bad_skip"), QStringLiteral("skip")},
        {QStringLiteral("labels.bad_selection"), QStringLiteral("barcodes")},
        {QStringLiteral("labels.nothing_to_print"), QStringLiteral("barcodes")},
        {QStringLiteral("collection.unknown_barcode"), QStringLiteral("barcodes")},
        {QStringLiteral("labels.no_call_number"), QStringLiteral("barcodes")},
        {QStringLiteral("labels.barcode_unprintable"), QStringLiteral("barcodes")},
        {QStringLiteral("collection.unknown_branch"), QStringLiteral("branch")},
        {QStringLiteral("labels.bad_output"), QStringLiteral("file")},
    };
    return map.value(reason.code);
}

constexpr double kPreviewDpi = 200;
} // namespace

LabelsDialog::LabelsDialog(DeskSession &session, const QStringList &barcodes, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_chosen(new QRadioButton(tr("These copies (one barcode a line; scan more in)"), this))
    , m_today(new QRadioButton(tr("Every copy added today"), this))
    , m_barcodes(new QPlainTextEdit(this))
    , m_branch(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_skip(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_open(new QPushButton(tr("Open PDF"), this))
{
    setObjectName(QStringLiteral("labelsDialog"));
    setWindowTitle(tr("Print labels"));

    m_chosen->setObjectName(QStringLiteral("chosenCopiesRadio"));
    m_today->setObjectName(QStringLiteral("addedTodayRadio"));
    m_barcodes->setObjectName(QStringLiteral("barcodesEdit"));
    m_barcodes->setTabChangesFocus(true);
    m_barcodes->setFixedHeight(m_barcodes->fontMetrics().lineSpacing() * 4 + 12);
    m_barcodes->setPlainText(barcodes.join(QLatin1Char('\n')));
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    m_branch->addItem(tr("All branches"), QString());
    for (const BranchInfo &b : std::as_const(m_session.library.branches))
        m_branch->addItem(b.name, b.code);
    (barcodes.isEmpty() ? m_today : m_chosen)->setChecked(true);
    auto *selection = new QWidget(this);
    auto *sl = new QGridLayout(selection);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->setVerticalSpacing(3);
    sl->addWidget(m_chosen, 0, 0, 1, 2);
    sl->addWidget(m_barcodes, 1, 0, 1, 2);
    sl->addWidget(m_today, 2, 0);
    sl->addWidget(m_branch, 2, 1);
    sl->addWidget(m_errors.addField(QStringLiteral("branch")), 3, 1);
    sl->setColumnStretch(1, 1);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Spine labels (call number)"), int(Labels::LabelKind::Spine));
    m_kind->addItem(tr("Barcode labels (Code 128, title, library)"), int(Labels::LabelKind::Barcode));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    for (const Labels::SheetLayout &l : Labels::sheetLayouts())
        m_sheet->addItem(l.name, l.code);
    m_skip->setObjectName(QStringLiteral("skipSpin"));
    m_skip->setSuffix(tr(" used"));
    auto *fileRow = new QWidget(this);
    auto *fl = new QHBoxLayout(fileRow);
    fl->setContentsMargins(0, 0, 0, 0);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *choose = new QPushButton(tr("Choose…"), fileRow);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &LabelsDialog::chooseFile);
    fl->addWidget(m_file, 1);
    fl->addWidget(choose);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                        .filePath(QStringLiteral("labels-%1.pdf")
                                      .arg(QDateTime::fromMSecsSinceEpoch(session.core.clock().nowMs(), Qt::UTC)
                                               .toTimeZone(session.library.zone)
                                               .toString(QStringLiteral("yyyyMMdd-HHmm")))));
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(166);
    m_preview->setStyleSheet(QStringLiteral("QLabel#labelPreview { background: #e9edef; border: 1px solid #c8c8c8; color: #5f6b70; }"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    int row = 0;
    row = m_errors.addRow(grid, row, QStringLiteral("barcodes"), tr("Copies"), selection);
    row = m_errors.addRow(grid, row, QStringLiteral("kind"), tr("Labels"), m_kind);
    row = m_errors.addRow(grid, row, QStringLiteral("sheet"), tr("Sheet"), m_sheet);
    row = m_errors.addRow(grid, row, QStringLiteral("skip"), tr("Already used"), m_skip);
    row = m_errors.addRow(grid, row, QStringLiteral("file"), tr("Save as"), fileRow);
    row = m_errors.addRow(grid, row, QStringLiteral("preview"), tr("First label"), m_preview);

    m_message->setObjectName(QStringLiteral("labelsMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_open->setObjectName(QStringLiteral("openPdfButton"));
    m_open->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_saved)); });
    auto *saveButton = buttons->addButton(tr("Save PDF"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveLabelsButton"));
    saveButton->setDefault(true);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_open->hide(); // until a PDF is saved
    connect(saveButton, &QPushButton::clicked, this, &LabelsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    auto sheetChanged = [this] {
        const auto layout = Labels::sheetLayout(m_sheet->currentData().toString());
        m_skip->setRange(0, layout ? layout->perPage() - 1 : 0);
        updatePreview();
    };
    connect(m_sheet, &QComboBox::currentIndexChanged, this, sheetChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LabelsDialog::updatePreview);
    connect(m_chosen, &QRadioButton::toggled, this, &LabelsDialog::updatePreview);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(400);
    connect(typing, &QTimer::timeout, this, &LabelsDialog::updatePreview);
    connect(m_barcodes, &QPlainTextEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_barcodes, &QPlainTextEdit::textChanged, this, [this] { m_chosen->setChecked(true); });
    sheetChanged();
}

void LabelsDialog::setOutputPath(const QString &path)
{
    m_file->setText(path);
}

QStringList LabelsDialog::barcodes() const
{
    QStringList out;
    for (const QString &line : m_barcodes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

void LabelsDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the labels as"), m_file->text(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_file->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

// The first label drawn as it will print, by the label printer itself, on a raster canvas.
void LabelsDialog::updatePreview()
{
    const auto layout = Labels::sheetLayout(m_sheet->currentData().toString());
    const QStringList chosen = barcodes();
    m_preview->setPixmap(QPixmap());
    if (!layout || !m_chosen->isChecked() || chosen.isEmpty()) {
        m_preview->setText(m_today->isChecked() ? tr("The copies added today, in shelf order.") : QString());
        return;
    }
    Collection::Collection collection(m_session.core);
    auto item = collection.item(m_session.caller, chosen.first());
    if (!item.ok()) {
        m_preview->setText(item.error().message);
        return;
    }
    const Labels::LabelContent content{item->barcode, item->title, item->callNumber, m_session.library.name};
    auto canvas = Render::Canvas::image(layout->labelWidth, layout->labelHeight, kPreviewDpi);
    if (!canvas.ok()) {
        m_preview->setText(canvas.error().message);
        return;
    }
    Render::Canvas &c = **canvas;
    c.setColor(Render::Rgb::hex(0xFFFFFF));
    c.rect(0, 0, layout->labelWidth, layout->labelHeight, true);
    const auto kind = Labels::LabelKind(m_kind->currentData().toInt());
    if (Status st = Labels::LabelPrinter::drawLabel(c, 0, 0, kind, *layout, content); !st.ok()) {
        m_preview->setText(st.error().message);
        return;
    }
    c.setColor(Render::Rgb::hex(0xB0B0B0));
    c.setLineWidth(0.2);
    c.rect(0.1, 0.1, layout->labelWidth - 0.2, layout->labelHeight - 0.2, false);
    if (Status st = c.finish(); !st.ok()) {
        m_preview->setText(st.error().message);
        return;
    }
    const QByteArray pixels = c.pixels();
    const QImage image = QImage(reinterpret_cast<const uchar *>(pixels.constData()), c.pixelWidth(), c.pixelHeight(), c.stride(),
                                QImage::Format_ARGB32_Premultiplied)
                             .copy();
    // Shown at about its printed size on a desk screen.
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(QSize(380, 150), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void LabelsDialog::save()
{
    m_errors.clear();
    m_message->clear();
    m_open->hide();
    Labels::LabelRequest request;
    request.kind = Labels::LabelKind(m_kind->currentData().toInt());
    request.sheet = m_sheet->currentData().toString();
    request.skip = m_skip->value();
    request.outPath = m_file->text().trimmed();
    if (m_today->isChecked()) {
        request.addedToday = true;
        request.branch = m_branch->currentData().toString();
    } else {
        request.barcodes = barcodes();
    }
    Labels::LabelPrinter printer(m_session.core);
    auto report = printer.print(m_session.caller, request);
    if (!report.ok()) {
        if (QWidget *w = m_errors.show(report.error(), m_message, tr("No labels were printed"), fieldOf))
            w->setFocus();
        return;
    }
    m_saved = report->path;
    m_message->setMessage(MessageBar::Kind::Success, tr("%n label(s) on %1 saved", nullptr, report->labels)
                                                         .arg(tr("%n page(s)", nullptr, report->pages)),
                          {report->path});
    m_open->show();
    m_open->setFocus();
    emit saved(report->path, report->labels);
}

} // namespace Aksara::Desk
