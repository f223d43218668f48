#pragma once

#include <QCoreApplication>
#include "core/ServiceCore.h"
#include "core/Verifier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Aksara {

// A signed checkpoint of the operation log (docs/security.md "The trail"): the Ed25519 signature
// of the chain's head — the last record's id, position and hash — and the time it was signed. A
// copy kept outside the database (an export, the monthly report, a witness) lets verify detect a
// chain that was rewritten and recomputed: the recomputed hash at that position no longer matches.
struct Checkpoint {
    qint64 headId = 0;
    qint64 headSeq = 0; // also the number of records in the chain up to the head
    QString headHash;
    qint64 signedAtMs = 0;
    QString publicKey; // hex, 32 bytes
    QString signature; // hex, 64 bytes

    // What is signed: "aksara-checkpoint-v1", then each field on its own line.
    QByteArray message() const;
    bool signatureValid() const;
    QJsonObject toJson() const;
    static Result<Checkpoint> fromJson(const QJsonObject &o);
};

// An Ed25519 key pair (libsodium crypto_sign). The secret key lives in a file of its own, mode
// 0600, outside the database: whoever can write the database cannot sign.
class SigningKey {
    Q_DECLARE_TR_FUNCTIONS(Aksara::SigningKey)

public:
    static Result<SigningKey> generate();
    // Errors: trail.key_missing, trail.key_unreadable, trail.key_invalid, trail.key_exposed (the
    // file is readable by the group or others).
    static Result<SigningKey> load(const QString &path);
    // Writes the secret key (0600; refuses to overwrite: trail.key_exists) and PATH.pub with the
    // public key.
    Status save(const QString &path) const;
    QString publicKeyHex() const;
    QByteArray sign(const QByteArray &message) const;

    // A public key given on the command line: a file holding it (the .pub file) or its hex text.
    static Result<QByteArray> readPublicKey(const QString &fileOrHex);

    // The default key file: /etc/aksara/signing.key, or AKSARA_SIGNING_KEY when set.
    static QString defaultPath();

private:
    QByteArray m_secret; // 64 bytes (seed + public key)
};

class Checkpoints {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Checkpoints)

public:
    explicit Checkpoints(ServiceCore &core) : m_core(core) {}

    // Signs the current head of the chain (operation administration/checkpoint.sign, right
    // system.admin) and keeps the checkpoint in the checkpoints table. Refuses an empty log.
    Result<Checkpoint> sign(const Caller &caller, const SigningKey &key);
    // Signs when the last checkpoint is older than `intervalMs`, or a month was closed after it
    // (report_months); returns the checkpoint it made, if any. For aksara-server's timer.
    Result<std::optional<Checkpoint>> signIfDue(const Caller &caller, const SigningKey &key, qint64 intervalMs);
    // The kept checkpoints signed in [fromMs, toMs) (0: no bound), oldest first (a reporting read).
    Result<QList<Checkpoint>> list(const Caller &caller, qint64 fromMs = 0, qint64 toMs = 0);
    // Without an operation, inside one (the monthly report reads them in its own).
    static Result<QList<Checkpoint>> read(Database &db, qint64 fromMs, qint64 toMs);

    // Checks checkpoints kept outside the database against it: each signature under `publicKey`,
    // and that the chain still has the signed hash at the signed position. Each finding names the
    // checkpoint's head operation.
    static Result<QList<VerifyFinding>> verify(Database &db, const QList<Checkpoint> &checkpoints,
                                               const QByteArray &publicKey);
    // JSON lines, one checkpoint each (aksara checkpoint export).
    static Result<QList<Checkpoint>> readFile(const QString &path);
    static Status writeFile(const QString &path, const QList<Checkpoint> &checkpoints);

    // POSTs the checkpoint (JSON) to an outside witness; any 2xx answer is success.
    static Status sendToWitness(const QString &url, const Checkpoint &checkpoint, int timeoutMs = 10000);

private:
    ServiceCore &m_core;
};

} // namespace Aksara
