#include "reports/ProblemsPage.h"

#include "reports/Format.h"
#include "reports/Widgets.h"
#include "service/Changes.h"
#include "service/Incidents.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

using namespace ServiceManagement;

namespace {
// "12, 15 17" -> {12, 15, 17}; anything that is not a number is left out (the module checks the ids).
QList<qint64> parseIds(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts))
        out << part.toLongLong();
    return out;
}
QString joinIds(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QStringLiteral(", "));
}
} // namespace

NewProblemDialog::NewProblemDialog(const Session &session, const NewProblem &preset, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_message(new MessageBar(this))
    , m_title(new QLineEdit(preset.title, this))
    , m_description(new QPlainTextEdit(preset.description, this))
    , m_service(new QComboBox(this))
    , m_incidents(new QLineEdit(joinIds(preset.incidents), this))
{
    setObjectName(QStringLiteral("newProblemDialog"));
    setWindowTitle(tr("New problem"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_incidents->setObjectName(QStringLiteral("incidentsEdit"));
    m_incidents->setPlaceholderText(tr("Incident numbers, e.g. 12, 15"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    m_service->addItem(tr("(no particular service)"), QString());
    for (const auto &[code, name] : session.services)
        m_service->addItem(name, code);
    m_service->setCurrentIndex(std::max(0, m_service->findData(preset.serviceCode)));
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Incidents"), m_incidents);
    finishFormDialog(this, form, m_message, tr("Open problem"), QStringLiteral("openProblemButton"), [this] { return m_submit(input()); });
}

NewProblem NewProblemDialog::input() const
{
    NewProblem p;
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.serviceCode = m_service->currentData().toString();
    p.incidents = parseIds(m_incidents->text());
    return p;
}

ProblemsPage::ProblemsPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_filter(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_suggestions(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("problemsPage"));
    m_filter->setObjectName(QStringLiteral("problemFilterCombo"));
    m_table->setObjectName(QStringLiteral("problemTable"));
    m_suggestions->setObjectName(QStringLiteral("suggestionTable"));
    m_filter->addItem(tr("Open problems"), QStringLiteral("open"));
    m_filter->addItem(tr("Known errors"), QStringLiteral("known"));
    m_filter->addItem(tr("All problems"), QStringLiteral("all"));
    connect(m_filter, &QComboBox::activated, this, &ProblemsPage::refresh);
    auto *newButton = new QPushButton(tr("New problem…"), this);
    newButton->setObjectName(QStringLiteral("newProblemButton"));
    connect(newButton, &QPushButton::clicked, this, [this] { newProblem({}); });
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ProblemsPage::refresh);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_filter);
    filters->addStretch(1);
    filters->addWidget(newButton);
    filters->addWidget(refreshButton);

    setUpTable(m_table, {tr("No."), tr("Title"), tr("Service"), tr("Status"), tr("Incidents"), tr("Opened")});
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            loadDetail(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    });
    setUpTable(m_suggestions, {tr("In common"), tr("Value"), tr("Incidents"), tr("Occurrences")});
    auto *suggestButton = new QPushButton(tr("Open a problem for it…"), this);
    suggestButton->setObjectName(QStringLiteral("problemFromSuggestionButton"));
    connect(suggestButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_suggestions->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_suggested.size()) {
            m_message->showError(tr("Choose a suggestion first."));
            return;
        }
        const ProblemSuggestion &s = m_suggested[rows.first().row()];
        NewProblem preset;
        preset.title = tr("Recurring incidents: %1").arg(s.value);
        preset.incidents = s.incidents;
        if (s.basis == QLatin1String("service"))
            preset.serviceCode = s.value;
        newProblem(preset);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 3);
    auto *suggestHead = new QHBoxLayout;
    m_suggestHeading = sectionHeading(tr("Suggested from incident trends (90 days)"), left);
    suggestHead->addWidget(m_suggestHeading, 1);
    suggestHead->addWidget(suggestButton);
    leftLayout->addLayout(suggestHead);
    leftLayout->addWidget(m_suggestions, 2);

    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_title = new QLabel(m_detail);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_statusBadge = new QLabel(m_detail);
    m_statusBadge->setObjectName(QStringLiteral("problemStatusLabel"));
    m_facts = new QLabel(m_detail);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_incidents = new QListWidget(m_detail);
    m_incidents->setObjectName(QStringLiteral("linkedIncidentList"));
    m_incidents->setMaximumHeight(110);
    connect(m_incidents, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit incidentActivated(item->data(Qt::UserRole).toLongLong()); });
    m_rootCause = new QPlainTextEdit(m_detail);
    m_workaround = new QPlainTextEdit(m_detail);
    m_rootCause->setObjectName(QStringLiteral("rootCauseEdit"));
    m_workaround->setObjectName(QStringLiteral("workaroundEdit"));
    for (QPlainTextEdit *e : {m_rootCause, m_workaround}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(56);
    }
    m_fixChange = new QComboBox(m_detail);
    m_fixChange->setObjectName(QStringLiteral("fixChangeCombo"));
    m_fixChange->setMinimumContentsLength(20);
    m_fixChange->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkEdit = new QLineEdit(m_detail);
    m_linkEdit->setObjectName(QStringLiteral("linkIncidentsEdit"));
    m_linkEdit->setPlaceholderText(tr("Incident numbers, e.g. 12, 15"));

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, m_detail);
        b->setObjectName(QString::fromLatin1(name));
        m_actions << b;
        return b;
    };
    auto *save = button(tr("Save analysis"), "saveAnalysisButton");
    auto *investigate = button(tr("Investigating"), "investigateButton");
    auto *known = button(tr("Known error"), "knownErrorButton");
    auto *resolved = button(tr("Resolved by the fix"), "resolveProblemButton");
    auto *check = button(tr("Check recurrence"), "checkRecurrenceButton");
    auto *close = button(tr("Close"), "closeProblemButton");
    auto *link = button(tr("Link incidents"), "linkIncidentsButton");
    connect(save, &QPushButton::clicked, this, [this] { update(analysis(), tr("Analysis of problem %1 saved.").arg(m_currentId)); });
    const auto status = [this](const QString &to) {
        ProblemUpdate u = analysis();
        u.status = to;
        update(u, tr("Problem %1 is now %2.").arg(m_currentId).arg(problemStatusName(to).toLower()));
    };
    connect(investigate, &QPushButton::clicked, this, [status] { status(QStringLiteral("investigating")); });
    connect(known, &QPushButton::clicked, this, [status] { status(QStringLiteral("known_error")); });
    connect(resolved, &QPushButton::clicked, this, [status] { status(QStringLiteral("resolved")); });
    connect(close, &QPushButton::clicked, this, [status] { status(QStringLiteral("closed")); });
    connect(check, &QPushButton::clicked, this, [this] {
        Problems problems(m_core);
        auto r = problems.checkRecurrence(m_session.caller, m_currentId);
        if (!r.ok()) {
            m_message->showError(r.error().message);
            return;
        }
        if (r->recurrences.isEmpty())
            m_message->showInfo(tr("No incident of the same fault since %1: the problem can be closed.")
                                    .arg(formatDateTime(r->since, m_session.zone)));
        else
            m_message->showError(tr("The fault came back: incidents %1.").arg(joinIds(r->recurrences)));
        loadDetail(m_currentId);
    });
    connect(link, &QPushButton::clicked, this, [this] {
        Problems problems(m_core);
        auto r = problems.link(m_session.caller, m_currentId, parseIds(m_linkEdit->text()));
        if (!r.ok()) {
            m_message->showError(r.error().message);
            return;
        }
        m_message->showInfo(tr("Incidents linked to problem %1.").arg(m_currentId));
        m_linkEdit->clear();
        const qint64 keep = m_currentId;
        refresh();
        showProblem(keep);
        emit changed();
    });

    auto *analysisBox = new QGroupBox(tr("Analysis and fix"), m_detail);
    auto *grid = new QGridLayout(analysisBox);
    grid->addWidget(new QLabel(tr("Root cause"), analysisBox), 0, 0, Qt::AlignTop);
    grid->addWidget(m_rootCause, 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Workaround"), analysisBox), 1, 0, Qt::AlignTop);
    grid->addWidget(m_workaround, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Fixed by change"), analysisBox), 2, 0);
    grid->addWidget(m_fixChange, 2, 1);
    grid->addWidget(save, 2, 2);
    auto *statusRow = new QHBoxLayout;
    for (QPushButton *b : {investigate, known, resolved, check, close})
        statusRow->addWidget(b);
    statusRow->addStretch(1);
    grid->addLayout(statusRow, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(link);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignTop);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(analysisBox);
    detailLayout->addWidget(sectionHeading(tr("Linked incidents"), m_detail));
    detailLayout->addWidget(m_incidents);
    detailLayout->addLayout(linkRow);
    detailLayout->addStretch(1);

    m_placeholder = new QLabel(tr("Choose a problem to see its incidents, root cause, workaround and fix."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #616161;"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_placeholder);
    rightLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
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

void ProblemsPage::refresh()
{
    if (!m_session.signedIn())
        return;
    Problems problems(m_core);
    const QString filter = m_filter->currentData().toString();
    auto list = filter == QLatin1String("known") ? problems.knownErrors(m_session.caller)
                                                 : problems.list(m_session.caller, filter == QLatin1String("open"));
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
        const Problem &p = list->at(r);
        auto *id = numberCell(QString::number(p.id));
        id->setData(Qt::UserRole, p.id);
        m_table->setItem(r, 0, id);
        m_table->setItem(r, 1, cell(p.title));
        m_table->setItem(r, 2, cell(m_session.serviceLabel(p.serviceCode)));
        m_table->setItem(r, 3, cell(problemStatusName(p.status)));
        m_table->setItem(r, 4, numberCell(formatCount(p.incidents.size())));
        m_table->setItem(r, 5, cell(formatDate(QDateTime::fromMSecsSinceEpoch(p.createdAt, Qt::UTC).toTimeZone(m_session.zone).date())));
        if (p.id == keep)
            keepRow = r;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    auto suggestions = problems.suggest(m_session.caller);
    m_suggested = suggestions.ok() ? *suggestions : QList<ProblemSuggestion>{};
    m_suggestHeading->setText(m_suggested.isEmpty() ? tr("Suggested from incident trends (90 days): none")
                                                    : tr("Suggested from incident trends (90 days)"));
    m_suggestions->setRowCount(int(m_suggested.size()));
    for (int r = 0; r < m_suggested.size(); ++r) {
        const ProblemSuggestion &s = m_suggested[r];
        const QString basis = s.basis == QLatin1String("error_code") ? tr("Error code")
                              : s.basis == QLatin1String("service")  ? tr("Service")
                                                                     : tr("Station");
        m_suggestions->setItem(r, 0, cell(basis));
        m_suggestions->setItem(r, 1, cell(s.basis == QLatin1String("service") ? m_session.serviceLabel(s.value) : s.value));
        m_suggestions->setItem(r, 2, cell(joinIds(s.incidents)));
        m_suggestions->setItem(r, 3, numberCell(formatCount(s.occurrences)));
    }
    m_suggestions->resizeColumnsToContents();
    m_suggestions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    // Changes a problem can be fixed by.
    m_fixChange->clear();
    m_fixChange->addItem(tr("(none yet)"), 0);
    Changes changes(m_core);
    ChangeFilter cf;
    cf.limit = 200;
    if (auto list2 = changes.list(m_session.caller, cf); list2.ok())
        for (const Change &c : std::as_const(*list2))
            if (c.kind != QLatin1String("standard"))
                m_fixChange->addItem(tr("%1 – %2 (%3)").arg(c.id).arg(c.title, changeStatusName(c.status)), c.id);

    if (keepRow >= 0) {
        m_table->selectRow(keepRow);
        loadDetail(keep);
    } else {
        clearDetail();
    }
}

void ProblemsPage::showProblem(qint64 id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
                m_table->selectRow(r);
                loadDetail(id);
                return;
            }
        }
        m_filter->setCurrentIndex(m_filter->findData(QStringLiteral("all")));
        refresh();
    }
    loadDetail(id);
}

void ProblemsPage::clearDetail()
{
    m_currentId = 0;
    m_detail->hide();
    m_placeholder->show();
}

void ProblemsPage::loadDetail(qint64 id)
{
    Problems problems(m_core);
    auto p = problems.show(m_session.caller, id);
    if (!p.ok()) {
        m_message->showError(p.error().message);
        clearDetail();
        return;
    }
    m_currentId = id;
    const QTimeZone &zone = m_session.zone;
    m_title->setText(tr("%1 · %2").arg(p->id).arg(p->title));
    const QColor color = p->status == QLatin1String("closed") || p->status == QLatin1String("resolved") ? Palette::good()
                         : p->status == QLatin1String("known_error")                                    ? Palette::planned()
                                                                                                        : Palette::warning();
    m_statusBadge->setText(problemStatusName(p->status));
    m_statusBadge->setProperty("status", p->status);
    m_statusBadge->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 3px; padding: 2px 10px; font-weight: bold;")
                                     .arg(color.name()));
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='color:#616161; padding-right:10px'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString facts = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    facts += row(tr("Service"), m_session.serviceLabel(p->serviceCode));
    facts += row(tr("Opened"), tr("%1 by %2").arg(formatDateTime(p->createdAt, zone), p->createdBy));
    if (p->knownErrorAt)
        facts += row(tr("Known error since"), formatDateTime(p->knownErrorAt, zone));
    if (p->resolvedAt)
        facts += row(tr("Resolved"), formatDateTime(p->resolvedAt, zone));
    facts += row(tr("Recurrence check"), p->recurrences < 0 ? tr("not yet")
                                         : p->recurrences == 0
                                             ? tr("%1: no recurrence").arg(formatDateTime(p->recurrenceCheckedAt, zone))
                                             : tr("%1: %n recurrence(s)", nullptr, int(p->recurrences)).arg(formatDateTime(p->recurrenceCheckedAt, zone)));
    if (!p->description.isEmpty())
        facts += row(tr("Description"), p->description);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
    m_rootCause->setPlainText(p->rootCause);
    m_workaround->setPlainText(p->workaround);
    m_fixChange->setCurrentIndex(std::max(0, m_fixChange->findData(p->fixChangeId)));

    m_incidents->clear();
    Incidents incidents(m_core);
    for (qint64 incidentId : std::as_const(p->incidents)) {
        auto d = incidents.show(m_session.caller, incidentId);
        auto *item = new QListWidgetItem(d.ok() ? tr("%1 · %2 (%3, %4)")
                                                      .arg(incidentId)
                                                      .arg(d->incident.title, priorityName(d->incident.priority),
                                                           incidentStatusName(d->incident.status))
                                                : QString::number(incidentId));
        item->setData(Qt::UserRole, incidentId);
        m_incidents->addItem(item);
    }
    const bool manage = m_session.can(Rights::IncidentManage);
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(manage && p->status != QLatin1String("closed"));
    m_placeholder->hide();
    m_detail->show();
}

ProblemUpdate ProblemsPage::analysis() const
{
    ProblemUpdate u;
    u.rootCause = m_rootCause->toPlainText().trimmed();
    u.workaround = m_workaround->toPlainText().trimmed();
    if (const qint64 change = m_fixChange->currentData().toLongLong(); change > 0)
        u.fixChangeId = change;
    return u;
}

void ProblemsPage::update(const ProblemUpdate &u, const QString &done)
{
    if (m_currentId == 0)
        return;
    Problems problems(m_core);
    auto r = problems.update(m_session.caller, m_currentId, u);
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return;
    }
    m_message->showInfo(done);
    const qint64 keep = m_currentId;
    refresh();
    showProblem(keep);
    emit changed();
}

void ProblemsPage::newProblem(const NewProblem &preset)
{
    auto *dialog = new NewProblemDialog(m_session, preset, [this](const NewProblem &input) -> Status {
        Problems problems(m_core);
        auto r = problems.open(m_session.caller, input);
        if (!r.ok())
            return r.error();
        m_message->showInfo(tr("Problem %1 opened.").arg(r->id));
        refresh();
        showProblem(r->id);
        emit changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Aksara::Reports
