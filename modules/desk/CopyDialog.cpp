#include "desk/CopyDialog.h"

#include "desk/CataloguePage.h"
#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "circulation/Fees.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
// Which field a collection refusal belongs to.
QString fieldOf(const FieldErrorLabels::Reason &reason)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("collection.bad_barcode"), QStringLiteral("barcode")},
        {QStringLiteral("collection.duplicate_barcode"), QStringLiteral("barcode")},
        {QStringLiteral("collection.unknown_branch"), QStringLiteral("branch")},
        {QStringLiteral("collection.branch_closed"), QStringLiteral("branch")},
        {QStringLiteral("collection.unknown_location"), QStringLiteral("location")},
        {QStringLiteral("collection.item_type_retired"), QStringLiteral("type")},
        {QStringLiteral("collection.unknown_item_type"), QStringLiteral("type")},
        {QStringLiteral("collection.bad_price"), QStringLiteral("price")},
        {QStringLiteral("collection.bad_date"), QStringLiteral("acquired")},
        {QStringLiteral("collection.bad_status"), QStringLiteral("status")},
        {QStringLiteral("collection.status_managed_by_circulation"), QStringLiteral("status")},
        {QStringLiteral("collection.item_on_loan"), QStringLiteral("status")},
    };
    return map.value(reason.code);
}

const QDate kNoDate(1900, 1, 1);
} // namespace

