#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <tuple>
#include <variant>

namespace Aksara::Sru {

// An SRU diagnostic (info:srw/diagnostic/1/<number>).
struct Diagnostic {
    int number = 1;
    QString details;
    QString message;
};

// One record as the catalogue hands it over: the same record in MARCXML and in simple Dublin Core
// (each an XML fragment, without an XML declaration).
struct SruRecord {
    QString marcxml;
    QString dublinCore;
};

struct SearchPage {
    qint64 total = 0;
    QList<SruRecord> records; // the requested page, in result order
};

// The catalogue side of SRU: runs a CQL query (mapped to the catalogue search) and returns the
// page [start, start + max) (1-based). A query the catalogue cannot run is a Diagnostic: 10 query
// syntax error, 16 unsupported index, 19 unsupported relation, 20 unsupported relation modifier,
// 27 empty term, 1 for a system error.
class SearchBackend {
public:
    virtual ~SearchBackend() = default;
    virtual std::variant<SearchPage, Diagnostic> search(const QString &cql, int start, int max) = 0;
    virtual QString databaseTitle() = 0;
    // The CQL indexes the backend understands, as (context set, index name, human title).
    virtual QList<std::tuple<QString, QString, QString>> indexes() = 0;
};

struct ServerInfo {
    QString host = QStringLiteral("localhost");
    int port = 8080;
    QString database = QStringLiteral("sru");
    int defaultRecords = 10;
    int maximumRecords = 50;
};

// SRU 1.2 and 2.0 over HTTP GET (or POST with form fields): explain and searchRetrieve, record
// schemas MARCXML and Dublin Core, paging with recordPosition and nextRecordPosition, and the
// standard diagnostics. 1.2 responses use the zs: prefix (http://www.loc.gov/zing/srw/) that
// common clients expect; 2.0 responses use the OASIS searchRetrieve namespaces. A request without
// `version` is answered in 1.2, one without operation and query with explain.
//
// Diagnostics (info:srw/diagnostic/1/N) the service itself gives: 4 unsupported operation,
// 5 unsupported version (details: the highest version supported), 6 unsupported parameter value,
// 7 mandatory parameter missing, 8 unsupported parameter, 61 first record out of range, 66 unknown
// schema, 71 unsupported record packing, 72 XPath retrieval; the backend adds the query ones.
// Not thread-safe: one request at a time.
class Service {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Sru::Service)

public:
    Service(SearchBackend &backend, ServerInfo info) : m_backend(backend), m_info(std::move(info)) {}

    struct Response {
        QByteArray body;
        QString operation;   // "explain", "searchRetrieve" or the unsupported one
        QString query;       // the CQL, for the operation record
        qint64 hits = -1;    // numberOfRecords when a search ran
        int diagnostic = 0;  // the first diagnostic's number, 0 when none
        QString message;     // the first diagnostic's message
        // The HTTP status to send: 200, or 503 when the library could not carry out the request
        // and record it (a full disk, a lost database): diagnostic 1 and no records then.
        int httpStatus = 200;
    };
    Response handle(const QUrlQuery &query);

    // The parameters of a GET query string or an application/x-www-form-urlencoded POST body
    // ("+" is a space there, which QUrlQuery alone does not know).
    static QUrlQuery parseParameters(const QByteArray &urlEncoded);
    // The operation a request asks for: "explain" (also when it has neither operation nor query),
    // "searchRetrieve", or the unsupported name it gave. Known before handle() runs, for the
    // operation record.
    static QString operationOf(const QUrlQuery &query);
    // The version a response to this request is written in (1.2 when none or an unsupported one
    // was asked for; SRU 1.2 servers answer 1.2 by default).
    static QString responseVersionOf(const QUrlQuery &query);
    // A response that is only diagnostics (for requests that cannot be served at all).
    Response diagnostics(const QString &version, const QString &operation, const QList<Diagnostic> &d);

private:
    Response explain(const QString &version);
    Response searchRetrieve(const QUrlQuery &q, const QString &version);

    SearchBackend &m_backend;
    ServerInfo m_info;
};

} // namespace Aksara::Sru
