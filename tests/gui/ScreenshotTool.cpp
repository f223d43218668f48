// Renders every main screen of Aksara's windows on a library, in one language, to PNG files.
//   aksara_screenshots --db LIBRARY --lang id|en --out DIR [--only NAME]
// tools/screenshots runs it on a fresh demo library in both languages.
#include "Screens.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>

#include <cstdio>

using namespace Aksara;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("library"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("id or en"), QStringLiteral("LANG"), QStringLiteral("id")});
    p.addOption({QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("DIR"), QStringLiteral(".")});
    p.addOption({QStringLiteral("only"), QStringLiteral("one screen"), QStringLiteral("NAME")});
    p.process(app);
    const QString lang = Shell::installTranslations(p.value(QStringLiteral("lang")));
    QLocale::setDefault(QLocale(lang == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                                lang == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedKingdom));
    auto ctx = Shell::openLibrary(p.value(QStringLiteral("db")), std::make_unique<SystemClock>());
    if (!ctx.ok()) {
        std::fprintf(stderr, "aksara_screenshots: %s\n", qPrintable(ctx.error().message));
        return 1;
    }
    ctx->language = lang;
    QDir().mkpath(p.value(QStringLiteral("out")));
    int failures = 0;
    for (const Screens::Screen &s : Screens::all()) {
        if (p.isSet(QStringLiteral("only")) && s.name != p.value(QStringLiteral("only")))
            continue;
        QWidget *w = s.build(*ctx);
        w->resize(s.size);
        w->show();
        for (int i = 0; i < 10; ++i)
            QApplication::processEvents();
        const QString file = QDir(p.value(QStringLiteral("out"))).filePath(QStringLiteral("%1-%2.png").arg(s.name, lang));
        if (!w->grab().save(file)) {
            std::fprintf(stderr, "aksara_screenshots: cannot write %s\n", qPrintable(file));
            ++failures;
        } else {
            std::printf("%s\n", qPrintable(file));
        }
        delete w;
    }
    return failures == 0 ? 0 : 1;
}
