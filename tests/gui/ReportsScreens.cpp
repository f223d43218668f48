#include "Screens.h"

#include "circulation/Fees.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "core/Calendar.h"
#include "reports/ChangesPage.h"
#include "reports/IncidentsPage.h"
#include "reports/MonthlyReportPage.h"
#include "reports/ProblemsPage.h"
#include "reports/ReportsWindow.h"
#include "service/Changes.h"
#include "service/Common.h"
#include "service/Incidents.h"
#include "service/Problems.h"
#include "service/Stations.h"

#include <QElapsedTimer>
#include <QTableWidget>

#include <memory>

namespace Aksara::Screens {

namespace {

// A clock that stays where it is put (measured durations still pass).
class SettableClock final : public Clock {
public:
    explicit SettableClock(qint64 ms) : m_ms(ms) { m_timer.start(); }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    qint64 monotonicNs() const override { return m_timer.nsecsElapsed(); }
    void set(qint64 ms) { m_ms = std::max(m_ms, ms); }

private:
    qint64 m_ms;
    QElapsedTimer m_timer;
};

const QString kSupervisor = QStringLiteral("supervisor");

// Fails loudly: the screens are built on a library that must take every step.
template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r.ok())
        qFatal("reports screens: %s: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

// The instant the reports screens show: 10:30 on the latest working day up to now. (The demo's
// history may go on later that day; what is made here stays clear of it: copies never lent, loans
// made before that morning.)
qint64 reportsScreenTime(Database &db, qint64 nowMs)
{
    const QTimeZone zone = ServiceManagement::libraryZone(db);
    auto library = Calendar::loadByCode(db, QStringLiteral("library"));
    QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(zone).date();
    for (int i = 0; i < 14; ++i, day = day.addDays(-1)) {
        const qint64 at = QDateTime(day, QTime(10, 30), zone).toMSecsSinceEpoch();
        if (at <= nowMs && day.dayOfWeek() <= 5 && (!library.ok() || library->isOpenDay(day)))
            return at;
    }
    return nowMs;
}

// A week of service management on top of the demo library, made through the service and
// circulation modules on a clock that moves through the week: incidents with their lifecycle,
// problems, changes, stations with heartbeats (the kiosk silent since 10:05) and today's desk work.
// Once per library: the other language's run finds it done.
void seedServiceHistory(const std::shared_ptr<Database> &db, qint64 screenMs)
{
    using namespace ServiceManagement;
    {
        auto known = db->scalar(QStringLiteral("SELECT COUNT(*) FROM stations WHERE code = 'desk-pusat-1'"));
        if (known.ok() && known->toLongLong() > 0)
            return; // seeded already (the other language's run)
    }
    const QTimeZone zone = libraryZone(*db);
    const QDate today = QDateTime::fromMSecsSinceEpoch(screenMs, Qt::UTC).toTimeZone(zone).date();
    // The working days before today (Monday to Friday, not a holiday), and -1: the next one.
    auto library = Calendar::loadByCode(*db, QStringLiteral("library"));
    const auto workingDay = [&](int back) {
        QDate d = today;
        for (int n = 0; n < std::abs(back);) {
            d = d.addDays(back > 0 ? -1 : 1);
            if (d.dayOfWeek() <= 5 && (!library.ok() || library->isOpenDay(d)))
                ++n;
        }
        return d;
    };
    const auto at = [&](int daysBack, int h, int m = 0) {
        return QDateTime(workingDay(daysBack), QTime(h, m), zone).toMSecsSinceEpoch();
    };
    SettableClock clock(at(7, 8, 0));
    ServiceCore core(db, clock);
    const Caller supervisor = Caller::staff(Channel::Desk, 0, kSupervisor, Role::Supervisor, QStringLiteral("reports-1"));
    const Caller librarian = Caller::staff(Channel::Desk, 0, QStringLiteral("pustakawan"), Role::Librarian, QStringLiteral("desk-pusat-1"));
    Incidents incidents(core);
    Problems problems(core);
    Changes changes(core);
    Stations stations(core);

    const auto open = [&](qint64 when, const QString &title, const QString &service, const QString &station, int impact,
                          int urgency, bool outage = false, const QString &kind = QStringLiteral("incident"),
                          const QString &description = {}) {
        clock.set(when);
        NewIncident in;
        in.kind = kind;
        in.title = title;
        in.serviceCode = service;
        in.station = station;
        in.impact = impact;
        in.urgency = urgency;
        in.outage = outage;
        in.description = description;
        return must(incidents.open(librarian, in), "open an incident").id;
    };
    const auto update = [&](qint64 when, qint64 id, const QString &status, const QString &text = {},
                            const QString &assignee = {}) {
        clock.set(when);
        IncidentUpdate u;
        if (!status.isEmpty())
            u.status = status;
        if (!assignee.isEmpty())
            u.assignee = assignee;
        if (status == IncidentStatus::Pending)
            u.pendingReason = text;
        else if (status == IncidentStatus::Resolved)
            u.resolution = text;
        else
            u.note = text;
        must(incidents.update(supervisor, id, u), "update an incident");
    };

    // The week before, step by step in time order (each step at its own instant).
    QList<std::pair<qint64, std::function<void()>>> week;
    const auto step = [&](qint64 when, std::function<void()> action) { week.append({when, std::move(action)}); };
    qint64 printer = 0, printer2 = 0, printerProblem = 0, replace = 0, cards = 0, search = 0, rebuild = 0, reader = 0,
           readerProblem = 0, scanner = 0, network = 0;

    // A receipt printer that jammed twice, replaced by a change; the problem behind it.
    step(at(6, 9, 15), [&] {
        printer = open(at(6, 9, 15), QStringLiteral("Receipt printer at the Pusat desk jams"), Services::Fees,
                       QStringLiteral("desk-pusat-1"), 3, 2, false, QStringLiteral("incident"),
                       QStringLiteral("Paper jams on every second receipt; receipts are written by hand meanwhile."));
    });
    step(at(6, 9, 40), [&] { update(at(6, 9, 40), printer, {}, {}, QStringLiteral("pustakawan")); });
    step(at(6, 13, 5), [&] {
        printer2 = open(at(6, 13, 5), QStringLiteral("Receipt printer jams again after cleaning"), Services::Fees,
                        QStringLiteral("desk-pusat-1"), 3, 2);
    });
    step(at(6, 14, 0), [&] {
        clock.set(at(6, 14, 0));
        printerProblem = must(problems.open(supervisor, {QStringLiteral("Receipt printer paper jams"),
                                                         QStringLiteral("Two jams in one day at the Pusat desk."), Services::Fees,
                                                         {printer, printer2}}),
                              "open a problem")
                             .id;
        replace = must(changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Replace the receipt printer at the Pusat desk"),
                                                    QStringLiteral("A new thermal printer from the supplier's stock."),
                                                    QStringLiteral("low"), Services::Fees}),
                       "request a change")
                      .id;
    });
    step(at(6, 15, 0), [&] {
        clock.set(at(6, 15, 0));
        must(changes.approve(supervisor, replace, QStringLiteral("Spare printer in stock")), "approve");
        must(changes.schedule(supervisor, replace, {at(5, 7, 0), at(5, 7, 45), {}, {}}), "schedule");
    });
    step(at(5, 7, 0), [&] {
        clock.set(at(5, 7, 0));
        must(changes.start(supervisor, replace), "start");
    });
    step(at(5, 7, 40), [&] {
        clock.set(at(5, 7, 40));
        must(changes.finish(supervisor, replace, QStringLiteral("success"), QStringLiteral("Printer replaced and tested")), "finish");
    });
    step(at(5, 8, 10), [&] {
        update(at(5, 8, 10), printer, IncidentStatus::Resolved, QStringLiteral("Printer replaced (change %1).").arg(replace));
        update(at(5, 8, 12), printer2, IncidentStatus::Resolved, QStringLiteral("Printer replaced (change %1).").arg(replace));
        ProblemUpdate pu;
        pu.rootCause = QStringLiteral("Worn feed roller in the old receipt printer.");
        pu.workaround = QStringLiteral("Hand-written receipts from the receipt book.");
        pu.status = QStringLiteral("known_error");
        must(problems.update(supervisor, printerProblem, pu), "known error");
        ProblemUpdate fixed;
        fixed.fixChangeId = replace;
        fixed.status = QStringLiteral("resolved");
        must(problems.update(supervisor, printerProblem, fixed), "resolve the problem");
    });
    step(at(4, 9, 0), [&] {
        clock.set(at(4, 9, 0));
        must(incidents.close(supervisor, printer), "close");
    });

