#pragma once

#include "desk/DeskSession.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Aksara::Catalogue {
class ImportJob;
}

namespace Aksara::Desk {

// Importing MARC records (ISO 2709 or MARCXML, MARC-8 or UTF-8) from a file: the catalogue
// module's import on a thread of its own (ImportJob), with a progress bar, the running figures, a
// Cancel that stops after the batch being written, and at the end what was imported, skipped as a
// duplicate or rejected (with the reason of each rejected record).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(DeskSession &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    bool isRunning() const;
    const QJsonObject &report() const { return m_report; }

public slots:
    void start();

signals:
    void imported(qint64 records);

private:
    void browse();
    void cancel();
    void progress(qint64 read, qint64 imported, qint64 rejected, qint64 bytesRead, qint64 bytesTotal);
    void finished(bool ok, const QJsonObject &report, const QString &error);

    DeskSession &m_session;
    QLineEdit *m_file;
    QComboBox *m_duplicates;
    QProgressBar *m_bar;
    QLabel *m_figures;
    QPlainTextEdit *m_problems;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    Catalogue::ImportJob *m_job = nullptr;
    QJsonObject m_report;
};

} // namespace Aksara::Desk
