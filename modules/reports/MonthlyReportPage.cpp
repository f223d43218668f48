#include "reports/MonthlyReportPage.h"

#include "reports/Format.h"
#include "reports/ServiceLevelsPage.h"
#include "reports/Widgets.h"
#include "service/MonthlyReport.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Aksara::Reports {

MonthlyReportPage::MonthlyReportPage(ServiceCore &core, QWidget *parent)
    : Page(core, parent)
    , m_month(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_services(new QTableWidget(this))
    , m_nonconformities(new QTableWidget(this))
    , m_ncHeading(sectionHeading(tr("Missed targets (nonconformities)"), this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("monthlyReportPage"));
    m_month->setObjectName(QStringLiteral("reportMonthCombo"));
    m_state->setObjectName(QStringLiteral("reportStateLabel"));
    m_services->setObjectName(QStringLiteral("reportServiceTable"));
    m_nonconformities->setObjectName(QStringLiteral("nonconformityTable"));
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_state->setWordWrap(true);
    connect(m_month, &QComboBox::activated, this, &MonthlyReportPage::refresh);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QSettings().value(QStringLiteral("reports/folder"), QDir(documents).filePath(QStringLiteral("Aksara"))).toString());
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"), m_folder->text());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    auto *pdf = new QPushButton(tr("Export PDF"), this);
    auto *csv = new QPushButton(tr("Export CSV"), this);
    m_openPdf = new QPushButton(tr("Open the PDF"), this);
    m_openFolder = new QPushButton(tr("Open the folder"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_openPdf->setObjectName(QStringLiteral("openPdfButton"));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openPdf->setEnabled(false);
    pdf->setDefault(true);
    connect(pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_openPdf, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastPdf)); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder()));
    });
    m_close = new QPushButton(tr("Close the month…"), this);
    m_close->setObjectName(QStringLiteral("closeMonthButton"));
    m_close->setToolTip(tr("Freezes the month's figures and opens a nonconformity for every missed target."));
    connect(m_close, &QPushButton::clicked, this, &MonthlyReportPage::closeMonth);

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Month"), this));
    head->addWidget(m_month);
    head->addSpacing(16);
    head->addWidget(m_state, 1);
    head->addWidget(m_close);

    struct TileSpec {
        QString caption;
        const char *name;
    };
    const QList<TileSpec> tiles{{tr("Operations recorded"), "operationsTile"},
                                {tr("Services meeting every target"), "meetingTile"},
                                {tr("Missed targets"), "missedTile"},
                                {tr("Incidents opened"), "openedTile"},
                                {tr("Incidents resolved"), "resolvedTile"},
                                {tr("Changes"), "changesTile"}};
    auto *tileRow = new QHBoxLayout;
    tileRow->setSpacing(8);
    for (const TileSpec &t : tiles) {
        auto *tile = new StatTile(t.caption, this);
        tile->setObjectName(QString::fromLatin1(t.name));
        tileRow->addWidget(tile);
        m_tiles << tile;
    }

    setUpTable(m_services, {tr("Service"), tr("Operations"), tr("Success"), tr("Objective"), tr("Within time"), tr("Target"),
                            tr("Availability"), tr("Objective"), tr("p95"), tr("Targets")});
    setUpTable(m_nonconformities, {tr("Indicator"), tr("Scope"), tr("Target"), tr("Actual"), tr("Description")});
    m_nonconformities->horizontalHeader()->setStretchLastSection(true);

    auto *exportBox = new QGroupBox(tr("Export for the auditor"), this);
    auto *exportLayout = new QHBoxLayout(exportBox);
    exportLayout->addWidget(new QLabel(tr("Folder"), exportBox));
    exportLayout->addWidget(m_folder, 1);
    exportLayout->addWidget(browse);
    exportLayout->addSpacing(12);
    exportLayout->addWidget(pdf);
    exportLayout->addWidget(csv);
    exportLayout->addSpacing(12);
    exportLayout->addWidget(m_openPdf);
    exportLayout->addWidget(m_openFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addLayout(tileRow);
    layout->addWidget(sectionHeading(tr("Services against their targets"), this));
    layout->addWidget(m_services, 3);
    layout->addWidget(m_ncHeading);
    layout->addWidget(m_nonconformities, 1);
    layout->addWidget(exportBox);
}

void MonthlyReportPage::setSession(const Session &session)
{
    Page::setSession(session);
    fillMonths(m_month, m_core.clock().nowMs(), session.zone);
    m_close->setVisible(session.can(Rights::ServiceManage));
}

