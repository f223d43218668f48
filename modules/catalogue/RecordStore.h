#pragma once

#include "catalogue/BibFields.h"
#include "catalogue/IndexDoc.h"
#include "catalogue/MarcRecord.h"
#include "collection/Collection.h"
#include "core/Database.h"

#include <QHash>
#include <QList>

#include <unordered_map>

namespace Aksara::Catalogue {

// A record made ready to store: everything that does not need the database is computed here, so
// that an import can prepare the next batch on another thread while this one is written.
struct PreparedRecord {
    qint64 position = 0; // in the input, for reports
    qint64 offset = 0;
    MarcRecord marc;
    QByteArray stored; // ISO 2709 (or MARCXML when too long for ISO 2709)
    BibFields fields;
    IndexDoc doc;
    QString tiers; // the tier tokens (search_fts.tiers, rank_tsv)
    QStringList terms; // distinct terms, for document frequencies
    QString tsv; // PostgreSQL only
    QString rankTsv;
    QList<Collection::ItemInput> holdings; // from 852/952 with a barcode
    qint64 bibId = 0; // assigned when written
};

// Errors (refused): catalogue.not_bibliographic (Leader/06 says authority z, classification w,
// community information q or holdings u/v/x/y: the message names which), catalogue.record_without_title.
Result<PreparedRecord> prepareRecord(const MarcRecord &marc, bool postgres, qint64 position = 0, qint64 offset = 0);
// The items that holdings fields (952 Koha, 852 MARC holdings) describe, where they carry a barcode.
QList<Collection::ItemInput> holdingsOf(const MarcRecord &marc);

// Reads the stored MARC of a record (ISO 2709 or MARCXML).
Result<MarcRecord> readStoredMarc(const QByteArray &stored);

// Writes records and keeps the full-text index, identifiers and term statistics in step, inside
// the caller's transaction. Multi-row statements: a batch of thousands costs a few hundred calls.
class RecordWriter {
public:
    RecordWriter(Database &db, qint64 operationId, qint64 nowMs);

    // Inserts new records; assigns their ids (records[i].bibId).
    Status insert(QList<PreparedRecord> &records);
    // Replaces the record `bibId` (MARC, derived fields, index); keeps its id and items.
    Status replace(PreparedRecord &record, qint64 bibId);
    // Removes a record's index entries and identifiers (not the bib_records row).
    Status unindex(qint64 bibId);
    // Writes the document count, the document frequencies (PostgreSQL) and the full-text rows
    // (SQLite). Call once, last, before commit.
    //
    // Why last on SQLite: a statement that may change several rows runs in a statement savepoint,
    // and SQLite then opens a savepoint on every virtual table the transaction has touched; FTS5
    // answers that by writing its pending terms out as a new segment. So SQLite gets single-row
    // statements only, and the full-text rows after everything else, so that a batch becomes one
    // segment at commit instead of hundreds of tiny ones to merge.
    Status flush();

    // Adds an already stored record to the index (reindex).
    Status index(PreparedRecord &record);

private:
    Result<QList<qint64>> reserveIds(int n);
    Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                      const QString &valueTemplate = {});
    Status indexRecords(QList<PreparedRecord *> records);
    void count(const QStringList &terms, int delta);

    Database &m_db;
    qint64 m_op;
    qint64 m_now;
    std::unordered_map<QString, qint64, WordHash> m_df;
    qint64 m_docs = 0;
    struct FtsRow {
        bool remove = false;
        qint64 rowid = 0;
        QVariantList fields; // the search_fts columns
        QString tiers;
    };
    QList<FtsRow> m_fts; // SQLite: written by flush()
};

QVariantList bibColumnValues(const PreparedRecord &r, qint64 op, qint64 nowMs);

} // namespace Aksara::Catalogue
