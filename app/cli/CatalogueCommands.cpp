// The catalogue's and collection's commands: catalogue import|export|add|edit|show|reindex, search,
// item add|edit|show|list, lookup, shelf, sru search|import, sru target list|add|edit|remove.
#include "CatalogueCommands.h"
#include "Cli.h"

#include "catalogue/Catalogue.h"
#include "catalogue/MarcText.h"
#include "catalogue/SruClient.h"
#include "catalogue/SruTargets.h"
#include "collection/Collection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cstdio>
#include <limits>
#include <optional>
#include <unistd.h>

namespace Aksara::Cli {

namespace {
using namespace Aksara::Catalogue;
using Aksara::Collection::Item;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

bool parseInt(Env &env, const QString &option, qint64 *value, qint64 min, qint64 max)
{
    if (!env.isSet(option))
        return true;
    bool ok = false;
    const qint64 v = env.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

QString dueText(qint64 ms)
{
    return ms > 0 ? localTime(ms).left(10) : QString();
}

void printItemLine(QTextStream &o, const Item &i)
{
    o << QStringLiteral("  %1 %2 %3 %4 %5%6\n")
             .arg(i.barcode, -14)
             .arg(i.branchCode, -8)
             .arg(i.location.isEmpty() ? QStringLiteral("-") : i.location, -20)
             .arg(i.callNumber.isEmpty() ? QStringLiteral("-") : i.callNumber, -20)
             .arg(i.status)
             .arg(i.dueAt > 0 ? tr(" (due %1)").arg(dueText(i.dueAt)) : QString());
}

// --- catalogue import -------------------------------------------------------------------------

int cmdImport(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("catalogue import takes one FILE."));
    ImportOptions o;
    if (env.isSet(QStringLiteral("format")) && !parseFormat(env.value(QStringLiteral("format")), &o.format))
        return env.usage(tr("--format is iso2709 or marcxml."));
    if (env.isSet(QStringLiteral("encoding")) && !parseEncoding(env.value(QStringLiteral("encoding")), &o.encoding))
        return env.usage(tr("--encoding is utf-8 or marc-8."));
    if (env.isSet(QStringLiteral("duplicates")) && !parseDuplicatePolicy(env.value(QStringLiteral("duplicates")), &o.duplicates))
        return env.usage(tr("--duplicates is skip, replace or allow."));
    qint64 batch = 5000;
    if (!parseInt(env, QStringLiteral("batch"), &batch, 1, 100000))
        return env.usage(tr("--batch needs a number from 1 to 100000."));
    o.batchSize = int(batch);
    o.stopOnError = env.isSet(QStringLiteral("stop-on-error"));
    o.defaultBranch = env.value(QStringLiteral("branch"));
    o.createItems = !env.isSet(QStringLiteral("no-items"));
    o.strict = env.isSet(QStringLiteral("strict"));

    const bool bar = isatty(STDERR_FILENO) && !env.json();
    qint64 t0 = env.clock().monotonicNs();
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto report = catalogue.importFile(env.caller(), a.first(), o, [&](const ImportProgress &p) {
        if (!bar)
            return;
        const double share = p.bytesTotal > 0 ? double(p.bytesRead) / double(p.bytesTotal) : 0;
        const int width = 30;
        const int filled = int(share * width + 0.5);
        const double secs = qMax(1e-3, double(env.clock().monotonicNs() - t0) / 1e9);
        env.err() << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                  << QStringLiteral("%1% ").arg(int(share * 100), 3)
                  << tr("%1 read, %2 imported, %3 rejected, %4 records/s")
                         .arg(p.read)
                         .arg(p.imported)
                         .arg(p.rejected)
                         .arg(qint64(p.read / secs))
                  << "   ";
        env.err().flush();
    });
    if (bar) {
        env.err() << "\n";
        env.err().flush();
    }
    if (!report.ok())
        return env.fail(report.error());
    const ImportReport &r = *report;
    if (env.json()) {
        env.printJson(r.toJson());
    } else {
        QTextStream &o2 = env.out();
        o2 << tr("Read %1 records: %2 imported, %3 replaced, %4 duplicates skipped, %5 rejected; %6 copies created "
                 "(%7 batches, %8 s).")
                  .arg(r.read)
                  .arg(r.imported)
                  .arg(r.replaced)
                  .arg(r.skipped)
                  .arg(r.rejected)
                  .arg(r.items)
                  .arg(r.batches)
                  .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
           << "\n";
        if (r.optimized)
            o2 << tr("The search index was compacted after the import.") << "\n";
        if (r.cancelled)
            o2 << tr("The import was cancelled; every batch written is complete.") << "\n";
        if (r.stopped)
            o2 << tr("The import stopped at the first bad record (--stop-on-error); the records before it are imported.") << "\n";
        for (const ImportProblem &p : r.problems)
            o2 << tr("  record %1 (byte %2): %3 [%4]").arg(p.position).arg(p.offset).arg(p.message, p.code) << "\n";
        if (r.rejected > r.problems.size())
            o2 << tr("  ... and %1 more").arg(r.rejected - r.problems.size()) << "\n";
        if (r.copiesNotCreated > 0)
            o2 << tr("%1 copies were not created (their records are imported; --strict rejects such records):")
                      .arg(r.copiesNotCreated)
               << "\n";
        for (const ImportCopyProblem &c : r.copyProblems)
            o2 << tr("  record %1, copy %2: %3 [%4]").arg(c.position).arg(c.barcode, c.message, c.code) << "\n";
        if (r.copiesNotCreated > r.copyProblems.size())
            o2 << tr("  ... and %1 more").arg(r.copiesNotCreated - r.copyProblems.size()) << "\n";
        const int shown = qMin<int>(int(r.duplicates.size()), 50);
        for (int i = 0; i < shown; ++i) {
            const ImportDuplicate &d = r.duplicates.at(i);
            o2 << tr("  record %1: duplicate of %2 by %3 (%4): %5")
                      .arg(d.position)
                      .arg(d.existingBib > 0 ? tr("record %1").arg(d.existingBib) : tr("an earlier record of this file"))
                      .arg(d.matchedOn == QLatin1String("isbn") ? tr("ISBN") : tr("control number"))
                      .arg(d.matchedOn == QLatin1String("isbn") ? d.isbn : d.controlNumber)
                      .arg(d.action)
               << "\n";
        }
        if (r.duplicates.size() > shown)
            o2 << tr("  ... and %1 more duplicates (see --json)").arg(r.duplicates.size() - shown) << "\n";
    }
    // Some records were refused: the others are in, the exit code says not all were.
    return r.rejected > 0 ? Refused : Ok;
}

// --- catalogue export -------------------------------------------------------------------------

int cmdExport(Env &env)
{
    ExportOptions o;
    o.format = MarcFormat::Iso2709;
    if (env.isSet(QStringLiteral("format")) && !parseFormat(env.value(QStringLiteral("format")), &o.format))
        return env.usage(tr("--format is iso2709 or marcxml."));
    if (o.format == MarcFormat::Auto)
        o.format = MarcFormat::Iso2709;
    for (const QString &b : env.parser().values(QStringLiteral("bib"))) {
        bool ok = false;
        const qint64 id = b.toLongLong(&ok);
        if (!ok || id <= 0)
            return env.usage(tr("--bib needs a record number."));
        o.bibIds << id;
    }
    o.query = env.value(QStringLiteral("query"));
    const QString outPath = env.value(QStringLiteral("out"));
    QFile out;
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        if (env.json())
            return env.usage(tr("--json needs --out FILE (the records go to standard output otherwise)."));
        if (!out.open(stdout, QIODevice::WriteOnly))
            return env.fail(Error::failed(QStringLiteral("catalogue.export_write"), tr("Cannot write to standard output.")));
    } else {
        out.setFileName(outPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return env.fail(Error::failed(QStringLiteral("catalogue.export_write"),
                                          tr("Cannot write %1: %2").arg(outPath, out.errorString())));
    }
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto report = catalogue.exportRecords(env.caller(), out, o);
    out.close();
    if (!report.ok())
        return env.fail(report.error());
    if (env.json()) {
        env.printJson(report->toJson());
    } else {
        env.err() << tr("Exported %n record(s).", nullptr, int(report->written)) << "\n";
        for (const ImportProblem &p : report->problems)
            env.err() << "  " << p.message << " [" << p.code << "]\n";
    }
    return report->problems.isEmpty() ? Ok : Refused;
}

// --- catalogue add / show / reindex ------------------------------------------------------------

// A record a person wrote in a file (--marc FILE): MARCXML, ISO 2709 or the line format.
Result<MarcEntry> readMarcOption(Env &env)
{
    const QString path = env.value(QStringLiteral("marc"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(QStringLiteral("catalogue.file_unreadable"), tr("Cannot read %1: %2").arg(path, file.errorString()));
    return readMarcEntry(file.readAll());
}

// A refusal of an entered record: every problem on a line of its own, with the line of the file
// it is on.
int failEntry(Env &env, Error error, const MarcEntry &entry)
{
    addLines(error, entry);
    const QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
    if (reasons.size() > 1) {
        QStringList lines;
        for (const auto &r : reasons)
            lines << QStringLiteral("  ") + r.toObject().value(QStringLiteral("message")).toString();
        error.message = tr("The record was not stored; %1 problems:").arg(reasons.size()) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return env.fail(error);
}

int cmdAddMarc(Env &env)
{
    for (const char *simple : {"title", "subtitle", "author", "other-author", "publisher", "place", "year", "language", "subject",
                               "series", "call-number", "isbn", "edition", "note", "type"}) {
        if (env.isSet(QString::fromLatin1(simple)))
            return env.usage(tr("catalogue add takes either --marc FILE or the simple fields (--%1), not both.").arg(QString::fromLatin1(simple)));
    }
    auto entry = readMarcOption(env);
    if (!entry.ok())
        return env.fail(entry.error());
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto id = catalogue.createRecord(env.caller(), entry->record, env.isSet(QStringLiteral("allow-duplicate")));
    if (!id.ok())
        return failEntry(env, id.error(), *entry);
    const QString title = deriveFields(entry->record).title;
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("bib"), *id}, {QStringLiteral("title"), title}});
    else
        env.out() << tr("Created record %1: %2").arg(*id).arg(title) << "\n";
    return Ok;
}

int cmdEdit(Env &env)
{
    const QStringList a = env.args();
    bool ok = false;
    const qint64 id = a.value(0).toLongLong(&ok);
    if (a.size() != 1 || !ok || id <= 0)
        return env.usage(tr("catalogue edit takes one record number."));
    if (!env.isSet(QStringLiteral("marc")))
        return env.usage(tr("catalogue edit needs --marc FILE (the whole record; \"catalogue show ID --lines\" prints it)."));
    auto entry = readMarcOption(env);
    if (!entry.ok())
        return env.fail(entry.error());
    Aksara::Catalogue::Catalogue catalogue(env.core());
    if (Status st = catalogue.updateRecord(env.caller(), id, entry->record); !st.ok())
        return failEntry(env, st.error(), *entry);
    const QString title = deriveFields(entry->record).title;
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("bib"), id}, {QStringLiteral("title"), title}});
    else
        env.out() << tr("Updated record %1: %2").arg(id).arg(title) << "\n";
    return Ok;
}

