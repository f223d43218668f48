#include "desk/CalendarsAdmin.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

using Circulation::CalendarView;

namespace {
QString hoursField(int weekday)
{
    return QStringLiteral("hours%1").arg(weekday);
}
} // namespace

bool CalendarsAdmin::parseIntervals(const QString &text, QList<std::pair<QString, QString>> *out, QString *problem)
{
    out->clear();
    static const QRegularExpression interval(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const auto m = interval.match(part);
        if (!m.hasMatch()) {
            *problem = tr("\"%1\" is not an opening interval; write them as 08:00–12:00, 13:00–16:00 (empty: closed).")
                           .arg(part.trimmed());
            return false;
        }
        auto hhmm = [&](int h, int mm) {
            return QStringLiteral("%1:%2").arg(m.captured(h).toInt(), 2, 10, QLatin1Char('0')).arg(m.captured(mm));
        };
        *out << std::pair{hhmm(1, 2), hhmm(3, 4)};
    }
    return true;
}

QString CalendarsAdmin::intervalsText(const CalendarView &view, int weekday)
{
    QStringList parts;
    for (const auto &h : view.hours)
        if (h.weekday == weekday)
            parts << QStringLiteral("%1–%2").arg(h.opens, h.closes);
    return parts.join(QStringLiteral(", "));
}

