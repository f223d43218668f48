#include "circulation/CardPrinter.h"

#include "core/LibraryProfile.h"

#include "circulation/CardNumber.h"
#include "circulation/Internal.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonArray>

namespace Aksara::Circulation {

using Render::Align;
using Render::BarcodeKind;
using Render::Canvas;
using Render::Rgb;

namespace {
constexpr double kPageW = 210.0;
constexpr double kPageH = 297.0;
constexpr int kCols = 2;
constexpr int kRows = 5;
constexpr double kGridW = CardPrinter::kCardWidth * kCols;
constexpr double kGridH = CardPrinter::kCardHeight * kRows;
constexpr double kLeft = (kPageW - kGridW) / 2;
constexpr double kTop = (kPageH - kGridH) / 2;
constexpr Rgb kBrand = Rgb::hex(0x0B5563);
constexpr Rgb kInk = Rgb::hex(0x1A1A1A);
constexpr Rgb kMuted = Rgb::hex(0x666666);
constexpr Rgb kPale = Rgb::hex(0xE4ECEE);

// Short marks in the margins continuing every cutting line, clear of the cards.
void cropMarks(Canvas &c)
{
    c.setColor(kInk);
    c.setLineWidth(0.15);
    c.setDash(0, 0);
    const double gap = 2.0;
    const double len = 6.0;
    for (int i = 0; i <= kCols; ++i) {
        const double x = kLeft + i * CardPrinter::kCardWidth;
        c.line(x, kTop - gap, x, kTop - gap - len);
        c.line(x, kTop + kGridH + gap, x, kTop + kGridH + gap + len);
    }
    for (int j = 0; j <= kRows; ++j) {
        const double y = kTop + j * CardPrinter::kCardHeight;
        c.line(kLeft - gap, y, kLeft - gap - len, y);
        c.line(kLeft + kGridW + gap, y, kLeft + kGridW + gap + len, y);
    }
}

void placeholderPhoto(Canvas &c, double x, double y, double w, double h)
{
    c.setColor(kPale);
    c.roundedRect(x, y, w, h, 1.2, true);
    c.setColor(Rgb::hex(0xA9BCC1));
    const double cx = x + w / 2;
    c.roundedRect(cx - w * 0.18, y + h * 0.16, w * 0.36, w * 0.36, w * 0.18, true); // head
    c.roundedRect(x + w * 0.14, y + h * 0.58, w * 0.72, h * 0.42, w * 0.3, true);    // shoulders
    c.setColor(kPale);
    c.rect(x, y + h - 0.01, w, 0.01, true);
}

Status front(Canvas &c, double x, double y, const CardFace &f, const CardPrintOptions &o)
{
    const double w = CardPrinter::kCardWidth;
    // Header band with the library's name.
    c.setColor(kBrand);
    c.rect(x, y, w, 11.5, true);
    double textX = x + 3;
    if (!o.logo.isEmpty()) {
        if (c.image(x + 2, y + 1.25, 9, 9, o.logo).ok())
            textX = x + 13;
    }
    c.setColor(Rgb::hex(0xFFFFFF));
    c.setFont(8.5, true);
    c.text(textX, y + 5.3, f.libraryName, Align::Left, x + w - 2.5 - textX);
    c.setFont(5.8);
    c.text(textX, y + 9.4, QStringLiteral("KARTU ANGGOTA  ·  LIBRARY MEMBERSHIP CARD"), Align::Left, x + w - 2.5 - textX);

    // Photo or placeholder.
    const double px = x + 3, py = y + 14, pw = 19, ph = 23.5;
    if (f.photo.isEmpty() || !c.image(px, py, pw, ph, f.photo).ok())
        placeholderPhoto(c, px, py, pw, ph);

    const double tx = x + 25.5;
    const double tw = w - 25.5 - 3;
    auto field = [&](double fx, double baseline, double width, const QString &label, const QString &value, bool mono) {
        c.setColor(kMuted);
        c.setFont(4.8);
        c.text(fx, baseline, label, Align::Left, width);
        c.setColor(kInk);
        c.setFont(mono ? 8.0 : 7.6, true, mono);
        c.text(fx, baseline + 3.4, value, Align::Left, width);
    };
    field(tx, y + 16.2, tw, QStringLiteral("Nama / Name"), f.name, false);
    field(tx, y + 23.4, tw, QStringLiteral("No. Anggota / Card number"), f.cardNumber, true);
    field(tx, y + 30.6, tw * 0.52, QStringLiteral("Kategori / Category"), f.category, false);
    field(tx + tw * 0.55, y + 30.6, tw * 0.45, QStringLiteral("Berlaku s.d. / Valid until"),
          f.expiresOn.isValid() ? f.expiresOn.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("-"), false);

    // The card number as a barcode, with a quiet zone on each side.
    c.setColor(kInk);
    if (o.barcode == BarcodeKind::QrCode)
        return c.barcode(x + w - 3 - 13, y + 38.5, 13, 13, BarcodeKind::QrCode, f.cardNumber);
    return c.barcode(x + 6, y + 40.0, w - 12, 11.0, BarcodeKind::Code128, f.cardNumber);
}

void back(Canvas &c, double x, double y, const CardFace &f)
{
    const double w = CardPrinter::kCardWidth;
    const double inner = w - 6;
    c.setColor(kBrand);
    c.rect(x, y, w, 2.5, true);
    c.setColor(kInk);
    c.setFont(6.8, true);
    c.text(x + 3, y + 7, QStringLiteral("Ketentuan / Conditions of use"));
    c.setFont(5.2);
    double top = y + 8.6;
    top += c.paragraph(x + 3, top, inner,
                       QStringLiteral("Kartu ini milik perpustakaan dan hanya berlaku bagi pemegangnya. Tunjukkan kartu "
                                      "setiap meminjam. Laporkan segera bila kartu hilang."),
                       1.2, 3);
    c.setColor(kMuted);
    top += 0.6;
    top += c.paragraph(x + 3, top, inner,
                       QStringLiteral("This card belongs to the library and is valid only for its holder. Show it "
                                      "whenever you borrow. Report a lost card at once."),
                       1.2, 3);
    c.setColor(kInk);
    top += 1.2;
    c.setFont(5.2, true);
    c.text(x + 3, top + 2, QStringLiteral("Bila menemukan kartu ini, kembalikan ke / If found, please return to:"), Align::Left, inner);
    c.setFont(5.2);
    QStringList where{f.libraryName};
    if (!f.branchName.isEmpty())
        where << f.branchName;
    if (!f.branchAddress.isEmpty())
        where << f.branchAddress;
    if (!f.libraryContact.isEmpty())
        where << f.libraryContact;
    c.paragraph(x + 3, top + 3, inner, where.join(QStringLiteral(", ")), 1.2, 2);
    // Signature line.
    c.setColor(kMuted);
    c.setLineWidth(0.2);
    c.line(x + 3, y + 47.5, x + 45, y + 47.5);
    c.setFont(4.8);
    c.text(x + 3, y + 50.3, QStringLiteral("Tanda tangan pemegang / Holder's signature"));
    c.setFont(6, false, true);
    c.setColor(kInk);
    c.text(x + w - 3, y + 50.3, f.cardNumber, Align::Right);
}

QByteArray logoFromSetting(Database &db)
{
    auto path = setting(db, QStringLiteral("card.logo"));
    if (!path.ok() || path->isEmpty())
        return {};
    QFile f(*path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QJsonObject CardBatch::toJson() const
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("file"), path},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("cards"), QJsonArray::fromStringList(cardNumbers)}};
}

