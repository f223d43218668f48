#include "QtCatch.h"

#include "render/Canvas.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

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
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (pdftoppm.isEmpty() || zbarimg.isEmpty()) {
        WARN("pdftoppm or zbarimg missing (poppler-utils, zbar-tools): the decode check did not run");
        return;
    }
    REQUIRE(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf,
                                         dir.filePath(QStringLiteral("page"))})
            == 0);
    QProcess z;
    z.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(QStringLiteral("page-1.png"))});
    REQUIRE(z.waitForFinished(30000));
    CHECK(QString::fromUtf8(z.readAllStandardOutput()).trimmed() == QStringLiteral("AKS00012345"));
}

TEST_CASE("images: PNG and JPEG are accepted, anything else is refused", "[render]")
{
    auto c = Canvas::image(20, 20, 150);
    REQUIRE(c.ok());
    // A 1x1 PNG.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    CHECK((*c)->image(0, 0, 10, 10, png).ok());
    auto bad = (*c)->image(0, 0, 10, 10, QByteArrayLiteral("GIF89a........"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("render.image"));
    CHECK((*c)->pixelWidth() == 119);
    CHECK((*c)->pixels().size() == qsizetype((*c)->stride()) * (*c)->pixelHeight());
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
