#include "kiosk/PatronPage.h"

#include "kiosk/Keypad.h"
#include "kiosk/KioskWidgets.h"
#include "kiosk/KioskStyle.h"

#include "catalogue/Catalogue.h"
#include "circulation/Types.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Aksara::Kiosk {

using namespace Widgets;

// --- PatronPage -----------------------------------------------------------------------------

PatronPage::PatronPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("patronPage"));
    m_greeting = label("heading", QStringLiteral("patronNameLabel"), this);
    m_summary = label("subtitle", QStringLiteral("patronSummaryLabel"), this);
    m_finish = button("danger", QStringLiteral("finishButton"), this);
    m_finish->setMinimumSize(220, 72);
    m_receipt = button("secondary", QStringLiteral("printReceiptButton"), this);
    m_receipt->setMinimumSize(220, 72);
    m_receipt->hide();
    m_receiptNote = label("hint", QStringLiteral("receiptNote"), this);
    m_receiptNote->setAlignment(Qt::AlignRight);
    m_receiptNote->hide();
    m_nav = new QButtonGroup(this);
    m_nav->setExclusive(true);
    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("patronSections"));
    m_borrow = new BorrowPanel(m_sections);
    m_return = new ReturnPanel(m_sections);
    m_loans = new AccountPanel(AccountPanel::Kind::Loans, m_sections);
    m_holds = new AccountPanel(AccountPanel::Kind::Holds, m_sections);
    m_fees = new AccountPanel(AccountPanel::Kind::Fees, m_sections);
    m_search = new SearchPanel(m_sections);
    for (QWidget *w : {static_cast<QWidget *>(m_borrow), static_cast<QWidget *>(m_return), static_cast<QWidget *>(m_loans),
                       static_cast<QWidget *>(m_holds), static_cast<QWidget *>(m_fees), static_cast<QWidget *>(m_search)})
        m_sections->addWidget(w);

    auto *nav = new QVBoxLayout;
    nav->setSpacing(12);
    const QStringList names{QStringLiteral("borrowNavButton"), QStringLiteral("returnNavButton"),
                            QStringLiteral("loansNavButton"),  QStringLiteral("holdsNavButton"),
                            QStringLiteral("feesNavButton"),   QStringLiteral("searchNavButton")};
    for (int i = 0; i < names.size(); ++i) {
        QPushButton *b = button("nav", names[i], this);
        b->setCheckable(true);
        b->setMinimumHeight(68);
        m_nav->addButton(b, i);
        m_navButtons << b;
        nav->addWidget(b);
    }
    nav->addStretch(1);
    auto *navBox = new QWidget(this);
    navBox->setLayout(nav);
    navBox->setFixedWidth(300);

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_greeting);
    who->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addLayout(who, 1);
    top->addWidget(m_receipt, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(m_finish, 0, Qt::AlignTop);
    auto *body = new QHBoxLayout;
    body->setSpacing(36);
    body->addWidget(navBox);
    body->addWidget(m_sections, 1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(40, 20, 40, 24);
    v->setSpacing(20);
    v->addLayout(top);
    v->addWidget(m_receiptNote);
    v->addLayout(body, 1);

    connect(m_nav, &QButtonGroup::idClicked, this, [this](int id) {
        showSection(Section(id));
        emit sectionChosen(id);
    });
    connect(m_finish, &QPushButton::clicked, this, &PatronPage::finishRequested);
    connect(m_receipt, &QPushButton::clicked, this, &PatronPage::receiptRequested);
    retranslate();
    showSection(Borrow);
}

void PatronPage::retranslate()
{
    const QStringList texts{tr("Borrow"), tr("Return"), tr("My loans"), tr("My holds"), tr("My fees"), tr("Search")};
    for (int i = 0; i < m_navButtons.size(); ++i)
        m_navButtons[i]->setText(texts[i]);
    m_finish->setText(tr("Finish"));
    m_receipt->setText(tr("Print receipt"));
    for (auto *p : {m_borrow})
        p->retranslate();
    m_return->retranslate();
    m_loans->retranslate();
    m_holds->retranslate();
    m_fees->retranslate();
    m_search->retranslate();
    setPatron(m_patron, m_online);
}

void PatronPage::setReceiptAvailable(bool available)
{
    m_receipt->setVisible(available);
}

void PatronPage::showReceiptNote(const QString &text, bool problem)
{
    m_receiptNote->setText(text);
    m_receiptNote->setProperty("problem", problem);
    m_receiptNote->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    m_receiptNote->setVisible(!text.isEmpty());
}

void PatronPage::reset()
{
    m_patron = PatronView{};
    m_greeting->clear();
    m_summary->clear();
    setReceiptAvailable(false);
    m_receiptNote->clear();
    m_receiptNote->hide();
    m_borrow->reset();
    m_return->reset();
    m_loans->reset();
    m_holds->reset();
    m_fees->reset();
    m_search->reset();
    showSection(Borrow);
}

void PatronPage::setPatron(const PatronView &p, bool online)
{
    m_patron = p;
    m_online = online;
    if (p.card.isEmpty())
        return;
    m_greeting->setText(p.offline || p.name.isEmpty() ? tr("Hello! (card %1)").arg(p.card) : tr("Hello, %1").arg(p.name));
    QStringList parts;
    if (p.offline) {
        parts << tr("Your account will be shown when the library system is back.");
    } else {
        parts << (p.openLoans == 0 ? tr("nothing on loan")
                  : p.openLoans == 1 ? tr("1 item on loan")
                                     : tr("%1 items on loan").arg(p.openLoans));
        if (p.overdueLoans > 0)
            parts << tr("%1 overdue").arg(p.overdueLoans);
        if (p.activeHolds > 0)
            parts << (p.activeHolds == 1 ? tr("1 hold") : tr("%1 holds").arg(p.activeHolds));
        parts << (p.balance > 0 ? tr("%1 to pay").arg(rupiah(p.balance)) : tr("nothing to pay"));
    }
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    const bool full = online && !p.offline;
    for (int i : {int(Loans), int(Holds), int(Fees), int(Search)})
        m_navButtons[i]->setEnabled(full);
    m_borrow->setOffline(!full);
    if (!full && m_section != Borrow && m_section != Return)
        showSection(Borrow);
}

void PatronPage::showSection(Section section)
{
    m_section = section;
    m_sections->setCurrentIndex(int(section));
    if (QAbstractButton *b = m_nav->button(int(section)))
        b->setChecked(true);
    if (section == Borrow)
        m_borrow->focusScan();
    else if (section == Return)
        m_return->focusScan();
    else if (section == Search)
        m_search->focusSearch();
}

} // namespace Aksara::Kiosk
