// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace mente::box {

// The conversation a StreamCheck holds with one kind of service once TCP (and TLS) is up:
// what to send first and whether what came back proves the service is there.
class ServiceProbe
{
public:
    enum class Verdict { NeedMore, Up, Down };

    virtual ~ServiceProbe() = default;
    virtual QString method() const = 0;
    virtual bool tls() const { return false; }
    // Up as soon as TCP connects (the plain TCP check).
    virtual bool upOnConnect() const { return false; }
    virtual QByteArray greeting(const QString &host) const
    {
        Q_UNUSED(host);
        return {};
    }
    // Judges everything received so far; sets cause when Down.
    virtual Verdict judge(const QByteArray &received, QString &cause) const = 0;
    // The cause when the time runs out after connecting.
    virtual QString silentCause() const { return QStringLiteral("no answer"); }

    // The probe for a port's protocol (HTTP, HTTPS, RDP, VNC, TELNET; anything else: plain TCP).
    static std::unique_ptr<ServiceProbe> forProtocol(const QString &protocol);
};

} // namespace mente::box
