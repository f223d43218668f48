#pragma once

#include "catalogue/BibFields.h"
#include "catalogue/MarcIo.h"
#include "catalogue/Query.h"
#include "collection/Collection.h"
#include "core/ServiceCore.h"

#include <QIODevice>
#include <QJsonObject>
#include <QMap>

#include <atomic>
#include <functional>
#include <memory>

namespace Aksara::Catalogue {

// A stored record: its derived fields and the full MARC record.
struct CatalogueRecord {
    qint64 id = 0;
    BibFields fields;
    MarcRecord marc;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QJsonObject toJson() const; // fields + "id"; the MARC record as "marc" (MARCXML text)
};

// What an import does with a record whose control number (001 + 003) or ISBN is already in the
// catalogue (or earlier in the same input).
enum class DuplicatePolicy { Skip, Replace, Allow };
bool parseDuplicatePolicy(const QString &text, DuplicatePolicy *policy);

struct ImportOptions {
    MarcFormat format = MarcFormat::Auto;
    MarcEncoding encoding = MarcEncoding::Auto;
    bool stopOnError = false; // stop at the first bad record (what came before it is kept)
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    int batchSize = 5000; // records per transaction (one cataloguing operation each)
    QString defaultBranch; // for holdings whose branch code is unknown
    bool createItems = true; // 852/952 with a barcode become items
    // A copy whose branch is unknown (and no defaultBranch): by default the record is imported and
    // the copy listed in ImportReport::copiesNotCreated; strict rejects the whole record instead.
    bool strict = false;
    QString source; // shown in the operation records (the file name)
    // Set to true (from any thread) to stop after the batch being written.
    std::shared_ptr<std::atomic<bool>> cancel;
};

struct ImportProblem {
    qint64 position = 0; // 1-based record number in the input
    qint64 offset = 0; // byte offset (ISO 2709) or line (MARCXML)
    QString code;
    QString message;
    QString controlNumber;
    QJsonObject toJson() const;
};

// A copy (852/952) of an imported record that was not created.
struct ImportCopyProblem {
    qint64 position = 0; // the record's number in the input
    QString controlNumber;
    QString barcode;
    QString branch; // as the file gives it
    QString code; // collection.unknown_branch
    QString message;
    QJsonObject toJson() const;
};

struct ImportDuplicate {
    qint64 position = 0;
    QString controlNumber;
    QString isbn;
    QString matchedOn; // "control_number" or "isbn"
    qint64 existingBib = 0; // 0: an earlier record of the same input
    QString action; // "skipped", "replaced", "added"
    QJsonObject toJson() const;
};

struct ImportProgress {
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

struct ImportReport {
    qint64 read = 0;
    qint64 imported = 0; // new records
    qint64 replaced = 0;
    qint64 skipped = 0; // duplicates left out
    qint64 rejected = 0; // malformed or refused
    qint64 items = 0;
    qint64 batches = 0;
    bool stopped = false; // --stop-on-error stopped the import at a bad record
    bool cancelled = false; // ImportOptions::cancel stopped it
    bool optimized = false; // the index was compacted after the import
    qint64 elapsedMs = 0;
    QList<ImportProblem> problems; // every rejected record (the first 10,000)
    QList<ImportDuplicate> duplicates; // the first 10,000
    qint64 copiesNotCreated = 0; // copies left out of imported records (unknown branch)
    QList<ImportCopyProblem> copyProblems; // the first 10,000 of them
    QList<qint64> operations; // the operation record of each batch
    QJsonObject toJson() const;
};

using ImportProgressFn = std::function<void(const ImportProgress &)>;

struct ExportOptions {
    MarcFormat format = MarcFormat::Iso2709;
    QList<qint64> bibIds; // empty: the whole catalogue (or the query's records)
    QString query; // a search; its matches (all of them) are exported
};

struct ExportReport {
    qint64 written = 0;
    QList<ImportProblem> problems; // records ISO 2709 cannot hold (use MARCXML)
    QJsonObject toJson() const;
};

struct ReindexReport {
    qint64 indexed = 0;
    qint64 marcBuilt = 0; // records that had no MARC and got one built from their columns
    QJsonObject toJson() const;
};

// A search. The query is the query box syntax (see parseQuery) or, with cql, CQL.
struct SearchRequest {
    QString query;
    bool cql = false;
    int offset = 0;
    int limit = 10;
    // Facet filters (AND-ed to the query).
    QStringList recordTypes;
    QStringList languages;
    int yearFrom = 0;
    int yearTo = 0;
    QStringList branches; // branch codes: a copy there
    bool availableOnly = false; // a copy that is available (in one of `branches`, if given)
    bool facets = false; // count facet values
    bool withItems = true; // the copies of each hit
};

struct SearchHit {
    qint64 bibId = 0;
    double score = 0;
    QString title;
    QString author;
    QString publisher;
    int year = 0;
    QString recordType;
    QString language;
    QString isbn;
    QString callNumber;
    QList<Collection::Item> items;
    QJsonObject toJson() const; // {"bib", "title", "author", "year", ..., "items": [...]}
};

struct FacetCount {
    QString value;
    QString label;
    qint64 count = 0;
};

struct SearchResult {
    qint64 total = 0;
    // SQLite counts exactly up to 10,000 matches; a more general search gets an estimate from the
    // newest 50,000 records (false here). PostgreSQL always counts exactly.
    bool totalExact = true;
    int offset = 0;
    QList<SearchHit> hits;
    // Ranking: true when the hits are provably the best-scoring matches; false when a very
    // general query was ranked over a bounded candidate set (see docs/catalogue.md).
    bool exactRanking = true;
    QString strategy; // "all", "tiers", "bounded", "browse": how the ranking was found
    qint64 candidates = 0; // documents scored
    QMap<QString, QList<FacetCount>> facets; // record_type, language, decade, branch, availability
    bool facetsExact = true; // false: counted over the newest matches only
    QJsonObject toJson() const; // {"total": N, "results": [...]} (+ "facets")
};

// Where a record given to createRecord comes from. One entered by a person (the desk's MARC editor
// or simple form, a file at the command line) must pass checkMarc / checkSimpleRecord; one copied
// from another library (SRU) is stored as that library made it, as an import would (it needs a
// title only). updateRecord always checks: an edit is made by a person.
enum class RecordOrigin { Entered, Copied };

// The catalogue: records, import/export and search, every call an operation of the service core
// ("cataloguing" with right catalogue.edit; "catalogue_search" reads with right catalogue.search).
//
// Errors (refused): catalogue.unknown_record, catalogue.duplicate (details: existing bib, matched_on),
// catalogue.record_has_items, catalogue.record_without_title, catalogue.query_* (see parseQuery),
// the field-level problems of an entered record (MarcCheck.h: details.reasons, one per problem),
// catalogue.cql_* (details.diagnostic: the SRU diagnostic), catalogue.marc_* (bad input),
// catalogue.file_unreadable. Failures: storage.*.
// Thread affinity: any thread; each uses its own database connection.
class Catalogue {
public:
    explicit Catalogue(ServiceCore &core) : m_core(core) {}

