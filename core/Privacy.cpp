#include "core/Privacy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sodium.h>

#include <functional>

namespace Aksara {

namespace {
const char *const kSubjectColumns = "id, pseudonym, kind, secret, created_at, COALESCE(erased_at, 0)";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral("[^\\s@\"'<>(),;:]+@[^\\s@\"'<>(),;:]+\\.[A-Za-z]{2,}"));
    return re;
}
// Exactly 16 digits, possibly grouped by spaces or dots as people type them (3601 2345 ...).
const QRegularExpression &nikPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z])(?:[0-9][ .]?){15}[0-9](?![0-9])"));
    return re;
}
// Indonesian telephone numbers: 0 or +62 followed by at least 8 more digits.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z+])(?:\\+62|62|0)[ ()-]*[0-9](?:[ ().-]?[0-9]){7,13}(?![0-9])"));
    return re;
}
// Words that contain a digit: candidate card numbers in a message.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*"));
    return re;
}
} // namespace

bool Privacy::available()
{
    if (m_available < 0) {
        auto k = m_db.tableKey(QStringLiteral("data_subjects"));
        m_available = k.ok() && !k->key.isEmpty() ? 1 : 0;
    }
    return m_available == 1;
}

QByteArray Privacy::seal(const QByteArray &secret, const QByteArray &plain)
{
    if (!sodiumReady() || secret.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), nonce, reinterpret_cast<const unsigned char *>(secret.constData()));
    return out;
}

std::optional<QByteArray> Privacy::open(const QByteArray &secret, const QByteArray &sealed)
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (!sodiumReady() || secret.size() != crypto_secretbox_KEYBYTES || sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(secret.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

Result<DataSubject> Privacy::createSubject(const QString &kind, qint64 nowMs)
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("privacy.no_random"), tr("The random number generator is not available."));
    if (!available())
        return Error::failed(QStringLiteral("privacy.no_schema"),
                             tr("This database has no data subjects yet (core migration 0008): run aksara init."));
    DataSubject s;
    s.kind = kind;
    s.createdAt = nowMs;
    s.secret = QByteArray(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(s.secret.data(), size_t(s.secret.size()));
    QByteArray id(8, Qt::Uninitialized);
    randombytes_buf(id.data(), size_t(id.size()));
    s.pseudonym = QStringLiteral("P-") + QString::fromLatin1(id.toHex());
    auto q = m_db.exec(QStringLiteral("INSERT INTO data_subjects (pseudonym, kind, secret, created_at) VALUES (?, ?, ?, ?) "
                                      "RETURNING id"),
                       {s.pseudonym, kind, s.secret, nowMs});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failed(QStringLiteral("privacy.subject"), tr("Could not record the data subject."));
    s.id = q->value(0).toLongLong();
    q->finish();
    return s;
}

Status Privacy::addAlias(qint64 subjectId, const QString &alias)
{
    if (alias.isEmpty())
        return {};
    auto q = m_db.exec(QStringLiteral("INSERT INTO subject_aliases (alias, subject_id) VALUES (?, ?) ON CONFLICT (alias) DO "
                                      "UPDATE SET subject_id = excluded.subject_id"),
                       {alias, subjectId});
    if (!q.ok())
        return q.error();
    return {};
}

Result<std::optional<DataSubject>> Privacy::lookup(const char *sql, const QVariant &value)
{
    if (!available())
        return std::optional<DataSubject>();
    auto q = m_db.exec(QString::fromLatin1(sql).arg(QString::fromLatin1(kSubjectColumns)), {value});
    if (!q.ok())
        return q.error();
    std::optional<DataSubject> out;
    if (q->next()) {
        DataSubject s;
        s.id = q->value(0).toLongLong();
        s.pseudonym = q->value(1).toString();
        s.kind = q->value(2).toString();
        s.secret = q->value(3).toByteArray();
        s.createdAt = q->value(4).toLongLong();
        s.erasedAt = q->value(5).toLongLong();
        out = s;
    }
    q->finish();
    return out;
}

Result<std::optional<DataSubject>> Privacy::byAlias(const QString &alias)
{
    if (alias.isEmpty() || alias.size() > 64)
        return std::optional<DataSubject>();
    return lookup("SELECT %1 FROM data_subjects WHERE id = (SELECT subject_id FROM subject_aliases WHERE alias = ?)", alias);
}

Result<std::optional<DataSubject>> Privacy::byPseudonym(const QString &pseudonym)
{
    return lookup("SELECT %1 FROM data_subjects WHERE pseudonym = ?", pseudonym);
}

Result<std::optional<DataSubject>> Privacy::byId(qint64 id)
{
    return lookup("SELECT %1 FROM data_subjects WHERE id = ?", id);
}

Result<QString> Privacy::logNameOf(const QString &alias)
{
    auto s = byAlias(alias);
    if (!s.ok())
        return s.error();
    return s->has_value() ? (*s)->pseudonym : alias;
}

Status Privacy::erase(qint64 subjectId, qint64 nowMs)
{
    auto del = m_db.exec(QStringLiteral("DELETE FROM subject_aliases WHERE subject_id = ?"), {subjectId});
    if (!del.ok())
        return del.error();
    del->finish();
    auto upd = m_db.exec(QStringLiteral("UPDATE data_subjects SET secret = NULL, erased_at = ? WHERE id = ?"), {nowMs, subjectId});
    if (!upd.ok())
        return upd.error();
    return {};
}

QString Privacy::redactPatterns(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    out.replace(emailPattern(), QStringLiteral("[email]"));
    out.replace(nikPattern(), QStringLiteral("[nik]"));
    out.replace(phonePattern(), QStringLiteral("[phone]"));
    return out;
}

QString Privacy::searchShape(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("search:empty");
    if (emailPattern().match(t).hasMatch())
        return QStringLiteral("search:email");
    QString digits = t;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
    static const QRegularExpression allDigits(QStringLiteral("^\\+?[0-9]+$"));
    if (allDigits.match(digits).hasMatch())
        return digits.size() == 16 && !digits.startsWith(QLatin1Char('+')) ? QStringLiteral("search:nik")
                                                                           : QStringLiteral("search:number");
    static const QRegularExpression hasDigit(QStringLiteral("[0-9]"));
    if (hasDigit.match(t).hasMatch())
        return QStringLiteral("search:card");
    return QStringLiteral("search:name");
}

QString Privacy::redactText(const QString &text)
{
    QString out = redactPatterns(text);
    if (!available() || out.isEmpty())
        return out;
    // Card numbers (and other aliases) in the message become pseudonyms.
    QString result;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        auto s = byAlias(m.captured());
        result += s.ok() && s->has_value() ? (*s)->pseudonym : m.captured();
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

Status Privacy::pseudonymiseValue(QJsonValue &value, std::optional<DataSubject> &concerned, int depth)
{
    if (depth > 4)
        return {};
    if (value.isString()) {
        const QString s = value.toString();
        static const QRegularExpression candidate(QStringLiteral("^[A-Za-z0-9-]{4,40}$"));
        if (!candidate.match(s).hasMatch())
            return {};
        auto subject = byAlias(s);
        if (!subject.ok())
            return subject.error();
        if (subject->has_value()) {
            value = (*subject)->pseudonym;
            if (!concerned)
                concerned = *subject;
        }
        return {};
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue v = a.at(i);
            if (Status st = pseudonymiseValue(v, concerned, depth + 1); !st.ok())
                return st;
            a[i] = v;
        }
        value = a;
        return {};
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue v = it.value();
            if (Status st = pseudonymiseValue(v, concerned, depth + 1); !st.ok())
                return st;
            it.value() = v;
        }
        value = o;
    }
    return {};
}

