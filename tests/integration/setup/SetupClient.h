// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/HttpsClient.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace mente::test {

// A blocking plain-HTTP client for the setup page: HTTP Basic on every request, an
// Accept-Language, and form posts that carry the CSRF token of the last page seen.
class SetupClient
{
public:
    using Fields = QList<QPair<QString, QString>>;

    explicit SetupClient(const QString &baseUrl) : m_baseUrl(baseUrl) {}

    void setBaseUrl(const QString &url) { m_baseUrl = url; }
    void setCredentials(const QString &login, const QString &password)
    {
        m_login = login;
        m_password = password;
    }
    void clearCredentials() { m_login.clear(); }
    void setLanguage(const QByteArray &acceptLanguage) { m_language = acceptLanguage; }
    void setOrigin(const QByteArray &origin) { m_origin = origin; }

    HttpReply get(const QString &path);
    // Adds csrf=<token of the last page> unless the fields hold one.
    HttpReply post(const QString &path, Fields fields);
    HttpReply postRaw(const QString &path, const QByteArray &body);
    // Sends a form and does not wait for the answer (a change of the box's address may swallow it).
    void postAndForget(const QString &path, Fields fields);

    QString lastCsrf() const { return m_csrf; }
    static QString csrfIn(const QByteArray &html);
    static bool hasFieldError(const QByteArray &html, const QString &field);
    static QString fieldError(const QByteArray &html, const QString &field);

private:
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body);
    QNetworkRequest makeRequest(const QByteArray &method, const QString &path) const;
    QByteArray encode(Fields fields) const;

    QNetworkAccessManager m_nam;
    QString m_baseUrl;
    QString m_login;
    QString m_password;
    QByteArray m_language = "en";
    QByteArray m_origin;
    QString m_csrf;
};

} // namespace mente::test
