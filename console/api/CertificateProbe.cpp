// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CertificateProbe.h"

#include "api/BoundedBody.h"
#include "api/Fingerprint.h"
#include "shared/ApiPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace mente::console {

namespace {
constexpr qint64 kMaxHealthBytes = 64 * 1024; // {"status", "serial", "version"}
} // namespace

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void CertificateProbe::probe(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(api::Health);
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->get(request);
    BoundedBody::attach(reply, kMaxHealthBytes);
    auto seen = std::make_shared<QString>();
    // Any certificate is accepted for this one unauthenticated call; the person decides to trust it.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, seen](const QList<QSslError> &errors) {
        *seen = fingerprintOf(reply->sslConfiguration().peerCertificate());
        reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, reply,
            [reply, seen]() { *seen = fingerprintOf(reply->sslConfiguration().peerCertificate()); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, seen]() {
        reply->deleteLater();
        if (seen->isEmpty()) {
            const QString why = reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                         : tr("The address does not speak HTTPS.");
            emit finished(Error{QStringLiteral("network"), why, QStringLiteral("url")});
            return;
        }
        // A body too large to be a box's health answer reads as none: the person still sees the certificate.
        const QJsonObject health = QJsonDocument::fromJson(BoundedBody::of(reply)->take()).object();
        emit finished(Outcome{*seen, health.value(QStringLiteral("serial")).toString(),
                              health.value(QStringLiteral("version")).toString()});
    });
}

Result<QUrl> normalizeBoxUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Error::validation(QStringLiteral("url"), QStringLiteral("The box address is required."));
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error::validation(QStringLiteral("url"),
                                 QStringLiteral("Not an address: write it like https://192.168.1.20:8443."));
    if (url.scheme() != QLatin1String("https"))
        return Error::validation(QStringLiteral("url"),
                                 QStringLiteral("The console talks to boxes over https:// only."));
    if (url.port() == -1)
        url.setPort(8443);
    url.setPath({});
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo({});
    return url;
}

} // namespace mente::console
