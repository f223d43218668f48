#include "Screens.h"

#include "circulation/Fees.h"
#include "circulation/Holds.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "library/Settings.h"
#include "notices/Notices.h"
#include "notices/SettingKeys.h"
#include "catalogue/Catalogue.h"
#include "core/StaffDirectory.h"
#include "desk/AdminPage.h"
#include "desk/CalendarsAdmin.h"
#include "catalogue/SruTargets.h"
#include "desk/CardDialog.h"
#include "desk/CataloguePage.h"
#include "desk/CopyCataloguing.h"
#include "desk/CopyDialog.h"
#include "desk/ImportDialog.h"
#include "desk/LabelsDialog.h"
#include "desk/MarcEditor.h"
#include "desk/RecordForm.h"
#include "desk/CirculationPage.h"
#include "desk/DeskWindow.h"
#include "desk/Format.h"
#include "desk/HoldsPage.h"
#include "desk/MessageBar.h"
#include "desk/PatronForm.h"
#include "desk/PatronsPage.h"
#include "desk/PaymentDialog.h"
#include "desk/ProblemDialog.h"
#include "desk/MigrateAdmin.h"
#include "desk/RulesAdmin.h"
#include "desk/Sip2Admin.h"
#include "desk/StaffAdmin.h"
#include "desk/StationsAdmin.h"
#include "desk/SlipDialog.h"
#include "desk/Slips.h"
#include "desk/StatusStrip.h"
#include "server/Sip2Accounts.h"
#include "server/SruLibraryBackend.h"
#include "service/Stations.h"
#include "shell/StationBeacon.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>

namespace Aksara::Screens {

namespace {

// A desk session on the demo library, as the demo's librarian (or supervisor, or administrator) at
// station desk-1 of the first branch; the session lives as long as `owner`.
Desk::DeskSession *session(Shell::AppContext &ctx, bool supervisor = false, bool administrator = false)
{
    const Caller who = administrator ? Caller::staff(Channel::Desk, 0, QStringLiteral("admin"), Role::Admin, QStringLiteral("desk-1"))
                                     : Caller::staff(Channel::Desk, 0,
                                                     supervisor ? QStringLiteral("supervisor") : QStringLiteral("pustakawan"),
                                                     supervisor ? Role::Supervisor : Role::Librarian, QStringLiteral("desk-1"));
    auto info = Desk::LibraryInfo::load(*ctx.core, who);
    Desk::Format::setLibraryZone(info.ok() ? info->zone : QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    const QString branch = info.ok() ? info->defaultBranch : QString();
    return new Desk::DeskSession{*ctx.core, who, QStringLiteral("desk-1"), branch, info.ok() ? *info : Desk::LibraryInfo{},
                                 administrator ? QStringLiteral("admin")
                                 : supervisor  ? QStringLiteral("supervisor")
                                               : QStringLiteral("pustakawan")};
}

template<typename W>
W *owning(W *widget, Desk::DeskSession *s)
{
    QObject::connect(widget, &QObject::destroyed, [s] { delete s; });
    return widget;
}

Caller statusCaller()
{
    Caller c;
    c.channel = Channel::Desk;
    c.actor = QStringLiteral("station:desk-1");
    c.station = QStringLiteral("desk-1");
    c.rights = {Rights::ReportView};
    return c;
}

// The station registered once (the demo has none), with a beacon whose first heartbeat is sent
// before the screenshot.
Shell::StationBeacon *beacon(Shell::AppContext &ctx, QObject *parent)
{
    static QString token;
    if (token.isEmpty()) {
        ServiceManagement::Stations stations(*ctx.core);
        ServiceManagement::NewStation in;
        in.code = QStringLiteral("desk-1");
        in.kind = QStringLiteral("desk");
        in.name = QStringLiteral("Front desk 1");
        in.calendar = QStringLiteral("always");
        const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
        auto r = stations.registerStation(admin, in);
        if (r.ok()) {
            token = r->second;
        } else {
            // Registered by the run in the other language: a new token.
            auto t = stations.rotateToken(admin, in.code);
            if (t.ok())
                token = *t;
        }
    }
    auto *b = new Shell::StationBeacon(*ctx.core, QStringLiteral("desk-1"), token, 60, parent);
    b->beat();
    return b;
}

Desk::DeskWindow *window(Shell::AppContext &ctx, bool supervisor = false, bool administrator = false)
{
    Desk::DeskSession *s = session(ctx, supervisor, administrator);
    auto *b = beacon(ctx, nullptr);
    auto *w = new Desk::DeskWindow(*s, b, statusCaller());
    b->setParent(w);
    owning(w, s);
    return w;
}

QString one(Shell::AppContext &ctx, const QString &sql)
{
    auto v = ctx.db->scalar(sql);
    return v.ok() ? v->toString() : QString();
}

void scan(Desk::DeskWindow *w, const QString &text)
{
    auto *edit = w->findChild<QLineEdit *>(QStringLiteral("barcodeEdit"));
    edit->setText(text);
    QMetaObject::invokeMethod(edit, "returnPressed");
}

// A member with several loans, none overdue: the demo's busiest borrower in good standing. They
// get a photo (the demo's members have none).
QString busyPatron(Shell::AppContext &ctx)
{
    const QString card = one(ctx, QStringLiteral("SELECT p.card_number FROM patrons p JOIN loans l ON l.patron_id = p.id AND "
                                                 "l.returned_at IS NULL WHERE p.status = 'active' GROUP BY p.id HAVING "
                                                 "count(*) BETWEEN 2 AND 3 AND min(l.due_at) > %1 ORDER BY p.id LIMIT 1")
                                      .arg(ctx.clock->nowMs()));
    QImage photo(300, 380, QImage::Format_RGB32);
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient bg(0, 0, 0, 380);
        bg.setColorAt(0, QColor(0xd6, 0xe4, 0xea));
        bg.setColorAt(1, QColor(0xa9, 0xc2, 0xcc));
        p.fillRect(photo.rect(), bg);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x3c, 0x2a, 0x21));
        p.drawEllipse(QRectF(88, 58, 124, 140));
        p.setBrush(QColor(0xc6, 0x8e, 0x6a));
        p.drawEllipse(QRectF(100, 80, 100, 122));
        p.setBrush(QColor(0x0b, 0x55, 0x63));
        p.drawRoundedRect(QRectF(40, 230, 220, 200), 90, 90);
        p.setBrush(QColor(0xc6, 0x8e, 0x6a));
        p.drawRect(QRectF(135, 195, 30, 45));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "PNG");
    Circulation::PatronInput in;
    in.photo = png;
    (void)Circulation::Patrons(*ctx.core).edit(Caller::localAdministrator(QStringLiteral("screenshots")), card, in);
    return card;
}

