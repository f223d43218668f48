#include "QtCatch.h"
#include "Require.h"

#include "render/Canvas.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>
#include <cstring>

#include <jpeglib.h>

using namespace Aksara::Render;

TEST_CASE("barcodes come out of libzint as bars, and impossible data is refused", "[render]")
{
    auto code128 = encodeBarcode(BarcodeKind::Code128, QStringLiteral("AKS00012345"));
    REQUIRE(code128.ok());
    CHECK(code128->bars.size() > 10);
    CHECK(code128->width > 50);
    auto qr = encodeBarcode(BarcodeKind::QrCode, QStringLiteral("Perpustakaan Aksara — kartu 12345"));
    REQUIRE(qr.ok());
    CHECK(qr->width == qr->height);
    auto tooLong = encodeBarcode(BarcodeKind::Code128, QString(200, QLatin1Char('9')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == QStringLiteral("render.barcode"));
}

TEST_CASE("a PDF with text, shapes and a barcode renders and its barcode decodes", "[render]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    {
        auto c = Canvas::pdf(pdf, 85.6, 54);
        REQUIRE(c.ok());
        (*c)->setFont(9, true);
        (*c)->text(5, 8, QStringLiteral("Perpustakaan Daerah — Kartu Anggota"));
        (*c)->roundedRect(1, 1, 83.6, 52, 3);
        REQUIRE((*c)->barcode(10, 25, 65, 18, BarcodeKind::Code128, QStringLiteral("AKS00012345")).ok());
        REQUIRE((*c)->finish().ok());
    }
    CHECK(QFile(pdf).size() > 1000);
    const QString pdftoppm = Aksara::Test::requireTool("pdftoppm", "poppler-utils");
    const QString zbarimg = Aksara::Test::requireTool("zbarimg", "zbar-tools");
    REQUIRE(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf,
                                         dir.filePath(QStringLiteral("page"))})
            == 0);
    QProcess z;
    z.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(QStringLiteral("page-1.png"))});
    REQUIRE(z.waitForFinished(30000));
    CHECK(QString::fromUtf8(z.readAllStandardOutput()).trimmed() == QStringLiteral("AKS00012345"));
}

namespace {
struct QRgbTriple {
    int r, g, b;
};

// A JPEG made here with libjpeg: `width` x `height`, the left half red and the right half blue
// (or, grey, one level of grey).
QByteArray makeJpeg(int width, int height, bool grey = false)
{
    jpeg_compress_struct info;
    jpeg_error_mgr err;
    info.err = jpeg_std_error(&err);
    jpeg_create_compress(&info);
    unsigned char *out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &out, &size);
    info.image_width = JDIMENSION(width);
    info.image_height = JDIMENSION(height);
    info.input_components = grey ? 1 : 3;
    info.in_color_space = grey ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 95, TRUE);
    jpeg_start_compress(&info, TRUE);
    QByteArray row(width * info.input_components, '\0');
    for (int x = 0; x < width; ++x) {
        if (grey) {
            row[x] = char(0x40);
        } else {
            const bool left = x < width / 2;
            row[x * 3] = char(left ? 0xFF : 0x00);
            row[x * 3 + 1] = char(0x00);
            row[x * 3 + 2] = char(left ? 0x00 : 0xFF);
        }
    }
    while (info.next_scanline < info.image_height) {
        JSAMPROW r = reinterpret_cast<JSAMPROW>(row.data());
        jpeg_write_scanlines(&info, &r, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray bytes(reinterpret_cast<const char *>(out), qsizetype(size));
    std::free(out);
    return bytes;
}

// The colour of a pixel of a raster canvas (cairo's RGB24: 0x00RRGGBB in the machine's order).
QRgbTriple pixelAt(const Canvas &c, int x, int y)
{
    const QByteArray px = c.pixels();
    quint32 word = 0;
    std::memcpy(&word, px.constData() + qsizetype(y) * c.stride() + x * 4, 4);
    return {int((word >> 16) & 0xFF), int((word >> 8) & 0xFF), int(word & 0xFF)};
}
} // namespace

TEST_CASE("images: PNG and JPEG are accepted and drawn, anything else is refused", "[render]")
{
    auto c = Canvas::image(20, 20, 150);
    REQUIRE(c.ok());
    CHECK((*c)->pixelWidth() == 119);
    CHECK((*c)->pixels().size() == qsizetype((*c)->stride()) * (*c)->pixelHeight());
    // A 1x1 PNG.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    CHECK((*c)->image(0, 0, 10, 10, png).ok());

    // A colour JPEG fills the top half of the canvas (twice as wide as high): red on the left,
    // blue on the right, as decoded pixels (not a grey stand-in).
    const QByteArray jpeg = makeJpeg(32, 16);
    REQUIRE(jpeg.startsWith("\xFF\xD8"));
    REQUIRE((*c)->image(0, 0, 20, 10, jpeg).ok());
    const QRgbTriple left = pixelAt(**c, 25, 30), right = pixelAt(**c, 95, 30);
    INFO("left " << left.r << "," << left.g << "," << left.b << " right " << right.r << "," << right.g << "," << right.b);
    CHECK(left.r > 200);
    CHECK(left.b < 60);
    CHECK(right.b > 200);
    CHECK(right.r < 60);
    // A grey JPEG on the bottom half.
    REQUIRE((*c)->image(0, 10, 20, 10, makeJpeg(32, 16, true)).ok());
    const QRgbTriple grey = pixelAt(**c, 60, 90);
    INFO("grey " << grey.r << "," << grey.g << "," << grey.b);
    CHECK(std::abs(grey.r - 0x40) < 12);
    CHECK(std::abs(grey.g - 0x40) < 12);
    CHECK(std::abs(grey.b - 0x40) < 12);

    // Refused, with the reason, and nothing drawn: another format, a JPEG cut short in its header,
    // a JPEG whose header claims a huge picture.
    auto bad = (*c)->image(0, 0, 10, 10, QByteArrayLiteral("GIF89a........"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("render.image"));
    auto cut = (*c)->image(0, 0, 10, 10, jpeg.left(40));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == QStringLiteral("render.image"));
    QByteArray huge = makeJpeg(16, 16);
    const qsizetype sof = huge.indexOf("\xFF\xC0");
    REQUIRE(sof > 0);
    huge[sof + 5] = char(0xFF); // height 65,2xx
    huge[sof + 7] = char(0xFF); // width 65,2xx
    auto big = (*c)->image(0, 0, 10, 10, huge);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == QStringLiteral("render.image"));
    CHECK(pixelAt(**c, 25, 30).r > 200); // what was drawn before is untouched
}

TEST_CASE("images: a JPEG goes into a PDF as it is", "[render]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("photo.pdf"));
    {
        auto c = Canvas::pdf(pdf, 85.6, 54);
        REQUIRE(c.ok());
        REQUIRE((*c)->image(5, 5, 20, 25, makeJpeg(64, 80)).ok());
        REQUIRE((*c)->finish().ok());
    }
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("/DCTDecode"));
}

TEST_CASE("a PDF that cannot be written is a clear error", "[render]")
{
    auto c = Canvas::pdf(QStringLiteral("/nonexistent-dir/x.pdf"), 210, 297);
    if (c.ok()) {
        // cairo may only notice at finish().
        auto st = (*c)->finish();
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("render.file"));
    } else {
        CHECK(c.error().code == QStringLiteral("render.file"));
    }
}
