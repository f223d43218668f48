#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef AKSARA_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QStandardPaths>

// Catch2's test discovery runs this binary before CTest's environment applies, so the platform
// is chosen here: offscreen unless the caller asked for another.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef AKSARA_TEST_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    // Settings (QSettings) and standard paths go to the test folders, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
