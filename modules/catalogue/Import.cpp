// Import: batches of records, each batch one cataloguing operation in its own transaction.
#include "catalogue/Catalogue.h"

#include "catalogue/Internal.h"
#include "catalogue/RecordStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Aksara::Catalogue {

namespace {
constexpr int kReportLimit = 10000;
constexpr qint64 kOptimizeAfter = 50000;

QString controlKey(const BibFields &f)
{
    return f.controlNumber.isEmpty() ? QString() : f.controlSource + QLatin1Char('|') + f.controlNumber;
}

QString itemTypeFor(const QString &recordType)
{
    if (recordType == RecordTypes::Video || recordType == RecordTypes::Music || recordType == RecordTypes::Audiobook)
        return QStringLiteral("av");
    if (recordType == RecordTypes::Magazine)
        return QStringLiteral("periodical");
    return QStringLiteral("book");
}

struct PreparedBatch {
    QList<PreparedRecord> records;
    QList<ImportProblem> problems;
    qint64 read = 0;
    bool end = false;
    bool stopped = false;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

class Importer {
    // Member functions translate in this class's context, as lupdate records them.
    Q_DECLARE_TR_FUNCTIONS(Aksara::Catalogue::Importer)

public:
    Importer(ServiceCore &core, const Caller &caller, const ImportOptions &options, const ImportProgressFn &progress)
        : m_core(core)
        , m_caller(caller)
        , m_options(options)
        , m_progress(progress)
    {
    }

    Result<ImportReport> run(MarcReader &reader)
    {
        const qint64 t0 = m_core.clock().monotonicNs();
        const bool pg = m_core.db().isPostgres();
        if (Status st = loadReferenceData(); !st.ok())
            return st.error();
        const int batchSize = qBound(1, m_options.batchSize, 100000);
        // Reading and preparing a batch (parsing, derived fields, folding, impacts) needs no
        // database: it runs on a worker thread while the previous batch is written.
        auto prepareNext = [&reader, batchSize, pg, this]() {
            PreparedBatch b;
            b.records.reserve(batchSize);
            MarcReadItem item;
            while (b.records.size() < batchSize) {
                if (!reader.next(item)) {
                    b.end = true;
                    break;
                }
                ++b.read;
                if (!item.ok()) {
                    b.problems << ImportProblem{item.position, item.offset, item.error.code, item.error.message, {}};
                    if (m_options.stopOnError) {
                        b.stopped = true;
                        break;
                    }
                    continue;
                }
                auto prepared = prepareRecord(*item.record, pg, item.position, item.offset);
                if (!prepared.ok()) {
                    b.problems << ImportProblem{item.position, item.offset, prepared.error().code, prepared.error().message,
                                                item.record->controlField(QStringLiteral("001"))};
                    if (m_options.stopOnError) {
                        b.stopped = true;
                        break;
                    }
                    continue;
                }
                b.records << std::move(*prepared);
            }
            b.bytesRead = reader.bytesRead();
            b.bytesTotal = reader.totalBytes();
            return b;
        };
        QFuture<PreparedBatch> next = QtConcurrent::run(prepareNext);
        for (;;) {
            PreparedBatch batch = next.result();
            if (m_options.cancel && m_options.cancel->load()) {
                // Cancelled: the batch just read is not written; every written batch is whole.
                m_report.cancelled = true;
                break;
            }
            const bool last = batch.end || batch.stopped;
            if (!last)
                next = QtConcurrent::run(prepareNext);
            m_report.read += batch.read;
            for (const ImportProblem &p : std::as_const(batch.problems)) {
                ++m_report.rejected;
                if (m_report.problems.size() < kReportLimit)
                    m_report.problems << p;
            }
            m_report.stopped = batch.stopped;
            if (!batch.records.isEmpty()) {
                if (Status st = writeBatch(batch.records); !st.ok()) {
                    if (!last)
                        next.waitForFinished(); // the worker uses the reader
                    m_report.elapsedMs = (m_core.clock().monotonicNs() - t0) / 1000000;
                    Error e = st.error();
                    e.details.insert(QStringLiteral("import"), m_report.toJson());
                    e.message = tr("The import stopped after %1 imported records: %2").arg(m_report.imported).arg(e.message);
                    return e;
                }
            }
            if (m_progress && batch.read > 0)
                m_progress(ImportProgress{m_report.read, m_report.imported + m_report.replaced, m_report.rejected,
                                          qint64(m_report.skipped), batch.bytesRead, batch.bytesTotal});
            if (last)
                break;
        }
        m_report.elapsedMs = (m_core.clock().monotonicNs() - t0) / 1000000;
        return m_report;
    }

private:
    Status loadReferenceData()
    {
        Database &db = m_core.db();
        auto b = db.exec(QStringLiteral("SELECT code, id FROM branches"));
        if (!b.ok())
            return b.error();
        while (b->next())
            m_branches.insert(b->value(0).toString(), b->value(1).toLongLong());
        b->finish();
        auto t = db.exec(QStringLiteral("SELECT code FROM item_types"));
        if (!t.ok())
            return t.error();
        while (t->next())
            m_itemTypes.insert(t->value(0).toString());
        t->finish();
        if (!m_options.defaultBranch.isEmpty() && !m_branches.contains(m_options.defaultBranch))
            return Error::refused(QStringLiteral("collection.unknown_branch"),
                                  tr("There is no branch \"%1\" (--branch).").arg(m_options.defaultBranch));
        return {};
    }

