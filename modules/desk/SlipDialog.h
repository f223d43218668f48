#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Aksara::Desk {

// A slip or receipt as it will print: the text in a preview, then Print (the system's print
// dialog; Enter) or Save as PDF (Ctrl+S). Slips are plain text in a fixed-width font so that they
// also suit narrow receipt printers.
class SlipDialog : public QDialog {
    Q_OBJECT
public:
    SlipDialog(const QString &title, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    // Writes the slip as a PDF (A6 portrait, the fixed-width font): false when it cannot.
    static bool writePdf(const QString &text, const QString &path);

private:
    void print();
    void savePdf();

    QPlainTextEdit *m_text;
};

} // namespace Aksara::Desk