    // Membership cards printed blank for half a day (its resolution target breached).
    step(at(4, 8, 30), [&] {
        cards = open(at(4, 8, 30), QStringLiteral("Membership cards come out of the card printer blank"), Services::Membership,
                     QStringLiteral("desk-pusat-1"), 1, 2);
    });
    step(at(4, 8, 50), [&] { update(at(4, 8, 50), cards, IncidentStatus::InProgress, QStringLiteral("Checking the ribbon"), kSupervisor); });
    step(at(3, 10, 15), [&] { update(at(3, 10, 15), cards, IncidentStatus::Resolved, QStringLiteral("New ribbon fitted; cards reprinted.")); });

    // The Taman Kota desk's troubles this week, each fixed on the spot (a trend for a problem).
    step(at(4, 11, 0), [&] {
        scanner = open(at(4, 11, 0), QStringLiteral("Barcode scanner at Taman Kota drops digits"), Services::Checkout,
                       QStringLiteral("desk-taman-1"), 3, 2);
    });
    step(at(4, 11, 20), [&] { update(at(4, 11, 20), scanner, IncidentStatus::Resolved, QStringLiteral("Scanner cable reseated.")); });
    step(at(1, 9, 10), [&] {
        network = open(at(1, 9, 10), QStringLiteral("Taman Kota desk loses its network connection"), Services::Checkin,
                       QStringLiteral("desk-taman-1"), 2, 2);
    });
    step(at(1, 9, 15), [&] { update(at(1, 9, 15), network, IncidentStatus::InProgress, {}, kSupervisor); });
    step(at(1, 10, 5), [&] { update(at(1, 10, 5), network, IncidentStatus::Resolved, QStringLiteral("Switch port changed.")); });