int cmdAdd(Env &env)
{
    if (env.isSet(QStringLiteral("marc")))
        return cmdAddMarc(env);
    SimpleRecord s;
    s.title = env.value(QStringLiteral("title"));
    if (s.title.trimmed().isEmpty())
        return env.usage(tr("catalogue add needs --title (or --marc FILE)."));
    s.subtitle = env.value(QStringLiteral("subtitle"));
    s.author = env.value(QStringLiteral("author"));
    s.otherAuthors = env.parser().values(QStringLiteral("other-author"));
    s.publisher = env.value(QStringLiteral("publisher"));
    s.place = env.value(QStringLiteral("place"));
    qint64 year = 0;
    if (!parseInt(env, QStringLiteral("year"), &year, 1, 9999))
        return env.usage(tr("--year needs a year."));
    s.year = int(year);
    s.language = env.value(QStringLiteral("language"));
    s.subjects = env.parser().values(QStringLiteral("subject"));
    s.series = env.parser().values(QStringLiteral("series"));
    s.callNumber = env.value(QStringLiteral("call-number"));
    s.isbn = env.value(QStringLiteral("isbn"));
    s.edition = env.value(QStringLiteral("edition"));
    s.notes = env.parser().values(QStringLiteral("note"));
    if (env.isSet(QStringLiteral("type"))) {
        s.recordType = RecordTypes::normalize(env.value(QStringLiteral("type")));
        if (s.recordType.isEmpty())
            return env.usage(tr("--type is one of: %1.").arg(RecordTypes::all().join(QStringLiteral(", "))));
    }
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto id = catalogue.createRecord(env.caller(), s, env.isSet(QStringLiteral("allow-duplicate")));
    if (!id.ok())
        return env.fail(id.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("bib"), *id}, {QStringLiteral("title"), s.title}});
    else
        env.out() << tr("Created record %1: %2").arg(*id).arg(s.title) << "\n";
    return Ok;
}