QString MonthlyReportPage::folder() const
{
    return m_folder->text().trimmed();
}

void MonthlyReportPage::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void MonthlyReportPage::refresh()
{
    if (!m_session.signedIn())
        return;
    ServiceManagement::MonthlyReport monthly(m_core);
    auto r = monthly.report(m_session.caller, m_month->currentData().toString());
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return;
    }
    m_report = *r;
    const QJsonObject frozen = m_report.value(QStringLiteral("frozen")).toObject();
    const QJsonObject period = m_report.value(QStringLiteral("period")).toObject();
    const bool complete = period.value(QStringLiteral("complete")).toBool();
    if (!frozen.isEmpty())
        m_state->setText(tr("Closed on %1 by %2: the figures are frozen (SHA-256 %3…).")
                             .arg(formatDateTime(isoToMs(frozen.value(QStringLiteral("closed_at"))), m_session.zone),
                                  frozen.value(QStringLiteral("closed_by")).toString(),
                                  frozen.value(QStringLiteral("sha256")).toString().left(12)));
    else if (complete)
        m_state->setText(tr("The month is over but not closed yet: its figures can still change."));
    else
        m_state->setText(tr("Month to date, as of %1.").arg(formatDateTime(isoToMs(period.value(QStringLiteral("as_of"))), m_session.zone)));
    m_close->setEnabled(frozen.isEmpty() && complete);

    const QJsonObject summary = m_report.value(QStringLiteral("summary")).toObject();
    const QJsonObject incidents = m_report.value(QStringLiteral("incidents")).toObject();
    const QJsonObject changes = m_report.value(QStringLiteral("changes")).toObject();
    const QStringList values{formatCount(summary.value(QStringLiteral("operations")).toInteger()),
                             tr("%1 of %2").arg(summary.value(QStringLiteral("services_meeting_targets")).toInt())
                                 .arg(summary.value(QStringLiteral("services")).toInt()),
                             formatCount(summary.value(QStringLiteral("missed_targets")).toInteger()),
                             formatCount(incidents.value(QStringLiteral("opened")).toInteger()),
                             formatCount(incidents.value(QStringLiteral("resolved")).toInteger()),
                             formatCount(changes.value(QStringLiteral("total")).toInteger())};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setValue(values[i]);
    m_tiles[2]->setAccent(summary.value(QStringLiteral("missed_targets")).toInt() > 0 ? Palette::bad() : Palette::good());

    const QJsonArray services = m_report.value(QStringLiteral("services")).toArray();
    m_services->setRowCount(int(services.size()));
    for (int r = 0; r < services.size(); ++r) {
        const QJsonObject s = services[r].toObject();
        const QJsonObject t = s.value(QStringLiteral("targets")).toObject();
        const QJsonObject a = s.value(QStringLiteral("availability")).toObject();
        m_services->setItem(r, 0, cell(m_session.serviceLabel(s.value(QStringLiteral("code")).toString())));
        m_services->setItem(r, 1, numberCell(formatCount(s.value(QStringLiteral("volume")).toInteger())));
        const auto figure = [&](int column, const QJsonValue &value, bool meets) {
            auto *item = numberCell(formatPercentBp(value));
            if (!meets)
                item->setForeground(Palette::bad());
            m_services->setItem(r, column, item);
        };
        figure(2, s.value(QStringLiteral("success_bp")), s.value(QStringLiteral("meets_success")).toBool(true));
        m_services->setItem(r, 3, numberCell(formatPercentBp(t.value(QStringLiteral("success_objective_bp")))));
        figure(4, s.value(QStringLiteral("within_threshold_bp")), s.value(QStringLiteral("meets_latency")).toBool(true));
        m_services->setItem(r, 5, numberCell(tr("%1 in %2 ms")
                                                 .arg(formatPercentBp(t.value(QStringLiteral("latency_target_bp")), 0))
                                                 .arg(formatCount(t.value(QStringLiteral("latency_threshold_ms")).toInteger()))));
        figure(6, a.value(QStringLiteral("availability_bp")), s.value(QStringLiteral("meets_availability")).toBool(true));
        m_services->setItem(r, 7, numberCell(formatPercentBp(t.value(QStringLiteral("availability_objective_bp")))));
        m_services->setItem(r, 8, numberCell(formatLatencyUs(s.value(QStringLiteral("latency_p95_us")))));
        const bool meets = s.value(QStringLiteral("meets_targets")).toBool();
        auto *verdict = cell(meets ? tr("Met") : tr("Missed"));
        verdict->setForeground(meets ? Palette::good() : Palette::bad());
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
        m_services->setItem(r, 9, verdict);
    }
    m_services->resizeColumnsToContents();
    m_services->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    const QJsonArray ncs = m_report.value(QStringLiteral("nonconformities")).toArray();
    m_ncHeading->setText(ncs.isEmpty() ? tr("Missed targets (nonconformities): none") : tr("Missed targets (nonconformities): %1").arg(ncs.size()));
    m_nonconformities->setRowCount(int(ncs.size()));
    for (int r = 0; r < ncs.size(); ++r) {
        const QJsonObject n = ncs[r].toObject();
        const QString indicator = n.value(QStringLiteral("indicator")).toString();
        const QString scope = n.value(QStringLiteral("scope")).toString();
        const QString indicatorName = indicator == QLatin1String("success")        ? tr("Success")
                                      : indicator == QLatin1String("latency")      ? tr("Within time")
                                      : indicator == QLatin1String("availability") ? tr("Availability")
                                      : indicator == QLatin1String("own")          ? tr("Time to own")
                                      : indicator == QLatin1String("resolve")      ? tr("Time to resolve")
                                                                                   : indicator;
        m_nonconformities->setItem(r, 0, cell(indicatorName));
        QString scopeName = m_session.serviceLabel(scope);
        if (const qsizetype slash = scope.indexOf(QLatin1Char('/')); slash > 0) // "<kind>/P<priority>"
            scopeName = tr("%1, %2").arg(incidentKindName(scope.left(slash)), scope.mid(slash + 1));
        m_nonconformities->setItem(r, 1, cell(scopeName));
        m_nonconformities->setItem(r, 2, numberCell(formatPercentBp(n.value(QStringLiteral("target_bp")))));
        m_nonconformities->setItem(r, 3, numberCell(formatPercentBp(n.value(QStringLiteral("actual_bp")))));
        m_nonconformities->setItem(r, 4, cell(n.value(QStringLiteral("description")).toString()));
    }
    m_nonconformities->resizeColumnsToContents();
    m_nonconformities->horizontalHeader()->setStretchLastSection(true);
}

