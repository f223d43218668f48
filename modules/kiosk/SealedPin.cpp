#include "kiosk/SealedPin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>
#include <sys/stat.h>

namespace Aksara::Kiosk {

namespace {
const QByteArray kMagic = QByteArrayLiteral("aksara-kiosk-key 1");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

int SealedPin::publicKeySize()
{
    return int(crypto_box_PUBLICKEYBYTES);
}

Result<SealedPin::KeyPair> SealedPin::loadOrCreate(const QString &path)
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("kiosk.key_unavailable"), tr("The cryptography library could not start."));
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) == 0) {
        if ((st.st_mode & 0077) != 0)
            return Error::refused(QStringLiteral("kiosk.key_unsafe"),
                                  tr("The key file %1 can be read by other users; allow its owner only (chmod 600 %1).")
                                      .arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(QStringLiteral("kiosk.key_unavailable"),
                                 tr("Cannot read the key file %1: %2").arg(path, f.errorString()));
        const QList<QByteArray> lines = f.readAll().split('\n');
        KeyPair keys;
        if (lines.size() >= 3 && lines.at(0).trimmed() == kMagic) {
            keys.publicKey = QByteArray::fromBase64(lines.at(1).trimmed());
            keys.secretKey = QByteArray::fromBase64(lines.at(2).trimmed());
        }
        if (keys.publicKey.size() != int(crypto_box_PUBLICKEYBYTES) || keys.secretKey.size() != int(crypto_box_SECRETKEYBYTES))
            return Error::failed(QStringLiteral("kiosk.key_damaged"), tr("The key file %1 is damaged.").arg(path));
        return keys;
    }
    // Missing: a fresh key pair, written by its owner for its owner only.
    KeyPair keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                       reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(QStringLiteral("kiosk.key_unavailable"),
                             tr("Cannot create the key file %1: %2").arg(path, f.errorString()));
    f.write(kMagic + '\n' + keys.publicKey.toBase64() + '\n' + keys.secretKey.toBase64() + '\n');
    if (!f.commit())
        return Error::failed(QStringLiteral("kiosk.key_unavailable"),
                             tr("Cannot create the key file %1: %2").arg(path, f.errorString()));
    ::chmod(native.constData(), 0600);
    return keys;
}

Result<QByteArray> SealedPin::seal(const QString &pin, const QByteArray &publicKey)
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("kiosk.key_unavailable"), tr("The cryptography library could not start."));
    if (publicKey.size() != int(crypto_box_PUBLICKEYBYTES))
        return Error::failed(QStringLiteral("kiosk.key_damaged"), tr("The library's public key is not a valid key."));
    QByteArray clear = pin.toUtf8();
    QByteArray out(int(crypto_box_SEALBYTES) + clear.size(), Qt::Uninitialized);
    const int rc = crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()),
                                   reinterpret_cast<const unsigned char *>(clear.constData()), quint64(clear.size()),
                                   reinterpret_cast<const unsigned char *>(publicKey.constData()));
    sodium_memzero(clear.data(), size_t(clear.size()));
    if (rc != 0)
        return Error::failed(QStringLiteral("kiosk.key_unavailable"), tr("The PIN could not be sealed."));
    return out;
}

Result<QString> SealedPin::open(const QByteArray &sealed, const KeyPair &keys)
{
    if (!sodiumReady())
        return Error::failed(QStringLiteral("kiosk.key_unavailable"), tr("The cryptography library could not start."));
    if (sealed.size() <= int(crypto_box_SEALBYTES) || sealed.size() > int(crypto_box_SEALBYTES) + 64)
        return Error::refused(QStringLiteral("kiosk.bad_sealed_pin"), tr("The sealed PIN is not valid."));
    QByteArray clear(sealed.size() - int(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(clear.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(keys.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData()))
        != 0)
        return Error::refused(QStringLiteral("kiosk.bad_sealed_pin"),
                              tr("The PIN was not sealed to this library's key; it cannot be checked."));
    const QString pin = QString::fromUtf8(clear);
    sodium_memzero(clear.data(), size_t(clear.size()));
    return pin;
}

} // namespace Aksara::Kiosk