int cmdShow(Env &env)
{
    const QStringList a = env.args();
    bool ok = false;
    const qint64 id = a.value(0).toLongLong(&ok);
    if (a.size() != 1 || !ok)
        return env.usage(tr("catalogue show takes one record number."));
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto r = catalogue.record(env.caller(), id);
    if (!r.ok())
        return env.fail(r.error());
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    if (env.isSet(QStringLiteral("marcxml"))) {
        env.out() << QString::fromUtf8(writeMarcXml(r->marc));
        return Ok;
    }
    if (env.isSet(QStringLiteral("lines"))) {
        env.out() << writeMarcLines(r->marc);
        return Ok;
    }
    QTextStream &o = env.out();
    const BibFields &f = r->fields;
    o << tr("Record %1").arg(r->id) << "\n";
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            o << "  " << label.leftJustified(16) << value << "\n";
    };
    line(tr("Title"), f.title);
    line(tr("Responsibility"), f.responsibility);
    line(tr("Author"), f.author);
    line(tr("Other names"), f.authors.mid(1).join(QStringLiteral("; ")));
    line(tr("Publisher"), QStringList{f.place, f.publisher}.join(QStringLiteral(" : ")).remove(QRegularExpression(QStringLiteral("^ : | : $"))));
    line(tr("Year"), f.year > 0 ? QString::number(f.year) : QString());
    line(tr("Language"), f.language);
    line(tr("Type"), f.recordType);
    line(tr("ISBN"), f.isbns.join(QStringLiteral(", ")));
    line(tr("Call number"), f.callNumber);
    line(tr("Series"), f.series.join(QStringLiteral("; ")));
    for (const QString &s : f.subjects)
        line(tr("Subject"), s);
    o << "\n";
    // The MARC record, one field per line (as yaz-marcdump prints it).
    o << writeMarcLines(r->marc);
    return Ok;
}

int cmdOptimize(Env &env)
{
    Aksara::Catalogue::Catalogue catalogue(env.core());
    if (Status st = catalogue.optimizeIndex(env.caller()); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("optimized"), true}});
    else
        env.out() << tr("The search index is compacted.") << "\n";
    return Ok;
}

int cmdReindex(Env &env)
{
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto r = catalogue.reindex(env.caller(), env.isSet(QStringLiteral("all")));
    if (!r.ok())
        return env.fail(r.error());
    if (env.json())
        env.printJson(r->toJson());
    else
        env.out() << tr("Indexed %1 records (%2 given a MARC record built from their fields).").arg(r->indexed).arg(r->marcBuilt)
                  << "\n";
    return Ok;
}

// --- search -----------------------------------------------------------------------------------

