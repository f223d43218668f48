#pragma once

#include "desk/DeskSession.h"
#include "desk/FieldErrorLabels.h"

#include "collection/Collection.h"
#include "library/Administration.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Aksara::Desk {

class MessageBar;

// Adding a copy of a record, or editing one: barcode (add only; a scanner's Enter moves on; a
// barcode already in use is said at once), branch (the open ones), shelving location (the
// branch's list when it keeps one, else typed), call number (the record's by default), item type
// (those still offered), price in rupiah (empty: the item type's default price) and acquisition
// date; the status when editing (a copy on loan or on the hold shelf keeps the status circulation
// gave it). The lists come from the library's administration (Library::Administration). The
// collection module checks everything; a refusal is shown under its field (barcodeError,
// branchError, locationError, typeError, priceError, acquiredError, statusError). When adding,
// "Add another copy" keeps the form open for the next barcode.
class CopyDialog : public QDialog {
    Q_OBJECT
public:
    CopyDialog(DeskSession &session, qint64 bibId, const QString &title, const QString &callNumber, QWidget *parent = nullptr);
    CopyDialog(DeskSession &session, const Collection::Item &item, QWidget *parent = nullptr);
    ~CopyDialog() override;

    bool isAdding() const { return !m_item.has_value(); }
    QString fieldError(const QString &field) const { return m_errors.text(field); }
    int addedCount() const { return m_added; }

public slots:
    // Says at once when the barcode typed is already on a copy.
    void checkBarcode();

signals:
    void saved(const Aksara::Collection::Item &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build(const QString &title);
    void submit();
    // The branch's shelving locations into the location box (a list to choose from when the
    // branch keeps one, else a box to type in).
    void fillLocations(const QString &current);
    void showDefaultPrice();

    DeskSession &m_session;
    qint64 m_bibId = 0;
    QString m_recordCallNumber;
    std::optional<Collection::Item> m_item;
    QList<Library::ItemTypeInfo> m_types;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_barcode = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_location = nullptr;
    QLineEdit *m_callNumber = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_price = nullptr;
    QDateEdit *m_acquired = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_another = nullptr;
    MessageBar *m_message = nullptr;
    int m_added = 0;
};

} // namespace Aksara::Desk
