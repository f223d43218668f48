#include "catalogue/Catalogue.h"

#include "catalogue/DublinCore.h"
#include "catalogue/Internal.h"
#include "catalogue/Isbn.h"
#include "catalogue/MarcCheck.h"
#include "catalogue/RecordStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Aksara::Catalogue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Catalogue", text);
}

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a << s;
    return a;
}

QDate today(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
}
} // namespace

// A record row written without MARC (by other code): a MARC record built from its columns.
MarcRecord marcFromColumns(const QVariantList &row, qint64 nowMs)
{
    // row: title, author, publisher, year, isbn, language, record_type, call_number, control_number
    SimpleRecord s;
    s.title = row.value(0).toString();
    s.author = row.value(1).toString();
    s.publisher = row.value(2).toString();
    s.year = row.value(3).toInt();
    s.isbn = row.value(4).toString();
    s.language = row.value(5).toString();
    s.recordType = row.value(6).toString();
    s.callNumber = row.value(7).toString();
    s.controlNumber = row.value(8).toString();
    // "Title : subtitle" as the demo writes it
    const qsizetype colon = s.title.indexOf(QStringLiteral(" : "));
    if (colon > 0) {
        s.subtitle = s.title.mid(colon + 3);
        s.title = s.title.left(colon);
    }
    return buildMarc(s, today(nowMs));
}

// Looks for a record with the same control number (and source, when both have one) or ISBN.
Result<std::optional<ImportDuplicate>> findDuplicate(Database &db, const BibFields &f, qint64 excludeId)
{
    if (!f.controlNumber.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT id, control_source FROM bib_records WHERE control_number = ? AND id <> ?"),
                         {f.controlNumber, excludeId});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const QString source = q->value(1).toString();
            if (source.isEmpty() || f.controlSource.isEmpty() || source == f.controlSource) {
                ImportDuplicate d;
                d.controlNumber = f.controlNumber;
                d.matchedOn = QStringLiteral("control_number");
                d.existingBib = q->value(0).toLongLong();
                q->finish();
                return std::optional<ImportDuplicate>(d);
            }
        }
        q->finish();
    }
    for (const QString &isbn : f.isbns) {
        auto v = db.scalar(QStringLiteral("SELECT bib_id FROM bib_isbns WHERE isbn = ? AND bib_id <> ? LIMIT 1"), {isbn, excludeId});
        if (!v.ok())
            return v.error();
        if (!v->isNull()) {
            ImportDuplicate d;
            d.controlNumber = f.controlNumber;
            d.isbn = isbn;
            d.matchedOn = QStringLiteral("isbn");
            d.existingBib = v->toLongLong();
            return std::optional<ImportDuplicate>(d);
        }
    }
    return std::optional<ImportDuplicate>();
}

bool parseDuplicatePolicy(const QString &text, DuplicatePolicy *policy)
{
    const QString t = text.toLower();
    if (t == QLatin1String("skip"))
        *policy = DuplicatePolicy::Skip;
    else if (t == QLatin1String("replace") || t == QLatin1String("overlay"))
        *policy = DuplicatePolicy::Replace;
    else if (t == QLatin1String("allow") || t == QLatin1String("add"))
        *policy = DuplicatePolicy::Allow;
    else
        return false;
    return true;
}

QJsonObject CatalogueRecord::toJson() const
{
    QJsonObject o = fields.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("titles"), toArray(fields.titles));
    o.insert(QStringLiteral("notes"), toArray(fields.notes));
    o.insert(QStringLiteral("physical"), fields.physical);
    o.insert(QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).toString(Qt::ISODate));
    o.insert(QStringLiteral("updated_at"), QDateTime::fromMSecsSinceEpoch(updatedAt, Qt::UTC).toString(Qt::ISODate));
    o.insert(QStringLiteral("marc"), QString::fromUtf8(writeMarcXml(marc)));
    return o;
}

