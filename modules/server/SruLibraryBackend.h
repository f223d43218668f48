#pragma once

#include "sru/SruService.h"

#include "core/ServiceCore.h"

#include <optional>

namespace Aksara::Server {

// SRU requests executed by the library. Every request — explain, searchRetrieve, and one that ends
// in a diagnostic — is one read operation of the sru service on channel sru, named
// "sru.explain", "sru.searchRetrieve" or "sru.unsupported", whose subject is the CQL query:
//   - answered without a diagnostic: ok;
//   - a diagnostic caused by the request (bad CQL, unsupported index, relation, schema, version,
//     parameter or operation, first record out of range): refused, error code
//     "sru.diagnostic.N" (N the SRU diagnostic number), the diagnostic's message;
//   - the catalogue could not be searched (database error), or the request's operation record
//     could not be written (a full disk): failed with the storage error, and diagnostic 1 (general
//     system error) with HTTP status 503 (Response::httpStatus) and no records to the client,
//     without the internal message.
// When the core refuses the request itself the client gets diagnostic 2 (service closed or in
// maintenance, with the reason) or 3 (core.forbidden). Protocol messages are in English.
// One request at a time: it holds the running request's state, so the server keeps one per HTTP
// worker thread (Server::SruRoutes).
class SruLibraryBackend : public Sru::SearchBackend {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Server::SruLibraryBackend)

public:
    SruLibraryBackend(ServiceCore &core, Sru::ServerInfo info);

    // Answers one SRU request (its parameters, see Sru::Service::parseParameters); `peer` is the
    // client's address, recorded as the actor "sru:<peer>".
    Sru::Service::Response handle(const QUrlQuery &query, const QString &peer);

    std::variant<Sru::SearchPage, Sru::Diagnostic> search(const QString &cql, int start, int max) override;
    QString databaseTitle() override;
    QList<std::tuple<QString, QString, QString>> indexes() override;

    // The subject recorded for a request: its query, cut to this many characters.
    static constexpr int kSubjectChars = 200;

private:
    Database &db() const;

    ServiceCore &m_core;
    Sru::Service m_service;
    OperationContext *m_ctx = nullptr;   // the running request's operation
    std::optional<Error> m_failure;      // why the running request's search failed
};

} // namespace Aksara::Server
