#pragma once

#include "core/Guard.h"

#include <QHash>
#include <QString>

namespace Aksara::Notices {

struct Rendered {
    QString subject; // e-mail subject
    QString text;    // e-mail body
    QString shortText; // one message for SMS / WhatsApp gateways
};

// The texts of the notices, in Indonesian (id) and English (en). They are chosen by the patron's
// language (patrons.language), not by the language of whoever runs the sender, so they are kept
// here as data rather than as tr() messages of the program's own language. Placeholders:
// {name}, {card}, {title}, {item}, {due_on}, {pickup_branch}, {expires_on}, {library},
// {library_phone}; dates are given already written in the patron's language.
namespace Templates {
// kind: overdue | hold_ready | hold_expiring | membership_expiring; language id | en (anything
// else: id). An unknown kind gives an empty Rendered.
Rendered render(const QString &kind, const QString &language, const QHash<QString, QString> &values);
// A date (YYYY-MM-DD) as a patron reads it: "2 Maret 2026" / "2 March 2026".
QString longDate(const QString &isoDate, const QString &language);
} // namespace Templates

} // namespace Aksara::Notices
