#pragma once

#include "desk/AdminForm.h"
#include "desk/AdminPage.h"

#include "circulation/Calendars.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// Calendars and holidays (Circulation::Calendars, right rules.manage): the calendars with the
// branches that follow each; the chosen calendar's weekly opening hours (several intervals a day,
// an empty day is closed) and its holidays (one-off or every year) to add and remove; a new
// calendar (empty, or a copy of another); which calendar a branch follows. Due dates and overdue
// fees count with these days.
class CalendarsAdmin : public AdminSection {
    Q_OBJECT
public:
    explicit CalendarsAdmin(DeskSession &session, QWidget *parent = nullptr);

    MessageBar *messageBar() const { return m_message; }
    QString fieldError(const QString &field) const { return m_errors.text(field); }
    bool selectCalendar(const QString &code);
    QString currentCode() const;
    // "08:00–12:00, 13:00–17:00" → intervals; false (with the reason) for text that is not that.
    static bool parseIntervals(const QString &text, QList<std::pair<QString, QString>> *out, QString *problem);
    static QString intervalsText(const Circulation::CalendarView &view, int weekday);

public slots:
    void refresh() override;
    void saveHours();
    void addHoliday();
    void removeHoliday();
    void newCalendar();
    void assignToBranch();

private:
    void showCalendar();

    DeskSession &m_session;
    QList<Circulation::CalendarView> m_calendars;
    FieldErrorLabels m_errors{this};
    MessageBar *m_message;
    QListWidget *m_list;
    QLabel *m_heading;
    std::array<QLineEdit *, 8> m_hours{}; // 1..7
    QTableWidget *m_holidays;
    QDateEdit *m_holidayDate;
    QLineEdit *m_holidayName;
    QCheckBox *m_holidayYearly;
    QPushButton *m_removeHoliday;
    QComboBox *m_assignBranch;
};

class NewCalendarDialog : public QDialog {
    Q_OBJECT
public:
    NewCalendarDialog(DeskSession &session, const QList<Circulation::CalendarView> &existing, const QString &copyFrom,
                      QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void created(const Aksara::Circulation::CalendarView &calendar);

private:
    void submit();

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_zone;
    QComboBox *m_copyFrom;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
