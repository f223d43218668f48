// libFuzzer harness: bytes of an HTTP connection through Server::HttpRequestParser (fuzz/README.md).
//
// The first byte chooses the limits (the defaults, or small ones so that every bound is reached)
// and the size of the chunks the rest is fed in (one byte at a time up to all at once), as a
// socket would deliver it. Besides crashes, hangs and undefined behaviour it checks the parser's
// promises: what it holds stays within its limits, a request's body is never over the maximum,
// and after a refusal nothing more is parsed.
#include "server/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Aksara::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    HttpLimits limits;
    if (control & 0x80) {
        limits.maxRequestLine = 64;
        limits.maxHeaderBytes = 128;
        limits.maxHeaders = 4;
        limits.maxBody = 32;
    }
    const size_t chunk = (control & 0x7f) == 0 ? size : size_t(control & 0x7f);
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qint64 bound = limits.maxRequestLine + limits.maxHeaderBytes + limits.maxBody + 16;

    HttpRequestParser parser(limits);
    bool failed = false;
    for (qsizetype at = 0; at < input.size(); at += qsizetype(chunk)) {
        parser.feed(input.mid(at, qsizetype(chunk)));
        while (true) {
            HttpRequestParser::Event e = parser.next();
            if (e.kind == HttpRequestParser::Kind::NeedMore) {
                if (failed || parser.buffered() > bound)
                    std::abort(); // a refused connection parsed on, or unbounded buffering
                break;
            }
            if (e.kind == HttpRequestParser::Kind::Error) {
                if (e.status < 400 || e.status > 599 || parser.buffered() != 0)
                    std::abort();
                failed = true;
                break;
            }
            if (failed || e.request.body.size() > limits.maxBody || e.request.method.isEmpty()
                || (!e.request.path.startsWith(QLatin1Char('/')) && e.request.path != QLatin1String("*")))
                std::abort();
        }
        if (failed)
            break;
    }
    return 0;
}
