#include "desk/SlipDialog.h"

#include "shell/PlainTextPrint.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
void paint(const QString &text, QPrinter &printer)
{
    Shell::printPlainText(printer, text, 9);
}
} // namespace

SlipDialog::SlipDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("slipDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("slipText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(text);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("Print"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setDefault(true);
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    pdf->setToolTip(tr("Ctrl+S"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    connect(print, &QPushButton::clicked, this, &SlipDialog::print);
    connect(pdf, &QPushButton::clicked, this, &SlipDialog::savePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &SlipDialog::savePdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(460, 520);
    print->setFocus();
}

QString SlipDialog::text() const
{
    return m_text->toPlainText();
}

bool SlipDialog::writePdf(const QString &text, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A6));
    paint(text, printer);
    return QFileInfo::exists(path);
}

void SlipDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(text(), printer);
    accept();
}

void SlipDialog::savePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), dir + QStringLiteral("/slip.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!writePdf(text(), path)) {
        QMessageBox::warning(this, windowTitle(), tr("The PDF could not be written to %1.").arg(path));
        return;
    }
    accept();
}

} // namespace Aksara::Desk