    // Catalogue search down for three hours, rebuilt by an emergency change approved afterwards.
    step(at(3, 10, 0), [&] {
        search = open(at(3, 10, 0), QStringLiteral("Catalogue search finds nothing"), Services::CatalogueSearch, {}, 1, 1, true,
                      QStringLiteral("incident"), QStringLiteral("Every search at the desks and the kiosk returns no results."));
    });
    step(at(3, 10, 10), [&] {
        update(at(3, 10, 10), search, IncidentStatus::InProgress, QStringLiteral("Search index looks empty"), kSupervisor);
        rebuild = must(changes.request(supervisor, {QStringLiteral("emergency"), QStringLiteral("Rebuild the catalogue search index"), {},
                                                    QStringLiteral("medium"), Services::CatalogueSearch}),
                       "emergency change")
                      .id;
        must(changes.schedule(supervisor, rebuild, {at(3, 11, 0), at(3, 13, 0), {}, {}}), "schedule the rebuild");
    });
    step(at(3, 11, 0), [&] {
        clock.set(at(3, 11, 0));
        must(changes.start(supervisor, rebuild), "start the rebuild");
    });
    step(at(3, 12, 55), [&] {
        clock.set(at(3, 12, 55));
        must(changes.finish(supervisor, rebuild, QStringLiteral("success"), QStringLiteral("Index rebuilt from the records")),
             "finish the rebuild");
    });
    step(at(3, 13, 0), [&] { update(at(3, 13, 0), search, IncidentStatus::Resolved, QStringLiteral("Index rebuilt (change %1).").arg(rebuild)); });
    step(at(2, 9, 0), [&] {
        clock.set(at(2, 9, 0));
        must(changes.approve(supervisor, rebuild, QStringLiteral("Approved after the fact")), "approve the rebuild");
        must(incidents.close(supervisor, search), "close the search incident");
    });