    // Resolves the holdings of a record; a record whose copies cannot be created is rejected,
    // except that a copy of an unknown branch is only left out (listed in `delta`) unless strict.
    Status resolveHoldings(PreparedRecord &r, QSet<QString> &batchBarcodes, const QSet<QString> &taken, ImportReport &delta)
    {
        QList<ImportCopyProblem> leftOut;
        for (auto it = r.holdings.begin(); it != r.holdings.end();) {
            Collection::ItemInput &h = *it;
            if (!m_options.strict && !m_branches.contains(h.branch) && m_options.defaultBranch.isEmpty() && m_branches.size() != 1) {
                ImportCopyProblem c;
                c.position = r.position;
                c.controlNumber = r.fields.controlNumber;
                c.barcode = h.barcode;
                c.branch = h.branch;
                c.code = QStringLiteral("collection.unknown_branch");
                c.message = h.branch.isEmpty()
                                ? tr("the copy %1 names no branch; it was not created (import with --branch CODE)").arg(h.barcode)
                                : tr("the copy %1 belongs to branch \"%2\", which is not in this catalogue; it was not "
                                     "created (import with --branch CODE)")
                                      .arg(h.barcode, h.branch);
                leftOut << c;
                it = r.holdings.erase(it);
                continue;
            }
            ++it;
            if (Status st = Collection::Collection::checkBarcode(h.barcode); !st.ok())
                return st;
            if (taken.contains(h.barcode) || batchBarcodes.contains(h.barcode) || m_barcodes.contains(h.barcode))
                return Error::refused(QStringLiteral("collection.duplicate_barcode"),
                                      tr("the copy with barcode %1 is already in the catalogue").arg(h.barcode));
            batchBarcodes.insert(h.barcode);
            if (!m_branches.contains(h.branch)) {
                if (!m_options.defaultBranch.isEmpty()) {
                    h.branch = m_options.defaultBranch;
                } else if (m_branches.size() == 1) {
                    h.branch = m_branches.cbegin().key();
                } else {
                    return Error::refused(QStringLiteral("collection.unknown_branch"),
                                          h.branch.isEmpty()
                                              ? tr("the copy %1 names no branch (import with --branch CODE, or --no-items)").arg(h.barcode)
                                              : tr("the copy %1 belongs to branch \"%2\", which is not in this catalogue "
                                                   "(import with --branch CODE, or --no-items)")
                                                    .arg(h.barcode, h.branch));
                }
            }
            if (!m_itemTypes.contains(h.itemType))
                h.itemType = itemTypeFor(r.fields.recordType);
        }
        delta.copiesNotCreated += leftOut.size();
        delta.copyProblems << leftOut;
        return {};
    }

