// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/CsrfGuard.h"

#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace mente::box {

CsrfGuard::CsrfGuard() : m_secret(32, '\0')
{
    randombytes_buf(m_secret.data(), size_t(m_secret.size()));
}

CsrfGuard::CsrfGuard(const QByteArray &secret) : m_secret(secret) {}

QString CsrfGuard::tokenFor(const Operator &op) const
{
    const QByteArray message = "setup-csrf\n" + QByteArray::number(op.id) + '\n' + op.login.toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool CsrfGuard::check(const Operator &op, const QString &token) const
{
    const QByteArray expected = tokenFor(op).toLatin1();
    const QByteArray given = token.toLatin1();
    if (given.size() != expected.size() || given.isEmpty())
        return false;
    return sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace mente::box
