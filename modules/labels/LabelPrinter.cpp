#include "labels/LabelPrinter.h"

#include "collection/CallNumber.h"
#include "collection/Collection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Aksara::Labels {

using Collection::CallNumberPart;
using Render::Align;
using Render::BarcodeKind;
using Render::Canvas;
using Render::kMmPerPt;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Labels", text);
}

// Code 128 needs ten modules of blank space on either side of the bars.
constexpr int kQuietModules = 10;
// Bars are at least two printer dots wide (0.17 mm at 300 dpi, 0.25 mm at 203 dpi) and at most
// about 0.43 mm: wider bars only make the barcode longer.
constexpr int kMinDots = 2;
constexpr double kMaxModuleMm = 0.43;
constexpr double kMaxBarHeightMm = 15.0;
// A spine line of up to nine characters ("899.221 3") is kept whole.
constexpr int kSpineLineChars = 9;
constexpr double kLineHeight = 1.17; // DejaVu Sans: ascent + descent in ems
constexpr double kAscent = 0.93;

double ptFromMm(double mm)
{
    return mm / kMmPerPt;
}

// How wide one module of `modules` is on a label of the layout, in whole printer dots, with the
// quiet zones inside the label; 0 when even the narrowest readable bars do not fit.
double moduleWidth(const SheetLayout &layout, double modules)
{
    const double dot = 25.4 / layout.dpi;
    for (int dots = int(std::floor(kMaxModuleMm / dot)); dots >= kMinDots; --dots) {
        const double x = dots * dot;
        const double side = std::max(kQuietModules * x, layout.insetX);
        if (modules * x + 2 * side <= layout.labelWidth - dot)
            return x;
    }
    return 0;
}

// A refusal about some of the copies: every reason in details.reasons, the copies in
// details.barcodes; the message is `message`, or the reasons' messages one after the other.
Error refusal(const QString &code, const QList<QJsonObject> &reasons, const QStringList &barcodes, const QString &message = {})
{
    QJsonArray a;
    QStringList messages;
    for (const QJsonObject &r : reasons) {
        a << r;
        messages << r.value(QStringLiteral("message")).toString();
    }
    return Error::refused(code, message.isEmpty() ? messages.join(QLatin1Char(' ')) : message,
                          {{QStringLiteral("reasons"), a}, {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes)}});
}

QJsonObject reason(const QString &code, const QString &message, const QString &barcode)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("barcode"), barcode}};
}

// Why a barcode cannot be printed on the layout, or an empty string.
QString barcodeProblem(const SheetLayout &layout, const QString &barcode)
{
    auto shape = Render::encodeBarcode(BarcodeKind::Code128, barcode);
    if (!shape.ok())
        return tr("The barcode %1 cannot be written in Code 128.").arg(barcode);
    if (moduleWidth(layout, shape->width) <= 0)
        return tr("The barcode %1 is too long for a %2 mm wide label: its bars would be too thin to scan.")
            .arg(barcode, QString::number(layout.labelWidth, 'g', 3));
    return {};
}

// The largest font (in mm, at most maxMm) at which every line fits `width` and the lines fit `height`.
double fittingFont(Canvas &c, const QStringList &lines, double width, double height, double maxMm, bool bold, bool mono)
{
    if (lines.isEmpty())
        return maxMm;
    double mm = std::min(maxMm, height / (kLineHeight * double(lines.size())));
    c.setFont(ptFromMm(mm), bold, mono);
    double widest = 0;
    for (const QString &l : lines)
        widest = std::max(widest, c.textWidth(l));
    if (widest > width)
        mm *= 0.98 * width / widest; // a little slack: measured widths vary in the last digits
    return mm;
}

// The library's name on one line at the top of the label, shrunk (then cut with "…") to fit.
// Returns the height used.
double nameLine(Canvas &c, double x, double y, double width, double sizeMm, const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    const double mm = std::max(sizeMm * 0.8, fittingFont(c, {name}, width, sizeMm * kLineHeight, sizeMm, true, false));
    c.setFont(ptFromMm(mm), true);
    c.text(x + width / 2, y + mm * kAscent, name, Align::Center, width);
    return mm * kLineHeight;
}

