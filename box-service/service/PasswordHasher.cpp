// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

namespace mente::box {

PasswordHasher::PasswordHasher()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    m_dummyHash = hash(QStringLiteral("not-a-password-0"));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::burn(const QString &password) const
{
    (void)verify(m_dummyHash, password);
}

} // namespace mente::box
