// libFuzzer harness: MARC records from untrusted bytes (fuzz/README.md): ISO 2709 (UTF-8 and
// MARC-8), MARCXML, and the reader over a whole file, as an import of a stranger's file would.
#include "catalogue/MarcIo.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Aksara;
using namespace Aksara::Catalogue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_marc";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    for (MarcEncoding e : {MarcEncoding::Auto, MarcEncoding::Utf8, MarcEncoding::Marc8}) {
        auto record = parseIso2709(bytes, e);
        if (record.ok())
            (void)writeIso2709(*record); // what was read can be written back
    }
    (void)parseMarcXml(bytes);
    (void)parseMarcXml(bytes, true);
    for (MarcFormat f : {MarcFormat::Auto, MarcFormat::Iso2709, MarcFormat::MarcXml}) {
        auto reader = MarcReader::fromBytes(bytes, f);
        MarcReadItem item;
        int n = 0;
        while (reader && reader->next(item) && ++n < 10000) {
        }
    }
    return 0;
}
