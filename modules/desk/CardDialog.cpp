#include "desk/CardDialog.h"

#include "desk/MessageBar.h"

#include "circulation/CardPrinter.h"
#include "circulation/Patrons.h"
#include "render/Canvas.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Aksara::Desk {

using Render::Align;
using Render::Rgb;

QImage renderCardFront(const QString &libraryName, const QString &name, const QString &card, const QString &category,
                       const QDate &expiresOn, const QByteArray &photo, double dpi, QString *error)
{
    const double w = Circulation::CardPrinter::kCardWidth;
    const double h = Circulation::CardPrinter::kCardHeight;
    auto canvas = Render::Canvas::image(w, h, dpi);
    if (!canvas.ok()) {
        if (error)
            *error = canvas.error().message;
        return {};
    }
    Render::Canvas &c = **canvas;
    c.setColor(Rgb::hex(0xFFFFFF));
    c.rect(0, 0, w, h, true);

    // The raster canvas draws PNG only: other pictures are handed over as PNG.
    QByteArray png = photo;
    if (!photo.isEmpty() && !photo.startsWith("\x89PNG")) {
        QImage img;
        png.clear();
        if (img.loadFromData(photo)) {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            img.scaled(300, 380, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
        }
    }
    // The card printer's own drawing of the front: the preview is what the card printer prints.
    Circulation::CardFace face;
    face.libraryName = libraryName;
    face.cardNumber = card;
    face.name = name;
    face.category = category;
    face.expiresOn = expiresOn;
    face.photo = png;
    if (Status st = Circulation::CardPrinter::drawFront(c, 0, 0, face); !st.ok()) {
        if (error)
            *error = st.error().message;
    }
    c.setColor(Rgb::hex(0xC8C8C8));
    c.setLineWidth(0.2);
    c.roundedRect(0.1, 0.1, w - 0.2, h - 0.2, 3, false);
    if (Status st = c.finish(); !st.ok()) {
        if (error)
            *error = st.error().message;
        return {};
    }
    const QByteArray pixels = c.pixels();
    return QImage(reinterpret_cast<const uchar *>(pixels.constData()), c.pixelWidth(), c.pixelHeight(), c.stride(),
                  QImage::Format_ARGB32_Premultiplied)
        .copy();
}

CardDialog::CardDialog(DeskSession &session, const QString &card, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_card(card)
    , m_preview(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("cardDialog"));
    setWindowTitle(tr("Membership card — %1").arg(card));
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(520, 330);

    Circulation::Patrons patrons(session.core);
    auto account = patrons.account(session.caller, card);
    if (!account.ok()) {
        m_message->setError(account.error());
    } else {
        const Circulation::Patron &p = account->patron;
        QByteArray photo;
        if (p.hasPhoto) {
            auto ph = patrons.photo(session.caller, card);
            if (ph.ok())
                photo = *ph;
        }
        QString error;
        m_front = renderCardFront(session.library.name, p.name, p.cardNumber, p.categoryName, p.expiresOn, photo, 300, &error);
        if (!error.isEmpty())
            m_message->setMessage(MessageBar::Kind::Error, error);
        if (!m_front.isNull())
            m_preview->setPixmap(QPixmap::fromImage(
                m_front.scaled(510, 322, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    auto *note = new QLabel(tr("Front of the card. The back carries the conditions of use in Indonesian and English."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6b70;"));

    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printCardButton"));
    print->setDefault(true);
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("cardPdfButton"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    print->setEnabled(!m_front.isNull());
    pdf->setEnabled(!m_front.isNull());
    connect(print, &QPushButton::clicked, this, &CardDialog::print);
    connect(pdf, &QPushButton::clicked, this, &CardDialog::choosePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool CardDialog::savePdf(const QString &path)
{
    Circulation::CardPrinter printer(m_session.core);
    auto r = printer.print(m_session.caller, {m_card}, path);
    if (!r.ok()) {
        m_message->setError(r.error());
        return false;
    }
    m_message->setMessage(MessageBar::Kind::Success, tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CardDialog::choosePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), dir + QStringLiteral("/card-%1.pdf").arg(m_card),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void CardDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The operation first (it marks the card printed and keeps the evidence), then the paper.
    QTemporaryDir tmp;
    if (!savePdf(tmp.filePath(QStringLiteral("card.pdf"))))
        return;
    QPainter painter(&printer);
    const double dotsPerMm = printer.resolution() / 25.4;
    painter.drawImage(QRectF(0, 0, Circulation::CardPrinter::kCardWidth * dotsPerMm,
                             Circulation::CardPrinter::kCardHeight * dotsPerMm),
                      m_front);
    painter.end();
    m_message->setMessage(MessageBar::Kind::Success, tr("Sent to the printer."));
}

} // namespace Aksara::Desk