    Status writeBatch(QList<PreparedRecord> &batch)
    {
        const QString subject = QStringLiteral("%1 #%2-%3")
                                    .arg(m_options.source.isEmpty() ? QStringLiteral("import") : m_options.source)
                                    .arg(batch.first().position)
                                    .arg(batch.last().position);
        // What this batch adds to the report, merged only when its transaction commits.
        ImportReport delta;
        QHash<QString, qint64> newKeys;
        QSet<QString> newBarcodes;
        Status st = m_core.run(m_caller, {Services::Cataloguing, QStringLiteral("catalogue.import.batch"), Rights::CatalogueEdit, subject},
                               [&](OperationContext &ctx) -> Status {
                                   delta = ImportReport{};
                                   newKeys.clear();
                                   newBarcodes.clear();
                                   return writeBatchIn(ctx, batch, delta, newKeys, newBarcodes);
                               });
        if (!st.ok())
            return st;
        m_report.imported += delta.imported;
        m_report.replaced += delta.replaced;
        m_report.skipped += delta.skipped;
        m_report.rejected += delta.rejected;
        m_report.items += delta.items;
        m_report.copiesNotCreated += delta.copiesNotCreated;
        for (const ImportCopyProblem &c : std::as_const(delta.copyProblems)) {
            if (m_report.copyProblems.size() < kReportLimit)
                m_report.copyProblems << c;
        }
        ++m_report.batches;
        m_report.operations << ServiceCore::lastOperationId();
        for (const ImportProblem &p : std::as_const(delta.problems)) {
            if (m_report.problems.size() < kReportLimit)
                m_report.problems << p;
        }
        for (const ImportDuplicate &d : std::as_const(delta.duplicates)) {
            if (m_report.duplicates.size() < kReportLimit)
                m_report.duplicates << d;
        }
        for (auto it = newKeys.cbegin(); it != newKeys.cend(); ++it)
            m_keys.insert(it.key(), it.value());
        m_barcodes.unite(newBarcodes);
        return {};
    }

