#pragma once

#include <QString>

class QPrinter;

namespace Aksara::Shell {

// Prints plain text (a slip or receipt) in a fixed-width font on `printer`'s page, inside the
// page's own margins, one page after another when it is longer. (QTextDocument::print alone puts
// 2 cm margins around a document without a page size, which leaves a 58 mm receipt a few letters
// wide.)
void printPlainText(QPrinter &printer, const QString &text, double pointSize);

} // namespace Aksara::Shell
