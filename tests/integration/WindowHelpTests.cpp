// The window programs answer --help and --version without a display, a window or a library, in
// both languages (the manual pages are made from this output at build time).
#include "QtCatch.h"

#include <QProcess>

namespace {
struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AKSARA_DB", "AKSARA_LANG"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("LANG"), lang == QLatin1String("id") ? QStringLiteral("id_ID.UTF-8") : QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("window programs: --help and --version without a display", "[gui][help]")
{
    const struct {
        const char *path;
        const char *name;
        QStringList own; // options only this program has
    } programs[] = {
        {AKSARA_DESK, "aksara-desk", {QStringLiteral("--station CODE"), QStringLiteral("--branch CODE")}},
        {AKSARA_KIOSK, "aksara-kiosk", {QStringLiteral("--queue FILE"), QStringLiteral("--idle SECONDS"), QStringLiteral("--windowed")}},
        {AKSARA_REPORTS, "aksara-reports", {QStringLiteral("--station CODE")}},
    };
    for (const auto &program : programs) {
        INFO(program.name);
        const QString path = QString::fromUtf8(program.path);
        Run r = run(path, {QStringLiteral("--help")});
        CHECK(r.exit == 0);
        // (The kiosk's usage line starts with its two modes: --server URL --station CODE | --db LIBRARY.)
        CHECK(r.out.startsWith(QStringLiteral("Usage: %1 [--").arg(QLatin1String(program.name))));
        for (const QString &option : program.own)
            CHECK(r.out.contains(QStringLiteral("\n  ") + option));
        for (const char *common : {"--db LIBRARY", "--lang id|en", "-h, --help", "--version", "AKSARA_DB", "Environment:"})
            CHECK(r.out.contains(QLatin1String(common)));
        CHECK_FALSE(r.out.contains(QStringLiteral("no display")));
        // No line of the description is longer than a terminal.
        for (const QString &line : r.out.section(QStringLiteral("\n\n"), 1, 1).split(QLatin1Char('\n')))
            CHECK(line.size() <= 78);

        // Indonesian by --lang, and by the system's language.
        r = run(path, {QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("-h")});
        CHECK(r.exit == 0);
        CHECK(r.out.startsWith(QStringLiteral("Penggunaan: %1").arg(QLatin1String(program.name))));
        CHECK(r.out.contains(QStringLiteral("Variabel lingkungan:")));
        CHECK(r.out.contains(QStringLiteral("tampilkan bantuan ini lalu keluar")));
        r = run(path, {QStringLiteral("--help")}, QStringLiteral("id"));
        CHECK(r.out.startsWith(QStringLiteral("Penggunaan: ")));

        r = run(path, {QStringLiteral("--version")});
        CHECK(r.exit == 0);
        CHECK(r.out == QStringLiteral("%1 %2\n").arg(QLatin1String(program.name), QStringLiteral(AKSARA_VERSION)));

        // Without --help the program still explains that it needs a display, and opens nothing.
        r = run(path, {});
        CHECK(r.exit == 0);
        CHECK(r.out.contains(QStringLiteral("no display")));
    }
}
