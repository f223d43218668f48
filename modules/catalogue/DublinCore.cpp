#include "catalogue/DublinCore.h"

#include "catalogue/BibFields.h"

namespace Aksara::Catalogue {

namespace {
void element(QByteArray &out, const char *name, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    QString v = value;
    v.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;")).replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out += "  <dc:";
    out += name;
    out += '>';
    out += v.toUtf8();
    out += "</dc:";
    out += name;
    out += ">\n";
}

QString dcType(const QString &recordType)
{
    if (recordType == RecordTypes::Video)
        return QStringLiteral("MovingImage");
    if (recordType == RecordTypes::Audiobook || recordType == RecordTypes::Music)
        return QStringLiteral("Sound");
    if (recordType == RecordTypes::Map || recordType == RecordTypes::Picture)
        return QStringLiteral("StillImage");
    if (recordType == RecordTypes::Software)
        return QStringLiteral("Software");
    if (recordType == RecordTypes::Object)
        return QStringLiteral("PhysicalObject");
    if (recordType == RecordTypes::Kit || recordType == RecordTypes::Mixed)
        return QStringLiteral("Collection");
    return QStringLiteral("Text");
}
} // namespace

QByteArray writeDublinCore(const MarcRecord &record)
{
    const BibFields f = deriveFields(record);
    QByteArray out = "<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
    element(out, "title", f.title);
    for (const QString &a : f.authors)
        element(out, "creator", a);
    for (const QString &s : f.subjects)
        element(out, "subject", s);
    for (const QString &n : f.notes)
        element(out, "description", n);
    element(out, "publisher", f.publisher);
    if (f.year > 0)
        element(out, "date", QString::number(f.year));
    element(out, "type", dcType(f.recordType));
    for (const QString &i : f.isbns)
        element(out, "identifier", QStringLiteral("URN:ISBN:") + i);
    for (const QString &i : f.issns)
        element(out, "identifier", QStringLiteral("URN:ISSN:") + i);
    element(out, "language", f.language);
    for (const QString &s : f.series)
        element(out, "relation", s);
    out += "</srw_dc:dc>\n";
    return out;
}

} // namespace Aksara::Catalogue