CalendarsAdmin::CalendarsAdmin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_holidays(adminTable(QStringLiteral("holidayTable"), {tr("Date"), tr("Holiday"), tr("Repeats")}, this))
    , m_holidayDate(new QDateEdit(this))
    , m_holidayName(new QLineEdit(this))
    , m_holidayYearly(new QCheckBox(tr("Every &year"), this))
    , m_removeHoliday(new QPushButton(tr("Remo&ve the holiday…"), this))
    , m_assignBranch(new QComboBox(this))
{
    m_message->setObjectName(QStringLiteral("calendarsMessage"));

    // Left: the calendars, a new one, which branch follows it.
    m_list->setObjectName(QStringLiteral("calendarList"));
    connect(m_list, &QListWidget::currentRowChanged, this, &CalendarsAdmin::showCalendar);
    auto *create = new QPushButton(tr("&New calendar…"), this);
    create->setObjectName(QStringLiteral("newCalendarButton"));
    connect(create, &QPushButton::clicked, this, &CalendarsAdmin::newCalendar);
    auto *assignBox = new QGroupBox(tr("A branch follows this calendar"), this);
    m_assignBranch->setObjectName(QStringLiteral("assignBranchCombo"));
    fillBranches(m_assignBranch, session.library, QString(), session.branchCode);
    auto *assign = new QPushButton(tr("&Assign"), assignBox);
    assign->setObjectName(QStringLiteral("assignCalendarButton"));
    connect(assign, &QPushButton::clicked, this, &CalendarsAdmin::assignToBranch);
    auto *ab = new QGridLayout(assignBox);
    ab->addWidget(m_assignBranch, 0, 0, 1, 2);
    ab->addWidget(assign, 1, 1);
    ab->addWidget(m_errors.addField(QStringLiteral("assign")), 2, 0, 1, 2);
    ab->setColumnStretch(0, 1);
    auto *leftPane = new QWidget(this);
    leftPane->setMaximumWidth(300);
    auto *leftBox = new QVBoxLayout(leftPane);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(m_list, 1);
    leftBox->addWidget(create);
    leftBox->addWidget(assignBox);

    // Right: hours and holidays of the chosen calendar.
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_heading->setWordWrap(true);
    auto *hoursBox = new QGroupBox(tr("Opening hours"), this);
    auto *hg = new QGridLayout(hoursBox);
    hg->setVerticalSpacing(1);
    int row = 0;
    for (int day = 1; day <= 7; ++day) {
        auto *edit = new QLineEdit(hoursBox);
        edit->setObjectName(QStringLiteral("hoursEdit%1").arg(day));
        edit->setPlaceholderText(tr("closed"));
        connect(edit, &QLineEdit::returnPressed, this, &CalendarsAdmin::saveHours);
        m_hours[day] = edit;
        row = m_errors.addRow(hg, row, hoursField(day), QLocale().dayName(day), edit);
    }
    auto *saveHoursButton = new QPushButton(tr("&Save the hours"), hoursBox);
    saveHoursButton->setObjectName(QStringLiteral("saveHoursButton"));
    connect(saveHoursButton, &QPushButton::clicked, this, &CalendarsAdmin::saveHours);
    auto *hint = new QLabel(tr("e.g. 08:00–12:00, 13:00–16:00; empty: closed all day"), hoursBox);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    hint->setWordWrap(true);
    hg->addWidget(hint, row++, 1);
    hg->addWidget(saveHoursButton, row++, 1, Qt::AlignLeft);
    hg->setRowStretch(row, 1);
    hg->setColumnStretch(1, 1);

    auto *holidayBox = new QGroupBox(tr("Holidays (the library is closed)"), this);
    m_holidayDate->setObjectName(QStringLiteral("holidayDateEdit"));
    m_holidayDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDate(Format::localDate(session.core.clock().nowMs()));
    m_holidayName->setObjectName(QStringLiteral("holidayNameEdit"));
    m_holidayName->setPlaceholderText(tr("e.g. Hari Kemerdekaan"));
    connect(m_holidayName, &QLineEdit::returnPressed, this, &CalendarsAdmin::addHoliday);
    m_holidayYearly->setObjectName(QStringLiteral("holidayYearlyCheck"));
    auto *add = new QPushButton(tr("A&dd"), holidayBox);
    add->setObjectName(QStringLiteral("addHolidayButton"));
    connect(add, &QPushButton::clicked, this, &CalendarsAdmin::addHoliday);
    m_removeHoliday->setObjectName(QStringLiteral("removeHolidayButton"));
    connect(m_removeHoliday, &QPushButton::clicked, this, &CalendarsAdmin::removeHoliday);
    connect(m_holidays, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeHoliday->setEnabled(!m_holidays->selectedItems().isEmpty()); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_holidayDate);
    addRow->addWidget(m_holidayName, 1);
    auto *addRow2 = new QHBoxLayout;
    addRow2->addWidget(m_holidayYearly);
    addRow2->addWidget(add);
    addRow2->addStretch(1);
    addRow2->addWidget(m_removeHoliday);
    auto *hb = new QVBoxLayout(holidayBox);
    hb->addWidget(m_holidays, 1);
    hb->addLayout(addRow);
    hb->addLayout(addRow2);
    hb->addWidget(m_errors.addField(QStringLiteral("holiday")));
    m_errors.route(QStringLiteral("circulation.duplicate_holiday"), QStringLiteral("holiday"));
    m_errors.route(QStringLiteral("circulation.bad_date"), QStringLiteral("holiday"));
    m_errors.route(QStringLiteral("circulation.unknown_holiday"), QStringLiteral("holiday"));
    m_errors.route(QStringLiteral("circulation.unknown_branch"), QStringLiteral("assign"));

    auto *days = new QHBoxLayout;
    days->addWidget(hoursBox, 4);
    days->addWidget(holidayBox, 5);
    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addLayout(days, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(leftPane, 2);
    columns->addSpacing(8);
    columns->addLayout(right, 7);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    setFocusProxy(m_list);
    refresh();
}

void CalendarsAdmin::refresh()
{
    const QString before = currentCode();
    // Hours typed and not saved yet (and their refusals) stay.
    QHash<int, std::pair<QString, QString>> typed;
    if (const int i = m_list->currentRow(); i >= 0 && i < m_calendars.size()) {
        for (int day = 1; day <= 7; ++day)
            if (m_hours[day]->text() != intervalsText(m_calendars.at(i), day))
                typed.insert(day, {m_hours[day]->text(), m_errors.text(hoursField(day))});
    }
    auto r = Circulation::Calendars(m_session.core).list(m_session.caller);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The calendars could not be read"));
        return;
    }
    m_calendars = *r;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const CalendarView &c : std::as_const(m_calendars)) {
        const QString branches = c.branches.isEmpty() ? tr("no branch") : c.branches.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(c.name, tr("%1 · %2").arg(c.code, branches)), m_list);
        item->setData(Qt::UserRole, c.code);
    }
    if (!selectCalendar(before) && !m_calendars.isEmpty())
        m_list->setCurrentRow(0);
    showCalendar();
    if (currentCode() != before)
        return;
    const CalendarView &now = m_calendars.at(m_list->currentRow());
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        // Saved meanwhile (as typed, written another way): shown as stored.
        QList<std::pair<QString, QString>> intervals;
        QString problem;
        if (parseIntervals(it.value().first, &intervals, &problem)) {
            QStringList parts;
            for (const auto &[a, b] : std::as_const(intervals))
                parts << QStringLiteral("%1–%2").arg(a, b);
            if (parts.join(QStringLiteral(", ")) == intervalsText(now, it.key()))
                continue;
        }
        m_hours[it.key()]->setText(it.value().first);
        if (!it.value().second.isEmpty())
            m_errors.set(hoursField(it.key()), it.value().second);
    }
}

