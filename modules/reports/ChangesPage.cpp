#include "reports/ChangesPage.h"

#include "reports/Format.h"
#include "reports/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

using namespace ServiceManagement;

NewChangeDialog::NewChangeDialog(const Session &session, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_message(new MessageBar(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_risk(new QComboBox(this))
    , m_service(new QComboBox(this))
{
    setObjectName(QStringLiteral("newChangeDialog"));
    setWindowTitle(tr("Request a change"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_risk->setObjectName(QStringLiteral("riskCombo"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_kind->addItem(changeKindName(QStringLiteral("normal")), QStringLiteral("normal"));
    m_kind->addItem(changeKindName(QStringLiteral("emergency")), QStringLiteral("emergency"));
    for (const char *r : {"low", "medium", "high"})
        m_risk->addItem(riskName(QString::fromLatin1(r)), QString::fromLatin1(r));
    m_service->addItem(tr("(no particular service)"), QString());
    for (const auto &[code, name] : session.services)
        m_service->addItem(name, code);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Risk"), m_risk);
    form->addRow(tr("Service"), m_service);
    finishFormDialog(this, form, m_message, tr("Request"), QStringLiteral("requestChangeButton"), [this] { return m_submit(input()); });
}

NewChange NewChangeDialog::input() const
{
    NewChange c;
    c.kind = m_kind->currentData().toString();
    c.title = m_title->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.risk = m_risk->currentData().toString();
    c.serviceCode = m_service->currentData().toString();
    return c;
}

ChangesPage::ChangesPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_kindFilter(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Open changes only"), this))
    , m_table(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("changesPage"));
    m_kindFilter->setObjectName(QStringLiteral("changeKindFilterCombo"));
    m_openOnly->setObjectName(QStringLiteral("openChangesCheck"));
    m_table->setObjectName(QStringLiteral("changeTable"));
    m_kindFilter->addItem(tr("Normal and emergency"), QStringLiteral("requested"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const char *k : {"standard", "normal", "emergency"})
        m_kindFilter->addItem(changeKindName(QString::fromLatin1(k)), QString::fromLatin1(k));
    connect(m_kindFilter, &QComboBox::activated, this, &ChangesPage::refresh);
    connect(m_openOnly, &QCheckBox::toggled, this, &ChangesPage::refresh);
    auto *newButton = new QPushButton(tr("Request a change…"), this);
    newButton->setObjectName(QStringLiteral("newChangeButton"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewChangeDialog(m_session, [this](const NewChange &input) -> Status {
            Changes changes(m_core);
            auto r = changes.request(m_session.caller, input);
            if (!r.ok())
                return r.error();
            m_message->showInfo(tr("Change %1 requested.").arg(r->id));
            refresh();
            showChange(r->id);
            emit changed();
            return {};
        }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ChangesPage::refresh);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_kindFilter);
    filters->addSpacing(8);
    filters->addWidget(m_openOnly);
    filters->addStretch(1);
    filters->addWidget(newButton);
    filters->addWidget(refreshButton);

    setUpTable(m_table, {tr("No."), tr("Kind"), tr("Title"), tr("Status"), tr("Outcome")});
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            loadDetail(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    });

    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("changeDetail"));
    m_title = new QLabel(m_detail);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_statusBadge = new QLabel(m_detail);
    m_statusBadge->setObjectName(QStringLiteral("changeStatusLabel"));
    m_facts = new QLabel(m_detail);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_note = new QLineEdit(m_detail);
    m_note->setObjectName(QStringLiteral("changeNoteEdit"));
    m_note->setPlaceholderText(tr("Note for the record (required to reject)"));
    m_start = new QDateTimeEdit(m_detail);
    m_end = new QDateTimeEdit(m_detail);
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_end->setObjectName(QStringLiteral("windowEndEdit"));
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    }
    m_takeDown = new QCheckBox(tr("The service is unavailable during the window (planned maintenance)"), m_detail);
    m_takeDown->setObjectName(QStringLiteral("takeDownCheck"));
    m_outcome = new QComboBox(m_detail);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (const char *o : {"success", "failed", "rolled_back"})
        m_outcome->addItem(changeOutcomeName(QString::fromLatin1(o)), QString::fromLatin1(o));

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, m_detail);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_approve = button(tr("Approve"), "approveButton");
    m_reject = button(tr("Reject"), "rejectButton");
    m_schedule = button(tr("Schedule"), "scheduleButton");
    m_begin = button(tr("Start"), "startChangeButton");
    m_finish = button(tr("Record outcome"), "finishButton");
    connect(m_approve, &QPushButton::clicked, this, [this] {
        Changes changes(m_core);
        apply([&] { return changes.approve(m_session.caller, m_currentId, m_note->text().trimmed()); },
              tr("Change %1 approved.").arg(m_currentId));
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        Changes changes(m_core);
        apply([&] { return changes.reject(m_session.caller, m_currentId, m_note->text().trimmed()); },
              tr("Change %1 rejected.").arg(m_currentId));
    });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        ChangeSchedule s;
        s.startAt = QDateTime(m_start->date(), m_start->time(), m_session.zone).toMSecsSinceEpoch();
        s.endAt = QDateTime(m_end->date(), m_end->time(), m_session.zone).toMSecsSinceEpoch();
        if (m_takeDown->isChecked() && !m_current.serviceCode.isEmpty())
            s.services << m_current.serviceCode;
        Changes changes(m_core);
        apply([&] { return changes.schedule(m_session.caller, m_currentId, s); },
              tr("Change %1 scheduled.").arg(m_currentId));
    });
    connect(m_begin, &QPushButton::clicked, this, [this] {
        Changes changes(m_core);
        apply([&] { return changes.start(m_session.caller, m_currentId); }, tr("Change %1 started.").arg(m_currentId));
    });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        Changes changes(m_core);
        apply([&] { return changes.finish(m_session.caller, m_currentId, m_outcome->currentData().toString(), m_note->text().trimmed()); },
              tr("Outcome of change %1 recorded.").arg(m_currentId));
    });

    auto *work = new QGroupBox(tr("Approval, window and outcome"), m_detail);
    auto *grid = new QGridLayout(work);
    grid->addWidget(m_note, 0, 0, 1, 6);
    grid->addWidget(m_approve, 1, 0);
    grid->addWidget(m_reject, 1, 1);
    grid->addWidget(new QLabel(tr("Window"), work), 2, 0);
    grid->addWidget(m_start, 2, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), work), 2, 2, Qt::AlignCenter);
    grid->addWidget(m_end, 2, 3);
    grid->addWidget(m_schedule, 2, 4);
    grid->addWidget(m_takeDown, 3, 1, 1, 5);
    grid->addWidget(m_begin, 4, 0);
    grid->addWidget(new QLabel(tr("Outcome"), work), 4, 1, Qt::AlignRight);
    grid->addWidget(m_outcome, 4, 2, 1, 2);
    grid->addWidget(m_finish, 4, 4);
    grid->setColumnStretch(5, 1);

    m_history = new QTableWidget(m_detail);
    m_history->setObjectName(QStringLiteral("changeHistoryTable"));
    setUpTable(m_history, {tr("When"), tr("Who"), tr("What")});
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignTop);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(work);
    detailLayout->addWidget(sectionHeading(tr("History"), m_detail));
    detailLayout->addWidget(m_history, 1);

    m_placeholder = new QLabel(tr("Choose a change to see its approval, window, outcome and history."), this);
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
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({580, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    clearDetail();
}

void ChangesPage::refresh()
{
    if (!m_session.signedIn())
        return;
    ChangeFilter f;
    const QString kind = m_kindFilter->currentData().toString();
    f.kind = kind == QLatin1String("requested") ? QString() : kind;
    f.openOnly = m_openOnly->isChecked();
    f.limit = 500;
    Changes changes(m_core);
    auto list = changes.list(m_session.caller, f);
    if (!list.ok()) {
        m_message->showError(list.error().message);
        return;
    }
    // The newest first; "normal and emergency" leaves out the standard changes recorded by themselves.
    QList<Change> shown;
    for (auto it = list->crbegin(); it != list->crend(); ++it)
        if (kind != QLatin1String("requested") || it->kind != QLatin1String("standard"))
            shown << *it;
    const qint64 keep = m_currentId;
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(shown.size()));
    int keepRow = -1;
    for (int r = 0; r < shown.size(); ++r) {
        const Change &c = shown.at(r);
        auto *id = numberCell(QString::number(c.id));
        id->setData(Qt::UserRole, c.id);
        m_table->setItem(r, 0, id);
        m_table->setItem(r, 1, cell(changeKindName(c.kind)));
        m_table->setItem(r, 2, cell(c.title));
        m_table->setItem(r, 3, cell(changeStatusName(c.status)));
        auto *outcome = cell(c.outcome().isEmpty() ? dash() : changeOutcomeName(c.outcome()));
        if (c.outcome() == QLatin1String("success"))
            outcome->setForeground(Palette::good());
        else if (!c.outcome().isEmpty())
            outcome->setForeground(Palette::bad());
        m_table->setItem(r, 4, outcome);
        if (c.id == keep)
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
}

void ChangesPage::showChange(qint64 id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
                m_table->selectRow(r);
                loadDetail(id);
                return;
            }
        }
        m_kindFilter->setCurrentIndex(m_kindFilter->findData(QString()));
        {
            QSignalBlocker quiet(m_openOnly);
            m_openOnly->setChecked(false);
        }
        refresh();
    }
    loadDetail(id);
}

