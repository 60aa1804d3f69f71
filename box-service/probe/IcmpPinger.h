// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>

class QSocketNotifier;

namespace mente::box {

// Sends ICMP echo requests from one socket for all alive checks. Prefers the unprivileged
// datagram socket (needs net.ipv4.ping_group_range to cover our group), then a raw socket
// (root or CAP_NET_RAW); when neither opens, available() is false and callers use TCP.
class IcmpPinger : public QObject
{
    Q_OBJECT
public:
    enum class SocketKind { Auto, Datagram, Raw, None };
    explicit IcmpPinger(SocketKind kind = SocketKind::Auto, QObject *parent = nullptr);
    ~IcmpPinger() override;

    bool available() const { return m_fd >= 0; }
    QString method() const; // "icmp" (datagram), "icmp-raw", or ""

    // The callback runs once on the main thread with the round trip in ms, or -1 and a cause
    // ("timeout", "unreachable") - unless context is gone by then.
    using Callback = std::function<void(int rttMs, const QString &cause)>;
    void ping(const QHostAddress &address, int timeoutMs, QObject *context, Callback callback);

private:
    struct Pending
    {
        quint32 address = 0;
        qint64 sentNs = 0;
        QPointer<QObject> context;
        Callback callback;
    };
    void readReplies();
    void finish(quint16 seq, int rttMs, const QString &cause);

    int m_fd = -1;
    SocketKind m_kind = SocketKind::None;
    quint16 m_ident = 0;
    quint16 m_nextSeq = 1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<quint16, Pending> m_pending;
};

} // namespace mente::box
