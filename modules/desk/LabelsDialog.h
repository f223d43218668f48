#pragma once

#include "desk/DeskSession.h"
#include "desk/FieldErrorLabels.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Aksara::Desk {

class MessageBar;

// Spine labels or item barcode labels as a PDF on a label sheet or roll, through the labels
// module (Labels::LabelPrinter, operation labels.print): for chosen copies (the title's copies,
// one barcode a line; more can be scanned in) or for every copy added today (at one branch or all),
// on A4 3 × 8, A4 4 × 10 or a 50 × 25 mm roll, with the positions already used on a started sheet
// skipped. The first label is previewed as it will print. The PDF is saved where the staff member
// says, then can be opened. Refusals are shown at their fields (barcodesError, branchError,
// sheetError, skipError, fileError).
class LabelsDialog : public QDialog {
    Q_OBJECT
public:
    // `barcodes`: the copies to start with (may be empty: every copy added today is chosen).
    LabelsDialog(DeskSession &session, const QStringList &barcodes, QWidget *parent = nullptr);

    QString fieldError(const QString &field) const { return m_errors.text(field); }
    QString savedPath() const { return m_saved; }
    void setOutputPath(const QString &path);

public slots:
    void save();
    void updatePreview();

signals:
    void saved(const QString &path, int labels);

private:
    QStringList barcodes() const;
    void chooseFile();

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    QRadioButton *m_chosen;
    QRadioButton *m_today;
    QPlainTextEdit *m_barcodes;
    QComboBox *m_branch;
    QComboBox *m_kind;
    QComboBox *m_sheet;
    QSpinBox *m_skip;
    QLineEdit *m_file;
    QLabel *m_preview;
    MessageBar *m_message;
    QPushButton *m_open;
    QString m_saved;
};

} // namespace Aksara::Desk