    Result<qint64> createRecord(const Caller &caller, const MarcRecord &record, bool allowDuplicate = false,
                                RecordOrigin origin = RecordOrigin::Entered);
    Result<qint64> createRecord(const Caller &caller, const SimpleRecord &record, bool allowDuplicate = false);
    Status updateRecord(const Caller &caller, qint64 bibId, const MarcRecord &record);
    // The records that already carry this ISBN (any form: ISBN-10 or 13, with or without hyphens),
    // for a duplicate warning while a record is entered; empty when the text is not a valid ISBN.
    // A read of the catalogue_search service.
    Result<QList<SearchHit>> recordsWithIsbn(const Caller &caller, const QString &isbn);
    Status deleteRecord(const Caller &caller, qint64 bibId);
    Result<CatalogueRecord> record(const Caller &caller, qint64 bibId);

    // Imports in batches: every batch is one cataloguing operation, committed on its own, so a
    // crash loses at most the unfinished batch. A malformed record is reported (position, reason)
    // and skipped, or stops the import with stopOnError. The whole import is recorded as the
    // operation catalogue.import with its figures.
    Result<ImportReport> importFile(const Caller &caller, const QString &path, const ImportOptions &options,
                                    const ImportProgressFn &progress = {});
    Result<ImportReport> importRecords(const Caller &caller, MarcReader &reader, const ImportOptions &options,
                                       const ImportProgressFn &progress = {});

    Result<ExportReport> exportRecords(const Caller &caller, QIODevice &out, const ExportOptions &options);

    // Compacts the full-text index (SQLite: FTS5 optimize, one segment; PostgreSQL: the GIN
    // pending lists cleaned and statistics updated). An import that wrote 50,000 records or more
    // does it by itself. Holds the writer lock while it runs (about 20 s per million records).
    Status optimizeIndex(const Caller &caller);

    // Brings the search index up to date with bib_records: indexes records that are not indexed
    // (all of them with `all`), building a MARC record for rows written without one.
    Result<ReindexReport> reindex(const Caller &caller, bool all = false);

    Result<SearchResult> search(const Caller &caller, const SearchRequest &request);

    // For an SRU server: a CQL searchRetrieve page (startRecord 1-based; maximumRecords 0 counts
    // only), each record as MARCXML and as simple Dublin Core. Runs inside the caller's own
    // operation (the server records the request as an operation of the sru service). A query the
    // catalogue cannot run is a refusal whose details carry the SRU diagnostic (sruDiagnosticOf).
    struct SruRecordOut {
        qint64 bibId = 0;
        QByteArray marcxml; // one <record>, with its namespace
        QByteArray dublinCore;
    };
    struct SruPage {
        qint64 total = 0;
        QList<SruRecordOut> records;
    };
    static Result<SruPage> sruPage(Database &db, const QString &cql, int startRecord, int maximumRecords);

    // The search itself, for use inside an operation (the SRU server runs it in its own).
    static Result<SearchResult> runSearch(Database &db, const QueryNode &query, const SearchRequest &request);
    // The query of a request: parsed (or CQL-mapped) with its facet filters.
    static Result<QueryNode> queryOf(const SearchRequest &request);

private:
    Status optimizeAfter(const Caller &caller, ImportReport &report);

    ServiceCore &m_core;
};

} // namespace Aksara::Catalogue
