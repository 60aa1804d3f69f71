// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace mente::box {

// One plain-text mail to one recipient, before it is turned into MIME.
struct MailMessage
{
    QString from;          // bare address
    QString to;            // bare address
    QString toName;        // display name, may be Japanese; empty for none
    QString subject;       // any script
    QString body;          // any script; line ends are normalised to CRLF
    QString htmlBody;      // when set, the mail is multipart/alternative: body, then this HTML
    QDateTime date;        // origination time
    QString messageId;     // without angle brackets; made by MimeBuilder when empty
};

} // namespace mente::box
