#pragma once

// Reading printed label PDFs back with the tools a person would use: pdftoppm (poppler-utils)
// renders a page at 300 dpi, zbarimg (zbar-tools) decodes the barcodes of each label cell,
// pdftotext reads the text with its position. A missing tool fails the test.

#include "QtCatch.h"

#include "labels/LabelPrinter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include "Checks.h"

// Prints an error's code and message when a REQUIRE on a Result fails.

namespace Aksara::Test {

// One page rendered in grey at 300 dpi.
struct PageImage {
    int width = 0;
    int height = 0;
    QByteArray pixels; // one byte a pixel, 0 black .. 255 white, row by row
};
inline constexpr double kTestDpi = 300;

PageImage rasterize(const QString &pdf, int page, const QString &dir);
// What zbarimg decodes in each label cell of the page, slot by slot (several symbols in one cell
// joined by "+", an empty string where there is none).
QStringList decodeCells(const PageImage &page, const Labels::SheetLayout &layout, const QString &dir);
// The widths in pixels of the dark and light runs across the barcode of a label cell, from its
// first bar to its last.
QList<int> barRuns(const PageImage &page, const Labels::SheetLayout &layout, int slot);
// Dark pixels that lie outside every label of the layout.
int darkOutsideLabels(const PageImage &page, const Labels::SheetLayout &layout);

// The words of one page with their boxes in millimetres.
struct PageText {
    struct Word {
        double x0, y0, x1, y1;
        QString text;
    };
    QList<Word> words;
    // The text lines of the label in `slot`, top to bottom (words of a line joined by spaces).
    QStringList cell(const Labels::SheetLayout &layout, int slot) const;
    // Words that do not lie wholly inside a label.
    QStringList outsideLabels(const Labels::SheetLayout &layout) const;
};
QList<PageText> pdfText(const QString &pdf);
// pdftotext -layout of the whole file.
QString pdfLayoutText(const QString &pdf);
int pdfPages(const QString &pdf);

} // namespace Aksara::Test
