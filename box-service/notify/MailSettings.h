// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// [mail] in box.conf: the SMTP server, the sender, how often a fault mail repeats and how a
// failed delivery is retried.
struct MailSettings
{
    QString smtpUrl;
    QString security = QStringLiteral("none");
    QString user;
    QString password;
    QString from = QStringLiteral("mente-box@localhost.localdomain");
    double repeatMin = 60; // may be fractional, so tests can watch a repeat
    QString caFile;        // extra CA bundle for the SMTP server's certificate (self-signed servers)
    bool verifyPeer = true;
    int timeoutS = 30;  // one delivery attempt
    int retryMinS = 30; // first retry after a failed attempt, doubling up to retryMaxS
    int retryMaxS = 3600;
    int maxAttempts = 100; // then failed-permanently (still listed; POST .../retry re-queues)
};

} // namespace mente::box
