#include "Require.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>
#include <cstdio>

namespace Aksara::Test {

namespace {
std::atomic<int> g_skipped{0};
}

QString requireTool(const char *program, const char *debianPackage)
{
    const QString path = QStandardPaths::findExecutable(QString::fromUtf8(program));
    if (path.isEmpty())
        FAIL(program << " is missing (Debian package " << debianPackage
                     << "; tools/install-deps --tests installs it): this check cannot run without it");
    return path;
}

QString requireSharedData(const QString &relativePath)
{
    const QString root = sharedDataDir();
    if (root.isEmpty()) {
        ++g_skipped;
        std::fprintf(stderr, "SKIPPED: ../shared/data is absent (a user's clone), so the check on %s did not run; "
                             "it runs in CI, where ../shared is there.\n",
                     qPrintable(relativePath));
        WARN("SKIPPED: ../shared/data is absent: " << relativePath.toStdString() << " not checked");
        return {};
    }
    const QString path = QDir(root).filePath(relativePath);
    if (!QFileInfo::exists(path))
        FAIL("../shared/data is there but " << path.toStdString() << " is missing");
    return path;
}

int skippedCount()
{
    return g_skipped.load();
}

} // namespace Aksara::Test
