#pragma once

#include "core/Guard.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aksara::Catalogue {

// One subfield of a data field: a one-byte code (normally a-z or 0-9) and its value.
struct MarcSubfield {
    char code = 'a';
    QString value;

    bool operator==(const MarcSubfield &o) const = default;
};

// A variable field. Control fields (tags 00X) carry `data`; data fields carry two indicators and
// subfields. A 00X field whose data starts with indicators and a subfield delimiter (as some
// systems write 007) is read as a data field, as yaz does, so that it round-trips.
struct MarcField {
    QString tag; // three characters
    char ind1 = ' ';
    char ind2 = ' ';
    QString data; // control fields only
    QList<MarcSubfield> subfields;
    bool control = false;

    static bool isControlTag(const QString &tag) { return tag.size() == 3 && tag.startsWith(QLatin1String("00")); }
    bool isControl() const { return control; }

    // The first value of subfield `code`, or an empty string.
    QString value(char code) const;
    QStringList values(char code) const;
    // The values of the subfields whose codes are in `codes`, in record order, joined by a space.
    QString joined(const char *codes, const QString &separator = QStringLiteral(" ")) const;

    bool operator==(const MarcField &o) const = default;
};

// A MARC 21 record: the 24-byte leader and the variable fields in record order.
//
// Values are Unicode (QString). Records read from MARC-8 have been converted; their leader
// position 09 is 'a' (UCS/Unicode). Text is kept as it came (converted MARC-8 is decomposed,
// NFD): the record is stored and exported unchanged; only derived and indexed text is NFC.
class MarcRecord {
public:
    MarcRecord();

    QByteArray leader; // always 24 bytes

    QList<MarcField> fields;

    // Leader positions 05-09 and 17-19 as single characters.
    char leaderAt(int pos) const { return pos >= 0 && pos < leader.size() ? leader.at(pos) : ' '; }
    void setLeaderAt(int pos, char c);

    const MarcField *field(const QString &tag) const;
    QList<const MarcField *> fieldsWithTag(const QString &tag) const;
    QString controlField(const QString &tag) const;

    MarcField &addControlField(const QString &tag, const QString &data);
    MarcField &addDataField(const QString &tag, char ind1, char ind2, const QList<MarcSubfield> &subfields);
    // Removes every field with this tag.
    void removeFields(const QString &tag);
    // Inserts a field before the first field whose tag sorts after it (keeps tag order).
    MarcField &insertField(const MarcField &field);

    bool operator==(const MarcRecord &o) const = default;
};

} // namespace Aksara::Catalogue