QString availableItem(Shell::AppContext &ctx, int skip = 0)
{
    return one(ctx, QStringLiteral("SELECT i.barcode FROM items i WHERE i.status = 'available' AND i.item_type = 'book' AND NOT EXISTS "
                                   "(SELECT 1 FROM holds h WHERE h.bib_id = i.bib_id AND h.status IN ('waiting', 'ready', 'in_transit')) "
                                   "ORDER BY i.id LIMIT 1 OFFSET %1")
                        .arg(skip));
}

// The desk as the demo's administrator, on one section of the administration area.
template<typename Section>
std::pair<Desk::DeskWindow *, Section *> adminSection(Shell::AppContext &ctx, const QString &key)
{
    auto *w = window(ctx, false, true);
    // Shown first: showing the area reads the section again, which would clear what the screen types.
    w->resize(1180, 760);
    w->show();
    w->showAdministration();
    auto *section = qobject_cast<Section *>(w->admin()->showSection(key));
    return {w, section};
}

// A few more staff accounts than the demo has: one locked out by wrong passwords, one disabled.
void moreStaff(Shell::AppContext &ctx)
{
    const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
    StaffDirectory staff(*ctx.core);
    (void)staff.create(admin, QStringLiteral("dewi.lestari"), QStringLiteral("Dewi Lestari"), Role::Librarian,
                       QStringLiteral("dewi-password-1"), QStringLiteral("TAMAN"));
    (void)staff.create(admin, QStringLiteral("bambang"), QStringLiteral("Bambang Sutrisno"), Role::Supervisor,
                       QStringLiteral("bambang-password-1"), QStringLiteral("PUSAT"));
    (void)staff.setActive(admin, QStringLiteral("bambang"), false);
    const Caller login = Caller::system(QStringLiteral("screenshots"));
    for (int i = 0; i < StaffDirectory::kMaxFailedLogins; ++i)
        (void)staff.authenticate(login, QStringLiteral("dewi.lestari"), QStringLiteral("salah-%1").arg(i));
}

void moreSip2(Shell::AppContext &ctx)
{
    const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
    Server::Sip2Accounts sip2(*ctx.core);
    Server::Sip2AccountSettings first;
    first.institution = QStringLiteral("PERPUSPROV");
    first.branchCode = QStringLiteral("PUSAT");
    first.requirePatronPassword = true;
    first.ownBranchOnly = true;
    first.mayTakePayments = true;
    (void)sip2.create(admin, QStringLiteral("selfcheck-1"), QStringLiteral("sip2-password-1"), first);
    if (sip2.create(admin, QStringLiteral("selfcheck-taman"), QStringLiteral("sip2-password-2"), QStringLiteral("PERPUSPROV"),
                    QStringLiteral("TAMAN"), false)
            .ok())
        (void)sip2.setEnabled(admin, QStringLiteral("selfcheck-taman"), false);
}