QJsonObject ImportProblem::toJson() const
{
    QJsonObject o{{QStringLiteral("position"), position},
                  {QStringLiteral("offset"), offset},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    if (!controlNumber.isEmpty())
        o.insert(QStringLiteral("control_number"), controlNumber);
    return o;
}

QJsonObject ImportDuplicate::toJson() const
{
    QJsonObject o{{QStringLiteral("position"), position},
                  {QStringLiteral("matched_on"), matchedOn},
                  {QStringLiteral("action"), action}};
    if (!controlNumber.isEmpty())
        o.insert(QStringLiteral("control_number"), controlNumber);
    if (!isbn.isEmpty())
        o.insert(QStringLiteral("isbn"), isbn);
    o.insert(QStringLiteral("existing_bib"), existingBib > 0 ? QJsonValue(existingBib) : QJsonValue());
    return o;
}

QJsonObject ImportCopyProblem::toJson() const
{
    return {{QStringLiteral("position"), position},
            {QStringLiteral("control_number"), controlNumber},
            {QStringLiteral("barcode"), barcode},
            {QStringLiteral("branch"), branch},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message}};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray p, d, ops, c;
    for (const ImportProblem &x : problems)
        p << x.toJson();
    for (const ImportCopyProblem &x : copyProblems)
        c << x.toJson();
    for (const ImportDuplicate &x : duplicates)
        d << x.toJson();
    for (qint64 id : operations)
        ops << id;
    return {{QStringLiteral("read"), read},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("skipped_duplicates"), skipped},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("items"), items},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("stopped"), stopped},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("optimized"), optimized},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("problems"), p},
            {QStringLiteral("duplicates"), d},
            {QStringLiteral("copies_not_created"), copiesNotCreated},
            {QStringLiteral("copy_problems"), c},
            {QStringLiteral("operations"), ops}};
}

QJsonObject ExportReport::toJson() const
{
    QJsonArray p;
    for (const ImportProblem &x : problems)
        p << x.toJson();
    return {{QStringLiteral("written"), written}, {QStringLiteral("problems"), p}};
}

QJsonObject ReindexReport::toJson() const
{
    return {{QStringLiteral("indexed"), indexed}, {QStringLiteral("marc_built"), marcBuilt}};
}

Result<qint64> Catalogue::createRecord(const Caller &caller, const MarcRecord &record, bool allowDuplicate, RecordOrigin origin)
{
    const BibFields preview = deriveFields(record);
    return m_core.execute<qint64>(
        caller, {Services::Cataloguing, QStringLiteral("record.create"), Rights::CatalogueEdit, preview.title.left(200)},
        [&](OperationContext &ctx) -> Result<qint64> {
            Database &db = ctx.db();
            if (origin == RecordOrigin::Entered) {
                if (const QList<RecordProblem> problems = checkMarc(record); !problems.isEmpty())
                    return refusalOf(problems);
            }
            auto prepared = prepareRecord(record, db.isPostgres());
            if (!prepared.ok())
                return prepared.error();
            if (!allowDuplicate) {
                auto dup = findDuplicate(db, prepared->fields);
                if (!dup.ok())
                    return dup.error();
                if (*dup) {
                    const ImportDuplicate &d = **dup;
                    return Error::refused(
                        QStringLiteral("catalogue.duplicate"),
                        d.matchedOn == QLatin1String("isbn")
                            ? tr("Record %1 already has the ISBN %2 (add a copy to it, or create the record anyway).")
                                  .arg(d.existingBib)
                                  .arg(d.isbn)
                            : tr("Record %1 already has the control number %2.").arg(d.existingBib).arg(d.controlNumber),
                        QJsonObject{{QStringLiteral("existing_bib"), d.existingBib}, {QStringLiteral("matched_on"), d.matchedOn}});
                }
            }
            RecordWriter writer(db, ctx.operationId(), ctx.nowMs());
            QList<PreparedRecord> batch{*prepared};
            if (Status st = writer.insert(batch); !st.ok())
                return st.error();
            if (Status st = writer.flush(); !st.ok())
                return st.error();
            const qint64 id = batch.first().bibId;
            for (const Collection::ItemInput &h : std::as_const(batch.first().holdings)) {
                Collection::ItemInput in = h;
                in.bibId = id;
                if (in.itemType.isEmpty())
                    in.itemType = QStringLiteral("book");
                auto item = Collection::Collection::insertItem(ctx, in);
                if (!item.ok())
                    return item.error();
            }
            ctx.setDetail(QStringLiteral("bib"), id);
            return id;
        });
}

