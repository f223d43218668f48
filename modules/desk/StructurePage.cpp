#include "desk/StructurePage.h"

#include "desk/FieldErrorLabels.h"
#include "desk/Format.h"
#include "desk/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

StructurePage::StructurePage(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
{
    m_message->setObjectName(QStringLiteral("pageMessage"));
}

void StructurePage::showEvent(QShowEvent *event)
{
    AdminSection::showEvent(event);
    if (!event->spontaneous() && !m_loaded)
        refresh();
}

void StructurePage::afterChange()
{
    auto info = LibraryInfo::load(m_session.core, m_session.caller);
    if (info.ok()) {
        m_session.library = *info;
        Format::setLibraryZone(info->zone);
    }
    emit changed();
}

void StructurePage::showRefusal(const QString &title, const QStringList &others)
{
    m_message->setMessage(MessageBar::Kind::Error, title,
                          others.isEmpty() ? QStringList{tr("What to correct is said under its field.")} : others);
}

void StructurePage::showRefusal(const QString &title, FieldErrorLabels &errors, const Error &error)
{
    showRefusal(title, errors.show(error));
    if (QWidget *w = errors.firstWidget())
        w->setFocus();
}

QTableWidget *StructurePage::newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setHighlightSections(false);
    // The second column is the name in every list: it takes the room the others leave.
    if (headers.size() > 1)
        t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return t;
}

void StructurePage::confirm(const QString &objectName, const QString &title, const QString &text, const QString &action,
                            const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes](QAbstractButton *b) {
        if (b == yes)
            onYes();
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

// --- a list with a form ------------------------------------------------------------------------

StructureListPage::StructureListPage(DeskSession &session, const QString &tableName, const QStringList &headers,
                                     QWidget *parent)
    : StructurePage(session, parent)
    , m_table(newTable(tableName, headers, this))
    , m_formTitle(new QLabel(this))
{
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
}

void StructureListPage::layOut(const QString &formTitle, const Buttons &buttons, QWidget *form, QWidget *aboveForm,
                               QLayout *aboveList)
{
    m_formTitle->setObjectName(formTitle);
    auto button = [this](const Button &b) {
        auto *p = new QPushButton(b.text, this);
        p->setObjectName(b.name);
        return p;
    };
    m_save = button(buttons.save);
    m_retire = button(buttons.retire);
    m_reactivate = button(buttons.reactivate);
    m_new = button(buttons.newEntry);
    m_saveText = buttons.save.text;

    auto *left = new QVBoxLayout;
    if (aboveList)
        left->addLayout(aboveList);
    left->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_formTitle);
    if (aboveForm)
        right->addWidget(aboveForm);
    right->addWidget(form);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_retire);
    formButtons->addWidget(m_reactivate);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    right->addLayout(formButtons);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addSpacing(12);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
}

QString StructureListPage::selectedCode() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return {};
    return m_table->item(row, 0)->text();
}

bool StructureListPage::select(const QString &code)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == code) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

bool StructureListPage::reselect(const QString &code)
{
    const QSignalBlocker block(m_table);
    return select(code);
}

void StructureListPage::fillTable(const QList<Row> &rows, const QList<int> &numberColumns)
{
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int col = 0; col < rows.at(row).cells.size(); ++col) {
            auto *item = new QTableWidgetItem(rows.at(row).cells.at(col));
            if (numberColumns.contains(col))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!rows.at(row).inUse)
                item->setForeground(QColor(0x7a, 0x7a, 0x7a));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void StructureListPage::showEntry(const QString &title, bool inUse)
{
    m_formTitle->setText(title);
    m_retire->setEnabled(inUse);
    m_reactivate->setEnabled(!inUse);
    m_save->setText(m_saveText);
}

void StructureListPage::showNew(const QString &title, const QString &saveText)
{
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_formTitle->setText(title);
    m_retire->setEnabled(false);
    m_reactivate->setEnabled(false);
    m_save->setText(saveText);
}

void StructureListPage::afterChange(const QString &code, const QString &message)
{
    refresh();
    select(code);
    afterChange();
    m_message->setMessage(MessageBar::Kind::Success, message);
}

} // namespace Aksara::Desk