// Another library's SRU server for the copy-cataloguing screen: the demo catalogue answered by the
// server module's SRU backend on a loopback port, inside this process (a screenshot has no network).
class LocalSru : public QObject {
public:
    LocalSru(ServiceCore &core, QObject *parent)
        : QObject(parent)
        , m_backend(core, Sru::ServerInfo{QStringLiteral("127.0.0.1"), 0, QStringLiteral("sru"), 10, 50})
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                QByteArray request = s->property("request").toByteArray() + s->readAll();
                s->setProperty("request", request);
                if (!request.contains("\r\n\r\n"))
                    return;
                const QByteArray target = request.split(' ').value(1);
                const QByteArray query = target.mid(target.indexOf('?') + 1);
                const QByteArray body = m_backend.handle(Sru::Service::parseParameters(query), QStringLiteral("127.0.0.1")).body;
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/sru").arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
    Server::SruLibraryBackend m_backend;
};

QString demoBib(Shell::AppContext &ctx, const QString &title)
{
    return one(ctx, QStringLiteral("SELECT id FROM bib_records WHERE title = '%1' ORDER BY id LIMIT 1").arg(title));
}
} // namespace

// The administration area (administrators only), each section and its forms. They come last
// (Screens::all): they add staff and SIP2 accounts that no other screen should see.
QList<Screen> deskAdminScreens()
{
    QList<Screen> screens;
    // Staff: one account locked out (selected, so Unlock is offered), one disabled.
    screens << Screen{QStringLiteral("desk-admin-staff"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          moreStaff(ctx);
                          auto [w, staff] = adminSection<Desk::StaffAdmin>(ctx, QStringLiteral("staff"));
                          staff->select(QStringLiteral("dewi.lestari"));
                          return w;
                      }};
    // A new account refused: the user name is taken (shown under it).
    screens << Screen{QStringLiteral("desk-admin-staff-add"), QSize(620, 290), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx, false, true);
                          auto *d = owning(new Desk::AddStaffDialog(*s), s);
                          d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("pustakawan"));
                          d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Siti Rahma"));
                          d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("rahasia-siti-1"));
                          d->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("rahasia-siti-1"));
                          d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return d;
                      }};
    // The last administrator cannot be made a librarian.
    screens << Screen{QStringLiteral("desk-admin-staff-role"), QSize(560, 260), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx, false, true);
                          StaffAccount admin;
                          if (auto all = StaffDirectory(*ctx.core).list(s->caller); all.ok())
                              for (const StaffAccount &a : std::as_const(*all))
                                  if (a.username == QLatin1String("admin"))
                                      admin = a;
                          auto *d = owning(new Desk::StaffRoleDialog(*s, admin), s);
                          auto *role = d->findChild<QComboBox *>(QStringLiteral("roleCombo"));
                          role->setCurrentIndex(role->findData(QStringLiteral("librarian")));
                          d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return d;
                      }};
    // The rules of children: their row in the editor, the explainer for a child borrowing a book at TAMAN.
    screens << Screen{QStringLiteral("desk-admin-rules"), QSize(1280, 800), [](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, rules] = adminSection<Desk::RulesAdmin>(ctx, QStringLiteral("rules"));
                          rules->editScope(QString(), QStringLiteral("ANAK"), QString());
                          rules->explainScope(QStringLiteral("TAMAN"), QStringLiteral("ANAK"), QStringLiteral("book"));
                          return w;
                      }};
    // Bad values refused, each under its rule.
    screens << Screen{QStringLiteral("desk-admin-rules-refused"), QSize(1280, 800), [](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, rules] = adminSection<Desk::RulesAdmin>(ctx, QStringLiteral("rules"));
                          rules->editScope(QStringLiteral("TAMAN"), QString(), QString());
                          w->findChild<QLineEdit *>(QStringLiteral("loan_periodEdit"))->setText(QStringLiteral("0"));
                          w->findChild<QLineEdit *>(QStringLiteral("fee_per_dayEdit"))->setText(QStringLiteral("Rp 1.000"));
                          rules->save();
                          return w;
                      }};
    screens << Screen{QStringLiteral("desk-admin-calendars"), QSize(1280, 800), [](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, calendars] = adminSection<Desk::CalendarsAdmin>(ctx, QStringLiteral("calendars"));
                          calendars->selectCalendar(QStringLiteral("library"));
                          return w;
                      }};
    screens << Screen{QStringLiteral("desk-admin-calendar-new"), QSize(640, 260), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx, false, true);
                          auto list = Circulation::Calendars(*ctx.core).list(s->caller);
                          auto *d = owning(new Desk::NewCalendarDialog(*s, list.ok() ? *list : QList<Circulation::CalendarView>{},
                                                                       QStringLiteral("library")),
                                           s);
                          d->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("Taman Baca"));
                          d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Jam buka Taman Baca"));
                          d->findChild<QLineEdit *>(QStringLiteral("zoneEdit"))->setText(QStringLiteral("Asia/Bandung"));
                          d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return d;
                      }};
    // The stations of the demo desk and of the reports' screens.
    screens << Screen{QStringLiteral("desk-admin-stations"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, stations] = adminSection<Desk::StationsAdmin>(ctx, QStringLiteral("stations"));
                          stations->select(QStringLiteral("desk-1"));
                          return w;
                      }};
    // Registration refused: the code has spaces and capitals.
    screens << Screen{QStringLiteral("desk-admin-station-register"), QSize(660, 420), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx, false, true);
                          auto *d = owning(new Desk::RegisterStationDialog(*s), s);
                          d->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("Meja 2"));
                          d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Meja layanan lantai 2"));
                          d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return d;
                      }};
    // A token shown once (a token of the same shape, not given to any station: the stations of the
    // other screens keep theirs).
    screens << Screen{QStringLiteral("desk-admin-station-token"), QSize(620, 270), [](Shell::AppContext &) -> QWidget * {
                          QByteArray raw(24, Qt::Uninitialized);
                          QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
                          const QString token = QString::fromLatin1(
                              raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                          return Desk::StationsAdmin::tokenDialog(QStringLiteral("kiosk-taman"), token, nullptr);
                      }};
    screens << Screen{QStringLiteral("desk-admin-sip2"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          moreSip2(ctx);
                          auto [w, sip2] = adminSection<Desk::Sip2Admin>(ctx, QStringLiteral("sip2"));
                          sip2->select(QStringLiteral("selfcheck-1"));
                          return w;
                      }};
    // An account's settings: the PIN rule and the rights that are off unless granted.
    screens << Screen{QStringLiteral("desk-admin-sip2-edit"), QSize(640, 270), [](Shell::AppContext &ctx) -> QWidget * {
                          moreSip2(ctx);
                          Desk::DeskSession *s = session(ctx, false, true);
                          std::optional<Server::Sip2Account> account;
                          auto list = Server::Sip2Accounts(*ctx.core).list(Caller::localAdministrator(QStringLiteral("screenshots")));
                          for (const auto &a : list.ok() ? *list : QList<Server::Sip2Account>())
                              if (a.login == QLatin1String("selfcheck-1"))
                                  account = a;
                          return owning(new Desk::AddSip2Dialog(*s, nullptr, account), s);
                      }};
    screens << Screen{QStringLiteral("desk-admin-sip2-add"), QSize(640, 440), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx, false, true);
                          auto *d = owning(new Desk::AddSip2Dialog(*s), s);
                          d->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("selfcheck-2"));
                          d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pendek"));
                          d->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("pendek"));
                          d->findChild<QLineEdit *>(QStringLiteral("institutionEdit"))->setText(QStringLiteral("PERPUSPROV"));
                          d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return d;
                      }};
    // The import assistant: a SLiMS member export (invented people) previewed, one member type the
    // mapping file does not know flagged; then a dry run with its rejected rows.
    auto migrateSection = [](Shell::AppContext &ctx) {
        static QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("anggota-slims.csv"));
        const QString map = dir.filePath(QStringLiteral("slims.ini"));
        QFile out(csv);
        if (out.open(QIODevice::WriteOnly)) {
            out.write("member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,is_new,"
                      "member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,birth_date,member_notes\n"
                      "A-2019-001,Budi Santoso,1,Umum,budi@contoh.id,Jl. Mawar 3,40111,,0,,,0812345678,,2019-01-05,2019-01-05,2027-01-05,1990-01-15,\n"
                      "A-2019-002,Rina Lestari,0,Mahasiswa,rina@contoh.id,Jl. Melati 4,40112,,0,,,,,2020-02-02,2020-02-02,2027-02-02,2001-05-05,\n"
                      "A-2020-017,Ani Wijaya,0,Dosen,,Jl. Kenanga 9,,,0,,,,,2020-02-02,2020-02-02,2027-02-02,1975-03-03,\n"
                      "A-2020-018,Dedi Kurnia,1,Umum,dedi@contoh,Jl. Anggrek 1,,,0,,,,,2020-02-02,2020-02-02,2027-02-02,1980-13-45,\n"
                      "A-2021-003,Eka Putri,0,Anak,,Jl. Dahlia 2,,,0,,,,,2021-03-03,2021-03-03,2027-03-03,2016-06-06,\n"
                      "A-2021-004,Fajar Nugroho,1,Mahasiswa,,Jl. Cempaka 7,,,0,,,,,2021-04-04,2021-04-04,2027-04-04,2003-07-07,\n");
            out.close();
        }
        QFile m(map);
        if (m.open(QIODevice::WriteOnly)) {
            m.write("[options]\npreset = slims\nbranch = PUSAT\n[categories]\nMahasiswa = PELAJAR\n");
            m.close();
        }
        auto [w, page] = adminSection<Desk::MigrateAdmin>(ctx, QStringLiteral("migrate"));
        page->setKind(Migrate::Kind::Patrons);
        page->setPreset(QStringLiteral("slims"));
        page->setFile(csv);
        page->setMapFile(map);
        return std::pair{w, page};
    };
    screens << Screen{QStringLiteral("desk-admin-migrate-preview"), QSize(1280, 800), [migrateSection](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, page] = migrateSection(ctx);
                          page->preview();
                          return w;
                      }};
    screens << Screen{QStringLiteral("desk-admin-migrate-rows"), QSize(1280, 800), [migrateSection](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, page] = migrateSection(ctx);
                          page->preview();
                          page->tabs()->setCurrentIndex(0);
                          return w;
                      }};
    screens << Screen{QStringLiteral("desk-admin-migrate-dry-run"), QSize(1280, 800), [migrateSection](Shell::AppContext &ctx) -> QWidget * {
                          auto [w, page] = migrateSection(ctx);
                          QEventLoop loop;
                          QObject::connect(page, &Desk::MigrateAdmin::finished, &loop, &QEventLoop::quit);
                          QTimer::singleShot(30000, &loop, &QEventLoop::quit);
                          if (page->dryRun())
                              loop.exec();
                          return w;
                      }};
    return screens;
}

