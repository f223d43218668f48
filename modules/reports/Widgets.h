#pragma once

#include <QColor>
#include <QFrame>
#include <QLabel>
#include <QString>

#include "core/Result.h"

#include <functional>

class QDialog;
class QFormLayout;

class QAbstractAxis;
class QChart;
class QTableWidget;
class QTableWidgetItem;

namespace Aksara::Reports {

// Colours of states, the same on every screen.
namespace Palette {
QColor good();    // up, met, success
QColor warning(); // degraded, warning at 75 %
QColor bad();     // down, breached, failed
QColor planned(); // maintenance, scheduled
QColor neutral(); // closed, unknown, off hours
QColor accent();  // the window's own colour
QColor lightOf(const QColor &c); // a pale background of the same hue
} // namespace Palette
QColor healthColor(const QString &health);
QColor stationColor(const QString &state);

// A figure with its caption, as on a dashboard: "128" over "Loans".
class StatTile : public QFrame {
    Q_OBJECT
public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &note = {});
    void setAccent(const QColor &color);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_note;
};

// A service on the live board: its name, its state as a coloured badge, and a line of figures.
class ServiceTile : public QFrame {
    Q_OBJECT
public:
    explicit ServiceTile(QWidget *parent = nullptr);
    void set(const QString &name, const QString &health, const QString &figures, const QString &reason);
    QString health() const { return m_health; }

private:
    QLabel *m_name;
    QLabel *m_badge;
    QLabel *m_figures;
    QString m_health;
};

// A one-line message under a screen's controls: what went wrong (a refusal's reason) or what was
// done. Hidden while empty.
class MessageBar : public QLabel {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
};

// Lays out a "new …" dialog: its form, the message bar and Cancel / `acceptText` (object name
// `acceptName`). Accepting calls `submit`; a refusal or failure is shown in the bar and the dialog
// stays open with what was typed, success closes it.
void finishFormDialog(QDialog *dialog, QFormLayout *form, MessageBar *message, const QString &acceptText,
                      const QString &acceptName, const std::function<Status()> &submit);

// A heading for a part of a screen.
QLabel *sectionHeading(const QString &text, QWidget *parent = nullptr);
// A read-only table with row selection, alternate colours and no row numbers.
void setUpTable(QTableWidget *table, const QStringList &headers);
QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
QTableWidgetItem *numberCell(const QString &text);
// A chart with the window's look: no animation, legend at the bottom, readable fonts.
void styleChart(QChart *chart, const QString &title);
// Axis labels a little smaller than the text, so that a dozen service names fit.
void styleAxis(QAbstractAxis *axis);

} // namespace Aksara::Reports
