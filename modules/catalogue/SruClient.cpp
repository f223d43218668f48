#include "catalogue/SruClient.h"

#include "catalogue/BibFields.h"
#include "catalogue/MarcIo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

Error badResponse(const QString &why)
{
    return Error::failed(QStringLiteral("catalogue.sru_bad_response"), tr("The SRU server's answer cannot be read: %1").arg(why));
}

// Copies the element the reader stands on (and everything in it) as XML text.
QByteArray copyElement(QXmlStreamReader &xml)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    int depth = 0;
    do {
        if (xml.isStartElement()) {
            ++depth;
            w.writeStartElement(xml.namespaceUri().toString(), xml.name().toString());
            for (const QXmlStreamAttribute &a : xml.attributes())
                w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
        } else if (xml.isEndElement()) {
            --depth;
            w.writeEndElement();
            if (depth == 0)
                break;
        } else if (xml.isCharacters()) {
            w.writeCharacters(xml.text().toString());
        }
        xml.readNext();
    } while (!xml.atEnd());
    return out;
}
} // namespace

QUrl SruRequest::url() const
{
    // Every value percent-encoded by hand: a CQL query holds =, quotes and maybe + or &.
    auto pair = [](const char *key, const QString &value) -> QByteArray {
        return QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
    };
    QList<QByteArray> parts{pair("operation", QStringLiteral("searchRetrieve")), pair("version", version), pair("query", query),
                            pair("startRecord", QString::number(startRecord)),
                            pair("maximumRecords", QString::number(maximumRecords)), pair("recordSchema", recordSchema)};
    if (version.startsWith(QLatin1String("1.")))
        parts << pair("recordPacking", QStringLiteral("xml"));
    QUrl u = baseUrl;
    QByteArray q = u.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &p : std::as_const(parts)) {
        if (!q.isEmpty())
            q += '&';
        q += p;
    }
    u.setQuery(QString::fromLatin1(q), QUrl::TolerantMode);
    return u;
}

QJsonObject SruResponse::toJson() const
{
    QJsonArray recs, diags;
    for (const MarcRecord &r : records) {
        QJsonObject o = deriveFields(r).toJson();
        o.insert(QStringLiteral("marc"), QString::fromUtf8(writeMarcXml(r)));
        recs << o;
    }
    for (const SruDiagnostic &d : diagnostics)
        diags << QJsonObject{{QStringLiteral("uri"), d.uri}, {QStringLiteral("details"), d.details}, {QStringLiteral("message"), d.message}};
    return {{QStringLiteral("number_of_records"), numberOfRecords}, {QStringLiteral("records"), recs}, {QStringLiteral("diagnostics"), diags}};
}

Result<SruResponse> SruClient::parseResponse(const QByteArray &bytes)
{
    SruResponse response;
    QXmlStreamReader xml(bytes);
    bool sawResponse = false;
    QList<QByteArray> recordXml;
    SruDiagnostic current;
    bool inDiagnostic = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("searchRetrieveResponse")) {
                sawResponse = true;
            } else if (name == QLatin1String("numberOfRecords")) {
                bool ok = false;
                response.numberOfRecords = xml.readElementText().trimmed().toLongLong(&ok);
                if (!ok)
                    return badResponse(tr("numberOfRecords is not a number"));
            } else if (name == QLatin1String("diagnostic")) {
                inDiagnostic = true;
                current = SruDiagnostic{};
            } else if (inDiagnostic && name == QLatin1String("uri")) {
                current.uri = xml.readElementText().trimmed();
            } else if (inDiagnostic && name == QLatin1String("details")) {
                current.details = xml.readElementText().trimmed();
            } else if (inDiagnostic && name == QLatin1String("message")) {
                current.message = xml.readElementText().trimmed();
            } else if (name == QLatin1String("recordData")) {
                // Either the record itself (packing "xml") or its text (packing "string").
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement()) {
                        recordXml << copyElement(xml);
                        text.clear();
                        // skip to the end of recordData
                        while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == QLatin1String("recordData")))
                            xml.readNext();
                        break;
                    }
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isEndElement()) {
                        if (!text.trimmed().isEmpty())
                            recordXml << text.trimmed().toUtf8();
                        break;
                    }
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("diagnostic")) {
            inDiagnostic = false;
            response.diagnostics << current;
        }
    }
    if (xml.hasError())
        return badResponse(tr("not well-formed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (!sawResponse)
        return badResponse(tr("it is not a searchRetrieveResponse"));
    // Diagnostics first: a server that said no has no records worth reading.
    if (!response.diagnostics.isEmpty() && recordXml.isEmpty()) {
        const SruDiagnostic &d = response.diagnostics.first();
        return Error::refused(QStringLiteral("catalogue.sru_diagnostic"),
                              tr("The SRU server refused the search: %1%2 (%3)")
                                  .arg(d.message.isEmpty() ? d.uri : d.message)
                                  .arg(d.details.isEmpty() ? QString() : QStringLiteral(": ") + d.details)
                                  .arg(d.uri),
                              QJsonObject{{QStringLiteral("uri"), d.uri}, {QStringLiteral("details"), d.details}});
    }
    for (const QByteArray &r : std::as_const(recordXml)) {
        auto marc = parseMarcXml(r);
        if (!marc.ok())
            return badResponse(tr("a record is not MARCXML: %1").arg(marc.error().message));
        response.records << *marc;
    }
    return response;
}

SruClient::SruClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            QNetworkReply *r = m_reply;
            m_reply = nullptr;
            r->disconnect(this);
            r->abort();
            r->deleteLater();
            complete(Error::failed(QStringLiteral("catalogue.sru_timeout"), tr("The SRU server did not answer in time.")));
        }
    });
}

SruClient::~SruClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void SruClient::complete(Result<SruResponse> result)
{
    m_timer->stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    emit finished(result.ok(), result.ok() ? QString() : result.error().message);
    if (done)
        done(std::move(result));
}

void SruClient::search(const SruRequest &request, std::function<void(Result<SruResponse>)> done)
{
    if (busy()) {
        done(Error::refused(QStringLiteral("catalogue.sru_busy"), tr("A search is already running.")));
        return;
    }
    m_done = std::move(done);
    const QString scheme = request.baseUrl.scheme();
    if (!request.baseUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        complete(Error::refused(QStringLiteral("catalogue.sru_bad_url"),
                                tr("\"%1\" is not an http(s) address of an SRU server.").arg(request.baseUrl.toString())));
        return;
    }
    QNetworkRequest req(request.url());
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Aksara/%1").arg(QCoreApplication::applicationVersion()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(req);
    m_timer->start(request.timeoutMs);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            complete(Error::failed(QStringLiteral("catalogue.sru_unreachable"),
                                   tr("Cannot reach the SRU server: %1").arg(reply->errorString())));
            return;
        }
        // SRU servers answer some diagnostics with an HTTP error status and a response body.
        auto parsed = parseResponse(body);
        if (status != 200 && (!parsed.ok() && parsed.error().code != QLatin1String("catalogue.sru_diagnostic"))) {
            complete(Error::failed(QStringLiteral("catalogue.sru_http"), tr("The SRU server answered HTTP %1.").arg(status)));
            return;
        }
        complete(std::move(parsed));
    });
}

void SruClient::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *r = m_reply;
    m_reply = nullptr;
    r->disconnect(this);
    r->abort();
    r->deleteLater();
    complete(Error::refused(QStringLiteral("catalogue.sru_cancelled"), tr("The search was cancelled.")));
}

} // namespace Aksara::Catalogue
