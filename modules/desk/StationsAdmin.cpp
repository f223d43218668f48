#include "desk/StationsAdmin.h"

#include "desk/Format.h"
#include "desk/MessageBar.h"

#include "circulation/Calendars.h"
#include "service/ServiceCatalogue.h"
#include "shell/ServiceNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

using ServiceManagement::Station;

QString StationsAdmin::kindText(const QString &kind)
{
    if (kind == QLatin1String("desk"))
        return tr("Front desk");
    if (kind == QLatin1String("kiosk"))
        return tr("Kiosk");
    if (kind == QLatin1String("selfcheck"))
        return tr("Self-check machine");
    if (kind == QLatin1String("reports"))
        return tr("Reports window");
    if (kind == QLatin1String("server"))
        return tr("Server");
    return kind;
}

QString StationsAdmin::stateText(const QString &state)
{
    if (state == QLatin1String("up"))
        return tr("up");
    if (state == QLatin1String("down"))
        return tr("down");
    if (state == QLatin1String("maintenance"))
        return tr("in maintenance");
    if (state == QLatin1String("off_hours"))
        return tr("quiet outside its hours");
    if (state == QLatin1String("retired"))
        return tr("retired");
    if (state == QLatin1String("unknown"))
        return tr("not heard from yet");
    return state;
}

StationsAdmin::StationsAdmin(DeskSession &session, QWidget *parent)
    : AdminSection(parent)
    , m_session(session)
    , m_message(new MessageBar(this))
    , m_table(adminTable(QStringLiteral("stationsTable"),
                         {tr("Code"), tr("Kind"), tr("Name"), tr("Branch"), tr("Last heartbeat"), tr("State")}, this))
    , m_token(new QPushButton(tr("New &token…"), this))
    , m_retire(new QPushButton(tr("&Retire…"), this))
{
    m_message->setObjectName(QStringLiteral("stationsMessage"));
    auto *intro = new QLabel(tr("Each desk, kiosk and self-check machine is a station. It sends a heartbeat with its "
                                "token every minute, so the supervisor sees when one is down."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("Re&gister…"), this);
    add->setObjectName(QStringLiteral("registerStationButton"));
    m_token->setObjectName(QStringLiteral("newTokenButton"));
    m_retire->setObjectName(QStringLiteral("retireStationButton"));
    connect(add, &QPushButton::clicked, this, &StationsAdmin::registerStation);
    connect(m_token, &QPushButton::clicked, this, &StationsAdmin::newToken);
    connect(m_retire, &QPushButton::clicked, this, &StationsAdmin::retireSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StationsAdmin::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addSpacing(12);
    buttons->addWidget(m_token);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    refresh();
}

void StationsAdmin::refresh()
{
    const auto before = selected();
    auto r = ServiceManagement::Stations(m_session.core).list(m_session.caller);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The stations could not be read"));
        return;
    }
    m_stations = *r;
    m_table->setRowCount(int(m_stations.size()));
    for (int i = 0; i < m_stations.size(); ++i) {
        const Station &s = m_stations.at(i);
        const QStringList cells{s.code,
                                kindText(s.kind),
                                s.name,
                                branchText(m_session.library, s.branchCode, QStringLiteral("—")),
                                s.lastHeartbeatAt ? Format::dateTime(s.lastHeartbeatAt) : tr("never"),
                                stateText(s.state)};
        QStringList services;
        for (const QString &code : s.services)
            services << code;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!services.isEmpty())
                item->setToolTip(tr("Provides: %1").arg(services.join(QStringLiteral(", "))));
            if (s.state == QLatin1String("retired"))
                item->setForeground(QColor(0x80, 0x80, 0x80));
            else if (c == 5 && s.state == QLatin1String("down"))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (c == 5 && s.state == QLatin1String("up"))
                item->setForeground(QColor(0x17, 0x7a, 0x34));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (!before || !select(before->code))
        m_table->clearSelection();
    updateButtons();
}

bool StationsAdmin::select(const QString &code)
{
    for (int i = 0; i < m_stations.size(); ++i) {
        if (m_stations.at(i).code == code) {
            m_table->selectRow(i);
            m_table->setCurrentCell(i, 0);
            return true;
        }
    }
    return false;
}

std::optional<Station> StationsAdmin::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_stations.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_stations.at(row);
}

void StationsAdmin::updateButtons()
{
    const auto s = selected();
    const bool inService = s && s->state != QLatin1String("retired");
    m_token->setEnabled(inService);
    m_retire->setEnabled(inService);
}

ShownOnceDialog *StationsAdmin::tokenDialog(const QString &code, const QString &token, QWidget *parent)
{
    return new ShownOnceDialog(tr("Heartbeat token of %1").arg(code),
                               tr("Give the station this token: start it with --station %1 and the token in "
                                  "AKSARA_STATION_TOKEN, or keep both in its settings (station/code, station/token).")
                                   .arg(code),
                               token, parent);
}

void StationsAdmin::showToken(const QString &code, const QString &token)
{
    ShownOnceDialog *once = tokenDialog(code, token, this);
    once->setAttribute(Qt::WA_DeleteOnClose);
    once->open();
    emit tokenShown(once);
}

void StationsAdmin::registerStation()
{
    auto *dialog = new RegisterStationDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterStationDialog::registered, this, [this](const Station &s, const QString &token) {
        refresh();
        select(s.code);
        m_message->setMessage(MessageBar::Kind::Success, tr("Station %1 registered").arg(s.code));
        showToken(s.code, token);
    });
    dialog->open();
}

