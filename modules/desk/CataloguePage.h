#pragma once

#include "desk/DeskSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Aksara::Desk {

class MessageBar;

// The catalogue at the desk: a search (the query box syntax: words, "phrases", title:, author:,
// year:1990-2000, AND/OR/NOT) with facets to narrow it (type, language, decade, branch, available
// now) and pages of 20; a result opens the title with every copy: branch, shelf, call number and
// status (on loan until when, on the hold shelf, in transit). With a member open at the desk, a
// hold on the title is one click. MARC records are imported with a progress bar.
//
// Cataloguing (staff with catalogue.edit only): a new record from the simple form or in MARC, the
// MARC editor on the title shown, copy cataloguing from another library (SRU), the title's copies
// added, edited and withdrawn, and their spine or barcode labels.
class CataloguePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 20;
    explicit CataloguePage(DeskSession &session, QWidget *parent = nullptr);

    int offset() const { return m_offset; }
    qint64 total() const { return m_total; }
    qint64 currentBib() const { return m_bibId; }
    MessageBar *messageBar() const { return m_message; }
    // Staff with catalogue.edit see and may use the cataloguing actions.
    bool canCatalogue() const;

public slots:
    void search();
    void nextPage();
    void previousPage();
    void showTitle(qint64 bibId);
    void setPatron(const QString &card, const QString &name);
    void importMarc();
    void focusSearch();
    // Cataloguing; each does nothing for staff without catalogue.edit.
    void newRecord();
    void newMarcRecord();
    void editMarc();
    void copyCataloguing();
    void addCopy();
    void editCopy();
    void withdrawCopy();
    // Labels for the copy chosen, else every copy of the title shown, else every copy added today.
    void printLabels();

signals:
    void holdPlaced(const QString &card);

private:
    void run(int offset, bool keepFacets);
    void facetChanged(QTreeWidgetItem *item, int column);
    void placeHold();
    // The barcode of the copy chosen in the copies table (the only one when there is one).
    QString chosenCopy() const;
    void updateCataloguingButtons();

    DeskSession &m_session;
    QLineEdit *m_query;
    QTreeWidget *m_facets;
    QTableWidget *m_results;
    QLabel *m_page;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_title;
    QTableWidget *m_copies;
    QPushButton *m_hold;
    QPushButton *m_editMarc;
    QPushButton *m_addCopy;
    QPushButton *m_editCopy;
    QPushButton *m_withdraw;
    QPushButton *m_labels;
    QWidget *m_cataloguing;
    MessageBar *m_message;
    int m_offset = 0;
    qint64 m_total = 0;
    qint64 m_bibId = 0;
    QString m_bibTitle;
    QString m_bibCallNumber;
    QString m_card;
    QString m_patronName;
    bool m_filling = false;
};

// For people: a record type code, a MARC language code, an item status.
QString recordTypeName(const QString &code);
QString languageName(const QString &code);
QString itemStatusName(const QString &status);

} // namespace Aksara::Desk