    Status writeBatchIn(OperationContext &ctx, QList<PreparedRecord> &batch, ImportReport &delta, QHash<QString, qint64> &newKeys,
                        QSet<QString> &newBarcodes)
    {
        Database &db = ctx.db();
        // Barcodes already in the catalogue, for the holdings of this batch.
        QSet<QString> taken;
        QStringList barcodes;
        if (m_options.createItems) {
            for (const PreparedRecord &r : std::as_const(batch))
                for (const Collection::ItemInput &h : r.holdings)
                    barcodes << h.barcode;
        }
        for (qsizetype start = 0; start < barcodes.size(); start += 500) {
            const QStringList chunk = barcodes.mid(start, 500);
            QString ph;
            QVariantList binds;
            for (const QString &b : chunk) {
                ph += ph.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
                binds << b;
            }
            auto q = db.exec(QStringLiteral("SELECT barcode FROM items WHERE barcode IN (") + ph + QLatin1Char(')'), binds);
            if (!q.ok())
                return q.error();
            while (q->next())
                taken.insert(q->value(0).toString());
            q->finish();
        }

        QList<PreparedRecord> inserts;
        QList<std::pair<PreparedRecord, qint64>> replaces;
        QHash<QString, qsizetype> pendingByKey; // key -> index in inserts
        for (PreparedRecord &r : batch) {
            if (!m_options.createItems)
                r.holdings.clear();
            const QString key = controlKey(r.fields);
            // Earlier in this import?
            std::optional<ImportDuplicate> dup;
            qsizetype pendingIndex = -1;
            if (!key.isEmpty() && (m_keys.contains(key) || newKeys.contains(key) || pendingByKey.contains(key))) {
                ImportDuplicate d;
                d.controlNumber = r.fields.controlNumber;
                d.matchedOn = QStringLiteral("control_number");
                d.existingBib = m_keys.value(key, newKeys.value(key, 0));
                pendingIndex = pendingByKey.value(key, -1);
                dup = d;
            } else {
                for (const QString &isbn : std::as_const(r.fields.isbns)) {
                    const QString ikey = QStringLiteral("isbn:") + isbn;
                    if (m_keys.contains(ikey) || newKeys.contains(ikey) || pendingByKey.contains(ikey)) {
                        ImportDuplicate d;
                        d.controlNumber = r.fields.controlNumber;
                        d.isbn = isbn;
                        d.matchedOn = QStringLiteral("isbn");
                        d.existingBib = m_keys.value(ikey, newKeys.value(ikey, 0));
                        pendingIndex = pendingByKey.value(ikey, -1);
                        dup = d;
                        break;
                    }
                }
            }
            if (!dup && m_options.duplicates != DuplicatePolicy::Allow) {
                auto found = findDuplicate(db, r.fields);
                if (!found.ok())
                    return found.error();
                dup = *found;
            }
            if (dup && m_options.duplicates == DuplicatePolicy::Skip) {
                dup->position = r.position;
                dup->action = QStringLiteral("skipped");
                ++delta.skipped;
                delta.duplicates << *dup;
                continue;
            }
            if (m_options.createItems) {
                QSet<QString> batchBarcodes = newBarcodes;
                if (Status hs = resolveHoldings(r, batchBarcodes, taken, delta); !hs.ok()) {
                    ++delta.rejected;
                    delta.problems << ImportProblem{r.position, r.offset, hs.error().code, hs.error().message, r.fields.controlNumber};
                    continue;
                }
                newBarcodes = batchBarcodes;
            }
            auto remember = [&](qsizetype index) {
                if (!key.isEmpty())
                    pendingByKey.insert(key, index);
                for (const QString &isbn : std::as_const(r.fields.isbns))
                    pendingByKey.insert(QStringLiteral("isbn:") + isbn, index);
            };
            if (dup && m_options.duplicates == DuplicatePolicy::Replace) {
                dup->position = r.position;
                dup->action = QStringLiteral("replaced");
                delta.duplicates << *dup;
                if (pendingIndex >= 0) {
                    // The earlier record is in this very batch: the later one takes its place.
                    inserts[pendingIndex] = r;
                    remember(pendingIndex);
                    ++delta.replaced;
                } else if (dup->existingBib > 0) {
                    replaces.append({r, dup->existingBib});
                    ++delta.replaced;
                }
                continue;
            }
            if (dup) {
                dup->position = r.position;
                dup->action = QStringLiteral("added");
                delta.duplicates << *dup;
            }
            inserts << r;
            remember(inserts.size() - 1);
        }

        RecordWriter writer(db, ctx.operationId(), ctx.nowMs());
        if (Status st = writer.insert(inserts); !st.ok())
            return st;
        delta.imported += inserts.size();
        for (auto &[r, id] : replaces) {
            if (Status st = writer.replace(r, id); !st.ok())
                return st;
        }
        auto registerKeys = [&](const PreparedRecord &r) {
            const QString key = controlKey(r.fields);
            if (!key.isEmpty())
                newKeys.insert(key, r.bibId);
            for (const QString &isbn : r.fields.isbns)
                newKeys.insert(QStringLiteral("isbn:") + isbn, r.bibId);
        };
        QHash<QString, qint64> branchCache = m_branches;
        auto addItems = [&](const PreparedRecord &r) -> Status {
            for (const Collection::ItemInput &h : r.holdings) {
                if (taken.contains(h.barcode))
                    continue;
                Collection::ItemInput in = h;
                in.bibId = r.bibId;
                auto id = Collection::Collection::insertItem(ctx, in, &branchCache);
                if (!id.ok())
                    return id.error();
                ++delta.items;
            }
            return {};
        };
        for (const PreparedRecord &r : std::as_const(inserts)) {
            registerKeys(r);
            if (Status st = addItems(r); !st.ok())
                return st;
        }
        for (const auto &[r, id] : std::as_const(replaces)) {
            registerKeys(r);
            if (Status st = addItems(r); !st.ok())
                return st;
        }
        if (Status st = writer.flush(); !st.ok())
            return st;
        ctx.setDetail(QStringLiteral("imported"), delta.imported);
        ctx.setDetail(QStringLiteral("replaced"), delta.replaced);
        ctx.setDetail(QStringLiteral("skipped_duplicates"), delta.skipped);
        ctx.setDetail(QStringLiteral("rejected"), delta.rejected);
        ctx.setDetail(QStringLiteral("items"), delta.items);
        if (delta.copiesNotCreated > 0)
            ctx.setDetail(QStringLiteral("copies_not_created"), delta.copiesNotCreated);
        return {};
    }

