#include "Screens.h"

#include "kiosk/KioskPages.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/RemoteLibrary.h"
#include "server/HttpFront.h"
#include "server/KioskApi.h"
#include "service/Stations.h"

#include "catalogue/Catalogue.h"
#include "circulation/Patrons.h"
#include "core/StaffDirectory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace Aksara::Screens {

namespace {

// What the kiosk screens need of the library, found (or put in place) once per run.
struct KioskStage {
    Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
    QTemporaryDir dir;
    std::optional<StaffAccount> kiosk;
    QString staffUser;
    QString staffPassword;
    QString reader;  // a patron who may borrow (no debt, nothing overdue)
    QString regular; // a patron with loans, holds and fees
    const QString pin = QStringLiteral("2580");
    std::vector<std::unique_ptr<ServiceCore>> cores; // for the screens on a cut-off copy
    std::vector<std::shared_ptr<Database>> databases;
    int queues = 0;
};

KioskStage &stage(Shell::AppContext &ctx)
{
    static KioskStage s;
    if (s.kiosk)
        return s;
    StaffDirectory staff(*ctx.core);
    auto list = staff.list(s.admin);
    if (list.ok())
        for (const StaffAccount &a : *list)
            if (a.role == Role::Kiosk && a.active && !s.kiosk)
                s.kiosk = a;
    if (!s.kiosk) {
        auto created = staff.create(s.admin, QStringLiteral("kiosk-screens"), QStringLiteral("Kiosk"), Role::Kiosk,
                                    QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral("aA1"));
        if (created.ok())
            s.kiosk = *created;
    }
    // A staff member for the staff page (its own account: the demo's passwords stay as printed).
    s.staffUser = QStringLiteral("layar");
    s.staffPassword = QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral("Aa1");
    if (!staff.create(s.admin, s.staffUser, QStringLiteral("Dewi Lestari"), Role::Supervisor, s.staffPassword).ok())
        (void)staff.setPassword(s.admin, s.staffUser, s.staffPassword);

    Database &db = *ctx.db;
    const QString today = ctx.clock->now().toLocalTime().date().toString(Qt::ISODate);
    auto pick = [&](const QString &sql) {
        auto v = db.scalar(sql, {today});
        return v.ok() ? v->toString() : QString();
    };
    // Somebody who may borrow: active, valid card, nothing owed and nothing out.
    s.reader = pick(QStringLiteral(
        "SELECT p.card_number FROM patrons p WHERE p.status = 'active' AND p.expires_on >= ? AND NOT EXISTS (SELECT 1 FROM "
        "fees f WHERE f.patron_id = p.id AND f.balance > 0) AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.patron_id = p.id "
        "AND l.returned_at IS NULL) ORDER BY p.id LIMIT 1"));
    // Somebody with a bit of everything: loans, holds, fees.
    s.regular = pick(QStringLiteral(
        "SELECT p.card_number FROM patrons p WHERE p.status = 'active' AND p.expires_on >= ? ORDER BY (SELECT COUNT(*) FROM "
        "loans l WHERE l.patron_id = p.id AND l.returned_at IS NULL) > 1 DESC, EXISTS (SELECT 1 FROM holds h WHERE "
        "h.patron_id = p.id AND h.status IN ('waiting', 'in_transit', 'ready')) DESC, EXISTS (SELECT 1 FROM fees f WHERE "
        "f.patron_id = p.id AND f.balance > 0) DESC, p.id LIMIT 1"));
    Circulation::Patrons patrons(*ctx.core);
    for (const QString &card : {s.reader, s.regular})
        if (!card.isEmpty())
            (void)patrons.setPin(s.admin, card, s.pin);
    // The demo library's records are loaded without the catalogue's search index.
    Catalogue::Catalogue catalogue(*ctx.core);
    Catalogue::SearchRequest probe;
    probe.query = QStringLiteral("a");
    auto found = catalogue.search(s.admin, probe);
    if (found.ok() && found->total == 0)
        (void)catalogue.reindex(s.admin);
    return s;
}

QString firstBarcode(Shell::AppContext &ctx, const QString &sql)
{
    auto v = ctx.db->scalar(sql);
    return v.ok() ? v->toString() : QString();
}

// The n-th item on loan, one per title.
QString onLoan(int n)
{
    return QStringLiteral("SELECT MIN(i.barcode) FROM items i WHERE i.status = 'on_loan' GROUP BY i.bib_id ORDER BY i.bib_id "
                          "LIMIT 1 OFFSET %1")
        .arg(n);
}

void settle(int ms = 60)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

template<typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

// Types into the named field of the page on screen (the return and search boxes exist twice: for
// a signed-in patron and without a card).
void scan(QWidget *w, const char *edit, const QString &text)
{
    QWidget *page = child<QStackedWidget>(w, "kioskPages")->currentWidget();
    if (auto *e = child<QLineEdit>(page, edit)) {
        e->setText(text);
        emit e->returnPressed();
    }
}

void press(QWidget *w, const char *name)
{
    QWidget *page = child<QStackedWidget>(w, "kioskPages")->currentWidget();
    auto *b = child<QPushButton>(page, name);
    if (!b)
        b = child<QPushButton>(w, name);
    if (b)
        b->click();
}

Kiosk::KioskWindow *window(Shell::AppContext &ctx, ServiceCore &core, Kiosk::KioskOptions options = {})
{
    KioskStage &s = stage(ctx);
    if (options.station.isEmpty())
        options.station = QStringLiteral("kiosk-lobby");
    options.heartbeats = false;
    const QString queue = s.dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++s.queues));
    auto session = Kiosk::KioskSession::create(core, StaffDirectory::callerFor(*s.kiosk, Channel::Kiosk, options.station),
                                               queue, options);
    if (!session.ok())
        qFatal("kiosk screens: %s", qPrintable(session.error().message));
    Kiosk::KioskWindow::Options w;
    w.fullScreen = false;
    w.followPatronLanguage = false;
    auto *k = new Kiosk::KioskWindow(std::move(*session), w);
    k->resize(1280, 800);
    return k;
}

