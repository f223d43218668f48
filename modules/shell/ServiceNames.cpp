#include "shell/ServiceNames.h"

#include <QCoreApplication>

namespace Aksara::Shell {

QString serviceName(const QString &code, const QString &catalogueName)
{
    struct Entry {
        const char *code;
        const char *name; // the seeded English name, also the translation source
    };
    static const Entry entries[] = {
        {"membership", QT_TRANSLATE_NOOP("Aksara::Shell", "Membership and cards")},
        {"checkout", QT_TRANSLATE_NOOP("Aksara::Shell", "Checkout")},
        {"checkin", QT_TRANSLATE_NOOP("Aksara::Shell", "Checkin")},
        {"renewal", QT_TRANSLATE_NOOP("Aksara::Shell", "Renewal")},
        {"holds", QT_TRANSLATE_NOOP("Aksara::Shell", "Holds")},
        {"fees", QT_TRANSLATE_NOOP("Aksara::Shell", "Fees and payments")},
        {"catalogue_search", QT_TRANSLATE_NOOP("Aksara::Shell", "Catalogue search")},
        {"collection_lookup", QT_TRANSLATE_NOOP("Aksara::Shell", "Collection lookup")},
        {"cataloguing", QT_TRANSLATE_NOOP("Aksara::Shell", "Cataloguing")},
        {"kiosk", QT_TRANSLATE_NOOP("Aksara::Shell", "Self-service kiosk")},
        {"sip2", QT_TRANSLATE_NOOP("Aksara::Shell", "SIP2 self-check")},
        {"sru", QT_TRANSLATE_NOOP("Aksara::Shell", "SRU catalogue access")},
        {"reporting", QT_TRANSLATE_NOOP("Aksara::Shell", "Reporting")},
        {"administration", QT_TRANSLATE_NOOP("Aksara::Shell", "Administration")},
    };
    for (const Entry &e : entries) {
        if (code == QLatin1String(e.code) && catalogueName == QLatin1String(e.name))
            return QCoreApplication::translate("Aksara::Shell", e.name);
    }
    return catalogueName;
}

} // namespace Aksara::Shell
