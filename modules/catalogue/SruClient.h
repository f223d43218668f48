#pragma once

#include "catalogue/MarcRecord.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Aksara::Catalogue {

// An SRU searchRetrieve request for copy cataloguing: MARCXML records from another library.
struct SruRequest {
    QUrl baseUrl; // http://host/path (query items are added)
    QString query; // CQL
    int startRecord = 1;
    int maximumRecords = 10;
    QString version = QStringLiteral("1.2"); // or 2.0
    QString recordSchema = QStringLiteral("marcxml");
    int timeoutMs = 20000;
    QUrl url() const;
};

struct SruDiagnostic {
    QString uri; // info:srw/diagnostic/1/N
    QString details;
    QString message;
};

struct SruResponse {
    qint64 numberOfRecords = 0;
    QList<MarcRecord> records;
    QList<SruDiagnostic> diagnostics; // non-fatal ones, when records came too
    QJsonObject toJson() const;
};

// A cancellable SRU client on Qt Network (no GUI, no dialogs). It checks the response's
// diagnostics before it parses records, as an SRU client should.
//
// Errors: catalogue.sru_bad_url (refused), catalogue.sru_unreachable, catalogue.sru_timeout,
// catalogue.sru_http, catalogue.sru_bad_response (failed: the other system did not answer
// properly), catalogue.sru_diagnostic (refused: the server said no; details carry uri/details),
// catalogue.sru_cancelled.
// Thread affinity: the thread it lives in, with an event loop.
class SruClient : public QObject {
    Q_OBJECT
public:
    explicit SruClient(QObject *parent = nullptr);
    ~SruClient() override;

    // Starts a search; `done` is called exactly once (also on cancel()). One search at a time.
    void search(const SruRequest &request, std::function<void(Result<SruResponse>)> done);
    void cancel();
    bool busy() const { return !m_reply.isNull(); }

    // Parses an SRU 1.1/1.2/2.0 searchRetrieveResponse (records packed as XML or as strings).
    static Result<SruResponse> parseResponse(const QByteArray &xml);

signals:
    void finished(bool ok, const QString &message);

private:
    void complete(Result<SruResponse> result);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    std::function<void(Result<SruResponse>)> m_done;
};

} // namespace Aksara::Catalogue