Kiosk::KioskWindow *signedIn(Shell::AppContext &ctx, const QString &card, Kiosk::KioskOptions options = {})
{
    KioskStage &s = stage(ctx);
    Kiosk::KioskWindow *k = window(ctx, *ctx.core, options);
    scan(k, "cardEdit", card);
    child<QLineEdit>(k, "pinEdit")->setText(s.pin);
    press(k, "pinOkButton");
    return k;
}

// Remote mode: the kiosk asks a kiosk API (in this process, on a free local port) as its own
// station, with no database of its own.
struct RemoteStage {
    std::unique_ptr<Server::KioskApi> api;
    std::unique_ptr<Server::HttpFront> http;
    quint16 port = 0;
    QString token;
};

Kiosk::KioskWindow *remoteWindow(Shell::AppContext &ctx)
{
    KioskStage &s = stage(ctx);
    static RemoteStage r;
    const QString code = QStringLiteral("kiosk-remote-screens");
    if (!r.http) {
        ServiceManagement::Stations stations(*ctx.core);
        ServiceManagement::NewStation n;
        n.code = code;
        n.kind = QStringLiteral("kiosk");
        n.name = QStringLiteral("Kiosk (screens)");
        auto registered = stations.registerStation(s.admin, n);
        if (registered.ok()) {
            r.token = registered->second;
        } else {
            auto token = stations.rotateToken(s.admin, code);
            if (!token.ok())
                qFatal("kiosk screens: %s", qPrintable(token.error().message));
            r.token = *token;
        }
        Server::KioskApi::Options o;
        o.keyPath = s.dir.filePath(QStringLiteral("server/kiosk.key"));
        r.api = std::make_unique<Server::KioskApi>(*ctx.core, o);
        Server::HttpFront::Config c;
        c.threads = 1;
        c.threadEnd = [db = ctx.db] { db->releaseThreadConnection(); };
        r.http = std::make_unique<Server::HttpFront>(c);
        Server::KioskApi::route(*r.http, *r.api);
        if (!r.http->listen(QHostAddress::LocalHost, 0))
            qFatal("kiosk screens: cannot listen: %s", qPrintable(r.http->errorString()));
        r.port = r.http->port();
    }
    Kiosk::RemoteLibrary::Options ro;
    ro.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(r.port));
    ro.station = code;
    ro.token = r.token;
    ro.clock = ctx.clock.get();
    Kiosk::KioskOptions options;
    options.station = code;
    options.heartbeats = false;
    const QString queue = s.dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++s.queues));
    auto session = Kiosk::KioskSession::create(std::make_unique<Kiosk::RemoteLibrary>(ro), queue, options);
    if (!session.ok())
        qFatal("kiosk screens: %s", qPrintable(session.error().message));
    Kiosk::KioskWindow::Options w;
    w.fullScreen = false;
    w.followPatronLanguage = false;
    auto *k = new Kiosk::KioskWindow(std::move(*session), w);
    k->resize(1280, 800);
    return k;
}

