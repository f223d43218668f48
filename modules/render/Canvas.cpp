#include "render/Canvas.h"

#include <QCoreApplication>
#include <QFile>

#include <QSysInfo>

#include <cairo-pdf.h>
#include <cairo.h>
#include <zint.h>

#include <cmath>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>

#include <jpeglib.h>

namespace Aksara::Render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Render", text);
}

struct PngReader {
    const QByteArray *data;
    qsizetype pos = 0;
};

cairo_status_t readPng(void *closure, unsigned char *out, unsigned int length)
{
    auto *r = static_cast<PngReader *>(closure);
    if (r->pos + qsizetype(length) > r->data->size())
        return CAIRO_STATUS_READ_ERROR;
    std::memcpy(out, r->data->constData() + r->pos, length);
    r->pos += length;
    return CAIRO_STATUS_SUCCESS;
}

// libjpeg reports errors by calling error_exit, which must not return: it jumps back to the
// decoder with the message (the default would end the process).
struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void jpegErrorExit(j_common_ptr info)
{
    auto *e = reinterpret_cast<JpegError *>(info->err);
    (*info->err->format_message)(info, e->message);
    std::longjmp(e->jump, 1);
}

void jpegQuiet(j_common_ptr, int) {}

// The largest image drawn (a patron's photo or a logo is far smaller): a bigger one is refused
// before any pixel is decoded, so a hostile file cannot take the memory.
constexpr int kMaxImageSide = 8192;

// Decodes a JPEG (baseline or progressive; colour or grey) into an RGB24 surface. Null with a
// reason when the data is not a readable JPEG.
cairo_surface_t *decodeJpeg(const QByteArray &data, QString *why)
{
    jpeg_decompress_struct info;
    JpegError err;
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = jpegErrorExit;
    err.mgr.emit_message = jpegQuiet;
    cairo_surface_t *volatile img = nullptr;
    if (setjmp(err.jump)) {
        *why = QString::fromLocal8Bit(err.message);
        jpeg_destroy_decompress(&info);
        if (img)
            cairo_surface_destroy(img);
        return nullptr;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned long>(data.size()));
    jpeg_read_header(&info, TRUE);
    if (int(info.image_width) > kMaxImageSide || int(info.image_height) > kMaxImageSide) {
        *why = QStringLiteral("%1 x %2 pixels is larger than %3 x %3").arg(info.image_width).arg(info.image_height).arg(kMaxImageSide);
        jpeg_destroy_decompress(&info);
        return nullptr;
    }
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK) {
        *why = QStringLiteral("CMYK JPEG images are not supported");
        jpeg_destroy_decompress(&info);
        return nullptr;
    }
    // cairo's RGB24 is a 32-bit word 0x00RRGGBB in the machine's byte order.
    info.out_color_space = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? JCS_EXT_BGRX : JCS_EXT_XRGB;
    jpeg_start_decompress(&info);
    img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, int(info.output_width), int(info.output_height));
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
        *why = QStringLiteral("out of memory");
        cairo_surface_destroy(img);
        jpeg_destroy_decompress(&info);
        return nullptr;
    }
    cairo_surface_flush(img);
    unsigned char *pixels = cairo_image_surface_get_data(img);
    const int stride = cairo_image_surface_get_stride(img);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + qsizetype(stride) * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    cairo_surface_mark_dirty(img);
    return img;
}

const char *family(bool mono)
{
    return mono ? "DejaVu Sans Mono" : "DejaVu Sans";
}
} // namespace

Result<BarcodeShape> encodeBarcode(BarcodeKind kind, const QString &data)
{
    zint_symbol *s = ZBarcode_Create();
    if (!s)
        return Error::failed(QStringLiteral("render.barcode"), tr("Out of memory for a barcode."));
    s->symbology = kind == BarcodeKind::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    s->input_mode = UNICODE_MODE;
    s->show_hrt = 0;
    s->scale = 0.5f; // one module = one unit in the vector output
    if (kind == BarcodeKind::QrCode)
        s->option_1 = 2; // error correction level M
    const QByteArray utf8 = data.toUtf8();
    const int rc = ZBarcode_Encode_and_Buffer_Vector(s, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                                     int(utf8.size()), 0);
    if (rc >= ZINT_ERROR || !s->vector) {
        const QString why = QString::fromLatin1(s->errtxt);
        ZBarcode_Delete(s);
        return Error::failed(QStringLiteral("render.barcode"), tr("Cannot draw \"%1\" as a barcode: %2").arg(data, why));
    }
    BarcodeShape shape;
    shape.width = s->vector->width;
    shape.height = s->vector->height;
    for (zint_vector_rect *r = s->vector->rectangles; r; r = r->next)
        shape.bars.append({r->x, r->y, r->width, r->height});
    ZBarcode_Delete(s);
    return shape;
}

