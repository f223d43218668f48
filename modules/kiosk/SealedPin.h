#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Aksara::Kiosk {

// PINs in the offline queue are never kept in clear: the kiosk seals each one to the library's
// public key (libsodium crypto_box_seal: an anonymous sender, only the holder of the secret key
// opens it), and the library opens it at replay to check it.
//
// The key pair is a small file (0600) of the library's side:
//   remote mode   the server's (aksara-server --kiosk-key FILE; by default beside its configuration
//                 or database), created at its first start; the kiosk fetches only the public key
//                 (GET /api/v1/kiosk/key) and never sees the secret one;
//   local mode    beside the SQLite database (LIBRARY.kiosk-key), or in the kiosk's configuration
//                 directory for a PostgreSQL URL: whoever runs a local-mode kiosk holds the
//                 database anyway (docs/kiosk.md).
// File: "aksara-kiosk-key 1", then the public and the secret key in base64, one a line.
// Errors: kiosk.key_unavailable (cannot read/create), kiosk.key_unsafe (readable by others),
// kiosk.key_damaged, kiosk.bad_sealed_pin (not sealed to this key).
class SealedPin {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Kiosk::SealedPin)

public:
    struct KeyPair {
        QByteArray publicKey; // crypto_box_PUBLICKEYBYTES
        QByteArray secretKey; // crypto_box_SECRETKEYBYTES
    };

    static Result<KeyPair> loadOrCreate(const QString &path);
    static Result<QByteArray> seal(const QString &pin, const QByteArray &publicKey);
    static Result<QString> open(const QByteArray &sealed, const KeyPair &keys);
    static int publicKeySize();
};

} // namespace Aksara::Kiosk