void drawSpine(Canvas &c, double x, double y, double w, double h, const LabelContent &label)
{
    double top = y;
    const double nameMm = std::min(2.6, h * 0.09);
    const double used = nameLine(c, x, top, w, nameMm, label.libraryName);
    if (used > 0) {
        top += used + 0.4;
        c.setLineWidth(0.25);
        c.line(x, top, x + w, top);
        top += 0.8;
    }
    const QStringList lines = spineLines(label.callNumber);
    const double avail = y + h - top;
    const double mm = fittingFont(c, lines, w, avail, 8.5, true, false);
    c.setFont(ptFromMm(mm), true);
    const double block = mm * kLineHeight * double(lines.size());
    double baseline = top + (avail - block) / 2 + mm * kAscent;
    for (const QString &l : lines) {
        c.text(x + w / 2, baseline, l, Align::Center);
        baseline += mm * kLineHeight;
    }
}

Status drawBarcode(Canvas &c, double labelX, double labelY, const SheetLayout &layout, const LabelContent &label)
{
    auto shape = Render::encodeBarcode(BarcodeKind::Code128, label.barcode);
    const double module = shape.ok() ? moduleWidth(layout, shape->width) : 0;
    if (module <= 0) {
        const QString code = QStringLiteral("labels.barcode_unprintable");
        return refusal(code, {reason(code, barcodeProblem(layout, label.barcode), label.barcode)}, {label.barcode});
    }
    const double x = labelX + layout.insetX;
    const double w = layout.labelWidth - 2 * layout.insetX;
    const double h = layout.labelHeight - 2 * layout.insetY;
    const double small = std::min(2.4, h * 0.1);
    // Heights: name, bars, number, title, with small gaps; the bars take what is left.
    const double nameH = label.libraryName.trimmed().isEmpty() ? 0 : small * kLineHeight + 0.6;
    const double numberMm = std::min(3.2, h * 0.14);
    const double numberH = numberMm * kLineHeight + 0.3;
    const double titleH = label.title.trimmed().isEmpty() ? 0 : small * kLineHeight;
    const double barsH = std::min(kMaxBarHeightMm, h - nameH - numberH - titleH);
    double top = labelY + layout.insetY + (h - nameH - barsH - numberH - titleH) / 2;

    if (nameH > 0)
        nameLine(c, x, top, w, small, label.libraryName);
    top += nameH;

    // The bars centred on the label, their left edge on the printer's dot grid so that every bar
    // prints exactly its number of dots.
    const double dot = 25.4 / layout.dpi;
    const double barsW = shape->width * module;
    const double barsX = std::round((labelX + (layout.labelWidth - barsW) / 2) / dot) * dot;
    if (Status st = c.barcode(barsX, top, barsW, barsH, BarcodeKind::Code128, label.barcode); !st.ok())
        return st;
    top += barsH + 0.3;

    const double mm = fittingFont(c, {label.barcode}, w, numberMm * kLineHeight, numberMm, true, true);
    c.setFont(ptFromMm(mm), true, true);
    c.text(x + w / 2, top + mm * kAscent, label.barcode, Align::Center);
    top += numberH;

    if (titleH > 0) {
        c.setFont(ptFromMm(small));
        c.text(x + w / 2, top + small * kAscent, label.title.simplified(), Align::Center, w);
    }
    return {};
}

// Breaks a class number longer than a spine line after the point into groups of three digits,
// as many groups on a line as fit ("658.402 120 959 8" -> "658.402", "120 959 8").
QStringList classNumberLines(const QString &classNumber)
{
    const qsizetype dot = classNumber.indexOf(QLatin1Char('.'));
    if (classNumber.size() <= kSpineLineChars || dot < 0)
        return {classNumber};
    QString digits = classNumber.mid(dot + 1);
    digits.remove(QLatin1Char(' '));
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 3)
        groups << digits.mid(i, 3);
    if (groups.isEmpty())
        return {classNumber};
    QStringList lines{classNumber.left(dot + 1) + groups.takeFirst()};
    QString line;
    for (const QString &g : std::as_const(groups)) {
        if (!line.isEmpty() && line.size() + 1 + g.size() > kSpineLineChars) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + g;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

Result<QString> setting(Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v.ok())
        return v.error();
    return v->isNull() ? fallback : v->toString();
}
} // namespace

