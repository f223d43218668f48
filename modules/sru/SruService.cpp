#include "sru/SruService.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <limits>

namespace Aksara::Sru {

namespace {
const QString kZs = QStringLiteral("http://www.loc.gov/zing/srw/");
const QString kZsDiag = QStringLiteral("http://www.loc.gov/zing/srw/diagnostic/");
const QString kSru2 = QStringLiteral("http://docs.oasis-open.org/ns/search-ws/sruResponse");
const QString kSru2Diag = QStringLiteral("http://docs.oasis-open.org/ns/search-ws/diagnostic");
const QString kExplain = QStringLiteral("http://explain.z3950.org/dtd/2.0/");
const QString kMarcSchema = QStringLiteral("info:srw/schema/1/marcxml-v1.1");
const QString kDcSchema = QStringLiteral("info:srw/schema/1/dc-v1.1");

QString standardMessage(int n)
{
    switch (n) {
    case 1: return QStringLiteral("General system error");
    case 4: return QStringLiteral("Unsupported operation");
    case 5: return QStringLiteral("Unsupported version");
    case 6: return QStringLiteral("Unsupported parameter value");
    case 7: return QStringLiteral("Mandatory parameter not supplied");
    case 8: return QStringLiteral("Unsupported parameter");
    case 10: return QStringLiteral("Query syntax error");
    case 16: return QStringLiteral("Unsupported index");
    case 19: return QStringLiteral("Unsupported relation");
    case 20: return QStringLiteral("Unsupported relation modifier");
    case 27: return QStringLiteral("Empty term unsupported");
    case 61: return QStringLiteral("First record position out of range");
    case 66: return QStringLiteral("Unknown schema for retrieval");
    case 71: return QStringLiteral("Unsupported record packing");
    case 72: return QStringLiteral("XPath retrieval unsupported");
    }
    return QStringLiteral("Diagnostic %1").arg(n);
}

struct Ns {
    QString response, diag;
    bool v2;
};
Ns nsFor(const QString &version)
{
    return version == QLatin1String("2.0") ? Ns{kSru2, kSru2Diag, true} : Ns{kZs, kZsDiag, false};
}

void writeDiagnostics(QXmlStreamWriter &w, const Ns &ns, const QList<Diagnostic> &list)
{
    if (list.isEmpty())
        return;
    w.writeStartElement(ns.response, QStringLiteral("diagnostics"));
    for (const Diagnostic &d : list) {
        w.writeStartElement(ns.diag, QStringLiteral("diagnostic"));
        w.writeTextElement(ns.diag, QStringLiteral("uri"), QStringLiteral("info:srw/diagnostic/1/%1").arg(d.number));
        if (!d.details.isEmpty())
            w.writeTextElement(ns.diag, QStringLiteral("details"), d.details);
        w.writeTextElement(ns.diag, QStringLiteral("message"), d.message.isEmpty() ? standardMessage(d.number) : d.message);
        w.writeEndElement();
    }
    w.writeEndElement();
}

const QString kDiagSchema = QStringLiteral("info:srw/schema/1/diagnostics-v1.1");

// Parameters are read fully decoded: a CQL term may hold "%", "&" or "#".
QString param(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

bool supportedVersion(const QString &v)
{
    return v == QLatin1String("1.1") || v == QLatin1String("1.2") || v == QLatin1String("2.0");
}

// One element (with whatever it holds), nothing else: what a record must be to go out unescaped.
bool isOneElement(const QString &fragment)
{
    QXmlStreamReader r(fragment);
    int roots = 0;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (depth++ == 0)
                ++roots;
        } else if (r.isEndElement()) {
            --depth;
        } else if (r.isCharacters() && depth == 0 && !r.isWhitespace()) {
            return false;
        }
    }
    return !r.hasError() && roots == 1;
}

// Copies a well-formed fragment into the writer as elements (recordPacking xml), with its
// namespace declarations on its own elements, as the fragment has them: clients take the record
// element out of recordData as it stands (libxml2's node dump, as YAZ does, does not carry the
// declarations of enclosing elements), so the record element must declare its namespaces itself.
// Names are written as qualified in the fragment; isOneElement() has checked every prefix is
// declared inside it.
void copyFragment(QXmlStreamWriter &w, const QString &fragment)
{
    QXmlStreamReader r(fragment);
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            w.writeStartElement(r.qualifiedName().toString());
            const auto declarations = r.namespaceDeclarations();
            for (const QXmlStreamNamespaceDeclaration &d : declarations) {
                if (d.prefix().isEmpty())
                    w.writeDefaultNamespace(d.namespaceUri().toString());
                else
                    w.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
            }
            const auto attributes = r.attributes();
            for (const QXmlStreamAttribute &a : attributes)
                w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            break;
        }
        case QXmlStreamReader::EndElement:
            w.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (r.isCDATA())
                w.writeCDATA(r.text().toString());
            else if (!r.isWhitespace())
                w.writeCharacters(r.text().toString());
            break;
        default: // the XML declaration, comments, processing instructions
            break;
        }
    }
}

