#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QStringList>

namespace Aksara {

// Every problem with a form's fields, reported at once: the refusal's details.reasons is a list of
// {field, code, message}, so that a window shows each message next to its field and `--json`
// prints them; the message names what is wrong in words. The refusal's code is the first
// problem's code.
class FieldErrors {
public:
    void add(const QString &field, const QString &code, const QString &message);
    bool isEmpty() const { return m_reasons.isEmpty(); }
    qsizetype size() const { return m_reasons.size(); }
    bool has(const QString &field) const { return m_fields.contains(field); }
    // Precondition: !isEmpty().
    Error refusal() const;
    Status status() const { return isEmpty() ? Status() : Status(refusal()); }

private:
    QJsonArray m_reasons;
    QStringList m_fields;
    QStringList m_messages;
    QString m_firstCode;
};

} // namespace Aksara
