#include "shell/PlainTextPrint.h"

#include <QFontDatabase>
#include <QPrinter>
#include <QTextDocument>

namespace Aksara::Shell {

void printPlainText(QPrinter &printer, const QString &text, double pointSize)
{
    QTextDocument doc;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPlainText(text);
    // A page size makes the document paginated: print() then lays it out on the printable area
    // (the page inside the printer's margins) instead of adding margins of its own.
    doc.setPageSize(printer.pageLayout().paintRect(QPageLayout::Point).size());
    doc.print(&printer);
}

} // namespace Aksara::Shell
