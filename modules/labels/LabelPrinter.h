#pragma once

#include <QCoreApplication>

#include "core/ServiceCore.h"
#include "render/Canvas.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Aksara::Labels {

enum class LabelKind { Spine, Barcode };

// A label sheet (or a roll: one label a page), in millimetres from the top left of the page.
// Label (column c, row r) of a page stands at (marginLeft + c * pitchX, marginTop + r * pitchY);
// labels fill a page row by row, left to right. Invariants: perPage() >= 1, the labels lie inside
// the page, pitchX >= labelWidth and pitchY >= labelHeight.
struct SheetLayout {
    QString code; // "a4-3x8", "a4-4x10", "roll-50x25"
    QString name; // for people: the product it matches (translated)
    double pageWidth = 0, pageHeight = 0;
    double labelWidth = 0, labelHeight = 0;
    double marginLeft = 0, marginTop = 0;
    double pitchX = 0, pitchY = 0;
    int columns = 1, rows = 1;
    // Printed content keeps this far inside a label's edges (on an edge-to-edge sheet the printer
    // cannot print near the page's edge). A barcode's quiet zone may reach into it.
    double insetX = 0, insetY = 0;
    // The printer resolution barcode modules are sized in whole dots of (300: laser/inkjet sheets,
    // 203: thermal roll printers), so every bar prints the same width.
    int dpi = 300;

    int perPage() const { return columns * rows; }
    // {"code", "name", "page": [w, h], "label": [w, h], "margin": [left, top], "pitch": [x, y],
    //  "columns", "rows", "per_page"}
    QJsonObject toJson() const;
};

// The layouts Aksara prints on: "a4-3x8" (Avery Zweckform 3474, 70 × 37 mm, 24 a sheet),
// "a4-4x10" (Avery L7654, 45.7 × 25.4 mm, 40 a sheet), "roll-50x25" (50 × 25 mm thermal roll).
QList<SheetLayout> sheetLayouts();
std::optional<SheetLayout> sheetLayout(const QString &code);

// What one label shows.
struct LabelContent {
    QString barcode;
    QString title;
    QString callNumber;
    QString libraryName; // settings "library.name"; empty: no name line
};

struct LabelRequest {
    LabelKind kind = LabelKind::Spine;
    QStringList barcodes; // in this order; a repeated barcode prints twice
    bool addedToday = false; // instead of barcodes: every copy added on the library's today
    QString branch; // with addedToday: only this branch's copies (code); empty: every branch
    QString sheet = QStringLiteral("a4-3x8");
    int skip = 0; // label positions already used on the first sheet: 0 .. perPage() - 1
    QString outPath; // the PDF to write (replaced only when everything was drawn)
};

struct LabelReport {
    int labels = 0;
    int pages = 0;
    QStringList barcodes; // in the order printed
    QString path; // absolute path of the PDF
    QString sheet;
    LabelKind kind = LabelKind::Spine;
    // {"outcome": "ok", "kind": "spine"|"barcode", "sheet", "file", "labels", "pages", "barcodes": [...]}
    QJsonObject toJson() const;
};

// Spine labels (the call number broken into lines, see spineLines) and item barcode labels
// (Code 128 with its quiet zones and the number under it, a short title line and the library's
// name) as a PDF on a label sheet or roll.
//
// print() is a read operation of the service core: service cataloguing, operation labels.print,
// right catalogue.edit, writes = false. Copies added today are those whose adding operation ran on
// the library's today (settings "library.time_zone", Asia/Jakarta by default), printed in shelf
// order (branch by branch, then call number, then barcode).
//
// Refusals: labels.unknown_sheet, labels.bad_skip, labels.bad_selection (barcodes and addedToday
// together, or a branch without addedToday), labels.nothing_to_print (no barcodes given, or no copy
// added today), collection.unknown_barcode (every unknown barcode in details.reasons and
// details.barcodes), collection.unknown_branch, labels.no_call_number (spine labels for copies
// without a call number: which ones), labels.barcode_unprintable (a barcode that Code 128 cannot
// hold or that does not fit the label at a readable size: which ones), labels.bad_output (no path,
// or a file that cannot be written). Failures: render.file (the PDF could not be finished),
// storage.*.
//
// Thread affinity: as the ServiceCore it is given.
class LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Labels::LabelPrinter)

public:
    explicit LabelPrinter(ServiceCore &core) : m_core(core) {}

    Result<LabelReport> print(const Caller &caller, const LabelRequest &request);

    // Draws the labels into a PDF at `path` (no database), the first `skip` positions left empty.
    // Returns the page count. Errors labels.barcode_unprintable, render.file.
    static Result<int> render(LabelKind kind, const SheetLayout &layout, int skip, const QList<LabelContent> &labels,
                              const QString &path);
    // Draws one label with its top left at (x, y) on any canvas (a PDF page, or a raster preview).
    static Status drawLabel(Render::Canvas &canvas, double x, double y, LabelKind kind, const SheetLayout &layout,
                            const LabelContent &label);

private:
    ServiceCore &m_core;
};

// The call number as a spine label shows it, one part a line: a collection prefix ("R", "REF") on
// its own first line, the class number, then each further part ("TOE", "b", a year, "c.2").
// "899.221 3 TOE b" -> "899.221 3" / "TOE" / "b". A Dewey number longer than nine characters is
// broken after the point into groups of three digits ("658.402 120 959 8" -> "658.402" /
// "120 959 8"); a Library of Congress number into class letters, class number and each cutter
// ("HV8699.U5 G35 2005" -> "HV" / "8699" / ".U5" / "G35" / "2005"). Empty for an empty call number.
QStringList spineLines(const QString &callNumber);

} // namespace Aksara::Labels