int cmdSearch(Env &env)
{
    const QStringList a = env.args();
    if (a.isEmpty())
        return env.usage(tr("search needs a QUERY."));
    SearchRequest req;
    req.query = a.join(QLatin1Char(' '));
    req.cql = env.isSet(QStringLiteral("cql"));
    qint64 limit = 10, offset = 0, yearFrom = 0, yearTo = 0;
    if (!parseInt(env, QStringLiteral("limit"), &limit, 1, 1000))
        return env.usage(tr("--limit needs a number from 1 to 1000."));
    if (!parseInt(env, QStringLiteral("offset"), &offset, 0, 100000))
        return env.usage(tr("--offset needs a number from 0 to 100000."));
    if (!parseInt(env, QStringLiteral("year-from"), &yearFrom, 1, 9999) || !parseInt(env, QStringLiteral("year-to"), &yearTo, 1, 9999))
        return env.usage(tr("--year-from and --year-to need a year."));
    req.limit = int(limit);
    req.offset = int(offset);
    req.yearFrom = int(yearFrom);
    req.yearTo = int(yearTo);
    req.recordTypes = env.parser().values(QStringLiteral("type"));
    req.languages = env.parser().values(QStringLiteral("language"));
    req.branches = env.parser().values(QStringLiteral("branch"));
    req.availableOnly = env.isSet(QStringLiteral("available"));
    req.facets = env.isSet(QStringLiteral("facets"));
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto r = catalogue.search(env.caller(), req);
    if (!r.ok()) {
        if (req.cql && r.error().details.contains(QStringLiteral("diagnostic")))
            env.err() << tr("SRU diagnostic %1").arg(r.error().details.value(QStringLiteral("diagnostic")).toString()) << "\n";
        return env.fail(r.error());
    }
    if (env.json()) {
        env.printJson(r->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    o << tr("%n record(s) found", nullptr, int(qMin<qint64>(r->total, INT_MAX)));
    if (r->total > 0)
        o << tr(", %1-%2 shown").arg(r->offset + 1).arg(r->offset + r->hits.size());
    if (!r->exactRanking)
        o << tr(" (ranked among the best candidates only)");
    o << "\n";
    int n = r->offset;
    for (const SearchHit &h : r->hits) {
        o << QStringLiteral("%1. [%2] %3").arg(++n).arg(h.bibId).arg(h.title);
        if (!h.author.isEmpty())
            o << " / " << h.author;
        if (h.year > 0)
            o << " (" << h.year << ")";
        o << "\n";
        for (const Item &i : h.items)
            printItemLine(o, i);
    }
    if (req.facets) {
        for (auto it = r->facets.cbegin(); it != r->facets.cend(); ++it) {
            QStringList parts;
            for (const FacetCount &c : it.value())
                parts << QStringLiteral("%1 (%2)").arg(c.label).arg(c.count);
            if (!parts.isEmpty())
                o << "  " << it.key() << ": " << parts.join(QStringLiteral(", ")) << "\n";
        }
    }
    return Ok;
}

// --- items ------------------------------------------------------------------------------------

int printItem(Env &env, const Item &i)
{
    if (env.json()) {
        env.printJson(i.toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    o << i.barcode << "  " << i.title;
    if (!i.author.isEmpty())
        o << " / " << i.author;
    o << tr("  (record %1)").arg(i.bibId) << "\n";
    o << "  " << tr("Branch:      %1 (%2)").arg(i.branchCode, i.branchName) << "\n";
    o << "  " << tr("Location:    %1").arg(i.location) << "\n";
    o << "  " << tr("Call number: %1").arg(i.callNumber) << "\n";
    o << "  " << tr("Type:        %1").arg(i.itemType) << "\n";
    o << "  " << tr("Status:      %1").arg(i.status) << (i.dueAt > 0 ? tr(", due %1").arg(localTime(i.dueAt)) : QString()) << "\n";
    if (i.price > 0)
        o << "  " << tr("Price:       Rp %L1").arg(i.price) << "\n";
    if (!i.acquiredOn.isEmpty())
        o << "  " << tr("Acquired:    %1").arg(i.acquiredOn) << "\n";
    return Ok;
}

int cmdItemAdd(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("item add takes one BARCODE."));
    Collection::ItemInput in;
    in.barcode = a.first();
    qint64 bib = 0, price = 0;
    if (!env.isSet(QStringLiteral("bib")) || !parseInt(env, QStringLiteral("bib"), &bib, 1, std::numeric_limits<qint64>::max()))
        return env.usage(tr("item add needs --bib RECORD."));
    if (!parseInt(env, QStringLiteral("price"), &price, 0, std::numeric_limits<qint64>::max()))
        return env.usage(tr("--price is a whole number of rupiah."));
    in.bibId = bib;
    in.price = price;
    in.branch = env.value(QStringLiteral("branch"));
    in.location = env.value(QStringLiteral("location"));
    in.callNumber = env.value(QStringLiteral("call-number"));
    if (env.isSet(QStringLiteral("type")))
        in.itemType = env.value(QStringLiteral("type"));
    if (env.isSet(QStringLiteral("status")))
        in.status = env.value(QStringLiteral("status"));
    in.acquiredOn = env.value(QStringLiteral("acquired"));
    Collection::Collection collection(env.core());
    auto item = collection.addItem(env.caller(), in);
    if (!item.ok())
        return env.fail(item.error());
    return printItem(env, *item);
}

int cmdItemEdit(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("item edit takes one BARCODE."));
    Collection::ItemChanges c;
    for (const char *name : {"branch", "location", "call-number", "type", "status", "acquired"}) {
        const QString opt = QString::fromLatin1(name);
        if (!env.isSet(opt))
            continue;
        const QString v = env.value(opt);
        if (opt == QLatin1String("branch"))
            c.branch = v;
        else if (opt == QLatin1String("location"))
            c.location = v;
        else if (opt == QLatin1String("call-number"))
            c.callNumber = v;
        else if (opt == QLatin1String("type"))
            c.itemType = v;
        else if (opt == QLatin1String("status"))
            c.status = v;
        else if (opt == QLatin1String("acquired"))
            c.acquiredOn = v;
    }
    if (env.isSet(QStringLiteral("price"))) {
        qint64 price = 0;
        if (!parseInt(env, QStringLiteral("price"), &price, 0, std::numeric_limits<qint64>::max()))
            return env.usage(tr("--price is a whole number of rupiah."));
        c.price = price;
    }
    if (c.isEmpty())
        return env.usage(tr("item edit needs something to change (--branch, --location, --call-number, --type, --status, --price, --acquired)."));
    Collection::Collection collection(env.core());
    auto item = collection.editItem(env.caller(), a.first(), c);
    if (!item.ok())
        return env.fail(item.error());
    return printItem(env, *item);
}

int cmdItemShow(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("item show takes one BARCODE."));
    Collection::Collection collection(env.core());
    auto item = collection.item(env.caller(), a.first());
    if (!item.ok())
        return env.fail(item.error());
    return printItem(env, *item);
}

int cmdItemList(Env &env)
{
    Collection::ItemFilter f;
    qint64 limit = 100, bib = 0, offset = 0;
    if (!parseInt(env, QStringLiteral("limit"), &limit, 1, 100000))
        return env.usage(tr("--limit needs a number from 1 to 100000."));
    if (!parseInt(env, QStringLiteral("offset"), &offset, 0, std::numeric_limits<int>::max()))
        return env.usage(tr("--offset needs a number."));
    if (!parseInt(env, QStringLiteral("bib"), &bib, 1, std::numeric_limits<qint64>::max()))
        return env.usage(tr("--bib needs a record number."));
    f.limit = int(limit);
    f.offset = int(offset);
    f.bibId = bib;
    f.status = env.value(QStringLiteral("status"));
    f.branch = env.value(QStringLiteral("branch"));
    Collection::Collection collection(env.core());
    auto items = collection.items(env.caller(), f);
    if (!items.ok())
        return env.fail(items.error());
    if (env.json()) {
        QJsonArray arr;
        for (const Item &i : std::as_const(*items))
            arr << i.toJson();
        env.printJson(arr);
        return Ok;
    }
    for (const Item &i : std::as_const(*items)) {
        env.out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                         .arg(i.barcode, -14)
                         .arg(i.status, -13)
                         .arg(i.branchCode, -8)
                         .arg(i.callNumber.isEmpty() ? QStringLiteral("-") : i.callNumber, -20)
                         .arg(i.dueAt > 0 ? dueText(i.dueAt) : QStringLiteral("-"), -10)
                         .arg(i.title);
    }
    return Ok;
}

// --- lookup and shelf -------------------------------------------------------------------------

int cmdLookup(Env &env)
{
    const bool byBib = env.isSet(QStringLiteral("bib"));
    const bool byItem = env.isSet(QStringLiteral("item"));
    if (byBib == byItem)
        return env.usage(tr("lookup needs --bib RECORD or --item BARCODE."));
    Collection::Collection collection(env.core());
    if (byItem) {
        auto item = collection.item(env.caller(), env.value(QStringLiteral("item")));
        if (!item.ok())
            return env.fail(item.error());
        return printItem(env, *item);
    }
    qint64 bib = 0;
    if (!parseInt(env, QStringLiteral("bib"), &bib, 1, std::numeric_limits<qint64>::max()))
        return env.usage(tr("--bib needs a record number."));
    auto h = collection.holdings(env.caller(), bib);
    if (!h.ok())
        return env.fail(h.error());
    if (env.json()) {
        env.printJson(h->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    o << QStringLiteral("[%1] %2").arg(h->bibId).arg(h->title);
    if (!h->author.isEmpty())
        o << " / " << h->author;
    if (h->year > 0)
        o << " (" << h->year << ")";
    o << "\n";
    o << tr("%1 of %n copies available", nullptr, int(h->items.size())).arg(h->available()) << "\n";
    for (const Item &i : h->items)
        printItemLine(o, i);
    return Ok;
}

int cmdShelf(Env &env)
{
    const QString near = env.value(QStringLiteral("near"));
    if (near.trimmed().isEmpty())
        return env.usage(tr("shelf needs --near CALLNUMBER."));
    qint64 before = 5, after = 5;
    if (!parseInt(env, QStringLiteral("before"), &before, 0, 100) || !parseInt(env, QStringLiteral("after"), &after, 1, 100))
        return env.usage(tr("--before and --after need a number up to 100."));
    Collection::Collection collection(env.core());
    auto s = collection.shelf(env.caller(), near, int(before), int(after), env.value(QStringLiteral("branch")));
    if (!s.ok())
        return env.fail(s.error());
    if (env.json()) {
        env.printJson(s->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    auto line = [&](const Item &i) {
        o << QStringLiteral("  %1 %2 %3 %4  %5\n")
                 .arg(i.callNumber, -22)
                 .arg(i.barcode, -14)
                 .arg(i.branchCode, -8)
                 .arg(i.status, -13)
                 .arg(i.title);
    };
    for (const Item &i : s->before)
        line(i);
    o << "  " << tr("--- %1 ---").arg(near) << "\n";
    for (const Item &i : s->after)
        line(i);
    return Ok;
}

// --- SRU copy cataloguing ---------------------------------------------------------------------

// The target of "sru search|import WHERE": a configured target by name, or a URL.
Result<SruTarget> sruTargetOf(Env &env, const QString &where)
{
    if (!where.contains(QLatin1String("://")))
        return SruTargets(env.core()).target(env.caller(), where);
    SruTarget t;
    t.name = where;
    t.baseUrl = where;
    return t;
}

// Searching another library is part of copy cataloguing: the operation cataloguing/sru.search.
Result<SruResponse> runSru(Env &env, const QString &where, const QString &query, int start, int max)
{
    auto target = sruTargetOf(env, where);
    if (!target.ok())
        return target.error();
    if (env.isSet(QStringLiteral("sru-version")))
        target->version = env.value(QStringLiteral("sru-version"));
    SruClient client;
    return SruTargets(env.core()).search(env.caller(), *target, query, start, max, client);
}

int cmdSruSearch(Env &env)
{
    const QStringList a = env.args();
    if (a.size() < 2)
        return env.usage(tr("sru search takes a TARGET (its name) or a URL, and a CQL QUERY."));
    qint64 limit = 10;
    if (!parseInt(env, QStringLiteral("limit"), &limit, 1, 100))
        return env.usage(tr("--limit needs a number from 1 to 100."));
    auto response = runSru(env, a.first(), a.mid(1).join(QLatin1Char(' ')), 1, int(limit));
    if (!response.ok())
        return env.fail(response.error());
    if (env.json()) {
        env.printJson(response->toJson());
        return Ok;
    }
    env.out() << tr("%1 records at %2").arg(response->numberOfRecords).arg(a.first()) << "\n";
    int n = 0;
    for (const MarcRecord &r : response->records) {
        const BibFields f = deriveFields(r);
        env.out() << QStringLiteral("%1. %2").arg(++n).arg(f.title);
        if (!f.author.isEmpty())
            env.out() << " / " << f.author;
        if (f.year > 0)
            env.out() << " (" << f.year << ")";
        if (!f.isbns.isEmpty())
            env.out() << "  ISBN " << f.isbns.first();
        env.out() << "\n";
    }
    return Ok;
}

int cmdSruImport(Env &env)
{
    const QStringList a = env.args();
    if (a.size() < 2)
        return env.usage(tr("sru import takes a TARGET (its name) or a URL, and a CQL QUERY."));
    qint64 pick = 1;
    if (!parseInt(env, QStringLiteral("pick"), &pick, 1, 100))
        return env.usage(tr("--pick needs the number of a record in the result (1-100)."));
    auto response = runSru(env, a.first(), a.mid(1).join(QLatin1Char(' ')), int(pick), 1);
    if (!response.ok())
        return env.fail(response.error());
    if (response->records.isEmpty())
        return env.fail(Error::refused(QStringLiteral("catalogue.sru_no_record"),
                                       tr("The server returned no record %1 for this query.").arg(pick)));
    Aksara::Catalogue::Catalogue catalogue(env.core());
    auto id = catalogue.createRecord(env.caller(), response->records.first(), env.isSet(QStringLiteral("allow-duplicate")),
                                     RecordOrigin::Copied);
    if (!id.ok())
        return env.fail(id.error());
    const BibFields f = deriveFields(response->records.first());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("bib"), *id}, {QStringLiteral("title"), f.title}});
    else
        env.out() << tr("Imported record %1: %2").arg(*id).arg(f.title) << "\n";
    return Ok;
}
// --- sru target list|add|edit|remove ------------------------------------------------------------

int printTarget(Env &env, const SruTarget &t)
{
    if (env.json()) {
        env.printJson(t.toJson());
        return Ok;
    }
    env.out() << QStringLiteral("%1  %2  SRU %3, %4; %5 / %6 / %7%8\n")
                     .arg(t.name, t.baseUrl, t.version, t.recordSchema, t.titleIndex, t.authorIndex, t.isbnIndex)
                     .arg(t.enabled ? QString() : tr(" (disabled)"));
    return Ok;
}

int cmdSruTargetList(Env &env)
{
    auto list = SruTargets(env.core()).list(env.caller(), env.isSet(QStringLiteral("enabled")));
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const SruTarget &t : std::as_const(*list))
            a << t.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const SruTarget &t : std::as_const(*list))
        env.out() << QStringLiteral("%1. ").arg(t.position) << QStringLiteral("%1  %2  SRU %3, %4; %5 / %6 / %7%8\n")
                                                                   .arg(t.name, t.baseUrl, t.version, t.recordSchema, t.titleIndex,
                                                                        t.authorIndex, t.isbnIndex)
                                                                   .arg(t.enabled ? QString() : tr(" (disabled)"));
    return Ok;
}

