#include "core/Checkpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

#include <sodium.h>

#include <sys/stat.h>

#include <limits>

namespace Aksara {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QByteArray kKeyHeader = QByteArrayLiteral("aksara-signing-key-v1");
} // namespace

QByteArray Checkpoint::message() const
{
    QByteArray m = QByteArrayLiteral("aksara-checkpoint-v1\n");
    m += QByteArray::number(headId) + '\n';
    m += QByteArray::number(headSeq) + '\n';
    m += headHash.toLatin1() + '\n';
    m += QByteArray::number(signedAtMs) + '\n';
    return m;
}

bool Checkpoint::signatureValid() const
{
    if (!sodiumReady())
        return false;
    const QByteArray pk = QByteArray::fromHex(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromHex(signature.toLatin1());
    if (pk.size() != crypto_sign_PUBLICKEYBYTES || sig.size() != crypto_sign_BYTES)
        return false;
    const QByteArray m = message();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                       reinterpret_cast<const unsigned char *>(m.constData()), quint64(m.size()),
                                       reinterpret_cast<const unsigned char *>(pk.constData()))
           == 0;
}

QJsonObject Checkpoint::toJson() const
{
    return {{QStringLiteral("head_id"), headId},
            {QStringLiteral("head_seq"), headSeq},
            {QStringLiteral("head_hash"), headHash},
            {QStringLiteral("signed_at_ms"), signedAtMs},
            {QStringLiteral("signed_at"), QDateTime::fromMSecsSinceEpoch(signedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("public_key"), publicKey},
            {QStringLiteral("signature"), signature}};
}

Result<Checkpoint> Checkpoint::fromJson(const QJsonObject &o)
{
    Checkpoint c;
    c.headId = o.value(QStringLiteral("head_id")).toInteger();
    c.headSeq = o.value(QStringLiteral("head_seq")).toInteger();
    c.headHash = o.value(QStringLiteral("head_hash")).toString();
    c.signedAtMs = o.value(QStringLiteral("signed_at_ms")).toInteger();
    c.publicKey = o.value(QStringLiteral("public_key")).toString();
    c.signature = o.value(QStringLiteral("signature")).toString();
    if (c.headId <= 0 || c.headSeq <= 0 || c.headHash.size() != 64 || c.signedAtMs <= 0 || c.signature.isEmpty())
        return Error::failed(QStringLiteral("trail.bad_checkpoint"),
                             QCoreApplication::translate("Aksara::Checkpoints",
                                                         "not a checkpoint (head_id, head_seq, head_hash, signed_at_ms "
                                                         "and signature are required)"));
    return c;
}

Result<SigningKey> SigningKey::generate()
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("trail.sodium"), tr("libsodium could not start."));
    SigningKey k;
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    k.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(k.m_secret.data()));
    return k;
}

QString SigningKey::defaultPath()
{
    const QString env = qEnvironmentVariable("AKSARA_SIGNING_KEY");
    return env.isEmpty() ? QStringLiteral("/etc/aksara/signing.key") : env;
}

