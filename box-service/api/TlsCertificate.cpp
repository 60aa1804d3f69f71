// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TlsCertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

Q_LOGGING_CATEGORY(lcTls, "mente.tls")

namespace mente::box {

namespace {
template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Error tlsError(const QString &what)
{
    return Error{QStringLiteral("internal"), QStringLiteral("Cannot make the TLS certificate: %1.").arg(what), {}};
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tlsError(QStringLiteral("cannot write %1").arg(path));
    // Set the mode before any secret is written.
    if (!file.setPermissions(permissions))
        return tlsError(QStringLiteral("cannot set the mode of %1").arg(path));
    file.write(data);
    if (!file.commit())
        return tlsError(QStringLiteral("cannot write %1").arg(path));
    QFile::setPermissions(path, permissions);
    return success();
}

Result<std::pair<QByteArray, QByteArray>> makePem(const QString &commonName, const QStringList &dnsNames,
                                                  const QStringList &ipAddresses)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return tlsError(QStringLiteral("key generation failed"));
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 365 * 10);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Mente box"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList alt;
    for (const QString &dns : dnsNames)
        alt << QStringLiteral("DNS:") + dns;
    for (const QString &ip : ipAddresses)
        alt << QStringLiteral("IP:") + ip;
    if (!addExtension(cert.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toUtf8())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return tlsError(QStringLiteral("an extension was refused"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QStringLiteral("signing failed"));

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return tlsError(QStringLiteral("PEM encoding failed"));
    return std::pair{bioBytes(certBio.get()), bioBytes(keyBio.get())};
}
} // namespace

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(certificate);
}

Result<TlsIdentity> TlsCertificate::loadOrCreate(const QString &dir, const QString &commonName,
                                                 const QStringList &dnsNames, const QStringList &ipAddresses)
{
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        auto pem = makePem(commonName, dnsNames, ipAddresses);
        if (!pem)
            return pem.error();
        if (const Status s = writeFile(keyPath, pem->second, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !s)
            return s.error();
        if (const Status s = writeFile(certPath, pem->first,
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ReadOther);
            !s)
            return s.error();
        qCInfo(lcTls) << "made a new self-signed certificate for" << dnsNames << ipAddresses;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return tlsError(QStringLiteral("cannot read %1 or %2").arg(certPath, keyPath));
    TlsIdentity identity{QSslCertificate(certFile.readAll(), QSsl::Pem), QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
    if (identity.certificate.isNull() || identity.key.isNull())
        return tlsError(QStringLiteral("%1 or %2 is damaged; remove both to make new ones").arg(certPath, keyPath));
    return identity;
}

} // namespace mente::box
