// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailTransport.h"

#include <QMutex>

namespace mente::box {

// SMTP through libcurl: plain, STARTTLS (required, not opportunistic) or implicit TLS, with
// optional AUTH, through an HTTP (CONNECT tunnel) or SOCKS5 proxy when one is set.
class SmtpTransport final : public MailTransport
{
public:
    struct Settings
    {
        QString url;                           // smtp://host:port
        QString security = QStringLiteral("none"); // none, starttls, tls
        QString user;
        QString password;
        QString caFile;
        bool verifyPeer = true;
        int timeoutS = 30;
        QString proxyType = QStringLiteral("none"); // none, http, socks5
        QString proxyHost;
        int proxyPort = 0;
        QString proxyUser;
        QString proxyPassword;
    };

    explicit SmtpTransport(Settings settings);
    SendOutcome send(const MailEnvelope &envelope, const std::atomic<bool> &cancel) override;
    // New server or proxy settings (e.g. the setup page saved a proxy); the next mail uses them.
    // Safe to call from any thread.
    void updateSettings(Settings settings);
    Settings settings() const; // what the next mail uses

    // The URL libcurl is given: smtps:// for implicit TLS, the scheme kept otherwise.
    static QByteArray effectiveUrl(const Settings &settings);
    static QByteArray proxyUrl(const Settings &settings); // empty when direct
    // SendOutcome::reason for libcurl's result and the server's last SMTP code.
    static QString reasonFor(int curlCode, long smtpCode);

private:
    mutable QMutex m_mutex;
    Settings m_settings;
};

} // namespace mente::box
