#pragma once

#include <QString>

namespace Aksara::Test {

// What a test needs from outside the project, required rather than hoped for.
//
// A tool: requireTool() gives the program's path, or FAILS the test (naming the Debian package)
// when it is not on PATH. `tools/install-deps --tests` installs every tool the suite uses, so a
// missing tool is a broken machine, never a reason to pass.
//
// ../shared/data (the real MARC records beside the project): requireSharedData() gives the
// absolute path of a file or folder under it. Where ../shared is absent altogether (a user's
// clone) the test is skipped, visibly: a line on stderr, and the process ends with exit code
// kSkipExitCode, which CTest counts as "Not Run (Skipped)" (SKIP_RETURN_CODE) instead of "Passed".
// Where ../shared is there, as in CI, a missing file under it is a failure.
//
//     const QString tool = requireTool("pdftotext", "poppler-utils");
//     AKSARA_REQUIRE_SHARED_DATA(path, "marc/loc.mrc");   // returns from the test when skipped
QString requireTool(const char *program, const char *debianPackage);
QString requireSharedData(const QString &relativePath);

inline constexpr int kSkipExitCode = 77;
// How many requireSharedData() calls skipped in this process (the test main turns a clean run
// with skips into kSkipExitCode).
int skippedCount();

} // namespace Aksara::Test

#define AKSARA_REQUIRE_SHARED_DATA(var, relative)                                                                      \
    const QString var = ::Aksara::Test::requireSharedData(QStringLiteral(relative));                                  \
    if (var.isEmpty())                                                                                                 \
    return