    // The kiosk's card reader: waiting on the supplier; a known error; a firmware change planned.
    step(at(2, 14, 0), [&] {
        reader = open(at(2, 14, 0), QStringLiteral("Kiosk card reader does not read older cards"), Services::Kiosk,
                      QStringLiteral("kiosk-pusat-1"), 2, 2, false, QStringLiteral("incident"),
                      QStringLiteral("Cards printed before 2024 are not recognised; patrons are sent to the desk."));
    });
    step(at(2, 14, 30), [&] { update(at(2, 14, 30), reader, IncidentStatus::InProgress, QStringLiteral("Reproduced with three cards"), kSupervisor); });
    step(at(2, 15, 10), [&] { update(at(2, 15, 10), reader, IncidentStatus::Pending, QStringLiteral("Firmware update from the supplier, PT Sinar Teknologi")); });
    step(at(2, 15, 20), [&] {
        clock.set(at(2, 15, 20));
        readerProblem = must(problems.open(supervisor, {QStringLiteral("Kiosk card reader firmware does not know the old card format"), {},
                                                        Services::Kiosk, {reader}}),
                             "open the reader problem")
                            .id;
        ProblemUpdate ru;
        ru.rootCause = QStringLiteral("Firmware 2.1 dropped the barcode symbology of the old cards.");
        ru.workaround = QStringLiteral("Patrons with old cards borrow at the desk; new cards are printed free of charge.");
        ru.status = QStringLiteral("known_error");
        must(problems.update(supervisor, readerProblem, ru), "reader known error");
    });
    step(at(1, 10, 0), [&] {
        clock.set(at(1, 10, 0));
        const qint64 firmware = must(changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Update the kiosk card reader firmware to 2.3"),
                                                                  QStringLiteral("Supplier's firmware with the old card format."),
                                                                  QStringLiteral("medium"), Services::Kiosk}),
                                     "firmware change")
                                    .id;
        must(changes.approve(supervisor, firmware), "approve firmware");
        must(changes.schedule(supervisor, firmware, {at(-1, 17, 30), at(-1, 18, 30), {Services::Kiosk}, {}}), "schedule firmware");
    });
    std::stable_sort(week.begin(), week.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[when, action] : std::as_const(week))
        action();

    // Today: stations at work since opening, sending a heartbeat every five minutes.
    clock.set(at(0, 7, 45));
    struct StationSpec {
        QString code, kind, name;
        QStringList services;
    };
    const QList<StationSpec> specs{
        {QStringLiteral("desk-pusat-1"), QStringLiteral("desk"), QStringLiteral("Meja layanan Pusat"),
         {Services::Checkout, Services::Checkin, Services::Membership, Services::Fees, Services::Holds, Services::Renewal}},
        {QStringLiteral("desk-taman-1"), QStringLiteral("desk"), QStringLiteral("Meja layanan Taman Kota"), {Services::Checkout, Services::Checkin}},
        {QStringLiteral("kiosk-pusat-1"), QStringLiteral("kiosk"), QStringLiteral("Kios mandiri Pusat"), {Services::Kiosk}},
        {QStringLiteral("server"), QStringLiteral("server"), QStringLiteral("aksara-server"),
         {Services::CatalogueSearch, Services::CollectionLookup, Services::Sru, Services::Sip2}},
        {QStringLiteral("reports-1"), QStringLiteral("reports"), QStringLiteral("Ruang kepala perpustakaan"), {}}};
    QHash<QString, QString> tokens;
    for (const StationSpec &s : specs) {
        NewStation ns;
        ns.code = s.code;
        ns.kind = s.kind;
        ns.name = s.name;
        ns.periodS = 300;
        ns.graceS = 300;
        ns.services = s.services;
        tokens.insert(s.code, must(stations.registerStation(supervisor, ns), "register a station").second);
    }
    const auto beat = [&](const QString &code, qint64 when) {
        clock.set(when);
        must(stations.heartbeat(code, tokens.value(code)), "heartbeat");
    };

    // Today's circulation at the desks, between the heartbeats.
    Circulation::Loans loans(core);
    Circulation::Fees fees(core);
    QStringList available, onLoan, cardsToServe;
    {
        auto q = db->exec(QStringLiteral("SELECT i.barcode FROM items i JOIN item_types t ON t.code = i.item_type "
                                         "WHERE i.status = 'available' AND t.loanable = 1 AND NOT EXISTS "
                                         "(SELECT 1 FROM loans l WHERE l.item_id = i.id) ORDER BY i.id DESC LIMIT 12"));
        while (q.ok() && q->next())
            available << q->value(0).toString();
        auto l = db->exec(QStringLiteral("SELECT i.barcode FROM loans l JOIN items i ON i.id = l.item_id "
                                         "WHERE l.returned_at IS NULL AND l.issued_at < ? ORDER BY l.due_at DESC LIMIT 8"),
                          {at(0, 8, 0)});
        while (l.ok() && l->next())
            onLoan << l->value(0).toString();
        auto p = db->exec(QStringLiteral("SELECT card_number FROM patrons WHERE status = 'active' ORDER BY id DESC LIMIT 10"));
        while (p.ok() && p->next())
            cardsToServe << p->value(0).toString();
    }
    // Today's incidents, requests and changes, at their moments of the morning: the Taman desk
    // slow after it came back, a request, a network change, SRU failures the core turns into an
    // automatic incident, the kiosk not answering (an outage); and two new members.
    Circulation::Patrons patrons(core);
    QList<std::pair<qint64, std::function<void()>>> agenda{
        {at(0, 8, 25), [&] {
             open(at(0, 8, 25), QStringLiteral("Checkout is slow at the Taman Kota desk"), Services::Checkout,
                  QStringLiteral("desk-taman-1"), 2, 2, false, QStringLiteral("incident"),
                  QStringLiteral("Each scan takes several seconds."));
         }},
        {at(0, 9, 5), [&] {
             open(at(0, 9, 5), QStringLiteral("Staff account for a new volunteer at Taman Kota"), {}, QStringLiteral("desk-taman-1"),
                  3, 2, false, QStringLiteral("request"));
         }},
        {at(0, 9, 12), [&] {
             clock.set(at(0, 9, 12));
             Circulation::PatronInput in;
             in.name = QStringLiteral("Rizky Pratama");
             in.branchCode = QStringLiteral("PUSAT");
             in.categoryCode = QStringLiteral("PELAJAR");
             (void)patrons.registerPatron(librarian, in);
         }},
        {at(0, 9, 30), [&] {
             clock.set(at(0, 9, 30));
             must(changes.request(supervisor, {QStringLiteral("normal"), QStringLiteral("Move the SIP2 self-check to the new network"),
                                               QStringLiteral("The self-check machine moves to VLAN 20 with the kiosks."),
                                               QStringLiteral("high"), Services::Sip2}),
                  "request the network change");
         }},
        {at(0, 9, 40), [&] {
             const Caller sru = Caller::system(QStringLiteral("sru"));
             for (int i = 0; i < 3; ++i) {
                 clock.set(at(0, 9, 40 + i));
                 (void)core.run(sru, {Services::Sru, QStringLiteral("sru.searchRetrieve"), {}}, [](OperationContext &) -> Status {
                     return Error::failed(QStringLiteral("sru.backend_timeout"), QStringLiteral("The catalogue did not answer within 10 s."));
                 });
             }
         }},
        {at(0, 9, 50), [&] {
             clock.set(at(0, 9, 50));
             auto q = db->exec(QStringLiteral("SELECT p.card_number FROM patrons p JOIN fees f ON f.patron_id = p.id "
                                              "WHERE f.balance > 0 GROUP BY p.card_number ORDER BY p.card_number LIMIT 3"));
             QStringList debtors;
             while (q.ok() && q->next())
                 debtors << q->value(0).toString();
             for (const QString &card : std::as_const(debtors))
                 if (auto st = fees.statement(librarian, card); st.ok() && st->balance > 0)
                     (void)fees.pay(librarian, card, st->balance);
         }},
        {at(0, 10, 2), [&] {
             clock.set(at(0, 10, 2));
             Circulation::PatronInput in;
             in.name = QStringLiteral("Dewi Lestari Siregar");
             in.branchCode = QStringLiteral("TAMAN");
             in.categoryCode = QStringLiteral("UMUM");
             (void)patrons.registerPatron(librarian, in);
         }},
        {at(0, 10, 7), [&] {
             open(at(0, 10, 7), QStringLiteral("Self-service kiosk at Pusat does not respond"), Services::Kiosk,
                  QStringLiteral("kiosk-pusat-1"), 2, 1, true, QStringLiteral("incident"),
                  QStringLiteral("The screen is frozen on the welcome page; patrons are sent to the desk."));
         }},
    };

    qint64 t = at(0, 8, 0);
    int lent = 0, returned = 0;
    for (int step = 0; t < at(0, 10, 28); ++step, t += 5 * 60 * 1000) {
        while (!agenda.isEmpty() && agenda.first().first <= t) {
            agenda.first().second();
            agenda.removeFirst();
        }
        for (const StationSpec &s : specs) {
            // The kiosk stops answering at 10:05; the Taman desk was off from 08:40 to 09:20.
            if (s.code == QLatin1String("kiosk-pusat-1") && t > at(0, 10, 5))
                continue;
            if (s.code == QLatin1String("desk-taman-1") && t > at(0, 8, 40) && t < at(0, 9, 20))
                continue;
            beat(s.code, t);
        }
        clock.set(t + 2 * 60 * 1000);
        if (step % 2 == 0 && lent < available.size() && !cardsToServe.isEmpty()) {
            const Caller desk = Caller::staff(Channel::Desk, 0, QStringLiteral("pustakawan"), Role::Librarian,
                                              step % 4 == 0 ? QStringLiteral("desk-pusat-1") : QStringLiteral("desk-taman-1"));
            if (loans.checkout(desk, cardsToServe[step % cardsToServe.size()], available[lent]).ok())
                ++lent;
            else
                available.removeAt(lent);
        } else if (returned < onLoan.size()) {
            if (auto r = loans.checkin(librarian, onLoan[returned]); r.ok() && r->fee && r->loan) {
                auto st = fees.statement(librarian, r->loan->cardNumber);
                if (st.ok() && st->balance > 0)
                    (void)fees.pay(librarian, r->loan->cardNumber, st->balance);
            }
            ++returned;
        }
    }
    for (const auto &[when, action] : std::as_const(agenda))
        action();
    // Everybody but the kiosk answered a moment ago.
    for (const StationSpec &s : specs)
        if (s.code != QLatin1String("kiosk-pusat-1"))
            beat(s.code, screenMs - 90 * 1000);
}