namespace {
// Every string of an error's details, redacted.
QJsonValue redactJson(const QJsonValue &v, const std::function<QString(const QString &)> &redact, int depth = 0)
{
    if (depth > 6)
        return v;
    if (v.isString())
        return redact(v.toString());
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a << redactJson(x, redact, depth + 1);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), redactJson(it.value(), redact, depth + 1));
        return o;
    }
    return v;
}
} // namespace

Status Privacy::protect(OperationRecord &r, const QJsonObject &personal)
{
    std::optional<DataSubject> concerned;
    if (available()) {
        if (!r.subject.isEmpty()) {
            auto s = byAlias(r.subject);
            if (!s.ok())
                return s.error();
            if (s->has_value()) {
                r.subject = (*s)->pseudonym;
                concerned = *s;
            }
        }
        for (auto it = r.details.begin(); it != r.details.end(); ++it) {
            if (it.key() == QLatin1String("error") || it.key() == QLatin1String("aggregate"))
                continue;
            QJsonValue v = it.value();
            if (Status st = pseudonymiseValue(v, concerned, 0); !st.ok())
                return st;
            it.value() = v;
        }
    }
    if (concerned && concerned->secret.size() == crypto_secretbox_KEYBYTES) {
        QJsonObject sealedPart = personal;
        if (!r.errorMessage.isEmpty()) {
            sealedPart.insert(QStringLiteral("error_message"), r.errorMessage);
            r.errorMessage = kSealedMark;
        }
        if (r.details.contains(QStringLiteral("error"))) {
            sealedPart.insert(QStringLiteral("error"), r.details.value(QStringLiteral("error")));
            r.details.remove(QStringLiteral("error"));
        }
        if (!sealedPart.isEmpty()) {
            const QByteArray sealed = seal(concerned->secret, QJsonDocument(sealedPart).toJson(QJsonDocument::Compact));
            if (sealed.isEmpty())
                return Error::failed(QStringLiteral("privacy.seal"), tr("Could not seal the record's personal data."));
            r.details.insert(QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()));
        }
        return {};
    }
    // Nobody known to seal for: what may be personal is redacted, personal details are dropped.
    const auto redact = [this](const QString &s) { return redactText(s); };
    r.errorMessage = redactText(r.errorMessage);
    if (r.details.contains(QStringLiteral("error")))
        r.details.insert(QStringLiteral("error"), redactJson(r.details.value(QStringLiteral("error")), redact));
    return {};
}

Result<QJsonObject> Privacy::unseal(const OperationRecord &r)
{
    const QString sealed = r.details.value(QStringLiteral("sealed")).toString();
    if (sealed.isEmpty())
        return QJsonObject();
    auto s = byPseudonym(r.subject);
    if (!s.ok())
        return s.error();
    QList<DataSubject> candidates;
    if (s->has_value())
        candidates << **s;
    // A record about an item names its patron in its details.
    for (auto it = r.details.begin(); it != r.details.end(); ++it) {
        if (!it.value().isString() || !it.value().toString().startsWith(QLatin1String("P-")))
            continue;
        auto d = byPseudonym(it.value().toString());
        if (!d.ok())
            return d.error();
        if (d->has_value())
            candidates << **d;
    }
    const QByteArray bytes = QByteArray::fromBase64(sealed.toLatin1());
    for (const DataSubject &c : std::as_const(candidates)) {
        if (auto plain = open(c.secret, bytes))
            return QJsonDocument::fromJson(*plain).object();
    }
    return QJsonObject();
}

} // namespace Aksara
