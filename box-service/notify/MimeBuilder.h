// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailMessage.h"

#include <QByteArray>

namespace mente::box {

// Turns a MailMessage into an RFC 5322 / MIME message: UTF-8 text/plain body in base64 (with an
// HTML alternative when the message has one),
// RFC 2047 encoded Subject and display name, Date, Message-ID. Lines end in CRLF and stay
// under 78 characters.
class MimeBuilder
{
public:
    static QByteArray build(const MailMessage &message);

    // RFC 2047 "B" encoded words for a header value (plain when it is printable ASCII);
    // continuation lines are folded with CRLF + space.
    static QByteArray encodeHeaderText(const QString &text, int firstLineUsed);
    static QByteArray rfc5322Date(const QDateTime &time);
    static QString newMessageId(const QString &fromAddress);
};

} // namespace mente::box