Result<SigningKey> SigningKey::load(const QString &path)
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("trail.sodium"), tr("libsodium could not start."));
    const QFileInfo info(path);
    if (!info.exists())
        return Error::failed(QStringLiteral("trail.key_missing"),
                             tr("There is no signing key at %1 (make one with: aksara checkpoint keygen --out %1).").arg(path));
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0077) != 0)
        return Error::failed(QStringLiteral("trail.key_exposed"),
                             tr("The signing key %1 is readable by other users (mode %2); make it 0600 (chmod 600 %1).")
                                 .arg(path)
                                 .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("trail.key_unreadable"), tr("Cannot read the signing key %1: %2").arg(path, f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    SigningKey k;
    if (lines.size() >= 2 && lines.at(0).trimmed() == kKeyHeader)
        k.m_secret = QByteArray::fromHex(lines.at(1).trimmed());
    if (k.m_secret.size() != crypto_sign_SECRETKEYBYTES)
        return Error::failed(QStringLiteral("trail.key_invalid"), tr("%1 is not an Aksara signing key.").arg(path));
    return k;
}

Status SigningKey::save(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error::refused(QStringLiteral("trail.key_exists"),
                              tr("%1 exists already; a signing key is never overwritten (move it away first).").arg(path));
    // Created 0600 from the start: the key never sits in a readable file, even for a moment.
    const mode_t old = ::umask(0077);
    QFile f(path);
    const bool opened = f.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    ::umask(old);
    if (!opened)
        return Error::failed(QStringLiteral("trail.key_unwritable"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(kKeyHeader + '\n' + m_secret.toHex() + '\n');
    if (!f.flush()) {
        f.close();
        QFile::remove(path);
        return Error::failed(QStringLiteral("trail.key_unwritable"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    }
    f.close();
    QFile pub(path + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(QStringLiteral("trail.key_unwritable"),
                             tr("Cannot write %1: %2").arg(pub.fileName(), pub.errorString()));
    pub.write(publicKeyHex().toLatin1() + '\n');
    return {};
}

QString SigningKey::publicKeyHex() const
{
    return QString::fromLatin1(m_secret.mid(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES).toHex());
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

Result<QByteArray> SigningKey::readPublicKey(const QString &fileOrHex)
{
    QByteArray text = fileOrHex.toLatin1();
    if (QFileInfo::exists(fileOrHex)) {
        QFile f(fileOrHex);
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(QStringLiteral("trail.key_unreadable"),
                                 tr("Cannot read the public key %1: %2").arg(fileOrHex, f.errorString()));
        text = f.readAll().trimmed();
    }
    const QByteArray key = QByteArray::fromHex(text.trimmed());
    if (key.size() != crypto_sign_PUBLICKEYBYTES || key.toHex() != text.trimmed().toLower())
        return Error::failed(QStringLiteral("trail.key_invalid"),
                             tr("%1 is not an Ed25519 public key (64 hexadecimal digits, or a file holding them).").arg(fileOrHex));
    return key;
}

namespace {
const QString kCheckpointColumns =
    QStringLiteral("head_id, head_seq, head_hash, signed_at, public_key, signature");

Checkpoint checkpointFrom(const Query &q)
{
    Checkpoint c;
    c.headId = q.value(0).toLongLong();
    c.headSeq = q.value(1).toLongLong();
    c.headHash = q.value(2).toString();
    c.signedAtMs = q.value(3).toLongLong();
    c.publicKey = q.value(4).toString();
    c.signature = q.value(5).toString();
    return c;
}
} // namespace

Result<Checkpoint> Checkpoints::sign(const Caller &caller, const SigningKey &key)
{
    return m_core.execute<Checkpoint>(
        caller, {Services::Administration, QStringLiteral("checkpoint.sign"), Rights::SystemAdmin, {}},
        [&](OperationContext &ctx) -> Result<Checkpoint> {
            // The head before this operation's own record; the write lock keeps it the head.
            auto q = ctx.db().exec(QStringLiteral("SELECT id, seq, hash FROM operations ORDER BY seq DESC LIMIT 1"));
            if (!q.ok())
                return q.error();
            if (!q->next())
                return Error::refused(QStringLiteral("trail.empty_log"), tr("The operation log is empty: there is nothing to sign."));
            Checkpoint c;
            c.headId = q->value(0).toLongLong();
            c.headSeq = q->value(1).toLongLong();
            c.headHash = q->value(2).toString();
            q->finish();
            c.signedAtMs = ctx.nowMs();
            c.publicKey = key.publicKeyHex();
            c.signature = QString::fromLatin1(key.sign(c.message()).toHex());
            auto ins = ctx.db().exec(QStringLiteral("INSERT INTO checkpoints (%1, operation_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                         .arg(kCheckpointColumns),
                                     {c.headId, c.headSeq, c.headHash, c.signedAtMs, c.publicKey, c.signature,
                                      ctx.operationId()});
            if (!ins.ok())
                return ins.error();
            ctx.setSubject(QString::number(c.headId));
            ctx.setDetail(QStringLiteral("head_seq"), c.headSeq);
            ctx.setDetail(QStringLiteral("head_hash"), c.headHash);
            ctx.setDetail(QStringLiteral("public_key"), c.publicKey);
            ctx.setDetail(QStringLiteral("signature"), c.signature);
            return c;
        });
}

Result<std::optional<Checkpoint>> Checkpoints::signIfDue(const Caller &caller, const SigningKey &key, qint64 intervalMs)
{
    Database &db = m_core.db();
    auto last = db.scalar(QStringLiteral("SELECT MAX(signed_at) FROM checkpoints"));
    if (!last.ok())
        return last.error();
    const qint64 lastMs = last->isNull() ? 0 : last->toLongLong();
    bool due = lastMs == 0 || m_core.clock().nowMs() - lastMs >= intervalMs;
    if (!due && db.tableExists(QStringLiteral("report_months"))) {
        // A month closed since the last checkpoint: its closing record gets signed now.
        auto closed = db.scalar(QStringLiteral("SELECT COUNT(*) FROM report_months r JOIN operations o ON o.id = r.created_op "
                                               "WHERE o.at > ?"),
                                {lastMs});
        if (!closed.ok())
            return closed.error();
        due = closed->toLongLong() > 0;
    }
    if (!due)
        return std::optional<Checkpoint>();
    auto c = sign(caller, key);
    if (!c.ok())
        return c.error();
    return std::optional<Checkpoint>(*c);
}

Result<QList<Checkpoint>> Checkpoints::read(Database &db, qint64 fromMs, qint64 toMs)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM checkpoints WHERE signed_at >= ? AND signed_at < ? ORDER BY id")
                         .arg(kCheckpointColumns),
                     {fromMs, toMs > 0 ? toMs : std::numeric_limits<qint64>::max()});
    if (!q.ok())
        return q.error();
    QList<Checkpoint> out;
    while (q->next())
        out << checkpointFrom(*q);
    q->finish();
    return out;
}

Result<QList<Checkpoint>> Checkpoints::list(const Caller &caller, qint64 fromMs, qint64 toMs)
{
    return m_core.execute<QList<Checkpoint>>(
        caller, {Services::Reporting, QStringLiteral("checkpoint.list"), Rights::SystemAdmin, {}, false},
        [&](OperationContext &ctx) { return read(ctx.db(), fromMs, toMs); });
}

Result<QList<VerifyFinding>> Checkpoints::verify(Database &db, const QList<Checkpoint> &checkpoints,
                                                 const QByteArray &publicKey)
{
    QList<VerifyFinding> findings;
    const QString expectedKey = QString::fromLatin1(publicKey.toHex());
    qint64 lastGood = 0; // the position of the last checkpoint that still matches
    for (const Checkpoint &c : checkpoints) {
        if (c.publicKey != expectedKey || !c.signatureValid()) {
            findings << VerifyFinding{QStringLiteral("checkpoint.signature"),
                                      tr("the checkpoint of operation %1 (signed %2) does not carry a valid signature "
                                         "of the given public key: it was forged or altered")
                                          .arg(c.headId)
                                          .arg(QDateTime::fromMSecsSinceEpoch(c.signedAtMs, Qt::UTC).toString(Qt::ISODate))};
            continue;
        }
        auto q = db.exec(QStringLiteral("SELECT seq, hash FROM operations WHERE id = ?"), {c.headId});
        if (!q.ok())
            return q.error();
        const bool found = q->next();
        const qint64 seq = found ? q->value(0).toLongLong() : 0;
        const QString hash = found ? q->value(1).toString() : QString();
        q->finish();
        if (!found) {
            findings << VerifyFinding{QStringLiteral("checkpoint.chain"),
                                      tr("operation %1, signed in a checkpoint at position %2, is no longer in the log")
                                          .arg(c.headId)
                                          .arg(c.headSeq)};
        } else if (seq != c.headSeq || hash != c.headHash) {
            findings << VerifyFinding{
                QStringLiteral("checkpoint.chain"),
                tr("operation %1 no longer has the hash signed in the checkpoint of %2 (%3…, now %4…): the log was "
                   "rewritten and its chain recomputed after record %5")
                    .arg(c.headId)
                    .arg(QDateTime::fromMSecsSinceEpoch(c.signedAtMs, Qt::UTC).toString(Qt::ISODate))
                    .arg(c.headHash.left(12), hash.left(12))
                    .arg(lastGood)};
        } else {
            lastGood = std::max(lastGood, c.headSeq);
        }
    }
    return findings;
}

Result<QList<Checkpoint>> Checkpoints::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("trail.checkpoints_unreadable"), tr("Cannot read %1: %2").arg(path, f.errorString()));
    QList<Checkpoint> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QByteArray text = f.readLine().trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        auto c = doc.isObject() ? Checkpoint::fromJson(doc.object())
                                : Result<Checkpoint>(Error::failed(QStringLiteral("trail.bad_checkpoint"), err.errorString()));
        if (!c.ok())
            return Error::failed(QStringLiteral("trail.bad_checkpoint"),
                                 tr("%1, line %2: %3").arg(path).arg(line).arg(c.error().message));
        out << *c;
    }
    if (out.isEmpty())
        return Error::failed(QStringLiteral("trail.bad_checkpoint"), tr("%1 holds no checkpoint.").arg(path));
    return out;
}

Status Checkpoints::writeFile(const QString &path, const QList<Checkpoint> &checkpoints)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("trail.export"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    for (const Checkpoint &c : checkpoints)
        f.write(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!f.commit())
        return Error::failed(QStringLiteral("trail.export"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Status Checkpoints::sendToWitness(const QString &url, const Checkpoint &checkpoint, int timeoutMs)
{
    const QUrl target(url);
    if (!target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return Error::failed(QStringLiteral("trail.witness"), tr("The witness %1 is not an http or https URL.").arg(url));
    QNetworkAccessManager nam;
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.post(request, QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString why = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
    reply->deleteLater();
    if (status < 200 || status > 299)
        return Error::failed(QStringLiteral("trail.witness"),
                             tr("The witness %1 did not take the checkpoint (%2).")
                                 .arg(target.toDisplayString(QUrl::RemoveUserInfo), why.isEmpty() ? QString::number(status) : why));
    return {};
}

} // namespace Aksara
