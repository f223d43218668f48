#include "notices/HttpGateway.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace Aksara::Notices {

namespace {
// The characters of a JSON string's inside.
QString jsonEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}
} // namespace

QByteArray HttpGateway::body(const HttpGatewayConfig &config, const QHash<QString, QString> &values)
{
    const bool json = config.contentType.startsWith(QLatin1String("application/json"), Qt::CaseInsensitive);
    const bool form = config.contentType.startsWith(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive);
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(config.bodyTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        out += config.bodyTemplate.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString key = m.captured(1);
        if (!values.contains(key)) {
            out += m.captured(0);
            continue;
        }
        const QString v = values.value(key);
        out += json ? jsonEscaped(v) : form ? QString::fromLatin1(QUrl::toPercentEncoding(v)) : v;
    }
    out += config.bodyTemplate.mid(last);
    return out.toUtf8();
}

Status HttpGateway::post(const HttpGatewayConfig &config, const QHash<QString, QString> &values)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, config.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Aksara notices"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(config.timeoutMs);
    if (!config.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + config.bearerToken.toUtf8());
    QNetworkReply *reply = nam.post(request, body(config, values));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A body larger than this is not read: the status line is what counts.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > 64 * 1024)
            reply->abort();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(config.timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    const QString errText = reply->errorString();
    const QByteArray answer = reply->read(300);
    reply->deleteLater();
    const QString host = config.url.host();
    if (status == 0) {
        if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError)
            return Error::failed(QStringLiteral("notices.http_timeout"), tr("The gateway %1 did not answer in time.").arg(host));
        return Error::failed(QStringLiteral("notices.http_unreachable"), tr("Cannot reach the gateway %1: %2.").arg(host, errText));
    }
    if (status >= 200 && status < 300)
        return {};
    // 400 and 422: the gateway refuses this message (a phone number it cannot serve); trying again
    // cannot help. Any other answer may be the gateway's or its account's trouble: tried again.
    const bool permanent = status == 400 || status == 422;
    const QJsonObject details{{QStringLiteral("http_status"), status}, {QStringLiteral("permanent"), permanent}};
    const QString message = tr("The gateway %1 answered HTTP %2: %3").arg(host).arg(status).arg(QString::fromUtf8(answer).simplified());
    if (permanent)
        return Error::refused(QStringLiteral("notices.http_rejected"), message, details);
    return Error::failed(QStringLiteral("notices.http_temporary"), message, details);
}

} // namespace Aksara::Notices
