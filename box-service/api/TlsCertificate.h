// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace mente::box {

// The box's own TLS identity: a self-signed certificate made on first start with OpenSSL
// (P-256 key, subjectAltName with the box's names and addresses), kept in the data dir with
// the key file owner-only (0600). Consoles pin its SHA-256 fingerprint.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    QString fingerprint() const; // "sha256:AB:CD:..."
};

QString fingerprintOf(const QSslCertificate &certificate);

class TlsCertificate
{
public:
    // Loads cert.pem/key.pem from dir, or makes them when missing.
    static Result<TlsIdentity> loadOrCreate(const QString &dir, const QString &commonName, const QStringList &dnsNames,
                                            const QStringList &ipAddresses);
};

} // namespace mente::box
