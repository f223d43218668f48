// libFuzzer harness: the kiosk API's request handling, Server::KioskApi::handle (fuzz/README.md),
// on a small real library (FuzzLibrary.h) — what a stranger at a kiosk, or on the network in
// front of the server, can send once the HTTP layer has cut a request into its parts.
//
// The input is a request written roughly as HTTP:
//     METHOD SP PATH[?QUERY] LF
//     Name: value LF            (any number of headers; names are folded to lower case as the
//     LF                         server does)
//     BODY
// In header values, @TOKEN@ stands for the station kiosk-1's real token, @SESSION@ for a signed-in
// patron's session token and @STAFF@ for nothing valid (staff sign-in is rate-limited and costly);
// in the body, @CARD@ and @CARD2@ stand for the two patrons' card numbers, so that the fuzzer
// reaches the routes behind the station's and the patron's authentication.
//
// Checked beyond the sanitizers: every answer has a status the API documents for a refusal or a
// success (never 503 "the library failed": the library here is healthy, so a failure can only be
// bad input that was not refused), and a JSON object body.
#include "FuzzLibrary.h"

#include "server/KioskApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Aksara;
using namespace Aksara::Fuzz;

namespace {

struct Harness {
    FuzzLibrary library;
    Server::KioskApi api{*library.core, options(library)};
    QByteArray session; // the harness's own patron session (Budi's), re-opened when it ended

    static Server::KioskApi::Options options(FuzzLibrary &l)
    {
        Server::KioskApi::Options o;
        o.keyPath = l.dir.filePath(QStringLiteral("kiosk.key"));
        return o;
    }

    Harness()
    {
        need(api.prepare(), "kiosk key");
        signIn();
    }

    QHash<QByteArray, QByteArray> stationHeaders() const
    {
        return {{"x-aksara-station", "kiosk-1"}, {"authorization", "Bearer " + library.stationToken.toUtf8()}};
    }

    void signIn()
    {
        Server::HttpRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/api/v1/kiosk/sessions");
        r.headers = stationHeaders();
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("card"), library.budi}, {QStringLiteral("pin"), QStringLiteral("1357")}})
                     .toJson(QJsonDocument::Compact);
        const Server::HttpResponse answer = api.handle(r);
        // Budi's card may be locked by the fuzzer's wrong PINs: then there is no session.
        session = answer.status == 200
                      ? QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("session")).toString().toUtf8()
                      : QByteArray("no-session");
    }

    QByteArray substitute(QByteArray value) const
    {
        return value.replace("@TOKEN@", library.stationToken.toUtf8())
            .replace("@SESSION@", session)
            .replace("@CARD2@", library.siti.toUtf8())
            .replace("@CARD@", library.budi.toUtf8());
    }

    Server::HttpRequest parse(const QByteArray &bytes) const
    {
        Server::HttpRequest r;
        const qsizetype headEnd = bytes.indexOf("\n\n");
        const QByteArray head = headEnd < 0 ? bytes : bytes.left(headEnd);
        if (headEnd >= 0)
            r.body = substitute(bytes.mid(headEnd + 2));
        QList<QByteArray> lines = head.split('\n');
        const QByteArray requestLine = lines.takeFirst();
        const qsizetype space = requestLine.indexOf(' ');
        r.method = space < 0 ? requestLine : requestLine.left(space);
        const QByteArray target = space < 0 ? QByteArray() : requestLine.mid(space + 1);
        const qsizetype question = target.indexOf('?');
        r.path = QString::fromUtf8(question < 0 ? target : target.left(question));
        if (question >= 0)
            r.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        for (const QByteArray &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), substitute(line.mid(colon + 1).trimmed()));
        }
        return r;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_kiosk";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Harness harness;

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int sessionsBefore = harness.api.sessionCount();
    const Server::HttpResponse answer = harness.api.handle(harness.parse(bytes));
    static const QList<int> documented = {200, 400, 401, 403, 404, 409, 413, 429};
    if (!documented.contains(answer.status)) {
        std::fprintf(stderr, "undocumented status %d: %s\n", answer.status, answer.body.constData());
        __builtin_trap();
    }
    QJsonParseError error;
    if (!QJsonDocument::fromJson(answer.body, &error).isObject()) {
        std::fprintf(stderr, "answer is not a JSON object: %s\n", answer.body.constData());
        __builtin_trap();
    }
    harness.library.clock.tick();
    if (harness.api.sessionCount() != sessionsBefore)
        harness.signIn();
    return 0;
}