void StationsAdmin::newToken()
{
    const auto s = selected();
    if (!s)
        return;
    if (!confirm(this, tr("New token"),
                 tr("Give %1 a new heartbeat token? Its current token stops working at once; until the station is "
                    "given the new one it counts as down.")
                     .arg(s->code),
                 tr("New token")))
        return;
    auto r = ServiceManagement::Stations(m_session.core).rotateToken(m_session.caller, s->code);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("No new token for %1").arg(s->code));
        return;
    }
    m_message->setMessage(MessageBar::Kind::Success, tr("%1 has a new token; the old one no longer works.").arg(s->code));
    showToken(s->code, *r);
}

void StationsAdmin::retireSelected()
{
    const auto s = selected();
    if (!s)
        return;
    if (!confirm(this, tr("Retire a station"),
                 tr("Retire %1 (%2)? Its token stops working and it is no longer counted in the availability "
                    "figures. Its history stays. A retired station cannot be brought back; register a new one instead.")
                     .arg(s->code, kindText(s->kind)),
                 tr("Retire")))
        return;
    auto r = ServiceManagement::Stations(m_session.core).retire(m_session.caller, s->code);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("%1 was not retired").arg(s->code));
        return;
    }
    refresh();
    select(s->code);
    m_message->setMessage(MessageBar::Kind::Success, tr("%1 is retired.").arg(s->code));
}

RegisterStationDialog::RegisterStationDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_branch(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_services(new QListWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("registerStationDialog"));
    setWindowTitle(tr("Register a station"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(3);
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. desk-2, kiosk-lobby"));
    row = m_errors.addRow(grid, row, QStringLiteral("code"), tr("&Code"), m_code);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const char *k : {"desk", "kiosk", "selfcheck", "reports", "server"})
        m_kind->addItem(StationsAdmin::kindText(QLatin1String(k)), QLatin1String(k));
    row = m_errors.addRow(grid, row, QStringLiteral("kind"), tr("&Kind"), m_kind);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("where it stands, e.g. Desk by the entrance"));
    row = m_errors.addRow(grid, row, QStringLiteral("name"), tr("&Name"), m_name);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    fillBranches(m_branch, session.library, tr("Not at one branch"), session.branchCode);
    row = m_errors.addRow(grid, row, QStringLiteral("branch"), tr("&Branch"), m_branch);
    m_calendar->setObjectName(QStringLiteral("calendarCombo"));
    m_calendar->addItem(tr("The library's opening hours (a server: around the clock)"), QString());
    m_calendar->addItem(tr("Around the clock"), QStringLiteral("always"));
    if (auto calendars = Circulation::Calendars(session.core).list(session.caller); calendars.ok()) {
        for (const auto &c : std::as_const(*calendars))
            m_calendar->addItem(tr("Calendar %1 — %2").arg(c.code, c.name), c.code);
    }
    m_calendar->setToolTip(tr("A station is expected to send heartbeats only in these hours."));
    row = m_errors.addRow(grid, row, QStringLiteral("calendar"), tr("&Hours"), m_calendar);
    m_services->setObjectName(QStringLiteral("servicesList"));
    if (auto services = ServiceManagement::ServiceCatalogue(session.core).list(session.caller); services.ok()) {
        for (const auto &s : std::as_const(*services)) {
            auto *item = new QListWidgetItem(Shell::serviceName(s.code, s.name), m_services);
            item->setData(Qt::UserRole, s.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_services->setFixedHeight(m_services->sizeHintForRow(0) * 9 + 2 * m_services->frameWidth() + 4);
    m_services->setToolTip(tr("The services this station provides (Space ticks one); a station that is down counts "
                              "against them."));
    row = m_errors.addRow(grid, row, QStringLiteral("services"), tr("&Services"), m_services);
    // A desk provides the desk's services unless told otherwise.
    auto tickFor = [this](int) {
        const QString kind = m_kind->currentData().toString();
        QStringList codes;
        if (kind == QLatin1String("desk"))
            codes = {Services::Checkout, Services::Checkin, Services::Renewal, Services::Membership, Services::Holds,
                     Services::Fees, Services::CatalogueSearch, Services::CollectionLookup};
        else if (kind == QLatin1String("kiosk"))
            codes = {Services::Kiosk};
        else if (kind == QLatin1String("selfcheck"))
            codes = {Services::Sip2};
        for (int i = 0; i < m_services->count(); ++i)
            m_services->item(i)->setCheckState(codes.contains(m_services->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                                    : Qt::Unchecked);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, tickFor);
    tickFor(0);
    m_errors.route(QStringLiteral("station.bad_input"), QStringLiteral("code"));
    m_errors.route(QStringLiteral("station.exists"), QStringLiteral("code"));
    m_errors.route(QStringLiteral("station.unknown_branch"), QStringLiteral("branch"));
    m_errors.route(QStringLiteral("calendar.unknown"), QStringLiteral("calendar"));
    m_errors.route(QStringLiteral("station.unknown_service"), QStringLiteral("services"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->clear();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton *ok = buttons->addButton(tr("Register and show the token"), QDialogButtonBox::ActionRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &RegisterStationDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    m_code->setFocus();
}

void RegisterStationDialog::submit()
{
    m_errors.clear();
    m_message->clear();
    ServiceManagement::NewStation in;
    in.code = m_code->text().trimmed();
    in.kind = m_kind->currentData().toString();
    in.name = m_name->text().trimmed();
    in.branch = m_branch->currentData().toString();
    in.calendar = m_calendar->currentData().toString();
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            in.services << m_services->item(i)->data(Qt::UserRole).toString();
    auto r = ServiceManagement::Stations(m_session.core).registerStation(m_session.caller, in);
    if (!r.ok()) {
        if (QWidget *w = m_errors.show(r.error(), m_message, tr("The station was not registered")))
            w->setFocus();
        return;
    }
    emit registered(r->first, r->second);
    accept();
}

} // namespace Aksara::Desk
