#pragma once

#include "catalogue/SruClient.h"
#include "core/ServiceCore.h"

#include <QJsonObject>

#include <optional>

namespace Aksara {
class FieldErrors;
}

namespace Aksara::Catalogue {

// Another library's SRU server that cataloguers copy records from (table sru_targets). The
// three indexes are the CQL index names this server uses for a title, an author and an ISBN
// search (dc.title, dc.creator and bath.isbn by default; the Deutsche Nationalbibliothek says tit,
// per and num).
struct SruTarget {
    qint64 id = 0;
    QString name;
    QString baseUrl;
    QString version = QStringLiteral("1.2"); // 1.1, 1.2 or 2.0
    QString recordSchema = QStringLiteral("marcxml");
    QString titleIndex = QStringLiteral("dc.title");
    QString authorIndex = QStringLiteral("dc.creator");
    QString isbnIndex = QStringLiteral("bath.isbn");
    bool enabled = true;
    int position = 0; // the order in the desk's list (then by name)

    QJsonObject toJson() const;
    // The CQL of a search by title, author and ISBN (the parts given, joined with "and"; each
    // quoted); empty when none is given. An ISBN is searched in its digits.
    QString queryFor(const QString &title, const QString &author, const QString &isbn) const;
    SruRequest request(const QString &cql, int startRecord, int maximumRecords) const;
};

struct SruTargetChanges {
    std::optional<QString> name;
    std::optional<QString> baseUrl;
    std::optional<QString> version;
    std::optional<QString> recordSchema;
    std::optional<QString> titleIndex;
    std::optional<QString> authorIndex;
    std::optional<QString> isbnIndex;
    std::optional<bool> enabled;
    std::optional<int> position;
    bool isEmpty() const
    {
        return !name && !baseUrl && !version && !recordSchema && !titleIndex && !authorIndex && !isbnIndex && !enabled
               && !position;
    }
};

// The configured list of SRU targets, and searching one of them.
//
// Reading the list is a read of the cataloguing service (right catalogue.edit: cataloguers use
// it); adding, changing and removing a target are administration operations (right system.admin)
// and each is recorded as a standard change (entity sru_target, the old and new target as JSON).
// Refusals with field-level reasons (details.reasons[].field: name, url, version, schema,
// title_index, author_index, isbn_index, position): catalogue.sru_target_bad_name,
// catalogue.sru_target_duplicate, catalogue.sru_target_bad_url, catalogue.sru_target_bad_version,
// catalogue.sru_target_bad_schema, catalogue.sru_target_bad_index, catalogue.sru_target_bad_position;
// catalogue.sru_target_unknown, catalogue.sru_target_no_change, core.forbidden.
// Thread affinity: any thread; search() needs the thread's event loop.
class SruTargets {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Catalogue::SruTargets)

public:
    explicit SruTargets(ServiceCore &core) : m_core(core) {}

    Result<QList<SruTarget>> list(const Caller &caller, bool enabledOnly = false);
    // A target by its name (case does not matter).
    Result<SruTarget> target(const Caller &caller, const QString &name);
    Result<SruTarget> add(const Caller &caller, const SruTarget &target);
    Result<SruTarget> edit(const Caller &caller, const QString &name, const SruTargetChanges &changes);
    Status remove(const Caller &caller, const QString &name);

    // Searches a target: the read operation cataloguing/sru.search (right catalogue.edit), whose
    // subject is the target and query. It waits in a local event loop for the answer, the
    // request's timeout or client.cancel() (catalogue.sru_cancelled), so a window stays painted and
    // a Stop button still works; the caller keeps other input away meanwhile (a modal dialog).
    // Errors: as SruClient.
    Result<SruResponse> search(const Caller &caller, const SruTarget &target, const QString &cql, int startRecord,
                               int maximumRecords, SruClient &client);
    // The same on a URL that is not in the list (aksara sru search URL ...).
    Result<SruResponse> search(const Caller &caller, const SruRequest &request, SruClient &client);

private:
    // Every problem of a target as it would be stored, each at its field.
    static void check(FieldErrors &errors, const SruTarget &target);

    ServiceCore &m_core;
};

} // namespace Aksara::Catalogue
