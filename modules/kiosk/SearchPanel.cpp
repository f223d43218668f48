#include "kiosk/SearchPanel.h"

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

// --- SearchPanel ----------------------------------------------------------------------------

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_heading = label("heading", QStringLiteral("searchHeading"), this);
    m_hint = label("subtitle", QStringLiteral("searchHint"), this);
    m_search = new ScanBox(QStringLiteral("searchEdit"), QStringLiteral("searchGoButton"), this);
    m_count = label("hint", QStringLiteral("searchCountLabel"), this);
    m_results = new QWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_resultsLayout = new QVBoxLayout(m_results);
    m_resultsLayout->setContentsMargins(0, 0, 8, 0);
    m_resultsLayout->setSpacing(12);
    m_resultsLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_results);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    v->addWidget(m_heading);
    v->addWidget(m_hint);
    v->addWidget(m_search);
    v->addWidget(m_count);
    v->addWidget(m_scroll, 1);
    connect(m_search, &ScanBox::submitted, this, [this](const QString &q) {
        m_search->edit()->setText(q);
        emit searchRequested(q);
    });
    retranslate();
}

void SearchPanel::retranslate()
{
    m_heading->setText(tr("Search the catalogue"));
    m_hint->setText(tr("Type a title, an author, a subject or an ISBN."));
    m_search->retranslate(tr("What are you looking for?"), tr("Search"));
    if (m_result)
        show(m_query, *m_result);
    else
        showMessage(m_message);
}

void SearchPanel::reset()
{
    m_result.reset();
    m_query.clear();
    m_message.clear();
    m_search->edit()->clear();
    m_count->clear();
    m_count->hide();
    while (m_resultsLayout->count() > 1) {
        QLayoutItem *item = m_resultsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

QString SearchPanel::query() const
{
    return m_query;
}

void SearchPanel::focusSearch()
{
    m_search->edit()->setFocus();
}

void SearchPanel::showMessage(const QString &message)
{
    const QString query = m_query;
    reset();
    m_query = query;
    m_message = message;
    m_search->edit()->setText(query);
    if (!message.isEmpty()) {
        m_count->setText(message);
        Style::setRole(m_count, "message-error");
        m_count->show();
    }
}

void SearchPanel::show(const QString &query, const Catalogue::SearchResult &result)
{
    reset();
    m_query = query;
    m_search->edit()->setText(query);
    m_result = std::make_shared<Catalogue::SearchResult>(result);
    Style::setRole(m_count, "hint");
    m_count->setText(result.total == 0 ? tr("Nothing found for \"%1\". Try fewer or other words.").arg(query)
                     : result.total > result.hits.size()
                         ? tr("%1 titles found; the best %2 are shown.").arg(QLocale().toString(result.total)).arg(result.hits.size())
                         : (result.total == 1 ? tr("1 title found.") : tr("%1 titles found.").arg(result.total)));
    m_count->show();
    int index = 0;
    for (const Catalogue::SearchHit &hit : result.hits) {
        auto *f = new QFrame(m_results);
        f->setObjectName(QStringLiteral("searchHit"));
        Style::setRole(f, "card");
        auto *v = new QVBoxLayout(f);
        v->setContentsMargins(24, 16, 24, 16);
        v->setSpacing(6);
        QLabel *title = label("receipt-title", QStringLiteral("hitTitle"), f);
        title->setText(hit.title);
        v->addWidget(title);
        QStringList by;
        if (!hit.author.isEmpty())
            by << hit.author;
        if (hit.year > 0)
            by << QString::number(hit.year);
        if (!by.isEmpty()) {
            QLabel *author = label("hint", QStringLiteral("hitAuthor"), f);
            author->setText(by.join(QStringLiteral(" · ")));
            v->addWidget(author);
        }
        // Where the copies are: on the shelf (with the shelf mark) per branch, else when one is due back.
        QMap<QString, QStringList> onShelf;
        int available = 0;
        qint64 nextDue = 0;
        for (const Collection::Item &item : hit.items) {
            if (item.status == QLatin1String("available")) {
                ++available;
                const QString mark = item.callNumber.isEmpty() ? hit.callNumber : item.callNumber;
                QStringList &marks = onShelf[item.branchName.isEmpty() ? item.branchCode : item.branchName];
                if (!mark.isEmpty() && !marks.contains(mark))
                    marks << mark;
            } else if (item.status == QLatin1String("on_loan") && item.dueAt > 0 && (nextDue == 0 || item.dueAt < nextDue)) {
                nextDue = item.dueAt;
            }
        }
        QLabel *where = label("receipt-text", QStringLiteral("hitAvailability"), f);
        QStringList lines;
        if (hit.items.isEmpty()) {
            lines << tr("No copies to borrow.");
        } else if (available > 0) {
            lines << (hit.items.size() == 1 ? tr("On the shelf.") : tr("On the shelf: %1 of %2 copies.").arg(available).arg(hit.items.size()));
            for (auto it = onShelf.cbegin(); it != onShelf.cend(); ++it)
                lines << (it.value().isEmpty() ? it.key() : tr("%1, shelf %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
        } else if (nextDue > 0) {
            lines << tr("All copies are out; the next is due back by %1.").arg(longDate(localDate(nextDue)));
        } else {
            lines << tr("No copy is on the shelf at the moment.");
        }
        where->setText(lines.join(QLatin1Char('\n')));
        where->setStyleSheet(available > 0 ? QStringLiteral("color: #067647;") : QStringLiteral("color: #b54708;"));
        v->addWidget(where);
        m_resultsLayout->insertWidget(index++, f);
    }
}

} // namespace Aksara::Kiosk