// The options a target's add and edit share: what was given, into changes.
bool targetOptions(Env &env, SruTargetChanges &c)
{
    const std::pair<const char *, std::optional<QString> SruTargetChanges::*> text[] = {
        {"url", &SruTargetChanges::baseUrl},           {"sru-version", &SruTargetChanges::version},
        {"schema", &SruTargetChanges::recordSchema},    {"title-index", &SruTargetChanges::titleIndex},
        {"author-index", &SruTargetChanges::authorIndex}, {"isbn-index", &SruTargetChanges::isbnIndex}};
    for (const auto &[option, member] : text) {
        if (env.isSet(QString::fromLatin1(option)))
            c.*member = env.value(QString::fromLatin1(option));
    }
    if (env.isSet(QStringLiteral("enable")) && env.isSet(QStringLiteral("disable")))
        return false;
    if (env.isSet(QStringLiteral("enable")))
        c.enabled = true;
    if (env.isSet(QStringLiteral("disable")))
        c.enabled = false;
    if (env.isSet(QStringLiteral("position"))) {
        qint64 pos = 0;
        if (!parseInt(env, QStringLiteral("position"), &pos, 0, 9999))
            return false;
        c.position = int(pos);
    }
    return true;
}

int cmdSruTargetAdd(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("sru target add takes one NAME (in quotes when it has spaces)."));
    SruTargetChanges c;
    if (!targetOptions(env, c))
        return env.usage(tr("--position is a number from 0 to 9999; --enable and --disable do not go together."));
    if (!c.baseUrl)
        return env.usage(tr("sru target add needs --url URL."));
    SruTarget t;
    t.name = a.first();
    t.baseUrl = *c.baseUrl;
    t.version = c.version.value_or(t.version);
    t.recordSchema = c.recordSchema.value_or(t.recordSchema);
    t.titleIndex = c.titleIndex.value_or(t.titleIndex);
    t.authorIndex = c.authorIndex.value_or(t.authorIndex);
    t.isbnIndex = c.isbnIndex.value_or(t.isbnIndex);
    t.enabled = c.enabled.value_or(true);
    t.position = c.position.value_or(0);
    auto added = SruTargets(env.core()).add(env.caller(), t);
    if (!added.ok())
        return env.fail(added.error());
    return printTarget(env, *added);
}