// The desk window's main screens, each built on the demo library as a person would see it.
QList<Screen> deskScreens()
{
    QList<Screen> screens;
    // A member opened by their card, an item just lent.
    screens << Screen{QStringLiteral("desk-circulation"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx);
                          scan(w, busyPatron(ctx));
                          scan(w, availableItem(ctx));
                          return w;
                      }};
    // A refused checkout (the card expired last week) with the supervisor's override offered.
    screens << Screen{QStringLiteral("desk-override"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx, true);
                          const QString card = one(ctx, QStringLiteral("SELECT p.card_number FROM patrons p WHERE p.status = 'active' "
                                                                       "AND EXISTS (SELECT 1 FROM loans l WHERE l.patron_id = p.id AND "
                                                                       "l.returned_at IS NULL) ORDER BY p.id DESC LIMIT 1"));
                          Circulation::PatronInput in;
                          in.expiresOn = Desk::Format::localDate(ctx.clock->nowMs()).addDays(-6);
                          (void)Circulation::Patrons(*ctx.core).edit(Caller::localAdministrator(QStringLiteral("screenshots")), card, in);
                          scan(w, card);
                          scan(w, availableItem(ctx, 3));
                          return w;
                      }};
    // Returns: one trapped for a hold, one plain, one late.
    screens << Screen{QStringLiteral("desk-checkin"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx);
                          QStringList onLoan;
                          // Items of this desk's branch, the second from the end travels home to the other branch.
                          const QString here = w->session().branchCode;
                          auto q = ctx.db->exec(QStringLiteral("SELECT i.barcode FROM loans l JOIN items i ON i.id = l.item_id JOIN "
                                                               "branches b ON b.id = i.branch_id WHERE l.returned_at IS NULL AND "
                                                               "b.code = ? ORDER BY l.due_at LIMIT 2"),
                                                {here});

                          while (q.ok() && q->next())
                              onLoan << q->value(0).toString();
                          if (q.ok())
                              q->finish();
                          const QString away = one(ctx, QStringLiteral("SELECT i.barcode FROM loans l JOIN items i ON i.id = l.item_id "
                                                                       "JOIN branches b ON b.id = i.branch_id WHERE l.returned_at IS NULL "
                                                                       "AND b.code <> '%1' ORDER BY l.due_at DESC LIMIT 1")
                                                                    .arg(here));
                          if (!away.isEmpty())
                              onLoan.insert(0, away);
                          // Someone waits for the title of the last one.
                          if (onLoan.size() == 3) {
                              const Caller librarian = Caller::staff(Channel::Desk, 0, QStringLiteral("pustakawan"), Role::Librarian,
                                                                     QStringLiteral("desk-1"));
                              const QString waiting = one(ctx, QStringLiteral("SELECT card_number FROM patrons p JOIN branches b ON b.id = "
                                                                              "p.home_branch_id WHERE p.status = 'active' AND b.code = '%1' "
                                                                              "AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.patron_id = p.id "
                                                                              "AND f.balance > 0) ORDER BY p.id LIMIT 1 OFFSET 5")
                                                                           .arg(here));
                              Circulation::Holds::Request req;
                              req.card = waiting;
                              req.barcode = onLoan.last();
                              req.anyCopy = true;
                              (void)Circulation::Holds(*ctx.core).place(librarian, req);
                          }
                          w->circulation()->setMode(Desk::CirculationPage::Mode::Checkin);
                          for (const QString &b : std::as_const(onLoan))
                              scan(w, b);
                          return w;
                      }};
    screens << Screen{QStringLiteral("desk-members"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx);
                          w->findPatron();
                          auto *edit = w->findChild<QLineEdit *>(QStringLiteral("patronSearchEdit"));
                          edit->setText(QStringLiteral("agus"));
                          w->patrons()->search();
                          return w;
                      }};
    // A search with its facets, the first title's copies, a member open at the desk.
    screens << Screen{QStringLiteral("desk-catalogue"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          // The demo library writes its records without the search index.
                          const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
                          (void)Catalogue::Catalogue(*ctx.core).reindex(admin);
                          auto *w = window(ctx);
                          scan(w, busyPatron(ctx));
                          w->searchCatalogue();
                          w->findChild<QLineEdit *>(QStringLiteral("catalogueSearchEdit"))->setText(QStringLiteral("pramoedya"));
                          w->catalogue()->search();
                          return w;
                      }};
    // A MARC import that has finished, one record rejected.
    screens << Screen{QStringLiteral("desk-import"), QSize(640, 420), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *d = owning(new Desk::ImportDialog(*s), s);
                          static QTemporaryDir dir;
                          const QString path = dir.filePath(QStringLiteral("kiriman-perpusnas.mrc"));
                          QFile out(path);
                          if (out.open(QIODevice::WriteOnly)) {
                              const QStringList titles{QStringLiteral("Tenggelamnya Kapal Van der Wijck"), QStringLiteral("Di Bawah Lindungan Ka'bah"),
                                                       QStringLiteral("Merantau ke Deli"), QStringLiteral("Salah Asuhan"),
                                                       QStringLiteral("Siti Nurbaya"), QStringLiteral("Atheis")};
                              for (const QString &t : titles) {
                                  Catalogue::SimpleRecord r;
                                  r.title = t;
                                  r.author = QStringLiteral("Hamka");
                                  r.year = 1938;
                                  r.language = QStringLiteral("ind");
                                  auto bytes = Catalogue::writeIso2709(Catalogue::buildMarc(r, QDate(2026, 11, 1)));
                                  if (bytes.ok())
                                      out.write(*bytes);
                              }
                              out.write("00026nam  2200025   4500\x1e");
                              out.close();
                          }
                          d->setFile(path);
                          QEventLoop loop;
                          QObject::connect(d, &Desk::ImportDialog::imported, &loop, &QEventLoop::quit);
                          QTimer::singleShot(30000, &loop, &QEventLoop::quit);
                          d->start();
                          loop.exec();
                          return d;
                      }};
    screens << Screen{QStringLiteral("desk-holds"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx);
                          w->tabs()->setCurrentWidget(w->holds());
                          w->findChild<QComboBox *>(QStringLiteral("shelfBranchCombo"))->setCurrentIndex(0);
                          const QString barcode = one(ctx, QStringLiteral("SELECT i.barcode FROM holds h JOIN items i ON i.bib_id = "
                                                                          "h.bib_id WHERE h.status = 'waiting' GROUP BY h.bib_id "
                                                                          "ORDER BY count(*) DESC LIMIT 1"));
                          auto *queue = w->findChild<QLineEdit *>(QStringLiteral("queueBarcodeEdit"));
                          queue->setText(barcode);
                          w->holds()->showQueue();
                          return w;
                      }};
    // Registration refused: each problem under its field.
    screens << Screen{QStringLiteral("desk-register"), QSize(780, 470), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *form = owning(new Desk::PatronForm(*s), s);
                          form->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Rina Marlina"));
                          form->findChild<QLineEdit *>(QStringLiteral("nikEdit"))->setText(QStringLiteral("3273015708950002"));
                          form->findChild<QDateEdit *>(QStringLiteral("birthEdit"))->setDate(QDate(1995, 8, 18));
                          form->findChild<QPlainTextEdit *>(QStringLiteral("addressEdit"))
                              ->setPlainText(QStringLiteral("Jl. Cihampelas No. 12, Bandung"));
                          form->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("0812-2233-4455"));
                          form->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("rina.marlina@"));
                          form->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return form;
                      }};
    screens << Screen{QStringLiteral("desk-card"), QSize(600, 470), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          return owning(new Desk::CardDialog(*s, busyPatron(ctx)), s);
                      }};
    screens << Screen{QStringLiteral("desk-payment"), QSize(520, 230), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          const QString card = one(ctx, QStringLiteral("SELECT p.card_number FROM patrons p JOIN fees f ON f.patron_id = p.id "
                                                                       "GROUP BY p.id ORDER BY sum(f.balance) DESC LIMIT 1"));
                          auto account = Circulation::Patrons(*ctx.core).account(s->caller, card);
                          Circulation::Patron p = account.ok() ? account->patron : Circulation::Patron{};
                          return owning(new Desk::PaymentDialog(*s, p, Desk::PaymentDialog::Kind::Payment, 0, 0), s);
                      }};
    screens << Screen{QStringLiteral("desk-receipt"), QSize(460, 420), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          const QString card = one(ctx, QStringLiteral("SELECT p.card_number FROM patrons p JOIN fees f ON f.patron_id = p.id "
                                                                       "GROUP BY p.id ORDER BY sum(f.balance) DESC LIMIT 1 OFFSET 1"));
                          auto r = Circulation::Fees(*ctx.core).pay(s->caller, card, 1000, QStringLiteral("cash"));
                          const QString text = r.ok() ? Desk::Slips::receipt(*s, *r) : r.error().message;
                          return owning(new Desk::SlipDialog(QApplication::translate("Aksara::Desk::CirculationPage", "Receipt"),
                                                             text),
                                        s);
                      }};
    screens << Screen{QStringLiteral("desk-problem"), QSize(560, 420), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *d = owning(new Desk::ProblemDialog(*s, Desk::deskServices()), s);
                          d->findChild<QLineEdit *>(QStringLiteral("problemTitleEdit"))
                              ->setText(ctx.language == QLatin1String("id")
                                            ? QStringLiteral("Pemindai kode batang di meja 1 tidak membaca kartu")
                                            : QStringLiteral("The barcode scanner at desk 1 does not read cards"));
                          d->findChild<QPlainTextEdit *>(QStringLiteral("problemDescriptionEdit"))
                              ->setPlainText(ctx.language == QLatin1String("id")
                                                 ? QStringLiteral("Sejak pagi lampu pemindai menyala tetapi tidak ada bunyi.")
                                                 : QStringLiteral("Since this morning the scanner lights up but does not beep."));
                          auto *service = d->findChild<QComboBox *>(QStringLiteral("problemServiceCombo"));
                          service->setCurrentIndex(service->findData(Services::Checkout));
                          d->findChild<QComboBox *>(QStringLiteral("problemImpactCombo"))->setCurrentIndex(1);
                          return d;
                      }};
    // Cataloguing. The simple form with the ISBN of a record the catalogue has: the warning.
    screens << Screen{QStringLiteral("desk-record"), QSize(700, 560), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *form = owning(new Desk::RecordForm(*s), s);
                          form->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Pride and Prejudice"));
                          form->findChild<QPlainTextEdit *>(QStringLiteral("authorsEdit"))->setPlainText(QStringLiteral("Austen, Jane"));
                          form->findChild<QLineEdit *>(QStringLiteral("publisherEdit"))->setText(QStringLiteral("Penguin Books"));
                          form->findChild<QLineEdit *>(QStringLiteral("placeEdit"))->setText(QStringLiteral("London"));
                          form->findChild<QLineEdit *>(QStringLiteral("yearEdit"))->setText(QStringLiteral("2003"));
                          form->findChild<QLineEdit *>(QStringLiteral("isbnEdit"))->setText(QStringLiteral("0-14-143951-3"));
                          form->findChild<QPlainTextEdit *>(QStringLiteral("subjectsEdit"))
                              ->setPlainText(QStringLiteral("English fiction\nCourtship -- Fiction"));
                          form->findChild<QLineEdit *>(QStringLiteral("callNumberEdit"))->setText(QStringLiteral("823.7 AUS p"));
                          auto *language = form->findChild<QComboBox *>(QStringLiteral("languageCombo"));
                          language->setCurrentIndex(language->findData(QStringLiteral("eng")));
                          form->checkIsbn();
                          return form;
                      }};
    // The simple form refused: each problem under its field.
    screens << Screen{QStringLiteral("desk-record-refused"), QSize(700, 560), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *form = owning(new Desk::RecordForm(*s), s);
                          form->findChild<QPlainTextEdit *>(QStringLiteral("authorsEdit"))->setPlainText(QStringLiteral("Hirata, Andrea"));
                          form->findChild<QLineEdit *>(QStringLiteral("yearEdit"))->setText(QStringLiteral("2205"));
                          form->findChild<QLineEdit *>(QStringLiteral("isbnEdit"))->setText(QStringLiteral("978-979-3062-79-0"));
                          form->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
                          return form;
                      }};
    // The MARC editor on a demo record with a mistyped tag and indicator: every problem at its field.
    screens << Screen{QStringLiteral("desk-marc"), QSize(960, 680), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          auto *editor = owning(new Desk::MarcEditor(*s, demoBib(ctx, QStringLiteral("Bumi Manusia")).toLongLong()), s);
                          editor->load();
                          QTableWidget *t = editor->table();
                          for (int r = 0; r < t->rowCount(); ++r) {
                              if (t->item(r, 0)->text() == QLatin1String("245"))
                                  t->item(r, 0)->setText(QStringLiteral("24a"));
                              else if (t->item(r, 0)->text() == QLatin1String("650") && t->item(r, 2)->text() == QLatin1String("4"))
                                  t->item(r, 2)->setText(QStringLiteral("X"));
                          }
                          editor->check();
                          auto *leader = editor->findChild<QLineEdit *>(QStringLiteral("leaderEdit"));
                          leader->setCursorPosition(6);
                          return editor;
                      }};
    // Copy cataloguing: a search at another library's SRU server, a record that our catalogue has.
    screens << Screen{QStringLiteral("desk-sru"), QSize(1040, 660), [](Shell::AppContext &ctx) -> QWidget * {
                          const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
                          (void)Catalogue::Catalogue(*ctx.core).reindex(admin); // the demo writes no search index
                          Desk::DeskSession *s = session(ctx);
                          auto *d = owning(new Desk::CopyCataloguing(*s), s);
                          auto *server = new LocalSru(*ctx.core, d);
                          Catalogue::SruTargets targets(*ctx.core);
                          const QString name = QStringLiteral("Perpustakaan Daerah Jawa Barat");
                          Catalogue::SruTargetChanges move;
                          move.baseUrl = server->url();
                          move.position = 0;
                          if (!targets.edit(admin, name, move).ok()) {
                              Catalogue::SruTarget t;
                              t.name = name;
                              t.baseUrl = server->url();
                              (void)targets.add(admin, t);
                              (void)targets.edit(admin, name, move);
                          }
                          d->loadTargets();
                          d->findChild<QLineEdit *>(QStringLiteral("sruAuthorEdit"))->setText(QStringLiteral("austen"));
                          d->search();
                          // The one our catalogue has (by its ISBN): the warning shows.
                          auto *results = d->findChild<QTableWidget *>(QStringLiteral("sruResultsTable"));
                          for (int r = 0; r < results->rowCount(); ++r)
                              if (!results->item(r, 3)->text().isEmpty())
                                  results->setCurrentCell(r, 0);
                          return d;
                      }};
    // A copy being added with a barcode already on another copy.
    screens << Screen{QStringLiteral("desk-copy"), QSize(560, 370), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          const QString bib = demoBib(ctx, QStringLiteral("Bumi Manusia"));
                          auto *d = owning(new Desk::CopyDialog(*s, bib.toLongLong(), QStringLiteral("Bumi Manusia"),
                                                                one(ctx, QStringLiteral("SELECT call_number FROM bib_records WHERE id = %1").arg(bib))),
                                           s);
                          auto *barcode = d->findChild<QLineEdit *>(QStringLiteral("barcodeEdit"));
                          barcode->setText(one(ctx, QStringLiteral("SELECT barcode FROM items ORDER BY id LIMIT 1")));
                          d->checkBarcode();
                          d->findChild<QComboBox *>(QStringLiteral("locationCombo"))->setCurrentText(QStringLiteral("Fiksi Indonesia"));
                          d->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("95.000"));
                          return d;
                      }};
    // Spine labels for a title's copies, the first one previewed as it prints.
    screens << Screen{QStringLiteral("desk-labels"), QSize(660, 470), [](Shell::AppContext &ctx) -> QWidget * {
                          Desk::DeskSession *s = session(ctx);
                          QStringList barcodes;
                          auto q = ctx.db->exec(QStringLiteral("SELECT barcode FROM items WHERE bib_id = ? ORDER BY barcode"),
                                                {demoBib(ctx, QStringLiteral("Bumi Manusia"))});
                          while (q.ok() && q->next())
                              barcodes << q->value(0).toString();
                          if (q.ok())
                              q->finish();
                          auto *d = owning(new Desk::LabelsDialog(*s, barcodes), s);
                          d->setOutputPath(QStringLiteral("/home/pustakawan/Dokumen/label-punggung-bumi-manusia.pdf"));
                          return d;
                      }};
    // The patron's notices: an overdue notice that failed (the SMS gateway could not be reached)
    // and waits for its retry, beside the ones still queued.
    screens << Screen{QStringLiteral("desk-notices"), QSize(1180, 760), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *w = window(ctx);
                          const Caller admin = Caller::localAdministrator(QStringLiteral("screenshots"));
                          Library::Settings settings(*ctx.core);
                          (void)settings.set(admin, Notices::SettingKeys::HttpUrl, QStringLiteral("http://127.0.0.1:1/sms"));
                          (void)Notices::Notices(*ctx.core).scan(admin);
                          // The patron of the first notice to go: it is tried (and fails) now.
                          const QString card = one(ctx, QStringLiteral("SELECT p.card_number FROM notice_deliveries d JOIN patrons p ON "
                                                                       "p.id = d.patron_id ORDER BY d.next_attempt_at, d.id LIMIT 1"));
                          (void)Notices::Sender(*ctx.core, QStringLiteral("screenshots")).sendDue(admin, 1);
                          scan(w, card);
                          if (auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("patronTabs")))
                              tabs->setCurrentIndex(3);
                          return w;
                      }};
    return screens;
}

} // namespace Aksara::Screens
