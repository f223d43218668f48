#include "server/SruLibraryBackend.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Cql.h"
#include "shell/AppContext.h"

#include <cstdio>

namespace Aksara::Server {

namespace {
// Clears the pointer to the running operation however the work ends.
struct ContextScope {
    OperationContext *&slot;
    ContextScope(OperationContext *&s, OperationContext &ctx) : slot(s) { slot = &ctx; }
    ~ContextScope() { slot = nullptr; }
    ContextScope(const ContextScope &) = delete;
    ContextScope &operator=(const ContextScope &) = delete;
};

// Catalogue refusals that carry no SRU diagnostic of their own, as the closest one.
int diagnosticForRefusal(const Error &e)
{
    if (e.code == QLatin1String("catalogue.bad_paging"))
        return 61; // startRecord beyond what the catalogue pages through
    if (e.code == QLatin1String("catalogue.query_prefix_too_short"))
        return 29; // masked words too short
    if (e.code == QLatin1String("catalogue.query_only_negative"))
        return 48; // query feature unsupported
    if (e.code == QLatin1String("catalogue.query_empty"))
        return 27; // empty term unsupported
    return 10;
}
} // namespace

SruLibraryBackend::SruLibraryBackend(ServiceCore &core, Sru::ServerInfo info)
    : m_core(core), m_service(*this, std::move(info))
{
}

Database &SruLibraryBackend::db() const
{
    return m_ctx ? m_ctx->db() : m_core.db();
}

Sru::Service::Response SruLibraryBackend::handle(const QUrlQuery &query, const QString &peer)
{
    // SRU clients are other systems: the protocol speaks English whatever the server's language.
    Shell::LanguageScope english(QStringLiteral("en"));
    Caller caller;
    caller.channel = Channel::Sru;
    caller.actor = QStringLiteral("sru:") + (peer.isEmpty() ? QStringLiteral("unknown") : peer);
    caller.rights = {Rights::CatalogueSearch};
    caller.language = QStringLiteral("en");
    // Nobody logs in to SRU: its refusals (bad CQL, unsupported parameters...) are recorded in
    // aggregate per address, reason and minute (ServiceCore::flushAnonymousRefusals).
    caller.anonymous = true;
    caller.source = peer.isEmpty() ? QStringLiteral("unknown") : peer;

    const QString op = Sru::Service::operationOf(query);
    const QString name = op == QLatin1String("explain")          ? QStringLiteral("sru.explain")
                         : op == QLatin1String("searchRetrieve") ? QStringLiteral("sru.searchRetrieve")
                                                                 : QStringLiteral("sru.unsupported");
    QString subject = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    if (subject.isEmpty() && name == QLatin1String("sru.unsupported"))
        subject = op;

    std::optional<Sru::Service::Response> response;
    m_failure.reset();
    const Status st = m_core.run(caller, {Services::Sru, name, Rights::CatalogueSearch, subject.left(kSubjectChars), false},
                                 [&](OperationContext &ctx) -> Status {
                                     {
                                         ContextScope scope(m_ctx, ctx);
                                         response = m_service.handle(query);
                                     }
                                     ctx.setDetail(QStringLiteral("version"), Sru::Service::responseVersionOf(query));
                                     if (response->hits >= 0)
                                         ctx.setDetail(QStringLiteral("hits"), response->hits);
                                     if (m_failure)
                                         return *m_failure;
                                     if (response->diagnostic != 0) {
                                         ctx.setDetail(QStringLiteral("diagnostic"), response->diagnostic);
                                         return Error::refused(QStringLiteral("sru.diagnostic.%1").arg(response->diagnostic),
                                                               response->message);
                                     }
                                     return {};
                                 });
    if (!st.ok() && !st.error().isRefusal())
        std::fprintf(stderr, "sru: %s %s failed: %s [%s]\n", qPrintable(caller.actor), qPrintable(name),
                     qPrintable(st.error().message), qPrintable(st.error().code));
    if (!st.ok() && !st.error().isRefusal()) {
        // No answer without its record (issue 15): the search failed, or it worked but its
        // operation record could not be written (a full disk): diagnostic 1 with HTTP 503, no
        // records, whatever the work had prepared.
        Sru::Service::Response failed =
            m_service.diagnostics(Sru::Service::responseVersionOf(query), op,
                                  {{1, QString(), tr("The catalogue is not available; please try again later.")}});
        failed.httpStatus = 503;
        return failed;
    }
    if (response)
        return *response;
    // The core refused the request before it ran: the service is closed or in maintenance, or the
    // caller may not search.
    const Error &e = st.error();
    const int number = e.code == QLatin1String("core.forbidden") ? 3 : 2;
    return m_service.diagnostics(Sru::Service::responseVersionOf(query), op, {{number, QString(), e.message}});
}

std::variant<Sru::SearchPage, Sru::Diagnostic> SruLibraryBackend::search(const QString &cql, int start, int max)
{
    auto page = Catalogue::Catalogue::sruPage(db(), cql, start, max);
    if (!page.ok()) {
        const Error &e = page.error();
        if (!e.isRefusal()) {
            m_failure = e;
            return Sru::Diagnostic{1, QString(), tr("The catalogue could not be searched; please try again later.")};
        }
        const int number = Catalogue::sruDiagnosticOf(e);
        if (number == 0) {
            const int mapped = diagnosticForRefusal(e);
            return Sru::Diagnostic{mapped, mapped == 61 ? QString::number(start) : cql, e.message};
        }
        return Sru::Diagnostic{number, e.details.value(QStringLiteral("details")).toString(), e.message};
    }
    Sru::SearchPage out;
    out.total = page->total;
    for (const auto &r : std::as_const(page->records))
        out.records << Sru::SruRecord{QString::fromUtf8(r.marcxml), QString::fromUtf8(r.dublinCore)};
    return out;
}

QString SruLibraryBackend::databaseTitle()
{
    auto v = db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QStringLiteral("library.name")});
    return v.ok() && !v->isNull() && !v->toString().isEmpty() ? v->toString() : QStringLiteral("Aksara");
}

