#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef AKSARA_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QStandardPaths>

#include "Require.h"

#include <cstdio>

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
    const int failed = Catch::Session().run(argc, argv);
    // A run that failed nothing but skipped a check for want of ../shared is not a pass: CTest
    // shows it as skipped (SKIP_RETURN_CODE 77), and the count is printed.
    if (failed == 0 && Aksara::Test::skippedCount() > 0) {
        std::fprintf(stderr, "%d check(s) skipped because ../shared/data is absent\n", Aksara::Test::skippedCount());
        return Aksara::Test::kSkipExitCode;
    }
    return failed;
}
