#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

namespace Aksara::Notices {

// A generic HTTP gateway for SMS or WhatsApp: one POST per notice to `url` with `bodyTemplate`,
// whose {name} placeholders are replaced by the values given, each escaped for the content type
// (inside a JSON string when the type is application/json, form-encoded for
// application/x-www-form-urlencoded, as they are otherwise). A 2xx answer is a sent notice.
struct HttpGatewayConfig {
    QUrl url;
    QString bodyTemplate;
    QString contentType = QStringLiteral("application/json");
    QString bearerToken; // read from the token file; empty: no Authorization header
    int timeoutMs = 30000;
};

// Errors (details.permanent when trying again cannot help):
//   notices.http_unreachable   the gateway cannot be reached, or the connection broke
//   notices.http_timeout       no complete answer within timeoutMs
//   notices.http_rejected      400 or 422: the gateway refuses this message (refused, permanent)
//   notices.http_temporary     any other answer that is not 2xx (401, 429, 5xx...): tried again
// Blocks the calling thread (a local event loop) until the answer or the time-out.
class HttpGateway {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Notices::HttpGateway)

public:
    static QByteArray body(const HttpGatewayConfig &config, const QHash<QString, QString> &values);
    static Status post(const HttpGatewayConfig &config, const QHash<QString, QString> &values);
};

} // namespace Aksara::Notices