    ServiceCore &m_core;
    const Caller &m_caller;
    const ImportOptions &m_options;
    const ImportProgressFn &m_progress;
    ImportReport m_report;
    QHash<QString, qint64> m_branches;
    QSet<QString> m_itemTypes;
    QHash<QString, qint64> m_keys; // control keys and "isbn:..." of records imported so far
    QSet<QString> m_barcodes; // barcodes created so far
};
} // namespace

// After a large import the index is compacted: FTS5 otherwise keeps the many segments the batches
// wrote, and every search has to look into each of them.
Status Catalogue::optimizeAfter(const Caller &caller, ImportReport &report)
{
    if (report.imported + report.replaced < kOptimizeAfter)
        return {};
    if (Status st = optimizeIndex(caller); !st.ok())
        return st;
    report.optimized = true;
    return {};
}

Result<ImportReport> Catalogue::importRecords(const Caller &caller, MarcReader &reader, const ImportOptions &options,
                                              const ImportProgressFn &progress)
{
    return m_core.execute<ImportReport>(
        caller, {Services::Cataloguing, QStringLiteral("catalogue.import"), Rights::CatalogueEdit, options.source, false},
        [&](OperationContext &ctx) -> Result<ImportReport> {
            Importer importer(m_core, ctx.caller(), options, progress);
            auto report = importer.run(reader);
            if (!report.ok())
                return report.error();
            if (Status st = optimizeAfter(ctx.caller(), *report); !st.ok())
                return st.error();
            ctx.setDetail(QStringLiteral("read"), report->read);
            ctx.setDetail(QStringLiteral("imported"), report->imported);
            ctx.setDetail(QStringLiteral("replaced"), report->replaced);
            ctx.setDetail(QStringLiteral("skipped_duplicates"), report->skipped);
            ctx.setDetail(QStringLiteral("rejected"), report->rejected);
            ctx.setDetail(QStringLiteral("items"), report->items);
            ctx.setDetail(QStringLiteral("copies_not_created"), report->copiesNotCreated);
            ctx.setDetail(QStringLiteral("batches"), report->batches);
            ctx.setDetail(QStringLiteral("stopped"), report->stopped);
            return report;
        });
}

Result<ImportReport> Catalogue::importFile(const Caller &caller, const QString &path, const ImportOptions &options,
                                           const ImportProgressFn &progress)
{
    ImportOptions o = options;
    if (o.source.isEmpty())
        o.source = QFileInfo(path).fileName();
    return m_core.execute<ImportReport>(
        caller, {Services::Cataloguing, QStringLiteral("catalogue.import"), Rights::CatalogueEdit, o.source, false},
        [&](OperationContext &ctx) -> Result<ImportReport> {
            auto reader = MarcReader::open(path, o.format, o.encoding);
            if (!reader.ok())
                return reader.error();
            Importer importer(m_core, ctx.caller(), o, progress);
            auto report = importer.run(**reader);
            if (!report.ok())
                return report.error();
            if (Status st = optimizeAfter(ctx.caller(), *report); !st.ok())
                return st.error();
            ctx.setDetail(QStringLiteral("read"), report->read);
            ctx.setDetail(QStringLiteral("imported"), report->imported);
            ctx.setDetail(QStringLiteral("replaced"), report->replaced);
            ctx.setDetail(QStringLiteral("skipped_duplicates"), report->skipped);
            ctx.setDetail(QStringLiteral("rejected"), report->rejected);
            ctx.setDetail(QStringLiteral("items"), report->items);
            ctx.setDetail(QStringLiteral("copies_not_created"), report->copiesNotCreated);
            ctx.setDetail(QStringLiteral("batches"), report->batches);
            ctx.setDetail(QStringLiteral("stopped"), report->stopped);
            return report;
        });
}

} // namespace Aksara::Catalogue
