// The library's structure at the desk: the administration pages on the demo library, and each
// step of the first-run assistant on a new, empty library (docs/screenshots/desk-admin-*,
// desk-setup-*).
#include "Screens.h"

#include "desk/BranchesAdminPage.h"
#include "desk/CategoriesAdminPage.h"
#include "desk/DeskStart.h"
#include "desk/Format.h"
#include "desk/ItemTypesAdminPage.h"
#include "desk/LibraryAdminPage.h"
#include "desk/LocationsAdminPage.h"
#include "desk/SettingsAdminPage.h"
#include "desk/SetupAssistant.h"
#include "desk/StructureFields.h"

#include "library/Administration.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

namespace Aksara::Screens {

namespace {
// The demo library's administrator at desk-1; the session lives as long as the page.
template<typename P>
P *adminPage(Shell::AppContext &ctx)
{
    const Caller who = Caller::staff(Channel::Desk, 0, QStringLiteral("admin"), Role::Admin, QStringLiteral("desk-1"));
    auto info = Desk::LibraryInfo::load(*ctx.core, who);
    Desk::Format::setLibraryZone(info.ok() ? info->zone : QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    auto *session = new Desk::DeskSession{*ctx.core, who, QStringLiteral("desk-1"), info.ok() ? info->defaultBranch : QString(),
                                          info.ok() ? *info : Desk::LibraryInfo{}, QStringLiteral("admin")};
    auto *page = new P(*session);
    QObject::connect(page, &QObject::destroyed, [session] { delete session; });
    page->setWindowTitle(page->title());
    page->refresh();
    return page;
}

bool id(const Shell::AppContext &ctx)
{
    return ctx.language == QLatin1String("id");
}

void setText(QWidget *in, const QString &name, const QString &text)
{
    if (auto *edit = in->findChild<QLineEdit *>(name))
        edit->setText(text);
}

// A logo as a library would have one: a green mark and its name.
QString logoFile(const QString &dir)
{
    QImage logo(420, 160, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1b, 0x5e, 0x20));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(10, 20, 120, 120));
    p.setPen(Qt::white);
    QFont mark = p.font();
    mark.setPixelSize(72);
    mark.setBold(true);
    p.setFont(mark);
    p.drawText(QRectF(10, 20, 120, 120), Qt::AlignCenter, QStringLiteral("S"));
    p.setPen(QColor(0x1b, 0x5e, 0x20));
    QFont name = p.font();
    name.setPixelSize(34);
    p.setFont(name);
    p.drawText(QRectF(150, 30, 270, 100), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("Perpustakaan\nSukamaju"));
    p.end();
    const QString path = dir + QStringLiteral("/logo.png");
    logo.save(path);
    return path;
}

// A new, empty library for the assistant, kept as long as the assistant.
struct NewLibrary : QObject {
    QTemporaryDir dir;
    Shell::AppContext ctx;
};

// The assistant on a new library, filled as a librarian would fill it, up to page `upTo`.
Desk::SetupAssistant *assistant(Shell::AppContext &demo, int upTo)
{
    auto *library = new NewLibrary;
    auto opened = Desk::openDeskLibrary(library->dir.filePath(QStringLiteral("baru.sqlite")), std::make_unique<SystemClock>());
    if (!opened.ok())
        qFatal("screens: %s", qPrintable(opened.error().message));
    library->ctx = std::move(*opened);
    auto *a = new Desk::SetupAssistant(*library->ctx.core, Caller::localAdministrator(QStringLiteral("screenshots")),
                                       demo.language);
    library->setParent(a);
    a->restart();
    auto next = [a] {
        a->next();
        QApplication::processEvents();
    };
    if (upTo == Desk::SetupAssistant::LanguageId)
        return a;
    next();
    QWidget *page = a->currentPage();
    setText(page, QStringLiteral("nameEdit"), QStringLiteral("Perpustakaan Kota Sukamaju"));
    setText(page, QStringLiteral("addressEdit"), QStringLiteral("Jl. Pahlawan No. 10, Sukamaju"));
    setText(page, QStringLiteral("phoneEdit"), QStringLiteral("0561 123456"));
    setText(page, QStringLiteral("emailEdit"), QStringLiteral("layanan@perpus.sukamaju.go.id"));
    static_cast<Desk::SetupLibraryPage *>(page)->fields()->setLogoFile(logoFile(library->dir.path()));
    if (upTo == Desk::SetupAssistant::LibraryId)
        return a;
    next();
    setText(a->currentPage(), QStringLiteral("emailEdit"), QStringLiteral("pusat@perpus.sukamaju.go.id"));
    if (upTo == Desk::SetupAssistant::BranchId)
        return a;
    next();
    static_cast<Desk::SetupCategoriesPage *>(a->currentPage())->selectCode(QStringLiteral("ANAK"));
    if (upTo == Desk::SetupAssistant::CategoriesId)
        return a;
    next();
    if (upTo == Desk::SetupAssistant::ItemTypesId)
        return a;
    next();
    page = a->currentPage();
    setText(page, QStringLiteral("usernameEdit"), QStringLiteral("kepala"));
    setText(page, QStringLiteral("displayNameEdit"), QStringLiteral("Dewi Lestari"));
    setText(page, QStringLiteral("passwordEdit"), QStringLiteral("buku-untuk-semua"));
    setText(page, QStringLiteral("repeatEdit"), QStringLiteral("buku-untuk-semua"));
    if (upTo == Desk::SetupAssistant::AdminId)
        return a;
    next();
    return a;
}
} // namespace

