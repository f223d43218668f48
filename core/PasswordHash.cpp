#include "core/PasswordHash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Aksara::PasswordHash {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> hash(const QString &secret)
{
    if (!ensureSodium())
        return Error::failed(QStringLiteral("auth.crypto"),
                             QCoreApplication::translate("Aksara::PasswordHash", "libsodium could not start."));
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::failed(QStringLiteral("auth.crypto"),
                             QCoreApplication::translate("Aksara::PasswordHash", "Out of memory while hashing a password."));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &secret)
{
    if (!ensureSodium() || !isArgon2id(storedHash))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool isArgon2id(const QString &storedHash)
{
    return storedHash.startsWith(QLatin1String("$argon2id$"));
}

} // namespace Aksara::PasswordHash