Result<qint64> Catalogue::createRecord(const Caller &caller, const SimpleRecord &record, bool allowDuplicate)
{
    const QDate date = today(m_core.clock().nowMs());
    if (const QList<RecordProblem> problems = checkSimpleRecord(record, date.year()); !problems.isEmpty()) {
        // Refused inside an operation, so that the refusal is on record like any other.
        return m_core.execute<qint64>(caller,
                                      {Services::Cataloguing, QStringLiteral("record.create"), Rights::CatalogueEdit,
                                       record.title.left(200)},
                                      [&](OperationContext &) -> Result<qint64> { return refusalOf(problems); });
    }
    return createRecord(caller, buildMarc(record, date), allowDuplicate);
}

Status Catalogue::updateRecord(const Caller &caller, qint64 bibId, const MarcRecord &record)
{
    return m_core.run(caller, {Services::Cataloguing, QStringLiteral("record.update"), Rights::CatalogueEdit, QString::number(bibId)},
                      [&](OperationContext &ctx) -> Status {
                          Database &db = ctx.db();
                          auto exists = db.scalar(QStringLiteral("SELECT 1 FROM bib_records WHERE id = ?"), {bibId});
                          if (!exists.ok())
                              return exists.error();
                          if (exists->isNull())
                              return Error::refused(QStringLiteral("catalogue.unknown_record"), tr("There is no record %1.").arg(bibId));
                          if (const QList<RecordProblem> problems = checkMarc(record); !problems.isEmpty())
                              return refusalOf(problems);
                          auto prepared = prepareRecord(record, db.isPostgres());
                          if (!prepared.ok())
                              return prepared.error();
                          RecordWriter writer(db, ctx.operationId(), ctx.nowMs());
                          if (Status st = writer.replace(*prepared, bibId); !st.ok())
                              return st;
                          return writer.flush();
                      });
}

Status Catalogue::deleteRecord(const Caller &caller, qint64 bibId)
{
    return m_core.run(caller, {Services::Cataloguing, QStringLiteral("record.delete"), Rights::CatalogueEdit, QString::number(bibId)},
                      [&](OperationContext &ctx) -> Status {
                          Database &db = ctx.db();
                          auto q = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM items WHERE bib_id = b.id), "
                                                          "(SELECT count(*) FROM holds WHERE bib_id = b.id), b.title "
                                                          "FROM bib_records b WHERE b.id = ?"),
                                           {bibId});
                          if (!q.ok())
                              return q.error();
                          if (!q->next())
                              return Error::refused(QStringLiteral("catalogue.unknown_record"), tr("There is no record %1.").arg(bibId));
                          const qint64 items = q->value(0).toLongLong();
                          const qint64 holds = q->value(1).toLongLong();
                          const QString title = q->value(2).toString();
                          q->finish();
                          if (items > 0)
                              return Error::refused(QStringLiteral("catalogue.record_has_items"),
                                                    tr("Record %1 still has %2 copies: withdraw and remove them first.").arg(bibId).arg(items));
                          if (holds > 0)
                              return Error::refused(QStringLiteral("catalogue.record_has_holds"),
                                                    tr("Record %1 has holds.").arg(bibId));
                          RecordWriter writer(db, ctx.operationId(), ctx.nowMs());
                          if (Status st = writer.unindex(bibId); !st.ok())
                              return st;
                          if (Status st = writer.flush(); !st.ok())
                              return st;
                          auto del = db.exec(QStringLiteral("DELETE FROM bib_records WHERE id = ?"), {bibId});
                          if (!del.ok())
                              return del.error();
                          ctx.setDetail(QStringLiteral("title"), title);
                          return {};
                      });
}