bool CalendarsAdmin::selectCalendar(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString CalendarsAdmin::currentCode() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CalendarsAdmin::showCalendar()
{
    m_errors.clear();
    const int i = m_list->currentRow();
    if (i < 0 || i >= m_calendars.size()) {
        m_heading->clear();
        return;
    }
    const CalendarView &c = m_calendars.at(i);
    const QString branches = c.branches.isEmpty() ? tr("No branch follows it yet.")
                                                  : tr("Followed by: %1.").arg(c.branches.join(QStringLiteral(", ")));
    m_heading->setText(QStringLiteral("<b style='font-size:12pt'>%1</b> (%2) · %3<br>%4")
                           .arg(c.name.toHtmlEscaped(), c.code.toHtmlEscaped(), c.timeZone.toHtmlEscaped(),
                                branches.toHtmlEscaped()));
    for (int day = 1; day <= 7; ++day)
        m_hours[day]->setText(intervalsText(c, day));
    m_holidays->setRowCount(int(c.holidays.size()));
    for (int h = 0; h < c.holidays.size(); ++h) {
        const CalendarView::Holiday &hol = c.holidays.at(h);
        auto *date = new QTableWidgetItem(hol.yearly ? QLocale().toString(hol.date, QStringLiteral("d MMMM")) : Format::date(hol.date));
        date->setData(Qt::UserRole, hol.date);
        m_holidays->setItem(h, 0, date);
        m_holidays->setItem(h, 1, new QTableWidgetItem(hol.name));
        m_holidays->setItem(h, 2, new QTableWidgetItem(hol.yearly ? tr("every year") : tr("once, %1").arg(hol.date.year())));
    }
    m_holidays->resizeColumnsToContents();
    m_holidays->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_removeHoliday->setEnabled(false);
}

void CalendarsAdmin::saveHours()
{
    m_errors.clear();
    m_message->clear();
    const int i = m_list->currentRow();
    if (i < 0 || i >= m_calendars.size())
        return;
    const CalendarView before = m_calendars.at(i);
    Circulation::Calendars calendars(m_session.core);
    QStringList saved;
    QWidget *first = nullptr;
    for (int day = 1; day <= 7; ++day) {
        QList<std::pair<QString, QString>> intervals;
        QString problem;
        if (!parseIntervals(m_hours[day]->text(), &intervals, &problem)) {
            m_errors.set(hoursField(day), problem);
            first = first ? first : m_hours[day];
            continue;
        }
        QStringList now;
        for (const auto &[a, b] : std::as_const(intervals))
            now << QStringLiteral("%1–%2").arg(a, b);
        if (now.join(QStringLiteral(", ")) == intervalsText(before, day))
            continue;
        auto r = calendars.setHours(m_session.caller, before.code, day, intervals);
        if (!r.ok()) {
            if (r.error().isRefusal()) {
                for (const QString &reason : MessageBar::reasonsOf(r.error()))
                    m_errors.set(hoursField(day), reason);
                first = first ? first : m_hours[day];
            } else {
                m_message->setError(r.error(), tr("The hours were not saved"));
                return;
            }
            continue;
        }
        saved << QLocale().dayName(day);
    }
    if (!saved.isEmpty()) {
        // What was refused stays as typed, with its reason (refresh keeps unsaved hours).
        refresh();
        m_message->setMessage(MessageBar::Kind::Success,
                              tr("Opening hours of %1 saved: %2").arg(before.code, saved.join(QStringLiteral(", "))));
    } else if (!first) {
        m_message->setMessage(MessageBar::Kind::Info, tr("Nothing to save: the hours are as they were."));
    }
    if (first)
        first->setFocus();
}

void CalendarsAdmin::addHoliday()
{
    m_errors.clear();
    m_message->clear();
    const QString code = currentCode();
    if (code.isEmpty())
        return;
    const QDate date = m_holidayDate->date();
    auto r = Circulation::Calendars(m_session.core).addHoliday(m_session.caller, code, date, m_holidayYearly->isChecked(),
                                                               m_holidayName->text().trimmed());
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, tr("The holiday was not added")); w)
            w->setFocus();
        else
            m_holidayDate->setFocus();
        return;
    }
    const QString name = m_holidayName->text().trimmed();
    m_holidayName->clear();
    m_holidayYearly->setChecked(false);
    refresh();
    m_message->setMessage(MessageBar::Kind::Success,
                          tr("%1 is closed on %2 (%3).").arg(code, Format::date(date), name.isEmpty() ? tr("Holiday") : name));
}

