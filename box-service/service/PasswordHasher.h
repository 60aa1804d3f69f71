// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// Argon2id through libsodium's crypto_pwhash_str: salted, slow, self-describing; the
// comparison inside crypto_pwhash_str_verify is constant-time.
class PasswordHasher
{
public:
    PasswordHasher();
    QString hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    // Spends the same effort as verify() for a login that does not exist, so response time
    // does not tell which logins exist.
    void burn(const QString &password) const;

private:
    QString m_dummyHash;
};

} // namespace mente::box