Result<CatalogueRecord> Catalogue::record(const Caller &caller, qint64 bibId)
{
    return m_core.execute<CatalogueRecord>(
        caller, {Services::CatalogueSearch, QStringLiteral("record.show"), Rights::CatalogueSearch, QString::number(bibId), false},
        [&](OperationContext &ctx) -> Result<CatalogueRecord> {
            auto q = ctx.db().exec(QStringLiteral("SELECT marc, created_at, updated_at, title, author, publisher, year, isbn, "
                                                  "language, record_type, call_number, control_number FROM bib_records WHERE id = ?"),
                                   {bibId});
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::refused(QStringLiteral("catalogue.unknown_record"), tr("There is no record %1.").arg(bibId));
            CatalogueRecord r;
            r.id = bibId;
            r.createdAt = q->value(1).toLongLong();
            r.updatedAt = q->value(2).toLongLong();
            const QByteArray stored = q->value(0).toByteArray();
            QVariantList columns;
            for (int c = 3; c <= 11; ++c)
                columns << q->value(c);
            q->finish();
            if (stored.isEmpty()) {
                r.marc = marcFromColumns(columns, ctx.nowMs());
            } else {
                auto marc = readStoredMarc(stored);
                if (!marc.ok())
                    return Error::failed(QStringLiteral("catalogue.stored_record_damaged"),
                                         tr("The stored MARC record %1 cannot be read: %2").arg(bibId).arg(marc.error().message));
                r.marc = *marc;
            }
            r.fields = deriveFields(r.marc);
            return r;
        });
}

Result<QList<SearchHit>> Catalogue::recordsWithIsbn(const Caller &caller, const QString &isbn)
{
    const std::optional<QString> normalized = Isbn::normalize(isbn);
    return m_core.execute<QList<SearchHit>>(
        caller, {Services::CatalogueSearch, QStringLiteral("record.find_isbn"), Rights::CatalogueSearch, isbn.trimmed().left(40), false},
        [&](OperationContext &ctx) -> Result<QList<SearchHit>> {
            QList<SearchHit> out;
            if (!normalized)
                return out;
            auto q = ctx.db().exec(QStringLiteral("SELECT b.id, b.title, b.author, b.publisher, b.year, b.record_type, b.language, "
                                                  "b.call_number FROM bib_records b WHERE b.id IN (SELECT bib_id FROM bib_isbns WHERE isbn = ?) "
                                                  "OR b.isbn = ? ORDER BY b.id LIMIT 20"),
                                   {*normalized, *normalized});
            if (!q.ok())
                return q.error();
            while (q->next()) {
                SearchHit h;
                h.bibId = q->value(0).toLongLong();
                h.title = q->value(1).toString();
                h.author = q->value(2).toString();
                h.publisher = q->value(3).toString();
                h.year = q->value(4).toInt();
                h.recordType = q->value(5).toString();
                h.language = q->value(6).toString();
                h.callNumber = q->value(7).toString();
                h.isbn = *normalized;
                out << h;
            }
            q->finish();
            return out;
        });
}