Result<std::unique_ptr<Canvas>> Canvas::pdf(const QString &path, double pageWidthMm, double pageHeightMm)
{
    std::unique_ptr<Canvas> c(new Canvas);
    c->m_isPdf = true;
    c->m_width = pageWidthMm;
    c->m_height = pageHeightMm;
    c->m_path = path;
    c->m_surface = cairo_pdf_surface_create(QFile::encodeName(path).constData(), pageWidthMm / kMmPerPt,
                                            pageHeightMm / kMmPerPt);
    if (cairo_surface_status(c->m_surface) != CAIRO_STATUS_SUCCESS)
        return Error::failed(QStringLiteral("render.file"),
                             tr("Cannot write %1: %2").arg(path, QString::fromLatin1(cairo_status_to_string(cairo_surface_status(c->m_surface)))));
    cairo_pdf_surface_set_metadata(c->m_surface, CAIRO_PDF_METADATA_CREATOR, "Aksara");
    c->m_cr = cairo_create(c->m_surface);
    cairo_scale(c->m_cr, 1.0 / kMmPerPt, 1.0 / kMmPerPt);
    c->setFont(10);
    c->setLineWidth(0.2);
    return c;
}

Result<std::unique_ptr<Canvas>> Canvas::image(double widthMm, double heightMm, double dpi)
{
    std::unique_ptr<Canvas> c(new Canvas);
    c->m_width = widthMm;
    c->m_height = heightMm;
    const double pxPerMm = dpi / 25.4;
    c->m_surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, int(std::ceil(widthMm * pxPerMm)),
                                              int(std::ceil(heightMm * pxPerMm)));
    if (cairo_surface_status(c->m_surface) != CAIRO_STATUS_SUCCESS)
        return Error::failed(QStringLiteral("render.file"), tr("Cannot create an image of that size."));
    c->m_cr = cairo_create(c->m_surface);
    cairo_set_source_rgb(c->m_cr, 1, 1, 1);
    cairo_paint(c->m_cr);
    cairo_scale(c->m_cr, pxPerMm, pxPerMm);
    c->setFont(10);
    c->setLineWidth(0.2);
    c->setColor({});
    return c;
}

Canvas::~Canvas()
{
    if (m_cr)
        cairo_destroy(m_cr);
    if (m_surface) {
        if (m_isPdf && !m_finished)
            cairo_surface_finish(m_surface);
        cairo_surface_destroy(m_surface);
    }
}

void Canvas::newPage()
{
    if (!m_isPdf)
        return;
    cairo_show_page(m_cr);
    ++m_pages;
}

void Canvas::setColor(Rgb color)
{
    cairo_set_source_rgb(m_cr, color.r, color.g, color.b);
}

void Canvas::setLineWidth(double mm)
{
    cairo_set_line_width(m_cr, mm);
}

void Canvas::setDash(double onMm, double offMm)
{
    if (onMm <= 0) {
        cairo_set_dash(m_cr, nullptr, 0, 0);
        return;
    }
    const double dashes[2] = {onMm, offMm};
    cairo_set_dash(m_cr, dashes, 2, 0);
}

void Canvas::setFont(double sizePt, bool bold, bool mono)
{
    m_fontMm = sizePt * kMmPerPt;
    m_bold = bold;
    m_mono = mono;
    applyFont();
}

void Canvas::applyFont() const
{
    cairo_select_font_face(m_cr, family(m_mono), CAIRO_FONT_SLANT_NORMAL,
                           m_bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(m_cr, m_fontMm);
}

double Canvas::textWidth(const QString &text) const
{
    cairo_text_extents_t ext;
    cairo_text_extents(m_cr, text.toUtf8().constData(), &ext);
    return ext.x_advance;
}

void Canvas::text(double x, double baselineY, const QString &text, Align align, double maxWidth)
{
    QString t = text;
    if (maxWidth > 0 && textWidth(t) > maxWidth) {
        while (!t.isEmpty() && textWidth(t + QStringLiteral("…")) > maxWidth)
            t.chop(1);
        t = t.trimmed() + QStringLiteral("…");
    }
    const double w = textWidth(t);
    const double x0 = align == Align::Left ? x : align == Align::Center ? x - w / 2 : x - w;
    cairo_move_to(m_cr, x0, baselineY);
    cairo_show_text(m_cr, t.toUtf8().constData());
}

QStringList Canvas::wrap(double width, const QString &text) const
{
    QStringList lines;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (textWidth(candidate) <= width || current.isEmpty()) {
                current = candidate;
            } else {
                lines << current;
                current = word;
            }
        }
        lines << current;
    }
    return lines;
}

int Canvas::lineCount(double width, const QString &text) const
{
    return int(wrap(width, text).size());
}

double Canvas::paragraph(double x, double topY, double width, const QString &text, double lineSpacing, int maxLines,
                         Align align)
{
    QStringList lines = wrap(width, text);
    if (maxLines > 0 && lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() += QStringLiteral(" …");
    }
    const double step = m_fontMm * lineSpacing;
    double y = topY + m_fontMm * 0.8;
    const double ax = align == Align::Left ? x : align == Align::Center ? x + width / 2 : x + width;
    for (const QString &l : std::as_const(lines)) {
        this->text(ax, y, l, align, width);
        y += step;
    }
    return step * double(lines.size());
}