int cmdSruTargetEdit(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("sru target edit takes one NAME."));
    SruTargetChanges c;
    if (!targetOptions(env, c))
        return env.usage(tr("--position is a number from 0 to 9999; --enable and --disable do not go together."));
    if (env.isSet(QStringLiteral("name")))
        c.name = env.value(QStringLiteral("name"));
    if (c.isEmpty())
        return env.usage(tr("sru target edit needs something to change (--name, --url, --sru-version, --schema, --title-index, "
                            "--author-index, --isbn-index, --enable, --disable, --position)."));
    auto edited = SruTargets(env.core()).edit(env.caller(), a.first(), c);
    if (!edited.ok())
        return env.fail(edited.error());
    return printTarget(env, *edited);
}

int cmdSruTargetRemove(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("sru target remove takes one NAME."));
    if (Status st = SruTargets(env.core()).remove(env.caller(), a.first()); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("removed"), a.first()}});
    else
        env.out() << tr("Removed the SRU target %1.").arg(a.first()) << "\n";
    return Ok;
}

void targetOptionsHelp(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("url"), tr("the server's base URL (http:// or https://)"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("sru-version"), tr("SRU version: 1.1, 1.2 (default) or 2.0"), QStringLiteral("V")});
    p.addOption({QStringLiteral("schema"), tr("record schema (default marcxml)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("title-index"), tr("CQL index for a title search (default dc.title)"), QStringLiteral("INDEX")});
    p.addOption({QStringLiteral("author-index"), tr("CQL index for an author search (default dc.creator)"), QStringLiteral("INDEX")});
    p.addOption({QStringLiteral("isbn-index"), tr("CQL index for an ISBN search (default bath.isbn)"), QStringLiteral("INDEX")});
    p.addOption({QStringLiteral("enable"), tr("offer it at the desk")});
    p.addOption({QStringLiteral("disable"), tr("keep it, but do not offer it at the desk")});
    p.addOption({QStringLiteral("position"), tr("its place in the desk's list"), QStringLiteral("N")});
}
} // namespace

void registerCatalogueCommands(Registry &registry)
{
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("import")},
                  tr("import MARC records (ISO 2709 or MARCXML, UTF-8 or MARC-8) in batches, with a report"),
                  QStringLiteral("FILE"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("format"), tr("iso2709 or marcxml (default: from the file)"), QStringLiteral("FORMAT")});
                      p.addOption({QStringLiteral("encoding"), tr("utf-8 or marc-8 (default: Leader/09)"), QStringLiteral("ENCODING")});
                      p.addOption({QStringLiteral("stop-on-error"), tr("stop at the first bad record")});
                      p.addOption({QStringLiteral("duplicates"), tr("skip (default), replace or allow"), QStringLiteral("POLICY")});
                      p.addOption({QStringLiteral("batch"), tr("records per transaction (default 5000)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("branch"), tr("branch for copies (852/952) whose branch is unknown"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("no-items"), tr("do not create copies from 852/952 fields")});
                      p.addOption({QStringLiteral("strict"),
                                   tr("reject a record whose copy names an unknown branch (default: import it, list the copy "
                                      "as not created)")});
                  },
                  cmdImport});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("export")},
                  tr("export records as ISO 2709 or MARCXML (all, a search, or chosen records)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("format"), tr("iso2709 (default) or marcxml"), QStringLiteral("FORMAT")});
                      p.addOption({QStringLiteral("out"), tr("file to write (default: standard output)"), QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("query"), tr("only the records this search finds"), QStringLiteral("QUERY")});
                      p.addOption({QStringLiteral("bib"), tr("only this record (repeatable)"), QStringLiteral("ID")});
                  },
                  cmdExport});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("add")},
                  tr("create a record from simple fields"),
                  {},
                  [](QCommandLineParser &p) {
                      for (const auto &[name, help] :
                           {std::pair{"title", "title proper"}, std::pair{"subtitle", "other title information"},
                            std::pair{"author", "main entry, inverted (Toer, Pramoedya Ananta)"},
                            std::pair{"other-author", "another name (repeatable)"}, std::pair{"publisher", "publisher"},
                            std::pair{"place", "place of publication"}, std::pair{"year", "year of publication"},
                            std::pair{"language", "MARC language code (ind, eng, ...)"}, std::pair{"subject", "subject, subdivisions with -- (repeatable)"},
                            std::pair{"series", "series (repeatable)"}, std::pair{"call-number", "call number (899.221 3 TOE b)"},
                            std::pair{"isbn", "ISBN"}, std::pair{"edition", "edition statement"},
                            std::pair{"note", "general note (repeatable)"}, std::pair{"type", "record type (book, ebook, magazine, map, video, ...)"}})
                          p.addOption({QString::fromLatin1(name), tr(help), QStringLiteral("VALUE")});
                      p.addOption({QStringLiteral("allow-duplicate"), tr("create it even if the ISBN is already in the catalogue")});
                      p.addOption({QStringLiteral("marc"),
                                   tr("the whole record from a file instead: MARCXML, ISO 2709 or the line format of "
                                      "yaz-marcdump (checked: a bad tag, indicator or subfield is refused with its line)"),
                                   QStringLiteral("FILE")});
                  },
                  cmdAdd});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("edit")},
                  tr("replace a record with an edited one (checked as catalogue add --marc checks it)"),
                  QStringLiteral("ID"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("marc"), tr("the record: MARCXML, ISO 2709 or the line format"), QStringLiteral("FILE")});
                  },
                  cmdEdit});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("show")},
                  tr("show a record: its fields and the MARC record"),
                  QStringLiteral("ID"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("marcxml"), tr("print the MARCXML record")});
                      p.addOption({QStringLiteral("lines"), tr("print only the MARC record in the line format (for catalogue edit)")});
                  },
                  cmdShow});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("reindex")},
                  tr("index records that are not in the search index (all of them with --all)"),
                  {},
                  [](QCommandLineParser &p) { p.addOption({QStringLiteral("all"), tr("rebuild the whole index")}); },
                  cmdReindex});
    registry.add({{QStringLiteral("catalogue"), QStringLiteral("optimize")},
                  tr("compact the search index (done by itself after imports of 50,000 records or more)"),
                  {},
                  {},
                  cmdOptimize});
    registry.add({{QStringLiteral("search")},
                  tr("search the catalogue (words, \"phrases\", pre*, title: author: subject: isbn: year:, AND OR NOT)"),
                  QStringLiteral("QUERY"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("cql"), tr("the query is CQL (as SRU uses it)")});
                      p.addOption({QStringLiteral("limit"), tr("how many results (default 10)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("offset"), tr("skip the first N results"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("type"), tr("only this record type (repeatable)"), QStringLiteral("TYPE")});
                      p.addOption({QStringLiteral("language"), tr("only this language (repeatable)"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("year-from"), tr("published in or after"), QStringLiteral("YEAR")});
                      p.addOption({QStringLiteral("year-to"), tr("published in or before"), QStringLiteral("YEAR")});
                      p.addOption({QStringLiteral("branch"), tr("with a copy in this branch (repeatable)"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("available"), tr("with a copy on the shelf")});
                      p.addOption({QStringLiteral("facets"), tr("count record types, languages, decades, branches, availability")});
                  },
                  cmdSearch});
    registry.add({{QStringLiteral("item"), QStringLiteral("add")},
                  tr("add a copy of a record"),
                  QStringLiteral("BARCODE"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("bib"), tr("the record"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("branch"), tr("branch code (needed when there are several)"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("location"), tr("shelving location"), QStringLiteral("TEXT")});
                      p.addOption({QStringLiteral("call-number"), tr("call number (default: the record's)"), QStringLiteral("CALLNO")});
                      p.addOption({QStringLiteral("type"), tr("item type (book, reference, periodical, av)"), QStringLiteral("TYPE")});
                      p.addOption({QStringLiteral("status"), tr("available (default), in_transit, lost, missing, withdrawn"), QStringLiteral("STATUS")});
                      p.addOption({QStringLiteral("price"), tr("price in rupiah"), QStringLiteral("RP")});
                      p.addOption({QStringLiteral("acquired"), tr("acquisition date YYYY-MM-DD"), QStringLiteral("DATE")});
                  },
                  cmdItemAdd});
    registry.add({{QStringLiteral("item"), QStringLiteral("edit")},
                  tr("change a copy's branch, location, call number, type, status, price or date"),
                  QStringLiteral("BARCODE"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("branch"), tr("branch code"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("location"), tr("shelving location"), QStringLiteral("TEXT")});
                      p.addOption({QStringLiteral("call-number"), tr("call number"), QStringLiteral("CALLNO")});
                      p.addOption({QStringLiteral("type"), tr("item type"), QStringLiteral("TYPE")});
                      p.addOption({QStringLiteral("status"), tr("available, in_transit, lost, missing, withdrawn"), QStringLiteral("STATUS")});
                      p.addOption({QStringLiteral("price"), tr("price in rupiah"), QStringLiteral("RP")});
                      p.addOption({QStringLiteral("acquired"), tr("acquisition date YYYY-MM-DD"), QStringLiteral("DATE")});
                  },
                  cmdItemEdit});
    registry.add({{QStringLiteral("item"), QStringLiteral("show")}, tr("show a copy and its record"), QStringLiteral("BARCODE"), {},
                  cmdItemShow});
    registry.add({{QStringLiteral("item"), QStringLiteral("list")},
                  tr("list copies"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("status"), tr("only this status"), QStringLiteral("STATUS")});
                      p.addOption({QStringLiteral("branch"), tr("only this branch"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("bib"), tr("only copies of this record"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("limit"), tr("how many (default 100)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("offset"), tr("skip the first N"), QStringLiteral("N")});
                  },
                  cmdItemList});
    registry.add({{QStringLiteral("lookup")},
                  tr("where the copies of a record are, or a copy and its title"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("bib"), tr("every copy of this record"), QStringLiteral("ID")});
                      p.addOption({QStringLiteral("item"), tr("this copy"), QStringLiteral("BARCODE")});
                  },
                  cmdLookup});
    registry.add({{QStringLiteral("shelf")},
                  tr("what stands on the shelf around a call number"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("near"), tr("the call number"), QStringLiteral("CALLNO")});
                      p.addOption({QStringLiteral("before"), tr("copies before it (default 5)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("after"), tr("copies from it on (default 5)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("branch"), tr("only this branch"), QStringLiteral("CODE")});
                  },
                  cmdShelf});
    registry.add({{QStringLiteral("sru"), QStringLiteral("target"), QStringLiteral("list")},
                  tr("the SRU targets cataloguers copy records from"),
                  {},
                  [](QCommandLineParser &p) { p.addOption({QStringLiteral("enabled"), tr("only the enabled ones")}); },
                  cmdSruTargetList});
    registry.add({{QStringLiteral("sru"), QStringLiteral("target"), QStringLiteral("add")},
                  tr("add an SRU target (administrators; a standard change)"),
                  QStringLiteral("NAME"),
                  targetOptionsHelp,
                  cmdSruTargetAdd});
    registry.add({{QStringLiteral("sru"), QStringLiteral("target"), QStringLiteral("edit")},
                  tr("change an SRU target (administrators; a standard change)"),
                  QStringLiteral("NAME"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("name"), tr("a new name"), QStringLiteral("NAME")});
                      targetOptionsHelp(p);
                  },
                  cmdSruTargetEdit});
    registry.add({{QStringLiteral("sru"), QStringLiteral("target"), QStringLiteral("remove")},
                  tr("remove an SRU target (administrators; a standard change)"),
                  QStringLiteral("NAME"),
                  {},
                  cmdSruTargetRemove});
    registry.add({{QStringLiteral("sru"), QStringLiteral("search")},
                  tr("search another library's SRU server, a configured target or a URL (copy cataloguing)"),
                  QStringLiteral("TARGET|URL CQL"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("limit"), tr("how many records (default 10)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("sru-version"), tr("SRU version 1.1, 1.2 (default) or 2.0"), QStringLiteral("V")});
                  },
                  cmdSruSearch});
    registry.add({{QStringLiteral("sru"), QStringLiteral("import")},
                  tr("import one record found on another library's SRU server"),
                  QStringLiteral("TARGET|URL CQL"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("pick"), tr("which record of the result (default 1)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("sru-version"), tr("SRU version 1.1, 1.2 (default) or 2.0"), QStringLiteral("V")});
                      p.addOption({QStringLiteral("allow-duplicate"), tr("import it even if the catalogue has it")});
                  },
                  cmdSruImport});
}

} // namespace Aksara::Cli