void ChangesPage::clearDetail()
{
    m_currentId = 0;
    m_detail->hide();
    m_placeholder->show();
}

void ChangesPage::loadDetail(qint64 id)
{
    Changes changes(m_core);
    auto shown = changes.show(m_session.caller, id);
    if (!shown.ok()) {
        m_message->showError(shown.error().message);
        clearDetail();
        return;
    }
    m_currentId = id;
    m_current = shown->first;
    const Change &c = m_current;
    const QTimeZone &zone = m_session.zone;
    m_title->setText(tr("%1 · %2").arg(c.id).arg(c.title));
    const QColor color = c.outcome() == QLatin1String("success") ? Palette::good()
                         : !c.outcome().isEmpty() || c.status == QLatin1String("rejected") ? Palette::bad()
                         : c.status == QLatin1String("requested")                          ? Palette::warning()
                                                                                           : Palette::planned();
    m_statusBadge->setText(changeStatusName(c.status));
    m_statusBadge->setProperty("status", c.status);
    m_statusBadge->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 3px; padding: 2px 10px; font-weight: bold;")
                                     .arg(color.name()));
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='color:#616161; padding-right:10px'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    const auto window = [&](qint64 from, qint64 to) {
        return from ? tr("%1 – %2").arg(formatDateTime(from, zone), to ? formatDateTime(to, zone) : dash()) : dash();
    };
    QString facts = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    facts += row(tr("Kind"), changeKindName(c.kind));
    facts += row(tr("Risk"), riskName(c.risk));
    facts += row(tr("Service"), m_session.serviceLabel(c.serviceCode));
    facts += row(tr("Requested"), tr("%1 by %2").arg(formatDateTime(c.createdAt, zone), c.requestedBy));
    facts += row(tr("Approved"), c.approvedAt ? tr("%1 by %2").arg(formatDateTime(c.approvedAt, zone), c.approvedBy) : dash());
    facts += row(tr("Planned window"), window(c.plannedStartAt, c.plannedEndAt));
    facts += row(tr("Actual window"), window(c.actualStartAt, c.actualEndAt));
    if (!c.outcome().isEmpty())
        facts += row(tr("Outcome"), changeOutcomeName(c.outcome()) + (c.outcomeNote.isEmpty() ? QString() : QStringLiteral(" – ") + c.outcomeNote));
    if (!c.entity.isEmpty())
        facts += row(tr("What changed"), tr("%1 %2: %3 → %4").arg(c.entity, c.entityKey, c.oldValue.isEmpty() ? dash() : c.oldValue,
                                                                 c.newValue.isEmpty() ? dash() : c.newValue));
    if (!c.description.isEmpty())
        facts += row(tr("Description"), c.description);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    const QList<ChangeEvent> &events = shown->second;
    m_history->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const ChangeEvent &e = events[r];
        QString what = e.fromStatus.isEmpty() ? changeStatusName(e.toStatus)
                                              : tr("%1 → %2").arg(changeStatusName(e.fromStatus), changeStatusName(e.toStatus));
        if (!e.note.isEmpty())
            what += QStringLiteral(" – ") + e.note;
        m_history->setItem(r, 0, cell(formatDateTime(e.atMs, zone)));
        m_history->setItem(r, 1, cell(e.actor));
        m_history->setItem(r, 2, cell(what));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);

    // The window to schedule: the planned one, or the next full hour for two hours.
    const qint64 start = c.plannedStartAt ? c.plannedStartAt : (m_core.clock().nowMs() / 3600000 + 1) * 3600000;
    const qint64 end = c.plannedEndAt ? c.plannedEndAt : start + 2 * 3600000;
    const QDateTime s = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toTimeZone(zone);
    const QDateTime e = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).toTimeZone(zone);
    m_start->setDateTime(QDateTime(s.date(), s.time()));
    m_end->setDateTime(QDateTime(e.date(), e.time()));
    m_takeDown->setEnabled(!c.serviceCode.isEmpty());
    m_takeDown->setChecked(!c.serviceCode.isEmpty());

    const bool manage = m_session.can(Rights::ServiceManage);
    const bool finished = c.isFinished() || c.status == QLatin1String("rejected");
    const bool standard = c.kind == QLatin1String("standard");
    const bool unapproved = c.approvedAt == 0;
    m_approve->setEnabled(manage && !standard && unapproved && c.status != QLatin1String("rejected"));
    m_reject->setEnabled(manage && !standard && c.status == QLatin1String("requested"));
    for (QWidget *w : {static_cast<QWidget *>(m_schedule), static_cast<QWidget *>(m_begin), static_cast<QWidget *>(m_finish),
                       static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_outcome)})
        w->setEnabled(manage && !standard && !finished);
    m_placeholder->hide();
    m_detail->show();
}

void ChangesPage::apply(const std::function<Result<Change>()> &action, const QString &done)
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
    showChange(keep);
    emit changed();
}

} // namespace Aksara::Reports
