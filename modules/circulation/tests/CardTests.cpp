#include "CirculationFixture.h"

#include "circulation/CardPrinter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Require.h"

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

namespace {
// Rasterises one page of a PDF at 300 dpi and returns everything zbarimg decodes on it.
QStringList decodePage(const QString &pdf, int page, const QString &dir)
{
    const QString pdftoppm = requireTool("pdftoppm", "poppler-utils");
    const QString zbarimg = requireTool("zbarimg", "zbar-tools");
    const QString prefix = dir + QStringLiteral("/page%1").arg(page);
    REQUIRE(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                                         prefix})
            == 0);
    QProcess z;
    z.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), prefix + QStringLiteral(".png")});
    REQUIRE(z.waitForFinished(60000));
    QStringList out = QString::fromUtf8(z.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    out.sort();
    return out;
}
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

TEST_CASE_METHOD(CirculationFixture, "card PDFs: ten cards a page, barcodes that decode back to the card numbers", "[db][circulation][card]")
{
    QTemporaryDir dir;
    QStringList cards;
    for (int i = 0; i < 12; ++i) {
        PatronInput in;
        in.name = QStringLiteral("Anggota Perpustakaan Nomor %1 dengan Nama yang Cukup Panjang").arg(i + 1);
        if (i == 0)
            in.photo = kPng;
        auto p = patrons.registerPatron(librarian, in);
        REQUIRE_OK(p);
        cards << p->cardNumber;
    }
    CardPrinter printer(core);
    const QString pdf = dir.filePath(QStringLiteral("cards.pdf"));
    auto batch = printer.printBatch(librarian, pdf);
    REQUIRE_OK(batch);
    CHECK(batch->cardNumbers == cards);
    CHECK(batch->pages == 4); // two sheets, fronts and backs
    CHECK(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_printed_at IS NOT NULL")) == 12);

    QStringList first = cards.mid(0, 10);
    first.sort();
    CHECK(decodePage(pdf, 1, dir.path()) == first);
    QStringList second = cards.mid(10);
    second.sort();
    CHECK(decodePage(pdf, 3, dir.path()) == second);
    CHECK(decodePage(pdf, 2, dir.path()).isEmpty()); // backs carry no barcode

    // Everything printed: the batch has nothing left.
    CHECK(printer.printBatch(librarian, dir.filePath(QStringLiteral("none.pdf"))).error().code == QStringLiteral("circulation.nothing_to_print"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    // A replaced card goes back into the batch.
    auto replaced = patrons.replaceCard(librarian, cards[3], QStringLiteral("lost"), false);
    REQUIRE_OK(replaced);
    const QString qrPdf = dir.filePath(QStringLiteral("qr.pdf"));
    CardPrintOptions qr;
    qr.barcode = Render::BarcodeKind::QrCode;
    qr.backs = false;
    auto one = printer.printBatch(librarian, qrPdf, qr);
    REQUIRE_OK(one);
    CHECK(one->cardNumbers == QStringList{replaced->patron.cardNumber});
    CHECK(one->pages == 1);
    CHECK(decodePage(qrPdf, 1, dir.path()) == QStringList{replaced->patron.cardNumber});
}

TEST_CASE_METHOD(CirculationFixture, "printing named cards refuses unknown ones and writes no file", "[db][circulation][card]")
{
    QTemporaryDir dir;
    const Patron p = patron(QStringLiteral("Lestari"));
    CardPrinter printer(core);
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    auto bad = printer.print(librarian, {p.cardNumber, QStringLiteral("AKS99999997"), QStringLiteral("AKS00000011")}, pdf);
    REQUIRE_FALSE(bad.ok());
    CHECK(reasonCodes(bad.error()) == QStringList{QStringLiteral("circulation.unknown_patron"), QStringLiteral("circulation.bad_card_number")});
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_printed_at IS NOT NULL")) == 0);
    Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    CHECK(printer.print(kiosk, {p.cardNumber}, pdf).error().code == QStringLiteral("core.forbidden"));
    auto good = printer.print(librarian, {p.cardNumber}, pdf);
    REQUIRE_OK(good);
    CHECK(decodePage(pdf, 1, dir.path()) == QStringList{p.cardNumber});
    // An unwritable place is a clear failure, and the cards are not marked printed.
    const Patron q = patron(QStringLiteral("Ratna"));
    auto nowhere = printer.print(librarian, {q.cardNumber}, QStringLiteral("/nonexistent-dir/cards.pdf"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().code == QStringLiteral("render.file"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_printed_at IS NULL AND id = ?"), {q.id}) == 1);
}