struct ScreenState {
    std::unique_ptr<SettableClock> clock;
    std::unique_ptr<ServiceCore> core;
};

// The reports window on the demo library, as the supervisor sees it at 10:30 on a working day.
Reports::ReportsWindow *window(Shell::AppContext &ctx, Reports::ReportsWindow::Screen screen)
{
    static ScreenState state;
    if (!state.core) {
        const qint64 at = reportsScreenTime(*ctx.db, ctx.clock->nowMs());
        seedServiceHistory(ctx.db, at);
        state.clock = std::make_unique<SettableClock>(at);
        state.core = std::make_unique<ServiceCore>(ctx.db, *state.clock);
    }
    auto *w = new Reports::ReportsWindow(*state.core, QStringLiteral("reports-1"));
    w->monthlyReportPage()->setFolder(QStringLiteral("/home/kepala/Documents/Aksara"));
    const Caller supervisor = Caller::staff(Channel::Desk, 0, kSupervisor, Role::Supervisor, QStringLiteral("reports-1"));
    w->startSession(supervisor, kSupervisor);
    w->showScreen(screen);
    return w;
}

qint64 idWithTitle(QTableWidget *table, const QString &prefix)
{
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text().startsWith(prefix))
                return table->item(r, 0)->data(Qt::UserRole).toLongLong();
    return 0;
}

} // namespace

