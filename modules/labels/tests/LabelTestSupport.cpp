#include "LabelTestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include "Require.h"

namespace Aksara::Test {

using Labels::SheetLayout;

namespace {
QString tool(const char *name, const char *package)
{
    return Test::requireTool(name, package);
}

QByteArray run(const QString &program, const QStringList &args, QList<int> okCodes = {0})
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    INFO(program << " " << args.join(QLatin1Char(' ')) << ": " << QString::fromLocal8Bit(p.readAllStandardError()));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(okCodes.contains(p.exitCode()));
    return p.readAllStandardOutput();
}

double pxFromMm(double mm)
{
    return mm * kTestDpi / 25.4;
}

// The label (column, row) spans of a layout: inside a label means inside one column's span and
// one row's span.
bool inSpans(double v, double margin, double pitch, double size, int count, double slack)
{
    for (int i = 0; i < count; ++i) {
        const double from = margin + i * pitch;
        if (v >= from - slack && v <= from + size + slack)
            return true;
    }
    return false;
}

int slotOf(const SheetLayout &l, double xMm, double yMm)
{
    for (int slot = 0; slot < l.perPage(); ++slot) {
        const double x = l.marginLeft + (slot % l.columns) * l.pitchX;
        const double y = l.marginTop + (slot / l.columns) * l.pitchY;
        if (xMm >= x && xMm < x + l.labelWidth && yMm >= y && yMm < y + l.labelHeight)
            return slot;
    }
    return -1;
}
} // namespace

