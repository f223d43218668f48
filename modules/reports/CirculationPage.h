#pragma once

#include "reports/CirculationStats.h"
#include "reports/Page.h"

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace Aksara::Reports {

class MessageBar;
class StatTile;

// Circulation statistics of a period (Reports::CirculationStats): the figures as tiles, loans and
// returns per day, the most borrowed titles and the copies never borrowed.
class CirculationPage : public Page {
    Q_OBJECT
public:
    static constexpr int kNeverBorrowedShown = 200;
    explicit CirculationPage(ServiceCore &core, QWidget *parent = nullptr);
    void setSession(const Session &session) override;
    void refresh() override;
    const CirculationStatistics &statistics() const { return m_stats; }
    QChart *perDayChart() const;
    QChart *topTitlesChart() const;

private:
    void applyPreset();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    MessageBar *m_message;
    QList<StatTile *> m_tiles;
    QChartView *m_perDay;
    QChartView *m_topTitles;
    QLabel *m_neverHeading;
    QTableWidget *m_never;
    CirculationStatistics m_stats;
};

} // namespace Aksara::Reports
