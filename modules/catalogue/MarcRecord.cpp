#include "catalogue/MarcRecord.h"

#include <cstring>

namespace Aksara::Catalogue {

QString MarcField::value(char code) const
{
    for (const MarcSubfield &s : subfields) {
        if (s.code == code)
            return s.value;
    }
    return {};
}

QStringList MarcField::values(char code) const
{
    QStringList out;
    for (const MarcSubfield &s : subfields) {
        if (s.code == code)
            out << s.value;
    }
    return out;
}

QString MarcField::joined(const char *codes, const QString &separator) const
{
    QString out;
    for (const MarcSubfield &s : subfields) {
        if (!std::strchr(codes, s.code) || s.code == 0)
            continue;
        if (!out.isEmpty())
            out += separator;
        out += s.value;
    }
    return out;
}

MarcRecord::MarcRecord()
    : leader("00000nam a2200000 a 4500")
{
}

void MarcRecord::setLeaderAt(int pos, char c)
{
    if (leader.size() < 24)
        leader = leader.leftJustified(24, ' ');
    if (pos >= 0 && pos < 24)
        leader[pos] = c;
}

const MarcField *MarcRecord::field(const QString &tag) const
{
    for (const MarcField &f : fields) {
        if (f.tag == tag)
            return &f;
    }
    return nullptr;
}

QList<const MarcField *> MarcRecord::fieldsWithTag(const QString &tag) const
{
    QList<const MarcField *> out;
    for (const MarcField &f : fields) {
        if (f.tag == tag)
            out << &f;
    }
    return out;
}

QString MarcRecord::controlField(const QString &tag) const
{
    const MarcField *f = field(tag);
    return f ? f->data : QString();
}

MarcField &MarcRecord::addControlField(const QString &tag, const QString &data)
{
    MarcField f;
    f.tag = tag;
    f.data = data;
    f.control = true;
    fields.append(f);
    return fields.last();
}

MarcField &MarcRecord::addDataField(const QString &tag, char ind1, char ind2, const QList<MarcSubfield> &subfields)
{
    MarcField f;
    f.tag = tag;
    f.ind1 = ind1;
    f.ind2 = ind2;
    f.subfields = subfields;
    fields.append(f);
    return fields.last();
}

void MarcRecord::removeFields(const QString &tag)
{
    fields.removeIf([&](const MarcField &f) { return f.tag == tag; });
}

MarcField &MarcRecord::insertField(const MarcField &field)
{
    qsizetype at = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).tag > field.tag) {
            at = i;
            break;
        }
    }
    fields.insert(at, field);
    return fields[at];
}

} // namespace Aksara::Catalogue
