// The labels module's commands: labels spine|barcode (BARCODE... | --added-today [--branch CODE])
// [--sheet CODE] [--skip N] --out FILE.pdf, and labels sheets. JSON shapes: docs/cli.md.
#include "LabelCommands.h"
#include "Cli.h"

#include "labels/LabelPrinter.h"

#include <QCoreApplication>

namespace Aksara::Cli {

namespace {
using namespace Aksara::Labels;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

int cmdLabels(Env &env, LabelKind kind)
{
    const QString command = kind == LabelKind::Spine ? QStringLiteral("labels spine") : QStringLiteral("labels barcode");
    LabelRequest request;
    request.kind = kind;
    request.barcodes = env.args();
    request.addedToday = env.isSet(QStringLiteral("added-today"));
    request.branch = env.value(QStringLiteral("branch"));
    if (request.addedToday == !request.barcodes.isEmpty())
        return env.usage(tr("%1 takes BARCODE... or --added-today.").arg(command));
    if (!request.branch.isEmpty() && !request.addedToday)
        return env.usage(tr("--branch goes with --added-today."));
    if (env.isSet(QStringLiteral("sheet")))
        request.sheet = env.value(QStringLiteral("sheet"));
    if (env.isSet(QStringLiteral("skip"))) {
        bool ok = false;
        request.skip = env.value(QStringLiteral("skip")).toInt(&ok);
        if (!ok)
            return env.usage(tr("--skip takes a number of labels."));
    }
    request.outPath = env.value(QStringLiteral("out"));
    if (request.outPath.isEmpty())
        return env.usage(tr("%1 needs --out FILE.pdf.").arg(command));
    LabelPrinter printer(env.core());
    auto r = printer.print(env.caller(), request);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    env.out() << tr("%n label(s) on %1 page(s) (%2): %3", nullptr, r->labels).arg(r->pages).arg(r->sheet, r->path) << "\n";
    return Ok;
}

int cmdSheets(Env &env)
{
    const QList<SheetLayout> layouts = sheetLayouts();
    if (env.json()) {
        QJsonArray a;
        for (const SheetLayout &l : layouts)
            a << l.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const SheetLayout &l : layouts)
        env.out() << l.code.leftJustified(12) << l.name << "\n";
    return Ok;
}

void labelOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("added-today"), tr("every copy added today (the library's day), in shelf order")});
    p.addOption({QStringLiteral("branch"), tr("with --added-today: only this branch's copies"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("sheet"), tr("a4-3x8 (default), a4-4x10 or roll-50x25 (see: aksara labels sheets)"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("skip"), tr("labels already used on the first sheet (default 0)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("out"), tr("the PDF file to write"), QStringLiteral("FILE.pdf")});
}
} // namespace

void registerLabelCommands(Registry &registry)
{
    registry.add({{QStringLiteral("labels"), QStringLiteral("spine")},
                  tr("spine labels (the call number in lines) as a PDF on a label sheet or roll"),
                  QStringLiteral("[BARCODE...]"),
                  labelOptions,
                  [](Env &e) { return cmdLabels(e, LabelKind::Spine); }});
    registry.add({{QStringLiteral("labels"), QStringLiteral("barcode")},
                  tr("item barcode labels (Code 128, title, library name) as a PDF on a label sheet or roll"),
                  QStringLiteral("[BARCODE...]"),
                  labelOptions,
                  [](Env &e) { return cmdLabels(e, LabelKind::Barcode); }});
    registry.add({{QStringLiteral("labels"), QStringLiteral("sheets")},
                  tr("the label sheets and rolls labels print on, with their geometry"),
                  {},
                  {},
                  cmdSheets,
                  false});
}

} // namespace Aksara::Cli
