#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <memory>

struct _cairo;
struct _cairo_surface;

namespace Aksara::Render {

// Colours without Qt Gui.
struct Rgb {
    double r = 0, g = 0, b = 0;
    static constexpr Rgb hex(unsigned v)
    {
        return {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
    }
};

enum class Align { Left, Center, Right };
enum class BarcodeKind { Code128, QrCode };

// A barcode as the rectangles of its dark modules, in module units (from libzint's vector output).
struct BarcodeShape {
    double width = 0;
    double height = 0;
    QList<std::array<double, 4>> bars; // x, y, w, h
};
// Encodes `data`; errors render.barcode (libzint's message) for data the symbology cannot hold.
Result<BarcodeShape> encodeBarcode(BarcodeKind kind, const QString &data);

// A drawing surface measured in millimetres, origin at the top left of the page: a multi-page PDF
// file or a one-page raster image (for printing from a window). Drawn with cairo, text in DejaVu
// Sans / Sans Mono (UTF-8), barcodes from libzint as vectors. No Qt Gui: usable from the CLI and
// the server.
//
// Thread affinity: one canvas per thread.
class Canvas {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Render::Canvas)

public:
    // Errors render.file (cannot write `path`).
    static Result<std::unique_ptr<Canvas>> pdf(const QString &path, double pageWidthMm, double pageHeightMm);
    static Result<std::unique_ptr<Canvas>> image(double widthMm, double heightMm, double dpi);
    ~Canvas();
    Canvas(const Canvas &) = delete;
    Canvas &operator=(const Canvas &) = delete;

    double pageWidth() const { return m_width; }
    double pageHeight() const { return m_height; }
    int pageCount() const { return m_pages; }
    void newPage();

    void setColor(Rgb color);
    void setLineWidth(double mm);
    void setDash(double onMm, double offMm); // 0, 0: solid
    void setFont(double sizePt, bool bold = false, bool mono = false);
    double fontSizeMm() const { return m_fontMm; }

    double textWidth(const QString &text) const;
    // One line of text; its baseline at y. With maxWidth > 0, an over-long text is cut with "…".
    void text(double x, double baselineY, const QString &text, Align align = Align::Left, double maxWidth = 0);
    // Wrapped text whose first line's top is at y; returns the height used. maxLines > 0 cuts with "…".
    double paragraph(double x, double topY, double width, const QString &text, double lineSpacing = 1.25,
                     int maxLines = 0, Align align = Align::Left);
    // How many lines paragraph() would take.
    int lineCount(double width, const QString &text) const;

    void line(double x1, double y1, double x2, double y2);
    void rect(double x, double y, double w, double h, bool fill = false);
    void roundedRect(double x, double y, double w, double h, double radius, bool fill = false);

    // PNG, or JPEG (embedded as is in a PDF, decoded on a raster canvas). The image is
    // fitted inside the box keeping its aspect ratio, centred. Errors render.image.
    Status image(double x, double y, double w, double h, const QByteArray &data);
    // Draws the barcode scaled to fill the box (QR codes keep their square aspect).
    Status barcode(double x, double y, double w, double h, BarcodeKind kind, const QString &data);

    // Finishes the PDF file (errors render.file) or the image.
    Status finish();
    // The raster canvas's pixels (ARGB32 premultiplied, native endian) and geometry.
    QByteArray pixels() const;
    int pixelWidth() const;
    int pixelHeight() const;
    int stride() const;

private:
    Canvas() = default;
    void applyFont() const;
    QStringList wrap(double width, const QString &text) const;

    _cairo_surface *m_surface = nullptr;
    _cairo *m_cr = nullptr;
    bool m_isPdf = false;
    bool m_finished = false;
    double m_width = 0;
    double m_height = 0;
    int m_pages = 1;
    double m_fontMm = 3.5;
    bool m_bold = false;
    bool m_mono = false;
    QString m_path;
};

// Points and millimetres.
constexpr double kMmPerPt = 25.4 / 72.0;

} // namespace Aksara::Render
