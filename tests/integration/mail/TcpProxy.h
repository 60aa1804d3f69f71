// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

namespace mente::test {

// tcp_proxy.py (MENTE_TCP_PROXY): an HTTP CONNECT or SOCKS5 proxy on 127.0.0.1 that prints each
// tunnel it opens ("tunnel HOST:PORT USER"). Stopped by its own pid when it goes.
class TcpProxy
{
public:
    ~TcpProxy();
    // mode "http" or "socks5"; auth "USER:PASSWORD" (empty: none asked). False when it did not come up.
    bool start(const QString &mode, const QString &auth);
    quint16 port() const { return m_port; }
    QByteArray output(); // all it printed so far

private:
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

} // namespace mente::test
