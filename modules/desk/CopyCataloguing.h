#pragma once

#include "desk/DeskSession.h"

#include "catalogue/MarcRecord.h"
#include "catalogue/SruTargets.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// Copy cataloguing: search another library's catalogue (one of the SRU targets the administrator
// configured) by title, author and/or ISBN, look at a record (its MARC, and whether our catalogue
// already has its ISBN), and import it into ours; then add its copies. The search is the
// catalogue module's sru.search operation; while it runs the dialog keeps other input away and
// Stop cancels it. An import is a record copied as the other library made it (checked only for a
// title) and is refused as a duplicate unless "Import anyway".
class CopyCataloguing : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPageSize = 10;
    explicit CopyCataloguing(DeskSession &session, QWidget *parent = nullptr);

    // The enabled targets into the list; false (and why, in the dialog) when there are none.
    bool loadTargets();
    bool isSearching() const { return m_searching; }
    qint64 importedId() const { return m_imported; }
    bool addCopyAfterImport() const;
    // The record shown in the preview (for tests).
    const Catalogue::MarcRecord *currentRecord() const;

public slots:
    void search();
    void stop();
    void nextPage();
    void previousPage();
    void import();
    void importAnyway();

signals:
    void imported(qint64 bibId);
    void openRecord(qint64 bibId);

private:
    void run(int start);
    void showRecord(int row);
    void store(bool allowDuplicate);
    void setSearching(bool on);

    DeskSession &m_session;
    QList<Catalogue::SruTarget> m_targets;
    QList<Catalogue::MarcRecord> m_records;
    Catalogue::SruClient *m_client;
    QComboBox *m_target;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QLineEdit *m_isbn;
    QPushButton *m_search;
    QPushButton *m_stop;
    QLabel *m_status;
    QPushButton *m_prev;
    QPushButton *m_next;
    QTableWidget *m_results;
    QPlainTextEdit *m_preview;
    QFrame *m_warning;
    QLabel *m_warningText;
    MessageBar *m_message;
    QCheckBox *m_addCopy;
    QPushButton *m_import;
    QPushButton *m_importAnyway;
    QString m_query;
    int m_start = 1;
    qint64 m_total = 0;
    qint64 m_duplicateOf = 0;
    qint64 m_imported = 0;
    bool m_searching = false;
};

} // namespace Aksara::Desk