void CalendarsAdmin::removeHoliday()
{
    m_errors.clear();
    m_message->clear();
    const QString code = currentCode();
    const int row = m_holidays->currentRow();
    if (code.isEmpty() || row < 0 || m_holidays->selectedItems().isEmpty())
        return;
    const QDate date = m_holidays->item(row, 0)->data(Qt::UserRole).toDate();
    const QString name = m_holidays->item(row, 1)->text();
    if (!confirm(this, tr("Remove a holiday"),
                 tr("Remove \"%1\" (%2) from %3? The library then counts that day as an open day for due dates and "
                    "fees.")
                     .arg(name, m_holidays->item(row, 0)->text(), code),
                 tr("Remove")))
        return;
    auto r = Circulation::Calendars(m_session.core).removeHoliday(m_session.caller, code, date);
    if (!r.ok()) {
        m_errors.show(r.error(), m_message, tr("The holiday was not removed"));
        return;
    }
    refresh();
    m_message->setMessage(MessageBar::Kind::Success, tr("\"%1\" is no longer a holiday of %2.").arg(name, code));
}

void CalendarsAdmin::newCalendar()
{
    auto *dialog = new NewCalendarDialog(m_session, m_calendars, currentCode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCalendarDialog::created, this, [this](const CalendarView &c) {
        refresh();
        selectCalendar(c.code);
        m_message->setMessage(MessageBar::Kind::Success, tr("Calendar %1 created").arg(c.code),
                              {tr("Assign it to a branch to make the branch follow it.")});
    });
    dialog->open();
}

void CalendarsAdmin::assignToBranch()
{
    m_errors.clear();
    m_message->clear();
    const QString code = currentCode();
    const QString branch = m_assignBranch->currentData().toString();
    if (code.isEmpty() || branch.isEmpty())
        return;
    auto r = Circulation::Calendars(m_session.core).assign(m_session.caller, branch, code);
    if (!r.ok()) {
        m_errors.show(r.error(), m_message, tr("The branch was not assigned"));
        return;
    }
    refresh();
    m_message->setMessage(MessageBar::Kind::Success,
                          tr("%1 follows the calendar %2 from now on.").arg(branchText(m_session.library, branch, branch), code));
}

NewCalendarDialog::NewCalendarDialog(DeskSession &session, const QList<CalendarView> &existing, const QString &copyFrom,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_zone(new QLineEdit(this))
    , m_copyFrom(new QComboBox(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("newCalendarDialog"));
    setWindowTitle(tr("New calendar"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. taman — lower-case letters, digits, - or _"));
    row = m_errors.addRow(grid, row, QStringLiteral("code"), tr("&Code"), m_code);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Taman Baca opening hours"));
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("&Name"), m_name);
    m_zone->setObjectName(QStringLiteral("zoneEdit"));
    m_zone->setPlaceholderText(tr("the library's (%1)").arg(QString::fromUtf8(session.library.zone.id())));
    row = m_errors.addRow(grid, row, QStringLiteral("zone"), tr("Time &zone"), m_zone);
    m_copyFrom->setObjectName(QStringLiteral("copyFromCombo"));
    m_copyFrom->addItem(tr("Nothing: closed every day until hours are set"), QString());
    for (const CalendarView &c : existing)
        m_copyFrom->addItem(tr("Hours and holidays of %1 (%2)").arg(c.name, c.code), c.code);
    m_copyFrom->setCurrentIndex(std::max(0, m_copyFrom->findData(copyFrom)));
    row = m_errors.addRow(grid, row, QStringLiteral("copyFrom"), tr("Start &from"), m_copyFrom);
    m_errors.route(QStringLiteral("circulation.bad_calendar_code"), QStringLiteral("code"));
    m_errors.route(QStringLiteral("circulation.duplicate_calendar"), QStringLiteral("code"));
    m_errors.route(QStringLiteral("circulation.bad_time_zone"), QStringLiteral("zone"));
    m_errors.route(QStringLiteral("circulation.unknown_calendar"), QStringLiteral("copyFrom"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton *ok = buttons->addButton(tr("Create the calendar"), QDialogButtonBox::ActionRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &NewCalendarDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_code->setFocus();
}

void NewCalendarDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    auto r = Circulation::Calendars(m_session.core)
                 .create(m_session.caller, m_code->text().trimmed(), m_name->text().trimmed(), m_zone->text().trimmed(),
                         m_copyFrom->currentData().toString());
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, tr("The calendar was not created")))
            w->setFocus();
        return;
    }
    emit created(*r);
    accept();
}

} // namespace Aksara::Desk
