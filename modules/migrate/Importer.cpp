#include "migrate/Importer.h"

#include "migrate/Csv.h"

#include "circulation/CardNumber.h"
#include "circulation/DueDates.h"
#include "circulation/Internal.h"
#include "circulation/Nik.h"
#include "circulation/Patrons.h"

#include "collection/Collection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Aksara::Migrate {

namespace Circ = Aksara::Circulation;

QJsonObject RowError::toJson() const
{
    return {{QStringLiteral("line"), line}, {QStringLiteral("column"), column}, {QStringLiteral("old_id"), oldId},
            {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

QJsonObject Report::toJson() const
{
    QJsonArray errs;
    for (const RowError &e : errors)
        errs << e.toJson();
    QJsonObject out{{QStringLiteral("kind"), kind},
            {QStringLiteral("preset"), preset},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("closed"), closed},
            {QStringLiteral("settled"), settled},
            {QStringLiteral("rejected"), qsizetype(QSet<int>([this] {
                 QSet<int> lines;
                 for (const RowError &e : errors)
                     lines.insert(e.line);
                 return lines;
             }()).size())},
            {QStringLiteral("errors"), errs}};
    if (cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    return out;
}

QByteArray Report::errorsCsv() const
{
    QString out = QStringLiteral("line,column,old_id,code,message\n");
    for (const RowError &e : errors)
        out += QString::number(e.line) + QLatin1Char(',') + csvField(e.column) + QLatin1Char(',') + csvField(e.oldId)
               + QLatin1Char(',') + csvField(e.code) + QLatin1Char(',') + csvField(e.message) + QLatin1Char('\n');
    return out.toUtf8();
}

namespace {

// A data row: its line and its values by Aksara field.
struct Row {
    int line = 0;
    QHash<QString, QString> values;
    // The value as the old system meant it: a database export's NULL (NULL, \N) and the "-" that
    // fills an empty cell of a spreadsheet are empty.
    QString value(const QString &field) const
    {
        const QString v = values.value(field).trimmed();
        if (v == QLatin1String("\\N") || v == QLatin1String("-") || v.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
            return {};
        return v;
    }
    bool has(const QString &field) const { return values.contains(field); }
};

struct Batch {
    qsizetype imported = 0, skipped = 0, closed = 0, settled = 0;
    QList<RowError> errors;
};


// Where each Aksara field is in the file. The header row names the columns; a file without one
// (SLiMS asks whether to write it) is read by the preset's column order.
struct Columns {
    QStringList header; // case-folded
    int firstData = 1;  // index of the first data record
    QHash<QString, int> index;        // field -> position
    QHash<QString, QString> columnOf; // field -> the column's name as the mapping gives it
};

Columns resolveColumns(Kind, const CsvFile &csv, const Mapping &mapping)
{
    Columns c;
    auto fold = [](const QString &s) { return s.trimmed().toCaseFolded(); };
    for (const QString &h : csv.records.first().fields)
        c.header << fold(h);
    int known = 0;
    for (const QString &column : mapping.columns)
        for (const QString &alternative : column.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            known += c.header.contains(fold(alternative)) ? 1 : 0;
    if (known == 0 && !mapping.positional.isEmpty()) {
        c.header.clear();
        for (const QString &h : mapping.positional)
            c.header << fold(h);
        c.firstData = 0;
    }
    // A column may be given with alternatives ("No Anggota|MemberNo"): the first the header has.
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        for (const QString &alternative : it.value().split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const int at = int(c.header.indexOf(fold(alternative)));
            if (at >= 0) {
                c.index.insert(it.key(), at);
                c.columnOf.insert(it.key(), alternative.trimmed());
                break;
            }
        }
    }
    return c;
}

Status checkRequired(Kind kind, const Columns &c, const Mapping &mapping)
{
    for (const QString &f : requiredFieldsOf(kind)) {
        if (!c.index.contains(f))
            return Error::refused(QStringLiteral("migrate.missing_column"),
                                  Importer::tr("The file has no column \"%1\" (Aksara's %2); name it in the mapping file's [columns].")
                                      .arg(mapping.columns.value(f, f).split(QLatin1Char('|')).join(QStringLiteral("\" or \"")), f),
                                  QJsonObject{{QStringLiteral("field"), f}});
    }
    return {};
}

// Aksara's codes and names of a table (code, name), case-folded -> code.
Result<QHash<QString, QString>> knownCodes(Database &db, const QString &sql)
{
    auto r = Circulation::rows(db, sql);
    if (!r.ok())
        return r.error();
    QHash<QString, QString> out;
    for (const QVariantList &v : std::as_const(*r))
        out.insert(v[1].toString().trimmed().toCaseFolded(), v[0].toString());
    for (const QVariantList &v : std::as_const(*r))
        out.insert(v[0].toString().toCaseFolded(), v[0].toString());
    return out;
}

// A refusal that rolls a dry run's batch back (never leaves the importer).
const QString kDryRun = QStringLiteral("migrate.dry_run");

} // namespace

Result<Report> Importer::run(Kind kind, const QByteArray &data, const Mapping &mapping, const Options &options)
{
    Report report;
    report.kind = kindName(kind);
    report.preset = mapping.name;
    report.dryRun = options.dryRun;

    const CsvFile csv = readCsv(data, mapping.separator);
    if (csv.records.isEmpty())
        return Error::refused(QStringLiteral("migrate.no_rows"), tr("The file has no rows."));

    const Columns cols = resolveColumns(kind, csv, mapping);
    if (Status st = checkRequired(kind, cols, mapping); !st.ok())
        return st.error();
    const QStringList &header = cols.header;
    const int firstData = cols.firstData;
    const QHash<QString, int> &index = cols.index;
    const QHash<QString, QString> &columnOf = cols.columnOf;
    auto fold = [](const QString &s) { return s.trimmed().toCaseFolded(); };
    const int closedAt = mapping.closedColumn.isEmpty() ? -1 : int(header.indexOf(fold(mapping.closedColumn)));

    auto column = [&](const QString &field) { return columnOf.value(field, field); };
    auto err = [&](QList<RowError> &out, const Row &row, const QString &field, const QString &code, const QString &message) {
        out << RowError{row.line, field.isEmpty() ? QString() : column(field), row.value(kind == Kind::Copies ? QStringLiteral("barcode")
                                                                                                             : QStringLiteral("old_id")),
                        code, message};
    };

    // Read and shape every row first: a truncated or misshapen row is reported here.
    QList<Row> rows;
    QList<bool> closedRows;
    for (qsizetype r = firstData; r < csv.records.size(); ++r) {
        const CsvRecord &rec = csv.records.at(r);
        Row row;
        row.line = rec.line;
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            if (it.value() < rec.fields.size())
                row.values.insert(it.key(), rec.fields.at(it.value()));
        ++report.rows;
        if (rec.openQuote || (rec.unterminated && rec.fields.size() < header.size())) {
            err(report.errors, row, QString(), QStringLiteral("migrate.truncated_row"),
                tr("The file ends in the middle of this row (%1 of %2 columns): it was cut short. Export it again.")
                    .arg(rec.fields.size())
                    .arg(header.size()));
            continue;
        }
        if (rec.fields.size() != header.size()) {
            err(report.errors, row, QString(), QStringLiteral("migrate.bad_field_count"),
                tr("The row has %1 columns where the header has %2 (a separator inside an unquoted value?).")
                    .arg(rec.fields.size())
                    .arg(header.size()));
            continue;
        }
        if (closedAt >= 0) {
            const QString v = rec.fields.at(closedAt).trimmed();
            const bool closed = mapping.closedValues.isEmpty()
                                    ? !(v.isEmpty() || v == QLatin1String("0000-00-00") || v.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
                                    : mapping.closedValues.contains(v);
            if (closed) {
                ++report.closed;
                continue;
            }
        }
        rows << row;
    }

    // Old ids that appear twice in the file: the second and later are errors (which one is right
    // is for the library to say).
    {
        const QString idField = kind == Kind::Copies ? QStringLiteral("barcode") : QStringLiteral("old_id");
        QHash<QString, int> first;
        QList<Row> kept;
        for (const Row &row : std::as_const(rows)) {
            const QString id = kind == Kind::Patrons ? Circ::CardNumber::normalize(row.value(idField)) : row.value(idField);
            if (!id.isEmpty() && first.contains(id)) {
                err(report.errors, row, idField, QStringLiteral("migrate.duplicate_id"),
                    tr("%1 appears again in the file (first on line %2): only the first row with it is imported.").arg(row.value(idField)).arg(first.value(id)));
                continue;
            }
            if (!id.isEmpty())
                first.insert(id, row.line);
            kept << row;
        }
        rows = kept;
    }

    auto parseDate = [&](const QString &text, QDate *out, QTime *time = nullptr) -> bool {
        const QString t = text.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("0000-00-00")))
            return true; // none
        for (const QString &f : mapping.dateFormats) {
            if (f.contains(QLatin1Char('H'))) {
                const QDateTime dt = QDateTime::fromString(t, f);
                if (dt.isValid()) {
                    *out = dt.date();
                    if (time)
                        *time = dt.time();
                    return true;
                }
            } else {
                const QDate d = QDate::fromString(t, f);
                if (d.isValid()) {
                    *out = d;
                    return true;
                }
            }
        }
        return false;
    };
    auto dateOf = [&](QList<RowError> &errs, const Row &row, const QString &field, QDate *out, QTime *time = nullptr) -> bool {
        if (!row.has(field))
            return true;
        if (!parseDate(row.value(field), out, time)) {
            err(errs, row, field, QStringLiteral("migrate.bad_date"),
                tr("\"%1\" is not a date (expected %2).").arg(row.value(field), mapping.dateFormats.join(QStringLiteral(" | "))));
            return false;
        }
        return true;
    };
    // Rupiah: 12500, 12500.00, 2500.000000 (Koha's decimal(28,6)), 12.500 and Rp 12.500,00
    // (Indonesian thousands), 60,000.00. Three digits after a lone separator are thousands. Anything
    // else (cents that are not zero, words) is not taken.
    auto money = [](const QString &text, qint64 *out) -> bool {
        QString s = text.trimmed();
        if (s.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive))
            s = s.mid(2);
        s.remove(QLatin1Char(' '));
        if (s.isEmpty()) {
            *out = 0;
            return true;
        }
        static const QRegularExpression plain(QStringLiteral("^([0-9]+)(?:[.,](0{1,2}|0{4,}))?$"));
        static const QRegularExpression grouped(QStringLiteral("^([0-9]{1,3}(?:([.,])[0-9]{3})+)(?:[.,](0{1,2}|0{4,}))?$"));
        auto m = plain.match(s);
        bool ok = false;
        if (m.hasMatch()) {
            *out = m.captured(1).toLongLong(&ok);
            return ok;
        }
        m = grouped.match(s);
        if (m.hasMatch()) {
            QString digits = m.captured(1);
            digits.remove(m.captured(2));
            *out = digits.toLongLong(&ok);
            return ok;
        }
        return false;
    };
    // Aksara's codes and names of categories, branches and item types, case-folded -> code: an old
    // value that is one of them needs no entry in the mapping file.
    auto categoryCodes = knownCodes(*m_core.database(), QStringLiteral("SELECT code, name FROM patron_categories"));
    if (!categoryCodes.ok())
        return categoryCodes.error();
    auto branchCodes = knownCodes(*m_core.database(), QStringLiteral("SELECT code, name FROM branches"));
    if (!branchCodes.ok())
        return branchCodes.error();
    auto typeCodes = knownCodes(*m_core.database(), QStringLiteral("SELECT code, name FROM item_types"));
    if (!typeCodes.ok())
        return typeCodes.error();
    // An old value through the mapping file's table, else Aksara's code or name it matches, else
    // the value as it is (which the module then refuses as unknown: a row error, never a default).
    auto mapped = [&](const QHash<QString, QString> &table, const QString &value) {
        const QString key = value.trimmed().toCaseFolded();
        if (table.contains(key))
            return table.value(key);
        const QHash<QString, QString> &known = &table == &mapping.categories ? *categoryCodes
                                               : &table == &mapping.branches ? *branchCodes
                                                                             : *typeCodes;
        return known.value(key, value.trimmed());
    };

    Circ::Patrons patrons(m_core);
    QHash<QString, qint64> branchIds;
    QHash<QString, qint64> bibCache; // field + value -> record id, 0 none, -n: n records
    bool titlesLoaded = false;

    const QString service = kind == Kind::Patrons  ? Services::Membership
                            : kind == Kind::Copies ? Services::Cataloguing
                            : kind == Kind::Loans  ? Services::Checkout
                                                   : Services::Fees;
    const QString right = kind == Kind::Patrons  ? Rights::PatronManage
                          : kind == Kind::Copies ? Rights::CatalogueEdit
                          : kind == Kind::Loans  ? Rights::Checkout
                                                 : Rights::FeesCollect;
    const QString migratedKind = kind == Kind::Patrons  ? QStringLiteral("patron")
                                 : kind == Kind::Copies ? QStringLiteral("copy")
                                 : kind == Kind::Loans  ? QStringLiteral("loan")
                                                        : QStringLiteral("fee");

    const int batchSize = qMax(1, options.batchSize);
    for (qsizetype start = 0; start < rows.size(); start += batchSize) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const qsizetype end = qMin(rows.size(), start + batchSize);
        Batch batch;
        const OperationSpec spec{service, QStringLiteral("migrate.") + kindName(kind), right,
                                 tr("%1, lines %2–%3").arg(kindName(kind)).arg(rows.at(start).line).arg(rows.at(end - 1).line)};
        Status st = m_core.run(m_caller, spec, [&](OperationContext &ctx) -> Status {
            batch = Batch();
            Database &db = ctx.db();
            auto alreadyImported = [&](const QString &oldId) -> Result<bool> {
                auto v = db.scalar(QStringLiteral("SELECT row_id FROM migrated_rows WHERE kind = ? AND old_id = ?"), {migratedKind, oldId});
                if (!v.ok())
                    return v.error();
                return !v->isNull();
            };
            auto remember = [&](const QString &oldId, qint64 rowId) -> Status {
                return Circ::execute(db, QStringLiteral("INSERT INTO migrated_rows (kind, old_id, row_id, created_op, updated_op) VALUES (?, ?, ?, ?, ?)"),
                                     {migratedKind, oldId, rowId, ctx.operationId(), ctx.operationId()});
            };
            // A patron by the old system's id (an earlier patron import), else by card number.
            auto patronOf = [&](const QString &old) -> Result<qint64> {
                auto v = db.scalar(QStringLiteral("SELECT row_id FROM migrated_rows WHERE kind = 'patron' AND old_id = ?"), {old});
                if (!v.ok())
                    return v.error();
                if (!v->isNull())
                    return v->toLongLong();
                auto p = db.scalar(QStringLiteral("SELECT id FROM patrons WHERE card_number = ?"), {Circ::CardNumber::normalize(old)});
                if (!p.ok())
                    return p.error();
                return p->isNull() ? qint64(0) : p->toLongLong();
            };
            auto branchCode = [&](QList<RowError> &errs, const Row &row, QString *code) -> bool {
                if (row.has(QStringLiteral("branch"))) {
                    const QString v = row.value(QStringLiteral("branch"));
                    if (v.isEmpty() && !mapping.branches.contains(QString())) {
                        err(errs, row, QStringLiteral("branch"), QStringLiteral("migrate.missing_value"), tr("The branch is empty."));
                        return false;
                    }
                    *code = mapped(mapping.branches, v);
                } else {
                    *code = mapping.branch;
                }
                return true;
            };
            // What circulation refused, field by field.
            auto reasonsOf = [](const Error &e) {
                QList<std::pair<QString, QString>> out;
                const QJsonArray reasons = e.details.value(QStringLiteral("reasons")).toArray();
                for (const auto &r : reasons)
                    out << std::pair{r.toObject().value(QStringLiteral("code")).toString(), r.toObject().value(QStringLiteral("message")).toString()};
                if (out.isEmpty())
                    out << std::pair{e.code, e.message};
                return out;
            };
            static const QHash<QString, QString> fieldOfCode{
                {QStringLiteral("circulation.bad_name"), QStringLiteral("name")},
                {QStringLiteral("circulation.bad_nik"), QStringLiteral("nik")},
                {QStringLiteral("circulation.nik_birth_date_mismatch"), QStringLiteral("nik")},
                {QStringLiteral("circulation.duplicate_nik"), QStringLiteral("nik")},
                {QStringLiteral("circulation.nik_required"), QStringLiteral("nik")},
                {QStringLiteral("circulation.bad_birth_date"), QStringLiteral("birth_date")},
                {QStringLiteral("circulation.birth_date_required"), QStringLiteral("birth_date")},
                {QStringLiteral("circulation.age_out_of_range"), QStringLiteral("birth_date")},
                {QStringLiteral("circulation.bad_email"), QStringLiteral("email")},
                {QStringLiteral("circulation.bad_phone"), QStringLiteral("phone")},
                {QStringLiteral("circulation.bad_photo"), QStringLiteral("photo")},
                {QStringLiteral("circulation.bad_language"), QStringLiteral("language")},
                {QStringLiteral("circulation.bad_card_number"), QStringLiteral("old_id")},
                {QStringLiteral("circulation.duplicate_card"), QStringLiteral("old_id")},
                {QStringLiteral("circulation.unknown_branch"), QStringLiteral("branch")},
                {QStringLiteral("circulation.branch_closed"), QStringLiteral("branch")},
                {QStringLiteral("circulation.no_branch"), QStringLiteral("branch")},
                {QStringLiteral("circulation.unknown_category"), QStringLiteral("category")},
                {QStringLiteral("circulation.category_retired"), QStringLiteral("category")},
                {QStringLiteral("circulation.no_category"), QStringLiteral("category")},
                {QStringLiteral("collection.bad_barcode"), QStringLiteral("barcode")},
                {QStringLiteral("collection.duplicate_barcode"), QStringLiteral("barcode")},
                {QStringLiteral("collection.unknown_branch"), QStringLiteral("branch")},
                {QStringLiteral("collection.branch_closed"), QStringLiteral("branch")},
                {QStringLiteral("collection.unknown_item_type"), QStringLiteral("item_type")},
                {QStringLiteral("collection.item_type_retired"), QStringLiteral("item_type")},
                {QStringLiteral("collection.bad_date"), QStringLiteral("acquired_on")},
                {QStringLiteral("collection.bad_price"), QStringLiteral("price")},
            };
            auto refusedRow = [&](const Row &row, const Error &e) {
                for (const auto &[code, message] : reasonsOf(e))
                    err(batch.errors, row, fieldOfCode.value(code), code, message);
            };

            for (qsizetype i = start; i < end; ++i) {
                const Row &row = rows.at(i);
                QList<RowError> errs;
                if (kind == Kind::Patrons) {
                    const QString oldId = Circ::CardNumber::normalize(row.value(QStringLiteral("old_id")));
                    if (oldId.isEmpty()) {
                        err(batch.errors, row, QStringLiteral("old_id"), QStringLiteral("migrate.missing_value"),
                            tr("The member number is empty."));
                        continue;
                    }
                    auto done = alreadyImported(oldId);
                    if (!done.ok())
                        return done.error();
                    if (*done) {
                        ++batch.skipped;
                        continue;
                    }
                    Circ::PatronInput in;
                    in.cardNumber = oldId;
                    in.legacyCard = true;
                    QString name = row.value(QStringLiteral("name"));
                    if (!row.value(QStringLiteral("first_name")).isEmpty())
                        name = row.value(QStringLiteral("first_name")) + QLatin1Char(' ') + name;
                    in.name = name.trimmed();
                    QDate birth, registered, expires;
                    dateOf(errs, row, QStringLiteral("birth_date"), &birth);
                    dateOf(errs, row, QStringLiteral("registered_on"), &registered);
                    dateOf(errs, row, QStringLiteral("expires_on"), &expires);
                    if (birth.isValid())
                        in.birthDate = birth;
                    // The old registration date (today when unknown): either way, an imported member is
                    // not charged an enrolment fee again.
                    in.registeredOn = registered;
                    if (expires.isValid())
                        in.expiresOn = expires;
                    QString address = row.value(QStringLiteral("address"));
                    if (!row.value(QStringLiteral("postal_code")).isEmpty())
                        address += QLatin1Char(' ') + row.value(QStringLiteral("postal_code"));
                    if (!address.trimmed().isEmpty())
                        in.address = address.trimmed();
                    QString phone = row.value(QStringLiteral("mobile"));
                    if (phone.isEmpty())
                        phone = row.value(QStringLiteral("phone"));
                    if (!phone.isEmpty())
                        in.phone = phone;
                    if (!row.value(QStringLiteral("email")).isEmpty())
                        in.email = row.value(QStringLiteral("email"));
                    const QString lang = row.value(QStringLiteral("language")).toLower();
                    if (lang.startsWith(QLatin1String("en")))
                        in.language = QStringLiteral("en");
                    else if (lang.startsWith(QLatin1String("id")))
                        in.language = QStringLiteral("id");
                    if (row.has(QStringLiteral("category"))) {
                        const QString v = row.value(QStringLiteral("category"));
                        if (v.isEmpty() && !mapping.categories.contains(QString()))
                            err(errs, row, QStringLiteral("category"), QStringLiteral("migrate.missing_value"), tr("The category is empty."));
                        else
                            in.categoryCode = mapped(mapping.categories, v);
                    }
                    QString branch;
                    if (branchCode(errs, row, &branch) && !branch.isEmpty())
                        in.branchCode = branch;
                    QString nik = row.value(QStringLiteral("nik"));
                    nik.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
                    if (!nik.isEmpty()) {
                        Status nikOk = Circ::Nik::validate(nik, birth);
                        if (nikOk.ok()) {
                            in.nik = nik;
                        } else if (options.allowUnverifiedNik) {
                            in.nikUnverified = row.value(QStringLiteral("nik"));
                        } else {
                            err(errs, row, QStringLiteral("nik"), nikOk.error().code,
                                nikOk.error().message + QLatin1Char(' ') + tr("(--allow-unverified-nik keeps it as unverified.)"));
                        }
                    }
                    if (!options.photosDir.isEmpty()) {
                        QStringList candidates;
                        const QString named = QFileInfo(row.value(QStringLiteral("photo"))).fileName();
                        if (!named.isEmpty())
                            candidates << named;
                        const QString raw = row.value(QStringLiteral("old_id"));
                        for (const QString &ext : {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                                   QStringLiteral("JPG"), QStringLiteral("JPEG"), QStringLiteral("PNG")})
                            candidates << raw + QLatin1Char('.') + ext;
                        for (const QString &c : std::as_const(candidates)) {
                            QFile f(QDir(options.photosDir).filePath(c));
                            if (f.exists() && f.open(QIODevice::ReadOnly)) {
                                in.photo = f.read(Circ::Patrons::kMaxPhotoBytes + 1);
                                break;
                            }
                        }
                    }
                    if (!errs.isEmpty()) {
                        batch.errors << errs;
                        continue;
                    }
                    auto p = patrons.registerPatron(m_caller, in);
                    if (!p.ok()) {
                        if (!p.error().isRefusal())
                            return p.error();
                        refusedRow(row, p.error());
                        continue;
                    }
                    if (Status s = remember(oldId, p->id); !s.ok())
                        return s;
                    ++batch.imported;
                } else if (kind == Kind::Copies) {
                    const QString barcode = row.value(QStringLiteral("barcode"));
                    if (barcode.isEmpty()) {
                        err(batch.errors, row, QStringLiteral("barcode"), QStringLiteral("migrate.missing_value"), tr("The barcode is empty."));
                        continue;
                    }
                    auto done = alreadyImported(barcode);
                    if (!done.ok())
                        return done.error();
                    if (*done) {
                        ++batch.skipped;
                        continue;
                    }
                    // The copy's record: by the old system's record number (MARC 001), ISBN, or a title
                    // only one record has. The catalogue (MARC) is imported first.
                    qint64 bib = 0;
                    QString bibField;
                    for (const auto &[field, sql] :
                         {std::pair{QStringLiteral("record"), QStringLiteral("SELECT id FROM bib_records WHERE control_number = ? LIMIT 2")},
                          std::pair{QStringLiteral("isbn"), QStringLiteral("SELECT id FROM bib_records WHERE isbn = ? LIMIT 2")},
                          std::pair{QStringLiteral("title"), QStringLiteral("SELECT id FROM bib_records WHERE title = ? LIMIT 2")}}) {
                        const QString v = row.value(field);
                        if (v.isEmpty())
                            continue;
                        if (bibField.isEmpty())
                            bibField = field;
                        const QString key = field + QLatin1Char('\x1f') + v;
                        if (field == QLatin1String("title") && !titlesLoaded) {
                            // Titles have no index: read them all once (a catalogue of a million
                            // records is some tens of MB) rather than scan the table per copy.
                            auto all = Circ::rows(db, QStringLiteral("SELECT id, title FROM bib_records"));
                            if (!all.ok())
                                return all.error();
                            for (const QVariantList &t : std::as_const(*all)) {
                                const QString k = QStringLiteral("title\x1f") + t[1].toString();
                                const qint64 seen = bibCache.value(k, 0);
                                bibCache.insert(k, seen == 0 ? t[0].toLongLong() : (seen > 0 ? -2 : seen - 1));
                            }
                            titlesLoaded = true;
                        }
                        if (bibCache.contains(key) || field == QLatin1String("title")) {
                            bib = bibCache.value(key);
                        } else {
                            auto found = Circ::rows(db, sql, {v});
                            if (!found.ok())
                                return found.error();
                            bib = found->size() == 1 ? found->first().at(0).toLongLong() : -qint64(found->size());
                            bibCache.insert(key, bib);
                        }
                        if (bib > 0)
                            break;
                    }
                    if (bib < 0) {
                        err(errs, row, bibField, QStringLiteral("migrate.ambiguous_record"),
                            tr("Several records of the catalogue match \"%1\": give the record number or ISBN.").arg(row.value(bibField)));
                    } else if (!bib) {
                        err(errs, row, bibField, QStringLiteral("migrate.unknown_record"),
                            bibField.isEmpty() ? tr("The row names no record (record number, ISBN or title).")
                                               : tr("No record of the catalogue matches \"%1\" (import the catalogue first).")
                                                     .arg(row.value(bibField)));
                    }
                    Collection::ItemInput in;
                    in.barcode = barcode;
                    in.bibId = bib;
                    const bool branchOk = branchCode(errs, row, &in.branch);
                    if (branchOk && in.branch.isEmpty()) {
                        auto b = Circ::defaultBranch(db);
                        if (b.ok())
                            in.branch = b->code;
                        else if (b.error().isRefusal())
                            err(errs, row, QStringLiteral("branch"), b.error().code, b.error().message);
                        else
                            return b.error();
                    }
                    in.location = row.value(QStringLiteral("location"));
                    in.callNumber = row.value(QStringLiteral("call_number"));
                    if (row.has(QStringLiteral("item_type"))) {
                        const QString v = row.value(QStringLiteral("item_type"));
                        if (v.isEmpty() && !mapping.itemTypes.contains(QString()))
                            err(errs, row, QStringLiteral("item_type"), QStringLiteral("migrate.missing_value"), tr("The item type is empty."));
                        else
                            in.itemType = mapped(mapping.itemTypes, v);
                    }
                    if (!money(row.value(QStringLiteral("price")), &in.price))
                        err(errs, row, QStringLiteral("price"), QStringLiteral("migrate.bad_amount"),
                            tr("\"%1\" is not an amount of rupiah.").arg(row.value(QStringLiteral("price"))));
                    QDate acquired;
                    if (dateOf(errs, row, QStringLiteral("acquired_on"), &acquired) && acquired.isValid())
                        in.acquiredOn = acquired.toString(Qt::ISODate);
                    if (!errs.isEmpty()) {
                        batch.errors << errs;
                        continue;
                    }
                    auto id = Collection::Collection::insertItem(ctx, in, &branchIds);
                    if (!id.ok()) {
                        if (!id.error().isRefusal())
                            return id.error();
                        refusedRow(row, id.error());
                        continue;
                    }
                    if (Status s = remember(barcode, *id); !s.ok())
                        return s;
                    ++batch.imported;
                } else if (kind == Kind::Loans) {
                    const QString barcode = row.value(QStringLiteral("item"));
                    QString oldId = row.value(QStringLiteral("old_id"));
                    if (oldId.isEmpty())
                        oldId = barcode + QLatin1Char('@') + row.value(QStringLiteral("issued_on"));
                    auto done = alreadyImported(oldId);
                    if (!done.ok())
                        return done.error();
                    if (*done) {
                        ++batch.skipped;
                        continue;
                    }
                    auto item = Circ::firstRow(db, QStringLiteral("SELECT id, branch_id FROM items WHERE barcode = ?"), {barcode});
                    if (!item.ok())
                        return item.error();
                    if (!item->has_value())
                        err(errs, row, QStringLiteral("item"), QStringLiteral("circulation.unknown_item"),
                            tr("There is no copy with the barcode %1 (import the copies first).").arg(barcode));
                    auto patron = patronOf(row.value(QStringLiteral("patron")));
                    if (!patron.ok())
                        return patron.error();
                    if (*patron == 0)
                        err(errs, row, QStringLiteral("patron"), QStringLiteral("circulation.unknown_patron"),
                            tr("There is no patron with the member number %1 (import the patrons first).").arg(row.value(QStringLiteral("patron"))));
                    QDate issued, due;
                    QTime issuedTime, dueTime;
                    dateOf(errs, row, QStringLiteral("issued_on"), &issued, &issuedTime);
                    dateOf(errs, row, QStringLiteral("due_on"), &due, &dueTime);
                    if (!due.isValid() && !errs.isEmpty()) {
                        // reported
                    } else if (!due.isValid()) {
                        err(errs, row, QStringLiteral("due_on"), QStringLiteral("migrate.missing_value"), tr("The due date is empty."));
                    }
                    qint64 branchId = item->has_value() ? (**item)[1].toLongLong() : 0;
                    QString code;
                    if (row.has(QStringLiteral("branch")) && branchCode(errs, row, &code)) {
                        auto b = Circ::branchByCode(db, code);
                        if (b.ok())
                            branchId = b->id;
                        else if (b.error().isRefusal())
                            err(errs, row, QStringLiteral("branch"), b.error().code, b.error().message);
                        else
                            return b.error();
                    }
                    if (!errs.isEmpty()) {
                        batch.errors << errs;
                        continue;
                    }
                    const qint64 itemId = (**item)[0].toLongLong();
                    auto open = db.scalar(QStringLiteral("SELECT p.card_number FROM loans l JOIN patrons p ON p.id = l.patron_id "
                                                         "WHERE l.item_id = ? AND l.returned_at IS NULL"),
                                          {itemId});
                    if (!open.ok())
                        return open.error();
                    if (!open->isNull()) {
                        err(batch.errors, row, QStringLiteral("item"), QStringLiteral("circulation.item_on_loan"),
                            tr("%1 is already on loan (card %2).").arg(barcode, open->toString()));
                        continue;
                    }
                    auto calendar = Circ::branchCalendar(db, branchId);
                    if (!calendar.ok())
                        return calendar.error();
                    const qint64 dueAt = dueTime.isValid() && dueTime != QTime(0, 0)
                                             ? QDateTime(due, dueTime, calendar->zone()).toMSecsSinceEpoch()
                                             : Circ::DueDates::endOfDay(*calendar, due);
                    qint64 issuedAt = issued.isValid() ? (issuedTime.isValid() ? QDateTime(issued, issuedTime, calendar->zone()).toMSecsSinceEpoch()
                                                                                : calendar->startOfDay(issued))
                                                       : qMin(ctx.nowMs(), dueAt - 1);
                    if (dueAt <= issuedAt) {
                        err(batch.errors, row, QStringLiteral("due_on"), QStringLiteral("migrate.due_before_issue"),
                            tr("The due date %1 is not after the loan date %2.").arg(row.value(QStringLiteral("due_on")), row.value(QStringLiteral("issued_on"))));
                        continue;
                    }
                    auto loanId = Circ::insertId(db,
                                                 QStringLiteral("INSERT INTO loans (item_id, patron_id, branch_id, issued_at, due_at, renewals, "
                                                                "created_op, updated_op) VALUES (?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
                                                 {itemId, *patron, branchId, issuedAt, dueAt, ctx.operationId(), ctx.operationId()});
                    if (!loanId.ok())
                        return loanId.error();
                    if (Status s = Circ::execute(db, QStringLiteral("UPDATE items SET status = 'on_loan', updated_op = ? WHERE id = ?"),
                                                 {ctx.operationId(), itemId});
                        !s.ok())
                        return s;
                    if (Status s = remember(oldId, *loanId); !s.ok())
                        return s;
                    ++batch.imported;
                } else {
                    const QString oldId = row.value(QStringLiteral("old_id"));
                    if (oldId.isEmpty()) {
                        err(batch.errors, row, QStringLiteral("old_id"), QStringLiteral("migrate.missing_value"), tr("The fee's number is empty."));
                        continue;
                    }
                    auto done = alreadyImported(oldId);
                    if (!done.ok())
                        return done.error();
                    if (*done) {
                        ++batch.skipped;
                        continue;
                    }
                    auto patron = patronOf(row.value(QStringLiteral("patron")));
                    if (!patron.ok())
                        return patron.error();
                    if (*patron == 0)
                        err(errs, row, QStringLiteral("patron"), QStringLiteral("circulation.unknown_patron"),
                            tr("There is no patron with the member number %1 (import the patrons first).").arg(row.value(QStringLiteral("patron"))));
                    qint64 amount = 0, paid = 0;
                    if (!money(row.value(QStringLiteral("amount")), &amount))
                        err(errs, row, QStringLiteral("amount"), QStringLiteral("migrate.bad_amount"),
                            tr("\"%1\" is not an amount of rupiah.").arg(row.value(QStringLiteral("amount"))));
                    if (!money(row.value(QStringLiteral("paid")), &paid))
                        err(errs, row, QStringLiteral("paid"), QStringLiteral("migrate.bad_amount"),
                            tr("\"%1\" is not an amount of rupiah.").arg(row.value(QStringLiteral("paid"))));
                    QDate on;
                    dateOf(errs, row, QStringLiteral("date"), &on);
                    if (!errs.isEmpty()) {
                        batch.errors << errs;
                        continue;
                    }
                    const qint64 outstanding = amount - paid;
                    if (outstanding <= 0) {
                        ++batch.settled;
                        continue;
                    }
                    QString description = row.value(QStringLiteral("description"));
                    const QString origin = on.isValid() ? tr("old system, %1, %2").arg(oldId, on.toString(Qt::ISODate))
                                                        : tr("old system, %1").arg(oldId);
                    description = description.isEmpty() ? origin : description + QStringLiteral(" (") + origin + QLatin1Char(')');
                    auto fee = Circ::chargeFee(ctx, *patron, QStringLiteral("manual"), outstanding, description.left(500));
                    if (!fee.ok()) {
                        if (!fee.error().isRefusal())
                            return fee.error();
                        refusedRow(row, fee.error());
                        continue;
                    }
                    if (Status s = remember(oldId, fee->id); !s.ok())
                        return s;
                    ++batch.imported;
                }
            }
            ctx.setDetail(QStringLiteral("lines"), QJsonArray{rows.at(start).line, rows.at(end - 1).line});
            ctx.setDetail(QStringLiteral("imported"), batch.imported);
            ctx.setDetail(QStringLiteral("skipped"), batch.skipped);
            ctx.setDetail(QStringLiteral("rejected"), batch.errors.size());
            if (options.dryRun)
                return Error::refused(kDryRun, tr("Dry run: nothing was kept."));
            return {};
        });
        if (!st.ok() && st.error().code != kDryRun)
            return st.error();
        report.imported += batch.imported;
        report.skipped += batch.skipped;
        report.closed += batch.closed;
        report.settled += batch.settled;
        report.errors << batch.errors;
        if (options.progress)
            options.progress(end, rows.size());
    }
    std::sort(report.errors.begin(), report.errors.end(), [](const RowError &a, const RowError &b) { return a.line < b.line; });
    return report;
}

qsizetype Preview::unknownValues() const
{
    qsizetype n = 0;
    for (const ValueMapping &v : values)
        n += v.known ? 0 : 1;
    return n;
}

Result<Preview> Importer::preview(Kind kind, const QByteArray &data, const Mapping &mapping, int maxRows)
{
    const CsvFile csv = readCsv(data, mapping.separator);
    if (csv.records.isEmpty())
        return Error::refused(QStringLiteral("migrate.no_rows"), tr("The file has no rows."));
    const Columns cols = resolveColumns(kind, csv, mapping);
    if (Status st = checkRequired(kind, cols, mapping); !st.ok())
        return st.error();

    Preview p;
    p.headerless = cols.firstData == 0;
    for (const QString &f : fieldsOf(kind)) {
        if (cols.index.contains(f)) {
            p.fields << f;
            p.columns << cols.columnOf.value(f);
        }
    }
    // The mapped columns of this kind, each with its table and Aksara's codes.
    struct Mapped {
        QString field;
        const QHash<QString, QString> *table;
        QString sql;
    };
    QList<Mapped> mappedFields;
    if (kind == Kind::Patrons)
        mappedFields << Mapped{QStringLiteral("category"), &mapping.categories, QStringLiteral("SELECT code, name FROM patron_categories")};
    if (kind != Kind::Fees)
        mappedFields << Mapped{QStringLiteral("branch"), &mapping.branches, QStringLiteral("SELECT code, name FROM branches")};
    if (kind == Kind::Copies)
        mappedFields << Mapped{QStringLiteral("item_type"), &mapping.itemTypes, QStringLiteral("SELECT code, name FROM item_types")};

    for (const Mapped &m : std::as_const(mappedFields)) {
        auto known = knownCodes(*m_core.database(), m.sql);
        if (!known.ok())
            return known.error();
        QSet<QString> codes;
        for (const QString &c : std::as_const(*known))
            codes.insert(c.toCaseFolded());
        auto resolve = [&](const QString &value, ValueMapping *v) {
            const QString key = value.trimmed().toCaseFolded();
            if (m.table->contains(key))
                v->code = m.table->value(key);
            else
                v->code = known->value(key, value.trimmed());
            v->known = !v->code.isEmpty() && codes.contains(v->code.toCaseFolded());
        };
        if (!cols.index.contains(m.field)) {
            if (m.field != QLatin1String("branch") || kind == Kind::Loans)
                continue; // not in the file: nothing to map (a loan keeps its copy's branch)
            ValueMapping v;
            v.field = m.field;
            v.code = mapping.branch;
            v.known = mapping.branch.isEmpty() || codes.contains(mapping.branch.toCaseFolded());
            v.rows = csv.records.size() - cols.firstData;
            p.values << v;
            continue;
        }
        const int at = cols.index.value(m.field);
        QHash<QString, qsizetype> seen; // folded old value -> index in p.values
        for (qsizetype r = cols.firstData; r < csv.records.size(); ++r) {
            const QStringList &fields = csv.records.at(r).fields;
            QString value = at < fields.size() ? fields.at(at).trimmed() : QString();
            if (value == QLatin1String("\\N") || value == QLatin1String("-") || value.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
                value.clear();
            const QString key = value.toCaseFolded();
            if (seen.contains(key)) {
                ++p.values[seen.value(key)].rows;
                continue;
            }
            ValueMapping v;
            v.field = m.field;
            v.column = cols.columnOf.value(m.field);
            v.oldValue = value;
            if (value.isEmpty() && !m.table->contains(QString()))
                v.known = false; // an empty value is an error unless the table maps it
            else
                resolve(value, &v);
            v.rows = 1;
            seen.insert(key, p.values.size());
            p.values << v;
        }
    }

    p.totalRows = csv.records.size() - cols.firstData;
    for (qsizetype r = cols.firstData; r < csv.records.size() && p.rows.size() < maxRows; ++r) {
        const CsvRecord &rec = csv.records.at(r);
        QStringList values;
        for (const QString &f : std::as_const(p.fields)) {
            const int at = cols.index.value(f);
            values << (at < rec.fields.size() ? rec.fields.at(at) : QString());
        }
        p.lines << rec.line;
        p.rows << values;
    }
    return p;
}

} // namespace Aksara::Migrate