CopyDialog::CopyDialog(DeskSession &session, qint64 bibId, const QString &title, const QString &callNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_bibId(bibId)
    , m_recordCallNumber(callNumber)
{
    build(title);
}

CopyDialog::CopyDialog(DeskSession &session, const Collection::Item &item, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_bibId(item.bibId)
    , m_item(item)
{
    build(item.title);
}

CopyDialog::~CopyDialog()
{
    // Closing moves the focus out of the field, whose editingFinished would then check it on a
    // form already half destroyed.
    m_barcode->disconnect(this);
}

void CopyDialog::build(const QString &title)
{
    const bool adding = isAdding();
    setObjectName(adding ? QStringLiteral("addCopyDialog") : QStringLiteral("editCopyDialog"));
    setWindowTitle(adding ? tr("Add a copy") : tr("Copy %1").arg(m_item->barcode));

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("copyTitleLabel"));
    heading->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    int row = 0;
    m_barcode = new QLineEdit(this);
    if (adding) {
        m_barcode->setPlaceholderText(tr("Scan the copy's barcode"));
        row = m_errors.addRow(grid, row, QStringLiteral("barcode"), tr("Barcode"), m_barcode);
        connect(m_barcode, &QLineEdit::editingFinished, this, &CopyDialog::checkBarcode);
        m_barcode->installEventFilter(this);
    } else {
        m_barcode->setText(m_item->barcode);
        m_barcode->setReadOnly(true);
        row = m_errors.addRow(grid, row, QStringLiteral("barcode"), tr("Barcode"), m_barcode);
    }
    Library::Administration library(m_session.core);
    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    auto branches = library.branches(m_session.caller);
    if (branches.ok()) {
        // A closed branch takes no new copies; an edited copy keeps showing its own.
        for (const Library::BranchInfo &b : std::as_const(*branches))
            if (!b.closed || (!adding && b.code == m_item->branchCode))
                m_branch->addItem(b.name, b.code);
    }
    row = m_errors.addRow(grid, row, QStringLiteral("branch"), tr("Branch"), m_branch);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    row = m_errors.addRow(grid, row, QStringLiteral("location"), tr("Location"), m_location);
    m_callNumber = new QLineEdit(this);
    m_callNumber->setPlaceholderText(tr("The record's call number"));
    row = m_errors.addRow(grid, row, QStringLiteral("callNumber"), tr("Call number"), m_callNumber);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    auto types = library.itemTypes(m_session.caller);
    if (types.ok()) {
        // A retired item type is not offered for new copies; an edited copy keeps showing its own.
        for (const Library::ItemTypeInfo &t : std::as_const(*types)) {
            if (!t.active && (adding || t.code != m_item->itemType))
                continue;
            m_types << t;
            m_type->addItem(t.name, t.code);
        }
    }
    row = m_errors.addRow(grid, row, QStringLiteral("type"), tr("Item type"), m_type);
    m_price = new QLineEdit(this);
    row = m_errors.addRow(grid, row, QStringLiteral("price"), tr("Price (Rp)"), m_price);
    m_acquired = new QDateEdit(this);
    m_acquired->setObjectName(QStringLiteral("acquiredEdit"));
    m_acquired->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_acquired->setCalendarPopup(true);
    m_acquired->setMinimumDate(kNoDate);
    m_acquired->setSpecialValueText(tr("not known"));
    row = m_errors.addRow(grid, row, QStringLiteral("acquired"), tr("Acquired on"), m_acquired);
    if (!adding) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusCombo"));
        const QString current = m_item->status;
        const bool circulating = current == Collection::ItemStatus::OnLoan || current == Collection::ItemStatus::OnHoldShelf;
        if (circulating) {
            m_status->addItem(itemStatusName(current), current);
            m_status->setEnabled(false);
            m_status->setToolTip(tr("Circulation manages this status: the copy is returned or the hold collected first."));
        } else {
            for (const QString &s : {Collection::ItemStatus::Available, Collection::ItemStatus::InTransit,
                                     Collection::ItemStatus::Lost, Collection::ItemStatus::Missing,
                                     Collection::ItemStatus::Withdrawn})
                m_status->addItem(itemStatusName(s), s);
        }
        row = m_errors.addRow(grid, row, QStringLiteral("status"), tr("Status"), m_status);
    }

    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("copyMessage"));
    m_another = new QCheckBox(tr("Add another copy after this one"), this);
    m_another->setObjectName(QStringLiteral("addAnotherCheck"));
    m_another->setVisible(adding);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(adding ? tr("Close") : tr("Cancel"));
    auto *ok = buttons->addButton(adding ? tr("Add copy") : tr("Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &CopyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    heading->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_another);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    auto select = [](QComboBox *c, const QString &code) {
        const int i = c->findData(code);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    if (adding) {
        select(m_branch, m_session.branchCode.isEmpty() ? m_session.library.defaultBranch : m_session.branchCode);
        select(m_type, QStringLiteral("book"));
        fillLocations(QString());
        m_callNumber->setText(m_recordCallNumber);
        m_acquired->setDate(Format::localDate(m_session.core.clock().nowMs()));
        m_barcode->setFocus();
    } else {
        const Collection::Item &it = *m_item;
        select(m_branch, it.branchCode);
        fillLocations(it.location);
        m_callNumber->setText(it.callNumber);
        select(m_type, it.itemType);
        m_price->setText(it.price > 0 ? QLocale().toString(it.price) : QString());
        const QDate acquired = QDate::fromString(it.acquiredOn, Qt::ISODate);
        m_acquired->setDate(acquired.isValid() ? acquired : kNoDate);
        select(m_status, it.status);
        m_location->setFocus();
    }
    showDefaultPrice();
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] { fillLocations(QString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &CopyDialog::showDefaultPrice);
}

namespace {
// What a copy's location is: the code chosen from the branch's list, or the text typed.
QString locationOf(const QComboBox *box)
{
    return box->isEditable() ? box->currentText().trimmed() : box->currentData().toString();
}
} // namespace

void CopyDialog::fillLocations(const QString &current)
{
    const QString keep = !current.isNull() ? current : locationOf(m_location);
    m_location->clear();
    Library::Administration library(m_session.core);
    auto locations = library.locations(m_session.caller, m_branch->currentData().toString());
    QList<Library::LocationInfo> shown;
    if (locations.ok()) {
        for (const Library::LocationInfo &l : std::as_const(*locations))
            if (l.active || l.code == keep)
                shown << l;
    }
    // A branch without a list of locations: the location is typed.
    m_location->setEditable(shown.isEmpty());
    if (shown.isEmpty()) {
        m_location->lineEdit()->setPlaceholderText(tr("Shelving location, e.g. Fiksi Indonesia"));
        m_location->setCurrentText(keep);
        return;
    }
    m_location->addItem(tr("(no location)"), QString());
    for (const Library::LocationInfo &l : std::as_const(shown))
        m_location->addItem(l.name == l.code ? l.name : QStringLiteral("%1 (%2)").arg(l.name, l.code), l.code);
    if (!current.isNull() && !keep.isEmpty() && m_location->findData(keep) < 0)
        m_location->addItem(keep, keep); // the copy's own, placed before its branch kept a list
    m_location->setCurrentIndex(qMax(0, m_location->findData(keep)));
}

void CopyDialog::showDefaultPrice()
{
    const int i = m_type->currentIndex();
    const qint64 price = i >= 0 && i < m_types.size() ? m_types.at(i).defaultPrice : 0;
    m_price->setPlaceholderText(price > 0 ? tr("Empty: %1, this item type's price").arg(Format::money(price))
                                          : tr("Rupiah, e.g. 85.000"));
}

bool CopyDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A scanner ends the barcode with Enter: go on to the next field instead of adding the copy.
    if (watched == m_barcode && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_branch->setFocus(); // leaving the field checks the barcode
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CopyDialog::checkBarcode()
{
    const QString barcode = m_barcode->text().trimmed();
    m_errors.clear(QStringLiteral("barcode"));
    if (barcode.isEmpty())
        return;
    if (Status st = Collection::Collection::checkBarcode(barcode); !st.ok()) {
        m_errors.set(QStringLiteral("barcode"), st.error().message);
        return;
    }
    Collection::Collection collection(m_session.core);
    auto existing = collection.item(m_session.caller, barcode);
    if (existing.ok())
        m_errors.set(QStringLiteral("barcode"), tr("The barcode %1 is already on a copy of “%2” (record %3).")
                                                    .arg(barcode, existing->title)
                                                    .arg(existing->bibId));
}

void CopyDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    qint64 price = 0;
    const QString priceText = m_price->text().trimmed();
    if (!priceText.isEmpty() && priceText != QLatin1String("0")) {
        auto parsed = Circulation::Fees::parseAmount(priceText);
        if (!parsed.ok()) {
            m_errors.set(QStringLiteral("price"), tr("Write the price in rupiah, e.g. 85000 or 85.000."));
            m_price->setFocus();
            return;
        }
        price = *parsed;
    }
    const QString acquired = m_acquired->date() == kNoDate ? QString() : m_acquired->date().toString(Qt::ISODate);
    Collection::Collection collection(m_session.core);
    Result<Collection::Item> r = Error::failed(QString(), QString());
    if (isAdding()) {
        Collection::ItemInput in;
        in.barcode = m_barcode->text().trimmed();
        in.bibId = m_bibId;
        in.branch = m_branch->currentData().toString();
        in.location = locationOf(m_location);
        in.callNumber = m_callNumber->text().trimmed();
        in.itemType = m_type->currentData().toString();
        in.price = price;
        in.acquiredOn = acquired;
        r = collection.addItem(m_session.caller, in);
    } else {
        const Collection::Item &it = *m_item;
        Collection::ItemChanges c;
        if (m_branch->currentData().toString() != it.branchCode)
            c.branch = m_branch->currentData().toString();
        if (locationOf(m_location) != it.location)
            c.location = locationOf(m_location);
        if (m_callNumber->text().trimmed() != it.callNumber)
            c.callNumber = m_callNumber->text().trimmed();
        if (m_type->currentData().toString() != it.itemType)
            c.itemType = m_type->currentData().toString();
        if (price != it.price)
            c.price = price;
        if (acquired != it.acquiredOn)
            c.acquiredOn = acquired;
        if (m_status->isEnabled() && m_status->currentData().toString() != it.status)
            c.status = m_status->currentData().toString();
        if (c.isEmpty()) {
            reject();
            return;
        }
        r = collection.editItem(m_session.caller, it.barcode, c);
    }
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, isAdding() ? tr("The copy was not added") : tr("Not saved"), fieldOf))
            w->setFocus();
        return;
    }
    emit saved(*r);
    if (isAdding()) {
        ++m_added;
        if (m_another->isChecked()) {
            m_message->setMessage(MessageBar::Kind::Success, tr("Added %1. Scan the next copy.").arg(r->barcode));
            m_barcode->clear();
            m_barcode->setFocus();
            return;
        }
    }
    accept();
}

} // namespace Aksara::Desk
