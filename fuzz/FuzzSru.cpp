// libFuzzer harness: SRU request handling (fuzz/README.md) — the parameters of a GET query string
// or a form-encoded POST body (Sru::Service::parseParameters) answered by the library
// (Server::SruLibraryBackend::handle: CQL, the catalogue search, paging, record schemas, every
// diagnostic) on a small real library (FuzzLibrary.h), as aksara-server's /sru route does.
//
// Checked beyond the sanitizers: every answer is well-formed XML (a client must be able to read
// even the diagnostic for its own bad request), and never diagnostic 1 "general system error"
// (the library here is healthy: a system error can only be bad input that was not refused).
#include "FuzzLibrary.h"

#include "server/SruLibraryBackend.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

using namespace Aksara;
using namespace Aksara::Fuzz;

namespace {
struct Harness {
    FuzzLibrary library;
    Server::SruLibraryBackend backend{*library.core, {QStringLiteral("katalog.example"), 8080, QStringLiteral("aksara"), 10, 4}};
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_sru";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Harness harness;

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto answer = harness.backend.handle(Sru::Service::parseParameters(bytes), QStringLiteral("192.0.2.1"));
    QXmlStreamReader xml(answer.body);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError() || answer.body.isEmpty()) {
        std::fprintf(stderr, "not well-formed XML (%s): %s\n", qPrintable(xml.errorString()), answer.body.constData());
        __builtin_trap();
    }
    if (answer.diagnostic == 1) {
        std::fprintf(stderr, "system error for a request: %s\n", answer.body.constData());
        __builtin_trap();
    }
    harness.library.clock.tick();
    return 0;
}
