#pragma once

#include "catalogue/BibFields.h"
#include "catalogue/IndexDoc.h"
#include "catalogue/MarcRecord.h"
#include "collection/Collection.h"
#include "core/Database.h"

#include <QHash>
#include <QList>

namespace Aksara::Catalogue {

// A record made ready to store: everything that does not need the database is computed here, so
// that an import can prepare the next batch on another thread while this one is written.
struct PreparedRecord {
    qint64 position = 0; // in the input, for reports
    MarcRecord marc;
    QByteArray stored; // ISO 2709 (or MARCXML when too long for ISO 2709)
    BibFields fields;
    IndexDoc doc;
    QString tiers; // search_rank tokens
    QStringList terms; // distinct terms, for document frequencies
    QString tsv; // PostgreSQL only
    QString rankTsv;
    QList<Collection::ItemInput> holdings; // from 852/952 with a barcode
    qint64 bibId = 0; // assigned when written
};

// Errors: catalogue.record_without_title (refused).
Result<PreparedRecord> prepareRecord(const MarcRecord &marc, bool postgres, qint64 position = 0);
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
    // Writes the document-frequency changes and the document count. Call before commit.
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
    QHash<QString, qint64> m_df;
    qint64 m_docs = 0;
};

QVariantList bibColumnValues(const PreparedRecord &r, qint64 op, qint64 nowMs);

} // namespace Aksara::Catalogue
