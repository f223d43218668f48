#include "reports/CirculationPage.h"

#include "reports/Format.h"
#include "reports/Widgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Aksara::Reports {

namespace {
QChartView *chartView(const char *name, QWidget *parent)
{
    auto *v = new QChartView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(240);
    return v;
}
QString elide(const QString &s, int n)
{
    return s.size() <= n ? s : s.left(n - 1).trimmed() + QStringLiteral("…");
}
// An axis of whole numbers from 0 with a few round steps.
QValueAxis *countAxis(qint64 most)
{
    auto *axis = new QValueAxis;
    // Steps of 1, 2, 5, 10, 20, 50, … with at most six of them.
    qint64 step = 1;
    for (qint64 decade = 1; most / step > 6; decade *= 10)
        for (qint64 m : {1, 2, 5})
            if (most / (step = m * decade) <= 6)
                break;
    const qint64 top = std::max<qint64>(step * 2, (most / step + 1) * step);
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}
} // namespace

CirculationPage::CirculationPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_message(new MessageBar(this))
    , m_perDay(chartView("perDayChart", this))
    , m_topTitles(chartView("topTitlesChart", this))
    , m_neverHeading(sectionHeading(QString(), this))
    , m_never(new QTableWidget(this))
{
    setObjectName(QStringLiteral("circulationPage"));
    m_preset->setObjectName(QStringLiteral("periodCombo"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_never->setObjectName(QStringLiteral("neverBorrowedTable"));
    m_preset->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_preset->addItem(tr("This month"), QStringLiteral("month"));
    m_preset->addItem(tr("Last month"), QStringLiteral("last_month"));
    m_preset->addItem(tr("This year"), QStringLiteral("year"));
    m_preset->addItem(tr("Chosen dates"), QStringLiteral("custom"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        refresh();
    });
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showStatisticsButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("custom")));
        refresh();
    });
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Period"), this));
    head->addWidget(m_preset);
    head->addSpacing(12);
    head->addWidget(new QLabel(tr("from"), this));
    head->addWidget(m_from);
    head->addWidget(new QLabel(tr("to"), this));
    head->addWidget(m_to);
    head->addWidget(show);
    head->addStretch(1);

    struct TileSpec {
        QString caption;
        const char *name;
    };
    const QList<TileSpec> tiles{{tr("Loans"), "loansTile"},
                                {tr("Returns"), "returnsTile"},
                                {tr("Borrowing members"), "activeMembersTile"},
                                {tr("New members"), "newMembersTile"},
                                {tr("New cards"), "newCardsTile"},
                                {tr("Overdue at the end"), "overdueTile"},
                                {tr("Fees charged"), "feesTile"},
                                {tr("Payments received"), "paymentsTile"}};
    auto *tileRow = new QHBoxLayout;
    tileRow->setSpacing(8);
    for (const TileSpec &t : tiles) {
        auto *tile = new StatTile(t.caption, this);
        tile->setObjectName(QString::fromLatin1(t.name));
        tileRow->addWidget(tile);
        m_tiles << tile;
    }

    setUpTable(m_never, {tr("Barcode"), tr("Title"), tr("Branch"), tr("Location"), tr("Acquired")});
    m_never->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *neverBox = new QVBoxLayout;
    neverBox->addWidget(m_neverHeading);
    neverBox->addWidget(m_never);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(m_topTitles, 1);
    bottom->addLayout(neverBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addLayout(tileRow);
    layout->addWidget(m_perDay, 1);
    layout->addLayout(bottom, 1);
}

QChart *CirculationPage::perDayChart() const { return m_perDay->chart(); }
QChart *CirculationPage::topTitlesChart() const { return m_topTitles->chart(); }

void CirculationPage::setSession(const Session &session)
{
    Page::setSession(session);
    applyPreset();
}

void CirculationPage::applyPreset()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs(), Qt::UTC).toTimeZone(m_session.zone).date();
    const QString p = m_preset->currentData().toString();
    if (p == QLatin1String("30d")) {
        m_from->setDate(today.addDays(-29));
        m_to->setDate(today);
    } else if (p == QLatin1String("month")) {
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(today);
    } else if (p == QLatin1String("last_month")) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        m_from->setDate(first);
        m_to->setDate(first.addMonths(1).addDays(-1));
    } else if (p == QLatin1String("year")) {
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
}

