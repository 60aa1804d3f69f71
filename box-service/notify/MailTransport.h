// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mente::box {

// What goes over the wire for one mail: the SMTP envelope and the finished MIME text.
struct MailEnvelope
{
    QString from;
    QStringList to;
    QByteArray message;
};

struct SendOutcome
{
    bool sent = false;
    bool permanent = false;   // the server refused the mail itself (5xx): retrying will not help
    QString error;            // for people; never holds a password
    bool messageSent = false; // failed after the text went out (in part or whole): the server may have it
    // Why it failed, for a page to explain: no-server, resolve, connect, timeout, tls, login,
    // refused (the server answered 5xx) or other; empty when sent.
    QString reason = {};
};

// Delivers one mail, blocking. Called on the dispatcher's worker thread, never on the event
// loop's; `cancel` turns true when the box stops, and a transport should then give up soon.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual SendOutcome send(const MailEnvelope &envelope, const std::atomic<bool> &cancel) = 0;
};

} // namespace mente::box
