// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/SmtpTransport.h"

#include <QLoggingCategory>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcSmtp, "mente.mail.smtp")

namespace mente::box {

namespace {
struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(user)->load() ? 1 : 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlHandle
{
    CURL *curl = curl_easy_init();
    curl_slist *recipients = nullptr;
    ~CurlHandle()
    {
        curl_slist_free_all(recipients);
        if (curl)
            curl_easy_cleanup(curl);
    }
};
} // namespace

SmtpTransport::SmtpTransport(Settings settings) : m_settings(std::move(settings))
{
    globalInit();
}

QByteArray SmtpTransport::effectiveUrl(const Settings &s)
{
    QUrl url(s.url);
    if (s.security == QLatin1String("tls") && url.scheme() == QLatin1String("smtp"))
        url.setScheme(QStringLiteral("smtps"));
    return url.toString(QUrl::FullyEncoded).toUtf8();
}

QByteArray SmtpTransport::proxyUrl(const Settings &s)
{
    if (s.proxyType == QLatin1String("none") || s.proxyHost.isEmpty())
        return {};
    // socks5h: the proxy resolves the SMTP server's name (the LAN may have no outside DNS).
    const QString scheme = s.proxyType == QLatin1String("socks5") ? QStringLiteral("socks5h") : QStringLiteral("http");
    QString host = s.proxyHost;
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(s.proxyPort).toUtf8();
}

void SmtpTransport::updateSettings(Settings settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = std::move(settings);
}

SmtpTransport::Settings SmtpTransport::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

QString SmtpTransport::reasonFor(int curlCode, long smtpCode)
{
    switch (CURLcode(curlCode)) {
    case CURLE_OK:
        return {};
    case CURLE_LOGIN_DENIED:
        return QStringLiteral("login");
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return QStringLiteral("resolve");
    case CURLE_COULDNT_CONNECT:
        return QStringLiteral("connect");
    case CURLE_OPERATION_TIMEDOUT:
        return QStringLiteral("timeout");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        return QStringLiteral("tls");
    default:
        break;
    }
    if (smtpCode == 530 || smtpCode == 535 || smtpCode == 534) // authentication required / failed
        return QStringLiteral("login");
    if (smtpCode >= 500 && smtpCode < 600)
        return QStringLiteral("refused");
    return QStringLiteral("other");
}

SendOutcome SmtpTransport::send(const MailEnvelope &envelope, const std::atomic<bool> &cancel)
{
    Settings settings;
    {
        QMutexLocker lock(&m_mutex);
        settings = m_settings;
    }
    SendOutcome outcome;
    if (settings.url.isEmpty()) {
        outcome.error = QStringLiteral("No SMTP server is configured ([mail] smtp_url).");
        outcome.reason = QStringLiteral("no-server");
        return outcome;
    }
    CurlHandle h;
    if (!h.curl) {
        outcome.error = QStringLiteral("libcurl could not start.");
        return outcome;
    }
    CURL *c = h.curl;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = effectiveUrl(settings);
    const QByteArray from = '<' + envelope.from.toUtf8() + '>';
    for (const QString &to : envelope.to)
        h.recipients = curl_slist_append(h.recipients, ('<' + to.toUtf8() + '>').constData());
    Upload upload{&envelope.message, 0};

    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, h.recipients);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(envelope.message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(std::min(settings.timeoutS, 20)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(settings.timeoutS));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, static_cast<void *>(const_cast<std::atomic<bool> *>(&cancel)));
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     settings.security == QLatin1String("starttls") ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, settings.verifyPeer ? 2L : 0L);
    const QByteArray caFile = settings.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray proxy = proxyUrl(settings);
    const QByteArray proxyUser = settings.proxyUser.toUtf8();
    const QByteArray proxyPassword = settings.proxyPassword.toUtf8();
    if (!proxy.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_PROXY, proxy.constData());
        // SMTP is not HTTP: through an HTTP proxy it needs a CONNECT tunnel.
        if (settings.proxyType == QLatin1String("http"))
            curl_easy_setopt(c, CURLOPT_HTTPPROXYTUNNEL, 1L);
        if (!proxyUser.isEmpty()) {
            curl_easy_setopt(c, CURLOPT_PROXYUSERNAME, proxyUser.constData());
            curl_easy_setopt(c, CURLOPT_PROXYPASSWORD, proxyPassword.constData());
        }
    } else {
        curl_easy_setopt(c, CURLOPT_PROXY, ""); // never an http_proxy from the environment
    }

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK) {
        outcome.sent = true;
        return outcome;
    }
    outcome.messageSent = upload.offset > 0;
    long smtpCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &smtpCode);
    // A 5xx answer to MAIL/RCPT/DATA is the server refusing this mail; a 5xx to AUTH is a
    // configuration problem that a fixed config (and a retry) cures, so it stays temporary.
    outcome.permanent = smtpCode >= 500 && smtpCode < 600 && code != CURLE_LOGIN_DENIED;
    outcome.reason = reasonFor(int(code), smtpCode);
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    outcome.error = QStringLiteral("%1%2%3")
                        .arg(QString::fromUtf8(curl_easy_strerror(code)),
                             detail.isEmpty() ? QString() : QStringLiteral(": ") + detail,
                             smtpCode ? QStringLiteral(" (SMTP %1)").arg(smtpCode) : QString());
    if (!password.isEmpty())
        outcome.error.replace(settings.password, QStringLiteral("****"));
    qCInfo(lcSmtp) << "delivery failed:" << outcome.error;
    return outcome;
}

} // namespace mente::box
