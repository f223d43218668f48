#pragma once

#include "desk/AdminPage.h"

#include "migrate/Importer.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Aksara::Migrate {
class Job;
}

namespace Aksara::Desk {

class MessageBar;

// The import assistant (administration, issue 12 part 1): patrons, copies, loans or fees from the
// old system's CSV export (docs/migration.md) through the migrate module, as `aksara migrate` does.
// Choose what, the file, a preset (SLiMS, INLISLite, Koha or custom), a mapping file and a photo
// folder; Preview shows the first rows as the importer reads them (by Aksara's field) and every
// category/branch/item-type value with what it becomes (unknown ones flagged before anything is
// imported); Dry run and Import run on a thread of their own (Migrate::Job) with a progress bar and
// a Stop that keeps the batches done; the rejected rows (line, column, reason) fill a table that is
// saved as CSV. Administrators only: for anyone else every action is refused.
class MigrateAdmin : public AdminSection {
    Q_OBJECT
public:
    explicit MigrateAdmin(DeskSession &session, QWidget *parent = nullptr);
    ~MigrateAdmin() override;

    void setKind(Migrate::Kind kind);
    void setFile(const QString &path);
    void setPreset(const QString &name); // slims, inlislite, koha, custom
    void setMapFile(const QString &path);
    void setPhotosDir(const QString &path);
    // Rows per batch (operation), as `aksara migrate --batch`; 500 unless set.
    void setBatchSize(int rows) { m_batchSize = rows; }

    bool isRunning() const;
    bool allowed() const;
    const Migrate::Report &report() const { return m_report; }
    const Migrate::Preview &lastPreview() const { return m_preview; }
    MessageBar *messageBar() const { return m_message; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *errorsTable() const { return m_errorsTable; }
    QTabWidget *tabs() const { return m_tabs; }
    // Writes the error report (line,column,old_id,code,message) to `path`.
    bool saveErrors(const QString &path);

public slots:
    void refresh() override;
    bool preview();
    bool dryRun();
    bool startImport();
    void cancel();

signals:
    // An import or dry run ended (ok false: it stopped on a failure, shown in the message bar).
    void finished(bool ok);
    // After each batch (rows done of the total), once the progress bar shows it.
    void progressed(qint64 done, qint64 total);

private:
    Migrate::Kind kind() const;
    bool load(Migrate::Mapping *mapping, QByteArray *data);
    bool refuseIfNotAdministrator();
    bool run(bool dry);
    void progress(qint64 done, qint64 total);
    void ended(bool ok, const QString &code, const QString &error);
    void showErrors();
    void updateButtons();
    void chooseErrorsFile();

    DeskSession &m_session;
    MessageBar *m_message;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QLineEdit *m_file;
    QLineEdit *m_map;
    QLineEdit *m_photos;
    QCheckBox *m_unverifiedNik;
    QPushButton *m_previewButton;
    QPushButton *m_dryButton;
    QPushButton *m_importButton;
    QPushButton *m_stopButton;
    QPushButton *m_saveErrors;
    QProgressBar *m_bar;
    QLabel *m_figures;
    QTabWidget *m_tabs;
    QTableWidget *m_previewTable;
    QTableWidget *m_mappingTable;
    QTableWidget *m_errorsTable;
    Migrate::Job *m_job = nullptr;
    bool m_jobDry = false;
    int m_batchSize = 500;
    Migrate::Preview m_preview;
    Migrate::Report m_report;
};

} // namespace Aksara::Desk