QStringList MonthlyReportPage::exportPdf()
{
    const QString month = m_month->currentData().toString();
    const QString path = QDir(folder()).filePath(QStringLiteral("aksara-service-report-%1.pdf").arg(month));
    QDir().mkpath(folder()); // a folder that cannot be made: the renderer says why it cannot write
    ServiceManagement::MonthlyReport monthly(m_core);
    auto r = monthly.generate(m_session.caller, month, path, {});
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return {};
    }
    QSettings().setValue(QStringLiteral("reports/folder"), folder());
    m_lastPdf = path;
    m_openPdf->setEnabled(true);
    m_message->showInfo(tr("The report of %1 is in %2.").arg(m_month->currentText(), QDir::toNativeSeparators(path)));
    return r->files;
}

QStringList MonthlyReportPage::exportCsv()
{
    const QString month = m_month->currentData().toString();
    const QString dir = QDir(folder()).filePath(QStringLiteral("aksara-service-report-%1-csv").arg(month));
    ServiceManagement::MonthlyReport monthly(m_core);
    auto r = monthly.generate(m_session.caller, month, {}, dir);
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return {};
    }
    QSettings().setValue(QStringLiteral("reports/folder"), folder());
    m_message->showInfo(tr("%n CSV file(s) of %1 are in %2.", nullptr, int(r->files.size()))
                            .arg(m_month->currentText(), QDir::toNativeSeparators(dir)));
    return r->files;
}

void MonthlyReportPage::closeMonth()
{
    const QString month = m_month->currentData().toString();
    const auto answer = QMessageBox::question(this, tr("Close the month"),
                                              tr("Close %1? Its figures are then frozen for the audit, and every missed "
                                                 "target opens a nonconformity to follow up.")
                                                  .arg(m_month->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    ServiceManagement::MonthlyReport monthly(m_core);
    auto r = monthly.close(m_session.caller, month);
    if (!r.ok()) {
        m_message->showError(r.error().message);
        return;
    }
    m_message->showInfo(tr("%1 is closed.").arg(m_month->currentText()));
    refresh();
}

} // namespace Aksara::Reports