Status CardPrinter::drawFront(Render::Canvas &canvas, double x, double y, const CardFace &face, const CardPrintOptions &options)
{
    return front(canvas, x, y, face, options);
}

Result<int> CardPrinter::render(const QList<CardFace> &faces, const QString &path, const CardPrintOptions &options)
{
    auto canvas = Canvas::pdf(path, kPageW, kPageH);
    if (!canvas.ok())
        return canvas.error();
    Canvas &c = **canvas;
    const int sheets = int((faces.size() + kCardsPerPage - 1) / kCardsPerPage);
    for (int s = 0; s < sheets; ++s) {
        if (s > 0)
            c.newPage();
        const QList<CardFace> sheet = faces.mid(s * kCardsPerPage, kCardsPerPage);
        cropMarks(c);
        for (int i = 0; i < sheet.size(); ++i) {
            const double x = kLeft + (i % kCols) * kCardWidth;
            const double y = kTop + (i / kCols) * kCardHeight;
            if (Status st = front(c, x, y, sheet[i], options); !st.ok())
                return st.error();
        }
        if (options.backs) {
            c.newPage();
            cropMarks(c);
            for (int i = 0; i < sheet.size(); ++i) {
                const double x = kLeft + (kCols - 1 - i % kCols) * kCardWidth;
                const double y = kTop + (i / kCols) * kCardHeight;
                back(c, x, y, sheet[i]);
            }
        }
    }
    const int pages = c.pageCount();
    if (Status st = c.finish(); !st.ok())
        return st.error();
    return pages;
}