void CirculationPage::refresh()
{
    if (!m_session.signedIn())
        return;
    CirculationStats stats(m_core);
    StatisticsOptions options;
    options.topTitles = 10;
    options.neverBorrowedLimit = kNeverBorrowedShown;
    auto s = stats.compute(m_session.caller, m_from->date(), m_to->date(), options);
    if (!s.ok()) {
        m_message->showError(s.error().message);
        return;
    }
    m_message->clearMessage();
    m_stats = *s;
    const QStringList values{formatCount(s->loans),      formatCount(s->returns),        formatCount(s->activeMembers),
                             formatCount(s->newMembers), formatCount(s->newCards),       formatCount(s->overdue),
                             formatRupiah(s->feesCharged), formatRupiah(s->paymentsReceived)};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setValue(values[i]);

    // Loans and returns per day.
    {
        auto *chart = new QChart;
        styleChart(chart, tr("Loans and returns per day, %1 – %2").arg(formatDate(s->from), formatDate(s->to)));
        auto *loans = new QLineSeries;
        auto *returns = new QLineSeries;
        loans->setName(tr("Loans"));
        returns->setName(tr("Returns"));
        loans->setPen(QPen(Palette::accent(), 2.5));
        returns->setPen(QPen(Palette::warning(), 2.0));
        loans->setPointsVisible(s->perDay.size() <= 62);
        returns->setPointsVisible(s->perDay.size() <= 62);
        qint64 most = 0;
        for (const DayCount &d : std::as_const(s->perDay)) {
            const qint64 x = QDateTime(d.date, QTime(12, 0)).toMSecsSinceEpoch();
            loans->append(double(x), double(d.loans));
            returns->append(double(x), double(d.returns));
            most = std::max({most, d.loans, d.returns});
        }
        chart->addSeries(loans);
        chart->addSeries(returns);
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("d MMM"));
        x->setTickCount(std::min<int>(int(s->perDay.size()), 11));
        x->setRange(QDateTime(s->from, QTime(12, 0)), QDateTime(s->to, QTime(12, 0)));
        styleAxis(x);
        chart->addAxis(x, Qt::AlignBottom);
        auto *y = countAxis(most);
        styleAxis(y);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *l : {loans, returns}) {
            l->attachAxis(x);
            l->attachAxis(y);
        }
        QChart *old = m_perDay->chart();
        m_perDay->setChart(chart);
        delete old;
    }

    // The most borrowed titles, the first at the top.
    {
        auto *chart = new QChart;
        styleChart(chart, tr("Most borrowed titles"));
        auto *set = new QBarSet(tr("Loans"));
        set->setColor(Palette::accent());
        set->setBorderColor(Palette::accent());
        QStringList names;
        qint64 most = 0;
        for (auto it = s->topTitles.crbegin(); it != s->topTitles.crend(); ++it) {
            *set << double(it->loans);
            names << elide(it->title, 34);
            most = std::max(most, it->loans);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        chart->legend()->hide();
        auto *y = new QBarCategoryAxis;
        y->append(names.isEmpty() ? QStringList{tr("No loans in this period")} : names);
        styleAxis(y);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto *x = countAxis(most);
        styleAxis(x);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QChart *old = m_topTitles->chart();
        m_topTitles->setChart(chart);
        delete old;
    }

    m_neverHeading->setText(tr("Never borrowed: %1 of %2 copies").arg(formatCount(s->neverBorrowedCount), formatCount(s->itemsConsidered)));
    m_never->setRowCount(int(s->neverBorrowed.size()));
    for (int r = 0; r < s->neverBorrowed.size(); ++r) {
        const NeverBorrowedItem &i = s->neverBorrowed[r];
        m_never->setItem(r, 0, cell(i.barcode));
        m_never->setItem(r, 1, cell(i.title));
        m_never->setItem(r, 2, cell(i.branch));
        m_never->setItem(r, 3, cell(i.location));
        m_never->setItem(r, 4, cell(formatDate(QDate::fromString(i.acquiredOn, Qt::ISODate))));
    }
    m_never->resizeColumnsToContents();
    m_never->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace Aksara::Reports
