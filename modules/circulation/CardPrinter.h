#pragma once

#include <QCoreApplication>

#include "circulation/Types.h"

#include "core/ServiceCore.h"
#include "render/Canvas.h"

namespace Aksara::Circulation {

struct CardPrintOptions {
    Render::BarcodeKind barcode = Render::BarcodeKind::Code128;
    QByteArray logo;   // PNG or JPEG; empty: the file named by the card.logo setting, if any
    bool backs = true; // a second page of backs per sheet, mirrored for long-edge duplex
};

// What one card shows.
struct CardFace {
    QString libraryName;
    QString cardNumber;
    QString name;
    QString category;
    QDate expiresOn;
    QByteArray photo; // empty: a drawn placeholder
    QString branchName;
    QString branchAddress;
    QString libraryContact; // phone · e-mail, on the back
};

struct CardBatch {
    QString path;
    QStringList cardNumbers;
    int pages = 0;
    QJsonObject toJson() const;
};

// Membership cards as a PDF for a card printer or for cutting: A4 sheets with ten CR80 cards
// (85.6 × 54 mm, two columns of five, crop marks in the margins), fronts on one page and backs on
// the next (columns swapped, so a long-edge duplex print puts each back behind its front). The
// front shows the library name (and logo), the photo or a placeholder, the name, card number,
// category and expiry with Indonesian/English labels, and the card number as a Code 128 (or QR)
// barcode drawn by libzint; the back the conditions of use in both languages, where to return a
// found card, and a signature line.
//
//   print       service membership, right card.print: the given cards. Refusals: the card
//               refusals (every unknown card at once).
//   printBatch  every active patron whose current card has not been printed yet; refusal
//               circulation.nothing_to_print.
// Both mark the cards printed (patrons.card_printed_at) in the same operation; the PDF is
// written beside `path` and moved into place only when the operation committed. Errors
// render.file, render.barcode.
class CardPrinter {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Circulation::CardPrinter)

public:
    static constexpr int kCardsPerPage = 10;
    static constexpr double kCardWidth = 85.6;
    static constexpr double kCardHeight = 54.0;

    explicit CardPrinter(ServiceCore &core) : m_core(core) {}

    Result<CardBatch> print(const Caller &caller, const QStringList &cards, const QString &path,
                            const CardPrintOptions &options = {});
    Result<CardBatch> printBatch(const Caller &caller, const QString &path, const CardPrintOptions &options = {},
                                 int limit = 500);

    // Draws the cards into a PDF at `path` (no database): the layout above. Returns the page count.
    static Result<int> render(const QList<CardFace> &faces, const QString &path, const CardPrintOptions &options);
    // Draws one front at (x, y) in millimetres on any canvas (a PDF page, or the raster image the
    // desk's card preview shows, so that the preview is the print). Errors render.barcode.
    static Status drawFront(Render::Canvas &canvas, double x, double y, const CardFace &face, const CardPrintOptions &options = {});

private:
    Result<CardBatch> printWhere(const Caller &caller, const QString &operation, const QStringList &cards, bool batch,
                                 const QString &path, const CardPrintOptions &options, int limit);
    ServiceCore &m_core;
};

} // namespace Aksara::Circulation