Result<CardBatch> CardPrinter::print(const Caller &caller, const QStringList &cards, const QString &path,
                                     const CardPrintOptions &options)
{
    return printWhere(caller, QStringLiteral("card.print"), cards, false, path, options, 0);
}

Result<CardBatch> CardPrinter::printBatch(const Caller &caller, const QString &path, const CardPrintOptions &options, int limit)
{
    return printWhere(caller, QStringLiteral("card.print_batch"), {}, true, path, options, limit);
}

Result<CardBatch> CardPrinter::printWhere(const Caller &caller, const QString &operation, const QStringList &cards, bool batch,
                                          const QString &path, const CardPrintOptions &options, int limit)
{
    const QString part = path + QStringLiteral(".part");
    const OperationSpec spec{Services::Membership, operation, Rights::CardPrint,
                             batch ? QStringLiteral("batch") : cards.join(QLatin1Char(' ')).left(200)};
    auto done = m_core.execute<CardBatch>(caller, spec, [&](OperationContext &ctx) -> Result<CardBatch> {
        Database &db = ctx.db();
        if (path.trimmed().isEmpty())
            return Error::refused(QStringLiteral("render.file"), tr("Say where to write the PDF."));
        QList<qint64> ids;
        QList<Reason> reasons;
        if (batch) {
            auto r = rows(db, QStringLiteral("SELECT id FROM patrons WHERE status = 'active' AND card_printed_at IS NULL ORDER BY id LIMIT ?"),
                          {qBound(1, limit, 100000)});
            if (!r.ok())
                return r.error();
            for (const QVariantList &v : std::as_const(*r))
                ids << v[0].toLongLong();
            if (ids.isEmpty())
                return Error::refused(QStringLiteral("circulation.nothing_to_print"), tr("Every active patron's card has been printed."));
        } else {
            if (cards.isEmpty())
                return Error::refused(QStringLiteral("circulation.nothing_to_print"), tr("Say which cards to print."));
            for (const QString &card : cards) {
                auto p = findPatron(db, card);
                if (p.ok())
                    ids << p->id;
                else if (p.error().isRefusal())
                    reasons << Reason{p.error().code, p.error().message};
                else
                    return p.error();
            }
            if (!reasons.isEmpty())
                return refusalFrom(reasons);
        }
        auto library = LibraryProfile::read(db);
        if (!library.ok())
            return library.error();
        const QString contact = QStringList{library->phone, library->email}.filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral(" · "));
        QList<CardFace> faces;
        CardBatch out;
        for (qint64 id : std::as_const(ids)) {
            auto r = firstRow(db, QStringLiteral("SELECT p.card_number, p.name, c.name, p.expires_on, p.photo, b.name, b.address "
                                                 "FROM patrons p JOIN patron_categories c ON c.id = p.category_id "
                                                 "JOIN branches b ON b.id = p.home_branch_id WHERE p.id = ?"),
                              {id});
            if (!r.ok())
                return r.error();
            const QVariantList &v = **r;
            faces << CardFace{library->name, v[0].toString(), v[1].toString(), v[2].toString(), parseDate(v[3]),
                              v[4].toByteArray(), v[5].toString(), v[6].toString(), contact};
            out.cardNumbers << v[0].toString();
            if (Status st = execute(db, QStringLiteral("UPDATE patrons SET card_printed_at = ?, updated_op = ? WHERE id = ?"),
                                    {ctx.nowMs(), ctx.operationId(), id});
                !st.ok())
                return st.error();
        }
        CardPrintOptions o = options;
        // The logo: the options', else card.logo (a file on this machine), else the library's own.
        if (o.logo.isEmpty())
            o.logo = logoFromSetting(db);
        if (o.logo.isEmpty())
            o.logo = library->logo;
        QFile::remove(part);
        auto pages = render(faces, part, o);
        if (!pages.ok()) {
            QFile::remove(part);
            return pages.error();
        }
        out.pages = *pages;
        out.path = QFileInfo(path).absoluteFilePath();
        ctx.setDetail(QStringLiteral("cards"), int(out.cardNumbers.size()));
        return out;
    });
    if (!done.ok()) {
        QFile::remove(part);
        return done;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Error::failed(QStringLiteral("render.file"), tr("Cannot write %1.").arg(path));
    }
    return done;
}

} // namespace Aksara::Circulation
