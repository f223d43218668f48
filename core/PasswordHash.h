#pragma once

#include "core/Result.h"

namespace Aksara {

// Argon2id password and PIN hashes from libsodium ("$argon2id$v=19$m=...").
// Thread-safe. hash() takes on the order of 0.1 s and 64 MiB by design.
namespace PasswordHash {
Result<QString> hash(const QString &secret);
bool verify(const QString &storedHash, const QString &secret);
bool isArgon2id(const QString &storedHash);
} // namespace PasswordHash

} // namespace Aksara
