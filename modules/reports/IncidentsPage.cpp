#include "reports/IncidentsPage.h"

#include "reports/Format.h"
#include "reports/LiveBoard.h"
#include "reports/Widgets.h"
#include "service/Problems.h"
#include "service/Stations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

using namespace ServiceManagement;

namespace {
// The fields an incident's history names, for people.
QString fieldName(const QString &field)
{
    static const std::pair<const char *, const char *> names[] = {
        {"assignee", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Assignee")},
        {"impact", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Impact")},
        {"urgency", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Urgency")},
        {"priority", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Priority")},
        {"title", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Title")},
        {"description", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Description")},
        {"service", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Service")},
        {"major", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Major incident")},
        {"security", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Security incident")},
        {"outage", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Outage")},
        {"outage_from", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Outage from")},
        {"outage_to", QT_TRANSLATE_NOOP("Aksara::Reports::IncidentsPage", "Outage until")}};
    for (const auto &[code, name] : names)
        if (field == QLatin1String(code))
            return QCoreApplication::translate("Aksara::Reports::IncidentsPage", name);
    return field;
}

void fillLevels(QComboBox *combo)
{
    for (int level = 1; level <= 3; ++level)
        combo->addItem(levelName(level), level);
    combo->setCurrentIndex(1);
}
} // namespace

NewIncidentDialog::NewIncidentDialog(const Session &session, const QStringList &stations, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_message(new MessageBar(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_service(new QComboBox(this))
    , m_station(new QComboBox(this))
    , m_impact(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_major(new QCheckBox(tr("Major incident"), this))
    , m_security(new QCheckBox(tr("Security incident"), this))
    , m_outage(new QCheckBox(tr("The service is down (counts against its availability)"), this))
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New incident"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_station->setObjectName(QStringLiteral("stationCombo"));
    m_impact->setObjectName(QStringLiteral("impactCombo"));
    m_urgency->setObjectName(QStringLiteral("urgencyCombo"));
    m_outage->setObjectName(QStringLiteral("outageCheck"));
    m_kind->addItem(incidentKindName(QStringLiteral("incident")), QStringLiteral("incident"));
    m_kind->addItem(incidentKindName(QStringLiteral("request")), QStringLiteral("request"));
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    m_service->addItem(tr("(no particular service)"), QString());
    for (const auto &[code, name] : session.services)
        m_service->addItem(name, code);
    m_station->addItem(tr("(no particular station)"), QString());
    for (const QString &s : stations)
        m_station->addItem(s, s);
    fillLevels(m_impact);
    fillLevels(m_urgency);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Station"), m_station);
    form->addRow(tr("Impact"), m_impact);
    form->addRow(tr("Urgency"), m_urgency);
    form->addRow(QString(), m_major);
    form->addRow(QString(), m_security);
    form->addRow(QString(), m_outage);
    finishFormDialog(this, form, m_message, tr("Open incident"), QStringLiteral("openIncidentButton"), [this] { return m_submit(input()); });
}

NewIncident NewIncidentDialog::input() const
{
    NewIncident in;
    in.kind = m_kind->currentData().toString();
    in.title = m_title->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    in.serviceCode = m_service->currentData().toString();
    in.station = m_station->currentData().toString();
    in.impact = m_impact->currentData().toInt();
    in.urgency = m_urgency->currentData().toInt();
    in.major = m_major->isChecked();
    in.security = m_security->isChecked();
    in.outage = m_outage->isChecked();
    return in;
}

IncidentsPage::IncidentsPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_statusFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_serviceFilter(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_kindFilter->setObjectName(QStringLiteral("kindFilterCombo"));
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilterCombo"));
    m_table->setObjectName(QStringLiteral("incidentTable"));

    m_statusFilter->addItem(tr("Open"), QStringLiteral("open"));
    m_statusFilter->addItem(tr("All"), QStringLiteral("all"));
    for (const QString &s : {IncidentStatus::New, IncidentStatus::Assigned, IncidentStatus::InProgress, IncidentStatus::Pending,
                             IncidentStatus::Resolved, IncidentStatus::Closed})
        m_statusFilter->addItem(incidentStatusName(s), s);
    m_kindFilter->addItem(tr("Incidents and requests"), QString());
    m_kindFilter->addItem(tr("Incidents"), QStringLiteral("incident"));
    m_kindFilter->addItem(tr("Service requests"), QStringLiteral("request"));
    m_serviceFilter->addItem(tr("All services"), QString());
    for (QComboBox *c : {m_statusFilter, m_kindFilter, m_serviceFilter})
        connect(c, &QComboBox::activated, this, &IncidentsPage::refresh);

    auto *newButton = new QPushButton(tr("New incident…"), this);
    newButton->setObjectName(QStringLiteral("newIncidentButton"));
    connect(newButton, &QPushButton::clicked, this, &IncidentsPage::newIncident);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &IncidentsPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_kindFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Service"), this));
    filters->addWidget(m_serviceFilter);
    filters->addStretch(1);
    filters->addWidget(newButton);
    filters->addWidget(refreshButton);

    setUpTable(m_table, {tr("No."), tr("Priority"), tr("Title"), tr("Status"), tr("Assignee"), tr("Opened")});
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            loadDetail(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    });

    // The detail of one incident.
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    m_title = new QLabel(m_detail);
    m_title->setObjectName(QStringLiteral("incidentTitleLabel"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_statusBadge = new QLabel(m_detail);
    m_statusBadge->setObjectName(QStringLiteral("incidentStatusLabel"));
    m_facts = new QLabel(m_detail);
    m_facts->setObjectName(QStringLiteral("incidentFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_description = new QLabel(m_detail);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownLabel = new QLabel(m_detail);
    m_resolveLabel = new QLabel(m_detail);
    m_ownLabel->setObjectName(QStringLiteral("ownClockLabel"));
    m_resolveLabel->setObjectName(QStringLiteral("resolveClockLabel"));
    m_ownBar = new QProgressBar(m_detail);
    m_resolveBar = new QProgressBar(m_detail);
    for (QProgressBar *b : {m_ownBar, m_resolveBar}) {
        b->setRange(0, 100);
        b->setTextVisible(false);
        b->setFixedHeight(8);
    }

    m_note = new QLineEdit(m_detail);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note, reason for waiting, or how it was resolved"));
    m_assignee = new QComboBox(m_detail);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setEditable(true);
    m_assignee->setMinimumContentsLength(12);
    m_impact = new QComboBox(m_detail);
    m_urgency = new QComboBox(m_detail);
    m_impact->setObjectName(QStringLiteral("impactCombo"));
    m_urgency->setObjectName(QStringLiteral("urgencyCombo"));
    fillLevels(m_impact);
    fillLevels(m_urgency);
    m_problem = new QComboBox(m_detail);
    m_problem->setObjectName(QStringLiteral("problemCombo"));
    m_problem->setMinimumContentsLength(16);
    m_problem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, m_detail);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_assign = button(tr("Assign"), "assignButton");
    m_start = button(tr("Start work"), "startButton");
    m_pending = button(tr("Waiting (pending)"), "pendingButton");
    m_resolve = button(tr("Resolve"), "resolveButton");
    m_close = button(tr("Confirm closure"), "closeButton");
    m_reopen = button(tr("Reopen"), "reopenButton");
    m_addNote = button(tr("Add note"), "addNoteButton");
    m_setPriority = button(tr("Set priority"), "setPriorityButton");
    m_link = button(tr("Link"), "linkProblemButton");

    connect(m_assign, &QPushButton::clicked, this, [this] {
        Incidents incidents(m_core);
        apply([&] { return incidents.assign(m_session.caller, m_currentId, m_assignee->currentText().trimmed(), m_note->text().trimmed()); },
              tr("Incident %1 assigned to %2.").arg(m_currentId).arg(m_assignee->currentText().trimmed()));
    });
    connect(m_start, &QPushButton::clicked, this, [this] { setStatus(IncidentStatus::InProgress); });
    connect(m_pending, &QPushButton::clicked, this, [this] { setStatus(IncidentStatus::Pending); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { setStatus(IncidentStatus::Resolved); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        Incidents incidents(m_core);
        apply([&] { return incidents.close(m_session.caller, m_currentId, m_note->text().trimmed()); },
              tr("Incident %1 closed.").arg(m_currentId));
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        Incidents incidents(m_core);
        apply([&] { return incidents.reopen(m_session.caller, m_currentId, m_note->text().trimmed()); },
              tr("Incident %1 reopened.").arg(m_currentId));
    });
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        Incidents incidents(m_core);
        apply([&] { return incidents.addNote(m_session.caller, m_currentId, m_note->text().trimmed()); },
              tr("Note added to incident %1.").arg(m_currentId));
    });
    connect(m_setPriority, &QPushButton::clicked, this, [this] {
        Incidents incidents(m_core);
        IncidentUpdate u;
        u.impact = m_impact->currentData().toInt();
        u.urgency = m_urgency->currentData().toInt();
        u.note = m_note->text().trimmed();
        apply([&] { return incidents.update(m_session.caller, m_currentId, u); },
              tr("Priority of incident %1 changed.").arg(m_currentId));
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const qint64 problem = m_problem->currentData().toLongLong();
        if (problem == 0) {
            m_message->showError(tr("Choose a problem to link the incident to."));
            return;
        }
        Problems problems(m_core);
        auto r = problems.link(m_session.caller, problem, {m_currentId});
        if (!r.ok()) {
            m_message->showError(r.error().message);
            return;
        }
        m_message->showInfo(tr("Incident %1 linked to problem %2.").arg(m_currentId).arg(problem));
        const qint64 keep = m_currentId;
        refresh();
        showIncident(keep);
        emit changed();
    });

    auto *work = new QGroupBox(tr("Work on it"), m_detail);
    auto *workLayout = new QGridLayout(work);
    workLayout->setHorizontalSpacing(8);
    workLayout->addWidget(m_note, 0, 0, 1, 4);
    auto *statusRow = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_pending, m_resolve, m_close, m_reopen, m_addNote})
        statusRow->addWidget(b);
    statusRow->addStretch(1);
    workLayout->addLayout(statusRow, 1, 0, 1, 4);
    workLayout->addWidget(new QLabel(tr("Assign to"), work), 2, 0);
    workLayout->addWidget(m_assignee, 2, 1);
    workLayout->addWidget(m_assign, 2, 2);
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_impact);
    priorityRow->addWidget(new QLabel(QStringLiteral("×"), work));
    priorityRow->addWidget(m_urgency);
    workLayout->addWidget(new QLabel(tr("Impact × urgency"), work), 3, 0);
    workLayout->addLayout(priorityRow, 3, 1);
    workLayout->addWidget(m_setPriority, 3, 2);
    workLayout->addWidget(new QLabel(tr("Problem"), work), 4, 0);
    workLayout->addWidget(m_problem, 4, 1);
    workLayout->addWidget(m_link, 4, 2);
    workLayout->setColumnStretch(3, 1);

    m_history = new QTableWidget(m_detail);
    m_history->setObjectName(QStringLiteral("historyTable"));
    setUpTable(m_history, {tr("When"), tr("Who"), tr("What")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    auto *descriptionPage = new QWidget(m_tabs);
    auto *descriptionLayout = new QVBoxLayout(descriptionPage);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addStretch(1);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(descriptionPage, tr("Description"));

    auto *clocks = new QGridLayout;
    clocks->setVerticalSpacing(2);
    clocks->addWidget(new QLabel(tr("Time to own"), m_detail), 0, 0);
    clocks->addWidget(m_ownLabel, 0, 1);
    clocks->addWidget(m_ownBar, 1, 0, 1, 2);
    clocks->addWidget(new QLabel(tr("Time to resolve"), m_detail), 2, 0);
    clocks->addWidget(m_resolveLabel, 2, 1);
    clocks->addWidget(m_resolveBar, 3, 0, 1, 2);
    clocks->setColumnStretch(1, 1);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignTop);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_facts);
    detailLayout->addLayout(clocks);
    detailLayout->addWidget(work);
    detailLayout->addWidget(m_tabs, 1);

    m_placeholder = new QLabel(tr("Choose an incident in the list to see its clocks and history and to work on it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #616161;"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_placeholder);
    rightLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    clearDetail();
}

void IncidentsPage::setSession(const Session &session)
{
    Page::setSession(session);
    m_serviceFilter->clear();
    m_serviceFilter->addItem(tr("All services"), QString());
    for (const auto &[code, name] : session.services)
        m_serviceFilter->addItem(name, code);
    m_assignee->clear();
    if (session.signedIn()) {
        if (auto staff = assignableStaff(m_core, session.caller); staff.ok())
            m_assignee->addItems(*staff);
        m_assignee->setCurrentText(session.username);
        Stations stations(m_core);
        m_stations.clear();
        if (auto list = stations.list(session.caller); list.ok())
            for (const Station &s : std::as_const(*list))
                if (s.state != QLatin1String("retired"))
                    m_stations << s.code;
    }
}

void IncidentsPage::refresh()
{
    if (!m_session.signedIn())
        return;
    IncidentFilter f;
    const QString status = m_statusFilter->currentData().toString();
    f.openOnly = status == QLatin1String("open");
    if (status != QLatin1String("open") && status != QLatin1String("all"))
        f.status = status;
    f.kind = m_kindFilter->currentData().toString();
    f.service = m_serviceFilter->currentData().toString();
    f.limit = 500;
    Incidents incidents(m_core);
    auto list = incidents.list(m_session.caller, f);
    if (!list.ok()) {
        m_message->showError(list.error().message);
        return;
    }
    const qint64 keep = m_currentId;
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(list->size()));
    int keepRow = -1;
    for (int r = 0; r < list->size(); ++r) {
        const Incident &i = list->at(r);
        auto *id = numberCell(QString::number(i.id));
        id->setData(Qt::UserRole, i.id);
        m_table->setItem(r, 0, id);
        auto *p = cell(priorityName(i.priority) + (i.major ? tr(" · major") : QString()));
        if (i.priority <= 2)
            p->setForeground(Palette::bad());
        m_table->setItem(r, 1, p);
        auto *title = cell((i.kind == QLatin1String("request") ? tr("[request] ") : QString()) + i.title);
        title->setToolTip(tr("%1\nService: %2").arg(i.title, m_session.serviceLabel(i.serviceCode)));
        m_table->setItem(r, 2, title);
        m_table->setItem(r, 3, cell(incidentStatusName(i.status)));
        m_table->setItem(r, 4, cell(i.assignee.isEmpty() ? dash() : i.assignee));
        m_table->setItem(r, 5, cell(formatShortDateTime(i.openedAt, m_session.zone)));
        if (i.id == keep)
            keepRow = r;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, c == 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    if (keepRow >= 0) {
        m_table->selectRow(keepRow);
        loadDetail(keep);
    } else {
        clearDetail();
    }

    // The problems an incident can be linked to.
    m_problem->clear();
    m_problem->addItem(tr("(choose a problem)"), 0);
    Problems problems(m_core);
    if (auto open = problems.list(m_session.caller, true); open.ok())
        for (const Problem &p : std::as_const(*open))
            m_problem->addItem(tr("%1 – %2").arg(p.id).arg(p.title), p.id);
}

void IncidentsPage::showIncident(qint64 id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
                m_table->selectRow(r);
                m_table->scrollToItem(m_table->item(r, 0));
                loadDetail(id);
                return;
            }
        }
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(QStringLiteral("all")));
        m_kindFilter->setCurrentIndex(0);
        m_serviceFilter->setCurrentIndex(0);
        refresh();
    }
    loadDetail(id);
}

void IncidentsPage::clearDetail()
{
    m_currentId = 0;
    m_detail->hide();
    m_placeholder->show();
}

void IncidentsPage::loadDetail(qint64 id)
{
    Incidents incidents(m_core);
    auto d = incidents.show(m_session.caller, id);
    if (!d.ok()) {
        m_message->showError(d.error().message);
        clearDetail();
        return;
    }
    m_currentId = id;
    const Incident &i = d->incident;
    const QTimeZone &zone = m_session.zone;
    m_title->setText(tr("%1 · %2").arg(i.id).arg(i.title));
    const bool open = isOpenStatus(i.status);
    const QColor statusColor = open ? (i.status == IncidentStatus::Pending ? Palette::planned() : Palette::warning()) : Palette::good();
    m_statusBadge->setText(incidentStatusName(i.status));
    m_statusBadge->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 3px; padding: 2px 10px; font-weight: bold;")
                                     .arg(statusColor.name()));
    m_statusBadge->setProperty("status", i.status);

    QStringList flags;
    if (i.major)
        flags << tr("major incident");
    if (i.security)
        flags << tr("security");
    if (i.outage)
        flags << tr("outage");
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='color:#616161; padding-right:10px'>%1</td><td style='padding-right:24px'>%2</td>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    const auto row2 = [](const QString &k, const QString &v) {
        return QStringLiteral("<td style='color:#616161; padding-right:10px'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString facts = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    facts += row(tr("Kind"), incidentKindName(i.kind)) + row2(tr("Priority"), tr("%1 (impact %2 × urgency %3)%4")
                                                                                 .arg(priorityName(i.priority))
                                                                                 .arg(i.impact)
                                                                                 .arg(i.urgency)
                                                                                 .arg(flags.isEmpty() ? QString() : QStringLiteral(" · ") + flags.join(QStringLiteral(", "))));
    facts += row(tr("Service"), m_session.serviceLabel(i.serviceCode)) + row2(tr("Station"), i.station.isEmpty() ? dash() : i.station);
    facts += row(tr("Assignee"), i.assignee.isEmpty() ? dash() : i.assignee) + row2(tr("Reported by"), i.reportedBy.isEmpty() ? dash() : i.reportedBy);
    facts += row(tr("Opened"), formatDateTime(i.openedAt, zone))
             + row2(tr("Occurrences"), i.source == QLatin1String("auto") ? tr("%1 (automatic)").arg(formatCount(i.occurrences))
                                                                          : formatCount(i.occurrences));
    facts += row(tr("Resolved"), formatDateTime(i.resolvedAt, zone)) + row2(tr("Problem"), i.problemId ? QString::number(i.problemId) : dash());
    if (!i.pendingReason.isEmpty() && i.status == IncidentStatus::Pending)
        facts += row(tr("Waiting for"), i.pendingReason) + QStringLiteral("<td></td><td></td></tr>");
    if (!i.resolution.isEmpty())
        facts += row(tr("Resolution"), i.resolution) + QStringLiteral("<td></td><td></td></tr>");
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
    m_description->setText(i.description.isEmpty() ? tr("No description.") : i.description);

    const auto showClock = [&](const ClockState &c, QLabel *label, QProgressBar *bar) {
        QString text = clockText(c);
        if (!c.stopped && c.running && c.dueAt > 0 && !c.breached())
            text += tr(" · due %1").arg(formatDateTime(c.dueAt, zone));
        label->setText(text);
        const QString attention = clockAttention(c);
        label->setProperty("attention", attention);
        const QColor color = attention == QLatin1String("breach")    ? Palette::bad()
                             : attention == QLatin1String("warning") ? Palette::warning()
                                                                     : Palette::good();
        label->setStyleSheet(attention == QLatin1String("ok") ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
        bar->setValue(c.targetMs > 0 ? int(std::min<qint64>(100, c.elapsedMs * 100 / c.targetMs)) : 0);
        bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: #e0e0e0; border-radius: 3px; } "
                                          "QProgressBar::chunk { background: %1; border-radius: 3px; }")
                               .arg(color.name()));
    };
    showClock(d->clocks.own, m_ownLabel, m_ownBar);
    showClock(d->clocks.resolve, m_resolveLabel, m_resolveBar);

    m_history->setRowCount(int(d->history.size()));
    for (int r = 0; r < d->history.size(); ++r) {
        const IncidentEvent &e = d->history[r];
        QString what;
        if (e.kind == QLatin1String("opened"))
            what = tr("Opened");
        else if (e.kind == QLatin1String("status"))
            what = tr("Status: %1 → %2").arg(incidentStatusName(e.fromStatus), incidentStatusName(e.toStatus));
        else if (e.kind == QLatin1String("field"))
            what = tr("%1: %2 → %3").arg(fieldName(e.field), e.oldValue.isEmpty() ? dash() : e.oldValue,
                                         e.newValue.isEmpty() ? dash() : e.newValue);
        else if (e.kind == QLatin1String("escalation"))
            what = (e.field == QLatin1String("own") ? tr("Time to own") : tr("Time to resolve")) + QStringLiteral(": ")
                   + (e.newValue == QLatin1String("warning") ? tr("75 % of the target used (escalated)") : tr("target breached (escalated)"));
        else if (e.kind == QLatin1String("link") && e.field == QLatin1String("problem"))
            what = tr("Linked to problem %1").arg(e.newValue);
        else if (e.kind == QLatin1String("link"))
            what = tr("Linked: %1").arg(e.newValue);
        else
            what = tr("Note");
        if (!e.note.isEmpty() && e.kind != QLatin1String("escalation"))
            what += QStringLiteral(" – ") + e.note;
        m_history->setItem(r, 0, cell(formatDateTime(e.atMs, zone)));
        m_history->setItem(r, 1, cell(e.actor));
        m_history->setItem(r, 2, cell(what));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_tabs->setTabText(0, tr("History (%1)").arg(d->history.size()));

    m_impact->setCurrentIndex(m_impact->findData(i.impact));
    m_urgency->setCurrentIndex(m_urgency->findData(i.urgency));
    if (!i.assignee.isEmpty())
        m_assignee->setCurrentText(i.assignee);
    const bool resolved = i.status == IncidentStatus::Resolved;
    for (QPushButton *b : {m_start, m_pending, m_resolve, m_assign, m_setPriority})
        b->setEnabled(open);
    m_close->setEnabled(resolved);
    m_reopen->setEnabled(resolved);
    m_addNote->setEnabled(i.status != IncidentStatus::Closed);
    m_link->setEnabled(i.problemId == 0 && i.status != IncidentStatus::Closed);
    const bool manage = m_session.can(Rights::IncidentManage);
    for (QPushButton *b : {m_start, m_pending, m_resolve, m_assign, m_setPriority, m_close, m_reopen, m_addNote, m_link})
        if (!manage)
            b->setEnabled(false);
    m_placeholder->hide();
    m_detail->show();
}

void IncidentsPage::setStatus(const QString &status)
{
    Incidents incidents(m_core);
    IncidentUpdate u;
    u.status = status;
    const QString text = m_note->text().trimmed();
    if (status == IncidentStatus::Pending)
        u.pendingReason = text;
    else if (status == IncidentStatus::Resolved)
        u.resolution = text;
    else
        u.note = text;
    apply([&] { return incidents.update(m_session.caller, m_currentId, u); },
          tr("Incident %1 is now %2.").arg(m_currentId).arg(incidentStatusName(status).toLower()));
}

void IncidentsPage::apply(const std::function<Result<Incident>()> &action, const QString &done)
{
    if (m_currentId == 0)
        return;
    auto r = action();
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return;
    }
    m_message->showInfo(done);
    m_note->clear();
    const qint64 keep = m_currentId;
    refresh();
    showIncident(keep);
    emit changed();
}

void IncidentsPage::newIncident()
{
    auto *dialog = new NewIncidentDialog(m_session, m_stations, [this](const NewIncident &input) -> Status {
        Incidents incidents(m_core);
        auto r = incidents.open(m_session.caller, input);
        if (!r.ok())
            return r.error();
        m_message->showInfo(tr("Incident %1 opened with priority %2.").arg(r->id).arg(priorityName(r->priority)));
        refresh();
        showIncident(r->id);
        emit changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Aksara::Reports