PageImage rasterize(const QString &pdf, int page, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page-%1").arg(page);
    run(tool("pdftoppm", "poppler-utils"),
        {QStringLiteral("-r"), QString::number(kTestDpi), QStringLiteral("-gray"), QStringLiteral("-singlefile"), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    QFile f(prefix + QStringLiteral(".pgm"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    // "P5\n<width> <height>\n255\n" and the pixels.
    static const QRegularExpression header(QStringLiteral("^P5\\s+(\\d+)\\s+(\\d+)\\s+255\\s"));
    const auto m = header.match(QString::fromLatin1(data.left(64)));
    REQUIRE(m.hasMatch());
    PageImage img;
    img.width = m.captured(1).toInt();
    img.height = m.captured(2).toInt();
    img.pixels = data.mid(m.capturedLength());
    REQUIRE(img.pixels.size() == qsizetype(img.width) * img.height);
    return img;
}

QStringList decodeCells(const PageImage &page, const SheetLayout &l, const QString &dir)
{
    static int batch = 0;
    ++batch;
    QStringList files;
    for (int slot = 0; slot < l.perPage(); ++slot) {
        const int x0 = int(std::lround(pxFromMm(l.marginLeft + (slot % l.columns) * l.pitchX)));
        const int y0 = int(std::lround(pxFromMm(l.marginTop + (slot / l.columns) * l.pitchY)));
        const int w = std::min(int(std::lround(pxFromMm(l.labelWidth))), page.width - x0);
        const int h = std::min(int(std::lround(pxFromMm(l.labelHeight))), page.height - y0);
        QByteArray cell = QStringLiteral("P5\n%1 %2\n255\n").arg(w).arg(h).toLatin1();
        for (int y = y0; y < y0 + h; ++y)
            cell += page.pixels.mid(qsizetype(y) * page.width + x0, w);
        const QString file = dir + QStringLiteral("/cell-%1-%2.pgm").arg(batch).arg(slot);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(cell);
        files << file;
    }
    // zbarimg exits with 4 when some image holds no barcode.
    const QByteArray xml = run(tool("zbarimg", "zbar-tools"), QStringList{QStringLiteral("--xml"), QStringLiteral("-q")} + files, {0, 4});
    QStringList out(files.size());
    QXmlStreamReader r(xml);
    int current = -1;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("source")) {
            current = int(files.indexOf(r.attributes().value(QStringLiteral("href")).toString()));
        } else if (r.name() == QLatin1String("data") && current >= 0) {
            const QString data = r.readElementText();
            out[current] = out[current].isEmpty() ? data : out[current] + QLatin1Char('+') + data;
        }
    }
    REQUIRE_FALSE(r.hasError());
    return out;
}

QList<int> barRuns(const PageImage &page, const SheetLayout &l, int slot)
{
    const int x0 = int(std::lround(pxFromMm(l.marginLeft + (slot % l.columns) * l.pitchX)));
    const int y0 = int(std::lround(pxFromMm(l.marginTop + (slot / l.columns) * l.pitchY)));
    const int w = std::min(int(std::lround(pxFromMm(l.labelWidth))), page.width - x0);
    const int h = std::min(int(std::lround(pxFromMm(l.labelHeight))), page.height - y0);
    // The bars are the same on every row they cross, text rows differ: the most frequent row.
    QHash<QList<int>, int> seen;
    QList<int> best;
    for (int y = y0; y < y0 + h; ++y) {
        const char *row = page.pixels.constData() + qsizetype(y) * page.width;
        QList<int> runs;
        bool dark = false;
        for (int x = x0; x < x0 + w; ++x) {
            const bool d = uchar(row[x]) < 128;
            if (runs.isEmpty() && !d)
                continue;
            if (runs.isEmpty() || d != dark)
                runs << 0;
            ++runs.last();
            dark = d;
        }
        if (!runs.isEmpty() && !dark)
            runs.removeLast(); // the light after the last bar
        if (runs.isEmpty())
            continue;
        if (++seen[runs] > seen.value(best))
            best = runs;
    }
    return best;
}

int darkOutsideLabels(const PageImage &page, const SheetLayout &l)
{
    const double slack = 0.1; // mm: anti-aliasing at a label's very edge
    QList<bool> columns(page.width), rows(page.height);
    for (int x = 0; x < page.width; ++x)
        columns[x] = inSpans((x + 0.5) * 25.4 / kTestDpi, l.marginLeft, l.pitchX, l.labelWidth, l.columns, slack);
    for (int y = 0; y < page.height; ++y)
        rows[y] = inSpans((y + 0.5) * 25.4 / kTestDpi, l.marginTop, l.pitchY, l.labelHeight, l.rows, slack);
    int dark = 0;
    for (int y = 0; y < page.height; ++y) {
        const char *row = page.pixels.constData() + qsizetype(y) * page.width;
        for (int x = 0; x < page.width; ++x) {
            if (uchar(row[x]) < 160 && !(columns[x] && rows[y]))
                ++dark;
        }
    }
    return dark;
}

QStringList PageText::cell(const SheetLayout &layout, int slot) const
{
    QList<Word> mine;
    for (const Word &w : words) {
        if (slotOf(layout, (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2) == slot)
            mine << w;
    }
    std::sort(mine.begin(), mine.end(), [](const Word &a, const Word &b) { return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0; });
    // Words whose middles stand within each other's height share a line.
    QList<QList<Word>> lines;
    for (const Word &w : std::as_const(mine)) {
        const double mid = (w.y0 + w.y1) / 2;
        if (!lines.isEmpty() && mid > lines.last().first().y0 && mid < lines.last().first().y1)
            lines.last() << w;
        else
            lines << QList<Word>{w};
    }
    QStringList out;
    for (QList<Word> &line : lines) {
        std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.x0 < b.x0; });
        QStringList texts;
        for (const Word &w : std::as_const(line))
            texts << w.text;
        out << texts.join(QLatin1Char(' '));
    }
    return out;
}

QStringList PageText::outsideLabels(const SheetLayout &l) const
{
    QStringList out;
    for (const Word &w : words) {
        const int slot = slotOf(l, (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2);
        const double x = slot < 0 ? 0 : l.marginLeft + (slot % l.columns) * l.pitchX;
        const double y = slot < 0 ? 0 : l.marginTop + (slot / l.columns) * l.pitchY;
        if (slot < 0 || w.x0 < x || w.x1 > x + l.labelWidth || w.y0 < y || w.y1 > y + l.labelHeight)
            out << w.text;
    }
    return out;
}

QList<PageText> pdfText(const QString &pdf)
{
    const QByteArray xml = run(tool("pdftotext", "poppler-utils"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<PageText> pages;
    QXmlStreamReader r(xml);
    const double mmPerPt = 25.4 / 72;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("page")) {
            pages << PageText{};
        } else if (r.name() == QLatin1String("word") && !pages.isEmpty()) {
            const auto a = r.attributes();
            PageText::Word w{a.value(QStringLiteral("xMin")).toDouble() * mmPerPt, a.value(QStringLiteral("yMin")).toDouble() * mmPerPt,
                             a.value(QStringLiteral("xMax")).toDouble() * mmPerPt, a.value(QStringLiteral("yMax")).toDouble() * mmPerPt,
                             r.readElementText()};
            pages.last().words << w;
        }
    }
    REQUIRE_FALSE(r.hasError());
    return pages;
}

QString pdfLayoutText(const QString &pdf)
{
    return QString::fromUtf8(run(tool("pdftotext", "poppler-utils"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(tool("pdfinfo", "poppler-utils"), {pdf}));
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = pages.match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace Aksara::Test
