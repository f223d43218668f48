#include "core/FieldErrors.h"

#include <QJsonObject>

namespace Aksara {

void FieldErrors::add(const QString &field, const QString &code, const QString &message)
{
    if (m_firstCode.isEmpty())
        m_firstCode = code;
    m_fields << field;
    m_messages << message;
    m_reasons.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("code"), code},
                                 {QStringLiteral("message"), message}});
}

Error FieldErrors::refusal() const
{
    return Error::refused(m_firstCode, m_messages.join(QLatin1Char(' ')), QJsonObject{{QStringLiteral("reasons"), m_reasons}});
}

} // namespace Aksara
