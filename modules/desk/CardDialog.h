#pragma once

#include "desk/DeskSession.h"

#include <QDialog>
#include <QImage>

class QLabel;

namespace Aksara::Desk {

class MessageBar;

// The membership card before it is printed: the front as it will come out (the card printer's
// layout, drawn by the render module on a raster canvas at 300 dpi), then Print (through the
// system's print dialog, at card size) or Save as PDF (the circulation module's card sheet, fronts
// and backs). Both are the card.print operation, which marks the card printed.
class CardDialog : public QDialog {
    Q_OBJECT
public:
    CardDialog(DeskSession &session, const QString &card, QWidget *parent = nullptr);

    const QImage &front() const { return m_front; }
    // The module's PDF of this card at `path`; false (and the reason shown) when refused.
    bool savePdf(const QString &path);

private:
    void print();
    void choosePdf();

    DeskSession &m_session;
    QString m_card;
    QImage m_front;
    QLabel *m_preview;
    MessageBar *m_message;
};

// The front of a card as an image (ARGB32), `dpi` dots per inch.
QImage renderCardFront(const QString &libraryName, const QString &name, const QString &card, const QString &category,
                       const QDate &expiresOn, const QByteArray &photo, double dpi, QString *error = nullptr);

} // namespace Aksara::Desk
