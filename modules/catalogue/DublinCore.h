#pragma once

#include "catalogue/MarcRecord.h"

#include <QByteArray>

namespace Aksara::Catalogue {

// Simple Dublin Core of a record (the LC MARC-to-DC crosswalk, unqualified), as SRU's "dc"
// record schema wants it: <srw_dc:dc xmlns:srw_dc="info:srw/schema/1/dc-schema"
// xmlns:dc="http://purl.org/dc/elements/1.1/"> with title, creator, subject, description,
// publisher, date, type, identifier (URN:ISBN / URN:ISSN), language and relation (series).
QByteArray writeDublinCore(const MarcRecord &record);

} // namespace Aksara::Catalogue
