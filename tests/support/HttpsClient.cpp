// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/HttpsClient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace mente::test {

QString HttpReply::errorField() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpsClient::HttpsClient(const QString &baseUrl, const QString &fingerprint)
    : m_baseUrl(baseUrl), m_fingerprint(fingerprint)
{
}

HttpReply HttpsClient::get(const QString &path) { return send("GET", path, {}); }
HttpReply HttpsClient::del(const QString &path) { return send("DELETE", path, {}); }
HttpReply HttpsClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
HttpReply HttpsClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
HttpReply HttpsClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpsClient::login(const QString &login, const QString &password)
{
    HttpReply reply = post(QStringLiteral("/api/v1/session"),
                           {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (reply.status == 200)
        m_token = reply.json().value(QStringLiteral("token")).toString();
    return reply;
}

HttpReply HttpsClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(30000);

    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, &buffer);

    const QString expected = m_fingerprint;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, expected](const QList<QSslError> &errors) {
        const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        if (QStringLiteral("sha256:") + QString::fromLatin1(digest) == expected)
            reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace mente::test