void begin(QXmlStreamWriter &w, const Ns &ns, const QString &root)
{
    w.setAutoFormatting(true);
    w.writeStartDocument();
    if (ns.v2) {
        w.writeNamespace(ns.response, QStringLiteral("sruResponse"));
        w.writeNamespace(ns.diag, QStringLiteral("diag"));
    } else {
        w.writeNamespace(ns.response, QStringLiteral("zs"));
        w.writeNamespace(ns.diag, QStringLiteral("diag"));
    }
    w.writeStartElement(ns.response, root);
}
} // namespace

QUrlQuery Service::parseParameters(const QByteArray &urlEncoded)
{
    QByteArray text = urlEncoded;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

QString Service::operationOf(const QUrlQuery &query)
{
    const QString operation = param(query, QStringLiteral("operation"));
    if (!operation.isEmpty())
        return operation;
    // SRU 2.0 has no operation parameter (a query means searchRetrieve); without both, explain.
    return query.hasQueryItem(QStringLiteral("query")) ? QStringLiteral("searchRetrieve") : QStringLiteral("explain");
}

QString Service::responseVersionOf(const QUrlQuery &query)
{
    const QString version = param(query, QStringLiteral("version"));
    return supportedVersion(version) ? version : QStringLiteral("1.2");
}

Service::Response Service::handle(const QUrlQuery &query)
{
    const QString requested = param(query, QStringLiteral("version"));
    const QString op = operationOf(query);
    const QString version = responseVersionOf(query);
    Response r;
    if (!requested.isEmpty() && !supportedVersion(requested)) {
        // Details: the highest version supported (SRU 1.2 diagnostics list).
        r = diagnostics(version, op,
                        {{5, QStringLiteral("2.0"), tr("Unsupported version %1: this server speaks SRU 1.1, 1.2 and 2.0.").arg(requested)}});
    } else if (op == QLatin1String("explain")) {
        r = explain(version);
    } else if (op == QLatin1String("searchRetrieve")) {
        r = searchRetrieve(query, version);
    } else {
        r = diagnostics(version, op, {{4, op, tr("The operation \"%1\" is not supported; use explain or searchRetrieve.").arg(op)}});
    }
    if (r.query.isEmpty())
        r.query = param(query, QStringLiteral("query"));
    return r;
}

Service::Response Service::diagnostics(const QString &version, const QString &operation, const QList<Diagnostic> &d)
{
    const Ns ns = nsFor(version);
    Response r;
    r.operation = operation;
    r.diagnostic = d.isEmpty() ? 0 : d.first().number;
    r.message = d.isEmpty() ? QString() : d.first().message.isEmpty() ? standardMessage(d.first().number) : d.first().message;
    QXmlStreamWriter w(&r.body);
    // Anything but searchRetrieve (an unsupported operation too) is answered as explain is.
    const bool search = operation == QLatin1String("searchRetrieve");
    begin(w, ns, search ? QStringLiteral("searchRetrieveResponse") : QStringLiteral("explainResponse"));
    w.writeTextElement(ns.response, QStringLiteral("version"), version);
    if (search)
        w.writeTextElement(ns.response, QStringLiteral("numberOfRecords"), QStringLiteral("0"));
    writeDiagnostics(w, ns, d);
    w.writeEndElement();
    w.writeEndDocument();
    return r;
}

Service::Response Service::explain(const QString &version)
{
    const Ns ns = nsFor(version);
    Response r;
    r.operation = QStringLiteral("explain");
    QXmlStreamWriter w(&r.body);
    begin(w, ns, QStringLiteral("explainResponse"));
    w.writeTextElement(ns.response, QStringLiteral("version"), version);
    w.writeStartElement(ns.response, QStringLiteral("record"));
    w.writeTextElement(ns.response, QStringLiteral("recordSchema"), kExplain);
    if (ns.v2)
        w.writeTextElement(ns.response, QStringLiteral("recordXMLEscaping"), QStringLiteral("xml"));
    else
        w.writeTextElement(ns.response, QStringLiteral("recordPacking"), QStringLiteral("xml"));
    w.writeStartElement(ns.response, QStringLiteral("recordData"));
    w.writeDefaultNamespace(kExplain);
    w.writeStartElement(kExplain, QStringLiteral("explain"));
    w.writeStartElement(kExplain, QStringLiteral("serverInfo"));
    w.writeAttribute(QStringLiteral("protocol"), QStringLiteral("SRU"));
    w.writeAttribute(QStringLiteral("version"), version);
    w.writeTextElement(kExplain, QStringLiteral("host"), m_info.host);
    w.writeTextElement(kExplain, QStringLiteral("port"), QString::number(m_info.port));
    w.writeTextElement(kExplain, QStringLiteral("database"), m_info.database);
    w.writeEndElement();
    w.writeStartElement(kExplain, QStringLiteral("databaseInfo"));
    w.writeStartElement(kExplain, QStringLiteral("title"));
    w.writeAttribute(QStringLiteral("lang"), QStringLiteral("id"));
    w.writeAttribute(QStringLiteral("primary"), QStringLiteral("true"));
    w.writeCharacters(m_backend.databaseTitle());
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(kExplain, QStringLiteral("indexInfo"));
    const auto indexes = m_backend.indexes();
    QSet<QString> sets;
    for (const auto &[set, name, title] : indexes)
        sets.insert(set);
    const QHash<QString, QString> setIds{{QStringLiteral("dc"), QStringLiteral("info:srw/cql-context-set/1/dc-v1.1")},
                                         {QStringLiteral("cql"), QStringLiteral("info:srw/cql-context-set/1/cql-v1.2")},
                                         {QStringLiteral("bath"), QStringLiteral("http://zing.z3950.org/cql/bath/2.0/")},
                                         {QStringLiteral("rec"), QStringLiteral("info:srw/cql-context-set/2/rec-1.1")}};
    QStringList sortedSets(sets.begin(), sets.end());
    sortedSets.sort();
    for (const QString &set : std::as_const(sortedSets)) {
        w.writeStartElement(kExplain, QStringLiteral("set"));
        w.writeAttribute(QStringLiteral("name"), set);
        w.writeAttribute(QStringLiteral("identifier"), setIds.value(set, QStringLiteral("info:aksara/cql-context-set/") + set));
        w.writeEndElement();
    }
    for (const auto &[set, name, title] : indexes) {
        w.writeStartElement(kExplain, QStringLiteral("index"));
        w.writeTextElement(kExplain, QStringLiteral("title"), title);
        w.writeStartElement(kExplain, QStringLiteral("map"));
        w.writeStartElement(kExplain, QStringLiteral("name"));
        w.writeAttribute(QStringLiteral("set"), set);
        w.writeCharacters(name);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // indexInfo
    w.writeStartElement(kExplain, QStringLiteral("schemaInfo"));
    for (const auto &[id, name, title] : {std::tuple{kMarcSchema, QStringLiteral("marcxml"), QStringLiteral("MARCXML")},
                                          std::tuple{kDcSchema, QStringLiteral("dc"), QStringLiteral("Dublin Core")}}) {
        w.writeStartElement(kExplain, QStringLiteral("schema"));
        w.writeAttribute(QStringLiteral("identifier"), id);
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeTextElement(kExplain, QStringLiteral("title"), title);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(kExplain, QStringLiteral("configInfo"));
    w.writeStartElement(kExplain, QStringLiteral("default"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("numberOfRecords"));
    w.writeCharacters(QString::number(m_info.defaultRecords));
    w.writeEndElement();
    w.writeStartElement(kExplain, QStringLiteral("setting"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("maximumRecords"));
    w.writeCharacters(QString::number(m_info.maximumRecords));
    w.writeEndElement();
    w.writeEndElement(); // configInfo
    w.writeEndElement(); // explain
    w.writeEndElement(); // recordData
    w.writeEndElement(); // record
    w.writeEndElement(); // explainResponse
    w.writeEndDocument();
    return r;
}

Service::Response Service::searchRetrieve(const QUrlQuery &q, const QString &version)
{
    const Ns ns = nsFor(version);
    static const QSet<QString> known{QStringLiteral("operation"),       QStringLiteral("version"),
                                     QStringLiteral("query"),           QStringLiteral("startRecord"),
                                     QStringLiteral("maximumRecords"),  QStringLiteral("recordSchema"),
                                     QStringLiteral("recordPacking"),   QStringLiteral("recordXMLEscaping"),
                                     QStringLiteral("resultSetTTL"),    QStringLiteral("stylesheet"),
                                     QStringLiteral("queryType"),       QStringLiteral("httpAccept"),
                                     QStringLiteral("recordXPath"),     QStringLiteral("sortKeys")};
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key) && !key.startsWith(QLatin1String("x-")))
            return diagnostics(version, QStringLiteral("searchRetrieve"), {{8, key, tr("The parameter \"%1\" is not supported.").arg(key)}});
    }
    if (q.hasQueryItem(QStringLiteral("recordXPath")))
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{72, QString(), {}}});
    if (q.hasQueryItem(QStringLiteral("sortKeys")))
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{6, QStringLiteral("sortKeys"), tr("Sorting is not supported.")}});
    const QString queryType = param(q, QStringLiteral("queryType"));
    if (!queryType.isEmpty() && queryType != QLatin1String("cql"))
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{6, QStringLiteral("queryType"), tr("Only CQL queries are supported.")}});
    if (!q.hasQueryItem(QStringLiteral("query")))
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{7, QStringLiteral("query"), {}}});
    const QString cql = param(q, QStringLiteral("query"));

    // A number too large for an int is still a number: a huge startRecord is out of range (61),
    // a huge maximumRecords is capped like any other above the server's maximum.
    auto number = [&](const QString &name, int def, int min, bool *ok) {
        *ok = true;
        if (!q.hasQueryItem(name))
            return def;
        bool good = false;
        const qint64 v = param(q, name).toLongLong(&good);
        if (!good || v < min)
            *ok = false;
        return int(std::clamp<qint64>(v, min, std::numeric_limits<int>::max()));
    };
    bool ok = true;
    const int start = number(QStringLiteral("startRecord"), 1, 1, &ok);
    if (!ok)
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{6, QStringLiteral("startRecord"), {}}});
    int max = number(QStringLiteral("maximumRecords"), m_info.defaultRecords, 0, &ok);
    if (!ok)
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{6, QStringLiteral("maximumRecords"), {}}});
    max = qMin(max, m_info.maximumRecords);

    QString schema = param(q, QStringLiteral("recordSchema"));
    if (schema.isEmpty())
        schema = QStringLiteral("marcxml");
    bool marc;
    if (schema == QLatin1String("marcxml") || schema == kMarcSchema || schema == QLatin1String("marc21"))
        marc = true;
    else if (schema == QLatin1String("dc") || schema == kDcSchema)
        marc = false;
    else
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{66, schema, tr("Records are available as marcxml and dc.")}});

    // 1.x: recordPacking xml|string. 2.0: recordXMLEscaping xml|string, recordPacking packed|unpacked.
    bool escapeAsString = false;
    const QString escaping = param(q, ns.v2 ? QStringLiteral("recordXMLEscaping") : QStringLiteral("recordPacking"));
    if (escaping == QLatin1String("string"))
        escapeAsString = true;
    else if (!escaping.isEmpty() && escaping != QLatin1String("xml"))
        return diagnostics(version, QStringLiteral("searchRetrieve"), {{71, escaping, {}}});
    if (ns.v2) {
        const QString packing = param(q, QStringLiteral("recordPacking"));
        if (!packing.isEmpty() && packing != QLatin1String("packed"))
            return diagnostics(version, QStringLiteral("searchRetrieve"), {{6, QStringLiteral("recordPacking"), {}}});
    }

    const auto result = m_backend.search(cql, start, max);
    if (std::holds_alternative<Diagnostic>(result)) {
        Response r = diagnostics(version, QStringLiteral("searchRetrieve"), {std::get<Diagnostic>(result)});
        r.query = cql;
        return r;
    }
    const SearchPage &page = std::get<SearchPage>(result);
    Response r;
    r.operation = QStringLiteral("searchRetrieve");
    r.query = cql;
    r.hits = page.total;
    QList<Diagnostic> diags;
    if (max > 0 && page.total > 0 && start > page.total)
        diags << Diagnostic{61, QString::number(start), tr("The result has %1 records.").arg(page.total)};
    r.diagnostic = diags.isEmpty() ? 0 : diags.first().number;
    r.message = diags.isEmpty() ? QString() : diags.first().message;

    QXmlStreamWriter w(&r.body);
    begin(w, ns, QStringLiteral("searchRetrieveResponse"));
    w.writeTextElement(ns.response, QStringLiteral("version"), version);
    w.writeTextElement(ns.response, QStringLiteral("numberOfRecords"), QString::number(page.total));
    if (diags.isEmpty() && !page.records.isEmpty()) {
        w.writeStartElement(ns.response, QStringLiteral("records"));
        int position = start;
        for (const SruRecord &rec : page.records) {
            const QString &xml = marc ? rec.marcxml : rec.dublinCore;
            // A record that is not one well-formed element cannot go out as XML, and as a string
            // it would still be broken: a surrogate diagnostic stands in its place.
            const bool good = isOneElement(xml);
            w.writeStartElement(ns.response, QStringLiteral("record"));
            w.writeTextElement(ns.response, QStringLiteral("recordSchema"), !good ? kDiagSchema : marc ? kMarcSchema : kDcSchema);
            w.writeTextElement(ns.response, ns.v2 ? QStringLiteral("recordXMLEscaping") : QStringLiteral("recordPacking"),
                               escapeAsString ? QStringLiteral("string") : QStringLiteral("xml"));
            w.writeStartElement(ns.response, QStringLiteral("recordData"));
            if (!good) {
                QString surrogate;
                QXmlStreamWriter d(&surrogate);
                d.writeStartElement(ns.diag, QStringLiteral("diagnostic"));
                d.writeTextElement(ns.diag, QStringLiteral("uri"), QStringLiteral("info:srw/diagnostic/1/64"));
                d.writeTextElement(ns.diag, QStringLiteral("message"), tr("This record could not be written as XML."));
                d.writeEndElement();
                if (escapeAsString)
                    w.writeCharacters(surrogate);
                else
                    copyFragment(w, surrogate);
            } else if (escapeAsString) {
                w.writeCharacters(xml);
            } else {
                copyFragment(w, xml);
            }
            w.writeEndElement();
            w.writeTextElement(ns.response, QStringLiteral("recordPosition"), QString::number(position++));
            w.writeEndElement();
        }
        w.writeEndElement();
        const qint64 next = start + page.records.size();
        if (next <= page.total)
            w.writeTextElement(ns.response, QStringLiteral("nextRecordPosition"), QString::number(next));
    }
    writeDiagnostics(w, ns, diags);
    w.writeEndElement();
    w.writeEndDocument();
    return r;
}

} // namespace Aksara::Sru