QList<std::tuple<QString, QString, QString>> SruLibraryBackend::indexes()
{
    // The indexes Catalogue::parseCql maps (catalogue/Cql.h); the context set may be left out.
    const QString cql = QStringLiteral("cql"), dc = QStringLiteral("dc"), bath = QStringLiteral("bath");
    return {
        {cql, QStringLiteral("serverChoice"), tr("Any word (title, author, subject, notes, numbers)")},
        {cql, QStringLiteral("anywhere"), tr("Anywhere")},
        {cql, QStringLiteral("allIndexes"), tr("All indexes")},
        {cql, QStringLiteral("keywords"), tr("Keywords")},
        {dc, QStringLiteral("title"), tr("Title")},
        {dc, QStringLiteral("creator"), tr("Author or other creator")},
        {dc, QStringLiteral("author"), tr("Author")},
        {dc, QStringLiteral("subject"), tr("Subject")},
        {dc, QStringLiteral("publisher"), tr("Publisher")},
        {dc, QStringLiteral("date"), tr("Year of publication")},
        {dc, QStringLiteral("identifier"), tr("Identifier (ISBN, ISSN, control number)")},
        {dc, QStringLiteral("description"), tr("Notes")},
        {bath, QStringLiteral("title"), tr("Title")},
        {bath, QStringLiteral("author"), tr("Author")},
        {bath, QStringLiteral("name"), tr("Name")},
        {bath, QStringLiteral("subject"), tr("Subject")},
        {bath, QStringLiteral("isbn"), tr("ISBN")},
        {bath, QStringLiteral("issn"), tr("ISSN")},
        {bath, QStringLiteral("publisher"), tr("Publisher")},
        {bath, QStringLiteral("seriesTitle"), tr("Series title")},
    };
}

} // namespace Aksara::Server
