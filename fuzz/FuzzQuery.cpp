// libFuzzer harness: the query box's syntax and CQL from untrusted text (fuzz/README.md). Every
// query that parses is also turned into what the engines receive (FTS5 and tsquery) and matched
// against a document, as a search does.
#include "catalogue/Cql.h"
#include "catalogue/Query.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Aksara;
using namespace Aksara::Catalogue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_query";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    for (int cql = 0; cql < 2; ++cql) {
        auto q = cql ? parseCql(text) : parseQuery(text);
        if (!q.ok())
            continue;
        (void)toFts5(*q);
        bool recheck = false;
        (void)toTsquery(*q, &recheck);
        (void)scoringTerms(*q);
        (void)q->describe();
    }
    return 0;
}
