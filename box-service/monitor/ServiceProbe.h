// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace mente::box {

// The conversation a StreamCheck holds with one kind of service once TCP (and TLS) is up.
// Recognising the protocol (what to send, whether the answer is that protocol) is the scan's
// ProtocolProbe's job; this adds what only monitoring needs: TLS, an HTTP status of 500 and
// above counting as down, the cause words of a DOWN, and plain TCP being up on connect.
class ServiceProbe
{
public:
    enum class Verdict { NeedMore, Up, Down };

    // The probe for a port's protocol (HTTP, HTTPS, RDP, VNC, TELNET; anything else: plain TCP).
    static ServiceProbe forProtocol(const QString &protocol);

    QString method() const { return m_method; }
    bool tls() const { return m_tls; }
    // Up as soon as TCP connects (the plain TCP check).
    bool upOnConnect() const { return !m_recogniser; }
    QByteArray greeting(const QString &host) const;
    // Judges everything received so far; sets cause when Down.
    Verdict judge(const QByteArray &received, QString &cause) const;
    // The cause when the time runs out after connecting.
    QString silentCause() const { return m_silentCause; }

private:
    ServiceProbe(std::shared_ptr<const ProtocolProbe> recogniser, QString method, QString badCause,
                 QString silentCause);

    std::shared_ptr<const ProtocolProbe> m_recogniser; // null: plain TCP
    QString m_method;
    QString m_badCause; // the answer is not this protocol
    QString m_silentCause;
    bool m_tls = false;
    bool m_httpStatus = false; // HTTP(S): a recognised answer is up only below status 500
};

} // namespace mente::box