QJsonObject SheetLayout::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("page"), QJsonArray{pageWidth, pageHeight}},
            {QStringLiteral("label"), QJsonArray{labelWidth, labelHeight}},
            {QStringLiteral("margin"), QJsonArray{marginLeft, marginTop}},
            {QStringLiteral("pitch"), QJsonArray{pitchX, pitchY}},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("per_page"), perPage()}};
}

QList<SheetLayout> sheetLayouts()
{
    return {
        // Avery Zweckform 3474: 3 × 8 labels of 70 × 37 mm on A4, edge to edge across the page; the
        // 1 mm of height the labels leave is split above and below. Laser printers do not print the
        // outer 4-5 mm of a page, hence the wide insets.
        SheetLayout{.code = QStringLiteral("a4-3x8"),
                    .name = tr("A4, 24 labels of 70 × 37 mm (3 × 8; Avery Zweckform 3474)"),
                    .pageWidth = 210, .pageHeight = 297, .labelWidth = 70, .labelHeight = 37,
                    .marginLeft = 0, .marginTop = 0.5, .pitchX = 70, .pitchY = 37, .columns = 3, .rows = 8,
                    .insetX = 5, .insetY = 4, .dpi = 300},
        // Avery L7654 (J8654): 4 × 10 labels of 45.7 × 25.4 mm on A4 with rounded corners: top and
        // bottom margins 21.5 mm, side margins 9.7 mm, 2.6 mm between columns.
        SheetLayout{.code = QStringLiteral("a4-4x10"),
                    .name = tr("A4, 40 labels of 45.7 × 25.4 mm (4 × 10; Avery L7654)"),
                    .pageWidth = 210, .pageHeight = 297, .labelWidth = 45.7, .labelHeight = 25.4,
                    .marginLeft = 9.7, .marginTop = 21.5, .pitchX = 48.3, .pitchY = 25.4, .columns = 4, .rows = 10,
                    .insetX = 2, .insetY = 1.5, .dpi = 300},
        // A roll of 50 × 25 mm direct-thermal labels (the common size for 203 dpi desktop label
        // printers such as Zebra, TSC or Xprinter): one label a page.
        SheetLayout{.code = QStringLiteral("roll-50x25"),
                    .name = tr("Roll, one 50 × 25 mm label at a time (203 dpi thermal label printer)"),
                    .pageWidth = 50, .pageHeight = 25, .labelWidth = 50, .labelHeight = 25,
                    .marginLeft = 0, .marginTop = 0, .pitchX = 50, .pitchY = 25, .columns = 1, .rows = 1,
                    .insetX = 2, .insetY = 1.5, .dpi = 203},
    };
}

std::optional<SheetLayout> sheetLayout(const QString &code)
{
    for (const SheetLayout &l : sheetLayouts()) {
        if (l.code == code)
            return l;
    }
    return std::nullopt;
}

QJsonObject LabelReport::toJson() const
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("kind"), kind == LabelKind::Spine ? QStringLiteral("spine") : QStringLiteral("barcode")},
            {QStringLiteral("sheet"), sheet},
            {QStringLiteral("file"), path},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes)}};
}

QStringList spineLines(const QString &callNumber)
{
    // Parts written together ("S194p", "c.2") stay on one line, except in a Library of Congress
    // number, whose class letters, class number and cutters each take a line (".U5" keeps its dot).
    QStringList lines;
    bool lc = false;
    const QList<CallNumberPart> parts = Collection::callNumberParts(callNumber);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const CallNumberPart &p = parts.at(i);
        using Kind = CallNumberPart::Kind;
        lc = lc || p.kind == Kind::ClassLetters;
        const bool together = i > 0 && std::none_of(p.before.begin(), p.before.end(), [](QChar c) { return c.isSpace(); });
        if (together && !(lc && (p.kind == Kind::ClassNumber || p.kind == Kind::Cutter))) {
            lines.last() += p.before + p.text;
        } else if (p.kind == Kind::ClassNumber) {
            lines << classNumberLines(p.text);
        } else {
            lines << (p.before.endsWith(QLatin1Char('.')) ? QStringLiteral(".") : QString()) + p.text;
        }
    }
    return lines;
}