void Canvas::line(double x1, double y1, double x2, double y2)
{
    cairo_move_to(m_cr, x1, y1);
    cairo_line_to(m_cr, x2, y2);
    cairo_stroke(m_cr);
}

void Canvas::rect(double x, double y, double w, double h, bool fill)
{
    cairo_rectangle(m_cr, x, y, w, h);
    fill ? cairo_fill(m_cr) : cairo_stroke(m_cr);
}

void Canvas::roundedRect(double x, double y, double w, double h, double r, bool fill)
{
    cairo_new_sub_path(m_cr);
    cairo_arc(m_cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(m_cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(m_cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(m_cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(m_cr);
    fill ? cairo_fill(m_cr) : cairo_stroke(m_cr);
}

Status Canvas::image(double x, double y, double w, double h, const QByteArray &data)
{
    cairo_surface_t *img = nullptr;
    int iw = 0, ih = 0;
    if (data.startsWith("\x89PNG")) {
        PngReader reader{&data};
        img = cairo_image_surface_create_from_png_stream(readPng, &reader);
        if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(img);
            return Error::failed(QStringLiteral("render.image"), tr("The image is not a readable PNG file."));
        }
        iw = cairo_image_surface_get_width(img);
        ih = cairo_image_surface_get_height(img);
    } else if (data.startsWith("\xFF\xD8")) {
        QString why;
        img = decodeJpeg(data, &why);
        if (!img)
            return Error::failed(QStringLiteral("render.image"), tr("The image is not a readable JPEG file (%1).").arg(why));
        iw = cairo_image_surface_get_width(img);
        ih = cairo_image_surface_get_height(img);
        // In a PDF the JPEG goes in as it is (smaller, and no second compression); the decoded
        // pixels are what cairo falls back on and what a raster canvas draws.
        if (m_isPdf) {
            auto *copy = new QByteArray(data);
            cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char *>(copy->constData()),
                                        static_cast<unsigned long>(copy->size()),
                                        [](void *p) { delete static_cast<QByteArray *>(p); }, copy);
        }
    } else {
        return Error::failed(QStringLiteral("render.image"), tr("Only PNG and JPEG images can be drawn."));
    }
    const double scale = std::min(w / iw, h / ih);
    const double dw = iw * scale, dh = ih * scale;
    cairo_save(m_cr);
    cairo_translate(m_cr, x + (w - dw) / 2, y + (h - dh) / 2);
    cairo_scale(m_cr, scale, scale);
    cairo_set_source_surface(m_cr, img, 0, 0);
    cairo_paint(m_cr);
    cairo_restore(m_cr);
    cairo_surface_destroy(img);
    return {};
}

Status Canvas::barcode(double x, double y, double w, double h, BarcodeKind kind, const QString &data)
{
    auto shape = encodeBarcode(kind, data);
    if (!shape.ok())
        return shape.error();
    double sx = w / shape->width, sy = h / shape->height;
    double ox = x, oy = y;
    if (kind == BarcodeKind::QrCode) {
        sx = sy = std::min(sx, sy);
        ox += (w - shape->width * sx) / 2;
        oy += (h - shape->height * sy) / 2;
    }
    for (const auto &b : std::as_const(shape->bars))
        cairo_rectangle(m_cr, ox + b[0] * sx, oy + b[1] * sy, b[2] * sx, b[3] * sy);
    cairo_fill(m_cr);
    return {};
}

Status Canvas::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (!m_isPdf) {
        cairo_surface_flush(m_surface);
        return {};
    }
    cairo_destroy(m_cr);
    m_cr = nullptr;
    cairo_surface_finish(m_surface);
    if (cairo_surface_status(m_surface) != CAIRO_STATUS_SUCCESS)
        return Error::failed(QStringLiteral("render.file"),
                             tr("Cannot write %1: %2").arg(m_path, QString::fromLatin1(cairo_status_to_string(cairo_surface_status(m_surface)))));
    return {};
}

QByteArray Canvas::pixels() const
{
    if (m_isPdf)
        return {};
    cairo_surface_flush(m_surface);
    const auto *d = reinterpret_cast<const char *>(cairo_image_surface_get_data(m_surface));
    return QByteArray(d, qsizetype(stride()) * pixelHeight());
}

int Canvas::pixelWidth() const
{
    return m_isPdf ? 0 : cairo_image_surface_get_width(m_surface);
}

int Canvas::pixelHeight() const
{
    return m_isPdf ? 0 : cairo_image_surface_get_height(m_surface);
}

int Canvas::stride() const
{
    return m_isPdf ? 0 : cairo_image_surface_get_stride(m_surface);
}

} // namespace Aksara::Render
