// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Fingerprint.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

namespace mente::console {

namespace {
const char *const RefusedProperty = "menteRefusedFingerprint";
} // namespace

QString fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QStringLiteral("sha256:")
           + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void pinCertificate(QNetworkReply *reply, const QString &fingerprint)
{
    auto check = [reply, fingerprint]() {
        const QString presented = fingerprintOf(reply->sslConfiguration().peerCertificate());
        if (presented == fingerprint)
            return true;
        reply->setProperty(RefusedProperty, presented);
        return false;
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, check](const QList<QSslError> &errors) {
        if (check())
            reply->ignoreSslErrors(errors);
    });
    // A certificate that a CA vouches for raises no sslErrors: check the pin once encrypted too.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, check]() {
        if (!check())
            reply->abort();
    });
    // A kept-alive connection is reused without a new handshake (no sslErrors, no encrypted):
    // check the connection's certificate again before a byte of the answer is read.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, check]() {
        if (!check())
            reply->abort();
    });
}

QString refusedFingerprint(const QNetworkReply *reply)
{
    return reply->property(RefusedProperty).toString();
}

bool matchesPin(const QNetworkReply *reply, const QString &fingerprint)
{
    return fingerprintOf(reply->sslConfiguration().peerCertificate()) == fingerprint;
}

} // namespace mente::console
