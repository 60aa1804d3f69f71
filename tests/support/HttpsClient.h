// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace mente::test {

struct HttpReply
{
    int status = 0; // 0 when no HTTP answer came (TLS refused, connection failed)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QString errorField() const;
    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

// A blocking HTTPS client for tests: pins the box's certificate by its SHA-256 fingerprint
// (sha256:AB:CD:...) and refuses any other.
class HttpsClient
{
public:
    HttpsClient(const QString &baseUrl, const QString &fingerprint);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    HttpReply get(const QString &path);
    HttpReply del(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply put(const QString &path, const QJsonObject &body);
    HttpReply patch(const QString &path, const QJsonObject &body);
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType = "application/json");

    // Logs in and keeps the token; returns the reply.
    HttpReply login(const QString &login, const QString &password);

private:
    QNetworkAccessManager m_nam;
    QString m_baseUrl;
    QString m_fingerprint;
    QString m_token;
};

} // namespace mente::test