QList<Screen> deskLibraryScreens()
{
    QList<Screen> screens;
    screens << Screen{QStringLiteral("desk-admin-library"), QSize(1000, 640), [](Shell::AppContext &ctx) -> QWidget * {
                          return adminPage<Desk::LibraryAdminPage>(ctx);
                      }};
    screens << Screen{QStringLiteral("desk-admin-branches"), QSize(1100, 560), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::BranchesAdminPage>(ctx);
                          page->select(QStringLiteral("TAMAN"));
                          return page;
                      }};
    // A new branch refused: its code is taken and its calendar does not exist.
    screens << Screen{QStringLiteral("desk-admin-branch-refused"), QSize(1100, 620), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::BranchesAdminPage>(ctx);
                          page->newBranch();
                          setText(page, QStringLiteral("codeEdit"), QStringLiteral("PUSAT"));
                          setText(page, QStringLiteral("nameEdit"), id(ctx) ? QStringLiteral("Cabang Timur") : QStringLiteral("East branch"));
                          setText(page, QStringLiteral("addressEdit"), QStringLiteral("Jl. Sudirman 45"));
                          page->findChild<QComboBox *>(QStringLiteral("calendarEdit"))->setEditText(QStringLiteral("timur"));
                          page->save();
                          return page;
                      }};
    screens << Screen{QStringLiteral("desk-admin-branch-close"), QSize(560, 300), [](Shell::AppContext &ctx) -> QWidget * {
                          const Caller who = Caller::staff(Channel::Desk, 0, QStringLiteral("admin"), Role::Admin, QStringLiteral("desk-1"));
                          auto *session = new Desk::DeskSession{*ctx.core, who, QStringLiteral("desk-1"), QString(), Desk::LibraryInfo{},
                                                                QStringLiteral("admin")};
                          Library::BranchInfo taman;
                          auto branches = Library::Administration(*ctx.core).branches(who);
                          if (branches.ok())
                              for (const Library::BranchInfo &b : std::as_const(*branches))
                                  if (b.code == QLatin1String("TAMAN"))
                                      taman = b;
                          auto *dialog = new Desk::CloseBranchDialog(*session, taman);
                          QObject::connect(dialog, &QObject::destroyed, [session] { delete session; });
                          dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
                              ->setText(id(ctx) ? QStringLiteral("Gedung direnovasi sampai Maret")
                                                : QStringLiteral("The building is renovated until March"));
                          return dialog;
                      }};
    screens << Screen{QStringLiteral("desk-admin-categories"), QSize(1180, 600), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::CategoriesAdminPage>(ctx);
                          page->select(QStringLiteral("ANAK"));
                          return page;
                      }};
    screens << Screen{QStringLiteral("desk-admin-item-types"), QSize(1100, 520), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::ItemTypesAdminPage>(ctx);
                          page->select(QStringLiteral("reference"));
                          return page;
                      }};
    screens << Screen{QStringLiteral("desk-admin-locations"), QSize(1000, 560), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::LocationsAdminPage>(ctx);
                          page->selectBranch(QStringLiteral("PUSAT"));
                          page->select(QStringLiteral("Ruang Multimedia"));
                          return page;
                      }};
    screens << Screen{QStringLiteral("desk-admin-settings"), QSize(1000, 1000), [](Shell::AppContext &ctx) -> QWidget * {
                          return adminPage<Desk::SettingsAdminPage>(ctx);
                      }};
    // The card prefix refused at its field.
    screens << Screen{QStringLiteral("desk-admin-settings-refused"), QSize(1000, 560), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *page = adminPage<Desk::SettingsAdminPage>(ctx);
                          setText(page, QStringLiteral("cardPrefixEdit"), QStringLiteral("skm-1"));
                          page->save();
                          return page;
                      }};

    const QList<std::pair<QString, int>> steps{{QStringLiteral("desk-setup-language"), Desk::SetupAssistant::LanguageId},
                                               {QStringLiteral("desk-setup-library"), Desk::SetupAssistant::LibraryId},
                                               {QStringLiteral("desk-setup-branch"), Desk::SetupAssistant::BranchId},
                                               {QStringLiteral("desk-setup-categories"), Desk::SetupAssistant::CategoriesId},
                                               {QStringLiteral("desk-setup-item-types"), Desk::SetupAssistant::ItemTypesId},
                                               {QStringLiteral("desk-setup-admin"), Desk::SetupAssistant::AdminId},
                                               {QStringLiteral("desk-setup-summary"), Desk::SetupAssistant::SummaryId}};
    for (const auto &[name, step] : steps) {
        const int upTo = step;
        screens << Screen{name, QSize(820, 640), [upTo](Shell::AppContext &ctx) -> QWidget * { return assistant(ctx, upTo); }};
    }
    // Set up, and refused: the branch's e-mail; the assistant is back at the branch.
    screens << Screen{QStringLiteral("desk-setup-refused"), QSize(820, 640), [](Shell::AppContext &ctx) -> QWidget * {
                          auto *a = assistant(ctx, Desk::SetupAssistant::SummaryId);
                          auto *branch = a->page(Desk::SetupAssistant::BranchId);
                          setText(branch, QStringLiteral("emailEdit"), QStringLiteral("pusat@perpus"));
                          a->button(QWizard::FinishButton)->click();
                          for (int i = 0; i < 5; ++i)
                              QApplication::processEvents();
                          return a;
                      }};
    return screens;
}

} // namespace Aksara::Screens