Result<ExportReport> Catalogue::exportRecords(const Caller &caller, QIODevice &out, const ExportOptions &options)
{
    return m_core.execute<ExportReport>(
        caller, {Services::Cataloguing, QStringLiteral("catalogue.export"), Rights::CatalogueEdit, formatName(options.format), false},
        [&](OperationContext &ctx) -> Result<ExportReport> {
            Database &db = ctx.db();
            ExportReport report;
            const bool xml = options.format == MarcFormat::MarcXml;
            auto write = [&](const QByteArray &bytes) -> Status {
                if (out.write(bytes) != bytes.size())
                    return Error::failed(QStringLiteral("catalogue.export_write"), tr("Cannot write the export: %1").arg(out.errorString()));
                return {};
            };
            if (xml) {
                if (Status st = write(marcXmlCollectionStart()); !st.ok())
                    return st.error();
            }
            auto emitRow = [&](qint64 id, const QByteArray &stored, const QVariantList &columns) -> Status {
                MarcRecord marc;
                if (stored.isEmpty()) {
                    marc = marcFromColumns(columns, ctx.nowMs());
                } else {
                    auto m = readStoredMarc(stored);
                    if (!m.ok()) {
                        report.problems << ImportProblem{id, 0, m.error().code, m.error().message, {}};
                        return {};
                    }
                    marc = *m;
                }
                if (xml) {
                    if (Status st = write(writeMarcXml(marc, false)); !st.ok())
                        return st;
                } else {
                    auto bytes = writeIso2709(marc);
                    if (!bytes.ok()) {
                        report.problems << ImportProblem{id, 0, bytes.error().code,
                                                         tr("record %1: %2").arg(id).arg(bytes.error().message), {}};
                        return {};
                    }
                    if (Status st = write(*bytes); !st.ok())
                        return st;
                }
                ++report.written;
                return {};
            };
            const QString columns = QStringLiteral("id, marc, title, author, publisher, year, isbn, language, record_type, "
                                                   "call_number, control_number");
            auto readRows = [&](const QString &sql, const QVariantList &binds, qint64 *lastId) -> Result<int> {
                auto q = db.exec(sql, binds);
                if (!q.ok())
                    return q.error();
                QList<std::tuple<qint64, QByteArray, QVariantList>> rows;
                while (q->next()) {
                    QVariantList cols;
                    for (int c = 2; c <= 10; ++c)
                        cols << q->value(c);
                    rows.append({q->value(0).toLongLong(), q->value(1).toByteArray(), cols});
                }
                q->finish();
                for (const auto &[id, stored, cols] : rows) {
                    if (Status st = emitRow(id, stored, cols); !st.ok())
                        return st.error();
                    if (lastId)
                        *lastId = id;
                }
                return int(rows.size());
            };
            QList<qint64> ids = options.bibIds;
            if (!options.query.isEmpty()) {
                SearchRequest req;
                req.query = options.query;
                auto query = queryOf(req);
                if (!query.ok())
                    return query.error();
                auto found = matchingIds(db, *query);
                if (!found.ok())
                    return found.error();
                ids = *found;
                std::sort(ids.begin(), ids.end());
            }
            if (!ids.isEmpty() || !options.query.isEmpty()) {
                for (qint64 id : std::as_const(ids)) {
                    auto n = readRows(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM bib_records WHERE id = ?"), {id}, nullptr);
                    if (!n.ok())
                        return n.error();
                    if (*n == 0)
                        report.problems << ImportProblem{id, 0, QStringLiteral("catalogue.unknown_record"),
                                                         tr("There is no record %1.").arg(id), {}};
                }
            } else {
                // The whole catalogue, a page at a time (bounded memory at any size).
                qint64 last = 0;
                for (;;) {
                    auto n = readRows(QStringLiteral("SELECT ") + columns
                                          + QStringLiteral(" FROM bib_records WHERE id > ? ORDER BY id LIMIT 500"),
                                      {last}, &last);
                    if (!n.ok())
                        return n.error();
                    if (*n < 500)
                        break;
                }
            }
            if (xml) {
                if (Status st = write(marcXmlCollectionEnd()); !st.ok())
                    return st.error();
            }
            ctx.setDetail(QStringLiteral("written"), report.written);
            return report;
        });
}

Result<Catalogue::SruPage> Catalogue::sruPage(Database &db, const QString &cql, int startRecord, int maximumRecords)
{
    SearchRequest req;
    req.query = cql;
    req.cql = true;
    req.offset = qMax(0, startRecord - 1);
    req.limit = qBound(1, maximumRecords, 1000);
    req.withItems = false;
    auto query = queryOf(req);
    if (!query.ok())
        return query.error();
    auto found = runSearch(db, *query, req);
    if (!found.ok())
        return found.error();
    SruPage page;
    page.total = found->total;
    if (maximumRecords <= 0)
        return page;
    for (const SearchHit &h : std::as_const(found->hits)) {
        auto q = db.exec(QStringLiteral("SELECT marc, title, author, publisher, year, isbn, language, record_type, call_number, "
                                        "control_number FROM bib_records WHERE id = ?"),
                         {h.bibId});
        if (!q.ok())
            return q.error();
        // A record that went away or cannot be read keeps its place, empty: the SRU server sends a
        // surrogate diagnostic there, so the positions of the records after it stay right.
        if (!q->next()) {
            page.records << SruRecordOut{h.bibId, {}, {}};
            continue;
        }
        const QByteArray stored = q->value(0).toByteArray();
        QVariantList columns;
        for (int c = 1; c <= 9; ++c)
            columns << q->value(c);
        q->finish();
        MarcRecord marc;
        if (stored.isEmpty()) {
            marc = marcFromColumns(columns, 0);
        } else {
            auto m = readStoredMarc(stored);
            if (!m.ok()) {
                page.records << SruRecordOut{h.bibId, {}, {}};
                continue;
            }
            marc = *m;
        }
        page.records << SruRecordOut{h.bibId, writeMarcXml(marc), writeDublinCore(marc)};
    }
    return page;
}

Status Catalogue::optimizeIndex(const Caller &caller)
{
    return m_core.run(caller, {Services::Cataloguing, QStringLiteral("catalogue.optimize"), Rights::CatalogueEdit},
                      [&](OperationContext &ctx) -> Status {
                          Database &db = ctx.db();
                          if (db.isSqlite())
                              return db.execDirect(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('optimize')"));
                          for (const char *sql : {"SELECT gin_clean_pending_list('search_docs_tsv'::regclass)",
                                                  "SELECT gin_clean_pending_list('search_docs_rank'::regclass)",
                                                  "ANALYZE search_docs", "ANALYZE bib_records"}) {
                              if (Status st = db.execDirect(QString::fromLatin1(sql)); !st.ok())
                                  return st;
                          }
                          return {};
                      });
}

Result<ReindexReport> Catalogue::reindex(const Caller &caller, bool all)
{
    return m_core.execute<ReindexReport>(
        caller, {Services::Cataloguing, QStringLiteral("catalogue.reindex"), Rights::CatalogueEdit, all ? QStringLiteral("all") : QString(), false},
        [&](OperationContext &outer) -> Result<ReindexReport> {
            ReindexReport report;
            qint64 last = 0;
            for (;;) {
                bool more = false;
                Status st = m_core.run(outer.caller(), {Services::Cataloguing, QStringLiteral("catalogue.reindex.batch"), Rights::CatalogueEdit,
                                                        QStringLiteral("from %1").arg(last + 1)},
                                       [&](OperationContext &ctx) -> Status {
                                           Database &db = ctx.db();
                                           const QString cond = all ? QString() : QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.bib_id = b.id)");
                                           auto q = db.exec(QStringLiteral("SELECT b.id, b.marc, b.title, b.author, b.publisher, b.year, b.isbn, "
                                                                           "b.language, b.record_type, b.call_number, b.control_number "
                                                                           "FROM bib_records b WHERE b.id > ?")
                                                                + cond + QStringLiteral(" ORDER BY b.id LIMIT 2000"),
                                                            {last});
                                           if (!q.ok())
                                               return q.error();
                                           QList<std::tuple<qint64, QByteArray, QVariantList>> rows;
                                           while (q->next()) {
                                               QVariantList cols;
                                               for (int c = 2; c <= 10; ++c)
                                                   cols << q->value(c);
                                               rows.append({q->value(0).toLongLong(), q->value(1).toByteArray(), cols});
                                           }
                                           q->finish();
                                           more = rows.size() == 2000;
                                           RecordWriter writer(db, ctx.operationId(), ctx.nowMs());
                                           for (const auto &[id, stored, cols] : rows) {
                                               last = id;
                                               MarcRecord marc;
                                               if (stored.isEmpty()) {
                                                   marc = marcFromColumns(cols, ctx.nowMs());
                                                   ++report.marcBuilt;
                                               } else {
                                                   auto m = readStoredMarc(stored);
                                                   if (!m.ok())
                                                       continue;
                                                   marc = *m;
                                               }
                                               auto prepared = prepareRecord(marc, db.isPostgres());
                                               if (!prepared.ok())
                                                   continue;
                                               if (stored.isEmpty()) {
                                                   // The derived columns and the MARC built for them are stored together.
                                                   if (Status s = writer.replace(*prepared, id); !s.ok())
                                                       return s;
                                               } else {
                                                   if (Status s = writer.unindex(id); !s.ok())
                                                       return s;
                                                   prepared->bibId = id;
                                                   if (Status s = writer.index(*prepared); !s.ok())
                                                       return s;
                                               }
                                               ++report.indexed;
                                           }
                                           return writer.flush();
                                       });
                if (!st.ok())
                    return st.error();
                if (!more)
                    break;
            }
            outer.setDetail(QStringLiteral("indexed"), report.indexed);
            return report;
        });
}

} // namespace Aksara::Catalogue
