#pragma once

#include "desk/DeskSession.h"

#include "catalogue/MarcCheck.h"
#include "catalogue/MarcRecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// The MARC 21 editor for cataloguers: the leader (the position under the cursor explained below
// it), then one row per field: tag, two indicators, and the data — a control field's data as it
// is, a data field's subfields written "$a Laskar pelangi / $c Andrea Hirata." (the line format of
// yaz-marcdump). The catalogue module's check runs as the record is edited: every problem is
// listed (marcProblemsList) and marks its row; Enter on a problem goes to its cell. Saving goes
// through the catalogue (updateRecord for an existing record, createRecord for a new one), which
// checks again and refuses with the same reasons.
//
// Keys: Insert new field below · Ctrl+Delete remove · Alt+Up/Down move · F8 next problem ·
// Ctrl+S save · Esc close.
class MarcEditor : public QDialog {
    Q_OBJECT
public:
    // A new record, from a template (leader, 008 of today, 020, 100, 245, 264, 300, 650).
    explicit MarcEditor(DeskSession &session, QWidget *parent = nullptr);
    // An existing record; load() reads it.
    MarcEditor(DeskSession &session, qint64 bibId, QWidget *parent = nullptr);

    // Reads the record being edited; false (and the reason shown) when it cannot be read.
    bool load();
    void setRecord(const Catalogue::MarcRecord &record);
    // The record as the grid has it; rows that cannot be read as a field are left out and their
    // problems added to `problems`.
    Catalogue::MarcRecord record(QList<std::pair<int, Catalogue::RecordProblem>> *problems = nullptr) const;
    qint64 bibId() const { return m_bibId; }
    QStringList problemMessages() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void addField();
    void removeField();
    void moveUp();
    void moveDown();
    // Runs the check now and keeps it running while the record is edited.
    void check();
    void nextProblem();
    void save();
    void saveAnyway();

signals:
    void saved(qint64 bibId, bool created);

private:
    void build();
    void setRowKind(int row);
    void insertRow(int row, const Catalogue::MarcField &field);
    void moveRow(int from, int to);
    void showProblems(const QList<std::pair<int, Catalogue::RecordProblem>> &problems);
    void goToProblem(int index);
    void explainLeader();
    void edited();
    void store(bool allowDuplicate);

    DeskSession &m_session;
    qint64 m_bibId = 0;
    bool m_live = false; // the check runs on every edit
    bool m_filling = false;
    QLineEdit *m_leader = nullptr;
    QLabel *m_leaderSummary = nullptr;
    QLabel *m_leaderHelp = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_problems = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_saveAnyway = nullptr;
};

} // namespace Aksara::Desk