Status LabelPrinter::drawLabel(Canvas &canvas, double x, double y, LabelKind kind, const SheetLayout &layout, const LabelContent &label)
{
    canvas.setColor({});
    canvas.setDash(0, 0);
    if (kind == LabelKind::Barcode)
        return drawBarcode(canvas, x, y, layout, label);
    drawSpine(canvas, x + layout.insetX, y + layout.insetY, layout.labelWidth - 2 * layout.insetX, layout.labelHeight - 2 * layout.insetY,
              label);
    return {};
}

Result<int> LabelPrinter::render(LabelKind kind, const SheetLayout &layout, int skip, const QList<LabelContent> &labels,
                                 const QString &path)
{
    auto canvas = Canvas::pdf(path, layout.pageWidth, layout.pageHeight);
    if (!canvas.ok())
        return canvas.error();
    Canvas &c = **canvas;
    const int perPage = std::max(1, layout.perPage());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qsizetype position = skip + i;
        const qsizetype page = position / perPage;
        while (c.pageCount() < page + 1)
            c.newPage();
        const int slot = int(position % perPage);
        const double x = layout.marginLeft + (slot % layout.columns) * layout.pitchX;
        const double y = layout.marginTop + (slot / layout.columns) * layout.pitchY;
        if (Status st = drawLabel(c, x, y, kind, layout, labels.at(i)); !st.ok())
            return st.error();
    }
    const int pages = c.pageCount();
    if (Status st = c.finish(); !st.ok())
        return st.error();
    return pages;
}

