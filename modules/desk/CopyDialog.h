#pragma once

#include "desk/DeskSession.h"
#include "desk/FieldErrors.h"

#include "collection/Collection.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Aksara::Desk {

class MessageBar;

// The item types a copy may have, for the copy form. A stop-gap until the collection module lists
// them itself (Collection::ItemTypes): one read operation of the collection_lookup service.
struct ItemTypeChoice {
    QString code;
    QString name;
};
Result<QList<ItemTypeChoice>> itemTypeChoices(DeskSession &session);

// Adding a copy of a record, or editing one: barcode (add only; a scanner's Enter moves on; a
// barcode already in use is said at once), branch, shelving location, call number (the record's
// by default), item type, price in rupiah and acquisition date; the status when editing (a copy on
// loan or on the hold shelf keeps the status circulation gave it). The collection module checks
// everything; a refusal is shown under its field (barcodeError, branchError, typeError,
// priceError, acquiredError, statusError). When adding, "Add another copy" keeps the form open for
// the next barcode.
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

    DeskSession &m_session;
    qint64 m_bibId = 0;
    QString m_recordCallNumber;
    std::optional<Collection::Item> m_item;
    FieldErrors m_errors{this};
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
