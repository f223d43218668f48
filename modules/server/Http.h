#pragma once

// One HTTP request and its answer, as plain values: handlers take the one and return the other
// (no global state), so that they run on the worker threads of HttpFront.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace Aksara::Server {

struct HttpRequest {
    QByteArray method; // GET | HEAD | POST | PUT | DELETE | OPTIONS
    QString path;      // "/api/v1/kiosk/loans", percent-decoded
    QUrlQuery query;
    QByteArray rawQuery;                   // the query string as sent (without '?')
    QHash<QByteArray, QByteArray> headers; // names in lower case; a repeated header's values joined by ", "
    QByteArray body;
    QString remoteAddress;                 // the peer, for the log and the SRU record
    int minorVersion = 1;                  // HTTP/1.<minor>
    bool keepAlive = true;                 // false: the connection closes after the answer

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers = {}; // more header lines (name, value)
};

// The reason phrase of a status code ("Not Found").
QByteArray httpReason(int status);

} // namespace Aksara::Server