// A kiosk on its own copy of the library, whose file is then moved away: really cut off.
Kiosk::KioskWindow *cutOff(Shell::AppContext &ctx, QString *copyPath)
{
    KioskStage &s = stage(ctx);
    const QString copy = s.dir.filePath(QStringLiteral("library-copy-%1.sqlite").arg(s.queues + 1));
    QFile::remove(copy);
    if (!ctx.db->isSqlite() || !ctx.db->execDirect(QStringLiteral("VACUUM INTO '%1'").arg(copy)).ok())
        return window(ctx, *ctx.core);
    DatabaseConfig config;
    config.path = copy;
    auto db = Database::open(config);
    if (!db.ok())
        return window(ctx, *ctx.core);
    s.databases.push_back(*db);
    s.cores.push_back(std::make_unique<ServiceCore>(*db, *ctx.clock));
    Kiosk::KioskOptions o;
    o.linkOnlineIntervalMs = 30;
    o.linkOfflineIntervalMs = 30;
    Kiosk::KioskWindow *k = window(ctx, *s.cores.back(), o);
    QFile::rename(copy, copy + QStringLiteral(".away"));
    k->session().link().check();
    *copyPath = copy;
    return k;
}

} // namespace

// The kiosk window's main screens, each built on the demo library as a person would see it.
QList<Screen> kioskScreens()
{
    const QSize size(1280, 800);
    QList<Screen> screens;
    screens << Screen{QStringLiteral("kiosk-welcome"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          return window(ctx, *ctx.core);
                      }};
    screens << Screen{QStringLiteral("kiosk-sign-in"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          KioskStage &s = stage(ctx);
                          Kiosk::KioskWindow *k = window(ctx, *ctx.core);
                          scan(k, "cardEdit", s.reader);
                          child<QLineEdit>(k, "pinEdit")->setText(QStringLiteral("1111"));
                          press(k, "pinOkButton");
                          child<QLineEdit>(k, "pinEdit")->setText(QStringLiteral("25"));
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-borrow"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          KioskStage &s = stage(ctx);
                          Kiosk::KioskWindow *k = signedIn(ctx, s.reader);
                          const QString free = QStringLiteral(
                              "SELECT i.barcode FROM items i WHERE i.status = 'available' AND i.item_type = 'book' AND NOT "
                              "EXISTS (SELECT 1 FROM holds h WHERE h.bib_id = i.bib_id AND h.status IN ('waiting', "
                              "'in_transit', 'ready')) ORDER BY i.id LIMIT 1");
                          scan(k, "borrowEdit", firstBarcode(ctx, free));
                          scan(k, "borrowEdit", firstBarcode(ctx, free + QStringLiteral(" OFFSET 40")));
                          scan(k, "borrowEdit", firstBarcode(ctx, onLoan(2)));
                          return k;
                      }};
    for (const auto &[name, nav] : {std::pair{QStringLiteral("kiosk-loans"), "loansNavButton"},
                                    std::pair{QStringLiteral("kiosk-holds"), "holdsNavButton"},
                                    std::pair{QStringLiteral("kiosk-fees"), "feesNavButton"}}) {
        const char *button = nav;
        screens << Screen{name, size, [button](Shell::AppContext &ctx) -> QWidget * {
                              KioskStage &s = stage(ctx);
                              Kiosk::KioskWindow *k = signedIn(ctx, s.regular);
                              press(k, button);
                              return k;
                          }};
    }
    screens << Screen{QStringLiteral("kiosk-search"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          Kiosk::KioskWindow *k = window(ctx, *ctx.core);
                          press(k, "searchButton");
                          scan(k, "searchEdit", QStringLiteral("Pramoedya"));
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-return"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          Kiosk::KioskWindow *k = window(ctx, *ctx.core);
                          press(k, "returnButton");
                          scan(k, "returnEdit", firstBarcode(ctx, onLoan(0)));
                          scan(k, "returnEdit", firstBarcode(ctx, onLoan(1)));
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-offline"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          QString copy;
                          Kiosk::KioskWindow *k = cutOff(ctx, &copy);
                          press(k, "returnButton");
                          scan(k, "returnEdit", firstBarcode(ctx, onLoan(2)));
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-idle"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          KioskStage &s = stage(ctx);
                          Kiosk::KioskOptions o;
                          o.idleMs = 1;
                          o.idleWarningMs = 15000;
                          Kiosk::KioskWindow *k = signedIn(ctx, s.regular, o);
                          settle(50);
                          return k;
                      }};
    // Remote mode (aksara-kiosk --server): the same screens through the kiosk API.
    screens << Screen{QStringLiteral("kiosk-remote-welcome"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          return remoteWindow(ctx);
                      }};
    screens << Screen{QStringLiteral("kiosk-remote-loans"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          KioskStage &s = stage(ctx);
                          Kiosk::KioskWindow *k = remoteWindow(ctx);
                          scan(k, "cardEdit", s.regular);
                          child<QLineEdit>(k, "pinEdit")->setText(s.pin);
                          press(k, "pinOkButton");
                          press(k, "loansNavButton");
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-remote-search"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          Kiosk::KioskWindow *k = remoteWindow(ctx);
                          press(k, "searchButton");
                          scan(k, "searchEdit", QStringLiteral("Pramoedya"));
                          return k;
                      }};
    screens << Screen{QStringLiteral("kiosk-staff"), size, [](Shell::AppContext &ctx) -> QWidget * {
                          KioskStage &s = stage(ctx);
                          // Two returns taken while cut off (one of them an unknown barcode), then the
                          // library comes back and the queue is replayed.
                          QString copy;
                          Kiosk::KioskWindow *k = cutOff(ctx, &copy);
                          press(k, "returnButton");
                          scan(k, "returnEdit", firstBarcode(ctx, onLoan(3)));
                          scan(k, "returnEdit", QStringLiteral("20009999"));
                          press(k, "returnDoneButton");
                          if (!copy.isEmpty())
                              QFile::rename(copy + QStringLiteral(".away"), copy);
                          k->session().link().check();
                          settle(100);
                          k->session().replayNow();
                          press(k, "returnButton");
                          scan(k, "returnEdit", firstBarcode(ctx, onLoan(4)));
                          press(k, "returnDoneButton");
                          press(k, "staffButton");
                          child<QLineEdit>(k, "staffUserEdit")->setText(s.staffUser);
                          child<QLineEdit>(k, "staffPasswordEdit")->setText(s.staffPassword);
                          press(k, "staffSignInButton");
                          return k;
                      }};
    return screens;
}

} // namespace Aksara::Screens
