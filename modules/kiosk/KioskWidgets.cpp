#include "kiosk/KioskWidgets.h"

#include "kiosk/Keypad.h"
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

namespace Widgets {

QString outcomeName(Verdict o)
{
    switch (o) {
    case Verdict::Done: return QStringLiteral("done");
    case Verdict::Queued: return QStringLiteral("queued");
    case Verdict::Refused: return QStringLiteral("refused");
    }
    return QString();
}

QPushButton *button(const char *role, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus);
    Style::setRole(b, role);
    return b;
}

QLabel *label(const char *role, const QString &name, QWidget *parent)
{
    QLabel *l = Style::label(role, parent);
    l->setObjectName(name);
    return l;
}

QFrame *card(QWidget *parent)
{
    auto *f = new QFrame(parent);
    Style::setRole(f, "card");
    return f;
}

void setMessage(QLabel *l, const QString &text, const char *role)
{
    l->setText(text);
    Style::setRole(l, role);
    l->setVisible(!text.isEmpty());
}

QTableWidget *table(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setWordWrap(true);
    t->setShowGrid(false);
    t->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->verticalHeader()->setMinimumSectionSize(64);
    return t;
}

QTableWidgetItem *cell(const QString &text, const char *colour)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (colour)
        i->setForeground(QColor(QString::fromLatin1(colour)));
    return i;
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().date();
}

} // namespace Widgets

using namespace Widgets;

// --- ReceiptList ----------------------------------------------------------------------------

ReceiptList::ReceiptList(QWidget *parent)
    : QScrollArea(parent)
    , m_box(new QWidget)
    , m_layout(new QVBoxLayout(m_box))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(0, 0, 8, 0);
    m_layout->setSpacing(12);
    m_layout->addStretch(1);
    setWidget(m_box);
}

void ReceiptList::add(Verdict outcome, const QString &title, const QString &status, const QString &text)
{
    auto *f = new QFrame(m_box);
    f->setObjectName(QStringLiteral("receipt"));
    f->setProperty("outcome", outcomeName(outcome));
    f->setProperty("entry", QStringList{status, title, text}.join(QStringLiteral(" | ")));
    Style::setRole(f, "receipt");
    auto *strip = new QFrame(f);
    strip->setFixedWidth(8);
    strip->setProperty("outcome", outcomeName(outcome));
    Style::setRole(strip, "receipt-strip");
    auto *v = new QVBoxLayout;
    v->setSpacing(4);
    auto *top = new QHBoxLayout;
    QLabel *t = label("receipt-title", QStringLiteral("receiptTitle"), f);
    t->setText(title);
    QLabel *s = label("receipt-status", QStringLiteral("receiptStatus"), f);
    s->setWordWrap(false);
    s->setProperty("outcome", outcomeName(outcome));
    s->setText(status);
    s->setAlignment(Qt::AlignRight | Qt::AlignTop);
    Style::setRole(s, "receipt-status");
    top->addWidget(t, 1);
    top->addWidget(s, 0, Qt::AlignTop);
    v->addLayout(top);
    QLabel *m = label("receipt-text", QStringLiteral("receiptMessage"), f);
    m->setText(text);
    m->setVisible(!text.isEmpty());
    v->addWidget(m);
    auto *h = new QHBoxLayout(f);
    h->setContentsMargins(10, 12, 20, 12);
    h->setSpacing(16);
    h->addWidget(strip);
    h->addLayout(v, 1);
    m_layout->insertWidget(0, f);
    ensureVisible(0, 0);
}

void ReceiptList::clear()
{
    const auto frames = m_box->findChildren<QFrame *>(QStringLiteral("receipt"), Qt::FindDirectChildrenOnly);
    for (QFrame *f : frames)
        delete f;
}

int ReceiptList::count() const
{
    return int(m_box->findChildren<QFrame *>(QStringLiteral("receipt"), Qt::FindDirectChildrenOnly).size());
}

QStringList ReceiptList::entries() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *w = m_layout->itemAt(i)->widget())
            out << w->property("entry").toString();
    }
    return out;
}

// --- ScanBox --------------------------------------------------------------------------------

ScanBox::ScanBox(const QString &editName, const QString &buttonName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(Widgets::button("primary", buttonName, this))
{
    m_edit->setObjectName(editName);
    m_edit->setMaxLength(64);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(14);
    h->addWidget(m_edit, 1);
    h->addWidget(m_button);
    m_button->setMinimumHeight(76);
    m_edit->setMinimumHeight(76);
    connect(m_edit, &QLineEdit::returnPressed, this, &ScanBox::submit);
    connect(m_button, &QPushButton::clicked, this, &ScanBox::submit);
}

void ScanBox::retranslate(const QString &placeholder, const QString &buttonText)
{
    m_edit->setPlaceholderText(placeholder);
    m_button->setText(buttonText);
}

void ScanBox::submit()
{
    const QString text = m_edit->text().trimmed();
    m_edit->clear();
    m_edit->setFocus();
    if (!text.isEmpty())
        emit submitted(text);
}

} // namespace Aksara::Kiosk