// The reports window's main screens, each built on the demo library as a person would see it.
QList<Screen> reportsScreens()
{
    const QSize size(1440, 900);
    using W = Reports::ReportsWindow;
    return {
        Screen{QStringLiteral("reports-board"), size, [](Shell::AppContext &ctx) -> QWidget * { return window(ctx, W::Board); }},
        Screen{QStringLiteral("reports-incidents"), size,
               [](Shell::AppContext &ctx) -> QWidget * {
                   W *w = window(ctx, W::Incidents);
                   auto *page = w->incidentsPage();
                   page->showIncident(idWithTitle(page->findChild<QTableWidget *>(QStringLiteral("incidentTable")),
                                                  QStringLiteral("Kiosk card reader")));
                   return w;
               }},
        Screen{QStringLiteral("reports-problems"), size,
               [](Shell::AppContext &ctx) -> QWidget * {
                   W *w = window(ctx, W::Problems);
                   auto *page = w->problemsPage();
                   page->showProblem(idWithTitle(page->findChild<QTableWidget *>(QStringLiteral("problemTable")),
                                                 QStringLiteral("Kiosk card reader")));
                   return w;
               }},
        Screen{QStringLiteral("reports-changes"), size,
               [](Shell::AppContext &ctx) -> QWidget * {
                   W *w = window(ctx, W::Changes);
                   auto *page = w->changesPage();
                   page->showChange(idWithTitle(page->findChild<QTableWidget *>(QStringLiteral("changeTable")),
                                                QStringLiteral("Update the kiosk card reader")));
                   return w;
               }},
        Screen{QStringLiteral("reports-service-levels"), size,
               [](Shell::AppContext &ctx) -> QWidget * { return window(ctx, W::ServiceLevels); }},
        Screen{QStringLiteral("reports-month-by-month"), size,
               [](Shell::AppContext &ctx) -> QWidget * { return window(ctx, W::Trends); }},
        Screen{QStringLiteral("reports-circulation"), size,
               [](Shell::AppContext &ctx) -> QWidget * { return window(ctx, W::Circulation); }},
        Screen{QStringLiteral("reports-monthly-report"), size,
               [](Shell::AppContext &ctx) -> QWidget * { return window(ctx, W::MonthlyReport); }},
    };
}

} // namespace Aksara::Screens
