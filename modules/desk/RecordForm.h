#pragma once

#include "desk/DeskSession.h"
#include "desk/FieldErrorLabels.h"

#include "catalogue/BibFields.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Aksara::Desk {

class MessageBar;

// A new record from a simple form: title, subtitle, authors (one per line, the first is the main
// entry), publisher, place, year, ISBN, subjects (one per line, subdivisions with " -- "), call
// number, language and type. The catalogue module builds the MARC record and checks every field;
// each problem is shown under its field (titleError, isbnError, yearError, languageError,
// typeError). While the ISBN is typed (and when it is left) the catalogue is asked whether a record
// already has it: the warning names the record, offers to open it, or to save anyway.
class RecordForm : public QDialog {
    Q_OBJECT
public:
    explicit RecordForm(DeskSession &session, QWidget *parent = nullptr);
    ~RecordForm() override;

    QString fieldError(const QString &field) const { return m_errors.text(field); }
    // The record the ISBN warning names (0 when there is no warning).
    qint64 duplicateOf() const { return m_duplicateOf; }
    bool addCopyAfterSaving() const;
    qint64 createdId() const { return m_created; }

    // MARC language codes offered in the form, most used in Indonesian libraries first.
    static QStringList languageCodes();

public slots:
    // The duplicate warning for the ISBN as it stands now.
    void checkIsbn();

signals:
    void created(qint64 bibId);
    void openRecord(qint64 bibId);

private:
    void submit(bool allowDuplicate);
    void showDuplicate(qint64 bibId, const QString &description);

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QPlainTextEdit *m_authors;
    QLineEdit *m_publisher;
    QLineEdit *m_place;
    QLineEdit *m_year;
    QLineEdit *m_isbn;
    QPlainTextEdit *m_subjects;
    QLineEdit *m_callNumber;
    QComboBox *m_language;
    QComboBox *m_type;
    QFrame *m_warning;
    QLabel *m_warningText;
    QPushButton *m_saveAnyway;
    QCheckBox *m_addCopy;
    MessageBar *m_message;
    QTimer *m_isbnTimer;
    qint64 m_duplicateOf = 0;
    qint64 m_created = 0;
};

} // namespace Aksara::Desk