Result<LabelReport> LabelPrinter::print(const Caller &caller, const LabelRequest &request)
{
    const QString subject = request.addedToday
                                ? QStringLiteral("added today") + (request.branch.isEmpty() ? QString() : QLatin1Char(' ') + request.branch)
                                : request.barcodes.join(QLatin1Char(' ')).left(200);
    const OperationSpec spec{Services::Cataloguing, QStringLiteral("labels.print"), Rights::CatalogueEdit, subject, false};
    return m_core.execute<LabelReport>(caller, spec, [&](OperationContext &ctx) -> Result<LabelReport> {
        Database &db = ctx.db();
        const auto layout = sheetLayout(request.sheet.trimmed());
        if (!layout) {
            QStringList codes;
            for (const SheetLayout &l : sheetLayouts())
                codes << l.code;
            return Error::refused(QStringLiteral("labels.unknown_sheet"),
                                  tr("There is no label sheet \"%1\" (%2).").arg(request.sheet, codes.join(QStringLiteral(", "))));
        }
        if (request.skip < 0 || request.skip >= layout->perPage())
            return Error::refused(QStringLiteral("labels.bad_skip"),
                                  layout->perPage() == 1 ? tr("A roll has no used labels to skip: leave out the skip.")
                                                         : tr("Skip between 0 and %1 labels: the sheet %2 has %3 labels.")
                                                               .arg(layout->perPage() - 1)
                                                               .arg(layout->code)
                                                               .arg(layout->perPage()));
        QStringList wanted;
        for (const QString &b : request.barcodes) {
            if (!b.trimmed().isEmpty())
                wanted << b.trimmed();
        }
        if (request.addedToday && !wanted.isEmpty())
            return Error::refused(QStringLiteral("labels.bad_selection"),
                                  tr("Print either the copies you name or every copy added today, not both."));
        if (!request.addedToday && !request.branch.trimmed().isEmpty())
            return Error::refused(QStringLiteral("labels.bad_selection"),
                                  tr("A branch chooses among the copies added today; the copies you name are "
                                     "printed as named."));
        if (!request.addedToday && wanted.isEmpty())
            return Error::refused(QStringLiteral("labels.nothing_to_print"), tr("Say which copies to print labels for."));
        if (request.outPath.trimmed().isEmpty())
            return Error::refused(QStringLiteral("labels.bad_output"), tr("Say where to write the PDF."));

        QList<Collection::Item> items;
        if (request.addedToday) {
            auto zoneName = setting(db, QStringLiteral("library.time_zone"), QStringLiteral("Asia/Jakarta"));
            if (!zoneName.ok())
                return zoneName.error();
            QTimeZone zone(zoneName->toUtf8());
            if (!zone.isValid())
                zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
            const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), Qt::UTC).toTimeZone(zone).date();
            Collection::ItemFilter filter;
            filter.branch = request.branch.trimmed();
            filter.addedFrom = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
            filter.addedBefore = QDateTime(today.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
            filter.limit = 100000;
            auto found = Collection::Collection::readItems(db, filter);
            if (!found.ok())
                return found.error();
            if (found->isEmpty())
                return Error::refused(QStringLiteral("labels.nothing_to_print"),
                                      filter.branch.isEmpty()
                                          ? tr("No copy was added today (%1).").arg(today.toString(Qt::ISODate))
                                          : tr("No copy was added to %1 today (%2).").arg(filter.branch, today.toString(Qt::ISODate)));
            // Shelf order, branch by branch.
            QList<std::pair<QString, Collection::Item>> keyed;
            for (const Collection::Item &it : std::as_const(*found))
                keyed.append({Collection::callNumberSortKey(it.callNumber), it});
            std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
                return std::tie(a.second.branchCode, a.first, a.second.barcode) < std::tie(b.second.branchCode, b.first, b.second.barcode);
            });
            for (const auto &k : std::as_const(keyed))
                items << k.second;
        } else {
            QHash<QString, Collection::Item> known;
            QList<QJsonObject> reasons;
            QStringList unknown;
            for (const QString &b : std::as_const(wanted)) {
                if (!known.contains(b) && !unknown.contains(b)) {
                    auto it = Collection::Collection::readItem(db, b);
                    if (it.ok()) {
                        known.insert(b, *it);
                    } else if (it.error().isRefusal()) {
                        unknown << b;
                        reasons << reason(it.error().code, it.error().message, b);
                    } else {
                        return it.error();
                    }
                }
                if (known.contains(b))
                    items << known.value(b);
            }
            if (!unknown.isEmpty())
                return refusal(QStringLiteral("collection.unknown_barcode"), reasons, unknown,
                               unknown.size() == 1 ? tr("No copy has the barcode %1.").arg(unknown.first())
                                                   : tr("No copy has these barcodes: %1.").arg(unknown.join(QStringLiteral(", "))));
        }

        // Every label must be printable before a sheet is used.
        const QString problemCode =
            request.kind == LabelKind::Spine ? QStringLiteral("labels.no_call_number") : QStringLiteral("labels.barcode_unprintable");
        QList<QJsonObject> problems;
        QStringList bad;
        for (const Collection::Item &it : std::as_const(items)) {
            if (bad.contains(it.barcode))
                continue;
            const QString problem = request.kind == LabelKind::Barcode ? barcodeProblem(*layout, it.barcode)
                                    : it.callNumber.trimmed().isEmpty()
                                        ? tr("The copy %1 has no call number: give it one before printing its spine label.").arg(it.barcode)
                                        : QString();
            if (!problem.isEmpty()) {
                bad << it.barcode;
                problems << reason(problemCode, problem, it.barcode);
            }
        }
        if (!problems.isEmpty())
            return refusal(problemCode, problems, bad);

        auto library = setting(db, QStringLiteral("library.name"), QString());
        if (!library.ok())
            return library.error();
        QList<LabelContent> contents;
        LabelReport report;
        for (const Collection::Item &it : std::as_const(items)) {
            contents << LabelContent{it.barcode, it.title, it.callNumber, *library};
            report.barcodes << it.barcode;
        }

        // The PDF is drawn beside the file and moved into place only when it is complete: a file
        // that cannot be written is refused before anything is drawn, and a failed drawing leaves
        // an older file of that name as it was.
        const QString path = QFileInfo(request.outPath.trimmed()).absoluteFilePath();
        const QString part = path + QStringLiteral(".part");
        {
            QFile probe(part);
            if (!probe.open(QIODevice::WriteOnly))
                return Error::refused(QStringLiteral("labels.bad_output"),
                                      tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString()));
        }
        auto pages = render(request.kind, *layout, request.skip, contents, part);
        if (!pages.ok()) {
            QFile::remove(part);
            return pages.error();
        }
        // rename(2) replaces an older file in one step.
        if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
            QFile::remove(part);
            return Error::refused(QStringLiteral("labels.bad_output"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        }
        report.labels = int(contents.size());
        report.pages = *pages;
        report.path = path;
        report.sheet = layout->code;
        report.kind = request.kind;
        ctx.setDetail(QStringLiteral("labels"), report.labels);
        ctx.setDetail(QStringLiteral("sheet"), report.sheet);
        return report;
    });
}

} // namespace Aksara::Labels
