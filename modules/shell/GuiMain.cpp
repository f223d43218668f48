#include "shell/GuiMain.h"

#include <QApplication>
#include <QSettings>

#include "shell/DatabaseDialog.h"
#include <QPixmap>

#include <cstdio>

namespace Aksara::Shell {

QString takeRememberedDatabase(QSettings &settings)
{
    const QString url = settings.value(QStringLiteral("database/url")).toString();
    if (DatabaseConfig::hasPassword(url)) {
        settings.setValue(QStringLiteral("database/url"), DatabaseConfig::withoutPassword(url));
        settings.sync();
    }
    return url;
}

void rememberDatabase(QSettings &settings, const QString &url)
{
    settings.setValue(QStringLiteral("database/url"), DatabaseConfig::withoutPassword(url));
    settings.sync();
}

int runWindowApp(int argc, char *argv[], const QString &programName,
                 const std::function<QWidget *(AppContext &)> &makeWindow, const LibraryOpener &open)
{
    if (!hasDisplay()) {
        std::fprintf(stdout,
                     "%s: no display found (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open.\n"
                     "Use the library without a window through the command line, for example:\n"
                     "  aksara --db LIBRARY status\n"
                     "Or open the window on a virtual display:  xvfb-run -a %s --db LIBRARY\n"
                     "or render it off screen:  QT_QPA_PLATFORM=offscreen %s --db LIBRARY\n",
                     qPrintable(programName), qPrintable(programName), qPrintable(programName));
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(programName);
    QApplication::setOrganizationName(QStringLiteral("Aksara"));
    const CommonOptions options = parseCommonOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(programName), qPrintable(options.error));
        return 2;
    }
    QSettings settings;
    const QString lang = installTranslations(options.language.isEmpty() ? settings.value(QStringLiteral("ui/language")).toString()
                                                                        : options.language);
    // The library: --db, AKSARA_DB, the remembered choice, or ask (first run). Settings never keep
    // a database password (docs/security.md, "Least privilege"): one remembered by an older
    // version is used for this start and removed from the settings now.
    QString url = options.db.isEmpty() ? takeRememberedDatabase(settings) : options.db;
    // What to connect with (may hold a password, for this start only) and what to remember.
    QString session = url;
    const bool interactive = !options.rest.contains(QStringLiteral("--screenshot"));
    QString problem;
    Result<AppContext> ctx = Error::failed(QStringLiteral("storage.not_found"), QString());
    while (true) {
        if (url.isEmpty() || !problem.isEmpty()) {
            if (!interactive) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(programName),
                             qPrintable(problem.isEmpty() ? QStringLiteral("no database (--db)") : problem));
                return 2;
            }
            DatabaseDialog dialog(url, problem);
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            url = dialog.url();
            session = dialog.connectionUrl();
        }
        ctx = open ? open(session, std::make_unique<SystemClock>()) : openLibrary(session, std::make_unique<SystemClock>());
        if (ctx.ok())
            break;
        std::fprintf(stderr, "%s: %s\n", qPrintable(programName), qPrintable(ctx.error().message));
        problem = ctx.error().message;
    }
    if (options.db.isEmpty())
        rememberDatabase(settings, url);
    // The context keeps what may be shown; the password stays in the open connection only.
    ctx->dbUrl = DatabaseConfig::withoutPassword(ctx->dbUrl);
    ctx->language = lang;
    QWidget *window = makeWindow(*ctx);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    // --screenshot FILE: render the window once and exit (tools/screenshots uses it).
    const int shot = int(options.rest.indexOf(QStringLiteral("--screenshot")));
    if (shot >= 0 && shot + 1 < options.rest.size()) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const bool saved = window->grab().save(options.rest.at(shot + 1));
        delete window;
        return saved ? 0 : 1;
    }
    const int rc = QApplication::exec();
    delete window;
    return rc;
}

} // namespace Aksara::Shell
