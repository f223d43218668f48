#include "desk/HoldDialog.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "circulation/Holds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aksara::Desk {

HoldDialog::HoldDialog(DeskSession &session, const QString &card, const HoldTitle &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_card(card)
    , m_title(title)
    , m_item(new QLineEdit(this))
    , m_anyCopy(new QCheckBox(tr("Any copy of this title (the first one returned)"), this))
    , m_pickup(new QComboBox(this))
    , m_notAfter(new QLineEdit(this))
    , m_dateError(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("Place a hold"));
    m_item->setObjectName(QStringLiteral("holdItemEdit"));
    m_item->setPlaceholderText(tr("Scan or type the item's barcode"));
    m_anyCopy->setObjectName(QStringLiteral("anyCopyCheck"));
    m_anyCopy->setChecked(true);
    m_pickup->setObjectName(QStringLiteral("pickupCombo"));
    m_pickup->addItem(tr("The member's home branch"), QString());
    for (const BranchInfo &b : std::as_const(session.library.branches))
        m_pickup->addItem(b.name, b.code);
    m_notAfter->setObjectName(QStringLiteral("notAfterEdit"));
    m_notAfter->setPlaceholderText(tr("dd-mm-yyyy (optional)"));
    m_dateError->setObjectName(QStringLiteral("notAfterError"));
    m_dateError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateError->hide();

    auto *form = new QFormLayout;
    if (title.recordId) {
        auto *t = new QLabel(QStringLiteral("<b>%1</b>").arg(title.title.toHtmlEscaped()), this);
        t->setWordWrap(true);
        form->addRow(tr("Title"), t);
        m_item->hide();
        m_anyCopy->hide();
    } else {
        form->addRow(tr("Item"), m_item);
        form->addRow(QString(), m_anyCopy);
    }
    form->addRow(tr("Member"), new QLabel(card, this));
    form->addRow(tr("Pick up at"), m_pickup);
    form->addRow(tr("Not needed after"), m_notAfter);
    form->addRow(QString(), m_dateError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *ok = buttons->addButton(tr("Place hold"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &HoldDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (title.recordId ? static_cast<QWidget *>(m_pickup) : m_item)->setFocus();
}

void HoldDialog::submit()
{
    m_message->clear();
    m_dateError->hide();
    Circulation::Holds::Request req;
    req.card = m_card;
    req.recordId = m_title.recordId;
    req.barcode = m_title.recordId ? QString() : m_item->text().trimmed();
    req.anyCopy = m_anyCopy->isChecked();
    req.pickupBranch = m_pickup->currentData().toString();
    if (!m_notAfter->text().trimmed().isEmpty()) {
        req.notAfter = Format::parseDate(m_notAfter->text());
        if (!req.notAfter.isValid()) {
            m_dateError->setText(tr("Type the date as day-month-year, e.g. 31-12-2026."));
            m_dateError->show();
            m_notAfter->setFocus();
            return;
        }
    }
    Circulation::Holds holds(m_session.core);
    auto r = holds.place(m_session.caller, req);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The hold was not placed"));
        return;
    }
    emit placed(*r);
    accept();
}

} // namespace Aksara::Desk
