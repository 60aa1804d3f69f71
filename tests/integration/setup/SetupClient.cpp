// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace mente::test {

QString SetupClient::csrfIn(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
    const auto m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool SetupClient::hasFieldError(const QByteArray &html, const QString &field)
{
    return html.contains(QStringLiteral("id=\"err-%1\"").arg(field).toUtf8());
}

QString SetupClient::fieldError(const QByteArray &html, const QString &field)
{
    const QRegularExpression re(QStringLiteral("id=\"err-%1\">([^<]*)</p>").arg(QRegularExpression::escape(field)));
    const auto m = re.match(QString::fromUtf8(html));
    if (!m.hasMatch())
        return {};
    QString text = m.captured(1);
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

HttpReply SetupClient::get(const QString &path)
{
    return send("GET", path, {});
}

QByteArray SetupClient::encode(Fields fields) const
{
    bool hasCsrf = false;
    for (const auto &[k, v] : fields)
        hasCsrf = hasCsrf || k == QLatin1String("csrf");
    if (!hasCsrf)
        fields.append({QStringLiteral("csrf"), m_csrf});
    QByteArray body;
    for (const auto &[k, v] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += k.toUtf8().toPercentEncoding() + '=' + v.toUtf8().toPercentEncoding();
    }
    return body;
}

HttpReply SetupClient::post(const QString &path, Fields fields)
{
    return send("POST", path, encode(std::move(fields)));
}

void SetupClient::postAndForget(const QString &path, Fields fields)
{
    QNetworkReply *reply = m_nam.post(makeRequest("POST", path), encode(std::move(fields)));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QNetworkRequest SetupClient::makeRequest(const QByteArray &method, const QString &path) const
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    if (!m_login.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_login + QLatin1Char(':') + m_password).toUtf8().toBase64());
    request.setRawHeader("Accept-Language", m_language);
    if (!m_origin.isEmpty())
        request.setRawHeader("Origin", m_origin);
    request.setTransferTimeout(30000);
    return request;
}

HttpReply SetupClient::postRaw(const QString &path, const QByteArray &body)
{
    return send("POST", path, body);
}

HttpReply SetupClient::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    const QNetworkRequest request = makeRequest(method, path);
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    if (const QString token = csrfIn(out.body); !token.isEmpty())
        m_csrf = token;
    return out;
}

} // namespace mente::test
