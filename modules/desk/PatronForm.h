#pragma once

#include "circulation/Types.h"
#include "desk/DeskSession.h"
#include "desk/FieldErrorLabels.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Aksara::Desk {

class MessageBar;

// Registering a member or editing one. The circulation module checks everything (name, NIK and its
// agreement with the birth date, e-mail, phone, photo, branch, category, a pre-printed card) and
// reports every problem at once; each is shown under its own field (nameError, nikError, …), the
// rest above the buttons. Nothing is saved until all are right. A photo comes from a file (large
// pictures are scaled down to fit the 2 MiB limit).
class PatronForm : public QDialog {
    Q_OBJECT
public:
    // Registration.
    explicit PatronForm(DeskSession &session, QWidget *parent = nullptr);
    // Editing.
    PatronForm(DeskSession &session, const Circulation::Patron &patron, QWidget *parent = nullptr);

    bool isRegistration() const { return !m_existing.has_value(); }
    bool openCardAfterSaving() const;
    // Loads a photo as the file chooser does; false (and the photo error shown) when it cannot.
    bool setPhotoFile(const QString &path);
    // The error shown under a field ("nik", "name", …), empty when none.
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void saved(const Aksara::Circulation::Patron &patron);

private:
    void build();
    void submit();
    void choosePhoto();
    void removePhoto();
    void showPhoto();

    DeskSession &m_session;
    std::optional<Circulation::Patron> m_existing;
    std::optional<QByteArray> m_photo; // set: changed (empty: removed)
    QByteArray m_currentPhoto;

    QLineEdit *m_card = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nik = nullptr;
    QDateEdit *m_birth = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_expires = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_photoLabel = nullptr;
    QCheckBox *m_openCard = nullptr;
    FieldErrorLabels m_errors{this};
    MessageBar *m_message = nullptr;
};

} // namespace Aksara::Desk
